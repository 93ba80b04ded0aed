"""Page furniture by a line's own words and shape, for the line classifier
(:mod:`archive.extract.paragraphs`): calls to action, widget words, "Read more:" lead-ins, wire
sign-offs, captions and their credits, copyright lines, menus, a reporter's or an agency's credit
(the phrases are data, ``archive/data/page_furniture.txt``); and the few tests of a line's shape
the classifier and the readers share (a sentence's end, a dateline opening a paragraph).
"""

from __future__ import annotations

import functools
import re
from typing import Optional, Sequence

from archive.extract.data import data_sections

STRONG_ONE_WORDS = 15  # a line of at most this many words with one call to action is furniture
STRONG_TWO_WORDS = 50  # ... with two
STRONG_MANY_WORDS = 150  # ... with three (a cookie notice of a paragraph)
WEAK_WORDS = 6  # a line of at most this many words with one widget word is furniture
WEAK_RUN_WORDS = 30  # ... or of at most this many words, a third of them widget words
WEAK_SHARE = 0.3

_WORD = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)
_ARABIC = re.compile(r"[\u0600-\u06ff]")
# Alef forms, alef maqsura, teh marbuta made plain; diacritics and tatweel dropped.
_ARABIC_PLAIN = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ـ": None,
     **{chr(c): None for c in range(0x064B, 0x0653)}}
)
# ... a stop inside a closing quote written as a straight apostrophe ("... to forget.'") too
_SENTENCE_END = re.compile(r"(?:[.!?؟。۔।\"”’»)\]:]|[.!?؟۔।]'|[.!?…]“)$")  # „...“: a closing quote set low-high
_TEASER_END = re.compile(r"(?:\.\.\.|…)\s*$")
_BULLET = re.compile(r"^(?:[*+•·▪●◦\-–—]|\d{1,2}[.)])\s+")
_SEPARATORS = re.compile(r"\s(?:\||>|»|›|/|·|•)\s")
_CRUMB = re.compile(r"\w[|>»›]\w|\s[|>»›]\s")
_BRACKET_CREDIT = re.compile(r"\[[^\]]{2,60}\]\s*$")  # "... at the camp [Reuters]"
# A picture's credit closing a caption's line: a name of capitalised words, a dash or a slash, an
# agency's or a paper's code in capitals ("Photo d'illustration Jane Doe - VDNPQR", "Jane Doe / AFP"),
# in a short line that ends no sentence.
_DASH_CREDIT = re.compile(r"(?:^|\s)(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’.-]*[a-z][\w'’.-]*\s*[-–/]\s*[A-Z]{2,10}(?:[/ ][A-Z]{2,10})?\s*$")
DASH_CREDIT_WORDS = 20
# A caption's credit in parentheses after its last sentence: "... on Jan. 24. (Reuters)",
# "... in 2019. (Delil Souleiman/AFP/Getty Images)", "... province. (Photo for The Washington Post)".
_PAREN_CREDIT = re.compile(r"[.!?][\"”’]?\s*\((?P<credit>[^()]{2,60})\)\s*$")
# A paragraph opening with a dateline: a place, parentheses perhaps, a dash ("الحسكة (سوريا) (أ ف ب) -",
# "QAMISHLI, Syria (AP) —", "دمشق-سانا"): the text's first paragraph, whatever credit it names.
# The place may name its region after a comma ("HAJIN, Syria —", "Hasakah, Syria –"): a word or two,
# each capitalised (checked by the caller with the place's).
_OPENS_DATELINE = re.compile(r"^(?P<place>[^\W\d_][^\W\d_ '’.,،]{0,40}?)(?P<region>,\s*[^\W\d_][^\W\d_'’.-]*(?:\s[^\W\d_][^\W\d_'’.-]*)?)?"
                             r"(?:\s*\([^()]{1,40}\)){0,3}(?:\s+[-–—]{1,2}\s*|\s*[-–—]{1,2}\s+)\w")
# a wire desk's initials: "sjw/fg", "(Res)" (one editor's code in brackets, as Italian agencies sign)
_INITIALS = re.compile(r"^\(?(?:[a-z]{1,5}(?:/[a-z]{1,5})+|[A-Z]{1,3}(?:/[A-Z]{1,3})+)\)?$|^\([A-Z]?[a-z]{2,4}\)$")
# A wire desk's codes closing a story, in capitals: the agency's and its editors' ("PTI ABC XYZ RHL").
_DESK_CODES = re.compile(r"^[A-Z]{2,4}(?: [A-Z]{2,4}){2,5}$")
_COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|copyright\s+(?:©\s*)?\d{4}", re.I)


def plain(text: str) -> str:
    """Case folded, Arabic letter forms made plain: the form furniture words are matched in. The
    Turkish capital İ folds to "i" and a combining dot: the dot goes, so "İLGİLİ HABERLER" is met."""
    text = text.casefold().replace("i\u0307", "i")
    if _ARABIC.search(text):
        text = text.translate(_ARABIC_PLAIN)
        if "/" in text:
            text = _INCLUSIVE.sub("", text)  # "اقرأ/ي أيضًا": the imperative's feminine form written after a slash
    return text


_INCLUSIVE = re.compile(r"(?<=[\u0600-\u06ff])/[\u064a\u0649](?![\u0600-\u06ff])")


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
        if not words.isdisjoint(tokens):  # (each test first asks in C whether any token can count)
            hits += sum(map(words.__contains__, tokens))
        if not first.isdisjoint(tokens):
            for i, token in enumerate(tokens):
                if token in first:
                    hits += sum(1 for size in self.lengths if tuple(tokens[i : i + size]) in self.phrases)
        if self.substrings:
            hits += sum(map(folded.__contains__, self.substrings))
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

CONSENT_ROW_WORDS = 15
_ROW_ITEMS = re.compile(r"\s*(?:\||·|•|\s:\s|\[|\])\s*")


def consent_row(text: str) -> bool:
    """A consent notice's line: its buttons in a row, one of them a consent control of the data
    (boilerplate.txt ``[consent_controls]``, several languages), a notice before them perhaps
    ("We value your privacy: Accept | Settings"). Never a title nor text."""
    if not any(sep in text for sep in ("|", "·", "•", " : ", "[")):
        return False
    items = [item.casefold().strip(" []") for item in _ROW_ITEMS.split(text) if item.strip(" []")]
    return len(items) >= 2 and any(item in _consent_controls() for item in items)


@functools.lru_cache(maxsize=1)
def _consent_controls() -> frozenset:
    return frozenset(line.casefold() for line in data_sections("boilerplate.txt").get("consent_controls", ()))


def ends_sentence(text: str) -> bool:
    """Whether a line (its list marker aside) ends as a sentence does, not as a teaser ("...").
    (:data:`_SENTENCE_END` matches two characters at most, at the end or before a last newline: it
    is looked for in the last three, not tried at every position of a paragraph.)"""
    stripped = _BULLET.sub("", text)
    return bool(_SENTENCE_END.search(stripped[-3:])) and not teaser_end(stripped)


def teaser_end(text: str) -> bool:
    """Whether an ellipsis closes the line, white space after it at most: ``_TEASER_END.search``
    without trying every position (``str.rstrip`` and the pattern's white space take the same characters)."""
    return text.rstrip().endswith(("...", "…"))


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
    if (words <= 20 or teaser_end(text)) and phrases["lead_ins"].starts(tokens, folded):
        return "link"
    if words <= CONSENT_ROW_WORDS and consent_row(text):
        return "call to action"  # "Nous respectons votre vie privée : Accepter et fermer | Paramétrer"
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
            or (words <= 60 and _paren_credit(text))
            or (words <= DASH_CREDIT_WORDS and _DASH_CREDIT.search(text) and not ends_sentence(text))) \
            and not opens_with_dateline(text):
        return "caption"
    if words <= 30 and _COPYRIGHT.search(text):
        return "copyright"
    if words <= KEY_WORDS and _KEYS.search(text):
        return "widget"  # "Нашли ошибку? Выделите текст и нажмите Ctrl+Enter": the page's controls
    if words <= 30 and len(_SEPARATORS.findall(text)) >= 2:
        return "menu"
    if words <= 4 and _CRUMB.search(text):
        return "menu"
    if words <= 40 and teaser_end(text):
        return "teaser"
    if words <= 4 and _BULLET.match(text):
        return "menu"
    if (words <= 3 and _INITIALS.match(text)) or (words <= 6 and _desk_codes(text, tokens)):
        return "initials"
    if words <= 12 and text.endswith(")") and agency_credit(text):
        return "initials"
    if words == 0:
        return "symbols"
    return None


KEY_WORDS = 16
# A key combination to press ("Ctrl+Enter", "Strg + C", "⌘+K"): what the page asks its reader to do with
# its own controls, in any language (a typo report, a search box); a story names one in a sentence of its own.
_KEYS = re.compile(r"(?<!\w)(?:ctrl|strg|cmd|alt|shift|⌘)\s*\+\s*(?:enter|\w)(?!\w)", re.I)


def _desk_codes(text: str, tokens: Sequence[str]) -> bool:
    """A wire desk's codes in capitals ("PTI ABC XYZ RHL"): short words in capitals, none of them a
    function word (a headline in capitals has some: "WHAT YOU NEED TO KNOW")."""
    if not _DESK_CODES.match(text):
        return False
    from archive.extract.paragraphs import stoplist

    stops = stoplist("en")
    return not any(token in stops for token in tokens)


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
        place = match.group("place") + (match.group("region") or "").replace(",", " ")
        if len(place.split()) <= 4 and (
                _ARABIC.match(place) or all(w[:1].isupper() or w in _PLACE_WORDS for w in place.split())):
            return True
    from archive.extract.outlets import outlet_from_dateline

    return outlet_from_dateline(text) is not None


_PLACE_WORDS = {"al", "el", "ad", "as", "ar", "az", "ash", "an", "de", "of"}
