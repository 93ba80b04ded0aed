"""A name's generic words in the languages of the archive's press (archive/data/name_qualifiers.txt) as
the search reads them:
:func:`write_qualifier_meanings` writes them into ``indexer/fulltext/qualifier_table.py`` (``indexer/``
reads no data of ``archive/``); tests/test_names30_qualifiers.py fails when the two differ."""

from __future__ import annotations

from pathlib import Path

from archive.extract.data import data_lines

TABLE = Path(__file__).resolve().parents[2] / "indexer" / "fulltext" / "qualifier_table.py"


def qualifier_meanings() -> tuple:
    """``({English word: (its words in other languages, word or phrase, ...)}, (modifier, ...))`` from
    archive/data/name_qualifiers.txt."""
    meanings: dict = {}
    modifiers: list = []
    section = None
    for line in data_lines("name_qualifiers.txt"):
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
            continue
        if section == "modifiers":
            modifiers += [word for word in line.split() if word not in modifiers]
            continue
        parts = [part.strip() for part in line.split("|")]
        words = meanings.setdefault(parts[0], [parts[0]])
        for part in parts[1:]:
            part = part.strip('"').strip()
            if part and part not in words:
                words.append(part)
    return {meaning: tuple(words) for meaning, words in meanings.items()}, tuple(modifiers)


def table_text() -> str:
    meanings, modifiers = qualifier_meanings()
    lines = ['"""A name\'s generic words in the languages of the archive\'s press: written by',
             "archive.extract.qualifier_meanings.write_qualifier_meanings() from archive/data/name_qualifiers.txt;",
             'do not edit (tests/test_names30_qualifiers.py compares)."""', "", "MEANINGS = {"]
    for meaning, words in meanings.items():
        lines.append(f"    {meaning!r}: (")
        lines += [f"        {word!r}," for word in words]
        lines.append("    ),")
    lines += ["}", "", "MODIFIERS = frozenset({"] + [f"    {word!r}," for word in modifiers] + ["})", ""]
    return "\n".join(lines)


def write_qualifier_meanings() -> None:
    TABLE.write_text(table_text(), encoding="utf-8")


if __name__ == "__main__":
    write_qualifier_meanings()
