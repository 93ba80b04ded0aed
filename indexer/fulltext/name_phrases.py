"""Names inside quoted phrases and joined to their article (issue #17), for :func:`.aliases.expand_aliases`:
``"Ghuwayran prison"`` is OR-ed with ``"Guweiran prison"`` and the name's other spellings, and
``alhol``/``AlHawl`` are read as al-Hol; and the alias table as one index sees it (:class:`HeldTable`)."""

from __future__ import annotations

import functools
import itertools
import re
from typing import Callable

from indexer.fulltext.generic_words import generic_words
from indexer.fulltext.aliases import _UNIT, _case_rules, _written_as, alias_table, name_key

PHRASE_VARIANTS = 12  # a quoted phrase holding a name is OR-ed with at most this many other spellings
_JOINED = re.compile(r"(?i)^(al|el|as|ad|ez|az|ar|an|at|ash|ed|es|et|er|ul)-?([^\W\d_]{3,})$")


class HeldTable:
    """The alias table as one index sees it: a group's spellings whose words the index holds (and
    the key asked for). A spelling no article has finds nothing, but it is not free: the Arabic
    spellings of "America" or "China" in an English archive changed the order of TIME's hits
    (nDCG@10 0.681 -> 0.677)."""

    def __init__(self, table: dict, holds: Callable):
        self.table, self.holds, self.seen = table, holds, {}

    def __contains__(self, key) -> bool:
        return key in self.table

    def __iter__(self):
        return iter(self.table)

    def get(self, key, default=None):
        return self[key] if key in self.table else default

    def __getitem__(self, key):
        found = self.seen.get(key)
        if found is None:
            found = self.seen[key] = [(name, other) for name, other in self.table[key]
                                      if other == key or self.holds(other)]
        return found


def phrase_variants(inner: str, table: dict, longest: int, added: list) -> str:
    """A quoted phrase holding a known name (longest, leftmost) as an OR of the phrase with each of
    the name's other spellings put in its place (at most PHRASE_VARIANTS; spellings in the phrase's
    own script first): ``"Ghuwayran prison"`` also finds "Guweiran prison"."""
    units = list(_UNIT.finditer(inner))
    phrases, i = [inner], 0
    while i < len(units):
        for n in range(min(len(units) - i, longest + 2), 0, -1):
            if n == len(units):
                continue  # the whole phrase is the caller's case
            words = inner[units[i].start():units[i + n - 1].end()]
            key = name_key(words)
            if not (key and key in table and _written_as(words, key) and len(table[key]) > 1):
                key = (joined_key(words) if n == 1 else None) or (alike_key(words) if n <= 3 else None)
                if key is None:
                    continue
            if not (name_key(units[i].group(0)) and name_key(units[i + n - 1].group(0))):
                continue  # a stop word at an edge ("on Guweiran") stays in the phrase
            head, tail = inner[:units[i].start()], inner[units[i + n - 1].end():]
            rest_arabic = _arabic(head + tail)
            others = [name for name, other in table[key]
                      if (other != key or name_key(words) != key) and name != words
                      and (_arabic(name) == rest_arabic or not (head + tail).strip())]
            others += [name for name in qualified_variants(words, key, table)
                       if name not in others and (_arabic(name) == rest_arabic or not (head + tail).strip())]
            own = own_qualifier(words, key, table) if (head + tail).strip() else None
            if own is not None:  # "al-Hol camp annex": "al-Hawl camp annex", never "al-Hawl annex"
                others = [name for name in own[1] if _arabic(name) == rest_arabic]
            others = others[:PHRASE_VARIANTS + 1 - len(phrases)]
            phrases += [phrase for phrase in dict.fromkeys(head + name + _after(name, tail) for name in others)
                        if phrase not in phrases]
            added += [name for name in others if name not in added]
            i += n - 1
            break
        i += 1
    if len(phrases) > 1:
        return "(" + " OR ".join(f'"{phrase}"' for phrase in phrases) + ")"
    return f'"{inner}"'


def qualified_variants(words: str, key: tuple, table=None) -> list:
    """A name that is another name and a qualifier ("Raqqa province", "Tal Abyad crossing",
    "محافظة الرقة": entities of their own, with their own few spellings) as each spelling of the
    other name with the same qualifier, in the qualifier's script: "Rakka province", "al-Raqqah
    province", "Tell Abyad crossing" (at most PHRASE_VARIANTS). ``[]`` when no other name with a
    word before or after it makes the name, or that name is a spelling of the same place (al-Hol of
    "al-Hol camp")."""
    table = alias_table() if table is None else table
    units = list(_UNIT.finditer(words))
    for n in range(len(units) - 1, 0, -1):  # the longest other name first, at the start, then at the end
        for name_first in (True, False):
            cut = units[n - 1].end() if name_first else units[len(units) - n].start()
            name, rest = (words[:cut], words[cut:]) if name_first else (words[cut:], words[:cut])
            name_key_ = name_key(name)
            if not (name_key_ and name_key_ != key and name_key_ in table and len(table[name_key_]) > 1
                    and _written_as(name, name_key_) and name_key(rest)):
                continue
            if any(other == key for _, other in table[name_key_]):
                return []  # the same place: its spellings are the name's own
            arabic = _arabic(rest)
            found = [(spelling + _after(spelling, rest)) if name_first else (rest + spelling)
                     for spelling, other in table[name_key_] if other != name_key_ and _arabic(spelling) == arabic]
            return found[:PHRASE_VARIANTS]
    return []


def phrase_sound_alikes(inner: str, alikes_of) -> list:
    """The phrase with each of its words that has sound-alikes (``alikes_of(word)``, see
    sound_alikes.sound_alikes: a rare word the alias table does not know) replaced by each of them, one
    word at a time, then every word at once (Dair az-Zur of "Deir ez-Zor": a word after a hyphenated
    article too), at most PHRASE_VARIANTS."""
    phrases: list = []
    options: list = []  # (start, end, [replacements]) of each word with sound-alikes
    for unit in _UNIT.finditer(inner):
        text = unit.group(0)
        article, _, word = text.rpartition("-") if _JOINED.match(text) and "-" in text else ("", "", text)
        if not word.isalpha():
            continue
        head, tail = inner[:unit.start()], inner[unit.end():]
        rest_arabic = _arabic(head + tail)
        alikes = [(article + "-" if article else "") + alike for alike in alikes_of(word) if _arabic(alike) == rest_arabic]
        if alikes:
            options.append((unit.start(), unit.end(), alikes))
        for alike in alikes:
            phrase = head + alike + _after(alike, tail)
            if phrase not in phrases and phrase != inner:
                phrases.append(phrase)
    if len(options) > 1:
        for combination in itertools.product(*[[inner[a:b]] + alikes for a, b, alikes in options]):
            pieces, last = [], 0
            for (start, end, _), alike in zip(options, combination):
                pieces += [inner[last:start], alike]
                last = end
            phrase = "".join(pieces) + inner[last:]
            if phrase not in phrases and phrase != inner:
                phrases.append(phrase)
    return phrases[:PHRASE_VARIANTS]


def _arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text)


def _after(name: str, tail: str) -> str:
    """The phrase's words after a spelling, less the qualifier the spelling already ends with
    ("Sina'a prison" + " prison" is "Sina'a prison")."""
    last = name.split()[-1].lower() if name.split() else ""
    words = tail.split()
    if len(name.split()) > 1 and words and words[0].lower() == last:
        return tail[tail.lower().index(last) + len(last):]
    return tail


def joined_key(word: str):
    """The alias key of a name written as one word (alhol, AlHawl, elHol: al-Hol; DayrAzZawr,
    TalAbyad, RasAlAin: each capital starts a word of the name; deirezzor, rasalain: a name of
    several words run together, doubled letters aside), or None. A word that is an English word
    (language.english_words) is left alone ("also", "another"); an article joined to a one-word
    name counts only when the name is searched in any case or has its capital (alHoul, not alhoul)."""
    from indexer.fulltext.language import english_words

    if word.lower() in english_words():
        return None
    match = _JOINED.match(word)
    if match:
        key = name_key(match.group(2))
        if len(key) == 1 and key in alias_table():
            rule = _case_rules().get(key)
            if rule is not None and not (rule == "capital" and match.group(2)[:1].isupper()):
                return None  # alHoul (al-Houl needs its capital), never alhoul
            return key
    parts = _CAMEL.split(word)
    if len(parts) > 1 and all(len(part) > 1 for part in parts):
        key = name_key(" ".join(parts))
        if key and key in alias_table():
            return key
    return _compact_names().get(_compact(word)) if len(word) >= JOINED_LETTERS and word.isalpha() else None


_WORDS = re.compile(r"[^\W\d_]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_DOUBLED = re.compile(r"(.)\1+")


def _compact(text: str) -> str:
    """A name's letters run together, lower case, doubled letters once: "Deir ez-Zor" and
    "deirezzor" are "deirezor"."""
    return _DOUBLED.sub(r"\1", "".join(ch for ch in text.lower() if ch.isalpha() and ch.isascii()))


@functools.lru_cache(maxsize=None)
def _compact_names() -> dict:
    """``{compact form: key}`` of the alias table's Latin names of two or more words whose compact
    form is one key's only: how "deirezzor" or "rasalain" are read as names."""
    found: dict = {}
    for key, group in alias_table().items():
        for name, other in group:
            if other == key and len(_UNIT.findall(name)) > 1 and name.isascii():
                compact = _compact(name)
                found[compact] = key if found.get(compact, key) == key else None
    return {compact: key for compact, key in found.items() if key is not None and len(compact) >= JOINED_LETTERS}


JOINED_LETTERS = 6  # a name run together is read from this many letters ("ainissa": Ain Issa)


@functools.lru_cache(maxsize=None)
def _compact_words() -> dict:
    """``{compact form: key}`` of the alias table's one-word Latin names (JOINED_LETTERS or more)
    whose compact form is one key's only: how "Fish Khabur" is read as Fishkhabour."""
    found: dict = {}
    for key, group in alias_table().items():
        for name, other in group:
            if other == key and name.isascii() and name.isalpha() and len(name) >= JOINED_LETTERS:
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


def joined_spellings(name: str) -> list:
    """The one-word forms a text may write a Latin name in: its article joined on ("al-Hol":
    "Alhol"), and a name of several words run together ("Deir ez-Zor": "Deirezzor"), none of them an
    English word; searched as the name's spellings where the index holds them."""
    from indexer.fulltext.language import english_words

    if _arabic(name):  # دير الزور: ديرالزور, the article run on to the word before it
        words = name.split()
        joined = "".join(words)
        return [joined] if 2 <= len(words) <= 3 and any(word.startswith("ال") for word in words[1:]) else []
    words = _WORDS.findall(name.replace("'", ""))
    if not 2 <= len(words) <= 3 or not name.isascii() or len(words) != len(re.split(r"[\s-]+", name.strip())):
        return []  # a name with figures or marks other than a hyphen or an apostrophe
    if not any(word.lower() in _ARTICLES for word in words) or words[-1].islower():
        return []  # only a name with an article (al-Hol, Ras al-Ain), not one with its generic word (al-Hol camp)
    if len(words) == 2 and words[0].lower() in _ARTICLES and _case_rules().get(name_key(words[1])) is not None:
        return []  # al-Houl asks for its capital (Houl alone is no spelling): "alhoul" stays a word
    joined = "".join(words).lower()
    if joined in english_words() or len(joined) < 5:
        return []
    return [joined[:1].upper() + joined[1:]]


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
_ARTICLES = {"al", "el", "ar", "as", "ad", "ez", "az", "an", "at", "ash", "ed", "es", "et", "er", "ul"}


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


def own_qualifier(spelling: str, key: tuple, table, quoted: bool = True):
    """``(text, names added)`` for a spelling that is another spelling of its own entity and a
    generic word ("al-Hol camp", "Camp Roj": al-Hol and Roj are spellings of the camp): quoted, the
    phrase as each Latin spelling without the word, with it ("al-Hawl camp", "Hol camp"), and the
    spellings that already hold it; unquoted, the spellings without it AND the word. None for any
    other spelling. Its generic word is taken literally, as every other word of a search."""
    table = alias_table() if table is None else table
    units = list(_UNIT.finditer(spelling))
    if len(units) < 2:
        return None
    if _arabic(spelling):
        return _arabic_qualified(spelling, key, table, quoted)
    for first in (False, True):
        unit = units[0] if first else units[-1]
        word = unit.group(0)
        base = spelling[units[1].start():] if first else spelling[:units[-2].end()]
        base_key = name_key(base)
        if not word.isalpha() or _arabic(word) or not base_key or base_key == key:
            continue
        group = table[key]
        if not any(other == base_key for _, other in group):
            if quoted:
                found = _literal_generic(spelling, word, first, key, table)
                if found is not None:
                    return found
            continue
        lower = word.lower()
        if not any(lower in name.split() for name, _ in group):
            continue  # a generic word is written in lower case in a spelling (al-Hol camp), not a name's word (Syrian)
        holding = [name for name, _ in group if lower in name.lower().split() and name != spelling]
        bare = [name for name, other in group if lower not in name.lower().split() and not _arabic(name)]
        arabic = [name for name, _ in group if _arabic(name) and len(name.split()) > 1]  # مخيم روج
        if not quoted:
            names = [name for name in bare if name != base]
            # a spelling that writes the word ("Twaina camp") gives its name without it, ANDed with the word too
            for name in holding:
                parts = name.split()
                if len(parts) > 1 and not _arabic(name) and (parts[0] if first else parts[-1]).lower() == lower:
                    rest = " ".join(parts[1:] if first else parts[:-1])
                    if rest != base and rest not in names and name_key(rest):
                        names.append(rest)
            text = "((" + " OR ".join(f'"{name}"' for name in [base] + names) + f") AND {word})"
            arabic_bare = [name for name, _ in group if _arabic(name) and len(name.split()) == 1]
            generic = {w for name in arabic for w in name.split() if any(w != b and b in name.split() for b in arabic_bare)}
            if arabic_bare and len(generic) == 1:  # مخيم روج: (روج AND مخيم), as "Roj" AND camp
                text = "(" + text + " OR ((" + " OR ".join(f'"{name}"' for name in arabic_bare) + f") AND {generic.pop()}))"
            elif arabic:
                text = "(" + text + " OR " + " OR ".join(f'"{name}"' for name in arabic) + ")"
            return text, names + arabic
        made = [f"{word} {name}" if first else f"{name} {word}" for name in bare]
        names = list(dict.fromkeys(name for name in made + holding + arabic if name != spelling))
        return "(" + " OR ".join(f'"{name}"' for name in [spelling] + names) + ")", names
    return None


def _literal_generic(spelling: str, word: str, first: bool, key: tuple, table):
    """A quoted spelling ending (or starting) with a generic word that some of its entity's Latin
    spellings hold and others do not ("al-Sinaa prison", of Ghuwayran; "Deir ez-Zor countryside",
    of the province): the phrase as the spellings holding the word, and the entity's names written
    without any generic word with it ("Ghuwayran prison"), never the spellings with another
    ("Deir ez-Zor province"); None when the word is no such generic word."""
    lower = word.lower()
    group = table[key]
    latin = [name for name, _ in group if not _arabic(name)]
    # the typed generic words all held ("oil field": not "al-Jafra field")
    typed = [part for part in spelling.lower().split() if part in set(generic_words(spelling)) | {lower}]
    holding = [name for name in latin if all(part in name.lower().split() for part in typed)]
    if not any(lower in name.split() for name in latin) or all(lower in name.lower().split() for name in latin):
        return None
    bare = [name for name in latin if all(part[:1].isupper() or part.lower() in _ARTICLES
                                          for part in re.split(r"[\s-]+", name.strip()) if part)]
    made = [f"{word} {name}" if first else f"{name} {word}" for name in bare]
    alike = [name for name in qualified_variants(spelling, key, table) if lower in name.lower().split()]
    arabic = [name for name, _ in group if _arabic(name) and len(name.split()) > 1]
    names = list(dict.fromkeys(name for name in holding + made + alike + arabic if name != spelling))
    return "(" + " OR ".join(f'"{name}"' for name in [spelling] + names) + ")", names


def _arabic_qualified(spelling: str, key: tuple, table, quoted: bool):
    """An Arabic spelling of an entity that Arabic writes only with its generic word (سد تشرين: no
    Arabic spelling of the dam is bare) is the full name, as "Tishrin dam" is: the entity's bare Latin
    names (Tishrin, Tishreen: a month, a newspaper) are searched with the generic word their Latin
    spellings write ("Tishrin dam"; unquoted, the bare names AND dam), as a Latin spelling with its
    generic word searches them. None where Arabic also writes the name bare (الهول, روج) or the
    Latin spellings hold no one generic word."""
    group = table[key]
    if any(_arabic(name) and len(name.split()) < 2 for name, _ in group):
        return None
    keys = {other for _, other in group}
    latin = [name for name, _ in group if not _arabic(name)]
    ends = {name.split()[-1] for name in latin if len(name.split()) > 1 and name.split()[-1].isalpha()
            and name.split()[-1].islower()}
    if len(ends) != 1:
        return None
    word = ends.pop()
    bare = [name for name in latin if word not in name.lower().split() and name_key(f"{name} {word}") in keys]
    if not bare:
        return None
    others = [name for name, _ in group if name != spelling and name not in bare]
    if quoted:
        names = list(dict.fromkeys(others + [f"{name} {word}" for name in bare]))
        return "(" + " OR ".join(f'"{name}"' for name in [spelling] + names) + ")", names
    text = ("(" + " OR ".join(f'"{name}"' for name in [spelling] + others)
            + " OR ((" + " OR ".join(f'"{name}"' for name in bare) + f") AND {word}))")
    return text, others + bare
