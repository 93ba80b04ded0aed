"""``archive reindex``, ``archive extract`` and ``archive check``: an archive rebuilt, re-read or checked."""

from __future__ import annotations

import sys

import click

from archive.cli.opening import open_archive


@click.command()
@click.argument("db_path", metavar="DB", type=click.Path())
@click.option("-s", "--silent", is_flag=True, help="No progress bar.")
def reindex(db_path, silent):
    """Rebuild the Whoosh index of DB from its SQLite database."""
    with open_archive(db_path) as archive:
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


@click.command()
@click.argument("db_path", metavar="DB", type=click.Path())
@click.option("-s", "--silent", is_flag=True, help="No progress bar.")
def extract(db_path, silent):
    """Find places, organisations, reported figures and event dates again in every article of DB.

    Run it after extending the gazetteer (archive/data/gazetteer.txt): new imports use it at once,
    articles already stored only after this. The full-text index is not touched.
    """
    from archive.reextract import extract_again
    from indexer.sync import ArchiveLockError

    with open_archive(db_path) as archive:
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


def _check_postings_files(folder) -> None:
    """The decoded postings beside each segment (a cache of Whoosh's blocks, never the record): a
    damaged file is named, deleted and written again; searches decode the blocks meanwhile."""
    from indexer.fulltext import postings_files

    try:
        problems = postings_files.check(folder)
    except Exception as error:  # an index Whoosh cannot open is reported by the check above
        click.echo(f"postings files not checked: {type(error).__name__}: {error}")
        return
    damaged = [(name, problem) for name, problem in problems if not problem.startswith("missing")]
    for name, problem in damaged:
        click.echo(f"damaged postings file {name}: {problem}; written again from the index")
    if damaged:
        postings_files.write_missing(folder)


@click.command()
@click.argument("db_path", metavar="DB", type=click.Path())
def check(db_path):
    """Compare SQLite and Whoosh: exit 1 if an article is missing from either."""
    with open_archive(db_path) as archive:  # finishes an interrupted write first, as every command does
        report = archive.check()
    if archive.recovered:
        click.echo(f"Repaired first: {archive.recovered:,} articles left half-written by an interrupted write")
    for name, reason in report.damaged:
        click.echo(f"damaged index segment: {archive.index.path / name} ({reason})")
    if not report.damaged:
        click.echo(f"SQLite: {report.sqlite_count:,} articles; Whoosh: {report.index_count:,} documents")
    _check_postings_files(archive.index.path)
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
