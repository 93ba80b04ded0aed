"""The map on a phone (390 px): the places that matter are named (beside their circle, further out
with a leader line, or by a number listed in a key under the map when even that does not fit), no
two names overlap, and the legend's circles are drawn at the phone map's size, not the desktop's."""

import re

import pytest

from datasette_plugins import map_chart

PHONE = {"width": 390, "height": 844}


def crowded_places(n: int = 14) -> list:
    """``n`` places a few kilometres apart around Hasakah, most articles first: too close for every
    name to sit beside its circle on a 380-unit map."""
    return [{"id": f"place:test-{i}", "name": f"Place number {i}", "type": "town", "latitude": 36.5 + 0.02 * (i % 4),
             "longitude": 40.75 + 0.03 * (i // 4), "count": 40 - 2 * i, "href": f"/-/entity/place:test-{i}"}
            for i in range(n)]


def label_boxes(svg: str, size: float = 10.5) -> list:
    boxes = []
    for x, y, text in re.findall(r'<text class="place-label[^"]*" x="([\d.]+)" y="([\d.]+)"[^>]*>([^<]*)</text>', svg):
        x, y, width = float(x), float(y), 0.62 * size * len(text)
        boxes.append((x, y - size * 1.15, x + width, y + size * 0.4))
    return boxes


def test_crowded_phone_map_names_or_numbers_the_places_that_matter():
    places = crowded_places()
    key = []
    svg = str(map_chart.map_svg(places, label="test", width=380, labels=12, compact=True, key=key))
    named = re.findall(r'<text class="place-label" [^>]*data-entity="([^"]+)"', svg)
    numbered = re.findall(r'<text class="place-label place-number" [^>]*data-entity="([^"]+)">(\d+)<', svg)
    assert numbered, "some names cannot sit in a cluster this tight: they get numbers"
    assert [(place["id"], number) for number, place in key] == [(entity, number) for entity, number in
                                                               sorted(numbered, key=lambda item: int(item[1]))]
    assert [number for number, _ in key] == [str(n) for n in range(1, len(key) + 1)]
    top = {place["id"] for place in places[:12]}
    assert set(named) | {entity for entity, _ in numbered} == top, "each of the 12 most mentioned is named or numbered"
    boxes = label_boxes(svg)
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]), (a, b)
    assert svg.count('<line class="leader"') >= 1
    # the desktop drawing keeps its names beside their circles and numbers nothing
    wide = str(map_chart.map_svg(places, label="test"))
    assert "place-number" not in wide and "leader" not in wide


def test_phone_legend_is_drawn_at_the_phone_maps_size():
    places = crowded_places(4)
    wide, narrow = map_chart.map_legend(places), map_chart.map_legend(places, compact=True)
    assert [n for n, _ in wide] == [n for n, _ in narrow]
    peak = max(p["count"] for p in places)
    assert narrow[-1][1] == round(map_chart.place_radius(peak, peak, compact=True), 1) < wide[-1][1]


@pytest.mark.browser
def test_map_at_390_px_names_ghuwayran_and_hasakah_with_a_legend_at_its_scale(local_page, served_sample, artifacts_dir):
    page = local_page
    page.set_viewport_size(PHONE)
    page.goto(served_sample + "/-/map")
    chart = page.locator("svg.archive-map-narrow")
    assert chart.is_visible()
    labels = chart.locator("text.place-label")
    names = labels.all_text_contents()
    numbered = page.locator(".archive-map-key li a").all_inner_texts()
    for place in ("Ghuwayran", "Hasakah", "al-Hol camp", "Roj camp", "Baghouz"):
        assert place in names or place in numbered, (place, names, numbered)
    assert len(names) >= 10
    boxes = [labels.nth(i).bounding_box() for i in range(labels.count())]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not (a["x"] < b["x"] + b["width"] and b["x"] < a["x"] + a["width"]
                        and a["y"] < b["y"] + b["height"] and b["y"] < a["y"] + a["height"]), (a, b)
    assert min(box["height"] for box in boxes) >= 9
    # the legend's circles as the phone map draws them: the largest no bigger than the map's largest
    assert not page.locator(".archive-legend-wide").is_visible()
    legend = page.locator(".archive-legend-narrow")
    assert legend.is_visible()
    key_sizes = [legend.locator("svg.archive-legend-key").nth(i).bounding_box()["width"]
                 for i in range(legend.locator("svg.archive-legend-key").count())]
    circles = chart.locator("circle.place")
    largest = max(circles.nth(i).bounding_box()["width"] for i in range(circles.count()))
    assert max(key_sizes) - 4 <= largest * 1.15, (key_sizes, largest)
    page.locator("svg.archive-map-narrow").scroll_into_view_if_needed()
    page.screenshot(path=str(artifacts_dir / "map-phone-390.png"))
    # on a desktop the wide legend shows, the phone's is hidden
    page.set_viewport_size({"width": 1280, "height": 900})
    assert page.locator(".archive-legend-wide").is_visible() and not legend.is_visible()
