"""Crash safety: SIGKILL `archive import` at random points, check, finish, count.

    .venv/bin/python bench/faults.py [--rounds 100] [--articles 2000] [--seed 7]

Generates a few thousand small text articles, then again and again starts
``archive import DB FOLDER --silent --batch-size 50`` and kills it (SIGKILL) at a point chosen
at random among:

- ``random``: a random moment from 0 to 1.5 s after start (start-up, recovery, reading the
  files already stored, the first batches);
- ``mid-batch``: a random moment (0-120 ms) after the k-th batch (k = 1, or 2 one time in four)
  recorded its intent, while its
  rows and documents are being written;
- ``index-writing``: while the k-th batch pauses with its Whoosh writer open (holding Whoosh's
  ``WRITELOCK``) and its SQLite transaction open, nothing committed;
- ``index-committed``: while the k-th batch pauses between the Whoosh commit and the SQLite
  commit (the window the recovery exists for, widened by ``ARCHIVE_FAULT_PAUSE``);
- ``between-batches``: a random moment (0-60 ms) after the k-th batch committed;
- ``reindex``: ``archive reindex`` killed 0.2-1.2 s after it started (once the archive is full).

After every kill ``archive check DB`` must exit 0 (it finishes an interrupted write first, as
every command does). At the end the import runs to completion and every article must be there
exactly once: rows == files, Whoosh ids == SQLite ids, one row per source file.
Prints a markdown table; ``tests/test_crash_safety.py`` runs a shorter loop with the same code.
"""

from __future__ import annotations

import argparse
import collections
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

WORDS = (
    "camp prison detainees repatriation families council border convoy guards court hearing aid water "
    "winter children foreign fighters report officials statement governor checkpoint shelter clinic"
).split()
OUTLETS = ["Rudaw", "Kurdistan24", "North Press Agency", "Enab Baladi"]
BATCH_SIZE = 50
KINDS = ("random", "mid-batch", "index-writing", "index-committed", "between-batches")


def generate_text_articles(folder, count: int, seed: int = 0) -> list:
    """``count`` small, distinct text articles (title, date, outlet, tags, three paragraphs)."""
    rnd = random.Random(seed)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        def words(k):
            return " ".join(rnd.choice(WORDS) for _ in range(k))

        paragraphs = [
            f"{words(14).capitalize()} in case {number}, paragraph {part} (marker m{number}x{part})."
            for part in range(3)
        ]
        month, day = rnd.randint(1, 12), rnd.randint(1, 28)
        text = (
            f"Report {number}: {words(4)}\n"
            f"2021-{month:02d}-{day:02d}\n"
            f"{rnd.choice(OUTLETS)}\n"
            f"Tags: {rnd.choice(WORDS)}, {rnd.choice(WORDS)}\n\n" + "\n\n".join(paragraphs) + "\n"
        )
        path = folder / f"{number // 500:02d}" / f"article-{number:05d}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def archive_command(*args) -> list:
    return [sys.executable, "-m", "archive.cli", *[str(a) for a in args]]


def run_archive(*args, env=None, timeout=300) -> subprocess.CompletedProcess:
    return subprocess.run(archive_command(*args), cwd=ROOT, capture_output=True, text=True, env=env, timeout=timeout)


def _trace_count(path: Path, point: str) -> int:
    try:
        return path.read_text(encoding="utf-8").split().count(point)
    except OSError:
        return 0


def kill_import_once(db, folder, kind: str, rnd: random.Random, workdir: Path) -> dict:
    """Start one import, SIGKILL it at a point of the given kind; say where it landed."""
    trace = workdir / "trace.txt"
    trace.unlink(missing_ok=True)
    env = dict(os.environ, ARCHIVE_FAULT_TRACE=str(trace))
    if kind in ("index-writing", "index-committed"):
        env["ARCHIVE_FAULT_PAUSE"] = f"{kind}=0.4"
    point = {"mid-batch": "batch-pending", "index-writing": "index-writing", "index-committed": "index-committed",
             "between-batches": "batch-committed"}.get(kind)
    nth = 2 if rnd.random() < 0.25 else 1  # mostly the first batch written, so every round has work left
    delay = {"random": rnd.uniform(0.0, 1.5), "mid-batch": rnd.uniform(0.0, 0.12), "index-writing": rnd.uniform(0.0, 0.2),
             "index-committed": rnd.uniform(0.0, 0.2), "between-batches": rnd.uniform(0.0, 0.06)}[kind]
    process = subprocess.Popen(
        archive_command("import", db, folder, "--silent", "--batch-size", BATCH_SIZE),
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env,
    )
    started = time.monotonic()
    landed = kind
    if point is None:
        time.sleep(delay)
    else:
        while _trace_count(trace, point) < nth:
            if process.poll() is not None or time.monotonic() - started > 60:
                landed = "finished"  # nothing left to write: the import ended first
                break
            time.sleep(0.002)
        else:
            time.sleep(delay)
    finished_first = process.poll() is not None
    if not finished_first:
        os.kill(process.pid, signal.SIGKILL)
    output = process.communicate(timeout=60)[0].decode("utf-8", "replace")
    points = trace.read_text(encoding="utf-8").split() if trace.exists() else []
    return {
        "kind": kind,
        "landed": "finished" if finished_first else landed,
        "after_s": round(time.monotonic() - started, 3),
        "returncode": process.returncode,
        "batches_committed": points.count("batch-committed"),
        "output": output,
    }


def kill_reindex_once(db, rnd: random.Random) -> dict:
    process = subprocess.Popen(archive_command("reindex", db, "--silent"), cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    delay = rnd.uniform(0.2, 1.2)
    time.sleep(delay)
    finished_first = process.poll() is not None
    if not finished_first:
        os.kill(process.pid, signal.SIGKILL)
    output = process.communicate(timeout=60)[0].decode("utf-8", "replace")
    return {"kind": "reindex", "landed": "finished" if finished_first else "reindex", "after_s": round(delay, 3),
            "returncode": process.returncode, "batches_committed": 0, "output": output}


def check_after(db) -> dict:
    result = run_archive("check", db)
    repaired = 0
    for line in result.stdout.splitlines():
        if line.startswith("Repaired first:"):
            repaired = int(line.split()[2].replace(",", ""))
    return {"check_rc": result.returncode, "check_output": result.stdout + result.stderr, "repaired": repaired}


def stored_state(db) -> dict:
    """What SQLite and Whoosh hold: ids, source paths, pending, import statuses."""
    from indexer.fulltext import FullTextIndex
    from indexer.sync import index_path_for

    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        ids = [r[0] for r in conn.execute("select id from articles")]
        paths = [r[0] for r in conn.execute("select source_path from articles")]
        pending = conn.execute("select count(*) from index_pending").fetchone()[0]
        statuses = collections.Counter(r[0] for r in conn.execute("select status from imports"))
    finally:
        conn.close()
    index_ids = FullTextIndex(index_path_for(db)).all_ids()
    return {"ids": ids, "paths": paths, "index_ids": index_ids, "pending": pending, "statuses": dict(statuses)}


def complete(state: dict, files: list) -> bool:
    """Every file's article exactly once, in SQLite and in Whoosh, nothing pending."""
    return (
        len(state["ids"]) == len(set(state["ids"])) == len(files)
        and set(state["ids"]) == state["index_ids"]
        and sorted(state["paths"]) == sorted(str(p.resolve()) for p in files)
        and state["pending"] == 0
    )


def _reset(db: Path) -> None:
    import shutil

    from indexer.sync import index_path_for, lock_path_for

    for path in (db, Path(f"{db}-wal"), Path(f"{db}-shm"), lock_path_for(db)):
        path.unlink(missing_ok=True)
    shutil.rmtree(index_path_for(db), ignore_errors=True)


def crash_loop(workdir, articles: int = 3000, rounds: int = 32, seed: int = 7, reindex_kills: int = 2,
               on_round=None) -> dict:
    """The whole experiment; returns the rounds and the final state (see the module's doc).

    When an import is found to have finished before its kill (the archive is full), the archive
    is checked complete (``cycles``) and started afresh, so long runs keep killing writers.
    """
    workdir = Path(workdir)
    rnd = random.Random(seed)
    folder = workdir / "articles"
    files = generate_text_articles(folder, articles, seed=seed)
    db = workdir / "archive.db"
    results, cycles = [], []
    for number in range(rounds):
        kind = KINDS[number % len(KINDS)] if number else "random"
        outcome = kill_import_once(db, folder, kind, rnd, workdir)
        if outcome["landed"] == "finished" and outcome["returncode"] != 0:
            outcome["landed"] = f"exited by itself with status {outcome['returncode']}"  # a failure
        outcome.update(check_after(db) if db.exists() else {"check_rc": 0, "check_output": "(no database yet)",
                                                           "repaired": 0})
        results.append(outcome)
        if on_round:
            on_round(number, outcome)
        if outcome["landed"] == "finished":
            cycles.append(complete(stored_state(db), files))
            _reset(db)
    completed = run_archive("import", db, folder, "--silent", "--batch-size", BATCH_SIZE)
    for number in range(reindex_kills):
        outcome = kill_reindex_once(db, rnd)
        outcome.update(check_after(db))
        results.append(outcome)
        if on_round:
            on_round(rounds + number, outcome)
    final_import = run_archive("import", db, folder, "--silent", "--batch-size", BATCH_SIZE)
    final_check = run_archive("check", db)
    state = stored_state(db)
    return {
        "files": len(files),
        "rounds": results,
        "cycles": cycles + [complete(state, files)],
        "completing_import": completed,
        "final_import": final_import,
        "final_check": final_check,
        "state": state,
        "expected_paths": {str(p.resolve()) for p in files},
    }


def summary_rows(outcome: dict) -> list:
    """Per kind of kill: rounds, killed, checks OK, repairs needed."""
    by_kind = collections.OrderedDict()
    for result in outcome["rounds"]:
        row = by_kind.setdefault(result["landed"], {"rounds": 0, "check_ok": 0, "repaired": 0, "ids_repaired": 0})
        row["rounds"] += 1
        row["check_ok"] += result["check_rc"] == 0
        row["repaired"] += result["repaired"] > 0
        row["ids_repaired"] += result["repaired"]
    return [dict(kind=kind, **row) for kind, row in by_kind.items()]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=100, help="import kills (default 100)")
    parser.add_argument("--articles", type=int, default=2000, help="generated articles (default 2000)")
    parser.add_argument("--reindex-kills", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="archive-faults-") as workdir:
        outcome = crash_loop(workdir, args.articles, args.rounds, args.seed, args.reindex_kills,
                             on_round=lambda n, r: print(f"round {n + 1}: {r['landed']} after {r['after_s']} s, "
                                                         f"check {r['check_rc']}, repaired {r['repaired']}",
                                                         file=sys.stderr))
    state = outcome["state"]
    print("| killed during | rounds | `archive check` exit 0 | repairs run | ids repaired |")
    print("|---|---|---|---|---|")
    for row in summary_rows(outcome):
        print(f"| {row['kind']} | {row['rounds']} | {row['check_ok']} | {row['repaired']} | {row['ids_repaired']} |")
    failures = [r for r in outcome["rounds"] if r["landed"].startswith("exited") or r["check_rc"]]
    ok = all(outcome["cycles"]) and outcome["final_check"].returncode == 0 and not failures
    print()
    print(f"{outcome['files']:,} files; the archive filled {len(outcome['cycles'])} time(s), each time complete: "
          f"{all(outcome['cycles'])}; after the last import: {len(state['ids']):,} rows, "
          f"{len(set(state['ids'])):,} distinct ids, {len(state['index_ids']):,} Whoosh documents, "
          f"{state['pending']} pending; imports of the last archive: {state['statuses']}; "
          f"{'nothing lost, nothing doubled' if ok else 'MISMATCH'}; {time.perf_counter() - started:.0f} s")
    for result in failures[:5]:
        print(f"failure: {result['landed']}: {result['output'][-2000:]} {result['check_output']}", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
