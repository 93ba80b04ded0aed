"""Adding shards to a collection: ``archive collection rebalance PATH --shards M``.

An article's shard is ``blake2b-64(id) mod N`` (:mod:`archive.collection`); with M shards most
articles belong elsewhere. The step, each part safe to interrupt and to run again:

1. The manifest is rewritten (a temporary file renamed over it) to list the M shards, the N old
   ones first, with ``"rebalancing": {"from": [the N old shards]}``. From then on searches,
   serving and imports refuse the collection, naming the command that finishes the job: for a
   while an article may be in two shards.
2. Each shard's articles that belong elsewhere are moved a batch (``BATCH`` ids) at a time:
   first *copied* into the shard they belong to (its rows and their tags, places and
   organisations, figures, event dates, MinHash keys and import rows, in one SQLite transaction
   that also marks them for the index; then its Whoosh index is brought in step, as an import's
   recovery does), then *deleted* from the shard they were in, the same way, and only those the
   new shard is seen to hold. Killed between the two, the article is in both shards; the next run
   copies it again (the same row: nothing changes) and deletes it. Killed inside either, SQLite
   rolled back, or the ids stay marked and the next opening of that shard finishes the index.
3. Near-duplicate links to an article now in another shard are dropped (stories are linked
   within a shard only, as an import links them), the gazetteer's article counts are recounted,
   a shard whose index still counts deleted documents is reindexed from SQLite (Whoosh keeps them
   in BM25's statistics until a merge: the collection would not rank as one archive), and the
   manifest loses its note.

Shards cannot be removed (M must be more than N).
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from archive import collection as collections_

BATCH = 500
# Rows keyed by an article, besides the articles table (the figures and tags need ids mapped).
BY_ARTICLE = ("article_tags", "article_entities", "figures", "event_dates", "article_signatures",
              "near_duplicate_keys")


@dataclass
class RebalanceReport:
    shards_before: int = 0
    shards: int = 0
    moved: int = 0
    links_dropped: int = 0
    per_shard: dict = field(default_factory=dict)  # shard name -> articles held at the end

    def summary(self) -> str:
        return (f"{self.moved:,} articles moved from {self.shards_before} to {self.shards} shards"
                + (f", {self.links_dropped:,} near-duplicate links across shards dropped" if self.links_dropped else ""))


def rebalance(path, shards: Optional[int] = None, on_batch: Optional[Callable[[str, str, int], None]] = None,
              batch: int = BATCH) -> RebalanceReport:
    """Move ``path``'s articles to the shards their ids hash to among ``shards`` (see the module).
    ``shards`` may be left out to finish an interrupted rebalancing. ``on_batch(source, target,
    n)`` is told after each batch is moved."""
    found = collections_.load(path)
    if found.rebalancing is None:
        if shards is None:
            raise collections_.CollectionError(f"{path}: give the number of shards wanted (--shards M)")
        if shards == len(found):
            return RebalanceReport(len(found), len(found), per_shard=_held(found))
        if shards < len(found):
            raise collections_.CollectionError(f"{path}: {len(found)} shards; shards can be added, not removed "
                                               f"(--shards {shards})")
        if shards > collections_.MAX_SHARDS:
            raise collections_.CollectionError(f"{path}: at most {collections_.MAX_SHARDS} shards")
        names = [found.name(s) for s in found.shards]
        collections_.write_manifest(found.path, names + _new_names(found, names, shards), rebalancing_from=names)
        found = collections_.load(path)
    elif shards is not None and shards != len(found):
        raise collections_.CollectionError(f"{path}: a rebalancing to {len(found)} shards is unfinished; "
                                           f"finish it first (without --shards)")
    report = RebalanceReport(shards_before=len(found.rebalancing), shards=len(found))
    for number, shard in enumerate(found.shards):
        if shard.is_file():
            report.moved += _move_out(found, number, on_batch, batch)
    for shard in found.shards:
        if shard.is_file():
            report.links_dropped += _tidy(shard)
    collections_.write_manifest(found.path, [found.name(s) for s in found.shards])
    report.per_shard = _held(collections_.load(path))
    return report


def _new_names(found, names: list, shards: int) -> list:
    folder = Path(names[0]).parent.as_posix() if names else "shards"
    width = max(3, len(str(shards - 1)))
    taken, out, n = set(names), [], 0
    while len(out) < shards - len(names):
        name = f"{folder}/shard-{n:0{width}d}.db" if folder not in ("", ".") else f"shard-{n:0{width}d}.db"
        if name not in taken and not (found.path.parent / name).exists():
            out.append(name)
            taken.add(name)
        n += 1
    return out


def _held(found) -> dict:
    out = {}
    for shard in found.shards:
        if shard.is_file():
            conn = sqlite3.connect(f"file:{shard}?mode=ro", uri=True)
            try:
                out[found.name(shard)] = conn.execute("select count(*) from articles").fetchone()[0]
            except sqlite3.OperationalError:
                out[found.name(shard)] = 0
            finally:
                conn.close()
    return out


def _move_out(found, number: int, on_batch, batch: int) -> int:
    source = found.shards[number]
    conn = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        ids = [row[0] for row in conn.execute("select id from articles order by rowid")]
    except sqlite3.OperationalError:
        ids = []
    finally:
        conn.close()
    leaving = defaultdict(list)
    for article_id in ids:
        target = collections_.shard_of(article_id, len(found))
        if target != number:
            leaving[target].append(article_id)
    moved = 0
    for target, movers in sorted(leaving.items()):
        for start in range(0, len(movers), batch):
            chunk = movers[start:start + batch]
            _copy(source, found.shards[target], chunk)
            moved += _delete(source, found.shards[target], chunk)
            if on_batch:
                on_batch(found.name(source), found.name(found.shards[target]), len(chunk))
    return moved


def _columns(conn, table: str, schema: str = "main") -> list:
    return [row[1] for row in conn.execute(f"pragma {schema}.table_info({table})")]


def _open(shard):
    from archive import search_data
    from indexer.sync import Archive

    search_data.provide()
    return Archive(shard, create=True)


def _copy(source: Path, target: Path, ids: list) -> None:
    """``ids``' rows copied from ``source`` into ``target`` (replacing what it holds of them) and
    indexed there; one transaction, the index brought in step after (the ids marked meanwhile)."""
    from indexer.store import immediate

    with _open(target) as archive, archive.lock(purpose="rebalance"):
        conn = archive.db.conn
        conn.execute("attach database ? as src", [str(source)])
        try:
            with immediate(archive.db):
                conn.execute("pragma defer_foreign_keys = on")  # until the commit, for this transaction
                archive.store.mark_pending(ids, None)
                _copy_rows(conn, json.dumps(ids))
            archive._replay(ids)  # Whoosh holds what SQLite now holds for them
        finally:
            conn.execute("detach database src")
        archive.store.forget_cached_ids()


def _copy_rows(conn, ids: str) -> None:
    wanted = "(select value from json_each(:ids))"
    # Outlets, tags and the gazetteer's entities by name (ids are each shard's own, entities' the gazetteer's).
    conn.execute(f"insert or ignore into main.outlets (name) select distinct o.name from src.outlets o "
                 f"join src.articles a on a.outlet = o.id where a.id in {wanted}", {"ids": ids})
    conn.execute(f"insert or ignore into main.tags (name) select distinct t.name from src.tags t "
                 f"join src.article_tags at on at.tag_id = t.id where at.article_id in {wanted}", {"ids": ids})
    entity_columns = ", ".join(_columns(conn, "entities"))
    # The whole gazetteer, as an import gives each archive (a new shard's entity pages know every place).
    conn.execute(f"insert or ignore into main.entities ({entity_columns}) select {entity_columns} from src.entities")
    imports = _copy_imports(conn, ids)
    outlet = "(select m.id from main.outlets m join src.outlets s on s.name = m.name where s.id = {}.outlet)"
    columns = [c for c in _columns(conn, "articles") if c in set(_columns(conn, "articles", "src"))]
    # A near-copy keeps its link when its original is here or comes in this batch (checked at the
    # commit: an original and its copies may come in any order); else it is its own story here.
    linked = f"(a.duplicate_of in (select id from main.articles) or a.duplicate_of in {wanted})"
    picked = []
    for column in columns:
        if column == "outlet":
            picked.append(outlet.format("a"))
        elif column in ("duplicate_of", "similarity"):
            picked.append(f"case when {linked} then a.{column} end")
        elif column in ("import_id", "first_import_id"):
            picked.append(f"(select value from json_each(:imports) where key = cast(a.{column} as text))")
        else:
            picked.append(f"a.{column}")
    conn.execute(f"insert or replace into main.articles ({', '.join(columns)}) select {', '.join(picked)} "
                 f"from src.articles a where a.id in {wanted}", {"ids": ids, "imports": json.dumps(imports)})
    for table in BY_ARTICLE:
        conn.execute(f"delete from main.{table} where article_id in {wanted}", {"ids": ids})
    conn.execute(f"insert or ignore into main.article_tags (article_id, tag_id) select at.article_id, m.id "
                 f"from src.article_tags at join src.tags s on s.id = at.tag_id join main.tags m on m.name = s.name "
                 f"where at.article_id in {wanted}", {"ids": ids})
    for table in ("article_entities", "event_dates", "article_signatures", "near_duplicate_keys", "figures"):
        names = [c for c in _columns(conn, table) if c in set(_columns(conn, table, "src"))]
        values = [outlet.format("f") if (table, c) == ("figures", "outlet") else f"f.{c}" for c in names]
        conn.execute(f"insert or replace into main.{table} ({', '.join(names)}) select {', '.join(values)} "
                     f"from src.{table} f where f.article_id in {wanted}", {"ids": ids})


def _copy_imports(conn, ids: str) -> dict:
    """``{source import id (text): target import id}``: the articles' import rows, copied once
    (one already copied is known by its start time and paths)."""
    found = {}
    rows = conn.execute("select * from src.imports where id in (select import_id from src.articles where id in "
                        "(select value from json_each(:ids)) union select first_import_id from src.articles where id in "
                        "(select value from json_each(:ids)))", {"ids": ids})
    names = [d[0] for d in rows.description]
    for values in rows.fetchall():
        row = dict(zip(names, values))
        same = conn.execute("select id from main.imports where started is ? and paths is ?",
                            [row["started"], row["paths"]]).fetchone()
        if same is None:
            del row["id"]
            cursor = conn.execute(f"insert into main.imports ({', '.join(row)}) values ({', '.join('?' * len(row))})",
                                  list(row.values()))
            same = (cursor.lastrowid,)
        found[str(values[names.index("id")])] = same[0]
    return found


def _delete(source: Path, target: Path, ids: list) -> int:
    """Delete from ``source`` those of ``ids`` that ``target`` holds (never one it lacks)."""
    from indexer.store import immediate

    conn = sqlite3.connect(f"file:{target}?mode=ro", uri=True)
    try:
        held = {row[0] for row in conn.execute("select id from articles where id in (select value from json_each(?))",
                                               [json.dumps(ids)])}
    finally:
        conn.close()
    gone = [i for i in ids if i in held]
    if not gone:
        return 0
    with _open(source) as archive, archive.lock(purpose="rebalance"):
        with immediate(archive.db):
            # Near-copies staying here of an original that leaves: their own story now.
            unlinked = [row[0] for row in archive.db.execute(
                "select id from articles where duplicate_of in (select value from json_each(:gone)) "
                "and id not in (select value from json_each(:gone))", {"gone": json.dumps(gone)})]
            archive.db.execute("update articles set duplicate_of = null, similarity = null "
                               "where id in (select value from json_each(?))", [json.dumps(unlinked)])
            archive.store.mark_pending(gone + unlinked, None)
            for table in BY_ARTICLE:
                archive.db.execute(f"delete from {table} where article_id in (select value from json_each(?))",
                                   [json.dumps(gone)])
            archive.db.execute("delete from articles where id in (select value from json_each(?))", [json.dumps(gone)])
        archive._replay(gone + unlinked)  # Whoosh drops them (and renews the unlinked copies' story)
    return len(gone)


def _tidy(shard: Path) -> int:
    """Drop near-duplicate links to articles not in ``shard``; recount the gazetteer's articles."""
    from indexer.store import immediate

    with _open(shard) as archive, archive.lock(purpose="rebalance"):
        with immediate(archive.db):
            astray = [row[0] for row in archive.db.execute(
                "select id from articles where duplicate_of is not null and duplicate_of not in (select id from articles)")]
            if astray:
                archive.store.mark_pending(astray, None)
                archive.db.execute("update articles set duplicate_of = null, similarity = null "
                                   "where id in (select value from json_each(?))", [json.dumps(astray)])
            archive.db.execute("update entities set articles = (select count(*) from article_entities ae "
                               "where ae.entity_id = entities.id)")
        if astray:
            archive._replay(astray)  # their story is their own now
        # Whoosh keeps a deleted document in its counts (documents, field lengths: BM25's statistics)
        # until its segment is merged away; a shard that lost articles is rebuilt from SQLite, so it
        # scores as an archive that never held them (and its vocabulary is recounted). Idempotent.
        if archive.index.ix.doc_count_all() != archive.index.ix.doc_count():
            archive.reindex()
    return len(astray)
