"""Server-side SVG: a map of places, drawn over the region's borders (datasette_plugins/borders.py),
with its labels and its key. No JavaScript, no external assets; every piece of text goes through
markupsafe, so names from articles are safe."""

from __future__ import annotations

import functools
import math
from typing import Optional

import numpy as np
from markupsafe import Markup, escape

from datasette_plugins import borders
from datasette_plugins.charts import _svg_head

# Places that are areas, drawn at a representative point: hollow circles, so they do not read as towns.
AREA_TYPES = {"country", "region", "province", "governorate", "district", "river"}

# The map: an equirectangular projection of the region, x scaled by cos(35°) so distances look right.
WEST, EAST, SOUTH, NORTH = borders.BOUNDS
SCALE_X = math.cos(math.radians((SOUTH + NORTH) / 2))


def in_bounds(latitude, longitude) -> bool:
    return (isinstance(latitude, (int, float)) and isinstance(longitude, (int, float))
            and SOUTH <= latitude <= NORTH and WEST <= longitude <= EAST)


def _projector(width: int):
    unit = width / ((EAST - WEST) * SCALE_X)
    height = round((NORTH - SOUTH) * unit)

    def project(lon, lat):
        return (lon - WEST) * SCALE_X * unit, (NORTH - lat) * unit

    return project, height


def _path(points, project, closed=False) -> str:
    coords = " L".join("{:.1f},{:.1f}".format(*project(lon, lat)) for lon, lat in points)
    return "M" + coords + (" Z" if closed else "")


def place_radius(count: int, peak: int, compact: bool = False) -> float:
    """A circle's radius in the map's units: its area grows with the articles mentioning the place."""
    low, high = (2.5, 11) if compact else (3, 22)
    return low + high * math.sqrt(max(count, 0) / max(peak, 1))


def is_area(place: dict) -> bool:
    return (place.get("type") or "") in AREA_TYPES


# Where a label may go around its circle, tried in this order: right, left, above, below, then the corners.
LABEL_POSITIONS = ((1, 0), (-1, 0), (0, -1), (0, 1), (1, -1), (1, 1), (-1, -1), (-1, 1))


def place_labels(circles: list, *, limit: int, width: float, height: float, char: float, size: float,
                 rings: int = 1, names: Optional[dict] = None, skip=(), taken=()) -> list:
    """Greedy label placement: for each circle ``(place, x, y, r)`` in order (most articles first),
    the position around it (right, left, above, below, corners) whose box stays on the map and
    overlaps no label placed before, covering the fewest other circles (the first such in that
    order); with ``rings`` > 1, positions further out (a line's height more each ring, joined to the
    circle by a leader line) are tried when none beside it is free. A place with no such position
    goes unlabelled. Countries are not labelled (the map names them), nor places in ``skip``.
    ``names``: the text of each place's label by id (its name by default); ``taken``: labels
    already on the map, as returned by an earlier call, that the new ones must not overlap.
    Returns ``(place, x, y, box, ring)``, at most ``limit``."""
    placed, before = [], list(taken)
    # the circles' centres and radii as arrays, to count those a box covers in one pass
    centres = np.array([(cx, cy, cr) for _, cx, cy, cr in circles], dtype=float).reshape(-1, 3).T
    same = {}  # each place's circles (itself: not counted as covered by its own label)
    for k, (other, *_) in enumerate(circles):
        same.setdefault(id(other), []).append(k)
    for place, x, y, r in circles:
        if len(placed) >= limit:
            break
        if (place.get("type") or "") == "country" or place.get("id") in skip:
            continue
        text = (names or {}).get(place.get("id"), place["name"])
        text_w, gap = char * len(text), 3
        best = None
        for ring in range(rings):
            far = ring * size * 1.5  # each ring a line and a half further out
            for dx, dy in LABEL_POSITIONS:
                reach = (r if dy == 0 or dx == 0 else r * 0.7) + gap + far
                if dx > 0:
                    x0 = x + reach
                elif dx < 0:
                    x0 = x - reach - text_w
                else:
                    x0 = x - text_w / 2
                if dy < 0:
                    y1 = y - reach - size * 0.2
                elif dy > 0:
                    y1 = y + reach + size * 0.8
                else:
                    y1 = y + size * 0.35
                # the box as a browser measures the text: ascent, descent and the white halo around the letters
                box = (x0 - 2, y1 - size * 1.15 - 2, x0 + text_w + 2, y1 + size * 0.4 + 2)
                if box[0] < 0 or box[2] > width or box[1] < 0 or box[3] > height:
                    continue
                if any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for *_, b, _ in before + placed):
                    continue
                covered = _covered(box, centres, same[id(place)])
                if best is None or covered < best[0]:
                    best = (covered, x0, y1, box, ring)
                    if not covered:  # no later position can cover fewer: the same choice, sooner
                        break
            if best:
                break
        if best:
            placed.append((place, best[1], best[2], best[3], best[4]))
    return placed


NUMBERED = 8  # places a phone's map numbers at most, for its key


def _leader(x: float, y: float, r: float, box) -> Markup:
    """A thin line from the circle's edge to the nearest point of its label's box."""
    nx, ny = min(max(x, box[0]), box[2]), min(max(y, box[1]), box[3])
    dx, dy = nx - x, ny - y
    length = math.hypot(dx, dy) or 1
    sx, sy = x + dx / length * r, y + dy / length * r
    return Markup('<line class="leader" x1="{:.1f}" y1="{:.1f}" x2="{:.1f}" y2="{:.1f}"/>').format(sx, sy, nx, ny)


def _covered(box, centres, own: list) -> int:
    """How many circles (``centres``: rows x, y, r) meet ``box``, those at the positions ``own`` left
    out: a circle meets the box where its centre's nearest point in the box is nearer than r."""
    cx, cy, r = centres
    meets = (np.minimum(np.maximum(cx, box[0]), box[2]) - cx) ** 2 + (np.minimum(np.maximum(cy, box[1]), box[3]) - cy) ** 2 < r * r
    return int(meets.sum() - meets[own].sum())


@functools.lru_cache(maxsize=8)
def _ground(width: int, compact: bool) -> Markup:
    """The map's background for a width: sea, countries, rivers, their names, the graticule; the
    same for every map of that width, so drawn once."""
    project, height = _projector(width)
    parts = [
        Markup('<rect class="sea-land" x="0" y="0" width="{}" height="{}"/>').format(width, height),
        Markup('<path class="sea" d="{}"/>').format(_path(borders.SEA, project, closed=True)),
    ]
    for name, points in borders.COUNTRIES.items():
        parts.append(Markup('<path class="country {}" d="{}"><title>{}</title></path>').format(
            name.lower(), _path(points, project, closed=True), name.title()))
    for name, points in borders.RIVERS.items():
        parts.append(Markup('<path class="river" d="{}"><title>{}</title></path>').format(_path(points, project), name))
    for name, (lon, lat) in borders.COUNTRY_LABELS.items():
        x, y = project(lon, lat)
        half = len(name) * (5.5 if compact else 7.5)  # half the label's width, letter-spacing included
        x = min(max(x, half + 2), width - half - 2)
        parts.append(Markup('<text class="country-label" x="{:.1f}" y="{:.1f}" text-anchor="middle">{}</text>').format(x, y, name))
    # graticule ticks on the frame (every other degree on the phone's map)
    step = 2 if compact else 1
    for lon in range(int(WEST) + 1, int(EAST), step):
        x, _ = project(lon, NORTH)
        parts.append(Markup('<text class="graticule" x="{:.1f}" y="{}" text-anchor="middle">{}°E</text>').format(x, height - 4, lon))
    for lat in range(int(SOUTH) + 1, int(NORTH), step):
        _, y = project(WEST, lat)
        parts.append(Markup('<text class="graticule" x="4" y="{:.1f}">{}°N</text>').format(y + 4, lat))
    return Markup("").join(parts)


def map_svg(places: list, *, label: str, width: int = 900, labels: int = 12, radius: Optional[float] = None,
            compact: bool = False, key: Optional[list] = None) -> Markup:
    """Circles sized by article count on an outline of Syria and Iraq. ``places`` are dicts with
    ``id, name, latitude, longitude, count, href``; those outside the map are left out (the table
    under the map lists them). The ``labels`` places with most articles are named on the map where
    their name fits beside the circle without covering another name; ``radius`` gives every circle
    the same size. Places that are areas (a region, a province, a country) are pale dashed circles
    at a point inside them, towns, camps and prisons solid ones. ``compact`` draws the phone's
    version (``archive-map-narrow``, about 380 units wide, so its text is drawn near its real size):
    names may stand further from their circle with a leader line, and with ``key`` (a list, filled
    with ``(number, place)``) the most mentioned places whose name still does not fit get a number
    instead, for a key under the map."""
    project, height = _projector(width)
    shown = sorted((p for p in places if in_bounds(p.get("latitude"), p.get("longitude")) and p.get("count")),
                   key=lambda p: -p["count"])
    peak = max((p["count"] for p in shown), default=1)
    css = "archive-chart archive-chart-narrow archive-map-narrow" if compact else "archive-chart archive-map"
    parts = [
        *_svg_head(css, width, height, label),
        _ground(width, compact),
    ]
    circles = []
    # areas first, so the towns inside them are drawn (and clicked) above them; f-strings with each
    # value from the data escaped (Markup.format on every circle and label cost most of a map)
    for place in sorted(shown, key=lambda p: not is_area(p)):
        x, y = project(place["longitude"], place["latitude"])
        r = radius or place_radius(place["count"], peak, compact)
        noun = "article" if place["count"] == 1 else "articles"
        area = " area" if is_area(place) else ""
        n = escape(place["count"])
        circle = (f'<circle class="place{area}" cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" data-entity="{escape(place["id"])}" '
                  f'data-count="{n}"><title>{escape(place["name"])}: {n} {noun}</title></circle>')
        parts.append(f'<a href="{escape(place["href"])}">{circle}</a>' if place.get("href") else circle)
    for place in shown:
        x, y = project(place["longitude"], place["latitude"])
        circles.append((place, x, y, radius or place_radius(place["count"], peak, compact)))
    size = 10.5 if compact else 12
    radii = {place["id"]: (x, y, r) for place, x, y, r in circles}
    named = place_labels(circles, limit=labels, width=width, height=height, char=0.62 * size, size=size,
                         rings=3 if compact else 1)
    for place, x, y, box, ring in named:
        if ring:
            parts.append(_leader(*radii[place["id"]], box))
        parts.append(Markup('<text class="place-label" x="{:.1f}" y="{:.1f}" data-entity="{}">{}</text>').format(
            x, y, place["id"], place["name"]))
    if key is not None:
        # Places left unnamed while a less mentioned one was named, or among the ``labels`` most
        # mentioned, get a number (two characters fit where a name does not), at most NUMBERED.
        done = {place["id"] for place, *_ in named}
        least = min((place["count"] for place, *_ in named), default=0)
        unnamed = [c for c in circles if c[0]["id"] not in done and (c[0].get("type") or "") != "country"]
        room = max(0, labels - len(named))
        wanted = [c for i, c in enumerate(unnamed) if c[0]["count"] >= least or i < room][:NUMBERED]
        numbers = {c[0]["id"]: str(n) for n, c in enumerate(wanted, start=1)}
        taken = [(None, 0, 0, box, 0) for *_, box, _ in named]
        numbered = place_labels(wanted + [c for c in circles if c not in wanted], limit=len(wanted), width=width,
                                height=height, char=0.62 * size, size=size, rings=8, names=numbers,
                                skip=done | {c[0]["id"] for c in circles if c not in wanted}, taken=taken)
        for place, x, y, box, ring in numbered:
            if ring:
                parts.append(_leader(*radii[place["id"]], box))
            parts.append(Markup('<text class="place-label place-number" x="{:.1f}" y="{:.1f}" data-entity="{}">{}</text>').format(
                x, y, place["id"], numbers[place["id"]]))
            key.append((numbers[place["id"]], place))
        key.sort(key=lambda item: int(item[0]))
    parts.append("</svg>")
    return Markup("".join(parts))


def map_legend(places: list, compact: bool = False) -> list:
    """Sizes for the map's legend: ``[(count, radius)]`` for the most mentioned place, one in between
    and a single article, as the map draws them."""
    counts = sorted({p["count"] for p in places if p.get("count") and in_bounds(p.get("latitude"), p.get("longitude"))})
    if not counts:
        return []
    peak = counts[-1]
    chosen = sorted({1, max(1, round(peak / 4)), peak})
    return [(n, round(place_radius(n, peak, compact), 1)) for n in chosen]
