"""Sentences made before their reader is known, translated when they are shown.

A decision's outcome, a refusal, a note queued for the Slack channel, a line of the approval plan: the code
that makes them does not know who will read them (a Finnish approver in Slack, a Swedish manager on the
dashboard, the CLI in English). It makes a :class:`Msg` with :func:`lazy` / :func:`lazy_plural` — the
catalogue id and its values — and whoever shows it translates it (`msg.render(t)`, :func:`show`); `str(msg)`
is English, for the CLI and logs. Values are shown in the reader's convention too: dates, times, numbers,
lists of names, and other messages. A Msg survives a job payload as JSON (:func:`to_payload` /
:func:`from_payload`). :class:`Said` is the same as an English `str`, for code that prints, compares or
joins lines; :class:`Sentences` are several whole sentences shown one after another.

`pybabel` finds the ids by the keywords `lazy` and `lazy_plural` (see `./dev i18n`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Union

from dsarbot.i18n import ENGLISH, Translator

Value = Union[str, int, float, dt.date, "Msg", "Items", "Percent", "LanguageName"]


@dataclass(frozen=True)
class Percent:
    """A ratio shown as a percentage in the reader's convention (`90 %`, `90%`)."""

    ratio: float

    def render(self, t: Translator) -> str:
        """The percentage in *t*'s language."""
        return t.percent(self.ratio)


@dataclass(frozen=True)
class LanguageName:
    """A language named in the reader's language (`puola (pl)`); *fallback* when CLDR has no name for it."""

    code: str
    fallback: str

    def render(self, t: Translator) -> str:
        """The name in *t*'s language."""
        return t.language_name(self.code) or self.fallback


@dataclass(frozen=True)
class Items:
    """A list of values shown as one (`access, erasure`), each translated first."""

    values: tuple[Value, ...]

    def render(self, t: Translator) -> str:
        """The list in *t*'s language."""
        return t.items([_shown(t, v) for v in self.values])


@dataclass(frozen=True)
class Msg:
    """A staff-facing sentence kept untranslated until its reader's language is known (see module doc)."""

    msgid: str
    values: tuple[tuple[str, Value], ...] = ()
    plural: str | None = None
    n: int | None = None

    def render(self, t: Translator) -> str:
        """The sentence in *t*'s language, its values shown the same way (dates, numbers, lists, Msgs)."""
        values = {k: _shown(t, v) for k, v in self.values}
        if self.plural is not None and self.n is not None:
            return t.ngettext(self.msgid, self.plural, self.n, **values)
        return t.gettext(self.msgid, **values)

    def __str__(self) -> str:
        return self.render(ENGLISH)

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready form (for job payloads); :meth:`from_json` reads it back."""
        out: dict[str, Any] = {"msgid": self.msgid, "values": {k: _encode(v) for k, v in self.values}}
        if self.plural is not None:
            out.update(plural=self.plural, n=self.n)
        return out

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Msg:
        """The Msg *data* was made from by :meth:`to_json`."""
        values = tuple((str(k), _decode(v)) for k, v in (data.get("values") or {}).items())
        n = data.get("n")
        return cls(str(data["msgid"]), values, data.get("plural"), int(n) if n is not None else None)


class Said(str):
    """English text that can also be shown in another language: a `str` (so code that prints, compares or
    searches lines keeps working) carrying the Msg it was made from (`render(t)`)."""

    msg: Msg

    def __new__(cls, msg: Msg) -> Said:
        text = super().__new__(cls, str(msg))
        text.msg = msg
        return text

    def render(self, t: Translator) -> str:
        """The text in *t*'s language."""
        return self.msg.render(t)


@dataclass(frozen=True)
class Sentences:
    """Whole sentences shown one after another (a Slack note made of several findings), each translated."""

    parts: tuple[str | Msg, ...]

    def render(self, t: Translator) -> str:
        """The sentences in *t*'s language, separated by spaces."""
        return " ".join(p.render(t) if isinstance(p, (Msg, Said)) else p for p in self.parts if p)

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready form (for job payloads)."""
        return {"sentences": [p.msg.to_json() if isinstance(p, Said) else p.to_json() if isinstance(p, Msg) else p
                              for p in self.parts]}


def lazy(msgid: str, **values: Value) -> Msg:
    """A sentence to translate when shown (`pybabel` extracts *msgid*: the `lazy` keyword)."""
    return Msg(msgid, tuple(values.items()))


def lazy_plural(singular: str, plural: str, n: int, **values: Value) -> Msg:
    """A sentence with a count, to translate when shown (`%(n)s` is filled with *n*)."""
    return Msg(singular, tuple(values.items()), plural, n)


def items(values: Sequence[Value]) -> Items:
    """*values* to be shown as one list in the reader's language."""
    return Items(tuple(values))


def render(t: Translator, text: str | Msg | Sentences) -> str:
    """*text* in *t*'s language: a Msg (or Said) is translated, a plain string (a server's own words) is kept."""
    return text.render(t) if isinstance(text, (Msg, Said, Sentences)) else text


def show(t: Translator, value: Value | dt.datetime | None) -> str:
    """Any value for people in *t*'s language: a message translated, a date or time or number formatted, a
    list joined, plain text kept; '' for None."""
    return "" if value is None else _shown(t, value)


def to_payload(note: str | Msg | Sequence[str | Msg] | None) -> Any:
    """A note for a job payload: a Msg (or Said) as its JSON, several sentences as a list, plain text as it is."""
    if isinstance(note, Said):
        return note.msg.to_json()
    if isinstance(note, Msg):
        return note.to_json()
    if isinstance(note, str) or note is None:
        return note
    return Sentences(tuple(note)).to_json()


def from_payload(value: object) -> str | Msg | Sentences | None:
    """A note stored in a job payload (see :func:`to_payload`; plain text from before too)."""
    if isinstance(value, Mapping) and "msgid" in value:
        return Msg.from_json(value)
    if isinstance(value, Mapping) and "sentences" in value:
        return Sentences(tuple(Msg.from_json(p) if isinstance(p, Mapping) else str(p) for p in value["sentences"]))
    return str(value) if value else None


def _shown(t: Translator, value: Value) -> str:
    if isinstance(value, (Msg, Items, Percent, LanguageName, Said)):
        return value.render(t)
    if isinstance(value, dt.datetime):
        return t.datetime(value)
    if isinstance(value, dt.date):
        return t.date(value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, (int, float)):
        return t.number(value)
    return str(value)


def _encode(value: Value) -> Any:
    if isinstance(value, Msg):
        return {"msg": value.to_json()}
    if isinstance(value, Items):
        return {"items": [_encode(v) for v in value.values]}
    if isinstance(value, dt.datetime):
        return {"datetime": value.isoformat()}
    if isinstance(value, dt.date):
        return {"date": value.isoformat()}
    return value


def _decode(value: Any) -> Value:
    if isinstance(value, Mapping):
        if "msg" in value:
            return Msg.from_json(value["msg"])
        if "items" in value:
            return Items(tuple(_decode(v) for v in value["items"]))
        if "datetime" in value:
            return dt.datetime.fromisoformat(value["datetime"])
        if "date" in value:
            return dt.date.fromisoformat(value["date"])
    return value
