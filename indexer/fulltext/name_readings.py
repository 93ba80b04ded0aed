"""A word or words the alias table does not hold read as a known name (issue #17): a name joined to
its article or run together (``alhol``, ``AlHawl``, ``deirezzor``: :func:`joined_key`), a one-word
name typed apart ("Fish Khabur": :func:`split_key`), a name spelt alike ("Tell Abiad":
:func:`alike_key`). The one-word forms a text may write a name in (``joined_spellings``) are
alias_keys', which the alias table is built with (re-exported here), so this module sits above it.
Used by :mod:`.name_phrases`, :mod:`.aliases` and :mod:`.name_alikes`."""

from __future__ import annotations

import functools
import re

from indexer.fulltext.alias_keys import (  # noqa: F401 (joined_spellings: callers import it here too)
    _ARTICLES, _UNIT, _WORDS, _case_rules, alias_table, joined_spellings, name_key)

# "ash" before "as": the article assimilated to a sh ("Ashshaddadi", ash-Shaddadi), not as + "hshaddadi"
_JOINED = re.compile(r"(?i)^(al|el|ash|as|ad|ez|az|ar|an|at|ed|es|et|er|ul)-?([^\W\d_]{3,})$")


def _arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text)


def joined_key(word: str):
    """The alias key of a name written as one word (alhol, AlHawl, elHol: al-Hol; DayrAzZawr,
    TalAbyad, RasAlAin: each capital starts a word of the name; deirezzor, rasalain: a name of
    several words run together, doubled letters aside), or None. A word that is an English word
    (language.english_words) is left alone ("also", "another"); an article joined to a one-word
    name counts only when the name is searched in any case or has its capital, or the whole word
    has one (alHoul, Alhoul, Aljafra; not alhoul)."""
    from indexer.fulltext.language import english_words

    if word.lower() in english_words():
        return None
    match = _JOINED.match(word)
    if match:
        key = name_key(match.group(2))
        if len(key) == 1 and key in alias_table():
            rule = _case_rules().get(key)
            if rule is not None and not (rule == "capital" and (match.group(2)[:1].isupper() or word[:1].isupper())):
                return None  # alHoul and Alhoul (al-Houl needs its capital: a word typed as a name), never alhoul
            return key
    parts = _CAMEL.split(word)
    if len(parts) > 1 and all(len(part) > 1 for part in parts):
        key = name_key(" ".join(parts))
        if key and key in alias_table():
            return key
    return _compact_names().get(_compact(word)) if len(word) >= JOINED_LETTERS and word.isalpha() else None


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_DOUBLED = re.compile(r"(.)\1+")


def _compact(text: str) -> str:
    """A name's letters run together, lower case, accents dropped, doubled letters once: "Deir ez-Zor" and
    "deirezzor" are "deirezor", "Til Koçer" and "Tilkocer" "tilkocer"."""
    from indexer.names import strip_accents

    return _DOUBLED.sub(r"\1", "".join(ch for ch in strip_accents(text.lower()) if ch.isalpha() and ch.isascii()))


@functools.lru_cache(maxsize=None)
def _compact_names() -> dict:
    """``{compact form: key}`` of the alias table's Latin names of two or more words whose compact
    form is one key's only: how "deirezzor" or "rasalain" are read as names."""
    found: dict = {}
    for key, group in alias_table().items():
        for name, other in group:
            if other == key and len(_UNIT.findall(name)) > 1 and _latin(name):  # Til Koçer too
                compact = _compact(name)
                found[compact] = key if found.get(compact, key) == key else None
    return {compact: key for compact, key in found.items() if key is not None and len(compact) >= JOINED_LETTERS}


def _latin(name: str) -> bool:
    """Whether ``name`` is written in Latin letters, accents aside (Til Koçer, Qamişlo)."""
    from indexer.names import strip_accents

    return strip_accents(name).isascii()


JOINED_LETTERS = 6  # a name run together is read from this many letters ("ainissa": Ain Issa)


@functools.lru_cache(maxsize=None)
def _compact_words() -> dict:
    """``{compact form: key}`` of the alias table's one-word Latin names (JOINED_LETTERS or more)
    whose compact form is one key's only: how "Fish Khabur" is read as Fishkhabour."""
    found: dict = {}
    for key, group in alias_table().items():
        for name, other in group:
            if other == key and _latin(name) and name.isalpha() and len(name) >= JOINED_LETTERS:
                compact = _compact(name)
                found[compact] = key if found.get(compact, key) == key else None
    return {compact: key for compact, key in found.items() if key is not None}


def split_key(words: str):
    """The alias key of a one-word name typed as two or three capitalised words ("Fish Khabur":
    Fishkhabour of Faysh Khabur; "Tell Abyad" as "Tellabyad" written apart), or None."""
    parts = _UNIT.findall(words)
    if not 2 <= len(parts) <= 3 or not all(part[:1].isupper() for part in parts):
        return None
    return _compact_words().get(_compact(words))


def alike_key(words: str):
    """The alias key of a name of two or three words (articles aside) the gazetteer does not spell
    this way but spells alike (Tell Abiad: Tell Abyad); one word is left to the sound-alike
    fallback (sound_alikes.sound_alikes). A Latin name of as many words whose words have
    the same sound-alike keys (sound_alikes.phonetic_key) and are, together, within the sound-alike
    fallback's keys, one edit away (two from ALIKE_LONG letters: Syrian is not Soran); None when none or several entities are, or the
    words are an English word, short, or not all letters."""
    from indexer.fulltext.language import english_words
    from indexer.fulltext.sound_alikes import edit_distance

    parts = [part for part in re.split(r"[\s-]+", words.strip()) if part]
    if not 2 <= len(_sounds(parts)) <= 3 or not all(part.isascii() and part.isalpha() for part in parts):
        return None
    if len(parts) > 1 and any(name_key(part) in alias_table() for part in parts):
        return None  # a known name and another word: "Hasake governorate" is Hasake AND governorate
    letters = "".join(parts).lower()
    if len(letters) < 5 or (len(parts) == 1 and letters in english_words()):
        return None
    reach = 1 if len(letters) < ALIKE_LONG else 2
    words = _bare_words(parts)
    keys = {key for name, key, entity, its_words in _alike_names().get(_sounds(parts), ())
            if edit_distance(letters, name) <= reach
            or (len(words) > 1 and all(edit_distance(a, b) <= 1 for a, b in zip(words, its_words)))}
    entities = {entity for name, key, entity, _ in _alike_names().get(_sounds(parts), ()) if key in keys}
    return min(keys) if len(entities) == 1 else None


def _bare_words(parts) -> tuple:
    """A name's words in lower case without its articles: each word of a name of several spelt
    alike may be one edit from the other's (Tel Tamir, Tal Tamer)."""
    return tuple(part.lower() for part in parts if part.lower() not in _ARTICLES)


def _sounds(parts) -> tuple:
    from indexer.fulltext.sound_alikes import phonetic_key

    return tuple(phonetic_key(part) for part in parts if part.lower() not in _ARTICLES)


ALIKE_LONG = 9  # a name spelt alike is one edit away, two from this many letters


@functools.lru_cache(maxsize=None)
def _alike_names() -> dict:
    """``{sound-alike keys of a name's words: [(its letters, lower case, alias key), ...]}`` for
    the alias table's Latin names of one to three words."""
    found: dict = {}
    for key, group in alias_table().items():
        for name, other in group:
            parts = [part for part in re.split(r"[\s-]+", name.replace("'", "").strip()) if part]
            joined = len(parts) == 1 and _JOINED.match(name) and name_key(_JOINED.match(name).group(2)) in alias_table()
            if joined:
                continue  # "Alhol", made of al-Hol (joined_spellings): alhoul is not spelt like a name
            if other == key and 1 <= len(parts) <= 3 and all(part.isascii() and part.isalpha() for part in parts):
                found.setdefault(_sounds(parts), []).append(("".join(parts).lower(), key, group[0][1], _bare_words(parts)))
    return found


# Alomar, or in camel case with the article in either case (alOmar, AlOmar, elOmar)
_JOINED_AL = re.compile(r"^(?:Al|El)([a-z]{4,})$|^(?:[Aa]l|[Ee]l)([A-Z][a-z]{3,})$")


def joined_article(word: str, holds) -> "str | None":
    """A capitalised word of the Arabic article and a word no known name (Alomar, Elomar; in camel case
    alOmar, AlOmar, as joined names are typed), read as the
    article and the word apart ("al-Omar"), as a text writes it, where the archive holds the word and
    neither it nor the joined word is an English word: a joined name the gazetteer does not know
    ("Alomar" for the al-Omar field, which it knows only as "al-Omar oil field"). ``holds(key)``:
    whether the archive holds a name key's terms. Only al/el: the other articles begin too many
    given names (Edward, Ashton, Ernest)."""
    from indexer.fulltext.analysis import query_stop_words
    from indexer.fulltext.language import english_words

    match = _JOINED_AL.match(word)
    if not match or holds is None:
        return None
    rest, common = (match.group(1) or match.group(2).lower()), english_words()
    if word.lower() in common or rest in common or rest in query_stop_words():
        return None
    key = name_key(rest.capitalize())
    return f"{word[:2].lower()}-{rest.capitalize()}" if key and holds(key) else None
