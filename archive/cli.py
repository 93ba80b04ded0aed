"""The ``archive`` command: a thin layer over :mod:`archive.pipeline` and :mod:`indexer`."""

from __future__ import annotations

import json
import re
import signal
import sys
import time
from pathlib import Path

import click

from archive.db_argument import refuse_swapped_arguments, require_archive
from archive.extract.article import BatchDefaults
from archive.extract.dates import iso_date
from archive.serving import (  # noqa: F401 (find_metadata, metadata_for, LARGE_ARCHIVE: used by tests and benches)
    LARGE_ARCHIVE,
    LOCAL_HOSTS,
    bind,
    find_metadata,
    metadata_for,
    one_line,
    run_datasette,
    serve_metadata,
    serve_settings,
)

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}
FAILURES_SHOWN = 50


def _open_archive(db_path, create: bool = False):
    from archive import search_data
    from indexer.fulltext import IndexBusy
    from indexer.sync import Archive

    search_data.provide()  # the index's name groups and stop words, from archive/data/
    if not create:
        require_archive(db_path)
    try:
        return Archive(db_path, create=True)
    except IndexBusy as error:
        raise click.ClickException(str(error))
    except Exception as error:  # a corrupt or foreign file
        raise click.ClickException(f"{db_path}: cannot open the archive: {one_line(error)}")




@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(package_name="news-archive")
def cli():
    """A structured news archive with full-text search.

    Import articles into a SQLite database with a Whoosh index beside it, search them,
    and browse them in Datasette.
    """


def _parse_map(ctx, param, values):
    mapping = {}
    for value in values:
        if "=" not in value:
            raise click.BadParameter(f"{value!r}: write it as THEIRS=OURS, e.g. --map headline=title")
        theirs, ours = (part.strip() for part in value.split("=", 1))
        from archive.readers.columns import FIELDS, known_names, name_key

        ours = ours if ours in FIELDS else known_names().get(name_key(ours), ours)  # text=body, date=published
        if ours not in FIELDS:
            raise click.BadParameter(f"{ours!r} is not one of our fields: {', '.join(FIELDS)}")
        if not theirs:
            raise click.BadParameter(f"{value!r}: name their column before '=', e.g. --map headline=title")
        mapping[theirs] = ours
    return mapping


def _parse_date(ctx, param, value):
    if value is None:
        return None
    parsed = iso_date(value)
    if parsed is None:
        raise click.BadParameter(f"{value!r} is not a date (try 2019-03-23)")
    return parsed


@cli.command(name="import")
@click.argument("db_path", metavar="DB", type=click.Path())
@click.argument("paths", metavar="PATH...", nargs=-1, required=True, type=click.Path())
@click.option("--outlet", help="Outlet for articles that do not name one.")
@click.option("--date", "published", callback=_parse_date, help="Publication date for articles that give none.")
@click.option("--tag", "tags", multiple=True, help="Tag every article in the batch (repeatable).")
@click.option("--override", is_flag=True, help="--outlet and --date win over what the files say.")
@click.option("--map", "mapping", multiple=True, callback=_parse_map, metavar="THEIRS=OURS",
              help="Read column THEIRS of JSONL/CSV files as our field OURS (repeatable).")
@click.option("--date-order", type=click.Choice(["dmy", "mdy", "ymd"]), default=None,
              help="Read numeric dates (03/04/2020) day-first, month-first or year-first. Default: the order "
                   "each column or folder's unambiguous dates show; where none do, day-first, with a warning.")
@click.option("--batch-size", default=2000, show_default=True, type=click.IntRange(1, 100_000),
              help="Articles written per transaction.")
@click.option("--workers", type=click.IntRange(0, 64), default=None,
              help="Processes reading files and extracting articles beside the one writing them "
                   "(default: one per core for imports over 4 MB, else 0).")
@click.option("-s", "--silent", is_flag=True, help="No progress bar.")
@click.option("--scheduler", metavar="ADDRESS", help="A collection: the Dask scheduler to import with (tcp://host:8786).")
@click.option("--local-cluster", type=click.IntRange(1, 64), metavar="N",
              help="A collection: start N Dask worker processes on this machine to import with.")
def import_(db_path, paths, outlet, published, tags, override, mapping, date_order, batch_size, workers, silent,
            scheduler, local_cluster):
    """Import articles from files and folders into the archive DB.

    Reads plain-text articles (.txt, .text), JSON Lines (.jsonl, .ndjson), CSV (.csv, .tsv), saved web pages
    (.html, .htm), web archives (.warc, .arc), feeds (.rss, .atom, .rdf, .xml), PDFs (.pdf;
    scans read by OCR where tesseract is installed), Word and RTF files (.docx, .rtf), e-mail
    (.eml, .mbox, .msg) and containers of these (.zip, .tar.gz, .gz); folders are walked. Nexis
    Uni, LexisNexis and Factiva exports (.docx, .rtf, .pdf, .html, .txt) are split into their
    articles. Re-importing the same input changes nothing; an interrupted import is finished by
    running the same command again. Example:

        archive import archive.db sample/
    """
    from archive.pipeline import Importer, measure_input
    from indexer.fulltext import IndexBusy
    from indexer.sync import ArchiveLock, ArchiveLockError

    defaults = BatchDefaults(outlet=outlet, published=published, tags=list(tags), override=override)
    options = {"outlet": outlet, "date": published, "tags": list(tags), "override": override, "map": mapping,
               "date_order": date_order}
    from archive.collection import is_collection

    if is_collection(db_path) or scheduler or local_cluster:  # a collection of shards (archive/collection_cli.py)
        from archive.collection_cli import import_collection

        return import_collection(db_path, paths, defaults, mapping, date_order, batch_size, scheduler, local_cluster,
                                 silent, options)
    refuse_swapped_arguments(db_path, paths)  # before the lock: nothing is made beside the user's file
    try:  # one import at a time: a second waits (ARCHIVE_LOCK_TIMEOUT, 60 s), then fails saying why
        lock = ArchiveLock(db_path, on_wait=lambda message: click.echo(message, err=True)).acquire()
    except ArchiveLockError as error:
        raise click.ClickException(str(error))
    with lock, _open_archive(db_path, create=True) as archive:
        files, size = measure_input(paths)
        from archive.workers import default_workers

        workers = default_workers(size) if workers is None else workers
        importer = Importer(archive, defaults=defaults, mapping=mapping, batch_size=batch_size, workers=workers,
                            date_order=date_order)
        state = {"path": None, "page": None, "files": 0, "total": files, "bytes": 0, "unshown": 0,
                 "started": time.monotonic()}
        with click.progressbar(
            length=max(size, 1), label="Importing", file=sys.stderr, show_pos=False, show_eta=True,
            hidden=silent, item_show_func=lambda _: _status(state),
        ) as bar:

            def on_file(path):
                state["files"] += 1
                state["path"], state["page"] = path, None
                bar.update(0)

            def on_page(name, number, total):  # a long PDF's pages, read here or by a worker
                state["path"], state["page"] = Path(name), (number, total)
                bar.update(state["unshown"])  # the bytes that page stands for, shown with it
                state["unshown"] = 0

            def on_bytes(count):  # the bar moves with the bytes read, within big files too
                state["bytes"] += count
                state["unshown"] += count
                if state["unshown"] >= 256 * 1024:
                    bar.update(state["unshown"])
                    state["unshown"] = 0

            try:
                report = importer.run(list(paths), on_file=on_file, on_bytes=on_bytes, on_page=on_page,
                                     options_for_log=options)
            except (IndexBusy, ValueError) as error:  # ValueError: a malformed gazetteer line
                raise click.ClickException(str(error))
            except KeyboardInterrupt:
                click.echo("\nInterrupted: what was written so far is kept; run the same command to finish.", err=True)
                sys.exit(130)
            # Everything is written: a Ctrl-C now would only print Python's shutdown noise (a lock's
            # __del__ interrupted) over a finished import. Let the summary be said instead.
            signal.signal(signal.SIGINT, signal.SIG_IGN)
            bar.update(max(size, 1) - bar.pos)
    click.echo(f"{db_path}: {report.summary()} ({report.files:,} files, import #{report.import_id})", err=True)
    for warning, places in report.grouped_warnings()[:FAILURES_SHOWN]:
        shown = ", ".join(places[:3]) + (f" and {len(places) - 3:,} more" if len(places) > 3 else "")
        click.echo(f"  warning: {warning}: {shown}", err=True)
    for where, original in report.duplicate_of[:FAILURES_SHOWN]:
        click.echo(f"  duplicate: {where} (same text as article {original})", err=True)
    for where, reason in report.failures[:FAILURES_SHOWN]:
        click.echo(f"  failed: {where}: {reason}", err=True)
    hidden = report.failed - min(len(report.failures), FAILURES_SHOWN)
    if hidden > 0:
        click.echo(f"  ... and {hidden:,} more failures (see the imports table, row {report.import_id})", err=True)
    if report.failed:
        sys.exit(1)


def _status(state: dict) -> str:
    """What the progress bar shows after its percentage: files, rate and the current file (with
    its page, for a long PDF)."""
    if state["path"] is None:
        return ""
    elapsed = time.monotonic() - state["started"]
    rate = f" · {state['bytes'] / 1e6 / elapsed:,.1f} MB/s, {state['files'] / elapsed:,.0f} files/s" if elapsed > 1 else ""
    page = ""
    if state.get("page"):
        number, total = state["page"]
        page = f", page {number:,}" + (f" of {total:,}" if total else "")
    return f"{state['files']:,}/{state['total']:,} files{rate} · {state['path'].name[-40:]}{page}"


@cli.command()
@click.argument("db_path", metavar="DB", type=click.Path())
@click.argument("query")
@click.option("-n", "--limit", type=click.IntRange(1, 10_000_000),
              help="Hits to show. Default: 10 on a terminal; every hit for --format csv, json or jsonl "
                   "written to a file or a pipe.")
@click.option("--sort", type=click.Choice(["relevance", "date", "oldest"]), default="relevance", show_default=True,
              help="Order of hits: best first, newest first or oldest first.")
@click.option("-f", "--format", "output_format", type=click.Choice(["text", "csv", "json", "jsonl"]), default="text",
              show_default=True,
              help="text to read; csv, json (with the total) or jsonl (a hit a line) for spreadsheets and scripts.")
@click.option("--json", "as_json", is_flag=True, help="Same as --format json.")
@click.option("--exact", is_flag=True,
              help="Search only the spellings typed (by default a known name also finds its other spellings).")
@click.option("--scheduler", metavar="ADDRESS", help="A collection: search its shards on this Dask scheduler.")
@click.option("--allow-missing", is_flag=True, help="A collection: show what the shards found when some are missing.")
def search(db_path, query, limit, sort, output_format, as_json, exact, scheduler, allow_missing):
    """Search the archive DB with Whoosh query syntax.

    AND/OR/NOT, "exact phrases", field:value (title, body, outlet, tag, author, language)
    and dates (date:2019, date:[2019-01-01 to 2019-06-30]). Examples:

        archive search archive.db '"al-Hol" AND repatriation' --sort date

        archive search archive.db 'al-Hol' --format csv > al-hol.csv
    """
    from indexer.fulltext import QueryError

    output_format = "json" if as_json else output_format
    from archive.collection import is_collection

    if is_collection(db_path):  # a collection of shards (archive/collection_cli.py): text or json
        from archive.collection_cli import search_collection

        if output_format in ("csv", "jsonl"):
            raise click.ClickException(f"{db_path}: a collection's hits come as text or --json (--format {output_format} "
                                       "is not built for collections; search a shard for it)")
        return search_collection(db_path, query, limit or 10, sort, output_format, exact, scheduler, allow_missing)
    everything = limit is None and output_format != "text" and not sys.stdout.isatty()
    limit = limit or 10
    with _open_archive(db_path) as archive:
        outdated = archive.index.analysis_outdated()
        if outdated:
            from indexer.fulltext.analysis import ANALYSIS_VERSION

            click.echo(f"{db_path}: the index was built by an older analysis (version {outdated}, this code's is "
                       f"{ANALYSIS_VERSION}); run 'archive reindex {db_path}'", err=True)
        try:
            page = archive.index.search(
                query, pagelen=SEARCH_ALL if everything else limit, sort=sort, expand=not exact,
                # Snippets need every hit's text: only for a page of hits (-n, or the terminal's 10).
                fetch_texts=None if everything else archive.store.texts,
            )
        except QueryError as error:
            raise click.ClickException(str(error))
        if output_format != "text":
            _write_hits(archive, page, query, output_format, snippets=not everything)
            return
        meta = {row["id"]: row for row in archive.db.query(
            "select a.id, a.title, a.published, a.url, a.author, o.name as outlet from articles a "
            "left join outlets o on o.id = a.outlet where a.id in (%s)" % ",".join("?" * len(page.hits)),
            [h.id for h in page.hits],
        )} if page.hits else {}
    click.echo(f"{page.total:,} articles match {query!r}" + (" (search stopped early: time limit)" if page.timed_out else ""))
    if page.also_searched:
        parts = []
        if page.aliases_searched:
            parts.append(", ".join(page.aliases_searched))
        if page.sounds_like:
            parts.append("sounds like: " + ", ".join(page.sounds_like))
        click.echo("Also searched: " + "; ".join(parts) + " (--exact to search only what you typed)")
    if page.suggestion:
        click.echo(f"Did you mean: {page.suggestion}")
    for number, hit in enumerate(page.hits, start=1):
        row = meta.get(hit.id, {})
        snippet = re.sub(r"<mark[^>]*>(.*?)</mark>", lambda m: click.style(m.group(1), bold=True, fg="yellow"),
                         hit.snippet_html)
        snippet = _unescape(re.sub(r"<[^>]+>", "", snippet))
        where = " · ".join([row.get("outlet") or "unknown outlet", row.get("published") or "undated"]
                           + ([f"by {row['author']}"] if row.get("author") else []))
        click.echo(f"\n{number}. {row.get('title', hit.id)}" + (f"  [{where}]" if where else ""))
        click.echo(f"   id {hit.id}" + (f"  score {hit.score:.2f}" if hit.score is not None else ""))
        click.echo(f"   {snippet}")


SEARCH_ALL = 10_000_000  # "every hit" for the search's page length
HIT_COLUMNS = ["id", "title", "outlet", "published", "author", "url", "score", "duplicate_of"]
HITS_CHUNK = 500


def _write_hits(archive, page, query: str, output_format: str, snippets: bool) -> None:
    """Print the hits as CSV, JSON or JSON lines, reading their rows ``HITS_CHUNK`` at a time
    (printed, then dropped): memory holds the ranked ids and one chunk, however many hits."""
    import csv
    import io

    # The web export's guard against spreadsheet formulas, one rule for both.
    from datasette_plugins.export import spreadsheet_safe

    if output_format == "json":
        head = {"query": query, "total": page.total, "timed_out": page.timed_out, "also_searched": page.also_searched,
                "sounds_like": page.sounds_like, "suggestion": page.suggestion}
        click.echo(json.dumps(head, ensure_ascii=False)[:-1] + ', "hits": [')
    elif output_format == "csv":
        click.echo(",".join(HIT_COLUMNS + (["snippet"] if snippets else [])))
    hits, first = page.hits, True
    for start in range(0, len(hits), HITS_CHUNK):
        chunk = hits[start:start + HITS_CHUNK]
        found = {row["id"]: row for row in archive.db.query(
            "select a.id, a.title, o.name as outlet, a.published, a.author, a.url, a.duplicate_of from articles a "
            "left join outlets o on o.id = a.outlet where a.id in (select value from json_each(?))",
            [json.dumps([h.id for h in chunk])])}
        lines = []
        for hit in chunk:
            row = dict(found.get(hit.id, {"id": hit.id}))
            record = {column: row.get(column) for column in HIT_COLUMNS}
            record["score"] = None if hit.score is None else round(hit.score, 4)
            if output_format == "csv":
                buffer = io.StringIO()
                # Text starting like a formula gets an apostrophe: a spreadsheet will not run it.
                values = ["" if v is None else spreadsheet_safe(v) for v in record.values()]
                if snippets:
                    values.append(spreadsheet_safe(_unescape(re.sub(r"<[^>]+>", "", hit.snippet_html))))
                csv.writer(buffer, lineterminator="").writerow(values)
                lines.append(buffer.getvalue())
            else:
                if snippets:
                    record["snippet_html"] = hit.snippet_html
                text = json.dumps(record, ensure_ascii=False)
                lines.append(text if output_format == "jsonl" or first else "," + text)
                first = False
        if lines:
            click.echo("\n".join(lines))
    if output_format == "json":
        click.echo("]}")


def _unescape(text: str) -> str:
    import html

    return html.unescape(text)


@cli.command()
@click.argument("db_path", metavar="DB", type=click.Path())
@click.option("-s", "--silent", is_flag=True, help="No progress bar.")
def reindex(db_path, silent):
    """Rebuild the Whoosh index of DB from its SQLite database."""
    with _open_archive(db_path) as archive:
        total = archive.store.count()
        with click.progressbar(length=total, label="Indexing", file=sys.stderr, hidden=silent,
                               show_pos=True, show_eta=True) as bar:
            from indexer.fulltext import IndexBusy
            from indexer.sync import ArchiveLockError

            try:  # waits for a running import (ARCHIVE_LOCK_TIMEOUT), then says why it cannot go on
                done = archive.reindex(progress=bar.update)
            except (ArchiveLockError, IndexBusy) as error:
                raise click.ClickException(str(error))
    click.echo(f"{db_path}: {done:,} articles indexed in {archive.index.path}", err=True)


@cli.command()
@click.argument("db_path", metavar="DB", type=click.Path())
@click.option("-s", "--silent", is_flag=True, help="No progress bar.")
def extract(db_path, silent):
    """Find places, organisations, reported figures and event dates again in every article of DB.

    Run it after extending the gazetteer (archive/data/gazetteer.txt): new imports use it at once,
    articles already stored only after this. The full-text index is not touched.
    """
    from archive.reextract import extract_again
    from indexer.sync import ArchiveLockError

    with _open_archive(db_path) as archive:
        total = archive.store.count()
        with click.progressbar(length=total, label="Extracting", file=sys.stderr, hidden=silent,
                               show_pos=True, show_eta=True) as bar:
            try:
                report = extract_again(archive, progress=bar.update)
            except ArchiveLockError as error:
                raise click.ClickException(str(error))
            except ValueError as error:  # a malformed gazetteer line
                raise click.ClickException(str(error))
    click.echo(
        f"{db_path}: {report.articles:,} articles: {report.mentions:,} mentions of {report.entities:,} known "
        f"places and organisations, {report.figures:,} figures, {report.events:,} event dates"
        + (f"; {report.dropped:,} entities no longer in the gazetteer removed" if report.dropped else ""),
        err=True,
    )


@cli.command()
@click.argument("db_path", metavar="DB", type=click.Path())
def check(db_path):
    """Compare SQLite and Whoosh: exit 1 if an article is missing from either."""
    with _open_archive(db_path) as archive:  # finishes an interrupted write first, as every command does
        report = archive.check()
    if archive.recovered:
        click.echo(f"Repaired first: {archive.recovered:,} articles left half-written by an interrupted write")
    for name, reason in report.damaged:
        click.echo(f"damaged index segment: {archive.index.path / name} ({reason})")
    if not report.damaged:
        click.echo(f"SQLite: {report.sqlite_count:,} articles; Whoosh: {report.index_count:,} documents")
    for article_id in report.missing_from_index[:100]:
        click.echo(f"missing from Whoosh: {article_id}")
    for article_id in report.missing_from_sqlite[:100]:
        click.echo(f"missing from SQLite: {article_id}")
    if report.pending:
        click.echo(f"{report.pending:,} articles are being written by an import or reindex running now"
                   if report.writing else f"{report.pending:,} articles await re-indexing after an interrupted write")
    if report.outdated_analysis:
        from indexer.fulltext.analysis import ANALYSIS_VERSION

        click.echo(f"The index was built by an older analysis (version {report.outdated_analysis}, this code's is "
                   f"{ANALYSIS_VERSION}); searches in it miss what the new one finds: run 'archive reindex'")
    if report.consistent:
        click.echo("OK: SQLite and Whoosh agree")
        return
    click.echo("Not consistent: run 'archive reindex " + str(db_path) + "' to rebuild the index", err=True)
    sys.exit(1)


@cli.command()
@click.argument("db_path", metavar="DB", type=click.Path())
@click.option("-p", "--port", default=8001, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Any but 127.0.0.1 (this machine only) needs a login ('archive password').")
@click.option("--public", is_flag=True,
              help="Serve without a login, on any address: everyone who can reach it sees everything.")
@click.option("-m", "--metadata", "metadata_path", type=click.Path(exists=True, dir_okay=False),
              help="Datasette metadata file (default: metadata.yml of the project).")
@click.option("--immutable", is_flag=True, help="Serve DB as immutable (faster; restart after each import).")
@click.option("--sql-time-limit-ms", default=3000, show_default=True, type=int, help="Stop SQL queries after this long.")
@click.option("--scheduler", metavar="ADDRESS", help="A collection: search its shards on this Dask scheduler.")
def serve(db_path, port, host, public, metadata_path, immutable, sql_time_limit_ms, scheduler):
    """Serve DB in Datasette with the archive's plugins, search page and facets.

    On 127.0.0.1 (the default) only this machine reaches it. On any other address everyone must log
    in: make an account first with 'archive password DB' (or set ARCHIVE_PASSWORD_HASH). Once an
    account exists the login is asked on 127.0.0.1 too. --public serves without a login.
    """
    from archive.collection import is_collection
    from datasette_plugins.logins import ENV_VAR, LoginError, load_accounts

    if is_collection(db_path):  # every shard, and the search across them (archive/serving.py)
        from archive.serving import serve_collection

        return serve_collection(db_path, port, host, public, metadata_path, immutable, sql_time_limit_ms, scheduler)
    if scheduler:
        raise click.ClickException(f"{db_path}: --scheduler serves a collection's shards; this is one archive")
    with _open_archive(db_path):  # repairs an interrupted write before serving
        pass
    try:
        accounts, where = ({}, "") if public else load_accounts(db_path)
    except LoginError as error:
        raise click.ClickException(str(error))
    if not accounts and not public and host not in LOCAL_HOSTS:
        raise click.ClickException(
            f"serving on {host} needs a login: make an account with 'archive password {db_path}' "
            f"(or set {ENV_VAR}), or pass --public to let anyone who reaches {host}:{port} see everything")
    metadata = serve_metadata(db_path, metadata_path, accounts)
    sock = bind(host, port)  # before saying "Serving": a busy port is said to be busy, and nothing else
    try:
        run_datasette(db_path, sock, metadata, immutable, sql_time_limit_ms, host, sock.getsockname()[1], public,
                       accounts, where)
    except KeyboardInterrupt:
        pass
    finally:
        sock.close()


@cli.command()
@click.argument("db_path", metavar="DB", type=click.Path())
@click.option("-u", "--user", default="archive", show_default=True, help="The name to log in with.")
@click.option("--print", "print_only", is_flag=True,
              help="Print the user:hash line (for ARCHIVE_PASSWORD_HASH) instead of writing the file.")
def password(db_path, user, print_only):
    """Make or change a login for 'archive serve DB', asking for the password (twice, not shown).

    Writes only its hash (PBKDF2-SHA256) to <name>.passwords beside DB, readable by you alone
    (mode 600); a password is never taken on the command line nor written anywhere. Without a
    terminal the password is read from the first line of standard input. Delete its line in the
    file (or the file) to remove a login.
    """
    from datasette_plugins.logins import MIN_PASSWORD, USER_NAME, LoginError, hash_password, save_account

    require_archive(db_path)
    if not USER_NAME.match(user):
        raise click.ClickException(f"{user!r}: a user name is letters, digits, '.', '@' and '-' (up to 64)")
    if sys.stdin.isatty():
        secret = click.prompt(f"Password for {user} (at least {MIN_PASSWORD} characters)", hide_input=True,
                              confirmation_prompt=True, err=True)
    else:
        secret = sys.stdin.readline().rstrip("\r\n")
    if len(secret) < MIN_PASSWORD:
        raise click.ClickException(f"a password needs at least {MIN_PASSWORD} characters")
    if print_only:
        click.echo(f"{user}:{hash_password(secret)}")
        return
    try:
        path = save_account(db_path, user, secret)
    except (LoginError, OSError) as error:
        raise click.ClickException(str(error))
    click.echo(f"{path}: login '{user}' saved (hash only, mode 600); 'archive serve {db_path}' now asks for it", err=True)


if __name__ == "__main__":
    cli()


from archive.collection_cli import collection_group  # noqa: E402 (archive collection create|check)

cli.add_command(collection_group)
