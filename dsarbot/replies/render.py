"""Rendering: find the template for a purpose and language, render subject, text and HTML."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import fields
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2

from dsarbot.config import ControllerConfig, PrivacyInfo, localized
from dsarbot.replies.context import RenderedReply, ReplyContext
from dsarbot.replies.markup import HTML_FILTERS, HTML_GLOBALS, TEXT_FILTERS, TEXT_GLOBALS, glued_date, unglue

PURPOSES: tuple[str, ...] = (
    "acknowledgement",
    "request_info",
    "access_response",
    "portability_export",
    "rectification_done",
    "erasure_done",
    "restriction_done",
    "objection_done",
    "extension_notice",
    "rejection",
    "recipient_notice",
)
FALLBACK_LANGUAGE = "en"
TEMPLATES_ENV = "DSARBOT_TEMPLATES_DIR"

# Fields a purpose cannot do without. StrictUndefined catches names a template misspells; these catch
# a caller that forgot the data (None and [] are defined values, so jinja would not complain).
_REQUIRED: dict[str, tuple[str, ...]] = {
    "request_info": ("info_needed",),
    "portability_export": ("attachments",),
    "rectification_done": ("changes",),
    "extension_notice": ("extension_reason", "new_due_date"),
    "rejection": ("rejection_reason",),
}
_LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")


class ReplyError(Exception):
    """A reply cannot be rendered: unknown purpose, missing data, or a broken template."""


def default_templates_root() -> Path:
    """The shipped templates (``<repo>/templates``), or ``$DSARBOT_TEMPLATES_DIR`` when set."""
    configured = os.environ.get(TEMPLATES_ENV)
    if configured:
        return Path(configured)
    return Path(__file__).resolve().parent.parent.parent / "templates"


def search_path(controller: ControllerConfig, templates_root: Path | None = None) -> tuple[str, ...]:
    """Folders searched for templates, first match wins: the controller's overrides, then the root."""
    root = templates_root or default_templates_root()
    dirs = [controller.templates_dir] if controller.templates_dir else []
    return (*(str(Path(d)) for d in dirs), str(root))


@lru_cache(maxsize=32)
def _environment(paths: tuple[str, ...], html: bool) -> jinja2.Environment:
    # One environment per search path and format; jinja's loader re-checks file mtimes on each
    # get_template, so edited templates are picked up without clearing this cache.
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(list(paths)),
        autoescape=html,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(HTML_FILTERS if html else TEXT_FILTERS)
    env.filters["date"] = _date_filter
    env.globals.update(HTML_GLOBALS if html else TEXT_GLOBALS)
    return env


@jinja2.pass_context
def _date_filter(ctx: jinja2.runtime.Context, d: Any) -> str:
    # The template's language, not the requester's: an English fallback gets English dates.
    return glued_date(d, ctx["lang"])


def normalise_language(language: str | None) -> str:
    """``sv-FI`` -> ``sv``; anything that is not a language code becomes English."""
    code = (language or "").strip().lower().replace("_", "-").split("-")[0]
    # The code becomes part of a template path: accept letters only.
    return code if _LANGUAGE_CODE.match(code) else FALLBACK_LANGUAGE


def template_variables(context: ReplyContext, controller: ControllerConfig, lang: str) -> dict[str, Any]:
    """The names a template sees: every ReplyContext field plus ``lang``, ``controller``, ``privacy``
    (the Art. 15(1) texts in the template's language) and ``contact_email``."""
    values: dict[str, Any] = {f.name: getattr(context, f.name) for f in fields(context)}
    privacy: Mapping[str, str] = {
        name: localized(getattr(controller.privacy, name), lang) for name in PrivacyInfo.model_fields
    }
    values.update(
        lang=lang,
        controller=controller,
        privacy=privacy,
        contact_email=controller.privacy_contact or controller.reply_from,
    )
    return values


def _check(purpose: str, context: ReplyContext) -> None:
    if purpose not in PURPOSES:
        raise ReplyError(f"unknown reply purpose {purpose!r}; known: {', '.join(PURPOSES)}")
    missing = [name for name in _REQUIRED.get(purpose, ()) if not getattr(context, name)]
    if purpose == "objection_done" and not context.objection_marketing and not context.objection_upheld \
            and not context.objection_outcome:
        missing.append("objection_outcome")
    if purpose == "recipient_notice" and "rectification" in context.kinds and not context.changes:
        missing.append("changes")
    if missing:
        raise ReplyError(f"{purpose} needs {', '.join(missing)} in the reply context")


def _tidy_text(text: str) -> str:
    lines = [line if line == "-- " else line.rstrip() for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"


def render(
    purpose: str,
    context: ReplyContext,
    controller: ControllerConfig,
    *,
    templates_root: Path | None = None,
) -> RenderedReply:
    """Render the reply for *purpose* in the requester's language (fi, sv, en; otherwise English).

    Templates are looked up as ``<lang>/<purpose>.j2`` first in ``controller.templates_dir`` and then
    in *templates_root* (default: :func:`default_templates_root`); a language with no template falls back
    to English. Raises :class:`ReplyError` for an unknown purpose, missing per-purpose data, a missing
    template variable (StrictUndefined) or any other template error.
    """
    _check(purpose, context)
    paths = search_path(controller, templates_root)
    text_env, html_env = _environment(paths, False), _environment(paths, True)
    wanted = normalise_language(context.language)
    names = [f"{wanted}/{purpose}.j2", f"{FALLBACK_LANGUAGE}/{purpose}.j2"]
    try:
        text_tmpl = text_env.select_template(names)
        lang = (text_tmpl.name or names[-1]).split("/")[0]
        html_tmpl = html_env.get_template(f"{lang}/{purpose}.j2")
        variables = template_variables(context, controller, lang)
        if "subject" not in text_tmpl.blocks:
            raise ReplyError(f"template {text_tmpl.name} has no {{% block subject %}}")
        subject_parts = text_tmpl.blocks["subject"](text_tmpl.new_context(variables))
        subject = " ".join(unglue("".join(subject_parts)).split())  # one line: no header injection
        text = _tidy_text(unglue(text_tmpl.render(variables)))
        html = unglue(html_tmpl.render(variables)).strip() + "\n"
    except jinja2.TemplateNotFound as exc:
        raise ReplyError(f"no template for {purpose!r} ({wanted} or {FALLBACK_LANGUAGE}) in "
                         f"{', '.join(paths)}: {exc}") from exc
    except jinja2.TemplateError as exc:
        raise ReplyError(f"template {purpose} ({wanted}): {exc}") from exc
    tag = f"[{context.reference}]"
    if tag not in subject:
        # Threading relies on the tag; an override that forgets it still threads.
        subject = f"{subject} {tag}".strip()
    return RenderedReply(subject=subject, text=text, html=html, language=lang)
