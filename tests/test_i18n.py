"""Staff language: every message is in all three catalogues, placeholders survive translation, dates and
numbers follow the staff member's convention, and no sentence is glued from translated pieces."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from dsarbot import i18n, messages

ROOT = Path(__file__).resolve().parent.parent
PLACEHOLDER = re.compile(r"%\((\w+)\)s")
KEYWORDS = {"_": None, "gettext": None, "ngettext": (1, 2), "N_": None, "lazy": None, "lazy_plural": (1, 2)}


def _catalogue(language: str) -> dict[object, object]:
    with i18n.catalogue_path(language).open("rb") as fh:
        return {m.id: m.string for m in read_po(fh, locale=language) if m.id}


def _in_code() -> set[object]:
    """Every message id pybabel finds in the code and the dashboard templates (babel.cfg's method map)."""
    method_map = [("dsarbot/**.py", "python"), ("dsarbot/webui/templates/**.html", "jinja2")]
    found: set[object] = set()
    for _file, _line, message, _comments, _ctx in extract_from_dir(str(ROOT), method_map, keywords=KEYWORDS):
        found.add(message if isinstance(message, str) else tuple(message))
    return found


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_every_message_in_the_code_is_translated_in_every_catalogue(language: str) -> None:
    catalogue = {k if isinstance(k, str) else tuple(k): v for k, v in _catalogue(language).items()}
    missing = sorted(str(m) for m in _in_code() if not catalogue.get(m))
    assert missing == [], f"{language}: run `./dev i18n` and translate: {missing[:10]}"
    untranslated = [k for k, v in catalogue.items() if not v or (isinstance(v, tuple) and not all(v))]
    assert untranslated == []


def test_the_catalogues_hold_the_same_messages() -> None:
    fi, sv, en = (set(_catalogue(lang)) for lang in i18n.LANGUAGES)
    assert fi == sv == en and len(fi) > 100


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_translations_keep_every_placeholder(language: str) -> None:
    for msgid, text in _catalogue(language).items():
        ids = msgid if isinstance(msgid, tuple) else (msgid,)
        texts = text if isinstance(text, tuple) else (text,)
        wanted = set().union(*(PLACEHOLDER.findall(i) for i in ids))
        for t in texts:
            assert set(PLACEHOLDER.findall(str(t))) <= wanted | {"n"}, (msgid, t)
            assert set(PLACEHOLDER.findall(str(t))) >= wanted - {"n"}, (msgid, t)


def test_no_message_call_hides_inside_an_f_string() -> None:
    # pybabel does not look into f-strings: a message there would never reach the catalogues.
    hidden = [f"{p.relative_to(ROOT)}:{n}" for p in (ROOT / "dsarbot").rglob("*.py")
              for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
              if re.search(r"""f(["']).*\{[^}]*\b(gettext|ngettext|_|lazy|lazy_plural)\(\s*["']""", line)]
    assert hidden == []


def test_no_message_is_an_f_string() -> None:
    # `_(f"...")` would look a message up by its filled-in text, which no catalogue holds.
    made = [f"{p.relative_to(ROOT)}:{n}" for p in (ROOT / "dsarbot").rglob("*.py")
            for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
            if re.search(r"""\b(gettext|ngettext|_|N_|lazy|lazy_plural)\(\s*f["']""", line)]
    assert made == []


def test_a_sentence_made_before_its_reader_is_known_is_translated_when_shown() -> None:
    said = messages.lazy("%(ref)s extended to %(due)s; the requester is told.", ref="DSAR-2027-0001",
                     due=date(2027, 1, 7))
    stored = messages.Msg.from_json(json.loads(json.dumps(said.to_json())))  # as a queued job keeps it
    assert stored == said
    assert stored.render(i18n.translator("fi")) == "DSAR-2027-0001: määräaikaa pidennetty 7.1.2027 asti; pyytäjälle " \
                                                   "ilmoitetaan."
    assert str(stored) == "DSAR-2027-0001 extended to 7 Jan 2027; the requester is told."
    left = messages.lazy_plural("%(ref)s: task %(task)s done; %(n)s task still open.",
                            "%(ref)s: task %(task)s done; %(n)s tasks still open.", 2, ref="R", task="1")
    assert left.render(i18n.translator("sv")) == "R: uppgift 1 klar; 2 uppgifter är fortfarande öppna."
    kinds = messages.items([messages.Msg("access"), messages.Msg("erasure")])
    uses = messages.lazy("%(ref)s: the request now uses %(kinds)s.", ref="R", kinds=kinds)
    assert messages.render(i18n.translator("fi"), uses) == "R: pyyntö koskee nyt oikeuksia tarkastus, poisto."
    assert messages.render(i18n.translator("fi"), "a server's own words") == "a server's own words"


def test_no_sentence_is_glued_together_from_translated_pieces() -> None:
    calls = r"(gettext|ngettext|_|lazy|lazy_plural)"
    glued = re.compile(rf"""{calls}\([^()]*\)\s*\+|\+\s*(t\.|self\.|i18n\.)?{calls}\(""")
    offenders = [f"{p.relative_to(ROOT)}:{n}" for p in (ROOT / "dsarbot").rglob("*.py")
                 for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if glued.search(line)]
    assert offenders == []


def test_dates_and_numbers_follow_each_languages_convention() -> None:
    fi, sv, en = (i18n.translator(lang) for lang in i18n.LANGUAGES)
    day = date(2027, 1, 7)
    assert (fi.date(day), sv.date(day), en.date(day)) == ("7.1.2027", "7.1.2027", "7 Jan 2027")
    assert (fi.percent(2 / 3), en.percent(2 / 3)) == ("66,7\u00a0%", "66.7%")
    assert (fi.number(12345.5), en.number(12345.5)) == ("12\u00a0345,5", "12,345.5")
    assert fi.month(date(2027, 3, 1)) == "maaliskuu 2027"
    assert fi.ngettext("%(n)s request received", "%(n)s requests received", 1) == "1 pyyntö vastaanotettu"
    assert sv.ngettext("%(n)s request received", "%(n)s requests received", 2) == "2 begäranden mottagna"


def test_the_browser_or_the_configuration_decides_the_language() -> None:
    assert i18n.negotiate("sv-FI,sv;q=0.9,en;q=0.8", "fi") == "sv"
    assert i18n.negotiate("de-DE,en;q=0.5,fi;q=0.7", "sv") == "fi"
    assert i18n.negotiate("de-DE", "fi") == "fi"
    assert i18n.negotiate(None, "xx") == "en"
    assert i18n.translator("sv_FI").language == "sv"


def test_the_dashboard_names_every_state_the_case_life_has() -> None:
    from dsarbot import cases
    from dsarbot.webui import language

    assert language.STATE_LABELS == cases.STATE_LABELS  # the catalogue's ids are the English labels
