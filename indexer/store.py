"""The SQLite store, through sqlite-utils: the archive's source of truth.

Callers own transactions (:func:`immediate`, rather than ``db.atomic()``: see there); the
methods here read and write rows.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sqlite3
import threading
import time
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

import sqlite_utils

from indexer.schema import HITS_INDEX, ensure_db_shape

VERSIONS_TABLE = "store_versions"  # what changed when: {name: version}, bumped by writers, read by caches
CHUNK = 500  # ids per "IN (...)" query, well under SQLite's variable limit
BUSY_TIMEOUT_MS = 30000  # how long a connection waits for another's write to finish


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


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


def mention_columns(entities: dict, names: dict) -> dict:
    """``places`` and ``organisations`` of an article as JSON lists of names, most mentioned first,
    for Datasette's array facets. ``names``: ``{entity id: (name, kind)}`` (see Store.entity_names)."""
    found: dict = {"place": [], "organisation": []}
    for entity_id, mentions in sorted(entities.items(), key=lambda item: (-item[1], item[0])):
        try:
            name, kind = names[entity_id]
        except KeyError:
            continue
        found.setdefault(kind, []).append(name)
    return {
        "places": json.dumps(found["place"], ensure_ascii=False),
        "organisations": json.dumps(found["organisation"], ensure_ascii=False),
    }


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


def _insert_rows(conn, table: str, rows: list) -> None:
    """``rows`` (dicts) inserted as sqlite-utils' ``insert_all`` inserts them
    (values through its ``jsonify_if_needed``), in one ``executemany``: at import its per-row
    Python was about half of the articles' insert (issue #16)."""
    from sqlite_utils.db import jsonify_if_needed

    columns = list(dict.fromkeys(key for row in rows for key in row))
    sql = (f"insert into [{table}] ({', '.join(f'[{c}]' for c in columns)}) "
           f"values ({', '.join('?' * len(columns))})")
    conn.executemany(sql, [tuple(jsonify_if_needed(row.get(c)) for c in columns) for row in rows])


def _chunks(items: list, size: int = CHUNK) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class Store:
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

    # -- what articles mention (archive.extract.mentions) ----------------------------------
    def sync_entities(self, entities: Iterable) -> int:
        """The entities table as the gazetteer says (``entities``: its Entity records, from the
        caller): new entities added, names, types, coordinates and aliases brought up to date.
        Entities no longer in it stay while articles link to them (``archive extract`` removes
        them). Returns how many entities the gazetteer has."""
        entities = list(entities)
        rows = [
            {"id": e.id, "name": e.name, "kind": e.kind, "type": e.type, "latitude": e.latitude,
             "longitude": e.longitude, "aliases": json.dumps(list(e.aliases), ensure_ascii=False)}
            for e in entities
        ]
        self._entity_names = {e.id: (e.name, e.kind) for e in entities}
        with immediate(self.db):
            kinds = dict(self.db.execute("select id, kind from entities"))
            if rows:
                self.db.table("entities").upsert_all(rows, pk="id")
            if any(row["id"] in kinds and kinds[row["id"]] != row["kind"] for row in rows):
                self.bump_entities_version()  # a place is now an organisation (or back): counted apart
            self.db.execute("update entities set articles = 0 where articles is null")
        return len(rows)

    def write_mentions(self, articles: list, *, indexed_again: bool = False) -> None:
        """Replace the entity links, figures and event dates of ``articles`` (inside the caller's
        transaction), keeping ``entities.articles`` counts exact. ``indexed_again``: the caller
        writes these articles to the full-text index too (an import: new documents in a new
        segment, the old ones deleted), so what the index keeps per segment stays true and the
        entities' version is left alone; otherwise (``archive extract``) it is bumped, and every
        segment's entity arrays are read again at their next search (seconds at 48,000 articles)."""
        ids = [a.id for a in articles]
        change: dict = {}
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            for entity_id, count in self.db.execute(
                f"select entity_id, count(*) from article_entities where article_id in ({marks}) group by entity_id",
                chunk,
            ):
                change[entity_id] = change.get(entity_id, 0) - count
            for table in ("article_entities", "figures", "event_dates"):
                self.db.execute(f"delete from {table} where article_id in ({marks})", chunk)
        links, figures, events = [], [], []
        for article in articles:
            for entity_id, mentions in article.entities.items():
                links.append((article.id, entity_id, mentions))
                change[entity_id] = change.get(entity_id, 0) + 1
            outlet = self._outlet_id(article.outlet)
            for figure in article.figures:
                figures.append((
                    f"{article.id}:{figure.position}", article.id, figure.value, figure.qualifier,
                    figure.number_text, figure.counts, figure.source, figure.source_entity, figure.sentence,
                    figure.position, outlet, article.published, article.month,
                    getattr(figure, "kind", None), getattr(figure, "tally", None),
                ))
            for event in article.events:
                events.append((
                    f"{article.id}:{event.position}", article.id, event.date, event.date[:7], event.phrase,
                    int(bool(event.relative)), event.sentence, event.position,
                ))
        if links:
            self.db.conn.executemany(
                "insert or replace into article_entities (article_id, entity_id, mentions) values (?, ?, ?)", links
            )
        if figures:
            self.db.conn.executemany(
                "insert or replace into figures (id, article_id, value, qualifier, number_text, counts, source, "
                "source_entity, sentence, position, outlet, published, month, kind, tally) values "
                "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", figures,
            )
        if events:
            self.db.conn.executemany(
                "insert or replace into event_dates (id, article_id, date, month, phrase, relative, sentence, position) "
                "values (?, ?, ?, ?, ?, ?, ?, ?)", events,
            )
        updates = [(delta, entity_id) for entity_id, delta in change.items() if delta]
        if updates:
            self.db.conn.executemany(
                "update entities set articles = coalesce(articles, 0) + ? where id = ?", updates
            )
        if not indexed_again:
            self.bump_entities_version()

    def bump_entities_version(self) -> None:
        """Say that articles' entities or event dates changed (inside the caller's transaction):
        what the full-text index keeps of them per segment (``entity_arrays``) is read again.
        ``archive extract`` rewrites them without writing a new Whoosh document."""
        self.db.execute(f"create table if not exists {VERSIONS_TABLE} (name text primary key, version integer not null)")
        self.db.execute(f"insert into {VERSIONS_TABLE} (name, version) values ('entities', 1) "
                        "on conflict(name) do update set version = version + 1")

    def entities_version(self) -> int:
        """The version :meth:`bump_entities_version` last wrote (0 before any)."""
        try:
            found = self.db.execute(f"select version from {VERSIONS_TABLE} where name = 'entities'").fetchone()
        except sqlite3.OperationalError:  # no such table: no entities written since it was added
            return 0
        return found[0] if found else 0

    def entity_rows(self, ids: list) -> tuple:
        """What a search's place, organisation and event-month counts are counted from, for the
        articles ``ids`` (a full-text segment's, by docnum): ``(links, events)``, links of
        ``(position in ids, entity id, entity kind)`` and events of ``(position, month)``, one
        per article and month."""
        conn = self.db.conn
        payload = json.dumps(list(ids))
        links = conn.execute("select j.key, ae.entity_id, e.kind from json_each(?) j "
                             "join article_entities ae on ae.article_id = j.value "
                             "left join entities e on e.id = ae.entity_id", [payload]).fetchall()
        events = conn.execute("select distinct j.key, e.month from json_each(?) j "
                              "join event_dates e on e.article_id = j.value where e.month is not null",
                              [payload]).fetchall()
        return links, events

    def entity_names(self) -> dict:
        """``{entity id: (name, kind)}``: the gazetteer's entities as last given to sync_entities,
        else as the entities table holds them."""
        if self._entity_names is None:
            self._entity_names = {row[0]: (row[1], row[2])
                                  for row in self.db.execute("select id, name, kind from entities")}
        return self._entity_names

    def update_mention_columns(self, articles: list) -> None:
        """``articles.places`` and ``.organisations`` for ``articles`` (``archive extract``)."""
        rows = []
        for article in articles:
            columns = mention_columns(article.entities, self.entity_names())
            rows.append((columns["places"], columns["organisations"], article.id))
        self.db.conn.executemany("update articles set places = ?, organisations = ? where id = ?", rows)

    def drop_unused_entities(self, known: set) -> int:
        """Entities the gazetteer no longer has (``known``: the ids it has) and no article mentions."""
        unused = [row[0] for row in self.db.execute(
            "select id from entities where id not in (select distinct entity_id from article_entities) "
            "and id not in (select source_entity from figures where source_entity is not null)"
        ) if row[0] not in known]
        for chunk in _chunks(unused):
            marks = ",".join("?" * len(chunk))
            self.db.execute(f"delete from entities where id in ({marks})", chunk)
        return len(unused)

    def iter_articles_for_extraction(self, chunk: int = 1000) -> Iterator[list]:
        """Stored articles in chunks of ``{id, title, body, published, outlet}`` rows, by rowid."""
        last = 0
        while True:
            rows = list(self.db.query(
                "select a.rowid as rid, a.id, a.title, a.body, a.published, o.name as outlet from articles a "
                "left join outlets o on o.id = a.outlet where a.rowid > ? order by a.rowid limit ?", [last, chunk],
            ))
            if not rows:
                return
            last = rows[-1]["rid"]
            yield rows

    # -- pending index work -------------------------------------------------------------
    def mark_pending(self, ids: list, import_id: Optional[int]) -> None:
        self.db.table("index_pending").upsert_all(
            [{"article_id": i, "import_id": import_id} for i in ids], pk="article_id"
        )

    def clear_pending(self, ids: Optional[list] = None) -> None:
        if ids is None:
            self.db.execute("delete from index_pending")
            return
        for chunk in _chunks(list(ids)):
            marks = ",".join("?" * len(chunk))
            self.db.execute(f"delete from index_pending where article_id in ({marks})", chunk)

    def pending_ids(self) -> list:
        return [row[0] for row in self.db.execute("select article_id from index_pending")]

    def mark_all_pending(self) -> None:
        """Every stored id pending (a reindex killed half-way is then finished by recovery)."""
        self.db.execute(
            "insert or replace into index_pending (article_id, import_id) select id, null from articles"
        )

    def needs_recovery(self) -> bool:
        """Ids whose index write may have been interrupted, or imports left "running"."""
        return bool(self.db.execute(
            "select exists(select 1 from index_pending) or exists(select 1 from imports where status = 'running')"
        ).fetchone()[0])

    def mark_stale_imports(self) -> int:
        """Imports still "running" when no writer holds the archive's lock died: say so."""
        with immediate(self.db):
            cursor = self.db.execute(
                "update imports set status = 'interrupted', finished = ? where status = 'running'", [now()]
            )
        return cursor.rowcount

    def existing_ids(self, ids) -> set:
        """Those of ``ids`` that are stored."""
        found = set()
        for chunk in _chunks(list(ids)):
            marks = ",".join("?" * len(chunk))
            found.update(row[0] for row in self.db.execute(f"select id from articles where id in ({marks})", chunk))
        return found

    # -- reading for the index and the pages ---------------------------------------------
    _INDEX_COLUMNS = (
        "a.id, a.title, a.body, a.lede, a.author, a.language, a.published, a.tags, a.duplicate_of, "
        "o.name as outlet_name"
    )

    def _index_row(self, row: dict) -> dict:
        row = dict(row)
        row["tags"] = json.loads(row["tags"] or "[]")
        return row

    def index_rows(self, ids: list) -> dict:
        """``{id: row}`` with what the full-text index needs, for the ids that exist."""
        found = {}
        for chunk in _chunks(list(ids)):
            marks = ",".join("?" * len(chunk))
            sql = (
                f"select {self._INDEX_COLUMNS} from articles a left join outlets o on o.id = a.outlet "
                f"where a.id in ({marks})"
            )
            for row in self.db.query(sql, chunk):
                found[row["id"]] = self._index_row(row)
        return found

    def iter_index_rows(self) -> Iterator[dict]:
        sql = f"select {self._INDEX_COLUMNS} from articles a left join outlets o on o.id = a.outlet order by a.rowid"
        for row in self.db.query(sql):
            yield self._index_row(row)

    def facet_rows(self, ids: list) -> tuple:
        """What a search's facets are counted from, for the articles ``ids`` (a full-text segment's,
        by docnum): ``(rows, tag_rows)``, rows of ``(position in ids, outlet, year, month)`` and
        tag rows of ``(position, tag id)``; ids the database lacks are left out. Read through the
        covering index of hits (``HITS_INDEX``) where the archive has it."""
        conn = self.db.conn
        payload = json.dumps(list(ids))
        covering = conn.execute("select 1 from sqlite_master where type = 'index' and name = ?",
                                [HITS_INDEX]).fetchone()
        articles = f"articles a indexed by {HITS_INDEX}" if covering else "articles a"
        rows = conn.execute(f"select j.key, a.outlet, a.year, a.month from json_each(?) j "
                            f"join {articles} on a.id = j.value", [payload]).fetchall()
        tag_rows = conn.execute("select j.key, t.tag_id from json_each(?) j join article_tags t on t.article_id = j.value",
                                [payload]).fetchall()
        return rows, tag_rows

    def texts(self, ids: Iterable) -> dict:
        ids = list(ids)
        found = {}
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            for row in self.db.query(
                f"select id, title, lede, body from articles where id in ({marks})", chunk
            ):
                found[row["id"]] = row
        return found
