"""Import speed and search latency on the sample collection and the BBC corpus.

    make bench                       # or: .venv/bin/python bench/run.py [--bbc PATH] [--runs N]

Prints one markdown table. The BBC corpus is read from ../shared/corpora/bbc-news/ and
skipped, with a note, when it is absent.
"""

from __future__ import annotations

import argparse
import asyncio
import resource
import statistics
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archive import search_data  # noqa: E402
from archive.pipeline import Importer  # noqa: E402
from indexer.sync import Archive  # noqa: E402

BBC_TARBALL = ROOT.parent / "shared" / "corpora" / "bbc-news" / "bbc-fulltext.tar.gz"
QUERIES = {
    "sample": ["ISIS", "prison", "al-Hol camp", '"Roj camp"', "repatriation AND Iraq", "Ghuwayran OR Ghwayran",
               "repatriat*", "date:2022", "SDF NOT Baghouz", "children"],
    "bbc": ["government", "election", "film", '"prime minister"', "economy AND growth", "music OR film",
            "champion*", "mobile phone", "chelsea NOT arsenal", "tax"],
}


def percentile(values, fraction):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(fraction * (len(values) - 1))))]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_import(paths, db_path):
    started = time.perf_counter()
    with Archive(db_path) as archive:
        report = Importer(archive).run([str(p) for p in paths])
    seconds = time.perf_counter() - started
    return report, seconds


def bench_search(db_path, queries, runs):
    timings = []
    search_data.provide()  # the names and stop words the CLI and the server give the index
    with Archive(db_path) as archive:
        for _ in range(runs):
            for query in queries:
                started = time.perf_counter()
                archive.index.search(query, pagelen=20, fetch_texts=archive.store.texts, want_all_ids=True)
                timings.append((time.perf_counter() - started) * 1000)
    return timings


def bench_pages(db_path, queries, runs):
    from datasette.app import Datasette

    from archive.cli import metadata_for

    ds = Datasette([str(db_path)], metadata=metadata_for(db_path, ROOT / "metadata.yml"),
                   settings={"suggest_facets": False})

    async def go():
        search, table = [], []
        await ds.client.get("/-/search?q=warmup")
        for _ in range(runs):
            for query in queries:
                started = time.perf_counter()
                response = await ds.client.get("/-/search", params={"q": query})
                assert response.status_code == 200, (query, response.status_code)
                search.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            response = await ds.client.get("/archive/articles")
            assert response.status_code == 200
            table.append((time.perf_counter() - started) * 1000)
        return search, table

    return asyncio.run(go())


def run(name, paths, workdir, runs):
    db_path = Path(workdir) / name / "archive.db"
    db_path.parent.mkdir(parents=True)
    report, seconds = bench_import(paths, db_path)
    stored = report.imported
    raw_bytes = sum(p.stat().st_size for path in paths for p in Path(path).rglob("*") if p.is_file())
    db_bytes = db_path.stat().st_size
    index_bytes = sum(p.stat().st_size for p in db_path.with_name("archive.whoosh").glob("*"))
    search = bench_search(db_path, QUERIES[name], runs)
    pages, table = bench_pages(db_path, QUERIES[name], runs)
    # Re-import: everything unchanged.
    again, again_seconds = bench_import(paths, db_path)
    return {
        "collection": name,
        "articles": stored,
        "duplicates": report.duplicates,
        "failed": report.failed,
        "import/s": f"{stored / seconds:,.0f}",
        "import s": f"{seconds:.1f}",
        "re-import s": f"{again_seconds:.1f} ({again.unchanged:,} unchanged)",
        "raw MB": f"{raw_bytes / 1e6:.1f}",
        "SQLite MB": f"{db_bytes / 1e6:.1f}",
        "Whoosh MB": f"{index_bytes / 1e6:.1f}",
        "search p50/p95 ms": f"{statistics.median(search):.0f} / {percentile(search, 0.95):.0f}",
        "/-/search p50/p95 ms": f"{statistics.median(pages):.0f} / {percentile(pages, 0.95):.0f}",
        "table+facets p50 ms": f"{statistics.median(table):.0f}",
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bbc", type=Path, default=BBC_TARBALL, help="the BBC tarball")
    parser.add_argument("--runs", type=int, default=5, help="passes over the query mix")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as workdir:
        rows.append(run("sample", [ROOT / "sample"], workdir, args.runs))
        if args.bbc.exists():
            with tarfile.open(args.bbc) as tar:
                tar.extractall(Path(workdir) / "bbc-src", filter="data")
            folders = sorted(p for p in (Path(workdir) / "bbc-src" / "bbc").iterdir() if p.is_dir())
            rows.append(run("bbc", folders, workdir, args.runs))
        else:
            print(f"(BBC corpus not found at {args.bbc}: skipped)", file=sys.stderr)
    columns = list(rows[0])
    print("| " + " | ".join(columns) + " |")
    print("|" + "|".join("---" for _ in columns) + "|")
    for row in rows:
        print("| " + " | ".join(str(row[c]) for c in columns) + " |")
    print(f"\npeak RSS of the whole run: {peak_rss_mb():,.0f} MB; query mix: {args.runs} passes; "
          "search = Whoosh ranked page of 20 with highlights + every matching id for facets")


if __name__ == "__main__":
    main()
