"""SQLite and Whoosh in step: a batch lands in both or neither; check and reindex repair."""

import pytest
import sqlite_utils

from archive.extract.article import build_article
from archive.model import RawRecord
from indexer.fulltext import IndexBusy
from indexer.sync import Archive, index_path_for


def article(n, text="Detainees were moved from the prison."):
    return build_article(RawRecord(source_path=f"/in/{n}.txt", source_format="text", title=f"Report {n}",
                                   body=f"{text} Number {n}."))


def test_index_lives_beside_the_database(tmp_path):
    assert index_path_for(tmp_path / "archive.db") == tmp_path / "archive.whoosh"
    assert index_path_for(tmp_path / "store") == tmp_path / "store.whoosh"


def test_batch_lands_in_both(db_path):
    with Archive(db_path) as archive:
        archive.write_batch([article(1), article(2)], None, existing=set())
        assert archive.check().consistent
        assert archive.index.all_ids() == archive.store.all_ids() and len(archive.store.all_ids()) == 2


def test_batch_lands_in_neither_when_the_index_is_locked(db_path):
    with Archive(db_path) as archive:
        archive.write_batch([article(1)], None, existing=set())
        holder = archive.index.ix.writer()  # another writer holds the Whoosh lock
        try:
            with pytest.raises(IndexBusy):
                archive.write_batch([article(2), article(3)], None, existing=set())
        finally:
            holder.cancel()
        assert archive.store.count() == 1
        assert archive.index.doc_count() == 1
        assert archive.store.pending_ids() == []
        report = archive.check()
        assert report.consistent, report


def test_crash_after_whoosh_commit_is_recovered_on_next_open(db_path):
    """The process died after Whoosh committed but before SQLite did."""
    with Archive(db_path) as archive:
        archive.write_batch([article(1)], None, existing=set())
        ghost = article(2)
        # What a killed import leaves: the intent recorded, Whoosh committed, SQLite not.
        archive.store.mark_pending([ghost.id], None)
        row = {"id": ghost.id, "title": ghost.title, "body": ghost.body, "tags": []}
        with archive.index.writer() as writer:
            writer.upsert(row)
        report = archive.check()
        assert not report.consistent and report.missing_from_sqlite == [ghost.id]
    with Archive(db_path) as archive:  # opening runs recovery
        report = archive.check()
        assert report.consistent, report
        assert archive.index.all_ids() == {article(1).id}


def test_check_and_reindex_through_the_cli(cli, db_path, tmp_path):
    source = tmp_path / "a.txt"
    source.write_text("Camp fire\n\nA fire broke out in the camp.")
    cli("import", db_path, source, "--silent")
    result = cli("check", db_path)
    assert result.exit_code == 0 and "OK: SQLite and Whoosh agree" in result.output
    [article_id] = [r["id"] for r in sqlite_utils.Database(db_path).query("select id from articles")]
    with Archive(db_path) as archive:  # lose the document from Whoosh
        with archive.index.writer() as writer:
            writer.delete(article_id)
    result = cli("check", db_path)
    assert result.exit_code == 1
    assert f"missing from Whoosh: {article_id}" in result.output
    result = cli("reindex", db_path, "--silent")
    assert result.exit_code == 0 and "1 articles indexed" in result.output
    assert cli("check", db_path).exit_code == 0
    assert "Camp fire" in cli("search", db_path, "fire").output


def test_a_new_archive_appears_whole_or_not_at_all(tmp_path, monkeypatch):
    """A process killed while a new archive's tables are written left an empty file that
    'archive check' refused; now the file appears only with its shape (the kill is a raise here)."""
    import indexer.store as store

    def killed(db):
        raise KeyboardInterrupt

    monkeypatch.setattr(store, "ensure_db_shape", killed)
    with pytest.raises(KeyboardInterrupt):
        store.open_database(tmp_path / "archive.db")
    assert list(tmp_path.iterdir()) == []
    monkeypatch.undo()
    db = store.open_database(tmp_path / "archive.db")
    assert "articles" in db.table_names()
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("archive.db")) == []
