"""``/-/figures`` for a collection of shards (issue #19): the single archive's page
(:func:`figures_page.render_figures`, its template and chart) fed the shards' figures added up.

Each shard runs the page's own queries on its SQLite with the page's filters; a search (``q=``)
is run across the shards first (:func:`archive.shard_ids.matching_ids`: the collection's
statistics, each shard's matching ids kept for its own rows). Then:

- counts of figures, undated ones, ones without a source, articles and figures per kind add up
  (an article and its figures are in one shard); outlets are counted by name, the union of the
  shards' (each shard numbers its outlets its own way);
- each day's figures and articles add up, its outlets and capture times are unions, its highest
  figure is the highest of the shards' highest (equal values: the smaller figure id), its latest
  the latest captured of the shards' latest (known, as for one archive, when the day has one
  article or every article of the day has a capture time of its own);
- the chart's points and the tables are the shards' first rows merged in the page's order.

A shard that cannot be read or searched is named at the top of the page ("Partial: ...").
"""

from __future__ import annotations

import asyncio
import heapq

from datasette_plugins.collection_pages import Shards, _Desc, _nocase, summed
from datasette_plugins.queries import entities_named, rows


class CollectionFigures:
    """:class:`figures_page.ArchiveFigures`' questions answered over every shard."""

    def __init__(self, datasette, shards: Shards):
        self.datasette, self.shards = datasette, shards
        self.filters: dict = {}  # shard name -> (where, values)

    async def named(self, entity_ids: list) -> dict:
        first = self.shards.first()
        return await entities_named(first, entity_ids) if first is not None else {}

    async def choose(self, params: dict) -> None:
        from datasette_plugins.figures_page import where_sql

        by_shard = None
        if params["q"]:
            found = await self._search(params["q"])
            for name, why in found.missing:
                self.shards._lose(name, why)
            by_shard = found.by_shard
        spellings = None
        first = self.shards.first()
        if params["entity"] and params["near"] and first is not None:
            from datasette_plugins.figures_page import entity_spellings

            spellings = await entity_spellings(first, params["entity"])
        self.filters = {name: where_sql(params, None if by_shard is None else by_shard.get(name, []), spellings)
                        for name, _ in self.shards.live()}

    async def _search(self, q: str):
        from archive.shard_ids import matching_ids
        from datasette_plugins.collection import _time_limit, dask_client
        from datasette_plugins.archive_db import plugin_config

        collection = self.shards.collection
        scheduler = plugin_config(self.datasette).get("scheduler")
        limit = _time_limit(self.datasette) if scheduler else max(1.0, _time_limit(self.datasette) / len(collection))
        return await asyncio.get_running_loop().run_in_executor(None, lambda: matching_ids(
            collection, q, client=dask_client(scheduler) if scheduler else None, time_limit=limit))

    def none(self) -> None:
        self.filters = {name: (" where 0", {}) for name in self.shards.databases}

    def _where(self, name: str) -> tuple:
        return self.filters.get(name, ("", {}))

    async def _each(self, sql_for, limit=None) -> list:
        """``[(name, rows or None)]``: ``sql_for(where)`` run in each shard with its filters."""
        def run(name, database):
            where, values = self._where(name)
            params = dict(values, limit=limit) if limit is not None else values
            return rows(database, sql_for(where), params)
        return await self.shards.each(run)

    async def choices(self) -> dict:
        kinds = summed(await self.shards.rows("select kind as id, count(*) as n from figures where kind is not null "
                                              "group by kind"))
        entities: dict = {}
        for _, found in await self.shards.rows("select id, name, kind from entities where coalesce(articles, 0) > 0"):
            for row in found or []:
                entities.setdefault(row["id"], row)
        sources = summed(await self.shards.rows("select e.id as id, count(*) as n from figures f join entities e "
                                                "on e.id = f.source_entity group by e.id"))
        names = await self.named(list(sources or {}))
        tags: dict = {}
        for _, found in await self.shards.rows("select name from tags"):
            for row in found or []:
                tags.setdefault(_nocase(row["name"]), row["name"])  # one tag whatever its case (shard_search)
        entity_choices = sorted(entities.values(), key=lambda r: (_nocase(r["name"]), r["name"]))
        entity_choices = sorted(entity_choices, key=lambda r: r["kind"], reverse=True)[:3000]  # kind desc, name
        source_choices = sorted(({"id": i, "name": names[i]["name"], "n": n} for i, n in (sources or {}).items()
                                 if i in names), key=lambda r: (_nocase(r["name"]), r["name"]))[:3000]
        return {"kind_counts": kinds or {}, "entity_choices": entity_choices, "source_choices": source_choices,
                "tag_choices": sorted(tags.values(), key=lambda t: (_nocase(t), t))[:1000]}

    async def totals(self):
        from datasette_plugins.figures_page import totals

        found = await self.shards.each(lambda name, database: totals(database, *self._where(name)))
        outlets = await self._each(lambda where: f"select distinct o.name as name from figures f join outlets o "
                                                 f"on o.id = f.outlet{where}")
        if any(r is None for _, r in found) or any(r is None for _, r in outlets):
            return None
        out = {key: 0 for key in ("figures", "undated", "unsourced", "neither", "articles", "unknown_outlet")}
        firsts, lasts = [], []
        for _, row in found:
            for key in out:
                out[key] += row[key] or 0
            firsts += [row["first"]] if row["first"] else []
            lasts += [row["last"]] if row["last"] else []
        out["outlets"] = len({row["name"] for _, shard_rows in outlets for row in shard_rows})
        out["first"], out["last"] = (min(firsts) if firsts else None), (max(lasts) if lasts else None)
        return out

    async def days(self):
        from datasette_plugins.figures_page import _and, day_summary

        found = await self.shards.each(lambda name, database: day_summary(database, *self._where(name)))
        names = await self._each(lambda where: "select f.published as day, o.name as name from figures f join outlets o "
                                 f"on o.id = f.outlet{_and(where, 'f.published is not null')} group by 1, 2")
        captured = await self._each(lambda where: "select f.published as day, a.captured_at as at from figures f "
                                    "join articles a on a.id = f.article_id"
                                    f"{_and(where, 'f.published is not null and a.captured_at is not null')} group by 1, 2")
        if any(r is None for _, r in found + names + captured):
            return None
        by_day: dict = {}
        outlet_names = {(name, row["day"]): set() for name, shard_rows in names for row in shard_rows}
        for name, shard_rows in names:
            for row in shard_rows:
                outlet_names[(name, row["day"])].add(row["name"])
        times: dict = {}
        for _, shard_rows in captured:
            for row in shard_rows:
                times.setdefault(row["day"], set()).add(row["at"])
        for name, shard_days in found:
            for row in shard_days:
                day = by_day.setdefault(row["day"], {"day": row["day"], "figures": 0, "articles": 0, "named": set(),
                                                     "unnamed": False, "highest": [], "latest": []})
                named = outlet_names.get((name, row["day"]), set())
                day["figures"] += row["figures"]
                day["articles"] += row["articles"]
                day["named"] |= named
                day["unnamed"] = day["unnamed"] or row["outlets"] > len(named)  # figures of no known outlet
                day["highest"] += [row["highest"]] if row["highest"] else []
                day["latest"] += [row["latest"]] if row["latest"] else []
        days = []
        for key in sorted(by_day):
            day = by_day[key]
            captured_count = len(times.get(key, ()))
            known = day["articles"] == 1 or captured_count == day["articles"]
            highest = min(day["highest"], key=lambda r: (-(r["value"] or 0), r["id"]), default=None)
            latest = None
            if known and day["latest"]:
                latest = max(day["latest"], key=lambda r: (r["captured_at"] or "", _Desc(r["article_id"]),
                                                           r["position"] or 0))
            days.append({"day": key, "figures": day["figures"], "articles": day["articles"],
                         "outlets": len(day["named"]) + int(day["unnamed"]), "captured": captured_count,
                         "highest": highest, "latest": latest, "order_unknown": not known})
        return days

    async def dated(self, limit: int):
        from datasette_plugins.figures_page import FIELDS, FROM, _and

        found = await self._each(lambda where: f"select {FIELDS} from {FROM}{_and(where, 'f.published is not null')} "
                                 "order by f.published, f.value desc, f.id limit :limit", limit)
        return _merged(found, lambda r: (r["published"], -(r["value"] or 0), r["id"]), limit)

    async def undated(self, limit: int):
        from datasette_plugins.figures_page import FIELDS, FROM, _and

        found = await self._each(lambda where: f"select {FIELDS} from {FROM}{_and(where, 'f.published is null')} "
                                 "order by f.value desc, f.id limit :limit", limit)
        return _merged(found, lambda r: (-(r["value"] or 0), r["id"]), limit)


def _merged(found: list, key, limit: int):
    if any(r is None for _, r in found):
        return None
    return list(heapq.merge(*[shard_rows for _, shard_rows in found], key=key))[:limit]


async def figures_view(datasette, request):
    from datasette_plugins.figures_page import render_figures

    shards = Shards(datasette)
    if shards.refusal():
        return shards.refusal()
    source = CollectionFigures(datasette, shards)
    response = await render_figures(datasette, request, source, None, shard_count=len(shards.databases),
                                    partial_shards=shards.missing)
    return response


async def figures_csv_view(datasette, request):
    """``/-/figures.csv`` over every shard: each shard's figures read in the export's order
    (oldest first, undated last, then id) on a read-only connection of its own, ``CHUNK`` rows at
    a time, and merged as they stream (memory stays at a chunk a shard); ``?per=day``: the days
    as the page counts them. A shard that cannot be read or searched: 503 naming it (a file
    cannot carry the warning)."""
    import re
    import sqlite3
    import time
    from pathlib import Path

    from datasette.utils.asgi import AsgiStream, Response

    from datasette_plugins.export import _csv_line, permalink_base
    from datasette_plugins.figures_export import CHUNK, CSV_COLUMNS, CSV_SECONDS, _csv_row, days_csv
    from datasette_plugins.figures_page import FIELDS, FROM, figure_params, title_of
    from indexer.fulltext import QueryError

    shards = Shards(datasette)
    if shards.refusal():
        return Response.json({"ok": False, "error": shards.refused}, status=503)
    params = figure_params(request)
    source = CollectionFigures(datasette, shards)
    try:
        await source.choose(params)
    except QueryError as error:
        return Response.json({"ok": False, "error": str(error)}, status=400)
    if shards.missing:
        return Response.json({"ok": False, "error": "shards could not be read; the export would be short",
                              "missing_shards": [{"shard": n, "why": w} for n, w in shards.missing]}, status=503)
    base = permalink_base(datasette, request)
    slug = re.sub(r"[^A-Za-z0-9]+", "-", title_of(params, {})).strip("-")[:60]
    headers = {"content-disposition": f'attachment; filename="figures{"-" + slug if slug else ""}.csv"'}
    if request.args.get("per") == "day":
        return days_csv(await source.days(), base, headers)
    live = shards.live()

    def key(row):
        return (row["published"] is None, row["published"] or "", row["id"])

    async def stream(writer):
        loop = asyncio.get_running_loop()
        deadline = time.monotonic() + CSV_SECONDS
        conns, cursors, buffers = [], [], []
        try:
            for name, database in live:
                conn = sqlite3.connect(f"file:{Path(database.path).resolve()}?mode=ro", uri=True,
                                       check_same_thread=False)
                conn.row_factory = sqlite3.Row
                conn.set_progress_handler(lambda: time.monotonic() > deadline, 10_000)
                conns.append(conn)
                where, values = source._where(name)
                sql = f"select {FIELDS} from {FROM}{where} order by f.published is null, f.published, f.id"
                cursors.append(await loop.run_in_executor(None, conn.execute, sql, values))
                buffers.append([])
            await writer.write("\ufeff" + _csv_line(CSV_COLUMNS))
            ended = [False] * len(cursors)
            out = []
            while True:
                for i, cursor in enumerate(cursors):
                    if not buffers[i] and not ended[i]:
                        batch = await loop.run_in_executor(None, cursor.fetchmany, CHUNK)
                        buffers[i] = [dict(r) for r in batch][::-1]  # popped from the end
                        ended[i] = not batch
                heads = [(key(b[-1]), i) for i, b in enumerate(buffers) if b]
                if not heads:
                    break
                out.append(buffers[min(heads)[1]].pop())
                if len(out) >= CHUNK:
                    await writer.write("".join(_csv_line(["" if v is None else v for v in _csv_row(r, base)])
                                               for r in out))
                    out = []
            if out:
                await writer.write("".join(_csv_line(["" if v is None else v for v in _csv_row(r, base)]) for r in out))
        except sqlite3.OperationalError:  # interrupted by the progress handler
            await writer.write(_csv_line([f"# the export stopped here: it took over {CSV_SECONDS} s"]))
        finally:
            for conn in conns:
                conn.close()

    return AsgiStream(stream, headers=headers, content_type="text/csv; charset=utf-8")
