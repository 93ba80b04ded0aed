"""An acronym of an organisation of one country (or two) that its report writes far from that country is
another body's: "the SNA of Somalia took the town", "a DMC car sold at auction in Arizona", "the SDC,
Switzerland's development agency". None of these reports names a place, another body or a name of the
gazetteer, or the organisation's country, or the gazetteer's own (those of fifty places or more: Syria,
Iraq, Turkey); each names another country, or another country's ``elsewhere`` place, as the body's own ("of Somalia",
"Switzerland's"; not where it acts, "SNA fighters in Libya", nor "French media said", "Paris-based").

The organisations of one country and their acronyms are the ``body`` lines of
``archive/data/place_countries.txt`` (``indexer/place_countries.py`` BODIES, their names of one word
written in capitals). A report is read whole, title and body. The acronym's words are then indexed
with the mark of another meaning, as ``placed_elsewhere.py``'s are (``placed_elsewhere.placed_elsewhere``
returns them with its own).
"""

from __future__ import annotations

import functools
import re

from indexer.fulltext import report_words
from indexer.names import fold_word

_ACRONYM = re.compile(r"(?<![\w.])[^\W\d_a-z]{2,7}(?![\w])")
_SEEN: dict = {}  # a word in capitals as written -> its name key
_HOME = 50  # a country with this many places of the gazetteer is of its world (Syria, Iraq, Turkey)
# Only belonging says whose a body is ("the SNA of Somalia", "Switzerland's SDC"): where it acts does
# not ("SNA fighters in Libya", "an SDF delegation in Paris": Syria's bodies act abroad).
_BELONGING = frozenset({"of"})


@functools.lru_cache(maxsize=None)
def _home() -> frozenset:
    """The gazetteer's own countries: naming one keeps every acronym of the region the gazetteer's."""
    from collections import Counter

    from indexer.fulltext.placed_elsewhere import _tables

    counts = Counter(country for where in _tables()[0].values() for country in where)
    return frozenset(country for country, n in counts.items() if n >= _HOME)


def _locates(text: str, spans: list, start: int, end: int) -> bool:
    """Whether the mention ``spans[start:end]`` says whose the report's body is: after "of" ("the SNA
    of Somalia") or as a possessive ("Switzerland's agency"); not where it acts ("in Libya"), nor a
    source's adjective or a name's ("French media said", "Paris-based")."""
    a, b = spans[end - 1]
    if text[b:b + 1] in ("-", "\u2010", "\u2011"):
        return False
    if text[a:b].endswith(("'s", "’s")) or text[b:b + 2] in ("'s", "’s"):
        return True
    return start > 0 and text[spans[start - 1][0]:spans[start - 1][1]].lower() in _BELONGING


def bodies_abroad(texts, capitalised=None) -> set:
    """The acronyms of one country's organisations (as written) that the report made of ``texts`` (its
    title and body) writes only among another country's places, and the acronyms of another language's
    name of a body that an English report writes alone (:func:`foreign_alone`). ``capitalised``: the
    texts' capitalised words, when a caller has read them (``placed_elsewhere``)."""
    texts = [text for text in texts if text]
    if capitalised is None:
        capitalised = {word for text in texts for word in _ACRONYM.findall(text)}
    return _one_country(texts, capitalised) | foreign_alone(texts, capitalised) | before_a_name(texts, capitalised)


# A word in capitals right before another capitalised word, only a space between ("DMC DeLorean").
_BEFORE_NAME = re.compile(r"(?<![\w.])([^\W\d_a-z]{2,7}) ([^\W\d_a-z][\w'’]*)")


def before_a_name(texts, capitalised) -> set:
    """The gazetteer's acronyms (as written) that a report naming no place, body or name of the gazetteer
    besides them, nor its own countries, writes only right before a capitalised word that is no common
    English word and begins no gazetteer name: the first word of another thing's name, a brand's or a
    club's ("a restored DMC DeLorean", "KRC Genk beat Anderlecht"), as a river's name before another
    name is no river (river_names.py). "SDF Commander", "WFP Syria" stay the body's."""
    from indexer.acronym_names import ACRONYMS
    from indexer.fulltext.language import english_words
    from indexer.fulltext.placed_elsewhere import _first_words

    written = {word for word in capitalised if word.isupper() and word.lower() in ACRONYMS}
    if not written:
        return set()
    common, first = english_words(), _first_words()
    before, alone = set(), set()
    for text in texts:
        named = {match.start(1): match for match in _BEFORE_NAME.finditer(text)}
        for match in _ACRONYM.finditer(text):
            word = match.group()
            if word not in written:
                continue
            after = named.get(match.start())
            following = after.group(2) if after is not None and after.group(1) == word else None
            if following and following.lower() not in common and fold_word(following) not in first:
                before.add(word)
            else:
                alone.add(word)
    out = before - alone
    if not out:
        return set()
    keys = {(fold_word(word),) for word in out}
    home = _home()
    for text in texts:
        spans, folded = report_words.folded_words(text)
        for start, end, kind, where in report_words.mentions(text):
            if tuple(folded[start:end]) in keys:
                continue
            if kind in ("place", "name", "body") or set(where) & home:
                return set()  # the report is of the gazetteer's world
    return out


# An English report holds at least this many of Whoosh's English stop words ("the", "of", "on").
_ENGLISH_STOPS = 2


def foreign_alone(texts, capitalised) -> set:
    """The acronyms (as written, in capitals) of a body's name in another language than English
    (``indexer/foreign_acronyms.py``: PAM, the WFP's French; SDG and SMO, the SDF's and SNA's Turkish;
    EI, ISIS in French) in an English report that names another country or another country's place and
    no place, body or name of the gazetteer besides them, nor its own countries (Syria, Iraq, Turkey):
    an English report writes the body's English acronym, or names it among the region's names, so such
    a word set abroad is another thing's ("Morocco's PAM party", "EI benefits in Ontario", "the war in
    Ukraine, a special military operation, or SMO", "the FDS of Ivory Coast"). Set nowhere it stays the
    body's ("A French report said the FDS...", "The CICR said it had visited detainees"), and so does
    a report in the acronym's language ("Le PAM a distribué...")."""
    from whoosh.analysis import STOP_WORDS

    from indexer.foreign_acronyms import FOREIGN

    written = {word for word in capitalised if word in FOREIGN}
    if not written:
        return set()
    stops = {word.lower() for text in texts for word in report_words.split(text)[1::2]} & STOP_WORDS
    if len(stops) < _ENGLISH_STOPS:
        return set()
    keys = {(fold_word(word),) for word in written}
    home = _home()
    abroad = False
    for text in texts:
        spans, folded = report_words.folded_words(text)
        for start, end, kind, where in report_words.mentions(text):
            if tuple(folded[start:end]) in keys:
                continue
            if kind in ("place", "name", "body") or set(where) & home:
                return set()  # the report is of the gazetteer's world
            abroad = True  # another country, or another country's place
    return written if abroad else set()


def _one_country(texts: list, capitalised) -> set:
    """bodies_abroad's acronyms of one country's organisations written among another country's places."""
    from indexer.fulltext.placed_elsewhere import _bodies

    bodies = _bodies()
    acronyms = {}
    seen = _SEEN
    for word in capitalised:
        if 1 < len(word) < 8 and word.isupper() and word.isalpha():
            key = seen.get(word)
            if key is None:
                if len(seen) > 100_000:
                    seen.clear()
                key = seen[word] = (fold_word(word),)
            if key in bodies:
                acronyms.setdefault(key, set()).add(word)
    if not acronyms:
        return set()
    named: set = set()  # the countries the report names
    for text in texts:
        spans, folded = report_words.folded_words(text)
        for start, end, kind, where in report_words.mentions(text):
            key = tuple(folded[start:end])
            if kind in ("place", "name") or (kind == "body" and key not in acronyms):
                return set()  # the report is of the gazetteer's world
            if kind in ("country", "elsewhere") and _locates(text, spans, start, end):
                named.update(where)
            elif kind in ("country", "elsewhere") and set(where) & _home():
                return set()
    out = set()
    for key, written in acronyms.items():
        own = set(bodies[key]) | _home()
        if named and not named & own:
            out |= written
    return out


# A river is named by these words beside it ("River Isis", "the Isis river"); a place right after a
# name by these ("the Isis at Oxford", "on the Isis in Oxford").
_RIVER = frozenset({"river"})
_AT = frozenset({"at", "in"})


def acronyms_as_names(texts, capitalised) -> set:
    """The gazetteer's acronyms written as a name, in title case ("Isis", not ISIS; no English word: Care),
    that a report naming no place, body or name of the gazetteer (nor its own countries: Syria, Iraq,
    Turkey) calls a river ("River Isis", "the Isis river") or places right after it, by "at" or "in",
    in another country's place ("the Isis at Oxford", "Isis in Oxford"): a river or place of that
    name, not the body. Its words are then indexed with the mark of another meaning, as
    ``bodies_abroad``'s are."""
    from indexer.acronym_names import ACRONYMS
    from indexer.fulltext.language import english_words

    written = {word for word in capitalised
               if 2 < len(word) < 8 and word.isalpha() and word[0].isupper() and word[1:].islower()
               and word.lower() in ACRONYMS and word.lower() not in english_words()}  # not Care, Pin
    if not written:
        return set()
    keys = {(fold_word(word),) for word in written}
    home = _home()
    out: set = set()
    for text in (text for text in texts if text):
        spans, folded = report_words.folded_words(text)
        mentions = report_words.mentions(text)
        foreign = {}
        for start, end, kind, where in mentions:
            if tuple(folded[start:end]) in keys:
                continue
            if kind in ("place", "name", "body") or set(where) & home:
                return set()  # the report is of the gazetteer's world
            foreign[start] = where
        for i, (a, b) in enumerate(spans):
            word = text[a:b]
            if word not in written:
                continue
            river = (i > 0 and folded[i - 1] in _RIVER) or (i + 1 < len(folded) and folded[i + 1] in _RIVER)
            placed = i + 2 < len(folded) and folded[i + 1] in _AT and (i + 2) in foreign
            if river or placed:
                out.add(word)
    return out
