"""Load on loopback: many clients against `archive serve`, throughput, latency, errors.

    .venv/bin/python bench/load.py                        # the sample collection, 50 clients, 30 s
    .venv/bin/python bench/load.py --articles 20000       # N generated articles instead
    .venv/bin/python bench/load.py --db archive.db --clients 50 --seconds 30

Starts ``archive serve DB`` on a free port (the real server, with the plugins, metadata.yml and
its time limits), then runs ``--clients`` threads, each with its own keep-alive HTTP connection,
for ``--seconds``. Each request is, at random, a search page ``/-/search?q=...`` from a fixed
query mix (terms, phrases, AND/OR/NOT, prefixes, dates, a facet filter, a second page, newest
first), the articles table with its facets (``/archive/articles``), or an article page.
An error is a status other than 200, a refused or broken connection, or no answer in 30 s.
Prints a markdown table (requests, req/s, p50/p95/p99/max ms, errors) per kind of request and
exits 1 if there was any error. ``tests/test_load.py`` runs 10 clients for 5 seconds.
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import json
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample"

QUERIES = [
    "ISIS", "prison", "camp", '"al-Hol camp"', "repatriation AND Iraq", "Ghuwayran OR Hasakah", "repatriat*",
    "date:2022", "SDF NOT Baghouz", "children", "detainees", "report", "guards court", "convoy",
]
MIX = (("search", 0.6), ("table", 0.3), ("article", 0.1))
REQUEST_TIMEOUT = 30


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def serve(db_path, log_path=None, extra_args=()):
    """``archive serve DB`` on a free port; yields the base URL; stops the server after."""
    port = free_port()
    log = open(log_path or Path(tempfile.gettempdir()) / f"archive-serve-{port}.log", "w")
    process = subprocess.Popen(
        [sys.executable, "-m", "archive.cli", "serve", str(db_path), "--port", str(port), *extra_args],
        stdout=log, stderr=subprocess.STDOUT, cwd=ROOT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 60
        while True:
            try:
                urllib.request.urlopen(base + "/-/versions.json", timeout=2).read()
                break
            except OSError:
                if process.poll() is not None:
                    raise RuntimeError(f"archive serve exited: {Path(log.name).read_text()}")
                if time.time() > deadline:
                    raise RuntimeError("archive serve did not start in 60 s")
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def article_ids(db_path, limit=200) -> list:
    import sqlite3

    conn = sqlite3.connect(f"file:{Path(db_path).resolve()}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute("select id from articles order by rowid limit ?", [limit])]
    finally:
        conn.close()


def outlets(db_path, limit=5) -> list:
    import sqlite3

    conn = sqlite3.connect(f"file:{Path(db_path).resolve()}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute("select name from outlets order by id limit ?", [limit])]
    finally:
        conn.close()


def request_maker(ids: list, outlet_names: list, queries=QUERIES, mix=MIX):
    """A function ``rnd -> (kind, path)`` drawing requests from the mix."""
    kinds = [k for k, _ in mix]
    weights = [w for _, w in mix]

    def make(rnd: random.Random):
        kind = rnd.choices(kinds, weights)[0]
        if kind == "article" and not ids:
            kind = "table"
        if kind == "search":
            params = {"q": rnd.choice(queries)}
            extra = rnd.random()
            if extra < 0.1:
                params["sort"] = "date"
            elif extra < 0.2:
                params["page"] = "2"
            elif extra < 0.3 and outlet_names:
                params["outlet"] = rnd.choice(outlet_names)
            return kind, "/-/search?" + urllib.parse.urlencode(params)
        if kind == "table":
            return kind, "/archive/articles" if rnd.random() < 0.8 else "/archive/articles?_sort_desc=published&_facet=outlet"
        return kind, f"/-/article/{rnd.choice(ids)}"

    return make


def run_load(base_url: str, clients: int = 50, seconds: float = 30, make_request=None, seed: int = 1) -> dict:
    """``clients`` threads for ``seconds``; returns ``{"samples": [(kind, ms, ok)], "errors": [...], ...}``."""
    parsed = urllib.parse.urlsplit(base_url)
    make_request = make_request or request_maker([], [])
    samples: list = []
    errors: list = []
    lock = threading.Lock()
    start_barrier = threading.Barrier(clients + 1)
    deadline_holder = {}

    def client(number: int):
        rnd = random.Random(seed * 1000 + number)
        conn = None
        start_barrier.wait()
        deadline = deadline_holder["deadline"]
        while time.monotonic() < deadline:
            kind, path = make_request(rnd)
            started = time.perf_counter()
            ok, problem = False, None
            try:
                if conn is None:
                    conn = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=REQUEST_TIMEOUT)
                conn.request("GET", path, headers={"Connection": "keep-alive"})
                response = conn.getresponse()
                body = response.read()
                ok = response.status == 200
                if not ok:
                    problem = f"HTTP {response.status}: {body[:200]!r}"
                if response.getheader("Connection", "").lower() == "close":
                    conn.close()
                    conn = None
            except Exception as error:  # a refused, reset or timed-out connection is an error
                problem = f"{type(error).__name__}: {error}"
                if conn is not None:
                    conn.close()
                conn = None
            elapsed = (time.perf_counter() - started) * 1000
            with lock:
                samples.append((kind, elapsed, ok))
                if problem:
                    errors.append((kind, path, problem))
        if conn is not None:
            conn.close()

    threads = [threading.Thread(target=client, args=(n,), daemon=True) for n in range(clients)]
    for thread in threads:
        thread.start()
    began = time.monotonic()
    deadline_holder["deadline"] = began + seconds
    start_barrier.wait()
    for thread in threads:
        thread.join(seconds + REQUEST_TIMEOUT + 30)
    wall = time.monotonic() - began
    return {"samples": samples, "errors": errors, "wall_s": wall, "clients": clients, "seconds": seconds}


def percentile(values, fraction):
    values = sorted(values)
    if not values:
        return 0.0
    return values[min(len(values) - 1, int(round(fraction * (len(values) - 1))))]


def summarise(result: dict) -> list:
    """Rows per kind of request and a total row."""
    rows = []
    kinds = sorted({k for k, _, _ in result["samples"]}, key=lambda k: [m for m, _ in MIX].index(k) if k in dict(MIX) else 9)
    for kind in kinds + ["all"]:
        times = [ms for k, ms, _ in result["samples"] if kind in ("all", k)]
        failed = sum(1 for k, _, ok in result["samples"] if kind in ("all", k) and not ok)
        rows.append({
            "kind": kind, "requests": len(times), "rps": len(times) / result["wall_s"] if result["wall_s"] else 0,
            "p50": percentile(times, 0.50), "p95": percentile(times, 0.95), "p99": percentile(times, 0.99),
            "max": max(times) if times else 0.0, "errors": failed,
        })
    return rows


def markdown_table(result: dict) -> str:
    lines = [
        f"{result['clients']} clients × {result['seconds']:g} s on loopback",
        "",
        "| requests to | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | errors |",
        "|---|---|---|---|---|---|---|---|",
    ]
    names = {"search": "`/-/search?q=…`", "table": "`/archive/articles` (facets)", "article": "`/-/article/<id>`",
             "all": "**all**"}
    for row in summarise(result):
        lines.append(
            f"| {names.get(row['kind'], row['kind'])} | {row['requests']:,} | {row['rps']:.1f} | {row['p50']:.0f} | "
            f"{row['p95']:.0f} | {row['p99']:.0f} | {row['max']:.0f} | {row['errors']} |"
        )
    return "\n".join(lines)


def prepare_archive(workdir: Path, articles: int):
    """An archive of the sample collection (articles=0) or of N generated articles."""
    db = workdir / "archive.db"
    if articles:
        sys.path.insert(0, str(ROOT / "bench"))
        from faults import generate_text_articles

        source = workdir / "articles"
        generate_text_articles(source, articles, seed=3)
    else:
        source = SAMPLE
    result = subprocess.run([sys.executable, "-m", "archive.cli", "import", str(db), str(source), "--silent"],
                            cwd=ROOT, capture_output=True, text=True)
    if not db.exists():
        raise RuntimeError(result.stderr)
    return db


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, help="an archive to serve (default: the sample collection, imported afresh)")
    parser.add_argument("--articles", type=int, default=0, help="serve N generated articles instead of the sample")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="archive-load-") as workdir:
        db = args.db or prepare_archive(Path(workdir), args.articles)
        with serve(db, log_path=Path(workdir) / "serve.log") as base:
            make = request_maker(article_ids(db), outlets(db))
            urllib.request.urlopen(base + "/-/search?q=warmup", timeout=30).read()
            urllib.request.urlopen(base + "/archive/articles", timeout=30).read()
            result = run_load(base, args.clients, args.seconds, make, seed=args.seed)
    count = len(article_ids(db, limit=10**9)) if args.db else None
    print(markdown_table(result))
    if count:
        print(f"\n{count:,} articles in {args.db}")
    for kind, path, problem in result["errors"][:20]:
        print(f"error: {kind} {path}: {problem}", file=sys.stderr)
    if args.json:
        print(json.dumps({"rows": summarise(result), "errors": len(result["errors"])}))
    return 1 if result["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
