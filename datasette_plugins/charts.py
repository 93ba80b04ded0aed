"""Server-side SVG: a bar chart of articles per month (the map of places is map_chart.py's). No
JavaScript, no external assets; every piece of text goes through markupsafe, so names from
articles are safe."""

from __future__ import annotations

import html
import math
import re
from typing import Callable, Optional

from markupsafe import Markup, escape

MONTH = re.compile(r"^(\d{4})-(\d{2})$")
MAX_MONTHS = 600  # fifty years of bars; older months are left out of a chart, never of its table
MONTH_NAMES = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()

# (key, legend label, colour); the key is also the bars' class
SERIES = {
    "published": ("Articles published", "#3b6ea8"),
    "events": ("Articles reporting events in the month", "#d9822b"),
}


def _svg_head(css: str, width, height, label: str) -> tuple:
    """A chart's opening tag and its title (label escaped), for the timeline and the map."""
    return (Markup('<svg class="{css}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" '
                   'width="100%" preserveAspectRatio="xMidYMid meet" role="img" aria-label="{label}">').format(
                css=css, w=width, h=height, label=label),
            Markup("<title>{}</title>").format(label))


def _month_index(month: str) -> Optional[int]:
    match = MONTH.match(month or "")
    if not match:
        return None
    year, number = int(match.group(1)), int(match.group(2))
    if not 1 <= number <= 12 or not 1000 <= year <= 9999:
        return None
    return year * 12 + number - 1


def _month_name(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def clean_counts(rows) -> dict:
    """``{month: count}`` from rows of (month, count), dropping malformed months and empty counts."""
    counts = {}
    for month, count in rows:
        if _month_index(month) is not None and count:
            counts[month] = counts.get(month, 0) + int(count)
    return counts


def month_axis(series: dict) -> list:
    """Every month from the first to the last with a count in any series (the latest MAX_MONTHS)."""
    indexes = [_month_index(m) for counts in series.values() for m in counts]
    indexes = [i for i in indexes if i is not None]
    if not indexes:
        return []
    last = max(indexes)
    first = max(min(indexes), last - MAX_MONTHS + 1)
    return [_month_name(i) for i in range(first, last + 1)]


def table_rows(series: dict) -> list:
    """Rows for the accessible table under a chart: month and each series' count, newest first."""
    months = sorted({m for counts in series.values() for m in counts}, reverse=True)
    return [{"month": m, **{key: counts.get(m, 0) for key, counts in series.items()}} for m in months]


def table_rows_html(rows: list, series: list) -> Markup:
    """The body rows of a chart's table as ``_archive_charts.html``'s ``timeline`` macro writes
    them (one template loop step a cell cost ~3 ms a search's timeline): a row a month, each
    series' count, the newlines and indents the template's loop leaves."""
    return Markup("".join(
        f'<tr><th scope="row">{escape(row["month"])}</th>'
        + "".join(f"<td>{escape(format(row[key], ','))}</td>" for key in series) + "</tr>\n            "
        for row in rows))


def _ticks(value: int) -> list:
    """Round gridline values from 0 to at least ``value``: at most six, whole numbers."""
    value = max(int(value), 1)
    step = 1
    while value / step > 5:
        for factor in (2, 5 / 2, 2):  # 1, 2, 5, 10, 20, 50, ...
            step = int(step * factor)
            if value / step <= 5:
                break
    return [step * i for i in range(-(-value // step) + 1)]


def timeline_svg(series: dict, *, label: str, href: Optional[Callable[[str, str], Optional[str]]] = None,
                 width: int = 900, height: int = 240, compact: bool = False) -> Markup:
    """Bars of counts per month. ``series`` is ``{"published": {month: n}, "events": {...}}`` (one or
    both); the bars of two series stand side by side in each month. ``href(series, month)`` makes
    bars links. Each bar has a ``<title>`` tooltip and ``data-month``/``data-count`` attributes.
    ``compact`` draws the phone's version (``archive-timeline-narrow``, about 380 units wide, so
    its text is drawn near its real size): fewer year labels, the legend on as many lines as needed."""
    series = {key: counts for key, counts in series.items() if key in SERIES}
    months = month_axis(series)
    if not months:
        return Markup("")
    char = 7.2 if compact else 6.6  # width of a character of the axis and legend text, in the SVG's units
    keys = [key for key in SERIES if key in series]
    # legend: entries side by side, wrapped onto another line where the width runs out
    legend, x, line = [], 8 if compact else 48, 0
    for key in keys:
        name, colour = SERIES[key]
        need = 16 + char * len(name) + 14
        if x > (8 if compact else 48) and x + need > width:
            x, line = 8 if compact else 48, line + 1
        legend.append((x, 6 + 16 * line, name, colour))
        x += need
    left, right, top, bottom = (36 if compact else 48), (8 if compact else 10), 26 + 16 * line, 36
    plot_w, plot_h = width - left - right, height - top - bottom
    position = {month: i for i, month in enumerate(months)}  # (a list's `in` was a walk a month: ~550 at most)
    ticks = _ticks(max((n for counts in series.values() for m, n in counts.items() if m in position), default=1))
    peak = ticks[-1]
    slot = plot_w / len(months)
    bar_w = min(max(slot * 0.84 / len(keys), 0.5), 36)
    css = "archive-chart archive-chart-narrow archive-timeline-narrow" if compact else "archive-chart archive-timeline"
    parts = [
        *_svg_head(css, width, height, label),
    ]
    # y axis: gridlines at quarters of a round maximum
    for value in ticks:
        y = top + plot_h - plot_h * value / peak
        parts.append(Markup('<line class="grid" x1="{}" x2="{}" y1="{y:.1f}" y2="{y:.1f}"/>'
                            '<text class="axis" x="{}" y="{ty:.1f}" text-anchor="end">{}</text>').format(
            left, left + plot_w, left - 5, _short(value), y=y, ty=y + 4))
    # x axis: a tick at each January; its year where there is room for it (every k-th year when
    # years are narrow), month names too when months are wide enough for them. Plain f-strings here
    # and below (no value from the data: the months are YYYY-MM by month_axis): Markup.format on
    # every month and bar cost most of a drawing.
    month_w = char * 3 + 6
    every = next((n for n in (1, 3) if slot * n >= month_w and len(months) <= (14 if n == 1 else 40)), None)
    year_w = char * 4 + 8
    year_step = max(1, math.ceil(year_w / (slot * 12)))
    first_january = next((i for i, m in enumerate(months) if m.endswith("-01")), len(months))
    # only the months that can draw something: the first, each January, all when month names fit
    for i in (range(len(months)) if every else sorted({0, *range(first_january, len(months), 12)})):
        month = months[i]
        x = left + slot * i
        year, number = month[:4], int(month[5:])
        first_label = i == 0 and slot * first_january >= year_w
        if number == 1:
            parts.append(f'<line class="tick" x1="{x:.1f}" x2="{x:.1f}" y1="{top + plot_h}" y2="{top + plot_h + 5}"/>')
        if first_label or (number == 1 and (int(year) % year_step == 0) and x + year_w - 8 <= width):
            parts.append(f'<text class="axis year" x="{x + 1:.1f}" y="{top + plot_h + 30 if every else top + plot_h + 16}">'
                         f'{year}</text>')
        if every and (number - 1) % every == 0:
            parts.append(f'<text class="axis month" x="{x + slot / 2:.1f}" y="{top + plot_h + 15}" text-anchor="middle">'
                         f'{MONTH_NAMES[number - 1]}</text>')
    parts.append(f'<line class="axis-line" x1="{left}" x2="{left + plot_w}" y1="{top + plot_h}" y2="{top + plot_h}"/>')
    # bars: plain strings with each value from the data escaped (Markup.format on every bar cost
    # ~0.5 ms a bar, ~100 ms for a search's seven years of months in two series)
    for k, key in enumerate(keys):
        name, colour = SERIES[key]
        what = "published" if key == "published" else "reporting events in the month"
        for month, count in sorted(series[key].items()):
            if month not in position:
                continue
            bar_h = max(plot_h * count / peak, 1)
            x = left + slot * position[month] + (slot - bar_w * len(keys)) / 2 + bar_w * k
            noun = "article" if count == 1 else "articles"
            m, n = html.escape(str(month)), int(count)
            rect = (f'<rect class="bar {key}" x="{x:.2f}" y="{top + plot_h - bar_h:.2f}" width="{bar_w:.2f}" '
                    f'height="{bar_h:.2f}" fill="{colour}" data-month="{m}" data-count="{n}">'
                    f'<title>{m}: {n} {noun} {what}</title></rect>')
            link = href(key, month) if href else None
            parts.append(f'<a href="{html.escape(str(link))}">{rect}</a>' if link else rect)
    for x, y, name, colour in legend:
        parts.append(Markup('<rect class="legend" x="{x}" y="{y}" width="12" height="12" fill="{c}"/>'
                            '<text class="legend" x="{tx}" y="{ty}">{name}</text>').format(
            x=x, y=y, tx=x + 16, ty=y + 10, c=colour, name=name))
    parts.append("</svg>")
    return Markup("".join(parts))


def _short(value: float) -> str:
    if value >= 10_000:
        return f"{value / 1000:.0f}k"
    if value >= 1000:
        return f"{value / 1000:.1f}k".replace(".0k", "k")
    return f"{value:.0f}" if value == int(value) else f"{value:.1f}"
