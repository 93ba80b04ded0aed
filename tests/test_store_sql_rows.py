"""``store_sql._insert_rows`` stores what sqlite-utils' ``insert_all`` stores, its plain values
passed as they are and the others through ``jsonify_if_needed`` (#16: the check skipped for them)."""

from __future__ import annotations

import datetime as dt
import decimal

import sqlite_utils

from indexer.store_sql import _insert_rows


def test_rows_stored_as_insert_all_stores_them(tmp_path):
    rows = [
        {"id": 1, "text": "naïve", "n": 2.5, "flag": True, "blob": b"\x00\x01", "none": None,
         "tags": ["a", "b"], "meta": {"k": "ü"}, "day": dt.date(2021, 5, 6), "price": decimal.Decimal("1.5")},
        {"id": 2, "text": "", "n": 0, "flag": False, "blob": b"", "none": None, "tags": (), "meta": {},
         "day": None, "price": None},
    ]
    ours, theirs = sqlite_utils.Database(tmp_path / "a.db"), sqlite_utils.Database(tmp_path / "b.db")
    theirs["t"].insert_all(rows)
    ours.execute(theirs["t"].schema)
    _insert_rows(ours.conn, "t", rows)
    query = "select *, typeof(flag), typeof(day), typeof(price) from t order by id"
    assert list(ours.execute(query)) == list(theirs.execute(query))
