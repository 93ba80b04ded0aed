"""Names compared by their consonants, across scripts (issue #17): a transliteration key for Arabic
and Latin spellings alike, so a name the gazetteer spells otherwise is still read as its entity.

A word's skeleton is its consonants in classes that transliteration keeps apart, written the same
for both scripts: ب/b/p, ت ط ث/t/th, ج/j, ح ه/h, خ/kh, د ض ذ/d/dh, ر/r, ز ظ/z, س ص/s, ش/sh/ch,
ع (none), غ ق ك/gh/q/k/g/c, ف/f/v, ل/l, م/m, ن/n; vowels, the long vowels ا و ي inside a word,
hamza, a final ة (ه) or -h and doubled letters do not count, and ن before ب is م (Manbij =
Mambij = منبج). So قرة قوزاق, "Qarah Qawzak" and "Kara Kozak" are one skeleton, and so are
الديموقراطية and الديمقراطية.

:func:`skeleton_key` reads a query's name of one to three words as the alias key of the one
entity whose spelling (in either script) has its skeleton; words that are English words or known
names, one Latin word (the sound-alike fallback's), and skeletons of fewer than MIN_CONSONANTS
consonants are left alone.
"""

from __future__ import annotations

import functools
import re

from indexer.names import ARABIC_ARTICLES, LEADING_ARTICLES, fold_arabic, is_arabic, strip_accents

MIN_CONSONANTS = 4  # a skeleton shorter than this (one word: سوريا, "sr") says too little
_ARABIC = str.maketrans({
    "ب": "b", "پ": "b", "ت": "t", "ث": "t", "ط": "t", "ج": "j", "ح": "h", "خ": "K", "د": "d", "ذ": "d",
    "ض": "d", "ر": "r", "ز": "z", "ظ": "z", "س": "s", "ص": "s", "ش": "S", "چ": "S", "ع": "", "غ": "k",
    "ق": "k", "ك": "k", "گ": "k", "ف": "f", "ڤ": "f", "ل": "l", "م": "m", "ن": "n", "ه": "h",
    "ا": "", "ء": "", "ئ": "", "ؤ": "", "ى": "",
})
_DIGRAPHS = (("sh", "S"), ("ch", "S"), ("kh", "K"), ("gh", "k"), ("th", "t"), ("dh", "d"), ("ph", "f"), ("dj", "j"))
_LATIN = str.maketrans({"p": "b", "q": "k", "c": "k", "g": "k", "v": "f", "x": "K"})
_DOUBLED = re.compile(r"(.)\1+")


@functools.lru_cache(maxsize=200_000)  # asked of every rare archive word a name's sound-alike key meets
def word_skeleton(word: str) -> str:
    """One word's consonant skeleton (see the module's docstring); "" for an article."""
    if is_arabic(word):
        word = fold_arabic(word)
        head, rest = word[:1], word[1:]
        if rest.endswith("ه"):
            rest = rest[:-1]  # ة: Busayra, البصيرة
        rest = rest.replace("و", "").replace("ي", "")  # long vowels inside a word
        letters = (head.replace("و", "w").replace("ي", "y") + rest).translate(_ARABIC)
    else:
        word = strip_accents(word).lower().replace("'", "").replace("’", "")
        if word in LEADING_ARTICLES:
            return ""
        word = re.sub(r"^(?:" + "|".join(sorted(ARABIC_ARTICLES)) + r")-", "", word)
        for digraph, sound in _DIGRAPHS:
            word = word.replace(digraph, sound)
        word = re.sub(r"(?<=[aeiou])h$", "", word)
        head, rest = word[:1], word[1:]
        letters = (head if head not in "aeiou" else "") + re.sub(r"[aeiouwy]", "", rest)
        letters = re.sub(r"[^a-zA-Z]", "", letters.translate(_LATIN))
    return _DOUBLED.sub(r"\1", letters.replace("nb", "mb"))


def skeleton(text: str) -> tuple:
    """A name's words' skeletons, articles left out."""
    return tuple(s for s in (word_skeleton(word) for word in re.split(r"[\s\-]+", text.strip()) if word) if s)


def _skeletons() -> dict:
    """``{skeleton: {(alias key, entity)}}`` of every spelling of the alias table (made again when
    the table is: language.provide clears it)."""
    from indexer.fulltext.aliases import alias_table

    table = alias_table()
    if _made.get("table") is not table:
        _made.update(table=table, skeletons=_skeletons_of(table))
    return _made["skeletons"]


_made: dict = {}


def _skeletons_of(table: dict) -> dict:
    found: dict = {}
    for key, group in table.items():
        entity = group[0][1]
        for name, other in group:
            if other == key and re.fullmatch(r"[^\W\d_]+(?:['’\-\s]+[^\W\d_]+)*", name):
                found.setdefault(skeleton(name), set()).add((key, entity))
    return found


def skeleton_key(words: str):
    """The alias key of the one entity a name of one to three words (not in the alias table) is
    spelt like by its skeleton, in either script, or None."""
    from indexer.fulltext.aliases import alias_table, name_key
    from indexer.fulltext.language import english_words

    parts = [part for part in re.split(r"[\s\-]+", words.strip()) if part]
    if not 1 <= len(parts) <= 3 or not all(re.fullmatch(r"[^\W\d_]+(?:['’][^\W\d_]+)?", part) for part in parts):
        return None
    if not is_arabic(words):
        if len([part for part in parts if part.lower() not in LEADING_ARTICLES]) < 2:
            return None  # one Latin word is the sound-alike fallback's (Qamichli: "sounds like" Qamishli)
        common = english_words()
        if any(part.lower() in common for part in parts if part.lower() not in LEADING_ARTICLES):
            return None
        if len(parts) > 1 and any(name_key(part) in alias_table() for part in parts):
            return None  # a known name and another word
    bones = skeleton(words)
    if len(bones) != len([p for p in parts if p.lower() not in LEADING_ARTICLES]) or len("".join(bones)) < MIN_CONSONANTS:
        return None
    if len(bones) == 1 and len(bones[0]) < MIN_CONSONANTS:
        return None
    matches = _skeletons().get(bones, set())
    entities = {entity for _, entity in matches}
    return min(key for key, _ in matches) if len(entities) == 1 else None
