"""Words that name a place's kind only beside a name of that kind (``archive/data/name_kind_words.txt``:
"campo" beside a camp's name), as the search reads them: :func:`write_kind_words` writes them into
``indexer/fulltext/qualifier_kinds.py`` (``indexer/`` reads no data of ``archive/``);
tests/test_names37_kinds.py fails when the two differ.

    .venv/bin/python -m archive.extract.name_kind_words   # writes the table again
"""

from __future__ import annotations

from pathlib import Path

from archive.extract.data import data_lines

TABLE = Path(__file__).resolve().parents[2] / "indexer" / "fulltext" / "qualifier_kinds.py"


def kind_words() -> dict:
    """``{English kind: (word, ...)}`` from archive/data/name_kind_words.txt, lower-cased."""
    kinds: dict = {}
    for line in data_lines("name_kind_words.txt"):
        parts = [part.strip().lower() for part in line.split("|")]
        words = kinds.setdefault(parts[0], [])
        words += [part for part in parts[1:] if part and part not in words]
    return {kind: tuple(words) for kind, words in kinds.items()}


def table_text() -> str:
    lines = ['"""Words that name a place\'s kind only beside a name of that kind: written by',
             "archive.extract.name_kind_words.write_kind_words() from archive/data/name_kind_words.txt;",
             'do not edit (tests/test_names37_kinds.py compares)."""', "", "KIND_WORDS = {"]
    for kind, words in kind_words().items():
        lines.append(f"    {kind!r}: ({', '.join(repr(word) for word in words)},),")
    lines += ["}", ""]
    return "\n".join(lines)


def write_kind_words() -> None:
    TABLE.write_text(table_text(), encoding="utf-8")


if __name__ == "__main__":
    write_kind_words()
