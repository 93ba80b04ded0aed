"""The search page, ``/-/search``: ranked Whoosh hits, facet counts from SQLite."""

from __future__ import annotations

import asyncio
from collections import Counter
import json
import time
import urllib.parse

from datasette.utils.asgi import Response

from datasette_plugins import figures_page, search_entities
from datasette_plugins import facet_filter
from datasette_plugins.archive_db import archive_database, index_for_path, plugin_config, text_fetcher
from datasette_plugins.queries import articles_for_hits, clean_entity_id
from indexer.fulltext import QueryError

PAGE_SIZE = 20
MAX_PAGE = 500
FACET_LIMIT = 12
FACETS = {"outlet": "Outlet", "year": "Year", "tag": "Tags", "place": "Places", "organisation": "Organisations"}
SORTS = {"relevance": "Relevance", "date": "Newest first", "oldest": "Oldest first"}


def _int(value, default, low, high):
    try:
        number = int(value)
    except (TypeError, ValueError):
        return default
    return min(max(number, low), high)


def search_params(request) -> dict:
    args = request.args
    year = args.get("year") or ""
    return {
        "q": (args.get("q") or "").strip()[:2000],
        "page": _int(args.get("page"), 1, 1, MAX_PAGE),
        "sort": args.get("sort") if args.get("sort") in SORTS else "relevance",
        "outlet": (args.get("outlet") or "").strip()[:200] or None,
        "year": int(year) if year.isdigit() and len(year) == 4 else None,
        "tags": [t.strip()[:100] for t in args.getlist("tag") if t.strip()][:10],
        # Places and organisations (entity ids) every hit must mention; applied in SQLite.
        "entities": list(dict.fromkeys(e for e in map(clean_entity_id, args.getlist("entity")) if e))[:5],
        # One hit per story unless asked otherwise; the form sends collapse=0, plus 1 if ticked.
        "collapse": ("1" in args.getlist("collapse")) if args.getlist("collapse") else True,
        # Known names find all their spellings unless the search is exact (exact=1).
        "exact": args.get("exact") == "1",
        # Facets whose value the hits must lack ("unknown outlet", "no date", ...); applied in SQLite.
        "missing": list(dict.fromkeys(m for m in args.getlist("missing") if m in FACETS)),
        # The facet shown with all its values ("more…"); the others stop at FACET_LIMIT.
        "more": args.get("more") if args.get("more") in FACETS else None,
        # The box narrowing that facet's values (facet_filter.py); never carried on by url_with.
        "facet_filter": (args.get(facet_filter.SEARCH_PARAM) or "").strip()[:facet_filter.MAX_FILTER],
    }


def url_with(path: str, params: dict, **changes) -> str:
    """The search URL for ``params`` with some changed (None removes one); page resets to 1."""
    merged = dict(params, page=None, more=None)  # "more…" is kept only when asked for
    merged.update(changes)
    pairs = []
    for key in ("q", "sort", "outlet", "year", "tags", "entities", "missing", "collapse", "exact", "more", "page"):
        value = merged.get(key)
        if key == "exact":
            if value:
                pairs.append(("exact", "1"))
        elif key == "collapse":
            pairs.append(("collapse", "1" if value else "0"))
        elif key == "tags":
            pairs += [("tag", tag) for tag in value or []]
        elif key == "entities":
            pairs += [("entity", entity) for entity in value or []]
        elif key == "missing":
            pairs += [("missing", name) for name in value or []]
        elif key == "sort" and value == "relevance":
            continue
        elif value not in (None, "", 1) or (key == "page" and value not in (None, 1)):
            pairs.append((key, value))
    return path + ("?" + urllib.parse.urlencode(pairs) if pairs else "")


# What a facet calls the articles without a value: a bucket of its own, so every facet adds up.
MISSING_LABELS = {"outlet": "unknown outlet", "year": "no date", "tag": "no tags",
                  "place": "no place named", "organisation": "no organisation named"}


async def facet_counts(database, ids: list, limit=FACET_LIMIT, counted: dict | None = None) -> dict:
    """Counts over every hit, computed in SQLite: outlet, year and tag facets (``[{value, count}]``,
    most first, ``limit`` values each, or all with ``limit=None``), ``more`` (the facets that have
    more values than that), ``missing`` (``{facet: hits without a value}``: no outlet, no date, no
    tags), ``month`` (``{month: articles}``, for the timeline), ``undated`` and ``stories`` (hits
    with near-copies counted once).

    Outlet and year facets plus their missing buckets sum to the hits; every hit is under at least
    one tag or in "no tags".

    The article's own columns come in one pass through the covering index of hits
    (``articles_for_hits``) and are counted here: a ``GROUP BY`` each walked every hit again
    (~60 ms a walk for 38,000 hits at 100k articles).

    ``counted``: the counts the full-text index made from its arrays (``FullTextIndex.facet_counts``);
    then SQLite only names the outlets and tags shown."""
    if not ids and not (counted and counted.get("stories")):
        return {"outlet": [], "year": [], "tag": [], "month": {}, "stories": 0, "undated": 0,
                "missing": {"outlet": 0, "year": 0, "tag": 0}, "more": []}
    if counted is not None:
        return await _named_counts(database, counted, limit)
    payload = json.dumps(ids)
    hits = "with hits(id) as (select value from json_each(:ids)) "
    articles = await articles_for_hits(database)
    # Grouped by all three at once (a few thousand rows at most), summed per facet below: rows per
    # hit would each pass Datasette's Python text_factory, which tripled the time.
    result = await database.execute(
        hits + f", found as (select a.outlet, a.year, a.month, coalesce(a.duplicate_of, a.id) as story "
        f"from hits join {articles} on a.id = hits.id) "
        "select outlet, year, month, count(*) as n, (select count(distinct story) from found) as stories "
        "from found group by outlet, year, month", {"ids": payload})
    outlets, years, months, stories = Counter(), Counter(), Counter(), 0
    for outlet, year, month, n, stories in result.rows:
        outlets[outlet] += n
        years[year] += n
        months[month] += n
    missing = {"outlet": outlets.pop(None, 0), "year": years.pop(None, 0)}
    undated = months.pop(None, 0)
    more = []
    counts = await _outlets_and_years(database, outlets, years, limit, more) | {
        "month": dict(months),
        "undated": undated,
        "stories": stories,
    }
    # Tags: one more than shown tells whether there are more; hits without a tag are counted apart.
    result = await database.execute(
        hits + ", counted as (select at.tag_id, count(*) as n from hits join article_tags at "
        "on at.article_id = hits.id group by at.tag_id) "
        "select t.name as value, counted.n as n from counted join tags t on t.id = counted.tag_id "
        "order by n desc, value limit :limit", {"ids": payload, "limit": limit + 1 if limit else -1})
    tags = [{"value": row["value"], "count": row["n"]} for row in result.rows]
    if limit and len(tags) > limit:
        more.append("tag")
    counts["tag"] = tags[:limit]
    result = await database.execute(
        hits + "select count(*) from hits where not exists "
        "(select 1 from article_tags at where at.article_id = hits.id)", {"ids": payload})
    missing["tag"] = result.rows[0][0]
    counts["missing"] = missing
    counts["more"] = more
    return counts


async def _outlets_and_years(database, outlets: Counter, years: Counter, limit, more: list) -> dict:
    """The outlet and year facets from their counts (outlet ids): the outlets at or above the
    ``limit``-th count named by SQLite (ties at the cut kept, ordered by name), the years newest
    first; a facet with values left out is added to ``more``."""
    ranked = sorted(outlets.values(), reverse=True)
    least = ranked[limit - 1] if limit and len(ranked) >= limit else 0
    top = [(outlet, n) for outlet, n in outlets.items() if n >= least]
    names = {}
    if top:
        found = await database.execute("select id, name from outlets where id in (select value from json_each(:ids))",
                                       {"ids": json.dumps([outlet for outlet, _ in top])})
        names = {row["id"]: row["name"] for row in found.rows}
    by_name = Counter()
    for outlet, n in top:
        by_name[names.get(outlet, f"outlet #{outlet}")] += n
    if limit and len(outlets) > limit:
        more.append("outlet")
    if limit and len(years) > limit:
        more.append("year")
    return {
        "outlet": [{"value": name, "count": n}
                   for name, n in sorted(by_name.items(), key=lambda item: (-item[1], item[0]))][:limit],
        "year": [{"value": year, "count": n} for year, n in sorted(years.items(), reverse=True)][:limit],
    }


async def _named_counts(database, counted: dict, limit) -> dict:
    """:func:`facet_counts`'s answer from the index's counts: the same cuts, ties and buckets."""
    outlets, years = Counter(counted["outlet"]), Counter(counted["year"])
    months = Counter(counted["month"])
    missing = {"outlet": outlets.pop(None, 0), "year": years.pop(None, 0), "tag": counted["no_tags"]}
    undated = months.pop(None, 0)
    more = []
    shown = await _outlets_and_years(database, outlets, years, limit, more)
    tags = []
    if counted["tag"]:
        found = await database.execute("select id, name from tags where id in (select value from json_each(:ids))",
                                       {"ids": json.dumps(list(counted["tag"]))})
        tags = sorted(({"value": row["name"], "count": counted["tag"][row["id"]]} for row in found.rows),
                      key=lambda item: (-item["count"], item["value"]))
    if limit and len(tags) > limit:
        more.append("tag")
    return shown | {
        "month": dict(months),
        "undated": undated,
        "stories": counted["stories"],
        "tag": tags[:limit],
        "missing": missing,
        "more": more,
    }


async def all_facets(datasette, database, ids: list, *, everything: bool = False, charts: bool = True,
                     counted: dict | None = None) -> dict:
    """Every facet of a search over its hits ``ids``: ``facets`` (``{name: [{value, count}]}``,
    FACET_LIMIT values each or ``everything``), ``more`` (facets with values left out),
    ``missing`` (``{name: hits without a value}``), ``stories``, ``undated``, ``month`` and the
    ``overview`` (timeline, map) of the page; ``charts=False`` (exports) leaves the timeline and
    map out of ``overview`` instead of computing and drawing them for nothing. ``counted``: see
    :func:`facet_counts`."""
    limit = None if everything else FACET_LIMIT
    counts = await facet_counts(database, ids, limit=limit, counted=counted)
    overview = await search_entities.hits_overview(datasette, database, ids, published_months=counts["month"],
                                                   limit=limit, undated=counts["undated"], draw=charts, counted=counted)
    return {
        "facets": {name: counts[name] for name in ("outlet", "year", "tag")} | overview.pop("facets"),
        "more": counts["more"] + overview.pop("more"),
        "missing": counts["missing"] | overview.pop("missing"),
        "stories": counts["stories"],
        "undated": counts["undated"],
        "month": counts["month"],
        "overview": overview,
    }


def facet_box(request, params: dict, name: str, items: list) -> dict:
    """The search box of the facet listed in full: ``values`` (those matching it), ``listed`` (all),
    ``searchable`` (more than FILTER_AT values, or a box already typed) and the form's other fields."""
    needle = facet_filter.clean_needle(params["facet_filter"])
    fields = urllib.parse.parse_qsl(url_with("", params, more=name).lstrip("?"), keep_blank_values=True)
    return {"values": facet_filter.filter_values(items, needle), "listed": len(items), "typed": params["facet_filter"],
            "searchable": bool(needle) or len(items) > facet_filter.FILTER_AT, "fields": fields,
            "param": facet_filter.SEARCH_PARAM}


async def story_sizes(database, stories: list) -> dict:
    """``{story id: articles in it}``: a story is an article and its near-duplicate copies."""
    if not stories:
        return {}
    result = await database.execute(
        "select coalesce(duplicate_of, id) as story, count(*) as n from articles "
        "where id in (select value from json_each(:ids)) or duplicate_of in (select value from json_each(:ids)) "
        "group by story",
        {"ids": json.dumps(sorted(set(stories)))},
    )
    return {row["story"]: row["n"] for row in result.rows}


async def hit_metadata(database, ids: list) -> dict:
    if not ids:
        return {}
    result = await database.execute(
        "select a.id, a.published, a.author, a.tags, o.name as outlet from articles a "
        "left join outlets o on o.id = a.outlet where a.id in (select value from json_each(:ids))",
        {"ids": json.dumps(ids)},
    )
    return {row["id"]: dict(row) for row in result.rows}


async def search_view(datasette, request):
    params = search_params(request)
    database = await archive_database(datasette)
    context = {
        "params": params,
        "sorts": SORTS,
        "facet_labels": FACETS,
        "missing_labels": MISSING_LABELS,
        "missing": {},
        "more": [],
        "error": None,
        "page": None,
        "hits": [],
        "facets": None,
        "elapsed_ms": None,
        "url_with": lambda **changes: url_with(datasette.urls.path("/-/search"), params, **changes),
        "export_url": lambda fmt: url_with(datasette.urls.path(f"/-/search.{fmt}"), params, collapse=None),
        "article_url": lambda article_id: datasette.urls.path(f"/-/article/{article_id}"),
        "database_name": database.name if database else None,
        "entity_filters": await search_entities.filter_labels(database, params["entities"]) if database else [],
    }
    status = 200
    index = index_for_path(database.path) if database else None
    if database is None or index is None:
        context["error"] = "No archive with a full-text index is being served. Import articles with 'archive import' first."
        status = 404
    elif params["q"]:
        started = time.perf_counter()
        time_limit = float(plugin_config(datasette).get("search_time_limit_ms", 3000)) / 1000
        filters = {"outlet": params["outlet"], "year": params["year"], "tags": params["tags"]}
        loop = asyncio.get_running_loop()
        try:
            if params["entities"] or params["missing"]:
                page = await search_entities.search_mentioning(
                    database, index, params, filters, page_size=PAGE_SIZE, max_page=MAX_PAGE, time_limit=time_limit)
            else:
                page = await loop.run_in_executor(
                    None,
                    lambda: index.search(
                        params["q"], page=params["page"], pagelen=PAGE_SIZE, sort=params["sort"],
                        filters=filters, fetch_texts=text_fetcher(database.path), want_all_ids=True,
                        time_limit=time_limit, collapse=params["collapse"], expand=not params["exact"],
                    ),
                )
        except QueryError as error:
            context["error"] = str(error)
            status = 400
        else:
            meta = await hit_metadata(database, [h.id for h in page.hits])
            copies = await story_sizes(database, [h.story for h in page.hits])
            context["page"] = page
            context["hits"] = [
                {"hit": hit, "copies": copies.get(hit.story, 1) - 1,
                 "meta": dict(meta.get(hit.id, {}), tags=json.loads(meta.get(hit.id, {}).get("tags") or "[]"))}
                for hit in page.hits
            ]
            # Outlet, year, month, tag and story counts from the index's arrays when it ranked on them.
            # (Not when SQLite narrowed the hits to entities or missing values: the arrays hold them all.)
            arrays = None if params["entities"] or params["missing"] else await loop.run_in_executor(
                None, lambda: index.facet_counts(page))
            counted = await all_facets(datasette, database, page.all_ids, everything=bool(params["more"]),
                                       counted=arrays)
            context["stories"] = counted.pop("stories")
            context["missing"] = counted.pop("missing")
            context["facets"], context["more"] = {}, []
            for name, items in counted.pop("facets").items():
                context["facets"][name] = items if name == params["more"] else items[:FACET_LIMIT]
                if name in counted["more"] or len(items) > FACET_LIMIT:
                    context["more"].append(name)
                if name == params["more"]:  # all its values: searchable when long (facet_filter.py)
                    context["facet_box"] = facet_box(request, params, name, items)
                    context["facets"][name] = context["facet_box"]["values"]
            context.update(counted["overview"])
            context["elapsed_ms"] = round((time.perf_counter() - started) * 1000)
            # a query naming a place links to the figures page for it (and for these hits)
            # the names it also searched too ("Ghwairan" finds Ghuwayran by its sound)
            context["figure_places"] = await figures_page.places_named(
                database, " ".join([params["q"], *(getattr(page, "also_searched", None) or [])]))
            context["figures_url"] = lambda **more: datasette.urls.path("/-/figures") + "?" + urllib.parse.urlencode(more)
    html = await datasette.render_template("archive_search.html", context, request=request)
    return Response.html(html, status=status)
