"""The alias table (every spelling of a known name, from the gazetteer's groups, one per key), the
key a name indexes as, and the case a query must write a name in: the tables below the query's
expansion (``aliases.py``) and the generic words' rules (``generic_words.py``), which both read them;
``aliases`` re-exports them for its callers."""

from __future__ import annotations

import functools
import re
from typing import Optional

from indexer.names import LEADING_ARTICLES
from indexer.fulltext.analysis import _TOKEN_RE, ARABIC_ARTICLES, _key_analyzer, query_stop_words
from indexer.fulltext.bare_names import with_bare_names


@functools.lru_cache(maxsize=4096)
def name_key(text: str) -> tuple:
    """A name as the index sees it (stemmed, normalised): equal keys find the same documents."""
    return tuple(token.text for token in _key_analyzer()(text))


def unmarked_key(key: tuple, table) -> Optional[tuple]:
    """The key of the name a query typed bare means (رقه, شدادي: الرقة, الشدادي), where the
    analysis marks the bare word as another word (analysis.ARTICLED_MARK: in a text, هول is
    "horror", not al-Hol): a user who types the bare name asks for the place; None otherwise."""
    from indexer.fulltext.analysis import ARTICLED_MARK

    if not any(term.endswith(ARTICLED_MARK) for term in key):
        return None
    bare = tuple(term.rstrip(ARTICLED_MARK) for term in key)
    return bare if bare in table else None


def dotted_key(words: str, table) -> Optional[tuple]:
    """The key of the acronym a lower-case word written with dots spells (d.m.c., a.a.n.e.s.: DMC,
    AANES; the analysis reads S.D.F. as SDF only in capitals, as "a.k.a." is no acronym in a text);
    None otherwise."""
    from indexer.names import undotted

    if not words.islower() or undotted(words.upper()) == words.upper():
        return None
    key = name_key(undotted(words.upper()))
    return key if key in table else None


@functools.lru_cache(maxsize=None)
def alias_table() -> dict:
    """``{name key: [(name, key), ...]}`` from the name groups the caller gave (the gazetteer's,
    ``archive/data/gazetteer.txt``: see :mod:`.language`): each entity's spellings, one per
    distinct key (Hasakah and Hasakeh index alike, so only one of them is searched)."""
    from indexer.fulltext.language import name_groups
    from indexer.fulltext.name_readings import joined_spellings

    table = {}
    groups = [[name.strip().replace('"', "") for name in spellings if name.strip()] for spellings in name_groups()]
    for names in with_bare_names(groups, name_key):
        names += [joined for name in names for joined in joined_spellings(name) if joined not in names]
        group, seen, figures = [], set(), []
        for name in names:
            key = name_key(name)
            if len(key) == 1 and _loses_words(name):
                continue  # "US government" keys as "govern": every search for government would expand
            if _stems_to_english(name, key) or _english_key(name, key):
                continue  # "Hims" (Homs) indexes as "him": it would find every "him", and "him" find Homs
            if _DIGIT_WORD.search(name) and not any(_DIGIT_WORD.search(term) for term in key):
                figures.append(key)  # "Jeddah 1" indexes as Jeddah (the Saudi city): read, never searched
                continue
            if key and key not in seen:  # "IS" is a stop word: nothing to search for
                seen.add(key)
                group.append((name, key))
        for _, key in group:
            table.setdefault(key, [])
            table[key] = table[key] + [item for item in group if item not in table[key]]
        for key in figures:
            if key and key not in table and group:
                table[key] = list(group)
    return table


_DIGIT_WORD = re.compile(r"\d")
_CASE_ORDER = {None: 0, "capital": 1, "upper": 2}


def _case_rule(name: str):
    """How a query must write a one-word key for this spelling to expand it: any case (None) when
    the spelling is that one word ("Hol", "Raqqa"), in capitals ("upper") when it is an acronym
    ("WHO", "AN"), with a capital ("capital") when it is a longer name ("al-Sour", "Al Monitor"):
    "who", "sour" and "monitor" are English words. A name without cased letters (Arabic script:
    مخيم الهول) has no case to ask for."""
    if not any(ch.isupper() or ch.islower() for ch in name):
        return None
    if len(_TOKEN_RE.findall(name)) > 1:
        return "capital"
    from indexer.fulltext.language import english_words

    if name.lower() in english_words() and not name.isupper():
        return "capital"  # "Hit" (Heet) expands from "Hit", never from "hit"
    if name.isupper() and name.isalpha() and len(name) >= 3 and not _VOWELS.search(name) \
            and name.lower() not in english_words():
        return None  # "SDF", "YPG", "HTS": letters no English word is written with, so "sdf" is the SDF
    if name.isupper() and (len(name) <= 4 or name.lower() in english_words()):
        return "upper"  # "WHO", "AN"; "REACH" (REACH Initiative) expands from "REACH", never "reached"
    return None


_VOWELS = re.compile(r"[AEIOU]")


@functools.lru_cache(maxsize=None)
def _case_rules() -> dict:
    """``{one-word key: rule}``, the most lenient rule of the key's spellings (see _case_rule)."""
    from indexer.fulltext.language import name_groups

    rules: dict = {}
    for spellings in name_groups():
        for name in spellings:
            key = name_key(name.strip().replace('"', ""))
            if len(key) != 1 or _loses_words(name) or _stems_to_english(name, key):
                continue
            rule = _case_rule(name)
            if key not in rules or _CASE_ORDER[rule] < _CASE_ORDER[rules[key]]:
                rules[key] = rule
    return rules


_ARTICLE_BEFORE = re.compile(r"(?i)^(?:" + "|".join(sorted(LEADING_ARTICLES)) + r")[-\s]+(?=\w)")


def _written_as(words: str, key: tuple) -> bool:
    """Whether ``words`` are written as the key's case rule asks: a capital is looked for after a
    leading article ("al-Houl", "el-Houl" have it; "al-houl" does not)."""
    rule = _case_rules().get(key)
    if rule == "upper":
        return words.isupper()
    if rule == "capital":
        return _ARTICLE_BEFORE.sub("", words)[:1].isupper()
    return True


def _stems_to_english(name: str, key: tuple) -> bool:
    """Whether a one-word Latin spelling is stemmed onto a stop word ("Hims" -> "him", "AANES" ->
    "an"): the stemmed index cannot tell the name from the word, so it is not searched at all (an
    unstemmed, case-aware field would keep it: not built yet). A stem that is a rarer English word
    (France -> franc) is kept: leaving France out cost TIME nDCG@10 0.004."""
    if len(key) != 1 or any("\u0600" <= ch <= "\u06ff" for ch in name) or len(_TOKEN_RE.findall(name)) != 1:
        return False
    return key[0] != name.lower().strip() and key[0] in query_stop_words()


def _english_key(name: str, key: tuple) -> bool:
    """Whether a Latin spelling indexes as one term that is another common English word's ("al-Hoot",
    of the al-Hout prison, is "hot"): searched, it would find every "hot", and "hot" typed would find
    the prison. Its entity's other spellings are searched. Acronyms (INSS: "ins") are left as they are."""
    if len(key) != 1 or name.isupper() or any("\u0600" <= ch <= "\u06ff" for ch in name):
        return False
    from indexer.fulltext.language import english_words

    words = _TOKEN_RE.findall(name.lower())
    return bool(words) and key[0] != words[-1] and key[0] in english_words()


def _loses_words(name: str) -> bool:
    """Whether a name of several words keeps fewer than two of them once stop words are dropped
    (the Arabic articles do not count: al-Hol is Hol)."""
    lowered = name.replace("\u0130", "I").lower()  # Turkish İ: lower-cased it is i and a combining dot (IŞİD)
    words = [w for w in _TOKEN_RE.findall(lowered) if w not in ARABIC_ARTICLES and not w.isdigit()]
    return len(words) >= 2 and len(name_key(name)) < 2
