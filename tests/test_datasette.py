"""The plugins through a real Datasette: search page, article page, table, SQL function."""

import json
import re

import pytest
import sqlite_utils

from conftest import ROOT, datasette_for


def one_article(db_path, where="1=1"):
    return next(sqlite_utils.Database(db_path).query(
        f"select a.*, o.name as outlet_name from articles a left join outlets o on o.id = a.outlet where {where} limit 1"))


async def test_plugin_is_registered(ds):
    response = await ds.client.get("/-/plugins.json")
    [plugin] = [p for p in response.json() if p["name"] == "news-archive"]
    assert {"register_routes", "prepare_connection", "render_cell", "extra_css_urls", "menu_links"} <= set(plugin["hooks"])
    assert plugin["templates"] is True


async def test_search_page_hits_highlights_and_facets(ds):
    response = await ds.client.get("/-/search?q=Baghouz")
    assert response.status_code == 200
    html = response.text
    total = int(re.search(r"<strong>(\d+)</strong> articles? match", html).group(1))
    assert total >= 3
    assert html.count('class="archive-hit"') == min(total, 20)
    assert re.search(r"<mark[^>]*>Baghouz</mark>", html)
    assert 'data-facet="outlet"' in html and 'data-facet="tag"' in html
    # Facet counts cover all hits: outlet counts add up to the hits that have an outlet.
    outlet_counts = re.findall(r'data-facet="outlet".*?</section>', html, re.S)[0]
    assert sum(int(n) for n in re.findall(r'class="count">(\d+)<', outlet_counts)) <= total


async def test_outlet_facet_narrows(ds, sample_db):
    html = (await ds.client.get("/-/search?q=ISIS")).text
    total = int(re.search(r"<strong>(\d+)</strong>", html).group(1))
    link = re.search(r'<a href="([^"]*outlet=[^"]*)" data-value="([^"]+)">', html)
    href, outlet = link.group(1).replace("&amp;", "&"), link.group(2)
    narrowed = (await ds.client.get(href)).text
    count = int(re.search(r"<strong>(\d+)</strong>", narrowed).group(1))
    assert 0 < count < total
    assert f"outlet: {outlet} ×" in narrowed
    metas = re.findall(r'<span class="outlet">([^<]+)</span>', narrowed)
    assert metas and set(metas) == {outlet}


async def test_year_and_tag_filters_and_sort(ds):
    html = (await ds.client.get("/-/search?q=ISIS&year=2019")).text
    dates = re.findall(r'<span class="date">([^<]+)</span>', html)
    assert dates and all(d.startswith("2019") for d in dates)
    html = (await ds.client.get("/-/search?q=ISIS&sort=date")).text
    dates = re.findall(r'<span class="date">([^<]+)</span>', html)
    assert dates == sorted(dates, reverse=True)
    html = (await ds.client.get("/-/search?q=ISIS&tag=Syria")).text
    tags = re.findall(r'<span class="tags">([^<]+)</span>', html)
    assert tags and all("Syria" in t.split(", ") for t in tags)


async def test_pagination(ds):
    first = (await ds.client.get("/-/search?q=ISIS")).text
    total = int(re.search(r"<strong>(\d+)</strong>", first).group(1))
    assert total > 20, "the sample needs more than one page of ISIS hits for this test"
    assert 'rel="next"' in first and 'rel="prev"' not in first
    second = (await ds.client.get("/-/search?q=ISIS&page=2")).text
    assert 'rel="prev"' in second and "page 2 of" in second
    ids_first = set(re.findall(r'href="/-/article/([0-9a-f]{16})"', first))
    ids_second = set(re.findall(r'href="/-/article/([0-9a-f]{16})"', second))
    assert ids_first and ids_second and not ids_first & ids_second


@pytest.mark.parametrize(
    "query, message",
    [('"al-Hol', "Unclosed quote"), ("(ISIS", "Unbalanced brackets"), ("*", "wildcard"),
     ("date:[2019-13-01 to 2020]", "Dates are searched as")],
)
async def test_bad_query_gets_a_message_not_a_500(ds, query, message):
    response = await ds.client.get("/-/search", params={"q": query})
    assert response.status_code == 400
    assert message in response.text
    assert 'class="message-error archive-error"' in response.text


@pytest.mark.parametrize(
    "params",
    ["page=abc", "page=-5", "page=999999999", "sort=drop+table", "year=20x9", "year=99999", "outlet=" + "x" * 5000,
     "tag=" + "&tag=".join(["a"] * 50), "q=" + "ISIS+" * 400],
)
async def test_garbage_parameters_never_500(ds, params):
    response = await ds.client.get(f"/-/search?q=ISIS&{params}")
    assert response.status_code in (200, 400)


async def test_search_page_without_query_shows_help(ds):
    response = await ds.client.get("/-/search")
    assert response.status_code == 200
    assert "How to write a query" in response.text


async def test_article_page(ds, sample_db):
    article = one_article(sample_db, "a.outlet is not null and a.tags != '[]' and a.published is not null")
    response = await ds.client.get(f"/-/article/{article['id']}")
    assert response.status_code == 200
    html = response.text
    assert f"<h1 dir=\"auto\">{article['title']}</h1>" in html.replace("&#39;", "'")
    paragraphs = article["body"].split("\n\n")
    assert html.count('<p dir="auto">') >= len(paragraphs)
    for tag in json.loads(article["tags"]):
        assert f">{tag}</a>" in html.replace("&#39;", "'")
    # Provenance: the path from the imported folder down, never the machine's absolute path.
    assert article["source_path"] not in html
    assert "sample/" + article["source_path"].split("/sample/", 1)[1] in html
    assert "import #" in html and article["content_hash"] in html
    assert (await ds.client.get("/-/article/0000000000000000")).status_code == 404
    hostile = await ds.client.get("/-/article/%3Cscript%3E")
    if hostile.status_code == 302:  # Datasette first tilde-encodes the path
        hostile = await ds.client.get(hostile.headers["location"])
    assert hostile.status_code == 404


async def test_articles_table_is_readable_with_facets(ds, sample_db):
    response = await ds.client.get("/archive/articles")
    assert response.status_code == 200
    html = response.text
    for facet in ("outlet", "year", "month", "tags"):
        assert f'data-column="{facet}"' in html
    article = one_article(sample_db)
    assert f'<a href="/-/article/{article["id"]}">' in html
    long_bodies = [r["body"] for r in sqlite_utils.Database(sample_db).query("select body from articles")]
    assert not any(body in html for body in long_bodies if len(body) > 200)


async def test_search_box_on_every_page(ds, sample_db):
    article = one_article(sample_db)
    for path in ("/", "/archive", "/archive/articles", f"/archive/articles/{article['id']}",
                 "/archive/articles_per_outlet_per_month", "/-/search", f"/-/article/{article['id']}"):
        html = (await ds.client.get(path)).text
        assert 'class="archive-searchbox"' in html, path


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
async def test_whoosh_search_sql_function(ds, sample_db):
    sql = ("select id, title from articles where id in "
           "(select value from json_each(whoosh_search('Baghouz')))")
    response = await ds.client.get("/archive.json", params={"sql": sql, "_shape": "array"})
    rows = response.json()
    assert len(rows) >= 3
    from indexer.sync import Archive

    with Archive(sample_db) as archive:
        page = archive.index.search("Baghouz", pagelen=100)
    assert {r["id"] for r in rows} == {h.id for h in page.hits}
    ranked = (await ds.client.get("/archive/search_ranked.json", params={"query": "Baghouz", "_shape": "array"})).json()
    assert [r["id"] for r in ranked] == [h.id for h in page.hits]
    bad = await ds.client.get("/archive.json", params={"sql": "select whoosh_search('\"oops')"})
    assert bad.status_code == 400 and "user-defined function raised exception" in bad.text
    why = await ds.client.get("/archive.json", params={"sql": "select whoosh_query_error('\"oops') as e", "_shape": "array"})
    assert why.json()[0]["e"].startswith("Unclosed quote")


async def test_canned_queries(ds):
    per_month = (await ds.client.get("/archive/articles_per_outlet_per_month.json?_shape=array")).json()
    assert per_month and {"outlet", "month", "articles"} <= set(per_month[0])
    covering = (await ds.client.get("/archive/outlets_covering_term.json",
                                    params={"term": "repatriation", "_shape": "array"})).json()
    assert covering and all(row["articles"] >= 1 for row in covering)


async def test_datasette_is_read_only(ds):
    response = await ds.client.get("/archive.json", params={"sql": "delete from articles"})
    assert response.status_code == 400
    count = (await ds.client.get("/archive.json", params={"sql": "select count(*) as n from articles", "_shape": "array"})).json()
    assert count[0]["n"] > 0


HOSTILE = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'


@pytest.fixture
def hostile_db(cli, tmp_path):
    path = tmp_path / "archive.db"
    source = tmp_path / "evil.jsonl"
    source.write_text(json.dumps({
        "title": "Camp report " + HOSTILE, "body": "Guards said " + HOSTILE + " nothing.\n\nSecond & third <b>para</b>.",
        "outlet": "Evil " + HOSTILE, "tags": ["x" + HOSTILE], "author": HOSTILE, "url": "javascript:alert(1)",
        "published": "2022-01-20"}) + "\n")
    assert cli("import", path, source, "--silent").exit_code == 0
    return path


async def test_hostile_content_is_escaped_everywhere(hostile_db):
    ds = datasette_for(hostile_db)
    article = one_article(hostile_db)
    pages = [f"/-/article/{article['id']}", "/-/search?q=guards", "/-/search?q=" + "guards+%3Cscript%3E",
             "/archive/articles", f"/archive/articles/{article['id']}"]
    for path in pages:
        html = (await ds.client.get(path)).text
        assert "<script>window.__pwned" not in html, path
        assert "<img src=x" not in html, path
    html = (await ds.client.get(f"/-/article/{article['id']}")).text
    assert 'href="javascript:' not in html
    assert "&lt;script&gt;" in html
