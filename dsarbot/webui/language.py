"""Which language a dashboard page speaks, and the names staff see for states and deadlines.

`?lang=fi|sv|en` chooses (remembered in a cookie for a year), else the remembered choice, else the
browser's Accept-Language, else `[staff] language`.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from starlette.requests import Request

from dsarbot import i18n, messages
from dsarbot.i18n import Translator
from dsarbot.reports import labels

LANG_COOKIE = "dsarbot_lang"
STATE_LABELS = labels.STATE_LABELS


def translator(request: Request, default: str) -> Translator:
    """The Translator of the page *request* asks for."""
    return i18n.translator(choose(request, default)[0])


def choose(request: Request, default: str) -> tuple[str, bool]:
    """(language, chosen with ?lang= on this request)."""
    asked = i18n.supported(request.query_params.get("lang"))
    if asked:
        return asked, True
    remembered = i18n.supported(request.cookies.get(LANG_COOKIE))
    return remembered or i18n.negotiate(request.headers.get("accept-language"), default), False


def state_label(t: Translator, state: str) -> str:
    """A case state in words."""
    return labels.state(t, state)


def days_left(t: Translator, n: int) -> str:
    """'3 days left', '1 day left', 'due today', '2 days overdue'."""
    return labels.days_left(t, n)


NAMES = {"fi": "suomeksi", "sv": "på svenska", "en": "in English"}
"""Each language named in itself: the link must be readable by someone who does not read the page's."""


def switch_links(request: Request, current: str) -> list[tuple[str, str, str]]:
    """(code, name, url) of this page in the other languages (the rest of the query kept)."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "lang"]
    return [(code, NAMES[code], f"{request.url.path}?{urlencode([*params, ('lang', code)])}")
            for code in i18n.LANGUAGES if code != current]


def context(t: Translator, request: Request) -> dict[str, Any]:
    """What every dashboard template gets for its language."""
    return {"lang": t.language, "t": t, "_": t.gettext, "ngettext": t.ngettext,
            "state_label": lambda s: state_label(t, s), "days_left": lambda n: days_left(t, n),
            "kinds_text": lambda kinds: ", ".join(labels.kind_short(t, k) for k in kinds),
            "said": lambda value: messages.show(t, value), "kind_label": lambda kind: labels.kind(t, kind),
            "lang_links": switch_links(request, t.language)}
