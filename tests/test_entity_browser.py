"""Entity page, timeline, map and place facets in real headless Chromium, against `archive serve`
of a real import of sample/. No request may leave the local server; each page is screenshotted."""

import base64
import json
import re

import pytest

pytestmark = pytest.mark.browser


@pytest.fixture
def page(local_page):
    return local_page


def screenshot(page, artifacts_dir, name):
    """Save a full-page PNG and check it is an image of something: big enough, many colours."""
    path = artifacts_dir / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000, (name, len(data))
    # Decode it in the browser itself (no image library needed) and count the colours of a sample.
    colours = page.evaluate(
        """async (b64) => {
            const bytes = Uint8Array.from(atob(b64), c => c.charCodeAt(0));
            const bitmap = await createImageBitmap(new Blob([bytes], {type: 'image/png'}));
            const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
            const ctx = canvas.getContext('2d');
            ctx.drawImage(bitmap, 0, 0);
            const pixels = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
            const seen = new Set();
            for (let i = 0; i < pixels.length; i += 4 * 97) seen.add(pixels[i] << 16 | pixels[i + 1] << 8 | pixels[i + 2]);
            return {colours: seen.size, width: bitmap.width, height: bitmap.height};
        }""",
        base64.b64encode(data).decode("ascii"),
    )
    assert colours["width"] == 1280 and colours["height"] >= 600, colours
    assert colours["colours"] >= 20, (name, colours)
    return path


def bar_count(page, series):
    return page.locator(f"svg.archive-timeline rect.bar.{series}").count()


def test_outside_requests_are_caught(page, served_sample):
    """The guard the other tests rely on: a request to another host is aborted and recorded."""
    page.goto(served_sample + "/-/map")
    failed = page.evaluate("() => fetch('http://192.0.2.1/tile.png').then(() => 'loaded', () => 'blocked')")
    assert failed == "blocked" and page.outside_requests == ["http://192.0.2.1/tile.png"]
    page.outside_requests.clear()


def test_entity_page_renders_timeline_map_and_links(page, served_sample, artifacts_dir, sql):
    place = sql("select e.id, e.name, count(*) as n from entities e join article_entities ae on ae.entity_id = e.id "
                "where e.kind = 'place' and e.latitude is not null group by e.id order by n desc limit 1")[0]
    months = sql("select count(distinct a.month) as n from article_entities ae join articles a on a.id = ae.article_id "
                 "where ae.entity_id = ? and a.month is not null", [place["id"]])[0]["n"]
    page.goto(served_sample + "/-/entity/" + place["id"])
    assert page.locator("h1").inner_text() == place["name"]
    chart = page.locator("svg.archive-timeline")
    assert chart.is_visible()
    assert bar_count(page, "published") == months >= 3
    box = chart.bounding_box()
    assert box["width"] > 500 and box["height"] > 100
    # bars are drawn inside the chart, with a visible height
    bar = page.locator("svg.archive-timeline rect.bar.published").first.bounding_box()
    assert bar["height"] >= 1 and box["y"] <= bar["y"] <= box["y"] + box["height"]
    assert page.locator(".archive-entity-map circle.place").count() == 1
    # the accessible table opens without scripts and holds the same months
    page.locator(".archive-chart-data summary").first.click()
    assert page.locator(".archive-chart-table tbody tr").count() >= months
    screenshot(page, artifacts_dir, "entity")

    other = page.locator("#co-mentioned a").first
    name = other.inner_text()
    other.click()
    page.wait_for_url(re.compile(r"/-/entity/[^/]+$"))
    assert page.locator("h1").inner_text() == name
    page.locator("#recent a").first.click()
    page.wait_for_url(re.compile(r"/-/article/[0-9a-f]{16}$"))
    # back from the article to an entity it mentions
    mentioned = page.locator(".archive-mentioned a").first
    entity_name = mentioned.inner_text()
    mentioned.click()
    page.wait_for_url(re.compile(r"/-/entity/"))
    assert page.locator("h1").inner_text() == entity_name


def test_timeline_overall_and_per_outlet(page, served_sample, artifacts_dir, sql):
    months = sql("select count(distinct month) as n from articles where month is not null")[0]["n"]
    event_months = len({r["month"] for r in sql("select distinct month from event_dates where month is not null")
                        if re.match(r"^\d{4}-\d\d$", r["month"])})
    page.goto(served_sample + "/")
    page.locator('a[href="/-/timeline"]:visible').first.click()
    page.wait_for_url(re.compile(r"/-/timeline$"))
    assert bar_count(page, "published") == months >= 10
    assert bar_count(page, "events") == event_months >= 1
    tooltip = page.locator("svg.archive-timeline rect.bar.published title").first.text_content()
    assert re.match(r"^\d{4}-\d\d: \d+ articles? published$", tooltip)
    screenshot(page, artifacts_dir, "timeline")

    outlet = sql("select o.id, o.name from articles a join outlets o on o.id = a.outlet group by o.id "
                 "order by count(*) desc limit 1")[0]
    outlet_months = sql("select count(distinct month) as n from articles where outlet = ? and month is not null",
                        [outlet["id"]])[0]["n"]
    page.select_option("#archive-outlet", value=outlet["name"])
    page.locator(".archive-timeline-form button").click()
    page.wait_for_url(re.compile(r"outlet="))
    assert bar_count(page, "published") == outlet_months < months
    page.locator("a", has_text="When published").click()
    page.wait_for_url(re.compile(r"series=published"))
    assert bar_count(page, "events") == 0 and bar_count(page, "published") == outlet_months
    # a bar is a link to that month's articles in the table
    page.locator("svg.archive-timeline a").first.click()
    page.wait_for_url(re.compile(r"/articles\?month="))
    assert page.locator("table.rows-and-columns tbody tr").count() >= 1


def test_map_of_places(page, served_sample, artifacts_dir, sql):
    places = sql("select id, name, articles from entities where kind = 'place' and articles > 0 "
                 "and latitude between 32 and 38 and longitude between 35 and 46 order by articles desc")
    page.goto(served_sample + "/-/map")
    svg = page.locator("svg.archive-map")
    assert svg.is_visible()
    assert page.locator("svg.archive-map circle.place").count() == len(places) >= 5
    assert page.locator("svg.archive-map path.country").count() >= 2
    biggest = page.locator(f'svg.archive-map circle[data-entity="{places[0]["id"]}"]')
    radius = float(biggest.get_attribute("r"))
    assert all(float(r) <= radius for r in page.locator("svg.archive-map circle.place").evaluate_all(
        "cs => cs.map(c => c.getAttribute('r'))"))
    # circles are inside the map's box and the table lists the places too
    box = svg.bounding_box()
    circle = biggest.bounding_box()
    assert box["x"] <= circle["x"] and circle["x"] + circle["width"] <= box["x"] + box["width"] + 1
    assert page.locator(".archive-places-table tbody tr").count() >= len(places)
    screenshot(page, artifacts_dir, "map")
    biggest.click()
    page.wait_for_url(re.compile(r"/-/entity/"))
    assert page.locator("h1").inner_text() == places[0]["name"]


def test_search_place_facet_filters_results(page, served_sample, artifacts_dir, sample_db, sql):
    page.goto(served_sample + "/-/search?q=ISIS")
    total = int(page.locator(".archive-count strong").inner_text())
    facet = page.locator('.archive-facet[data-facet="place"] li a').last
    entity_id = facet.get_attribute("data-entity")
    name = facet.get_attribute("data-value")
    expected = int(facet.locator("xpath=following-sibling::span").inner_text())
    assert page.locator('.archive-facet[data-facet="organisation"] a').count() >= 1
    assert bar_count(page, "published") >= 3
    assert page.locator(".archive-hits-map circle.place").count() >= 3
    screenshot(page, artifacts_dir, "search-places")

    facet.click()
    page.wait_for_url(re.compile(r"entity="))
    assert int(page.locator(".archive-count strong").inner_text()) == expected < total
    assert page.locator(".archive-filter", has_text=f"place: {name}").count() == 1
    shown = [re.search(r"/-/article/([0-9a-f]{16})", h).group(1)
             for h in page.locator(".archive-hit h3 a").evaluate_all("as => as.map(a => a.href)")]
    mentioning = {r["article_id"] for r in sql("select article_id from article_entities where entity_id = ?", [entity_id])}
    assert shown and set(shown) <= mentioning
    # the chart now counts the narrowed hits only
    counts = page.locator("svg.archive-timeline rect.bar.published").evaluate_all(
        "rs => rs.map(r => +r.getAttribute('data-count'))")
    dated = sql("select count(*) as n from articles where id in (select value from json_each(?)) and month is not null",
                [json.dumps(sorted(mentioning))])[0]["n"]
    assert 0 < sum(counts) <= min(expected, dated)
    # the query still applies: a new query keeps the place filter
    box = page.locator("#archive-q")
    box.fill("camp")
    box.press("Enter")
    page.wait_for_url(re.compile(r"q=camp.*entity="))
    assert page.locator(".archive-filter", has_text=f"place: {name}").count() == 1
    narrowed = int(page.locator(".archive-count strong").inner_text())
    # removing the filter brings the whole query back
    page.locator(".archive-filter", has_text=f"place: {name}").click()
    page.wait_for_url(re.compile(r"q=camp"))
    assert "entity=" not in page.url
    assert int(page.locator(".archive-count strong").inner_text()) > narrowed
