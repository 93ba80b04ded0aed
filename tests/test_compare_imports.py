"""bench/compare_imports.py: two imports of the same input compare the same, and a changed row or
a document missing from the index is found (issue #16's proof that a faster import stores the same
thing)."""

import json
import sqlite3

from bench_modules import load
from conftest import run_cli


ARTICLES = [
    {"title": "Flooding closes the river road near Hasakah",
     "body": "HASAKAH — At least 40 families left their homes on Monday after the Khabur rose over its "
             "banks, the local council said. Two bridges were closed and 12 people were taken to hospital.",
     "published": "2023-03-06", "outlet": "Valley Courier"},
    {"title": "Council in Qamishli opens a second bakery",
     "body": "QAMISHLI — The council opened a second public bakery on Tuesday, saying it would bake "
             "bread for about 3,000 households a day. Queues at the first bakery had grown since January.",
     "published": "2023-03-07", "outlet": "Valley Courier"},
    {"title": "Power returns to Raqqa's eastern districts",
     "body": "RAQQA — Electricity came back to the eastern districts late on Wednesday, five days after "
             "a transformer burned, engineers said. Repairs in the old city will take another week.",
     "published": "2023-03-08", "outlet": "Valley Courier"},
]


def _import(tmp_path, name, articles):
    """``articles`` imported into a new archive ``name``, from one file for all archives (its path
    is stored with each article)."""
    source = tmp_path / "articles.jsonl"
    source.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    db = tmp_path / name / "archive.db"
    db.parent.mkdir()
    result = run_cli("import", db, source)
    assert result.exit_code == 0, result.output
    return db


def test_same_input_compares_same(tmp_path, capsys):
    bench = load("compare_imports")
    a = _import(tmp_path, "a", ARTICLES)
    b = _import(tmp_path, "b", ARTICLES)
    assert bench.compare(a, b)
    out = capsys.readouterr().out
    assert "same       articles: 3 rows" in out
    assert "same       index:" in out


def test_a_changed_row_is_found(tmp_path, capsys):
    bench = load("compare_imports")
    a = _import(tmp_path, "a", ARTICLES)
    b = _import(tmp_path, "b", ARTICLES)
    with sqlite3.connect(b) as connection:
        assert connection.execute("update figures set value = value + 1 where rowid = "
                                  "(select min(rowid) from figures)").rowcount == 1
    assert not bench.compare(a, b)
    assert "DIFFERENT  figures" in capsys.readouterr().out


def test_an_index_that_differs_is_found(tmp_path, capsys):
    bench = load("compare_imports")
    a = _import(tmp_path, "a", ARTICLES)
    b = _import(tmp_path, "b", ARTICLES)
    # The same database beside another index: an archive of two of the three articles.
    c = _import(tmp_path, "c", ARTICLES[:2])
    index_b = b.with_name(b.stem + ".whoosh")
    index_c = c.with_name(c.stem + ".whoosh")
    for path in index_b.iterdir():
        path.unlink()
    for path in index_c.iterdir():
        (index_b / path.name).write_bytes(path.read_bytes())
    assert not bench.compare(a, b)
    out = capsys.readouterr().out
    assert "same       articles: 3 rows" in out
    assert "DIFFERENT  index entry" in out
