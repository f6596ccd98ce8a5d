"""HTTP handlers of the dashboard: the guard every request passes, the pages and the decision POSTs.

Each request is (1) identified (`auth.identify`), (2) for a POST, checked for a same-origin form with
a valid CSRF token, (3) answered with headers that keep personal data out of caches and frames.
Database work runs in the thread pool so a slow query never blocks the event loop serving Slack.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from dsarbot import cases, deadlines, i18n
from dsarbot.decisions import Actor, CaseError, CaseNotFound
from dsarbot.messages import Msg, Said, lazy
from dsarbot.models import utcnow
from dsarbot.pipeline.types import KINDS
from dsarbot.runtime import Runtime
from dsarbot.store import case_by_reference
from dsarbot.webui import auth, forms, language, throttle, tokens, views

log = logging.getLogger(__name__)

log = logging.getLogger(__name__)
HERE = Path(__file__).resolve().parent
MAX_BODY = 64 * 1024
ASSETS = {"dashboard.css": "text/css", "reports.css": "text/css", "favicon.svg": "image/svg+xml"}
REFERENCE = re.compile(r"DSAR-\d{4}-\d{4,}", re.IGNORECASE)
SECURITY_HEADERS = {
    "X-Frame-Options": "DENY",
    # No scripts at all; styles only from our own stylesheet; forms only post back to us.
    "Content-Security-Policy": "default-src 'none'; style-src 'self'; img-src 'self'; "
                               "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    # same-origin, not no-referrer: with no-referrer Chromium sends `Origin: null` on form posts.
    "Referrer-Policy": "same-origin",
}

Form = dict[str, list[str]]
Handler = Callable[[Request, auth.WebUser, Form], Awaitable[Response]]


class Refusal(Exception):
    """A request the dashboard answers with an explanation page instead of doing anything (its title and
    text are messages, shown in the reader's language)."""

    def __init__(self, status: int, title: Msg, text: Msg) -> None:
        super().__init__(str(text))
        self.status, self.title, self.text = status, title, text


def secure(response: Response) -> Response:
    """Add the security headers; pages carry personal data, so nothing is cached unless a handler
    said otherwise (only the stylesheet does)."""
    for name, value in SECURITY_HEADERS.items():
        response.headers[name] = value
    response.headers.setdefault("Cache-Control", "no-store")
    return response


async def read_form(request: Request) -> Form:
    """The urlencoded body of a POST, at most 64 KiB (the forms are small; nothing else is accepted)."""
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype != "application/x-www-form-urlencoded":
        raise Refusal(415, lazy("Not a dashboard form"), lazy("The dashboard only accepts its own HTML forms."))
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY:
            raise Refusal(413, lazy("Too much text"), lazy("The form is too large; shorten the text and try again."))
    try:
        return parse_qs(body.decode("utf-8"), keep_blank_values=True, max_num_fields=64)
    except ValueError:
        raise Refusal(400, lazy("Unreadable form"), lazy("The form could not be read; reload the page.")) from None


def same_origin(request: Request) -> bool:
    """True only when the browser says the POST came from this dashboard: an `Origin` naming this very
    host (browsers send it on every form POST), and no `Sec-Fetch-Site` saying otherwise."""
    if request.headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none"):
        return False
    origin = request.headers.get("origin")
    if not origin or origin == "null":
        return False
    return urlsplit(origin).netloc.lower() == request.headers.get("host", "").lower()


class Dashboard:
    """The dashboard of one runtime: templates, the request guard and the handlers."""

    def __init__(self, rt: Runtime) -> None:
        self.rt = rt
        self.env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True,
                               undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
        self.assets = {name: (HERE / "static" / name).read_bytes() for name in ASSETS}
        self.throttle = throttle.Throttle()

    # --- plumbing --------------------------------------------------------------------------------

    def guarded(self, handler: Handler) -> Callable[[Request], Awaitable[Response]]:
        """Wrap *handler* with authentication, CSRF checking for POSTs and the security headers."""

        async def endpoint(request: Request) -> Response:
            try:
                user = await self.sign_in(request)
            except auth.AuthError as exc:
                page = self.message(request, None, exc.status, lazy("Not allowed"), exc.said)
                if exc.status == 401:
                    page.headers["WWW-Authenticate"] = auth.REALM
                return secure(page)
            try:
                form: Form = {}
                if request.method == "POST":
                    form = await read_form(request)
                    self.check_csrf(request, user, form)
                response = await handler(request, user, form)
            except Refusal as exc:
                response = self.message(request, user, exc.status, exc.title, exc.text)
            return secure(response)

        return endpoint

    async def sign_in(self, request: Request) -> auth.WebUser:
        """`auth.identify`, with password guessing slowed per user and client address (`throttle`)."""
        web = self.rt.settings.web
        if not web.users or not request.headers.get("authorization"):
            # scrypt takes ~50 ms on purpose; keep it off the event loop that also serves Slack.
            return await run_in_threadpool(auth.identify, request, web)
        pair = (auth.claimed_user(request), auth.client_address(request, web))
        async with self.throttle.turn(pair):
            try:
                user = await run_in_threadpool(auth.identify, request, web)
            except auth.WrongPassword:
                self.throttle.failed(pair)
                log.warning("dashboard: wrong password for %r from %s (%d in a row)", pair[0][:40], pair[1],
                            self.throttle.failures(pair))
                raise
        self.throttle.succeeded(pair)
        return user

    def check_csrf(self, request: Request, user: auth.WebUser, form: Form) -> None:
        """Refuse a POST that did not come from a form this dashboard served to this user."""
        field = (form.get(tokens.CSRF_FIELD) or [""])[0]
        if not same_origin(request) or not tokens.csrf_check(
                self.rt.sealer, user.actor_id, request.cookies.get(tokens.CSRF_COOKIE), field):
            raise Refusal(403, lazy("Form expired"), lazy("The form has expired or did not come from this dashboard. "
                                                          "Reload the page and try again."))

    def render(self, request: Request, user: auth.WebUser | None, template: str, status: int = 200,
               **context: Any) -> HTMLResponse:
        """Render *template* with the common context; sets the CSRF cookie and consumes the flash."""
        csrf = request.cookies.get(tokens.CSRF_COOKIE)
        fresh = user is not None and not tokens.csrf_valid_for(self.rt.sealer, user.actor_id, csrf)
        if user is not None and fresh:
            csrf = tokens.new_csrf(self.rt.sealer, user.actor_id)
        flash = tokens.unpack_flash(self.rt.sealer, request.cookies.get(tokens.FLASH_COOKIE))
        lang, chosen_now = language.choose(request, self.rt.settings.staff.language)
        html = self.env.get_template(template).render(
            user=user, csrf=csrf if user else "", flash=flash, path=request.url.path,
            slack=self.rt.settings.slack.enabled, notices=self._notices() if user else [],
            **language.context(i18n.translator(lang), request), **context)
        response = HTMLResponse(html, status_code=status)
        https = request.url.scheme == "https"
        if chosen_now:
            response.set_cookie(language.LANG_COOKIE, lang, max_age=365 * 86400, httponly=True, samesite="lax",
                                secure=https)
        if user is not None and fresh and csrf:
            response.set_cookie(tokens.CSRF_COOKIE, csrf, httponly=True, samesite="strict", secure=https)
        if tokens.FLASH_COOKIE in request.cookies:
            response.delete_cookie(tokens.FLASH_COOKIE, httponly=True, samesite="strict", secure=https)
        return response

    def _notices(self) -> list[Said]:
        """The health banner: a mailbox that cannot be read, a secret that ends (never breaks a page)."""
        from dsarbot.intake import health

        try:
            return health.staff_notices(self.rt)
        except Exception:  # the page matters more than the banner
            log.warning("dashboard: mailbox health unavailable", exc_info=True)
            return []

    def message(self, request: Request, user: auth.WebUser | None, status: int, title: Msg,
                text: Msg) -> HTMLResponse:
        """A page that only explains something (refusals, unknown case)."""
        return self.render(request, user, "message.html", status=status, title=title, text=text)

    def redirect_with_flash(self, request: Request, url: str, kind: str, text: str) -> Response:
        """303 to *url*, showing *text* once there."""
        response = RedirectResponse(url, status_code=303)
        response.set_cookie(tokens.FLASH_COOKIE, tokens.pack_flash(self.rt.sealer, kind, text), max_age=120,
                            httponly=True, samesite="strict", secure=request.url.scheme == "https")
        return response

    # --- pages -----------------------------------------------------------------------------------

    async def asset(self, request: Request, user: auth.WebUser, form: Form) -> Response:
        """The stylesheet and the icon (served by us: nothing is fetched from elsewhere)."""
        name = request.path_params["name"]
        if name not in self.assets:
            raise Refusal(404, lazy("Not found"), lazy("There is no such file."))
        return Response(self.assets[name], media_type=ASSETS[name],
                        headers={"Cache-Control": "private, max-age=3600"})

    async def index(self, request: Request, user: auth.WebUser, form: Form) -> Response:
        """Open cases by due date (filter: ?state=…, ?overdue=1), or closed ones with ?closed=1."""
        q = request.query_params
        today = deadlines.today_helsinki()
        state = q.get("state") if q.get("state") in cases.OPEN_STATES else None
        overdue = q.get("overdue") == "1"

        show_closed = q.get("closed") == "1"

        def load() -> tuple[views.OpenList | None, list[views.Row]]:
            with self.rt.session() as session:
                if show_closed:
                    return None, views.closed_list(session, today)
                return views.open_list(session, today, state=state, overdue=overdue), []

        listing, closed = await run_in_threadpool(load)
        return self.render(request, user, "index.html", listing=listing, closed=closed,
                           show_closed=show_closed, state=state, overdue=overdue,
                           labels=cases.STATE_LABELS, today=today.isoformat(), today_date=today)

    async def case_page(self, request: Request, user: auth.WebUser, form: Form) -> Response:
        """One case: details, deadline, request excerpt, found data, timeline and decision forms."""
        ref = request.path_params["ref"]
        today = deadlines.today_helsinki()

        def load() -> tuple[views.CaseView, list[forms.DecisionForm]] | None:
            with self.rt.session() as session:
                case = case_by_reference(session, ref) if REFERENCE.fullmatch(ref) else None
                if case is None:
                    return None
                return views.case_view(self.rt, session, case, today), forms.available(case, today)

        loaded = await run_in_threadpool(load)
        if loaded is None:
            raise Refusal(404, lazy("No such case"), lazy("No case has the reference %(ref)s.", ref=ref))
        view, available = loaded
        return self.render(request, user, "case.html", view=view, forms=available, kinds=KINDS,
                           closed_states=cases.CLOSED_STATES)

    async def decide(self, request: Request, user: auth.WebUser, form: Form) -> Response:
        """POST /cases/{ref}/{decision}: run the decision, then back to the case with the outcome."""
        ref = request.path_params["ref"].upper()
        decision = request.path_params["decision"].replace("_", "-")
        if decision not in forms.FORMS or not REFERENCE.fullmatch(ref):
            raise Refusal(404, lazy("Unknown decision"), lazy("There is no such decision in the dashboard."))
        actor = Actor(user.actor_id)
        t = language.translator(request, self.rt.settings.staff.language)  # the outcome is told in the page's

        def run() -> str:
            with self.rt.session() as session:
                return forms.decide(session, self.rt.settings, ref, decision, actor, form).said.render(t)

        try:
            text = await run_in_threadpool(run)
        except CaseNotFound:
            raise Refusal(404, lazy("No such case"), lazy("No case has the reference %(ref)s.", ref=ref)) from None
        except CaseError as exc:
            return self.redirect_with_flash(request, f"/cases/{ref}", "error", exc.render(t))
        self.rt.notify_work()
        return self.redirect_with_flash(request, f"/cases/{ref}", "ok", text)

    async def stats(self, request: Request, user: auth.WebUser, form: Form) -> Response:
        """Numbers for managers."""
        today = deadlines.today_helsinki()

        def load() -> views.Stats:
            with self.rt.session() as session:
                return views.stats(session, today, utcnow())

        return self.render(request, user, "stats.html", stats=await run_in_threadpool(load))
