"""Extraction in a worker process gives the archive an in-process import gives (archive/workers.py)."""

import sqlite_utils

from conftest import ROOT, run_cli

COLUMNS = "id, title, outlet, published, tags, places, organisations, language, duplicate_of, similarity, content_hash"


def snapshot(db):
    data = sqlite_utils.Database(db)
    return {
        "articles": list(data.execute(f"select {COLUMNS} from articles order by id")),
        "mentions": list(data.execute("select article_id, entity_id, mentions from article_entities order by 1, 2")),
        "figures": list(data.execute("select id, value, counts, source from figures order by id")),
        "events": list(data.execute("select id, date from event_dates order by id")),
        "vocabulary": list(data.execute("select word, articles from vocabulary order by word")),
    }


def test_worker_import_equals_in_process_import(tmp_path):
    results = []
    for workers in ("0", "1"):
        db = tmp_path / f"w{workers}.db"
        result = run_cli("import", str(db), str(ROOT / "sample"), "--silent", "--workers", workers)
        assert result.exit_code == 0, result.output
        assert "50 imported" in result.output
        results.append(snapshot(db))
    assert results[0] == results[1]
    assert results[0]["mentions"] and results[0]["figures"] and results[0]["vocabulary"]


def test_extract_again_restores_what_the_import_found(tmp_path):
    """'archive extract' finds the same mentions, figures and dates again, counts kept exact."""
    db = tmp_path / "archive.db"
    assert run_cli("import", str(db), str(ROOT / "sample"), "--silent").exit_code == 0
    before = snapshot(db)
    counts = list(sqlite_utils.Database(db).execute("select id, articles from entities order by id"))
    data = sqlite_utils.Database(db)
    with data.conn:
        for table in ("article_entities", "figures", "event_dates"):
            data.execute(f"delete from {table}")
        data.execute("update entities set articles = 0")
        data.execute("update articles set places = '[]', organisations = '[]'")
    result = run_cli("extract", str(db), "--silent")
    assert result.exit_code == 0, result.output
    assert "50 articles" in result.output
    assert snapshot(db) == before
    assert list(sqlite_utils.Database(db).execute("select id, articles from entities order by id")) == counts
