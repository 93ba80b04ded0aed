"""Name variants: the expansion of a query's names into an OR of their spellings. The alias table
(every spelling of a known name, from the gazetteer's groups), the name keys and the case a query must
write a name in are ``alias_keys.py``'s, below this module and ``generic_words.py`` (which reads them
too), re-exported here for callers."""

from __future__ import annotations

import re
from typing import Callable, Optional

from indexer.fulltext.alias_keys import (  # noqa: F401 (callers import these here too)
    _ARTICLE_BEFORE, _CASE_ORDER, _DIGIT_WORD, _VOWELS, _case_rule, _case_rules, _english_key, _loses_words,
    _UNIT, _stems_to_english, _written_as, alias_table, articled, dotted_key, name_key, unmarked_key)
from indexer.fulltext.analysis import ARABIC_ARTICLES
from indexer.fulltext.generic_words import camp_named_after, literal_generic, named_after, named_with_generic


# -- names and variants ---------------------------------------------------------------------
_OPERATORS = {"AND", "OR", "NOT", "TO", "ANDNOT", "ANDMAYBE"}
_QUOTED = re.compile(r'"[^"]*"')


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
    every = [name for name, _ in alias_table().get(key, ())]
    if not quoted:  # Yarubiyah crossing: (the crossing's spellings OR the town's) AND crossing
        bare = [name for name in named_after(spelling, key, table) if name not in names]
        literal = literal_generic(spelling, names + bare, quoted, every) if bare else None
        if literal is not None:
            return without_longer(literal[0], [key] + [other for _, other in group]), literal[1]
    literal = literal_generic(spelling, names, quoted, every)  # "Omar field" is not "al-Omar oil field"
    if literal is not None:
        text, added = literal
        return without_longer(text, [key] + [other for _, other in group]), added
    return without_longer(text, [key] + [other for _, other in group]), names[1:]


_UNDERSCORED = re.compile(r"(?<![\w:])([^\W\d_]+(?:_[^\W\d_]+)+)(?![\w*?])")


def _underscored(text: str, table) -> str:
    """``text`` with each unquoted word whose letters are joined by underscores, as a hashtag or a
    page's address writes a name of several words ("Ras_al_Ain", "Deir_ez_Zor", "Tal_Abyad"), written
    with spaces where those words are a known name, so that it is searched as the name; any other such
    word (an identifier: "snake_case") is left as typed."""
    if "_" not in text:
        return text
    out, last = [], 0
    for quoted in list(_QUOTED.finditer(text)) + [None]:
        end = quoted.start() if quoted else len(text)
        out.append(_UNDERSCORED.sub(lambda m: m.group(1).replace("_", " ")
                                    if name_key(m.group(1).replace("_", " ")) in table else m.group(0), text[last:end]))
        if quoted:
            out.append(quoted.group(0))
            last = quoted.end()
    return "".join(out)


def _bare_place(words: str, key: tuple, table) -> tuple:
    """A name typed bare that one entity writes bare and another only with its article (alias_keys
    _split_by_article): the bare one's spellings, and the typed word outside the articled names
    ("Jazeera": the Jazira region, not "Al Jazeera" the channel)."""
    from indexer.fulltext.inner_names import without_longer

    group, articled_names = alias_table().bare[key]
    names = [name for name, other in group if other in table]
    typed = f'("{words}" ANDNOT (' + " OR ".join(f'"{name}"' for name in articled_names) + "))"
    text = "(" + " OR ".join([typed] + [f'"{name}"' for name in names]) + ")"
    return without_longer(text, [other for _, other in group]), names


def _bare_generic(key: tuple, word: str) -> bool:
    """Whether ``word`` is a generic word of the bare entity's spellings ("region" of "Jazira region"):
    "al-Jazeera region" is the region, written with the article, not the channel."""
    from indexer.fulltext.bare_names import generic_words

    group, _ = alias_table().bare[key]
    return bool(word) and word.lower() in {generic for name, _ in group for generic in generic_words(name)}


def _bare_with_generic(segment: str, span: list) -> bool:
    """Whether an unquoted span is a name typed bare (or with the article) that one entity writes bare
    and another only with its article, then a generic word of the bare one's spellings ("al-Jazeera
    region", "Jazeera region"): searched as the name (_bare_place) AND the word, as "Jazira region" is,
    even where the gazetteer lists the whole as a spelling (it is, for the Jazira's own searches)."""
    head = segment[span[0].start():span[-2].end()]
    key = name_key(head)
    return (bool(key) and key in alias_table().bare and (len(span) == 2 or articled(head))
            and _written_as(head, key) and _bare_generic(key, span[-1].group(0)))


def expand_aliases(text: str, holds: Optional[Callable] = None, phrase_held: Optional[Callable] = None):
    """The query with each known name (alias table, longest match first) as an OR of its spellings;
    returns ``(text, names added)``. Field queries, wildcards and operators are left alone.
    ``holds(key)``: whether the index holds a spelling's terms; the others are not searched.
    ``phrase_held(phrase)``: whether it holds a phrase (qualifier_senses: only the held are searched)."""
    table = alias_table()
    if not table:
        return text, []
    longest = _longest(table)
    text = _underscored(text, table)
    from indexer.fulltext.qualifier_meanings import compounds_apart, in_english

    text = compounds_apart(text, lambda words: name_key(words) in table)  # "Tabka-Staudamm": "Tabka Staudamm"
    text = in_english(text, lambda words: name_key(words) in table)  # "Tabqa Staudamm": as "Tabqa dam"
    from indexer.fulltext.kurmanji_constructs import typed_obliques

    text = typed_obliques(text, lambda words: name_key(words) in table)  # "Holê": as "Hol"
    if OWN_KIND:  # "al-Hol camp": the camp's every report, al-Hol being the camp (own_kinds.py)
        from indexer.fulltext.own_kinds import without_own_kind

        text = without_own_kind(text, table)
    if holds is not None:
        from indexer.fulltext.name_phrases import HeldTable

        table = HeldTable(table, holds)
        table.phrase_held = phrase_held  # a site's town beside its word (name_sites.with_site_parts)
    added: list = []
    out, last = [], 0
    for quoted in list(_QUOTED.finditer(text)) + [None]:
        end = quoted.start() if quoted else len(text)
        out.append(_expand_plain(text[last:end], table, longest, added))
        if quoted:
            key = name_key(quoted.group(0)[1:-1])
            slop = text[quoted.end():quoted.end() + 1] in ("~",)
            from indexer.fulltext.qualifier_meanings import compound_phrase

            compound = None if slop else compound_phrase(quoted.group(0)[1:-1], table)
            if compound is not None:  # "Tabka-Staudamm": the name's spellings with the word typed, not "Tabqa dam"
                out.append(compound[0])
                added += [name for name in compound[1] if name not in added]
                last = quoted.end()
                continue
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

                names = [quoted.group(0)[1:-1]] + [name for name, _ in table[alike]]
                literal = literal_generic(names[0], names, True, [name for name, _ in alias_table()[alike]])
                searched = names[1:] if unmarked_key(key, table) else names  # "رقه": the place, not the bare word
                group_text, names = literal or ("(" + " OR ".join(f'"{name}"' for name in searched) + ")", names[1:])
                out.append(group_text)
                added += [n for n in names if n not in added]
            elif (key in alias_table().bare and len(_UNIT.findall(typed)) == 1 and not articled(typed) and not slop
                  and _written_as(typed, key)):  # "Jazeera": the region, not Al Jazeera
                group_text, names = _bare_place(typed, key, table)
                out.append(group_text)
                added += [n for n in names if n not in added]
            elif key in table and not slop:  # the name quoted: its spellings, not those made in other words
                group = [item for item in table[key] if item[0] not in alias_table().headed] or table[key]
                group_text, names = _group_text(quoted.group(0)[1:-1], key, group, table)
                inner = phrase_variants(quoted.group(0)[1:-1], table, longest, names)  # "al-Hawl camp annex"
                out.append(group_text if inner == quoted.group(0) else f"({group_text} OR {inner})")
                added += [n for n in names if n not in added]
            else:
                out.append(quoted.group(0) if slop else phrase_variants(quoted.group(0)[1:-1], table, longest, added))
            last = quoted.end()
    joined = "".join(out)
    return (_qualified(joined, text, table, longest, phrase_held) if QUALIFIER_LANGUAGES else joined), added


# Whether a qualifier naming its name's one sense is left out (own_kinds.py; the lead's decision of
# round 34, measured by names34 on every held* set: bench/README.md).
OWN_KIND = False

# Whether a qualifier typed beside a name is searched in every language of the press (_qualified):
# "al-Hol camp" finds "im Lager al-Hol", "Hol kampı", "camp d'al-Hol". On since round 30 (the lead's
# decision): held30, written blind, qualifier 0.299 / 0.919 -> 0.484 / 0.930; held28, held29 and held30
# count the translated qualifier, held10, held12, held14, held17 and held19 (older sets) only the
# English word, so their qualifier precision falls where a report writes it in German, French or
# Turkish (held10 0.982 -> 0.933). Measured both ways by names30 (bench/README.md, round 30).
QUALIFIER_LANGUAGES = True


def _qualified(expanded: str, typed: str, table, longest: int, phrase_held: Optional[Callable] = None) -> str:
    """``expanded`` with each qualifier typed right before or after a name searched as the word in every
    language of the archive's press ("al-Hol camp": camp, Lager, kamp, kampı, مخيم...; qualifier_meanings.py).
    A spelling that holds the word ("Chirkin prison") stays a phrase: its name alone may be another's
    (the gazetteer lists a site's bare name where it is the site's only: "al-Omar" is also a person)."""
    from indexer.fulltext.qualifier_meanings import capitalised_name, name_kinds, qualifier_runs, with_meanings

    def is_name(words: str) -> bool:
        return (name_key(words) in table or _expand_plain(words, table, longest, []) != words
                or capitalised_name(words))

    def kinds_of(words: str) -> frozenset:  # "campo" is al-Hol's camp (qualifier_kinds.py)
        return name_kinds(words, alias_table())

    runs = qualifier_runs(typed, is_name, kinds_of)
    expanded = with_meanings(expanded, runs, kinds_of)
    from indexer.fulltext.qualifier_senses import sense_guard

    holds = getattr(table, "holds", None)
    for guard in dict.fromkeys(sense_guard(name, meanings, alias_table(), holds, phrase_held)
                               for _, meanings, name in runs if name):
        if guard:  # "al-Hol camp": not a report of "the town of al-Hol, a few kilometres from the camp"
            expanded = f"({expanded}) ANDNOT {guard}"
    return expanded


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
            if n > 1 and _bare_with_generic(segment, span):
                continue  # "al-Jazeera region": the bare name and its generic word, as "Jazira region" is searched
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
                if not joined and n == 1:  # الصناعة: the prison the gazetteer writes سجن الصناعة
                    from indexer.fulltext.headed_names import arabic_headed_key

                    joined = arabic_headed_key(words, table)
                key = joined or key
            if key not in table and n > 1:  # Menbij Military Council: the Manbij Military Council
                from indexer.fulltext.name_phrases import respelt_key

                joined = respelt_key(words, table)
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

                whole = named_with_generic(words, key, table)
                if whole is not None:
                    names = [name for name, _ in table[whole]]
                    pieces.append(segment[last:span[0].start()] + "(" + " OR ".join(f'"{name}"' for name in names) + ")")
                    last = span[-1].end()
                    added += [name for name in names if name not in added]
                    i += 1
                    break
            if not joined and key not in table:  # al-Omar: as typed, and the oil field's حقل العمر
                from indexer.fulltext.headed_names import latin_headed_names

                headed = latin_headed_names(words, table)
                if headed:
                    ored = "".join(f' OR "{name}"' for name in headed)
                    pieces.append(segment[last:span[0].start()] + f'("{words}"{ored})')
                    last = span[-1].end()
                    added += [name for name in headed if name not in added]
                    i += n
                    break
            if (key and not joined and (n == 1 or articled(words)) and key in alias_table().bare and _written_as(words, key)
                    and (not articled(words) or _bare_generic(key, units[i + n].group(0) if i + n < len(units) else ""))):
                group_text, names = _bare_place(words, key, table)  # Jazeera: the region, not Al Jazeera
                pieces.append(segment[last:span[0].start()] + group_text)
                last = span[-1].end()
                added += [name for name in names if name not in added]
                i += n
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

                camp = camp_named_after(key, table)
                if camp:  # Arisha: the village and the Areesha camp named after it
                    group_text = "(" + group_text + "".join(f' OR "{name}"' for name in camp) + ")"
                    names = names + [name for name in camp if name not in names]
                # a name of several words is its phrase even where the archive holds no other
                # spelling of it, so its words' spellings in the archive are tried in the phrase
                # (sound_alikes.expand_sound_alikes: "Dair az-Zur" for Deir ez-Zor)
                if names or name_key(words) != key or " ANDNOT " in group_text or _foreign_words(words, key):
                    from indexer.fulltext.name_sites import with_site_parts

                    # "Tabqa Dam": the dam's spellings, or the town's beside the word (le barrage de Tabqa)
                    group_text, names = with_site_parts(group_text, names, words, key, table)
                    pieces.append(segment[last:span[0].start()] + group_text)
                    last = span[-1].end()
                    added += [name for name in names if name not in added]
                i += n
                break
        else:
            i += 1
    pieces.append(segment[last:])
    return "".join(pieces)
