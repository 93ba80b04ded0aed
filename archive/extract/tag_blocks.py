"""Tags on a page copied as text: a labelled line ("Tags: a, b", "Keywords Germany, Syria") or a
list under a heading ("More about", "الوسوم"), one a line or with separators; a heading over items
every page of the folder repeats heads a menu, not the article's tags. Used by
:mod:`archive.readers.text`, which also decides where on the page tags may stand."""

from __future__ import annotations

import re

from archive.extract import boilerplate, bylines
from archive.extract.tags import clean_tags, parse_tag_line, split_tags

_TAG_SEPARATORS = re.compile(r"\s{2,}|\s+[-–·•]\s+|\s*[،,;|]\s*")
_HASHTAGS = re.compile(r"^\s*(?:#[^\W_][\w-]*\s*){2,}$")  # "#Syria #Raqqa", "#مخيم_الهول #سوريا"
MAX_TAG_LIST = 12
MAX_TAG_WORDS = 8  # a line under a tags heading with more words (an item with more) is text


MENU_ITEMS = 3  # a list under a tag heading this long whose every item the folder repeats is a menu


def tags_at(content: list, raw: list, gap_before: list, i: int, repeated=None) -> tuple:
    """(tags, index after them) when a tag line or a heading with tags below it is at ``i``,
    else (None, i). A heading over items every page of the folder repeats (``repeated``) heads
    a menu ("Topics" over the site's sections), not the article's tags."""
    line = content[i]
    if len(line) > 300:
        return None, i
    value = bylines.tags_value(raw[i])
    if value is None and parse_tag_line(line) is not None:
        value = raw[i].split(":", 1)[1]
    if value is not None and value.strip():
        return split_tag_text(value), i + 1
    if value is None and _HASHTAGS.match(line):
        return clean_tags(line.split()), i + 1
    if value is None and not bylines.tag_heading(line):
        return None, i
    # A heading: the tags follow, on one line with separators or one a line until a gap.
    items, j = [], i + 1
    while j < len(content) and len(items) < MAX_TAG_LIST:
        if j > i + 1 and gap_before[j]:
            break
        if bylines.tag_heading(content[j]) or _too_long(raw[j]) or _ends_list(content[j]):
            break
        items.extend(split_tag_text(raw[j]) if _TAG_SEPARATORS.search(raw[j]) else [content[j]])
        j += 1
    if not items:
        return None, i
    if repeated is not None and j - i - 1 >= MENU_ITEMS and all(repeated[k] for k in range(i + 1, j)):
        return None, i
    return clean_tags(items), j


def tag_list_lines(content: list, gap_before: list) -> set:
    """The lines listed under tag headings: kept even where every page of the outlet has them."""
    listed = set()
    for i, line in enumerate(content):
        if bylines.tag_heading(line):
            j = i + 1
            while j < len(content) and j <= i + MAX_TAG_LIST and not (j > i + 1 and gap_before[j]) \
                    and not _ends_list(content[j]):
                listed.add(j)
                j += 1
    return listed


def _too_long(line: str) -> bool:
    """A line too long for tags: over 8 words, or, split at its separators ("Syria | Islamic
    State | SDF"), an item of over 4."""
    if _TAG_SEPARATORS.search(line.strip()):
        return any(len(item.split()) > 4 for item in _TAG_SEPARATORS.split(line.strip()))
    return len(line.split()) > MAX_TAG_WORDS


def _ends_list(line: str) -> bool:
    """A page control under the tags ("Share", "Read More", "شارك"): the list is over, even
    without a blank line."""
    return boilerplate.is_junk_line(line) or boilerplate.is_trailer_marker(line)


def split_tag_text(text: str) -> list:
    text = text.strip()
    if _TAG_SEPARATORS.search(text):
        return clean_tags(_TAG_SEPARATORS.split(text))
    return split_tags(text)
