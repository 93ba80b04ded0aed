"""Which lines of a text are the article and which are page furniture, classified as jusText
classifies paragraphs (Pomikálek's algorithm; its stop lists, Arabic included).

Each line is first judged alone, by its length, its stop-word density (articles are written in
sentences full of "the", "of", "في", "من"; menus, headline lists and share bars are not), its
final punctuation and the furniture words it holds (``archive/data/page_furniture.txt``:
calls to action, widget words, "Read more:" lead-ins, wire sign-offs; judged in
:mod:`archive.extract.line_furniture`, whose names are re-exported here):

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

from archive.extract.line_furniture import (  # noqa: F401  (the classifier's names for the readers)
    _BULLET,
    _WORD,
    agency_credit,
    ends_sentence,
    furniture_reason,
    names_copyright,
    opens_with_dateline,
    plain,
    reporter_credit,
)

GOOD, NEAR, SHORT, BAD = "good", "near", "short", "bad"

LENGTH_LOW = 70  # characters: shorter lines are judged by their neighbours
LENGTH_HIGH = 200  # characters: longer prose lines are good outright
STOPWORDS_LOW = 0.20
STOPWORDS_HIGH = 0.30
MENU_WORDS = 30
BAD_COST = 40  # what a bad line costs the block holding it, in characters of good text

_ARABIC_LETTERS = re.compile(r"[\u0620-\u064a]")
# every letter of the Arabic script (Persian's, Kurdish's, Urdu's too: "ێ", "ڵ", "ە", "ک", "ی")
_ARABIC_SCRIPT = re.compile(r"[\u0620-\u064a\u066e-\u06d3\u06d5\u06ee-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc]")
# Letters the Arabic alphabet has not and the other languages written in its script have (Persian
# and Urdu ک ی گ پ چ ژ, Urdu's ٹ ڈ ڑ ں ہ ے, Pashto's, Sindhi's, Sorani's ڵ ڕ ۆ ێ): a text holding them
# is another language's, whose own stop words (jusText has Persian's and Urdu's) judge its lines.
_OTHER_ARABIC_SCRIPT = re.compile(r"[\u0679-\u06d3\u06d5\u0750-\u077f]")
OTHER_SCRIPT_SHARE = 0.02  # of the Arabic-script letters: a few in every sentence
ARABIC_SCRIPT_LANGUAGES = frozenset({"fa", "ur", "ps", "sd", "ku", "ckb", "ug"})
_LETTERS = re.compile(r"[^\W\d_]")
SAMPLE_CHARS = 600
ENGLISH_SHARE = 0.3  # of a sample's words in English stop words: English (Wikipedia prose ~0.45)
_SPACED = re.compile(r" {2,}|\t")
# A dateline on a line of its own: "ERBIL —", "BEIRUT (AP) -", "QAMISHLI, Syria:".
_DATELINE = re.compile(r"^[A-Z\u0600-\u06ff][A-Z\u0600-\u06ff .'’-]{1,30}(?:,\s*[\w .]{2,30})?(?:\s*\([\w .]{2,30}\))?\s*[-–—:]$")

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



@functools.lru_cache(maxsize=16)
def stoplist(language: Optional[str]) -> frozenset:
    """jusText's stop words for an ISO 639-1 code (Arabic ones made plain); empty if none."""
    name = STOPLIST_NAMES.get(language or "")
    if not name:
        return frozenset()
    import justext

    return frozenset(plain(word) for word in justext.get_stoplist(name))


def _arabic_script_language(sample: str, arabic: int) -> str:
    """Arabic, unless the sample holds letters only the other languages of the script write and the
    language identifier names one of them (Persian, Urdu, Pashto...)."""
    if len(_OTHER_ARABIC_SCRIPT.findall(sample)) < OTHER_SCRIPT_SHARE * arabic:
        return "ar"
    from archive.extract.language import guess_language

    guess = guess_language(sample)
    return guess if guess in ARABIC_SCRIPT_LANGUAGES else "ar"


def text_language(lines: Sequence[str]) -> Optional[str]:
    """The language of the longest lines (the page's prose, not its menus): Arabic by its
    script (Persian, Urdu... by their letters), English by its stop words, others by py3langid."""
    sample = " ".join(sorted(lines, key=len, reverse=True)[:6])[:SAMPLE_CHARS]
    letters = len(_LETTERS.findall(sample))
    arabic = len(_ARABIC_LETTERS.findall(sample))
    if letters and len(_ARABIC_SCRIPT.findall(sample)) > 0.6 * letters:  # a Sorani text writes a third of its
        return _arabic_script_language(sample, arabic)  # letters outside Arabic's own (round 39)
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
        english = sum(1 for t in prose if t in english_stops)
        if english > 2 * sum(1 for t in prose if t in theirs) and (theirs or english >= ENGLISH_SHARE / 2 * len(prose)):
            return "en"  # (a language with no stop list: English where its stop words are a prose's share, not a note's few)
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
        line.stop_density = sum(map(stops.__contains__, tokens)) / len(tokens)
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
    """The headlines listed under a "Read also:" or "Related" heading are links, not text (a
    headline asking a question too: "Who are the Australians still in the camps?")."""
    in_list = False
    marked = None  # whether the list's last item carried a list mark ("* Headline")
    for line in lines:
        if line.furniture == "link" and line.words <= 4:
            in_list, marked = True, None
        elif in_list and line.furniture is None and line.words <= 25 and (
                not line.sentence or line.text.rstrip("\"”’»").endswith(("?", "؟"))
                or (marked is is_bullet(line.text) and line.words <= LISTED_SENTENCE_WORDS)):  # a headline, a question's too
            line.furniture, line.initial, line.cls, line.listed = "link", BAD, BAD, True
            marked = is_bullet(line.text)
            continue
        elif line.furniture is None:
            in_list = False
        marked = None  # a sentence continues a list only right under a listed item


LISTED_SENTENCE_WORDS = 16  # under a listed headline, a headline written as short sentences ("... Now she wants to go home.")
# (marked as the items over it are, or unmarked as they are: a sentence without the mark under "* ..." items is the text again)


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
