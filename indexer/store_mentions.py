"""What articles mention, in the store: entities (as the gazetteer gives them), each article's
entity links, figures and event dates, the ``places``/``organisations`` columns drawn from them,
and the version stamp that tells the search index's entity arrays to be read again."""

from __future__ import annotations

import json
import sqlite3
from typing import Iterable, Iterator

from indexer.store_sql import _chunks, immediate

VERSIONS_TABLE = "store_versions"  # what changed when: {name: version}, bumped by writers, read by caches


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


class MentionRows:
    """:class:`indexer.store.Store`'s entities and mentions (``self.db``, ``self._entity_names``,
    ``self._outlet_id`` are the Store's)."""

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
