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
def alias_table(name: str) -> dict:
    """``Canonical | alias | alias`` lines as a map from each case-folded form to the canonical."""
    table = {}
    for line in data_lines(name):
        names = [part.strip() for part in line.split("|") if part.strip()]
        for alias in names:
            table[alias.casefold()] = names[0]
    return table
