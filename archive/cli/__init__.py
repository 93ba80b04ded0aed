"""The ``archive`` command: a thin layer over :mod:`archive.pipeline` and :mod:`indexer`.

The group is here; each command group lives in a module of its own beside it: ``importing``
(import), ``searching`` (search), ``maintenance`` (reindex, extract, check), ``web`` (serve,
password) and ``collection`` (collection create|check|rebalance, and import/search given one)."""

from __future__ import annotations

import click

from archive.cli.collection import collection_group
from archive.cli.importing import _status, import_  # noqa: F401 (_status: used by tests)
from archive.cli.maintenance import check, extract, reindex
from archive.cli.searching import search
from archive.cli.web import password, serve
from archive.serving import (  # noqa: F401 (used by tests and benches through archive.cli)
    LARGE_ARCHIVE,
    find_metadata,
    metadata_for,
    serve_metadata,
    serve_settings,
)

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(package_name="news-archive")
def cli():
    """A structured news archive with full-text search.

    Import articles into a SQLite database with a Whoosh index beside it, search them,
    and browse them in Datasette.
    """


for command in (import_, search, reindex, extract, check, serve, password, collection_group):
    cli.add_command(command)
