"""What the engine is told about language by its caller: the groups of spellings that are one name
(the gazetteer's, for the alias table of :mod:`.variants`) and the stop words of questions.

``indexer/`` reads no data of the packages above it: the caller hands these in before searching
(``archive.search_data.provide()`` does, from ``archive/data/``, for the CLI, the server, the
benches and the tests). Each source is called once, at its first use; without them a search
expands no names and drops no words of a question.
"""

from __future__ import annotations

import functools
from typing import Callable, Iterable, Optional

_sources: dict = {"name_groups": lambda: (), "stop_words": lambda: (), "english_words": lambda: ()}


def provide(*, name_groups: Optional[Callable[[], Iterable[Iterable[str]]]] = None,
            stop_words: Optional[Callable[[], Iterable[str]]] = None,
            english_words: Optional[Callable[[], Iterable[str]]] = None) -> None:
    """``name_groups()``: each name's spellings, canonical first; ``stop_words()``: the words a
    question drops. Giving the same functions again changes nothing (nothing is read again)."""
    changed = False
    for key, source in (("name_groups", name_groups), ("stop_words", stop_words), ("english_words", english_words)):
        if source is not None and source is not _sources[key]:
            _sources[key] = source
            changed = True
    if changed:
        from indexer.fulltext import analysis, variants

        analysis.query_stop_words.cache_clear()
        variants.alias_table.cache_clear()
        variants._case_rules.cache_clear()
        _english.cache_clear()


def name_groups() -> Iterable[Iterable[str]]:
    return _sources["name_groups"]()


def stop_words() -> Iterable[str]:
    return _sources["stop_words"]()


@functools.lru_cache(maxsize=1)
def _english() -> frozenset:
    return frozenset(word.lower() for word in _sources["english_words"]())


def english_words() -> frozenset:
    """Common English words, lower case: a joined spelling (alhol) is never one of them."""
    return _english()
