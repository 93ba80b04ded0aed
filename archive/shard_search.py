"""Searching a collection: every shard searched, ranked as one archive, totals and facets summed.

Two rounds, each one task per shard (on a Dask cluster when a client is given, else here):

1. each shard returns its statistics for the query (:meth:`ShardIndex.statistics`: documents,
   field lengths, the query terms' document frequencies); they are summed;
2. each shard searches with the sums (:meth:`ShardIndex.search_with`, so a hit scores what it
   would in one archive holding every shard's articles) and returns its top ``page x pagelen``
   hits with their sort keys, its exact total and its facet counts (outlets and tags by name:
   their ids are each shard's own).

The coordinator merges the hits (score, then article id for equal scores; or the date column
for a date sort), and adds the totals and counts up. A shard that cannot be searched (its
files missing, unreadable, its worker lost twice) is named in ``missing``: the page is then
marked partial, and callers must say so (the CLI refuses to print a partial total unless
asked to). Ties: a single archive orders equal scores by its insertion order, which shards
cannot know; the merge orders them by id.

Stories are linked (near-duplicates, ``duplicate_of``) within a shard only: a copy imported into
another shard than its original is its own story, so collapsed pages and story counts can differ
from a single archive's where copies fall on different shards.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

_indexes: dict = {}
_lock = threading.Lock()


@dataclass
class CollectionHit:
    id: str
    shard: str
    score: Optional[float]
    story: str
    key: Optional[int] = None  # the date sort's column value
    title_html: str = ""
    snippet_html: str = ""


@dataclass
class CollectionPage:
    query: str
    total: int = 0
    hits: list = field(default_factory=list)
    facets: dict = field(default_factory=dict)
    shard_totals: dict = field(default_factory=dict)  # shard name -> its hits
    missing: list = field(default_factory=list)  # (shard name, why)
    also_searched: list = field(default_factory=list)
    missing_terms: list = field(default_factory=list)
    timed_out: bool = False  # a shard stopped at its time limit: its hits (and total) may be short

    @property
    def partial(self) -> bool:
        return bool(self.missing)


class ShardMissing(RuntimeError):
    pass


def _index(db_path: str, epoch=None):
    """This process's :class:`ShardIndex` of a shard (kept: its arrays and searcher are reused).
    ``epoch``: the manifest's version (its mtime); a shard's index kept from an older one is opened
    again (a rebalancing rebuilds a shard's index, which a kept searcher may not notice)."""
    from archive import search_data
    from indexer.fulltext.federated import ShardIndex
    from indexer.store import read_only
    from indexer.sync import index_path_for

    path = Path(db_path)
    if not path.is_file():
        raise ShardMissing("no such file")
    with _lock:
        kept = _indexes.get(str(path))
        index = kept[1] if kept is not None and kept[0] == epoch else None
        if index is None:
            search_data.provide()
            index = ShardIndex(index_path_for(path), store=read_only(path))
            if not index.exists():
                raise ShardMissing("no full-text index beside it")
            _indexes[str(path)] = (epoch, index)
    return index


def shard_statistics(db_path: str, text: str, expand: bool, time_limit: float = 5.0, epoch=None):
    return _index(db_path, epoch).statistics(text, expand=expand, time_limit=time_limit)


def shard_search(db_path: str, statistics, text: str, *, wanted: int, sort: str, filters: Optional[dict],
                 expand: bool, collapse: bool, snippets: bool, facets: bool, time_limit: float = 5.0,
                 narrow: Optional[dict] = None, epoch=None) -> dict:
    """One shard's answer: its top ``wanted`` hits, total and facet counts (names, not ids).
    ``narrow``: keep only the hits an SQL query keeps (see :func:`_narrowed`)."""
    from indexer.store import read_only

    if narrow:
        return _narrowed(db_path, statistics, text, narrow, wanted=wanted, sort=sort, filters=filters, expand=expand,
                         collapse=collapse, snippets=snippets, facets=facets, time_limit=time_limit, epoch=epoch)
    index = _index(db_path, epoch)
    store = read_only(db_path)
    page = index.search_with(statistics, text, page=1, pagelen=wanted, sort=sort, filters=filters,
                             expand=expand, collapse=collapse, fetch_texts=store().texts if snippets else None,
                             time_limit=time_limit)
    counted = None
    if facets:
        counted = index.facet_counts(page)
        if counted is None:  # Whoosh's collectors answered: count over every id in SQLite
            every = index.search_with(statistics, text, page=1, pagelen=1, sort=sort, filters=filters,
                                      expand=expand, collapse=collapse, want_all_ids=True, time_limit=time_limit)
            counted = _sql_facets(store(), every.all_ids)
    return _answer(db_path, index, page, page.hits, page.total, sort, counted)


def _answer(db_path, index, page, hits: list, total: int, sort: str, counted: Optional[dict]) -> dict:
    """What a shard sends back: hits with their date sort keys, facets with names (not this shard's ids)."""
    import sqlite3

    keys = {}
    column = {"date": "newest", "oldest": "oldest"}.get(sort)
    if column and hits:
        searcher = index._searcher()
        values = searcher.reader().column_reader(column)
        for hit in hits:
            docnum = searcher.document_number(id=hit.id)
            keys[hit.id] = int(values[docnum]) if docnum is not None else None
    if counted is not None:
        conn = sqlite3.connect(f"file:{Path(db_path).resolve()}?mode=ro", uri=True)
        try:
            outlets = dict(conn.execute("select id, name from outlets"))
            tags = dict(conn.execute("select id, name from tags"))
        finally:
            conn.close()
        counted = dict(counted)
        counted["outlet"] = {outlets.get(k, k) if k is not None else None: n for k, n in counted["outlet"].items()}
        counted["tag"] = {tags.get(k, k): n for k, n in counted["tag"].items()}
    return {
        "total": total,
        "timed_out": bool(page.timed_out),
        "hits": [(hit.id, hit.score, hit.story, keys.get(hit.id), hit.title_html, hit.snippet_html) for hit in hits],
        "facets": counted,
        "also_searched": list(page.also_searched),
        "missing_terms": list(getattr(page, "missing_terms", [])),
    }


def _narrowed(db_path: str, statistics, text: str, narrow: dict, *, wanted: int, sort: str, filters, expand: bool,
              collapse: bool, snippets: bool, facets: bool, time_limit: float, epoch=None) -> dict:
    """The shard's answer keeping only the hits ``narrow["sql"]`` keeps (the search page's places,
    organisations and missing values, applied in SQLite as for one archive: the SQL takes ``:ids``,
    a JSON list, ``:entities`` and ``:n``, and returns the ids kept in the list's order). Whoosh
    ranks up to ``narrow["cap"]`` hits; the total and the facets count every kept hit."""
    import json
    import sqlite3

    import sqlite_utils

    from indexer.store import Store

    index = _index(db_path, epoch)
    entities = list(narrow.get("entities") or [])
    state = {"kept": []}

    def keep(conn, ids: list) -> list:
        return [row[0] for row in conn.execute(narrow["sql"], {"ids": json.dumps(ids), "entities": json.dumps(entities),
                                                               "n": len(entities)})]

    def connect():
        return sqlite3.connect(f"file:{Path(db_path).resolve()}?mode=ro", uri=True)

    def fetch(ids):  # the search thread's ranked hits: kept ones found, texts of the top ``wanted``
        conn = connect()
        try:
            state["kept"] = keep(conn, ids)
            top = state["kept"][:wanted]
            return Store(sqlite_utils.Database(conn)).texts(top) if snippets and top else {}
        finally:
            conn.close()

    page = index.search_with(statistics, text, page=1, pagelen=max(wanted, int(narrow.get("cap", 10_000))), sort=sort,
                             filters=filters, expand=expand, collapse=collapse, fetch_texts=fetch, want_all_ids=True,
                             time_limit=time_limit)
    conn = connect()
    try:
        matching = keep(conn, list(page.all_ids or []))
        counted = None
        if facets:
            store = Store(sqlite_utils.Database(conn))
            counted = _sql_facets(store, matching)
            counted.update(_sql_entities(store, matching))
    finally:
        conn.close()
    top = set(state["kept"][:wanted])
    return _answer(db_path, index, page, [hit for hit in page.hits if hit.id in top], len(matching), sort, counted)


def _sql_entities(store, ids: list) -> dict:
    """Places, organisations and event months of ``ids`` as the index's arrays count them."""
    from collections import Counter

    links, events = store.entity_rows(ids) if ids else ([], [])
    entity, kinds = Counter(), {"place": set(), "organisation": set()}
    for position, entity_id, kind in set(links):
        entity[entity_id] += 1
        if kind in kinds:
            kinds[kind].add(position)
    months = Counter(month for _, month in set(events))
    return {"entity": dict(entity), "no_place": len(ids) - len(kinds["place"]),
            "no_organisation": len(ids) - len(kinds["organisation"]), "event_month": dict(months)}


def _sql_facets(store, ids: list) -> dict:
    """The facet counts :meth:`FullTextIndex.facet_counts` gives, made in SQLite."""
    from collections import Counter

    rows, tag_rows = store.facet_rows(ids) if ids else ([], [])
    outlets, years, months = Counter(), Counter(), Counter()
    for _, outlet, year, month in rows:
        outlets[outlet] += 1
        years[year] += 1
        months[month or None] += 1  # stored as "YYYY-MM"
    tagged = {position for position, _ in tag_rows}
    return {"outlet": dict(outlets), "year": dict(years), "month": dict(months),
            "tag": dict(Counter(tag for _, tag in tag_rows)), "no_tags": len(rows) - len(tagged), "stories": None}


def _run(client, function, shards: list, *args, wait: Optional[float] = None, **kwargs) -> list:
    """``function(shard, *args, **kwargs)`` for each shard: ``[(result or None, error or None)]``.

    On a cluster a task lost with its worker is run again (``retries``; Dask also reschedules a
    task whose worker died before it finished); a shard that has not answered ``wait`` seconds
    after the tasks were sent (no worker left to run it) is an error, never waited on for ever."""
    if client is None:
        out = []
        for shard in shards:
            try:
                out.append((function(str(shard), *args, **kwargs), None))
            except Exception as error:  # a shard that cannot be searched is reported, not skipped
                out.append((None, error))
        return out
    import time

    futures = [client.submit(function, str(shard), *args, pure=False, retries=1, **kwargs) for shard in shards]
    deadline = None if wait is None else time.monotonic() + wait
    out = []
    for future in futures:
        try:
            left = None if deadline is None else max(0.0, deadline - time.monotonic())
            out.append((future.result(timeout=left), None))
        except Exception as error:
            if _is_timeout(error):
                future.cancel()
                error = ShardMissing(f"no answer within {wait:g} s (no worker could search it)")
            out.append((None, error))
    return out


def _is_timeout(error: Exception) -> bool:
    import asyncio
    import concurrent.futures

    return isinstance(error, (TimeoutError, asyncio.TimeoutError, concurrent.futures.TimeoutError))


def _why(error: Exception) -> str:
    from archive.serving import one_line

    return one_line(error) if not isinstance(error, ShardMissing) else str(error)


def statistics_round(collection, client, text: str, expand: bool, time_limit: float, wait: float,
                     missing: list) -> tuple:
    """The first round of a search over ``collection``'s shards: ``(statistics, live, epoch)``, the
    shards' statistics for ``text`` summed, the shards that answered, and the manifest's mtime (a
    worker's cached shard indexes are dropped when it changes). A shard that failed goes into
    ``missing`` as ``(name, why)``. Raises CollectionError during a rebalancing, and the
    QueryError of a query the shards cannot run."""
    from indexer.fulltext import QueryError
    from indexer.fulltext.federated import Statistics

    from archive.collection import CollectionError

    if collection.rebalancing:
        raise CollectionError(f"{collection.path}: {collection.rebalancing_note()}")
    shards = list(collection.shards)
    try:
        epoch = collection.path.stat().st_mtime_ns
    except OSError:
        epoch = None
    total = Statistics()
    live = []
    for shard, (stats, error) in zip(shards, _run(client, shard_statistics, shards, text, expand, time_limit, epoch,
                                                   wait=wait)):
        if error is not None:
            if isinstance(error, QueryError):
                raise error
            missing.append((collection.name(shard), _why(error)))
        else:
            total.add(stats)
            live.append(shard)
    return total, live, epoch


def search_collection(collection, text: str, *, client=None, page: int = 1, pagelen: int = 20,
                      sort: str = "relevance", filters: Optional[dict] = None, expand: bool = True,
                      collapse: bool = True, snippets: bool = True, facets: bool = True, time_limit: float = 5.0,
                      wait: Optional[float] = None, between_rounds=None, narrow: Optional[dict] = None) -> CollectionPage:
    """A page of ``collection``'s hits for ``text`` ranked as one archive (see the module's docstring).

    ``time_limit``: each shard's search stops there (its page is then marked ``timed_out``);
    ``wait``: on a cluster, how long a round waits for a shard before naming it missing (default
    four times ``time_limit`` plus 10 s: room for a retry on another worker).
    ``between_rounds()``: called after the statistics are in (tests lose a worker there).
    ``narrow``: hits kept by an SQL query in each shard (:func:`_narrowed`)."""
    answer = CollectionPage(query=text)
    wait = wait if wait is not None else 4 * time_limit + 10
    total_stats, live, epoch = statistics_round(collection, client, text, expand, time_limit, wait, answer.missing)
    if between_rounds is not None:
        between_rounds()
    wanted = page * pagelen
    merged = []
    found = _run(client, shard_search, live, total_stats, text, wanted=wanted, sort=sort, filters=filters,
                 expand=expand, collapse=collapse, snippets=snippets, facets=facets, time_limit=time_limit, wait=wait,
                 narrow=narrow, epoch=epoch)
    for shard, (result, error) in zip(live, found):
        name = collection.name(shard)
        if error is not None:
            answer.missing.append((name, _why(error)))
            continue
        answer.total += result["total"]
        answer.timed_out = answer.timed_out or result.get("timed_out", False)
        answer.shard_totals[name] = result["total"]
        for hit_id, score, story, key, title_html, snippet_html in result["hits"]:
            merged.append(CollectionHit(hit_id, name, score, story, key, title_html, snippet_html))
        if result["facets"] is not None:
            _add_facets(answer.facets, result["facets"])
        for word in result["also_searched"]:
            if word not in answer.also_searched:
                answer.also_searched.append(word)
        answer.missing_terms += [t for t in result["missing_terms"] if t not in answer.missing_terms]
    if sort == "date":
        merged.sort(key=lambda h: (-(h.key or 0), h.id))
    elif sort == "oldest":
        merged.sort(key=lambda h: (h.key if h.key is not None else 0, h.id))
    else:
        merged.sort(key=lambda h: (-(h.score or 0.0), h.id))
    if collapse:
        seen, kept = set(), []
        for hit in merged:
            if hit.story not in seen:
                seen.add(hit.story)
                kept.append(hit)
        merged = kept
    answer.facets.pop("_tag_spelling", None)
    answer.facets.pop("_no_entities", None)
    answer.hits = merged[(page - 1) * pagelen: wanted]
    return answer


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _add_facets(into: dict, counted: dict) -> None:
    for name in ("outlet", "year", "month", "tag"):
        bucket = into.setdefault(name, {})
        for key, n in counted.get(name, {}).items():
            if name == "tag":
                # A tag is one whatever its case (the store looks names up 'collate nocase': ASCII
                # letters only); each shard keeps the spelling it met first: the first met here wins.
                spellings = into.setdefault("_tag_spelling", {})
                key = spellings.setdefault(key.translate(_ASCII_LOWER), key)
            bucket[key] = bucket.get(key, 0) + n
    into["no_tags"] = into.get("no_tags", 0) + counted.get("no_tags", 0)
    # Places and organisations (gazetteer ids, the same in every shard) and event months: counted
    # only when every shard's arrays counted them (a shard counted in SQLite has none: then none).
    if "entity" not in counted or into.get("_no_entities"):
        into["_no_entities"] = True
        for name in ("entity", "event_month", "no_place", "no_organisation"):
            into.pop(name, None)
    else:
        for name in ("entity", "event_month"):
            bucket = into.setdefault(name, {})
            for key, n in counted[name].items():
                bucket[key] = bucket.get(key, 0) + n
        for name in ("no_place", "no_organisation"):
            into[name] = into.get(name, 0) + counted[name]
    if counted.get("stories") is None or into.get("stories", 0) is None:
        into["stories"] = None
    else:
        into["stories"] = into.get("stories", 0) + counted["stories"]
