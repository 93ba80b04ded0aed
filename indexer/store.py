"""The SQLite store, through sqlite-utils: the archive's source of truth.

Callers own transactions (:func:`immediate`, rather than ``db.atomic()``: see there); the
methods here read and write rows. :class:`Store` is put together from its parts:
``store_sql`` (transactions, chunks, bulk inserts), ``store_mentions`` (entities, the links,
figures and event dates of what articles mention) and ``store_index_rows`` (what the full-text
index and its searches read: pending ids, index rows, facet rows, whole-table scans, texts).
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from pathlib import Path
from typing import Callable, Optional

import sqlite_utils

from indexer.schema import ensure_db_shape
from indexer.store_index_rows import IndexRows
from indexer.store_mentions import VERSIONS_TABLE, MentionRows, mention_columns
from indexer.store_sql import (BUSY_TIMEOUT_MS, CHUNK, _chunks, _insert_rows, _with_retry_when_busy, immediate,
                               now)

__all__ = ["Store", "open_database", "read_only", "immediate", "now", "mention_columns", "VERSIONS_TABLE",
           "CHUNK", "BUSY_TIMEOUT_MS"]

def open_database(path, create: bool = True) -> sqlite_utils.Database:
    path = Path(path)
    if not path.exists():
        if not create:
            raise FileNotFoundError(f"no archive database at {path}")
        _create(path)
    db = sqlite_utils.Database(path)
    db.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    _with_retry_when_busy(lambda: ensure_db_shape(db))
    return db


def _create(path: Path) -> None:
    """Make a new archive's database whole, then put it in place: SQLite creates the file empty
    and writes the tables after, so a process killed in between left an empty file that
    'archive check' refuses. A kill now leaves a stray ``.NAME.PID.new`` beside it, no archive."""
    new = path.with_name(f".{path.name}.{os.getpid()}.new")
    try:
        db = sqlite_utils.Database(new)
        ensure_db_shape(db)
        db.conn.close()
        try:
            os.link(new, path)  # fails if another process has made it meanwhile: theirs is kept
        except FileExistsError:
            pass
        except OSError:  # no hard links on this file system
            if not path.exists():
                os.replace(new, path)
    finally:
        for leftover in (new, Path(f"{new}-wal"), Path(f"{new}-shm"), Path(f"{new}-journal")):
            leftover.unlink(missing_ok=True)


def read_only(db_path) -> Callable[[], "Store"]:
    """A function giving this thread's read-only :class:`Store` of the database (one connection a
    thread, opened at its first use): what readers in other threads are handed, as the search index
    (word counts, the texts feedback reads)."""
    local = threading.local()
    path = Path(db_path).resolve()

    def store() -> Store:
        found = getattr(local, "store", None)
        if found is None:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
            found = local.store = Store(sqlite_utils.Database(conn))
        return found

    return store


class Store(MentionRows, IndexRows):
    def __init__(self, db: sqlite_utils.Database):
        self.db = db
        self._outlet_ids: dict = {}
        self._tag_ids: dict = {}
        self._entity_names: Optional[dict] = None  # see entity_names

    # -- imports ------------------------------------------------------------------------
    def start_import(self, paths: list, options: dict) -> int:
        with immediate(self.db):
            table = self.db.table("imports")
            table.insert(
                {
                    "started": now(),
                    "status": "running",
                    "paths": json.dumps([str(p) for p in paths]),
                    "options": json.dumps(options, default=str),
                    "imported": 0, "updated": 0, "unchanged": 0, "duplicates": 0, "failed": 0,
                    "errors": "[]",
                }
            )
            return table.last_pk

    def finish_import(self, import_id: int, counts: dict, errors: list, status: str,
                      warnings: list = ()) -> None:
        with immediate(self.db):
            self.db.table("imports").update(
                import_id,
                dict(counts, finished=now(), status=status, errors=json.dumps(errors[:10_000]),
                     warnings=json.dumps(list(warnings)[:10_000])),
            )

    # -- lookups ------------------------------------------------------------------------
    def hashes(self, ids: list) -> dict:
        """``{id: (record_hash, content_hash)}`` for the ids already stored."""
        found = {}
        for chunk in _chunks(list(ids)):
            marks = ",".join("?" * len(chunk))
            for row in self.db.execute(
                f"select id, record_hash, content_hash from articles where id in ({marks})", chunk
            ):
                found[row[0]] = (row[1], row[2])
        return found

    def ids_by_content(self, content_hashes: list) -> dict:
        """``{content_hash: id}`` of stored articles with those texts."""
        found = {}
        for chunk in _chunks(list(content_hashes)):
            marks = ",".join("?" * len(chunk))
            for row in self.db.execute(
                f"select content_hash, id from articles where content_hash in ({marks})", chunk
            ):
                found.setdefault(row[0], row[1])
        return found

    def by_source(self, paths: list) -> dict:
        """``{(source_path, source_record): (id, content_hash)}`` of the stored articles from those paths."""
        found = {}
        for chunk in _chunks(sorted(set(paths))):
            marks = ",".join("?" * len(chunk))
            for path, record, article_id, content_hash in self.db.execute(
                f"select source_path, source_record, id, content_hash from articles where source_path in ({marks})",
                chunk,
            ):
                found.setdefault((path, record), (article_id, content_hash))
        return found

    def place(self, article_id: str) -> Optional[str]:
        """Where a stored article came from: ``path`` or ``path:record``."""
        row = self.db.execute("select source_path, source_record from articles where id = ?", [article_id]).fetchone()
        if row is None:
            return None
        return row[0] if row[1] is None else f"{row[0]}:{row[1]}"

    def count(self) -> int:
        return self.db.execute("select count(*) from articles").fetchone()[0]

    def all_ids(self) -> set:
        return {row[0] for row in self.db.execute("select id from articles")}

    # -- writing ------------------------------------------------------------------------
    def _outlet_id(self, name: Optional[str]) -> Optional[int]:
        if not name:
            return None
        if name not in self._outlet_ids:
            row = self.db.execute("select id from outlets where name = ?", [name]).fetchone()
            if row is None:
                self.db.execute("insert into outlets (name) values (?)", [name])
                row = self.db.execute("select id from outlets where name = ?", [name]).fetchone()
            self._outlet_ids[name] = row[0]
        return self._outlet_ids[name]

    def _tag(self, name: str) -> tuple:
        """``(id, display name)`` of a tag: one row per tag whatever its case, shown as first stored
        (``isis`` in a later article is the archive's ``ISIS``)."""
        key = name.casefold()
        if key not in self._tag_ids:
            row = self.db.execute("select id, name from tags where name = ? collate nocase", [name]).fetchone()
            if row is None:
                self.db.execute("insert into tags (name) values (?)", [name])
                row = self.db.execute("select id, name from tags where name = ?", [name]).fetchone()
            self._tag_ids[key] = (row[0], row[1])
        return self._tag_ids[key]

    def _tag_ids_for(self, names: list) -> list:
        return [self._tag(name)[0] for name in names]

    def tag_display_names(self, names: list) -> list:
        """Each tag as the archive shows it (its first stored form), repeats across case dropped."""
        shown, seen = [], set()
        for name in names:
            tag_id, display = self._tag(name)
            if tag_id not in seen:
                seen.add(tag_id)
                shown.append(display)
        return shown

    def forget_cached_ids(self) -> None:
        """After a rollback the cached outlet and tag ids may name rows that are gone."""
        self._outlet_ids.clear()
        self._tag_ids.clear()

    def write_articles(self, articles: list, import_id: int, existing: set) -> None:
        """Insert new articles and update changed ones (``existing`` holds the stored ids)."""
        stamp = now()
        new_rows, changed_rows = [], []
        for article in articles:
            row = article.as_dict()
            row.update(
                outlet=self._outlet_id(article.outlet),
                tags=json.dumps(self.tag_display_names(article.tags), ensure_ascii=False),
                **mention_columns(article.entities, self.entity_names()),
                record_hash=article.record_hash,
                import_id=import_id,
                updated_at=stamp,
            )
            if article.id in existing:
                changed_rows.append(row)
            else:
                row.update(first_import_id=import_id, imported_at=stamp)
                new_rows.append(row)
        if new_rows:
            _insert_rows(self.db.conn, "articles", new_rows)
        if changed_rows:
            self.db.table("articles").upsert_all(changed_rows, pk="id", batch_size=200)
        ids = [a.id for a in articles]
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            self.db.execute(f"delete from article_tags where article_id in ({marks})", chunk)
        links = [(a.id, tag_id) for a in articles for tag_id in self._tag_ids_for(a.tags)]
        if links:
            self.db.conn.executemany("insert or ignore into article_tags (article_id, tag_id) values (?, ?)", links)
        self.write_mentions(articles, indexed_again=True)  # written to the index by the caller, in this transaction

    # -- the archive's words (for "did you mean" and prefix searches) ------------------------
    def add_vocabulary(self, counts: dict) -> list:
        """Add ``{word: articles}`` to the vocabulary counts (in the caller's transaction) and
        return the words that were not there before. A new word gets its phonetic key (for the
        search's sound-alike fallback); a known one keeps it (only its count changes)."""
        from indexer.fulltext import phonetic_key

        words = list(counts)
        known = set()
        for chunk in _chunks(words):
            marks = ",".join("?" * len(chunk))
            known.update(row[0] for row in self.db.execute(f"select word from vocabulary where word in ({marks})", chunk))
        self.db.conn.executemany(
            "insert into vocabulary (word, articles, phonetic) values (?, ?, ?) "
            "on conflict(word) do update set articles = articles + excluded.articles",
            [(word, articles, None if word in known else phonetic_key(word)) for word, articles in counts.items()],
        )
        return [word for word in words if word not in known]

    def clear_vocabulary(self) -> None:
        self.db.execute("delete from vocabulary")

    def has_vocabulary(self) -> bool:
        """Whether the vocabulary table has words (an archive indexed before it existed has none)."""
        return self.db.execute("select 1 from vocabulary limit 1").fetchone() is not None

    def word_articles(self, word: str) -> int:
        """How many articles hold ``word`` (0 for a word the archive does not have)."""
        row = self.db.execute("select articles from vocabulary where word = ?", [word]).fetchone()
        return row[0] if row else 0

    def words_sounding_as(self, key: str, limit: int) -> list:
        """``[(word, articles)]`` of at most ``limit`` words with the phonetic key ``key`` (its index)."""
        return self.db.execute("select word, articles from vocabulary where phonetic = ? limit ?",
                               [key, limit]).fetchall()
