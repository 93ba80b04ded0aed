"""Every value reachable, searchable where long: a facet listed in full with more than 30 values
gets a box that narrows it (datasette_plugins/facet_filter.py). Without JavaScript the box is a GET
form the server applies; with it the list narrows as one types. The counts stay those of the full
list, and a value clicked in a narrowed list narrows the results to exactly that count. The table
pages' facets also count the rows without a value, so that they add up."""

import html
import re
import urllib.parse

import pytest

from datasette_plugins.facet_filter import fold, matches
from test_facet_totals import buckets, facet_section, total_of


def test_the_box_ignores_case_accents_and_joining_marks():
    assert fold("al-Ḥasakah") == "al hasakah"
    assert matches("Ghuwayran prison", "ghuw pris")
    assert matches("Ḥasakah", fold("has"))
    assert matches("ʿAyn al-ʿArab", fold("ayn al arab"))
    assert not matches("Raqqa", fold("has"))
    assert matches("anything", "")


# --- the search page ---------------------------------------------------------------------------

async def test_search_facet_listed_in_full_is_searchable_and_keeps_its_counts(ds):
    full = (await ds.client.get("/-/search?q=camp&more=place")).text
    section = facet_section(full, "place")
    everything, missing = buckets(section)
    assert len(everything) > 30, "the sample's places for 'camp' make a long list"
    assert 'class="archive-facet-filter"' in section and 'name="facet_filter"' in section
    # the box's form carries the search on: the query, the facet listed in full
    form = re.search(r'<form class="archive-facet-filter".*?</form>', section, re.S).group(0)
    assert 'name="q" value="camp"' in form and 'name="more" value="place"' in form
    narrowed = (await ds.client.get("/-/search?q=camp&more=place&facet_filter=HAS")).text
    section = facet_section(narrowed, "place")
    values, still_missing = buckets(section)
    assert values and set(values) < set(everything)
    assert all("has" in name.lower() for name in values)
    assert values == {name: everything[name] for name in everything if "has" in name.lower()}
    assert still_missing == missing  # the bucket without a value stays
    assert re.search(rf"{len(values)} of {len(everything)} values match", section)
    assert total_of(narrowed) == total_of(full)  # the box narrows the list, not the search
    # a value clicked there narrows the search to its count, and the box is not carried on
    name, count = next(iter(values.items()))
    link = html.unescape(re.search(rf'<a href="([^"]+)" data-value="{re.escape(html.escape(name))}"', section).group(1))
    assert "facet_filter" not in link
    assert total_of((await ds.client.get(link)).text) == count


async def test_short_search_facets_have_no_box_and_the_box_is_escaped(ds):
    short = (await ds.client.get("/-/search?q=camp&more=year")).text
    assert 'class="archive-facet-filter"' not in facet_section(short, "year")
    hostile = (await ds.client.get("/-/search", params={"q": "camp", "more": "tag", "facet_filter": '"><script>alert(1)</script>'})).text
    assert "<script>alert(1)" not in hostile and "&lt;script&gt;alert(1)" in hostile
    values, missing = buckets(facet_section(hostile, "tag"))
    assert values == {} and missing > 0


# --- the table page ----------------------------------------------------------------------------

def table_facet(page: str, column: str) -> str:
    return re.search(rf'<div class="facet-info [^"]*" id="facet-{column}" data-column="{column}">.*?</ul>', page, re.S).group(0)


def table_values(block: str) -> dict:
    return {html.unescape(name): int(count.replace(",", "")) for name, count in
            re.findall(r'<li data-filter-text="[^"]*"><a href="[^"]+">([^<]+)</a> ([\d,]+)</li>', block)}


async def row_count(ds, url: str) -> int:
    parts = urllib.parse.urlsplit(url)  # a facet's links may be absolute
    path, query = parts.path, parts.query
    data = (await ds.client.get(path + ".json?" + query + "&_size=0")).json()
    return data["filtered_table_rows_count"]


async def test_table_list_facet_box_searches_every_value(ds, sql):
    page = (await ds.client.get("/archive/articles")).text
    tags = table_facet(page, "tags")
    listed = table_values(tags)
    assert len(listed) == 30 and 'name="_facet_filter_tags"' in tags and ">more…</a>" in tags
    everything = {row["value"]: row["n"] for row in sql(
        "select j.value, count(*) as n from articles, json_each(articles.tags) j group by j.value")}
    beyond = sorted(set(everything) - set(listed))
    assert beyond, "the sample has more than 30 tags"
    wanted = beyond[0]
    narrowed = (await ds.client.get("/archive/articles", params={"_facet_filter_tags": wanted, "_facet_size": "max"})).text
    found = table_values(table_facet(narrowed, "tags"))
    assert wanted in found and found[wanted] == everything[wanted]
    assert all(matches(name, fold(wanted)) for name in found)
    link = html.unescape(re.search(rf'<a href="([^"]+)">{re.escape(html.escape(wanted))}</a>', table_facet(narrowed, "tags")).group(1))
    assert "_facet_filter_" not in link and "tags__arraycontains=" in link
    assert await row_count(ds, link) == everything[wanted]


async def test_table_facets_add_up_with_their_missing_bucket(ds, sql):
    page = (await ds.client.get("/archive/articles")).text
    total = sql("select count(*) as n from articles")[0]["n"]
    labels = {"outlet": "unknown outlet", "year": "no date", "month": "no date", "language": "language unknown",
              "duplicate_of": "not a copy (first or only copy)"}
    # every column facet: its values and the rows without one sum to the rows
    for column, label in labels.items():
        block = table_facet(page, column)
        assert "more…" not in block, column  # each lists all its values in the sample
        missing = re.search(rf'class="archive-missing"[^>]*><a href="([^"]+)"><em>{re.escape(label)}</em></a> '
                            r'<span class="count">([\d,]+)<', block)
        nulls = sql(f"select count(*) as n from articles where {column} is null")[0]["n"]
        count = int(missing.group(2).replace(",", "")) if missing else 0
        assert count == nulls, column
        assert sum(table_values(block).values()) + count == total, column
        if missing:
            assert await row_count(ds, html.unescape(missing.group(1))) == count
    # a list facet: the rows with an empty list are a bucket of their own, and "more…" lists every value
    block = table_facet(page, "tags")
    missing = re.search(r'class="archive-missing"[^>]*><a href="([^"]+)"><em>no tags</em></a> <span class="count">([\d,]+)<', block)
    empty = sql("select count(*) as n from articles where tags = '[]' or tags is null")[0]["n"]
    assert int(missing.group(2)) == empty
    assert await row_count(ds, html.unescape(missing.group(1))) == empty
    more = html.unescape(re.search(r'<li class="facet-truncated"><a href="([^"]+)"', block).group(1))
    every = table_values(table_facet((await ds.client.get(more)).text, "tags"))
    assert every == {row["value"]: row["n"] for row in sql(
        "select j.value, count(*) as n from articles, json_each(articles.tags) j group by j.value")}


# --- the entity page ---------------------------------------------------------------------------

async def test_entity_mentioned_with_has_more_and_a_box(ds, sql):
    entity = sql("select ae.entity_id as id, count(distinct other.entity_id) as n from article_entities ae "
                 "join article_entities other on other.article_id = ae.article_id and other.entity_id != ae.entity_id "
                 "group by ae.entity_id order by n desc limit 1")[0]
    assert entity["n"] > 30
    quoted = urllib.parse.quote(entity["id"], safe=":")
    page = (await ds.client.get(f"/-/entity/{quoted}")).text
    section = re.search(r'<section id="co-mentioned">.*?</section>', page, re.S).group(0)
    assert section.count("<tr data-entity=") == 15 and "more…" in section
    page = (await ds.client.get(f"/-/entity/{quoted}?with=all")).text
    section = re.search(r'<section id="co-mentioned">.*?</section>', page, re.S).group(0)
    assert section.count("<tr data-entity=") == entity["n"] and 'name="facet_filter_with"' in section
    page = (await ds.client.get(f"/-/entity/{quoted}?with=all&facet_filter_with=camp")).text
    section = re.search(r'<section id="co-mentioned">.*?</section>', page, re.S).group(0)
    names = [html.unescape(n) for n in re.findall(r'<tr data-entity="[^"]+"><td><a href="[^"]+">([^<]*)</a>', section)]
    assert names and all("camp" in name.lower() for name in names)


async def test_the_hits_places_table_says_where_the_rest_are(ds):
    page = (await ds.client.get("/-/search?q=al-Hol")).text
    rows = re.search(r'<table class="archive-places-table">.*?</table>', page, re.S).group(0).count("<tr data-entity=")
    everything, _ = buckets(facet_section((await ds.client.get("/-/search?q=al-Hol&more=place")).text, "place"))
    if len(everything) <= rows:
        assert 'class="archive-places-left"' not in page
        return
    note = re.search(r'<p class="archive-places-left">(.*?)</p>', page, re.S).group(1)
    assert f"all {len(everything)}</a> are in the Places facet" in note and "more=place" in note



async def test_entities_index_finds_one_by_name(ds, sql):
    page = (await ds.client.get("/-/entities")).text
    assert 'name="find"' in page
    narrowed = (await ds.client.get("/-/entities", params={"find": "HASAK"})).text
    ids = re.findall(r'<tr data-entity="([^"]+)">', narrowed)
    expected = {row["id"] for row in sql("select id, name from entities") if "hasak" in row["name"].lower()}
    assert ids and set(ids) == expected
    assert re.search(rf"{len(ids)} of \d+ match", narrowed)
    assert "<script>x" not in (await ds.client.get("/-/entities", params={"find": "<script>x"})).text


# --- in Chromium (after the async tests: the module's browser keeps an event loop running) ---

@pytest.mark.browser
def test_search_facet_box_narrows_as_one_types_in_chromium(local_page, served_sample, artifacts_dir):
    page = local_page
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(served_sample + "/-/search?q=camp&more=place")
    facet = page.locator('.archive-facet[data-facet="place"]')
    before = facet.locator("li[data-filter-text]:visible").count()
    assert before > 30
    box = facet.locator("input[name=facet_filter]")
    box.press_sequentially("hasa", delay=20)
    visible = facet.locator("li:not(.archive-missing)[data-filter-text]:visible")
    names = visible.locator("a").all_inner_texts()
    assert 0 < len(names) < before and all("hasa" in name.lower() for name in names)
    assert "match" in facet.locator(".archive-facet-filter-status").inner_text()
    page.screenshot(path=str(artifacts_dir / "facet-filter-search.png"))
    count = int(visible.first.locator(".count").inner_text().replace(",", ""))
    visible.first.locator("a").click()
    page.wait_for_url(re.compile(r"entity="))
    assert int(page.locator(".archive-count strong").inner_text().replace(",", "")) == count
    assert "facet_filter" not in page.url


@pytest.mark.browser
def test_table_facet_box_in_chromium_with_and_without_javascript(browser, local_page, served_sample):
    page = local_page
    page.goto(served_sample + "/archive/articles")
    tags = page.locator('.facet-info[data-column="tags"]')
    box = tags.locator("input[name=_facet_filter_tags]")
    box.press_sequentially("syria", delay=20)
    shown = tags.locator("li[data-filter-text]:not(.archive-missing):visible")
    assert 0 < shown.count() < 30
    assert all("syria" in t.lower() for t in shown.locator("a").all_inner_texts())
    box.press("Enter")  # every value, searched by the server
    page.wait_for_url(re.compile(r"_facet_filter_tags=syria"))
    link = tags.locator("li[data-filter-text]:not(.archive-missing) a").first
    count = int(link.locator("xpath=..").inner_text().rsplit(" ", 1)[1].replace(",", ""))
    link.click()
    page.wait_for_url(re.compile(r"tags__arraycontains="))
    assert "_facet_filter_tags" not in page.url
    rows = int(re.search(r"([\d,]+) rows?", page.locator("h3").first.inner_text()).group(1).replace(",", ""))
    assert rows == count
    # Without JavaScript the same box is a form the server applies.
    context = browser.new_context(java_script_enabled=False)
    try:
        plain = context.new_page()
        plain.goto(served_sample + "/-/search?q=camp&more=place")
        plain.locator("input[name=facet_filter]").fill("hasa")
        plain.locator("input[name=facet_filter]").press("Enter")
        plain.wait_for_url(re.compile(r"facet_filter=hasa"))
        names = plain.locator('.archive-facet[data-facet="place"] li:not(.archive-missing) a').all_inner_texts()
        assert names and all("hasa" in name.lower() for name in names)
    finally:
        context.close()


@pytest.mark.browser
def test_table_facets_fold_on_a_phone_and_stand_open_on_a_desktop(local_page, served_sample):
    page = local_page
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(served_sample + "/archive/articles")
    assert page.locator("table.rows-and-columns").bounding_box()["y"] < 2 * 844, "the rows come before the facet lists"
    fold = page.locator("details.archive-table-facets")
    assert fold.locator("summary").is_visible() and not page.locator('.facet-info[data-column="tags"]').is_visible()
    fold.locator("summary").click()
    assert page.locator('.facet-info[data-column="tags"]').is_visible()
    # browsing a facet (every value, or its box) opens the fold
    page.goto(served_sample + "/archive/articles?_facet_size=max")
    assert page.locator('.facet-info[data-column="tags"]').is_visible()
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(served_sample + "/archive/articles")
    assert page.locator('.facet-info[data-column="tags"]').is_visible()
    assert not fold.locator("summary").is_visible()


@pytest.mark.browser
def test_entity_mentioned_with_box_narrows_its_rows_in_chromium(local_page, served_sample):
    page = local_page
    page.goto(served_sample + "/-/entity/place:al-hol-camp?with=all")
    rows = page.locator("#with-rows tr")
    before = rows.count()
    assert before > 30
    page.locator("input[name=facet_filter_with]").press_sequentially("camp", delay=20)
    shown = page.locator("#with-rows tr:visible")
    names = shown.locator("td:first-child a").all_inner_texts()
    assert 0 < len(names) < before and all("camp" in name.lower() for name in names)


@pytest.mark.browser
def test_entities_index_box_narrows_both_lists_in_chromium(local_page, served_sample):
    page = local_page
    page.goto(served_sample + "/-/entities")
    before = page.locator("tr[data-entity]:visible").count()
    page.locator("input[name=find]").press_sequentially("camp", delay=20)
    names = page.locator("tr[data-entity]:visible td:first-child a").all_inner_texts()
    assert 0 < len(names) < before and all("camp" in name.lower() for name in names)
