"""Words that name a place's kind only beside a name of that kind (``archive/data/name_kind_words.txt``:
"campo" beside a camp's name), and the plural and case endings a qualifier's word takes
(``archive/data/name_qualifier_endings.txt``: "prisons", "kampları"), as the search reads them: :func:`write_kind_words` writes them into
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


def qualifier_endings() -> tuple:
    """``((ending, replacement), ...)`` from archive/data/name_qualifier_endings.txt: the plural and case
    endings a qualifier's word takes ("prisons", "kampları"); replacement "" where the word keeps its end."""
    endings = []
    for line in data_lines("name_qualifier_endings.txt"):
        if line.startswith("["):
            break  # [turkish cases]: turkish_cases()
        ending, _, replacement = (part.strip().lower() for part in line.partition(">"))
        if (ending, replacement) not in endings:
            endings.append((ending, replacement))
    return tuple(endings)


def turkish_cases() -> dict:
    """``{Turkish word ending in the possessive: (its case forms)}`` from name_qualifier_endings.txt's
    [turkish cases]: "bölgesi": bölgesinde, bölgesinden, bölgesine, bölgesindeki."""
    section, words, endings = None, [], {}
    for line in data_lines("name_qualifier_endings.txt"):
        if line.startswith("["):
            section = line
            continue
        if section == "[turkish cases]":
            label, _, values = line.partition(":")
            if label.strip() == "words":
                words += values.split()
            else:
                endings[label.strip()] = values.split()
    forms = {}
    for word in words:
        last = [ch for ch in word if ch in "aıoueiöü"][-1]
        forms[word] = tuple(word + ending for ending in endings["back" if last in "aıou" else "front"])
    return forms


def table_text() -> str:
    lines = ['"""Words that name a place\'s kind only beside a name of that kind, and the endings a qualifier\'s',
             "word takes: written by archive.extract.name_kind_words.write_kind_words() from",
             "archive/data/name_kind_words.txt and name_qualifier_endings.txt; do not edit",
             '(tests/test_names37_kinds.py compares)."""', "", "KIND_WORDS = {"]
    for kind, words in kind_words().items():
        lines.append(f"    {kind!r}: ({', '.join(repr(word) for word in words)},),")
    lines += ["}", "", "# (ending, the word's end it replaces or ''): 'prisons' is 'prison', 'cities' 'city'", "ENDINGS = ("]
    lines += [f"    {pair!r}," for pair in qualifier_endings()]
    lines += [")", "", "# a Turkish word ending in the possessive: the case forms a report writes ('bölgesinden')",
              "TURKISH_CASES = {"]
    lines += [f"    {word!r}: ({', '.join(repr(form) for form in forms)},)," for word, forms in turkish_cases().items()]
    lines += ["}", ""]
    return "\n".join(lines)


def write_kind_words() -> None:
    TABLE.write_text(table_text(), encoding="utf-8")


if __name__ == "__main__":
    write_kind_words()
