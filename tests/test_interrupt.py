"""Ctrl-C during a long import leaves a consistent archive; the same command then finishes it."""

import signal
import subprocess
import sys
import time

import pytest
import sqlite_utils

from conftest import ROOT

pytestmark = pytest.mark.alone  # times signals, kills or lock waits: run by itself (Makefile, make test)


def write_articles(folder, n):
    folder.mkdir()
    for i in range(n):
        (folder / f"{i:05d}.txt").write_text(
            f"Report number {i} from the camp\n\nAid workers counted {i} new tents in sector {i % 17} "
            f"on day {i} of the operation, and said water deliveries reached {i * 3} families.\n\n"
            f"Officials gave the figure {i * 7} for people registered in the annex.")


def ctrl_c_after(command, db, stored_at_least: int = 200, wait: float = 60):
    """Run ``command``, press Ctrl-C once ``stored_at_least`` articles are in ``db``; returns
    ``(exit status, output, articles stored)``."""
    # Ctrl-C as a terminal gives it: SIGINT at its default in the child, whatever this test process
    # inherited or was given by an earlier test (an ignored SIGINT is inherited across exec).
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.time() + wait
    seen, problem = 0, None
    while time.time() < deadline and process.poll() is None:
        time.sleep(0.2)
        if db.exists():
            try:
                seen = sqlite_utils.Database(db).execute("select count(*) from articles").fetchone()[0]
            except Exception as error:  # the table may not exist yet, or the writer holds the lock a moment
                problem = error
                continue
            if seen >= stored_at_least:
                break
    assert process.poll() is None, (
        f"the import ended before Ctrl-C could be pressed (last count seen {seen}, last problem {problem!r})")
    process.send_signal(signal.SIGINT)
    output, _ = process.communicate(timeout=60)
    return process.returncode, output, sqlite_utils.Database(db).execute("select count(*) from articles").fetchone()[0]


FILES = 800  # Ctrl-C lands at 200 stored, 6 batches of 100 before the end (1,500 files doubled the rerun's cost)


def test_ctrl_c_then_rerun_finishes_without_duplicates(tmp_path):
    folder = tmp_path / "in"
    write_articles(folder, FILES)
    db = tmp_path / "archive.db"
    command = [sys.executable, "-m", "archive.cli", "import", str(db), str(folder), "--silent", "--batch-size", "100"]
    status, output, stored = ctrl_c_after(command, db)
    assert status == 130, output
    assert "Interrupted" in output and "Traceback" not in output
    assert 0 < stored < FILES
    [status] = [r[0] for r in sqlite_utils.Database(db).execute("select status from imports")]
    assert status == "interrupted"
    check = subprocess.run([sys.executable, "-m", "archive.cli", "check", str(db)], cwd=ROOT,
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    again = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    assert f"{FILES - stored:,} imported, 0 updated, {stored:,} unchanged" in again.stderr
    db_rows = sqlite_utils.Database(db)
    assert db_rows.execute("select count(*), count(distinct source_path) from articles").fetchone() == (FILES, FILES)


def test_progress_moves_within_a_big_file(db_path, tmp_path):
    """The progress bar follows bytes read, so one multi-GB file does not sit at 0% until it ends."""
    from archive.pipeline import Importer
    from indexer.sync import Archive

    path = tmp_path / "big.jsonl"
    with path.open("w") as handle:
        for i in range(3000):
            handle.write(f'{{"title": "Report {i}", "body": "Families left the camp on day {i}. ' + "x " * 200 + '"}\n')
    seen = []
    with Archive(db_path) as archive:
        report = Importer(archive).run([str(path)], on_bytes=seen.append)
    assert report.imported == 3000
    assert sum(seen) == path.stat().st_size
    assert len(seen) > 10  # many small steps, not one at the end


TOTAL = 1000  # the first batch of 100 is stored within seconds; the rest takes ~7 s with one worker
# (2,000 took ~15 s: the rerun imports what the first run left, so half the articles halve the test)


def test_ctrl_c_with_an_extraction_worker(tmp_path):
    """The same with a worker process extracting (--workers 1): Ctrl-C stops both, nothing half-written."""
    path = tmp_path / "big.jsonl"
    with path.open("w") as handle:
        for i in range(TOTAL):
            handle.write(f'{{"id": "r{i}", "title": "Report {i} from the camp", "body": "Families left the camp on '
                         f'day {i} after talks in sector {i % 13}. ' + "Aid workers counted tents. " * 30 + '"}\n')
    db = tmp_path / "archive.db"
    command = [sys.executable, "-m", "archive.cli", "import", str(db), str(path), "--silent", "--batch-size", "100",
               "--workers", "1"]
    # pressed at the first stored batch: on a slow machine the rest can land within a poll or two
    status, output, stored = ctrl_c_after(command, db, stored_at_least=1, wait=90)
    assert status == 130 and "Interrupted" in output and "Traceback" not in output, output
    assert 0 < stored < TOTAL
    again = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    assert f"{TOTAL - stored:,} imported, 0 updated, {stored:,} unchanged" in again.stderr
    check = subprocess.run([sys.executable, "-m", "archive.cli", "check", str(db)], cwd=ROOT, capture_output=True, text=True)
    assert check.returncode == 0, check.stdout
