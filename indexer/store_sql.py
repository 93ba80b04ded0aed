"""The store's SQL plumbing: write transactions that wait instead of failing, retries while
another connection commits, ids in chunks for ``IN (...)`` queries, bulk inserts."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
import time
from typing import Iterator

import sqlite_utils

CHUNK = 500  # ids per "IN (...)" query, well under SQLite's variable limit
BUSY_TIMEOUT_MS = 30000  # how long a connection waits for another's write to finish


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()

@contextlib.contextmanager
def immediate(db: sqlite_utils.Database):
    """Like ``db.atomic()``, but the transaction takes SQLite's write lock when it begins.

    A deferred transaction that reads, then writes, fails at once with "database is locked" if
    another connection committed in between (SQLITE_BUSY_SNAPSHOT); ``BEGIN IMMEDIATE`` waits
    for the busy timeout instead. Every write of the store and of :mod:`indexer.sync` uses it,
    so a search or check opening the archive never makes an import fail. Nested, a savepoint.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.rollback()
        raise
    else:
        try:
            db.conn.execute("COMMIT")
        except BaseException:
            db.rollback()
            raise


def _with_retry_when_busy(work, seconds: float = BUSY_TIMEOUT_MS / 1000):
    """Run ``work`` (idempotent), again while SQLite says the database is locked.

    A read transaction that turns into a write while another connection commits (an import at
    work) gets "database is locked" at once, without waiting (SQLITE_BUSY_SNAPSHOT): the busy
    timeout alone does not cover it. ``ensure_db_shape`` reads then writes, so opening an archive
    during an import needs this.
    """
    deadline = time.monotonic() + seconds
    delay = 0.01
    while True:
        try:
            return work()
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() >= deadline:
                raise
        time.sleep(delay)
        delay = min(delay * 2, 0.25)

def _insert_rows(conn, table: str, rows: list) -> None:
    """``rows`` (dicts) inserted as sqlite-utils' ``insert_all`` inserts them
    (values through its ``jsonify_if_needed``), in one ``executemany``: at import its per-row
    Python was about half of the articles' insert (issue #16)."""
    from sqlite_utils.db import jsonify_if_needed

    columns = list(dict.fromkeys(key for row in rows for key in row))
    sql = (f"insert into [{table}] ({', '.join(f'[{c}]' for c in columns)}) "
           f"values ({', '.join('?' * len(columns))})")
    plain = _PLAIN  # what jsonify_if_needed returns as it is, without its isinstance checks
    conn.executemany(sql, [tuple(v if type(v) in plain else jsonify_if_needed(v) for v in map(row.get, columns))
                           for row in rows])


_PLAIN = frozenset({str, int, float, bytes, type(None)})


def _chunks(items: list, size: int = CHUNK) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
