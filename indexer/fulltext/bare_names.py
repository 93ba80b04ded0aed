"""The bare names a gazetteer spelling makes without its trailing generic words ("al-Jadaa camp":
al-Jadaa), the generic words of a Latin spelling, and the place words they end with: read by the alias
table (``alias_keys.alias_table``) and the generic words' rules (``generic_words.py``, which re-exports
them)."""

from __future__ import annotations

import re

from indexer.fulltext.analysis import ARABIC_ARTICLES, query_stop_words

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
