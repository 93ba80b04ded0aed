"""The search on arrays against Whoosh's collectors, side by side in one process (issue #16).

    .venv/bin/python bench/search_paths.py /tmp/scale-10000/ours/archive.db [--repeat 10]

bench/scale.py's query mix, each search as ``/-/search`` makes it (page of 20 with highlights from
the text in SQLite, every matching id, near-copies collapsed, names expanded; then the page's
``hit_metadata``, ``story_sizes`` and ``facet_counts``), once through Whoosh's collectors with the
facets counted in SQLite over the hit ids (``arrays=False``: the path before #16) and once on
arrays with the facets from the index's arrays, alternating query by query so both see the same
load on a shared machine. One warm pass first (the array path's first search of a segment reads
its columns and postings; ``--cold`` reports that pass too). Prints p50/p95 per path and per
query, and checks both paths return the same ids, total and facet counts.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for _path in (str(ROOT), str(ROOT / "bench")):
    if _path not in sys.path:
        sys.path.insert(0, _path)

from scale import QUERIES, _Database, latency  # noqa: E402


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--repeat", type=int, default=10, help="passes over the mix (default 10)")
    parser.add_argument("--cold", action="store_true", help="also report the first pass (columns and postings read)")
    args = parser.parse_args(argv)

    from datasette_plugins import search as page_module
    from datasette_plugins.archive_db import index_for_path, text_fetcher

    index = index_for_path(args.db)
    fetch = text_fetcher(args.db)
    database = _Database(args.db)
    loop = asyncio.new_event_loop()

    def one(query: dict, arrays: bool):
        started = time.perf_counter()
        filters = {"outlet": None, "year": query.get("year"), "tags": []}
        page = index.search(query["q"], page=1, pagelen=page_module.PAGE_SIZE, sort=query.get("sort", "relevance"),
                            filters=filters, fetch_texts=fetch, want_all_ids=True, time_limit=3.0, collapse=True,
                            expand=True, arrays=arrays)

        async def sql():
            await page_module.hit_metadata(database, [h.id for h in page.hits])
            await page_module.story_sizes(database, [h.story for h in page.hits])
            counted = index.facet_counts(page) if arrays else None
            return await page_module.facet_counts(database, page.all_ids, counted=counted)

        facets = loop.run_until_complete(sql())
        return (time.perf_counter() - started) * 1000, page, facets

    times = {False: {}, True: {}}
    mismatches = []
    for n in range(args.repeat + 1):
        for query in QUERIES:
            for arrays in (False, True) if n % 2 else (True, False):
                elapsed, page, facets = one(query, arrays)
                if n or args.cold:
                    times[arrays].setdefault(query["kind"], []).append(elapsed)
                if n == 0:
                    query.setdefault("_answers", {})[arrays] = ([h.id for h in page.hits], page.total, facets)
    for query in QUERIES:
        whoosh, arrays = query["_answers"][False], query["_answers"][True]
        if whoosh != arrays:
            mismatches.append(query["kind"])
    loop.close()

    def row(label, values_a, values_b, hits=""):
        a, b = latency(values_a), latency(values_b)
        return f"| {label} | {hits} | {a['p50']:.0f} / {a['p95']:.0f} | {b['p50']:.0f} / {b['p95']:.0f} |"

    print(f"{args.db}: {index.doc_count():,} articles; {args.repeat} passes{' (and the cold one)' if args.cold else ''}, "
          "paths alternating query by query")
    print()
    print("| query | hits | Whoosh + SQL facets p50 / p95 ms | arrays p50 / p95 ms |")
    print("|---|---|---|---|")
    every = {False: [], True: []}
    for query in QUERIES:
        for arrays in (False, True):
            every[arrays] += times[arrays][query["kind"]]
        label = f"{query['kind']}: `{query['q']}`" + (f" sort={query['sort']}" if query.get("sort") else "") + (
            f" year={query['year']}" if query.get("year") else "")
        print(row(label, times[False][query["kind"]], times[True][query["kind"]], f"{query['_answers'][True][1]:,}"))
    print(row("**all**", every[False], every[True]))
    print()
    print("same ids, totals and facet counts on both paths:", "yes" if not mismatches else f"NO: {', '.join(mismatches)}")
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
