"""A segment's facet and entity arrays kept in files beside it (issue #16,
``indexer/fulltext/array_files.py``): written at the first count, read by the next process (a
fresh index object here) with the same counts, and read again from SQLite when a file is damaged
or was read at an older entities version (``archive extract`` bumps it)."""

from __future__ import annotations

import numpy as np
import pytest

from conftest import SAMPLE, run_cli

QUERIES = ["camp", "Syria", "al-Hol", "repatriation OR prison"]


@pytest.fixture()
def archive(tmp_path):
    db = tmp_path / "archive.db"
    result = run_cli("import", db, SAMPLE, "--silent")
    assert result.exit_code == 0, result.output
    return db


def _fresh_index(db):
    from archive import search_data
    from indexer.fulltext import FullTextIndex
    from indexer.store import read_only
    from indexer.sync import index_path_for

    search_data.provide()
    return FullTextIndex(index_path_for(db), store=read_only(db))


def _counts(index) -> list:
    found = []
    for query in QUERIES:
        page = index.search(query, pagelen=20, want_all_ids=True, collapse=True)
        found.append((page.total, index.facet_counts(page)))
    return found


def _kept(db, what: str) -> list:
    return sorted((db.parent / "archive.whoosh").glob(f"*.{what}.npz"))


def test_kept_arrays_are_written_then_read_with_the_same_counts(archive):
    first = _counts(_fresh_index(archive))
    assert first[0][1] is not None and first[0][1]["entity"]
    facets, entities = _kept(archive, "facets"), _kept(archive, "entities")
    assert facets and len(facets) == len(entities)
    stamps = {path: path.stat().st_mtime_ns for path in facets + entities}
    assert _counts(_fresh_index(archive)) == first
    assert {path: path.stat().st_mtime_ns for path in facets + entities} == stamps  # read, not written again


def test_a_damaged_file_is_read_again_from_sqlite(archive):
    first = _counts(_fresh_index(archive))
    for path in _kept(archive, "facets") + _kept(archive, "entities"):
        path.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2])
    assert _counts(_fresh_index(archive)) == first
    with np.load(_kept(archive, "facets")[0]) as again:  # written whole again
        assert "outlet" in again.files


def test_arrays_of_an_older_entities_version_are_read_again(archive):
    from indexer.store import Store, immediate, open_database

    index = _fresh_index(archive)
    before = _counts(index)
    store = Store(open_database(archive))
    with immediate(store.db):
        store.db.execute("delete from article_entities")
        store.bump_entities_version()
    version = store.entities_version()
    after = _counts(_fresh_index(archive))
    assert all(counts["entity"] == {} for _, counts in after) and before[0][1]["entity"]
    for path in _kept(archive, "entities"):
        with np.load(path) as kept:
            assert int(kept["stamp"][2]) == version and len(kept["link_doc"]) == 0
