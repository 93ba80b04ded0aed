"""Reported figures: "more than 4,000 civilians fled", "the death toll rose to 332".

``find_figures(text)`` finds each cardinal number that counts something, as an integer (4,000,
4000, "4 000", "two thousand", "two dozen", "1.5 million"), with its qualifier ("more than",
"at least", "about", "up to"...), what it counts (the noun phrase, plus the event verb when there
is one: "prisoners executed", "civilians fled"; "death toll" for a toll; the noun of the figure
before for "4,000 of them"), its kind (killed, wounded, detained, displaced, returned,
population, missing, other: ``figure_kinds``), whether it is a running total or a peak, the
sentence, and who gave it ("according to SOHR", "the SDF said", "a spokesman for the SDF told
Reuters" -> SDF; "the war monitor", "the group", "it" resolved through the article:
``figure_attribution``), with that source's gazetteer entity when it is one.

The parts: ``figure_numbers`` (numbers and sentences), ``figure_phrases`` (the words around a
number), ``figure_kinds`` (kinds and tallies, words from ``archive/data/figure_kinds.txt``),
``figure_attribution`` (sources), ``figure_context`` (the pass over the article that gives a
figure what the text before it implies). Cost: regular expressions around each number; the
gazetteer is consulted only for a back-reference or to tell a camp from a prison.

Not figures, by design: years and dates (2019, January 20, 20 January), times, ages ("aged 12",
"12-year-old"), durations and distances ("five years", "100 kilometres"), percentages, money
($5m, "500 dollars"), ordinals (20th, third), labels and references (Resolution 2254, Article 5,
phase 4, M4), phone numbers, decimals without a scale ("2.5"), vague words ("dozens",
"thousands of", "hundreds") and "one" unless it counts a person or thing directly ("one civilian";
not "one of the"). A range ("350-400 prisoners", "between 350 and 400") is one figure: the low
end, qualifier "between".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple, Optional

from archive.extract.figure_attribution import attribution
from archive.extract.figure_context import _WEAK_VERBS, Found, merge_lead_repeats, resolve_kinds, resolve_sources
from archive.extract.figure_kinds import is_thing, verb_kind
from archive.extract.figure_numbers import (_MONTH_RE, _NOT_BEFORE_NUMBER, _NUMBER, _NUMBER_START, _OF, _PREV_WORD,
                                            _RANGE, _SMALL, MONTHS, _lower, parse_number, sentence_around,
                                            sentence_bounds)
from archive.extract.figure_tables import table_row
from archive.extract.figure_phrases import (_ASIDE, _WHERE, AMONG_THE, COUNT_NOUNS, EVENT_VERBS, VERBS_BEFORE, _bare, _noun_phrase,
                                            plural, _verb_after, _verb_before)

__all__ = ["Figure", "attribution", "find_figures", "parse_number", "sentence_around", "sentence_bounds"]

QUALIFIERS = (
    "more than", "over", "at least", "nearly", "almost", "about", "around", "approximately",
    "some", "up to", "fewer than", "less than", "roughly", "an estimated", "as many as",
    "close to", "at most", "upwards of", "in excess of", "just over", "just under", "no fewer than",
    "no less than", "not less than", "well over", "just more than", "nearly", "a reported",
    "estimated", "an additional", "approx.", "between", "a total of", "a further", "above", "below",
    "likely above", "another", "a further", "more than", "an additional", "as high as", "as low as",
)
_QUALIFIER_SET = frozenset(QUALIFIERS)
_QUALIFIER_LAST = frozenset(q.split()[-1] for q in QUALIFIERS)
_NORMAL_QUALIFIER = {"a total of": None, "an additional": None, "a further": None, "approx.": "approximately",
                     "estimated": "an estimated", "a reported": None, "another": None,
                     "likely above": "more than", "above": "more than", "below": "fewer than"}

_AFTER_IS_DATE = re.compile(rf"^(?:st|nd|rd|th)?\s*(?:of\s+)?(?:{_MONTH_RE})\b", re.IGNORECASE)
# A number right after one of these words is a label or a reference, not a count.
LABEL_WORDS = frozenset("""
resolution article articles no nos number chapter section paragraph page pages phase room block
route highway road sector law decree item flight unit squad brigade division regiment battalion
level grade cell ward zone district building gate platform channel version episode season verse
point clause covid tier size category figure table issue vol volume part stage round game week day
minute hour year aged age ages plot lot bus line kilometre km mile
""".split())
# A four-digit number after one of these words is a year.
YEAR_WORDS = frozenset("""
in since by until till from of during early late mid before after and to between through
throughout spring summer autumn winter fall the year years end beginning start circa c around
""".split()) | frozenset(MONTHS)
_MONEY_WORDS = frozenset("us$ usd eur gbp syp iqd".split())
_MONEY_AFTER = re.compile(
    r"^\s*(?:dollars?|euros?|pounds?|pence|cents?|lira|liras|lire|dinars?|riyals?|yuan|rubles?|"
    r"roubles?|francs?|usd|eur|gbp|syrian pounds?|us dollars?|bucks)\b", re.IGNORECASE)
_PERCENT_AFTER = re.compile(r"^\s*(?:%|per ?cent\b|percentage\b|pc\b)", re.IGNORECASE)
_AGE_AFTER = re.compile(r"^[- ]?(?:years?|months?|weeks?)[- ]old\b|^-year\b|^\s*(?:yo|y/o)\b", re.IGNORECASE)
_TIME_AFTER = re.compile(r"^\s*(?:(?:[aApP]\.[mM]\.?|am|pm|AM|PM)(?![A-Za-z])|o'clock|o’clock|gmt|utc|hrs|h\b)",
                         re.IGNORECASE)
UNIT_WORDS = frozenset("""
year years month months week weeks day days hour hours minute minutes second seconds decade decades
century centuries night nights km kilometre kilometres kilometer kilometers mile miles metre metres
meter meters m cm mm kg kilogram kilograms kilo kilos gram grams tonne tonnes ton tons litre litres
liter liters gallon gallons degree degrees times percent per cent pc acre acres hectare hectares
square sq feet foot inch inches mph kph yard yards points point goals goal sets games nil am pm
thirds quarters fifths tenths halves
""".split())


@dataclass
class Figure:
    """A reported figure and what it counts."""

    value: int
    qualifier: Optional[str]  # "more than", "at least", "about", "up to", "between"... or None
    number_text: str  # as written, with the qualifier: "more than 4,000"
    counts: str  # "civilians", "prisoners executed", "death toll"
    sentence: str
    source: Optional[str]  # "SOHR", "the monitor", or None
    source_entity: Optional[str]  # the gazetteer id of the source, when it is one
    position: int  # character offset of number_text in the text
    kind: str = "other"  # killed, wounded, detained, displaced, returned, population, missing, other
    tally: Optional[str] = None  # "total" (a running total), "peak", or None (one event's figure)


_NOT_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday and but while with including "
    "some about around over nearly almost approximately".split())


def _previous_words(text: str, start: int, limit: int) -> list[re.Match]:
    """The words (anything between spaces) in the ``limit`` characters before ``start``, within
    the sentence as far as a quick look can tell (a full stop, ! or ? and a space, a line break)."""
    lo = max(0, start - limit)
    window = text[lo:start]
    cut = max(window.rfind(". "), window.rfind("! "), window.rfind("? "), window.rfind("\n"))
    if cut >= 0:
        lo += cut + 1
    return list(_PREV_WORD.finditer(text, lo, start))


def _qualifier(previous: list[re.Match]) -> tuple[Optional[str], int]:
    """The qualifier written just before a number ("more than", "an estimated"), and the index
    of its first word in ``previous`` (``len(previous)`` when there is none)."""
    if not previous or previous[-1].group().lower() not in _QUALIFIER_LAST:
        return None, len(previous)
    for k in (3, 2, 1):
        if len(previous) < k:
            continue
        phrase = " ".join(m.group().lower() for m in previous[-k:])
        if phrase in _QUALIFIER_SET:
            return phrase, len(previous) - k
    return None, len(previous)


_RISE = (r"(?:rose|risen|rises|rising|reached|reaching|climbed|increased|jumped|hit|stands?|stood|is|was|"
         r"exceeded|exceeds|surpassed|topped|passed|"
         r"to|at|of|has|had|been|now|fell|fallen|dropped|declined|went|gone|took|brought|close)")
# "the death toll ... rose to 332", "a toll of 154", "took the total close to 73,000", "the true
# figure was likely above 8,000"; "the number of displaced people reached 40,000"
_TOLL = re.compile(  # the label nearest the number: "the number ... rises to 6,430, and the current population stands at"
    rf"^.*\b((?:death|casualty|civilian|overall|final)\s+tolls?|tolls?|total|population|number|figure|tally|count)\b"
    rf"[^.;:]{{0,140}}?\b{_RISE}\s+(?:\w+ly\s+)?(?:to\s+|at\s+)?$", re.IGNORECASE)
# "which took the total close to 73,000", "bringing the toll to 40"
_TOOK = re.compile(r"\b(?:took|taking|takes|brought|bringing|brings|raised|raising|pushed|pushing)\s+(?:the|its)\s+"
                   r"((?:death\s+)?toll|total|number|population)\s+(?:\w+\s+)?(?:to\s+)?$", re.IGNORECASE)
_NUMBER_OF = re.compile(
    rf"\b(?:number|tally|count) of (?:the )?(?P<of>[a-z][\w'() -]{{2,130}}?)\s+(?:(?:has|have|had|now|already)\s+)*"
    rf"(?:{_RISE}\s+)?(?:to\s+|at\s+)?$", re.IGNORECASE)
# "put the death toll from the bombings at 32", "put the number of members killed this year at 41"
_PUT = re.compile(r"\b(?:put|puts|putting|placed|places|estimated|estimates)\s+(?:the|its|their|a)\s+"
                  r"(?P<label>[^.;:]{2,90}?)\s+at\s+$", re.IGNORECASE)
# a figure that takes its noun and kind from the one before: "Eighteen of them were children",
# "4,000 of them", "The families, numbering 620 people", "They included 11 women", "among them
# six children", "Fewer than 200,000 are still in formal camps"
_ANAPHORIC_AFTER = re.compile(r"[^\S\n]*(?:of (?:them|those|whom|these)\b|(?:are|were|remain|remained|have|had)\b)",
                              re.IGNORECASE)
_ANAPHORIC_BEFORE = re.compile(
    r"(?:\b(?:numbering|comprising|totalling|totaling|included|include|includes|including|among them|among those|of whom|of them|"
    r"of those)|\bthey (?:were|are|included)|\bthose|\bthe (?:dead|wounded|injured|victims|casualties|killed|fatalities)\s+"
    r"(?:were|are|included|include|includes))\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# what joins the items of a list of figures: "25 SDF members, 54 tribal fighters and 9 civilians"
_OF_THEM = re.compile(r"[^\S\n]*of\s+(?:them|those|whom|these)\b", re.IGNORECASE)
_OF_THE = re.compile(r"[^\S\n]*of\s+the\s+[a-z]+\s+(?:were|was|are|had|have)\b", re.IGNORECASE)  # "Nine of the wounded were"


# an age: "some as young as 12", "aged nine and 11" (the first one after "aged" is a label)
_AGE_BEFORE = re.compile(r"\b(?:as (?:young|old) as|aged|ages|ages of)\s+(?:[\w-]+,?\s+(?:and|or|to)\s+)?$",
                         re.IGNORECASE)
# "brings to 754 the total number of ...": the label after the number
_BRINGS_TO = re.compile(r"\b(?:brings|brought|bringing|takes|took|taking|raises|raised|raising|pushes|pushed)\s+to\s+$",
                        re.IGNORECASE)
_LABEL_AFTER = re.compile(r"\s+the\s+(?:total\s+)?(?:number|toll|total|tally)\s+of\s+(?P<of>[^.,;:]{2,100})", re.IGNORECASE)
# a word after a number that starts no noun phrase: "killed 3 and wounded 11 in the raid"
_FUNCTION_AFTER = re.compile(r"\s+(?:and|in|on|at|during|near|when|as|after|before|across|around|inside|overnight)\b")
_LABEL_VERB = re.compile(r"\s+([a-z]+)\b")  # the word after a label: "the total returned"
# a label before a figure whose noun says no kind: "the population of the camp has reached 73,000 people"
_GENERIC_PEOPLE = frozenset("people persons individuals".split())
_LABEL_WORD = re.compile(r"toll|total|population|number|figure|tally|count")
_COPULA = re.compile(r"[^\S\n]+(?:were|are)[^\S\n]+(?=[a-zA-Z])")
_THERE_ARE = re.compile(r"\bthere\s+(?:are|were|is|was)\s+(?:only\s+|just\s+|still\s+)?$", re.IGNORECASE)
_COMMA_AFTER = re.compile(r"[^\S\n]*,|[^\S\n]+[-–—][^\S\n]")  # "Leblanc, 17 - who was jailed"
_MORE_OF = frozenset(("a further", "another", "an additional"))
_INCLUDING = re.compile(r"\b(?:including|among them|of whom)\s+$", re.IGNORECASE)
_RATIO = re.compile(rf"\b(?:\d+|{_SMALL})\s+(?:in|out of)\s+$", re.IGNORECASE)


_CASES_OF = re.compile(rf"[^\S\n]+of[^\S\n]+({'|'.join(sorted(n for n in COUNT_NOUNS if plural(n)))})\b", re.IGNORECASE)


class _Counted(NamedTuple):
    counts: str
    end: int
    words: list  # the noun phrase
    verb: Optional[str]  # the event verb as written (after, or before the number), lower case
    label: Optional[str]  # "death toll", "total", "number", ... for a figure with no noun
    implied: bool  # its noun (and kind) come from the figure before
    of_them: bool = False  # "4,000 of them": the kind of the figure before wins over its own verb
    carry_only: bool = False  # "Nine of the wounded were": keeps the source before, not its kind
    more: bool = False  # "a further 600": more of the figure before, not part of its tally


def _counted(text: str, start: int, end: int, value: int, word_number: bool,
             previous: list[re.Match], qualified: bool) -> Optional[_Counted]:
    """What the number at ``text[start:end]`` counts, or None when it is no figure.

    ``previous`` are the words before the number (and before its qualifier) in its sentence."""
    after = text[end:end + 40]
    last = previous[-1].group() if previous else ""
    last_bare = _bare(last)
    if not qualified:
        if last.endswith(("$", "£", "€", "¥")) or last_bare in _MONEY_WORDS:
            return None
        if (last_bare in MONTHS or last_bare in LABEL_WORDS) and last[-1:] not in ",;:":
            return None  # "March 23", "phase 4"; not "As of 31 October, 43,200 people", "Since the start of the year, 42"
        if (not word_number and len(previous) > 1 and last[:1].isupper()
                and last_bare not in _NOT_NAMES and last[-1:] not in ",;:"):
            return None  # part of a name: "Jeddah 1", "Deir ez-Zor 24"
    if _MONEY_AFTER.match(after) or _PERCENT_AFTER.match(after) or _AFTER_IS_DATE.match(after):
        return None
    if _RATIO.search(text, max(0, start - 30), start):
        return None  # "nine in ten of the residents", "one in five"
    if _AGE_AFTER.match(after) or (value <= 12 and _TIME_AFTER.match(after)) \
            or _AGE_BEFORE.search(text, max(0, start - 40), start):
        return None
    if word_number and text[start].isupper() and previous and not qualified \
            and not previous[-1].group().endswith((",", ":", ";", "—", "–", "-", "|")) \
            and _bare(previous[-1].group()) not in _NOT_NAMES:
        return None  # a name: "the Six Nations"
    words, np_end = _noun_phrase(text, end)
    cases = _CASES_OF.match(text, np_end) if len(words) == 1 and words[0].lower() == "cases" else None
    if cases and not is_thing([cases.group(1)]):  # "8,000 cases of people missing": people, not cases of a disease
        words, np_end = [cases.group(1)], cases.end()
    head = words[-1].lower().rstrip("'’") if words else ""
    if words and value > 1 and not plural(words[-1].rstrip("'’")) and not (
            len(words) > 1 and words[-2].lower() in ("and", "or")):
        return None  # "a 10m line", "two megapixel camera": no count of things
    first = words[0].lower() if words else ""
    if first in UNIT_WORDS or head in UNIT_WORDS or first in MONTHS:
        return None
    if word_number and value == 1 and (head not in COUNT_NOUNS or len(words) > 3 or _OF.match(after)):
        return None
    if word_number and value == 1 and len(words) == 3 and verb_kind(_verb_after(text, np_end)) in (None, "other", "held"):
        return None  # "One American service member was wounded"; not "one US military official said"
    year_like = not word_number and 1800 <= value <= 2100 and end - start == 4
    if year_like:
        plural_head = head in COUNT_NOUNS or (head.endswith("s") and qualified)
        if (not qualified and (last_bare in YEAR_WORDS or last.endswith(",") or _bare(last).isdigit())) \
                or not plural_head:
            return None  # a year, or a dateline's: "March 23, 2019"
    verb = _verb_after(text, np_end)
    if not words and verb == "in camp" and not _WHERE.match(text[end:end + 110]):
        verb = None  # "cases rose to 55 in the camp": a place, and no people named
    if not words and verb and _COMMA_AFTER.match(text, end) and not _ASIDE.match(text[end:end + 120]):
        verb = None  # "The prison, built for 1,500, now holds 4,000 inmates": the clause's verb is not the number's
    lo = previous[0].start() if previous else start
    before = text[max(lo, start - 160):previous[-1].end()] + " " if previous else ""  # up to the qualifier
    # the words just before the number that say it continues the figure before ("including",
    # "among them", "the dead were"): looked for once, in the last 80 characters
    anaphoric_before = bool(_ANAPHORIC_BEFORE.search(before[-80:]))
    if verb in ("left", "remaining") and _THERE_ARE.search(before):
        verb = None  # "there are 25 matches left": what remains, nobody left
    if not words:
        low_before = before.lower()  # the patterns' words looked for first: most numbers have none
        label_after = _LABEL_AFTER.match(text, end) if " to " in low_before and _BRINGS_TO.search(before) else None
        if label_after:  # "brings to 754 the total number of Kazakh nationals brought home"
            of = label_after.group("of").strip()
            return _Counted(of, end, [], verb, of, False)
        number_of = _NUMBER_OF.search(before) if " of " in low_before else None
        if number_of:
            of = number_of.group("of").strip()
            return _Counted(of, end, [], verb, of, False)
        put = _PUT.search(before) if low_before.rstrip().endswith(" at") else None
        if put:
            label = put.group("label").strip()
            # "the SDF said 17 were killed, while SOHR put the number at 23": the same count, another claim
            return _Counted(label, end, [], verb, label, label.lower() in ("number", "figure", "total", "tally", "count"))
        toll = (_TOLL.search(before) if _LABEL_WORD.search(low_before) else None) or _TOOK.search(before)
        if toll:
            label = toll.group(1).lower()
            label = "death toll" if label in ("toll", "tolls") else label
            said = _LABEL_VERB.match(before, toll.end(1))
            if label in ("total", "number") and said and verb_kind(said.group(1)) not in (None, "other", "held"):
                label = f"{label} {said.group(1).lower()}"  # "taking the total returned since 2022 to 420"
            return _Counted(label, end, [], verb, label, label in ("total", "number", "figure", "tally", "count"))
        if year_like:
            return None
        copula = _COPULA.match(text, end)  # "11,000 were foreign women and children housed in the annex"
        if copula and not anaphoric_before and not (previous and previous[-1].group()[-1:] in ",;:"):
            named, named_end = _noun_phrase(text, copula.end())
            kind_verb = _verb_after(text, named_end) if named and named[-1].lower() in COUNT_NOUNS else None
            if kind_verb and verb_kind(kind_verb) not in (None, "other"):
                shown = EVENT_VERBS.get(kind_verb) or kind_verb
                return _Counted(f"{' '.join(named)} {shown}", named_end, named, kind_verb, None, True)  # the account goes on
        anaphoric = _ANAPHORIC_AFTER.match(text, end)
        governing = _verb_before(previous) if previous and verb is None else None
        if governing and (verb_kind(governing) in (None, "held")
                          or _bare(previous[-1].group()) not in (governing, governing.split()[-1])):
            governing = None  # the verb right before the number: "detaining 46"; not "live until 85"
        if anaphoric and (anaphoric.group().strip().lower().startswith("of") or not previous
                          or anaphoric_before or previous[-1].group()[-1:] in ",;:"):
            if governing:  # "The SDF recaptured three of them", "released 9 of them": the verb before governs the number
                return _Counted(VERBS_BEFORE.get(governing) or governing, end, [], governing, None, True)
            own = verb_kind(verb) if verb else None
            return _Counted(verb or "", np_end if verb else end, [], verb, None, True,
                            (anaphoric.group().strip().lower().startswith("of")  # "4,000 of them were sheltering"
                             and (own in (None, "held") or verb in _WEAK_VERBS))  # not "20 of whom were released"
                            or verb in (None, "in camp", "in custody"))  # "Fewer than 200,000 are still in camps"
        if governing and verb_kind(governing) == "other":
            governing = None  # "freed 30" alone names no kind and no count
        if verb and verb != "remain":
            of_the = bool(_OF_THE.match(text, end))  # "Nine of the wounded were taken to hospital"
            return _Counted(EVENT_VERBS.get(verb) or VERBS_BEFORE.get(verb) or verb, np_end, [], verb, None,
                            of_the, False, of_the)
        if governing and (text[end:end + 2].strip()[:1] in ("(", ",", ".", ";", "") or _FUNCTION_AFTER.match(text, end)) \
                and not (1800 <= value <= 2100 and re.match(r"\d{4}\b", text[start:end])):
            # "killing 12 fighters and detaining 46 (including 9 in Syria)"
            return _Counted(VERBS_BEFORE.get(governing) or governing, end, [], governing, None, False)
        if previous and _INCLUDING.search(before):  # "(including 9 in Syria)": of the figure before
            return _Counted("", end, [], None, None, True)
        row = table_row(text, end, before)
        return _Counted(row.counts, end, row.noun, row.verb, row.label, False) if row else None
    of_them = bool(_OF_THEM.match(text, end))
    of_the = not of_them and not anaphoric_before and bool(_OF_THE.match(text, end))
    implied = anaphoric_before or of_them or of_the or (
        len(words) == 1 and head == "others") or (  # "About 130 others have been injured": more of the same account
        verb is not None and AMONG_THE.match(text, np_end) is not None)  # "11 children were among the dead": of the count before
    counts = " ".join(words)
    label = None
    if verb is None and len(words) == 1 and head in _GENERIC_PEOPLE and _LABEL_WORD.search(before.lower()):
        toll = _TOLL.search(before)
        label = toll.group(1).lower() if toll and toll.group(1).lower() == "population" else None
    if verb is None and previous:
        verb = _verb_before(previous)
    elif previous and (verb in _WEAK_VERBS or (verb_kind(verb) == "other" and re.match(r"[^\S\n]+[a-z]+ed\b", text[np_end:]))):
        # a participle that moves the people, or one of another kind right after the noun, gives way to the
        # verb before the number: "sentenced 11 French nationals transferred from Syria", "reunite 43
        # children rescued from the camp with their families"
        governing = _verb_before(previous)
        if governing and verb_kind(governing) not in (None, "other"):
            verb = governing
    shown = EVENT_VERBS.get(verb) or VERBS_BEFORE.get(verb) if verb else None
    return _Counted(f"{counts} {shown}" if shown else counts, np_end, words, verb, label, implied, of_them, of_the)


# --- figures -----------------------------------------------------------------------------------
def find_figures(text: str, parts: Optional[list] = None) -> list[Figure]:
    """Every reported figure in ``text``, in order, with its kind and source. ``parts``: the text
    split (archive/extract/text_split.py), when the caller has it, for the organisations it names."""
    lowered = _lower(text)
    found: list[Found] = []
    skip_until = -1
    for anchor in _NUMBER_START.finditer(lowered):
        start = anchor.start()
        if start < skip_until or (start and lowered[start - 1] in _NOT_BEFORE_NUMBER):
            continue
        m = _NUMBER.match(lowered, start)
        if m is None:
            continue
        end = m.end()
        word_number = m.group("words") is not None
        if word_number:
            value = parse_number(m.group("words"))
            if m.group("words").startswith("a dozen") and lowered[max(0, start - 5):start] == "half ":
                value, start = value // 2, start - 5  # "half a dozen"
        else:
            digits = m.group("digits")
            if digits.startswith("0") and len(digits) > 1:
                continue
            value = parse_number(digits, m.group("scale"))
        if not value or value <= 0:
            continue
        previous = _previous_words(text, start, 160)
        q, q_index = _qualifier(previous)
        qualifier = _NORMAL_QUALIFIER.get(q, q) if q else None
        # a range: "350-400", "350 to 400", "between 350 and 400"
        range_end = end
        range_match = _RANGE.match(lowered, end)
        if range_match:
            high = parse_number(range_match.group(1))
            connector = range_match.group(0).split()[0] if range_match.group(0).split() else "-"
            if high and high > value and (connector != "and" or q == "between"):
                range_end = range_match.end()
                qualifier = "between"
        counted = _counted(text, start, range_end, value, word_number, previous[:q_index], q is not None)
        if counted is None:
            continue
        if q in _MORE_OF and not counted.words and not counted.label:
            # "Officials said a further 600 could be transferred": more of the figure before
            counted = counted._replace(implied=True, of_them=counted.verb is None or counted.verb in _WEAK_VERBS,
                                       more=True)
        q_start = previous[q_index].start() if q else start
        s_start, s_end = sentence_around(text, start)
        figure = Figure(value=value, qualifier=qualifier, number_text=text[q_start:range_end].strip(),
                        counts=counted.counts, sentence=text[s_start:s_end].strip(), source=None,
                        source_entity=None, position=q_start)
        found.append(Found(figure, counted, (s_start, s_end), q_start, counted.end, previous[:q_index]))
        skip_until = range_end
    if not found:
        return []
    carried = resolve_kinds(text, found)
    resolve_sources(text, found, carried, parts)
    return [f.figure for f in merge_lead_repeats(text, found)]
