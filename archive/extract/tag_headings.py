"""The lines heading or holding an article's tag list: ``Tags: Syria, Raqqa``, a label alone
("Explore more on these topics", "الوسوم") over the list, a heading of another list under it.
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from archive.extract import paragraphs, tag_labels
from archive.extract.data import data_sections
from archive.extract.header_labels import CACHE, call_words, labelled, labels
from archive.extract.paragraphs import plain


TAG_HEADING_WORDS = 6
TAG_HEADING_CHARS = 80  # a longer line is no heading of six words
COLON_HEADING_WORDS = 3  # a line ending on a colon heads what follows: a few more words ("Click the icon to follow topics:")


def tag_heading(line: str) -> bool:
    """Whether a line only heads a list of tags below it ("Explore more on these topics", "الوسوم")."""
    return plain(line).strip(" :：") in labels()["tag_headings"] or tag_labels.tag_word_heading(line)


@functools.lru_cache(maxsize=CACHE)
def loose_tag_heading(line: str) -> int:
    """Whether a short line, no sentence, holds a plural label word ("Follow the topics in this
    article", "Related Tags"): it may head a list of tags, if what follows is one. 2 for a word of
    tags ("tags", "keywords"), 1 for a word of subjects or places ("topics", "countries"), else 0."""
    if len(line) > TAG_HEADING_CHARS or line.count(" ") > 2 * TAG_HEADING_WORDS:
        return 0  # a paragraph: most lines of a page, let go before plain()
    words = plain(line).strip(" :：").replace("&", " ").split()
    most = TAG_HEADING_WORDS + (COLON_HEADING_WORDS if line.rstrip().endswith((":", "：")) else 0)
    if not words or len(words) > most or paragraphs.ends_sentence(line.strip(" :：")) or "?" in line:
        return 0
    if site_list_label(words):
        return 0  # "Trending Topics": the site's list, on every page
    if any(word in labels()["tag_heading_words"] for word in words):
        return 2
    return 1 if any(word in labels()["topic_heading_words"] for word in words) else 0


def other_list_heading(line: str) -> bool:
    """Whether a line under a list of tags heads another list ("Regions & Countries", "Topics"):
    a tags heading, or a short line, no sentence, holding a word of lists."""
    if tag_heading(line) or loose_tag_heading(line):
        return True
    if len(line) > TAG_HEADING_CHARS:
        return False
    words = plain(line).strip(" :：").replace("&", " ").split()
    return 0 < len(words) <= TAG_HEADING_WORDS and not paragraphs.ends_sentence(line.strip(" :：")) \
        and any(word in labels()["other_list_words"] for word in words)


@functools.lru_cache(maxsize=CACHE)
def tags_value(line: str) -> Optional[str]:
    """What follows a tags label on the same line, or None."""
    found = labelled(line, "tags")
    if found is None:
        found = tag_labels.label_value(line)  # the label in the page's language ("Ετικέτες:", "Tagi:")
    if found is None and len(line) <= 200 and labels()["tags_loose"].match(plain(line)):
        found = _loose_tags(line)
    if found is None and len(line) <= 200:
        found = _names_after(line)
    if found is None and len(line) <= 200:
        found = _list_after_topic_label(line)
    return found


LABEL_WORDS = 6


def _list_after_topic_label(line: str) -> Optional[str]:
    """The list after a label of a few words holding a word of tags or topics, then a colon
    ("Topics mentioned in this article: Ferries, Lakeview"): names only, as after "Related:"."""
    label, colon, value = line.partition(":")
    words = plain(label).replace("&", " ").split()
    if not colon or not value.strip() or not 1 < len(words) <= LABEL_WORDS or paragraphs.ends_sentence(label):
        return None
    if not any(word in labels()["tag_heading_words"] or word in labels()["topic_heading_words"] for word in words):
        return None
    if site_list_label(words):
        return None  # "Trending Topics: Ukraine, Taiwan": the site's list of the day
    return _names_in(value)


@functools.lru_cache(maxsize=1)
def _site_list_words() -> frozenset:
    return frozenset(plain(word) for word in data_sections("tag_labels.txt").get("site_list_words", ()))


def site_list_label(words) -> bool:
    """Whether a label's words (plain forms) name the site's list of the day or of all time
    ("Trending Topics", "Popular tags", "الوسوم الأكثر"), not the article's tags."""
    found = _site_list_words()
    return any(word in found for word in words)


NAME_WORDS = 3  # an item of a list after "Related:" is a name of a few words
_JOINERS = frozenset({"of", "and", "the", "al", "el", "de", "in", "on", "for"})


def _names_after(line: str) -> Optional[str]:
    """The list after a label that opens tags only before names ("Related: Islamic State, Syria,
    Kurds", "More: Foreign affairs, Syria"; ``header_labels.txt [tags_if_list]``): two or more
    items, each a name of a few words that begin with a capital (a subject of two words perhaps
    not: "Foreign affairs"), never a headline ("Related: Iraq, Syria discuss border security")."""
    value = labelled(line, "tags_if_list")
    if value is None:
        value = tag_labels.if_list_value(line)  # "Mehr zu: Syrien, Irak"
    return _names_in(value) if value else None


def _names_in(value: str) -> Optional[str]:
    """``value`` where it is a list of two or more short names (:func:`_names_after`), else None."""
    items = [item.strip() for item in _LIST_ITEMS.split(value.strip())]
    if len(items) < 2 or value.rstrip()[-1:] in ".!?:":
        return None
    for item in items:
        words = item.split()
        if not words or len(words) > NAME_WORDS or not _capital(words[0]) \
                or not (len(words) <= 2 and words[-1].isalpha() or all(map(name_word, words[1:]))):
            return None  # a subject of two words may be in small letters ("Foreign affairs")
    return value


def name_word(word: str) -> bool:
    """Whether a word may stand inside a name written as a tag: capitalised ("Islamic State"), or
    a small joining word ("Autonomous Administration of North and East Syria")."""
    return _capital(word) or word.casefold() in _JOINERS


def _capital(word: str) -> bool:
    if re.match(r"[a-z]{1,3}-[^\W\d_]", word):
        word = word.split("-", 1)[1]  # "al-Hol", "ez-Zor"
    first = word[:1]
    return first.isupper() or first.isdigit() or (first.isalpha() and not first.isascii() and not first.islower())


_LIST_ITEMS = re.compile(r"\s*[,،;|]\s*|\s{2,}|\s+[-–·•]\s+")


def _loose_tags(line: str) -> Optional[str]:
    """The list after a tags label written without its colon ("Keywords Germany, Syria, trial"):
    only a list of short items, never a sentence that opens with the word."""
    folded = plain(line)
    value = labels()["tags_loose"].match(folded).group("value")
    if ":" in value:
        return None  # a longer label opening with the word ("مواضيع ذات صلة: ..."): read as that label
    items = [item for item in _LIST_ITEMS.split(value.strip()) if item]
    if len(items) < 2 or any(len(item.split()) > 4 for item in items) or value.rstrip()[-1:] in ".!?:":
        return None
    if any(item.split()[0] in call_words() for item in items):
        return None  # a menu's buttons ("Topics  Regions  Authors  Subscribe")
    if len(folded) == len(line):
        return line[len(line) - len(value):].strip()  # as written: items apart by two spaces stay apart
    words = line.split()
    return " ".join(words[len(words) - len(value.split()):])

