"""Name searches with a qualifier, timed in process on an archive (issue #16 / #17): the searches a
researcher types, which the scale benchmark's query mix (plain words and phrases) leaves out.

    .venv/bin/python bench/name_search_times.py ARCHIVE.db [--passes 5] [QUERY ...]

Each query is searched once to warm the process, then ``--passes`` times as the search page does (a page
of 20 with snippets, the exact total); prints each query's total and median, and the p50 / p95 over all.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

QUERIES = ["al-Hol camp", "Raqqa province", "Ghuwayran prison", "Hasakah", '"al-Hol camp"', "Tabqa dam",
           "Deir ez-Zor countryside", "Roj camp"]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("queries", nargs="*", default=QUERIES)
    parser.add_argument("--passes", type=int, default=5)
    args = parser.parse_intermixed_args(argv)
    from archive.cli.opening import open_archive

    with open_archive(args.db) as archive:
        def search(query):
            return archive.index.search(query, pagelen=20, fetch_texts=archive.store.texts)

        for query in args.queries:
            search(query)
        times: dict = {query: [] for query in args.queries}
        totals: dict = {}
        for _ in range(args.passes):
            for query in args.queries:
                started = time.perf_counter()
                totals[query] = search(query).total
                times[query].append(1000 * (time.perf_counter() - started))
    every = sorted(t for values in times.values() for t in values)
    for query in args.queries:
        print(f"{query:32s} total {totals[query]:8,d}  median {statistics.median(times[query]):8.1f} ms")
    print(f"p50 {every[len(every) // 2]:.1f} ms  p95 {every[min(len(every) - 1, int(len(every) * 0.95))]:.1f} ms "
          f"({len(every)} searches)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
