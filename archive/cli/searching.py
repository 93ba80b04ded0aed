"""``archive search``: hits printed to read, or written as CSV, JSON or JSON lines."""

from __future__ import annotations

import json
import re
import sys

import click

from archive.cli.opening import open_archive


@click.command()
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

    if is_collection(db_path):  # a collection of shards (archive/cli/collection.py): text or json
        from archive.cli.collection import search_collection

        if output_format in ("csv", "jsonl"):
            raise click.ClickException(f"{db_path}: a collection's hits come as text or --json (--format {output_format} "
                                       "is not built for collections; search a shard for it)")
        return search_collection(db_path, query, limit or 10, sort, output_format, exact, scheduler, allow_missing)
    everything = limit is None and output_format != "text" and not sys.stdout.isatty()
    limit = limit or 10
    with open_archive(db_path) as archive:
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
