"""Sound-alike spellings: the lower-weighted phonetic fallback for rare query words the alias table does
not know, the phonetic key it groups words by, and the edit distance both it and the alias table use."""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Callable, Optional

from indexer.fulltext.aliases import _OPERATORS, _QUOTED, _UNIT, alias_table, name_key
from indexer.fulltext.analysis import _DIGIT, _words_analyzer_cached, query_stop_words


# -- sound-alike spellings: the lower-weighted phonetic fallback ------------------------------
# A plain query word that few articles hold and the alias table does not know is also searched as
# the archive's words that sound like it (same phonetic_key, close in spelling), at a lower weight.
PHONETIC = True  # search()'s default; expand=False (the exact search) turns it off too
PHONETIC_BELOW = 3  # a word in fewer articles than this gets sound-alikes
PHONETIC_MIN_LETTERS = 4  # shorter words (and sound-alikes) are left alone: their keys collide too much
PHONETIC_MAX = 4  # sound-alike words added per query word, most articles first
PHONETIC_MAX_WORDS = 8  # query words given sound-alikes at most
PHONETIC_BOOST = 0.3
PHONETIC_SCAN = 2000  # vocabulary rows of one key read at most
PHONETIC_EDITS = 0.4  # a sound-alike is at most max(2, this x its length) edits away (see bench/README.md)
PHONETIC_SHORT = 5  # ... and one edit for words this long or shorter

_PHONETIC_SOFT_C = re.compile(r"c(?=[eiy])")
_PHONETIC_DIGRAPHS = (("sch", "S"), ("sh", "S"), ("ch", "S"), ("gh", "g"), ("kh", "k"), ("ph", "f"), ("dh", "d"),
                      ("th", "t"), ("dj", "j"), ("ck", "k"))
_PHONETIC_FINAL_H = re.compile(r"(?<=[aeiouy])h$")
_PHONETIC_DOUBLED = re.compile(r"([^aeiouwy])\1+")
_PHONETIC_VOWELS = re.compile(r"[aeiouwy]+")
_NOT_LATIN = re.compile(r"[^a-z]")


def phonetic_key(word: str) -> str:
    """A key equal for spellings of one transliterated Arabic (or Kurdish) name: Ghuwayran,
    Ghwayran, Guweiran and Ghwairan are all ``garan``; Qamishli, Qamichli and Kamishly ``kamaSla``.

    Digraphs as one sound (gh=g, kh=k=q=c, sh=ch, ph=f, dh=d, th=t, dj=j), nb as mb, a soft c as s, a final
    -ah/-eh as -a, doubled consonants single, and every run of vowels (with w and y inside a word:
    Hawl = Hol = Houl) as one ``a``. Double metaphone joins a few more spelling pairs of the gazetteer
    but gives twice as many of its words an English word's key (bench/README.md). ``""`` for a word
    without Latin letters (an Arabic-script word has none: it never gets sound-alikes).
    """
    word = word.lower()
    if not word.isascii():
        word = unicodedata.normalize("NFKD", word)
        word = "".join(char for char in word if not unicodedata.combining(char))
    word = _NOT_LATIN.sub("", word)
    for digraph, sound in _PHONETIC_DIGRAPHS:  # str.replace: an import keys every new word
        if digraph in word:
            word = word.replace(digraph, sound)
    if "c" in word:
        word = _PHONETIC_SOFT_C.sub("s", word).replace("c", "k")
    word = word.replace("q", "k").replace("x", "ks")
    word = _PHONETIC_FINAL_H.sub("", word)
    if "nb" in word:
        word = word.replace("nb", "mb")  # ن before ب is said m: Manbij = Mambij, Minbij
    head = ""
    if word[:1] in ("w", "y") and word[1:2] in ("a", "e", "i", "o", "u"):
        head, word = word[0], word[1:]  # Wadi, Yarubiya: a consonant here
    word = _PHONETIC_DOUBLED.sub(r"\1", word)
    return head + _PHONETIC_VOWELS.sub("a", word)


_ARTICLE_JOINED = re.compile(r"(?i)(?:al|el|as|ad|ez|az|ar|an|at|ash|ed|es|et|er|ul)-[^\W\d_]{3,}")


def _dialect_keys(key: str) -> list:
    """The key, and the key with the other reading of qaf: g for k and k for g (Baggara, Baqqara;
    Garma, Qarma), as the Bedouin and Iraqi pronunciation writes it."""
    keys = [key]
    for a, b in (("g", "k"), ("k", "g")):
        if a in key and key.replace(a, b) not in keys:
            keys.append(key.replace(a, b))
    return keys


def _cased_like(word: str, model: str) -> str:
    return word.upper() if model.isupper() and len(model) > 1 else word.capitalize() if model[:1].isupper() else word


def phonetic_reach(length: int) -> int:
    """Edits a sound-alike of a word of ``length`` letters may be from it: 1 up to PHONETIC_SHORT
    letters (beeks/books, chore/share are two), else max(2, PHONETIC_EDITS x length)."""
    return 1 if length <= PHONETIC_SHORT else max(2, int(PHONETIC_EDITS * length))


def sound_alikes(word: str, count: Callable, lookup: Callable, found_by: Optional[Callable] = None) -> list:
    """The archive's words that sound like ``word`` (a query word, as typed), most articles first,
    with the gazetteer's spellings of any known name among them; ``[]`` when ``word`` is short,
    a stop word, a known name, or finds PHONETIC_BELOW articles or more.

    A word that finds nothing gets any sound-alike; one that finds a few articles only the spellings
    of a gazetteer name (Ghwairan, in one article: Ghuwayran and its spellings), as an English word
    found rarely (chef, facey) would otherwise bring in hundreds of articles of a common one (chief,
    face); its "did you mean" still offers those.

    ``count(word)``: articles holding a vocabulary word; ``lookup(key)``: ``[(word, articles)]`` of
    the vocabulary words with that phonetic key (at most PHONETIC_SCAN); ``found_by(term)``:
    articles an indexed term is in (the word as searched, stemmed: "felled" finds every "fell"),
    else ``count`` of the word decides whether it is rare."""
    from indexer.fulltext.name_alikes import archive_alikes

    forms = [token.text for token in _words_analyzer_cached()(word)]
    own_key = name_key(word)
    table = alias_table()
    if len(forms) == 1 and own_key in table:
        # a known name, in either script: the archive's unknown Latin spellings one edit from any of
        # its own (غويران and Ghuwayran both find "Ghweran")
        return [_cased_like(other, word) for other in archive_alikes(table[own_key], lookup, table)][:PHONETIC_MAX]
    named = _ARTICLE_JOINED.fullmatch(word) is not None  # al-Sur: a name, short as it is
    least = PHONETIC_MIN_LETTERS - 1 if named else PHONETIC_MIN_LETTERS
    if len(forms) != 1 or len(forms[0]) < least or _DIGIT.search(forms[0]):
        return []
    form = forms[0]
    if form != form.lower():
        from indexer.cased_names import WORDS

        if form.lower() in WORDS:  # a name kept cased that is an English word ("Derrick"): its
            form = form.lower()    # articles, keys and edits are the word's, as when it was not kept
    form_key = phonetic_key(form)
    if not form_key:  # no Latin letter (an Arabic-script word): the key is for transliterations only
        return []
    stop = query_stop_words()
    if form in stop or not own_key:
        return []
    own = count(form)
    found = found_by(own_key[0]) if found_by is not None and len(own_key) == 1 else own
    if max(own, found) >= PHONETIC_BELOW and not named:
        return []
    names_only = max(own, found) > 0 or len(form) < PHONETIC_MIN_LETTERS
    reach = phonetic_reach(len(form))
    candidates = []
    from indexer.fulltext.name_alikes import gazetteer_alikes
    from indexer.fulltext.orthographies import readings

    # the word as typed, and as English transliteration writes what another orthography wrote
    # (Turkish Cerablus, German Mambidsch: Jarablus, Mambij)
    # (a word with its article joined is read without it: "al-Hole" as Hole, hol)
    bare = word.split("-", 1)[1] if named else word
    for variant in [form] + [r for r in readings(bare) if phonetic_key(r) and not _DIGIT.search(r)]:
        for key in _dialect_keys(phonetic_key(variant)):
            for other, articles in lookup(key):
                if (other == form or articles < own or len(other) < least or other in stop
                        or _DIGIT.search(other) or abs(len(other) - len(variant)) > reach + 1):
                    continue
                known = name_key(other) in table or name_key(other.capitalize()) in table  # sour: Sour (al-Sour)
                # a known name's spelling may be one edit further: vowels written otherwise (Nisibin, Nusaybin)
                if edit_distance(variant, other) <= reach + known and (not names_only or known):
                    candidates.append((-articles, other))
        # a reading that is a known name itself ("Hole" read as hol: al-Hol), and the gazetteer's
        # names one edit from the word (Gweiran: Guweiran, a spelling no article of the archive holds)
        own_name = [variant] if variant != form and name_key(variant) in table else []
        for name in own_name + gazetteer_alikes(variant):
            held = found_by or count  # the name's terms as indexed (stemmed: Akcakale is "akcakal")
            if any(all(held(term) > 0 for term in key) for _, key in table.get(name_key(name), [])):
                candidates.append((0, name))
    from indexer.fulltext.orthographies import exact_readings

    for reading in exact_readings(bare):  # Spanish Jabur, Manbiy: only the known name it writes exactly
        if name_key(reading) in table and any(
                all((found_by or count)(term) > 0 for term in key) for _, key in table.get(name_key(reading), [])):
            candidates.append((0, reading))
    if any(name_key(other) in table for _, other in candidates):
        # a name's sound-alike found: a common English word that sounds alike is no reading of it
        # (Şammar: Shammar, not "summer")
        from indexer.fulltext.language import english_words

        common = english_words()
        candidates = [(rank, other) for rank, other in candidates
                      if name_key(other) in table or other.lower() not in common]
    candidates = _nearest_entity(form, candidates, table)
    model = word.split("-", 1)[1] if named else word  # al-Sur: cased as Sur
    found, keys, words = [], {own_key}, 0
    for _, other in sorted(candidates):
        key = name_key(other)
        key = key if key in table or name_key(other.capitalize()) not in table else name_key(other.capitalize())
        if not key or key in keys:  # the same term as the word or an earlier sound-alike
            continue
        keys.add(key)
        site = None if key in table else _named_site(_cased_like(other, model), key, table)
        if site is not None:  # "Nawroz": the archive's "Newroz", a camp's bare name, searched as typed: the camp
            found += [name for name, other_key in table[site] if other_key not in keys and not keys.add(other_key)]
            words += 1
            if words >= PHONETIC_MAX:
                break
            continue
        found.append(_cased_like(other, model))
        for name, other_key in table.get(key, []):  # a known name: all its spellings
            if other_key not in keys:
                keys.add(other_key)
                found.append(name)
        if key in table:  # ... and the archive's unknown spellings of it (Minbij: Manbij, and "Mambij")
            found += [_cased_like(alike, model) for alike in archive_alikes(table[key], lookup, table)
                      if _cased_like(alike, model) not in found]
        words += 1
        if words >= PHONETIC_MAX:
            break
    return found


def expand_sound_alikes(text: str, count: Callable, lookup: Callable, found_by: Optional[Callable] = None,
                        phrase_held: Optional[Callable] = None):
    """The query with each plain word :func:`sound_alikes` finds sound-alikes for as an OR of the
    word and them, at weight PHONETIC_BOOST, and each quoted phrase holding such a word also as the
    phrase with the word's sound-alikes in its place ("Afreen district": "Afrin district");
    returns ``(text, words added)``. Field queries, wildcards, operators and the alias table's
    spellings are left alone. ``phrase_held(phrase)``: whether the archive holds a phrase; a known
    name's phrase with a word varied by the archive's alikes ("Tail Abyad", "Dear ez-Zor") is searched
    and named only where it is held, so what is named is a spelling of the name."""
    added: list = []
    words = 0
    out, last = [], 0
    for quoted in list(_QUOTED.finditer(text)) + [None]:
        end = quoted.start() if quoted else len(text)
        segment, pieces, at = text[last:end], [], 0
        for unit in _UNIT.finditer(segment):
            word = unit.group(0)
            if words >= PHONETIC_MAX_WORDS or word in _OPERATORS or not (
                    _LETTERS_ONLY.fullmatch(word) or _ARTICLE_JOINED.fullmatch(word)):
                continue
            if segment[unit.end():unit.end() + 1] in ("^", "~") or segment[unit.start() - 1:unit.start()] in ("+", "-"):
                continue
            alikes = sound_alikes(word, count, lookup, found_by)
            if not alikes:
                continue
            words += 1
            group = " OR ".join(f'"{name}"^{PHONETIC_BOOST}' if not _LETTERS_ONLY.fullmatch(name)
                                else f"{name}^{PHONETIC_BOOST}" for name in alikes)
            pieces.append(segment[at:unit.start()] + _without_longer(f"({word} OR {group})", alikes))
            at = unit.end()
            added += [name for name in alikes if name not in added]
        pieces.append(segment[at:])
        out.append("".join(pieces))
        if quoted:
            from indexer.fulltext.name_phrases import phrase_sound_alikes

            found: list = []

            from indexer.fulltext.generic_words import qualifier_words
            from indexer.fulltext.name_alikes import word_alikes
            from indexer.fulltext.name_phrases import _ARTICLES as _NAME_ARTICLES

            generic = qualifier_words()
            # a known name of two words or more besides its articles and generic words ("Ras al-Ain",
            # "Deir ez-Zor"; not "al-Hol camp", whose one name word has its own spellings): each word
            # gets the archive's spellings one edit from it; a generic word ("camp") never does
            known = (name_key(quoted.group(0)[1:-1]) in alias_table()
                     and len([w for w in re.split(r"[\s\-]+", quoted.group(0)[1:-1].lower())
                              if w and w not in _NAME_ARTICLES and w not in generic]) > 1)

            def alikes_of(word):
                nonlocal words
                if word.lower() in generic:
                    return []
                alikes = ((word_alikes(word, lookup, count) if known else sound_alikes(word, count, lookup, found_by))
                          if words < PHONETIC_MAX_WORDS else [])
                words += bool(alikes)
                found.extend(alike for alike in alikes if alike not in found)
                return alikes

            plain = text[quoted.end():quoted.end() + 1] not in ("~", "^")
            others = phrase_sound_alikes(quoted.group(0)[1:-1], alikes_of) if plain else []
            if known and phrase_held is not None and others:
                others = [other for other in others if phrase_held(other)]
                found[:] = [alike for alike in found if any(_holds_word(other, alike) for other in others)]
            out.append("(" + " OR ".join([quoted.group(0)] + [f'"{other}"^{PHONETIC_BOOST}' for other in others]) + ")"
                       if others else quoted.group(0))
            added += [name for name in found if name not in added] if others else []
            last = quoted.end()
    return "".join(out), added


_LETTERS_ONLY = re.compile(r"[^\W\d_]+")


def _named_site(word: str, key: tuple, table):
    """The site a sound-alike names as a word typed alone does (generic_words.named_with_generic: "Newroz",
    the archive's word for "Nawroz", is Newroz camp, not the festival), or None."""
    from indexer.fulltext.generic_words import named_with_generic

    return named_with_generic(word, key, table)


def _nearest_entity(form: str, candidates: list, table) -> list:
    """``candidates`` (``(rank, word)``) less the known names of the entities that are far from the typed
    word beside another candidate: a word sounds like one name ("Bouseira": Busayrah, not Bosra;
    "Suwaidiyah": the archive's Suwaydiyah, not the city Suwayda). An entity goes where its spellings
    among the candidates are all further from the word than another entity's nearest, or more than one
    edit further than the nearest candidate, known or the archive's own; the archive's words stay (names16)."""
    if len(candidates) < 2:
        return candidates
    typed = form.lower()
    nearest = min(edit_distance(typed, other.lower()) for _, other in candidates)
    entities: dict = {}
    for _, other in candidates:
        key = name_key(other)
        if key in table:
            entity = frozenset(k for _, k in table[key]) | {key}
            entities[entity] = min(entities.get(entity, 99), edit_distance(typed, other.lower()))
    if not entities:
        return candidates
    reach = min(min(entities.values()), nearest + 1)
    near = {key for entity, edits in entities.items() if edits <= reach for key in entity}
    far = {key for entity, edits in entities.items() if edits > reach for key in entity} - near
    return [(rank, other) for rank, other in candidates if name_key(other) not in far] if far else candidates


def _without_longer(group: str, alikes: list) -> str:
    """``group`` (a word OR its sound-alikes) without the reports that hold a known name among the
    alikes only inside another entity's longer name, as the name's own spellings are searched
    (inner_names.without_longer: "Meyadin" finds al-Mayadeen, not "Al Mayadeen television"; "Habour"
    finds the Khabur, not the "Habur border gate")."""
    table = alias_table()
    keys = [key for key in (name_key(name) for name in alikes) if key in table]
    if not keys:
        return group
    from indexer.fulltext.inner_names import without_longer

    return without_longer(group, keys)


def _holds_word(phrase: str, word: str) -> bool:
    """Whether ``word`` is one of ``phrase``'s words (after a hyphenated article too: Ayn of "Ras al-Ayn")."""
    return re.search(r"(?<![\w'])" + re.escape(word) + r"(?![\w'])", phrase) is not None


def within_edits(a: str, b: str, edits: int) -> bool:
    """Whether ``a`` and ``b`` are at most ``edits`` apart (:func:`edit_distance`): words whose
    lengths differ by more are never measured (a search compares a name with thousands of the
    archive's words of its sound-alike key; most differ in length)."""
    return abs(len(a) - len(b)) <= edits and (a == b or (edits > 0 and edit_distance(a, b) <= edits))


@functools.lru_cache(maxsize=65536)
def edit_distance(a: str, b: str) -> int:
    """Damerau-Levenshtein distance (adjacent transpositions count one)."""
    previous2, previous = None, list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if previous2 is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]
