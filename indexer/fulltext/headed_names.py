"""A name the gazetteer writes in Arabic only after its head noun, typed bare, in either script (issue #17).

Arabic puts a place's kind before its name (سجن الصناعة, the Sina'a prison; حقل العمر, the Omar field;
مدينة القائم, the town of al-Qaim). Where the bare word is also a common word (الصناعة "industry", العمر
"age", القائم "standing") the gazetteer lists it only inside the headed spelling, so that a Latin search
does not find every Arabic report using the word. Two searches were left without their other script:

- the bare Arabic word typed alone (الصناعة, العمر, القائم): the user names the place, as the gazetteer
  writes it after its head; searched as typed (every Arabic report with the word, as before) OR every
  spelling of the entity (:func:`arabic_headed_key`). One way only: the entity's own searches never add
  the bare word.
- a Latin name typed bare that the gazetteer writes only with a generic word after it ("al-Omar" of
  "al-Omar oil field", where "al-Omar base" is another entity's, so no bare spelling is made): searched
  as typed OR the Arabic headed spellings of the entities it names (حقل العمر), which are the place and
  nothing else (:func:`latin_headed_names`).

The pairing is by rule, not by a list: the head noun is an Arabic word of the qualifier table (a kind's
words in every language, ``qualifier_table.MEANINGS``: سجن, حقل, مخيم, مدينة, معبر, سد, نهر ...), and the
word after it is the entity's name only where its consonant skeleton (``skeletons.skeleton``, a
transliteration key for both scripts) is the skeleton of one of the entity's Latin spellings less its
generic words (الصناعة "sn" = Sina'a; not القرية الخضراء "Kdr" against "Green Village").
"""

from __future__ import annotations

import re
from typing import Optional

from indexer.names import fold_word, is_arabic

MIN_CONSONANTS = 2  # one consonant says too little, even inside one entity's spellings


def _heads() -> frozenset:
    """The Arabic-script head nouns of places: each kind's words of the qualifier table, folded."""
    from indexer.fulltext.qualifier_table import MEANINGS

    return frozenset(fold_word(word) for words in MEANINGS.values() for word in words
                     if is_arabic(word) and " " not in word)


def _latin_bones(group: list) -> dict:
    """``{skeleton: whether a spelling with it has no generic word}`` of an entity's Latin spellings
    less their generic words ("al-Omar oil field": ("mr",), False; "al-Qaim": ("km",), True)."""
    from indexer.fulltext.bare_names import generic_words
    from indexer.fulltext.skeletons import skeleton

    bones: dict = {}
    for name, _ in group:
        if is_arabic(name) or not re.fullmatch(r"[^\W\d_]+(?:['’\-\s]+[^\W\d_]+)*", name):
            continue
        generic = generic_words(name)
        words = [word for word in name.split() if not (word.islower() and word in generic)]
        bone = skeleton(" ".join(words))
        if bone and len("".join(bone)) >= MIN_CONSONANTS:
            bones[bone] = bones.get(bone, False) or not generic
    return bones


def _headed(table) -> tuple:
    """The two tables below for the alias table ``table``, made again when the table is."""
    if _made.get("table") is not table:
        _made.update(table=table, headed=_headed_of(table))
    return _made["headed"]


_made: dict = {}


def _headed_of(table) -> tuple:
    """``({Arabic bare key: {entity: (key, whole)}}, {Latin bare key: {entity: [headed Arabic names]}})``
    of the alias table (see the module's docstring). ``whole``: the entity has a Latin spelling with the
    skeleton and no generic word (the place named so itself, not a site named after it)."""
    from indexer.fulltext.alias_keys import name_key
    from indexer.fulltext.bare_names import generic_words
    from indexer.fulltext.skeletons import skeleton

    from indexer.fulltext.language import english_words

    english = english_words()
    heads = _heads()
    arabic: dict = {}
    latin: dict = {}
    seen = set()
    for key, group in table.items():
        entity = group[0][1]
        if entity in seen:
            continue
        seen.add(entity)
        headed = []
        for name, own in group:
            words = name.split()
            if not is_arabic(name) or len(words) < 2 or fold_word(words[0]) not in heads:
                continue
            bare = words[1]
            bone = skeleton(bare)
            if len(bone) == 1 and len(bone[0]) >= MIN_CONSONANTS:
                headed.append((name, own, bare, bone))
        if not headed:
            continue
        bones = _latin_bones(group)
        for name, own, bare, bone in headed:
            if bone not in bones:
                continue
            bare_key = name_key(bare)
            if bare_key and bare_key not in table:
                arabic.setdefault(bare_key, {})[entity] = (own, bones[bone])
            for latin_name, _ in group:
                parts = latin_name.split()
                if is_arabic(latin_name) or not generic_words(latin_name) or not parts[-1].islower():
                    continue  # only a name with its generic words after it ("al-Omar oil field", not "kampa Holê")
                while parts and parts[-1].islower() and parts[-1] in generic_words(latin_name):
                    parts.pop()
                rest = " ".join(parts)
                if not rest or any(word.lower() in english for word in rest.split()):
                    continue  # "Bath" of the Ba'ath dam's "Bath dam"
                if skeleton(rest) == bone and name_key(rest) and name_key(rest) not in table:
                    names = latin.setdefault(name_key(rest), {}).setdefault(entity, [])
                    if name not in names:
                        names.append(name)
    return arabic, latin


def arabic_headed_key(words: str, table) -> Optional[tuple]:
    """The alias key of the one entity whose Arabic spelling writes ``words`` (one Arabic word, as typed)
    after its head noun, where no spelling is the word alone (العمر: the al-Omar oil field, from حقل
    العمر); among several, the one named so itself (القائم: the town of مدينة القائم, not the crossing of
    معبر القائم named after it); None otherwise."""
    from indexer.fulltext.alias_keys import alias_table, name_key

    if len(words.split()) != 1 or not is_arabic(words):
        return None
    full = alias_table()
    found = _headed(full)[0].get(name_key(words))
    if not found:
        return None
    if len(found) > 1:
        found = {entity: value for entity, value in found.items() if value[1]}
    if len(found) != 1:
        return None
    (key, _), = found.values()
    return key if key in table else None


def latin_headed_names(words: str, table) -> list:
    """The Arabic headed spellings (حقل العمر) of the entities whose Latin spelling is ``words`` (a Latin
    name typed bare, one to three words, in no spelling alone) and then generic words ("al-Omar oil
    field"), where the Arabic name after the head has the same skeleton; [] otherwise. Then the entity's
    other Latin spellings that write the name (its skeleton) with more words ("Suwaydiyah": "Sweidiyeh
    field", "Sweidiyeh gas plant"): the name in another transliteration, never alone."""
    from indexer.fulltext.alias_keys import alias_table, name_key

    if is_arabic(words) or not words[:1].isupper() and not words.lower().startswith(("al-", "el-", "al ", "el ")):
        return []
    from indexer.fulltext.language import english_words

    if any(word.lower() in english_words() for word in re.split(r"[\s\-]+", words)):
        return []  # "Bath" typed is the English word, not the Ba'ath dam
    full = alias_table()
    found = _headed(full)[1].get(name_key(words), {})
    out = [name for names in found.values() for name in names if name_key(name) in table]
    from indexer.fulltext.skeletons import skeleton

    bone = skeleton(words)
    for entity in found:  # its Latin spellings that write the name, each with its generic words ("Sweidiyeh field")
        for name, _ in full.get(entity, ()):
            bones = skeleton(name)
            if (not is_arabic(name) and name not in out and name_key(name) in table and len(bones) > len(bone)
                    and any(bones[i:i + len(bone)] == bone for i in range(len(bones) - len(bone) + 1))):
                out.append(name)
    return out
