"""The search page's places, organisations, hits without any and event months (issue #16): SQL
over the hit ids (the page's queries before) against the index's entity arrays
(``FullTextIndex.facet_counts``; these times include its outlet, year, month, tag and story
counts), alternating in one process, three times each after a first call that reads the arrays;
then every segment's entity arrays read again at a new version (what ``archive extract`` causes).

    .venv/bin/python bench/entity_facets.py /tmp/scale-100000/ours/archive.db government Kyoto '"prime minister"'
"""
import asyncio, sqlite3, sys, time, statistics
from pathlib import Path
db = Path(sys.argv[1])
from datasette_plugins.archive_db import index_for_path
from datasette_plugins.queries import entity_counts, month_series, entities_counted
from datasette_plugins.search_entities import hits_without_entities
from datasette_plugins import charts
class R:
    def __init__(s, rows): s.rows = rows
class D:
    def __init__(s):
        s.conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True); s.conn.row_factory = sqlite3.Row
    async def execute(s, sql, params=None): return R(s.conn.execute(sql, params or {}).fetchall())
index = index_for_path(db)
d = D()
def sql_way(ids):
    async def run():
        return (await entity_counts(d, ids, limit=100000), await hits_without_entities(d, ids),
                await month_series(d, ids=ids, published={}))
    c, m, s = asyncio.run(run())
    return {r["id"]: r["n"] for r in c}, m, s["events"]
def array_way(page):
    counts = index.facet_counts(page)
    named = asyncio.run(entities_counted(d, counts["entity"], limit=100000))
    return ({r["id"]: r["n"] for r in named}, {"place": counts["no_place"], "organisation": counts["no_organisation"]},
            charts.clean_counts(counts["event_month"].items()))
for q in sys.argv[2:]:
    page = index.search(q, pagelen=20, want_all_ids=True)
    t = time.perf_counter(); first = array_way(page); first_t = time.perf_counter() - t
    a, s = [], []
    for _ in range(3):
        t = time.perf_counter(); x = sql_way(page.all_ids); s.append(time.perf_counter() - t)
        t = time.perf_counter(); y = array_way(page); a.append(time.perf_counter() - t)
    print(f"{q!r}: {page.total} hits; equal={x == y}; SQL median {statistics.median(s)*1000:.0f} ms; "
          f"arrays median {statistics.median(a)*1000:.0f} ms (first, reading the arrays: {first_t*1000:.0f} ms)", flush=True)
if True:  # every segment read again at a new version
    from indexer.fulltext import entity_arrays
    page = index.search("government", pagelen=20, want_all_ids=True)
    r = page.ranked
    store = index.store()
    for v in (10_001, 10_002):
        t = time.perf_counter()
        entity_arrays.count_entities(index._arrays.columns, index._entity_codes, r.matches.segments, r.docnums,
                                     index._columns.values, store.entity_rows, v)
        print(f"entity arrays of every segment read again at a new version (government): {(time.perf_counter()-t)*1000:.0f} ms", flush=True)
