"""A collection served by `archive serve COLLECTION`, in real headless Chromium (issue #19): the
search box, a facet, a place, an article page, against the single archive served beside it."""

from __future__ import annotations

import re

import pytest

from conftest import SAMPLE, archive_served

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def served_collection(tmp_path_factory):
    from dask.distributed import Client, LocalCluster

    from archive import collection
    from archive.shard_import import CollectionImport

    work = tmp_path_factory.mktemp("served-collection")
    found = collection.create(work / "c.json", 3)
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, protocol="tcp", host="127.0.0.1",
                      dashboard_address=None) as cluster, Client(cluster) as client:
        assert CollectionImport(found, client, batch_size=20).run([SAMPLE]).imported == 50
    with archive_served(found.path, work / "serve.log") as base:
        yield base


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.js_errors = errors
    yield page
    context.close()


def count_of(page) -> int:
    return int(re.search(r"([\d,]+)", page.locator(".archive-count strong").inner_text()).group(1).replace(",", ""))


def facet_counts(page, name) -> dict:
    out = {}
    for item in page.locator(f'[data-facet="{name}"] li').all():
        text = item.inner_text().rsplit(" ", 1)
        out[text[0].strip()] = int(text[1].replace(",", ""))
    return out


def test_the_collection_page_in_a_browser(page, served_collection, served_sample, artifacts_dir):
    page.goto(served_collection + "/-/search")
    box = page.locator("form.archive-search-form input[name=q]")
    box.fill("camp")
    box.press("Enter")
    page.wait_for_url(re.compile(r"/-/search\?q=camp"))
    ours = count_of(page)
    shown = {name: facet_counts(page, name) for name in ("outlet", "year", "place")}
    page.screenshot(path=str(artifacts_dir / "collection-search.png"), full_page=True)
    assert page.locator(".archive-hit").count() == min(ours, 20)
    assert page.locator(".archive-partial").count() == 0
    assert "shard-000" in page.locator(".archive-sql-hint").inner_text()
    page.goto(served_sample + "/-/search?q=camp")
    assert count_of(page) == ours > 0
    assert {name: facet_counts(page, name) for name in ("outlet", "year", "place")} == shown
    # A place narrows the hits, in both.
    page.goto(served_collection + "/-/search?q=camp")
    place = page.locator('[data-facet="place"] li a[data-entity]').first
    name, expected = place.get_attribute("data-value"), shown["place"][place.get_attribute("data-value")]
    place.click()
    page.wait_for_url(re.compile(r"entity="))
    assert count_of(page) == expected
    assert name in page.locator(".archive-filters").inner_text()
    # The first hit's page comes from its shard.
    title = page.locator(".archive-hit h3 a").first
    heading = re.sub(r"\s+", " ", title.inner_text()).strip()
    title.click()
    page.wait_for_url(re.compile(r"/-/article/[0-9a-f]{16}$"))
    assert re.sub(r"\s+", " ", page.locator("h1").first.inner_text()).strip() == heading
    assert page.js_errors == []


def test_the_collections_pages_on_a_phone(browser, served_collection, served_sample, artifacts_dir):
    """/-/timeline, /-/map, /-/entities and /-/figures of the collection at 390 px: drawn (the
    phone's charts), the counts the single archive shows, and no script error."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    seen = {}
    for base in (served_collection, served_sample):
        page.goto(base + "/-/timeline")
        assert page.locator(".archive-timeline-narrow").is_visible()
        bars = page.locator(".archive-timeline-narrow rect.bar")
        timeline = sorted((bars.nth(i).get_attribute("data-month"), bars.nth(i).get_attribute("data-count"))
                          for i in range(bars.count()))
        page.goto(base + "/-/map")
        assert page.locator("svg.archive-map-narrow").is_visible()
        places = page.locator(".archive-places-table tr[data-entity]").count()
        page.goto(base + "/-/entities?kind=place")
        entities = page.locator(".archive-entity-table td.count").all_inner_texts()
        page.goto(base + "/-/figures?kind=detained")
        assert page.locator("#summary").is_visible()
        figures = page.locator('[data-count="figures"]').inner_text()
        if base == served_collection:
            page.screenshot(path=str(artifacts_dir / "collection-figures-phone.png"), full_page=True)
            assert page.locator(".archive-partial").count() == 0
        seen[base] = (timeline, places, entities, figures)
    assert seen[served_collection] == seen[served_sample]
    assert seen[served_collection][0] and seen[served_collection][1] > 10
    assert errors == []
    context.close()
