"""Two imports at once, and readers while an import writes: one writer, nothing corrupted, no errors.

Imports run as real processes; ``ARCHIVE_FAULT_PAUSE`` (see indexer/sync.py) stretches them so
the second process surely meets the first one at work.
"""

import os
import random
import re
import subprocess
import sys
import threading
import time
import urllib.parse

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))

import faults  # noqa: E402
import load  # noqa: E402

pytestmark = pytest.mark.alone  # times signals, kills or lock waits: run by itself (Makefile, make test)


def start_import(db, folder, pause="", trace=None, **env_extra):
    env = dict(os.environ, **env_extra)
    if pause:
        env["ARCHIVE_FAULT_PAUSE"] = pause
    if trace:
        env["ARCHIVE_FAULT_TRACE"] = str(trace)
    return subprocess.Popen(faults.archive_command("import", db, folder, "--silent", "--batch-size", 50),
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for_point(trace, point, process, timeout=60):
    deadline = time.monotonic() + timeout
    while point not in (trace.read_text().split() if trace.exists() else []):
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, f"{point} never reached"
        time.sleep(0.01)


def assert_complete(db, folders):
    state = faults.stored_state(db)
    expected = {str(p.resolve()) for folder in folders for p in folder.rglob("*.txt")}
    assert sorted(state["paths"]) == sorted(expected)
    assert len(set(state["ids"])) == len(state["ids"]) == len(expected)
    assert set(state["ids"]) == state["index_ids"]
    assert state["pending"] == 0
    check = faults.run_archive("check", db)
    assert check.returncode == 0 and "OK: SQLite and Whoosh agree" in check.stdout, check.stdout
    return state


def test_second_import_waits_for_the_first_then_runs(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    faults.generate_text_articles(first, 300, seed=1)
    faults.generate_text_articles(second, 300, seed=2)
    db, trace = tmp_path / "archive.db", tmp_path / "trace.txt"
    a = start_import(db, first, pause="batch-committed=0.3", trace=trace)
    wait_for_point(trace, "batch-pending", a)
    b = start_import(db, second)
    a_out, a_err = a.communicate(timeout=120)
    b_out, b_err = b.communicate(timeout=120)
    assert a.returncode == 0, a_err
    assert b.returncode == 0, b_err
    assert re.search(rf"is locked by another archive command \(import, pid {a.pid}, since [0-9T:+-]+\); "
                     rf"waiting up to 60 s",
                     b_err), b_err
    assert "300 imported" in a_err and "300 imported" in b_err
    assert "Traceback" not in a_err + b_err
    state = assert_complete(db, [first, second])
    assert state["statuses"] == {"completed": 2}


def test_second_import_gives_up_with_one_clear_line(tmp_path):
    folder = tmp_path / "in"
    faults.generate_text_articles(folder, 50, seed=1)
    db, trace = tmp_path / "archive.db", tmp_path / "trace.txt"
    a = start_import(db, folder, pause="batch-pending=8", trace=trace)
    wait_for_point(trace, "batch-pending", a)
    started = time.monotonic()
    b = subprocess.run(faults.archive_command("import", db, folder, "--silent"), cwd=ROOT, capture_output=True,
                       text=True, env=dict(os.environ, ARCHIVE_LOCK_TIMEOUT="1"))
    assert time.monotonic() - started < 10
    assert b.returncode == 1
    lines = b.stderr.strip().splitlines()
    assert lines[-1] == (f"Error: {db} is locked by another archive command (import, pid {a.pid}, since "
                         f"{lines[-1].split(' since ')[1].split(')')[0]}); waited 1 s; try again when it has finished")
    assert len([line for line in lines if not line.startswith(f"{db} is locked")]) == 1
    # A reindex meets the same lock and says the same, without a traceback.
    r = subprocess.run(faults.archive_command("reindex", db, "--silent"), cwd=ROOT, capture_output=True, text=True,
                       env=dict(os.environ, ARCHIVE_LOCK_TIMEOUT="0.5"))
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert r.stderr.strip().splitlines()[-1].startswith(f"Error: {db} is locked by another archive command (import")
    # check while the import writes: its batch in flight is not a fault.
    check = faults.run_archive("check", db)
    assert check.returncode == 0, check.stdout
    assert "50 articles are being written by an import or reindex running now" in check.stdout
    a_out, a_err = a.communicate(timeout=120)
    assert a.returncode == 0, a_err
    assert_complete(db, [folder])


def test_imports_started_at_the_same_moment(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    faults.generate_text_articles(first, 200, seed=1)
    faults.generate_text_articles(second, 200, seed=2)
    db = tmp_path / "archive.db"  # does not exist yet: both race to create it
    processes = [start_import(db, first), start_import(db, second), start_import(db, first)]
    outputs = [p.communicate(timeout=120) for p in processes]
    for process, (out, err) in zip(processes, outputs):
        assert process.returncode == 0, err
        assert "Traceback" not in err
    assert sorted(int(re.search(r"(\d+) imported", err).group(1)) for _, err in outputs) == [0, 200, 200]
    state = assert_complete(db, [first, second])
    assert state["statuses"] == {"completed": 3}


def test_searches_and_pages_keep_working_while_an_import_writes(tmp_path):
    base_folder, more = tmp_path / "base", tmp_path / "more"
    faults.generate_text_articles(base_folder, 150, seed=1)
    faults.generate_text_articles(more, 900, seed=2)
    db, trace = tmp_path / "archive.db", tmp_path / "trace.txt"
    assert faults.run_archive("import", db, base_folder, "--silent").returncode == 0
    ids = load.article_ids(db)
    sql = "select count(*) as n from articles where id in (select value from json_each(whoosh_search('camp')))"

    def make(rnd: random.Random):
        roll = rnd.random()
        if roll < 0.45:
            query = rnd.choice(["camp", "prison AND guards", '"foreign fighters"', "repatriat*", "report", "date:2021-03"])
            return "search", "/-/search?" + urllib.parse.urlencode({"q": query})
        if roll < 0.7:
            return "table", "/archive/articles"
        if roll < 0.85:
            return "article", f"/-/article/{rnd.choice(ids)}"
        return "sql", "/archive.json?" + urllib.parse.urlencode({"sql": sql, "_shape": "array"})

    cli_timings, cli_failures = [], []

    def cli_searches(stop):
        while not stop.is_set():
            started = time.monotonic()
            result = faults.run_archive("search", db, "camp", "--limit", "3", timeout=60)
            cli_timings.append(time.monotonic() - started)
            if result.returncode != 0 or "articles match" not in result.stdout:
                cli_failures.append(result.stderr)

    with load.serve(db, log_path=tmp_path / "serve.log") as base:
        importer = start_import(db, more, pause="index-committed=0.05,batch-committed=0.1", trace=trace)
        wait_for_point(trace, "batch-pending", importer)
        stop = threading.Event()
        searcher = threading.Thread(target=cli_searches, args=(stop,))
        searcher.start()
        result = load.run_load(base, clients=6, seconds=5, make_request=make)
        stop.set()
        searcher.join(60)
        still_writing = importer.poll() is None
        out, err = importer.communicate(timeout=120)
    assert importer.returncode == 0, err
    assert still_writing, "the import ended before the readers did: make it longer"
    assert result["errors"] == [], result["errors"][:5]
    print("\nwhile an import wrote:\n" + load.markdown_table(result) +
          f"\n`archive search` runs: {len(cli_timings)}, slowest {max(cli_timings or [0]):.2f} s")  # -s: FAULTS.md
    rows = {row["kind"]: row for row in load.summarise(result)}
    assert rows["all"]["requests"] >= 30
    assert {"search", "table", "article", "sql"} <= set(rows)
    assert rows["all"]["p95"] < 5000 and rows["all"]["max"] < 15000, rows
    assert cli_timings and not cli_failures, cli_failures[:2]
    assert max(cli_timings) < 15, cli_timings
    assert_complete(db, [base_folder, more])
