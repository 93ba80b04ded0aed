"""A river's name that starts another name is not the river: "Euphrates Shield" (Turkey's operation),
"Fırat University", "Firat News Agency", "Dicle University", "Dicle Elektrik", "Firat Aydin" (a man);
nor one after a capitalised word and "of (the)": "the University of the Euphrates".

A river, unlike a town, gives its name to bodies, operations and people far from it: "Qamishli Airport"
or "Raqqa Civil Council" is of its place, "Euphrates Shield" is not of its river. The rivers are the
gazetteer's (its ``river`` lines: ``indexer/arabic_whole_names.py`` RIVERS, written by
``archive.extract.gazetteer_tables.write_whole_arabic_names``); a capitalised word right after the
name (a space between) that is no river word ("Euphrates River", "the Khabur Valley": the ``river
words`` of ``archive/data/place_words.txt``) and begins no place of its own ("the Tigris Euphrates
basin") makes it another name, and so does a capitalised word and "of" (or "of the") right before it
that is no river word ("University of the Euphrates", not "the Banks of the Euphrates"). A gazetteer
name that holds the river's ("Euphrates Dam", the Tabqa dam) is that name's mention and not read here.

Read as ``placed_elsewhere`` reads a place put in another country (``placed_elsewhere._read_window``): the
words of such a mention, less those of the report's other mentions of the river ("the Euphrates" in the
same report), are indexed with the mark of another meaning, so no spelling of the river finds the
report. A title written in title case ("Drought Hits Euphrates Farmers") is not read.
"""

from __future__ import annotations

import functools

from indexer.names import fold_word
from indexer.place_countries import WORDS as _WORDS

_RIVER_WORDS = frozenset(fold_word(word) for word in _WORDS["river words"])  # folded as the text's words are
_OF = frozenset({"of"})
_THE = frozenset({"the"})
# "East of the Euphrates" names a side of the river, not another name
_DIRECTIONS = frozenset(fold_word(word) for word in (
    "east", "west", "north", "south", "northeast", "northwest", "southeast", "southwest"))


@functools.lru_cache(maxsize=None)
def _rivers() -> frozenset:
    from indexer.arabic_whole_names import RIVERS

    return RIVERS


def starts_another_name(text: str, spans: list, folded: list, start: int, end: int, at: dict) -> bool:
    """Whether the place mention ``spans[start:end]`` of ``text`` (a river's name of one word) starts
    another name, or ends one after "of": see the module. ``at``: the window's mentions by first word."""
    if end - start != 1 or (folded[start],) not in _rivers():
        return False
    if _title_cased(text):
        return False
    if end < len(spans):
        gap = text[spans[end - 1][1]:spans[end][0]]
        after = text[spans[end][0]:spans[end][1]]
        if gap == " " and after[:1].isupper() and folded[end] not in _RIVER_WORDS and end not in at:
            return True
    k = start - 1
    if k >= 0 and folded[k] in _THE and text[spans[k][1]:spans[start][0]] == " ":
        k -= 1
    if k >= 1 and folded[k] in _OF and text[spans[k][1]:spans[k + 1][0]] == " ":
        before = text[spans[k - 1][0]:spans[k - 1][1]]
        if (text[spans[k - 1][1]:spans[k][0]] == " " and before[:1].isupper()
                and folded[k - 1] not in _RIVER_WORDS and folded[k - 1] not in _DIRECTIONS
                and (k - 1) not in at and not _opens_sentence(text, spans[k - 1][0])):
            return True
    return False


@functools.lru_cache(maxsize=1024)
def _title_cased(text: str) -> bool:
    """A short text whose words of four letters or more, after its first, are all capitalised (four at
    least: a headline in title case)."""
    words = [word for word in text.split()[1:] if len(word) > 3 and word[:1].isalpha()]
    if len(words) < 4 or len(text) > 200:
        return False
    return all(word[:1].isupper() for word in words)

def _opens_sentence(text: str, at: int) -> bool:
    """Whether the word at ``at`` is the text's first or follows a sentence's end."""
    before = text[:at].rstrip()
    return not before or before[-1] in ".!?:;\"'\u201c\u2018(\n"
