"""Nothing lost, nothing doubled: `archive import` SIGKILLed at random points, then checked and finished.

The loop itself is ``bench/faults.py`` (run it for the long version and the figures in
``bench/FAULTS.md``); here it runs 2 × 17 import kills and 2 reindex kills on two archives of 1,000 articles.
"""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))

import faults  # noqa: E402

from archive.extract.article import build_article  # noqa: E402
from archive.model import RawRecord  # noqa: E402
from indexer.sync import Archive, ArchiveBusy, ArchiveLock, index_path_for, lock_path_for  # noqa: E402

pytestmark = pytest.mark.alone  # times signals, kills or lock waits: run by itself (Makefile, make test)


def article(n, text="Detainees were moved from the prison."):
    return build_article(RawRecord(source_path=f"/in/{n}.txt", source_format="text", title=f"Report {n}",
                                   body=f"{text} Number {n}."))


ROUNDS = 10  # per archive; two archives are killed side by side (20 import kills; bench/faults.py runs more)
ARTICLES = 1000


def test_sigkilled_imports_lose_nothing_and_double_nothing(tmp_path):
    with ThreadPoolExecutor(2) as pool:
        outcomes = list(pool.map(
            lambda seed: faults.crash_loop(tmp_path / f"run{seed}", articles=ARTICLES, rounds=ROUNDS, seed=seed,
                                           reindex_kills=1),
            (11, 12),
        ))
    rounds = [r for outcome in outcomes for r in outcome["rounds"]]
    for number, result in enumerate(rounds):
        assert result["check_rc"] == 0, (number, result["kind"], result["check_output"], result["output"])
        assert "Traceback" not in result["output"], (number, result["output"])
    assert not [r for r in rounds if r["landed"].startswith("exited")], [r["output"] for r in rounds][-3:]
    killed = [r for r in rounds if r["landed"] != "finished"]
    assert len(killed) >= 18, [r["landed"] for r in rounds]
    landed = {r["landed"] for r in killed}
    assert {"random", "mid-batch", "index-writing", "index-committed", "between-batches", "reindex"} <= landed, landed
    # Kills with Whoosh written or committed and SQLite not left documents to repair, and were repaired.
    assert all(r["repaired"] for r in killed if r["landed"] in ("index-committed", "index-writing"))

    for seed, outcome in zip((11, 12), outcomes):
        assert all(outcome["cycles"]), outcome["cycles"]
        assert outcome["completing_import"].returncode == 0, outcome["completing_import"].stderr
        assert "Traceback" not in outcome["completing_import"].stderr
        assert outcome["final_import"].returncode == 0
        assert (f"0 imported, 0 updated, {ARTICLES:,} unchanged, 0 skipped as duplicate, 0 failed"
                in outcome["final_import"].stderr)
        assert outcome["final_check"].returncode == 0 and "OK: SQLite and Whoosh agree" in outcome["final_check"].stdout
        state = outcome["state"]
        assert len(state["ids"]) == ARTICLES == outcome["files"]
        assert len(set(state["ids"])) == len(state["ids"])
        assert set(state["ids"]) == state["index_ids"]
        assert sorted(state["paths"]) == sorted(outcome["expected_paths"])  # one row per file, none twice
        assert state["pending"] == 0
        assert state["statuses"].get("running", 0) == 0  # killed imports were marked interrupted
        assert state["statuses"]["interrupted"] >= 6
        # Every article is found by its own marker, exactly once.
        with Archive(tmp_path / f"run{seed}" / "archive.db") as archive:
            for number in (0, 1, ARTICLES // 2, ARTICLES - 1):
                assert archive.index.search(f"m{number}x1", pagelen=5).total == 1, number


def _start_paused_import(db, folder, point, seconds=30):
    trace = db.with_name("trace.txt")
    trace.unlink(missing_ok=True)
    env = dict(os.environ, ARCHIVE_FAULT_PAUSE=f"{point}={seconds}", ARCHIVE_FAULT_TRACE=str(trace))
    process = subprocess.Popen(faults.archive_command("import", db, folder, "--silent", "--batch-size", 50),
                               cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while point not in (trace.read_text().split() if trace.exists() else []):
        assert process.poll() is None, process.communicate()[0]
        assert time.monotonic() < deadline
        time.sleep(0.01)
    return process


def test_a_killed_writers_locks_do_not_block_the_next_import(tmp_path):
    folder = tmp_path / "in"
    faults.generate_text_articles(folder, 120, seed=3)
    db = tmp_path / "archive.db"
    process = _start_paused_import(db, folder, "index-writing")
    # Paused with the archive lock, Whoosh's WRITELOCK and an SQLite transaction all held.
    whoosh_lock = index_path_for(db) / "MAIN_WRITELOCK"
    assert whoosh_lock.exists() and lock_path_for(db).exists()
    assert f"import, pid {process.pid}, since" in lock_path_for(db).read_text()
    with pytest.raises(ArchiveBusy, match=f"is locked by another archive command \\(import, pid {process.pid},"):
        ArchiveLock(db, timeout=0.2).acquire()
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert whoosh_lock.exists() and lock_path_for(db).exists()  # the files stay; the locks went with the process
    started = time.monotonic()
    result = faults.run_archive("import", db, folder, "--silent", "--batch-size", 50)
    assert result.returncode == 0, result.stderr
    assert time.monotonic() - started < 20
    assert "waiting" not in result.stderr and "locked" not in result.stderr
    assert "120 imported" in result.stderr
    conn = sqlite3.connect(db)
    statuses = [r[0] for r in conn.execute("select status from imports order by id")]
    conn.close()
    assert statuses == ["interrupted", "completed"]
    check = faults.run_archive("check", db)
    assert check.returncode == 0 and "OK" in check.stdout


def test_check_repairs_first_and_says_so(tmp_path):
    folder = tmp_path / "in"
    faults.generate_text_articles(folder, 60, seed=4)
    db = tmp_path / "archive.db"
    process = _start_paused_import(db, folder, "index-committed")
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    with Archive(db, recover=False) as archive:  # what the kill left: Whoosh ahead of SQLite
        report = archive.check()
        assert report.pending == 50 and len(report.missing_from_sqlite) == 50 and not report.consistent
    result = faults.run_archive("check", db)
    assert result.returncode == 0, result.stdout
    assert result.stdout.splitlines()[0] == "Repaired first: 50 articles left half-written by an interrupted write"
    assert "SQLite: 0 articles; Whoosh: 0 documents" in result.stdout


def test_sqlite_commit_failing_after_the_whoosh_commit_is_undone_in_whoosh(db_path, monkeypatch):
    with Archive(db_path) as archive:
        archive.write_batch([article(1)], None, existing=set())
        original = archive.store.clear_pending
        calls = []

        def failing_clear(ids=None):
            calls.append(ids)
            if len(calls) == 1:  # the clear inside the batch's transaction, after the Whoosh commit
                raise sqlite3.OperationalError("disk I/O error")
            return original(ids)

        monkeypatch.setattr(archive.store, "clear_pending", failing_clear)
        with pytest.raises(sqlite3.OperationalError):
            archive.write_batch([article(2), article(3)], None, existing=set())
        monkeypatch.undo()
        report = archive.check()
        assert report.consistent, report
        assert archive.index.all_ids() == archive.store.all_ids() == {article(1).id}
        assert archive.store.pending_ids() == []


def test_recovery_leaves_a_live_writers_pending_ids_alone(tmp_path):
    """A search or serve started during an import must not 'repair' the batch in flight."""
    folder = tmp_path / "in"
    faults.generate_text_articles(folder, 50, seed=5)
    db = tmp_path / "archive.db"
    process = _start_paused_import(db, folder, "batch-pending", seconds=2)
    try:
        with Archive(db) as archive:  # runs recovery: must see a live writer and do nothing
            assert archive.recovered == 0
            assert len(archive.store.pending_ids()) == 50
            report = archive.check()
            assert report.writing and report.pending == 50 and report.consistent, report
    finally:
        output = process.communicate(timeout=60)[0].decode()
    assert process.returncode == 0, output
    assert faults.run_archive("check", db).returncode == 0
    assert len(faults.stored_state(db)["index_ids"]) == 50


def test_empty_archive_checks_and_searches(tmp_path):
    """An import killed before its first batch leaves an empty index: not a crash."""
    db = tmp_path / "archive.db"
    with Archive(db):
        pass
    check = faults.run_archive("check", db)
    assert check.returncode == 0 and "SQLite: 0 articles; Whoosh: 0 documents" in check.stdout
    search = faults.run_archive("search", db, "camp")
    assert search.returncode == 0 and "0 articles match" in search.stdout, search.stderr
