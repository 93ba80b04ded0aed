"""A sign-up line inside a text, in any language: a one-sentence paragraph inviting the reader to
subscribe to the outlet's newsletter ("Subscribe to our newsletter to get the day's top stories"),
set between two paragraphs of the story.

The shape decides, the words only say what the call is about: the line is short (a sentence at
most two), holds no quotation mark (a person's words are the story's), and is shorter than the
prose on each side of it that it stands between (one side at a text's edge). Its words must hold a
newsletter word AND a subscribing word of the data (``archive/data/signup_words.txt``, some fifty
languages), or a newsletter word alone where the shape is strong (a line of a few words ending no
sentence, between two paragraphs each at least twice its length).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Optional

from archive.extract.data import data_sections

MAX_CHARS = 220  # a call is one sentence: longer lines are prose
MAX_WORDS = 30
BARE_WORDS = 15  # a newsletter word alone: a line of at most this many words ...
BARE_RATIO = 2  # ... between two paragraphs each this many times as long
_QUOTES = "\"“”«»„‘’‹›「」『』"
_SENTENCE_END = re.compile(r"[.!?؟。！？۔।]\s+\S")
_ARABIC_FORMS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه",
                               "\u200c": " ", "\u200d": "", "ـ": ""})
# scripts written without spaces between words: their entries match anywhere in a line
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


def fold(text: str) -> str:
    """A line as the data is matched: case folded, accents and vowel marks dropped, Arabic-script
    letter forms made one."""
    folded = text.casefold()
    if folded.isascii():
        plain = folded  # no marks to drop, and NFKD leaves ASCII as it is (issue #16: a walk a character each line)
    else:
        decomposed = unicodedata.normalize("NFKD", folded)
        plain = "".join(c for c in decomposed if not unicodedata.combining(c) and unicodedata.category(c) != "Mn")
    return " ".join(plain.translate(_ARABIC_FORMS).split())


@functools.lru_cache(maxsize=None)
def _pattern(section: str) -> Optional[re.Pattern]:
    entries = sorted({fold(e) for e in data_sections("signup_words.txt").get(section, ()) if e.strip()},
                     key=len, reverse=True)
    spaced = [re.escape(e) for e in entries if e and not _UNSPACED.search(e)]
    unspaced = [re.escape(e) for e in entries if e and _UNSPACED.search(e)]
    parts = ([r"(?<!\w)(?:" + "|".join(spaced) + ")"] if spaced else []) + \
        (["(?:" + "|".join(unspaced) + ")"] if unspaced else [])
    return re.compile("|".join(parts)) if parts else None


def signup_words(line: str) -> tuple:
    """``(newsletter word, subscribing word)``: whether the line holds one of each section."""
    folded = fold(line)
    found = []
    for section in ("newsletter_words", "signup_verbs"):
        pattern = _pattern(section)
        found.append(bool(pattern and pattern.search(folded)))
    return tuple(found)


def unsubscribe_line(line: str) -> bool:
    """Whether a line holds a word of leaving a newsletter's list (``[unsubscribe_words]``): a
    footer's."""
    pattern = _pattern("unsubscribe_words")
    return len(line) <= 2 * MAX_CHARS and bool(pattern and pattern.search(fold(line)))


def _size(text: str) -> int:
    """A paragraph's length in characters, spaces aside (comparable across scripts)."""
    return len(text) - text.count(" ")


def signup_line(line: str, before: Optional[str], after: Optional[str]) -> bool:
    """Whether ``line``, between the paragraphs ``before`` and ``after`` (None at the text's edge),
    is an invitation to subscribe to a newsletter (see the module)."""
    text = line.strip()
    if not text or len(text) > MAX_CHARS or len(text.split()) > MAX_WORDS or before is None and after is None:
        return False
    if any(q in text for q in _QUOTES) or len(_SENTENCE_END.findall(text)) > 1:
        return False
    size = _size(text)
    sides = [s for s in (before, after) if s is not None]
    if any(_size(s) <= size for s in sides):
        return False  # between longer paragraphs, or it is no box in the text
    newsletter, verb = signup_words(text)
    if newsletter and verb:
        return True
    return newsletter and len(sides) == 2 and len(text.split()) <= BARE_WORDS \
        and not text.rstrip().endswith((".", "。")) and all(_size(s) >= BARE_RATIO * size for s in sides)


def without_signup_lines(paragraphs: list) -> list:
    """The paragraphs without the sign-up lines among them (never the only one)."""
    if len(paragraphs) < 2:
        return paragraphs
    drop = {i for i, p in enumerate(paragraphs) if len(p) <= MAX_CHARS and signup_line(
        p, paragraphs[i - 1] if i > 0 else None, paragraphs[i + 1] if i + 1 < len(paragraphs) else None)}
    return [p for i, p in enumerate(paragraphs) if i not in drop] if drop else paragraphs


def signup_positions(content: list, body_at: list) -> set:
    """The indices of ``body_at`` (positions in ``content``) that hold a sign-up line, judged between
    the text's lines beside them."""
    drop = set()
    for n, k in enumerate(body_at):
        if len(content[k]) > MAX_CHARS:
            continue
        before = content[body_at[n - 1]] if n > 0 else None
        after = content[body_at[n + 1]] if n + 1 < len(body_at) else None
        if signup_line(content[k], before, after):
            drop.add(k)
    return drop
