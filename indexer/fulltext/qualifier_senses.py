"""A qualifier search's name that a report writes beside the word of another of its senses (issue #17):
"al-Hol camp" asks for the camp, and "Traders in the small town of Al Hol, a few kilometres from the camp
fence" names the camp's word but gives al-Hol another sense, the town's. The press writes a name's
secondary sense with its kind word ("the town of al-Hol", "al-Hawl town": archive/data/name_senses.txt
marks it secondary), so a report that writes the name only beside such a word, and never beside a word of
the sense searched ("al-Hol camp", "camp d'al-Hol", "Lager al-Hol"), speaks of the other place.

:func:`sense_guard` gives, for a qualifier run whose kind is a primary sense of its name's entity and whose
entity has a secondary sense of a settlement (the town a camp, a crossing or a prison is named after; the
searched kind no settlement itself), the reports to leave out: the name's spellings beside a word
of the secondary kind (in every language of the qualifier table, as a phrase: the index keeps no stop
words, so "town al-Hol" is also "town of al-Hol") and never beside a word of the searched kind. A name of
one sense, or a qualifier naming a secondary sense ("al-Hol town"), gets none."""

from __future__ import annotations

from typing import Callable, Optional

MAX_PHRASES = 1000  # a guard of more phrases than this is left out (a name of very many spellings)
# the kinds of a settlement (the qualifier table's words): the sense a site is named after ("the town of
# al-Hol" beside the camp, "the village of Areesha" beside its camp). A site lies near its town, so a report
# naming the town beside its word speaks of the town; a sense that holds the site (the Ghuwayran
# neighbourhood its prison stands in, the province a city is the seat of, the Euphrates' dam) names the
# site's surroundings and is no guard: a report of the prison writes "in the Ghuwayran district".
SETTLEMENT = frozenset(("town", "city", "village"))


def _kind_words(kinds) -> list:
    from indexer.fulltext.qualifier_kinds import KIND_WORDS
    from indexer.fulltext.qualifier_table import MEANINGS

    return list(dict.fromkeys(member for kind in kinds for member in MEANINGS.get(kind, ()) + KIND_WORDS.get(kind, ())))


def sense_guard(name: str, meanings: tuple, table, holds: Optional[Callable] = None,
                phrase_held: Optional[Callable] = None) -> Optional[str]:
    """``(OTHER ANDNOT OWN)``: the reports writing ``name`` beside another sense's kind word only (see the
    module's docstring), or None. ``holds(key)``: whether the index holds each term of an alias key;
    ``phrase_held(phrase)``: whether it holds the phrase. A phrase the index does not hold matches nothing,
    so only the held are searched (the words of every language and every spelling make hundreds, and
    parsing each costs more than the search)."""
    from indexer.fulltext.alias_keys import name_key
    from indexer.name_senses import SENSES
    from indexer.names import is_arabic

    group = table.get(name_key(name)) if hasattr(table, "get") else None
    if not group:
        return None
    primary, secondary = SENSES.get(group[0][0], ((), ()))
    asked = set(meanings)
    own = [sense for sense in primary if asked & set(sense)]
    others = [sense for sense in secondary if not asked & set(sense) and set(sense) & SETTLEMENT]
    if not own or not others or any(set(sense) & SETTLEMENT for sense in own):
        return None
    own_words = _kind_words({kind for sense in own for kind in sense})
    other_words = [word for word in _kind_words({kind for sense in others for kind in sense}) if word not in own_words]
    every = {word.lower() for word in own_words + other_words}
    spellings = [spelling for spelling, _ in group
                 if not any(part.lower() in every for part in spelling.replace("-", " ").split())
                 and not any(member.lower() in spelling.lower() for member in every if " " in member)]
    if not spellings or not other_words:
        return None

    def beside(words: list) -> list:  # each word with each spelling of its script, before and after
        pairs = [(word, spelling) for word in words for spelling in spellings if is_arabic(word) == is_arabic(spelling)
                 if holds is None or holds(name_key(word) + name_key(spelling))]
        phrases = [f"{word} {spelling}" for word, spelling in pairs] + [f"{spelling} {word}" for word, spelling in pairs]
        # ^1 (the same weight): the sound-alike pass leaves the phrases alone, as the qualifier's words
        return [f'"{phrase}"^1' for phrase in phrases if phrase_held is None or phrase_held(phrase)]

    other = beside(other_words)
    if not other:
        return None
    mine = beside(own_words)
    if len(other) + len(mine) > MAX_PHRASES:
        return None
    return f"(({' OR '.join(other)}) ANDNOT ({' OR '.join(mine)}))" if mine else f"({' OR '.join(other)})"
