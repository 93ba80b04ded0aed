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

import re

from indexer.fulltext.analysis import ARABIC_ARTICLES, query_stop_words
from indexer.place_countries import WORDS as _WORDS

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def _arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text)


def generic_words(spelling: str) -> tuple:
    """The lower-case words of a Latin spelling that are neither articles nor stop words, in order:
    "al-Omar oil field" -> ("oil", "field"); "Raqqa" -> ()."""
    if _arabic(spelling):
        return ()
    stop = query_stop_words()
    return tuple(word for word in _WORD.findall(spelling)
                 if word.islower() and word not in ARABIC_ARTICLES and word not in stop)


def _acronym(name: str) -> bool:
    return len(name.split()) == 1 and name.replace(".", "").isupper() and len(name) > 1


def described_acronym(spelling: str) -> bool:
    """Whether a spelling is an acronym and a description in lower case ("UN refugee agency"): a body
    named by its parent's acronym, whose words are its name, no qualifier."""
    words = spelling.split()
    return len(words) > 1 and _acronym(words[0]) and all(word.islower() for word in words[1:])


def literal_generic(spelling: str, names: list, quoted: bool, every: list = ()):
    """``(text, names)`` for a spelling and its entity's other names (the user's spelling first in
    ``names``), or None when it is searched in every spelling: a quoted or unquoted name with no generic
    word of its own, or an acronym and its description ("UN refugee agency").
    A generic word is one the entity's spellings (``every``, and ``names``) write in lower case."""
    spelt = {word for name in list(names[1:]) + list(every) for word in generic_words(name)}
    own = tuple(word for word in generic_words(spelling) if word in spelt)  # "alhol" typed is no generic word
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
    typed = generic_words(spelling)
    before = {word for word, after in zip(typed, typed[1:]) if after in asked and word in own}
    own = tuple(word for word in own if word in asked or word in before)
    if not own:
        return None
    ored = "(" + " OR ".join(f'"{name}"' for name in latin) + ")"
    text = "(" + ored + " AND " + " AND ".join(own) + ")"
    if arabic:
        text = "(" + text + " OR " + " OR ".join(f'"{name}"' for name in arabic) + ")"
    return text, names[1:]


def place_words(groups: list) -> set:
    """The generic words the gazetteer writes after a name that it also lists bare, in at least
    PLACE_WORD_ENTITIES entities ("al-Hol camp" and "al-Hol"; "Tishrin dam" and "Tishrin"): camp,
    prison, dam, crossing..., not "administration" (no "Kurdish" beside "Kurdish administration")."""
    counts: dict = {}
    for names in groups:
        words = set()
        for name in names:
            parts = name.split()
            if len(parts) > 1 and parts[-1].islower() and not _arabic(name) and " ".join(parts[:-1]) in names:
                words.add(parts[-1])
        for word in words:
            counts[word] = counts.get(word, 0) + 1
    return {word for word, count in counts.items() if count >= PLACE_WORD_ENTITIES}


PLACE_WORD_ENTITIES = 2


def qualifier_words() -> frozenset:
    """The generic words that end Latin spellings of at least QUALIFIER_ENTITIES entities (camp,
    prison, field, province...): the ones an unquoted search asks for; not "led" nor "coalition"."""
    from indexer.fulltext.aliases import alias_table

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


def bare_spellings(names: list, known, places: set) -> list:
    """The bare names a group's Latin spellings make without their trailing generic words
    ("al-Jadaa camp": "al-Jadaa"; the last one of ``places``, see place_words), when the name
    left starts with an Arabic article and its other words with a capital, ``known(bare)`` is
    False (no entity's spelling holds it: not al-Omar of "al-Omar base", which "al-Omar oil field"
    holds) and the bare name is no English word."""
    from indexer.fulltext.language import english_words

    found = []
    for name in names:
        if _arabic(name) or not generic_words(name) or name.split()[-1] not in places:
            continue
        words = name.split()
        while words and words[-1].islower():
            words.pop()
        bare = " ".join(words)
        if (not bare or bare in names or bare in found or generic_words(bare)
                or not all(part[:1].isupper() or part.lower() in ARABIC_ARTICLES for part in re.split(r"[\s-]+", bare))):
            continue
        letters = re.sub(r"(?i)^(?:al|el|as|ad|ez|az|ar|an|at|ash|ed|es|et|er|ul)[-\s]+", "", bare)
        if letters == bare and (len(bare.split()) < 2 or any(part.lower() in english_words() for part in bare.split())):
            continue  # only a name with its article, or of two words or more no English word is, is surely
            # a name (al-Jadaa, al-Sina'a, Abu Khashab; not Panorama, Sharya)
        if letters.lower() in english_words() or len(letters) < 4 or known(bare):
            continue
        found.append(bare)
    return found


def with_bare_names(groups: list, name_key) -> list:
    """``groups`` (each entity's spellings), each with the bare names of bare_spellings that only
    its entity makes and no other entity's spelling holds (al-Jadaa of "al-Jadaa camp"; not al-Omar
    of "al-Omar base", which "al-Omar oil field" holds)."""
    places = place_words(groups)
    spelt: dict = {}  # every run of words of a spelling: the entities holding it
    for number, names in enumerate(groups):
        for key in map(name_key, names):
            for i in range(len(key)):
                for j in range(i + 1, len(key) + 1):
                    spelt.setdefault(key[i:j], set()).add(number)
    made = [bare_spellings(names, lambda name, n=number: bool(spelt.get(name_key(name), set()) - {n}), places)
            for number, names in enumerate(groups)]
    bare: dict = {}
    for number, names in enumerate(made):
        for name in names:
            bare.setdefault(name_key(name), set()).add(number)
    return [names + [name for name in made[number] if bare[name_key(name)] == {number}]
            for number, names in enumerate(groups)]


def named_after(spelling: str, key: tuple, table) -> list:
    """The Latin spellings of the other entity whose name an entity's spelling is, with a generic word
    after it ("Yarubiyah crossing": Yarubiyah, al-Yarubiyah, Til Koçer of the town), for an unquoted
    search: a qualifier search asks for the name AND the word anywhere in a report ("the crossing at
    al-Yarubiyah"), as it does for a name that has no qualified entity ("Semalka crossing"). ``[]``
    when the spelling is no other name and generic words, or that name is the same entity's."""
    from indexer.fulltext.aliases import _written_as, name_key

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
    from indexer.fulltext.aliases import alias_table

    full, camp = alias_table(), key + ("camp",)  # which entity is which: the whole table, not the held part
    if camp not in full or camp not in table or any(other == camp for _, other in full.get(key, ())):
        return []
    own = {other for _, other in full.get(key, ())}
    return [name for name, other in table[camp]
            if other[:-1] not in own and other != camp and not (len(other) > 1 and other[-1] == "camp" and other[:-1] in own)]
