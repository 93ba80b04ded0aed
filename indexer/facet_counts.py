"""How many articles hold each value of the table page's column facets, kept exact by triggers.

The articles table page of a large archive spent most of its time counting its column facets
(outlet, year, month, language): a GROUP BY over a covering index of every row, ~40 ms a facet
at 1,000,000 articles (issue #16). ``facet_counts`` holds those counts for the whole table, one
row a (facet, value), plus the row ``('*', '')`` with the number of articles. SQLite triggers on
``articles`` keep it exact in the writing transaction itself: every insert, update (only when
one of the columns changed) and delete, whichever code writes. The unfiltered table page reads
it instead of the rows (``datasette_plugins.facets.CountedFacet``); a filtered page counts with
SQL as before.

A row removed by ``INSERT OR REPLACE`` fires the delete trigger only with SQLite's
``recursive_triggers`` on: :func:`ensure_facet_counts` turns it on for its connection, and the
reader compares ``('*', '')`` with the table's ``count(*)`` and counts with SQL when they differ.
:func:`ensure_facet_counts` rebuilds the counts when they differ from the table's.
"""

from __future__ import annotations

TABLE = "facet_counts"
TOTAL = ("*", "")  # (facet, value) of the row holding the number of articles
# The columns counted: indexer.schema.FACET_COLUMNS, the articles table's column facets.
COUNTED = ("outlet", "year", "month", "language")

_CREATE = f"""create table if not exists {TABLE} (
    facet text not null,
    value not null,
    articles integer not null,
    primary key (facet, value)
) without rowid"""

_ADD = ("insert into {table} (facet, value, articles) select '{facet}', {value}, 1 where {when} "
        "on conflict (facet, value) do update set articles = articles + 1;")
_TAKE = "update {table} set articles = articles - 1 where facet = '{facet}' and value = {value}{also};"


def _insert_body() -> str:
    lines = [_ADD.format(table=TABLE, facet=TOTAL[0], value="''", when="1")]
    lines += [_ADD.format(table=TABLE, facet=c, value=f"new.{c}", when=f"new.{c} is not null") for c in COUNTED]
    return "\n  ".join(lines)


def _delete_body() -> str:
    lines = [_TAKE.format(table=TABLE, facet=TOTAL[0], value="''", also="")]
    lines += [_TAKE.format(table=TABLE, facet=c, value=f"old.{c}", also="") for c in COUNTED]
    return "\n  ".join(lines)


def _update_body() -> str:
    lines = []
    for c in COUNTED:
        changed = f"old.{c} is not new.{c}"
        lines.append(_TAKE.format(table=TABLE, facet=c, value=f"old.{c}", also=f" and {changed}"))
        lines.append(_ADD.format(table=TABLE, facet=c, value=f"new.{c}", when=f"new.{c} is not null and {changed}"))
    return "\n  ".join(lines)


TRIGGERS = {
    f"{TABLE}_insert": f"after insert on articles begin\n  {_insert_body()}\nend",
    f"{TABLE}_delete": f"after delete on articles begin\n  {_delete_body()}\nend",
    f"{TABLE}_update": f"after update of {', '.join(COUNTED)} on articles begin\n  {_update_body()}\nend",
}


def _fill(conn) -> None:
    conn.execute(f"delete from {TABLE}")
    conn.execute(f"insert into {TABLE} (facet, value, articles) select ?, ?, count(*) from articles", TOTAL)
    for column in COUNTED:
        conn.execute(f"insert into {TABLE} (facet, value, articles) select ?, [{column}], count(*) "
                     f"from articles where [{column}] is not null group by [{column}]", [column])


def ensure_facet_counts(db) -> None:
    """Create the table and its triggers, counting the articles already stored, or recount them
    when the stored number of articles is not the table's (rows replaced without the triggers).
    Safe to run any number of times; ``db`` is a sqlite_utils Database."""
    conn = db.conn
    conn.execute("PRAGMA recursive_triggers = ON")  # a row removed by REPLACE fires the delete trigger
    with db.atomic():
        existed = conn.execute("select 1 from sqlite_master where type = 'table' and name = ?", [TABLE]).fetchone()
        conn.execute(_CREATE)
        for name, body in TRIGGERS.items():
            conn.execute(f"create trigger if not exists {name} {body}")
        if not existed or stored_total(conn) != conn.execute("select count(*) from articles").fetchone()[0]:
            _fill(conn)


def stored_total(conn):
    """The number of articles ``facet_counts`` holds, or None when it has none (no table)."""
    try:
        row = conn.execute(f"select articles from {TABLE} where facet = ? and value = ?", TOTAL).fetchone()
    except Exception:  # sqlite3.OperationalError: an archive from before the table
        return None
    return row[0] if row else None


def counts_sql(columns) -> str:
    """SQL giving ``(facet, value, count)`` for ``columns`` (of COUNTED) and the total, largest first."""
    marks = ", ".join("?" * (len(columns) + 1))
    return (f"select facet, value, articles as count from {TABLE} where facet in ({marks}) and articles > 0 "
            f"order by facet, articles desc, value")
