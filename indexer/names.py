"""The rules for writing names: when two spellings of a place or organisation are the same.

One owner for what the search index's analyzer (``indexer/fulltext/analysis.py``), the gazetteer's
matcher (``archive/extract/gazetteer.py``) and the search boxes' suggestions
(``datasette_plugins/suggest.py``) each need: how a name splits into words, and which differences
do not matter — case, accents, apostrophes and ʿ ʾ marks, the Arabic articles al-/el-/ad-/ez-...
written apart or hyphenated, doubled letters and -ah/-eh endings (al-Hol = Al Hol = el-Hōl;
Hassakeh = Hasakah; Raʿqa = Raqa). ``tests/test_name_rules.py`` checks the three agree.

Arabic script (:func:`fold_arabic`): alef and hamza forms, ta marbuta, alef maqsura, tatweel and
short vowels (harakat) do not matter, Arabic-Indic and Persian digits are ASCII digits, and the
article and the prefixes joined to it (ال, وال, بال, كال, فال, لل) or a leading و or ل are not part
of the word (والهول = الهول = هول; بالحسكة = الحسكة; لداعش = داعش).
"""

from __future__ import annotations

import functools
import re
import unicodedata

# A name's words: apostrophes and transliteration marks inside a word keep it whole (Sina'a, Raʿqa),
# the left single quotation mark too, which a keyboard's quotes write for an ayn (Ya‘rubiyah, A‘zaz).
# After a greedy \w+ only a joiner can continue a word, so the regex engine never backtracks.
# Arabic short vowels, shadda, sukun and Quranic marks are not \w: they belong to the word (الهَوْل).
_WORD = "[\\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed]"
TOKEN_PATTERN = _WORD + r"+(?:[.'‘’ʼ`]" + _WORD + r"+)*"
TOKEN_RE = re.compile(TOKEN_PATTERN)
MARKS = re.compile(r"['‘’ʼ`ʿʾʻ]")
POSSESSIVE = re.compile(r"['’ʼ]s$", re.IGNORECASE)
DOUBLED = re.compile(r"([^\W\d_])\1+")
# Arabic articles written apart or hyphenated (al-Hol, Deir ez-Zor, Dayr al-Zawr) are not part of a name.
# French and older English transliteration writes the sun letters' article with e (er-Raqqa, es-Sweida,
# esh-Shaddadi, et-Tell, en-Nabk).
ARABIC_ARTICLES = frozenset({"al", "el", "ad", "ed", "ez", "az", "ar", "ash", "ul", "er", "es", "esh", "et", "en"})
# At the start of a typed name the sun-letter forms an-, as-, at- (an-Nabk, at-Tanf) are articles
# too; inside a text they are English words (which the index drops as stop words anyway).
LEADING_ARTICLES = ARABIC_ARTICLES | {"an", "as", "at"}
_LEADING_ARTICLE = re.compile(r"^(?:" + "|".join(sorted(LEADING_ARTICLES)) + r")[-\s]+")


# -- Arabic script -------------------------------------------------------------------------
ARABIC_SCRIPT = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640]")
_ARABIC_LETTERS = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي",
    # Persian and Kurdish (Sorani) letters as Arabic writes the same names: ک ی as ك ي; the vowels
    # ێ ۆ as ي و, ە (final) and ھ ۀ as ه; ڕ ڵ as ر ل; the consonants Arabic lacks as Arabic writes
    # them in names: پ ب, چ ژ ج (Chirkin جركين, Roj روج), گ ك (Shengal شنكال), ڤ ف.
    "ک": "ك", "ی": "ي", "ێ": "ي", "ې": "ي", "ۆ": "و", "ۇ": "و", "ۉ": "و", "ە": "ه", "ھ": "ه", "ۀ": "ه",
    "ڕ": "ر", "ڵ": "ل", "پ": "ب", "چ": "ج", "ژ": "ج", "گ": "ك", "ڤ": "ف", "ڨ": "ف",
    **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic digits
    **{chr(0x06F0 + i): str(i) for i in range(10)},  # Persian (Eastern Arabic-Indic) digits
})
# The article with the prefixes joined to it, longest first; then a leading و (and).
ARABIC_PREFIXES = ("وبال", "وكال", "فبال", "وال", "فال", "بال", "كال", "ولل", "لل", "ال")
MIN_ARABIC_STEM = 2  # letters a word keeps after a prefix is taken off


# Letters of Persian and Kurdish words (ک ی ێ ۆ ە ڕ ڵ پ چ ژ گ ڤ ...): those languages write a name
# without Arabic's article, so a bare name in them is the name (حەسەکە, حسکه: Hasakah).
PERSIAN_KURDISH_LETTERS = re.compile("[\u06a9\u06cc\u06ce\u06d0\u06c6\u06c7\u06c9\u06d5\u06be\u06c0"
                                     "\u0695\u06b5\u067e\u0686\u0698\u06af\u06a4\u06a8]")


def is_arabic(word: str) -> bool:
    """Whether a token holds Arabic-script letters or digits."""
    return ARABIC_SCRIPT.search(word) is not None


# Sorani writes its short vowel e/a (ە) where Arabic writes none: inside a word it is dropped
# (حەسەکە: حسكه as الحسكة, شەنگال: شنكال); a word's first ئ, the seat of a vowel in Kurdish and Persian
# (ئەمریکا, ئێران), is Arabic's alef (امريكا, ايران).
_SORANI_VOWEL = re.compile("\u06d5(?=[\u0600-\u06ff])")
_VOWEL_SEAT = re.compile("(?<![\u0600-\u06ff])\u0626(?=[\u06d5\u06ce\u06c6\u06cc\u0627\u0648\u064a])")
# Kurdish (Sorani) letters no Arabic or Persian word holds, and the endings Sorani joins to a name:
# -دا, -ەوە/-وە (لە ... دا "in", لە ... ەوە "from"), -ی (izafe, "of"), -یش ("too"). (Not -ەکە, "the":
# names end so, حەسەکە.) Sorani doubles a long consonant Arabic writes once (ڕەققە: الرقة).
_SORANI_LETTERS = re.compile("[\u06d5\u06ce\u06c6\u0695\u06b5]")
_SORANI_ENDINGS = ("ەوە", "یەوە", "وە", "یدا", "دا", "یش", "ی")
_SORANI_DOUBLED = re.compile("([\u0600-\u06ff])\\1")


def normalise_arabic(text: str) -> str:
    """Harakat and tatweel dropped; أ إ آ ٱ -> ا, ة -> ه, ى -> ي; Persian and Kurdish letters as
    Arabic's (ک ی ێ ۆ ە ڕ ڵ پ چ ژ گ ڤ), Sorani's ە inside a word dropped and a first ئ before a vowel as ا;
    ٠-٩ and ۰-۹ -> 0-9."""
    text = _ARABIC_MARKS.sub("", text)
    if "\u06d5" in text or "\u0626" in text:
        text = _SORANI_VOWEL.sub("", _VOWEL_SEAT.sub("ا", text))
    return text.translate(_ARABIC_LETTERS).replace("اا", "ا")


def without_sorani_ending(word: str) -> str:
    """A Kurdish (Sorani) word, known by a letter only Sorani writes, without the ending joined to it
    and its doubled letters once: قامیشلۆدا, حەسەکەی, کۆبانێوە, ڕەققە -> قامیشلۆ, حەسەکە, کۆبانێ, ڕەقە.
    Any other word as it is."""
    if not _SORANI_LETTERS.search(word):
        return word
    word = _SORANI_DOUBLED.sub(r"\1", word)
    for ending in _SORANI_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3 and _SORANI_LETTERS.search(word[:-len(ending)]):
            return word[:-len(ending)]
    return word


def strip_arabic_prefix(word: str) -> str:
    """A normalised Arabic word without its article or attached prefixes: والهول -> هول.

    The article with what is joined to it first, then a leading و ("and") where two letters stay,
    then a leading ل ("for") where three stay: a word that starts with و or ل itself loses it too (وحدات ->
    حدات, لبنان -> بنان), but alike wherever it is written (الوحدات, ووحدات, للبنان, ولبنان...), so
    every form of a word keeps one key."""
    if word.isdigit():
        return word
    for prefix in ARABIC_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= MIN_ARABIC_STEM:
            word = word[len(prefix):]
            break
    if word.startswith("و") and len(word) - 1 >= MIN_ARABIC_STEM:
        word = word[1:]  # two letters may stay: وتل أبيض is تل أبيض
    if word.startswith("ل") and len(word) - 1 >= MIN_ARABIC_STEM + 1:
        word = word[1:]  # ل ("for", "to") before a name without its article: لداعش, ولقسد
    return word


@functools.lru_cache(maxsize=200_000)
def fold_arabic(word: str) -> str:
    """An Arabic-script token as names compare it: normalised, without article or prefixes."""
    return strip_arabic_prefix(normalise_arabic(without_sorani_ending(word)))


def strip_accents(text: str) -> str:
    """``Serêkaniyê`` -> ``Serekaniye``; ``ş`` -> ``s``."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold(text: str) -> str:
    """As the archive's vocabulary keeps words: lower case, no accents, no apostrophes or ʿ ʾ marks."""
    return MARKS.sub("", strip_accents(text.lower()))


_DOTTED = re.compile(r"^[^\W\d_](?:\.[^\W\d_])+\.?$")


def undotted(word: str) -> str:
    """An acronym of three letters or more written with dots, in capitals, as it is written without:
    S.D.F. -> SDF, Y.P.G. -> YPG (the tokenizer keeps "S.D.F" whole); any other word as it is ("e.g.",
    "St.Louis", and U.S., U.N.: two letters, which capitals text such as TIME's also writes for "us")."""
    if len(word) >= 5 and word[1] == "." and word.isupper() and _DOTTED.match(word):
        return word.replace(".", "")
    return word


def without_leading_article(text: str) -> str:
    """A name folded, hyphens as spaces, without a leading Arabic article: al-Hol camp -> hol camp."""
    return _LEADING_ARTICLE.sub("", fold(text).replace("-", " ").strip()) if text else ""


@functools.lru_cache(maxsize=200_000)  # called for every token indexed: words repeat
def normalise_name(word: str) -> str:
    """Transliteration variants on one form: doubled letters single, -ah/-eh endings as -a, and
    French abou as abu (Abou Khashab, Abou Kamal: Abu Khashab, Abu Kamal)."""
    if word == "abou":
        return "abu"
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
    if is_arabic(word):
        return fold_arabic(word)
    word = POSSESSIVE.sub("", word)
    word = MARKS.sub("", strip_accents(word).lower())
    if word in ARABIC_ARTICLES:
        return ""
    return normalise_name(word)


def name_key(text: str) -> tuple[str, ...]:
    """The folded tokens of a name, articles dropped: equal keys are the same spelling."""
    return tuple(f for f in (fold_word(t) for t in TOKEN_RE.findall(text)) if f)


def folded_words(text: str, pos: int = 0, endpos: int | None = None) -> tuple:
    """``(spans, folded)``: the words of ``text`` (from ``pos`` to ``endpos``) folded as name keys fold
    them, Arabic articles dropped, and each one's span in the text."""
    spans, folded = [], []
    for match in TOKEN_RE.finditer(text, pos, len(text) if endpos is None else endpos):
        word = fold_word(match.group())
        if word:
            spans.append(match.span())
            folded.append(word)
    return spans, folded
