"""The first search after the server starts, in a fresh process, CPU and wall per stage (issue #16).

    .venv/bin/python bench/cold_search.py /tmp/cold16/ours/archive.db
    .venv/bin/python bench/cold_search.py DB --query "prime minister" --json cold.json

Opens the archive as ``/-/search`` does (``bench/scale.py``'s ``searcher_for``), runs one search of
the scale mix (default its first, ``Kyoto``) with its page SQL and facet counts from the index's
arrays, then a second search of the mix (``government``). For the first search, CPU time
(``thread_time``: everything runs in this thread) and wall time of each stage:

- opening: the index, the store and the page's connection;
- segment arrays: the segments' stored columns (ids, stories) and field lengths read whole;
- facet rows: outlet, year, month and tags of every segment's articles, from SQLite;
- entity rows: places, organisations and event months of every segment's articles, from SQLite;
  (both from the files kept beside the segments where they are current: ``--fresh`` deletes them);
- arrays written beside the segments: those files written after a read from SQLite;
- the search itself: the first search's CPU less the stages above that ran inside it.

The wall figures are loaded on a shared machine: the load average is printed with them.
"""

from __future__ import annotations

import argparse
import collections
import functools
import importlib
import json
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for _path in (str(ROOT), str(ROOT / "bench")):
    if _path not in sys.path:
        sys.path.insert(0, _path)

# (module, qualified name, stage): the functions whose first-search cost is reported. Missing
# ones (older or newer code) are skipped, so the script measures the code before and after.
STAGES = [
    ("indexer.fulltext.columns", "SegmentColumns.values", "segment arrays"),
    ("indexer.fulltext.columns", "SegmentColumns.lengths", "segment arrays"),
    ("indexer.fulltext.segment_arrays", "ColumnArrays.lengths", "segment arrays"),
    ("indexer.fulltext.segment_arrays", "ColumnArrays.numeric", "segment arrays"),
    ("indexer.fulltext.segment_arrays", "ColumnArrays.story_codes", "segment arrays"),
    ("indexer.fulltext.segment_arrays", "ColumnArrays.facets", "facet rows"),
    ("indexer.fulltext.segment_arrays", "facets_of_all", "facet rows"),
    ("indexer.fulltext.entity_arrays", "segment_entities", "entity rows"),
    ("indexer.fulltext.entity_arrays", "entities_of_all", "entity rows"),
    ("indexer.fulltext.array_files", "load_facets", "facet rows"),
    ("indexer.fulltext.array_files", "load_entities", "entity rows"),
    ("indexer.fulltext.array_files", "save_facets", "arrays written beside the segments"),
    ("indexer.fulltext.array_files", "save_entities", "arrays written beside the segments"),
]


def _timed(original, label, cpu: dict, wall: dict, depth: list):
    @functools.wraps(original)
    def timed(*args, **kwargs):
        depth.append(label)
        outer = len(depth) == 1 or label not in depth[:-1]  # a stage inside itself counts once
        c, w = time.thread_time(), time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            depth.pop()
            if outer:
                cpu[label] += time.thread_time() - c
                wall[label] += time.perf_counter() - w
    return timed


def time_stages(cpu: dict, wall: dict) -> list:
    depth: list = []
    found = []
    for module, qualname, label in STAGES:
        *path, name = qualname.split(".")
        try:
            owner = importlib.import_module(module)
            for part in path:
                owner = getattr(owner, part)
            original = getattr(owner, name)
        except (ImportError, AttributeError):  # a stage the code measured does not have
            continue
        setattr(owner, name, _timed(original, label, cpu, wall, depth))
        found.append(qualname)
    return found


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path, help="the archive's database (its index beside it)")
    parser.add_argument("--query", default="Kyoto", help="the first search (a query of the scale mix, default Kyoto)")
    parser.add_argument("--second", default="government", help="the second search (default government)")
    parser.add_argument("--fresh", action="store_true",
                        help="delete the arrays kept beside the segments first (*.facets.npz, *.entities.npz)")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = parser.parse_args(argv)

    from scale import QUERIES, searcher_for  # noqa: E402

    if args.fresh:
        folder = args.db.with_suffix(".whoosh")
        for kept in list(folder.glob("*.facets.npz")) + list(folder.glob("*.entities.npz")):
            kept.unlink()
    cpu: dict = collections.defaultdict(float)
    wall: dict = collections.defaultdict(float)
    timed = time_stages(cpu, wall)
    load_before = _load()

    c, w = time.thread_time(), time.perf_counter()
    one = searcher_for(args.db)
    opening = (time.thread_time() - c, time.perf_counter() - w)

    def query_of(text):
        return next((q for q in QUERIES if text in (q["q"], q["kind"])), {"kind": text, "q": text})

    c, w = time.thread_time(), time.perf_counter()
    page, _ = one(query_of(args.query))
    first = (time.thread_time() - c, time.perf_counter() - w)
    inside = dict(cpu), dict(wall)
    c, w = time.thread_time(), time.perf_counter()
    second_page, _ = one(query_of(args.second))
    second = (time.thread_time() - c, time.perf_counter() - w)
    load_after = _load()

    labels = ["segment arrays", "facet rows", "entity rows", "arrays written beside the segments"]
    rows = [("opening", *opening)]
    rows += [(label, inside[0].get(label, 0.0), inside[1].get(label, 0.0)) for label in labels]
    rows.append(("the search itself", first[0] - sum(inside[0].get(l, 0.0) for l in labels),
                 first[1] - sum(inside[1].get(l, 0.0) for l in labels)))
    rows.append((f"first search, all ({page.total:,} hits)", *first))
    rows.append((f"second search `{args.second}` ({second_page.total:,} hits)", *second))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{args.db}: first search `{args.query}`; load average before {load_before}, after {load_after}; "
          f"peak RSS {peak:.0f} MB")
    print("| stage | CPU ms | wall ms |")
    print("|---|---|---|")
    for label, c, w in rows:
        print(f"| {label} | {c * 1000:.0f} | {w * 1000:.0f} |")
    if args.json:
        args.json.write_text(json.dumps({
            "db": str(args.db), "query": args.query, "second": args.second, "load_before": load_before,
            "load_after": load_after, "peak_rss_mb": peak, "timed": timed,
            "stages_ms": {label: {"cpu": c * 1000, "wall": w * 1000} for label, c, w in rows}}, indent=1))
    one.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
