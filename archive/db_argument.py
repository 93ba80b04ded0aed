"""The DB argument of the ``archive`` commands checked before anything is opened or created: an
archive, not a folder, an input file or another program's database (one line saying which)."""

from __future__ import annotations

from pathlib import Path

import click

SQLITE_HEADER = b"SQLite format 3\x00"


def what_is(db_path) -> str | None:
    """Why ``db_path`` is not a file an archive command can open, in a few words; None if it is an
    SQLite database (or an empty file). Reads its first bytes only: writes nothing."""
    path = Path(db_path)
    if path.is_dir():
        return "a folder, not an archive"
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        return f"unreadable ({error.strerror})"
    if head and head != SQLITE_HEADER:
        return "not an archive (not an SQLite database)"
    return None


def tables_of(path: Path) -> set | None:
    """The tables of an SQLite file, opened read-only; None if SQLite cannot read it."""
    import sqlite3

    try:
        conn = sqlite3.connect(f"file:{path.resolve()}?mode=ro", uri=True)
        try:
            return {row[0] for row in conn.execute("select name from sqlite_master where type = 'table'")}
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def require_archive(db_path) -> None:
    """Refuse, in one line, a DB argument that is not an archive made by 'archive import': missing,
    a folder, an input file, an empty file or another SQLite database. Opened read-only, so nothing
    is created or changed beside it (no lock, no index, no tables)."""
    path = Path(db_path)
    if not path.exists():
        raise click.ClickException(f"{db_path}: no such archive. Create one with 'archive import {db_path} FILES...'.")
    why = what_is(path)
    if why is None and path.stat().st_size == 0:
        why = "not an archive (an empty file)"
    if why is None:
        tables = tables_of(path)
        if tables is None:
            why = "not an archive (cannot be read as an SQLite database)"
        elif "articles" not in tables:
            why = "not an archive (an SQLite database without the archive's tables)"
    if why:
        raise click.ClickException(f"{db_path}: {why}")


def refuse_swapped_arguments(db_path, paths) -> None:
    """``archive import SOURCE.txt new.db``: the first argument is the archive. Refuse, before any
    lock or file is made, a DB argument that is a folder, a file that is not an SQLite database, or
    (missing or not SQLite) has the suffix of a format the import reads."""
    from archive.readers import reader_for
    from archive.readers.containers import container_kind

    path = Path(db_path)
    why = what_is(path) if path.exists() else None
    if why is None and (reader_for(path) or container_kind(path.name)) and not (path.is_file() and path.stat().st_size):
        why = f"a {path.suffix} file the import reads, not an archive"
    if why is None and path.is_file() and path.stat().st_size:
        tables = tables_of(path)
        if tables is None:
            why = "not an archive (cannot be read as an SQLite database)"
        elif tables and "articles" not in tables:  # another program's database: never add our tables to it
            raise click.ClickException(f"{db_path} is an SQLite database without the archive's tables: name a new "
                                       f"file or an archive first, e.g. 'archive import ARCHIVE.db FILES...'")
    if why is None:
        return
    archives = [p for p in paths if Path(p).suffix.lower() in (".db", ".sqlite", ".sqlite3")]
    target = archives[0] if archives else "ARCHIVE.db"
    rest = [str(db_path)] + [str(p) for p in paths if p != target]
    raise click.ClickException(f"{db_path} is {why}: the archive comes first, e.g. 'archive import {target} "
                               f"{' '.join(rest)}'")
