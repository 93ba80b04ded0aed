"""Stored MinHash signatures and LSH band keys, for finding near-duplicates in SQLite."""

from __future__ import annotations

from typing import Iterable

CHUNK = 500


def candidates(db, keys: Iterable[int]) -> dict:
    """``{article_id: (signature blob, None)}`` of stored first copies sharing any band key.

    Only first copies (stories) are candidates: a thousand copies of one wire story cost one
    comparison, not a thousand.
    """
    keys = list(set(keys))
    found = {}
    for start in range(0, len(keys), CHUNK):
        chunk = keys[start : start + CHUNK]
        marks = ",".join("?" * len(chunk))
        # CROSS JOIN fixes the order: from the keys to their articles. Left to itself SQLite
        # walked every first copy (the duplicate_of index) and probed the keys: O(archive) a call.
        sql = (
            "select s.article_id, s.signature, a.duplicate_of "
            f"from (select distinct article_id from near_duplicate_keys where key in ({marks})) k "
            "cross join article_signatures s on s.article_id = k.article_id "
            "cross join articles a on a.id = k.article_id "
            "where a.duplicate_of is null"
        )
        for article_id, blob, duplicate_of in db.execute(sql, chunk):
            found[article_id] = (blob, duplicate_of)
    return found


def save(db, rows: list) -> None:
    """``rows`` of ``(article_id, signature blob, [band keys])``; replaces what an id had."""
    if not rows:
        return
    ids = [r[0] for r in rows]
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        marks = ",".join("?" * len(chunk))
        db.execute(f"delete from near_duplicate_keys where article_id in ({marks})", chunk)
    db.conn.executemany("insert or replace into article_signatures (article_id, signature) values (?, ?)",
                   [(r[0], r[1]) for r in rows])
    db.conn.executemany("insert into near_duplicate_keys (key, article_id) values (?, ?)",
                   [(key, r[0]) for r in rows for key in r[2]])


def copies(db, story_ids: list) -> dict:
    """``{story id: number of stored articles in that story}``."""
    if not story_ids:
        return {}
    counts = {}
    for start in range(0, len(story_ids), CHUNK):
        chunk = story_ids[start : start + CHUNK]
        marks = ",".join("?" * len(chunk))
        sql = (f"select coalesce(duplicate_of, id) as story, count(*) from articles "
               f"where id in ({marks}) or duplicate_of in ({marks}) group by story")
        for story, n in db.execute(sql, chunk + chunk):
            counts[story] = n
    return counts
