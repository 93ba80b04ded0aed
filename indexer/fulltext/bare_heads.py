"""A word a report writes alone for an organisation: "the coalition" (or "Coalition helicopters") in a
report set in Syria or Iraq is the US-led coalition against ISIS, which its searches (OIR, CJTF-OIR,
Operation Inherent Resolve) should find; "the Dutch coalition government" is not.

The words, their organisations and countries are ``head`` lines of ``archive/data/place_countries.txt``
(``indexer/place_countries.py`` HEADS: ``{word: (countries, acronym, other names, words after)}``).
In a report that names a place of those countries (a capitalised gazetteer spelling, as
``placed_elsewhere`` reads them; a country's name alone is not enough) and holds no other entity's name
with the word ("Syrian National Coalition"), nor the word after a country's possessive or demonym
("Iraq's ruling coalition"), nor another name ending on it in its body ("the Respect Coalition"), nor
the word before a word of the line that makes it another ("a coalition of firms", "coalition
government"), the index adds the organisation's acronym's term at each of the word's positions
(``fields._marks``, ``acronym_meanings.marked``): every search of the organisation ORs its acronym.
"""

from __future__ import annotations

import re

from indexer.fulltext import report_words

_SENTENCE_END = re.compile(r"[.!?;:\n]")


def _heads() -> dict:
    from indexer.place_countries import HEADS

    return HEADS


def bare_heads(texts) -> set:
    """``{(word, acronym)}``: the heads the report made of ``texts`` (its title and body) writes for
    their organisation (the word in lower case, the acronym as the gazetteer writes it)."""
    heads = _heads()
    texts = [text for text in texts if text]
    lowered = [text.lower() for text in texts]
    wanted = {word: value for word, value in heads.items() if any(word in text for text in lowered)}
    if not wanted:
        return set()
    from indexer.fulltext.placed_elsewhere import _tables

    places, countries, demonyms, elsewhere, names = _tables()
    found = set()
    for word, (where, acronym, others, after) in wanted.items():
        where = set(where)
        context = False
        for number, text in enumerate(texts):
            spans, folded = report_words.folded_words(text)
            if (any(_holds(folded, other) for other in others) or _owned(text, spans, folded, word, countries, demonyms)
                    or _another(text, spans, folded, word, set(after), number == len(texts) - 1)):
                break  # another entity's name with the word, a country's own ("Iraq's ruling coalition"), another
            context = context or any(kind == "place" and where & set(countries_of)
                                     for _, _, kind, countries_of in report_words.mentions(text))
        else:
            if context:
                found.add((word, acronym))
    return found


def _owned(text: str, spans: list, folded: list, word: str, countries: dict, demonyms: dict) -> bool:
    """Whether the word stands, one or two words on, after a country's possessive or demonym ("Iraq's
    ruling coalition", "the Dutch coalition government"): that country's own, not the organisation."""
    from indexer.fulltext.placed_elsewhere import _country_before

    return any(folded[i] == word and any(_country_before(text, spans, folded, k, countries, demonyms) is not None
                                         for k in range(max(0, i - 2), i))
               for i in range(len(folded)))


def _another(text: str, spans: list, folded: list, word: str, after: set, body: bool) -> bool:
    """Whether the word stands before a word of ``after`` ("a coalition of firms") or, in the ``body``
    (a title may be in title case), ends a name of its own ("the Respect Coalition": a capitalised word
    before it, inside its sentence)."""
    for i, folded_word in enumerate(folded):
        if folded_word != word:
            continue
        if i + 1 < len(folded) and folded[i + 1] in after:
            return True
        if body and i and text[spans[i][0]].isupper() and text[spans[i - 1][0]].isupper() \
                and not _SENTENCE_END.search(text[spans[i - 1][1]:spans[i][0]]):
            return True
    return False


def _holds(words: list, key: tuple) -> bool:
    n = len(key)
    return any(tuple(words[i:i + n]) == key for i in range(len(words) - n + 1) if words[i] == key[0])
