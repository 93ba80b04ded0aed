"""The stem of a word, with the generic nouns of a named site kept apart from the verbs that share
their stem (issue #17, names16).

A qualifier or a phrase asks for a site's generic word: "Semalka crossing", "Roj camp", "Omar oil
field". Porter stems "crossing" to "cross", as it does "crossed" and "crosses", so "Semalka crossing"
found "aid once crossed at Semalka" and "travellers waited at Simalka to cross" (held6, held7, held10,
held20). Here the site nouns of ``archive/data/place_words.txt`` [sites] (through
``indexer/place_countries.py`` WORDS) stem as nouns only: the noun and its plural (crossing,
crossings; camp, camps; centre, centres) are the singular noun, and another word with the noun's
stem stays that stem ("cross", "crossed", "crosses": cross), or, where that stem is the noun itself,
stays the word as written ("camped", "based", "fielded"). A search for the noun finds the noun; a
search for the verb finds the verb's forms as before.
"""

from __future__ import annotations

import functools

from whoosh.lang.porter import stem as _porter


@functools.lru_cache(maxsize=1)
def _sites() -> tuple:
    """``({noun form: noun}, {porter stem of a noun: its noun})``."""
    from indexer.place_countries import WORDS

    forms, stems = {}, {}
    for noun in WORDS.get("sites", ()):
        noun = noun.lower()
        for form in (noun, noun + "s", noun + "es"):
            forms.setdefault(form, noun)
        stems.setdefault(_porter(noun), noun)
    return forms, stems


def site_stem(word: str) -> str:
    """The term a (lower-case) word stems to: Porter's, but a site noun's forms are the noun
    ("crossings": crossing) and no other word stems onto a site noun ("camped": camped)."""
    forms, stems = _sites()
    noun = forms.get(word)
    if noun is not None:
        return noun
    stemmed = _porter(word)
    if stemmed in stems and stemmed in forms:
        return word
    return stemmed
