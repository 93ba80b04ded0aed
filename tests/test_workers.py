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


def test_a_batch_built_stage_by_stage_equals_records_built_one_by_one():
    """build_all finds each stage over the whole batch (issue #16): the same articles, analysis,
    signatures and failures as build() on each record in turn."""
    import dataclasses
    import pickle

    from archive import workers
    from archive.extract.article import BatchDefaults
    from archive.model import BadRecord, RawRecord

    body = ("QAMISHLI — At least 40 families left the camp on Monday, the council said, and 12 people were "
            "taken to hospital in Hasakah after the storm. Aid groups said 3,000 tents had been damaged "
            "since January and that repairs would take two weeks.")
    records = [
        RawRecord("a.jsonl", "jsonl", 1, title="Storm damages tents near Qamishli", body=body, published="2023-02-06"),
        RawRecord("a.jsonl", "jsonl", 2, title="No body here", body=""),
        BadRecord("a.jsonl", "not JSON", 3),  # what a reader yields for a bad line passes through
        RawRecord("a.jsonl", "jsonl", 4, title="Stated language", body=body.replace("40", "41"), language=" FR "),
        RawRecord("a.jsonl", "jsonl", 5, title="A short note", body="Roads near Raqqa reopened on Tuesday."),
    ]

    def comparable(result):
        if isinstance(result, workers.Built):
            return ("built", dataclasses.asdict(result.article), pickle.dumps(result.article.analysed),
                    None if result.signature is None else result.signature.tolist())
        return ("bad", result.source_path, result.reason, result.source_record)

    defaults = BatchDefaults()
    one_by_one = [workers.build(r, defaults) if isinstance(r, RawRecord) else r for r in records]
    batch = workers.build_all(records, defaults)
    assert [comparable(r) for r in batch] == [comparable(r) for r in one_by_one]
    assert [type(r).__name__ for r in batch] == ["Built", "BadRecord", "BadRecord", "Built", "Built"]
    assert batch[1].reason == one_by_one[1].reason
    assert batch[3].article.language == "fr" and batch[0].article.language == "en"
    assert batch[0].article.figures and batch[0].article.entities and batch[0].article.events
    assert batch[0].signature is not None
