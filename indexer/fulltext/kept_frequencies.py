"""A reader's document frequencies kept for its life (issue #16, round 39, speed39).

The parse asks ``doc_frequency`` of the same terms many times a search (every segment reader a time:
29,838 segment lookups for "al-Hol camp" at 291,000 articles), and the answer cannot change while a
reader lives. :func:`keep_doc_frequencies` gives the searcher's reader, and the searcher's own copy of
the method, a ``doc_frequency`` that keeps each answer; ``searching.Searching`` calls it on every
searcher it opens.
"""

from __future__ import annotations

import weakref

KEPT_DOC_FREQUENCIES = 200_000  # terms a reader keeps the document frequency of (then it starts again)


class KeptDocFrequency:
    """A reader's ``doc_frequency``, each answer kept for the reader's life. The parse asks the
    same terms many times a search (every segment reader a time), and the answer cannot change
    while the reader lives: its segments' term tables are written once, and Whoosh's document
    frequency counts deleted documents too. A new reader (after a commit) starts empty. The
    reader is held weakly: the reader holds this, and a cycle would keep closed segments' files
    until the collector ran."""

    __slots__ = ("_reader", "_count", "kept", "__weakref__")

    def __init__(self, reader):
        self._reader = weakref.ref(reader)
        self._count = type(reader).doc_frequency
        self.kept: dict = {}

    def __call__(self, fieldname, text):
        key = (fieldname, text)
        kept = self.kept
        n = kept.get(key)
        if n is None:
            reader = self._reader()
            if reader is None:
                raise ReferenceError("the reader is gone")
            n = self._count(reader, fieldname, text)
            if len(kept) >= KEPT_DOC_FREQUENCIES:
                kept.clear()
            kept[key] = n
        return n


def keep_doc_frequencies(searcher) -> None:
    """The searcher's reader answers ``doc_frequency`` from what it was asked before
    (:class:`KeptDocFrequency`); the searcher's own ``doc_frequency``, which Whoosh copied
    from the reader when it opened, too."""
    reader = searcher.reader()
    kept = reader.__dict__.get("doc_frequency")
    if not isinstance(kept, KeptDocFrequency):
        kept = reader.doc_frequency = KeptDocFrequency(reader)
    searcher.doc_frequency = kept
