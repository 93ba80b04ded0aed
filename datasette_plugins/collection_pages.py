"""The pages that count over the whole archive, for a collection of shards (issue #19):
``/-/timeline``, ``/-/map`` and ``/-/entities`` (the figures page: collection_figures.py).

As the search page: each shard counts in its own SQLite (the same queries as one archive's pages,
without their limits where a limit would cut before the sum), the counts are added up here, and
the single archive's templates draw them, so the pages look and count the same. Articles are in
one shard each, so per-article counts (per month, per outlet, per place) add up exactly; outlets,
tags and places are matched by name or gazetteer id, never by a shard's own row ids.

A shard that cannot be read (its file gone, not served since a rebalancing, an SQLite error) is
named at the top of the page in red ("Partial: ...") and the counts say they leave it out; a
shard's query that runs out of time leaves that section "took too long", never one shard short.
Links into one archive's tables (a timeline bar's month of articles) have no single table to go
to and are left off.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from datasette.utils.asgi import Response
from markupsafe import escape

from datasette_plugins.collection import _named_databases, collection_of, unserved_note
from datasette_plugins.queries import month_series, rows, undated_count


class Shards:
    """The served shards of the collection, read one after the other. ``missing``: ``(name, why)``
    of those that could not be read; ``timed_out``: a shard's query ran out of time."""

    def __init__(self, datasette):
        self.collection = collection_of(datasette)
        self.databases = _named_databases(datasette, self.collection)  # name -> database, or None
        self.missing: list = []
        self.timed_out = False
        self.refused = None  # why the collection cannot be counted at all (a rebalancing, unserved shards)
        if self.collection.rebalancing:
            self.refused = f"{self.collection.path.name}: {self.collection.rebalancing_note()}"
        else:
            self.refused = unserved_note(datasette, self.collection)
        for name, database in self.databases.items():
            if database is not None and not Path(database.path).is_file():
                self._lose(name, "no such file")

    def _lose(self, name: str, why: str) -> None:
        if name not in dict(self.missing):
            self.missing.append((name, why))

    def live(self) -> list:
        """``[(name, database)]`` of the shards still readable."""
        gone = dict(self.missing)
        return [(name, db) for name, db in self.databases.items() if db is not None and name not in gone]

    def first(self):
        """A readable shard's database: each holds the whole gazetteer (entities' names, places)."""
        live = self.live()
        return live[0][1] if live else None

    async def each(self, call) -> list:
        """``[(name, call(name, database))]`` for every readable shard; a shard whose call fails
        with an SQLite error is named missing and left out; None (ran out of time) sets ``timed_out``."""
        out = []
        for name, database in self.live():
            try:
                found = await call(name, database)
            except (sqlite3.DatabaseError, OSError) as error:
                self._lose(name, str(error).splitlines()[0][:200])
                continue
            if found is None:
                self.timed_out = True
            out.append((name, found))
        return out

    async def rows(self, sql: str, params=None) -> list:
        """Every shard's rows of one query, as ``[(name, rows or None)]``."""
        return await self.each(lambda name, database: rows(database, sql, params))

    def context(self) -> dict:
        """What base.html needs to name the shards left out."""
        return {"partial_shards": self.missing, "shard_count": len(self.databases)}

    def refusal(self):
        if self.refused is None:
            return None
        return Response.html(f"<!DOCTYPE html><title>Collection unavailable</title><p>{escape(self.refused)}</p>",
                             status=503)


def summed(found: list, key: str = "id", count: str = "n"):
    """``{row[key]: sum of row[count]}`` over the shards' rows; None when a shard ran out of time."""
    out: dict = {}
    for _, shard_rows in found:
        if shard_rows is None:
            return None
        for row in shard_rows:
            out[row[key]] = out.get(row[key], 0) + (row[count] or 0)
    return out


def added(series: list):
    """``{month: n}`` dicts added up; None when one of them is None."""
    out: dict = {}
    for counts in series:
        if counts is None:
            return None
        for month, n in counts.items():
            out[month] = out.get(month, 0) + n
    return out


async def timeline_view(datasette, request):
    from datasette_plugins.timeline import SERIES_CHOICES, render_timeline

    shards = Shards(datasette)
    if shards.refusal():
        return shards.refusal()
    outlet_name = (request.args.get("outlet") or "").strip()[:200] or None
    show = request.args.get("series") if request.args.get("series") in SERIES_CHOICES else "both"
    per_shard = await shards.rows("select o.id, o.name, count(a.id) as n from outlets o join articles a "
                                  "on a.outlet = o.id group by o.id")
    counts = summed(per_shard, key="name")
    # The same order as one archive's 'order by o.name collate nocase' (ASCII letters folded only).
    outlets = None if counts is None else [
        {"id": name, "name": name, "n": n} for name, n in sorted(counts.items(), key=lambda i: (_nocase(i[0]), i[0]))
    ][:2000]
    ids = {name: None if found is None else {row["name"]: row["id"] for row in found} for name, found in per_shard}
    outlet = {"id": outlet_name, "name": outlet_name} if outlet_name and any(
        outlet_name in by_name for by_name in ids.values() if by_name) else None
    missing_outlet = bool(outlet_name) and outlet is None and not shards.timed_out
    events = "events" in SERIES_CHOICES[show]
    series = {"published": {}, "events": {}}
    undated = None
    if not missing_outlet:
        found = await shards.each(lambda name, database: _shard_series(
            database, ids.get(name, {}), outlet_name if outlet else None, events, "published" in SERIES_CHOICES[show]))
        series = {key: added([shard[key] for _, shard in found]) for key in ("published", "events")}
        if "published" in SERIES_CHOICES[show]:
            undated = added([{"": shard["undated"]} if shard["undated"] is not None else None
                             for _, shard in found])
            undated = None if undated is None else undated.get("", 0)
    return await render_timeline(datasette, request, outlets=outlets, outlet=outlet, outlet_name=outlet_name,
                                 missing_outlet=missing_outlet, show=show, series=series, undated=undated,
                                 bar_href=None, undated_href=None, database_name=None, collection=True,
                                 **shards.context())


async def _shard_series(database, outlet_ids: dict, outlet_name, events: bool, published: bool) -> dict:
    """One shard's months (and its undated articles) for every article or one outlet (by name:
    ``outlet_ids`` maps this shard's outlet names to its ids; None: they took too long)."""
    if outlet_name is not None and outlet_ids is None:
        return {"published": None, "events": None, "undated": None}
    if outlet_name is not None and outlet_name not in outlet_ids:
        return {"published": {}, "events": {}, "undated": 0}  # this shard has none of the outlet's articles
    outlet = outlet_ids.get(outlet_name) if outlet_name is not None else None
    series = await month_series(database, outlet=outlet, events=events)
    series.setdefault("events", {})
    series["undated"] = await undated_count(database, outlet=outlet) if published else 0
    return series


def _nocase(text) -> str:
    return (text or "").translate(str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz"))


async def _gazetteer_rows(shards: Shards, counts: dict):
    """Gazetteer rows (from one shard: each holds the whole gazetteer) of the ids counted, with
    ``articles`` the collection's count."""
    first = shards.first()
    if first is None or not counts:
        return []
    found = await rows(first, "select id, name, kind, type, latitude, longitude from entities "
                       "where id in (select value from json_each(:ids))", {"ids": json.dumps(list(counts))})
    if found is None:
        return None
    for row in found:
        row["articles"] = counts[row["id"]]
    return found


async def map_view(datasette, request):
    from datasette_plugins.places_map import MAP_LIMIT, render_map

    shards = Shards(datasette)
    if shards.refusal():
        return shards.refusal()
    # Every place a shard mentions (no limit: the collection's top places are known only after the sum).
    counts = summed(await shards.rows("select id, articles as n from entities where kind = 'place' "
                                      "and coalesce(articles, 0) > 0"))
    found = None if counts is None else await _gazetteer_rows(shards, counts)
    if found is not None:  # one archive's 'order by articles desc, name' (BINARY: code points)
        found = sorted(found, key=lambda row: (-row["articles"], row["name"]))[:MAP_LIMIT]
    return await render_map(datasette, request, found, None, **shards.context())


async def entities_view(datasette, request):
    from datasette_plugins.entities import INDEX_LIMIT, render_entities_index

    shards = Shards(datasette)
    if shards.refusal():
        return shards.refusal()
    kind = request.args.get("kind")
    kind = kind if kind in ("place", "organisation") else None
    counts = summed(await shards.rows("select id, coalesce(articles, 0) as n from entities "
                                      "where (:kind is null or kind = :kind)", {"kind": kind}))
    found = None if counts is None else await _gazetteer_rows(shards, counts)
    if found is not None:  # one archive's 'order by kind desc, coalesce(articles, 0) desc, name'
        found.sort(key=lambda row: (-row["articles"], row["name"]))
        found = sorted(found, key=lambda row: row["kind"], reverse=True)[:INDEX_LIMIT]  # stable: kind desc
    return await render_entities_index(datasette, request, found, kind, None, **shards.context())


async def entity_view(datasette, request):
    """One place's or organisation's page: each shard's counts for it (articles, co-mentioned
    entities, outlets by name, months) added up, its latest articles and figures merged. Its links
    to the articles go to the search page (the name, narrowed to the articles mentioning it)."""
    import urllib.parse

    from datasette.utils import tilde_encode
    from datasette.utils.asgi import NotFound

    from datasette_plugins.entities import render_entity, search_query_for
    from datasette_plugins.queries import clean_entity_id

    shards = Shards(datasette)
    if shards.refusal():
        return shards.refusal()
    entity_id = clean_entity_id(request.url_vars.get("entity_id"), from_path=True)
    first = shards.first()
    found = await rows(first, "select * from entities where id = ?", [entity_id]) if entity_id and first else None
    if not found:
        raise NotFound("No such place or organisation")
    entity = found[0]
    counted = await shards.each(lambda name, database: _entity_counts(database, entity_id))
    merged = _merged_entity(counted)
    search = datasette.urls.path("/-/search")

    def articles_url(**more):
        pairs = [("q", search_query_for(entity["name"])), ("entity", entity_id)]
        if "outlet" in more:
            pairs.append(("outlet", more["outlet"]))
        if "outlet__isnull" in more:
            pairs.append(("missing", "outlet"))
        return search + "?" + urllib.parse.urlencode(pairs)

    return await render_entity(
        datasette, request, entity, merged, articles_url=articles_url, bar_href=None, undated_href=None,
        database_name=None, figures_url=datasette.urls.path("/-/figures") + "?" + urllib.parse.urlencode(
            {"source": entity_id}),
        row_url=datasette.urls.row(first.name, "entities", tilde_encode(entity_id)), **shards.context())


async def _entity_counts(database, entity_id: str) -> dict:
    from datasette_plugins.entities import ALL_OUTLETS, entity_counts

    # Every co-mentioned entity and outlet (up to one archive's "all" cap): cut after the sum.
    return await entity_counts(database, entity_id, with_limit=ALL_OUTLETS, outlet_limit=ALL_OUTLETS)


def _merged_entity(counted: list) -> dict:
    from datasette_plugins.entities import ALL_OUTLETS, FIGURES, RECENT

    shards_ = [shard for _, shard in counted]

    def each(key):
        return None if any(shard[key] is None for shard in shards_) else [shard[key] for shard in shards_]

    out: dict = {}
    totals = each("total")
    out["total"] = None if totals is None else sum(totals)
    co = each("co_mentioned")
    if co is None:
        out["co_mentioned"] = None
    else:
        by_id: dict = {}
        for shard_rows in co:
            for row in shard_rows:
                kept = by_id.setdefault(row["id"], dict(row, n=0))
                kept["n"] += row["n"]
        out["co_mentioned"] = sorted(by_id.values(), key=lambda r: (-r["n"], r["name"]))[:ALL_OUTLETS]
    outlets = each("outlets")
    if outlets is None:
        out["outlets"] = None
    else:
        by_name: dict = {}
        for shard_rows in outlets:
            for row in shard_rows:
                by_name[row["name"]] = by_name.get(row["name"], 0) + row["n"]
        out["outlets"] = sorted(({"id": name, "name": name, "n": n} for name, n in by_name.items()),
                                key=lambda r: (-r["n"], r["name"]))[:ALL_OUTLETS]
    unknown = each("unknown_outlet")
    out["unknown_outlet"] = None if unknown is None else [{"n": sum(r[0]["n"] for r in unknown if r)}]
    recent = each("recent")  # one archive's 'published is null, published desc, id'
    out["recent"] = None if recent is None else sorted(
        [row for shard_rows in recent for row in shard_rows],
        key=lambda r: (r["published"] is None, _Desc(r["published"] or ""), r["id"]))[:RECENT]
    figures = each("figures")
    out["figures"] = None if figures is None else sorted(
        [row for shard_rows in figures for row in shard_rows],
        key=lambda r: (r["published"] is None, _Desc(r["published"] or ""), r["id"]))[:FIGURES]
    out["series"] = {key: added([shard["series"].get(key) for shard in shards_]) for key in ("published", "events")}
    undated = each("undated")
    out["undated"] = None if undated is None else sum(undated)
    return out


class _Desc(str):
    """A string sorting backwards (``published desc`` inside an ascending key)."""

    def __lt__(self, other):
        return str.__gt__(self, other)

    def __gt__(self, other):
        return str.__lt__(self, other)


class CollectionWords:
    """The suggestions' words and names (suggest.py) over every shard: a word's articles and a
    name's articles are the sums of the shards' (each shard's whole range of the prefix, up to
    one archive's scan, summed before the most common are kept)."""

    def __init__(self, shards: Shards):
        self.shards = shards

    async def words(self, prefix: str) -> list:
        from datasette_plugins.suggest import MAX_WORDS, SCAN, _after

        counts = summed(await self.shards.rows(
            "select word as id, articles as n from vocabulary where word >= :lo and word < :hi limit :scan",
            {"lo": prefix, "hi": _after(prefix), "scan": SCAN}))
        return sorted((counts or {}).items(), key=lambda item: (-item[1], item[0]))[:MAX_WORDS]

    async def entities(self) -> list:
        from datasette_plugins.suggest import MAX_ENTITIES

        counts = summed(await self.shards.rows("select id, coalesce(articles, 0) as n from entities")) or {}
        first = self.shards.first()
        found = await rows(first, "select id, name, kind, aliases from entities limit :n",
                           {"n": MAX_ENTITIES}) if first is not None else []
        return [dict(row, articles=counts.get(row["id"], 0)) for row in found or []]


async def suggest_view(datasette, request):
    """``/-/suggest`` over every shard (was the first shard's words only)."""
    from datasette_plugins.suggest import suggestions

    shards = Shards(datasette)
    source = CollectionWords(shards) if shards.refused is None and shards.live() else None
    data = await suggestions(None, request.args.get("q") or "", source=source)
    return Response.json(data, headers={"Cache-Control": "max-age=60"})
