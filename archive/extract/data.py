"""Load the heuristics' data files from ``archive/data/`` (one entry a line, ``#`` comments)."""

from __future__ import annotations

import functools
from importlib import resources


@functools.lru_cache(maxsize=None)
def data_lines(name: str) -> tuple:
    text = resources.files("archive").joinpath("data", name).read_text(encoding="utf-8")
    lines = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            lines.append(line)
    return tuple(lines)


@functools.lru_cache(maxsize=None)
def data_sections(name: str) -> dict:
    """A data file of ``[section]`` headings, each over its entries: ``{section: [line, ...]}``
    (lines before the first heading are left out)."""
    sections: dict = {}
    current = None
    for line in data_lines(name):
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
        elif current is not None:
            current.append(line)
    return sections


@functools.lru_cache(maxsize=None)
def folded_sections(name: str) -> dict:
    """:func:`data_sections` as sets of case-folded entries: ``{section: frozenset(entry, ...)}``,
    for the extractors that ask whether a word or phrase is one of a section's."""
    return {section: frozenset(entry.casefold() for entry in entries) for section, entries in data_sections(name).items()}


@functools.lru_cache(maxsize=None)
def alias_table(name: str) -> dict:
    """``Canonical | alias | alias`` lines as a map from each case-folded form to the canonical."""
    table = {}
    for line in data_lines(name):
        names = [part.strip() for part in line.split("|") if part.strip()]
        for alias in names:
            table[alias.casefold()] = names[0]
    return table


@functools.lru_cache(maxsize=None)
def english_words() -> frozenset:
    """Common English words, lower case (``english_words.txt``): one set for every reader and
    extractor that asks whether a word is a common word rather than a name."""
    return frozenset(word.lower() for word in data_lines("english_words.txt"))


@functools.lru_cache(maxsize=None)
def small_words() -> frozenset:
    """The small words a name writes in lower case between its own words ("of", "the", "for",
    "du": ``name_small_words.txt``), for the extractors that count, capitalise or abbreviate a name."""
    return frozenset(data_lines("name_small_words.txt"))
