"""``archive import``: its options read, the import run with a progress bar, and its report said."""

from __future__ import annotations

import signal
import sys
import time
from pathlib import Path

import click

from archive import interrupts
from archive.cli.opening import open_archive
from archive.db_argument import refuse_swapped_arguments
from archive.extract.article import BatchDefaults
from archive.extract.dates import iso_date

FAILURES_SHOWN = 50


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


@click.command(name="import")
@click.argument("db_path", metavar="DB", type=click.Path())
@click.argument("paths", metavar="PATH...", nargs=-1, required=True, type=click.Path())
@click.option("--outlet", metavar="NAME",
              help="Outlet for the articles in which none is found (with --override: for every article). After an "
                   "import, the summary names the folders whose articles got no outlet: import each again with "
                   "--outlet NAME.")
@click.option("--date", "published", callback=_parse_date, help="Publication date for articles that give none.")
@click.option("--tag", "tags", multiple=True, help="Tag every article in the batch (repeatable).")
@click.option("--override", is_flag=True, help="--outlet and --date win over what the files say.")
@click.option("--map", "mapping", multiple=True, callback=_parse_map, metavar="THEIRS=OURS",
              help="Read column THEIRS of JSONL/CSV files as our field OURS (repeatable).")
@click.option("--date-order", type=click.Choice(["dmy", "mdy", "ymd"]), default=None,
              help="Read numeric dates (03/04/2020) day-first, month-first or year-first. Default: the order "
                   "each column or folder's unambiguous dates show; where none do, day-first, with a warning.")
@click.option("--outlet-names", type=click.Choice(["own", "article-script", "latin"]), default="own",
              show_default=True,
              help="How a known outlet is named. own: one name for all its articles, its name in Arabic script "
                   "when it publishes only in Arabic script (القاهرة 24 for Cairo 24), else its Latin-script "
                   "name (Enab Baladi, which has an English edition, for its Arabic articles too); "
                   "article-script: an article in Arabic script (Arabic, Kurdish, Persian) stores the outlet's "
                   "name in that script where the outlet data gives one; latin: the data's canonical name "
                   "(Latin script but for outlets it knows only in Arabic script) for every article. "
                   "Article ids do not depend on it.")
@click.option("--batch-size", default=2000, show_default=True, type=click.IntRange(1, 100_000),
              help="Articles written per transaction.")
@click.option("--workers", type=click.IntRange(0, 64), default=None,
              help="Processes reading files and extracting articles beside the one writing them "
                   "(default: one per core for imports over 4 MB, else 0).")
@click.option("--reread", is_flag=True,
              help="Read every file again. By default a file an earlier import finished is skipped while "
                   "its size, modification time, content fingerprint, these options and the extraction code "
                   "are the same and its articles are all still stored.")
@click.option("-s", "--silent", is_flag=True, help="No progress bar.")
@click.option("--scheduler", metavar="ADDRESS", help="A collection: the Dask scheduler to import with (tcp://host:8786).")
@click.option("--local-cluster", type=click.IntRange(1, 64), metavar="N",
              help="A collection: start N Dask worker processes on this machine to import with.")
def import_(db_path, paths, outlet, published, tags, override, mapping, date_order, outlet_names, batch_size, workers,
            reread, silent, scheduler, local_cluster):
    """Import articles from files and folders into the archive DB.

    Reads plain-text articles (.txt, .text), JSON Lines (.jsonl, .ndjson), JSON (.json, a list of
    records), CSV (.csv, .tsv) and Excel workbooks (.xlsx), saved web pages (.html, .htm, and
    single-file saves .mhtml, .mht),
    web clippers' Markdown (.md, .markdown), web archives (.warc, .arc, .wacz), feeds (.rss, .atom,
    .rdf, .xml), PDFs (.pdf;
    scans read by OCR where tesseract is installed), Word and RTF files (.docx, .rtf), e-mail
    (.eml, .mbox, .msg) and containers of these (.zip, .tar.gz, .gz); folders are walked. Nexis
    Uni, LexisNexis and Factiva exports (.docx, .rtf, .pdf, .html, .txt) are split into their
    articles. Re-importing the same input changes nothing; an interrupted import is finished by
    running the same command again, which skips the files already done (--reread reads them).
    Example:

        archive import archive.db sample/
    """
    from archive.pipeline import Importer, measure_input
    from indexer.fulltext import IndexBusy
    from indexer.sync import ArchiveLock, ArchiveLockError

    defaults = BatchDefaults(outlet=outlet, published=published, tags=list(tags), override=override,
                             outlet_names=outlet_names)
    options = {"outlet": outlet, "date": published, "tags": list(tags), "override": override, "map": mapping,
               "date_order": date_order, "outlet_names": outlet_names}
    from archive.collection import is_collection

    if is_collection(db_path) or scheduler or local_cluster:  # a collection of shards (archive/cli/collection.py)
        from archive.cli.collection import import_collection

        return import_collection(db_path, paths, defaults, mapping, date_order, batch_size, scheduler, local_cluster,
                                 silent, options)
    refuse_swapped_arguments(db_path, paths)  # before the lock: nothing is made beside the user's file
    try:  # one import at a time: a second waits (ARCHIVE_LOCK_TIMEOUT, 60 s), then fails saying why
        lock = ArchiveLock(db_path, on_wait=lambda message: click.echo(message, err=True)).acquire()
    except ArchiveLockError as error:
        raise click.ClickException(str(error))
    with lock, open_archive(db_path, create=True) as archive:
        files, size = measure_input(paths)
        from archive.workers import default_workers

        workers = default_workers(size) if workers is None else workers
        importer = Importer(archive, defaults=defaults, mapping=mapping, batch_size=batch_size, workers=workers,
                            date_order=date_order, reread=reread)
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
                with interrupts.remembered():  # a Ctrl-C a __del__ swallows still stops the import
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
    if report.outlet_note():
        click.echo(f"  {report.outlet_note()}", err=True)
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

