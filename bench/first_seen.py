"""The scale bench's search mix with every query as if seen for the first time (issue #16).

    .venv/bin/python bench/first_seen.py /tmp/s16p/ours/archive.db --repeat 5 [--stages]
    .venv/bin/python bench/first_seen.py DB --answers before.json / --compare before.json

``bench/search_cpu.py`` measures a mix that repeats: after its warm pass every term's decoded
postings are in the index's postings cache (``PostingsCache``), so a repeated query never decodes
a posting block again. A user's query is mostly one the server has not seen. Here the postings
cache is emptied before every search, so each one reads its terms' postings as a first search
does (from the segment's postings, or from their array files where kept), while everything kept
per segment stays warm (columns, facet and entity arrays, and the files in the page cache): one
warm pass over the mix first, then ``--repeat`` passes. CPU by ``thread_time`` and wall by
``perf_counter``, as in ``search_cpu.py``; ``--stages`` adds its stage table.
"""

from __future__ import annotations

import argparse
import collections
import cProfile
import json
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for _path in (str(ROOT), str(ROOT / "bench")):
    if _path not in sys.path:
        sys.path.insert(0, _path)

from scale import QUERIES, percentile, searcher_for  # noqa: E402
from search_cpu import _load, _spent, _time_stages, answer_of, print_stages  # noqa: E402


def main(argv=None) -> int:
    from datasette_plugins.archive_db import index_for_path

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--repeat", type=int, default=5, help="passes over the mix after the warm one (default 5)")
    parser.add_argument("--stages", action="store_true", help="also CPU ms per stage of a search, per query")
    parser.add_argument("--profile", help="cProfile this query (its kind or its text), first seen each time")
    parser.add_argument("--warm-cache", action="store_true", help="keep the postings cache (as search_cpu.py)")
    parser.add_argument("--time-limit", type=float, default=3.0,
                        help="seconds a search may take (scale.py's 3; raise it on a machine so loaded "
                             "that the wall clock passes it and the search falls back to Whoosh's collectors)")
    parser.add_argument("--answers", type=Path, help="write every query's answer to this JSON file")
    parser.add_argument("--compare", type=Path, help="check every answer against such a file")
    args = parser.parse_args(argv)

    if args.stages:
        _time_stages()
    one = searcher_for(args.db)
    index = index_for_path(args.db)
    search = index.search
    index.search = lambda *a, **k: search(*a, **dict(k, time_limit=args.time_limit))

    def forget() -> None:
        if not args.warm_cache:
            index._arrays.postings.keep_only(set())

    answers = {}
    load_before = _load()
    for query in QUERIES:  # warm: each segment's columns, facet and entity arrays, the files' pages
        page, extra = one(query)
        answers[query["kind"]] = answer_of(page, extra)
    if args.profile:
        chosen = [q for q in QUERIES if args.profile in (q["kind"], q["q"])] or [{"kind": "", "q": args.profile}]
        profiler = cProfile.Profile()
        for _ in range(args.repeat):
            forget()
            profiler.enable()
            one(chosen[0])
            profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)
        pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
        return 0
    _spent.clear()
    walls = {q["kind"]: [] for q in QUERIES}
    cpus = {q["kind"]: [] for q in QUERIES}
    stages = {q["kind"]: collections.defaultdict(float) for q in QUERIES}
    for _ in range(args.repeat):
        for query in QUERIES:
            forget()
            before = dict(_spent)
            wall, cpu = time.perf_counter(), time.thread_time()
            one(query)
            cpus[query["kind"]].append((time.thread_time() - cpu) * 1000)
            walls[query["kind"]].append((time.perf_counter() - wall) * 1000)
            for label, spent in _spent.items():
                stages[query["kind"]][label] += spent - before.get(label, 0.0)
    print(f"load average before {load_before}, after {_load()}; {args.repeat} passes of {len(QUERIES)} queries, "
          f"postings cache {'kept' if args.warm_cache else 'emptied before each search'}")
    print("| query | hits | wall p50 / p95 ms | CPU p50 / p95 ms |")
    print("|---|---|---|---|")
    for query in QUERIES:
        kind = query["kind"]
        w, c = walls[kind], cpus[kind]
        print(f"| {kind} `{query['q']}` | {answers[kind]['total']:,} | {percentile(w, .5):.0f} / "
              f"{percentile(w, .95):.0f} | {percentile(c, .5):.0f} / {percentile(c, .95):.0f} |")
    w, c = sum(walls.values(), []), sum(cpus.values(), [])
    print(f"| **all** (p50 / p95 / p99) | | {percentile(w, .5):.0f} / {percentile(w, .95):.0f} / "
          f"{percentile(w, .99):.0f} | {percentile(c, .5):.0f} / {percentile(c, .95):.0f} / {percentile(c, .99):.0f} |")
    if args.stages:
        print_stages(stages, args.repeat)
    if args.answers:
        args.answers.write_text(json.dumps(answers, indent=1, sort_keys=True, default=str))
    if args.compare:
        expected = json.loads(args.compare.read_text())
        got = json.loads(json.dumps(answers, sort_keys=True, default=str))
        differ = [kind for kind in expected if expected[kind] != got.get(kind)]
        for kind in differ:
            keys = [k for k in expected[kind] if expected[kind][k] != got.get(kind, {}).get(k)]
            print(f"DIFFERENT: {kind}: {', '.join(keys)}")
        if differ:
            return 1
        print(f"same answers as {args.compare} ({len(expected)} queries)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
