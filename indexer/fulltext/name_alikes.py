"""Spellings alike a known name (issue #17): the gazetteer's one-word names a rare query word is spelt
like (by sound-alike key, consonant skeleton or another orthography's reading), the archive's unknown
spellings of a known name, and the archive's words alike a word of a name of several words. The
sound-alike fallback (sound_alikes.py) asks these; the names are the alias table's."""

from __future__ import annotations

import functools
import re

from indexer.fulltext.aliases import alias_table, name_key
from indexer.fulltext.name_phrases import _ARTICLES, _alike_names, _arabic, _sounds


def gazetteer_alikes(form: str) -> list:
    """The alias table's one-word Latin names with the sound-alike key of ``form`` (a rare query
    word, analysed) one edit from it, their entity's first: the sound-alike fallback's names when
    the archive holds some other spelling only (Gweiran: Guweiran of Ghuwayran)."""
    from indexer.fulltext.sound_alikes import edit_distance, phonetic_key

    found = [letters for letters, _, _, _ in _alike_names().get(_sounds([form]), ())
             if letters != form and edit_distance(form, letters) <= 1]
    # a vowel left out (Malkiyeh: Malikiyeh), ذ written z (Ziban: Dhiban): the sound-alike key
    # changes, not the consonants; one edit between the letters as the skeleton reads them, two
    # from LONG_ALIKE letters
    # a name the gazetteer writes in another orthography (Akçakale, Akcakale: Akchakale)
    for reading, letters in _reading_names().get(phonetic_key(form), ()):
        if letters != form and letters not in found and edit_distance(form, reading) <= 1:
            found.append(letters)
    bones = _bones(form)
    if len(bones) >= 3:
        folded = _folded(form)
        reach = 1 + (len(form) >= LONG_ALIKE)
        found += [letters for letters, bare in _skeleton_names().get(bones, ())
                  if letters != form and letters not in found
                  and min(edit_distance(spelt, _folded(bare)) for spelt in _first_vowel_restored(folded)) <= reach]
    return found


def _first_vowel_restored(folded: str) -> tuple:
    """``folded`` and, when it opens with two consonants, each form with a short vowel put back between
    them: Levantine speech drops the first syllable's short vowel and spellings follow it (Bsayra:
    Busayra, Tweina: Tuwaina, Rmelan: Rumeilan, Sluk: Suluk), which costs no edit of its own."""
    if len(folded) < 4 or not (folded[0] not in _OPEN_VOWELS and folded[1] not in _OPEN_VOWELS + "hwy"):
        return (folded,)
    return (folded,) + tuple(folded[0] + vowel + folded[1:] for vowel in "aiu")


_OPEN_VOWELS = "aeiou"


LONG_ALIKE = 7


def _bones(word: str) -> str:
    from indexer.fulltext.skeletons import word_skeleton

    return word_skeleton(word).replace("z", "d")  # ذ: dh, th, z or d


def _folded(word: str) -> str:
    from indexer.fulltext.skeletons import _DIGRAPHS

    word = word.lower()
    for digraph, sound in _DIGRAPHS:
        word = word.replace(digraph, sound)
    return word.replace("z", "d")


@functools.lru_cache(maxsize=None)
def _reading_names() -> dict:
    """``{sound-alike key: [(reading, the name in lower case), ...]}`` of the alias table's one-word
    Latin names read in the other orthographies (orthographies.readings)."""
    from indexer.fulltext.orthographies import readings
    from indexer.fulltext.sound_alikes import phonetic_key

    found: dict = {}
    for key, group in alias_table().items():
        for name, other in group:
            if other == key and name.isalpha() and not _arabic(name):
                for reading in readings(name):
                    found.setdefault(phonetic_key(reading), []).append((reading, name.lower()))
    return found


@functools.lru_cache(maxsize=None)
def _skeleton_names() -> dict:
    """``{consonant skeleton (z as d): [(letters, the name's word without its article), ...]}`` of
    the alias table's Latin names of one word."""
    found: dict = {}
    for names in _alike_names().values():
        for letters, _, _, words in names:
            if len(words) == 1 and (letters, words[0]) not in found.get(_bones(words[0]), []):
                found.setdefault(_bones(words[0]), []).append((letters, words[0]))
    return found


NAME_ALIKE_LETTERS = 6  # a known name's spelling this long also finds the archive's unknown spellings one edit away
WORD_ALIKE_LETTERS = 4  # a word of a known name of several words this long gets its archive alikes (as the
# vocabulary keys words of PHONETIC_MIN_LETTERS or more: shorter ones have no sound-alike key)
SHORT_ALIKE_LETTERS = 5  # ... and from this long, those in few articles that are no English word (Tabka, Hejin)


def archive_alikes(group: list, lookup, table) -> list:
    """The archive's words one edit from a one-word Latin spelling of the group (of NAME_ALIKE_LETTERS
    or more; of SHORT_ALIKE_LETTERS, words in fewer than PHONETIC_BELOW articles and no English word)
    with its sound-alike key, that are no known name: Semelka of Semalka, Gweiran of Guweiran, Tebqa
    of Tabqa (an acronym, AANES, has none); most articles first. ``lookup(key)``: ``[(word, articles)]`` (see sound_alikes.sound_alikes)."""
    from indexer.fulltext.analysis import _DIGIT
    from indexer.fulltext.sound_alikes import phonetic_key, within_edits

    from indexer.fulltext.orthographies import foreign_keys, read_alike, read_exactly, readings
    from indexer.fulltext.sound_alikes import PHONETIC_BELOW, _dialect_keys

    from indexer.fulltext.language import english_words

    # not an acronym: its letters are initials, and a word one edit from them another word ("Annes" of AANES)
    # a name written with its article joined (al-Malikiyah) is compared without it, as the archive's
    # words are keyed (Malikiye, a Turkish text's)
    from indexer.fulltext.sound_alikes import _ARTICLE_JOINED

    bare = [name.split("-", 1)[1] if _ARTICLE_JOINED.fullmatch(name) else name for name, _ in group]
    spellings = {name.lower() for name in bare if name.isalpha() and len(name) >= SHORT_ALIKE_LETTERS
                 and not name.isupper()}
    common = english_words()
    found: dict = {}
    for spelling in spellings:
        short = len(spelling) < NAME_ALIKE_LETTERS
        own, qaf = phonetic_key(spelling), _qaf(spelling)
        for key in _dialect_keys(own):  # Baggara: Baqqara, qaf read as g
            for other, articles in lookup(key):
                if short and (articles >= PHONETIC_BELOW or other in common or len(other) < SHORT_ALIKE_LETTERS):
                    continue
                if (articles and not _DIGIT.search(other) and name_key(other) not in table and other not in spellings
                        and (within_edits(qaf, _qaf(other), int(key == own))
                             or (articles < PHONETIC_BELOW and (_same_consonants(spelling, other)
                                                                or _read_alike(spelling, other)))
                             or (key == own and other not in common and read_alike(spelling, other)))):
                    found[other] = articles
        for key in foreign_keys(own, spelling) if not short else ():  # Cerablus, Mambidsch, Guveyran
            for other, articles in lookup(key):
                if (articles and not _DIGIT.search(other) and name_key(other) not in table and other not in spellings
                        and (read_alike(spelling, other)
                             or (read_exactly(spelling, other) and not _another_entity(other, group, table)))):
                    found[other] = articles
            # German writes a name's genitive with a bare -s ("Manbidschs Märkte", "in Raqqas Altstadt"):
            # the name's German spelling with it, read without it
            for other, articles in lookup(key + "s") if key.endswith("S") else ():
                if (articles and other.endswith("s") and not _DIGIT.search(other) and name_key(other) not in table
                        and other not in spellings and other not in common and read_alike(spelling, other[:-1])):
                    found[other] = articles
        for reading in readings(spelling) if not short else ():  # Akcakale, a Turkish name: "Akchakale"
            for other, articles in lookup(phonetic_key(reading)):
                if (articles and not _DIGIT.search(other) and name_key(other) not in table and other not in spellings
                        and other not in common and within_edits(reading, other, 1)):
                    found[other] = articles
    return sorted(found, key=lambda other: (-found[other], other))


def _another_entity(word: str, group: list, table) -> bool:
    """Whether an archive ``word`` is one edit from a one-word name of an entity outside ``group`` (the
    Spanish reading of "Jabur" is the Khabur, but it is a spelling of the Jabour tribe too)."""
    own = {other for _, other in group}
    for name in gazetteer_alikes(word):
        key = name_key(name)
        if key in table and not any(other in own for _, other in table[key]):
            return True
    return False


def _same_consonants(spelling: str, other: str) -> bool:
    """Whether an archive word with a spelling's sound-alike key also has its consonant skeleton
    (skeletons.word_skeleton, four consonants or more; both of LONG_ALIKE letters or more), is within the sound-alike fallback's edits
    of it once digraphs are read as one letter, and is no English word: the vowels and digraphs of
    another language (French Kamechliye, Qamishli: "kmSl", three edits); not Breton of Britain.
    Asked only of words in fewer articles than the sound-alike fallback's PHONETIC_BELOW: a rare
    spelling, not a common word of another language."""
    from indexer.fulltext.skeletons import word_skeleton

    bones = word_skeleton(spelling)  # the cheap, cached tests first: asked of every archive word of the key
    if len(bones) < 4 or min(len(spelling), len(other)) < LONG_ALIKE or word_skeleton(other) != bones:
        return False
    from indexer.fulltext.language import english_words
    from indexer.fulltext.sound_alikes import phonetic_reach, within_edits

    return (other not in english_words()
            and within_edits(_qaf(_folded(spelling)), _qaf(_folded(other)), phonetic_reach(len(other))))


def _read_alike(spelling: str, other: str) -> bool:
    """Whether a rare archive word with a spelling's sound-alike key is the spelling written in French
    letters (ou for u or w: orthographies.reading), once both write doubled letters single and -ah/-eh
    as -a, and is no English word: Yaroubiyeh of Yarubiyah, Boussayra of Busayrah (two edits as
    written); not Sousse of Susa (an e for an a)."""
    if "ou" not in other:
        return False
    from indexer.fulltext.language import english_words
    from indexer.fulltext.orthographies import reading
    from indexer.names import normalise_name

    if other in english_words():
        return False
    target = normalise_name(spelling)
    return any(normalise_name(read) == target for read in (other.replace("ou", "u"), reading(other, "french")))


def _qaf(word: str) -> str:
    return word.replace("q", "k").replace("g", "k") if "q" in word or "g" in word else word


def word_alikes(word: str, lookup, count=None) -> list:
    """For a word of a known name of several words (Abyad of "Tal Abyad"): the archive's words one
    edit from it with its sound-alike key that are no known name nor English word (Abiad, so "Tal
    Abiad" and "Tell Abiad" are searched; Dair of "Deir ez-Zor", only inside the name's phrase);
    words shorter than WORD_ALIKE_LETTERS are left alone."""
    from indexer.fulltext.analysis import _DIGIT
    from indexer.fulltext.language import english_words
    from indexer.fulltext.sound_alikes import edit_distance, phonetic_key

    form = word.lower()
    if count is not None and len(form) == WORD_ALIKE_LETTERS - 1 and form.isalpha() and form not in _ARTICLES:
        return _short_word_alikes(word, count)
    if len(form) < WORD_ALIKE_LETTERS or not form.isalpha() or form in _ARTICLES:
        return []
    table, common = alias_table(), english_words()
    from indexer.fulltext.skeletons import word_skeleton

    # one edit, or two when only vowels differ (same skeleton: Qozak, Qawzak; from NAME_ALIKE_LETTERS - 1)
    vowels = len(form) >= NAME_ALIKE_LETTERS - 1
    found = sorted((-articles, other) for other, articles in lookup(phonetic_key(form))
                   if articles and other != form and not _DIGIT.search(other) and other not in common
                   and name_key(other) not in table and len(other) >= WORD_ALIKE_LETTERS
                   and edit_distance(form, other) <= 1 + (vowels and word_skeleton(other) == word_skeleton(form)))
    return [_cased(other, word) for _, other in found]


def _cased(word: str, model: str) -> str:
    return word.capitalize() if model[:1].isupper() else word


_VOWELS = re.compile(r"[aeiouy]+")
_VOWEL_SPELLINGS = ("a", "e", "i", "o", "u", "ai", "ay", "ei", "ey", "ou", "oo", "ee", "aa")


def _short_word_alikes(word: str, count) -> list:
    """For a word of three letters of a known name of several words (Ain of "Ras al-Ain", Zor of
    "Deir ez-Zor"), which has no sound-alike key in the vocabulary: its one vowel written as
    transliterations write it (Ein, Ayn; Zur, Zour) where the archive holds that word and it is no
    English or stop word; searched only inside the name's phrase."""
    from indexer.fulltext.analysis import query_stop_words
    from indexer.fulltext.language import english_words

    form = word.lower()
    vowels = list(_VOWELS.finditer(form))
    if len(vowels) != 1:
        return []
    common, stop = english_words(), query_stop_words()
    match = vowels[0]
    found = []
    for vowel in _VOWEL_SPELLINGS:
        other = form[:match.start()] + vowel + form[match.end():]
        if other != form and other not in common and other not in stop and other not in found and count(other) > 0:
            found.append(other)
    return [_cased(other, word) for other in found]