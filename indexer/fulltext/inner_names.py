"""Names inside other names: "Bab al-Hawa" (the crossing) is not al-Bab (the town), "Roj TV" is not
Roj camp, "Raqqa Revolutionaries Brigade" is not Raqqa. A search for a name leaves out the reports that
hold it only as part of another entity's longer name, one that adds a capitalised word of its own
("Hawa", "TV", "Brigade"); a longer name that only adds generic words in lower case ("Raqqa
province", "al-Hol camp") is the same place with a qualifier and is kept, and so is a place's
council ("Raqqa Civil Council"). Only names that start with the shorter one count, and only where at
most MAX_ENTITIES entities do (Syria, Iraq and the UN start many: their parts, not homonyms). The rule works on reports,
not positions (the index holds terms, not the gazetteer's mentions): a report that names both the
town and the crossing is left out too."""

from __future__ import annotations

import functools
import re

from indexer.fulltext.analysis import ARABIC_ARTICLES

_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z']*")
_ARTICLED_LATIN = re.compile(r"(?i)^(?:al|el|as|ad|ez|az|ar|an|at|ash|ed|es|et|er|ul)[- ][^\W\d_]")
# a place's own council reports on the place ("Raqqa Civil Council restored the clock tower"): kept
_GOVERNS = re.compile(r"\bCouncil\b")


def _adds_a_name(longer: str, key: tuple) -> bool:
    """Whether ``longer`` (a Latin spelling) has a capitalised word of its own beyond ``key``'s words."""
    from indexer.fulltext.aliases import name_key

    own = set(key)
    for word in _LATIN_WORD.findall(longer):
        if word.lower() in ARABIC_ARTICLES or not word[0].isupper():
            continue
        if not set(name_key(word)) <= own:
            return True
    return False


@functools.lru_cache(maxsize=None)
def _longer_names() -> dict:
    """``{key: (longer Latin spellings of other entities holding it, ...)}``."""
    from indexer.fulltext.aliases import alias_table

    table = alias_table()
    out: dict = {}
    for longer, group in table.items():
        if len(longer) < 2:
            continue
        for name, name_key_ in group:
            if name_key_ != longer or not _LATIN_WORD.match(name.lstrip("'\"")):
                continue
            inner = longer[:1]  # a name the longer one starts with: Bab al-Hawa, Roj TV
            if inner in table and all(k != inner for _, k in group) and _adds_a_name(name, inner) \
                    and not _GOVERNS.search(name):
                names = out.setdefault(inner, {}).setdefault(group[0][1], [])
                # the entity is another one's: its other spellings starting with the name are too
                # ("Al Mayadeen television" beside "Al Mayadeen TV")
                for other, other_key in group:
                    if other_key[:1] == inner and _LATIN_WORD.match(other) and other not in names \
                            and not _GOVERNS.search(other):
                        names.append(other)
    # a name many entities start with is a country's or a body's (Syria Civil Defence, Iraq Body
    # Count, UN Women, US Army): they are parts of it, not homonyms; all-capital names (US, UN) too
    return {key: tuple(name for names in entities.values() for name in names) for key, entities in out.items()
            if len(entities) <= MAX_ENTITIES and not _capitals(table[key], key)}


MAX_ENTITIES = 3


def _capitals(group, key) -> bool:
    return any(name.isupper() for name, k in group if k == key)


@functools.lru_cache(maxsize=4096)
def _after_kunyas(key: tuple) -> tuple:
    """The names of ``key``'s entity of one word with the article (al-Hol, الهول) after each word that
    makes a name of the next (``KUNYAS``: "Abu al-Hol", the Sphinx; "أبو الهول"), in the name's script,
    for an entity with a Latin name written with the Arabic article (not a country's: Malaysia); not where the gazetteer writes the whole as a spelling of the entity itself or where the
    entity's own name begins with such a word (Abu Kamal)."""
    from indexer.arabic_whole_names import KUNYAS
    from indexer.fulltext.aliases import alias_table, name_key
    from indexer.names import is_arabic

    from indexer.fulltext.name_phrases import joined_spellings

    group = alias_table().get(key, ())
    own = {other for _, other in group}
    joined = {spelling for name, _ in group for spelling in joined_spellings(name)}  # Alhol: never after Abu
    kunya_keys = {name_key(kunya) for kunya in KUNYAS}
    if not any(_ARTICLED_LATIN.match(name) for name, _ in group):
        return ()  # no Arabic name with its article (Malaysia, Germany): TIME's queries are left as they were
    out, seen = [], set()
    for name, other in group:
        if len(other) != 1 or name in joined or name.isupper() or any(k and other[:1] == k for k in kunya_keys):
            continue
        if not (_ARTICLED_LATIN.match(name) or name.startswith("ال")):
            continue  # a kunya takes a name with its article: "Abu al-Hol", "أبو الهول"
        for kunya in KUNYAS:
            if is_arabic(kunya) != is_arabic(name):
                continue
            phrase = f"{kunya} {name}"
            phrase_key = name_key(phrase)
            if len(phrase_key) == 2 and phrase_key not in seen and phrase_key not in own:
                seen.add(phrase_key)
                out.append(phrase)
    return tuple(out)


def without_longer(group_text: str, keys) -> str:
    """``group_text`` without the reports that hold one of ``keys``' names only inside a longer name,
    or only after a word that makes a name of it ("Abu al-Hol": _after_kunyas)."""
    longer = []
    table = _longer_names()
    for key in keys:
        longer += [name for name in table.get(key, ()) if name not in longer]
    if keys:
        longer += [name for name in _after_kunyas(tuple(keys[0])) if name not in longer]
    if not longer:
        return group_text
    return "(" + group_text + " ANDNOT (" + " OR ".join(f'"{name}"' for name in longer) + "))"


def outside_months(words: str) -> str:
    """``words`` (a query's word read as a name it spells otherwise), quoted, and searched outside the
    month names it begins (تشرين, the Tishrin dam's name, is not "تشرين الأول", October:
    ``("تشرين" ANDNOT ("تشرين الأول" OR ...))``; indexer/arabic_whole_names.py MONTHS, from
    archive/data/date_words.txt). On reports, as without_longer: the name's other spellings, OR-ed
    beside it ("سد تشرين"), still find a report that also writes the month."""
    from indexer.arabic_whole_names import MONTHS
    from indexer.fulltext.aliases import name_key

    key = name_key(words)
    months = [month for month in MONTHS if len(key) == 1 and name_key(month.split()[0]) == key]
    if not months:
        return f'"{words}"'
    return f'("{words}" ANDNOT (' + " OR ".join(f'"{month}"' for month in months) + "))"
