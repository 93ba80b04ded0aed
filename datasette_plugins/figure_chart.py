"""Server-side SVG for the figures page (``figures_page.py``): every reported figure as a point on
a time axis (one day a unit), coloured by outlet, with a line through each day's highest figure.

No JavaScript and no external assets: each point is a link to its article with a ``<title>``
(day, outlet, the figure as written, what it counts, who gave it, the sentence) that browsers show
as a tooltip; ``data-*`` attributes carry the same for a script. Every piece of text from the
archive goes through ``html.escape`` (sentences and sources come from imported pages).
"""

from __future__ import annotations

import datetime
import html
import math
from typing import Optional

from markupsafe import Markup

from datasette_plugins.charts import MONTH_NAMES, _short, _ticks

# Outlets' colours, most figures first; the rest share OTHER. Told apart by people with the
# common colour-vision deficiencies (Okabe and Ito's palette, with a darker yellow).
PALETTE = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#7a5c00", "#000000")
OTHER = "#9a9a9a"
TITLE_SENTENCE = 240  # characters of the sentence in a point's tooltip


def day_number(day) -> Optional[int]:
    """The proleptic ordinal of an ISO day (``2022-01-21``), or None for anything else."""
    try:
        return datetime.date.fromisoformat(str(day)[:10]).toordinal() if day and len(str(day)) >= 10 else None
    except ValueError:
        return None


def outlet_colours(names: list) -> dict:
    """``{outlet name: colour}`` for the first outlets of ``names`` (most figures first); an outlet
    left out is drawn in OTHER."""
    return {name: PALETTE[i] for i, name in enumerate(names[:len(PALETTE)])}


def _day_ticks(first: int, last: int, room: int) -> list:
    """``(ordinal, label, strong)`` ticks for the days ``first``..``last``, at most ``room`` of them:
    years, quarters, months, weeks or days, whichever fits."""
    start, end = datetime.date.fromordinal(first), datetime.date.fromordinal(last)
    months = [(y, m) for y in range(start.year, end.year + 1) for m in range(1, 13)
              if (y, m) >= (start.year, start.month) and (y, m) <= (end.year, end.month)]
    for every in (1, 3, 6, 12, 24, 60):
        chosen = [(y, m) for y, m in months if ((y * 12 + m - 1) % every == 0)]
        firsts = [(datetime.date(y, m, 1).toordinal(), y, m) for y, m in chosen]
        firsts = [f for f in firsts if first <= f[0] <= last]
        if 2 <= len(firsts) <= room:
            return [(o, str(y) if m == 1 or every >= 12 else f"{MONTH_NAMES[m - 1]} {y}" if o == firsts[0][0]
                     else MONTH_NAMES[m - 1], m == 1) for o, y, m in firsts]
        if len(firsts) < 2 and every == 1:
            break
    span = last - first
    step = next((s for s in (1, 2, 7, 14) if span / s <= room), 28)
    ticks = []
    for o in range(first, last + 1, step):
        d = datetime.date.fromordinal(o)
        ticks.append((o, f"{d.day} {MONTH_NAMES[d.month - 1]}" + (f" {d.year}" if not ticks else ""), False))
    return ticks


def _log_ticks(peak: int) -> list:
    top = 10 ** max(1, math.ceil(math.log10(max(peak, 1))))
    return [0] + [10 ** k for k in range(0, int(math.log10(top)) + 1)]


def point_title(point: dict) -> str:
    """The tooltip of a point, as plain text: day, outlet, the figure as written, its kind and what
    it counts, who gave it, and the sentence (shortened)."""
    sentence = " ".join((point.get("sentence") or "").split())
    if len(sentence) > TITLE_SENTENCE:
        sentence = sentence[:TITLE_SENTENCE].rsplit(" ", 1)[0] + "…"
    what = " ".join(str(x) for x in (point.get("number_text") or point.get("value"), point.get("counts") or "") if x)
    parts = [point.get("published") or "undated", point.get("outlet_name") or "unknown outlet",
             f"{what} ({point.get('kind') or 'no kind'}{', ' + point['tally'] if point.get('tally') else ''})",
             "source: " + (point.get("source") or "none named")]
    return " · ".join(parts) + (f"\n“{sentence}”" if sentence else "")


def figures_svg(points: list, *, label: str, colours: dict, highest: Optional[list] = None, log: bool = False,
                width: int = 900, height: int = 320, compact: bool = False) -> Markup:
    """Points for figures ``points`` (dicts with ``id, published, value, outlet_name, href`` and
    what ``point_title`` reads); those without a day are left out (the page counts them).
    ``highest``: ``[(day, value)]`` drawn as a line. ``log``: a logarithmic value axis (0 on the
    axis line). ``compact`` draws the phone's version (about 380 units wide, no tooltips: a tap
    opens the article)."""
    dated = [(day_number(p.get("published")), p) for p in points]
    dated = [(d, p) for d, p in dated if d is not None and isinstance(p.get("value"), int)]
    if not dated:
        return Markup("")
    first, last = min(d for d, _ in dated), max(d for d, _ in dated)
    if first == last:
        first, last = first - 1, last + 1
    peak = max(p["value"] for _, p in dated)
    ticks = _log_ticks(peak) if log else _ticks(peak)
    top_value = ticks[-1]
    left, right, top, bottom = (40 if compact else 52), (10 if compact else 16), 12, 40
    plot_w, plot_h = width - left - right, height - top - bottom

    def x_of(day: int) -> float:
        return left + 6 + (plot_w - 12) * (day - first) / (last - first)

    def y_of(value: int) -> float:
        if log:
            share = 0 if value <= 0 else (1 + math.log10(value)) / (1 + math.log10(top_value))
        else:
            share = value / top_value
        return top + plot_h - plot_h * share

    css = "archive-chart archive-chart-narrow archive-figures-chart-narrow" if compact else "archive-chart archive-figures-chart"
    parts = [f'<svg class="{css}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" '
             f'preserveAspectRatio="xMidYMid meet" role="img" aria-label="{html.escape(label)}">',
             f"<title>{html.escape(label)}</title>"]
    for value in ticks:
        y = y_of(value)
        parts.append(f'<line class="grid" x1="{left}" x2="{left + plot_w}" y1="{y:.1f}" y2="{y:.1f}"/>'
                     f'<text class="axis" x="{left - 5}" y="{y + 4:.1f}" text-anchor="end">{_short(value)}</text>')
    char = 7.2 if compact else 6.6
    room = max(2, int(plot_w / (char * 9)))
    for ordinal, text, strong in _day_ticks(first, last, room):
        x = x_of(ordinal)
        anchor = "start" if x - left < char * len(text) / 2 else "end" if left + plot_w - x < char * len(text) / 2 else "middle"
        parts.append(f'<line class="tick" x1="{x:.1f}" x2="{x:.1f}" y1="{top + plot_h}" y2="{top + plot_h + 5}"/>'
                     f'<text class="axis{" year" if strong else ""}" x="{x:.1f}" y="{top + plot_h + 18}" '
                     f'text-anchor="{anchor}">{html.escape(text)}</text>')
    parts.append(f'<line class="axis-line" x1="{left}" x2="{left + plot_w}" y1="{top + plot_h}" y2="{top + plot_h}"/>')
    if highest:
        line = [(day_number(day), value) for day, value in highest]
        line = sorted((d, v) for d, v in line if d is not None and first <= d <= last)
        if len(line) > 1:
            path = " L".join(f"{x_of(d):.1f},{y_of(v):.1f}" for d, v in line)
            parts.append(f'<path class="highest-line" d="M{path}"><title>Highest figure each day</title></path>')
    seen: dict = {}
    radius = 4 if compact else 4.5
    for day, point in sorted(dated, key=lambda item: (item[0], -item[1]["value"])):
        # figures on the same day with the same value side by side, not on top of each other
        k = seen.get((day, point["value"]), 0)
        seen[(day, point["value"])] = k + 1
        x = x_of(day) + (radius * 1.6) * ((k + 1) // 2) * (1 if k % 2 else -1)
        colour = colours.get(point.get("outlet_name"), OTHER)
        outlet = html.escape(point.get("outlet_name") or "")
        circle = (f'<circle class="figure-point" cx="{x:.1f}" cy="{y_of(point["value"]):.1f}" r="{radius}" '
                  f'fill="{colour}" data-figure="{html.escape(str(point["id"]))}" data-day="{html.escape(point["published"][:10])}" '
                  f'data-value="{int(point["value"])}" data-outlet="{outlet}">'
                  # a phone shows no tooltips: its drawing leaves them out (half the page's weight at 2,000 points)
                  + ("" if compact else f"<title>{html.escape(point_title(point))}</title>") + "</circle>")
        href = point.get("href")
        parts.append(f'<a href="{html.escape(href)}">{circle}</a>' if href else circle)
    parts.append("</svg>")
    return Markup("".join(parts))
