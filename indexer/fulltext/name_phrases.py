"""Names inside quoted phrases and joined to their article (issue #17), for :func:`.variants.expand_aliases`:
``"Ghuwayran prison"`` is OR-ed with ``"Guweiran prison"`` and the name's other spellings, and
``alhol``/``AlHawl`` are read as al-Hol; and the alias table as one index sees it (:class:`HeldTable`)."""

from __future__ import annotations

import re
from typing import Callable

from indexer.fulltext.variants import _UNIT, _case_rules, _written_as, alias_table, name_key

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
                key = joined_key(words) if n == 1 else None
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
    variants.sound_alikes: a rare word the alias table does not know) replaced by each of them, one
    word at a time, at most PHRASE_VARIANTS."""
    phrases: list = []
    for unit in _UNIT.finditer(inner):
        if not unit.group(0).isalpha():
            continue
        head, tail = inner[:unit.start()], inner[unit.end():]
        rest_arabic = _arabic(head + tail)
        for alike in alikes_of(unit.group(0)):
            phrase = head + alike + _after(alike, tail)
            if phrase not in phrases and phrase != inner and _arabic(alike) == rest_arabic:
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
    """The alias key of a name written with its article joined on (alhol, AlHawl, elHol: al-Hol), or
    None. Only a remainder that is a one-word name searched in any case, and a word that is not an
    English word (language.english_words), count: "also", "another" are left alone."""
    from indexer.fulltext.language import english_words

    match = _JOINED.match(word)
    if not match or word.lower() in english_words():
        return None
    key = name_key(match.group(2))
    if len(key) != 1 or key not in alias_table():
        return None
    rule = _case_rules().get(key)
    if rule is not None and not (rule == "capital" and match.group(2)[:1].isupper()):
        return None  # alHoul (al-Houl needs its capital), never alhoul
    return key
