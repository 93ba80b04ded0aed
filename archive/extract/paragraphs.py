"""Which lines of a text are the article and which are page furniture, classified as jusText
classifies paragraphs (Pomikálek's algorithm; its stop lists, Arabic included).

Each line is first judged alone, by its length, its stop-word density (articles are written in
sentences full of "the", "of", "في", "من"; menus, headline lists and share bars are not), its
final punctuation and the furniture words it holds (``archive/data/page_furniture.txt``:
calls to action, widget words, "Read more:" lead-ins, wire sign-offs):

- ``bad``: furniture by its words or shape, or long with few stop words;
- ``short``: too short to judge alone;
- ``near``: sentence-like but not clearly prose;
- ``good``: long prose.

Then by context, as jusText does: a short or near-good line between good ones is good, one
among bad ones is bad, and the edges of the page count as bad. The article is the block of
lines that scores best (good lines count their length, bad ones a cost), found in one pass.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Optional, Sequence

from archive.extract.data import data_sections

GOOD, NEAR, SHORT, BAD = "good", "near", "short", "bad"

LENGTH_LOW = 70  # characters: shorter lines are judged by their neighbours
LENGTH_HIGH = 200  # characters: longer prose lines are good outright
STOPWORDS_LOW = 0.20
STOPWORDS_HIGH = 0.30
STRONG_ONE_WORDS = 15  # a line of at most this many words with one call to action is furniture
STRONG_TWO_WORDS = 50  # ... with two
STRONG_MANY_WORDS = 150  # ... with three (a cookie notice of a paragraph)
WEAK_WORDS = 6  # a line of at most this many words with one widget word is furniture
WEAK_RUN_WORDS = 30  # ... or of at most this many words, a third of them widget words
WEAK_SHARE = 0.3
MENU_WORDS = 30
BAD_COST = 40  # what a bad line costs the block holding it, in characters of good text

_WORD = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_ARABIC_LETTERS = re.compile(r"[\u0620-\u064a]")
_LETTERS = re.compile(r"[^\W\d_]")
SAMPLE_CHARS = 600
ENGLISH_SHARE = 0.3  # of a sample's words in English stop words: English (Wikipedia prose ~0.45)
# Alef forms, alef maqsura, teh marbuta made plain; diacritics and tatweel dropped.
_ARABIC_PLAIN = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ـ": None,
     **{chr(c): None for c in range(0x064B, 0x0653)}}
)
_SENTENCE_END = re.compile(r"[.!?؟。\"”’»)\]:]$")
_TEASER_END = re.compile(r"(?:\.\.\.|…)\s*$")
_BULLET = re.compile(r"^(?:[*+•·▪●◦\-–—]|\d{1,2}[.)])\s+")
_SEPARATORS = re.compile(r"\s(?:\||>|»|›|/|·|•)\s")
_SPACED = re.compile(r" {2,}|\t")
_CRUMB = re.compile(r"\w[|>»›]\w|\s[|>»›]\s")
_BRACKET_CREDIT = re.compile(r"\[[^\]]{2,60}\]\s*$")  # "... at the camp [Reuters]"
# A caption's credit in parentheses after its last sentence: "... on Jan. 24. (Reuters)",
# "... in 2019. (Delil Souleiman/AFP/Getty Images)", "... province. (Photo for The Washington Post)".
_PAREN_CREDIT = re.compile(r"[.!?][\"”’]?\s*\((?P<credit>[^()]{2,60})\)\s*$")
# A paragraph opening with a dateline: a place, parentheses perhaps, a dash ("الحسكة (سوريا) (أ ف ب) -",
# "QAMISHLI, Syria (AP) —", "دمشق-سانا"): the text's first paragraph, whatever credit it names.
_OPENS_DATELINE = re.compile(r"^(?P<place>[^\W\d_][^\W\d_ '’.,،]{0,40}?)(?:\s*\([^()]{1,40}\)){0,3}(?:\s+[-–—]{1,2}\s*|\s*[-–—]{1,2}\s+)\w")
_INITIALS = re.compile(r"^\(?(?:[a-z]{1,5}(?:/[a-z]{1,5})+|[A-Z]{1,3}(?:/[A-Z]{1,3})+)\)?$")  # a wire desk's initials: "sjw/fg"
# A dateline on a line of its own: "ERBIL —", "BEIRUT (AP) -", "QAMISHLI, Syria:".
_DATELINE = re.compile(r"^[A-Z\u0600-\u06ff][A-Z\u0600-\u06ff .'’-]{1,30}(?:,\s*[\w .]{2,30})?(?:\s*\([\w .]{2,30}\))?\s*[-–—:]$")
_COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|copyright\s+(?:©\s*)?\d{4}", re.I)

# jusText's names for py3langid's language codes (the languages it has stop lists for).
STOPLIST_NAMES = {
    "af": "Afrikaans", "ar": "Arabic", "az": "Azerbaijani", "be": "Belarusian", "bg": "Bulgarian",
    "bn": "Bengali", "bs": "Bosnian", "ca": "Catalan", "cs": "Czech", "cy": "Welsh", "da": "Danish",
    "de": "German", "el": "Greek", "en": "English", "eo": "Esperanto", "es": "Spanish",
    "et": "Estonian", "eu": "Basque", "fa": "Persian", "fi": "Finnish", "fr": "French",
    "ga": "Irish", "gl": "Galician", "he": "Hebrew", "hi": "Hindi", "hr": "Croatian",
    "hu": "Hungarian", "hy": "Armenian", "id": "Indonesian", "is": "Icelandic", "it": "Italian",
    "ka": "Georgian", "kk": "Kazakh", "ko": "Korean", "ku": "Kurdish", "ky": "Kyrgyz",
    "la": "Latin", "lt": "Lithuanian", "lv": "Latvian", "mk": "Macedonian", "ml": "Malayalam",
    "mr": "Marathi", "ms": "Malay", "mt": "Maltese", "ne": "Nepali", "nl": "Dutch",
    "nn": "Norwegian_Nynorsk", "no": "Norwegian_Bokmal", "pl": "Polish", "pt": "Portuguese",
    "ro": "Romanian", "ru": "Russian", "sk": "Slovak", "sl": "Slovenian", "sq": "Albanian",
    "sr": "Serbian", "sv": "Swedish", "sw": "Swahili", "ta": "Tamil", "te": "Telugu",
    "tl": "Tagalog", "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu", "uz": "Uzbek",
    "vi": "Vietnamese",
}


def plain(text: str) -> str:
    """Case folded, Arabic letter forms made plain: the form furniture words are matched in."""
    text = text.casefold()
    if _ARABIC.search(text):
        text = text.translate(_ARABIC_PLAIN)
    return text


class Phrases:
    """One section of page_furniture.txt: single words in a set, phrases of words as tuples of
    tokens looked up where their first word stands (no regular expression per line), and the
    few entries with punctuation ("photo:") as substrings."""

    def __init__(self, entries: Sequence[str], substrings: bool = False):
        self.words: set = set()
        self.phrases: set = set()
        self.first: set = set()
        self.lengths: set = set()
        self.substrings: list = []
        for entry in entries:
            tokens = tuple(_WORD.findall(entry))
            if substrings or not tokens or " ".join(tokens) != entry:
                self.substrings.append(entry)
            elif len(tokens) == 1:
                self.words.add(tokens[0])
            else:
                self.phrases.add(tokens)
                self.first.add(tokens[0])
                self.lengths.add(len(tokens))

    def count(self, tokens: Sequence[str], folded: str) -> int:
        words, first = self.words, self.first
        hits = 0
        for i, token in enumerate(tokens):
            if token in words:
                hits += 1
            if token in first:
                hits += sum(1 for size in self.lengths if tuple(tokens[i : i + size]) in self.phrases)
        if self.substrings:
            hits += sum(1 for entry in self.substrings if entry in folded)
        return hits

    def starts(self, tokens: Sequence[str], folded: str) -> bool:
        if tokens and (tokens[0] in self.words or (
                tokens[0] in self.first and any(tuple(tokens[:size]) in self.phrases for size in self.lengths))):
            return True
        if not self.substrings:
            return False
        head = folded.lstrip(" (\"'“‘-–—*•")
        return any(head.startswith(entry) for entry in self.substrings)


@functools.lru_cache(maxsize=None)
def _phrases() -> dict:
    """Each section of page_furniture.txt, made plain, as :class:`Phrases`."""
    sections = {name: [plain(line) for line in lines] for name, lines in data_sections("page_furniture.txt").items()}
    # Captions are often glued to their text ("image captionTrucks left..."): found anywhere.
    return {name: Phrases(entries, substrings=name == "captions") for name, entries in sections.items()}


@functools.lru_cache(maxsize=16)
def stoplist(language: Optional[str]) -> frozenset:
    """jusText's stop words for an ISO 639-1 code (Arabic ones made plain); empty if none."""
    name = STOPLIST_NAMES.get(language or "")
    if not name:
        return frozenset()
    import justext

    return frozenset(plain(word) for word in justext.get_stoplist(name))


def text_language(lines: Sequence[str]) -> Optional[str]:
    """The language of the longest lines (the page's prose, not its menus): Arabic by its
    script, English by its stop words, others by py3langid."""
    sample = " ".join(sorted(lines, key=len, reverse=True)[:6])[:SAMPLE_CHARS]
    letters = len(_LETTERS.findall(sample))
    if letters and len(_ARABIC_LETTERS.findall(sample)) > 0.6 * letters:
        return "ar"
    tokens = _WORD.findall(sample.casefold())
    english_stops = stoplist("en")
    english = sum(1 for t in tokens if t in english_stops)
    if tokens and english >= ENGLISH_SHARE * len(tokens):
        return "en"
    from archive.extract.language import guess_language

    guess = guess_language(sample)
    if guess and guess != "en" and tokens:  # English prose on a page whose menus are not
        prose = [t for line in lines if len(line) > LENGTH_LOW for t in _WORD.findall(plain(line))][:2000]
        theirs = stoplist(guess)
        if sum(1 for t in prose if t in english_stops) > 2 * sum(1 for t in prose if t in theirs):
            return "en"
    return guess


@dataclass
class Line:
    text: str
    words: int = 0
    stop_density: float = 0.0
    sentence: bool = False
    furniture: Optional[str] = None  # why the line is furniture by its words or shape
    initial: str = BAD
    cls: str = BAD
    listed: bool = False  # a link by its place only: under a link's heading ("Related", "Listen Live")


def judge(text: str, stops: frozenset) -> Line:
    """One line on its own: features and initial class."""
    line = Line(text)
    folded = plain(text)
    tokens = _WORD.findall(folded)
    line.words = len(tokens)
    if tokens and stops:
        line.stop_density = sum(1 for t in tokens if t in stops) / len(tokens)
    line.sentence = ends_sentence(text)
    line.furniture = furniture_reason(text, folded, line.words, tokens, line.sentence)
    if line.furniture:
        line.initial = BAD
    elif len(text) < LENGTH_LOW:
        line.initial = NEAR if line.sentence and line.words >= 4 and (
            not stops or line.stop_density >= STOPWORDS_LOW) else SHORT
    elif not stops:  # no stop list for the language: shape alone
        line.initial = (GOOD if len(text) > LENGTH_HIGH else NEAR) if line.sentence else (
            NEAR if len(text) > LENGTH_HIGH else BAD)
    elif line.stop_density >= STOPWORDS_HIGH:
        line.initial = GOOD if len(text) > LENGTH_HIGH or line.sentence else NEAR
    elif line.stop_density >= STOPWORDS_LOW:
        line.initial = NEAR
    else:
        line.initial = BAD
    line.cls = line.initial
    return line


def ends_sentence(text: str) -> bool:
    """Whether a line (its list marker aside) ends as a sentence does, not as a teaser ("...")."""
    stripped = _BULLET.sub("", text)
    return bool(_SENTENCE_END.search(stripped)) and not _TEASER_END.search(stripped)


CREDIT_WORDS = 20
_NAME = r"[A-Z][\w'’-]*\.?(?:[ \t]+(?:[A-Z][\w'’-]*\.?|(?:al|el|de|van|von|bin|ibn)(?:-|[ \t]+)[A-Z][\w'’-]*)){1,3}"


@functools.lru_cache(maxsize=2)
def _credit_verbs(section: str) -> tuple:
    """The first words of the section's verbs ("reported", "contributed"): a line without any is no credit."""
    return tuple({v.split()[0] for v in data_sections("page_furniture.txt").get(section, ())})


@functools.lru_cache(maxsize=2)
def _credit_pattern(section: str):
    verbs = sorted(data_sections("page_furniture.txt").get(section, ()), key=len, reverse=True)
    names = rf"{_NAME}(?:(?:\s*,\s*|\s+and\s+|,\s+and\s+){_NAME})*"
    # after the verb, a place at most ("from northeast Syria"), never a clause ("that ...")
    return re.compile(rf"^(?!(?:The|A|An|This|That|Its|Their|Our)\s)(?P<names>{names})\s+"
                      rf"(?:{'|'.join(re.escape(v) for v in verbs)})\b(?!.*\bthat\b)(?:\s+[^\s.!?]+){{0,6}}\s*[.!]?$")


def reporter_credit(text: str, section: str = "reporter_credits") -> Optional[str]:
    """The names of a line crediting the reporters under the text ("Jane Doe reported from Erbil.";
    with ``section="contributor_credits"``, "Jane Doe and John Roe contributed reporting."), or None."""
    if not text[:1].isupper() or not any(verb in text for verb in _credit_verbs(section)):
        return None
    match = _credit_pattern(section).match(text.strip())
    return match.group("names") if match else None


def furniture_reason(text: str, folded: Optional[str] = None, words: Optional[int] = None,
                     tokens: Optional[Sequence[str]] = None, sentence: Optional[bool] = None) -> Optional[str]:
    """Why a line is furniture by its words or shape, or None."""
    phrases = _phrases()
    if folded is None:
        folded = plain(text)
    if tokens is None:
        tokens = _WORD.findall(folded)
    if words is None:
        words = len(tokens)
    if sentence is None:
        sentence = ends_sentence(text)
    if words <= 40 and phrases["signoffs"].starts(tokens, folded):
        return "sign-off"
    if words <= CREDIT_WORDS and sentence and (reporter_credit(text) or reporter_credit(text, "contributor_credits")):
        return "sign-off"
    if (words <= 20 or _TEASER_END.search(text)) and phrases["lead_ins"].starts(tokens, folded):
        return "link"
    if words <= STRONG_MANY_WORDS:
        hits = phrases["strong"].count(tokens, folded)
        if (hits and words <= STRONG_ONE_WORDS) or (hits >= 2 and words <= STRONG_TWO_WORDS) or hits >= 3:
            return "call to action"
    if words <= 12 and tokens and tokens[0].isdigit() and phrases["comment_counts"].starts(tokens[1:], ""):
        return "comments"
    if words <= WEAK_RUN_WORDS:
        weak = phrases["weak"].count(tokens, folded)
        if weak and ((words <= WEAK_WORDS and not sentence) or weak >= WEAK_SHARE * words):
            return "widget"
    if ((words <= 60 and phrases["captions"].count(tokens, folded))
            or (words <= 40 and _BRACKET_CREDIT.search(text))
            or (words <= 60 and _paren_credit(text))) and not opens_with_dateline(text):
        return "caption"
    if words <= 30 and _COPYRIGHT.search(text):
        return "copyright"
    if words <= 30 and len(_SEPARATORS.findall(text)) >= 2:
        return "menu"
    if words <= 4 and _CRUMB.search(text):
        return "menu"
    if words <= 40 and _TEASER_END.search(text):
        return "teaser"
    if words <= 4 and _BULLET.match(text):
        return "menu"
    if words <= 3 and _INITIALS.match(text):
        return "initials"
    if words <= 12 and text.endswith(")") and agency_credit(text):
        return "initials"
    if words == 0:
        return "symbols"
    return None


def names_copyright(text: str) -> bool:
    """Whether a line holds a copyright mark ("©", "(c) 2019", "Copyright 2021")."""
    return bool(_COPYRIGHT.search(text))


def _paren_credit(text: str) -> bool:
    """Whether a line closes its last sentence with a credit in parentheses, as a picture's caption
    does: a few words, the first capitalised, no sentence inside ("(Reuters)", "(Jane Doe/AFP)")."""
    if not text.endswith(")"):
        return False
    match = _PAREN_CREDIT.search(text)
    if not match:
        return False
    credit = match.group("credit").strip()
    words = re.split(r"[\s/]+", credit)
    capitalised = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    return 0 < len(words) <= 8 and credit[:1].isupper() and not re.search(r"[.!?;]\s|[.!?;]$", credit) \
        and capitalised * 2 > len(words)  # names: "(Jane Doe/AFP)", not "(They had left.)"


_CREDIT = re.compile(r"^(?P<desk>[a-z]{1,5}(?:/[a-z]{1,5})+\s*)?\((?P<names>[^()]{2,80})\)$", re.I)
_CREDIT_PARTS = re.compile(r"\s*(?:[,;/&]|\bwith\b|\band\b|\bwith\s+agencies\b)\s*", re.I)


def agency_credit(text: str) -> bool:
    """A line crediting the agencies a story draws on, as wire desks sign off: "ab/rs (AFP, dpa)",
    "(FRANCE 24 with AFP)", "(Reuters, AP)": names of outlets in parentheses, a desk's initials
    before them perhaps."""
    match = _CREDIT.match(text.strip())
    if not match:
        return False
    from archive.extract.outlets import known_outlet

    parts = [part for part in _CREDIT_PARTS.split(match.group("names")) if part and part.strip()]
    if not parts or any(len(part.split()) > 4 for part in parts):
        return False
    known = sum(1 for part in parts if known_outlet(part))
    return known == len(parts) or bool(match.group("desk") and known)


def opens_with_dateline(text: str) -> bool:
    """Whether a line opens with a dateline (a place of a few words, parentheses perhaps, a dash,
    the place no credit: "BEIRUT (AFP) -", not "Getty Images -"), or one naming an outlet."""
    lead = plain(" ".join(text.split("(")[0].split()[:4]))  # "Photo: ...", "FILE - ...": a credit
    if _phrases()["captions"].count(_WORD.findall(lead), lead + " -"):
        return False
    match = _OPENS_DATELINE.match(text)
    if match:
        place = match.group("place")
        if len(place.split()) <= 4 and (
                _ARABIC.match(place) or all(w[:1].isupper() or w in _PLACE_WORDS for w in place.split())):
            return True
    from archive.extract.outlets import outlet_from_dateline

    return outlet_from_dateline(text) is not None


_PLACE_WORDS = {"al", "el", "ad", "as", "ar", "az", "ash", "an", "de", "of"}


def classify(texts: Sequence[str], language: Optional[str] = None, marked: Optional[Sequence[bool]] = None,
             raw: Optional[Sequence[str]] = None) -> list:
    """The lines of a text, each with its class after context (``good`` or ``bad``). ``marked``
    lines are furniture whatever their words (the group's template); ``raw`` are the lines as
    written, whose runs of spaces show links set side by side (a menu)."""
    stops = stoplist(language if language is not None else text_language(texts))
    lines = [judge(text, stops) for text in texts]
    raw = list(raw or ())
    for i, (line, written) in enumerate(zip(lines, raw)):
        if line.furniture is None and line.words <= MENU_WORDS and _spaced_links(written) \
                and not _table_header(written, raw[i + 1] if i + 1 < len(raw) else ""):
            line.furniture, line.initial, line.cls = "menu", BAD, BAD
    for line, mark in zip(lines, marked or ()):
        if mark:
            line.furniture, line.initial, line.cls = line.furniture or "template", BAD, BAD
    _link_lists(lines)
    _revise(lines)
    return lines


def _spaced_links(written: str) -> bool:
    """Links set side by side, runs of spaces between them ("Home   News   Sport"); not the
    cells of a table row, which hold numbers."""
    items = _SPACED.split(written.strip())
    if len(items) < 3 or any(len(item.split()) > 4 for item in items):
        return False
    return sum(1 for item in items if any(c.isdigit() for c in item)) < len(items) / 2


def _table_header(written: str, below: str) -> bool:
    """Column names over a row of as many cells holding numbers: a table, not a menu."""
    cells = _SPACED.split(below.strip())
    return len(cells) == len(_SPACED.split(written.strip())) and any(c.isdigit() for c in below)


def _link_lists(lines: list) -> None:
    """The headlines listed under a "Read also:" or "Related" heading are links, not text."""
    in_list = False
    for line in lines:
        if line.furniture == "link" and line.words <= 4:
            in_list = True
        elif in_list and line.furniture is None and not line.sentence and line.words <= 25:
            line.furniture, line.initial, line.cls, line.listed = "link", BAD, BAD, True
        elif line.furniture is None:
            in_list = False


def _neighbour(lines: list, i: int, step: int, ignore_near: bool) -> str:
    i += step
    while 0 <= i < len(lines):
        cls = lines[i].cls
        if cls in (GOOD, BAD) or (cls == NEAR and not ignore_near):
            return cls
        i += step
    return BAD


def _revise(lines: list) -> None:
    """jusText's context-sensitive stage: short lines take the class of their neighbours, then
    near-good lines are good unless bad lines stand on both sides."""
    _settle(lines, SHORT, _short_class)
    _settle(lines, NEAR, lambda before, after, lines, i: BAD if before == after == BAD else GOOD)


def _settle(lines: list, cls: str, rule) -> None:
    """Every line of class ``cls`` given ``rule(before, after, lines, i)``'s class, all decided
    on the classes as they stood."""
    decided = {i: rule(_neighbour(lines, i, -1, True), _neighbour(lines, i, 1, True), lines, i)
               for i, line in enumerate(lines) if line.cls == cls}
    for i, new in decided.items():
        lines[i].cls = new


def _short_class(before: str, after: str, lines: list, i: int) -> str:
    if before == after:
        return before
    if (before == BAD and _neighbour(lines, i, -1, False) == NEAR) or (
            after == BAD and _neighbour(lines, i, 1, False) == NEAR):
        return GOOD
    return BAD


def main_block(lines: Sequence[Line]) -> tuple:
    """(start, end) of the best-scoring run of lines, end excluded; (0, 0) when no line is good."""
    best, best_span = 0.0, (0, 0)
    score, start = 0.0, 0
    for i, line in enumerate(lines):
        if line.cls == GOOD:
            gain = float(len(line.text))
        else:
            gain = -float(max(BAD_COST, len(line.text) // 2))
        if score <= 0:
            score, start = 0.0, i
        score += gain
        if score > best:
            best, best_span = score, (start, i + 1)
    start, end = best_span
    while start < end and lines[start].cls != GOOD:
        start += 1
    while end > start and lines[end - 1].cls != GOOD:
        end -= 1
    return start, end


def accept_sentences(lines: Sequence[Line]) -> None:
    """For a text too short to hold prose by the page's standard: its sentences are the text."""
    for line in lines:
        if line.furniture is None and (line.sentence or line.initial in (GOOD, NEAR)):
            line.cls = GOOD


def is_text(line: Line) -> bool:
    """Whether a line inside the article's block is kept: good, or a sentence or a short line
    (a subheading) that is not furniture."""
    return line.cls == GOOD or (line.furniture is None and (line.sentence or line.initial == SHORT))


def is_bullet(text: str) -> bool:
    return bool(_BULLET.match(text))


def opens_text(line: Line) -> bool:
    """A short line right above the text that belongs to it: a salutation ("Dear Ministers,"),
    a one-line sentence."""
    return line.furniture is None and line.words <= 12 and (
        line.sentence or line.text.endswith(",") or bool(_DATELINE.match(line.text)))


def dateline_alone(text: str) -> bool:
    """A dateline on a line of its own: "ERBIL —", "BEIRUT (AP) -", "QAMISHLI, Syria:"."""
    return bool(_DATELINE.match(text))


def closes_text(line: Line) -> bool:
    """A short sentence right below the text that ends it ("The inquiry continues.")."""
    return line.furniture is None and line.sentence and line.words <= 25
