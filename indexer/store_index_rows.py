"""What the full-text index and its searches read from the store: ids pending an index write,
the rows a document is made of, facet and entity rows for some ids or (scans) for all, texts."""

from __future__ import annotations

import json
from typing import Iterable, Iterator, Optional

from indexer.schema import HITS_INDEX
from indexer.store_sql import _chunks, immediate, now


class IndexRows:
    """:class:`indexer.store.Store`'s reads for the index (``self.db`` is the Store's)."""

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

    def _scan(self, sql: str, chunk: int) -> Iterator[list]:
        cursor = self.db.conn.execute(sql)
        while True:
            rows = cursor.fetchmany(chunk)
            if not rows:
                return
            yield rows

    def scan_facet_rows(self, chunk: int) -> Iterator[list]:
        """Every article's ``(id, outlet, year, month)``, outlet and year -1 for none, in lists of
        at most ``chunk`` rows, in the covering index's order where the archive has it: what
        :meth:`facet_rows` reads for some ids, read for all in one pass."""
        covering = self.db.conn.execute("select 1 from sqlite_master where type = 'index' and name = ?",
                                        [HITS_INDEX]).fetchone()
        articles = f"articles indexed by {HITS_INDEX}" if covering else "articles"
        return self._scan(f"select id, coalesce(outlet, -1), coalesce(year, -1), month from {articles}", chunk)

    def scan_tag_rows(self, chunk: int) -> Iterator[list]:
        """Every ``(article id, tag id)``, in lists of at most ``chunk`` rows."""
        return self._scan("select article_id, tag_id from article_tags order by article_id", chunk)

    def scan_entity_links(self, chunk: int) -> Iterator[list]:
        """Every ``(article id, entity id)`` link, in lists of at most ``chunk`` rows (the kinds:
        :meth:`entity_kinds`): what :meth:`entity_rows` reads for some ids, read for all."""
        return self._scan("select article_id, entity_id from article_entities order by article_id", chunk)

    def scan_event_months(self, chunk: int) -> Iterator[list]:
        """Every ``(article id, month)`` of an event date, once per article and month."""
        return self._scan("select distinct article_id, month from event_dates where month is not null order by article_id", chunk)

    def entity_kinds(self) -> dict:
        """``{entity id: kind}`` of the entities table."""
        return dict(self.db.execute("select id, kind from entities"))

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
