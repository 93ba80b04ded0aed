"""``/-/figures.csv``: the figures of the figures page (``figures_page.py``), every one of them, with
the page's filters, oldest first and the undated last; ``?per=day`` gives its table of days (each
day's highest and latest figure) instead. Cells that would start a spreadsheet formula get an
apostrophe (``export.spreadsheet_safe``)."""

from __future__ import annotations

import asyncio
import re
import sqlite3
import time
from pathlib import Path

from datasette.utils.asgi import AsgiStream, NotFound, Response

from datasette_plugins.archive_db import archive_database
from datasette_plugins.export import _csv_line, permalink_base
from datasette_plugins.figures_page import FIELDS, FROM, day_summary, figure_params, filters, title_of
from indexer.fulltext import QueryError

CHUNK = 1000
CSV_SECONDS = 60  # an export's query stops after this long (the rows sent so far stay sent)
CSV_COLUMNS = ["id", "published", "value", "number_text", "qualifier", "kind", "tally", "counts", "source",
               "source_entity", "outlet", "sentence", "article_id", "title", "permalink"]


async def figures_csv_view(datasette, request):
    """Every figure the page's filters keep, oldest first (undated last). One query on a read-only
    connection of its own, read ``CHUNK`` rows at a time in a worker thread and written before the
    next are read: memory stays flat and the response is streamed. A progress handler stops the
    query after ``CSV_SECONDS``, so an export cannot hold the server."""
    database = await archive_database(datasette)
    if database is None:
        raise NotFound("No archive is being served")
    params = figure_params(request)
    try:
        where, values = await filters(datasette, database, params)
    except QueryError as error:
        return Response.json({"ok": False, "error": str(error)}, status=400)
    base = permalink_base(datasette, request)
    slug = re.sub(r"[^A-Za-z0-9]+", "-", title_of(params, {})).strip("-")[:60]
    headers = {"content-disposition": f'attachment; filename="figures{"-" + slug if slug else ""}.csv"'}
    if request.args.get("per") == "day":
        return await _days_csv(database, where, values, base, headers)
    sql = f"select {FIELDS} from {FROM}{where} order by f.published is null, f.published, f.id"

    async def stream(writer):
        loop = asyncio.get_running_loop()
        conn = sqlite3.connect(f"file:{Path(database.path).resolve()}?mode=ro", uri=True, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        deadline = time.monotonic() + CSV_SECONDS
        conn.set_progress_handler(lambda: time.monotonic() > deadline, 10_000)
        try:
            await writer.write("\ufeff" + _csv_line(CSV_COLUMNS))
            cursor = None
            while True:
                try:
                    if cursor is None:
                        cursor = await loop.run_in_executor(None, conn.execute, sql, values)
                    batch = await loop.run_in_executor(None, cursor.fetchmany, CHUNK)
                except sqlite3.OperationalError:  # interrupted by the progress handler
                    await writer.write(_csv_line([f"# the export stopped here: it took over {CSV_SECONDS} s"]))
                    return
                if not batch:
                    return
                await writer.write("".join(_csv_line(["" if v is None else v for v in _csv_row(dict(r), base)])
                                           for r in batch))
        finally:
            conn.close()

    return AsgiStream(stream, headers=headers, content_type="text/csv; charset=utf-8")


DAY_COLUMNS = ["day", "figures", "articles", "outlets", "highest", "highest_as_written", "highest_outlet", "highest_source",
               "highest_permalink", "latest", "latest_as_written", "latest_outlet", "latest_source", "latest_permalink"]


async def _days_csv(database, where: str, values: dict, base: str, headers: dict):
    """``?per=day``: one line a day (the page's table of days, every day): the highest and latest."""
    return days_csv(await day_summary(database, where, values), base, headers)


def days_csv(days, base: str, headers: dict):
    """The days' CSV response (``days``: :func:`figures_page.day_summary`'s, or a collection's)."""
    if days is None:
        return Response.json({"ok": False, "error": "Counting the days took too long."}, status=503)
    lines = ["\ufeff" + _csv_line(DAY_COLUMNS)]
    for day in days:
        line = [day["day"], day["figures"], day["articles"], day["outlets"]]
        for row in (day["highest"], day["latest"]):
            line += ([row["value"], row["number_text"], row["outlet_name"], row["source"], base + row["article_id"]]
                     if row else ["", "order within the day not known", "", "", ""])
        lines.append(_csv_line(["" if v is None else v for v in line]))
    headers = dict(headers, **{"content-disposition": headers["content-disposition"].replace('.csv"', '-per-day.csv"')})
    return Response("".join(lines), content_type="text/csv; charset=utf-8", headers=headers)


def _csv_row(row: dict, base: str) -> list:
    row = dict(row, outlet=row.get("outlet_name"), permalink=base + row["article_id"])
    return [row.get(column) for column in CSV_COLUMNS]
