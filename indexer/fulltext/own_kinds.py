"""A qualifier that names the one sense of its name ("al-Hol camp", "Raqqa city", "Khabur river", "Rakka
kenti", "prison de Ghouayrane"), for a search that counts every report of the entity whatever words it
writes around the name (issue #17).

A report names a place by its bare name as often as with its kind word ("the camp" is understood).
Where the name has one sense of the qualifier's kind, the qualifier tells nothing the name does not,
and asking for the word as well loses the reports that write the name bare. The senses are data
(``archive/data/name_senses.txt``, through ``indexer/name_senses.py``): an entity's gazetteer type, or
the senses its line states, each primary or secondary (secondary: the press writes it with its kind
word, "the town of al-Hol", "Raqqa province"). The qualifier is left out (the search is the name's, in
every spelling) where:

- the name's entity has exactly one primary sense, and the typed word is a word of that sense's kind
  (the qualifier table's English words: "kenti" is a city, "Lager" a camp);
- every other entity that writes the name with a kind word ("Raqqa province", "Tabqa dam") is of a
  kind the name's line states as secondary.

Otherwise (a name of two senses of the same standing, "Makhmour camp", "Deir ez-Zor city"; a secondary
sense, "al-Hol town", "Raqqa province"; a kind of another sense, "Tabqa dam") the qualifier is searched as
before: the name AND the word, in every language of the press. A quoted phrase keeps its words.
"""

from __future__ import annotations

import re

from indexer.names import fold_word, is_arabic

_UNITS = re.compile(r'"[^"]*"|[^\s()"]+')
_OPERATORS = {"AND", "OR", "NOT", "TO", "ANDNOT", "ANDMAYBE"}
# the word for "of" between a qualifier and the name after it ("prison de Ghouayrane", "kamp van Roj")
_OF = {"de", "du", "des", "di", "del", "della", "dello", "do", "da", "van"}


def _kind_words() -> dict:
    """``{word (lower case, or folded Arabic): (English kinds)}`` of the qualifier table."""
    from indexer.fulltext.qualifier_meanings import _members

    words = dict(_members()[0])
    for word, kinds in list(words.items()):
        if is_arabic(word):
            words[fold_word(word)] = kinds
    return words


def _others(table) -> dict:
    """``{name key: {another entity writing the name with a kind's word: (its kinds, those spellings)}}``:
    "Raqqa" of "Raqqa province", "Tabqa" of "Tabqa dam"."""
    from indexer.fulltext.alias_keys import name_key

    words = _kind_words()
    named: dict = {}
    seen = set()
    for group in table.values():
        entity = group[0][1]
        if entity in seen:
            continue
        seen.add(entity)
        own = {key for _, key in group}
        for name, _ in group:
            parts = name.split()
            if len(parts) < 2:
                continue
            for word, rest in ((parts[-1], parts[:-1]), (parts[0], parts[1:])):
                kinds = words.get(fold_word(word) if is_arabic(word) else word.lower())
                rest_key = name_key(" ".join(rest))
                if kinds and rest_key and rest_key not in own:
                    held = named.setdefault(rest_key, {}).setdefault(entity, (set(), []))
                    held[0].update(kinds)
                    held[1].append(name)
    return named


_made: dict = {}


def _table_others(table) -> dict:
    if _made.get("table") is not table:
        _made.update(table=table, others=_others(table))
    return _made["others"]


def one_sense(canonical: str, kinds, others: dict) -> bool:
    """Whether ``kinds`` (the qualifier's English words) name the only primary sense of the entity
    ``canonical``, and every other entity writing its name with a kind word (``others``: ``{entity:
    kinds}``) is of a secondary sense of it."""
    from indexer.name_senses import SENSES

    primary, secondary = SENSES.get(canonical, ((), ()))
    if len(primary) != 1 or not set(kinds) & set(primary[0]):
        return False
    minor = {word for sense in secondary for word in sense}
    return all(set(theirs) <= minor for theirs in others.values())


def without_own_kind(text: str, table) -> str:
    """``text`` with each unquoted kind word typed right after or right before a name left out where it
    names the name's one sense (see the module's docstring)."""
    from indexer.fulltext.alias_keys import name_key

    words = _kind_words()
    units = list(_UNITS.finditer(text))
    for i, unit in enumerate(units):
        word = unit.group(0)
        kinds = words.get(fold_word(word) if is_arabic(word) else word.lower())
        if word.startswith('"') or not kinds:
            continue
        for before in (True, False):
            for n in (3, 2, 1):
                skip = 0 if before or i + 1 >= len(units) or units[i + 1].group(0).lower() not in _OF else 1
                span = units[i - n:i] if before and i - n >= 0 else units[i + 1 + skip:i + 1 + skip + n] if not before else []
                if len(span) != n or any(u.group(0).startswith('"') or u.group(0) in _OPERATORS for u in span):
                    continue
                name = text[span[0].start():span[-1].end()]
                key = name_key(name)
                if key and key not in table and n == 1:  # "Ghouayrane": the name spelt alike (Ghuwayran)
                    from indexer.fulltext.name_phrases import alike_key
                    from indexer.fulltext.skeletons import skeleton_key

                    key = alike_key(name) or skeleton_key(name) or key
                if not key or key not in table:
                    continue
                canonical, entity = table[key][0]
                whole = name_key(text[min(span[0].start(), unit.start()):max(span[-1].end(), unit.end())])
                if whole in table and table[whole][0][1] != entity:
                    continue  # "Raqqa province", "Kurdistan Region": another entity's own name
                others: dict = {}
                for own in dict.fromkeys(other for _, other in table[key]):  # every spelling's (Rakka: Raqqa province)
                    for other, held in _table_others(table).get(own, {}).items():
                        if other != entity:
                            kinds_, names = others.setdefault(other, (set(), []))
                            kinds_.update(held[0])
                            names += [name for name in held[1] if name not in names]
                if not one_sense(canonical, kinds, {other: held[0] for other, held in others.items()}):
                    continue
                start, end = (span[0].start(), unit.end()) if before else (unit.start(), span[-1].end())
                # the name, less the reports that write it in a secondary sense's own name ("Raqqa province")
                longer = [f'"{spelling}"' for _, spellings in others.values() for spelling in spellings]
                bare = f"({name} ANDNOT ({' OR '.join(longer)}))" if longer else name
                return text[:start] + bare + without_own_kind(text[end:], table)
    return text
