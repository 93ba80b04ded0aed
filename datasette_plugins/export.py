"""Exports: a search's every hit as CSV, JSON, RIS, BibTeX or CSL-JSON (``/-/search.csv?q=...``,
same query and filters as the page), and one article's citation (``/-/article/<id>.ris`` ...).

How memory stays flat: the rows are read from SQLite ``CHUNK`` ids at a time, written to the
response and dropped before the next chunk is read, so no more than one chunk of rows (titles,
URLs; never bodies) is held at once, and the response is streamed (``AsgiStream``): the output is
never built whole. What grows with the hits is the ranking alone (Whoosh's list of hits, then ours
of ``(id, score)`` pairs): measured on a 100,000-hit export served by ``archive serve``, the
server's peak rose from 158 to 227 MB while it sent 15 MB of CSV (28 MB of JSON) in 4.5 s;
tests/test_exports.py checks that streaming 100,000 rows allocates no more than 10,000 do (~1 MB).
"""

from __future__ import annotations

import asyncio
import csv
import io
import json
import re

from datasette.database import QueryInterrupted
from datasette.utils.asgi import AsgiStream, NotFound, Response

from datasette_plugins import citation
from datasette_plugins.archive_db import archive_database, index_for_path, plugin_config
from datasette_plugins.queries import hits_filter_sql, rows
from indexer.fulltext import QueryError

CHUNK = 500
MAX_HITS = 10_000_000
COLUMNS = ["id", "title", "outlet", "published", "author", "url", "permalink", "score", "duplicate_of"]
SEARCH_FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json; charset=utf-8",
    "jsonl": "application/x-ndjson; charset=utf-8",
    **citation.CONTENT_TYPES,
}
DOWNLOADED = {"csv", "ris", "bib"}  # saved as files; JSON is shown in the browser

ROWS_SQL = (
    "select a.id, a.title, o.name as outlet, a.published, a.author, a.url, a.language, a.duplicate_of, "
    "coalesce(i.started, a.imported_at) as archived, a.source_path "
    "from articles a left join outlets o on o.id = a.outlet "
    "left join imports i on i.id = coalesce(a.first_import_id, a.import_id) "
    "where a.id in (select value from json_each(:ids))"
)


def archive_title(datasette) -> str:
    return (datasette.metadata("title") or "News archive").strip()


def permalink_base(datasette, request) -> str:
    """The absolute URL of an article page, less its id."""
    return datasette.absolute_url(request, datasette.urls.path("/-/article/"))


async def citables(datasette, request, database, ids: list, scores: dict | None = None) -> list:
    """Rows for ``ids`` (in that order) with what a citation and an export need."""
    found = await database.execute(ROWS_SQL, {"ids": json.dumps(ids)})
    by_id = {row["id"]: dict(row) for row in found.rows}
    base, title = permalink_base(datasette, request), archive_title(datasette)
    out = []
    for article_id in ids:
        row = by_id.get(article_id)
        if row is None:  # deleted since the search ran
            continue
        row["permalink"] = base + article_id
        row["url"] = _web_url(row.get("url"))
        row["archived"] = (row.get("archived") or "")[:10] or None
        row["archive"] = title
        row["score"] = None if scores is None or scores.get(article_id) is None else round(scores[article_id], 4)
        out.append(row)
    return out


def _web_url(url):
    url = (url or "").strip()
    return url if re.match(r"^https?://", url, re.I) else None


# --- one article ---------------------------------------------------------------------------------

async def article_export_view(datasette, request, database=None):
    article_id, fmt = request.url_vars["article_id"], request.url_vars["format"]
    database = database or await archive_database(datasette)
    if database is None:
        raise NotFound("No archive is being served")
    found = await citables(datasette, request, database, [article_id])
    if not found:
        raise NotFound("No such article")
    headers = {"content-disposition": f'attachment; filename="{article_id}.{fmt}"'} if fmt in DOWNLOADED else {}
    return Response(citation.FORMATS[fmt](found[0]), content_type=SEARCH_FORMATS[fmt], headers=headers)


# --- a search's hits -----------------------------------------------------------------------------

async def ranked_hits(database, index, params: dict, time_limit: float) -> tuple:
    """``([(id, score)], timed_out)``: every hit of the search, best first (or by date), copies of a
    story included, narrowed to the entities of ``params`` and its missing-value filters in SQLite as
    the page does."""
    filters = {"outlet": params["outlet"], "year": params["year"], "tags": params["tags"]}

    def run():
        page = index.search(params["q"], page=1, pagelen=MAX_HITS, sort=params["sort"], filters=filters,
                            time_limit=time_limit, collapse=False, expand=not params["exact"], suggest=False)
        return [(hit.id, hit.score) for hit in page.hits], page.timed_out

    ranked, timed_out = await asyncio.get_running_loop().run_in_executor(None, run)
    if (params["entities"] or params["missing"]) and ranked:
        entities = params["entities"]
        kept = await rows(database, hits_filter_sql(entities, params["missing"]), {
            "ids": json.dumps([i for i, _ in ranked]), "entities": json.dumps(entities), "n": len(entities)})
        if kept is None:
            return [], True
        keep = {row["id"] for row in kept}
        ranked = [pair for pair in ranked if pair[0] in keep]
    return ranked, timed_out


def facets_for_export(counted: dict) -> dict:
    """Every facet's counts, the hits without a value as a last bucket (``value: null``)."""
    from datasette_plugins.search import MISSING_LABELS

    facets = {}
    for name, items in counted["facets"].items():
        values = [dict(item) for item in items]
        values.append({"value": None, "label": MISSING_LABELS[name], "count": counted["missing"].get(name)})
        facets[name] = values
    return facets


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    """A cell a spreadsheet will not run: text starting like a formula (``=HYPERLINK(...)`` in a
    hostile page's title) gets a leading apostrophe, as OWASP advises for CSV exports."""
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_START) else value


def _csv_line(values) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerow([spreadsheet_safe(v) for v in values])
    return buffer.getvalue()


def _export_row(row: dict) -> dict:
    return {column: row.get(column) for column in COLUMNS}


async def search_export_view(datasette, request):
    from datasette_plugins.search import all_facets, search_params

    fmt = request.url_vars["format"]
    params = search_params(request)
    database = await archive_database(datasette)
    index = index_for_path(database.path) if database else None
    if database is None or index is None:
        return Response.json({"ok": False, "error": "No archive with a full-text index is being served."}, status=404)
    if not params["q"]:
        return Response.json({"ok": False, "error": "Give a query: q=..."}, status=400)
    time_limit = float(plugin_config(datasette).get("search_time_limit_ms", 3000)) / 1000
    try:
        ranked, timed_out = await ranked_hits(database, index, params, time_limit)
    except QueryError as error:
        return Response.json({"ok": False, "error": str(error)}, status=400)
    headers = {"x-total-count": str(len(ranked))}
    if timed_out:
        headers["x-search-timed-out"] = "true"  # the hits are those found within the time limit
    if fmt in DOWNLOADED:
        slug = re.sub(r"[^A-Za-z0-9]+", "-", params["q"]).strip("-")[:60] or "search"
        headers["content-disposition"] = f'attachment; filename="search-{slug}.{fmt}"'
    head = None
    if fmt == "json":
        try:
            counted = await all_facets(datasette, database, [i for i, _ in ranked], everything=True,
                                       charts=False)  # the counts only: no timeline or map to draw
        except QueryInterrupted:  # Datasette's SQL time limit: the hits still come, without the counts
            counted = None
        head = {
            "query": params["q"],
            "filters": {"outlet": params["outlet"], "year": params["year"], "tags": params["tags"],
                        "entities": params["entities"], "missing": params["missing"], "exact": params["exact"]},
            "sort": params["sort"],
            "total": len(ranked),
            "stories": counted["stories"] if counted else None,
            "timed_out": timed_out,
            "columns": COLUMNS,
            "facets": facets_for_export(counted) if counted else None,
            "facets_timed_out": counted is None,
        }

    async def stream(writer):
        await stream_hits(datasette, request, database, ranked, fmt, writer, head=head)

    return AsgiStream(stream, headers=headers, content_type=SEARCH_FORMATS[fmt])


async def stream_hits(datasette, request, database, ranked: list, fmt: str, writer, *, head: dict | None) -> None:
    """Write the hits ``ranked`` (``[(id, score)]``) in ``fmt`` to ``writer``, ``CHUNK`` at a time.
    ``head``: the JSON export's fields before its ``hits``."""
    if fmt == "csv":
        await writer.write("\ufeff" + _csv_line(COLUMNS))  # the BOM: spreadsheets then read UTF-8
    elif fmt == "json":
        await writer.write(json.dumps(head or {}, ensure_ascii=False)[:-1] + (", " if head else "") + '"hits": [\n')
    elif fmt == "csl.json":
        await writer.write("[\n")
    first = True
    # One chunk of ids at a time: its rows are read, written and dropped before the next.
    for start in range(0, len(ranked), CHUNK):
        chunk = ranked[start:start + CHUNK]
        found = await citables(datasette, request, database, [i for i, _ in chunk], dict(chunk))
        if fmt == "csv":
            text = "".join(_csv_line(["" if v is None else v for v in _export_row(r).values()]) for r in found)
        elif fmt == "jsonl":
            text = "".join(json.dumps(_export_row(r), ensure_ascii=False) + "\n" for r in found)
        elif fmt in ("json", "csl.json"):
            items = [_export_row(r) if fmt == "json" else citation.csl(r) for r in found]
            text = ",\n".join(json.dumps(item, ensure_ascii=False) for item in items)
            if text and not first:
                text = ",\n" + text
            first = first and not text
        elif fmt == "ris":
            text = "".join(citation.ris(r) + "\r\n" for r in found)
        else:
            text = "\n".join(citation.bibtex(r) for r in found) + ("\n" if found else "")
        del found
        if text:
            await writer.write(text)
    if fmt == "json":
        await writer.write("\n]}\n")
    elif fmt == "csl.json":
        await writer.write("\n]\n")
