"""A report's words read once for every rule of the index's reading that asks for them (issue #16).

The rules that read a report as the search does (``placed_elsewhere``, ``bodies_abroad``,
``bare_heads``, ``acronym_meanings``) each split the title and the body into the index's tokens
(``indexer.names.TOKEN_RE``), folded them as name keys (``names.folded_words``) and looked the
gazetteer's tables up over them (``placed_elsewhere._mentions``): up to five passes over the same
text, asking the same thing. Here each is made once a text and kept for the rules after it:

- :func:`split`: ``[gap, token, gap, ..., token, gap]`` (``re.split`` of the token pattern), the
  split an import's worker made already (:func:`remember`) or made here once;
- :func:`folded_words`: ``(spans, folded)``, equal to ``names.folded_words(text)``, computed from
  the split (the parts' lengths summed give the spans, the tokens fold through ``fold_word``'s
  cache) rather than a Python step a token of ``TOKEN_RE.finditer``;
- :func:`mentions`: ``placed_elsewhere._mentions`` over those words with the gazetteer's tables.

Each answer is kept by its text (the last :data:`KEPT` texts asked), so the same answer is given to
every rule; the lists are shared: callers read them and never change them. An import's worker
(``archive/workers.py``) remembers the splits of a batch's titles and bodies, made once for the
entities, the figures and the index analysis, and forgets them after the batch.
"""

from __future__ import annotations

import re
from itertools import accumulate, compress

from indexer.names import TOKEN_PATTERN, fold_word

_SPLIT = re.compile("(" + TOKEN_PATTERN + ")")  # as archive/extract/text_split.py (indexer/ cannot import it)
KEPT = 256  # texts whose words are kept: an import worker's batch (64 reports, title and body) and more

_given: dict = {}  # text -> its split, from the caller that made it (remember)
_splits: dict = {}  # text -> its split, made here
_folded: dict = {}  # text -> (spans, folded)
_found: dict = {}  # text -> placed_elsewhere._mentions over its words


def remember(text: str, parts: list) -> None:
    """``parts``, ``text`` split as :func:`split` splits it (``archive.extract.text_split.split``:
    the same pattern), kept until :func:`forget` for the rules that read ``text`` after."""
    if len(_given) >= 4 * KEPT:
        _given.clear()
    _given[text] = parts


def forget() -> None:
    """Drop the remembered splits and every answer kept (a batch is done)."""
    _given.clear()
    _splits.clear()
    _folded.clear()
    _found.clear()


def _kept(table: dict, text: str, value):
    if len(table) >= KEPT:
        table.clear()
    table[text] = value
    return value


def split(text: str) -> list:
    """``[gap, token, gap, ..., token, gap]``: ``text``'s ``TOKEN_RE`` tokens at the odd places."""
    parts = _given.get(text)
    if parts is None:
        parts = _splits.get(text)
        if parts is None:
            parts = _kept(_splits, text, _SPLIT.split(text))
    return parts


def folded_words(text: str) -> tuple:
    """``(spans, folded)``: ``names.folded_words(text)``, the tokens folded as name keys (Arabic
    articles, which fold to nothing, dropped) with each one's span."""
    found = _folded.get(text)
    if found is not None:
        return found
    parts = split(text)
    ends = list(accumulate(map(len, parts)))
    spans = list(zip(ends[0:-1:2], ends[1::2]))
    folded = list(map(fold_word, parts[1::2]))
    if not all(folded):
        kept = list(map(bool, folded))
        spans, folded = list(compress(spans, kept)), list(compress(folded, kept))
    return _kept(_folded, text, (spans, folded))


def mentions(text: str) -> list:
    """``placed_elsewhere._mentions`` of ``text``'s words: ``(first, end, kind, countries)`` of every
    capitalised name of the gazetteer's tables, longest first."""
    found = _found.get(text)
    if found is None:
        from indexer.fulltext.placed_elsewhere import _mentions as read, _tables

        places, countries, _, elsewhere, names = _tables()
        spans, folded = folded_words(text)
        found = _kept(_found, text, read(text, spans, folded, places, countries, elsewhere, names))
    return found
