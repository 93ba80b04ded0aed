"""The archive a command works on, opened (and an interrupted write finished) or refused in one line."""

from __future__ import annotations

import click

from archive.db_argument import require_archive
from archive.serving import one_line


def open_archive(db_path, create: bool = False):
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

