"""Numbers and sentences for the figure extractor (``archive.extract.figures``).

``parse_number`` reads a cardinal as written ("4,000", "4 000", "two thousand", "1.5" million,
"two dozen"); the patterns find where one may start and where it ends; ``sentence_bounds`` and
``sentence_around`` cut a text into sentences without being fooled by abbreviations (U.S., Dr.,
Jan.) or initials.
"""

from __future__ import annotations

import re
from typing import Optional

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
        # the last end before ``position`` that ends a sentence: tried from the last one back
        ends = [m for m in _SENTENCE_END.finditer(text, lo, position) if m.end() <= position]
        found = next((m for m in reversed(ends) if _ends_sentence(text, m)), None)
        if found is not None:
            start = found.end()
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
SCALES = {"dozen": 12, "hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
_SMALL = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four"
          r"|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
          r"|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)")
_SCALE = r"(?:dozen|hundred|thousand|million|billion)"
_WORDS = rf"(?:(?:{_SMALL}|a)(?:[- ]{_SCALE}(?:(?: and)? {_SMALL}(?![- ]{_SCALE}))?)+|{_SMALL})"
# \d is any decimal digit, Arabic-Indic (٤٥) and Persian (۴۵) too; ٬ and ٫ are Arabic's thousands
# and decimal separators (١٬٢٠٠, ٢٫٥).
_DIGITS = r"(?:\d{1,3}(?:(?:,|\u066c|\u00a0|\u202f|\u2009| )\d{3})+(?![\d,\u066c]\d)|\d+(?:[.\u066b]\d+)?)"
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
    r"|a (?:dozen|hundred|thousand|million))\b|\d)")
_NOT_BEFORE_NUMBER = frozenset("$£€¥.,/:-+#")
_RANGE = re.compile(rf"\s*(?:-|–|to|and)\s*({_DIGITS}|{_WORDS})\b(?!\s*(?:{_MONTH_RE})\b)")
_WORD_SPLIT = re.compile(r"[\s-]+")
_THOUSANDS = str.maketrans({",": None, "\u066c": None, "\u00a0": None, "\u202f": None, "\u2009": None,
                            " ": None, "\u066b": "."})
_OF = re.compile(r"\s*of\b")
_AND_NOUN = re.compile(r"\s+(and|or)\s+([A-Za-z][\w'’-]*)")
_PREV_WORD = re.compile(r"[^\s\"“”‘(\[]+")


def _lower(text: str) -> str:
    """The text in lower case, each character for one (so offsets stay the same)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)



def parse_number(text: str, scale: Optional[str] = None) -> Optional[int]:
    """``"4,000"`` -> 4000, ``"1.5", "million"`` -> 1500000, ``"two thousand"`` -> 2000."""
    text = text.strip().lower()
    if text[:1].isdigit():
        digits = text.translate(_THOUSANDS)
        try:  # int() and float() read Arabic-Indic and Persian digits
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
        elif word in ("hundred", "dozen"):
            current = max(current, 1) * SCALES[word]
        elif word in SCALES:
            total += max(current, 1) * SCALES[word]
            current = 0
        else:
            return None
    return total + current

