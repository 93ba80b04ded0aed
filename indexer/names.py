"""The rules for writing names: when two spellings of a place or organisation are the same.

One owner for what the search index's analyzer (``indexer/fulltext/analysis.py``), the gazetteer's
matcher (``archive/extract/gazetteer.py``) and the search boxes' suggestions
(``datasette_plugins/suggest.py``) each need: how a name splits into words, and which differences
do not matter — case, accents, apostrophes and ʿ ʾ marks, the Arabic articles al-/el-/ad-/ez-...
written apart or hyphenated, doubled letters and -ah/-eh endings (al-Hol = Al Hol = el-Hōl;
Hassakeh = Hasakah; Raʿqa = Raqa). ``tests/test_name_rules.py`` checks the three agree.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# A name's words: apostrophes and transliteration marks inside a word keep it whole (Sina'a, Raʿqa).
# After a greedy \w+ only a joiner can continue a word, so the regex engine never backtracks.
TOKEN_PATTERN = r"\w+(?:[.'’ʼ`]\w+)*"
TOKEN_RE = re.compile(TOKEN_PATTERN)
MARKS = re.compile(r"['’ʼ`ʿʾʻ]")
POSSESSIVE = re.compile(r"['’ʼ]s$", re.IGNORECASE)
DOUBLED = re.compile(r"([^\W\d_])\1+")
# Arabic articles written apart or hyphenated (al-Hol, Deir ez-Zor, Dayr al-Zawr) are not part of a name.
ARABIC_ARTICLES = frozenset({"al", "el", "ad", "ed", "ez", "az", "ar", "ash", "ul"})
# At the start of a typed name the sun-letter forms an-, as-, at- (an-Nabk, at-Tanf) are articles
# too; inside a text they are English words (which the index drops as stop words anyway).
LEADING_ARTICLES = ARABIC_ARTICLES | {"an", "as", "at"}
_LEADING_ARTICLE = re.compile(r"^(?:" + "|".join(sorted(LEADING_ARTICLES)) + r")[-\s]+")


def strip_accents(text: str) -> str:
    """``Serêkaniyê`` -> ``Serekaniye``; ``ş`` -> ``s``."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold(text: str) -> str:
    """As the archive's vocabulary keeps words: lower case, no accents, no apostrophes or ʿ ʾ marks."""
    return MARKS.sub("", strip_accents(text.lower()))


def without_leading_article(text: str) -> str:
    """A name folded, hyphens as spaces, without a leading Arabic article: al-Hol camp -> hol camp."""
    return _LEADING_ARTICLE.sub("", fold(text).replace("-", " ").strip()) if text else ""


@functools.lru_cache(maxsize=200_000)  # called for every token indexed: words repeat
def normalise_name(word: str) -> str:
    """Transliteration variants on one form: doubled letters single, -ah/-eh endings as -a."""
    word = DOUBLED.sub(r"\1", word)
    if len(word) >= 5 and word.endswith(("ah", "eh")):
        word = word[:-2] + "a"
    return word


@functools.lru_cache(maxsize=200_000)
def fold_word(word: str) -> str:
    """One token as a name key sees it, or ``""`` for an Arabic article.

    Lower case, no accents, no possessive ``'s``, no apostrophes or ʿ ʾ marks, doubled letters
    single, and ``-ah``/``-eh`` endings as ``-a`` (Hassakeh, Hasakah -> ``hasaka``).
    """
    word = POSSESSIVE.sub("", word)
    word = MARKS.sub("", strip_accents(word).lower())
    if word in ARABIC_ARTICLES:
        return ""
    return normalise_name(word)


def name_key(text: str) -> tuple[str, ...]:
    """The folded tokens of a name, articles dropped: equal keys are the same spelling."""
    return tuple(f for f in (fold_word(t) for t in TOKEN_RE.findall(text)) if f)
