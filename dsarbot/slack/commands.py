"""`/dsar list | overdue | show REF | stats`, answered only to the person who asked.

Like App Home, requester names and case details are for approvers; everyone else sees references,
states, deadlines and assignees.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient
from sqlmodel import Session

from dsarbot import deadlines, i18n, store
from dsarbot.i18n import ENGLISH, N_, Translator
from dsarbot.runtime import Runtime
from dsarbot.slack import blocks as bk
from dsarbot.slack import cards, interact, lang, overview

log = logging.getLogger(__name__)

COMMAND = "/dsar"
USAGE = N_("*`/dsar` shows data-subject requests (only to you):*\n"
           "`/dsar list` open cases, soonest deadline first\n"
           "`/dsar overdue` open cases past their due date\n"
           "`/dsar show DSAR-2026-0042` one case\n"
           "`/dsar stats` open/closed counts, overdue, median days to completion\n"
           "`/dsar language fi`, `sv` or `en` the language dsarbot writes to you in (`auto`: your Slack language)")
LANGUAGE_WORDS = ("language", "kieli", "språk", "sprak", "lang")
"""`/dsar language sv` in English, Finnish or Swedish."""
MAX_LINES = 40


def answer(session: Session, text: str, today: date, *, personal: bool, t: Translator = ENGLISH) -> dict[str, Any]:
    """The ephemeral answer to `/dsar <text>` in *t*'s language: a dict with `text` and `blocks`.

    The commands' own words (`list`, `overdue`, `show`, `stats`) are the same in every language."""
    words = text.split()
    verb = words[0].lower() if words else "help"
    if verb in ("list", "overdue"):
        return _listing(session, today, overdue=verb == "overdue", personal=personal, t=t)
    if verb == "stats":
        title = t.gettext("Data-subject requests: statistics")
        return _reply(bk.headed(title, overview.stats_text(overview.stats(session, today), t)))
    if verb == "show" and len(words) == 2:
        case = store.case_by_reference(session, words[1])
        if case is None:
            return _reply(t.gettext("No case has the reference %(ref)s.", ref=bk.escape(words[1])))
        if not personal:
            line = overview.line(overview.row(case, today), personal=False, t=t)
            return _reply(t.gettext("%(line)s\nDetails are shown to approvers only.", line=line))
        card = cards.render(case, today, t=t)
        shown = [b for b in card.blocks if b.get("type") != "actions"]
        return {"response_type": "ephemeral", "text": card.text, "blocks": shown}
    return _reply(t.gettext(USAGE))


def language_answer(rt: Runtime, user_id: str, words: list[str]) -> dict[str, Any]:
    """`/dsar language fi|sv|en|auto`: remember the person's language, and say so in it."""
    wanted = words[0].lower() if words else ""
    if wanted == "auto":
        lang.choose_language(rt, user_id, None)
        t = lang.translator_for(rt, user_id)
        return _reply(t.gettext("dsarbot follows your Slack language again (or the staff language when Slack's is "
                                "none of Finnish, Swedish and English)."))
    chosen = i18n.supported(wanted)
    if chosen is None:
        t = lang.translator_for(rt, user_id)
        return _reply(t.gettext("Write `/dsar language fi`, `sv` or `en` (or `auto` to follow your Slack language)."))
    lang.choose_language(rt, user_id, chosen)
    t = i18n.translator(chosen)
    return _reply(t.gettext("From now on dsarbot writes to you in English: the Home tab, `/dsar`, forms and private "
                            "answers. The channel stays in the staff language. `/dsar language auto` follows your "
                            "Slack language again."))


def _listing(session: Session, today: date, *, overdue: bool, personal: bool, t: Translator) -> dict[str, Any]:
    """`/dsar list` and `/dsar overdue`."""
    rows = overview.open_rows(session, today)
    if overdue:
        rows = [r for r in rows if r.overdue]
    if not rows:
        return _reply(t.gettext("No overdue cases. :white_check_mark:") if overdue else t.gettext("No open cases."))
    lines = [overview.line(r, personal=personal, t=t) for r in rows[:MAX_LINES]]
    if len(rows) > MAX_LINES:
        lines.append(t.gettext("… and %(n)s more", n=t.number(len(rows) - MAX_LINES)))
    if overdue:
        title = t.ngettext("Overdue cases (%(n)s)", "Overdue cases (%(n)s)", len(rows))
    else:
        title = t.ngettext("Open cases (%(n)s)", "Open cases (%(n)s)", len(rows))
    return _reply(bk.headed(title, "\n".join(lines)))


def _reply(text: str) -> dict[str, Any]:
    """An ephemeral answer; long texts are split into sections within Slack's limits."""
    chunks: list[str] = []
    current = ""
    for ln in text.splitlines():
        if len(current) + len(ln) + 1 > bk.SECTION_TEXT - 100:
            chunks.append(current)
            current = ""
        current = f"{current}\n{ln}" if current else ln
    chunks.append(current)
    return {"response_type": "ephemeral", "text": bk.fallback_text(text),
            "blocks": [bk.section(c) for c in chunks[: bk.MAX_BLOCKS_MESSAGE]]}


def register(app: App, rt: Runtime) -> None:
    """Register `/dsar` on *app*."""

    @app.command(COMMAND)
    def on_dsar(ack: Ack, body: dict[str, Any], respond: Respond, client: WebClient) -> None:
        ack()
        user_id = str(body.get("user_id") or "")
        words = str(body.get("text") or "").split()
        if words and words[0].lower() in LANGUAGE_WORDS:
            respond(**language_answer(rt, user_id, words[1:]))
            return
        personal = interact.may_decide(rt, client, user_id)
        t = lang.translator_for(rt, user_id)
        today = deadlines.today_helsinki()
        try:
            with rt.session() as session:
                reply = answer(session, str(body.get("text") or ""), today, personal=personal, t=t)
        except Exception:  # tell the person rather than leave them waiting
            log.exception("/dsar failed")
            reply = _reply(t.gettext("Sorry, that failed; the error is in dsarbot's log."))
        respond(**reply)
