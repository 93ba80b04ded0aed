"""Name variants: the alias table (every spelling of a known name, from the gazetteer's groups), the
case a query must write a name in, and the expansion of a query's names into an OR of their spellings."""

from __future__ import annotations

import functools
import re
from typing import Callable, Optional

from indexer.names import LEADING_ARTICLES
from indexer.fulltext.analysis import _TOKEN_RE, ARABIC_ARTICLES, _key_analyzer, query_stop_words


# -- names and variants ---------------------------------------------------------------------
_OPERATORS = {"AND", "OR", "NOT", "TO", "ANDNOT", "ANDMAYBE"}
_QUOTED = re.compile(r'"[^"]*"')
_UNIT = re.compile(r'[^\s()"]+')


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

    from indexer.fulltext.generic_words import with_bare_names
    from indexer.fulltext.name_phrases import joined_spellings

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


def _group_text(spelling: str, key: tuple, group: list, table=None, quoted: bool = True):
    """``("al-Hol" OR "al-Hawl")``, the user's spelling first, and the names added to it; a name
    that is another name and a qualifier ("Raqqa province") also as the other name's spellings with
    the qualifier ("Rakka province": see name_phrases.qualified_variants)."""
    from indexer.fulltext.name_phrases import own_qualifier, qualified_variants

    qualifier = own_qualifier(spelling, key, table, quoted)
    if qualifier is not None:  # "al-Hol camp": the camp's spellings with "camp" (or holding it), never bare al-Hol
        return qualifier
    from indexer.fulltext.inner_names import without_longer

    names = [spelling] + [name for name, other in group if other != key]
    names += [name for name in qualified_variants(spelling, key, table) if name not in names]
    text = "(" + " OR ".join(f'"{name}"' for name in names) + ")"
    from indexer.fulltext.generic_words import literal_generic

    every = [name for name, _ in alias_table().get(key, ())]
    if not quoted:  # Yarubiyah crossing: (the crossing's spellings OR the town's) AND crossing
        from indexer.fulltext.generic_words import named_after

        bare = [name for name in named_after(spelling, key, table) if name not in names]
        literal = literal_generic(spelling, names + bare, quoted, every) if bare else None
        if literal is not None:
            return without_longer(literal[0], [key] + [other for _, other in group]), literal[1]
    literal = literal_generic(spelling, names, quoted, every)  # "Omar field" is not "al-Omar oil field"
    if literal is not None:
        text, added = literal
        return without_longer(text, [key] + [other for _, other in group]), added
    return without_longer(text, [key] + [other for _, other in group]), names[1:]


def expand_aliases(text: str, holds: Optional[Callable] = None):
    """The query with each known name (alias table, longest match first) as an OR of its spellings;
    returns ``(text, names added)``. Field queries, wildcards and operators are left alone.
    ``holds(key)``: whether the index holds a spelling's terms; the others are not searched."""
    table = alias_table()
    if not table:
        return text, []
    longest = _longest(table)
    if holds is not None:
        from indexer.fulltext.name_phrases import HeldTable

        table = HeldTable(table, holds)
    added: list = []
    out, last = [], 0
    for quoted in list(_QUOTED.finditer(text)) + [None]:
        end = quoted.start() if quoted else len(text)
        out.append(_expand_plain(text[last:end], table, longest, added))
        if quoted:
            key = name_key(quoted.group(0)[1:-1])
            slop = text[quoted.end():quoted.end() + 1] in ("~",)
            from indexer.fulltext.name_phrases import alike_key, phrase_variants

            from indexer.fulltext.skeletons import skeleton_key

            alike = None if key in table or slop else (unmarked_key(key, table) or alike_key(quoted.group(0)[1:-1])
                                                       or skeleton_key(quoted.group(0)[1:-1]))
            typed = quoted.group(0)[1:-1]
            model = _alike_model(typed, alike, table) if alike is not None else None
            if model is not None:  # "Tel Kocher crossing": as "Tal Kocher crossing" is searched, and as typed
                group_text, names = _group_text(model, alike, table[alike], table)
                inner = phrase_variants(model, table, longest, names)
                parts = [f'"{typed}"', group_text] + ([inner] if inner != f'"{model}"' else [])
                out.append("(" + " OR ".join(parts) + ")")
                added += [n for n in [model] + names if n not in added]
            elif alike is not None:  # "Tel Tamir": the name spelt alike (Tal Tamer), in all its spellings
                from indexer.fulltext.generic_words import literal_generic

                names = [quoted.group(0)[1:-1]] + [name for name, _ in table[alike]]
                literal = literal_generic(names[0], names, True, [name for name, _ in alias_table()[alike]])
                searched = names[1:] if unmarked_key(key, table) else names  # "رقه": the place, not the bare word
                group_text, names = literal or ("(" + " OR ".join(f'"{name}"' for name in searched) + ")", names[1:])
                out.append(group_text)
                added += [n for n in names if n not in added]
            elif key in table and not slop:
                group_text, names = _group_text(quoted.group(0)[1:-1], key, table[key], table)
                inner = phrase_variants(quoted.group(0)[1:-1], table, longest, names)  # "al-Hawl camp annex"
                out.append(group_text if inner == quoted.group(0) else f"({group_text} OR {inner})")
                added += [n for n in names if n not in added]
            else:
                out.append(quoted.group(0) if slop else phrase_variants(quoted.group(0)[1:-1], table, longest, added))
            last = quoted.end()
    return "".join(out), added


_LONGEST: dict = {}


def _longest(table: dict) -> int:
    """The most words of a key of ``table``, worked out once per alias table (not per query)."""
    if _LONGEST.get("table") is not table:
        _LONGEST.update(table=table, words=max(len(key) for key in table))
    return _LONGEST["words"]


def _foreign_words(words: str, key: tuple) -> bool:
    """Whether a name of several words is a transliterated Arabic one, with its article (Deir ez-Zor,
    Ras al-Ain; not South Africa): then searched as its phrase though the archive holds no other
    spelling of it, so its words' spellings in the archive are tried in the phrase."""
    parts = [part for part in re.split(r"[\s-]+", words.lower()) if part]
    return len(key) > 1 and any(part in ARABIC_ARTICLES for part in parts[1:-1]) and all(p.isalpha() for p in parts)


def _alike_model(typed: str, key: tuple, table) -> Optional[str]:
    """The Latin spelling of ``key`` itself (not another of its entity's) that a quoted phrase is
    spelt alike (alike_key, skeleton_key) when it ends with a generic word in lower case ("Tel
    Kocher crossing": "Tal Kocher crossing"), so the phrase gets what that spelling gets (the town's
    spellings with "crossing"); None otherwise."""
    from indexer.fulltext.name_phrases import _arabic

    words = typed.split()
    if len(words) < 2 or not words[-1].islower() or _arabic(typed):
        return None
    own = [name for name, other in table[key] if other == key and not _arabic(name)]
    return own[0] if own else None


def _expand_plain(segment: str, table: dict, longest: int, added: list) -> str:
    units = list(_UNIT.finditer(segment))

    def plain(unit):
        word = unit.group(0)
        return not (word in _OPERATORS or any(c in word for c in ":*?[]{}~^\\+"))

    pieces, last, i = [], 0, 0
    while i < len(units):
        for n in range(min(len(units) - i, longest + 2), 0, -1):
            span = units[i:i + n]
            if not all(plain(u) for u in span):
                continue
            if any(segment[a.end():b.start()].strip() for a, b in zip(span, span[1:])):
                continue
            words = segment[span[0].start():span[-1].end()]
            key, joined = name_key(words), None
            if key not in table and n <= 3:
                from indexer.fulltext.name_phrases import alike_key, joined_key, split_key

                # a joined name's case is checked on the name after the article; a name spelt
                # alike (Gweiran: Guweiran) is searched as the name
                from indexer.fulltext.skeletons import skeleton_key

                joined = (unmarked_key(key, table) or dotted_key(words, table)
                          or (joined_key(words) if n == 1 else split_key(words))
                          or alike_key(words) or skeleton_key(words))
                if not joined and n > 1:  # Tel Abjad (German j): Tel Abyad
                    from indexer.fulltext.orthographies import read_key

                    joined = read_key(words, alike_key) or read_key(words, skeleton_key)
                key = joined or key
            if n > 1 and key in table:  # "الهول camp": as "al-Hol camp" is searched, and as typed
                from indexer.fulltext.name_phrases import mixed_qualifier

                model = mixed_qualifier(words, key, table)
                if model is not None:
                    inner = _expand_plain(model, table, longest, added)
                    pieces.append(segment[last:span[0].start()] + f'({inner} OR "{words}")')
                    last = span[-1].end()
                    added += [model] if model not in added else []
                    i += n
                    break
            if n == 1 and not joined and key not in table:  # Alomar: al-Omar, as the text writes it
                from indexer.fulltext.name_readings import joined_article

                apart = joined_article(words, getattr(table, "holds", None))
                if apart is not None:
                    pieces.append(segment[last:span[0].start()] + f'({words} OR "{apart}")')
                    last = span[-1].end()
                    added += [apart] if apart not in added else []
                    i += 1
                    break
            if n == 1 and not joined and key not in table:  # Newroz: Newroz camp, Nowruz camp
                from indexer.fulltext.generic_words import named_with_generic

                whole = named_with_generic(words, key, table)
                if whole is not None:
                    names = [name for name, _ in table[whole]]
                    pieces.append(segment[last:span[0].start()] + "(" + " OR ".join(f'"{name}"' for name in names) + ")")
                    last = span[-1].end()
                    added += [name for name in names if name not in added]
                    i += 1
                    break
            if key and key in table and (joined or _written_as(words, key)):
                group_text, names = _group_text(words, key, table[key], table, quoted=False)
                if name_key(words) != key:  # joined or alike: the user's words and every spelling
                    from indexer.fulltext.name_phrases import own_qualifier

                    from indexer.fulltext.inner_names import outside_months, without_longer

                    names = [name for name, _ in table[key]]
                    # a bare name typed for its articled place (رقه: الرقة) is the place: the bare
                    # word of a text is another word ("بكل رقّة", gently), as the index reads it
                    typed = [] if unmarked_key(name_key(words), table) else [outside_months(words)]
                    group_text = "(" + " OR ".join(typed + [f'"{name}"' for name in names]) + ")"
                    group_text = without_longer(group_text, [key] + [other for _, other in table[key]])
                    group_text, names = own_qualifier(words, key, table, quoted=False) or (group_text, names)
                from indexer.fulltext.generic_words import camp_named_after

                camp = camp_named_after(key, table)
                if camp:  # Arisha: the village and the Areesha camp named after it
                    group_text = "(" + group_text + "".join(f' OR "{name}"' for name in camp) + ")"
                    names = names + [name for name in camp if name not in names]
                # a name of several words is its phrase even where the archive holds no other
                # spelling of it, so its words' spellings in the archive are tried in the phrase
                # (sound_alikes.expand_sound_alikes: "Dair az-Zur" for Deir ez-Zor)
                if names or name_key(words) != key or " ANDNOT " in group_text or _foreign_words(words, key):
                    pieces.append(segment[last:span[0].start()] + group_text)
                    last = span[-1].end()
                    added += [name for name in names if name not in added]
                i += n
                break
        else:
            i += 1
    pieces.append(segment[last:])
    return "".join(pieces)
