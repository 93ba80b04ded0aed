"""Running an import again skips the files an earlier import finished (archive/finished_files.py),
and reads again any file that changed, was read with other options or other extraction code, lost
an article, had a failure, or was being read when the import stopped. Real SQLite, real imports."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))

import faults  # noqa: E402

from archive import finished_files, pipeline  # noqa: E402
from archive.pipeline import Importer  # noqa: E402
from indexer.fulltext import FullTextIndex  # noqa: E402
from indexer.sync import Archive, index_path_for  # noqa: E402

pytestmark = pytest.mark.alone  # times signals, kills or lock waits: run by itself (Makefile, make test)


@pytest.fixture
def inputs(tmp_path):
    """A folder of 12 text files, a JSON Lines file (4 records), a CSV file (3 rows) and a zip of
    3 text files: 22 articles in 15 files."""
    folder = tmp_path / "in"
    faults.generate_text_articles(folder / "text", 12, seed=1)
    with (folder / "reports.jsonl").open("w") as handle:
        for n in range(4):
            handle.write(json.dumps({"id": f"j{n}", "title": f"Convoy {n} reached the camp",
                                     "body": f"Trucks carrying water reached sector {n} on Monday. " * 8,
                                     "published": f"2021-03-0{n + 1}"}) + "\n")
    (folder / "sheet.csv").write_text("id,title,body,published\n" + "".join(
        f"c{n},Clinic {n} reopened,\"The clinic in block {n} reopened after repairs to its roof. Staff said "
        f"supplies were short.\",2020-0{n + 1}-10\n" for n in range(3)))
    members = faults.generate_text_articles(tmp_path / "zipped", 3, seed=2)
    with zipfile.ZipFile(folder / "bundle.zip", "w") as bundle:
        for path in members:
            bundle.write(path, path.name)
    return folder


def run(db_path, folder, **options):
    with Archive(db_path, create=True) as archive:
        return Importer(archive, **options).run([str(folder)])


@pytest.fixture
def read(monkeypatch):
    """The files the importer reads (in this process), as paths relative to the input folder."""
    seen = []
    real = pipeline.read_path

    def spy(path, named, options, on_bytes=None):
        seen.append(path.name)
        return real(path, named, options, on_bytes)

    monkeypatch.setattr(pipeline, "read_path", spy)
    return seen


def articles(db_path):
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute("select count(*), count(distinct id) from articles").fetchone()
    finally:
        conn.close()


def test_a_rerun_reads_no_file_it_finished(db_path, inputs, read):
    first = run(db_path, inputs)
    assert (first.imported, first.failed, first.files_skipped) == (22, 0, 0)
    assert len(read) == 15
    read.clear()
    again = run(db_path, inputs)
    assert read == []
    assert (again.imported, again.updated, again.unchanged, again.failed) == (0, 0, 22, 0)
    assert (again.files, again.files_skipped) == (15, 15)
    assert again.summary().endswith("; 15 files skipped: already imported")
    assert articles(db_path) == (22, 22)
    conn = sqlite3.connect(db_path)
    rows = dict(conn.execute("select path, stored from imported_files"))
    conn.close()
    assert rows[str(inputs / "bundle.zip")] == 3 and rows[str(inputs / "reports.jsonl")] == 4


def test_the_progress_moves_by_a_skipped_files_bytes(db_path, inputs):
    run(db_path, inputs)
    seen, files = [], []
    with Archive(db_path) as archive:
        Importer(archive).run([str(inputs)], on_bytes=seen.append, on_file=files.append)
    assert sum(seen) == sum(path.stat().st_size for path in inputs.rglob("*") if path.is_file())
    assert len(files) == 15


def test_a_touched_or_changed_file_is_read_again(db_path, inputs, read):
    run(db_path, inputs)
    read.clear()
    os.utime(inputs / "sheet.csv", ns=(time.time_ns(), time.time_ns()))
    touched = run(db_path, inputs)
    assert read == ["sheet.csv"]
    assert (touched.imported, touched.unchanged, touched.files_skipped) == (0, 22, 14)
    read.clear()
    with (inputs / "reports.jsonl").open("a") as handle:
        handle.write(json.dumps({"id": "j9", "title": "A new convoy", "body": "Another convoy arrived. " * 8}) + "\n")
    changed = run(db_path, inputs)
    assert read == ["reports.jsonl"]
    assert (changed.imported, changed.unchanged, changed.files_skipped) == (1, 22, 14)


def test_a_changed_text_file_has_every_text_file_of_its_folder_read_again(db_path, inputs, read):
    """A text file is read with its folder's profile: another file there changing may change it."""
    run(db_path, inputs)
    read.clear()
    first = sorted((inputs / "text").rglob("*.txt"))[0]
    first.write_text(first.read_text() + "\nA closing paragraph about the camp's water supply.\n")
    again = run(db_path, inputs)
    in_its_folder = sorted(p.name for p in first.parent.glob("*.txt"))
    assert sorted(read) == in_its_folder
    assert again.updated == 1 and again.files_skipped == 15 - len(in_its_folder)


def test_other_options_or_other_extraction_code_read_everything_again(db_path, inputs, read, monkeypatch):
    run(db_path, inputs)
    read.clear()
    run(db_path, inputs, date_order="mdy")
    assert len(read) == 15
    read.clear()
    run(db_path, inputs, date_order="mdy")
    assert read == []  # the entries now name the new options
    monkeypatch.setattr(finished_files, "extraction_version", lambda: "another version")
    again = run(db_path, inputs, date_order="mdy")
    assert len(read) == 15 and again.files_skipped == 0
    read.clear()
    run(db_path, inputs, date_order="mdy", reread=True)
    assert len(read) == 15


def test_a_file_whose_article_was_deleted_is_read_again(db_path, inputs, read):
    run(db_path, inputs)
    conn = sqlite3.connect(db_path)
    with conn:
        [(gone,)] = conn.execute("select id from articles where source_path like '%bundle.zip!/%' limit 1")
        for table, column in (("article_tags", "article_id"), ("article_entities", "article_id"),
                              ("figures", "article_id"), ("event_dates", "article_id"),
                              ("article_signatures", "article_id"), ("near_duplicate_keys", "article_id"),
                              ("articles", "id")):
            conn.execute(f"delete from {table} where {column} = ?", [gone])
    conn.close()
    read.clear()
    again = run(db_path, inputs)
    assert read == ["bundle.zip"]
    assert (again.imported, again.unchanged, again.files_skipped) == (1, 21, 14)
    assert articles(db_path) == (22, 22)


def test_a_file_with_a_failure_is_read_again(db_path, inputs, read):
    with (inputs / "reports.jsonl").open("a") as handle:
        handle.write("{not json\n")
    first = run(db_path, inputs)
    assert first.failed == 1
    read.clear()
    again = run(db_path, inputs)
    assert read == ["reports.jsonl"] and again.failed == 1 and again.files_skipped == 14


def test_a_file_met_twice_in_one_import_stays_one_article_each(db_path, inputs):
    jsonl = str(inputs / "reports.jsonl")
    run(db_path, inputs)
    with Archive(db_path) as archive:
        report = Importer(archive).run([jsonl, str(inputs), jsonl])
    # as when they are read: a file named twice counts twice
    assert (report.imported, report.unchanged, report.files_skipped) == (0, 4 + 22 + 4, 1 + 15 + 1)
    assert articles(db_path) == (22, 22)


def test_with_worker_processes(db_path, inputs):
    first = run(db_path, inputs, workers=1)
    assert first.imported == 22
    os.utime(inputs / "sheet.csv", ns=(time.time_ns(), time.time_ns()))
    again = run(db_path, inputs, workers=1)
    assert (again.imported, again.unchanged, again.files_skipped) == (0, 22, 14)


def test_a_killed_import_run_again_skips_what_it_finished_and_stores_every_article_once(tmp_path):
    folder = tmp_path / "in"
    faults.generate_text_articles(folder, 150, seed=5)
    db = tmp_path / "archive.db"
    trace = tmp_path / "trace.txt"
    env = dict(os.environ, ARCHIVE_FAULT_PAUSE="batch-committed=20", ARCHIVE_FAULT_TRACE=str(trace))
    command = faults.archive_command("import", db, folder, "--silent", "--batch-size", 50, "--workers", 0)
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 900  # a loaded machine
    while (trace.read_text().split() if trace.exists() else []).count("batch-committed") < 2:
        assert process.poll() is None, process.communicate()[0]
        assert time.monotonic() < deadline
        time.sleep(0.02)
    os.kill(process.pid, signal.SIGKILL)  # paused after the second batch, before its files' entries
    process.wait()
    conn = sqlite3.connect(db)
    stored, entries = (conn.execute(f"select count(*) from {t}").fetchone()[0] for t in ("articles", "imported_files"))
    conn.close()
    assert (stored, entries) == (100, 49)  # the 50th file's entry waits for the batch after it
    result = faults.run_archive("import", db, folder, "--silent", "--batch-size", 50, "--workers", 0, timeout=1800)
    assert result.returncode == 0, result.stderr
    assert "50 imported, 0 updated, 100 unchanged" in result.stderr
    assert "49 files skipped: already imported" in result.stderr
    conn = sqlite3.connect(db)
    assert conn.execute("select count(*), count(distinct source_path) from articles").fetchone() == (150, 150)
    assert conn.execute("select count(*), sum(stored) from imported_files").fetchone() == (150, 150)
    conn.close()
    assert len(FullTextIndex(index_path_for(db)).all_ids()) == 150
    check = faults.run_archive("check", db, timeout=1800)
    assert check.returncode == 0, check.stdout + check.stderr


def test_an_archive_made_before_the_table_gains_it_on_open(db_path, inputs, read):
    run(db_path, inputs)
    conn = sqlite3.connect(db_path)
    conn.execute("drop table imported_files")
    conn.close()
    with Archive(db_path) as archive:
        assert archive.db["imported_files"].exists()
    read.clear()
    again = run(db_path, inputs)  # no entries: every file read, and remembered this time
    assert (len(read), again.unchanged, again.files_skipped) == (15, 22, 0)
    read.clear()
    assert run(db_path, inputs).files_skipped == 15 and read == []
