"""SQL shared by the entity, timeline, map and search pages: bounded, indexed, and never a 500.

``rows()`` returns ``None`` when a query hits Datasette's time limit (or a table is missing in an
archive built before it existed), so a page can say "took too long" for one section and render
the rest.
"""

from __future__ import annotations

import json
import re
import sqlite3
import urllib.parse

from datasette.database import QueryInterrupted

from datasette_plugins import charts
from indexer.schema import HITS_INDEX

ENTITY_KINDS = {"place": "places", "organisation": "organisations"}  # kind -> articles column
MAX_ENTITY_ID = 200


async def rows(database, sql: str, params=None):
    try:
        result = await database.execute(sql, params or {})
    except QueryInterrupted:
        return None
    except sqlite3.OperationalError as error:
        if "no such table" in str(error) or "no such column" in str(error):
            return []
        raise
    return [dict(row) for row in result.rows]


async def articles_for_hits(database) -> str:
    """``articles a`` for a join from a search's hits, through the covering index of what the
    counts read (``indexer.schema.HITS_INDEX``) when the archive has it; archives made before it
    read the rows."""
    found = await database.execute("select 1 from sqlite_master where type = 'index' and name = :name",
                                   {"name": HITS_INDEX})
    return f"articles a indexed by {HITS_INDEX}" if found.rows else "articles a"


def entity_path(datasette, entity_id: str) -> str:
    return datasette.urls.path("/-/entity/" + urllib.parse.quote(str(entity_id), safe=":"))


def clean_entity_id(value, *, from_path: bool = False) -> str | None:
    """An entity id from a request: bounded, printable (and percent-decoded if it comes from the
    path, which Datasette leaves encoded); else None."""
    if not isinstance(value, str):
        return None
    value = (urllib.parse.unquote(value) if from_path else value).strip()
    if not value or len(value) > MAX_ENTITY_ID or not value.isprintable():
        return None
    return value


def articles_table_filter(kind: str, name: str) -> tuple:
    """The articles-table query-string pair that keeps the articles mentioning an entity."""
    return (f"{ENTITY_KINDS.get(kind, 'places')}__arraycontains", name)


# --- counts per month -------------------------------------------------------------------------

HITS = "with hits(id) as (select value from json_each(:ids)) "


async def month_series(database, *, ids: list | None = None, outlet: int | None = None,
                       entity: str | None = None, events: bool = True, published: dict | None = None,
                       event_months: dict | None = None) -> dict:
    """``{"published": {month: articles}, "events": {month: articles}}`` for every article, one
    outlet, one entity, or a list of article ids (a search's hits). ``None`` for a series whose
    query ran out of time. ``published``, ``event_months``: that series, when the caller counted
    it already."""
    if ids is not None:
        articles = "articles a" if published is not None else await articles_for_hits(database)  # not run then
        published_sql = (HITS + f"select a.month, count(*) as n from hits join {articles} on a.id = hits.id "
                         "where a.month is not null group by a.month")
        events_sql = (HITS + "select e.month, count(distinct e.article_id) as n from hits "
                      "join event_dates e on e.article_id = hits.id where e.month is not null group by e.month")
        params = {"ids": json.dumps(ids)}
    elif entity is not None:
        published_sql = ("select a.month, count(*) as n from article_entities ae join articles a on a.id = ae.article_id "
                         "where ae.entity_id = :entity and a.month is not null group by a.month")
        events_sql = ("select e.month, count(distinct e.article_id) as n from article_entities ae "
                      "join event_dates e on e.article_id = ae.article_id where ae.entity_id = :entity "
                      "and e.month is not null group by e.month")
        params = {"entity": entity}
    elif outlet is not None:
        published_sql = ("select month, count(*) as n from articles where outlet = :outlet and month is not null "
                         "group by month")
        events_sql = ("select e.month, count(distinct e.article_id) as n from articles a "
                      "join event_dates e on e.article_id = a.id where a.outlet = :outlet and e.month is not null "
                      "group by e.month")
        params = {"outlet": outlet}
    else:
        published_sql = "select month, count(*) as n from articles where month is not null group by month"
        events_sql = ("select month, count(distinct article_id) as n from event_dates where month is not null "
                      "group by month")
        params = {}
    series = {}
    if published is not None:
        series["published"] = charts.clean_counts(published.items())
    else:
        found = await rows(database, published_sql, params)
        series["published"] = None if found is None else charts.clean_counts((r["month"], r["n"]) for r in found)
    if events and event_months is not None:
        series["events"] = charts.clean_counts(event_months.items())
    elif events:
        found = await rows(database, events_sql, params)
        series["events"] = None if found is None else charts.clean_counts((r["month"], r["n"]) for r in found)
    return series


def chart_context(series: dict, *, label: str, href=None, undated: int | None = None,
                  undated_href: str | None = None) -> dict:
    """What a template needs for a timeline: the SVG, the table rows, series that timed out, and
    the articles left off it for want of a publication date (``undated``, ``undated_href`` listing
    them)."""
    usable = {key: counts for key, counts in series.items() if counts}
    return {
        "undated": undated,
        "undated_href": undated_href,
        "svg": charts.timeline_svg(usable, label=label, href=href),
        # the phone's drawing, shown instead of the wide one below 600 px (archive.css)
        "svg_narrow": charts.timeline_svg(usable, label=label, href=href, width=380, height=230, compact=True),
        "rows": charts.table_rows(usable),
        "series": [key for key in charts.SERIES if key in usable],
        "labels": {key: charts.SERIES[key][0] for key in charts.SERIES},
        "timed_out": [key for key, counts in series.items() if counts is None],
        "bars": {key: len(counts) for key, counts in usable.items()},
    }


async def undated_count(database, *, outlet: int | None = None, entity: str | None = None):
    """Articles without a publication date (of one outlet, or mentioning one entity); None if the
    count ran out of time."""
    if entity is not None:
        found = await rows(database, "select count(*) as n from article_entities ae join articles a on a.id = ae.article_id "
                                     "where ae.entity_id = :entity and a.month is null", {"entity": entity})
    elif outlet is not None:
        found = await rows(database, "select count(*) as n from articles where outlet = :outlet and month is null",
                           {"outlet": outlet})
    else:
        found = await rows(database, "select count(*) as n from articles where month is null")
    return found[0]["n"] if found else None


# --- entities over a set of hits ----------------------------------------------------------------

async def entity_counts(database, ids: list, limit: int = 500) -> list | None:
    """Entities mentioned in the articles ``ids``, with how many of them mention each, most first."""
    if not ids:
        return []
    return await rows(
        database,
        # Counted by entity id first, then the few entities joined: joining every mention to its
        # entity row before grouping took three times as long for a common word's hits.
        HITS + ", counted as (select ae.entity_id as id, count(*) as n from hits "
        "join article_entities ae on ae.article_id = hits.id group by ae.entity_id) "
        "select e.id, e.name, e.kind, e.type, e.latitude, e.longitude, counted.n as n "
        "from counted join entities e on e.id = counted.id order by n desc, e.name limit :limit",
        {"ids": json.dumps(ids), "limit": limit},
    )


async def entities_counted(database, counted: dict, limit: int = 500) -> list | None:
    """:func:`entity_counts`'s rows for counts made elsewhere (``{entity id: articles}``, the
    full-text index's arrays): the entities table names them, same order and limit."""
    if not counted:
        return []
    found = await rows(database, "select id, name, kind, type, latitude, longitude from entities "
                       "where id in (select value from json_each(:ids))", {"ids": json.dumps(list(counted))})
    if found is None:
        return None
    for row in found:
        row["n"] = counted[row["id"]]
    # "order by n desc, e.name": SQLite's BINARY order on UTF-8 is the code points' order.
    return sorted(found, key=lambda row: (-row["n"], row["name"] is not None, row["name"] or ""))[:limit]


async def entities_named(database, entity_ids: list) -> dict:
    """``{id: {id, name, kind}}`` for the given ids (unknown ids are left out)."""
    if not entity_ids:
        return {}
    found = await rows(database, "select id, name, kind from entities where id in (select value from json_each(:ids))",
                       {"ids": json.dumps(entity_ids)})
    return {row["id"]: row for row in found or []}


def filter_by_entities_sql(ids_param: str = ":ids", entities_param: str = ":entities", count_param: str = ":n") -> str:
    """The ids of a JSON list that mention every entity of another JSON list, in the list's order."""
    return (f"select j.value as id from json_each({ids_param}) j where (select count(*) from article_entities ae "
            f"where ae.article_id = j.value and ae.entity_id in (select value from json_each({entities_param}))) = {count_param} "
            "order by j.key")


# Hits without a value, by facet: the conditions of a search's "unknown outlet", "no date", ... filters.
MISSING_CONDITIONS = {
    "outlet": "(select a.outlet from articles a where a.id = j.value) is null",
    "year": "(select a.year from articles a where a.id = j.value) is null",
    "tag": "not exists (select 1 from article_tags at where at.article_id = j.value)",
    "place": ("not exists (select 1 from article_entities ae join entities e on e.id = ae.entity_id "
              "where ae.article_id = j.value and e.kind = 'place')"),
    "organisation": ("not exists (select 1 from article_entities ae join entities e on e.id = ae.entity_id "
                     "where ae.article_id = j.value and e.kind = 'organisation')"),
}


def hits_filter_sql(entities: list, missing: list) -> str:
    """The ids of a JSON list (``:ids``) that mention every entity of ``:entities`` (``:n`` of them)
    and have no value for each facet of ``missing``, in the list's order."""
    conditions = [MISSING_CONDITIONS[name] for name in missing if name in MISSING_CONDITIONS]
    if entities:
        conditions.append("(select count(*) from article_entities ae where ae.article_id = j.value "
                          "and ae.entity_id in (select value from json_each(:entities))) = :n")
    return ("select j.value as id from json_each(:ids) j" + (" where " + " and ".join(conditions) if conditions else "")
            + " order by j.key")


def valid_month(month: str) -> bool:
    return bool(re.match(r"^\d{4}-(0[1-9]|1[0-2])$", month or ""))
