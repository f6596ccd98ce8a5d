"""Names of kinds, states, languages, outcomes and histogram buckets for staff (catalogue message ids).

Shared by the dashboard, Slack and the reports, so that a state or a right has one name per language."""

from __future__ import annotations

from dsarbot import cases
from dsarbot.i18n import N_, Translator

KIND_LABELS = {
    "access": N_("access (Art. 15)"),
    "rectification": N_("rectification (Art. 16)"),
    "erasure": N_("erasure (Art. 17)"),
    "restriction": N_("restriction (Art. 18)"),
    "objection": N_("objection (Art. 21)"),
    "portability": N_("portability (Art. 20)"),
}
KIND_SHORT = cases.KIND_NAMES
LANGUAGE_LABELS = {"fi": N_("Finnish"), "sv": N_("Swedish"), "en": N_("English")}
STATE_LABELS = cases.STATE_LABELS
"""The states' names (catalogue ids, marked where they are defined)."""


def kind(t: Translator, key: str) -> str:
    """A kind's name in the staff language."""
    return t.gettext(KIND_LABELS[key]) if key in KIND_LABELS else key


def kind_short(t: Translator, key: str) -> str:
    """A kind's short name (chart legends)."""
    return t.gettext(KIND_SHORT[key]) if key in KIND_SHORT else key


def language(t: Translator, code: str) -> str:
    """A request language's name ('other: de' style codes are shown as they are)."""
    return t.gettext(LANGUAGE_LABELS[code]) if code in LANGUAGE_LABELS else code


def bucket(t: Translator, lo: int, hi: int | None) -> str:
    """'0–7 days', 'over 92 days'."""
    if hi is None:
        return t.gettext("over %(n)s days", n=lo - 1)
    return t.gettext("%(lo)s–%(hi)s days", lo=lo, hi=hi)


def state(t: Translator, key: str) -> str:
    """A case state in words."""
    return t.gettext(STATE_LABELS[key]) if key in STATE_LABELS else key


def days_left(t: Translator, n: int) -> str:
    """'3 days left', '1 day left', 'due today', '2 days overdue'."""
    if n == 0:
        return t.gettext("due today")
    if n > 0:
        return t.ngettext("%(n)s day left", "%(n)s days left", n)
    return t.ngettext("%(n)s day overdue", "%(n)s days overdue", -n)
