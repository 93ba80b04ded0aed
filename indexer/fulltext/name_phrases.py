"""Names inside quoted phrases and joined to their article (issue #17), for :func:`.aliases.expand_aliases`:
``"Ghuwayran prison"`` is OR-ed with ``"Guweiran prison"`` and the name's other spellings, and
``alhol``/``AlHawl`` are read as al-Hol (:mod:`.name_readings`); and the alias table as one index sees it
(:class:`HeldTable`)."""

from __future__ import annotations

import itertools
import re
from typing import Callable, Optional

from indexer.fulltext.generic_words import described_acronym, generic_words
from indexer.fulltext.aliases import _UNIT, _written_as, alias_table, articled, name_key
from indexer.fulltext.name_readings import (  # noqa: F401 (callers import these here too)
    _ARTICLES, _JOINED, _alike_names, _arabic, _sounds, alike_key, joined_key, joined_spellings, split_key)

PHRASE_VARIANTS = 12  # a quoted phrase holding a name is OR-ed with at most this many other spellings


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
            group = self.table[key]
            found = [(name, other) for name, other in group if other == key or self.holds(other)]
            if _arabic_key(key) and not any(_latin_name(name) for name, _ in found):
                # an Arabic name typed whose Latin spellings the archive holds none of as written: the first
                # LATIN_KEPT are kept (the gazetteer's own come before those made by rule), so the sound-alike
                # pass reads the archive's spelling alike, as for a Latin name typed (كتائب حزب الله: "Kataib
                # Hezbollah", alike "Kataeb Hezbollah"); apostrophes dropped, as the index drops them (Kata'ib
                # as Kataib, a word the sound-alikes read). Measured by names35: bench/README.md, round 35.
                found += list(dict.fromkeys((_APOSTROPHES.sub("", name), other) for name, other in group
                                            if _latin_name(name) and (name, other) not in found))[:LATIN_KEPT]
            self.seen[key] = found
        return found


LATIN_KEPT = 6


def _arabic_key(key) -> bool:
    return bool(key) and all(_ARABIC_LETTER.search(term) for term in key)


def _latin_name(name: str) -> bool:
    """A Latin spelling of letters that is no acronym: a name the sound-alikes can respell."""
    return bool(_LATIN_LETTER.search(name)) and not name.isupper() and not name.startswith("=")


_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")
_APOSTROPHES = re.compile("['\u2019\u02bc\u02bf\u02be]")
_LATIN_LETTER = re.compile("[A-Za-z]")


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
            # "Jazeera region": a name typed bare that another entity writes only with its article is
            # the bare one's (alias_keys._split_by_article): the region's spellings, not the channel's
            after_article = i > 0 and articled(inner[units[i - 1].start():units[i].end()])  # "Al Jazeera"
            bare = (alias_table().bare.get(key) if n == 1 and not articled(words) and not after_article
                    and _written_as(words, key) else None)
            if not bare and not (key and key in table and _written_as(words, key) and len(table[key]) > 1):
                key = (joined_key(words) if n == 1 else None) or (alike_key(words) if n <= 3 else None)
                if key is None:
                    continue
            if not (name_key(units[i].group(0)) and name_key(units[i + n - 1].group(0))):
                continue  # a stop word at an edge ("on Guweiran") stays in the phrase
            head, tail = inner[:units[i].start()], inner[units[i + n - 1].end():]
            rest_arabic = _arabic(head + tail)
            group = [item for item in bare[0] if item[1] in table] if bare else table[key]
            others = [name for name, other in group
                      if (other != key or name_key(words) != key) and name != words
                      and (_arabic(name) == rest_arabic or not (head + tail).strip())]
            others += [name for name in ([] if bare else qualified_variants(words, key, table))
                       if name not in others and (_arabic(name) == rest_arabic or not (head + tail).strip())]
            own = own_qualifier(words, key, table) if (head + tail).strip() and not bare else None
            if own is not None:  # "al-Hol camp annex": "al-Hawl camp annex", never "al-Hawl annex"
                others = [name for name in own[1] if _arabic(name) == rest_arabic]
            # a spelling holding generic words puts them in the phrase only where it replaces them: "Tanak
            # field" is not "al-Tanak oil field", "kampa Hol" not "kampa al-Hol camp" (same_words)
            others = [name for name in others if not _kind_word(name) or set(generic_words(name)) <= set(
                _replaced(name, head, words, tail).lower().split())]
            others = others[:PHRASE_VARIANTS + 1 - len(phrases)]
            phrases += [phrase for phrase in dict.fromkeys(_before(name, head) + name + _after(name, tail)
                                                           for name in others) if phrase not in phrases]
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


def respelt_key(words: str, table) -> Optional[tuple]:
    """The key of another entity's name that ``words`` (several words, no name the table knows) write
    with another spelling of a place or body they start or end with: "Menbij Military Council" is the
    Manbij Military Council (and its acronym MMC), "Dayr al-Zawr Civil Council" the Deir ez-Zor one; None
    when no spelling of that name makes one the table knows."""
    units = list(_UNIT.finditer(words))
    for n in range(len(units) - 1, 0, -1):
        for name_first in (True, False):
            cut = units[n - 1].end() if name_first else units[len(units) - n].start()
            name, rest = (words[:cut], words[cut:]) if name_first else (words[cut:], words[:cut])
            inner = name_key(name)
            if not (inner and inner in table and name_key(rest) and _written_as(name, inner)):
                continue
            if not any(word[:1].isupper() for word in rest.split()):
                continue  # a place and its qualifier ("Hasake governorate"): qualified_variants' and own_qualifier's
            for spelling, _ in table[inner]:
                if _arabic(spelling):
                    continue
                whole = name_key((spelling + _after(spelling, rest)) if name_first else (rest + spelling))
                if whole in table and all(other != inner for _, other in table[whole]):
                    return whole
    return None


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


def _after(name: str, tail: str) -> str:
    """The phrase's words after a spelling, less the qualifier the spelling already ends with
    ("Sina'a prison" + " prison" is "Sina'a prison")."""
    last = name.split()[-1].lower() if name.split() else ""
    words = tail.split()
    if len(name.split()) > 1 and words and words[0].lower() == last:
        return tail[tail.lower().index(last) + len(last):]
    return tail


def _replaced(name: str, head: str, words: str, tail: str) -> str:
    """The phrase's words a spelling put in place of ``words`` stands for: the name's, and the words
    before and after it the spelling already writes (_before, _after)."""
    return head[len(_before(name, head)):] + words + tail[:len(tail) - len(_after(name, tail))]


def _before(name: str, head: str) -> str:
    """The phrase's words before a spelling, less the word the spelling already starts with ("kampa" +
    "kampa Holê" is "kampa Holê": kurmanji_constructs)."""
    first = name.split()[0].lower() if name.split() else ""
    words = head.split()
    if len(name.split()) > 1 and words and words[-1].lower() == first:
        return head[:head.lower().rindex(first)]
    return head


def own_qualifier(spelling: str, key: tuple, table, quoted: bool = True):
    """``(text, names added)`` for a spelling that is another spelling of its own entity and a
    generic word ("al-Hol camp", "Camp Roj": al-Hol and Roj are spellings of the camp): quoted, the
    phrase as each Latin spelling without the word, with it ("al-Hawl camp", "Hol camp"), and the
    spellings that already hold it; unquoted, the spellings without it AND the word. None for any
    other spelling. Its generic word is taken literally, as every other word of a search."""
    table = alias_table() if table is None else table
    units = list(_UNIT.finditer(spelling))
    if len(units) < 2 or described_acronym(spelling):  # "UN refugee agency": a whole name, no qualifier
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
                # and, as phrases, those whose name is never written bare (سجن الصناعة: الصناعة is "industry")
                whole = [name for name in arabic if not any(bare in name.split() for bare in arabic_bare)]
                text = ("(" + text + " OR ((" + " OR ".join(f'"{name}"' for name in arabic_bare) + f") AND {generic.pop()})"
                        + "".join(f' OR "{name}"' for name in whole) + ")")
            elif arabic:
                text = "(" + text + " OR " + " OR ".join(f'"{name}"' for name in arabic) + ")"
            return text, names + arabic
        made = [f"{word} {name}" if first else f"{name} {word}" for name in bare if not _kind_word(name)]
        # quoted, the phrase's words stand as typed: a spelling writing the word at the other end ("Camp
        # Roj" for "Roj camp"), with other generic words ("al-Tanak oil field" for "Tanak field") or in
        # another language (مخيم روج) is no spelling of this phrase
        holding = [name for name in holding if same_words(name, spelling, first)]
        names = list(dict.fromkeys(name for name in made + holding if name != spelling))
        return "(" + " OR ".join(f'"{name}"' for name in [spelling] + names) + ")", names
    return None


def _kind_word(name: str) -> bool:
    """Whether a Latin spelling writes a word for a kind of place (camp, prison, field, Lager, kampı...:
    qualifier_meanings' words in every language), not a body's own words ("Forces démocratiques
    syriennes", "UN refugee agency")."""
    from indexer.fulltext.qualifier_meanings import _members

    return any(word in _members()[0] for word in generic_words(name))


def same_words(name: str, spelling: str, first: bool) -> bool:
    """Whether a Latin spelling of an entity writes the words a quoted spelling of it types beside its
    name, the same words at the same end: "Rouj camp" for "Roj camp", never "Camp Roj", "camp of
    al-Roj", "al-Tanak oil field" for "Tanak field" or an Arabic-script spelling (the brief of round 32:
    a phrase matches only where the name stands in that phrase, the same words around it, in that
    order; held8, held10, held11, held17, held20, held21 and held31 judge so)."""
    if _arabic(name):
        return False
    typed, written = generic_words(spelling), generic_words(name)
    if typed != written:
        return False
    parts, own = name.lower().split(), spelling.lower().split()
    return bool(parts) and (parts[0] == own[0] if first else parts[-1] == own[-1])


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
    # the typed run of generic words at that end, whole: "Tanak oil field" is "al-Tanak oil field",
    # not "al-Tanak field" (a field named in passing is no oil field typed in a phrase)
    parts = spelling.split()
    run = []
    for part in (parts if first else reversed(parts)):
        if part.lower() not in typed or len(run) == len(parts) - 1:
            break
        run.append(part)
    tail = " ".join(run if first else reversed(run)) or word
    made = [f"{tail} {name}" if first else f"{name} {tail}" for name in bare]
    alike = [name for name in qualified_variants(spelling, key, table) if lower in name.lower().split()]
    holding = [name for name in holding if same_words(name, spelling, first)]
    names = list(dict.fromkeys(name for name in holding + made + alike if name != spelling))
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


def mixed_qualifier(words: str, key: tuple, table) -> str | None:
    """The Latin spelling of ``key``'s entity that a name typed in Arabic script with one Latin word
    before or after it stands for ("الهول camp": "al-Hol camp"; "الحسكة governorate": "Hasakah
    governorate"), so that it is searched as that spelling is, its generic word asked for; None when
    the words do not mix the scripts so or the entity has no Latin spelling with that word there."""
    units = [unit.group(0) for unit in _UNIT.finditer(words)]
    if len(units) < 2 or key not in table:
        return None
    for first in (False, True):
        word, rest = (units[0], units[1:]) if first else (units[-1], units[:-1])
        if not word.isalpha() or _arabic(word) or not all(_arabic(unit) for unit in rest):
            continue
        for name, _ in table[key]:
            parts = name.split()
            if len(parts) > 1 and not _arabic(name) and (parts[0] if first else parts[-1]).lower() == word.lower():
                return name
    return None
