"""Dates and the small markup vocabulary the templates are written in.

Each template is written once and rendered twice: as plain text and as HTML. The templates mark
their structure with filter blocks (``{% filter para %}…{% endfilter %}``) and two helpers; this module
gives those names a plain-text meaning and an HTML meaning. In HTML the block content arrives already
escaped (autoescape), so the HTML filters only add tags; plain values are escaped here.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from markupsafe import Markup, escape

WIDTH = 76
"""Plain-text line width: fits every mail client without re-wrapping."""

GLUE = "\ue000"
"""Private-use character the ``date`` filter puts between a date's words so that plain-text wrapping never
splits "7 December 2026"; :func:`unglue` turns it back into a space after rendering."""
_SPACE = re.compile(r"[ \t\r\n\f\v]+")  # not str.split(): that would also split at GLUE

_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December")


def format_date(d: date, language: str) -> str:
    """A date as a reader of *language* writes it: fi/sv ``7.12.2026``, otherwise ``7 December 2026``."""
    if language in ("fi", "sv"):
        return f"{d.day}.{d.month}.{d.year}"
    return f"{d.day} {_MONTHS_EN[d.month - 1]} {d.year}"


def glued_date(d: date, language: str) -> str:
    """:func:`format_date` with its words glued together (for the templates' ``date`` filter)."""
    return format_date(d, language).replace(" ", GLUE)


def unglue(s: str) -> str:
    """Replace the wrapping glue with ordinary spaces."""
    return s.replace(GLUE, " ")


# --- plain text ---------------------------------------------------------------------------------------

def _squash(s: str) -> str:
    # Template source is indented and hard-wrapped for readability; the reader should not see that.
    return " ".join(_SPACE.split(str(s).strip()))


def _fill(s: str, indent: str = "", hang: str = "") -> str:
    # Never break words or hyphens: e-mail addresses, URLs and dates must stay intact.
    return textwrap.fill(s, WIDTH, initial_indent=indent, subsequent_indent=hang,
                         break_long_words=False, break_on_hyphens=False)


def text_para(s: str) -> str:
    """A paragraph: whitespace collapsed, wrapped, followed by a blank line."""
    squashed = _squash(s)
    return _fill(squashed) + "\n\n" if squashed else ""


def text_heading(s: str) -> str:
    """A heading, underlined."""
    title = _squash(s)
    return f"{title}\n{'-' * len(title)}\n\n"


def text_subheading(s: str) -> str:
    """A smaller heading (one source or table)."""
    return _squash(s) + "\n\n"


def text_item(s: str) -> str:
    """One bullet of a list."""
    return _fill(_squash(s), "- ", "  ") + "\n"


def text_items(s: str) -> str:
    """A list of bullets (the block holds ``item`` blocks)."""
    return s.strip("\n") + "\n\n" if s.strip() else ""


def text_lines(s: str) -> str:
    """Lines kept as written (addresses, contact blocks); blank lines dropped."""
    lines = [_squash(line) for line in str(s).splitlines()]
    return "\n".join(line for line in lines if line) + "\n\n"


def text_freetext(s: str) -> str:
    """Text written by staff: their line breaks are kept, long lines wrapped, indented as a quote."""
    out = [_fill(line.strip(), "  ", "  ") if line.strip() else "" for line in str(s).strip().splitlines()]
    return "\n".join(out) + "\n\n"


def text_record(row: Mapping[str, str]) -> str:
    """One data row as ``label: value`` lines."""
    lines = [_fill(f"{k}: {v}", "    ", "      ") for k, v in row.items()]
    return "\n".join(lines) + "\n\n"


# --- HTML ---------------------------------------------------------------------------------------------

def _m(s: str) -> Markup:
    # Block content is Markup already (autoescape); a plain str here came from Python and is escaped.
    # Only whitespace changes, so the already escaped string stays safe.
    return Markup(" ".join(_SPACE.split(str(escape(s)).strip())))


def html_para(s: str) -> Markup:
    """A paragraph."""
    content = _m(s)
    return Markup("<p>%s</p>\n") % content if content else Markup("")


def html_heading(s: str) -> Markup:
    """A heading."""
    return Markup('<h2 style="font-size:1.1em;margin:1.4em 0 .5em">%s</h2>\n') % _m(s)


def html_subheading(s: str) -> Markup:
    """A smaller heading (one source or table)."""
    return Markup('<h3 style="font-size:1em;margin:1em 0 .3em">%s</h3>\n') % _m(s)


def html_item(s: str) -> Markup:
    """One bullet of a list."""
    return Markup("<li>%s</li>\n") % _m(s)


def html_items(s: str) -> Markup:
    """A list of bullets."""
    return Markup("<ul>\n%s</ul>\n") % escape(s) if str(s).strip() else Markup("")


def html_lines(s: str) -> Markup:
    """Lines kept as written."""
    lines = [_m(line) for line in escape(s).splitlines()]
    return Markup("<p>%s</p>\n") % Markup("<br>\n").join(line for line in lines if line)


def html_freetext(s: str) -> Markup:
    """Text written by staff: paragraphs and line breaks kept, shown as a quote."""
    paras = [p for p in escape(s).strip().split("\n\n") if p.strip()]
    body = Markup("").join(
        Markup("<p>%s</p>") % Markup("<br>\n").join(line.strip() for line in p.splitlines()) for p in paras
    )
    return Markup('<blockquote style="margin:0 0 1em 1em;padding-left:1em;border-left:3px solid #ccc">'
                  "%s</blockquote>\n") % body


def html_record(row: Mapping[str, str]) -> Markup:
    """One data row as a two-column table."""
    cells = Markup("").join(
        Markup('<tr><th style="text-align:left;padding:2px 12px 2px 0;font-weight:normal;color:#555;'
               'vertical-align:top">%s</th><td style="padding:2px 0">%s</td></tr>\n') % (k, v)
        for k, v in row.items()
    )
    return Markup('<table style="border-collapse:collapse;margin:0 0 1em 0">\n%s</table>\n') % cells


TEXT_FILTERS: dict[str, Callable[..., Any]] = {
    "para": text_para, "heading": text_heading, "subheading": text_subheading,
    "item": text_item, "items": text_items, "lines": text_lines, "freetext": text_freetext,
}
HTML_FILTERS: dict[str, Callable[..., Any]] = {
    "para": html_para, "heading": html_heading, "subheading": html_subheading,
    "item": html_item, "items": html_items, "lines": html_lines, "freetext": html_freetext,
}
TEXT_GLOBALS: dict[str, Any] = {"html": False, "record": text_record}
HTML_GLOBALS: dict[str, Any] = {"html": True, "record": html_record}
