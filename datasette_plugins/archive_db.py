"""Which Datasette database is the archive, and its Whoosh index (opened once, reused)."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Optional

import sqlite_utils

from archive import search_data
from indexer.fulltext import FullTextIndex
from indexer.store import Store, read_only
from indexer.sync import index_path_for

PLUGIN = "news-archive"
_indexes: dict = {}
_lock = threading.Lock()


def plugin_config(datasette) -> dict:
    return datasette.plugin_config(PLUGIN) or {}


def index_for_path(db_path) -> Optional[FullTextIndex]:
    """The (cached) full-text index beside a database file, or None if there is none."""
    if not db_path:
        return None
    path = index_path_for(db_path)
    key = str(path.resolve())
    with _lock:
        index = _indexes.get(key)
        if index is None:
            search_data.provide()  # the index's name groups and stop words, from archive/data/
            index = FullTextIndex(path, store=read_only(db_path))
            if not index.exists():
                return None
            _indexes[key] = index
        return index


async def archive_database(datasette):
    """The Datasette database holding the archive: configured, or the first with articles."""
    configured = plugin_config(datasette).get("database")
    if configured and configured in datasette.databases:
        return datasette.databases[configured]
    for name, database in datasette.databases.items():
        if name.startswith("_") or not database.path:
            continue
        if await database.table_exists("articles") and await database.table_exists("index_pending"):
            return database
    return None


def text_fetcher(db_path):
    """A function the search thread calls for the text of the hits it highlights."""

    def fetch(ids):
        conn = sqlite3.connect(f"file:{Path(db_path).resolve()}?mode=ro", uri=True)
        try:
            return Store(sqlite_utils.Database(conn)).texts(ids)
        finally:
            conn.close()

    return fetch
