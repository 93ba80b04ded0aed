"""Places, organisations and event months of a search counted from the index's per-segment arrays
(issue #16, ``indexer/fulltext/entity_arrays.py``) equal SQL's counts over the hit ids, and stay
equal when the store's entities change under an unchanged index (``archive extract`` rewrites
them and writes no Whoosh document).

On a real archive (the bundled sample, imported into the test's own folder): for each query the
counts from arrays are compared with the page's SQL (``entity_counts``, ``hits_without_entities``,
``month_series``'s events over the ids). Then, with the arrays already read, links and event
dates of the hits are removed through the store (which bumps the entities' version) and the
counts compared again; then ``archive extract`` finds them again and they are compared a third
time. Arrays kept past a change would count the old links and fail.
"""

from __future__ import annotations

import asyncio
import html
import re
import sqlite3
from pathlib import Path
from urllib.parse import urlencode

import pytest
import sqlite_utils

from conftest import SAMPLE, datasette_for, run_cli

QUERIES = ["al-Hol", "ISIS", "camp", "repatriation OR prison", "Syria", "children AND camp"]


class _Result:
    def __init__(self, rows):
        self.rows = rows


class _Database:
    """The archive through ``sqlite3``, with Datasette's ``execute`` (the page's queries run as written)."""

    def __init__(self, path):
        self.conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        self.conn.row_factory = sqlite3.Row

    async def execute(self, sql, params=None):
        return _Result(self.conn.execute(sql, params or {}).fetchall())


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    db = tmp_path_factory.mktemp("entity-arrays") / "archive.db"
    result = run_cli("import", db, SAMPLE, "--silent")
    assert result.exit_code == 0, result.output
    return db


@pytest.fixture(scope="module")
def index(archive):
    from datasette_plugins.archive_db import index_for_path

    return index_for_path(archive)


def _by_sql(db, ids: list) -> dict:
    from datasette_plugins.queries import entity_counts, month_series
    from datasette_plugins.search_entities import hits_without_entities

    async def run():
        database = _Database(db)
        return (await entity_counts(database, ids, limit=100_000), await hits_without_entities(database, ids),
                await month_series(database, ids=ids, published={}))

    counts, missing, series = asyncio.run(run())
    return {"entity": {row["id"]: row["n"] for row in counts}, "missing": missing, "events": series["events"]}


def _by_arrays(db, index, query: str) -> tuple:
    from datasette_plugins import charts
    from datasette_plugins.queries import entities_counted

    page = index.search(query, pagelen=20, want_all_ids=True, arrays=True)
    counts = index.facet_counts(page)
    assert counts is not None and "entity" in counts
    named = asyncio.run(entities_counted(_Database(db), counts["entity"], limit=100_000))
    return page, {
        "entity": {row["id"]: row["n"] for row in named},
        "missing": {"place": counts["no_place"], "organisation": counts["no_organisation"]},
        "events": charts.clean_counts(counts["event_month"].items()),
    }, counts


def _check_all(archive, index) -> dict:
    """Every query's counts equal; returns ``{query: hit ids}``."""
    found = {}
    for query in QUERIES:
        page, arrays, _ = _by_arrays(archive, index, query)
        assert arrays == _by_sql(archive, page.all_ids), query
        found[query] = page.all_ids
    return found


def test_the_queries_find_places_organisations_and_event_dates(archive, index):
    """The comparisons mean little on empty answers."""
    totals = {"hits": 0, "entity": 0, "events": 0, "missing": 0}
    for query in QUERIES:
        page, arrays, _ = _by_arrays(archive, index, query)
        totals["hits"] += page.total
        totals["entity"] += len(arrays["entity"])
        totals["events"] += len(arrays["events"])
        totals["missing"] += arrays["missing"]["organisation"]
    assert all(totals.values()), totals


def test_counts_from_arrays_equal_sql_before_and_after_entities_change(archive, index):
    from indexer.store import Store

    hits = _check_all(archive, index)  # arrays read now, at this version
    ids = hits["camp"][: max(1, len(hits["camp"]) // 2)]
    # Links and event dates of half of camp's hits removed through the store (a writer): the index
    # is unchanged, the arrays it holds are not what SQLite says any more.
    db = sqlite_utils.Database(archive)
    store = Store(db)
    before = store.entities_version()
    with db.conn:
        marks = ",".join("?" * len(ids))
        db.execute(f"delete from article_entities where article_id in ({marks})", ids)
        db.execute(f"delete from event_dates where article_id in ({marks})", ids)
        store.bump_entities_version()
    assert store.entities_version() == before + 1
    db.conn.close()
    _check_all(archive, index)
    # archive extract finds them again (and bumps the version): the arrays follow.
    result = run_cli("extract", archive, "--silent")
    assert result.exit_code == 0, result.output
    assert Store(sqlite_utils.Database(archive)).entities_version() > before + 1
    _check_all(archive, index)


def test_the_page_shows_the_counts_from_arrays(archive, index):
    """The search page's Places and Organisations facets and their "none" buckets, with every
    value (``more=``), are the array counts."""
    ds = datasette_for(archive)

    async def get(query, kind):
        return (await ds.client.get("/-/search?" + urlencode({"q": query, "more": kind}))).text

    for query in QUERIES[:3]:
        _, arrays, counts = _by_arrays(archive, index, query)
        for kind in ("place", "organisation"):
            page = asyncio.run(get(query, kind))
            section = re.search(rf'<section class="archive-facet" data-facet="{kind}".*?</section>', page, re.S)
            names = dict(sqlite3.connect(archive).execute("select id, name from entities where kind = ?", [kind]))
            expected = {names[i]: n for i, n in arrays["entity"].items() if i in names}
            if section is None:
                assert not expected
                continue
            shown = {html.unescape(value): int(count.replace(",", "")) for value, count in re.findall(
                r'data-value="([^"]*)"[^>]*>.*?</a> <span class="count">([\d,]+)</span>', section.group(0), re.S)}
            assert shown == expected, (query, kind)
            missing = re.search(r'class="archive-missing"[^>]*>.*?<span class="count">([\d,]+)</span>',
                                section.group(0), re.S)
            assert (int(missing.group(1).replace(",", "")) if missing else 0) == arrays["missing"][kind]


def _write_jsonl(path: Path, place: str, organisation: str) -> None:
    import json

    rows = [{"id": f"entity-arrays-{n}", "title": f"Camp report {n} from {place}", "outlet": "Test Wire",
             "published": "2022-05-0{}".format(n + 1),
             "body": f"Aid workers in {place} said on Monday that {organisation} had delivered food to the camp. "
                     f"Families in the camp near {place} said the children had waited since March 2022 for the "
                     f"deliveries, and more were expected on 12 June 2022."} for n in range(3)]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows))


def _import_camp_reports(archive, index, tmp_path, place, organisation) -> None:
    from indexer.store import Store

    before = Store(sqlite_utils.Database(archive)).entities_version()
    batch = tmp_path / "camp.jsonl"
    _write_jsonl(batch, place, organisation)
    result = run_cli("import", archive, batch, "--silent")
    assert result.exit_code == 0, result.output
    assert Store(sqlite_utils.Database(archive)).entities_version() == before
    conn = sqlite3.connect(archive)
    named = {row[0] for row in conn.execute(
        "select e.name from article_entities ae join entities e on e.id = ae.entity_id "
        "where ae.article_id in (select id from articles where title like 'Camp report %')")}
    assert place in named, named
    hits = _check_all(archive, index)
    ours = [row[0] for row in conn.execute("select id from articles where title like 'Camp report %'")]
    assert len(ours) == 3 and set(ours) <= set(hits["camp"])


def test_an_import_leaves_the_version_and_the_counts_stay_equal(archive, index, tmp_path):
    """An import writes its articles' entities with new Whoosh documents in a new segment: the
    arrays of the other segments stay true, so the version is not bumped (reading every
    segment again after each batch took seconds at 48,000 articles)."""
    _check_all(archive, index)
    _import_camp_reports(archive, index, tmp_path, "Hasakah", "UNICEF")


def test_an_update_by_import_keeps_the_counts_equal(archive, index, tmp_path):
    """The same three articles imported again, naming another place and organisation (updated).
    Whoosh's ``searcher.refresh()`` reuses a segment's reader when the segment only gained
    deletions (segments compare by id), so the index kept finding the old documents and counting
    their old entities; ``Searching._searcher`` opens the readers again then."""
    _import_camp_reports(archive, index, tmp_path, "Hasakah", "UNICEF")  # imported, or unchanged
    _import_camp_reports(archive, index, tmp_path, "Raqqa", "the Syrian Democratic Forces")
