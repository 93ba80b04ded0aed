"""Two archives imported from the same input, compared whole: proof that a faster import stores the
same thing (issue #16).

    .venv/bin/python bench/compare_imports.py A.db B.db

Compares every SQLite table of the two databases row for row, every column but the times an
import stamps (and the import log's options), rows sorted so that the order of ``rowid``-less
writes does not matter; then the full-text indexes beside them (``A.whoosh``, read through
Whoosh): every document's stored fields and field lengths, every column, every field's terms and
their postings (document number, weight, positions as stored). Segment files are not compared as
bytes: each holds its segment's random id.

Prints one line a table and one for the index; exits 1 when anything differs.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sqlite3
import sys
from pathlib import Path

STAMPS = {"imported_at", "updated_at", "started_at", "finished_at", "started", "finished", "options",
          "mtime_ns"}  # imported_files: when the input file was written, not what was stored


def tables(path: Path) -> dict:
    """``{table: (columns, sorted rows as repr)}``."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    out = {}
    try:
        names = [n for (n,) in connection.execute(
            "select name from sqlite_master where type = 'table' and name not like 'sqlite_%'")]
        for table in names:
            columns = [row[1] for row in connection.execute(f"pragma table_info([{table}])")]
            kept = [c for c in columns if c not in STAMPS]
            if not kept:
                continue
            select = ", ".join(f"[{c}]" for c in kept)
            try:
                rows = sorted(map(repr, connection.execute(f"select {select} from [{table}]")))
            except sqlite3.OperationalError as error:  # a virtual table whose module is absent
                rows = [f"unreadable: {error}"]
            out[table] = (kept, rows)
    finally:
        connection.close()
    return out


def index_entries(folder: Path):
    """Yields, for each of the folder's indexes (the main one, the vocabulary): its document count,
    every document's stored fields and field lengths, every column's values, and every field's
    terms with their postings (document number, weight, the value as stored: positions), in order.
    Segment files are not compared as bytes: each names its segment by a random id."""
    from whoosh.filedb.filestore import FileStorage

    storage = FileStorage(str(folder), supports_mmap=False)
    names = sorted({name[1:].rsplit("_", 1)[0] for name in os.listdir(folder)
                    if name.startswith("_") and name.endswith(".toc")})
    for indexname in names:
        ix = storage.open_index(indexname=indexname)
        with ix.reader() as reader:
            schema = ix.schema
            yield ("index", indexname, reader.doc_count_all(), sorted(schema.names()))
            scorable = [name for name in schema.names() if schema[name].scorable]
            for docnum, stored in reader.iter_docs():
                lengths = [reader.doc_field_length(docnum, name, 0) for name in scorable]
                yield ("doc", indexname, docnum, sorted(stored.items()), lengths)
            for name in schema.names():
                if reader.has_column(name):
                    yield ("column", indexname, name, list(reader.column_reader(name)))
            for fieldname, term in reader.all_terms():
                matcher = reader.postings(fieldname, term)
                rows = []
                while matcher.is_active():
                    rows.append((matcher.id(), matcher.weight(), matcher.value()))
                    matcher.next()
                yield ("term", indexname, fieldname, term, rows)


def compare(a: Path, b: Path) -> bool:
    same = True
    ta, tb = tables(a), tables(b)
    for table in sorted(set(ta) | set(tb)):
        ca, ra = ta.get(table, ([], []))
        cb, rb = tb.get(table, ([], []))
        if (ca, ra) == (cb, rb):
            print(f"same       {table}: {len(ra)} rows")
            continue
        same = False
        first = next(((x, y) for x, y in zip(ra, rb) if x != y), None)
        print(f"DIFFERENT  {table}: {len(ra)} / {len(rb)} rows, columns {'same' if ca == cb else 'differ'}; "
              f"first difference {str(first)[:400]}")
    ia, ib = (p.with_name(p.stem + ".whoosh") for p in (a, b))
    if ia.is_dir() != ib.is_dir():
        print(f"DIFFERENT  index: {ia} {'exists' if ia.is_dir() else 'missing'}, {ib} {'exists' if ib.is_dir() else 'missing'}")
        return False
    if not ia.is_dir():
        print("no index beside either database")
        return same
    count = 0
    entries_a, entries_b = index_entries(ia), index_entries(ib)
    for x, y in itertools.zip_longest(entries_a, entries_b):
        count += 1
        if x != y:
            print(f"DIFFERENT  index entry {count}: {str(x)[:300]} / {str(y)[:300]}")
            return False
    print(f"same       index: {count} entries (documents, columns, terms with their postings)")
    return same


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("a", type=Path)
    parser.add_argument("b", type=Path)
    args = parser.parse_args(argv)
    for path in (args.a, args.b):
        if not path.is_file():
            print(f"{path}: no such database", file=sys.stderr)
            return 2
    same = compare(args.a, args.b)
    print("ALL SAME" if same else "DIFFERENT")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
