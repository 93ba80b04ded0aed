"""Exports of a search: /-/search.csv and .json (every hit, streamed, the page's query and filters)
and `archive search --format csv|json|jsonl`."""

import csv
import io
import json
import re
import tracemalloc

import pytest
import sqlite_utils

from conftest import datasette_for

COLUMNS = ["id", "title", "outlet", "published", "author", "url", "permalink", "score", "duplicate_of"]


def total_of(page: str) -> int:
    return int(re.search(r"<strong>([\d,]+)</strong> articles? match", page).group(1).replace(",", ""))


def read_csv(text: str) -> list:
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:])))


async def test_csv_has_every_hit_not_one_page(ds, sql):
    html = (await ds.client.get("/-/search?q=camp&collapse=0")).text
    total = total_of(html)
    assert total > 20, "more hits than a page holds"
    response = await ds.client.get("/-/search.csv?q=camp")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    assert response.headers["content-disposition"] == 'attachment; filename="search-camp.csv"'
    rows = read_csv(response.text)
    assert list(rows[0].keys()) == COLUMNS
    assert len(rows) == total == int(response.headers["x-total-count"])
    assert len({row["id"] for row in rows}) == total
    for row in rows:
        assert row["permalink"] == f"http://localhost/-/article/{row['id']}"
    scores = [float(row["score"]) for row in rows]
    assert scores == sorted(scores, reverse=True) and scores[0] > 0
    # The rows are the archive's own values.
    stored = {r["id"]: r for r in sql("select a.id, a.title, o.name as outlet, a.published, a.author, a.url "
                                      "from articles a left join outlets o on o.id = a.outlet")}
    for row in rows:
        for column in ("title", "outlet", "published", "author"):
            assert row[column] == (stored[row["id"]][column] or ""), column


async def test_json_carries_total_facets_and_every_hit(ds):
    response = await ds.client.get("/-/search.json?q=al-Hol")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json; charset=utf-8"
    data = response.json()
    html = (await ds.client.get("/-/search?q=al-Hol")).text
    assert data["total"] == total_of(html) == len(data["hits"])
    assert data["columns"] == COLUMNS and list(data["hits"][0]) == COLUMNS
    assert set(data["facets"]) == {"outlet", "year", "tag", "place", "organisation"}
    for name in ("outlet", "year"):
        assert sum(bucket["count"] for bucket in data["facets"][name]) == data["total"], name
    missing = {name: values[-1] for name, values in data["facets"].items()}
    assert missing["outlet"] == {"value": None, "label": "unknown outlet", "count": 13}
    assert missing["year"]["label"] == "no date" and missing["year"]["count"] > 0
    assert missing["tag"]["label"] == "no tags"
    assert len(data["facets"]["outlet"]) > 13, "every value, not the page's 12"
    for name in ("tag", "place", "organisation"):
        assert sum(bucket["count"] for bucket in data["facets"][name]) >= data["total"], name


@pytest.mark.parametrize("filters", ["year=2019", "outlet=Rudaw", "tag=Syria", "entity=place:al-hol-camp",
                                     "sort=date", "exact=1"])
async def test_exports_follow_the_page_filters(ds, sql, filters):
    query = "q=ISIS OR camp&" + filters
    page = (await ds.client.get("/-/search?collapse=0&" + query)).text
    data = (await ds.client.get("/-/search.json?" + query)).json()
    assert data["total"] == total_of(page) == len(data["hits"]) > 0
    rows = read_csv((await ds.client.get("/-/search.csv?" + query)).text)
    assert [row["id"] for row in rows] == [hit["id"] for hit in data["hits"]]
    ids = json.dumps([hit["id"] for hit in data["hits"]])
    if filters == "year=2019":
        assert all(hit["published"].startswith("2019") for hit in data["hits"])
    elif filters == "outlet=Rudaw":
        assert {hit["outlet"] for hit in data["hits"]} == {"Rudaw"}
    elif filters == "tag=Syria":
        tagged = sql("select count(distinct at.article_id) as n from article_tags at join tags t on t.id = at.tag_id "
                     "where t.name = 'Syria' and at.article_id in (select value from json_each(?))", [ids])
        assert tagged[0]["n"] == data["total"]
    elif filters.startswith("entity="):
        mentioning = sql("select count(*) as n from article_entities where entity_id = 'place:al-hol-camp' "
                         "and article_id in (select value from json_each(?))", [ids])
        assert mentioning[0]["n"] == data["total"]
    elif filters == "sort=date":
        dates = [hit["published"] for hit in data["hits"] if hit["published"]]
        assert dates == sorted(dates, reverse=True)
        assert all(hit["score"] is None for hit in data["hits"])


async def test_search_page_links_its_exports(ds):
    html = (await ds.client.get("/-/search?q=Baghouz&year=2019")).text
    export = re.search(r'<p class="archive-export">.*?</p>', html, re.S).group(0)
    links = dict((label, href.replace("&amp;", "&")) for href, label in re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', export))
    assert set(links) == {"CSV", "JSON", "RIS", "BibTeX", "CSL-JSON"}
    assert links["CSV"].startswith("/-/search.csv?q=Baghouz&year=2019")
    for label, href in links.items():
        response = await ds.client.get(href)
        assert response.status_code == 200, label


async def test_export_errors_are_json(ds):
    response = await ds.client.get("/-/search.json")
    assert response.status_code == 400 and "q=" in response.json()["error"]
    response = await ds.client.get("/-/search.csv?q=%22al-Hol")
    assert response.status_code == 400 and "Unclosed quote" in response.json()["error"]
    response = await ds.client.get("/-/search.csv?q=zzzqqqxxy")
    assert response.status_code == 200 and read_csv(response.text) == []
    assert (await ds.client.get("/-/search.json?q=zzzqqqxxy")).json()["hits"] == []


async def test_export_streams_in_chunks(ds, monkeypatch):
    """Rows are read CHUNK ids at a time and written as they come (here three at a time)."""
    from datasette_plugins import export

    whole = (await ds.client.get("/-/search.json?q=camp")).json()
    calls = []
    original = export.citables

    async def counting(*args, **kwargs):
        calls.append(len(args[3]))
        return await original(*args, **kwargs)

    monkeypatch.setattr(export, "CHUNK", 3)
    monkeypatch.setattr(export, "citables", counting)
    chunked = (await ds.client.get("/-/search.json?q=camp")).json()
    assert chunked == whole
    assert max(calls) == 3 and sum(calls) == whole["total"]
    rows = read_csv((await ds.client.get("/-/search.csv?q=camp")).text)
    assert [row["id"] for row in rows] == [hit["id"] for hit in whole["hits"]]


def synthetic_archive(path, n: int):
    """An archive's tables with ``n`` articles, written straight to SQLite (no Whoosh needed)."""
    from indexer.schema import ensure_db_shape

    db = sqlite_utils.Database(path)
    ensure_db_shape(db)
    db["outlets"].insert({"id": 1, "name": "Wire"})
    db["imports"].insert({"id": 1, "started": "2026-01-02T03:04:05+00:00", "status": "completed", "paths": "[]"})
    db["articles"].insert_all(
        ({"id": f"{i:016x}", "title": f"Report number {i} on the camp", "outlet": 1, "published": "2020-01-02",
          "author": "A. Writer", "url": f"https://example.org/{i}", "body": "x", "source_path": "/a/b.jsonl",
          "first_import_id": 1, "import_id": 1} for i in range(n)), batch_size=5000)
    return [f"{i:016x}" for i in range(n)]


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    folder = tmp_path_factory.mktemp("synthetic")
    return {n: (folder / f"a{n}.db", synthetic_archive(folder / f"a{n}.db", n)) for n in (10_000, 100_000)}


@pytest.mark.parametrize("fmt", ["csv", "json"])
async def test_memory_stays_flat_for_100000_hits(synthetic, fmt):
    """Streaming 100,000 hits holds one chunk of rows at a time: the memory allocated while
    writing them is about the same as for 10,000 (~1 MB) and far below the size of the output."""
    from datasette.utils.asgi import Request

    from datasette_plugins import export

    peaks = {}
    for n, (path, ids) in synthetic.items():
        ds = datasette_for(path)
        database = ds.get_database()
        ranked = [(article_id, 1.0) for article_id in ids]
        request = Request.fake(f"/-/search.{fmt}?q=camp")
        written = []

        class Writer:
            async def write(self, text):
                written.append(len(text))  # the size only: the text itself is dropped

        tracemalloc.start()
        await export.stream_hits(ds, request, database, ranked, fmt, Writer(), head=None)
        peaks[n] = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        assert sum(written) > n * 100
        if fmt == "csv":
            assert len(written) == 1 + -(-n // export.CHUNK)
    assert peaks[100_000] < 8 * 1024 * 1024, peaks
    assert peaks[100_000] < peaks[10_000] * 2 + 1024 * 1024, peaks


# --- archive search --format ---------------------------------------------------------------------

def test_cli_csv_has_every_hit_when_piped(cli, sample_db):
    total = json.loads(cli("search", sample_db, "camp", "--format", "json").output)["total"]
    result = cli("search", sample_db, "camp", "--format", "csv")  # CliRunner's output is not a terminal
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert len(rows) == total > 10
    assert list(rows[0]) == ["id", "title", "outlet", "published", "author", "url", "score", "duplicate_of"]
    limited = list(csv.DictReader(io.StringIO(cli("search", sample_db, "camp", "--format", "csv", "-n", "5").output)))
    assert [row["id"] for row in limited] == [row["id"] for row in rows[:5]]
    assert all(row["snippet"] for row in limited)


def test_cli_json_and_jsonl(cli, sample_db):
    data = json.loads(cli("search", sample_db, "camp", "--format", "json").output)
    assert len(data["hits"]) == data["total"] > 10
    alias = json.loads(cli("search", sample_db, "camp", "--json").output)
    assert alias == data
    lines = cli("search", sample_db, "camp", "--format", "jsonl").output.splitlines()
    assert [json.loads(line)["id"] for line in lines] == [hit["id"] for hit in data["hits"]]
    # -n still limits, and the hits then carry their snippets as before.
    short = json.loads(cli("search", sample_db, "camp", "--json", "-n", "3").output)
    assert len(short["hits"]) == 3 and "<mark" in short["hits"][0]["snippet_html"]


def test_cli_text_stays_short_and_says_undated_and_by(cli, sample_db):
    result = cli("search", sample_db, "al-Hol")
    assert result.output.count("\n   id ") == 10
    assert "undated" in result.output and "by " in result.output
