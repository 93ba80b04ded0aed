"""Pages for the gazetteer's places and organisations: ``/-/entities`` (the list) and
``/-/entity/<id>`` (one entity: where, when, with whom, in which outlets, what figures)."""

from __future__ import annotations

import json
import urllib.parse

from datasette.utils import tilde_encode
from datasette.utils.asgi import NotFound, Response

from datasette_plugins import facet_filter, map_chart
from datasette_plugins.archive_db import archive_database
from datasette_plugins.queries import (
    articles_table_filter,
    chart_context,
    clean_entity_id,
    entity_path,
    month_series,
    rows,
    undated_count,
)

CO_MENTIONED = 15
TOP_OUTLETS = 15
ALL_OUTLETS = 5000
RECENT = 20
FIGURES = 100
INDEX_LIMIT = 5000


def _aliases(value) -> list:
    try:
        aliases = json.loads(value or "[]")
    except (TypeError, ValueError):
        return []
    return [str(a) for a in aliases if isinstance(a, (str, int, float))] if isinstance(aliases, list) else []


def search_query_for(name: str) -> str:
    """The search-page query for an entity's name: a phrase when it has several words."""
    name = (name or "").replace('"', " ").strip()
    return f'"{name}"' if " " in name else name


async def entity_view(datasette, request):
    database = await archive_database(datasette)
    entity_id = clean_entity_id(request.url_vars.get("entity_id"), from_path=True)
    if database is None or entity_id is None:
        raise NotFound("No such place or organisation")
    found = await rows(database, "select * from entities where id = ?", [entity_id])
    if not found:
        raise NotFound("No such place or organisation")
    entity = found[0]
    table_url = datasette.urls.table(database.name, "articles")
    filter_pair = articles_table_filter(entity.get("kind") or "", entity["name"])

    def articles_url(**more):
        pairs = [filter_pair] + [(k, v) for k, v in more.items() if v is not None]
        return table_url + "?" + urllib.parse.urlencode(pairs)

    all_outlets = request.args.get("outlets") == "all"
    all_with = request.args.get("with") == "all"
    counted = await entity_counts(database, entity_id, with_limit=ALL_OUTLETS if all_with else CO_MENTIONED + 1,
                                  outlet_limit=ALL_OUTLETS if all_outlets else TOP_OUTLETS + 1)
    return await render_entity(datasette, request, entity, counted, articles_url=articles_url,
                               bar_href=lambda key, month: articles_url(month=month) if key == "published" else None,
                               undated_href=articles_url(month__isnull=1), database_name=database.name,
                               figures_url=datasette.urls.table(database.name, "figures") + "?" + urllib.parse.urlencode(
                                   {"source_entity": entity_id}))


async def entity_counts(database, entity_id: str, *, with_limit: int, outlet_limit: int) -> dict:
    """What one entity's page counts in one archive (a collection adds its shards' up:
    collection_entity.py): articles, co-mentioned entities, outlets (``with_limit``/``outlet_limit``
    rows), the unknown outlet, the latest articles and figures, the months."""
    total = await rows(database, "select count(*) as n from article_entities where entity_id = ?", [entity_id])
    return {
        "total": total[0]["n"] if total else None,
        "co_mentioned": await rows(
            database,
            "select e.id, e.name, e.kind, e.type, count(*) as n from article_entities ae "
            "join article_entities other on other.article_id = ae.article_id and other.entity_id != ae.entity_id "
            "join entities e on e.id = other.entity_id where ae.entity_id = :entity "
            "group by e.id order by n desc, e.name limit :limit",
            {"entity": entity_id, "limit": with_limit}),
        "outlets": await rows(
            database,
            "select o.id, o.name, count(*) as n from article_entities ae join articles a on a.id = ae.article_id "
            "join outlets o on o.id = a.outlet where ae.entity_id = :entity group by o.id order by n desc, o.name "
            "limit :limit", {"entity": entity_id, "limit": outlet_limit}),
        "unknown_outlet": await rows(
            database,
            "select count(*) as n from article_entities ae join articles a on a.id = ae.article_id "
            "where ae.entity_id = :entity and a.outlet is null", {"entity": entity_id}),
        "recent": await rows(
            database,
            "select a.id, a.title, a.published, o.name as outlet, ae.mentions from article_entities ae "
            "join articles a on a.id = ae.article_id left join outlets o on o.id = a.outlet "
            "where ae.entity_id = :entity order by a.published is null, a.published desc, a.id limit :limit",
            {"entity": entity_id, "limit": RECENT}),
        "figures": await rows(
            database,
            "select f.id, f.article_id, f.number_text, f.value, f.counts, f.source, f.sentence, f.published, "
            "o.name as outlet from figures f left join outlets o on o.id = f.outlet where f.source_entity = :entity "
            "order by f.published is null, f.published desc, f.id limit :limit",
            {"entity": entity_id, "limit": FIGURES}),
        "series": await month_series(database, entity=entity_id),
        "undated": await undated_count(database, entity=entity_id),
    }


async def render_entity(datasette, request, entity: dict, counted: dict, *, articles_url, bar_href, undated_href,
                        database_name, figures_url, **more):
    """One entity's page for counts made (:func:`entity_counts`, or a collection's summed)."""
    entity_id = entity["id"]
    kind = entity.get("kind") or ""
    all_outlets = request.args.get("outlets") == "all"
    all_with = request.args.get("with") == "all"
    co_mentioned, outlets = counted["co_mentioned"], counted["outlets"]
    unknown_outlet = counted["unknown_outlet"]
    timeline = chart_context(
        counted["series"], label=f"Articles mentioning {entity['name']} per month", href=bar_href,
        undated=counted["undated"], undated_href=undated_href,
    )
    place_map = None
    if kind == "place" and map_chart.in_bounds(entity.get("latitude"), entity.get("longitude")):
        place_map = map_chart.map_svg(
            [dict(entity, count=1, href=None)], label=f"Where {entity['name']} is", labels=1, width=420, radius=6,
            compact=True)
    search_url = datasette.urls.path("/-/search") + "?" + urllib.parse.urlencode({"q": search_query_for(entity["name"])})
    context = {
        "entity": entity,
        "aliases": _aliases(entity.get("aliases")),
        "article_count": counted["total"],
        # One more than shown tells whether there are more ("more…" lists them all, with a box when long).
        "co_mentioned": co_mentioned if co_mentioned is None or all_with else co_mentioned[:CO_MENTIONED],
        "co_more": not all_with and co_mentioned is not None and len(co_mentioned) > CO_MENTIONED,
        "all_with_url": datasette.urls.path(f"/-/entity/{urllib.parse.quote(entity_id, safe=':')}") + "?with=all#co-mentioned",
        "boxes": {"with": _box(request, "with", co_mentioned if all_with else None),
                  "outlets": _box(request, "outlets", outlets if all_outlets else None)},
        # One more than shown tells whether there are more ("more…" lists them all).
        "outlets": outlets if outlets is None or all_outlets else outlets[:TOP_OUTLETS],
        "outlets_more": not all_outlets and outlets is not None and len(outlets) > TOP_OUTLETS,
        "all_outlets_url": datasette.urls.path(f"/-/entity/{urllib.parse.quote(entity_id, safe=':')}")
                           + "?outlets=all#outlets",
        "unknown_outlet": unknown_outlet[0]["n"] if unknown_outlet else None,
        "recent": counted["recent"],
        "figures": counted["figures"],
        "timeline": timeline,
        "place_map": place_map,
        "search_url": search_url,
        "articles_url": articles_url,
        "entity_url": lambda other: entity_path(datasette, other),
        "article_url": lambda article_id: datasette.urls.path(f"/-/article/{article_id}"),
        "figures_url": figures_url,
        # the figures page (figures_page.py): figures in the articles mentioning it, and those it gave
        "figures_page_url": lambda **more: datasette.urls.path("/-/figures") + "?" + urllib.parse.urlencode(
            {"entity": entity_id, **more}),
        "figures_given_url": datasette.urls.path("/-/figures") + "?" + urllib.parse.urlencode({"source": entity_id}),
        "database_name": database_name,
        "row_url": datasette.urls.row(database_name, "entities", tilde_encode(entity_id)) if database_name else None,
        **more,
    }
    html = await datasette.render_template("archive_entity.html", context, request=request)
    return Response.html(html)


def _box(request, name: str, listed):
    """The search box of a list shown in full (``?with=all``, ``?outlets=all``) when it is long:
    the rows matching it are kept in ``listed`` (in place), the form's fields returned; else None."""
    if listed is None:
        return None
    param = facet_filter.TABLE_PREFIX.lstrip("_") + name
    typed = (request.args.get(param) or "")[:facet_filter.MAX_FILTER]
    needle = facet_filter.clean_needle(typed)
    count = len(listed)
    if not needle and count <= facet_filter.FILTER_AT:
        return None
    listed[:] = facet_filter.filter_values(listed, needle, key="name")
    return {"param": param, "typed": typed, "listed": count, "fields": [(name, "all")], "anchor": "co-mentioned" if name == "with" else name}


async def entities_index_view(datasette, request):
    database = await archive_database(datasette)
    if database is None:
        raise NotFound("No archive is being served")
    kind = request.args.get("kind")
    kind = kind if kind in ("place", "organisation") else None
    found = await rows(
        database,
        "select id, name, kind, type, latitude, longitude, articles from entities "
        "where (:kind is null or kind = :kind) order by kind desc, coalesce(articles, 0) desc, name limit :limit",
        {"kind": kind, "limit": INDEX_LIMIT},
    )
    return await render_entities_index(datasette, request, found, kind, database.name)


async def render_entities_index(datasette, request, found, kind, database_name, **more):
    """The list page for ``found`` (entity rows, most mentioned first; None: timed out). A
    collection of shards (collection_pages.py) gives its summed counts here too."""
    groups = {"place": [], "organisation": []} if kind is None else {kind: []}
    # A box finds one by name among the hundreds (facet_filter.py; live with static/facet_filter.js).
    typed = (request.args.get("find") or "")[:facet_filter.MAX_FILTER]
    needle = facet_filter.clean_needle(typed)
    listed = 0
    for row in found or []:
        listed += 1
        if facet_filter.matches(row["name"], needle):
            groups.setdefault(row["kind"] or "other", []).append(row)
    context = {
        "groups": list(groups.items()),
        "kind": kind,
        "timed_out": found is None,
        "entity_url": lambda entity_id: entity_path(datasette, entity_id),
        "database_name": database_name,
        "limit": INDEX_LIMIT,
        "find": {"typed": typed, "listed": listed, "shown": sum(len(rows_) for rows_ in groups.values()),
                 "searchable": bool(needle) or listed > facet_filter.FILTER_AT},
        **more,
    }
    html = await datasette.render_template("archive_entities.html", context, request=request)
    return Response.html(html)


async def article_entities(database, article_id: str) -> dict:
    """The places and organisations an article mentions, for its page: ``{"place": [...], ...}``."""
    found = await rows(
        database,
        "select e.id, e.name, e.kind, e.type, ae.mentions from article_entities ae join entities e on e.id = ae.entity_id "
        "where ae.article_id = ? order by ae.mentions desc, e.name limit 300",
        [article_id],
    )
    grouped = {"place": [], "organisation": []}
    for row in found or []:
        grouped.setdefault(row["kind"] or "other", []).append(row)
    return grouped
