"""``/-/suggest?q=``: query-term suggestions as the user types, for the search boxes' ``<datalist>``
(``static/suggest.js``). JSON: the archive's words starting with the last word typed, most articles
first, and the gazetteer's places and organisations whose name starts so.

Cheap at any size of vocabulary: one range scan of the ``vocabulary`` table's primary key
(``word >= ? and word < ?``) reading at most SCAN rows, which are then ordered by articles; so for a
two-letter prefix of a million-word archive the most common words of the first SCAN are offered,
and each letter more narrows the range until it is all read.
"""

from __future__ import annotations

import json
import re

from datasette.utils.asgi import Response

from datasette_plugins.archive_db import archive_database
from indexer.names import fold, without_leading_article

MAX_WORDS = 10
MAX_NAMES = 5
MIN_LETTERS = 2
SCAN = 3000  # vocabulary rows of the prefix's range read at most
MAX_ENTITIES = 5000  # gazetteer rows read at most (the gazetteer has a few hundred)
MAX_QUERY = 200

# The last word typed: letters (with marks inside: Sina'a) at the very end, not after a digit or *.
_LAST_WORD = re.compile(r"(?<![\w*?])[^\W\d_]+(?:['’ʼʿʾ][^\W\d_]*)*$")
_LAST_UNIT = re.compile(r'(?:^|(?<=[\s("]))[^\s()"]+$')
# How a typed word and a name are folded to be compared (indexer/names.py: the rules for writing names).
_core = without_leading_article


def _cased(word: str, typed: str) -> str:
    return word.upper() if typed.isupper() and len(typed) > 1 else word.capitalize() if typed[:1].isupper() else word


def _after(prefix: str) -> str:
    """The first string after every string starting with ``prefix``."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


class ArchiveWords:
    """What the suggestions read, from one archive's SQLite (a collection of shards sums its
    shards': collection_pages.py)."""

    def __init__(self, database):
        self.database = database

    async def words(self, prefix: str) -> list:
        """``(word, articles)`` of the vocabulary starting with ``prefix``, most articles first."""
        result = await self.database.execute(
            "select word, articles from (select word, articles from vocabulary "
            "where word >= :lo and word < :hi limit :scan) order by articles desc, word limit :n",
            {"lo": prefix, "hi": _after(prefix), "scan": SCAN, "n": MAX_WORDS},
        )
        return [(row["word"], row["articles"]) for row in result.rows]

    async def entities(self) -> list:
        result = await self.database.execute(
            "select id, name, kind, aliases, articles from entities limit :n", {"n": MAX_ENTITIES})
        return [dict(row) for row in result.rows]


async def suggestions(database, q: str, source=None) -> dict:
    """``source``: where the words and names are read (default: ``database``'s, :class:`ArchiveWords`)."""
    source = source if source is not None else ArchiveWords(database) if database is not None else None
    q = (q or "")[:MAX_QUERY]
    out = {"q": q, "prefix": "", "words": [], "names": [], "suggestions": []}
    if source is None or not q.strip() or q != q.rstrip():
        return out  # nothing typed, or a word just finished
    values = []
    unit_match = _LAST_UNIT.search(q)
    unit = unit_match.group(0) if unit_match else ""
    if unit and ":" not in unit and not any(c in unit for c in "*?[]{}~^"):
        out["names"] = await _names(source, q, unit_match.start())
        values += [name["value"] for name in out["names"]]
    word_match = _LAST_WORD.search(q)
    if word_match and len(fold(word_match.group(0))) >= MIN_LETTERS:
        typed = word_match.group(0)
        prefix = fold(typed)
        out["prefix"] = prefix
        try:
            rows = await source.words(prefix)
        except Exception:  # an archive from before the vocabulary table, or the time limit
            rows = []
        head = q[:word_match.start()]
        for word, articles in rows:
            out["words"].append({"word": word, "articles": articles})
            values.append(head + _cased(word, typed))
    unique: dict = {}
    for value in values:  # a name first; the same word in lower case adds nothing
        unique.setdefault(value.lower(), value)
    out["suggestions"] = list(unique.values())
    return out


async def _names(source, q: str, start: int) -> list:
    """Gazetteer entities whose name or a spelling starts with the last unit typed (or the last two,
    for "Deir e"), articles first; each with the query it would make."""
    tails = [q[start:]]
    before = q[:start].rstrip()
    previous = _LAST_UNIT.search(before) if before and q[len(before):start].strip() == "" else None
    if previous and ":" not in previous.group(0):
        tails.append(q[previous.start():])
    try:
        entities = await source.entities()
    except Exception:
        return []
    found = {}
    for tail in tails:
        typed = _core(tail)
        if len(typed.replace(" ", "")) < MIN_LETTERS:
            continue
        head = q[:len(q) - len(tail)]
        if head.endswith('"') and head.count('"') % 2:
            head = head[:-1]  # an opened quote: the name brings its own
        for row in entities:
            try:
                spellings = [row["name"]] + [s for s in json.loads(row["aliases"] or "[]") if isinstance(s, str)]
            except ValueError:
                spellings = [row["name"]]
            for spelling in spellings:
                if spelling and _core(spelling).startswith(typed):
                    clean = spelling.replace('"', "").strip()
                    written = f'"{clean}"' if " " in clean else clean
                    if row["id"] not in found:
                        found[row["id"]] = {"name": spelling, "id": row["id"], "kind": row["kind"],
                                            "articles": row["articles"] or 0, "value": head + written}
                    break
    return sorted(found.values(), key=lambda item: (-item["articles"], item["name"]))[:MAX_NAMES]


async def suggest_view(datasette, request):
    database = await archive_database(datasette)
    data = await suggestions(database, request.args.get("q") or "")
    return Response.json(data, headers={"Cache-Control": "max-age=60"})
