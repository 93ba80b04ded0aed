"""Places and organisations on the search page: their facets over all hits, the ``entity=`` filter
that combines with the query and the other filters, and the hits' timeline and map.

The Whoosh index knows nothing of entities, so the filter is applied in SQLite: Whoosh ranks (up
to ``RANK_CAP`` hits, every reachable page), SQLite keeps the hits that mention every chosen entity,
in rank order, and only that page's texts are fetched for highlighting. Past the cap (a huge result
narrowed to a rare place) the remaining hits follow by date, with plain snippets.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import sqlite3
from pathlib import Path

import sqlite_utils
from markupsafe import escape

from datasette_plugins import charts, map_chart
from datasette_plugins.places_map import map_places
from datasette_plugins.queries import (chart_context, entities_counted, entities_named, entity_counts, hits_filter_sql,
                                       month_series, rows)
from indexer.fulltext import Hit
from indexer.store import Store

RANK_CAP = 10_000
FACET_LIMIT = 12
ENTITY_LIMIT = 100_000  # every entity the hits mention (the gazetteer has a few hundred)
SNIPPET = 240
PLACES_TABLE = 50  # places in the table under the hits' map; the Places facet's "more…" lists them all


def _filter_params(ids: list, entities: list) -> dict:
    return {"ids": json.dumps(ids), "entities": json.dumps(entities), "n": len(entities)}


async def search_mentioning(database, index, params: dict, filters: dict, *, page_size: int, max_page: int,
                            time_limit: float):
    """Like ``index.search`` for one page, keeping only hits that mention every ``params["entities"]``
    and lack a value for each facet of ``params["missing"]`` (no outlet, no date, ...)."""
    entities = params["entities"]
    filter_sql = hits_filter_sql(entities, params.get("missing") or [])
    start = (params["page"] - 1) * page_size
    db_path = Path(database.path).resolve()
    state = {"ranked": []}

    def fetch(ids):
        # Called by the search thread with every ranked hit; fetches the texts of this page only.
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            state["ranked"] = [row[0] for row in conn.execute(filter_sql, _filter_params(ids, entities))]
            wanted = state["ranked"][start:start + page_size]
            return Store(sqlite_utils.Database(conn)).texts(wanted) if wanted else {}
        finally:
            conn.close()

    page = await asyncio.get_running_loop().run_in_executor(
        None,
        lambda: index.search(
            params["q"], page=1, pagelen=min(RANK_CAP, page_size * max_page), sort=params["sort"], filters=filters,
            fetch_texts=fetch, want_all_ids=True, time_limit=time_limit, collapse=params["collapse"],
            expand=not params["exact"],
        ),
    )
    found = await rows(database, filter_sql, _filter_params(page.all_ids, entities))
    matching = [row["id"] for row in found or []]
    ranked = state["ranked"]
    wanted = set(ranked[start:start + page_size])
    hits = [hit for hit in page.hits if hit.id in wanted]
    if len(page.hits) >= RANK_CAP and len(hits) < page_size:
        hits += await _unranked(database, matching, set(ranked), params, offset=max(0, start - len(ranked)),
                                limit=page_size - len(hits))
    return dataclasses.replace(page, total=len(matching), page=params["page"], pagelen=page_size, hits=hits,
                               all_ids=matching, timed_out=page.timed_out or found is None)


async def _unranked(database, matching: list, ranked: set, params: dict, *, offset: int, limit: int) -> list:
    """Hits past the ranking cap, by date (oldest first for that sort), one per story if collapsed."""
    rest = [i for i in matching if i not in ranked]
    if not rest:
        return []
    order = "a.published is null, a.published" + ("" if params["sort"] == "oldest" else " desc")
    group = "group by coalesce(a.duplicate_of, a.id)" if params["collapse"] else ""
    found = await rows(
        database,
        f"select min(a.id) as id, coalesce(a.duplicate_of, a.id) as story, a.title, substr(a.body, 1, {SNIPPET + 40}) as body "
        f"from articles a where a.id in (select value from json_each(:ids)) "
        f"{group or 'group by a.id'} order by {order} limit :limit offset :offset",
        {"ids": json.dumps(rest), "limit": limit, "offset": offset},
    )
    hits = []
    for row in found or []:
        body = row["body"] or ""
        snippet = body[:SNIPPET].rsplit(" ", 1)[0] + ("…" if len(body) > SNIPPET else "")
        hits.append(Hit(id=row["id"], story=row["story"] or row["id"], score=None,
                        title_html=str(escape(row["title"] or "")), snippet_html=str(escape(snippet))))
    return hits


async def filter_labels(database, entity_ids: list) -> list:
    """The chosen entities as ``{id, name, kind}``; an unknown id keeps its id as its name."""
    known = await entities_named(database, entity_ids)
    return [known.get(i) or {"id": i, "name": i, "kind": "entity"} for i in entity_ids]


async def hits_overview(datasette, database, ids: list, published_months: dict | None = None,
                        limit: int | None = FACET_LIMIT, undated: int | None = None, draw: bool = True,
                        counted: dict | None = None) -> dict:
    """Facets on places and organisations (``limit`` values each, or all with ``None``), the hits
    without any (``missing``), the timeline and the map, over every hit (in SQLite, or from
    ``counted``: the full-text index's arrays, ``FullTextIndex.facet_counts``, when it has
    ``entity``). ``published_months``: the hits' articles per month, when already counted;
    ``undated``: the hits without a publication date, said under the timeline; ``draw=False``:
    the facets and ``missing`` only (an export has no timeline or map to draw)."""
    arrays = counted if counted and "entity" in counted else None
    if arrays is not None:
        counts = await entities_counted(database, arrays["entity"], limit=ENTITY_LIMIT)
    else:
        counts = await entity_counts(database, ids, limit=ENTITY_LIMIT) if ids else []
    facets = {"place": [], "organisation": []}
    seen = {"place": 0, "organisation": 0}
    for row in counts or []:
        if row["kind"] in facets:
            seen[row["kind"]] += 1
            if limit is None or len(facets[row["kind"]]) < limit:
                facets[row["kind"]].append({"value": row["name"], "count": row["n"], "id": row["id"]})
    if arrays is not None:
        missing = {"place": arrays["no_place"], "organisation": arrays["no_organisation"]}
    else:
        missing = await hits_without_entities(database, ids) if ids else {"place": 0, "organisation": 0}
    if not draw:
        return {"facets": facets, "missing": missing,
                "more": [kind for kind, n in seen.items() if limit is not None and n > limit]}
    places = map_places(datasette, [r for r in counts or [] if r["kind"] == "place"], count_key="n")
    on_map = [p for p in places if p["on_map"]]
    series = await month_series(database, ids=ids, published=published_months,
                                event_months=arrays["event_month"] if arrays is not None else None) if ids else {}
    key = []  # places numbered on the phone's map, for its key
    timeline = chart_context(series, label="Matching articles per month", undated=undated) if ids else None
    if timeline:  # its table's rows written in Python, not by a template loop a cell
        timeline["rows_html"] = charts.table_rows_html(timeline["rows"], timeline["series"])
    return {
        "facets": facets,
        "missing": missing,
        "more": [kind for kind, n in seen.items() if limit is not None and n > limit],
        "hits_timeline": timeline,
        "hits_map": map_chart.map_svg(on_map, label="Places mentioned in the matching articles", labels=8) if on_map else None,
        "hits_map_narrow": map_chart.map_svg(on_map, label="Places mentioned in the matching articles", width=380,
                                          labels=10, compact=True, key=key) if on_map else None,
        "hits_map_legend": map_chart.map_legend(on_map),
        "hits_map_legend_narrow": map_chart.map_legend(on_map, compact=True),
        "hits_map_key": key,
        "hits_places": places[:PLACES_TABLE],
        "hits_places_left": max(0, len(places) - PLACES_TABLE),  # said under the table, with a link to them all
    }


async def hits_without_entities(database, ids: list) -> dict:
    """``{"place": hits naming no place, "organisation": hits naming no organisation}``; a count
    that ran out of time is ``None``."""
    found = await rows(
        database,
        "with hits(id) as (select value from json_each(:ids)) select "
        + ", ".join(
            f"sum(not exists (select 1 from article_entities ae join entities e on e.id = ae.entity_id "
            f"where ae.article_id = hits.id and e.kind = '{kind}')) as {kind}" for kind in ("place", "organisation"))
        + " from hits",
        {"ids": json.dumps(ids)},
    )
    if not found:
        return {"place": None, "organisation": None}
    return {kind: found[0][kind] or 0 for kind in ("place", "organisation")}
