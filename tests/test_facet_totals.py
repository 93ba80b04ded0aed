"""Every facet adds up: articles without a value are a bucket of their own on the search page, the
timeline and the entity pages; facets that stop at 12 values have "more…" showing all of them."""

import html
import json
import re
import pytest

from conftest import datasette_for, run_cli

QUERIES = ["al-Hol", "ISIS", "camp", "Baghouz", "repatriation OR prison"]
SINGLE = ("outlet", "year")
MULTI = ("tag", "place", "organisation")


def total_of(page: str) -> int:
    return int(re.search(r"<strong>([\d,]+)</strong> articles? match", page).group(1).replace(",", ""))


def facet_section(page: str, name: str) -> str | None:
    found = re.search(rf'<section class="archive-facet" data-facet="{name}".*?</section>', page, re.S)
    return found.group(0) if found else None


def buckets(section: str) -> tuple:
    """``({value: count}, missing count)`` of a facet as the page shows it."""
    values = {}
    for value, count in re.findall(r'data-value="([^"]*)"[^>]*>.*?</a> <span class="count">([\d,]+)</span>', section, re.S):
        values[html.unescape(value)] = int(count.replace(",", ""))
    missing = re.search(r'class="archive-missing"[^>]*>.*?<span class="count">([\d,]+)</span>', section, re.S)
    return values, int(missing.group(1).replace(",", "")) if missing else 0


async def hit_ids(ds, query_string: str) -> list:
    response = await ds.client.get("/-/search.json?" + query_string)
    assert response.status_code == 200
    return [hit["id"] for hit in response.json()["hits"]]


def expected_multi(sql, ids: list, name: str) -> tuple:
    """``({value: hits}, hits without any)`` for a list facet, counted straight from the tables."""
    payload = json.dumps(ids)
    if name == "tag":
        rows = sql("select t.name as value, count(*) as n from article_tags at join tags t on t.id = at.tag_id "
                   "where at.article_id in (select value from json_each(:ids)) group by t.name", {"ids": payload})
        none = sql("select count(*) as n from json_each(:ids) j where not exists "
                   "(select 1 from article_tags at where at.article_id = j.value)", {"ids": payload})
    else:
        rows = sql("select e.name as value, count(*) as n from article_entities ae join entities e on e.id = ae.entity_id "
                   "where e.kind = :kind and ae.article_id in (select value from json_each(:ids)) group by e.id",
                   {"ids": payload, "kind": name})
        none = sql("select count(*) as n from json_each(:ids) j where not exists (select 1 from article_entities ae "
                   "join entities e on e.id = ae.entity_id where ae.article_id = j.value and e.kind = :kind)",
                   {"ids": payload, "kind": name})
    return {row["value"]: row["n"] for row in rows}, none[0]["n"]


@pytest.mark.parametrize("query", QUERIES)
async def test_every_search_facet_adds_up(ds, sql, query):
    from urllib.parse import urlencode

    base = urlencode({"q": query})
    html = (await ds.client.get("/-/search?" + base)).text
    total = total_of(html)
    assert total > 0
    ids = await hit_ids(ds, base)
    assert len(ids) == total
    for name in SINGLE + MULTI:
        # Every value of the facet: the page's "more…" view of it.
        full = (await ds.client.get(f"/-/search?{base}&more={name}")).text
        section = facet_section(full, name)
        if section is None:
            continue
        values, missing = buckets(section)
        if name in SINGLE:
            assert sum(values.values()) + missing == total, (name, values, missing)
        else:
            expected, none = expected_multi(sql, ids, name)
            assert values == expected, name
            assert missing == none, name
            # Every hit is counted under at least one value, or in the "no ..." bucket.
            assert sum(values.values()) + missing >= total
    if "unknown outlet" not in html and "no date" not in html:
        pytest.fail(f"expected some hits of {query!r} without an outlet or date in the sample")


async def test_missing_buckets_match_the_tables(ds, sql):
    ids = await hit_ids(ds, "q=al-Hol")
    html = (await ds.client.get("/-/search?q=al-Hol")).text
    no_outlet = sql("select count(*) as n from articles where outlet is null and id in (select value from json_each(?))",
                    [json.dumps(ids)])[0]["n"]
    undated = sql("select count(*) as n from articles where year is null and id in (select value from json_each(?))",
                  [json.dumps(ids)])[0]["n"]
    assert no_outlet and undated
    assert buckets(facet_section(html, "outlet"))[1] == no_outlet
    assert buckets(facet_section(html, "year"))[1] == undated
    assert re.search(r'data-missing="outlet"><a [^>]*><em>unknown outlet</em></a>', html)
    assert re.search(r'data-missing="year"><a [^>]*><em>no date</em></a>', html)
    # The hits' timeline says how many are left off it.
    assert re.search(rf"Not on the chart: <strong>{undated}</strong> undated articles", html)


async def test_facets_stop_at_twelve_with_more(ds):
    html = (await ds.client.get("/-/search?q=al-Hol")).text
    section = facet_section(html, "outlet")
    values, missing = buckets(section)
    assert len(values) == 12
    more = re.search(r'<a href="([^"]+)"[^>]*>more…</a>', section)
    assert more, "a facet cut at 12 values links to all of them"
    shown_elsewhere = int(re.search(r'archive-others">([\d,]+) more article', section).group(1))
    assert sum(values.values()) + missing + shown_elsewhere == total_of(html)
    full = (await ds.client.get(more.group(1).replace("&amp;", "&"))).text
    all_values, _ = buckets(facet_section(full, "outlet"))
    assert len(all_values) > 12 and set(values) < set(all_values)
    assert "fewer</a>" in facet_section(full, "outlet")
    # The other facets stay short on that page, and the hits are the same.
    assert total_of(full) == total_of(html)


async def test_facets_add_up_with_filters(ds):
    for query_string in ("q=ISIS&year=2019", "q=camp&entity=place:al-hol-camp", "q=ISIS&tag=Syria&collapse=0"):
        html = (await ds.client.get("/-/search?" + query_string)).text
        total = total_of(html)
        for name in SINGLE:
            full = (await ds.client.get(f"/-/search?{query_string}&more={name}")).text
            values, missing = buckets(facet_section(full, name))
            assert sum(values.values()) + missing == total, (query_string, name)


async def test_timeline_says_how_many_are_undated(ds, sql):
    undated = sql("select count(*) as n from articles where month is null")[0]["n"]
    assert undated
    html = (await ds.client.get("/-/timeline")).text
    assert re.search(rf"Not on the chart: <strong>{undated}</strong> undated articles", html)
    assert "month__isnull=1" in html
    # One outlet's timeline counts that outlet's undated articles.
    outlet = sql("select o.name, count(*) as n from articles a join outlets o on o.id = a.outlet "
                 "where a.month is null group by o.id order by n desc limit 1")[0]
    html = (await ds.client.get("/-/timeline", params={"outlet": outlet["name"]})).text
    assert re.search(rf"Not on the chart: <strong>{outlet['n']}</strong> undated article", html)


@pytest.fixture(scope="module")
def undated_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("undated")
    source = folder / "undated.jsonl"
    with open(source, "w") as out:
        for n in range(3):
            out.write(json.dumps({"title": f"Camp report number {n + 1}", "outlet": "Undated Wire",
                                  "body": f"Aid workers described conditions in the camp. Report {n + 1} of three, "
                                          "with more detail about water and food."}) + "\n")
    path = folder / "archive.db"
    result = run_cli("import", path, source, "--silent")
    assert result.exit_code == 0, result.output
    return path


async def test_all_undated_archive_timeline_says_so(undated_db):
    ds = datasette_for(undated_db)
    html = (await ds.client.get("/-/timeline")).text
    assert "None of the 3 articles has a publication date" in html
    assert "<svg" not in html.split("archive-timeline-figure", 1)[1].split("</figure>", 1)[0]
    html = (await ds.client.get("/-/search?q=camp")).text
    assert "None of the 3 articles has a publication date" in html
    values, missing = buckets(facet_section(html, "year"))
    assert values == {} and missing == 3


async def test_entity_page_buckets_add_up(ds, sql):
    entity = sql("select ae.entity_id as id, count(*) as n from article_entities ae join articles a on a.id = ae.article_id "
                 "where a.outlet is null group by ae.entity_id order by n desc limit 1")[0]
    html = (await ds.client.get(f"/-/entity/{entity['id']}")).text
    total = sql("select count(*) as n from article_entities where entity_id = ?", [entity["id"]])[0]["n"]
    outlets = re.search(r'<section id="outlets">.*?</section>', html, re.S).group(0)
    counts = [int(n.replace(",", "")) for n in re.findall(r'class="count">([\d,]+)<', outlets)]
    assert sum(counts) == total
    assert re.search(r'unknown outlet</a></td><td class="count">' + str(entity["n"]) + "<", outlets)
    undated = sql("select count(*) as n from article_entities ae join articles a on a.id = ae.article_id "
                  "where ae.entity_id = ? and a.month is null", [entity["id"]])[0]["n"]
    if undated:
        assert re.search(rf"Not on the chart: <strong>{undated}</strong> undated article", html)


async def test_entity_page_more_outlets(ds, sql):
    entity = sql("select ae.entity_id as id, count(distinct a.outlet) as outlets from article_entities ae "
                 "join articles a on a.id = ae.article_id group by ae.entity_id order by outlets desc limit 1")[0]
    html = (await ds.client.get(f"/-/entity/{entity['id']}")).text
    outlets = re.search(r'<section id="outlets">.*?</section>', html, re.S).group(0)
    if entity["outlets"] <= 15:
        assert "more…" not in outlets
        return
    assert "other outlets (more…)" in outlets
    html = (await ds.client.get(f"/-/entity/{entity['id']}?outlets=all")).text
    outlets = re.search(r'<section id="outlets">.*?</section>', html, re.S).group(0)
    assert outlets.count("outlet=") >= entity["outlets"]


@pytest.mark.parametrize("name", ["outlet", "year", "tag", "organisation"])
async def test_missing_bucket_narrows_to_those_hits(ds, sql, name):
    html = (await ds.client.get("/-/search?q=al-Hol")).text
    _, missing = buckets(facet_section(html, name))
    assert missing > 0
    link = re.search(rf'data-missing="{name}"><a href="([^"]+)"', html).group(1).replace("&amp;", "&")
    narrowed = (await ds.client.get(link)).text
    assert total_of(narrowed) == missing
    assert re.search(rf'class="archive-filter" data-missing="{name}"', narrowed)
    # The export follows the same filter, and each of its hits lacks the value.
    data = (await ds.client.get(link.replace("/-/search?", "/-/search.json?"))).json()
    assert data["total"] == missing and data["filters"]["missing"] == [name]
    ids = json.dumps([hit["id"] for hit in data["hits"]])
    from datasette_plugins.queries import MISSING_CONDITIONS

    lacking = sql(f"select count(*) as n from json_each(?) j where {MISSING_CONDITIONS[name]}", [ids])[0]["n"]
    assert lacking == missing
    if name == "outlet":
        assert all(hit["outlet"] is None for hit in data["hits"])
        assert set(re.findall(r'<span class="(outlet[^"]*)">', narrowed)) == {"outlet archive-unknown"}
