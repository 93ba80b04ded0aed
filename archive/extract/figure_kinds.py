"""The kind of a reported figure, and whether it is a running total or a peak.

Kinds: killed ("killed", "died", "dead", "death toll" are one), wounded, detained (held),
displaced, returned (repatriated), population, missing, other. The words are data
(``archive/data/figure_kinds.txt``): the event verb of a figure ("20 civilians were killed",
"killing 20 people", "brought home 28 women"), its head noun ("3,500 detainees", "63 wounded",
"the bodies of 50 people"), a word just before it in its clause ("among the dead were five
children") or the label of a figure with no noun ("the death toll rose to 332"). Counts of things
(car bombs, countries, strike sites, tents) are ``other`` whatever the verb.

``tally``: "total" for a running total ("since January", "so far", "took the total to",
"has now repatriated"), "peak" for a peak ("at its peak"), None for a figure of one event.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple, Optional

from archive.extract.data import data_lines

KINDS = ("killed", "wounded", "detained", "displaced", "returned", "population", "missing", "other")
PEOPLE = frozenset(KINDS[:-1])


class KindWords(NamedTuple):
    verbs: dict  # word or two-word phrase -> kind (or "held")
    nouns: dict  # head noun -> kind
    strong: frozenset  # nouns whose kind wins over a verb's
    labels: dict  # label of a figure without a noun -> kind
    things: frozenset  # nouns of things, not people
    source_verbs: tuple  # verbs that attribute
    refers: dict  # back-reference noun -> tuple of gazetteer types ("person", "any")
    defaults: dict  # back-reference -> entity id when the article names none
    events: dict  # event noun before "of" and a number -> kind ("the return of 38 children")
    nationalities: dict  # a people's adjective -> its country ("french" -> "france")


@functools.lru_cache(maxsize=None)
def kind_words() -> KindWords:
    verbs, nouns, labels, refers, defaults, events, nationalities = {}, {}, {}, {}, {}, {}, {}
    strong, things, source_verbs = set(), set(), []
    for line in data_lines("figure_kinds.txt"):
        fields = [f.strip() for f in line.split("|")]
        what = fields[0]
        if what == "verb":
            for word in fields[2:]:
                verbs[word] = fields[1]
        elif what in ("noun", "noun strong"):
            for word in fields[2:]:
                nouns[word] = fields[1]
                if what == "noun strong":
                    strong.add(word)
        elif what == "event of":
            for word in fields[2:]:
                events[word] = fields[1]
        elif what == "nationality":
            for word in fields[2:]:
                nationalities[word] = fields[1]
        elif what == "label":
            for word in fields[2:]:
                labels[word] = fields[1]
        elif what == "thing":
            things.update(fields[1:])
        elif what == "source verb":
            source_verbs.extend(fields[1:])
        elif what == "refers":
            refers[fields[1]] = tuple(f.lower() for f in fields[2:])
        elif what == "default":
            defaults[fields[1]] = fields[2]
        else:
            raise ValueError(f"figure_kinds.txt: unknown line {line!r}")
    return KindWords(verbs, nouns, frozenset(strong), labels, frozenset(things), tuple(source_verbs),
                     refers, defaults, events, nationalities)


def verb_kind(verb: Optional[str]) -> Optional[str]:
    if not verb:
        return None
    return kind_words().verbs.get(verb.lower())


def noun_kind(words: list[str]) -> tuple[Optional[str], bool]:
    """``(kind, strong)`` of a noun phrase's head (or of its last two words: "death toll")."""
    if not words:
        return None, False
    table = kind_words()
    low = [w.lower().strip("'’") for w in words]
    if any(w == "former" or w.startswith("ex-") for w in low[:-1]):
        return None, False  # "27 former detainees" are no longer held
    for key in ((" ".join(low[-2:]),) if len(low) > 1 else ()) + (low[-1],):
        if key in table.nouns:
            return table.nouns[key], key in table.strong
    return None, False


def is_thing(words: list[str]) -> bool:
    if not words:
        return False
    things = kind_words().things
    low = [w.lower() for w in words]
    return low[-1] in things or " ".join(low[-2:]) in things


_TO_PLACE = re.compile(r"\bto\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)")


def third_country(words: list, after: str) -> bool:
    """Whether people a noun phrase gives a nationality ("13 French citizens") are handed "to" a
    country not theirs ("... handed over by the SDF to Iraq"): custody, not a return."""
    table = kind_words().nationalities
    theirs = {table[w.lower()] for w in words if w.lower() in table}
    to = _TO_PLACE.search(after)
    if not theirs or to is None:
        return False
    place = to.group(1).lower()
    first = place.split()[0]
    destination = table.get(first) or table.get(place) or place
    if destination not in table.values():
        return False  # "to their families", "to Qamishli": no country
    return destination not in theirs


def label_kind(label: str) -> Optional[str]:
    return kind_words().labels.get(label.lower())


_CAMP = re.compile(r"\bcamps?\b|\bannex\b|\bpopulation\b", re.IGNORECASE)
_PRISON = re.compile(r"\bprisons?\b|\bjails?\b|\bdetention\b|\bcells?\b|\bhostages?\b|\bshields?\b|\bcaptiv",
                     re.IGNORECASE)


def held_kind(sentence: str, camp_named: bool) -> str:
    """"held" as a kind: population in a camp, detained in a prison (or as hostages)."""
    if _PRISON.search(sentence):
        return "detained"
    if camp_named or _CAMP.search(sentence):
        return "population"
    return "detained"


# a running total, said anywhere around the figure ("since January", "so far", "has now
# repatriated", "this year") or as its label before it ("took the total close to", "in total")
_TOTAL = re.compile(
    r"\bsince\b(?<!has since)(?<!have since)(?<!had since)(?![\"”’]?\s*(?:[.,;:!?]|$))|\bin total\b|\bso far\b|\bto date\b|\brunning total\b|\bcumulative\b|\b(?:has|have|had) now\b|"
    r"\b(?:this|past) year\b|\bpast (?:month|week)\b|\blast year\b|\bfirst half\b|\baltogether\b|\bover the (?:past|last)\b|"
    r"\bin the (?:past|last)\b", re.IGNORECASE)
# "in total", "the total", and a toll that rises: "the death toll rose to 41", "has risen to 96"
_TOTAL_BEFORE = re.compile(r"\bin total\b|\ba total\b|\bthe total\b|\bin all\b|\boverall\b|"
                           r"\b(?:rose|risen|rises|rising|climbed|climbs)\s+to\s+$|"
                           r"\b(?:raised|raising|raises)\s+(?:the|its)\s+(?:death\s+)?toll\s+to\s+$", re.IGNORECASE)
_PEAK = re.compile(r"\bat (?:its|the) (?:peak|height)\b|\bpeaked\b|\bat one point\b", re.IGNORECASE)


_SAID_AFTER = re.compile(r",\s+(?:[\w'’-]+\s+){0,5}(?:said|says|told|added|reported)\b,")
# "had been repatriated by the end of 2023" (a perfect: not "will ... by the end of the year")
_BY_THE_END = re.compile(r"\b(?:has|have|had)\s+(?:been\s+)?\w+\b[^.;]{0,40}\bby the end of\b", re.IGNORECASE)


# a figure a relative clause in the present perfect counts: "12 adults Sweden has brought back"
_ALL_SO_FAR = re.compile(r"\S+\s+(?:[a-z][\w'’-]*\s+){1,3}[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:has|have)\s+"
                         r"(?:now\s+)?(?!been\b|said\b|told\b)[a-z]+")


def tally_of(before: str, after: str, stock: bool = False) -> Optional[str]:
    """"peak", "total" or None, from the text of the figure's clause before it (from the figure
    before, if any) and after it (up to the next figure, and not past an attribution: "..., the
    ministry said, the third such operation since July" dates the operation, not the figure).
    ``stock``: a population's figure, which a rise ("has risen to 73,000") leaves no running total."""
    said = _SAID_AFTER.search(after) if ("said," in after or "says," in after or "told" in after
                                         or "added," in after or "reported," in after) else None
    if said:
        after = after[:said.start()]
    if _PEAK.search(before) or _PEAK.search(after):
        return "peak"
    if (not stock and _TOTAL_BEFORE.search(before)) or _TOTAL.search(before) or _TOTAL.search(after):
        return "total"
    if "by the end of" in after and _BY_THE_END.search(after):
        return "total"
    if _ALL_SO_FAR.match(after):
        return "total"  # "one of 12 adults Sweden has brought back": all a country has brought back
    return None
