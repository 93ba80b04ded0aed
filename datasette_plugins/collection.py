"""A collection of shards served as one archive (issue #19): ``archive serve COLLECTION``.

Each shard is an ordinary Datasette database (its tables, SQL and ``whoosh_search()`` are its own);
the plugin's config names the manifest (``plugins: news-archive: collection: PATH``). Then:

- ``/-/search`` searches every shard ranked as one archive (:func:`archive.shard_search.search_collection`:
  collection-wide statistics, exact totals, facet counts added up), and each hit's row comes from
  its shard. A shard that cannot be searched is named at the top of the page, in red, and the
  count says it leaves that shard out: never a silently short total.
- ``/-/search.csv|json|...`` exports every hit the same way, or refuses (503, naming the shards)
  when a shard is missing: a file has no banner to carry the warning.
- ``/-/article/<id>`` and its citations are looked up in the shard the id hashes to.
- The pages that count over the whole archive from SQLite (``/-/timeline``, ``/-/map``,
  ``/-/entities``, ``/-/entity/<id>``, ``/-/figures`` and its CSV) count in each shard and add up
  (collection_pages.py, collection_figures.py), never one shard's counts shown as the collection's.

Searches run in this process, one shard after the other (a shard's searcher and arrays are kept
between searches), each within its share of the search time limit; or, with ``scheduler`` in the
config (``archive serve COLLECTION --scheduler tcp://host:8786``), on the Dask workers, which keep
their shards' searchers: a worker lost during a search is replaced, a shard no worker answers for
is named on the page.
"""

from __future__ import annotations

import asyncio
import json
import time
import urllib.parse
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

from datasette.utils.asgi import NotFound, Response
from markupsafe import escape

from datasette_plugins.archive_db import plugin_config

_loaded: dict = {}  # manifest path -> (mtime, Collection)


def collection_of(datasette):
    """The :class:`archive.collection.Collection` being served, or None (one archive)."""
    from archive import collection as collections_

    path = plugin_config(datasette).get("collection")
    if not path:
        return None
    path = Path(path)
    mtime = path.stat().st_mtime_ns if path.exists() else None
    found = _loaded.get(str(path))
    if found is None or found[0] != mtime:
        found = (mtime, collections_.load(path))  # re-read when the manifest changes (a rebalancing)
        _loaded[str(path)] = found
    return found[1]


def either(single_view, collection_view):
    """A route's view: ``collection_view`` when a collection is served, else ``single_view``."""

    async def view(datasette, request):
        if plugin_config(datasette).get("collection"):
            return await collection_view(datasette, request)
        return await single_view(datasette, request)

    view.__name__ = getattr(single_view, "__name__", "view")
    view.__doc__ = single_view.__doc__
    return view


def shard_databases(datasette, collection) -> dict:
    """``{shard path: Datasette database}`` for the shards being served."""
    by_path = {str(Path(db.path).resolve()): db for db in datasette.databases.values() if db.path}
    return {shard: by_path.get(str(shard)) for shard in collection.shards}


def unserved_note(datasette, collection):
    """Why this server cannot answer for the collection as it now is (shards added by a
    rebalancing since it started), or None."""
    missing = [collection.name(shard) for shard, db in shard_databases(datasette, collection).items() if db is None]
    if not missing:
        return None
    return (f"The collection now has {len(collection)} shards and {len(missing)} of them ({', '.join(missing[:3])}"
            f"{' ...' if len(missing) > 3 else ''}) are not served: restart 'archive serve' to serve them.")


def _time_limit(datasette) -> float:
    return float(plugin_config(datasette).get("search_time_limit_ms", 3000)) / 1000


async def run_search(datasette, collection, params: dict, *, page: int, pagelen: int, snippets: bool, facets: bool,
                     collapse: bool, cap: int):
    """The search across shards; places, organisations and missing values (``entity=``, ``missing=``)
    kept in each shard's SQLite as for one archive, of its first ``cap`` ranked hits."""
    from archive.shard_search import search_collection
    from datasette_plugins.queries import hits_filter_sql

    filters = {"outlet": params["outlet"], "year": params["year"], "tags": params["tags"]}
    narrow = None
    if params["entities"] or params["missing"]:
        narrow = {"sql": hits_filter_sql(params["entities"], params["missing"]), "entities": params["entities"],
                  "cap": cap}
    shards = len(collection)
    # Shards are searched one after the other: each gets its share of the time limit (at least 1 s).
    limit = max(1.0, _time_limit(datasette) / shards)
    scheduler = plugin_config(datasette).get("scheduler")
    if scheduler:  # on the workers, shards in parallel: each its whole share of the time limit
        limit = _time_limit(datasette)
    return await asyncio.get_running_loop().run_in_executor(None, lambda: search_collection(
        collection, params["q"], client=dask_client(scheduler) if scheduler else None, page=page, pagelen=pagelen,
        sort=params["sort"], filters=filters, expand=not params["exact"], collapse=collapse, snippets=snippets,
        facets=facets, time_limit=limit, narrow=narrow))


async def suggest_across(datasette, collection, q: str):
    """The collection's "did you mean" (archive/shard_spelling.py: every shard's words, summed)."""
    from archive.shard_spelling import collection_suggestion

    scheduler = plugin_config(datasette).get("scheduler")
    return await asyncio.get_running_loop().run_in_executor(None, lambda: collection_suggestion(
        collection, q, client=dask_client(scheduler) if scheduler else None))


_clients: dict = {}


class SchedulerUnreachable(RuntimeError):
    pass


def dask_client(address: str):
    """This server's Dask client of the scheduler at ``address`` (made at the first search, kept)."""
    client = _clients.get(address)
    if client is None or client.status != "running":  # never made, or lost its scheduler: try again
        from dask.distributed import Client

        if client is not None:
            _clients.pop(address, None)
            try:
                client.close(timeout=2)
            except Exception:
                pass
        try:
            client = _clients[address] = Client(address, timeout=5, set_as_default=False)
        except (OSError, TimeoutError) as error:
            raise SchedulerUnreachable(f"cannot reach the Dask scheduler at {address} ({error}); "
                                       "the collection cannot be searched") from None
    return client


async def collection_facets(datasette, databases: list, counted: dict, *, limit, more_for=None, ids=(),
                            draw: bool = False) -> dict:
    """The search page's facets from the shards' summed counts: ``facets`` (``{name: [{value, count}]}``),
    ``missing`` (hits without a value: every facet adds up to the total), ``more``, ``stories``, and
    (``draw``) the page's ``overview``: timeline and map. Places and organisations, named by the first
    shard (each holds the whole gazetteer), come from :func:`search_entities.hits_overview` fed the
    summed counts; when a shard could not count them from its arrays they are left out (never one
    shard's counts shown as the collection's)."""
    from datasette_plugins import search_entities

    outlets, years = Counter(counted.get("outlet", {})), Counter(counted.get("year", {}))
    months = Counter(counted.get("month", {}))
    undated = months.pop(None, 0)
    missing = {"outlet": outlets.pop(None, 0), "year": years.pop(None, 0), "tag": counted.get("no_tags", 0)}
    facets = {
        "outlet": [{"value": k, "count": n} for k, n in sorted(outlets.items(), key=lambda i: (-i[1], i[0]))],
        "year": [{"value": k, "count": n} for k, n in sorted(years.items(), reverse=True)],
        "tag": [{"value": k, "count": n} for k, n in sorted(counted.get("tag", {}).items(), key=lambda i: (-i[1], i[0]))],
    }
    more = []
    for name, items in facets.items():
        cut = None if name == more_for or limit is None else limit
        if cut is not None and len(items) > cut:
            more.append(name)
            facets[name] = items[:cut]
    overview = {}
    if "entity" in counted and databases:
        found = await search_entities.hits_overview(
            datasette, databases[0], list(ids) or ["-"], published_months=dict(months), undated=undated,
            limit=None if limit is None or more_for in ("place", "organisation") else limit, draw=draw,
            counted=counted)
        facets.update(found.pop("facets"))
        missing.update(found.pop("missing"))
        more += [name for name in found.pop("more") if name != more_for]
        overview = found
    return {"facets": facets, "missing": missing, "more": more, "stories": counted.get("stories"),
            "overview": overview}


async def _rows_by_shard(databases: dict, hits, sql: str) -> dict:
    """``{id: row}`` for the hits, each read from its shard's database with ``sql`` (``:ids``)."""
    by_shard: dict = {}
    for hit in hits:
        by_shard.setdefault(hit.shard, []).append(hit.id)
    out = {}
    for name, ids in by_shard.items():
        database = databases.get(name)
        if database is None:
            continue
        found = await database.execute(sql, {"ids": json.dumps(ids)})
        out.update({row["id"]: dict(row) for row in found.rows})
    return out


def _named_databases(datasette, collection) -> dict:
    return {collection.name(shard): db for shard, db in shard_databases(datasette, collection).items()}


async def search_view(datasette, request):
    from archive.collection import CollectionError
    from datasette_plugins import search_entities
    from datasette_plugins.search import FACET_LIMIT, FACETS, MISSING_LABELS, PAGE_SIZE, SORTS, facet_box, search_params, url_with
    from indexer.fulltext import SUGGEST_BELOW, QueryError

    params = search_params(request)
    collection = collection_of(datasette)
    databases = _named_databases(datasette, collection)
    context = {
        "params": params, "sorts": SORTS, "facet_labels": FACETS, "missing_labels": MISSING_LABELS, "missing": {},
        "more": [], "error": None, "page": None, "hits": [], "facets": None, "elapsed_ms": None,
        "url_with": lambda **changes: url_with(datasette.urls.path("/-/search"), params, **changes),
        "export_url": lambda fmt: url_with(datasette.urls.path(f"/-/search.{fmt}"), params, collapse=None),
        "article_url": lambda article_id: datasette.urls.path(f"/-/article/{article_id}"),
        "database_name": None, "entity_filters": [],
        "collection_shards": [(name, db.name if db else None) for name, db in databases.items()],
        "missing_shards": [],
        "cross_database": "_memory" if getattr(datasette, "crossdb", False) and "_memory" in datasette.databases else None,
    }
    status = 200
    if collection.rebalancing is None and unserved_note(datasette, collection):
        context["error"] = unserved_note(datasette, collection)
        status = 503
        params = dict(params, q="")  # no search: its rows could not all be read
    first = next((db for db in databases.values() if db), None)
    if first is not None and params["entities"]:
        context["entity_filters"] = await search_entities.filter_labels(first, params["entities"])
    if params["q"]:
        started = time.perf_counter()
        try:
            page = await run_search(datasette, collection, params, page=params["page"], pagelen=PAGE_SIZE,
                                    snippets=True, facets=True, collapse=params["collapse"], cap=search_entities.RANK_CAP)
        except (QueryError, CollectionError, SchedulerUnreachable) as error:
            context["error"] = str(error)
            status = 400 if isinstance(error, QueryError) else 503
        else:
            context["missing_shards"] = page.missing
            meta = await _rows_by_shard(databases, page.hits, (
                "select a.id, a.published, a.author, a.tags, o.name as outlet from articles a "
                "left join outlets o on o.id = a.outlet where a.id in (select value from json_each(:ids))"))
            copies = await _rows_by_shard(databases, page.hits, (
                "select s.id, (select count(*) from articles c where c.duplicate_of = s.id) as n "
                "from (select coalesce(a.duplicate_of, a.id) as id from articles a "
                "where a.id in (select value from json_each(:ids))) s"))
            context["hits"] = [{"hit": hit, "copies": (copies.get(hit.story) or {}).get("n", 0),
                                "meta": dict(meta.get(hit.id, {}), tags=json.loads(meta.get(hit.id, {}).get("tags") or "[]"))}
                               for hit in page.hits]
            suggestion = None
            if page.total < SUGGEST_BELOW and params["page"] == 1:  # as one archive's page: few hits
                suggestion = await suggest_across(datasette, collection, params["q"])
            context["page"] = SimpleNamespace(
                total=page.total, page=params["page"], pagelen=PAGE_SIZE, pages=max(1, -(-page.total // PAGE_SIZE)),
                timed_out=page.timed_out, also_searched=page.also_searched, aliases_searched=page.also_searched,
                sounds_like=[], suggestion=suggestion)
            counted = await collection_facets(datasette, [d for d in databases.values() if d], page.facets,
                                              limit=FACET_LIMIT, more_for=params["more"], ids=[h.id for h in page.hits],
                                              draw=True)
            context["stories"] = counted["stories"]
            context["missing"] = counted["missing"]
            context["facets"], context["more"] = counted["facets"], counted["more"]
            context.update(counted["overview"])
            if params["more"]:
                context["facet_box"] = facet_box(request, params, params["more"], counted["facets"][params["more"]])
                context["facets"][params["more"]] = context["facet_box"]["values"]
            context["elapsed_ms"] = round((time.perf_counter() - started) * 1000)
    html = await datasette.render_template("archive_search.html", context, request=request)
    return Response.html(html, status=status)


async def article_database(datasette, article_id: str):
    collection = collection_of(datasette)
    database = shard_databases(datasette, collection).get(collection.shard_for(article_id))
    if database is None:
        raise NotFound(unserved_note(datasette, collection) or "No such article")
    return database


async def article_view(datasette, request):
    from datasette_plugins import article

    database = await article_database(datasette, request.url_vars["article_id"])
    return await article.article_view(datasette, request, database=database)


async def article_export_view(datasette, request):
    from datasette_plugins import export

    database = await article_database(datasette, request.url_vars["article_id"])
    return await export.article_export_view(datasette, request, database=database)


async def search_export_view(datasette, request):
    """Every hit of a search across the shards, as ``/-/search.FORMAT`` gives one archive's."""
    from datasette.utils.asgi import AsgiStream

    from archive.collection import CollectionError
    from datasette_plugins import export
    from datasette_plugins.search import search_params
    from indexer.fulltext import QueryError

    fmt = request.url_vars["format"]
    params = search_params(request)
    if not params["q"]:
        return Response.json({"ok": False, "error": "Give a query: q=..."}, status=400)
    collection = collection_of(datasette)
    databases = _named_databases(datasette, collection)
    if unserved_note(datasette, collection):
        return Response.json({"ok": False, "error": unserved_note(datasette, collection)}, status=503)
    try:
        page = await run_search(datasette, collection, params, page=1, pagelen=export.MAX_HITS, snippets=False,
                                facets=fmt == "json", collapse=False, cap=export.MAX_HITS)
    except QueryError as error:
        return Response.json({"ok": False, "error": str(error)}, status=400)
    except (CollectionError, SchedulerUnreachable) as error:
        return Response.json({"ok": False, "error": str(error)}, status=503)
    if page.missing:  # a file cannot carry a warning: refuse rather than export a short list
        return Response.json({"ok": False, "error": "shards could not be searched; the export would be short",
                              "missing_shards": [{"shard": n, "why": w} for n, w in page.missing]}, status=503)
    headers = {"x-total-count": str(page.total)}
    if page.timed_out:
        headers["x-search-timed-out"] = "true"
    if fmt in export.DOWNLOADED:
        slug = "".join(c if c.isalnum() else "-" for c in params["q"]).strip("-")[:60] or "search"
        headers["content-disposition"] = f'attachment; filename="search-{urllib.parse.quote(slug)}.{fmt}"'
    head, hits = None, page.hits
    if fmt == "json":
        counted = await collection_facets(datasette, [d for d in databases.values() if d], page.facets, limit=None,
                                          ids=[h.id for h in hits])
        head = {"query": params["q"], "filters": {"outlet": params["outlet"], "year": params["year"],
                                                   "tags": params["tags"], "entities": params["entities"],
                                                   "missing": params["missing"], "exact": params["exact"]},
                "sort": params["sort"], "total": page.total, "stories": counted["stories"], "timed_out": page.timed_out,
                "shards": len(collection), "columns": export.COLUMNS, "facets": export.facets_for_export(counted),
                "facets_timed_out": False}

    class ShardRouted:
        """What :func:`export.stream_hits` calls ``database``: each chunk's rows read from their shards."""

        async def execute(self, sql, params_):
            ids = json.loads(params_["ids"])
            shard_of = {hit.id: hit.shard for hit in chunk_hits(ids)}
            rows = []
            for name in dict.fromkeys(shard_of.values()):
                found = await databases[name].execute(sql, dict(params_, ids=json.dumps(
                    [i for i in ids if shard_of.get(i) == name])))
                rows += found.rows
            return SimpleNamespace(rows=rows)

    where = {hit.id: hit for hit in hits}

    def chunk_hits(ids):
        return [where[i] for i in ids if i in where]

    async def stream(writer):
        await export.stream_hits(datasette, request, ShardRouted(), [(h.id, h.score) for h in hits], fmt, writer,
                                 head=head)

    return AsgiStream(stream, headers=headers, content_type=export.SEARCH_FORMATS[fmt])
