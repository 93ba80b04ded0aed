"""Places, organisations, figures, timelines and the map through a real Datasette, on a real
import of sample/: every number a page shows is checked against SQL on the same archive."""

import json
import re
import shutil
import urllib.parse

import pytest
import sqlite_utils

from conftest import ROOT, copy_archive, datasette_for
from indexer.sync import index_path_for


def unescape(html: str) -> str:
    return html.replace("&#39;", "'").replace("&amp;", "&").replace("&#34;", '"').replace("&quot;", '"')


def main_content(html: str) -> str:
    """The page between Datasette's header and footer (the footer has Datasette's own script)."""
    return html.split("</header>", 1)[1].split('<footer class="ft">', 1)[0]


def top_place(sql, with_coordinates=True):
    where = "and e.latitude is not null" if with_coordinates else ""
    return sql("select e.*, count(*) as n from entities e join article_entities ae on ae.entity_id = e.id "
               f"where e.kind = 'place' {where} group by e.id order by n desc, e.id limit 1")[0]


def entity_href(entity_id):
    return "/-/entity/" + urllib.parse.quote(entity_id, safe=":")


def bars(html: str, series: str) -> dict:
    """``{month: count}`` of the bars of one series in the page's first chart."""
    chart = re.search(r'<svg class="archive-chart archive-timeline".*?</svg>', html, re.S).group(0)
    return {m: int(n) for m, n in re.findall(
        rf'<rect class="bar {series}"[^>]*data-month="([^"]+)" data-count="(\d+)"', chart)}


def test_sample_import_fills_entities_and_figures(sql):
    """The tests below mean something only if the import extracted entities from sample/."""
    kinds = {r["kind"]: r["n"] for r in sql("select kind, count(*) as n from entities group by kind")}
    assert kinds.get("place", 0) >= 5 and kinds.get("organisation", 0) >= 3, kinds
    assert sql("select count(*) as n from article_entities")[0]["n"] >= 50
    assert sql("select count(*) as n from figures")[0]["n"] >= 5
    assert sql("select count(*) as n from event_dates")[0]["n"] >= 5
    with_places = sql("select count(*) as n from articles where places is not null and places != '[]'")[0]["n"]
    assert with_places >= 20
    # entities.articles is what the index page and the map show
    wrong = sql("select e.id from entities e where coalesce(e.articles, 0) != "
                "(select count(*) from article_entities ae where ae.entity_id = e.id)")
    assert wrong == []


async def test_entities_index_lists_places_and_organisations(ds, sql):
    response = await ds.client.get("/-/entities")
    assert response.status_code == 200
    html = response.text
    for kind in ("place", "organisation"):
        section = re.search(rf'<section class="archive-entity-group" data-kind="{kind}">.*?</section>', html, re.S).group(0)
        listed = re.findall(r'<tr data-entity="([^"]+)">.*?<td class="count">([\d,]+)</td>', section, re.S)
        expected = sql("select id, articles from entities where kind = ?", [kind])
        assert {i for i, _ in listed} == {r["id"] for r in expected}
        assert {i: int(n.replace(",", "")) for i, n in listed} == {r["id"]: r["articles"] or 0 for r in expected}
        # most mentioned first
        counts = [int(n.replace(",", "")) for _, n in listed]
        assert counts == sorted(counts, reverse=True)
    only = (await ds.client.get("/-/entities?kind=organisation")).text
    assert 'data-kind="place"' not in only and 'data-kind="organisation"' in only
    assert (await ds.client.get("/-/entities?kind=%3Cscript%3E")).status_code == 200


async def test_place_page(ds, sql):
    place = top_place(sql)
    response = await ds.client.get(entity_href(place["id"]))
    assert response.status_code == 200
    html = unescape(response.text)
    assert f"<h1>{place['name']}</h1>" in html
    assert f"{place['n']} articles" in html
    for alias in json.loads(place["aliases"] or "[]"):
        assert alias in html
    assert f"{place['latitude']:.4f}, {place['longitude']:.4f}" in html
    # a small map with the place on it
    entity_map = re.search(r'<figure class="archive-figure archive-entity-map">(.*?)</figure>', html, re.S).group(1)
    assert entity_map.count("<circle ") == 1 and f'data-entity="{place["id"]}"' in entity_map
    # timeline: one bar per month with articles, each with that month's count
    expected = sql("select a.month, count(*) as n from article_entities ae join articles a on a.id = ae.article_id "
                   "where ae.entity_id = ? and a.month is not null group by a.month", [place["id"]])
    assert bars(html, "published") == {r["month"]: r["n"] for r in expected}
    events = sql("select e.month, count(distinct e.article_id) as n from article_entities ae "
                 "join event_dates e on e.article_id = ae.article_id where ae.entity_id = ? group by e.month", [place["id"]])
    assert bars(html, "events") == {r["month"]: r["n"] for r in events if re.match(r"^\d{4}-\d\d$", r["month"] or "")}
    assert "<title>" in html and "as a table</summary>" in html
    # co-mentioned entities, linked, with counts as in SQL
    co = sql("select other.entity_id as id, count(*) as n from article_entities ae join article_entities other "
             "on other.article_id = ae.article_id and other.entity_id != ae.entity_id where ae.entity_id = ? "
             "group by other.entity_id order by n desc", [place["id"]])
    section = re.search(r'<section id="co-mentioned">.*?</section>', html, re.S).group(0)
    shown = re.findall(r'<tr data-entity="([^"]+)"><td><a href="([^"]+)">.*?<td class="count">(\d+)</td>', section, re.S)
    assert len(shown) == min(15, len(co)) and shown
    counts = {r["id"]: r["n"] for r in co}
    for entity_id, href, n in shown:
        assert counts[entity_id] == int(n) and href == entity_href(entity_id)
    assert int(shown[0][2]) == co[0]["n"]
    # outlets link to the articles table filtered by outlet and place
    outlets = re.findall(r'<a href="(/[^"]+/articles\?[^"]*outlet=\d+[^"]*)">', html)
    assert outlets
    table = await ds.client.get(outlets[0])
    assert table.status_code == 200
    # latest articles link to article pages; the search link searches for the name
    recent = re.search(r'<section id="recent">.*?</section>', html, re.S).group(0)
    assert len(re.findall(r'href="/-/article/[0-9a-f]{16}"', recent)) == min(20, place["n"])
    search = re.search(r'class="archive-entity-search" href="([^"]+)"', html).group(1)
    found = (await ds.client.get(search)).text
    assert int(re.search(r"<strong>(\d+)</strong> articles? match", found).group(1)) >= 1


async def test_articles_table_link_from_entity_page_filters(ds, sql):
    place = top_place(sql)
    html = unescape((await ds.client.get(entity_href(place["id"]))).text)
    link = re.search(r'<a href="([^"]+)">the articles mentioning it, in the table</a>', html).group(1)
    data = (await ds.client.get(link.replace("/articles?", "/articles.json?") + "&_shape=array&_size=max")).json()
    assert len(data) == place["n"]
    assert all(place["name"] in json.loads(row["places"]) for row in data)


async def test_organisation_page_lists_its_figures(ds, sql):
    source = sql("select source_entity as id, count(*) as n from figures where source_entity is not null "
                 "group by source_entity order by n desc limit 1")
    assert source, "the sample should have figures attributed to an organisation of the gazetteer"
    entity_id, n = source[0]["id"], source[0]["n"]
    html = unescape((await ds.client.get(entity_href(entity_id))).text)
    section = re.search(r'<section id="figures">.*?</section>', html, re.S).group(0)
    assert section.count("<tr>") - 1 == min(n, 100)
    figure = sql("select number_text, article_id from figures where source_entity = ? limit 1", [entity_id])[0]
    assert figure["number_text"] in section and f'/-/article/{figure["article_id"]}' in section
    # a place that is no source has no figures section
    place = top_place(sql)
    if not sql("select 1 from figures where source_entity = ?", [place["id"]]):
        assert '<section id="figures">' not in (await ds.client.get(entity_href(place["id"]))).text


@pytest.mark.parametrize("path", [
    "/-/entity/place:no-such-place", "/-/entity/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/-/entity/" + "x" * 5000,
    "/-/entity/%00", "/-/entity/place:%E2%80%AE", "/-/entity/..", "/-/entity/'%20or%201=1",
])
async def test_bad_entity_is_a_404_not_a_500(ds, path):
    response = await ds.client.get(path)
    if response.status_code in (301, 302):
        response = await ds.client.get(response.headers["location"])
    assert response.status_code == 404
    assert "<script>alert" not in response.text


async def test_article_page_links_its_places_and_organisations(ds, sql):
    article_id = sql("select article_id from article_entities group by article_id order by count(*) desc limit 1")[0]["article_id"]
    expected = sql("select e.id, e.name, e.kind from article_entities ae join entities e on e.id = ae.entity_id "
                   "where ae.article_id = ?", [article_id])
    html = unescape((await ds.client.get(f"/-/article/{article_id}")).text)
    listed = re.search(r'<dl class="archive-mentioned">.*?</dl>', html, re.S).group(0)
    links = dict(re.findall(r'<a href="(/-/entity/[^"]+)"[^>]*>([^<]+)</a>', listed))
    assert links == {entity_href(r["id"]): r["name"] for r in expected}
    for entity in expected:
        assert (await ds.client.get(entity_href(entity["id"]))).status_code == 200


async def test_timeline_overall_per_outlet_and_event_dates(ds, sql):
    html = (await ds.client.get("/-/timeline")).text
    published = {r["month"]: r["n"] for r in sql("select month, count(*) as n from articles where month is not null group by month")}
    assert bars(html, "published") == published
    events = {r["month"]: r["n"] for r in sql("select month, count(distinct article_id) as n from event_dates "
                                              "where month is not null group by month")}
    assert bars(html, "events") == {m: n for m, n in events.items() if re.match(r"^\d{4}-\d\d$", m)}
    assert len(published) >= 10
    # the numbers as a table too, for readers without SVG
    table = re.search(r'<table class="archive-chart-table">.*?</table>', html, re.S).group(0)
    assert table.count('<th scope="row">') == len(set(published) | set(events))
    # bars link to the articles of their month
    link = re.search(r'<a href="([^"]+)"><rect class="bar published"[^>]*data-month="([^"]+)" data-count="(\d+)"', html)
    rows = (await ds.client.get(unescape(link.group(1)).replace("/articles?", "/articles.json?") + "&_shape=array")).json()
    assert len(rows) == int(link.group(3)) and {r["month"] for r in rows} == {link.group(2)}

    outlet = sql("select o.id, o.name, count(*) as n from articles a join outlets o on o.id = a.outlet "
                 "group by o.id order by n desc limit 1")[0]
    html = (await ds.client.get("/-/timeline", params={"outlet": outlet["name"]})).text
    expected = {r["month"]: r["n"] for r in sql("select month, count(*) as n from articles where outlet = ? "
                                                "and month is not null group by month", [outlet["id"]])}
    assert bars(html, "published") == expected and sum(expected.values()) <= outlet["n"]
    assert re.search(rf'<option value="[^"]*" selected>', html)

    only_events = (await ds.client.get("/-/timeline?series=events")).text
    assert bars(only_events, "published") == {} and bars(only_events, "events")


@pytest.mark.parametrize("params", ["outlet=No+such+outlet", "outlet=" + "x" * 3000, "outlet=%3Cscript%3E",
                                    "series=drop+table", "series=events&outlet=%00", "outlet[]=1"])
async def test_timeline_garbage_is_empty_not_a_500(ds, params):
    response = await ds.client.get("/-/timeline?" + params)
    assert response.status_code == 200
    assert "<script>" not in main_content(response.text)
    if "outlet=" in params and "[]" not in params:
        assert 'class="bar ' not in response.text
        assert "No outlet is called" in response.text


async def test_map_of_places(ds, sql):
    response = await ds.client.get("/-/map")
    assert response.status_code == 200
    html = response.text
    svg = re.search(r'<svg class="archive-chart archive-map".*?</svg>', html, re.S).group(0)
    expected = sql("select id, articles from entities where kind = 'place' and articles > 0 and latitude between 32 and 38 "
                   "and longitude between 35 and 46")
    circles = dict(re.findall(r'<circle class="place[^"]*"[^>]*data-entity="([^"]+)" data-count="(\d+)"', svg))
    assert {k: int(v) for k, v in circles.items()} == {r["id"]: r["articles"] for r in expected}
    assert len(expected) >= 5
    # each circle links to its entity page; the biggest is the most mentioned place
    for entity_id in circles:
        assert f'<a href="{entity_href(entity_id)}"><circle' in svg
    radii = {e: float(r) for r, e in re.findall(r'r="([\d.]+)" data-entity="([^"]+)"', svg)}
    assert max(radii, key=radii.get) == max(expected, key=lambda r: r["articles"])["id"]
    # the outline of the region, and a table of every mentioned place under the map
    assert 'class="country syria"' in svg and 'class="country iraq"' in svg
    mentioned = sql("select count(*) as n from entities where kind = 'place' and articles > 0")[0]["n"]
    table = re.search(r'<table class="archive-places-table">.*?</table>', html, re.S).group(0)
    assert table.count("<tr data-entity=") == mentioned


async def test_search_place_and_organisation_facets_filter_with_the_query(ds, sql, sample_db):
    html = (await ds.client.get("/-/search?q=ISIS")).text
    total = int(re.search(r"<strong>(\d+)</strong>", html).group(1))
    for facet in ("place", "organisation"):
        assert f'data-facet="{facet}"' in html
    section = re.search(r'data-facet="place".*?</section>', html, re.S).group(0)
    links = re.findall(r'<a href="([^"]+)" data-value="([^"]+)" data-entity="([^"]+)">[^<]*</a> <span class="count">(\d+)', section)
    assert links
    from indexer.sync import Archive

    with Archive(sample_db) as archive:
        hit_ids = archive.index.search("ISIS", want_all_ids=True).all_ids
    expected = sql("select ae.entity_id as id, count(*) as n from article_entities ae join entities e on e.id = ae.entity_id "
                   "where e.kind = 'place' and ae.article_id in (select value from json_each(?)) group by ae.entity_id",
                   [json.dumps(hit_ids)])
    counts = {r["id"]: r["n"] for r in expected}
    for _, _, entity_id, n in links:
        assert counts[entity_id] == int(n)
    href, name, entity_id, count = links[-1]
    narrowed = (await ds.client.get(unescape(href))).text
    assert int(re.search(r"<strong>(\d+)</strong>", narrowed).group(1)) == int(count) < total
    assert f"place: {name} ×" in unescape(narrowed)
    shown = re.findall(r'<h3 dir="auto"><a href="/-/article/([0-9a-f]{16})">', narrowed)
    mentioning = {r["article_id"] for r in sql("select article_id from article_entities where entity_id = ?", [entity_id])}
    assert shown and set(shown) <= mentioning
    # combined with an outlet filter and a second entity: still a subset, still mentioning both
    outlet_link = re.search(r'<a href="([^"]*outlet=[^"]*)" data-value="([^"]+)">', narrowed)
    both = (await ds.client.get(unescape(outlet_link.group(1)))).text
    assert "entity=" in unescape(outlet_link.group(1))
    assert 0 < int(re.search(r"<strong>(\d+)</strong>", both).group(1)) <= int(count)
    assert set(re.findall(r'<span class="outlet">([^<]+)</span>', both)) == {outlet_link.group(2)}
    org = re.search(r'data-facet="organisation".*?<a href="([^"]+)" data-value="[^"]+" data-entity="([^"]+)">', narrowed, re.S)
    two = (await ds.client.get(unescape(org.group(1)))).text
    ids = re.findall(r'<h3 dir="auto"><a href="/-/article/([0-9a-f]{16})">', two)
    with_org = {r["article_id"] for r in sql("select article_id from article_entities where entity_id = ?", [org.group(2)])}
    assert ids and set(ids) <= mentioning & with_org
    # removing the place filter keeps the other one
    remove = re.search(rf'<a class="archive-filter" data-entity="{re.escape(entity_id)}" href="([^"]+)"', two).group(1)
    assert "entity=" + urllib.parse.quote(org.group(2)) in unescape(remove) and urllib.parse.quote(entity_id) not in unescape(remove)


async def test_search_paginates_through_an_entity_filter(ds, sql, sample_db):
    entity = sql("select entity_id, count(*) as n from article_entities group by entity_id order by n desc limit 1")[0]
    first = (await ds.client.get("/-/search", params={"q": "Syria OR ISIS OR camp OR prison", "entity": entity["entity_id"],
                                                       "collapse": "0"})).text
    total = int(re.search(r"<strong>(\d+)</strong>", first).group(1))
    if total <= 20:
        pytest.skip("the sample has too few articles mentioning one entity for two pages")
    second = (await ds.client.get("/-/search", params={"q": "Syria OR ISIS OR camp OR prison", "entity": entity["entity_id"],
                                                        "collapse": "0", "page": "2"})).text
    one = re.findall(r'<h3 dir="auto"><a href="/-/article/([0-9a-f]{16})">', first)
    two = re.findall(r'<h3 dir="auto"><a href="/-/article/([0-9a-f]{16})">', second)
    assert len(one) == 20 and len(two) == total - 20 and not set(one) & set(two)


async def test_search_timeline_and_map_count_every_hit(ds, sql, sample_db):
    html = (await ds.client.get("/-/search?q=camp")).text
    from indexer.sync import Archive

    with Archive(sample_db) as archive:
        hit_ids = archive.index.search("camp", want_all_ids=True, collapse=True).all_ids
    expected = sql("select month, count(*) as n from articles where id in (select value from json_each(?)) "
                   "and month is not null group by month", [json.dumps(hit_ids)])
    overview = html.split('class="archive-hits-overview"')[1]
    assert bars(overview, "published") == {r["month"]: r["n"] for r in expected}
    svg = re.search(r'<svg class="archive-chart archive-map".*?</svg>', overview, re.S).group(0)
    places = sql("select ae.entity_id as id, count(*) as n from article_entities ae join entities e on e.id = ae.entity_id "
                 "where e.kind = 'place' and e.latitude between 32 and 38 and e.longitude between 35 and 46 "
                 "and ae.article_id in (select value from json_each(?)) group by ae.entity_id", [json.dumps(hit_ids)])
    circles = dict(re.findall(r'data-entity="([^"]+)" data-count="(\d+)"', svg))
    assert {k: int(v) for k, v in circles.items()} == {r["id"]: r["n"] for r in places}


@pytest.mark.parametrize("params", ["entity=place:nowhere", "entity=" + "x" * 5000, "entity=%3Cscript%3E",
                                    "entity=" + "&entity=".join(["place:a"] * 40), "entity=&entity=%00"])
async def test_search_garbage_entity_never_500(ds, params):
    response = await ds.client.get(f"/-/search?q=ISIS&{params}")
    assert response.status_code == 200
    assert "<script>" not in main_content(response.text)
    if "nowhere" in params:
        assert "<strong>0</strong>" in response.text


async def test_articles_table_facets_on_places_and_organisations(ds, sql):
    html = (await ds.client.get("/archive/articles")).text
    for facet in ("places", "organisations", "tags", "outlet"):
        assert f'data-column="{facet}"' in html, facet
    place = top_place(sql)
    data = (await ds.client.get("/archive/articles.json", params={
        "places__arraycontains": place["name"], "_shape": "array", "_size": "max"})).json()
    assert len(data) == place["n"]


async def test_figures_entities_and_event_dates_tables(ds, sql):
    html = (await ds.client.get("/archive/figures")).text
    for facet in ("source", "counts", "qualifier", "outlet", "month"):
        assert f'data-column="{facet}"' in html, facet
    figure = sql("select article_id from figures order by published desc limit 1")[0]
    assert f'href="/-/article/{figure["article_id"]}"' in html
    entities = (await ds.client.get("/archive/entities")).text
    assert re.search(r'<a href="/-/entity/place:[^"]+">', entities)
    dates = (await ds.client.get("/archive/event_dates")).text
    assert re.search(r'href="/-/article/[0-9a-f]{16}"', dates)
    links = (await ds.client.get("/archive/article_entities")).text
    assert re.search(r'<a href="/-/entity/[^"]+">[^<]+</a>', links)


async def test_figures_over_time_canned_query(ds, sql):
    counts = sql("select counts, count(*) as n from figures where counts is not null group by counts order by n desc limit 1")[0]
    term = counts["counts"].split()[-1]
    rows = (await ds.client.get("/archive/figures_over_time.json", params={"what": term, "_shape": "array"})).json()
    expected = sql("select count(*) as n from figures where counts like ?", [f"%{term}%"])[0]["n"]
    assert len(rows) == expected >= counts["n"]
    days = [r["day"] for r in rows if r["day"]]
    assert days == sorted(days)
    assert {"day", "outlet", "figure", "value", "counts", "source", "article_id"} <= set(rows[0])
    html = (await ds.client.get("/archive/figures_over_time", params={"what": term})).text
    assert re.search(r'href="/-/article/[0-9a-f]{16}"', html)
    highest = (await ds.client.get("/archive/highest_figure_per_day.json", params={"what": term, "_shape": "array"})).json()
    assert highest and all(r["highest"] >= 0 for r in highest)


async def test_menu_and_home_page_link_the_new_pages(ds):
    home = (await ds.client.get("/")).text
    for path in ("/-/timeline", "/-/map", "/-/entities"):
        assert f'href="{path}"' in home, path


HOSTILE = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'


@pytest.fixture
def hostile_copy(sample_db, tmp_path):
    """The sample archive with an entity whose name, type and aliases are hostile, mentioned by one article."""
    path = tmp_path / "archive.db"
    copy_archive(sample_db, path)  # not shutil.copy: see conftest.copy_archive
    db = sqlite_utils.Database(path)
    article_id = next(db.query("select id from articles limit 1"))["id"]
    db["entities"].insert({"id": "place:evil", "name": "Evil " + HOSTILE, "kind": "place", "type": HOSTILE,
                           "latitude": 36.0, "longitude": 40.0, "aliases": json.dumps([HOSTILE]), "articles": 1})
    db["article_entities"].insert({"article_id": article_id, "entity_id": "place:evil", "mentions": 1})
    db.execute("update articles set places = ? where id = ?", [json.dumps(["Evil " + HOSTILE]), article_id])
    db.conn.commit()
    return path, article_id


async def test_hostile_entity_names_are_escaped(hostile_copy):
    path, article_id = hostile_copy
    ds = datasette_for(path)
    for page in ("/-/entity/place:evil", "/-/entities", "/-/map", f"/-/article/{article_id}",
                 "/-/search?q=ISIS+OR+camp+OR+Syria", "/-/search?q=ISIS+OR+camp+OR+Syria&entity=place:evil",
                 "/archive/entities", "/archive/articles"):
        response = await ds.client.get(page)
        assert response.status_code == 200, page
        assert "<script>window.__pwned" not in response.text, page
        assert "<img src=x" not in response.text, page
    html = (await ds.client.get("/-/map")).text
    assert "<title>Evil &lt;script&gt;" in html
