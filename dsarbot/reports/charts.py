"""Server-side SVG charts for the Reports page: no JavaScript, nothing fetched, prints as it shows.

Each function returns one `<svg>` element as text, built only from numbers and escaped labels; colours
are SVG presentation attributes (the dashboard's Content-Security-Policy forbids inline styles). Every
chart has a <title> and <desc> for screen readers, and each bar its own <title> (the tooltip) and
`data-` attributes with its figures, so tests can read what is drawn.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from xml.sax.saxutils import escape, quoteattr

from dsarbot.i18n import Translator
from dsarbot.pipeline.types import KINDS
from dsarbot.reports import labels
from dsarbot.reports.figures import Month

WIDTH, HEIGHT = 960, 280
SMALL = 480
"""The on-time and days charts sit side by side on a wide screen: a narrower drawing keeps their text legible."""
LEFT, RIGHT, TOP, BOTTOM = 48, 16, 16, 44
# Okabe–Ito: told apart by people with colour-vision deficiencies, and in greyscale by lightness.
KIND_COLOURS = dict(zip(KINDS, ("#0072B2", "#E69F00", "#D55E00", "#CC79A7", "#009E73", "#56B4E9"), strict=True))
ON_TIME, NEARLY, LATE, AXIS, GRID, TEXT = "#1e6b34", "#b07800", "#a4161a", "#5b6472", "#d9dee5", "#1d2430"


def rate_colour(rate: float) -> str:
    """Green only when every deadline was met (the law asks for all of them), amber from 80 %, else red."""
    return ON_TIME if rate >= 1 else NEARLY if rate >= 0.8 else LATE


def nice_max(value: float) -> int:
    """A round axis maximum at or above *value* (1, 2, 5 × 10^n), at least 1."""
    if value <= 1:
        return 1
    power = 10 ** math.floor(math.log10(value))
    return int(next(m * power for m in (1, 2, 5, 10) if m * power >= value))


def _svg(name: str, title: str, desc: str, body: list[str], width: int = WIDTH) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-{name}" viewBox="0 0 {width} {HEIGHT}" '
            f'role="img" aria-labelledby="{name}-title {name}-desc" font-family="system-ui, sans-serif" '
            f'font-size="12"><title id="{name}-title">{escape(title)}</title>'
            f'<desc id="{name}-desc">{escape(desc)}</desc>' + "".join(body) + "</svg>")


def _y_axis(top: int, plot_h: int, ticks: Sequence[tuple[float, str]], width: int = WIDTH) -> list[str]:
    out = []
    for fraction, label in ticks:
        y = top + plot_h * (1 - fraction)
        out.append(f'<line class="grid" x1="{LEFT}" x2="{width - RIGHT}" y1="{y:.1f}" y2="{y:.1f}" '
                   f'stroke="{GRID}"/>')
        out.append(f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end" fill="{AXIS}">{escape(label)}</text>')
    return out


def _x_label(x: float, y: float, text: str) -> str:
    return f'<text class="x-label" x="{x:.1f}" y="{y:.1f}" text-anchor="middle" fill="{AXIS}">{escape(text)}</text>'


def _bar(x: float, y: float, w: float, h: float, fill: str, tip: str, cls: str, data: dict[str, object]) -> str:
    attrs = "".join(f" data-{k}={quoteattr(str(v))}" for k, v in data.items())
    return (f'<rect class="{cls}" x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{max(h, 0):.1f}" fill="{fill}"'
            f'{attrs}><title>{escape(tip)}</title></rect>')


def _slots(n: int, width: int = WIDTH) -> tuple[float, float]:
    """(slot width, bar width) for *n* bars across the plot."""
    slot = (width - LEFT - RIGHT) / max(n, 1)
    return slot, min(slot * 0.7, 48)


def requests_per_month(t: Translator, months: Sequence[Month]) -> str:
    """Stacked bars: requests that arrived each month, one colour per kind, with a legend."""
    legend_h = 24
    plot_h = HEIGHT - TOP - BOTTOM - legend_h
    top = TOP + legend_h
    peak = nice_max(max((sum(m.by_kind.values()) for m in months), default=0))
    body = _y_axis(top, plot_h, [(i / 4, t.number(peak * i / 4)) for i in range(5) if (peak * i) % 4 == 0])
    slot, bar_w = _slots(len(months))
    for i, m in enumerate(months):
        x = LEFT + slot * i + (slot - bar_w) / 2
        y: float = top + plot_h
        body.append(f'<g class="month" data-month="{m.first:%Y-%m}" data-received="{m.received}">')
        for kind in KINDS:
            n = m.by_kind.get(kind, 0)
            if not n:
                continue
            h = plot_h * n / peak
            y -= h
            tip = t.gettext("%(month)s: %(kind)s %(n)s", month=t.month(m.first), kind=labels.kind(t, kind),
                            n=t.number(n))
            body.append(_bar(x, y, bar_w, h, KIND_COLOURS[kind], tip, f"bar kind-{kind}", {"kind": kind, "count": n}))
        body.append("</g>" + _x_label(x + bar_w / 2, top + plot_h + 16, t.month_short(m.first)))
        if len(months) > 12 or m.first.month == 1 or i == 0:
            body.append(_x_label(x + bar_w / 2, top + plot_h + 30, f"{m.first.year}"))
    x = LEFT
    for kind in KINDS:
        name = labels.kind_short(t, kind)
        body.append(f'<g class="legend-item" data-kind="{kind}"><rect x="{x}" y="{TOP}" width="12" height="12" '
                    f'fill="{KIND_COLOURS[kind]}"/><text x="{x + 16}" y="{TOP + 10}" fill="{TEXT}">'
                    f'{escape(name)}</text></g>')
        x += 16 + 7 * len(name) + 14
    total = sum(m.received for m in months)
    return _svg("per-month", t.gettext("Requests per month by kind"),
                t.ngettext("%(n)s request in the period; a request can use several rights.",
                           "%(n)s requests in the period; a request can use several rights.", total), body)


def on_time_per_month(t: Translator, months: Sequence[Month]) -> str:
    """Bars 0–100 %: the on-time rate of the requests that arrived each month ('–' when none is known yet)."""
    plot_h = HEIGHT - TOP - BOTTOM
    body = _y_axis(TOP, plot_h, [(f, t.percent(f)) for f in (0, 0.25, 0.5, 0.75, 1.0)], SMALL)
    slot, bar_w = _slots(len(months), SMALL)
    for i, m in enumerate(months):
        x = LEFT + slot * i + (slot - bar_w) / 2
        rate = m.timeliness.rate
        known = m.timeliness.on_time + m.timeliness.late
        if rate is None:
            body.append(f'<text class="no-data" x="{x + bar_w / 2:.1f}" y="{TOP + plot_h - 6}" text-anchor="middle" '
                        f'fill="{AXIS}" data-month="{m.first:%Y-%m}">–</text>')
        else:
            h = plot_h * rate
            tip = t.gettext("%(month)s: %(on_time)s of %(known)s on time (%(rate)s)", month=t.month(m.first),
                            on_time=t.number(m.timeliness.on_time), known=t.number(known), rate=t.percent(rate))
            body.append(_bar(x, TOP + plot_h - h, bar_w, h, rate_colour(rate),
                             tip, "bar rate", {"month": f"{m.first:%Y-%m}", "rate": round(rate, 4), "known": known}))
            body.append(f'<text class="value" x="{x + bar_w / 2:.1f}" y="{TOP + plot_h - h - 4:.1f}" '
                        f'text-anchor="middle" fill="{TEXT}">{escape(t.percent(rate))}</text>')
        body.append(_x_label(x + bar_w / 2, TOP + plot_h + 16, t.month_short(m.first)))
        if len(months) > 12 or m.first.month == 1 or i == 0:
            body.append(_x_label(x + bar_w / 2, TOP + plot_h + 30, f"{m.first.year}"))
    return _svg("on-time", t.gettext("Answered within the deadline, by month of arrival"),
                t.gettext("Share of requests answered on time among those answered or past their due date; "
                          "'–' means none has reached its outcome yet."), body, SMALL)


def days_histogram(t: Translator, histogram: Sequence[tuple[tuple[int, int | None], int]]) -> str:
    """Bars: how many answers took 0–7, 8–14, … days; a dashed line where the one-month period ends."""
    plot_h = HEIGHT - TOP - BOTTOM
    peak = nice_max(max((n for _, n in histogram), default=0))
    body = _y_axis(TOP, plot_h, [(i / 4, t.number(peak * i / 4)) for i in range(5) if (peak * i) % 4 == 0], SMALL)
    slot, bar_w = _slots(len(histogram), SMALL)
    for i, ((lo, hi), n) in enumerate(histogram):
        x = LEFT + slot * i + (slot - bar_w) / 2
        h = plot_h * n / peak
        tip = t.gettext("%(days)s: %(n)s", days=labels.bucket(t, lo, hi), n=t.number(n))
        body.append(_bar(x, TOP + plot_h - h, bar_w, h, ON_TIME if hi is not None and hi <= 31 else AXIS,
                         tip, "bar bucket", {"from": lo, "to": "" if hi is None else hi, "count": n}))
        body.append(_x_label(x + bar_w / 2, TOP + plot_h + 16, f"{lo}–{hi}" if hi is not None else f"> {lo - 1}"))
        if hi == 31:  # the month of the law ends somewhere in days 28–34: draw the line after this bucket
            edge = LEFT + slot * (i + 1)
            month_label = escape(t.gettext("one month"))  # (not inside the f-string: pybabel would not see it)
            body.append(f'<line class="deadline" x1="{edge:.1f}" x2="{edge:.1f}" y1="{TOP}" y2="{TOP + plot_h}" '
                        f'stroke="{LATE}" stroke-dasharray="5 4"/><text x="{edge + 4:.1f}" y="{TOP + 12}" '
                        f'fill="{LATE}">{month_label}</text>')
    axis_label = escape(t.gettext("days"))
    body.append(f'<text class="axis-title" x="{SMALL - RIGHT}" y="{HEIGHT - 8}" text-anchor="end" '
                f'fill="{AXIS}">{axis_label}</text>')
    total = sum(n for _, n in histogram)
    return _svg("days", t.gettext("Days from arrival to answer"),
                t.ngettext("%(n)s answered request.", "%(n)s answered requests.", total), body, SMALL)
