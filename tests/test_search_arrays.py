"""The read path on arrays (issue #16) against Whoosh's own matchers, on a real archive.

The archive: the bundled sample and 1,500 generated articles (bench/scale_gen.py, from the corpora
in ../shared/), imported in batches of 300 so the index has several segments, then the sample
imported again with another date for one file so some documents are deleted and rewritten. For a
mix of queries (terms, AND, OR, NOT, phrases, prefixes, name variants, date ranges, filters,
date sorts, collapsed or not, pages 1 and 3) the array path and Whoosh's collectors must give the
same ids in the same order, the same totals and every matching id, and scores equal to 1e-5
relative; the facet counts from arrays must equal the counts SQLite makes over the hit ids.
"""

from __future__ import annotations

import asyncio
import json
import shutil
import sqlite3
import sys
from pathlib import Path

import numpy as np
import pytest

from conftest import SAMPLE, run_cli

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

GENERATED = 1500

pytestmark = pytest.mark.corpus  # the generated articles are written from ../shared/corpora

QUERIES = [
    {"q": "government"},
    {"q": "Kyoto"},
    {"q": "economy AND growth"},
    {"q": "economy OR music OR film"},
    {"q": '"prime minister"'},
    {"q": '"prime minister" AND election'},
    {"q": "champion*"},
    {"q": "al-Hol"},
    {"q": "Hasakah OR Raqqa"},
    {"q": "syria NOT turkey"},
    {"q": "election", "sort": "date"},
    {"q": "election", "sort": "oldest", "page": 3},
    {"q": "government", "page": 3},
    {"q": "music", "year": 2021},
    {"q": "government", "tags": ["politics"]},
    {"q": "camp AND (Hol OR Roj) AND children"},
    {"q": "date:[2019-01-01 to 2019-06-30] AND government"},
    {"q": "title:minister"},
    {"q": "growth", "collapse": False},
    {"q": "film", "exact": True},
]


def build_archive(work: Path) -> Path:
    """The archive of the module docstring, built in ``work``. Built once a session (conftest's
    ``arrays_archive_master``, shared with test_postings_files.py); each module gets a copy of its own."""
    from scale_gen import Generator, corpora_available

    if not corpora_available():
        pytest.skip("the corpora are not in ../shared/corpora (bench/scale_gen.py writes the articles from them)")
    jsonl = work / "generated.jsonl"
    Generator(seed=7).write_file(jsonl, 0, 0, GENERATED)
    db = work / "archive.db"
    result = run_cli("import", db, SAMPLE, jsonl, "--silent", "--batch-size", "300", "--workers", "0")
    assert result.exit_code == 0, result.output
    # A file of the sample again with another date: its article is rewritten, the old document deleted.
    again = work / "again"
    again.mkdir()
    first = sorted(p for p in Path(SAMPLE).rglob("*.txt"))[0]
    shutil.copy(first, again / first.name)
    result = run_cli("import", db, again, "--silent", "--date", "2020-02-02", "--override")
    assert result.exit_code == 0, result.output
    # Commits merge small segments and drop their deleted documents: delete a few from the
    # biggest segment without merging, as a later update would leave them (the articles stay in
    # SQLite; both paths search the same index).
    from whoosh.index import open_dir

    ix = open_dir(str(db.with_name("archive.whoosh")))
    with ix.searcher() as searcher:
        reader, _ = max(searcher.reader().leaf_readers(), key=lambda pair: pair[0].doc_count_all())
        ids = [reader.stored_fields(n)["id"] for n in range(0, reader.doc_count_all(), 97)]
    writer = ix.writer()
    for article_id in ids:
        writer.delete_by_term("id", article_id)
    writer.commit(merge=False)
    return db


@pytest.fixture(scope="module")
def archive(arrays_archive_master, tmp_path_factory):
    """A copy of the session's archive for this module (test_postings_files.py writes files into its own)."""
    from conftest import copy_archive

    return copy_archive(arrays_archive_master, tmp_path_factory.mktemp("arrays") / "archive.db")


@pytest.fixture(scope="module")
def index(archive):
    from datasette_plugins.archive_db import index_for_path

    return index_for_path(archive)


def _params(query: dict, texts=None) -> dict:
    return dict(page=query.get("page", 1), pagelen=20, sort=query.get("sort", "relevance"),
                filters={"outlet": query.get("outlet"), "year": query.get("year"), "tags": query.get("tags") or []},
                want_all_ids=True, collapse=query.get("collapse", True), expand=not query.get("exact", False),
                suggest=False, fetch_texts=texts)


def test_the_archive_has_segments_and_deletions(index):
    searcher = index._searcher()
    readers = [reader for reader, _ in searcher.reader().leaf_readers()]
    assert len(readers) >= 2
    assert any(reader.has_deletions() for reader in readers)


@pytest.mark.parametrize("query", QUERIES, ids=[json.dumps(q) for q in QUERIES])
def test_arrays_answer_as_whoosh_does(archive, index, query):
    from datasette_plugins.archive_db import text_fetcher

    texts = text_fetcher(archive)  # the page's texts, highlighted
    whoosh = index.search(query["q"], arrays=False, **_params(query, texts))
    arrays = index.search(query["q"], arrays=True, **_params(query, texts))  # True: Unsupported raises
    assert arrays.total == whoosh.total
    assert sorted(arrays.all_ids) == sorted(whoosh.all_ids)
    assert [h.id for h in arrays.hits] == [h.id for h in whoosh.hits]
    assert arrays.ranked is not None and whoosh.ranked is None
    for a, w in zip(arrays.hits, whoosh.hits):
        if w.score is None:
            assert a.score is None
        else:
            assert a.score == pytest.approx(w.score, rel=1e-5)
        assert a.story == w.story
        if " NOT " in query["q"]:
            # Whoosh's collector also reports words matched in documents the NOT then excluded
            # (a phrase word of 'syria' in a hit's title): the same text, marks may differ there.
            assert _unmarked(a.title_html) == _unmarked(w.title_html)
            assert _unmarked(a.snippet_html) == _unmarked(w.snippet_html)
        else:
            assert a.title_html == w.title_html and a.snippet_html == w.snippet_html


def _unmarked(html: str) -> str:
    import re

    return re.sub(r"</?mark[^>]*>", "", html)


def test_the_mix_finds_something(index):
    """The comparison above means little on empty answers: most of the mix must find articles."""
    totals = [index.search(q["q"], arrays=True, **_params(q)).total for q in QUERIES]
    assert sum(t > 0 for t in totals) >= len(QUERIES) - 3, totals
    assert max(totals) > 100


def _sql_facets(db: Path, ids: list) -> dict:
    from datasette_plugins import search as page_module

    class Result:
        def __init__(self, rows):
            self.rows = rows

    class Database:
        def __init__(self):
            self.conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
            self.conn.row_factory = sqlite3.Row

        async def execute(self, sql, params=None):
            return Result(self.conn.execute(sql, params or {}).fetchall())

    return asyncio.run(page_module.facet_counts(Database(), ids, limit=None))


@pytest.mark.parametrize("query", QUERIES[:8] + QUERIES[13:15], ids=[json.dumps(q) for q in QUERIES[:8] + QUERIES[13:15]])
def test_facets_from_arrays_equal_sql_over_the_ids(archive, index, query):
    page = index.search(query["q"], arrays=True, **_params(query))
    by_sql = _sql_facets(archive, page.all_ids)
    counts = index.facet_counts(page)  # through the index's read-only store
    assert counts is not None
    conn = sqlite3.connect(archive)
    names = dict(conn.execute("select id, name from outlets"))
    tags = dict(conn.execute("select id, name from tags"))
    outlets = {names[o]: n for o, n in counts["outlet"].items() if o is not None}
    assert outlets == {row["value"]: row["count"] for row in by_sql["outlet"]}
    assert {y: n for y, n in counts["year"].items() if y is not None} == {row["value"]: row["count"] for row in by_sql["year"]}
    assert {m: n for m, n in counts["month"].items() if m is not None} == by_sql["month"]
    assert counts["month"].get(None, 0) == by_sql["undated"]
    assert counts["outlet"].get(None, 0) == by_sql["missing"]["outlet"]
    assert counts["year"].get(None, 0) == by_sql["missing"]["year"]
    assert {tags[t]: n for t, n in counts["tag"].items()} == {row["value"]: row["count"] for row in by_sql["tag"]}
    assert counts["no_tags"] == by_sql["missing"]["tag"]
    assert counts["stories"] == by_sql["stories"]


def test_top_order_breaks_ties_by_docnum():
    from indexer.fulltext.matching import top_order

    scores = np.array([1.0, 3.0, 3.0, 2.0, 3.0])
    docnums = np.array([10, 4, 2, 7, 9])
    assert list(docnums[top_order(scores, docnums, 3)]) == [2, 4, 9]
    assert list(docnums[top_order(scores, docnums, None)]) == [2, 4, 9, 7, 10]


def test_postings_cache_stays_within_its_budget(index):
    from indexer.fulltext.postings import PostingsCache

    kept = index._arrays.postings
    small = index._arrays.postings = PostingsCache(budget=64 * 1024)
    try:
        for query in QUERIES:
            index.search(query["q"], arrays=True, **_params(query))
        assert 0 < small.size <= small.budget
        assert len(small) > 0
    finally:
        index._arrays.postings = kept
