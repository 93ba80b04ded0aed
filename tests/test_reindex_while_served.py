"""An index kept open by a long-lived process (``archive serve``, a shard's searcher) sees an
``archive reindex`` run by another process, even when the rebuilt index reaches the generation
number the one it held had (issue #19): the TOC file is another file, so the searcher, the
vocabulary's searcher and the caches keyed by them are renewed; the old articles' text is no
longer found, the new text is.

Real processes: the archive is reindexed by ``archive reindex`` in a subprocess while this
process keeps the index (the served one, ``archive_db.index_for_path``) open and searches it."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

from conftest import ROOT, SAMPLE, datasette_for, run_cli


def reindex(db) -> None:
    done = subprocess.run([sys.executable, "-m", "archive.cli", "reindex", str(db)], cwd=ROOT,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr


def rewrite(db, article_id: str, body: str) -> None:
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("update articles set body = ? where id = ?", (body, article_id))
    conn.close()


def generations(index) -> tuple:
    return index.ix.latest_generation(), index.vocabulary.latest_generation()


async def test_a_served_index_sees_a_reindex_that_reaches_the_same_generation(tmp_path):
    from datasette_plugins.archive_db import index_for_path

    db = tmp_path / "archive.db"
    assert run_cli("import", db, SAMPLE, "--silent").exit_code == 0
    conn = sqlite3.connect(db)
    article_id, body = conn.execute("select id, body from articles order by id limit 1").fetchone()
    conn.close()
    rewrite(db, article_id, body + "\n\nThe quarrymaster brokered a truce.")
    reindex(db)
    ds = datasette_for(db)
    index = index_for_path(db)

    async def found(query: str) -> list:
        page = await ds.client.get("/-/search.json", params={"q": query})
        assert page.status_code == 200, page.text
        return [hit["id"] for hit in page.json()["hits"]]

    assert await found("quarrymaster") == [article_id]
    assert index.matching_ids("quarrymaster") == [article_id]
    before = generations(index)
    assert index.suggest("quarrymastr") == "quarrymaster"  # the vocabulary's searcher, opened

    rewrite(db, article_id, body + "\n\nThe lamplighter brokered a truce.")
    reindex(db)
    assert generations(index) == before  # the case a generation number alone misses

    assert await found("lamplighter") == [article_id]
    assert await found("quarrymaster") == []
    assert index.matching_ids("quarrymaster") == []
    assert index.suggest("lamplightr") == "lamplighter"
    assert index.suggest("quarrymastr") != "quarrymaster"


def test_a_kept_index_reads_a_merge_made_by_another_writer_once(tmp_path):
    """Segments merged away by another writer are not read beside their merge: this Whoosh's
    refresh() keeps the old reader's segments as well as the new TOC's (FileIndex._reader)."""
    from archive import search_data
    from indexer.fulltext import FullTextIndex
    from indexer.store import read_only
    from indexer.sync import index_path_for

    db = tmp_path / "archive.db"
    assert run_cli("import", db, SAMPLE, "--silent", "--batch-size", "10").exit_code == 0
    search_data.provide()
    kept = FullTextIndex(index_path_for(db), store=read_only(db))
    segments = len(list(kept._searcher().reader().leaf_readers()))
    assert segments > 1, "the import should leave several segments to merge"
    before = sorted(kept.matching_ids("camp"))
    assert before
    other = FullTextIndex(index_path_for(db), store=read_only(db))
    other.ix.optimize()  # one segment in place of the others, written by another index object
    assert len(other.ix._read_toc().segments) == 1
    assert sorted(kept.matching_ids("camp")) == before
    assert len(list(kept._searcher().reader().leaf_readers())) == 1
    assert kept.doc_count() == 50
