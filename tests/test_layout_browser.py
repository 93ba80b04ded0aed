"""Pages a person can read, on a desktop (1280 px) and a phone (390 px), in real headless Chromium:
no sideways scrolling, results before facets on a phone, charts drawn for the width, map labels
that do not overlap and a legend, and an articles table that opens with a readable set of columns."""

import re

import pytest

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


def boxes_overlap(a, b) -> bool:
    return (a["x"] < b["x"] + b["width"] and b["x"] < a["x"] + a["width"]
            and a["y"] < b["y"] + b["height"] and b["y"] < a["y"] + a["height"])


def visible_boxes(locator) -> list:
    return [box for box in (locator.nth(i).bounding_box() for i in range(locator.count())) if box and box["width"]]


@pytest.fixture
def article_path(sql):
    return "/-/article/" + sql("select id from articles where published is not null order by published desc limit 1")[0]["id"]


def test_no_page_scrolls_sideways_on_a_phone(local_page, served_sample, article_path, artifacts_dir):
    page = local_page
    pages = {"search": "/-/search?q=camp", "article": article_path, "entity": "/-/entity/place:al-hol-camp",
             "timeline": "/-/timeline", "map": "/-/map", "table": "/archive/articles", "entities": "/-/entities"}
    for size in (PHONE, DESKTOP):
        page.set_viewport_size(size)
        for name, path in pages.items():
            page.goto(served_sample + path)
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= size["width"], f"{name} is {width} px wide at {size['width']} px"
            if name in ("search", "article", "table", "timeline", "map"):
                page.screenshot(path=str(artifacts_dir / f"layout-{name}-{size['width']}.png"))


def test_search_on_a_phone_shows_results_first_and_folds_the_facets(local_page, served_sample):
    page = local_page
    page.set_viewport_size(PHONE)
    page.goto(served_sample + "/-/search?q=camp")
    first = page.locator(".archive-hit").first.bounding_box()
    assert first["y"] < PHONE["height"], f"the first result starts {first['y']} px down"
    fold = page.locator("details.archive-facets-fold")
    assert fold.get_attribute("open") is None
    summary = fold.locator("summary")
    assert summary.is_visible() and summary.inner_text().startswith("Filter (outlet, year, tags")
    assert not page.locator('.archive-facet[data-facet="outlet"] a').first.is_visible()
    # the facets unfold, still narrow the search, and the filtered page starts with its results too
    summary.click()
    outlet = page.locator('.archive-facet[data-facet="outlet"] a').first
    assert outlet.is_visible()
    outlet.click()
    page.wait_for_url(re.compile(r"outlet="))
    assert page.locator(".archive-filter").first.is_visible()
    assert page.locator(".archive-hit").first.bounding_box()["y"] < PHONE["height"]
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


def test_search_on_a_desktop_shows_the_facets_beside_the_results(local_page, served_sample):
    page = local_page
    page.goto(served_sample + "/-/search?q=camp")
    assert not page.locator("details.archive-facets-fold summary").is_visible()
    outlet = page.locator('.archive-facet[data-facet="outlet"] a').first
    assert outlet.is_visible()
    facets, hits = page.locator(".archive-facets").bounding_box(), page.locator(".archive-hits").bounding_box()
    assert facets["x"] + facets["width"] <= hits["x"] and abs(facets["y"] - hits["y"]) < 40


@pytest.mark.parametrize("path,figure", [
    ("/-/timeline", ".archive-timeline-figure"),
    ("/-/search?q=camp", ".archive-hits-overview .archive-timeline-figure"),
    ("/-/entity/place:al-hol-camp", "#timeline .archive-timeline-figure"),
])
def test_timelines_are_drawn_for_the_width(local_page, served_sample, path, figure):
    page = local_page
    for size, shown, hidden in ((PHONE, "svg.archive-timeline-narrow", "svg.archive-timeline"),
                                (DESKTOP, "svg.archive-timeline", "svg.archive-timeline-narrow")):
        page.set_viewport_size(size)
        page.goto(served_sample + path)
        chart = page.locator(f"{figure} {shown}")
        assert chart.is_visible() and not page.locator(f"{figure} {hidden}").is_visible()
        box = chart.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= size["width"]
        labels = chart.locator("text.axis.year, text.axis.month, text.legend")
        boxes = visible_boxes(labels)
        assert len(boxes) >= 3
        # legible: at least 9 px tall as drawn, and no two labels overlap
        assert min(b["height"] for b in boxes) >= 9, (size, boxes)
        for i, a in enumerate(boxes):
            for b in boxes[i + 1:]:
                assert not boxes_overlap(a, b), (size, a, b)
        # the numbers beneath scroll in their own box, not the page
        data = page.locator(f"{figure} .archive-chart-data")
        if data.count():
            data.locator("summary").click()
            assert page.evaluate("document.documentElement.scrollWidth") <= size["width"]


def test_map_labels_the_places_that_matter_and_explains_its_circles(local_page, served_sample, sql):
    page = local_page
    top = [r["id"] for r in sql("select id from entities where kind = 'place' and type != 'country' "
                                "and latitude between 32 and 38 and longitude between 35 and 46 "
                                "order by articles desc, name limit 4")]
    assert "place:ghuwayran-prison" in top or len(top) == 4
    for size, svg in ((DESKTOP, "svg.archive-map"), (PHONE, "svg.archive-map-narrow")):
        page.set_viewport_size(size)
        page.goto(served_sample + "/-/map")
        chart = page.locator(svg)
        assert chart.is_visible()
        labels = chart.locator("text.place-label")
        named = labels.evaluate_all("els => els.map(e => e.getAttribute('data-entity'))")
        for entity in top[:4 if size is DESKTOP else 3]:
            assert entity in named, (size, entity, named)
        boxes = visible_boxes(labels)
        assert len(boxes) == len(named) >= 4
        assert min(b["height"] for b in boxes) >= 9
        for i, a in enumerate(boxes):
            for b in boxes[i + 1:]:
                assert not boxes_overlap(a, b), (size, a, b)
        legend = page.locator(".archive-map-legend")
        assert legend.is_visible()
        text = legend.inner_text()
        assert "Circle size" in text and "solid" in text and "dashed" in text
        assert legend.locator(".archive-legend-sizes circle").count() >= 2
        assert legend.locator("circle.place.area").count() == 1
    # Hasakah and Ghuwayran, under "North and East Syria" before, are named on the wide map
    page.set_viewport_size(DESKTOP)
    page.goto(served_sample + "/-/map")
    names = page.locator("svg.archive-map text.place-label").all_text_contents()
    assert "Hasakah" in names and "Ghuwayran" in names


def test_articles_table_opens_with_readable_columns(local_page, served_sample):
    page = local_page
    for size in (DESKTOP, PHONE):
        page.set_viewport_size(size)
        page.goto(served_sample + "/archive/articles")
        columns = page.locator("table.rows-and-columns thead th").evaluate_all(
            "els => els.map(e => e.getAttribute('data-column'))")
        assert len(columns) <= 10 and {"title", "outlet", "published", "author", "tags"} <= set(columns), columns
        assert "[]" not in page.locator("table.rows-and-columns td.col-tags").all_inner_texts()  # no tags: empty
        assert page.evaluate("document.documentElement.scrollWidth") <= size["width"]
    page.set_viewport_size(DESKTOP)
    # every column a click away, filters kept; and back
    page.goto(served_sample + "/archive/articles?language=en")
    page.locator("a.archive-all-columns").click()
    page.wait_for_url(re.compile(r"_columns=all"))
    assert "language=en" in page.url
    assert page.locator("table.rows-and-columns thead th").count() >= 25
    page.locator("a.archive-usual-columns").click()
    page.wait_for_load_state()
    assert "_columns" not in page.url and "language=en" in page.url
    assert page.locator("table.rows-and-columns thead th").count() <= 10
    # a title still opens the article page
    page.locator("td.col-title a").first.click()
    page.wait_for_url(re.compile(r"/-/article/[0-9a-f]{16}$"))
