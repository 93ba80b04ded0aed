"""Tags a page lists without a label, read by their shape (issue #13, eighth round):

- a line between the headline and the text of three or more short items with separators
  ("Syria | Repatriation | Children", "Syria, Detention, Press Statement"), each a few words
  beginning with a capital, no sentence, no dateline, no byline;
- a run of short lines under the text, one item a line ("Syria" / "Islamic State" / "Scott
  Morrison"), most of whose items the article's own text names: a page's menu or related links
  name things the story does not, its tags name what it is about. Lines above the run the text
  does not name (the masthead repeated, "License this article") are not part of it.

Used by :mod:`archive.readers.text` where no labelled list gave tags.
"""

from __future__ import annotations

import re
from typing import Optional

from archive.extract import boilerplate, bylines, paragraphs
from archive.extract.header_labels import call_words
from archive.extract.tag_labels import about_the_article, share_item
from archive.extract.tags import clean_tags

LINE_SEPARATORS = re.compile(r"\s+[|·•]\s+|\s*[,،]\s+")
_ITEM = re.compile(r"#?[^\W_](?:[\w'’&.\- ]*[^\W_])?\.?")
MIN_ITEMS = 3  # two items with a comma are a name and a place as often as tags
ITEM_WORDS = 3
ITEM_CHARS = 40
RUN_WORDS = 4  # an item one a line under the text: a few words
RUN_CHARS = 40
RUN_REACH = 4  # lines between the text's end and the run (a masthead, a button)
RUN_MAX = 10
RUN_MIN = 2  # items the story names, at least
NAMED_SHARE = 0.5  # at least this share of a run's items the text names
PROSE_WORDS = 15  # the run is looked for under the text's last paragraph of this many words


def _capitalised(item: str) -> bool:
    first = item.lstrip("#")[:1]
    return first.isupper() or (first.isalpha() and not first.isascii() and not first.islower())


def header_tag_line(line: str, author: Optional[str] = None) -> Optional[list]:
    """The tags a line over the text lists with separators (module doc), else None."""
    if len(line) > 200 or paragraphs.ends_sentence(line) or paragraphs.dateline_alone(line) \
            or bylines.byline(line) or re.search(r"\d", line):
        return None
    items = [item.strip() for item in LINE_SEPARATORS.split(line.strip())]
    if len(items) < MIN_ITEMS or any(not item or len(item.split()) > ITEM_WORDS or len(item) > ITEM_CHARS
                                     or not _capitalised(item) for item in items):
        return None
    if any(not _ITEM.fullmatch(item) for item in items) \
            or len(items[0]) >= 5 and items[0].isupper() and not any(item.isupper() for item in items[1:]):
        return None  # a mark no tag has ("Ohio —"); a dateline's town in capitals ("LAKEPORT, Lake County, Ohio")
    if author and any(item in author or author in item for item in items):
        return None  # the names of the people who wrote it
    if any(map(share_item, items)):
        return None  # the share bar ("اشتراک در تلگرام | اشتراک در واتساپ | کپی لینک")
    return clean_tags(items)


_SEGMENT_SEPARATORS = re.compile(r"\s+[|·•]\s+")


def dated_tag_segment(line: str, author: Optional[str] = None) -> Optional[list]:
    """The tags of a header line of segments, one its date, another a list of names ("Mar 10, 2019 |
    Morocco, Syria, Terrorism": a blog's meta line, the date then the categories filed under): the
    list segment read as :func:`header_tag_line` reads a line of tags."""
    if len(line) > 200:
        return None
    segments = [segment.strip() for segment in _SEGMENT_SEPARATORS.split(line.strip())]
    if len(segments) < 2 or not any(bylines.date_in(segment) for segment in segments):
        return None
    for segment in segments:
        if re.search(r"[,،]", segment) and not re.search(r"\d", segment):
            tags = header_tag_line(segment, author)
            if tags:
                return tags
    return None


ROW_SEPARATORS = re.compile(r"\s+[|·•]\s+|\s{2,}")  # "Syria | Health", "Syrie   Terrorisme   Justice", "Siria  Isis
# Diritti" (a page's tag links copied as text: two spaces or more between them, read where the lines are as written);
# a comma between two items is a place and its region as often ("Ottawa, Ontario"), a slash a dateline's place and
# outlet ("بغداد / الغد برس")
ROW_MIN = 2


def named_row(line: str, text: str) -> Optional[list]:
    """The items of a line of two or more short items with separators ("Syria | Health",
    "repatriation · Syria · al-Hol") where the text (title and body, case-folded) names every one,
    or all but one of three or more; else None. A row the story does not name is a menu."""
    if len(line) > 200 or paragraphs.ends_sentence(line) or paragraphs.dateline_alone(line) \
            or bylines.byline(line) or re.search(r"\d", line) or not ROW_SEPARATORS.search(line.strip()):
        return None
    items = [item.strip() for item in ROW_SEPARATORS.split(line.strip())]
    if len(items) < ROW_MIN or len(items) > RUN_MAX or any(
            not item or len(item.split()) > ITEM_WORDS or len(item) > ITEM_CHARS or not _ITEM.fullmatch(item)
            or not _run_item(item) for item in items):
        return None
    if any(item.split()[0].casefold() in call_words() for item in items) or any(map(share_item, items)):
        return None  # buttons ("Subscribe | Follow us"), a share bar
    if any(len(item) >= 5 and item.isupper() for item in items):
        return None  # a dateline's town in capitals ("AGENCY | TOWNNAME")
    named = sum(_named(item, text) for item in items)
    if named < len(items) - (1 if len(items) >= 3 else 0):
        return None
    return clean_tags(items)


HEADING_WORDS = 4


def _heading(line: str) -> bool:
    """A short line over a row that is no sentence and no row itself: a heading ("Mehr zum Thema")."""
    return 0 < len(line.split()) <= HEADING_WORDS and not paragraphs.ends_sentence(line) \
        and not ROW_SEPARATORS.search(line.strip()) and not re.search(r"\d", line)


LABEL_WORDS = 2  # a row's label of its own: a word or two before the colon ("Peyv:", "Mots clés:")
_LABEL_ITEMS = re.compile(r"\s*[,،;؛|]\s*")


def labelled_row(line: str, text: str) -> Optional[list]:
    """The items of a row under a label no data lists ("Peyv: Dadgeh, DAIŞ", a tag line in a language
    the label lists lack): a word or two, then a colon, then two or more short names with separators,
    every one of which the story's text (case-folded) names, by the word itself or a word it opens
    (a name with a case ending: "DAIŞê", "Hesekê"). No byline, date, share bar or source line."""
    label, colon, value = line.partition(":")
    words = label.split()
    if not colon or not 0 < len(words) <= LABEL_WORDS or len(line) > 200 or not _capitalised(label.strip()) \
            or re.search(r"\d", line) or paragraphs.ends_sentence(value.strip()) or value.rstrip().endswith(":"):
        return None
    if bylines.byline(line) or bylines.date_in(line) or share_item(label) or about_the_article(label) \
            or boilerplate.is_junk_line(line):
        return None
    items = [item.strip() for item in _LABEL_ITEMS.split(value.strip())]
    if len(items) < ROW_MIN or len(items) > RUN_MAX or any(
            not item or len(item.split()) > ITEM_WORDS or len(item) > ITEM_CHARS or not _ITEM.fullmatch(item)
            or not _capitalised(item) for item in items):
        return None
    if any(map(share_item, items)) or any(item.split()[0].casefold() in call_words() for item in items):
        return None
    if not all(_named(item, text) or _opens_word(item, text) for item in items):
        return None
    return clean_tags(items)


OPENS_CHARS = 4  # a name this long is named by a word it opens ("daiş" in "daişê")


def _opens_word(item: str, text: str) -> bool:
    item = item.casefold().lstrip("#")
    return len(item) >= OPENS_CHARS and _word_start(item, text)


def _run_item(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= RUN_WORDS and len(line) <= RUN_CHARS and not paragraphs.ends_sentence(line) \
        and not line.rstrip().endswith((":", "：", "?", "؟")) and not re.fullmatch(r"[\d\W]+", line) \
        and not boilerplate.is_junk_line(line) and not boilerplate.is_trailer_marker(line) \
        and paragraphs.judge(line, frozenset()).furniture is None and not _CONTROL.search(line.strip()) \
        and not about_the_article(line) and not share_item(line)


def _elsewhere(content: list, near: int) -> set:
    """The page's lines above ``near`` less a few, case-folded: the header's masthead, menu, byline."""
    return {line.casefold() for line in content[:max(0, near - RUN_REACH - 1)]}


_CONTROL = re.compile(r"\b(?:this|the)\s+(?:article|story|page|post)$|هذا المقال$|هذه المقالة$", re.I)


def _named(item: str, text: str) -> bool:
    """Whether the text names ``item``, a plural also by its singular ("journalists": "journalist's"),
    a long word also by another ending of its stem ("Terrorisme": "terroriste", "Detention": "detentions")."""
    item = item.casefold().lstrip("#")
    if re.search(r"(?<!\w)" + re.escape(item) + r"(?!\w)", text):
        return True
    if len(item) > 4 and item.endswith("s") and re.search(r"(?<!\w)" + re.escape(item[:-1]), text) is not None:
        return True
    return len(item) >= STEM_WORD and " " not in item and item.isalpha() and _word_start(item[:-STEM_CUT], text)


STEM_WORD = 8  # a word this long is named by a word of its stem, its last letters cut
STEM_CUT = 2


def _word_start(stem: str, text: str) -> bool:
    """Whether a word of the text begins with ``stem``."""
    at = text.find(stem)
    while at >= 0:
        if at == 0 or not text[at - 1].isalnum():
            return True
        at = text.find(stem, at + 1)
    return False


def tags_under_text(content: list, start: int, text: str, skip=frozenset()) -> Optional[tuple]:
    """``(tags, line indexes)`` of a list of tags one a line under the text, which begins at most a
    few lines after ``start`` (the line after the text's last), else None. ``text`` is the
    article's title and body; ``skip`` lines are not looked at (already read as something else)."""
    folded = text.casefold()
    for first in range(start, min(len(content), start + RUN_REACH + 1)):
        if first in skip or not _run_item(content[first]) or not _named(content[first], folded):
            continue
        others = _elsewhere(content, first)
        while first - 1 >= start and first - 1 not in skip and _run_item(content[first - 1]) \
                and content[first - 1].casefold() not in others:
            first -= 1  # an item the text does not name, on no other line of the page ("Yle News" is)
        end = first
        while end < len(content) and end - first < RUN_MAX and end not in skip and _run_item(content[end]):
            end += 1
        items = content[first:end]
        named = sum(_named(item, folded) for item in items)
        if named >= RUN_MIN and named >= NAMED_SHARE * len(items):
            return clean_tags(items), list(range(first, end))
        return None
    return None


def unlabelled_tags(content: list, title_at: int, body_at: list, title: Optional[str], author: Optional[str],
                    skip=frozenset(), raw: Optional[list] = None) -> tuple:
    """``(tags, line indexes)`` a page lists without a label: a line of items between the headline
    and the text, else a run of items under the text (module doc); ``([], [])`` where neither.
    ``raw`` (the lines as written, where ``content`` has their whitespace collapsed), if given, lets
    a row whose items stand apart by runs of spaces be read ("Syrie   Terrorisme   Justice")."""
    if not body_at:
        return [], []
    for i in range(title_at + 1, body_at[0]):
        if i not in skip:
            tags = header_tag_line(content[i], author) or dated_tag_segment(content[i], author)
            if tags:
                return tags, [i]
    prose = [i for i in body_at if len(content[i].split()) >= PROSE_WORDS]
    start = (prose or body_at)[-1] + 1
    # the story's text: its lines to its last long paragraph, and its shorter sentences under that
    # ("The trial opens in June." over the list): a tag the story names only there is named
    text = "\n".join([title or ""] + [content[i] for i in body_at if i < start or paragraphs.ends_sentence(content[i])])
    folded = text.casefold()
    for i in list(range(title_at + 1, body_at[0])) + list(range(start, min(len(content), start + RUN_REACH + 1))):
        if i >= start and i > 0 and _heading(content[i - 1]):
            continue  # a row under a heading of its own ("Mehr zum Thema" / "Anklage  Syrien  IS"): related links
        if i not in skip:
            row = raw[i] if raw is not None else content[i]
            tags = named_row(row, folded) or (labelled_row(row, folded) if i >= start else None)
            if tags and not (author and any(tag in author or author in tag for tag in tags)):
                return tags, [i]  # a row of two items, or in small letters, that the story names
    found = tags_under_text(content, start, text, skip)
    if found is None:
        return [], []
    tags, at = found
    return [tag for tag in tags if tag != author], at
