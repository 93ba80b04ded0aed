"""The ``imported_files`` table: what an import finished, one row per input file, so that running
the import again need not read a file already done (``archive/finished_files.py`` decides).

A file's articles are those whose ``source_path`` is its absolute path (``resolved``), or begins
with it and ``!/`` (the members of a zip or tar file); the ``(source_path, source_record)`` index
finds them."""

from __future__ import annotations

import hashlib
from typing import Optional

import sqlite_utils

from indexer.store_sql import immediate, now

TABLE = "imported_files"
COLUMNS = ("path", "resolved", "size", "mtime_ns", "fingerprint", "options", "extraction", "folder", "records",
           "imported", "updated", "unchanged", "duplicates", "failed", "skipped", "stored", "stored_hash", "import_id")


def entry(db: sqlite_utils.Database, path: str) -> Optional[dict]:
    """The row of ``path``, or None."""
    cursor = db.execute(f"select * from [{TABLE}] where path = ?", [path])
    row = cursor.fetchone()
    return dict(zip([d[0] for d in cursor.description], row)) if row else None


def stored_ids(db: sqlite_utils.Database, path: str) -> list:
    """Ids of the articles stored from the file at the absolute ``path`` (or from members of it)."""
    # "!0" is the first string after every "!/...": '0' follows '/' in ASCII.
    return [row[0] for row in db.execute(
        "select id from articles where source_path = ? or (source_path >= ? and source_path < ?)",
        [path, path + "!/", path + "!0"])]


def ids_hash(ids: list) -> str:
    """A short hash of a set of article ids (whatever their order)."""
    return hashlib.sha256(" ".join(sorted(ids)).encode()).hexdigest()[:16]


def save(db: sqlite_utils.Database, rows: list) -> None:
    """Rows (dicts with :data:`COLUMNS`, ``stored`` and ``stored_hash`` left out: found here by
    ``resolved``) written in one transaction, replacing the earlier rows of the same paths."""
    if not rows:
        return
    finished = now()
    with immediate(db):
        values = []
        for row in rows:
            ids = stored_ids(db, row["resolved"])
            row = dict(row, stored=len(ids), stored_hash=ids_hash(ids))
            values.append([row.get(column) for column in COLUMNS] + [finished])
        marks = ", ".join("?" * (len(COLUMNS) + 1))
        db.conn.executemany(
            f"insert or replace into [{TABLE}] ({', '.join(COLUMNS)}, finished) values ({marks})", values)

