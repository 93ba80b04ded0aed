"""What ``archive serve`` hands Datasette: the metadata (the project's, the archive's identity, the
login), the settings, a socket bound before anything is said, and Datasette run in this process."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

import click


def one_line(error) -> str:
    return " ".join(str(error).split()) or type(error).__name__


def find_metadata() -> Path | None:
    for candidate in (Path.cwd() / "metadata.yml", Path(__file__).resolve().parent.parent / "metadata.yml"):
        if candidate.exists():
            return candidate
    return None


def metadata_for(db_path, metadata_path) -> dict:
    """The project's metadata with its ``archive`` database block applied to DB's name."""
    import yaml

    metadata = yaml.safe_load(Path(metadata_path).read_text(encoding="utf-8")) if metadata_path else {}
    name = Path(db_path).stem
    databases = metadata.get("databases") or {}
    if "archive" in databases and name != "archive":
        databases[name] = databases.pop("archive")
    _lighter_facets_when_large(db_path, (databases.get(name) or {}).get("tables", {}).get("articles"))
    from datasette_plugins.identity import IdentityError, apply_identity

    try:  # title, description, licence and source: the archive's own (datasette_plugins/identity.py)
        return apply_identity(metadata, db_path)
    except IdentityError as error:
        raise click.ClickException(str(error))


# Articles from which the table page leaves out the facets that read every row: the list columns'
# (datasette_plugins.facets, through a covering index: ~1 ms per 1,000 articles a facet) and
# duplicate_of. (Datasette's own array facet took 1.9 s a page at 10,000 articles.)
LARGE_ARCHIVE = 100_000


def _facet_link(facet) -> str:
    """A link that turns on one facet of the metadata (``"column"`` or ``{"type": "column"}``)."""
    if isinstance(facet, dict):
        kind, column = next(iter(facet.items()))
        return f'<a href="?_facet_{kind}={column}">{column}</a>'
    return f'<a href="?_facet={facet}">{facet}</a>'


def _lighter_facets_when_large(db_path, articles: Optional[dict]) -> None:
    """Datasette counts array facets (tags, places, organisations) and ``duplicate_of`` by reading
    every row (see LARGE_ARCHIVE). For a large archive they are left out of the
    default facets (a click away, and /-/entities has the counts ready); the others use indexes."""
    if not articles or not articles.get("facets"):
        return
    try:
        import sqlite3

        conn = sqlite3.connect(f"file:{Path(db_path).resolve()}?mode=ro", uri=True)
        try:
            count = conn.execute("select max(rowid) from articles").fetchone()[0] or 0
        finally:
            conn.close()
    except Exception:
        return
    if count < LARGE_ARCHIVE:
        return
    heavy = [f for f in articles["facets"] if (isinstance(f, dict) and "counted" not in f) or f == "duplicate_of"]
    articles["facets"] = [f for f in articles["facets"] if f not in heavy]
    links = ", ".join(_facet_link(f) for f in heavy)
    articles["description_html"] = (
        f"{articles.get('description', '')} Facets that read all {count:,} rows are left out by default: {links} "
        '(or <a href="/-/entities">places and organisations with their counts</a>).'
    )


LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


def serve_settings(sql_time_limit_ms: int = 3000) -> dict:
    return {"sql_time_limit_ms": sql_time_limit_ms, "facet_time_limit_ms": 1000, "default_page_size": 50,
            "max_returned_rows": 1000, "suggest_facets": False}


def serve_metadata(db_path, metadata_path=None, accounts: Optional[dict] = None, environ: Optional[dict] = None) -> dict:
    """What ``archive serve`` gives Datasette as metadata: the project's, the archive's identity and,
    with ``accounts``, the login (hashes through ``environ``, os.environ by default)."""
    from datasette_plugins.logins import login_metadata

    metadata = metadata_for(db_path, metadata_path or find_metadata())
    if accounts:
        metadata = login_metadata(metadata, accounts, os.environ if environ is None else environ)
    return metadata


def bind(host: str, port: int):
    """A listening socket on host:port, or one line saying why not (the port busy, the address not ours)."""
    import errno
    import socket

    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM,
                                                               flags=socket.AI_PASSIVE)[0]
    except socket.gaierror as error:
        raise click.ClickException(f"--host {host}: not an address of this machine ({error.strerror})")
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # not SO_REUSEPORT: a busy port stays busy
        if family == socket.AF_INET6:
            sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
        sock.bind(address)
        sock.listen(2048)
    except OSError as error:
        sock.close()
        if error.errno == errno.EADDRINUSE:
            raise click.ClickException(f"port {port} on {host} is busy (another server is using it): "
                                       f"choose another with --port")
        if error.errno == errno.EACCES:
            raise click.ClickException(f"port {port} on {host}: permission denied (ports below 1024 need root)")
        raise click.ClickException(f"cannot listen on {host}:{port}: {error.strerror}")
    sock.set_inheritable(True)
    return sock


def run_datasette(db_path, sock, metadata, immutable, sql_time_limit_ms, host, port, public, accounts, where,
                  files=None, crossdb=False):
    """Datasette in this process on the socket already bound: its metadata stays in memory (no
    temporary file to leave behind), and Ctrl-C stops it cleanly. ``files``: the databases to serve
    (a collection's shards; default DB alone); ``crossdb``: the first ten attached in ``_memory``."""
    import uvicorn
    from datasette.app import Datasette
    from datasette.cli import check_databases, run_sync

    files = files or [str(db_path)]
    ds = Datasette([] if immutable else files, immutables=files if immutable else [], crossdb=crossdb,
                   metadata=metadata, settings=serve_settings(sql_time_limit_ms),
                   secret=os.environ.get("DATASETTE_SECRET") or None)  # signs the login cookie; random if unset
    run_sync(ds.invoke_startup)
    try:
        run_sync(lambda: check_databases(ds))
    except click.UsageError as error:
        raise click.ClickException(one_line(error.message))
    shown = f"[{host}]" if ":" in host else host
    base = f"http://{shown}:{port}"
    click.echo(f"Serving {db_path} at {base}/ (search at {base}/-/search)", err=True)
    if public:
        click.echo(f"Warning: --public: no login; anyone who can reach {shown}:{port} can read everything, "
                   "SQL and exports included", err=True)
    elif accounts:
        click.echo(f"Login required ({', '.join(sorted(accounts))}, from {where}): {base}/-/login", err=True)
    config = uvicorn.Config(ds.app(), log_level="info", lifespan="on", workers=1)
    uvicorn.Server(config).run(sockets=[sock])


# -- a collection of shards (archive/collection.py): every shard a database, searched as one -------
def collection_metadata(found, metadata_path=None, accounts=None, environ=None, scheduler=None) -> dict:
    """The project's metadata for serving ``found``: its ``archive`` database block given to every
    shard, the plugin told the manifest, the identity (title, licence) of the first shard."""
    import copy

    import yaml

    from datasette_plugins.identity import IdentityError, apply_identity
    from datasette_plugins.logins import login_metadata

    metadata_path = metadata_path or find_metadata()
    metadata = yaml.safe_load(open(metadata_path, encoding="utf-8").read()) if metadata_path else {}
    metadata = metadata or {}
    databases = metadata.get("databases") or {}
    block = databases.pop("archive", None)
    if block is not None:
        for shard in found.shards:
            databases.setdefault(shard.stem, copy.deepcopy(block))
    metadata["databases"] = databases
    plugin = metadata.setdefault("plugins", {}).setdefault("news-archive", {})
    plugin.pop("database", None)
    plugin["collection"] = str(found.path)
    if scheduler:
        plugin["scheduler"] = scheduler
    try:
        metadata = apply_identity(metadata, found.shards[0])
    except IdentityError as error:
        raise click.ClickException(str(error))
    if accounts:
        metadata = login_metadata(metadata, accounts, os.environ if environ is None else environ)
    return metadata


def check_served(found) -> list:
    """The shards' paths, each opened once as an archive (an interrupted write repaired before serving)."""
    from archive import search_data
    from indexer.sync import Archive

    if found.rebalancing:
        raise click.ClickException(f"{found.path}: {found.rebalancing_note()}")
    search_data.provide()
    for shard in found.shards:
        if not shard.is_file():
            raise click.ClickException(f"{found.path}: shard {found.name(shard)} does not exist (import into the "
                                       "collection first)")
        with Archive(shard, create=False):
            pass
    return [str(shard) for shard in found.shards]


def serve_collection(path, port, host, public, metadata_path, immutable, sql_time_limit_ms, scheduler=None) -> None:
    from archive import collection as collections_
    from datasette_plugins.logins import ENV_VAR, LoginError, load_accounts

    try:
        found = collections_.load(path)
    except collections_.CollectionError as error:
        raise click.ClickException(str(error))
    files = check_served(found)
    try:
        accounts, where = ({}, "") if public else load_accounts(found.path)
    except LoginError as error:
        raise click.ClickException(str(error))
    if not accounts and not public and host not in LOCAL_HOSTS:
        raise click.ClickException(
            f"serving on {host} needs a login: set {ENV_VAR} ('archive password SHARD.db --print' makes a line), "
            f"or pass --public to let anyone who reaches {host}:{port} see everything")
    metadata = collection_metadata(found, metadata_path, accounts, scheduler=scheduler)
    sock = bind(host, port)
    try:
        run_datasette(path, sock, metadata, immutable, sql_time_limit_ms, host, sock.getsockname()[1], public,
                      accounts, where, files=files, crossdb=True)
    except KeyboardInterrupt:
        pass
    finally:
        sock.close()
