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
from indexer.fulltext.head_table import HEADS

_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z']*")
_ARTICLED_LATIN = re.compile(r"(?i)^(?:al|el|as|ad|ez|az|ar|an|at|ash|ed|es|et|er|ul)[- ][^\W\d_]")
# a place's own council reports on the place ("Raqqa Civil Council restored the clock tower"): kept, in the
# press's other languages too (head_table.HEADS: "Menbiç Askeri Konseyi", "Conseil militaire de Manbij")
_GOVERNS = re.compile(r"\b(?:Council|" + "|".join(sorted(re.escape(word) for word in {
    word for head, forms in HEADS.items() for form in forms for word in form.replace("{place}", " ").split()
    if word[:1].isupper() and word not in head.split()})) + r")\b")  # not "Civil": Syria Civil Defence


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
    """``{key: (longer spellings of other entities holding it, ...)}``: Latin ones that start with it
    and add a capitalised word; Arabic ones of two words (:func:`_arabic_inner`)."""
    from indexer.fulltext.aliases import alias_table

    table = alias_table()
    out: dict = {}
    for longer, group in table.items():
        if len(longer) < 2:
            continue
        for name, name_key_ in group:
            if name_key_ == longer and len(longer) == 2 and _ARABIC_WORD.match(name):
                inner = _arabic_inner(name, longer, group, table)  # روج آفا (Rojava), جامعة الفرات
                if inner is not None:
                    names = out.setdefault(inner, {}).setdefault(group[0][1], [])
                    if name not in names:
                        names.append(name)
                continue
            if name_key_ != longer or not _LATIN_WORD.match(name.lstrip("'\"")):
                continue
            ending = _ends_another(name, longer, group, table)  # Faysh Khabur, Kata'ib Hezbollah
            if ending is not None:
                names = out.setdefault(ending, {}).setdefault(group[0][1], [])
                if name not in names:
                    names.append(name)
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


def _ends_another(name: str, longer: tuple, group: list, table: dict):
    """The key of another entity's one-word name that ``name`` (a Latin spelling of two words) ends
    after a name word of its own, or None: "Faysh Khabur" (the crossing town) is not the Khabur,
    "Kata'ib Hezbollah" not Hezbollah, "Erbil Asayish" not the Asayish, "Thuwar al-Raqqa" not Raqqa.
    The first word must be a name, not a word that places or describes the other (a demonym or a
    country's name, "Iraqi Kurdistan"; a compass word or any English word, "Northeast Syria",
    "Mount Sinjar", "Western Kurdistan"; an Arabic head noun of places, "Jabal Sinjar"), nor an article."""
    from indexer.fulltext.language import english_words
    from indexer.place_countries import COUNTRIES, DEMONYMS

    words = name.split()
    if len(words) != 2 or len(longer) != 2 or longer[-1:] not in table:
        return None
    first = words[0]
    folded = first.lower().replace("-", "")
    if not first[:1].isupper() or first.isupper() or folded in ARABIC_ARTICLES or folded in english_words() \
            or folded in DEMONYMS or (folded,) in COUNTRIES or first.lower() in _DESCRIBING:
        return None
    inner = longer[-1:]
    if any(key == inner for _, key in group):
        return None
    return inner


_DESCRIBING = frozenset({
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east",
    "north-west", "south-east", "south-west", "northern", "southern", "eastern", "western", "upper", "lower",
    "central", "greater",
    # Arabic head nouns of place names (mountain, hill, spring, valley, well, village, monastery, gate)
    "jabal", "jebel", "jabel", "tal", "tel", "tell", "til", "ras", "ain", "ayn", "wadi", "bir", "kafr",
    "khirbet", "umm", "deir", "dayr", "bab", "qasr", "sheikh"})
_ARABIC_WORD = re.compile(r"[\u0600-\u06ff]")


def _arabic_inner(name: str, longer: tuple, group: list, table: dict):
    """The key of another entity's one-word name that an Arabic spelling of two words holds as another
    name, or None. Arabic puts the head first: a place's name whose spelling starts another place's
    (روج, the camp, in روج آفا, Rojava) or a name after the head noun of a body that is no place
    (جامعة الفرات, the university; قناة الميادين, the channel: the head without the article, as a
    construct writes it, not الحكومة السورية, a noun and its adjective), as "Roj TV" and "Aleppo
    University" hold their names in Latin letters; written as a name of the entity, not only stemmed
    onto it (العراقية). A place's head noun before a name (مخيم الهول, محافظة الحسكة,
    سد الفرات) is the place with its generic word or a site named after it, left as in Latin ("Tabqa dam")."""
    own = {key for _, key in group}
    first, last = longer[:1], longer[-1:]
    words = name.split()
    if len(words) != 2 or words[0].startswith("ال"):
        return None  # الحكومة السورية: a noun and its adjective, both with the article (no construct)
    if first in table and first not in own and _writes(words[0], first, table) and _is_place(group) \
            and _is_place(table[first]):
        return first
    if last in table and last not in own and _writes(words[1], last, table) and not _is_place(group):
        return last
    return None


def _writes(word: str, key: tuple, table: dict) -> bool:
    """Whether ``word`` is written as one of ``key``'s own Arabic names of one word (الفرات), not only
    stemmed onto it (العراقية, "Iraqi", is no spelling of العراق)."""
    from indexer.names import fold_word

    written = fold_word(word)
    return any(fold_word(name) == written for name, other in table[key] if other == key and _ARABIC_WORD.match(name)
               and len(name.split()) == 1)


def _is_place(group) -> bool:
    """Whether an entity's Latin spellings name a place of the place table (indexer/place_countries.py)."""
    from indexer.names import folded_words
    from indexer.place_countries import PLACES

    return any(tuple(folded_words(name)[1]) in PLACES for name, _ in group if _LATIN_WORD.match(name))


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
    group_text = _outside_month_names(group_text)
    longer = []
    table = _longer_names()
    for key in keys:
        longer += [name for name in table.get(key, ()) if name not in longer]
    if keys:
        longer += [name for name in _after_kunyas(tuple(keys[0])) if name not in longer]
    if not longer:
        return group_text
    return "(" + group_text + " ANDNOT (" + " OR ".join(f'"{name}"' for name in longer) + "))"


def _outside_month_names(group_text: str) -> str:
    """``group_text`` with each quoted one-word spelling that begins a month's name searched outside
    it (outside_months), in either script: "Tishreen" of the Tishrin dam is not "Tishreen al-Awwal",
    October, nor تشرين "تشرين الأول"."""
    from indexer.arabic_whole_names import MONTHS
    from indexer.fulltext.aliases import name_key

    firsts = {name_key(month.split()[0]) for month in MONTHS}
    if not any(len(name_key(word)) == 1 and name_key(word) in firsts for word in _QUOTED_WORD.findall(group_text)):
        return group_text
    return _QUOTED_WORD.sub(lambda m: outside_months(m.group(1)) if name_key(m.group(1)) in firsts
                            else m.group(0), group_text)


_QUOTED_WORD = re.compile(r'(?<![^\s(])"([^"\s]+)"(?! ANDNOT)')


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
