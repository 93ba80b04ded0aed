"""The labels of a tag line in the languages a news archive meets (``archive/data/tag_labels.txt``):
the words for tags, keywords, topics, subjects and themes before a colon ("Ετικέτες: Συρία, Αλ
Χολ", "Tagi: Syria, Irak", "标签：叙利亚"), the words for tags alone over their list, the "more on"
labels that open tags only before a list of names, and the placeholder a blog system files a post
under when it has no category ("Uncategorized", "Non classé"). They complete the English and
Arabic labels of ``header_labels.txt``; :mod:`archive.extract.tag_headings` reads both.
"""

from __future__ import annotations

import functools
import re
from typing import Iterable, Optional

from archive.extract.data import data_sections
from archive.extract.line_furniture import plain


def _section(name: str) -> list:
    return sorted({plain(label).strip(" :：") for label in data_sections("tag_labels.txt").get(name, ())},
                  key=len, reverse=True)


@functools.lru_cache(maxsize=None)
def _pattern(name: str) -> re.Pattern:
    """The labels of a section before their colon, one expression compiled once."""
    labels = _section(name)
    return re.compile(r"^\s*(?:" + "|".join(re.escape(label) for label in labels) + r")\s*[:：]\s*(?P<value>.*)$")


def _value(line: str, name: str) -> Optional[str]:
    if len(line) > 300 or (":" not in line and "：" not in line):
        return None
    folded = plain(line)
    match = _pattern(name).match(folded)
    if not match:
        return None
    if len(folded) == len(line):
        return line[match.start("value"):].strip()
    value_words = len(match.group("value").split())  # plain() dropped letters: cut the line by words
    words = line.split()
    return " ".join(words[len(words) - value_words:]) if value_words else ""


def label_value(line: str) -> Optional[str]:
    """What follows a tag line's label and its colon ("Ετικέτες: Συρία, Αλ Χολ" gives "Συρία, Αλ
    Χολ"), or None where the line opens with no such label."""
    return _value(line, "tag_labels")


def if_list_value(line: str) -> Optional[str]:
    """What follows a "more on" label and its colon ("Mehr zu: Syrien, Irak"), or None; the caller
    keeps it only where it is a list of names."""
    return _value(line, "tags_if_list")


@functools.lru_cache(maxsize=1)
def _tag_words() -> frozenset:
    return frozenset(_section("tag_words"))


def tag_word_heading(line: str) -> bool:
    """Whether a line is only a word for tags, with its colon or not ("Ετικέτες", "Schlagwörter:"):
    it heads a tag list below it."""
    return len(line) <= 40 and plain(line).strip(" :：") in _tag_words()


@functools.lru_cache(maxsize=1)
def _placeholders() -> frozenset:
    return frozenset(_section("placeholder_categories"))


def placeholders_only(tags: Iterable[str]) -> bool:
    """Whether a list holds nothing but a blog system's placeholder category ("Uncategorized",
    "غير مصنف"): the post was filed under no subject."""
    tags = [plain(tag).strip() for tag in tags]
    return bool(tags) and all(tag in _placeholders() for tag in tags)


@functools.lru_cache(maxsize=1)
def _share_words() -> tuple:
    entries = _section("share_words")
    return frozenset(e for e in entries if " " not in e), tuple(e for e in entries if " " in e)


_WORDS = re.compile(r"[\w'’-]+")


def share_item(item: str) -> bool:
    """Whether an item of a row names a share bar's network or verb ("اشتراک در تلگرام", "E-Mail",
    "Copy link"): the row is the share bar, not tags."""
    words, phrases = _share_words()
    folded = plain(item)
    return any(word in words for word in _WORDS.findall(folded)) or any(phrase in folded for phrase in phrases)


@functools.lru_cache(maxsize=1)
def _article_words() -> tuple:
    return tuple(_section("article_words"))


ARTICLE_LINE_WORDS = 6


def about_the_article(line: str) -> bool:
    """Whether a short line ends on "the article" in its language ("Topics in the article", "Ämnen i
    artikeln", "Partager l'article"): it speaks of the page (a heading, a button), it is no tag."""
    folded = plain(line).strip(" :：.!")
    if not folded or len(folded.split()) > ARTICLE_LINE_WORDS:
        return False
    return any(folded == phrase or folded.endswith(" " + phrase) for phrase in _article_words())
