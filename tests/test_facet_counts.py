"""facet_counts (indexer/facet_counts.py): the articles table's column facet counts kept exact by
triggers, and the unfiltered table page reading them (datasette_plugins.facets.CountedFacet)."""

import random
import sqlite3

import sqlite_utils

from archive.cli import find_metadata, metadata_for
from archive.serving import serve_settings
from indexer.facet_counts import COUNTED, ensure_facet_counts, stored_total
from indexer.schema import FACET_COLUMNS, ensure_db_shape

COLUMNS = ("id", "title", "body", "outlet", "year", "month", "language")


def counted(conn) -> list:
    return sorted(tuple(row) for row in conn.execute("select facet, value, articles from facet_counts where articles > 0"))


def recounted(conn) -> list:
    rows = [("*", "", conn.execute("select count(*) from articles").fetchone()[0])]
    for column in COUNTED:
        rows += [(column, value, n) for value, n in conn.execute(
            f"select {column}, count(*) from articles where {column} is not null group by {column}")]
    return sorted(rows)


def archive(tmp_path):
    db = sqlite_utils.Database(tmp_path / "archive.db")
    ensure_db_shape(db)
    db.conn.executemany("insert into outlets (id, name) values (?, ?)", [(1, "One"), (2, "Two"), (3, "Three")])
    db.conn.commit()
    return db


def some_row(rnd) -> tuple:
    return (f"{rnd.randrange(200):016x}", "A title", "A text.", rnd.choice([None, 1, 2, 3]), rnd.choice([None, 2020, 2021]),
            rnd.choice([None, "2020-01", "2021-02", "2021-03"]), rnd.choice([None, "en", "ar"]))


def test_the_counted_columns_are_the_schemas_facet_columns():
    assert COUNTED == FACET_COLUMNS


def test_triggers_keep_the_counts_exact_whatever_writes(tmp_path):
    db = archive(tmp_path)
    conn, rnd = db.conn, random.Random(16)
    insert = f"into articles ({', '.join(COLUMNS)}) values ({', '.join('?' * len(COLUMNS))})"
    for _ in range(2000):
        row, op = some_row(rnd), rnd.random()
        if op < 0.3:
            conn.execute("insert or ignore " + insert, row)
        elif op < 0.45:
            conn.execute("insert or replace " + insert, row)
        elif op < 0.65:
            db.table("articles").upsert(dict(zip(COLUMNS, row)), pk="id")
        elif op < 0.85:
            conn.execute("update articles set outlet = ?, month = ?, language = ? where id = ?", (row[3], row[5], row[6], row[0]))
        else:
            conn.execute("delete from articles where id = ?", [row[0]])
        if rnd.random() < 0.05:
            conn.commit()
    conn.commit()
    assert conn.execute("select count(*) from articles").fetchone()[0] > 50
    assert counted(conn) == recounted(conn)


def test_counts_of_an_archive_from_before_the_table_and_a_replace_without_the_triggers(tmp_path):
    db = archive(tmp_path)
    rnd = random.Random(3)
    rows = {some_row(rnd)[0]: some_row(rnd) for _ in range(100)}
    conn = db.conn
    conn.executemany(f"insert into articles ({', '.join(COLUMNS)}) values ({', '.join('?' * len(COLUMNS))})",
                     [(key,) + row[1:] for key, row in rows.items()])
    conn.commit()
    # an archive from before: no table, no triggers; opening it counts what is stored
    conn.execute("drop table facet_counts")
    for name in ("insert", "update", "delete"):
        conn.execute(f"drop trigger if exists facet_counts_{name}")
    conn.commit()
    assert stored_total(conn) is None
    ensure_facet_counts(db)
    assert counted(conn) == recounted(conn)
    # a connection without recursive_triggers: REPLACE removes a row without its delete trigger
    other = sqlite3.connect(tmp_path / "archive.db")
    key = next(iter(rows))
    other.execute("insert or replace into articles (id, title, body, outlet) values (?, 'Again', 'Text.', 3)", [key])
    other.commit()
    other.close()
    assert stored_total(conn) == conn.execute("select count(*) from articles").fetchone()[0] + 1
    ensure_facet_counts(db)  # the next open for writing counts again
    assert counted(conn) == recounted(conn)


async def test_unfiltered_table_page_reads_the_counts_with_datasettes_numbers(sample_db, tmp_path):
    from datasette.app import Datasette

    path = tmp_path / "archive.db"
    source, copy = sqlite3.connect(f"file:{sample_db}?mode=ro", uri=True), sqlite3.connect(path)
    source.backup(copy)
    source.close(), copy.close()
    ds = Datasette([str(path)], metadata=metadata_for(path, find_metadata()),
                   settings=dict(serve_settings(), trace_debug=True))  # as 'archive serve' runs it
    page = (await ds.client.get("/archive/articles.json", params={"_trace": "1"})).json()
    statements = [t["sql"] or "" for t in page["_trace"]["traces"]]
    assert any("from facet_counts" in sql for sql in statements)
    assert not any(sql.startswith(f"select {c} as value, count(*)") for sql in statements for c in COUNTED)
    # Datasette's own column facets, on a Datasette without the project's metadata
    plain = Datasette([str(path)], settings={"sql_time_limit_ms": 2000})
    theirs = (await plain.client.get("/archive/articles.json", params=[("_facet", c) for c in COUNTED])).json()
    for column in COUNTED:
        ours, their = page["facet_results"][column], theirs["facet_results"][column]
        assert ours["type"] == "column"
        assert [(r["value"], r["label"], r["count"]) for r in ours["results"]] == [
            (r["value"], r["label"], r["count"]) for r in their["results"]], column
        assert ours["truncated"] == their["truncated"]
        for item in ours["results"]:
            assert f"{column}={item['value']}" in item["toggle_url"].replace("%2D", "-"), item
    # a filtered page counts with SQL, and a stale count is not shown: both give Datasette's numbers
    first = page["facet_results"]["outlet"]["results"][0]
    filtered = (await ds.client.get("/archive/articles.json", params={"outlet": first["value"]})).json()
    assert sum(r["count"] for r in filtered["facet_results"]["outlet"]["results"]) == first["count"]
    conn = sqlite3.connect(path)
    conn.execute("update facet_counts set articles = articles + 1 where facet = 'outlet'")
    conn.execute("update facet_counts set articles = articles + 1 where facet = '*'")
    conn.commit()
    stale = (await ds.client.get("/archive/articles.json")).json()
    for column in COUNTED:
        assert [(r["value"], r["count"]) for r in stale["facet_results"][column]["results"]] == [
            (r["value"], r["count"]) for r in page["facet_results"][column]["results"]], column
