"""The single-byte code page of bytes that are not UTF-8 and name no charset (:func:`choose`),
chosen by how plausible each candidate makes the text, the way a reader would tell "wróci³a" from
"wróciła" or "Ìèíèñòåðñòâî" from "Министерство":

- the non-ASCII characters inside words decode to letters (not "³", "¶", a control or an undefined
  byte), and apostrophes or dashes where they join words;
- those letters belong to ONE language's alphabet (``archive/data/alphabets.txt``), its frequent
  letters counting more than its rare ones: Polish read as windows-1252 mixes French "ê" with
  Spanish "ñ" and Danish "æ";
- no letter of another script stands against an ASCII letter in a word ("cafй"), and no capital
  follows a letter inside a word (KOI8-R read as windows-1251 is capitals throughout).

Each point is a non-ASCII byte: +weight for a letter of the language (1 for its most frequent
letter down to 0.5 for its rarest; a letter standing alone, "¥" before a price read as "Ą", counts
nothing), -1 for a letter outside it, -2 for a sign or control inside a word, -1 for a control and
-0.5 for a stray sign elsewhere, -1 for each capital after a lower-case letter or a letter of
another script beside an ASCII one, -0.25 for a capital after a capital. windows-1252 is kept
unless another code page scores at least :data:`MARGIN` points and :data:`MARGIN_SHARE` of the
non-ASCII bytes more (the issue: never an obscure code page on weak evidence); among the others,
the first in :data:`CODE_PAGES` within :data:`NEAR` of the best. The margins were chosen on the
development set's files (every UTF-8 file re-encoded in each code page it fits: no windows-1252
text leaves windows-1252) and on word samples of 60 languages (jusText's stop lists): Polish,
Czech, Russian, Greek... of 30 words or more are mostly read right, of 150 words always; of 8
words they often stay windows-1252.
Only counts are taken, over the first :data:`SAMPLE_WORDS` words holding a non-ASCII byte, so a
large file costs no more than a small one.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from itertools import islice
from typing import NamedTuple, Optional

from archive.extract.data import data_lines

# Candidates in order of preference when two score the same: windows-1252 first (Latin script),
# then the Windows code pages before their ISO and KOI8 counterparts.
CODE_PAGES = (
    "windows-1252", "iso-8859-15", "windows-1250", "iso-8859-2", "windows-1254", "windows-1257",
    "windows-1251", "koi8-r", "koi8-u", "windows-1253", "iso-8859-7", "windows-1256", "windows-1255",
)
DEFAULT = "windows-1252"
MARGIN = 4.0  # points another code page must score over windows-1252 to be chosen ...
MARGIN_SHARE = 0.1  # ... and this share of the sample's non-ASCII bytes
NEAR = 1.5  # points (or this share of the non-ASCII bytes) a code page must score over one before
NEAR_SHARE = 0.03  # it in CODE_PAGES (windows-1251 before KOI8-R) to be chosen instead
UPPER_RUN = 0.25  # points off for a capital after a capital inside a word (a lower-case letter before it: 1)
PLAUSIBLE = 0.3  # points per non-ASCII byte a script's words score in their code page (about 0.8
# in the right one; Chinese, Japanese, Korean and Thai bytes score under 0.1 in any of them)
SAMPLE_WORDS = 3000

_HIGH_WORD = re.compile(rb"[A-Za-z\x80-\xff]*[\x80-\xff][A-Za-z\x80-\xff]*")
_IN_WORD = re.compile(rb"(?<=[A-Za-z\x80-\xff])[\x80-\xff](?=[A-Za-z\x80-\xff])")
_ALONE = re.compile(rb"(?<![A-Za-z\x80-\xff])[\x80-\xff](?![A-Za-z\x80-\xff])")
_RUN = re.compile(rb"[\x80-\xff]{3,}")
_PAIR = re.compile(rb"(?=([A-Za-z\x80-\xff][\x80-\xff]|[\x80-\xff][A-Za-z]))")
_ASCII = bytes(range(0x80))
_JOINERS = set("\u2019\u2018\u00b4\u02bc\u00b7\u2010\u2011\u2013\u2014\u00ad\u2026")
_PUNCTUATION = set("\u00a0\u20ac\u00a3\u00a5\u00a7\u00a9\u00ae\u2122\u00b0\u2022\u2020\u2021\u2030")

LETTER, JOINER, PUNCT, SIGN, CONTROL = range(5)


class Choice(NamedTuple):
    encoding: str  # the code page's name (Python knows it: codecs.lookup works)
    language: Optional[str]  # the alphabet its letters fit best
    score: float  # points (see the module's docstring)
    gain: float  # points over windows-1252
    high: int  # non-ASCII bytes weighed


class _Page(NamedTuple):
    name: str
    chars: tuple  # byte 0x80 + i -> its character, or None where the code page leaves it undefined
    kinds: tuple  # LETTER, JOINER, PUNCT, SIGN or CONTROL
    uppers: frozenset  # bytes that are capital letters
    foreign: frozenset  # bytes that are letters of a script other than Latin
    lowers: frozenset  # bytes that are lower-case letters
    languages: tuple  # (language, {letter: weight}) of the languages written in it


def windows_1252_table() -> tuple:
    """windows-1252 as WHATWG reads it: the five bytes cp1252 leaves undefined are C1 controls."""
    return tuple(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(0x80, 0x100))


def _kind(char: Optional[str], marks: frozenset) -> int:
    if char is None:
        return CONTROL
    if char.isalpha() or char in marks:
        return LETTER
    category = unicodedata.category(char)
    if category == "Cc":
        return CONTROL
    if char in _JOINERS:
        return JOINER
    if category[0] in "PZ" or char in _PUNCTUATION:
        return PUNCT
    return SIGN


@functools.lru_cache(maxsize=1)
def alphabets() -> tuple:
    """``(language, code pages, {letter: weight})``: weight 1 for its most frequent letter down to
    0.5, upper case too (``archive/data/alphabets.txt``)."""
    found = []
    for line in data_lines("alphabets.txt"):
        language, names, letters = (part.strip() for part in line.split("|"))
        letters = [[form for form in token.split("/") if len(form) == 1] for token in letters.split()]
        last = max(len(letters) - 1, 1)
        weights = {}
        for rank, forms in enumerate(letters):
            for letter in forms:
                for form in (letter, letter.upper()):
                    if len(form) == 1 and not form.isascii():
                        weights.setdefault(form, 1.0 - 0.5 * rank / last)
        found.append((language, frozenset(names.split()), weights))
    return tuple(found)


@functools.lru_cache(maxsize=1)
def pages() -> tuple:
    marks = frozenset(letter for _, _, weights in alphabets() for letter in weights if not letter.isalpha())
    built = []
    for name in CODE_PAGES:
        if name == DEFAULT:
            chars = windows_1252_table()
        else:
            chars = tuple(bytes([b]).decode(name, errors="ignore") or None for b in range(0x80, 0x100))
        kinds = tuple(_kind(char, marks) for char in chars)
        built.append(_Page(
            name, chars, kinds,
            frozenset(b for b, char in enumerate(chars, 0x80) if char and char.isupper()),
            frozenset(b for b, (char, kind) in enumerate(zip(chars, kinds), 0x80)
                      if kind == LETTER and char.isalpha() and "LATIN" not in unicodedata.name(char, "LATIN")),
            frozenset(b for b, char in enumerate(chars, 0x80) if char and char.islower()),
            tuple((language, weights) for language, names, weights in alphabets() if name in names),
        ))
    return tuple(built)


def sample(data: bytes) -> bytes:
    """The first SAMPLE_WORDS words holding a non-ASCII byte, whole (with the ASCII letters
    around it), a space between each."""
    return b" ".join(match.group() for match in islice(_HIGH_WORD.finditer(data), SAMPLE_WORDS))


def _features(words: bytes) -> tuple:
    """Counts of each non-ASCII byte: in all, inside words, standing alone; and of each pair of
    letter-like bytes (one of them non-ASCII)."""
    counts = Counter(words.translate(None, _ASCII))
    inside = Counter(b"".join(_IN_WORD.findall(words)))
    alone = Counter(b"".join(_ALONE.findall(words)))
    pairs = Counter(_PAIR.findall(words))
    return counts, inside, alone, pairs


def _score(page: _Page, counts: Counter, inside: Counter, alone: Counter, pairs: Counter) -> tuple:
    """``(points, language)`` of the words read in ``page``, for the language they fit best."""
    penalty = 0.0
    letters = Counter()
    for byte, count in counts.items():
        kind = page.kinds[byte - 0x80]
        within = inside.get(byte, 0)
        if kind == LETTER:  # a letter standing alone is no evidence ("¥" read as "Ą" before a price)
            letters[page.chars[byte - 0x80]] += count - alone.get(byte, 0)
        elif kind == CONTROL:
            penalty += 2 * within + (count - within)
        elif kind == SIGN:
            penalty += 2 * within + 0.5 * (count - within)
        elif kind == PUNCT:
            penalty += 2 * within
    for (first, second), count in pairs.items():
        if second >= 0x80:
            if second in page.uppers:
                if first in page.lowers or 0x61 <= first <= 0x7A:
                    penalty += count
                elif first in page.uppers or 0x41 <= first <= 0x5A:
                    penalty += UPPER_RUN * count
            if first < 0x80 and second in page.foreign:
                penalty += count
        elif first in page.foreign:
            penalty += count
    total = sum(letters.values())
    best, language = -float(total), None
    for name, weights in page.languages:
        fit = 0.0
        for letter, count in letters.items():
            weight = weights.get(letter)
            fit += count * weight if weight is not None else -count
        if fit > best:
            best, language = fit, name
    return best - penalty, language


def choose(data: bytes) -> Optional[Choice]:
    """The most plausible single-byte code page for ``data``: windows-1252 unless another scores
    MARGIN more; else the first of CODE_PAGES that scores within NEAR of the best. None when no
    single-byte code page makes words of non-ASCII bytes plausible."""
    words = sample(data)
    features = _features(words)
    high = sum(features[0].values())
    if not high:
        return Choice(DEFAULT, None, 0.0, 0.0, 0)
    scored = [(page.name,) + _score(page, *features) for page in pages()]
    best = max(score for _, score, _ in scored)
    if best < PLAUSIBLE * high and 2 * sum(map(len, _RUN.findall(words))) >= high:
        return None  # words of non-ASCII bytes that no single-byte code page reads as letters
    if scored[0][1] >= best - max(MARGIN, MARGIN_SHARE * high):
        return Choice(DEFAULT, scored[0][2], scored[0][1], 0.0, high)
    near = max(NEAR, NEAR_SHARE * high)
    name, score, language = next(item for item in scored if item[1] >= best - near)
    return Choice(name, language, score, score - scored[0][1], high)
