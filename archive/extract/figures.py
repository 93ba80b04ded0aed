"""Reported figures: "more than 4,000 civilians fled", "the death toll rose to 332".

``find_figures(text)`` finds each cardinal number that counts something, as an integer (4,000,
4000, "4 000", "two thousand", "1.5 million"), with its qualifier ("more than", "at least",
"about", "up to"...), what it counts (the noun phrase, plus the event verb when there is one:
"prisoners executed", "civilians fled"; "death toll" for a toll), the sentence, and who the
sentence attributes it to ("according to SOHR", "the SDF said", "a spokesman for the SDF told
Reuters" -> SDF), with that source's gazetteer entity when it is one.

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
from typing import Optional

from archive.extract.entities import mentions

# --- sentences ---------------------------------------------------------------------------------
ABBREVIATIONS = frozenset("""
mr mrs ms dr prof gen lt col maj capt sgt cpl brig adm gov sen rep st jr sr rev hon pres
jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun
no nos vs approx est dept govt inc ltd co corp fig vol pp ca cf al mt ft
""".split())
_SENTENCE_END = re.compile(r"""[.!?…]+["'”’)\]]*(?=\s)|\n\s*\n|\n""")


_NEXT_CHARACTER = re.compile(r"\s*(\S)")
_INITIALS = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")


def _ends_sentence(text: str, m: re.Match) -> bool:
    """Whether a match of ``_SENTENCE_END`` ends a sentence: not after an abbreviation (U.S.,
    Dr., Jan.) or an initial, nor before a word in lower case."""
    if text[m.start()] != ".":
        return True
    j = m.start()
    k = j
    while k > 0 and j - k < 24 and (text[k - 1].isalnum() or text[k - 1] in "._"):
        k -= 1
    word = text[k:j]
    if word and (word.lower() in ABBREVIATIONS or (len(word) == 1 and word.isupper())
                 or _INITIALS.fullmatch(word)):
        return False
    following = _NEXT_CHARACTER.match(text, m.end())
    return not (following and following.group(1).islower())


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence; full stops after abbreviations (U.S., Dr., Jan.) and
    initials do not end one, and neither does a full stop followed by a lower-case word."""
    bounds, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if not _ends_sentence(text, m):
            continue
        if not text[start:m.end()].isspace() and m.end() > start:
            bounds.append((start, m.end()))
        start = m.end()
    if start < len(text) and not text[start:].isspace():
        bounds.append((start, len(text)))
    return bounds


def sentence_around(text: str, position: int) -> tuple[int, int]:
    """``(start, end)`` of the sentence holding ``position``, found by looking only around it."""
    start, lo = 0, position
    while lo > 0:
        lo = max(0, lo - 400)
        ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, position)
                if m.end() <= position and _ends_sentence(text, m)]
        if ends:
            start = ends[-1]
            break
    end = len(text)
    for m in _SENTENCE_END.finditer(text, position):
        if _ends_sentence(text, m):
            end = m.end()
            break
    return start, end


# --- numbers -----------------------------------------------------------------------------------
UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split())}
TENS = {w: 10 * (i + 2) for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split())}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
_SMALL = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four"
          r"|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
          r"|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)")
_SCALE = r"(?:hundred|thousand|million|billion)"
_WORDS = rf"(?:(?:{_SMALL}|a)(?:[- ]{_SCALE}(?:(?: and)? {_SMALL}(?![- ]{_SCALE}))?)+|{_SMALL})"
_DIGITS = r"(?:\d{1,3}(?:(?:,|\u00a0|\u202f|\u2009| )\d{3})+(?![\d,]\d)|\d+(?:\.\d+)?)"
MONTHS = ("january february march april may june july august september october november december "
          "jan feb mar apr jun jul aug sep sept oct nov dec").split()
_MONTH_RE = "|".join(MONTHS)
# Numbers are looked for in the text in lower case (same length): first where one may start
# (a digit or a number word), then the full pattern at that place only.
_NUMBER = re.compile(
    rf"(?:(?P<digits>{_DIGITS})(?:[- ]?(?P<scale>{_SCALE})\b)?|(?P<words>{_WORDS}))"
    rf"(?![\w%]|\.\d|,\d|:\d|/\d)")
_NUMBER_START = re.compile(
    r"\b(?:(?:o(?:ne)|t(?:wo|hree|en|welve|hirteen|wenty|hirty)|f(?:our|ive|ourteen|ifteen|orty|ifty)"
    r"|s(?:ix|even|ixteen|eventeen|ixty|eventy)|e(?:ight|leven|ighteen|ighty)|n(?:ine|ineteen|inety)"
    r"|a (?:hundred|thousand|million))\b|\d)")
_NOT_BEFORE_NUMBER = frozenset("$£€¥.,/:-+#")
_RANGE = re.compile(rf"\s*(?:-|–|to|and)\s*({_DIGITS}|{_WORDS})\b(?!\s*(?:{_MONTH_RE})\b)")
_WORD_SPLIT = re.compile(r"[\s-]+")
_THOUSANDS = str.maketrans("", "", ",\u00a0\u202f\u2009 ")
_OF = re.compile(r"\s*of\b")
_AND_NOUN = re.compile(r"\s+(and|or)\s+([A-Za-z][\w'’-]*)")
_PREV_WORD = re.compile(r"[^\s\"“”‘(\[]+")


def _lower(text: str) -> str:
    """The text in lower case, each character for one (so offsets stay the same)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


QUALIFIERS = (
    "more than", "over", "at least", "nearly", "almost", "about", "around", "approximately",
    "some", "up to", "fewer than", "less than", "roughly", "an estimated", "as many as",
    "close to", "at most", "upwards of", "in excess of", "just over", "just under", "no fewer than",
    "no less than", "not less than", "well over", "just more than", "nearly", "a reported",
    "estimated", "an additional", "approx.", "between", "a total of", "a further",
)
_QUALIFIER_SET = frozenset(QUALIFIERS)
_QUALIFIER_LAST = frozenset(q.split()[-1] for q in QUALIFIERS)
_NORMAL_QUALIFIER = {"a total of": None, "an additional": None, "a further": None, "approx.": "approximately",
                     "estimated": "an estimated", "a reported": None}

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
_TIME_AFTER = re.compile(r"^\s*(?:a\.?m\.?|p\.?m\.?|o'clock|o’clock|gmt|utc|hrs|h\b)", re.IGNORECASE)
UNIT_WORDS = frozenset("""
year years month months week weeks day days hour hours minute minutes second seconds decade decades
century centuries night nights km kilometre kilometres kilometer kilometers mile miles metre metres
meter meters m cm mm kg kilogram kilograms kilo kilos gram grams tonne tonnes ton tons litre litres
liter liters gallon gallons degree degrees times percent per cent pc acre acres hectare hectares
square sq feet foot inch inches mph kph yard yards points point goals goal sets games nil am pm
""".split())

# What a figure counts: the noun phrase after the number, up to a word that ends it.
_NP_STOP = frozenset("""
in at on from to for with by since during after before into across near under over against about
between among amid through throughout within without toward towards per as than like including
who whom which that whose where when while because if but or nor so yet
is are was were be been being have has had having do does did will would could should may might
must can shall said says say told reported according
the a an this these those its their his her our my your
""".split())
_NP_SKIP = re.compile(r"^\s*(?:of\s+(?:the|its|their|his|her|our|whom|them|those|these|which)\s+['‘\"“]?)",
                      re.IGNORECASE)
_NP_WORD = re.compile(r"\s*['‘\"“]?([A-Za-z][\w'’-]*)")
_AUX = frozenset("""
have has had were was are is been being reportedly allegedly also now already since reported
believed thought said confirmed estimated still later all so far had being were were
""".split())
EVENT_VERBS = {
    "killed": "killed", "executed": "executed", "fled": "fled", "surrendered": "surrendered",
    "displaced": "displaced", "arrested": "arrested", "detained": "detained", "wounded": "wounded",
    "injured": "injured", "died": "died", "dead": "dead", "escaped": "escaped", "released": "released",
    "repatriated": "repatriated", "returned": "returned", "evacuated": "evacuated", "captured": "captured",
    "held": "held", "freed": "freed", "transferred": "transferred", "left": "left", "missing": "missing",
    "kidnapped": "kidnapped", "abducted": "abducted", "recaptured": "recaptured", "rescued": "rescued",
    "buried": "buried", "found": "found", "deported": "deported", "sentenced": "sentenced",
    "tried": "tried", "convicted": "convicted", "imprisoned": "imprisoned", "housed": "housed",
    "registered": "registered", "arrived": "arrived", "crossed": "crossed", "exhumed": "exhumed",
    "slain": "killed", "murdered": "murdered", "massacred": "massacred", "beheaded": "beheaded",
    "handed": "handed over", "relocated": "relocated", "resettled": "resettled", "hospitalised": "hospitalised",
    "hospitalized": "hospitalised", "infected": "infected", "unaccounted": "unaccounted for",
    "interned": "interned", "jailed": "jailed", "seized": "seized", "destroyed": "destroyed",
}
# A verb before the number: "executed more than 700 prisoners", "killing at least 20 people".
VERBS_BEFORE = {
    "executed": "executed", "killed": "killed", "killing": "killed", "kills": "killed",
    "arrested": "arrested", "arresting": "arrested", "detained": "detained", "detaining": "detained",
    "displaced": "displaced", "displacing": "displaced", "evacuated": "evacuated",
    "evacuating": "evacuated", "freed": "freed", "freeing": "freed", "released": "released",
    "releasing": "released", "repatriated": "repatriated", "repatriating": "repatriated",
    "captured": "captured", "capturing": "captured", "holding": "held", "holds": "held", "held": "held",
    "housing": "housed", "houses": "housed", "housed": "housed", "wounded": "wounded",
    "wounding": "wounded", "injuring": "injured", "injured": "injured", "abducted": "abducted",
    "kidnapped": "kidnapped", "deported": "deported", "transferred": "transferred",
    "recaptured": "recaptured", "rescued": "rescued", "hosts": "hosted", "hosting": "hosted",
    "hosted": "hosted", "detains": "detained", "imprisoned": "imprisoned", "jailed": "jailed",
    "received": "received", "receiving": "received", "returned": "returned", "returning": "returned",
}
COUNT_NOUNS = frozenset("""
people person persons civilians civilian fighters fighter militants militant prisoners prisoner
detainees detainee inmates inmate children child women woman men man families family refugees
refugee soldiers soldier troops members member jihadists jihadist suspects suspect bodies body
residents resident foreigners foreigner nationals national captives captive guards guard
insurgents insurgent combatants combatant girls girl boys boy deaths dead casualties victims
victim individuals individual minors minor orphans orphan wives widows households household
tents tent camps camp prisons prison villages village towns town countries country nationalities
attacks attack airstrikes strikes cells cell graves grave police officers officer
""".split())
_RISE = (r"(?:rose|risen|rising|reached|reaching|climbed|increased|jumped|hit|stands?|stood|is|was|"
         r"to|at|of|has|had|been|now)")
# "the death toll ... rose to 332", "a toll of 154"; "the number of displaced people reached 40,000"
_TOLL = re.compile(
    rf"\b((?:death|casualty|civilian|overall|total|final)\s+tolls?|tolls?|total)\b[^.;:]{{0,90}}?"
    rf"\b{_RISE}\s+(?:to\s+|at\s+)?$", re.IGNORECASE)
_NUMBER_OF = re.compile(
    rf"\bnumber of (?:the )?(?P<of>[a-z][\w' -]{{2,40}}?)\s+(?:(?:has|have|had|now|already)\s+)*"
    rf"(?:{_RISE}\s+)?(?:to\s+|at\s+)?$", re.IGNORECASE)
_SOURCE_VERBS = (r"said|says|say|reported|reports|report|told|tells|announced|announces|confirmed|"
                 r"confirms|estimated|estimates|estimate|stated|states|documented|documents|claimed|"
                 r"claims|added|adds|noted|recorded|records|warned|revealed|counted|tallied|"
                 r"asserted|asserts|put|puts|cited|cites|disclosed|indicated|published|showed|show|"
                 r"shows|suggest|suggests|suggested")


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


def parse_number(text: str, scale: Optional[str] = None) -> Optional[int]:
    """``"4,000"`` -> 4000, ``"1.5", "million"`` -> 1500000, ``"two thousand"`` -> 2000."""
    text = text.strip().lower()
    if text[:1].isdigit():
        digits = text.translate(_THOUSANDS)
        try:
            number = float(digits) if "." in digits else int(digits)
        except ValueError:
            return None
        if scale:
            number = number * SCALES.get(scale.lower(), 1)
        if isinstance(number, float):
            if not number.is_integer():
                return None
            number = int(number)
        return number
    total, current = 0, 0
    for word in _WORD_SPLIT.split(text):
        if word == "and" or not word:
            continue
        if word == "a":
            current = 1
        elif word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in SCALES:
            total += max(current, 1) * SCALES[word]
            current = 0
        else:
            return None
    return total + current


PLURAL_NOUNS = frozenset("""
people men women children police personnel staff troops cattle sheep livestock militia youth crew
clergy dead wounded injured displaced missing elderly homeless faithful kurds yazidis yezidis
""".split())


def _plural(word: str) -> bool:
    """Whether a head noun is plural: "fighters", "people", "women", "casualties"."""
    word = word.lower().rstrip("'’")
    return word in PLURAL_NOUNS or (word.endswith("s") and not word.endswith(("ss", "us", "is")))


def _noun_phrase(text: str, pos: int) -> tuple[list[str], int]:
    """The words of the noun phrase after a number (up to its head noun), and where it ends.

    "3,000 Yezidi women and girls", "10 ISIS sleeper cells", "27 of his force's soldiers".
    """
    rest = text[pos:pos + 160]
    skip = _NP_SKIP.match(rest)
    offset = skip.end() if skip else 0
    words: list[str] = []
    while len(words) < 5:
        m = _NP_WORD.match(rest, offset)
        if not m:
            break
        word = m.group(1)
        low = word.lower()
        acronym = len(word) >= 2 and word.replace("-", "").isupper()
        if not acronym and (low in _NP_STOP or low in EVENT_VERBS or low in ("of", "and", "or")):
            break
        words.append(word)
        offset = m.end()
        bare = low.rstrip("'’")
        if low.endswith(("'s", "’s")):
            continue  # a possessive: "his force's soldiers"
        if acronym or not _plural(bare):
            continue
        # the head noun; "women and children": a second counted noun joined by "and"
        nxt = _AND_NOUN.match(rest, offset)
        if nxt and nxt.group(2).lower() in COUNT_NOUNS:
            words += [nxt.group(1), nxt.group(2)]
            offset = nxt.end()
        break
    return words, pos + offset


def _verb_after(text: str, pos: int) -> Optional[str]:
    rest = text[pos:pos + 80]
    for m in re.finditer(r"\s*,?\s*([A-Za-z]+)", rest):
        word = m.group(1).lower()
        if word in EVENT_VERBS:
            return EVENT_VERBS[word]
        if word not in _AUX:
            return None
    return None


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


def _bare(word: str) -> str:
    return word.lower().strip(".,;:!?'’\"”)")


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


def _counted(text: str, start: int, end: int, value: int, word_number: bool,
             previous: list[re.Match], qualified: bool) -> Optional[tuple[str, int]]:
    """What the number at ``text[start:end]`` counts, or None when it is no figure.

    ``previous`` are the words before the number (and before its qualifier) in its sentence."""
    after = text[end:end + 40]
    last = previous[-1].group() if previous else ""
    last_bare = _bare(last)
    if not qualified:
        if last.endswith(("$", "£", "€", "¥")) or last_bare in _MONEY_WORDS:
            return None
        if last_bare in MONTHS or last_bare in LABEL_WORDS:
            return None
        if (not word_number and len(previous) > 1 and last[:1].isupper()
                and last_bare not in _NOT_NAMES and last[-1:] not in ",;:"):
            return None  # part of a name: "Jeddah 1", "Deir ez-Zor 24"
    if _MONEY_AFTER.match(after) or _PERCENT_AFTER.match(after) or _AFTER_IS_DATE.match(after):
        return None
    if _AGE_AFTER.match(after) or _TIME_AFTER.match(after):
        return None
    if word_number and text[start].isupper() and previous and not qualified:
        return None  # a name: "the Six Nations"
    words, np_end = _noun_phrase(text, end)
    head = words[-1].lower().rstrip("'’") if words else ""
    if words and value > 1 and not _plural(head) and not (len(words) > 1 and words[-2].lower() in ("and", "or")):
        return None  # "a 10m line", "two megapixel camera": no count of things
    first = words[0].lower() if words else ""
    if first in UNIT_WORDS or head in UNIT_WORDS or first in MONTHS:
        return None
    if word_number and value == 1 and (head not in COUNT_NOUNS or len(words) > 2 or _OF.match(after)):
        return None
    year_like = not word_number and 1800 <= value <= 2100 and end - start == 4
    if year_like:
        plural_head = head in COUNT_NOUNS or (head.endswith("s") and qualified)
        if (not qualified and last_bare in YEAR_WORDS) or not plural_head:
            return None
    verb = _verb_after(text, np_end)
    if not words:
        lo = previous[0].start() if previous else start
        number_of = _NUMBER_OF.search(text, max(lo, start - 120), start)
        if number_of:
            return number_of.group("of").strip(), end
        toll = _TOLL.search(text, max(lo, start - 160), start)
        if toll:
            label = toll.group(1).lower()
            return ("death toll" if label in ("toll", "tolls", "total") else label), end
        if verb and not year_like:
            return verb, np_end
        return None
    counts = " ".join(words)
    if verb is None and previous:
        verb = VERBS_BEFORE.get(last_bare)
    return (f"{counts} {verb}" if verb else counts), np_end


# --- attribution -------------------------------------------------------------------------------
_PRONOUNS = frozenset("he she they it we i you who which this that there one".split())
_ACCORDING = re.compile(r"\baccording to\s+(?P<np>[^,.;:()\"“”]{2,90}?(?:\([^)]{1,20}\))?)"
                        r"(?=\s*(?:[,.;:\"“”]|$|\bwhich\b|\bthat\b|\bwho\b|\bsince\b|\bin\b|\bon\b))",
                        re.IGNORECASE)
_SUBJECT_VERB = re.compile(
    rf"(?:^|[,;:\"“”—–(]\s*|\bthat\s+|\band\s+)(?P<np>[^,;:\"“”—–()]{{2,90}}?(?:\([^)]{{1,20}}\))?)"
    rf",?\s+(?:has\s+|have\s+|had\s+|also\s+|later\s+|previously\s+)?(?:{_SOURCE_VERBS})\b")
_VERB_SUBJECT = re.compile(
    rf"[,\"”]\s*(?:said|says|reported|added)\s+(?P<np>[^,.;:\"“”]{{2,60}})"
    rf"(?=\s*(?:[,.;:]|$))")
_FIGURES_FROM = re.compile(
    r"\b(?:figures|data|statistics|estimates|numbers|a report|report|count|tally)\s+(?:from|by|of)\s+"
    r"(?P<np>[^,.;:\"“”]{2,60}?)(?=\s*(?:[,.;:]|$|\bshow|\bsuggest|\bput|\bindicate))"
    r"|(?P<np2>\b[A-Z][^,.;:\"“”]{1,50}?)\s+(?:figures|data|statistics|estimates|tallies)\s+"
    r"(?:show|showed|suggest|suggested|put|indicate|indicated)\b")
_TRIM_NP = re.compile(r"^(?:and|but|while|as|also|however)\s+", re.IGNORECASE)


_NOT_IN_SOURCE = frozenset("""
could would should will not can may might must did does do is are was were be been being it
has have had since there when while if because after before
""".split())
_LOCATIVE = re.compile(r"\s+(?:in|at|near|inside|from|of)\s+(?:the\s+)?$", re.IGNORECASE)


def _clean_source(np: str) -> Optional[tuple[str, Optional[str]]]:
    """``(source, entity id)`` from the noun phrase before "said", after "according to"..."""
    np = _TRIM_NP.sub("", np.strip())
    words = np.split()
    if not np or np.lower() in _PRONOUNS or len(words) > 12:
        return None
    if words[-1].lower() in ("a", "an", "the", "its", "their", "his", "her", "of", "and"):
        return None  # "an estimated 60,000", "a reported 200": no source
    if any(w.lower() in _NOT_IN_SOURCE for w in words):
        return None  # a clause, not a noun phrase: "the BBC could not verify the claims"
    found = mentions(np)
    if re.search(r"\d", np) and not found:
        return None  # a clause with a number in it is no source
    # "Kurdish officials in Erbil": a place after in/at/near is where the source is, not who
    kept = []
    for m in found:
        if m.entity_id.startswith("place:") and _LOCATIVE.search(np[:m.start]) and m.start > 0:
            np = np[:m.start][: _LOCATIVE.search(np[:m.start]).start()].strip()
            break
        kept.append(m)
    organisations = [m for m in kept if m.entity_id.startswith("organisation:")]
    chosen = organisations[0] if organisations else (kept[0] if kept else None)
    if chosen is not None:
        return chosen.text, chosen.entity_id
    if not np:
        return None
    if np[0].islower() and np.split()[0].lower() not in ("the", "a", "an", "local", "security",
                                                         "medical", "military", "officials",
                                                         "activists", "sources", "residents",
                                                         "witnesses", "monitors"):
        return None
    if len(np.split()) > 6:
        return None
    return np, None


def attribution(sentence: str) -> tuple[Optional[str], Optional[str]]:
    """Who a sentence (or clause) attributes its content to: ``(source, entity id)`` or
    ``(None, None)``: "according to X", "X said", "said X", "X figures show", "figures from X"."""
    for pattern in (_ACCORDING, _FIGURES_FROM, _SUBJECT_VERB, _VERB_SUBJECT):
        for m in pattern.finditer(sentence):
            np = m.group("np") if m.group("np") else m.groupdict().get("np2")
            if not np:
                continue
            result = _clean_source(np)
            if result:
                return result
    return None, None


def _clause(text: str, s_start: int, s_end: int, position: int) -> tuple[int, int]:
    """The part of a sentence between semicolons that holds ``position``: "X said A; B" does
    not attribute B to X."""
    start = text.rfind(";", s_start, position)
    end = text.find(";", position, s_end)
    return (start + 1 if start >= 0 else s_start), (end if end >= 0 else s_end)


# --- figures -----------------------------------------------------------------------------------
def find_figures(text: str) -> list[Figure]:
    """Every reported figure in ``text``, in order."""
    lowered = _lower(text)
    sources: dict[int, tuple[Optional[str], Optional[str]]] = {}
    out: list[Figure] = []
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
        else:
            digits = m.group("digits")
            if digits.startswith("0") and len(digits) > 1:
                continue
            value = parse_number(digits, m.group("scale"))
        if not value or value <= 0:
            continue
        previous = _previous_words(text, start, 100)
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
        counts = counted[0]
        q_start = previous[q_index].start() if q else start
        s_start, s_end = sentence_around(text, start)
        c_start, c_end = _clause(text, s_start, s_end, start)
        if c_start not in sources:
            sources[c_start] = attribution(text[c_start:c_end])
        source, source_entity = sources[c_start]
        out.append(Figure(value=value, qualifier=qualifier, number_text=text[q_start:range_end].strip(),
                          counts=counts, sentence=text[s_start:s_end].strip(), source=source,
                          source_entity=source_entity, position=q_start))
        skip_until = range_end
    return out
