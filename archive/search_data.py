"""What the search index is given from ``archive/data/``: the gazetteer's name groups (every spelling
of a known name is searched) and the stop words of questions. ``indexer/`` reads no data of
``archive/`` itself (see ``indexer/fulltext/language.py``): whoever searches calls :func:`provide`
first — the CLI, the Datasette plugins, the benches, the tests."""

from __future__ import annotations


def provide() -> None:
    """Hand the index its name groups and stop words (read at their first use; calling again is free)."""
    from indexer.fulltext import language

    language.provide(name_groups=_name_groups, stop_words=_stop_words, english_words=_english_words)


def _name_groups():
    from archive.extract.gazetteer import name_groups

    return name_groups()


def _stop_words():
    from archive.extract.data import data_lines

    return data_lines("stopwords.txt")


def _english_words():
    from archive.extract.entities import english_words

    return english_words()
