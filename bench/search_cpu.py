"""The scale bench's search mix against a kept archive, per query, in wall and CPU time (issue #16).

    .venv/bin/python bench/search_cpu.py /work/scale-100k/ours/archive.db --repeat 20
    .venv/bin/python bench/search_cpu.py DB --stages            # CPU ms per stage of a search, per query
    .venv/bin/python bench/search_cpu.py DB --profile government  # cProfile of one query's kind or text
    .venv/bin/python bench/search_cpu.py DB --answers before.json   # write every answer ...
    .venv/bin/python bench/search_cpu.py DB --compare before.json   # ... and check a later run gives the same
    .venv/bin/python bench/search_cpu.py DB --tile 10 --stages      # every segment read 10 times: hits x 10

Each search as ``bench/scale.py`` makes it (and ``/-/search``): ``FullTextIndex.search`` with a
page of 20, highlights from the text in SQLite, every matching id, near-copies collapsed, names
expanded, 3 s limit; then the page's ``hit_metadata``, ``story_sizes`` and ``facet_counts`` (from
the index's arrays). One warm pass over the mix first, then ``--repeat`` passes. The wall time
(``perf_counter``) is what a user waits on this machine at its load; the CPU time
(``thread_time``: the search runs in this thread, SQLite included) is the code's cost, much less
moved by other processes sharing the cores. The load average is printed before and after.

``--answers`` writes, per query, the page's ids, scores, stories and highlights, the total, a
digest of every matching id in order, and every facet count; ``--compare`` checks them against
such a file (the test of an optimisation on a real index: same hits, order, totals and counts).

``--tile K`` searches an index K times the archive's: a Whoosh ``MultiReader`` over the archive's
segments repeated K times (K × the documents and the hits, K × the segments; each copy of an
article has its own docnum, idf and lengths as Whoosh computes them over the whole). It measures
what grows with the hits (matching, scoring, facet counts, every id) at K × the archive's size
without building that archive; costs that grow with the segments (Whoosh's matcher construction)
are K × too, so more than an index of that size with its merged segments would have. Collapsing
keeps one copy of each story, so the page shows what the archive's own search shows.
"""

from __future__ import annotations

import argparse
import collections
import cProfile
import hashlib
import json
import os
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for _path in (str(ROOT), str(ROOT / "bench")):
    if _path not in sys.path:
        sys.path.insert(0, _path)

from scale import QUERIES, percentile, searcher_for  # noqa: E402
from stage_timer import time_stages  # noqa: E402

# (module, qualified name, stage): CPU time of each call is added to its stage. Nested stages are
# reported as they are (a stage's time includes the stages called inside it: read the table by its indents).
STAGES = [
    ("indexer.fulltext.searching", "Searching.search", "search (all of FullTextIndex.search)"),
    ("indexer.fulltext.query", "Parsing._parse", "  parse and expand the query"),
    ("indexer.fulltext.query", "Parsing._resolve_words", "  prefixes' words"),
    ("indexer.fulltext.searching", "_expansion_problem", "  expansion check"),
    ("indexer.fulltext.searching", "Searching._searcher", "  searcher (renewal check)"),
    ("indexer.fulltext.search_arrays", "ArraySearch.rank", "  rank on arrays"),
    ("indexer.fulltext.search_arrays", "match_all", "    match and score (match_all)"),
    ("indexer.fulltext.matching", "decode_extent", "      posting blocks decoded"),
    ("indexer.fulltext.search_arrays", "ArraySearch._filter_mask", "    filters"),
    ("indexer.fulltext.search_arrays", "ArraySearch._matched_terms", "    matched terms"),
    ("indexer.fulltext.search_arrays", "ArraySearch._collapsed", "    top k, one per story"),
    ("indexer.fulltext.search_arrays", "top_order", "      top_order"),
    ("indexer.fulltext.search_arrays", "_page_column", "  page's ids and stories"),
    ("indexer.fulltext.highlight", "_highlight", "  highlights (Whoosh's highlighter)"),
    ("indexer.fulltext.search_arrays", "ids_of", "  every matching id"),
    ("indexer.fulltext.searching", "Searching.facet_counts", "facet counts (index arrays)"),
    ("indexer.fulltext.search_arrays", "ArraySearch.facet_counts", "  outlet/year/month/tag/story"),
    ("indexer.fulltext.searching", "entity_arrays.count_entities", "  places/organisations/event months"),
    ("datasette_plugins.search", "hit_metadata", "page SQL: hit_metadata"),
    ("datasette_plugins.search", "story_sizes", "page SQL: story_sizes"),
    ("datasette_plugins.search", "_named_counts", "page SQL: names of the counted facets"),
]
_spent: dict = collections.defaultdict(float)


def _time_stages() -> None:
    time_stages(STAGES, _spent)


def print_stages(stages: dict, repeat: int) -> None:
    """The table of CPU ms per stage and query kind (``stages``: kind -> {stage label: seconds})."""
    kinds = [q["kind"] for q in QUERIES]
    print("\nCPU ms per search, mean of the passes (a stage includes the stages indented under it)")
    print("| stage | " + " | ".join(kinds) + " |")
    print("|---|" + "---|" * len(kinds))
    for _, _, label in STAGES:
        cells = [f"{stages[k].get(label, 0.0) * 1000 / repeat:.1f}" for k in kinds]
        print(f"| {label.replace(' ', '&nbsp;', len(label) - len(label.lstrip()))} | " + " | ".join(cells) + " |")


def answer_of(page, extra) -> dict:
    """What a search answered, comparable as JSON."""
    metadata, sizes, counted, facets = extra
    return {
        "total": page.total, "timed_out": page.timed_out, "parsed": page.parsed,
        "hits": [[h.id, h.story, None if h.score is None else round(h.score, 9), h.title_html, h.snippet_html]
                 for h in page.hits],
        "all_ids": len(page.all_ids),
        "all_ids_sha1": hashlib.sha1("\n".join(page.all_ids).encode()).hexdigest(),
        "metadata": metadata, "story_sizes": sizes,
        "counted": _plain(counted),
        "facets": _plain(facets),
    }


def _plain(value):
    """``value`` as JSON holds it, dict keys as strings (a facet's missing value is a None key)."""
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    return json.loads(json.dumps(value, default=str))


def tile(db: Path, times: int) -> None:
    """The archive's index searched as one of ``times`` × its segments (see ``--tile``)."""
    from whoosh.reading import MultiReader
    from whoosh.searching import Searcher

    from datasette_plugins.archive_db import index_for_path

    index = index_for_path(db)
    leaves = [reader for reader, _ in index._searcher().reader().leaf_readers()]
    tiled = Searcher(MultiReader(leaves * times), weighting=index.weighting())
    index._columns.speed_up(tiled)  # as Searching._searcher does for the index's own searcher
    index._searcher = lambda: tiled


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--repeat", type=int, default=20, help="passes over the mix after the warm one (default 20)")
    parser.add_argument("--stages", action="store_true", help="also CPU ms per stage of a search, per query")
    parser.add_argument("--profile", help="cProfile this query (its kind or its text) over --repeat runs")
    parser.add_argument("--answers", type=Path, help="write every query's answer to this JSON file")
    parser.add_argument("--compare", type=Path, help="check every answer against such a file")
    parser.add_argument("--json", type=Path, help="write the figures to this JSON file")
    parser.add_argument("--tile", type=int, default=1,
                        help="search every segment this many times over: an index (and hits) K times the archive's")
    args = parser.parse_args(argv)

    if args.stages:
        _time_stages()
    load_before = _load()
    started = time.perf_counter()
    one = searcher_for(args.db)
    if args.tile > 1:
        tile(args.db, args.tile)
    answers, warm = {}, {}
    for query in QUERIES:  # warm: the first search of a segment reads its columns, postings and facet rows
        wall, cpu = time.perf_counter(), time.thread_time()
        page, extra = one(query)
        warm[query["kind"]] = ((time.perf_counter() - wall) * 1000, (time.thread_time() - cpu) * 1000)
        answers[query["kind"]] = answer_of(page, extra)
    print(f"opened and warmed in {time.perf_counter() - started:.1f} s wall "
          f"({', '.join(f'{k} {w:.0f}/{c:.0f}' for k, (w, c) in warm.items())} ms wall/CPU)")

    if args.profile:
        chosen = [q for q in QUERIES if args.profile in (q["kind"], q["q"])]
        chosen = chosen or [{"kind": args.profile, "q": args.profile}]
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(args.repeat):
            one(chosen[0])
        profiler.disable()
        stats = pstats.Stats(profiler).sort_stats("cumulative")
        stats.print_stats(45)
        pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
        return 0

    _spent.clear()
    walls = {q["kind"]: [] for q in QUERIES}
    cpus = {q["kind"]: [] for q in QUERIES}
    stages = {q["kind"]: collections.defaultdict(float) for q in QUERIES}
    for _ in range(args.repeat):
        for query in QUERIES:
            before = dict(_spent)
            wall, cpu = time.perf_counter(), time.thread_time()
            one(query)
            cpus[query["kind"]].append((time.thread_time() - cpu) * 1000)
            walls[query["kind"]].append((time.perf_counter() - wall) * 1000)
            for label, spent in _spent.items():
                stages[query["kind"]][label] += spent - before.get(label, 0.0)
    load_after = _load()

    def stats(values):
        return {"p50": percentile(values, 0.50), "p95": percentile(values, 0.95), "p99": percentile(values, 0.99)}

    figures = {"db": str(args.db), "repeat": args.repeat, "load_before": load_before, "load_after": load_after,
               "per_query": {}, "all": {"wall": stats(sum(walls.values(), [])), "cpu": stats(sum(cpus.values(), []))}}
    print(f"load average before {load_before}, after {load_after}; {args.repeat} passes of {len(QUERIES)} queries")
    print("| query | hits | wall p50 / p95 ms | CPU p50 / p95 ms |")
    print("|---|---|---|---|")
    for query in QUERIES:
        kind = query["kind"]
        w, c = stats(walls[kind]), stats(cpus[kind])
        figures["per_query"][kind] = {"q": query["q"], "total": answers[kind]["total"], "wall": w, "cpu": c,
                                      "stages_ms": {k: v * 1000 / args.repeat for k, v in stages[kind].items()}}
        print(f"| {kind} `{query['q']}` | {answers[kind]['total']:,} | {w['p50']:.0f} / {w['p95']:.0f} | "
              f"{c['p50']:.0f} / {c['p95']:.0f} |")
    w, c = figures["all"]["wall"], figures["all"]["cpu"]
    print(f"| **all** (p50 / p95 / p99) | | {w['p50']:.0f} / {w['p95']:.0f} / {w['p99']:.0f} | "
          f"{c['p50']:.0f} / {c['p95']:.0f} / {c['p99']:.0f} |")

    if args.stages:
        print_stages(stages, args.repeat)

    if args.answers:
        args.answers.write_text(json.dumps(answers, indent=1, sort_keys=True, default=str))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1))
    if args.compare:
        expected = json.loads(args.compare.read_text())
        got = json.loads(json.dumps(answers, sort_keys=True, default=str))
        differ = [kind for kind in expected if expected[kind] != got.get(kind)]
        if differ:
            for kind in differ:
                keys = [k for k in expected[kind] if expected[kind][k] != got.get(kind, {}).get(k)]
                print(f"DIFFERENT: {kind}: {', '.join(keys)}")
            return 1
        print(f"same answers as {args.compare} ({len(expected)} queries: hits, order, scores, highlights, "
              "totals, every id, facet counts)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
