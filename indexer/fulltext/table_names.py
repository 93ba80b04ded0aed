"""The gazetteer's tables' names as a tree of their words, walked over a report's words (issue #16,
round 37): ``placed_elsewhere._mentions`` without looking up six lengths in five tables at each
capitalised word.

``placed_elsewhere._mentions`` reads, at each capitalised word, the keys of one to six words starting
there, longest first, in the tables in their order (places, countries, other places, bodies, other
names), a key of several words only where no sentence ends between its first and last word. Here the
keys are a tree (:func:`tree`): each node a dict of the next words, its own key's ``(kind, where)``
under ``None``, the first table's that holds the key. The walk from a word follows the report's next
words down the tree while no sentence ends before the word taken (once one does, it does before every
later word too) and keeps the deepest node holding a key: the longest key the lengths would find, at
most :data:`placed_elsewhere._LONGEST` words. The same list, as ``tests/test_table_names.py`` checks
against the lengths' loop on real reports.
"""

from __future__ import annotations

import functools


@functools.lru_cache(maxsize=None)
def tree(longest: int) -> dict:
    """The tables' keys of at most ``longest`` words as a tree; ``None`` holds a key's
    ``(kind, where)`` as ``placed_elsewhere._mentions`` gives them."""
    from indexer.fulltext.placed_elsewhere import _bodies, _tables

    places, countries, _, elsewhere, names = _tables()
    root: dict = {}
    # the last table's entry stands where two hold a key: the tables from the last looked up to the first
    for table, kind, where in ((names, "name", lambda value: ()), (_bodies(), "body", lambda value: value),
                               (elsewhere, "elsewhere", lambda value: (value,)),
                               (countries, "country", lambda value: (value,)), (places, "place", lambda value: value)):
        for key, value in table.items():
            if not key or len(key) > longest:
                continue
            node = root
            for word in key:
                node = node.setdefault(word, {})
            node[None] = (kind, where(value))
    return root


def walk(text: str, spans: list, folded: list, longest: int, sentence_end) -> list:
    """``(first, end, kind, where)`` of every name of the tables starting at a capitalised word, the
    longest first, as ``placed_elsewhere._mentions`` finds them (module doc)."""
    root = tree(longest)
    found, i, n = [], 0, len(folded)
    search = sentence_end.search
    while i < n:
        if not text[spans[i][0]].isupper():
            i += 1
            continue
        node = root.get(folded[i])
        if node is None:
            i += 1
            continue
        best, size = node.get(None), 1
        length, last, after_first = 1, min(longest, n - i), spans[i][1]
        while length < last:
            node = node.get(folded[i + length])
            if node is None or search(text, after_first, spans[i + length][0]):
                break
            length += 1
            value = node.get(None)
            if value is not None:
                best, size = value, length
        if best is None:
            i += 1
            continue
        found.append((i, i + size, best[0], best[1]))
        i += size
    return found
