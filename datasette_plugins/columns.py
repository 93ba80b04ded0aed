"""The articles table opens with the columns a reader wants (title, outlet, date, author, tags,
places, language), not all 31: Datasette 0.65 has no default column selection, so a request for the
archive's ``articles`` page that chooses no columns (no ``_col``, ``_nocol`` or ``_columns``) is
handled as if it asked for ``?_col=title&_col=outlet&...``. No redirect: the address stays the
same, and Datasette's own links (facets, sort, next page) carry the choice on. ``?_columns=all``
shows every column; the page links to both (templates/table.html).

Exports keep every column: the usual columns are marked ``_columns=usual`` beside the ``_col``s
they add, so the page's CSV and JSON links (built by Datasette from the page's address) carry the
mark, and a request for ``articles.csv`` or ``articles.json`` that has it loses those ``_col``s:
a researcher downloading the table gets all its columns, not the seven shown. Columns chosen by
hand (``_col`` without the mark) are exported as chosen, and the page says which and links to all."""

from __future__ import annotations

import urllib.parse
from typing import Optional

from datasette_plugins.archive_db import archive_database, plugin_config

TABLE = "articles"
DEFAULT_COLUMNS = ("title", "outlet", "published", "author", "tags", "places", "language")
CHOOSING = ("_col", "_nocol", "_columns")
ALL = ("_columns", "all")
USUAL = ("_columns", "usual")  # the usual columns, chosen by this module, not by the reader


def asgi_wrapper(datasette):
    def wrap(app):
        async def with_default_columns(scope, receive, send):
            if scope.get("type") == "http" and scope.get("method") in ("GET", "HEAD"):
                path = scope.get("path", "")
                if path.endswith("/" + TABLE):
                    scope = await _default_columns(datasette, scope)
                elif "/" + TABLE + "." in path:
                    scope = await _export_columns(datasette, scope)
            await app(scope, receive, send)

        return with_default_columns

    return wrap


def _pairs(query_string) -> list:
    if isinstance(query_string, bytes):
        query_string = query_string.decode("utf-8", "replace")
    return urllib.parse.parse_qsl(query_string or "", keep_blank_values=True)


async def _default_columns(datasette, scope):
    pairs = _pairs(scope.get("query_string", b""))
    if any(key in CHOOSING and (key, value) != USUAL for key, value in pairs):
        return scope
    pairs = [pair for pair in pairs if pair != USUAL]
    database = await archive_database(datasette)
    if database is None or scope["path"] != datasette.urls.table(database.name, TABLE):
        return scope
    existing = set(await database.table_columns(TABLE))
    chosen = [("_col", column) for column in DEFAULT_COLUMNS if column in existing]
    if not chosen:
        return scope
    query = urllib.parse.urlencode(pairs + chosen + [USUAL]).encode("ascii")
    return dict(scope, query_string=query)


async def _export_columns(datasette, scope):
    """``articles.csv?...&_col=title&...&_columns=usual`` (a link of the page showing the usual
    columns) exports every column: the ``_col``s the page added and their mark are dropped."""
    pairs = _pairs(scope.get("query_string", b""))
    if USUAL not in pairs:
        return scope
    database = await archive_database(datasette)
    if database is None:
        return scope
    table_path = datasette.urls.table(database.name, TABLE)
    stem, dot, _ = scope["path"].rpartition(".")
    if not dot or stem != table_path:
        return scope
    kept = [(key, value) for key, value in pairs if key != "_col" and (key, value) != USUAL]
    return dict(scope, query_string=urllib.parse.urlencode(kept).encode("ascii"))


def column_links(datasette):
    """For templates/table.html: on the archive's articles page, which columns are shown ("usual",
    "all" or "chosen") and the addresses of the usual and of all columns, filters kept; else None."""

    def links(request, database: str, table: str, shown: int, total: int) -> Optional[dict]:
        if table != TABLE or request is None:
            return None
        configured = plugin_config(datasette).get("database")
        if configured and database != configured:
            return None
        pairs = _pairs(request.query_string)
        others = [(k, v) for k, v in pairs if k not in CHOOSING and k != "_next"]
        cols = [v for k, v in pairs if k == "_col"]
        if ALL in pairs:
            showing = "all"
        elif USUAL in pairs or (set(cols) == set(DEFAULT_COLUMNS) and not any(k == "_nocol" for k, _ in pairs)):
            showing = "usual"
        else:
            showing = "chosen"

        def url(extra, path=request.path):
            query = urllib.parse.urlencode(others + extra)
            return path + ("?" + query if query else "")

        filters = [(k, v) for k, v in others if not k.startswith("_") or k in ("_sort", "_sort_desc", "_where", "_search")]
        table_url = datasette.urls.table(database, table)

        def export_url(fmt, extra):
            query = urllib.parse.urlencode(filters + extra)
            return table_url + "." + fmt + ("?" + query if query else "")

        return {"showing": showing, "shown": shown, "total": total,
                "usual_url": url([]), "all_url": url([ALL]),
                # Every column, every row (CSV streamed), the page's filters and sort kept.
                "csv_all_url": export_url("csv", [("_stream", "on"), ("_size", "max")]),
                "json_all_url": export_url("json", [("_shape", "objects"), ("_size", "max")])}

    return links
