"""A segment's term table with its lookups kept.

Whoosh finds a term in a segment through the segment's on-disk hash table (``OrderedHashReader``):
each lookup reads a slot, the key's lengths and the key itself from the file, a few Python-level
reads through the compound file. Building one search's matchers asks every segment for every
query term several times (is it there, its document frequency for the idf, which the scorer
asks of every segment for every segment's matcher, its size for the Or tree, its postings):
at 100,000 articles in 14 segments, 2-10 ms of a search. A segment never changes once written,
so the answers are kept: :func:`keep_lookups` wraps a segment reader's table in
:class:`KeptTermTable`, which answers ``range_for_key``, ``ranges_for_key``, ``in``, ``[]``,
``get`` and ``all`` from a dict (a term that is not there too), at most ``LIMIT`` terms a segment,
and passes everything else (cursors, iteration) to the table itself.
"""

from __future__ import annotations

import threading

_ABSENT = object()
LIMIT = 20_000  # terms kept a segment (~150 bytes each); all forgotten at once when full


class KeptTermTable:
    """A Whoosh ``HashReader``'s key lookups, kept."""

    def __init__(self, table, limit: int = LIMIT):
        self._table = table
        self._limit = limit
        self._kept: dict = {}  # key -> ((datapos, datalen), value bytes) or _ABSENT
        self._lock = threading.Lock()

    def _find(self, key):
        found = self._kept.get(key)
        if found is None:
            try:
                where = self._table.range_for_key(key)
            except KeyError:
                found = _ABSENT
            else:
                found = (where, self._table.dbfile.get(*where))
            with self._lock:
                if len(self._kept) >= self._limit:
                    self._kept.clear()
                self._kept[key] = found
        return found

    def range_for_key(self, key):
        found = self._find(key)
        if found is _ABSENT:
            raise KeyError(key)
        return found[0]

    def ranges_for_key(self, key):
        found = self._find(key)
        return iter(()) if found is _ABSENT else iter((found[0],))

    def __contains__(self, key):
        return self._find(key) is not _ABSENT

    def __getitem__(self, key):
        found = self._find(key)
        if found is _ABSENT:
            raise KeyError(key)
        return found[1]

    def get(self, key, default=None):
        found = self._find(key)
        return default if found is _ABSENT else found[1]

    def all(self, key):
        found = self._find(key)
        return iter(()) if found is _ABSENT else iter((found[1],))

    def __iter__(self):
        return iter(self._table)

    def __len__(self):
        return len(self._table)

    def __getattr__(self, name):
        return getattr(self._table, name)


def keep_lookups(segment_reader) -> None:
    """Give a Whoosh segment reader's term table kept lookups (once; a reader without the W3
    codec's table is left as it is)."""
    from whoosh.filedb.filetables import HashReader

    terms = getattr(segment_reader, "_terms", None)
    table = getattr(terms, "_tindex", None)
    if isinstance(table, HashReader):
        terms._tindex = KeptTermTable(table)
