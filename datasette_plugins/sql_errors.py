"""Why a SQL query calling ``whoosh_search`` failed, for Datasette's query page.

SQLite replaces a user-defined function's message with "user-defined function raised exception",
so a query with a mistyped search (an unclosed quote, a bad date) said nothing useful. The query
page (templates/query.html) asks ``reason`` for the message: each ``whoosh_search('...')`` or
``whoosh_search(:param)`` of the SQL is parsed as the function would parse it, and the first that
fails says why. The JSON API keeps SQLite's words; ``whoosh_query_error(q)`` gives the reason there."""

from __future__ import annotations

import re
from typing import Optional

from datasette_plugins.archive_db import index_for_path
from indexer.fulltext import QueryError

HIDDEN = "user-defined function raised exception"
_CALL = re.compile(r"whoosh_search\s*\(\s*(?:'((?:[^']|'')*)'|:(\w+))", re.I)
MAX_CALLS = 10


def reason(datasette):
    def why(database: str, sql, args, error) -> Optional[str]:
        if not error or HIDDEN not in str(error) or not sql or "whoosh_search" not in str(sql).lower():
            return None
        db = datasette.databases.get(database)
        index = index_for_path(getattr(db, "path", None))
        if index is None:
            return "whoosh_search: this database has no full-text index beside it."
        for literal, param in _CALL.findall(str(sql))[:MAX_CALLS]:
            query = (args.get(param) if args is not None else None) if param else literal.replace("''", "'")
            if query is None:
                continue
            try:
                index.parse(str(query))
            except QueryError as failure:
                return f"whoosh_search({str(query)[:200]!r}): {failure}"
        return None

    return why
