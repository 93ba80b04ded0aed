"""A name's qualifier in the languages of the archive's press (issue #17): "al-Hol camp", "Raqqa
province", "Ghuwayran prison". A report writes a place's generic word in its own language (the camp is a
"Lager", a "kampı", a "مخيم", a "کەمپ"), so a search that types a name with such a word asks for the word
in any of them (``qualifier_table.MEANINGS``, from archive/data/name_qualifiers.txt: an English word
and its translations), as it asks for any spelling of the name. Only a qualifier: the word typed
unquoted right before or right after a name (a name the alias table expands, or a capitalised word that
is no English word: "Gweiran district", whose spellings the sound-alikes find), or a word of a name's
own spelling ("al-Omar oil field"); a quoted phrase keeps its words as typed, and the same word
elsewhere in a search ("camp conditions") is left as it is. Another English word of a near meaning is
no translation ("governorate" for "province", "jail" for "prison"): the word typed is the word asked for.

Words typed before the qualifier's word that belong to it (``MODIFIERS``, from the data's [modifiers]:
none at present, the judged sets count "oil" in "al-Omar oil field" as asked for) would be searched with
it as the word. The words are written with a boost of 1 (``^1``, the same weight) so that the sound-alike pass
(sound_alikes.expand_sound_alikes) leaves them alone: they are words of a language, not names to respell."""

from __future__ import annotations

import functools
import re
from typing import Callable, Optional

from indexer.fulltext.qualifier_kinds import ENDINGS, KIND_WORDS, TURKISH_CASES
from indexer.fulltext.qualifier_table import MEANINGS, MODIFIERS

_QUOTED = re.compile(r'"[^"]*"')
_WORD = re.compile(r"[^\W_][\w'’\-]*")
_OPERATORS = {"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "TO"}
# the word for "of" the Romance languages and Dutch write between a qualifier and the name after it
# ("camp de Roj", "barrage de Tabqa", "presa de Tabqa", "campo di al-Hol", "kamp van Roj"): part of the qualifier
_OF = {"de", "du", "des", "di", "del", "della", "dello", "do", "da", "van"}


@functools.lru_cache(maxsize=None)
def _members() -> tuple:
    """``({word: (English words it is on)}, {phrase words: (...)}, longest phrase)``, lower-cased."""
    words, phrases = {}, {}
    for meaning, members in MEANINGS.items():
        for member in _with_cases(members):
            parts = tuple(member.lower().split())
            into = words if len(parts) == 1 else phrases
            key = parts[0] if len(parts) == 1 else parts
            if meaning not in into.get(key, ()):
                into[key] = into.get(key, ()) + (meaning,)
    inflected: dict = {}
    for word, meanings in words.items():  # "prisons", "kampları": a word of the table with a plural or case ending
        if not word.isalpha() or any("\u0600" <= ch <= "\u06ff" for ch in word):
            continue
        for ending, replaced in ENDINGS:
            if word.endswith(replaced):
                form = word[:len(word) - len(replaced)] + ending
                if form not in words:
                    inflected[form] = tuple(dict.fromkeys(inflected.get(form, ()) + meanings))
    return {**inflected, **words}, phrases, max((len(p) for p in phrases), default=1)


def _with_cases(members: tuple) -> tuple:
    """``members`` and, after a Turkish word ending in the possessive (TURKISH_CASES: "bölgesi", "sınır
    kapısı"), its case forms ("bölgesinden", "sınır kapısında") a report writes."""
    out = list(members)
    for member in members:
        head, _, last = member.rpartition(" ")
        out += [f"{head} {form}".strip() for form in TURKISH_CASES.get(last.lower(), ())]
    return tuple(dict.fromkeys(out))


def meaning_group(meanings: tuple, kinds: frozenset = frozenset()) -> str:
    """``(camp^1 OR lager^1 OR ... OR "point de passage"^1)``: the words of ``meanings`` (English words),
    each its own term; with the words that name a kind only beside a name of it (``KIND_WORDS``:
    "campo") where the name's ``kinds`` hold it."""
    parts = []
    for meaning in meanings:
        for member in _with_cases(MEANINGS[meaning]) + (KIND_WORDS.get(meaning, ()) if meaning in kinds else ()):
            part = f'"{member}"^1' if " " in member or "-" in member else f"{member}^1"
            if part not in parts:
                parts.append(part)
        words = meaning.split()
        if len(words) > 1 and words[-1] in MEANINGS:  # "oil field": also its words apart ("oil from the Omar field")
            apart = "(" + " AND ".join(f"{word}^1" for word in words[:-1]) + " AND " + meaning_group((words[-1],)) + ")"
            if apart not in parts:
                parts.append(apart)
    return "(" + " OR ".join(parts) + ")"


def qualifier_runs(text: str, is_name: Callable[[str], bool], kinds_of: Optional[Callable[[str], frozenset]] = None) -> list:
    """``[(typed words, English words, name)]``: each run of a query's unquoted words that is a qualifier (a
    word or phrase of the table, after any of its modifiers) right before or right after a name (``name``:
    its words; None where the qualifier is a word of the name's own spelling, "al-Omar oil field").
    ``kinds_of(name)``: the kinds (the table's English words) a name's entity has as a sense; a word of
    ``KIND_WORDS`` ("campo") is a qualifier only beside a name of its kind ("campo di al-Hol")."""
    words, phrases, longest = _members()
    limited = _limited() if kinds_of else {}
    runs = []
    last = 0
    for quoted in list(_QUOTED.finditer(text)) + [None]:
        end = quoted.start() if quoted else len(text)
        segment = text[last:end]
        units = [u for u in _WORD.finditer(segment)]
        i = 0
        while i < len(units):
            found = None
            for n in range(min(longest, len(units) - i), 1, -1):  # a phrase of the meaning: "detention centre"
                typed = tuple(u.group(0).lower() for u in units[i:i + n])
                if typed in phrases and _apart(segment, units[i:i + n]):
                    found = (n, phrases[typed])
                    break
            if found is None:
                j = i
                while j < len(units) and units[j].group(0).lower() in MODIFIERS and _apart(segment, units[i:j + 1]):
                    j += 1
                if j < len(units) and units[j].group(0).lower() in words and _apart(segment, units[i:j + 1]):
                    found = (j - i + 1, words[units[j].group(0).lower()])
                elif units[i].group(0).lower() in limited:
                    found = (1, limited[units[i].group(0).lower()])
            if found is None:
                i += 1
                continue
            n, meaning = found
            run = units[i:i + n]
            before = segment[:run[0].start()].rstrip()
            after = segment[run[-1].end():].lstrip()
            typed = " ".join(u.group(0) for u in run)
            name = None
            if (i + n < len(units) and units[i + n].group(0).lower() in _OF
                    and _apart(segment, units[i:i + n + 1])):  # "camp de Roj", "campo di al-Hol": the word's "of"
                name = _name_starts(segment[units[i + n].end():].lstrip(), is_name)
                if name:
                    run = units[i:i + n + 1]
                    n += 1
            name = name or _name_ends(before, is_name) or _name_starts(after, is_name)
            whole = None if name else _name_ends(before, lambda words: is_name(f"{words} {typed}"))  # "al-Omar oil field"
            if typed.lower() in limited and not (name and set(meaning) & kinds_of(name)):
                name = whole = None  # "campo" beside no camp's name: a field, the countryside
            if name or whole:
                runs.append((tuple(u.group(0) for u in run), meaning, name))
            i += n
        last = quoted.end() if quoted else last
    return runs


def _apart(segment: str, units) -> bool:
    """Whether the units are words of one run: only spaces between them."""
    return all(not segment[a.end():b.start()].strip() for a, b in zip(units, units[1:]))


def _name_ends(before: str, is_name):
    """The name (its words) ``before`` ends with, or None."""
    words = before.split()
    if not words or words[-1] in _OPERATORS or before.endswith(")"):
        return None
    for n in range(min(4, len(words)), 0, -1):
        if not any(w in _OPERATORS for w in words[-n:]) and is_name(" ".join(words[-n:])):
            return " ".join(words[-n:])
    return None


def _name_starts(after: str, is_name):
    """The name (its words) ``after`` starts with, or None."""
    words = after.split()
    if not words or words[0] in _OPERATORS or after.startswith("("):
        return None
    for n in range(min(4, len(words)), 0, -1):
        if not any(w in _OPERATORS for w in words[:n]) and is_name(" ".join(words[:n])):
            return " ".join(words[:n])
    return None


def _limited() -> dict:
    """``{word: (English kinds)}`` of ``KIND_WORDS``: a kind's word only beside a name of the kind."""
    found: dict = {}
    for kind, members in KIND_WORDS.items():
        for member in members:
            found[member] = found.get(member, ()) + (kind,)
    return found


def with_meanings(expanded: str, runs: list, kinds_of: Optional[Callable[[str], frozenset]] = None) -> str:
    """``expanded`` (the query with its names' spellings) with each qualifier run ``(typed words, English
    words, name)``, where it stands unquoted (typed, or ANDed with a name's spellings: "AND oil AND
    field"), as the words of its English words in every language (and of ``KIND_WORDS`` where the name's
    entity has that kind: ``kinds_of``)."""
    for typed, meanings, name in runs:
        kinds = kinds_of(name) if kinds_of and name else frozenset()
        pattern = re.compile(r"(?<![\w^\"'])(AND\s+)?" + r"\s+(?:AND\s+)?".join(re.escape(word) for word in typed)
                             + r"(?![\w^\"'])", re.IGNORECASE)
        text = meaning_group(meanings, kinds)
        out, last = [], 0
        for quoted in list(_QUOTED.finditer(expanded)) + [None]:
            end = quoted.start() if quoted else len(expanded)
            out.append(pattern.sub(lambda match, text=text: (match.group(1) or "") + text, expanded[last:end]))
            if quoted:
                out.append(quoted.group(0))
                last = quoted.end()
        expanded = "".join(out)
    return expanded


def name_kinds(words: str, table) -> frozenset:
    """The kinds (the qualifier table's English words) the entity of the name ``words`` has as a sense,
    primary or secondary (indexer/name_senses.py: the gazetteer's type and name_senses.txt): al-Hol's
    camp and town. Empty for a name the alias table does not hold."""
    from indexer.fulltext.alias_keys import name_key
    from indexer.name_senses import SENSES

    group = table.get(name_key(words)) if hasattr(table, "get") else None
    if not group:
        return frozenset()
    primary, secondary = SENSES.get(group[0][0], ((), ()))
    return frozenset(word for sense in primary + secondary for word in sense)


def capitalised_name(words: str) -> bool:
    """Whether ``words`` read as a name the alias table may not know (the sound-alikes may): each word
    capitalised and not in capitals (a text in capitals says nothing), none an English word."""
    from indexer.fulltext.language import english_words

    parts = words.split()
    return bool(parts) and all(
        part[:1].isupper() and not part.isupper() and part.lower().strip("'’") not in english_words()
        and part.lower() not in _members()[0] for part in parts)



_UNITS = re.compile(r'"[^"]*"|[^\s()"]+')


def in_english(text: str, known: Callable[[str], bool]) -> str:
    """``text`` with each unquoted qualifier typed in another language right after a name ("Tabqa
    Staudamm") written as its English word ("Tabqa dam") where ``known(that)`` (the gazetteer spells the
    name so): the search is then the English qualifier's, which asks for the word in every language.
    Without it a name and a foreign word the gazetteer also spells together in another transliteration
    ("Tabka-staudamm") were read as that spelling alone, a phrase, and missed the reports writing the
    word elsewhere ("presa de Tabqa")."""
    words = _members()[0]
    units = list(_UNITS.finditer(text))
    for i, unit in enumerate(units):
        word = unit.group(0)
        meanings = words.get(word.lower())
        if word.startswith('"') or not meanings or word.lower() in meanings or not word.isalpha():
            continue
        for n in (3, 2, 1):  # the name before the word (a word before a name is read as its qualifier already)
            span = units[i - n:i] if i - n >= 0 else []
            if not span or any(u.group(0).startswith('"') or u.group(0).isupper() or u.group(0) in _OPERATORS
                               for u in span):
                continue
            name = text[span[0].start():span[-1].end()]
            if any(ch in name for ch in ':*?[]{}~^\\+"') or any('\u0600' <= ch <= '\u06ff' for ch in name):
                continue
            for meaning in meanings:
                model = f"{name} {meaning}"
                if known(model):
                    return text[:span[0].start()] + model + in_english(text[unit.end():], known)
    return text



_HYPHENED = re.compile(r"^(.+)-([^\W\d_]+)$")


def compounds_apart(text: str, known: Callable[[str], bool]) -> str:
    """``text`` with each unquoted compound of a name and a qualifier's word joined by a hyphen, as German
    and Swedish write one ("Tabka-Staudamm", "Roj-Lager", "Afrin-regionen", "Deir ez-Zor-provinsen": the
    part after the last hyphen a word of the table, or with a plural ending; the rest, with up to two
    words before it, a name ``known`` holds, or one capitalised word no English one: "Tischrin-Damm",
    whose spellings the sound-alikes find), written as the name and the word apart ("Tabka Staudamm"),
    so that it is searched as the name with its qualifier in every language, as typed apart. A quoted one
    is kept; "Ras al-Ain", "Tell-Abyad" (no table word after the hyphen) are left as typed."""
    if "-" not in text:
        return text
    words = _members()[0]
    units = list(_UNITS.finditer(text))
    out, last = [], 0
    for i, unit in enumerate(units):
        match = None if unit.group(0).startswith('"') else _HYPHENED.match(unit.group(0))
        if not match or match.group(2).lower() not in words:
            continue
        head_end = unit.start() + len(match.group(1))
        for n in (2, 1, 0):
            if i - n < 0 or any(u.group(0).startswith('"') or u.group(0) in _OPERATORS for u in units[i - n:i]):
                continue
            start = units[i - n].start()
            if start >= last and (known(text[start:head_end])
                                  or n == 0 and capitalised_name(match.group(1))):
                out.append(text[last:head_end] + " " + match.group(2))
                last = unit.end()
                break
    return "".join(out) + text[last:]


def compound_phrase(typed: str, table) -> Optional[tuple]:
    """``(text, names added)`` for a quoted compound of a name and a qualifier's word (compounds_apart:
    "Tabka-Staudamm", "Tischrin-Damm"): the phrase of each spelling of the name with the word as typed
    ("Tabqa Staudamm"; a phrase's words apart match the hyphen), not the entity's spellings with another
    word ("Tabqa dam", "barrage de Tabqa": a quoted phrase keeps its words). None for any other phrase."""
    from indexer.fulltext.alias_keys import name_key
    from indexer.fulltext.bare_names import generic_words

    match = _HYPHENED.match(typed)
    if not match or match.group(2).lower() not in _members()[0]:
        return None
    head, word = match.groups()
    group = table.get(name_key(head)) if hasattr(table, "get") else None
    if group:
        bases = [head] + [name for name, _ in group if name != head and not generic_words(name)
                          and not any("\u0600" <= ch <= "\u06ff" for ch in name)]
    elif capitalised_name(head):
        bases = [head]
    else:
        return None
    names = list(dict.fromkeys(f"{base} {word}" for base in bases))
    return "(" + " OR ".join(f'"{name}"' for name in names) + ")", names[1:]
