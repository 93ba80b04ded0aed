"""A site typed by its whole name whose first words are the town it is named after (issue #17): "Tabqa
Dam" is the dam, an entity of the gazetteer with its own spellings ("Tabka dam", "Sadd al-Furat", "Tabka
barajı"); "Tabqa" is the town, and the town's line of senses says the dam is one of its secondary senses
(archive/data/name_senses.txt: ``Tabqa | town | -dam``). A report in another language writes the dam as
the town's name beside its own word for a dam ("le barrage de Tabqa", "la presa de Tabqa", "la diga di
Tabqa"), which the dam's spellings do not list, so the whole name searched as the dam's spellings alone
misses it. The search is then also the town's name, in each spelling the index holds, right beside the
site's word in every language of the press (the qualifier table's words, with their case forms), before
or after it, or after it with the word for "of" ("barrage de Tabqa", "Tabqa barajı", "the dam at Tabqa":
the index keeps no English stop words). Beside, not anywhere in the report: "the al-Baath Dam downstream
of Tabqa" is another dam.

Only where the name's senses say so: the first words name another entity of the gazetteer, a settlement
(its primary sense a town, city or village: a dam "on the Euphrates" is any dam on the river), and that
entity's senses list the typed word's kind as a sense of its own. The rule reads the gazetteer, the
senses' data and the qualifier table; no name is written here."""

from __future__ import annotations

from typing import Optional


SETTLEMENT = frozenset(("town", "city", "village"))
# the word for "of" between a site's word and its town's name ("barrage de Tabqa", "diga di Tabqa")
_OF = ("de", "du", "des", "d", "di", "del", "della", "dello", "do", "da", "van", "von", "ya", "a")
MAX_PHRASES = 200  # more held phrases than this: the site's spellings alone


def _kind_end(words: list) -> Optional[tuple]:
    """``(the words before, kinds)`` where ``words`` end with a kind's word or phrase of the qualifier
    table ("oil field", "Dam"), the longest first, or None."""
    single, phrases, _ = _members()
    for n in (3, 2):
        kinds = phrases.get(tuple(word.lower() for word in words[-n:])) if len(words) > n else None
        if kinds:
            return words[:-n], kinds
    kinds = single.get(words[-1].lower()) if len(words) > 1 and words[-1].isalpha() else None
    return (words[:-1], kinds) if kinds else None


def _members():
    from indexer.fulltext.qualifier_meanings import _members as members

    return members()


def site_parts(spelling: str, key: tuple, table) -> Optional[tuple]:
    """``(base spellings, the word's kinds, whether the base is another entity)`` for a spelling that is
    an entity's name made of a name and a kind word of the entity's own sense: the town it is named
    after, an entity whose senses hold the kind ("Tabqa Dam": the town's spellings), or else its own
    name without the word where no spelling of the entity writes that name bare ("al-Omar oil field":
    al-Omar, a person's name too, searched only beside the field's word); None otherwise."""
    from indexer.fulltext.alias_keys import name_key
    from indexer.name_senses import SENSES
    from indexer.names import is_arabic

    words = spelling.split()
    group = table.get(key) if hasattr(table, "get") else None
    if len(words) < 2 or not group:
        return None
    ended = _kind_end(words)
    if not ended:
        return None
    rest, kinds = ended
    own_primary, _ = SENSES.get(group[0][0], ((), ()))
    if own_primary and not any(set(kinds) & set(sense) for sense in own_primary):
        return None  # the typed word is not the site's own kind
    base = " ".join(rest)
    base_key = name_key(base)
    if base_key and base_key != key and base_key in table and table[base_key][0][0] != group[0][0]:
        base_group = table[base_key]
        primary, secondary = SENSES.get(base_group[0][0], ((), ()))
        if not any(set(sense) & SETTLEMENT for sense in primary):
            return None  # a river's, a region's name beside the word: any such site on it
        if not any(set(kinds) & set(sense) for sense in secondary):
            return None  # the base entity has no such site among its senses
        return list(dict.fromkeys([base] + [name for name, _ in base_group])), kinds, True
    if base_key in table and table[base_key][0][0] != group[0][0]:
        return None
    bare = {name_key(name) for name, _ in group if not _kind_end(name.split())}
    own = []
    for name, _ in group:
        parts = name.split()
        ended = None if is_arabic(name) else _kind_end(parts)
        if ended and set(ended[1]) & set(kinds):
            rest_name = " ".join(ended[0])
            if name_key(rest_name) and name_key(rest_name) not in bare:
                own.append(rest_name)
    own = list(dict.fromkeys(own))
    return (own, kinds, False) if own else None


def with_site_parts(group_text: str, names: list, spelling: str, key: tuple, table) -> tuple:
    """``(text, names)``: ``group_text`` (the site's spellings) OR its town's spellings beside the site's
    word in any language, where :func:`site_parts` finds them and the index holds such a phrase; else as
    given. ``table``: the alias table as the index sees it (name_phrases.HeldTable: its ``holds`` and
    ``phrase_held``, set by aliases.expand_aliases), or the whole table (every phrase made)."""
    parts = site_parts(spelling, key, table)
    if parts is None or (parts[2] and " AND " in group_text):  # "Raqqa province": the town's names AND the word
        return group_text, names
    from indexer.fulltext.alias_keys import name_key
    from indexer.fulltext.qualifier_meanings import _with_cases
    from indexer.fulltext.qualifier_table import MEANINGS
    from indexer.names import is_arabic

    base, kinds, _ = parts
    holds = getattr(table, "holds", None)
    phrase_held = getattr(table, "phrase_held", None)
    words = list(dict.fromkeys(word for kind in kinds for word in _with_cases(MEANINGS.get(kind, ()))))
    phrases = []
    for name in base:
        for word in words:
            if is_arabic(word) != is_arabic(name) or (holds is not None and not holds(name_key(word) + name_key(name))):
                continue
            made = [f"{name} {word}", f"{word} {name}"] + ([] if is_arabic(word) else [f"{word} {of} {name}" for of in _OF])
            phrases += [phrase for phrase in made if phrase_held is None or phrase_held(phrase)]
    if not phrases or len(phrases) > MAX_PHRASES:
        return group_text, names
    # ^1 (the same weight): the sound-alike pass leaves the phrases alone, as the qualifier's words
    text = "(" + group_text + " OR " + " OR ".join(f'"{phrase}"^1' for phrase in dict.fromkeys(phrases)) + ")"
    return text, names + [name for name in base if name not in names and any(name in phrase for phrase in phrases)]
