"""The ``archive`` commands on a collection of shards (:mod:`archive.collection`): ``archive collection
create|check``, and what ``archive import`` and ``archive search`` do when given a collection."""

from __future__ import annotations

import contextlib
import json
import sqlite3
import sys
import time

import click

from archive import collection as collections_, interrupts


def load(path):
    try:
        return collections_.load(path)
    except collections_.CollectionError as error:
        raise click.ClickException(str(error))


@contextlib.contextmanager
def dask_client(scheduler, local_cluster):
    """A Dask client: of the scheduler at ``scheduler``, or of a local cluster of ``local_cluster``
    worker processes started on loopback for this command (one thread each)."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise click.ClickException("a collection needs dask.distributed: pip install 'news-archive[shards]'")
    if scheduler:
        try:
            client = Client(scheduler, timeout=10)
        except OSError as error:
            raise click.ClickException(f"cannot reach the Dask scheduler at {scheduler}: {error}")
        with client:
            yield client
        return
    with LocalCluster(n_workers=local_cluster or 1, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster, Client(cluster) as client:
        yield client


@click.group(name="collection")
def collection_group():
    """A collection: shards (each an ordinary archive) listed in a manifest.

    Articles go to a shard by a hash of their id. Import with a Dask cluster
    (archive import COLLECTION SOURCES --scheduler tcp://host:8786, or --local-cluster 2),
    search with archive search COLLECTION QUERY, serve with archive serve COLLECTION. To add
    shards: archive collection rebalance COLLECTION --shards M.
    """


@collection_group.command(name="create")
@click.argument("path", type=click.Path())
@click.option("--shards", type=click.IntRange(1, collections_.MAX_SHARDS), required=True, help="How many shards.")
def create(path, shards):
    """Make the manifest PATH (JSON) of a new collection of SHARDS empty shards (in shards/ beside it)."""
    try:
        made = collections_.create(path, shards)
    except collections_.CollectionError as error:
        raise click.ClickException(str(error))
    click.echo(f"{path}: a collection of {len(made)} shards ({made.name(made.shards[0])} ...)")


@collection_group.command(name="rebalance")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--shards", type=click.IntRange(1, collections_.MAX_SHARDS),
              help="How many shards the collection should have (more than now). Left out: finish an interrupted one.")
def rebalance(path, shards):
    """Add shards to the collection PATH and move each article whose shard changed into it.

    The manifest lists the new shards at once and says a rebalancing is under way (searches,
    serving and imports refuse the collection until it is done). Each article is copied into its
    new shard, then deleted from its old one. Interrupted, run it again (with or without --shards):
    nothing is lost or doubled."""
    from archive.collection_rebalance import rebalance as run

    def on_batch(source, target, n):
        click.echo(f"  {n:,} articles: {source} -> {target}", err=True)

    try:
        report = run(path, shards, on_batch=on_batch)
    except collections_.CollectionError as error:
        raise click.ClickException(str(error))
    click.echo(f"{path}: {report.summary()}; " + ", ".join(f"{name} {n:,}" for name, n in report.per_shard.items()))


@collection_group.command(name="check")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
def check(path):
    """Check every shard (SQLite and Whoosh agree, as 'archive check' does) and that each article
    is in the shard its id hashes to. Exit 1 if not."""
    from archive import search_data
    from indexer.sync import Archive

    search_data.provide()
    found = load(path)
    bad = 0
    if found.rebalancing:
        click.echo(f"{path}: {found.rebalancing_note()}")
        bad += 1
    for number, shard in enumerate(found.shards):
        name = found.name(shard)
        if not shard.is_file():
            click.echo(f"{name}: missing")
            bad += 1
            continue
        with Archive(shard, create=False) as archive:
            report = archive.check()
            ids = [row[0] for row in archive.db.conn.execute("select id from articles")]
        astray = [i for i in ids if collections_.shard_of(i, len(found)) != number]
        ok = report.consistent and not astray
        bad += not ok
        click.echo(f"{name}: {len(ids):,} articles, " + ("consistent" if report.consistent else "SQLite and Whoosh differ")
                   + (f", {len(astray):,} in the wrong shard (first {astray[0]})" if astray else ""))
    if bad:
        sys.exit(1)


def import_collection(path, paths, defaults, mapping, date_order, batch_size, scheduler, local_cluster, silent,
                      options_for_log) -> None:
    from archive.shard_import import CollectionImport

    from archive.sources import measure_input

    found = load(path)
    if found.rebalancing:  # an article may be in two shards: re-imports would not see it as stored
        raise click.ClickException(f"{path}: {found.rebalancing_note()}")
    started = time.monotonic()
    files, size = measure_input(paths)
    with dask_client(scheduler, local_cluster) as client:
        job = CollectionImport(found, client, defaults=defaults, mapping=mapping, date_order=date_order,
                               batch_size=batch_size)
        state = {"files": 0, "path": None}

        def status(_):
            if state["path"] is None:
                return ""
            return f"{state['files']:,}/{files:,} files · {state['path'].name[-40:]}"

        # The bar moves as the workers' files come back (read and extracted); the shards' writes
        # follow, and the summary comes when the last is written.
        with click.progressbar(length=max(size, 1), label=f"Importing into {len(found)} shards", file=sys.stderr,
                               show_pos=False, show_eta=True, hidden=silent, item_show_func=status) as bar:

            def on_file(file_path):
                state["files"] += 1
                state["path"] = file_path
                bar.update(0)

            try:
                with interrupts.remembered():
                    report = job.run(list(paths), on_file=on_file, on_bytes=bar.update, options_for_log=options_for_log)
            except KeyboardInterrupt:
                click.echo("\nInterrupted: what was written so far is kept; run the same command to finish.", err=True)
                sys.exit(130)
            bar.update(max(size, 1) - bar.pos)
    click.echo(f"{path}: {report.summary()} ({report.files:,} files, {len(found)} shards, "
               f"{time.monotonic() - started:,.1f} s)", err=True)
    for warning, places in report.grouped_warnings()[:50]:
        shown = ", ".join(places[:3]) + (f" and {len(places) - 3:,} more" if len(places) > 3 else "")
        click.echo(f"  warning: {warning}: {shown}", err=True)
    for where, original in report.duplicate_of[:50]:
        click.echo(f"  duplicate: {where} (same text as article {original})", err=True)
    for where, reason in report.failures[:50]:
        click.echo(f"  failed: {where}: {reason}", err=True)
    if report.failed:
        sys.exit(1)


def search_collection(path, query, limit, sort, output_format, exact, scheduler, allow_missing) -> None:
    from archive.shard_search import search_collection as search
    from archive.shard_spelling import collection_suggestion
    from indexer.fulltext import SUGGEST_BELOW, QueryError

    found = load(path)
    client_context = dask_client(scheduler, None) if scheduler else contextlib.nullcontext(None)
    with client_context as client:
        try:
            page = search(found, query, client=client, pagelen=limit, sort=sort, expand=not exact)
        except (QueryError, collections_.CollectionError) as error:
            raise click.ClickException(str(error))
        # "Did you mean", as for one archive: when few match, from every shard's words summed.
        suggestion = collection_suggestion(found, query, client=client) if page.total < SUGGEST_BELOW else None
    if page.missing and not allow_missing:
        names = "; ".join(f"{name} ({why})" for name, why in page.missing)
        raise click.ClickException(f"{path}: {len(page.missing)} of {len(found)} shards could not be searched: "
                                   f"{names}; the total would be short (--allow-missing shows what the others hold)")
    rows = {}
    for name in {hit.shard for hit in page.hits}:
        conn = sqlite3.connect(f"file:{found.path.parent / name}?mode=ro", uri=True)
        conn.row_factory = sqlite3.Row
        try:
            ids = [h.id for h in page.hits if h.shard == name]
            for row in conn.execute("select a.id, a.title, a.published, a.author, o.name as outlet from articles a "
                                    "left join outlets o on o.id = a.outlet where a.id in (select value from json_each(?))",
                                    [json.dumps(ids)]):
                rows[row["id"]] = dict(row)
        finally:
            conn.close()
    if output_format == "json":
        click.echo(json.dumps({
            "query": query, "total": page.total, "partial": page.partial, "missing_shards": page.missing,
            "shard_totals": page.shard_totals, "also_searched": page.also_searched, "suggestion": suggestion,
            "facets": {name: ({str(k): v for k, v in value.items()} if isinstance(value, dict) else value)
                       for name, value in page.facets.items()},
            "hits": [dict(rows.get(h.id, {"id": h.id}), shard=h.shard,
                          score=None if h.score is None else round(h.score, 4)) for h in page.hits],
        }, ensure_ascii=False))
        return
    if page.missing:
        click.echo("PARTIAL: shards not searched: " + "; ".join(f"{n} ({w})" for n, w in page.missing))
    click.echo(f"{page.total:,} articles match {query!r} in {len(found) - len(page.missing)} shards")
    if suggestion:
        click.echo(f"Did you mean: {suggestion}")
    for number, hit in enumerate(page.hits, start=1):
        row = rows.get(hit.id, {})
        where = " · ".join([row.get("outlet") or "unknown outlet", row.get("published") or "undated"])
        click.echo(f"\n{number}. {row.get('title', hit.id)}  [{where}]")
        click.echo(f"   id {hit.id}  {hit.shard}" + (f"  score {hit.score:.2f}" if hit.score is not None else ""))
