"""A gazetteer place that its report places in another country is a homonym, not the place: "Derik, a
district of Mardin province in Turkey", "Ras el-Ain, the spring near Tyre in southern Lebanon", "the
river Khabur at Zakho", "Sudan's Baggara", "Hol, a mountain municipality in Norway".

Each place of the gazetteer has its countries (``archive/data/place_countries.txt``, written into
``indexer/place_countries.py``). A mention of a place's Latin spelling, capitalised, is placed in another
country when, within its sentence:
- right before it stands another country's name as a possessive ("Sudan's Baggara") or its demonym
  ("the Sudanese Baggara"; not "Turkish-backed", which is no word of its own);
- or after it, before any word that leaves the place ("from", "to", "with", "across", "border", "and",
  ...) and within a dozen words, the first place, country or demonym named is another country's and
  is introduced as where the mention is: after "in", "of", "at", "inside", "within",
  "outside" (with direction words between: "in southern Lebanon"), or after "near" for a country or
  a place the gazetteer does not hold (a gazetteer place "near" is often across a border: "Abu Kamal,
  near al-Qaim"). A place of the mention's own country named first ends the search ("Derik in
  Hasakah province").
- or right after it, set off by commas, stands another country's name ("Hol, Norway, ..."; the country
  followed by punctuation or the end, as an address writes it, not "Afrin, Turkey said").
An organisation of one country (``body`` lines of the data: "Japan's SDF", "the Somali SNA", "the
Swiss agency SDC") is placed only by a possessive or demonym before it, with at most two words naming
what it is between ("agency", "army"): what follows never places a body, which may act abroad, unless
the gazetteer holds a namesake of another country named by that country's demonym ("Iraqi Kurdish
Asayish"): then a place of that country after it places it as it places a place ("the Asayish in
Erbil"; ``_namesakes``).
A mention after "from" or a verb of leaving is never placed ("refugees from Afrin in Turkey", "families
left al-Hawl in February through the Rabia crossing").

The words of the placed mentions, less those of the report's other place mentions, are indexed in
that report with the mark of another meaning (as an acronym the report defines as something else:
``acronym_meanings.py``, through ``fields._marks``), so the place's searches do not find it.
"""

from __future__ import annotations

import functools
import re

from indexer.names import TOKEN_RE, fold_word, folded_words
# The words that place a mention, leave it or say what it is (``placing_words.py``).
from indexer.fulltext.placing_words import (
    _ADDRESS_END, _ARTICLE_GAP, _ARTICLES, _BODY_NOUNS, _LEAVING, _LEFT, _LOCATING, _NEAR, _OPENING, _PLACE_NOUNS,
    _SKIPPED, _is_verb,
)
from indexer.fulltext.bodies_abroad import acronyms_as_names, bodies_abroad
from indexer.fulltext.person_names import person_words
from indexer.fulltext.broadcaster_names import names_a_broadcaster
from indexer.fulltext.river_names import starts_another_name
from indexer.fulltext.table_names import walk
from indexer.fulltext.named_as import other_name as _other_name  # "Sour (Tyre)": the name a text gives it too

_SENTENCE_END = re.compile(r"[.!?;\n]")
_REACH = 10  # words after a mention its place is looked for in
_BEFORE, _AFTER = 60, 200  # characters read before and after a word that begins a place's name
# A capitalised word: \b asked after its first letter (the lookbehind spans it and the character
# before), so the scan fails at most places on one character class: the same matches as
# ``\b[^\W\d_a-z][\w'’]*`` in 0.87 of the time (issue #16).
_CAPITALISED = re.compile(r"[^\W\d_a-z](?<!\w.)[\w'’]*")
_RAW_FIRST: dict = {}  # a capitalised word as written -> the most words of a place's key it begins (0: none)
_LONGEST = 6  # words of the longest name matched


def _tables():
    from indexer import place_countries as t

    return t.PLACES, t.COUNTRIES, t.DEMONYMS, t.ELSEWHERE, t.NAMES


def _bodies() -> dict:
    from indexer import place_countries as t

    return t.BODIES


def placed_elsewhere(texts) -> set:
    """The words (as written) of the place mentions that the report made of ``texts`` (its title and
    body) places in another country, less the words of its body's other place mentions (a title, cut
    short or a headline, names a place without placing it: "Border officials in Derik, a district of");
    and the words of gazetteer names it writes only inside persons' names (``person_names.py``), and the
    acronyms of one country's bodies it writes only among another country's places (``bodies_abroad.py``)."""
    placed, kept, capitalised = set(), set(), set()
    texts = list(texts)
    for number, text in enumerate(texts):
        if text:  # a title (before the body) keeps no word: cut short, it places nothing
            _read(text, placed, kept if number == len(texts) - 1 else set(), capitalised)
    return ({word for word in placed if fold_word(word) not in kept} | person_words(texts, capitalised)
            | bodies_abroad(texts, capitalised) | acronyms_as_names(texts, capitalised))


def _read(text: str, placed: set, kept: set, capitalised: set) -> None:
    """Each stretch of ``text`` around a capitalised word that begins a place's name, read alone: the
    rest of a report costs one pass of a regular expression, whose words it adds to ``capitalised``
    (the other rules read them: ``person_names.py``, ``bodies_abroad.py``).

    The words are found by ``findall`` (C) and judged once each (a report writes ~75 capitalised
    words, ~40 of them distinct, ~5 beginning a key); their places are looked up only for those
    (:func:`_starts`): the same stretches as a look at every match (issue #16)."""
    found = _CAPITALISED.findall(text)
    if not found:
        return
    capitalised.update(found)
    first = _first_words()
    raw = _RAW_FIRST
    begins = {}
    for word in set(found):
        longest = raw.get(word)
        if longest is None:
            if len(raw) > 200_000:
                raw.clear()
            longest = raw[word] = first.get(fold_word(word), 0)
        if longest:
            begins[word] = longest
    if not begins:
        return
    places = _known()
    windows: list = []
    for at, end, longest in _starts(text, begins):
        if not _names_place(text, at, longest, places):
            continue
        start = text.rfind(" ", 0, max(0, at - _BEFORE)) + 1
        end = min(len(text), end + _AFTER)
        if windows and start <= windows[-1][1]:
            windows[-1][1] = end
        else:
            windows.append([start, end])
    for start, end in windows:
        _read_window(text, start, end, placed, kept)


def _starts(text: str, begins: dict) -> list:
    """``(start, end, longest)`` of each match of ``_CAPITALISED`` in ``text`` that is one of
    ``begins`` (``{word: longest}``), in order. Each word is looked for with ``str.find``: a place
    is a match's start where the character before is neither a word's nor an apostrophe (one of
    those and a match would begin before it or fail) and the match there is the word itself; after
    an apostrophe, where an earlier match may hold the place ("l'Alep", "O'Brien"), the matches are
    walked as ``finditer`` finds them."""
    out = []
    match_at = _CAPITALISED.match
    for word, longest in begins.items():
        size = len(word)
        at = text.find(word)
        while at >= 0:
            before = text[at - 1] if at else " "
            if before in "'’":
                return [(m.start(), m.end(), begins[m.group()]) for m in _CAPITALISED.finditer(text)
                        if m.group() in begins]
            if _WORD_CHARACTER.match(before) is None:
                m = match_at(text, at)
                if m is not None and m.end() - at == size:
                    out.append((at, at + size, longest))
            at = text.find(word, at + 1)
    out.sort()
    return out


_WORD_CHARACTER = re.compile(r"\w")
def _read_window(text: str, pos: int, endpos: int, placed: set, kept: set) -> None:
    places, countries, demonyms, elsewhere, names = _tables()
    spans, folded = folded_words(text, pos, endpos)  # articles dropped, as in the gazetteer's keys
    found = _mentions(text, spans, folded, places, countries, elsewhere, names)
    at = {item[0]: item for item in found}
    for start, end, kind, where in found:
        if kind not in ("place", "body") or text[spans[end - 1][1]:spans[end - 1][1] + 1] in ("-", "\u2010", "\u2011"):
            continue  # not a place, or the first part of a compound ("London-based", "Turkish-backed")
        words = [text[a:b] for a, b in spans[start:end]]
        if kind == "body":
            is_placed = _body_placed(text, spans, folded, start, set(where), countries, demonyms)
            namesake = _namesakes().get(tuple(folded[start:end]))
            if not is_placed and namesake:  # "the Asayish in Erbil": Iraqi Kurdistan's own Asayish
                is_placed = _is_placed(text, spans, folded, start, end, set(where), at, countries, demonyms, namesake)
        else:
            is_placed = _is_placed(text, spans, folded, start, end, set(where), at, countries, demonyms) \
                or starts_another_name(text, spans, folded, start, end, at) \
                or names_a_broadcaster(text, spans, folded, start, end)  # "Euphrates Shield", "Al Mayadeen aired"
        if is_placed:
            placed.update(words)
        else:
            kept.update(folded[start:end])


@functools.lru_cache(maxsize=None)
def _known() -> dict:
    """The places' and the bodies' keys: what a stretch of text is read around."""
    return {**_bodies(), **_tables()[0]}


@functools.lru_cache(maxsize=None)
def _first_words() -> dict:
    """The first words of the places' and bodies' keys, each with the most words of a key it begins: a
    text whose capitalised words begin none names no place."""
    first: dict = {}
    for key in _known():
        first[key[0]] = max(first.get(key[0], 0), len(key))
    return first


def _names_place(text: str, at: int, longest: int, places: dict) -> bool:
    """Whether the words from ``at`` begin with a place's key ("The Hague", not "The")."""
    words = []
    for match in TOKEN_RE.finditer(text, at, at + 24 * longest):
        word = fold_word(match.group())
        if word:
            words.append(word)
            if tuple(words) in places:
                return True
            if len(words) == longest:
                break
    return False


def _mentions(text, spans, folded, places, countries, elsewhere, names) -> list:
    """``(first, end, kind, countries)`` of every capitalised name of the tables, longest first; the
    other entities' names take their words ("Autonomous Administration of North and East Syria"). With
    the gazetteer's tables, found by a walk down a tree of their names' words (``table_names.py``)."""
    tables = _tables()
    if places is tables[0] and countries is tables[1] and elsewhere is tables[3] and names is tables[4]:
        return walk(text, spans, folded, _LONGEST, _SENTENCE_END)
    return _mentions_by_lengths(text, spans, folded, places, countries, elsewhere, names)


def _mentions_by_lengths(text, spans, folded, places, countries, elsewhere, names) -> list:
    """:func:`_mentions`, each length from the longest looked up in each table at each capitalised word."""
    bodies = _bodies()
    found, i, n = [], 0, len(folded)
    while i < n:
        a, _ = spans[i]
        if not text[a].isupper():
            i += 1
            continue
        for length in range(min(_LONGEST, n - i), 0, -1):
            if length > 1 and _SENTENCE_END.search(text[spans[i][1]:spans[i + length - 1][0]]):
                continue
            key = tuple(folded[i:i + length])
            if key in places:
                found.append((i, i + length, "place", places[key]))
            elif key in countries:
                found.append((i, i + length, "country", (countries[key],)))
            elif key in elsewhere:
                found.append((i, i + length, "elsewhere", (elsewhere[key],)))
            elif key in bodies:
                found.append((i, i + length, "body", bodies[key]))
            elif key in names:
                found.append((i, i + length, "name", ()))
            else:
                continue
            i += length
            break
        else:
            i += 1
    return found


def _gap(text, spans, j) -> str:
    return text[spans[j - 1][1]:spans[j][0]] if j > 0 else ""


def _country_before(text, spans, folded, k, countries, demonyms):
    """The country whose possessive ("Sudan's") or demonym ("Sudanese"), capitalised, is word ``k``."""
    before = text[spans[k][0]:spans[k][1]]
    if not before[:1].isupper():
        return None
    country = demonyms.get(folded[k])
    if country is None and before[-2:] in ("'s", "’s") and (folded[k],) in countries:
        country = countries[(folded[k],)]
    return country


def _body_placed(text, spans, folded, start, own, countries, demonyms) -> bool:
    """An organisation made another country's by a possessive or demonym before it, with at most two
    words naming what it is between ("Japan's SDF", "the Swiss agency SDC")."""
    k = start - 1
    while k >= 0 and start - k <= 3:
        gap = _gap(text, spans, k + 1)
        if gap.strip() != "":
            return False
        country = _country_before(text, spans, folded, k, countries, demonyms)
        if country is not None:
            return country not in own
        if folded[k] not in _BODY_NOUNS or not text[spans[k][0]].islower():
            return False
        k -= 1
    return False


def _is_placed(text, spans, folded, start, end, own, at, countries, demonyms, other=None) -> bool:
    """Whether the mention ``spans[start:end]`` is placed in a country not in ``own`` (see the module);
    with ``other`` (a body's namesakes' countries), only by a place named after it, of those countries."""
    if other is None and start > 0 and not _SENTENCE_END.search(_gap(text, spans, start)):
        before = text[spans[start - 1][0]:spans[start - 1][1]]
        if folded[start - 1] in _LEFT:
            return False
        if before[:1].isupper() and _ARTICLE_GAP.fullmatch(_gap(text, spans, start)):  # "Sudan's al-Jazira"
            country = demonyms.get(folded[start - 1])
            if country is None and before[-2:] in ("'s", "’s") and (folded[start - 1],) in countries:
                country = countries[(folded[start - 1],)]
            if country is not None:
                return country not in own
        country = _demonym_noun_of(text, spans, folded, start, demonyms, countries)  # "the Norwegian municipality of Hol"
        if country is not None:
            return country not in own
    alias = _other_name(text, spans, folded, end, at) if other is None else None  # before a body: _body_placed's
    if alias is not None:  # "Sour (Tyre)", "Sour, the Lebanese port also called Tyre"
        return not own & set(alias)
    if other is None and end < len(folded) and _gap(text, spans, end).strip() == ",":
        k = end  # "Hol, Norway, ...": an address; "Sour, southern Lebanon, ..." with its direction
        while k + 1 < len(folded) and folded[k] in _SKIPPED and folded[k] != "the" and text[spans[k][0]].islower():
            k += 1
        item = at.get(k)
        if item is not None and item[2] == "country" and _ADDRESS_END.match(text, spans[item[1] - 1][1]):
            return not own & set(item[3])
    for q in range(end, min(end + _REACH, len(folded))):
        if _SENTENCE_END.search(_gap(text, spans, q)):
            return False
        word = folded[q]
        # a past verb ends the placing; right after a mention that a preposition opens too, the verb is
        # another subject's ("traders in Girê Spî complained about fees at Akçakale": the fees are at
        # Akçakale), not the place's own ("Kaarel Tanak finished third in the Rally of Finland")
        if word in _LEAVING or (other is None and (q > end or ("," not in _gap(text, spans, q)
                                                                and _in_phrase(folded, start)))
                                and _is_verb(text[spans[q][0]:spans[q][1]])
                                and folded[q - 1] not in _ARTICLES):  # "the lost capital of": no verb
            return False
        item = at.get(q)
        word_text = text[spans[q][0]:spans[q][1]]
        if item is None and word in demonyms and word_text[:1].isupper():
            where, kind = (demonyms[word],), "demonym"
            following = text[spans[q + 1][0]:spans[q + 1][0] + 1] if q + 1 < len(spans) else ""
            if not following.isupper():
                continue
        elif item is not None and item[2] != "name":
            where, kind = item[3], item[2]
            if kind == "place" and own & set(where):  # "south of Sour (Tyre) in Lebanon": Tyre's Sour
                where = _other_name(text, spans, folded, item[1], at) or where
        else:
            continue
        if own & set(where):
            return False
        p = q - 1
        while p >= end and folded[p] in _SKIPPED:
            p -= 1
        if kind == "country" and p > end and _gap(text, spans, p + 1).strip() == "," and at.get(p) is None \
                and text[spans[p][0]].isupper():
            p -= 1  # "Hol in Buskerud, Norway": a region the gazetteer does not hold, and its country
        if p < end:
            return False
        if not (folded[p] in _LOCATING or (folded[p] in _NEAR and kind != "place")):
            return False
        if "," in text[spans[end - 1][1]:spans[p][0]] and not any(w in _PLACE_NOUNS for w in folded[end:p]):
            return False  # set off by a comma, and not said to be a place there
        return other is None or bool(other & set(where))
    return False


def _in_phrase(folded, start) -> bool:
    """Whether a preposition opens the mention starting at word ``start``, its article between ("in Girê
    Spî", "for the al-Hol camp"): a verb right after it is the sentence's subject's ("trucks carrying aid
    for the al-Hol camp waited at Rabia": the trucks waited there), not the place's."""
    k = start - 1
    if k > 0 and folded[k] in _ARTICLES:
        k -= 1
    return k >= 0 and folded[k] in _OPENING


def _demonym_noun_of(text, spans, folded, start, demonyms, countries=None):
    """The country of a demonym (or a country's name written as one), capitalised, before one or two
    place nouns in lower case and "of" right before the mention: "the Norwegian municipality of Hol",
    "the Jordanian mountain village of Dhiban", "the Mitanni capital of Washukanni"."""
    k = start - 1
    if k < 2 or folded[k] != "of" or not _ARTICLE_GAP.fullmatch(_gap(text, spans, start)):
        return None
    k -= 1
    nouns = 0
    while k >= 0 and nouns < 2 and folded[k] in _PLACE_NOUNS and text[spans[k][0]].islower() \
            and _gap(text, spans, k + 1).strip() == "":
        k -= 1
        nouns += 1
    if nouns == 0 or k < 0 or _gap(text, spans, k + 1).strip() != "" or not text[spans[k][0]].isupper():
        return None
    return demonyms.get(folded[k]) or (countries or {}).get((folded[k],))


@functools.lru_cache(maxsize=None)
def _namesakes() -> dict:
    """``{body key: countries}``: a one country's organisation whose one-word name another entity of the
    gazetteer writes with another country's demonym or name ("Iraqi Kurdish Asayish", for the Asayish of
    Syria): that country has a body of the name. Such a body is the namesake where its report places it
    after it too ("the Asayish in Sulaymaniyah"), as a place is; a body with no namesake so named may act
    abroad ("Peshmerga in Kobani": "Roj Peshmerga" names a place, not a country)."""
    _, countries, demonyms, _, names = _tables()
    found: dict = {}
    for key, own in _bodies().items():
        for name in names:
            if len(name) < 2 or key[0] not in name:
                continue
            for word in name:
                where = {demonyms.get(word), countries.get((word,))} - {None} - set(own)
                found.setdefault(key, set()).update(where)
    return {key: frozenset(where) for key, where in found.items() if where}
