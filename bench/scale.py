"""Scale benchmark (issue #6): N generated articles through our import and search, beside the
floor (read + tokenise, plain SQLite inserts) and the peer (SQLite FTS5, Datasette's own search).

    .venv/bin/python bench/scale.py --n 10000 [--workdir /tmp/scale-10000] [--json results.json]
                                    [--skip-ours] [--skip-peer] [--queries-repeat 20] [--keep]

1. Builds (or reuses) N articles as JSON Lines, 10,000 a file, in WORKDIR/jsonl/ (bench/scale_gen.py:
   varied from the real corpora in ../shared/corpora/, deterministic, streamed).
2. Ours: ``archive import DB WORKDIR/jsonl --silent`` in a subprocess (wall time, articles/s, peak
   memory of its process tree polled from /proc), then the SQLite and Whoosh sizes; the search mix
   through the library as ``/-/search`` calls it (page of 20 with highlights, every matching id,
   then the page's own facet, story and metadata queries in SQLite), and Datasette in process
   (``/-/search`` and the articles table with its metadata.yml facets, ``archive serve``'s settings).
3. Floor and peer on the same JSON Lines, each in a subprocess measured the same way: json.loads +
   a regex tokeniser; sqlite-utils ``insert_all`` with no index; an FTS5 (porter) table built by
   triggers as the rows are inserted; then bm25 queries with snippets for the same mix, and
   Datasette's table search with ``_facet=outlet``.

Prints one markdown table with the issue's targets and pass/fail. Generated text stays under the
work folder (default /tmp/scale-N); the databases are deleted at the end unless ``--keep``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
for _path in (str(ROOT), str(BENCH)):
    if _path not in sys.path:
        sys.path.insert(0, _path)

PER_FILE = 10_000
SEED = 1
MiB = 1024 * 1024
# What ``archive serve`` gives Datasette (archive/cli.py serve).
SERVE_SETTINGS = {"sql_time_limit_ms": 3000, "facet_time_limit_ms": 1000, "default_page_size": 50,
                  "max_returned_rows": 1000, "suggest_facets": False}
TARGETS = {"import_per_s": 1000, "search_p95_ms": 100, "page_ratio": 3.0, "table_ms": 500, "memory_mb": 2048}

# The query mix: ours in Whoosh syntax as typed on /-/search, the peer's as an FTS5 MATCH expression.
# "name variants": ours expands al-Hol to its other spellings (the name table in archive/data/); the FTS5 query
# is given the same spellings by hand, as its user would have to type them.
QUERIES = [
    {"kind": "rare term", "q": "Kyoto", "fts": "Kyoto"},
    {"kind": "common term", "q": "government", "fts": "government"},
    {"kind": "two-term AND", "q": "economy AND growth", "fts": "economy AND growth"},
    {"kind": "phrase", "q": '"prime minister"', "fts": '"prime minister"'},
    {"kind": "prefix", "q": "champion*", "fts": "champion*"},
    {"kind": "name variants", "q": "al-Hol", "fts": "hol OR hawl OR houl"},
    {"kind": "date sort", "q": "election", "sort": "date", "fts": "election"},
    {"kind": "year filter", "q": "music", "year": 2021, "fts": "music"},
]
SUMMARY = re.compile(r"([\d,]+) imported, ([\d,]+) updated, ([\d,]+) unchanged, ([\d,]+) skipped as duplicate, "
                     r"([\d,]+) failed")


def log(message: str) -> None:
    print(f"[scale {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def percentile(values, fraction: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(fraction * (len(values) - 1))))]


def latency(values) -> dict:
    return {"p50": statistics.median(values), "p95": percentile(values, 0.95), "p99": percentile(values, 0.99),
            "n": len(values)}


def folder_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.exists() else 0


def db_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists())


# -- the collection --------------------------------------------------------------------------------
def ensure_collection(n: int, workdir: Path, seed: int, jobs: int) -> dict:
    """The JSON Lines for N articles in WORKDIR/jsonl, generated where missing; the manifest."""
    from scale_gen import GENERATOR_VERSION, Generator, _worker_file, _worker_init

    folder = workdir / "jsonl"
    folder.mkdir(parents=True, exist_ok=True)
    manifest_path = workdir / "manifest.json"
    key = {"generator": GENERATOR_VERSION, "seed": seed, "n": n, "per_file": PER_FILE}
    manifest = json.loads(manifest_path.read_text()) if manifest_path.exists() else {}
    if {k: manifest.get(k) for k in key} != key:
        for old in folder.glob("*"):
            old.unlink()
        manifest = dict(key, files={})
    done = manifest["files"]
    for partial in folder.glob("*.partial"):  # a generation that was interrupted
        partial.unlink()
    jobs_todo = []
    for index, start in enumerate(range(0, n, PER_FILE)):
        name = f"articles-{index:05d}.jsonl"
        path = folder / name
        if name in done and path.exists() and path.stat().st_size == done[name]["bytes"]:
            continue
        jobs_todo.append((str(path), index, start, min(PER_FILE, n - start)))
    started = time.perf_counter()
    if jobs_todo:
        log(f"generating {sum(j[3] for j in jobs_todo):,} articles in {len(jobs_todo)} files into {folder} ({jobs} jobs)")

        def record(result):
            done[result["file"]] = result
            manifest_path.write_text(json.dumps(manifest, indent=1))

        if jobs > 1 and len(jobs_todo) > 1:
            import multiprocessing

            with multiprocessing.get_context("fork").Pool(jobs, initializer=_worker_init, initargs=(seed,)) as pool:
                for result in pool.imap(_worker_file, jobs_todo):
                    record(result)
        else:
            generator = Generator(seed)
            for path, index, start, count in jobs_todo:
                record(generator.write_file(Path(path), index, start, count))
        manifest["generated_seconds"] = time.perf_counter() - started
        manifest_path.write_text(json.dumps(manifest, indent=1))
        log(f"generated in {manifest['generated_seconds']:.1f} s")
        reused = False
    else:
        reused = True
    files = sorted(folder / name for name in done)
    return {
        "n": n, "seed": seed, "files": [str(f) for f in files], "folder": str(folder),
        "text_bytes": sum(v["text_bytes"] for v in done.values()),
        "jsonl_bytes": sum(v["bytes"] for v in done.values()),
        "generated_seconds": None if reused else manifest.get("generated_seconds"),
        "reused": reused,
    }


def jsonl_files(folder: Path) -> list:
    return sorted(folder.glob("*.jsonl"))


# -- measuring a child process -----------------------------------------------------------------------
PAGE = os.sysconf("SC_PAGE_SIZE")


def _process_tree(root: int) -> list:
    children: dict = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as handle:
                stat = handle.read()
        except OSError:
            continue
        ppid = int(stat[stat.rfind(b")") + 2:].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    tree, todo = [], [root]
    while todo:
        pid = todo.pop()
        tree.append(pid)
        todo += children.get(pid, [])
    return tree


def _memory(pids: list) -> tuple:
    """(RSS, PSS, anonymous, file-backed PSS) summed over ``pids``, in bytes: anonymous is the heap
    (and numpy's arrays), file-backed PSS the mapped files (segments, postings files) counted once."""
    rss = pss = anonymous = pss_file = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/statm") as handle:
                rss += int(handle.read().split()[1]) * PAGE
            with open(f"/proc/{pid}/smaps_rollup") as handle:
                for line in handle:
                    if line.startswith("Pss:"):
                        pss += int(line.split()[1]) * 1024
                    elif line.startswith("Pss_File:"):
                        pss_file += int(line.split()[1]) * 1024
                    elif line.startswith("Anonymous:"):
                        anonymous += int(line.split()[1]) * 1024
        except (OSError, ValueError, IndexError):
            continue
    return rss, pss, anonymous, pss_file


# A fresh interpreter that runs the command and reports getrusage(RUSAGE_CHILDREN).ru_maxrss: a child's
# maxrss starts at its parent's RSS when it forks, so measured from this (large) process it would be wrong.
_WRAPPER = (
    "import json, resource, subprocess, sys\n"
    "code = subprocess.call(sys.argv[2:])\n"
    "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "open(sys.argv[1], 'w').write(json.dumps({'code': code, 'maxrss_kb': usage.ru_maxrss}))\n"
    "sys.exit(code)\n"
)


def run_measured(command: list, interval: float = 0.2, **popen) -> dict:
    """Run ``command``; wall time, exit code, output, and peak memory: the largest process's maxrss
    (by a fresh wrapper, see _WRAPPER), and the RSS and PSS (shared pages counted once) summed over
    the command's process tree (it and any workers it starts), polled from /proc."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile("r", suffix=".json") as report:
        started = time.perf_counter()
        wrapper = subprocess.Popen([sys.executable, "-c", _WRAPPER, report.name] + list(command),
                                   stdout=out, stderr=err, **popen)
        peak_rss = peak_pss = peak_anonymous = peak_pss_file = 0
        while wrapper.poll() is None:
            tree = [pid for pid in _process_tree(wrapper.pid) if pid != wrapper.pid]
            rss, pss, anonymous, pss_file = _memory(tree)
            peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
            peak_anonymous, peak_pss_file = max(peak_anonymous, anonymous), max(peak_pss_file, pss_file)
            # Often at first, then less (reading smaps of a big process costs the machine a little).
            time.sleep(interval if time.perf_counter() - started < 10 else interval * 2.5)
        wall = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        try:
            measured = json.loads(report.read())
        except ValueError:
            measured = {"code": wrapper.returncode, "maxrss_kb": 0}
        maxrss = measured["maxrss_kb"] * 1024
        return {"wall_s": wall, "returncode": measured["code"], "stdout": out.read().decode("utf-8", "replace"),
                "stderr": err.read().decode("utf-8", "replace"), "peak_rss_bytes": max(peak_rss, maxrss),
                "peak_pss_bytes": peak_pss, "maxrss_bytes": maxrss, "polled_rss_bytes": peak_rss,
                "peak_anonymous_bytes": peak_anonymous, "peak_pss_file_bytes": peak_pss_file}


# -- ours ----------------------------------------------------------------------------------------------
def archive_command() -> list:
    """The installed ``archive`` entry point beside this Python, else ``python -m archive.cli``."""
    script = Path(sys.executable).parent / "archive"
    return [str(script)] if script.exists() else [sys.executable, "-m", "archive.cli"]


def _run_import(collection: dict, db_path: Path, label: str) -> tuple:
    """``archive import`` of the collection into ``db_path``, measured: (command, run, summary match)."""
    command = archive_command() + ["import", str(db_path), collection["folder"], "--silent"]
    log(f"{label}: " + " ".join(command))
    run = run_measured(command, cwd=ROOT)
    summary = SUMMARY.search(run["stderr"])
    if run["returncode"] not in (0, 1) or not summary:
        raise SystemExit(f"archive import failed (exit {run['returncode']}):\n{run['stderr'][-3000:]}")
    return command, run, summary


def import_ours(collection: dict, db_path: Path) -> dict:
    for stale in (db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm"), db_path.with_suffix(".db.lock")):
        stale.unlink(missing_ok=True)
    shutil.rmtree(db_path.with_name(db_path.stem + ".whoosh"), ignore_errors=True)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    command, run, summary = _run_import(collection, db_path, "ours")
    imported, updated, unchanged, duplicates, failed = (int(x.replace(",", "")) for x in summary.groups())
    result = {"command": command, "wall_s": run["wall_s"], "returncode": run["returncode"],
              "imported": imported, "updated": updated, "unchanged": unchanged, "duplicates": duplicates,
              "failed": failed, "peak_rss_bytes": run["peak_rss_bytes"], "peak_pss_bytes": run["peak_pss_bytes"],
              "peak_anonymous_bytes": run["peak_anonymous_bytes"], "peak_pss_file_bytes": run["peak_pss_file_bytes"],
              "maxrss_bytes": run["maxrss_bytes"], "summary": run["stderr"].strip().splitlines()[-1][:500]}
    result["articles_per_s"] = imported / run["wall_s"]
    log(f"ours: {result['summary']} in {run['wall_s']:.1f} s, peak RSS {run['peak_rss_bytes'] / 2**20:,.0f} MiB")
    # Kept beside the database, so that a later --reuse-db run reports the import it measured.
    (db_path.parent / "import.json").write_text(json.dumps(result, default=str))
    return result


def resume_ours(collection: dict, db_path: Path) -> dict:
    """Finish an import of this collection that was stopped (Ctrl-C, or killed at the end of a
    working session): ``archive import`` again on the kept archive (the stored articles are skipped
    as unchanged), then report every run together from the archive: the articles each run stored
    (``import_id``) over the runs' summed wall time. A run that did not finish counts until its
    last committed batch (the batch it lost is done again, and timed, by the next run). Peak memory
    is the largest of this run's and of those in ``import-peaks.json`` beside the database (bytes,
    one number per earlier run, when something measured them)."""
    import datetime as dt

    command, run, _ = _run_import(collection, db_path, "ours (resumed)")
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    runs = []
    try:
        for run_id, started, finished, status, duplicates, failed in conn.execute(
                "select id, started, finished, status, duplicates, failed from imports where paths = ? order by id",
                [json.dumps([collection["folder"]])]).fetchall():
            stored = conn.execute("select count(*) from articles where import_id = ?", [run_id]).fetchone()[0]
            last = conn.execute("select imported_at from articles where import_id = ? order by rowid desc limit 1",
                                [run_id]).fetchone()
            end = finished if status == "completed" else (last[0] if last else started)
            runs.append({"id": run_id, "started": started, "ended": end, "status": status, "stored": stored,
                         "duplicates": duplicates or 0, "failed": failed or 0,
                         "seconds": (dt.datetime.fromisoformat(end) - dt.datetime.fromisoformat(started)).total_seconds()})
    finally:
        conn.close()
    peaks_file = db_path.parent / "import-peaks.json"
    earlier_peaks = json.loads(peaks_file.read_text()) if peaks_file.exists() else []
    result = {"command": command, "runs": runs, "wall_s": sum(r["seconds"] for r in runs),
              "returncode": run["returncode"], "imported": sum(r["stored"] for r in runs), "updated": 0,
              "unchanged": 0, "duplicates": sum(r["duplicates"] for r in runs), "failed": sum(r["failed"] for r in runs),
              "peak_rss_bytes": max([run["peak_rss_bytes"], *earlier_peaks]),
              "peak_pss_bytes": run["peak_pss_bytes"], "maxrss_bytes": run["maxrss_bytes"],
              "peak_anonymous_bytes": run["peak_anonymous_bytes"], "peak_pss_file_bytes": run["peak_pss_file_bytes"],
              "summary": f"{len(runs)} runs; the last: " + run["stderr"].strip().splitlines()[-1][:400]}
    result["articles_per_s"] = result["imported"] / result["wall_s"]
    log(f"ours: {result['imported']:,} stored in {len(runs)} runs, {result['wall_s']:.1f} s in all")
    (db_path.parent / "import.json").write_text(json.dumps(result, default=str))
    return result


def ours_facts(db_path: Path) -> dict:
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        count = conn.execute("select count(*) from articles").fetchone()[0]
        linked = conn.execute("select count(*) from articles where duplicate_of is not null").fetchone()[0]
    finally:
        conn.close()
    return {"count": count, "near_duplicates_linked": linked, "sqlite_bytes": db_bytes(db_path),
            "whoosh_bytes": folder_bytes(db_path.with_name(db_path.stem + ".whoosh"))}


class _Result:
    def __init__(self, rows):
        self.rows = rows

    def first(self):
        return self.rows[0] if self.rows else None


class _Database:
    """What the search page's helpers need of a Datasette database, on one sqlite3 connection."""

    def __init__(self, path: Path):
        self.conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self.conn.row_factory = sqlite3.Row

    async def execute(self, sql, params=None):
        return _Result(self.conn.execute(sql, params or {}).fetchall())


def searcher_for(db: Path):
    """``one(query) -> (page, (metadata, story sizes, counted, facets))``: a search of the mix on the
    archive at ``db`` exactly as datasette_plugins/search.py makes it. ``one.database`` is the
    connection it reads with; ``one.close()`` closes it and the event loop."""
    from datasette_plugins import search as page_module
    from datasette_plugins.archive_db import index_for_path, text_fetcher

    index = index_for_path(db)
    fetch = text_fetcher(db)
    database = _Database(db)
    loop = asyncio.new_event_loop()

    def one(query: dict):
        filters = {"outlet": None, "year": query.get("year"), "tags": []}
        page = index.search(query["q"], page=1, pagelen=page_module.PAGE_SIZE, sort=query.get("sort", "relevance"),
                            filters=filters, fetch_texts=fetch, want_all_ids=True, time_limit=3.0,
                            collapse=True, expand=True)

        async def sql():
            metadata = await page_module.hit_metadata(database, [h.id for h in page.hits])
            sizes = await page_module.story_sizes(database, [h.story for h in page.hits])
            # With the story count; from the index's arrays when it ranked on them, as the page does.
            counted = index.facet_counts(page)
            facets = await page_module.facet_counts(database, page.all_ids, counted=counted)
            return metadata, sizes, counted, facets

        return page, loop.run_until_complete(sql())

    def close():
        loop.close()
        database.conn.close()

    one.database, one.close = database, close
    return one


def search_ours(db_path: Path, repeat: int) -> dict:
    """The query mix through the library exactly as datasette_plugins/search.py calls it."""
    search = searcher_for(db_path)
    database = search.database

    def one(query: dict):
        page, (_, _, _, facets) = search(query)
        return page, facets["stories"], facets

    per_query, everything = {}, []
    for query in QUERIES:  # warm: every query once first
        page, stories, facets = one(query)
        ids = [h.id for h in page.hits]
        urls = dict(database.conn.execute(
            "select id, url from articles where id in (%s)" % ",".join("?" * len(ids)), ids).fetchall()) if ids else {}
        per_query[query["kind"]] = {"q": query["q"], "total": page.total, "stories": stories,
                                    "timed_out": page.timed_out, "top_ids": ids,
                                    "top": [urls.get(i) for i in ids],  # the source URLs, to compare with the peer's
                                    "highlighted": sum("<mark" in h.snippet_html for h in page.hits),
                                    "outlets": len(facets["outlet"]), "ms": []}
    cpu_all = []
    for _ in range(repeat):
        for query in QUERIES:
            started, cpu = time.perf_counter(), time.thread_time()
            page, _, _ = one(query)
            elapsed = (time.perf_counter() - started) * 1000
            per_query[query["kind"]]["ms"].append(elapsed)
            # The CPU time of this thread (the search and its SQL run in it): the code's cost, less
            # moved than the wall time by other processes sharing the cores.
            per_query[query["kind"]].setdefault("cpu_ms", []).append((time.thread_time() - cpu) * 1000)
            cpu_all.append(per_query[query["kind"]]["cpu_ms"][-1])
            per_query[query["kind"]]["timed_out"] |= page.timed_out
            everything.append(elapsed)
    search.close()
    for entry in per_query.values():
        entry.update(latency(entry.pop("ms")))
        entry["cpu"] = latency(entry.pop("cpu_ms", []) or [0.0])
    return {"all": latency(everything), "cpu": latency(cpu_all or [0.0]), "per_query": per_query,
            "load": [round(x, 2) for x in os.getloadavg()]}


def datasette_settings() -> dict:
    return dict(SERVE_SETTINGS)


_TIMED_OUT = re.compile(r"These facets timed out: ([^<]*)<")


def facets_timed_out(html: str) -> list:
    """The facets Datasette's table page says timed out (facet_time_limit_ms)."""
    match = _TIMED_OUT.search(html)
    return [name.strip() for name in match.group(1).split(",")] if match else []


def search_params(query: dict) -> dict:
    """Our `/-/search` page's parameters for a query of the mix."""
    params = {"q": query["q"]}
    if query.get("sort"):
        params["sort"] = query["sort"]
    if query.get("year"):
        params["year"] = str(query["year"])
    return params


def peer_params(query: dict) -> dict:
    """Datasette's FTS table search parameters for the same query (the peer's page)."""
    params = {"_search": query["fts"], "_searchmode": "raw", "_facet": "outlet"}
    if query.get("sort") == "date":
        params["_sort_desc"] = "published"
    if query.get("year"):
        params["year"] = str(query["year"])
    return params


def pages_ours(db_path: Path, repeat: int) -> dict:
    from datasette.app import Datasette

    from archive.cli import metadata_for

    ds = Datasette([str(db_path)], metadata=metadata_for(db_path, ROOT / "metadata.yml"),
                   settings=datasette_settings())
    name = db_path.stem

    async def go():
        refused = {}  # query kind (or "table") -> statuses other than 200, counted
        for query in QUERIES:  # warm
            await ds.client.get("/-/search", params=search_params(query))
        response = await ds.client.get(f"/{name}/articles")
        timed_out = set(facets_timed_out(response.text))
        search, table = [], []
        for _ in range(repeat):
            for query in QUERIES:
                started = time.perf_counter()
                response = await ds.client.get("/-/search", params=search_params(query))
                search.append((time.perf_counter() - started) * 1000)
                _count_refused(refused, query["kind"], response)
            started = time.perf_counter()
            response = await ds.client.get(f"/{name}/articles")
            table.append((time.perf_counter() - started) * 1000)
            _count_refused(refused, "table", response)
            timed_out |= set(facets_timed_out(response.text))
        return {"search": latency(search), "table": latency(table), "table_facets_timed_out": sorted(timed_out),
                "refused": refused}

    return asyncio.run(go())


def _count_refused(refused: dict, kind: str, response) -> None:
    """A page that did not answer 200 (Datasette's 400 is its SQL time limit) is counted, its time kept."""
    if response.status_code != 200:
        counts = refused.setdefault(kind, {})
        counts[str(response.status_code)] = counts.get(str(response.status_code), 0) + 1


def _refused_note(refused: dict, total: int) -> str:
    """' (12 of 160 answered 400 (the SQL time limit): common term, phrase)', or '' when all answered 200."""
    if not refused:
        return ""
    statuses = {}
    for counts in refused.values():
        for status, n in counts.items():
            statuses[status] = statuses.get(status, 0) + n
    told = "; ".join(f"{n:,} of {total:,} answered {status}" + (" (the SQL time limit)" if status == "400" else "")
                     for status, n in sorted(statuses.items()))
    return f" ({told}: {', '.join(sorted(refused))})"


# -- floor and peer (stages run in a subprocess: python bench/scale.py --stage NAME --workdir W) -----------
TOKEN = re.compile(r"\w+")


def _records(folder: Path):
    for path in jsonl_files(folder):
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                yield json.loads(line)


def _peer_rows(folder: Path):
    for record in _records(folder):
        published = (record.get("published") or "")[:10]
        yield {"id": record["id"], "title": record.get("title"), "body": record.get("body"),
               "outlet": record.get("outlet"), "published": published or None,
               "year": int(published[:4]) if published else None, "month": published[:7] or None,
               "tags": json.dumps(record.get("tags") or [], ensure_ascii=False), "author": record.get("author"),
               "url": record.get("url")}


PEER_COLUMNS = {"id": str, "title": str, "body": str, "outlet": str, "published": str, "year": int, "month": str,
                "tags": str, "author": str, "url": str}


def stage(name: str, workdir: Path) -> dict:
    folder = workdir / "jsonl"
    started = time.perf_counter()
    if name == "floor-read":
        articles = tokens = 0
        for record in _records(folder):
            tokens += len(TOKEN.findall(((record.get("title") or "") + "\n" + (record.get("body") or "")).lower()))
            articles += 1
        return {"articles": articles, "tokens": tokens, "seconds": time.perf_counter() - started}
    import sqlite_utils

    path = workdir / ("floor" if name == "floor-insert" else "peer") / ("insert.db" if name == "floor-insert" else "peer.db")
    path.parent.mkdir(parents=True, exist_ok=True)
    for stale in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        stale.unlink(missing_ok=True)
    db = sqlite_utils.Database(path)
    db.execute("PRAGMA journal_mode=WAL")  # as ours, and as a database served while it is written
    table = db["articles"]
    if name == "floor-insert":
        table.insert_all(_peer_rows(folder), batch_size=500)
    elif name == "fts5":
        table.create(PEER_COLUMNS, pk="id")
        table.enable_fts(["title", "body"], tokenize="porter", create_triggers=True)
        table.insert_all(_peer_rows(folder), batch_size=500)
        for column in ("outlet", "published", "year"):  # what Datasette's facets and sorts use, as ours has
            table.create_index([column])
    else:
        raise SystemExit(f"unknown stage {name}")
    count = table.count
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return {"articles": count, "seconds": time.perf_counter() - started, "db": str(path), "bytes": db_bytes(path)}


def run_stage(name: str, workdir: Path) -> dict:
    command = [sys.executable, str(Path(__file__).resolve()), "--stage", name, "--workdir", str(workdir)]
    log(f"{name}: " + " ".join(command))
    run = run_measured(command, cwd=ROOT)
    if run["returncode"] != 0:
        raise SystemExit(f"stage {name} failed:\n{run['stderr'][-3000:]}")
    result = json.loads(run["stdout"].strip().splitlines()[-1])
    result.update(wall_s=run["wall_s"], peak_rss_bytes=run["peak_rss_bytes"], peak_pss_bytes=run["peak_pss_bytes"],
                  articles_per_s=result["articles"] / result["seconds"])  # the work, not the interpreter's start
    log(f"{name}: {result['articles']:,} articles in {result['seconds']:.1f} s ({run['wall_s']:.1f} s wall)")
    return result


def build_peer(workdir: Path) -> dict:
    """The FTS5 peer's build, its figures kept beside it for a later --reuse-db run."""
    result = run_stage("fts5", workdir)
    (workdir / "peer" / "build.json").write_text(json.dumps(result, default=str))
    return result


FTS_TOP = ("select a.url, highlight(articles_fts, 0, '<mark>', '</mark>') as title_html, "
           "snippet(articles_fts, 1, '<mark>', '</mark>', ' … ', 32) as snippet "
           "from articles_fts join articles a on a.rowid = articles_fts.rowid "
           "where articles_fts match :q {year} order by {order} limit 20")
FTS_HITS = "a.rowid in (select rowid from articles_fts where articles_fts match :q) {year}"
FTS_FACETS = [
    "select count(*) from articles a where " + FTS_HITS,
    "select a.outlet, count(*) as n from articles a where " + FTS_HITS + " group by a.outlet order by n desc limit 12",
    "select a.year, count(*) as n from articles a where " + FTS_HITS + " and a.year is not null "
    "group by a.year order by a.year desc limit 12",
    "select t.value, count(*) as n from articles a, json_each(a.tags) t where " + FTS_HITS
    + " group by t.value order by n desc limit 12",
]


def search_peer(db_path: Path, repeat: int) -> dict:
    """The same mix as FTS5 MATCH: top 20 by bm25 (or date) with a highlighted title and a snippet;
    then, as our page does, the total and outlet, year and tag counts over every hit."""
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)

    def one(query: dict, facets: bool):
        year = "and a.year = :year" if query.get("year") else ""
        params = {"q": query["fts"], "year": query.get("year")}
        order = "a.published desc" if query.get("sort") == "date" else "rank"
        rows = conn.execute(FTS_TOP.format(year=year, order=order), params).fetchall()
        total = None
        if facets:
            total = conn.execute(FTS_FACETS[0].format(year=year), params).fetchone()[0]
            for sql in FTS_FACETS[1:]:
                conn.execute(sql.format(year=year), params).fetchall()
        return rows, total

    per_query, bare, full = {}, [], []
    for query in QUERIES:
        rows, total = one(query, True)
        per_query[query["kind"]] = {"fts": query["fts"], "total": total, "top": [r[0] for r in rows],
                                    "bare_ms": [], "full_ms": []}
    for _ in range(repeat):
        for query in QUERIES:
            for facets, sink in ((False, bare), (True, full)):
                started = time.perf_counter()
                one(query, facets)
                elapsed = (time.perf_counter() - started) * 1000
                sink.append(elapsed)
                per_query[query["kind"]]["full_ms" if facets else "bare_ms"].append(elapsed)
    conn.close()
    for entry in per_query.values():
        entry["bare"] = latency(entry.pop("bare_ms"))
        entry["full"] = latency(entry.pop("full_ms"))
    return {"bare": latency(bare), "full": latency(full), "per_query": per_query}


def pages_peer(db_path: Path, repeat: int) -> dict:
    """Datasette's own FTS search on the peer's table: ``?_search=...&_searchmode=raw&_facet=outlet``."""
    from datasette.app import Datasette

    ds = Datasette([str(db_path)], settings=datasette_settings())
    name = db_path.stem

    async def go():
        counts, refused = {}, {}
        for query in QUERIES:  # warm, and check it searched (at 1M the common words pass the SQL time limit: 400)
            response = await ds.client.get(f"/{name}/articles.json", params=peer_params(query))
            data = response.json() if response.status_code == 200 else {}
            counts[query["kind"]] = {"filtered_table_rows_count": data.get("filtered_table_rows_count"),
                                     "status": response.status_code, "facets_timed_out": []}
        timings = []
        for _ in range(repeat):
            for query in QUERIES:
                started = time.perf_counter()
                response = await ds.client.get(f"/{name}/articles", params=peer_params(query))
                timings.append((time.perf_counter() - started) * 1000)
                _count_refused(refused, query["kind"], response)
                entry = counts[query["kind"]]["facets_timed_out"]
                entry += [f for f in facets_timed_out(response.text) if f not in entry]
        return {"search": latency(timings), "per_query": counts, "refused": refused,
                "facets_timed_out": sorted({f for c in counts.values() for f in c["facets_timed_out"]})}

    return asyncio.run(go())


# -- the table -----------------------------------------------------------------------------------------
def _n(value, digits=0) -> str:
    return "—" if value is None else f"{value:,.{digits}f}"


def _ms(lat, keys=("p50", "p95", "p99")) -> str:
    return " / ".join(_n(lat[k], 0 if lat[k] >= 10 else 1) for k in keys) + " ms"


def _ratio(a, b) -> str:
    if not a or not b:
        return "—"
    r = a / b
    return f"{r:,.0f}×" if r >= 10 else f"{r:.1f}×" if r >= 1 else f"{r:.2g}×"


def _pass(ok) -> str:
    return "—" if ok is None else ("pass" if ok else "**FAIL**")


def build_rows(results: dict) -> list:
    rows = []
    c = results["collection"]
    raw = c["text_bytes"]
    ours, floor, peer = results.get("ours"), results.get("floor"), results.get("peer")
    fts = (peer or {}).get("build")
    if fts and fts.get("reused") and "articles_per_s" not in fts:  # kept without its build figures: size only
        rows_note, fts = fts, None
    else:
        rows_note = None
    if ours:
        imp = ours["import"]
        if imp.get("reused") and "articles_per_s" not in imp:
            rows.append(["ours: `archive import` (subprocess)", "reused (--reuse-db)", "—", "≥ 1,000 articles/s", "—"])
        else:
            compared = []
            if fts:
                compared.append(f"{_ratio(imp['articles_per_s'], fts['articles_per_s'])} FTS5")
            if floor:
                compared.append(f"{_ratio(imp['articles_per_s'], floor['insert']['articles_per_s'])} SQLite insert")
                compared.append(f"{_ratio(imp['articles_per_s'], floor['read']['articles_per_s'])} read+tokenise")
            rows.append([
                "ours: `archive import` (subprocess), articles/s"
                + (" (measured by the --keep run that built it)" if imp.get("reused") else "")
                + (f" (in {len(imp['runs'])} runs: stopped and resumed)" if len(imp.get("runs") or []) > 1 else ""),
                f"{_n(imp['articles_per_s'])} ({_n(imp['wall_s'], 1)} s; {imp['imported']:,} imported, "
                f"{imp['duplicates']:,} duplicates, {imp['failed']:,} failed)",
                ", ".join(compared) or "—", f"≥ {TARGETS['import_per_s']:,}",
                _pass(imp["articles_per_s"] >= TARGETS["import_per_s"]),
            ])
            mem = imp["peak_rss_bytes"] / MiB
            rows.append([
                "ours: peak memory of the import (process tree RSS; peak anonymous / file-backed PSS)",
                f"{_n(mem)} MB (PSS {_n(imp['peak_pss_bytes'] / MiB)} MB"
                + (f"; anonymous {_n(imp['peak_anonymous_bytes'] / MiB)} / file {_n(imp['peak_pss_file_bytes'] / MiB)} MB)"
                   if imp.get("peak_anonymous_bytes") else ")"),
                f"FTS5 build {_n(fts['peak_rss_bytes'] / MiB)} MB" if fts else "—",
                f"< {TARGETS['memory_mb']:,} MB", _pass(mem < TARGETS["memory_mb"]),
            ])
        facts = ours["facts"]
        rows.append([
            "ours: SQLite / Whoosh size",
            f"{_n(facts['sqlite_bytes'] / 1e6, 1)} / {_n(facts['whoosh_bytes'] / 1e6, 1)} MB "
            f"({_ratio(facts['sqlite_bytes'], raw)} / {_ratio(facts['whoosh_bytes'], raw)} the {raw / 1e6:,.1f} MB of text)",
            f"FTS5 database {_n((fts or rows_note)['bytes'] / 1e6, 1)} MB ({_ratio((fts or rows_note)['bytes'], raw)})"
            if (fts or rows_note) else "—", "", "",
        ])
        s = ours["search"]["all"]
        full = (peer or {}).get("search", {}).get("full")
        rows.append([
            f"ours: search p50 / p95 / p99 ({len(QUERIES)} queries × {results['repeat']}; page of 20 with "
            "highlights + facet counts, as /-/search)",
            _ms(s) + (f" (CPU {_ms(ours['search']['cpu'])}; load {ours['search']['load'][0]:.1f})"
                      if "cpu" in ours["search"] else ""),
            f"p95 {_ratio(s['p95'], full['p95'])} FTS5 (with counts and facets)" if full else "—",
            f"p95 < {TARGETS['search_p95_ms']} ms", _pass(s["p95"] < TARGETS["search_p95_ms"]),
        ])
        pages = ours["pages"]
        peer_page = (peer or {}).get("pages", {}).get("search")
        ratio = pages["search"]["p95"] / peer_page["p95"] if peer_page else None
        rows.append([
            "ours: Datasette `/-/search` p50 / p95",
            _ms(pages["search"], ("p50", "p95"))
            + _refused_note({k: v for k, v in pages.get("refused", {}).items() if k != "table"}, pages["search"]["n"]),
            f"p95 {_ratio(pages['search']['p95'], peer_page['p95'])} Datasette FTS5 search" if peer_page else "—",
            f"p95 ≤ {TARGETS['page_ratio']:g}× peer" + (f" ({_n(peer_page['p95'] * TARGETS['page_ratio'])} ms)" if peer_page else ""),
            _pass(None if ratio is None else ratio <= TARGETS["page_ratio"]
                  and not any(k != "table" for k in pages.get("refused", {}))),
        ])
        timed_out = pages.get("table_facets_timed_out") or []
        rows.append([
            "ours: Datasette articles table with its facets p50 / p95",
            _ms(pages["table"], ("p50", "p95")) + (f" (facets timed out: {', '.join(timed_out)})" if timed_out else "")
            + _refused_note({k: v for k, v in pages.get("refused", {}).items() if k == "table"}, pages["table"]["n"]),
            "—", f"p95 < {TARGETS['table_ms']} ms",
            _pass(pages["table"]["p95"] < TARGETS["table_ms"] and not timed_out and "table" not in pages.get("refused", {})),
        ])
        if ours.get("serving_maxrss_bytes"):
            rows.append(["ours: peak memory serving (the search mix and the pages in one process)",
                         f"{_n(ours['serving_maxrss_bytes'] / MiB)} MB", "", f"< {TARGETS['memory_mb']:,} MB",
                         _pass(ours["serving_maxrss_bytes"] / MiB < TARGETS["memory_mb"])])
    if floor:
        read = floor["read"]
        rows.append(["floor: read + tokenise (json.loads, regex \\w+), articles/s",
                     f"{_n(read['articles_per_s'])} ({_n(read['seconds'], 1)} s; {c['jsonl_bytes'] / 1e6 / read['seconds']:,.0f} MB/s)",
                     "", "", ""])
        ins = floor["insert"]
        rows.append(["floor: SQLite insert_all, no index, articles/s",
                     f"{_n(ins['articles_per_s'])} ({_n(ins['seconds'], 1)} s; {ins['bytes'] / 1e6:,.1f} MB)", "", "", ""])
    if peer:
        if rows_note:
            rows.append(["peer: SQLite FTS5 (porter) build", "reused (--reuse-db)", "", "", ""])
        else:
            rows.append(["peer: SQLite FTS5 (porter) build, articles/s",
                         f"{_n(fts['articles_per_s'])} ({_n(fts['seconds'], 1)} s; peak {_n(fts['peak_rss_bytes'] / MiB)} MB)",
                         "", "", ""])
        rows.append(["peer: FTS5 bm25 top 20 + highlight + snippet p50 / p95 / p99", _ms(peer["search"]["bare"]), "", "", ""])
        rows.append(["peer: the same + total + outlet/year/tag counts p50 / p95 / p99", _ms(peer["search"]["full"]), "", "", ""])
        timed_out = peer["pages"].get("facets_timed_out")
        rows.append(["peer: Datasette `?_search=…&_facet=outlet` p50 / p95",
                     _ms(peer["pages"]["search"], ("p50", "p95"))
                     + (f" (facets timed out: {', '.join(timed_out)})" if timed_out else "")
                     + _refused_note(peer["pages"].get("refused", {}), peer["pages"]["search"]["n"]), "", "", ""])
    return rows


def render(results: dict) -> str:
    c = results["collection"]
    generated = "reused" if c["reused"] else f"generated in {c['generated_seconds']:.1f} s"
    lines = [
        f"N = {c['n']:,} articles ({len(c['files'])} JSONL files, {c['jsonl_bytes'] / 1e6:,.1f} MB; "
        f"{c['text_bytes'] / 1e6:,.1f} MB of title and body text; {generated}) in {c['folder']}",
        "",
        "| measure | figure | compared | target | pass |",
        "|---|---|---|---|---|",
    ]
    for row in build_rows(results):
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


def render_per_query(results: dict) -> str:
    lines = ["| query | ours hits | ours p50 / p95 ms | ours CPU p50 / p95 ms | FTS5 hits | FTS5+facets p50 / p95 ms "
             "| Datasette FTS5 page |",
             "|---|---|---|---|---|---|---|"]
    ours = (results.get("ours") or {}).get("search", {}).get("per_query", {})
    peer = (results.get("peer") or {}).get("search", {}).get("per_query", {})
    peer_pages = (results.get("peer") or {}).get("pages", {})
    for query in QUERIES:
        o, p = ours.get(query["kind"]), peer.get(query["kind"])
        page = peer_pages.get("per_query", {}).get(query["kind"])
        refused = peer_pages.get("refused", {}).get(query["kind"], {})
        if page is None:
            page_status = "—"
        elif refused:
            page_status = ", ".join(f"{n} × {status}" for status, n in sorted(refused.items())) + " (SQL time limit)" * ("400" in refused)
        else:
            page_status = "200"
        lines.append(" | ".join([
            f"| {query['kind']}: `{query['q']}`" + (f" sort={query['sort']}" if query.get("sort") else "")
            + (f" year={query['year']}" if query.get("year") else ""),
            (_n(o["total"]) + (" (3 s limit: counted so far)" if o.get("timed_out") else "")) if o else "—",
            f"{o['p50']:.0f} / {o['p95']:.0f}" if o else "—",
            f"{o['cpu']['p50']:.0f} / {o['cpu']['p95']:.0f}" if o and "cpu" in o else "—",
            _n(p["total"]) if p else "—", f"{p['full']['p50']:.1f} / {p['full']['p95']:.1f}" if p else "—",
            page_status,
        ]) + " |")
    return "\n".join(lines)


# -- main ----------------------------------------------------------------------------------------------
def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=10_000, help="articles to generate and import (default 10,000)")
    parser.add_argument("--workdir", type=Path, help="work folder (default /tmp/scale-N); its JSONL is reused")
    parser.add_argument("--json", type=Path, help="also write every figure to this JSON file")
    parser.add_argument("--skip-ours", action="store_true", help="no import, search or pages of ours")
    parser.add_argument("--skip-peer", action="store_true", help="no floor and no FTS5 peer")
    parser.add_argument("--queries-repeat", type=int, default=20, help="passes over the query mix (default 20)")
    parser.add_argument("--keep", action="store_true", help="keep the databases built (ours, FTS5) in the work folder")
    parser.add_argument("--reuse-db", action="store_true",
                        help="use databases kept by an earlier --keep run instead of importing again (implies --keep)")
    parser.add_argument("--resume", action="store_true",
                        help="finish the kept archive's stopped import of this collection, then measure as usual (implies --keep)")
    parser.add_argument("--generate-only", action="store_true", help="build the JSONL and stop")
    parser.add_argument("--per-query", action="store_true", help="also print a table per query")
    parser.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1), help="generator processes")
    parser.add_argument("--seed", type=int, default=SEED, help=argparse.SUPPRESS)
    parser.add_argument("--stage", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.reuse_db or args.resume:
        # A kept database is hours of import at 1M: reusing or finishing one never deletes it
        # (without this, --reuse-db without --keep removed the archive it had just measured).
        args.keep = True
    workdir = (args.workdir or Path(f"/tmp/scale-{args.n}")).resolve()
    if args.stage:
        print(json.dumps(stage(args.stage, workdir)))
        return 0

    from scale_gen import corpora_available

    if not corpora_available():
        raise SystemExit("the corpora are not in ../shared/corpora (bench/scale_gen.py CORPORA)")
    results = {"repeat": args.queries_repeat, "started": time.strftime("%Y-%m-%d %H:%M:%S"),
               "queries": QUERIES, "targets": TARGETS, "settings": SERVE_SETTINGS}
    results["collection"] = ensure_collection(args.n, workdir, args.seed, args.jobs)
    if args.generate_only:
        print(render(results))
        return 0
    ours_db = workdir / "ours" / "archive.db"
    peer_db = workdir / "peer" / "peer.db"
    try:
        if not args.skip_ours:
            ours = results["ours"] = {}
            measured = ours_db.parent / "import.json"
            if args.resume and ours_db.exists():
                ours["import"] = resume_ours(results["collection"], ours_db)
            elif args.reuse_db and ours_db.exists():
                ours["import"] = {"reused": True}
                if measured.exists():
                    ours["import"].update(json.loads(measured.read_text()), reused=True)
            else:
                ours["import"] = import_ours(results["collection"], ours_db)
            ours["facts"] = ours_facts(ours_db)
            if ours["import"].get("imported") is not None:
                expected = args.n - ours["import"]["duplicates"] - ours["import"]["failed"]
                if ours["facts"]["count"] != expected:
                    log(f"WARNING: {ours['facts']['count']:,} articles stored, {expected:,} expected")
        if not args.skip_peer:
            results["floor"] = {"read": run_stage("floor-read", workdir), "insert": run_stage("floor-insert", workdir)}
            shutil.rmtree(workdir / "floor", ignore_errors=True)
            peer = results["peer"] = {}
            measured = peer_db.parent / "build.json"
            if args.reuse_db and peer_db.exists():
                peer["build"] = {"reused": True, "bytes": db_bytes(peer_db)}
                if measured.exists():
                    peer["build"].update(json.loads(measured.read_text()), reused=True)
            else:
                peer["build"] = build_peer(workdir)
        if not args.skip_ours:
            log(f"ours: search mix × {args.queries_repeat} through the library")
            results["ours"]["search"] = search_ours(ours_db, args.queries_repeat)
            log("ours: Datasette pages")
            results["ours"]["pages"] = pages_ours(ours_db, args.queries_repeat)
            # Everything so far in this process is ours serving: the search library (its cached
            # segment columns) and Datasette with the plugins. The peer runs after.
            results["ours"]["serving_maxrss_bytes"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
        if not args.skip_peer:
            log(f"peer: FTS5 search mix × {args.queries_repeat}")
            results["peer"]["search"] = search_peer(peer_db, args.queries_repeat)
            log("peer: Datasette table search pages")
            results["peer"]["pages"] = pages_peer(peer_db, args.queries_repeat)
    finally:
        if not args.keep:
            shutil.rmtree(workdir / "ours", ignore_errors=True)
            shutil.rmtree(workdir / "peer", ignore_errors=True)
    results["finished"] = time.strftime("%Y-%m-%d %H:%M:%S")
    print(render(results))
    if args.per_query:
        print()
        print(render_per_query(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
