"""``archive serve`` and ``archive password``: the archive in Datasette, and the logins it asks for."""

from __future__ import annotations

import sys

import click

from archive.cli.opening import open_archive
from archive.db_argument import require_archive
from archive.serving import LOCAL_HOSTS, bind, run_datasette, serve_metadata


@click.command()
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
    with open_archive(db_path):  # repairs an interrupted write before serving
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


@click.command()
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
