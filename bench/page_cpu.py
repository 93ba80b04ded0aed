"""The ``/-/search`` page against Datasette's own FTS5 table search page, in CPU and wall time (issue #16).

    .venv/bin/python bench/page_cpu.py OURS.db --peer PEER.db --repeat 10
    .venv/bin/python bench/page_cpu.py OURS.db --stages             # CPU ms per stage of the page, per query
    .venv/bin/python bench/page_cpu.py OURS.db --profile government  # cProfile of the page for one query
    .venv/bin/python bench/page_cpu.py OURS.db --html DIR            # write each page's HTML (before/after diffs)

Both pages are requested in-process through ``Datasette([path]).client`` with the settings
``archive serve`` gives (``bench/scale.py``'s ``SERVE_SETTINGS``): ours ``/-/search?q=...`` for
the scale mix (``bench/scale.py`` QUERIES), the peer ``/peer/articles?_search=...&_searchmode=raw
&_facet=outlet`` as ``bench/scale.py`` asks it. One warm pass over the mix, then ``--repeat``
passes. Requests run one at a time, so the process's CPU time (``time.process_time``: every
thread, Datasette's SQL threads and the search's executor included) over a request is that page's
cost; the wall time is what a user waits at this machine's load (printed before and after).

``--stages`` times named functions (``bench/stage_timer.py``, CPU of the calling thread; the SQL
Datasette runs in its own threads is counted under the stage only for code that runs it in its
own thread, so the stages do not add up to the page): the search, the index's facet arrays, the
facets' naming SQL, the timeline and the map, the entity and figure boxes, the template render.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import cProfile
import os
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for _path in (str(ROOT), str(ROOT / "bench")):
    if _path not in sys.path:
        sys.path.insert(0, _path)

from scale import QUERIES, datasette_settings, peer_params, percentile, search_params  # noqa: E402
from stage_timer import time_stages  # noqa: E402

# (module, qualified name, stage); nested stages count inside their callers (read by the indents).
STAGES = [
    ("indexer.fulltext.searching", "Searching.search", "search (FullTextIndex.search, its own thread)"),
    ("indexer.fulltext.searching", "Searching.facet_counts", "facet counts (index arrays, its own thread)"),
    ("datasette_plugins.search", "hit_metadata", "hits' metadata (main thread's part)"),
    ("datasette_plugins.search", "story_sizes", "story sizes (main thread's part)"),
    ("datasette_plugins.search", "all_facets", "facets, timeline and map (all_facets)"),
    ("datasette_plugins.search", "facet_counts", "  outlet/year/tag naming"),
    ("datasette_plugins.search_entities", "hits_overview", "  places/organisations, timeline, map"),
    ("datasette_plugins.search_entities", "chart_context", "    timeline (chart_context: two SVGs, table)"),
    ("datasette_plugins.search_entities", "month_series", "    timeline counts (month_series)"),
    ("datasette_plugins.charts", "map_svg", "    map (map_svg, wide and phone)"),
    ("datasette_plugins.search_entities", "entities_counted", "    entity naming (entities_counted)"),
    ("datasette_plugins.search_entities", "filter_labels", "entity filter labels"),
    ("datasette_plugins.figures_page", "places_named", "figure box (places named in the query)"),
    ("datasette.app", "Datasette.render_template", "template render"),
]


def ours_client(db_path: Path):
    from datasette.app import Datasette

    from archive.cli import metadata_for

    return Datasette([str(db_path)], metadata=metadata_for(db_path, ROOT / "metadata.yml"),
                     settings=datasette_settings()).client


def peer_client(db_path: Path):
    from datasette.app import Datasette

    return Datasette([str(db_path)], settings=datasette_settings()).client


async def _timed(client, path: str, params: dict) -> tuple:
    cpu, wall = time.process_time(), time.perf_counter()
    response = await client.get(path, params=params)
    return (time.process_time() - cpu) * 1000, (time.perf_counter() - wall) * 1000, response


async def measure(client, path: str, params_of, repeat: int) -> dict:
    """``{kind: {"cpu": [ms], "wall": [ms], "status": set}}`` over the mix, after a warm pass."""
    for query in QUERIES:
        await client.get(path, params=params_of(query))
    found = {q["kind"]: {"cpu": [], "wall": [], "status": set()} for q in QUERIES}
    for _ in range(repeat):
        for query in QUERIES:
            cpu, wall, response = await _timed(client, path, params_of(query))
            entry = found[query["kind"]]
            entry["cpu"].append(cpu)
            entry["wall"].append(wall)
            entry["status"].add(response.status_code)
    return found


def _p(values, fraction) -> str:
    return f"{percentile(values, fraction):.0f}" if values else "—"


def report(name: str, found: dict) -> dict:
    print(f"\n{name}: CPU ms p50 / p95, wall ms p50 / p95 (statuses)")
    every_cpu, every_wall = [], []
    for kind, entry in found.items():
        every_cpu += entry["cpu"]
        every_wall += entry["wall"]
        print(f"  {kind:<16} CPU {_p(entry['cpu'], .5):>5} / {_p(entry['cpu'], .95):>5}   "
              f"wall {_p(entry['wall'], .5):>5} / {_p(entry['wall'], .95):>5}   {sorted(entry['status'])}")
    print(f"  {'all':<16} CPU {_p(every_cpu, .5):>5} / {_p(every_cpu, .95):>5}   "
          f"wall {_p(every_wall, .5):>5} / {_p(every_wall, .95):>5}")
    return {"cpu_p50": percentile(every_cpu, .5), "cpu_p95": percentile(every_cpu, .95),
            "wall_p50": percentile(every_wall, .5), "wall_p95": percentile(every_wall, .95)}


async def stages(client, repeat: int) -> None:
    spent = collections.defaultdict(float)
    time_stages(STAGES, spent)
    for query in QUERIES:  # warm
        await client.get("/-/search", params=search_params(query))
    table, pages = {}, {}
    for query in QUERIES:
        spent.clear()
        total = 0.0
        for _ in range(repeat):
            cpu, _wall, _response = await _timed(client, "/-/search", search_params(query))
            total += cpu
        table[query["kind"]] = {label: spent[label] * 1000 / repeat for *_, label in STAGES}
        pages[query["kind"]] = total / repeat
    kinds = [q["kind"] for q in QUERIES]
    print("\nCPU ms a page, by stage (mean of", repeat, "requests; stage_timer: the calling thread's CPU)")
    print("| stage | " + " | ".join(kinds) + " |")
    print("|---|" + "---|" * len(kinds))
    print("| **the page (process CPU, all threads)** | " + " | ".join(f"{pages[k]:.1f}" for k in kinds) + " |")
    for *_, label in STAGES:
        print(f"| {label} | " + " | ".join(f"{table[k][label]:.1f}" for k in kinds) + " |")


async def profile(client, which: str) -> None:
    query = next((q for q in QUERIES if which in (q["kind"], q["q"])), {"q": which, "kind": which, "fts": which})
    for _ in range(2):
        await client.get("/-/search", params=search_params(query))
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(10):
        await client.get("/-/search", params=search_params(query))
    profiler.disable()
    print(f"\ncProfile of 10 requests of /-/search for {query['q']!r} (the main thread only)")
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(45)


async def write_html(client, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for query in QUERIES:
        response = await client.get("/-/search", params=search_params(query))
        (folder / (query["kind"].replace(" ", "_") + ".html")).write_text(response.text)
    print(f"wrote {len(QUERIES)} pages to {folder}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog="\n\n".join(__doc__.split("\n\n")[1:]))
    parser.add_argument("db", type=Path, help="our archive.db (its Whoosh index beside it)")
    parser.add_argument("--peer", type=Path, help="the peer's FTS5 database (bench/scale.py's peer.db)")
    parser.add_argument("--repeat", type=int, default=10, help="timed passes over the mix (default 10)")
    parser.add_argument("--stages", action="store_true", help="CPU per stage of our page, per query")
    parser.add_argument("--profile", metavar="QUERY", help="cProfile our page for one query (kind or text)")
    parser.add_argument("--html", type=Path, metavar="DIR", help="write our page's HTML for each query to DIR")
    args = parser.parse_args(argv)
    for path in (args.db, args.peer):
        if path is not None and not path.exists():
            print(f"{path}: no such database", file=sys.stderr)
            return 2
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")

    async def go():
        ours = ours_client(args.db)
        if args.html:
            await write_html(ours, args.html)
            return
        if args.profile:
            await profile(ours, args.profile)
            return
        if args.stages:
            await stages(ours, args.repeat)
            return
        mine = report("ours: /-/search", await measure(ours, "/-/search", search_params, args.repeat))
        if args.peer:
            path = f"/{args.peer.stem}/articles"
            theirs = report(f"peer: {path}?_search=…&_facet=outlet",
                            await measure(peer_client(args.peer), path, peer_params, args.repeat))
            print(f"\nours / peer p95: CPU {mine['cpu_p95'] / theirs['cpu_p95']:.2f}×, "
                  f"wall {mine['wall_p95'] / theirs['wall_p95']:.2f}×; "
                  f"p50: CPU {mine['cpu_p50'] / theirs['cpu_p50']:.2f}×, wall {mine['wall_p50'] / theirs['wall_p50']:.2f}×")

    asyncio.run(go())
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
