"""The article pass of the figure extractor (``archive.extract.figures``): each figure's kind
where its own words do not say it, from the figure before ("Eighteen of them were children",
"The dead included 25 SDF members, 54 tribal fighters and 9 civilians", "121 ... had been
killed, along with 374 ISIS members"), whether it is a running total or a peak, and its source
through the article (a back-reference resolved, a continuing figure keeping its source).
"""

from __future__ import annotations

import re
from typing import NamedTuple, Optional

from archive.extract.figure_attribution import Sources, clause_bounds, entity_types
from archive.extract.figure_tables import heading_source
from archive.extract.figure_kinds import (_CAMP, PEOPLE, held_kind, is_thing, kind_words, label_kind, noun_kind, tally_of,
                                          third_country, verb_kind)
from archive.extract.figure_numbers import sentence_around
from archive.extract.figure_phrases import COUNT_NOUNS, EVENT_VERBS, _kind_before

# "121 of its members ... had been killed, along with 374 ISIS members"
_ALONG = re.compile(r"(?:,\s*|\s)(?:along with|as well as|together with|in addition to|alongside|besides)\s+$", re.IGNORECASE)
# "25 civilians, 43 fighters", "28 members of the security forces, seven civilians", "two women; and 28",
# "77 guards and workers, and four civilians",
# "16,200 are Iraqis, 20,300 Syrians"
_LIST_GLUE = re.compile(r"^(?:[^\S\n]+of\s+[^,;.\d\n]{1,60}?|[^\S\n]+(?:are|were)\s+[\w-]+|[^\S\n]+and\s+[a-z]+)?[^\S\n]*(?:[,;]|[,;]?\s+and|,?\s+as well as|,?\s+along with|"
                        r",?\s+plus|,?\s+or)[^\S\n]+(?:another\s+)?$", re.IGNORECASE)

def _kind(c, previous: list, sentence: str, camp: bool) -> Optional[str]:
    """The kind of a figure from its own words, or None when the text around must say it."""
    if is_thing(c.words):
        return "other"
    nk, strong = noun_kind(c.words)
    vk = verb_kind(c.verb) if c.verb else None
    if c.verb in _RECEIVED and not (c.words and c.words[-1].lower() in COUNT_NOUNS):
        vk = None  # "received 1,000 food baskets": things; "received 175 women": arrivals
    if vk == "held":
        vk = held_kind(sentence, camp)
    elif c.verb == "remain":
        vk = "population" if camp else None
    elif vk is None and c.verb and c.verb.startswith("in "):
        vk = "population" if _camp_named(c.verb, 0, len(c.verb)) else None  # "who were in al-Hol and Roj"
    weak = c.verb in _WEAK_VERBS
    if nk and strong and c.words and c.words[-1].lower() == "lives" and _SAVED.search(sentence):
        return "other"  # "save 65 lives", "five million lives could have been saved"
    if nk and strong:
        return nk
    before = _kind_before(previous)
    if before and (not vk or weak):
        return before  # "the deaths of 154 ISIS detainees", "the bodies of two women"
    if c.label and (not c.words or (not nk and not vk)):  # "the population ... has reached 73,000 people"
        lk = _label_kind(c.label, camp)
        if lk:
            return lk
        if c.label not in ("total", "number", "figure", "tally", "count") and _camp_named(c.label, 0, len(c.label)):
            return "population"  # "the number of foreigners in al-Hol has dropped to 6,500"
    if vk and not weak:
        return vk
    if nk:
        return nk
    if vk:
        return vk
    return _kind_before(previous)


def _label_kind(label: str, camp: bool) -> Optional[str]:
    """The kind a figure's label says: "death toll", "the number of council members killed";
    "the total" in a camp is its population."""
    if label in ("total", "population") and camp:
        return "population"
    lk = label_kind(label)
    if lk:
        return lk
    words = re.findall(r"[a-z]+", label.lower())
    for i, word in enumerate(words):
        k = verb_kind(" ".join(words[i:i + 2])) or verb_kind(word) or noun_kind([word])[0]  # "brought home"
        if k and k not in ("other", "held"):
            return k
    return None


# a campaign's span again, "over the same period" (not "in the same period": one more event of that time)
_SAME_PERIOD = re.compile(r"\bover the same (?:period|time|span|months|weeks|days|years)\b", re.IGNORECASE)
_HOUSING = frozenset("housed houses housing hosts hosting hosted".split())
_PRISONS = re.compile(r"\bprisons?\b|\bjails?\b|\bdetention\b|\binmates?\b|\bdetainees?\b|\bprisoners?\b", re.IGNORECASE)
_WEAK_VERBS = frozenset("moved relocated transferred sheltering carried received receiving".split())
_RECEIVED = frozenset(("received", "receiving"))
_SAVED = re.compile(r"\bsav(?:e|ed|es|ing)\b", re.IGNORECASE)


class Found(NamedTuple):
    figure: object  # archive.extract.figures.Figure
    counted: object  # what it counts (archive.extract.figures._Counted)
    sentence: tuple  # (start, end)
    start: int
    end: int
    previous: list  # the words before it (and its qualifier) in its sentence


_CAMP_TYPES = ("camp",)


def _camp_named(text: str, lo: int, hi: int) -> bool:
    """Whether a camp is named or meant in ``text[lo:hi]`` ("al-Hol", "the camp", "its population")."""
    from archive.extract.entities import mentions

    if _CAMP.search(text, lo, hi):
        return True
    types = entity_types()
    return any(types.get(m.entity_id) in _CAMP_TYPES for m in mentions(text[lo:hi]))


def _foreigners(words: list) -> bool:
    """Whether a noun phrase gives its people a nationality other than Syrian ("Iraqi families")."""
    table = kind_words().nationalities
    return any(table.get(w.lower(), "syria") != "syria" for w in words)


def resolve_kinds(text: str, found: list[Found]) -> set:
    """Each figure's kind and tally; returns the indexes of the figures that continue the one
    before (their noun or kind implied by it), which keep its source."""
    carried: set = set()
    camp_cache: dict = {}

    def camp(i: int) -> bool:
        s_start, s_end = found[i].sentence
        if s_start not in camp_cache:
            lo = sentence_around(text, max(0, s_start - 2))[0] if s_start else 0  # and the sentence before
            camp_cache[s_start] = _camp_named(text, lo, s_end)
        return camp_cache[s_start]

    kinds: list = []
    for i, f in enumerate(found):
        c = f.counted
        sentence = text[f.sentence[0]:f.sentence[1]]
        needs_camp = (c.verb and (verb_kind(c.verb) == "held" or c.verb == "remain")) or c.label in ("total", "population")
        kind = _kind(c, f.previous, sentence, camp(i) if needs_camp else False)
        if kind == "detained" and c.verb in _HOUSING and not _PRISONS.search(sentence):
            kind = "population"  # "it housed about 10,000 people", "the camp hosts 2,600"
        elif kind == "returned" and c.verb in ("handed", "handed over") \
                and third_country(c.words, text[f.end:clause_bounds(text, f.sentence[0], f.sentence[1], f.start)[1]]):
            kind = "detained"  # "13 French citizens handed over by the SDF to Iraq": a third country's custody
        elif kind == "displaced" and c.verb in ("left", "leaving") and _foreigners(c.words) \
                and _camp_named(text, f.end, min(f.end + 30, f.sentence[1])):
            kind = "returned"  # "112 Iraqi families left al-Hol": foreigners leaving a camp go home; Syrians are displaced
        prior = found[i - 1] if i else None
        if c.implied and prior is not None and kinds[i - 1] == "other" and c.words and not is_thing(c.words):
            # "9,000 fighters in two dozen facilities, including 2,000 foreigners": of the people before, not the things
            people = next((j for j in range(i - 2, -1, -1) if found[j].sentence == f.sentence and kinds[j] in PEOPLE
                           and not is_thing(found[j].counted.words)), None)
            if people is not None and all(found[k].sentence == f.sentence and kinds[k] == "other"
                                          for k in range(people + 1, i)):
                kind = kind if kind not in (None, "other") else kinds[people]
                carried.add(i)
        near = prior is not None and (prior.sentence == f.sentence or
                                      sentence_around(text, max(0, f.sentence[0] - 2))[0] == prior.sentence[0])
        glued = prior is not None and prior.sentence == f.sentence and (
            _LIST_GLUE.match(text[prior.end:f.start]) or _ALONG.search(text, prior.end, f.start))
        if near and kinds[i - 1] in PEOPLE and c.implied:
            if (kind is None and not c.carry_only) or c.of_them:
                kind = kinds[i - 1]
            carried.add(i)
        elif near and kinds[i - 1] in PEOPLE and kind is None and glued:
            kind = kinds[i - 1]
            carried.add(i)
        elif glued and i - 1 in carried:
            carried.add(i)  # a list that continues a figure of the sentence before
        elif near and c.implied and c.of_them is False and kind in PEOPLE and prior.figure.sentence != f.figure.sentence:
            carried.add(i)  # "Five inmates escaped, SOHR said. Guards recaptured three of them": the account goes on
        if kind is None and any(w.lower().replace("’", "'") == "camp's" for w in c.words):
            kind = "population"  # "7,000 of the camp's children"
        if i in carried and not c.words and (prior.counted.words or not f.figure.counts):
            f.figure.counts = prior.figure.counts  # the implied noun: "4,000 of them"
            if prior.counted.words and c.verb and verb_kind(c.verb) not in (None, verb_kind(prior.counted.verb)):
                # "3 IS members were captured and another 4 were killed": the noun, its own verb
                f.figure.counts = f"{' '.join(prior.counted.words)} {EVENT_VERBS.get(c.verb) or c.verb}"
        kinds.append(kind)
    # "28 Kurdish security personnel and 45 jihadists had been killed": a list item takes the
    # kind of the item after it when only the last one has the verb
    for i in range(len(found) - 2, -1, -1):
        if kinds[i] is None and kinds[i + 1] in PEOPLE and found[i].sentence == found[i + 1].sentence \
                and _LIST_GLUE.match(text[found[i].end:found[i + 1].start]):
            kinds[i] = kinds[i + 1]
    for i, (f, kind) in enumerate(zip(found, kinds)):
        f.figure.kind = kind or "other"
        c_start, c_end, _ = clause_bounds(text, f.sentence[0], f.sentence[1], f.start)
        lo = max(found[i - 1].end, c_start) if i and found[i - 1].sentence == f.sentence else c_start
        hi = min(found[i + 1].start, c_end) if i + 1 < len(found) and found[i + 1].sentence == f.sentence else c_end
        f.figure.tally = tally_of(text[lo:f.start], text[f.start:hi], stock=f.counted.label == "population")
        if f.figure.tally is None and i and ((found[i - 1].sentence == f.sentence
                                               and _LIST_GLUE.match(text[found[i - 1].end:f.start]))
                                              or (i in carried and not f.counted.label and not f.counted.more)):
            # "1,057 civilians last year, including 251 children and 94 women"; "The fatalities are 25 ..."
            f.figure.tally = found[i - 1].figure.tally
        elif f.figure.tally is None and i and _SAME_PERIOD.search(text, c_start, c_end):
            # "put the number of fighters killed over the same period at 1,005": the span of the figure before
            f.figure.tally = found[i - 1].figure.tally
    # a figure and the breakdown after it in its sentence are one count: "14 people, including nine
    # women, have been killed ... since" is a running total for both
    for i in range(len(found) - 1, 0, -1):
        if (i in carried or _LIST_GLUE.match(text[found[i - 1].end:found[i].start])) and not found[i].counted.label \
                and found[i - 1].sentence == found[i].sentence and found[i - 1].figure.tally is None \
                and found[i].figure.tally == "total" and kinds[i - 1] == kinds[i]:
            found[i - 1].figure.tally = "total"
    return carried


def resolve_sources(text: str, found: list[Found], carried: set, parts: Optional[list] = None) -> None:
    sources = Sources(text, parts)
    clauses: dict = {}
    last = None
    for i, f in enumerate(found):
        s_start, s_end = f.sentence
        c_start, c_end, fallback = clause_bounds(text, s_start, s_end, f.start)
        if c_start not in clauses:
            named = sources.resolve(text[c_start:c_end], c_start)
            if named is None and fallback:
                named = sources.resolve(text[s_start:s_end], s_start)
            if named is None:
                named = heading_source(text, s_start, c_start if c_start > s_start else s_end)
                named = named if named[0] else None
            clauses[c_start] = named
        named = clauses[c_start]
        if named is None and i in carried and last is not None:
            named = last
        if named is None and fallback and i and found[i - 1].sentence == f.sentence and found[i - 1].figure.source:
            # "The SDF recaptured three of them, while two remain at large": the sentence's account goes on
            named = found[i - 1].figure.source, found[i - 1].figure.source_entity
        if named is None and s_start and _GOES_ON.match(text, s_start):
            # "With this, the number of people killed ... has risen to 74": the account before goes on
            p_start, p_end = sentence_around(text, s_start - 1)
            if i and found[i - 1].sentence[0] == p_start:
                named = last  # the figure before, in the sentence before, and its source
            elif i == 0 or found[i - 1].sentence[1] <= p_start:
                named = sources.resolve(text[p_start:p_end], p_start)  # a sentence with no figure names it
        if named is not None:
            f.figure.source, f.figure.source_entity = named
            last = named


# a sentence that says it goes on with the one before: "With this, ...", "With this convoy, ..."
_GOES_ON = re.compile(r"\s*With (?:this|these|that)\b", re.IGNORECASE)

# a headline run into the text: "Deir Ezzor clashes | Death toll ...", "SOHR: Turkish drone kills ..."
_LEAD_LABEL = re.compile(r"\s*(?:[^|.\n]{2,60}\s\|\s|[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,3}:\s)")


def merge_lead_repeats(text: str, found: list[Found]) -> list[Found]:
    """A figure of a headline run into the text's first paragraph ("Deir Ezzor | Death toll rises
    to 96. The death toll ... has risen to 96 ...", "SOHR: Turkish drone kills three ...") told
    again in the sentence after it, same value and kind, is one figure: the first keeps its place
    and takes the source and tally the second gives. A title on a line of its own is left alone."""
    if len(found) < 2:
        return found
    first = found[0].sentence
    if first[0] != sentence_around(text, 0)[0] or not _LEAD_LABEL.match(text, first[0], first[1]) \
            or "\n" in text[first[0]:first[1]].strip():
        return found
    heads = [f for f in found if f.sentence == first]
    second = sentence_around(text, first[1] + 1) if first[1] < len(text) else None
    if not heads or second is None:
        return found
    kept = []
    for f in found:
        if f.sentence == second and f.sentence != first and f.figure.kind in PEOPLE \
                and f.figure.counts.split()[:1] != ["others"]:
            head = next((h for h in heads if (h.figure.value, h.figure.kind) == (f.figure.value, f.figure.kind)), None)
            if head is not None:
                heads.remove(head)
                if head.figure.source is None:
                    head.figure.source, head.figure.source_entity = f.figure.source, f.figure.source_entity
                head.figure.tally = head.figure.tally or f.figure.tally
                continue
        kept.append(f)
    return kept
