"""The alias table (every spelling of a known name, from the gazetteer's groups, one per key), the
key a name indexes as, and the case a query must write a name in: the tables below the query's
expansion (``aliases.py``) and the generic words' rules (``generic_words.py``), which both read them;
``aliases`` re-exports them for its callers. Also the one-word forms a text writes a name in
(:func:`joined_spellings`), which the table holds: no module above is imported from here."""

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
    distinct key (Hasakah and Hasakeh index alike, so only one of them is searched). Its ``bare``:
    the names one entity writes bare and another only with its article (see _split_by_article)."""
    from indexer.fulltext.kurmanji_constructs import construct_obliques
    from indexer.fulltext.language import name_groups
    from indexer.fulltext.persian_spellings import persian_spellings

    from indexer.fulltext.head_forms import head_forms

    built = []
    groups = [[name.strip().replace('"', "") for name in spellings if name.strip()] for spellings in name_groups()]
    groups = with_bare_names(groups, name_key)
    places: dict = {}  # a name's key: its group's spellings (the place of "Manbij Military Council")
    for names in groups:
        for name in names:
            places.setdefault(name_key(name), tuple(names))
    headed: set = set()
    for names in groups:
        made = head_forms(names, lambda place: places.get(name_key(place), []))  # "Menbiç Askeri Konseyi"
        headed.update(made)
        names += made
        names += [joined for name in names for joined in joined_spellings(name) if joined not in names]
        names += [spelt for name in names for spelt in (umlauts_spelt(name),) if spelt and spelt not in names]
        names += [spelt for name in names for spelt in german_inflections(name) if spelt not in names]
        names += [spelt for spelt in kurmanji_obliques(names) if spelt not in names]
        names += [spelt for spelt in construct_obliques(names) if spelt not in names]  # "kampa Holê"
        names += persian_spellings(names)  # موسل, as Sorani writes الموصل (موسڵ)
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
        built.append((group, figures))
    table = _Table()
    table.bare = _split_by_article([group for group, _ in built])
    table.headed = frozenset(headed)
    for group, figures in built:
        for _, key in group:
            table.setdefault(key, [])
            table[key] = table[key] + [item for item in group if item not in table[key]]
        for key in figures:
            if key and key not in table and group:
                table[key] = list(group)
    return table


class _Table(dict):
    bare: dict = {}
    headed: frozenset = frozenset()  # the spellings head_forms made (a quoted name is searched without them)


def articled(name: str) -> bool:
    """Whether a Latin name is written with the Arabic article: "Al Jazeera", "al-Hol", "Aljazeera"
    (the rest keys as the whole does); not "Algeria", nor "Jazeera"."""
    match = _ARTICLED.match(name)
    return bool(match) and name_key(name[match.end():]) == name_key(name)


def _articled_as(name: str, key: tuple) -> bool:
    """Whether a Latin name is ``key``'s name with the article, apart or joined ("Aljazeera")."""
    match = _ARTICLED.match(name)
    return bool(match) and name_key(name[match.end():]) == key


_ARTICLED = re.compile(r"(?i)(?:al|el)(?:[- ]|(?=[a-z]))")


def _split_by_article(groups: list) -> dict:
    """``{key: (the bare entity's (name, key) items, the articled entity's names)}``, where two
    entities share a key and one writes it only bare, the other only with its article: the region's
    "Jazeera" and the channel's "Al Jazeera" / "Aljazeera". The table keeps the key for the articled
    name ("Al Jazeera" typed is the channel); the bare name is taken out of its group (the region's
    searches do not find "Al Jazeera"), and a query writing it bare means that entity
    (aliases._bare_place)."""
    owners: dict = {}
    for number, group in enumerate(groups):
        for name, key in group:
            owners.setdefault(key, {}).setdefault(number, []).append(name)
    bare = {}
    for key, by_group in owners.items():
        if len(by_group) != 2 or any(_is_arabic(name) for names in by_group.values() for name in names):
            continue
        (first, first_names), (second, second_names) = by_group.items()
        for plain, plain_names, other, other_names in ((first, first_names, second, second_names),
                                                        (second, second_names, first, first_names)):
            if not any(articled(name) for name in plain_names) and all(articled(name) for name in other_names):
                groups[plain][:] = [item for item in groups[plain] if item[1] != key]
                bare[key] = (list(groups[plain]), tuple(name for name, _ in groups[other] if _articled_as(name, key)))
    return bare


def _is_arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text)


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


def joined_spellings(name: str) -> list:
    """The one-word forms a text may write a Latin name in: its article joined on ("al-Hol":
    "Alhol"), and a name of several words run together ("Deir ez-Zor": "Deirezzor"), none of them an
    English word; searched as the name's spellings where the index holds them."""
    from indexer.fulltext.language import english_words

    if _is_arabic(name):  # دير الزور: ديرالزور, the article run on to the word before it
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


_UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
_NOT_GERMAN = re.compile("[çşğıİ]", re.IGNORECASE)  # Turkish and Kurdish write ö and ü too, never as oe, ue


def umlauts_spelt(name: str) -> str:
    """A German name as a text without umlauts writes it (Ärzte ohne Grenzen: "Aerzte ohne Grenzen",
    Welternährungsprogramm: "Welternaehrungsprogramm"), or ``""``: accents folded, the index reads
    Ärzte as "arzte", never as the "aerzte" such a text holds. Not a Turkish name (Güçleri)."""
    if not any(char in _UMLAUTS for char in name) or _NOT_GERMAN.search(name):
        return ""
    return "".join(_UMLAUTS.get(char, char) for char in name)


# A German name's adjective declines with its case and article: "Islamischer Staat", "im Islamischen Staat";
# "Demokratische Kräfte Syriens", "die Demokratischen Kräfte Syriens"; "Autonome Verwaltung", "der Autonomen
# Verwaltung". An adjective: a capitalised word of a German name (a word or mark no other language writes)
# ending in -isch- or -al-/-om-/-an- and a declension ending, before a capitalised noun.
_GERMAN_ADJECTIVE = re.compile(r"\b([A-ZÄÖÜ][a-zäöüß]+(?:isch|al|om|an))(e|er|es|en|em)(?= [A-ZÄÖÜ])")
_GERMAN_NAME = re.compile(r"[äöüß]|sch|\b(?:von|und|der|des|für)\b|(?:staat|armee|verwaltung|kräfte)\b", re.IGNORECASE)
_DECLENSIONS = ("e", "en", "er", "es", "em")
_TURKISH_LETTERS = re.compile("[çşğıİÇŞĞ]")  # case-sensitive: in ignore-case matching ı and İ are i too


def german_inflections(name: str) -> list:
    """A German name of several words with each adjective in its other declension endings (Islamischer
    Staat: Islamischen Staat, Islamische Staat, ...), the noun as written; ``[]`` for any other name
    (not a Turkish or Kurdish one, whose ö and ü are theirs)."""
    if " " not in name or _TURKISH_LETTERS.search(name) or not _GERMAN_NAME.search(name):
        return []
    matches = list(_GERMAN_ADJECTIVE.finditer(name))
    if not matches:
        return []
    found = []
    for ending in _DECLENSIONS:
        spelt = _GERMAN_ADJECTIVE.sub(lambda match: match.group(1) + ending, name)
        if spelt != name and spelt not in found:
            found.append(spelt)
    return found


def kurmanji_obliques(names: list) -> list:
    """The oblique (and construct) case of a Kurdish name's Latin spellings, as Kurmanji writes it
    joined to the name's last word: -yê after a vowel, -ê after a consonant (Rojava: Rojavayê; Amûd: Amûdê;
    Eyn Îsa: Eyn Îsayê), for an entity the gazetteer also writes in Kurmanji letters (ê î û ş ç) (an
    acronym's ending is the analysis's: analysis.AcronymFilter, DAIŞê). Any
    other entity's one-word names that end in a vowel and that Kurmanji's alphabet writes as they are (no
    doubled letter, no digraph of English transliteration: sh ch kh gh th dh ou) take -yê only (Reqa:
    Reqayê; Tabqa: Tabqayê; not Raqqa, Aleppo): Kurmanji writes every place's name so, with or without its
    own letters, and no other language of the press ends a word in -yê (a bare -ê is also a Portuguese,
    French or Vietnamese letter: not so)."""
    kurdish = any(_KURMANJI_LETTERS.search(name) for name in names if _LATIN_NAME.match(name))
    found = []
    for name in names:
        words = name.split()
        last = words[-1] if words else ""
        if (not name[:1].isupper() or not all(_KURMANJI_WORD.fullmatch(word) for word in words)
                or not 1 <= len(words) <= 3 or (len(words) > 1 and not kurdish)):
            continue
        if last.isupper() or last.lower().endswith(("ê", "yê")) or len(name.replace(" ", "")) < 4:
            continue
        vowel = last[-1].lower() in "aeiouîûê"
        if not (kurdish or (vowel and _KURMANJI_SHAPED.fullmatch(name))):
            continue
        spelt = " ".join(words[:-1] + [last + ("yê" if vowel else "ê")])
        if spelt not in found:
            found.append(spelt)
    return found


_KURMANJI_LETTERS = re.compile("[êîûşçÊÎÛŞÇ]")
# a word Kurmanji's Latin alphabet writes as it is: no doubled letter, no digraph of English transliteration
_KURMANJI_SHAPED = re.compile(r"(?i)(?!.*(?P<d>[a-z])(?P=d))(?!.*(?:sh|ch|kh|gh|th|dh|ou))[a-z]+")
_KURMANJI_WORD = re.compile(r"[A-Za-zêîûşçÊÎÛŞÇ]+")
_LATIN_NAME = re.compile(r"[A-Za-zÀ-ɏ]")
_UNIT = re.compile(r'[^\s()"]+')
_WORDS = re.compile(r"[^\W\d_]+")
_ARTICLES = {"al", "el", "ar", "as", "ad", "ez", "az", "an", "at", "ash", "ed", "es", "et", "er", "ul"}
