"""A name's generic words (camp, prison, oil field, dam: the lower-case words of a Latin spelling) as
a search takes them (issue #17), for :func:`.aliases._group_text`:

- quoted, literally: ``"Omar field"`` is searched in the spellings that write "field" and no other
  generic word ("al-Omar field", "Umar field"), never as "al-Omar oil field"; a quoted whole name
  with no generic word of its own (``"Syrian Democratic Forces"``, ``"UN refugee agency"``) is
  searched as it is unquoted, in every spelling, acronym and other language's name (SDF, FDS, QSD):
  quoting keeps a name's words together, it does not drop its spellings;
- unquoted, as every word of a search, required: ``Arisha camp`` is (Arisha camp OR Areesha) AND
  camp, so a report naming "Areesha" without "camp" is not found;
- a body named by its parent's acronym and a description ("UN refugee agency", "U.N. food agency") is
  that name: its words are no qualifier, so the body's other names (UNHCR) are found without them;
- a spelling made of a name and its generic words also gives the bare name (``al-Jadaa camp``:
  al-Jadaa; ``Sinaa prison``: Sinaa) when no other entity is spelt so and it is no English word.
"""

from __future__ import annotations

import functools

from indexer.fulltext.alias_keys import _written_as, alias_table, name_key
from indexer.fulltext.bare_names import (  # noqa: F401 (callers import these here too)
    PLACE_WORD_ENTITIES, _arabic, bare_spellings, generic_words, place_words, with_bare_names)
from indexer.place_countries import WORDS as _WORDS


def _acronym(name: str) -> bool:
    return len(name.split()) == 1 and name.replace(".", "").isupper() and len(name) > 1


def described_acronym(spelling: str) -> bool:
    """Whether a spelling is an acronym and a description in lower case ("UN refugee agency"): a body
    named by its parent's acronym, whose words are its name, no qualifier. The acronym is one the
    gazetteer writes in capitals: a name typed in capitals before its generic word ("ROJ camp") is the
    name and a qualifier, as "Roj camp" is."""
    words = spelling.split()
    return (len(words) > 1 and _acronym(words[0]) and all(word.islower() for word in words[1:])
            and words[0].replace(".", "") in _capital_words())


@functools.lru_cache(maxsize=None)
def _capital_words() -> frozenset:
    """The words the gazetteer's spellings write in capitals (UN, U.N. as UN, SDF), dots left out."""
    from indexer.fulltext.language import name_groups

    return frozenset(word.replace(".", "") for group in name_groups() for name in group for word in name.split()
                     if _acronym(word))


def literal_generic(spelling: str, names: list, quoted: bool, every: list = ()):
    """``(text, names)`` for a spelling and its entity's other names (the user's spelling first in
    ``names``), or None when it is searched in every spelling: a quoted or unquoted name with no generic
    word of its own, or an acronym and its description ("UN refugee agency").
    A generic word is one the entity's spellings (``every``, and ``names``) write in lower case."""
    spelt = {word for name in list(names[1:]) + list(every) for word in generic_words(name)}
    typed = generic_words(spelling)
    if not quoted:  # a plural asks for its generic word ("Hol camps": camp; the index stems them alike)
        typed = tuple(word[:-1] if word.endswith("s") and word not in spelt and word[:-1] in spelt else word
                      for word in typed)
    own = tuple(word for word in typed if word in spelt)  # "alhol" typed is no generic word
    latin = [name for name in names if not _arabic(name)]
    arabic = [name for name in names if _arabic(name)]
    description = described_acronym(spelling)
    if quoted and (not own or description):
        return None  # a whole name quoted ("Syrian Democratic Forces"): every spelling, as unquoted (SDF, FDS)
    if quoted:
        kept = [name for name in latin if tuple(w for w in generic_words(name) if w in spelt) == own]
        if len(kept) == len(latin):
            return None
        names = kept + arabic
        return "(" + " OR ".join(f'"{name}"' for name in names) + ")", names[1:]
    if description:
        return None  # "UN refugee agency": a body's description after its parent's acronym is its name, no qualifier
    asked = tuple(word for word in own if word in qualifier_words())  # "US-led coalition": no "led" asked for
    # a generic word right before an asked one is the qualifier's too ("oil field": oil AND field)
    before = {word for word, after in zip(typed, typed[1:]) if after in asked and word in own}
    own = tuple(word for word in own if word in asked or word in before)
    if not own:
        return None
    ored = "(" + " OR ".join(f'"{name}"' for name in latin) + ")"
    text = "(" + ored + " AND " + " AND ".join(own) + ")"
    if arabic:
        text = "(" + text + " OR " + " OR ".join(f'"{name}"' for name in arabic) + ")"
    return text, names[1:]


def qualifier_words() -> frozenset:
    """The generic words that end Latin spellings of at least QUALIFIER_ENTITIES entities (camp,
    prison, field, province...): the ones an unquoted search asks for; not "led" nor "coalition"."""
    table = alias_table()
    if _qualifiers.get("table") is not table:
        ends: dict = {}
        for group in table.values():
            for name, _ in group:
                words = generic_words(name)
                if words and name.split()[-1] == words[-1]:
                    ends.setdefault(words[-1], set()).add(group[0][1])
        _qualifiers.update(table=table, words=frozenset(w for w, e in ends.items() if len(e) >= QUALIFIER_ENTITIES))
    return _qualifiers["words"]


QUALIFIER_ENTITIES = 3
_qualifiers: dict = {}


def named_after(spelling: str, key: tuple, table) -> list:
    """The Latin spellings of the other entity whose name an entity's spelling is, with a generic word
    after it ("Yarubiyah crossing": Yarubiyah, al-Yarubiyah, Til Koçer of the town), for an unquoted
    search: a qualifier search asks for the name AND the word anywhere in a report ("the crossing at
    al-Yarubiyah"), as it does for a name that has no qualified entity ("Semalka crossing"). ``[]``
    when the spelling is no other name and generic words, or that name is the same entity's."""
    words = spelling.split()
    typed = generic_words(spelling)
    n = len(words)
    while n > 1 and words[n - 1].lower() in typed:
        n -= 1
    if n == len(words):
        return []
    name = " ".join(words[:n])
    other = name_key(name)
    if not other or other == key or other not in table or not _written_as(name, other):
        return []
    if any(item == key for _, item in table[other]):
        return []
    return [found for found, _ in table[other] if not _arabic(found)]


# The generic words of a site a name is written with: a camp, prison, crossing, dam, field, base.
_SITES = frozenset(_WORDS["sites"])  # archive/data/place_words.txt [sites]


def named_with_generic(word: str, key: tuple, table):
    """The key of the one entity whose name ``word`` (typed alone, no name of its own nor a common
    English word) is with a site's generic word after it, where every Latin spelling of that entity
    writes that one word ("Newroz": Newroz camp, Nawruz camp, Nowruz camp): the bare word is then that
    site only, in all its spellings, not a festival or a person's name. None otherwise."""
    if len(key) != 1 or _arabic(word) or not word.isalpha():
        return None
    from indexer.fulltext.language import english_words

    if word.lower() in english_words():
        return None
    found = [key + (site,) for site in _SITES if key + (site,) in table]
    if len(found) != 1:
        return None
    latin = [name for name, _ in table[found[0]] if not _arabic(name)]
    # every Latin spelling writes the one site word and no other description: a site the gazetteer
    # also writes otherwise ("Panorama prison", "Panorama detention centre") may be written in a way
    # it does not list ("the Panorama detention facility"), so its bare word is kept as typed
    if not latin or any(generic_words(name) != (found[0][-1],) for name in latin):
        return None
    return found[0]


def camp_named_after(key: tuple, table) -> list:
    """The spellings of a camp named after the place of ``key`` (another entity of the gazetteer, whose
    key is the place's with "camp") that do not hold a spelling of the place ("Areesha", "Areesha
    camp" for the village of Arisha; "Martyr Rustem Cudi camp" for Makhmour): a search of the place
    finds the camp's reports, as a search of a camp's name finds the place's spelling with "camp".
    [] for any other name."""
    full, camp = alias_table(), key + ("camp",)  # which entity is which: the whole table, not the held part
    if camp not in full or camp not in table or any(other == camp for _, other in full.get(key, ())):
        return []
    own = {other for _, other in full.get(key, ())}
    return [name for name, other in table[camp]
            if other[:-1] not in own and other != camp and not (len(other) > 1 and other[-1] == "camp" and other[:-1] in own)]
