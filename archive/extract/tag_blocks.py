"""Tags on a page copied as text: a labelled line ("Tags: a, b", "Keywords Germany, Syria") or a
list under a heading ("More about", "الوسوم"), one a line or with separators; a heading over items
every page of the folder repeats heads a menu, not the article's tags. Used by
:mod:`archive.readers.text`, which also decides where on the page tags may stand."""

from __future__ import annotations

import functools
import re

from archive.extract import boilerplate, bylines, paragraphs, templates
from archive.extract.data import data_sections
from archive.extract.tag_headings import name_word
from archive.extract.tag_sections import category_line, category_not_tags
from archive.extract.tags import clean_tags, parse_tag_line, split_tags

_TAG_SEPARATORS = re.compile(r"\s{2,}|\s+[-–·•]\s+|\s*[،,;|]\s*")
_STRONG_SEPARATORS = re.compile(r"\s{2,}|\s+[-–·•]\s+|\s*[;؛|]\s*")
_HASHTAGS = re.compile(r"^\s*(?:#[^\W_][\w-]*\s*){2,}$")  # "#Syria #Raqqa", "#مخيم_الهول #سوريا"
_SPACED_HASHTAGS = re.compile(r"^\s*#[^\W\d_][^#]*(?:#[^\W_][^#]*)+$")  # "#World #Islamic State"
HASHTAG_WORDS = 4
MAX_TAG_LIST = 12
MAX_TAG_WORDS = 8  # a line under a tags heading with more words (an item with more) is text
LOOSE_ITEM_WORDS = 4  # under a heading known by its word only, an item of more words is a headline
_WORD = re.compile(r"\w+")
_BREADCRUMB = re.compile(r"^\S.{0,60}?\s[›»>/]\s.+\s[›»>/]\s")  # "Home › News › Reports", "Home / News / 2022"


BREADCRUMB_REACH = 3
MENU_ITEMS = 3  # a list under a tag heading this long whose every item the folder repeats is a menu


def tags_at(content: list, raw: list, gap_before: list, i: int, repeated=None, tail=None) -> tuple:
    """(tags, index after them) when a tag line or a heading with tags below it is at ``i``,
    else (None, i). A heading over items every page of the folder repeats (``repeated``) heads
    a menu ("Topics" over the site's sections), not the article's tags. ``tail`` (line keys, as
    :func:`archive.extract.templates.line_key` makes them), if given, is the footer every page of
    the folder ends with: a list of tags stops where it starts."""
    line = content[i]
    if len(line) > 300:
        return None, i
    if tail and templates.line_key(line) in tail:
        tail = None  # the heading is the common footer's too: every page lists the same tags under it
    value = bylines.tags_value(raw[i])
    if value is None and parse_tag_line(line) is not None:
        value = raw[i].split(":", 1)[1]
    if value is None:
        value = segment_tags_value(raw[i])
    if value is not None and value.strip():
        tags = split_tag_text(value)
        if category_not_tags(raw, i, tags):
            return [], i + 1  # "Filed under: Reports": the page's section, its own line still furniture
        return tags, i + 1
    if value is None and hashtag_line(line):
        return hashtag_line(line), i + 1
    loose = 0 if value is not None or bylines.tag_heading(line) else bylines.loose_tag_heading(line)
    if value is None and not bylines.tag_heading(line) and not (loose and i + 1 < len(content) and not gap_before[i + 1]):
        return None, i
    # A heading: the tags follow, on one line with separators or one a line until a gap; a line of
    # hashtags under it is the whole list ("Keywords" / "#Syria #al-Hol #Iraq" / "Most Liked").
    if value is None and i + 1 < len(content) and not gap_before[i + 1] and hashtag_line(content[i + 1]):
        return hashtag_line(content[i + 1]), i + 2
    j, ended = i + 1, False
    while j < len(content) and j - i - 1 < MAX_TAG_LIST:
        if j > i + 1 and gap_before[j]:
            break
        if tail and templates.line_key(content[j]) in tail:
            break  # the footer every page of the folder ends with
        if bylines.other_list_heading(content[j]) or _too_long(raw[j]):
            break
        if _ends_list(content, j, i + 1):
            ended = True
            break
        j += 1
    if j == i + 1 or _over_breadcrumb(content, gap_before, i + 1, j):
        return None, i
    if not (value or "").strip() and not loose and not ended and j == i + 2:
        j = _spaced_items_end(content, raw, j)  # "Tags:" / "Lisa Doe" / "" / "Special Court" / "" / "Most Read"
    # Tags one a line: a line is one tag, commas and all ("Unrest, Conflict and War"), unless
    # every line holds a list (a list wrapped over lines).
    one_a_line = j - i - 1 > 1 and not all(_TAG_SEPARATORS.search(raw[k]) for k in range(i + 1, j))
    items = []
    for k in range(i + 1, j):
        items.extend([content[k]] if one_a_line or not _TAG_SEPARATORS.search(raw[k]) else split_tag_text(raw[k]))
    if loose and ((len(items) < 2 and not (ended and loose == 2)) or any(_words(item) > LOOSE_ITEM_WORDS for item in items)):
        return None, i  # under a heading known only by its word, nothing but short items is tags
    if repeated is not None and j - i - 1 >= MENU_ITEMS and all(repeated[k] for k in range(i + 1, j)):
        return None, i
    tags = clean_tags(items)
    if category_not_tags(raw, i, tags, j):
        return [], j  # "Categories" / "Reports" over "Tags" / ...: the page's section
    return tags, j


SPACED_ITEM_WORDS = 4  # a tag of its own paragraph under the heading: this many words at most


def _spaced_items_end(content: list, raw: list, j: int) -> int:
    """Where a list of tags a paragraph each ends, under a tags heading whose first item stands alone
    ("Tags:" / "Lisa Doe" / "Special Court" / "Dundalk" / "Most Read", a blank line between each): the
    short items after the first read up to the page's next block (:func:`_ends_list`: a heading of
    furniture); ``j`` (the first item's end) where an item is long, ends a sentence or holds a list,
    or no such block closes them."""
    k = j
    while k < len(content) and k - j < MAX_TAG_LIST:
        if _ends_list(content, k, j - 1) or bylines.other_list_heading(content[k]):
            return k if k > j else j
        line = raw[k].strip()
        if len(line.split()) > SPACED_ITEM_WORDS or _TAG_SEPARATORS.search(line) or line.endswith((".", "!", "?", ":")):
            return j
        k += 1
    return j


_SEGMENTS = re.compile(r"\s+[|·•]\s+")
SEGMENT_LINE_CHARS = 250


def segment_tags_value(line: str):
    """The tags a line of metadata holds in one of its segments after the first ("Posted in Guest
    posts | Tagged Deir ez-Zor, ISIS | 7 Comments", "Mai 2023 · Schlagworte: Syrien, Irak"): the
    segment's value after its tags label, else None."""
    if len(line) > SEGMENT_LINE_CHARS or not _SEGMENTS.search(line):
        return None
    for segment in _SEGMENTS.split(line)[1:]:
        value = bylines.tags_value(segment)
        if value and value.strip() and not category_line(segment):
            return value
    return None


def hashtag_line(line: str):
    """The tags of a line of hashtags ("#Syria #Raqqa", "#World #Syria #Islamic State": a page's
    tag of several words written with its spaces), else None. A tag of several words is a name,
    its words capitalised ("#Shamima Begum"): "#Syria #Raqqa is burning" is a sentence."""
    if len(line) > 200:
        return None
    if _HASHTAGS.match(line):
        return clean_tags(line.split())
    if not _SPACED_HASHTAGS.match(line):
        return None
    items = [item.strip() for item in line.split("#") if item.strip()]
    for item in items:
        words = item.split()
        if len(words) > HASHTAG_WORDS or re.search(r"[.,;:!?؟،]", item) or (
                len(words) > 1 and not all(map(name_word, words))):
            return None
    return clean_tags(items)


def tag_list_lines(content: list, gap_before: list, tail=None) -> set:
    """The lines listed under tag headings, and the headings known only by their word ("Follow the
    topics in this article"): kept even where every page of the outlet has them, up to the footer
    every page of the folder ends with (``tail``, as for :func:`tags_at`)."""
    listed = set()
    for i, line in enumerate(content):
        if bylines.tag_heading(line):
            ends = tail if tail and templates.line_key(line) not in tail else None  # as in tags_at
            j = i + 1
            while j < len(content) and j <= i + MAX_TAG_LIST and not (j > i + 1 and gap_before[j]) \
                    and not _ends_list(content, j, i + 1) and not (ends and templates.line_key(content[j]) in ends):
                listed.add(j)
                j += 1
        elif bylines.loose_tag_heading(line):
            tags, after = tags_at(content, content, gap_before, i, tail=tail)
            if tags:
                listed.update(range(i, after))
    return listed


def _over_breadcrumb(content: list, gap_before: list, first: int, j: int) -> bool:
    """Whether the page's breadcrumb ("Home › News › Statements") ends the list or stands within a
    few lines under it, no blank line between: the list is the site's menu ("Countries" among its
    sections)."""
    for k in range(first, min(len(content), j + BREADCRUMB_REACH)):
        if gap_before[k] and k > j:
            return False
        if _BREADCRUMB.search(content[k]):
            return True
    return False


def _too_long(line: str) -> bool:
    """A line too long for tags: over 8 words, or, split at its separators ("Syria | Islamic
    State | SDF"), an item of over 4."""
    if _TAG_SEPARATORS.search(line.strip()):
        return any(len(item.split()) > 4 for item in _TAG_SEPARATORS.split(line.strip()))
    return len(line.split()) > MAX_TAG_WORDS


_HEADING_FURNITURE = {"link", "call to action", "copyright"}  # "Most Read", "Newsletter", "© 2024 ..."
_CONTROLS = {"widget"}  # "Share this", "Facebook": a control only where another follows


def _ends_list(content: list, j: int, first: int) -> bool:
    """Whether the line at ``j`` is the page's next block, not a tag of the list that starts at
    ``first``: a page control ("Share", "Read More", "شارك"), a heading of furniture ("Most Read",
    "اقرأ أيضاً", "Newsletter"), a share bar, a heading of words in capitals under tags of words that are not
    ("LATEST NEWS" under "ISIL", "Hasakah"), words trailing off ("Have your say..."), or words ending on a small
    word, as no tag does ("Suggested by")."""
    line = content[j]
    if boilerplate.is_junk_line(line) or boilerplate.is_trailer_marker(line):
        return True
    if line.rstrip().endswith(("...", "…")):
        return True  # a prompt or a headline cut short ("Have your say..."): no tag trails off
    kind = paragraphs.judge(line, frozenset()).furniture
    if kind in _HEADING_FURNITURE:
        return True
    if kind in _CONTROLS and j + 1 < len(content) and paragraphs.judge(content[j + 1], frozenset()).furniture:
        return True
    words = line.split()
    if len(words) > 1 and line.isupper() and j > first and not any(
            len(content[k].split()) > 1 and content[k].isupper() for k in range(first, j)):
        return True
    if 1 < len(words) <= CALL_WORDS and bylines.plain(words[0]) in bylines.call_words():
        return True  # a button: "Join our channel", "تابعوا آخر أخبارنا"
    return len(words) > 1 and words[-1] in _small_words()


CALL_WORDS = 5  # a button is a few words


@functools.lru_cache(maxsize=1)
def _small_words() -> frozenset:
    """Prepositions ("by", "of", "to"): a tag never ends on one ("Suggested by")."""
    return frozenset(data_sections("header_labels.txt").get("list_heading_ends", ()))


def _words(item: str) -> int:
    return len(_WORD.findall(item))


def split_tag_text(text: str) -> list:
    text = text.strip()
    if ";" in text or "؛" in text:  # the stronger separator: a comma is inside a tag ("Housing, land and property")
        return clean_tags(_STRONG_SEPARATORS.split(text))
    if _TAG_SEPARATORS.search(text):
        return clean_tags(_TAG_SEPARATORS.split(text))
    return split_tags(text)
