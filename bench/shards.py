"""Shards on Dask against one archive (issue #19): import time and search latency, one table.

    .venv/bin/python bench/shards.py [--articles 2000] [--files 20] [--shards 4] [--repeat 5] [--keep]
    .venv/bin/python bench/shards.py --sources /work/scale-1m/jsonl --workdir /work/shards-1m --imports 2 \
        --no-rebalance        # 1M on 2 workers only (the one archive's 1M import takes a session of its own)

Generates ``--articles`` articles (bench/scale_gen.py, from ../shared/corpora) in ``--files``
JSON Lines files (a read task is a file: one big file would give one worker everything), then:

- imports them into one archive (``archive import --workers 0``: one process extracting and writing);
- imports them into a collection of ``--shards`` shards on a LocalCluster of 1, then 2 worker
  processes (loopback, one thread each), cluster start-up excluded;
- runs bench/scale.py's query mix ``--repeat`` times on each: one archive (a page of 20 with
  highlights, exact total, facet counts from arrays), the collection searched in this process
  (shard after shard) and on the 2-worker cluster (shards in parallel, two rounds of tasks).

Then the search page, ``/-/search`` through Datasette's client: the single archive served as
``archive serve DB`` serves it, the collection as ``archive serve COLLECTION`` (in process); and
``archive collection rebalance`` of the 2-worker collection to one shard more (time, articles
moved, the query mix's totals checked against the single archive after).

``--sources`` takes JSON Lines already made (bench/scale.py's WORKDIR/jsonl) instead of generating;
``--imports`` chooses which of the three imports run (``one,1,2``); without the one archive the
searches compare the collection in process with the collection on the cluster (totals checked
equal). ``--workdir`` keeps everything there (implies ``--keep``) and logs progress with the time;
``--reuse`` then searches what an earlier run kept there without importing again.

Prints Markdown tables. On a shared machine the figures move with everyone else's load.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def log(message: str) -> None:
    print(f"[shards {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--files", type=int, default=20)
    parser.add_argument("--shards", type=int, default=4)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--sources", type=Path, help="JSON Lines folder to import instead of generating")
    parser.add_argument("--workdir", type=Path, help="work folder, kept (default: a new temporary one)")
    parser.add_argument("--imports", default="one,1,2", help="which imports run: one archive, 1 worker, 2 workers")
    parser.add_argument("--no-rebalance", action="store_true", help="skip the rebalancing step")
    parser.add_argument("--no-pages", action="store_true", help="skip the served pages")
    parser.add_argument("--reuse", action="store_true",
                        help="search the collections an earlier --workdir run kept instead of importing again")
    args = parser.parse_args()
    steps = {step.strip() for step in args.imports.split(",") if step.strip()}
    if not steps <= {"one", "1", "2"} or "2" not in steps:
        parser.error("--imports lists some of one, 1, 2 and always 2")

    from dask.distributed import Client, LocalCluster

    from archive import collection, search_data
    from archive.shard_import import CollectionImport
    from archive.shard_search import search_collection
    from indexer.sync import Archive
    from scale import QUERIES
    from scale_gen import Generator, corpora_available

    if not corpora_available():
        sys.exit("the corpora are not in ../shared/corpora")
    search_data.provide()
    if args.workdir:
        args.keep = True
        args.workdir.mkdir(parents=True, exist_ok=True)
    work = args.workdir or Path(tempfile.mkdtemp(prefix="shards-bench-"))
    if args.sources:
        sources = args.sources
        args.articles = sum(1 for path in sorted(sources.glob("*.jsonl")) for _ in path.open("rb"))
        args.files = len(list(sources.glob("*.jsonl")))
    else:
        sources = work / "in"
        sources.mkdir(exist_ok=True)
        generator = Generator(seed=19)
        per_file = -(-args.articles // args.files)
        for k in range(args.files):
            start = k * per_file
            count = min(per_file, args.articles - start)
            if count > 0:
                generator.write_file(sources / f"part-{k:03d}.jsonl", k, start, count)
    log(f"{args.articles:,} articles in {args.files} files from {sources}; work in {work}")
    rows = []

    single = work / "one.db" if "one" in steps else None
    if single and args.reuse and single.exists():
        log(f"reusing {single}")
    elif single:
        started = time.monotonic()
        subprocess.run([str(ROOT / ".venv/bin/archive"), "import", str(single), str(sources), "--silent",
                        "--workers", "0"], check=True, capture_output=True)
        rows.append(("one archive, 1 process", time.monotonic() - started))
        log(f"one archive imported in {rows[-1][1]:.0f} s")

    clients = {}
    collections = {}
    for workers in sorted(int(step) for step in steps if step != "one"):
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                               dashboard_address=None)
        client = Client(cluster)
        client.run(lambda: __import__("archive.shard_import"))  # modules loaded before the clock starts
        kept = work / f"c{workers}" / "collection.json"
        if args.reuse and kept.exists():
            clients[workers] = (cluster, client)
            collections[workers] = collection.load(kept)
            log(f"{workers} worker(s): reusing {kept}")
            continue
        made = collection.create(kept, args.shards)
        started = time.monotonic()
        done = []

        def progress(path, workers=workers, started=started):
            done.append(path)
            log(f"{workers} worker(s): {len(done)}/{args.files} files read, {time.monotonic() - started:.0f} s")

        report = CollectionImport(made, client).run([sources], on_file=progress)
        rows.append((f"{args.shards} shards, {workers} Dask worker{'s' if workers > 1 else ''}",
                     time.monotonic() - started))
        log(f"{workers} worker(s): {report.imported:,} imported in {rows[-1][1]:.0f} s")
        assert report.failed == 0, report.failures[:3]
        clients[workers] = (cluster, client)
        collections[workers] = made

    print(f"\n{args.articles:,} articles in {args.files} files; {args.shards} shards\n")
    print("| import | seconds | articles/s |\n|---|---|---|")
    for name, seconds in rows:
        print(f"| {name} | {seconds:.1f} | {args.articles / seconds:.0f} |")

    archive = Archive(single, create=False) if single else None
    made = collections[2]
    client = clients[2][1]

    def one(query):
        if archive is None:  # no one archive: the collection searched in this process stands in
            return sharded(query, False)
        page = archive.index.search(query["q"], sort=query.get("sort", "relevance"), phonetic=False, feedback=False,
                                    suggest=False, filters={"year": query.get("year")} if query.get("year") else None,
                                    fetch_texts=archive.store.texts)
        archive.index.facet_counts(page)
        return page.total

    def sharded(query, with_client):
        page = search_collection(made, query["q"], client=client if with_client else None,
                                 sort=query.get("sort", "relevance"),
                                 filters={"year": query.get("year")} if query.get("year") else None)
        assert not page.missing
        return page.total

    timings = {"one archive": [], f"{args.shards} shards, in process": [], f"{args.shards} shards, 2 Dask workers": []}
    if archive is None:
        del timings["one archive"]
    cpu = {name: [] for name in timings}  # this process's CPU (on the cluster: the coordinator's only)
    for query in QUERIES:  # warm
        assert one(query) == sharded(query, False) == sharded(query, True), query
    for _ in range(args.repeat):
        for query in QUERIES:
            for name, run in (("one archive", lambda: one(query)),
                              (f"{args.shards} shards, in process", lambda: sharded(query, False)),
                              (f"{args.shards} shards, 2 Dask workers", lambda: sharded(query, True))):
                if name not in timings:
                    continue
                started, used = time.perf_counter(), time.process_time()
                run()
                timings[name].append((time.perf_counter() - started) * 1000)
                cpu[name].append((time.process_time() - used) * 1000)
    print(f"\n| search ({len(QUERIES)} queries x {args.repeat}) | p50 ms | p95 ms | mean ms | CPU ms mean (this process) |"
          "\n|---|---|---|---|---|")
    for name, values in timings.items():
        print(f"| {name} | {percentile(values, 0.5):.0f} | {percentile(values, 0.95):.0f} | {statistics.mean(values):.0f} "
              f"| {statistics.mean(cpu[name]):.0f} |")
    log("searched")
    if not args.no_pages:
        served(single, made, args)
        log("pages served")
    if not args.no_rebalance:
        rebalanced(made, archive, one, args)
    for cluster, client in clients.values():
        client.close()
        cluster.close()
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    else:
        print(f"\nkept in {work}")


def served(single, made, args) -> None:
    """The search page's time, one archive against the collection, in Datasette (no network)."""
    import asyncio

    from datasette.app import Datasette

    from archive.serving import collection_metadata, metadata_for, serve_settings
    from scale import QUERIES

    sites = {} if single is None else {
        "one archive": Datasette([str(single)], metadata=metadata_for(single, ROOT / "metadata.yml"),
                                 settings=serve_settings()),
    }
    sites |= {
        f"{args.shards} shards, in process": Datasette([str(s) for s in made.shards], crossdb=True, settings=serve_settings(),
                                                       metadata=collection_metadata(made, ROOT / "metadata.yml")),
    }

    async def pages() -> dict:
        """The pages that count over the whole archive (issue #19: summed over the shards)."""
        timings = {}
        for path in ("/-/timeline", "/-/map", "/-/entities", "/-/figures", "/-/figures?q=government",
                     "/-/entity/place:al-hol-camp"):
            for name, site in sites.items():
                for repeat in range(args.repeat + 1):
                    started, used = time.perf_counter(), time.process_time()
                    response = await site.client.get(path)
                    assert response.status_code == 200 and "Partial" not in response.text, (name, path)
                    if repeat:
                        timings.setdefault((path, name), []).append(((time.perf_counter() - started) * 1000,
                                                                     (time.process_time() - used) * 1000))
        return timings

    async def run() -> dict:
        timings = {name: [] for name in sites}
        for repeat in range(args.repeat + 1):  # the first round warms each site
            for query in QUERIES:
                params = {"q": query["q"], **({"sort": query["sort"]} if query.get("sort") else {}),
                          **({"year": str(query["year"])} if query.get("year") else {})}
                for name, site in sites.items():
                    started = time.perf_counter()
                    response = await site.client.get("/-/search", params=params)
                    assert response.status_code == 200 and "Partial" not in response.text, (name, query)
                    if repeat:
                        timings[name].append((time.perf_counter() - started) * 1000)
        return timings

    timings = asyncio.run(run())
    print(f"\n| search page /-/search ({len(QUERIES)} queries x {args.repeat}) | p50 ms | p95 ms | mean ms |\n|---|---|---|---|")
    for name, values in timings.items():
        print(f"| {name} | {percentile(values, 0.5):.0f} | {percentile(values, 0.95):.0f} | {statistics.mean(values):.0f} |")
    counted = asyncio.run(pages())
    print(f"\n| page (x {args.repeat}, warm) | served as | p50 ms | CPU ms mean |\n|---|---|---|---|")
    for (path, name), values in counted.items():
        print(f"| `{path}` | {name} | {percentile([w for w, _ in values], 0.5):.0f} "
              f"| {statistics.mean(c for _, c in values):.0f} |")


def rebalanced(made, archive, one, args) -> None:
    """``archive collection rebalance`` to one shard more, then the query mix's totals checked."""
    from archive import collection
    from archive.collection_rebalance import rebalance
    from archive.shard_search import search_collection
    from scale import QUERIES

    expected = [one(query) for query in QUERIES]  # before: without one archive, `one` reads these shards
    started = time.monotonic()
    report = rebalance(made.path, len(made) + 1)
    seconds = time.monotonic() - started
    grown = collection.load(made.path)
    for query, total in zip(QUERIES, expected):
        page = search_collection(grown, query["q"], sort=query.get("sort", "relevance"),
                                 filters={"year": query.get("year")} if query.get("year") else None)
        assert not page.missing and page.total == total, query
    print(f"\n| rebalance | seconds | articles moved | moved/s |\n|---|---|---|---|")
    print(f"| {len(made)} -> {len(grown)} shards | {seconds:.1f} | {report.moved:,} | {report.moved / seconds:.0f} |")


if __name__ == "__main__":
    main()
