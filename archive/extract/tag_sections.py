"""A page's categories written like its tags: "Filed under: Reports", "Posted in: Kurdistan, Syria".

Blogs and CMS templates print the sections a story was filed in with a label that also opens tag
lists ("Filed under", "Posted in", "التصنيف"; ``tag_labels.txt [category_labels]``). Such a line is the
page's category, not its tags, where the page says so by its own structure:

- the page has a tags line as well, a few lines away ("Posted in: World" over "Tags: Raqqa, SDF"):
  the template writes both, and the tags are the other one;
- every item the line lists is one of the page's own menu items above it, written the same way
  ("Reports" in the row "Reports  Essays  Podcasts" under the masthead, "News" in "News Analysis
  Culture Opinion"): the site's sections, which the page shows as its navigation.

Used by :func:`archive.extract.tag_blocks.tags_at`.
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from archive.extract.data import data_sections
from archive.extract.header_labels import labelled
from archive.extract.line_furniture import plain
from archive.extract.tag_headings import tag_heading
from archive.extract.tag_labels import placeholders_only

NEAR_LINES = 3  # a tags line this near a category line makes it the category's
MENU_LINE_CHARS = 120
MENU_ITEM_WORDS = 4
MENU_WORDS = 3  # a row of this many capitalised words, single spaces between, is a menu ("News Analysis Culture")
_MENU_SEPARATORS = re.compile(r"\s*[|·•›»>]\s*|\s{2,}|\s+/\s+")
_SENTENCE_MARKS = re.compile(r"[.,;:!?؟،]")


@functools.lru_cache(maxsize=1)
def _category_labels() -> re.Pattern:
    labels = sorted({plain(label) for label in data_sections("tag_labels.txt").get("category_labels", ())},
                    key=len, reverse=True)
    return re.compile(r"^\s*(?:" + "|".join(re.escape(label) for label in labels) + r")(?:\s*[:：]|\s|$)")


def category_line(line: str) -> bool:
    """Whether a line opens with a label that names a page's categories as often as its tags."""
    return bool(_category_labels().match(plain(line)))


def _other_tags_line(line: str) -> bool:
    """A line labelled as tags with a label of tags only ("Tags: a, b", a value after it), or such a
    label alone over its list ("Tags")."""
    if len(line) > 300 or category_line(line):
        return False
    value = labelled(line, "tags")
    return bool(value and value.strip()) or tag_heading(line)


def menu_items(lines) -> set:
    """The items of a page's menu lines as written: rows of short items with separators ("Home |
    Kurdistan | Syria"), rows of capitalised single words ("News Analysis Culture Opinion"), and
    short lines standing alone (a section's name over the headline, "Reports")."""
    items: set = set()
    for line in lines:
        line = line.strip()
        if not line or len(line) > MENU_LINE_CHARS:
            continue
        parts = [part.strip() for part in _MENU_SEPARATORS.split(line) if part.strip()]
        if len(parts) >= 2:
            items.update(part for part in parts if len(part.split()) <= MENU_ITEM_WORDS)
            continue
        words = line.split()
        if len(words) <= MENU_ITEM_WORDS:
            items.add(line)
        if len(words) >= MENU_WORDS and not _SENTENCE_MARKS.search(line) and all(w[:1].isupper() for w in words):
            items.update(words)
    return items


def category_not_tags(content: list, i: int, tags: list, end: Optional[int] = None) -> bool:
    """Whether the list at line ``i`` (``tags``, read from it, or from the lines under it up to
    ``end`` where ``i`` is a heading) is the page's categories (module doc)."""
    if not tags or not category_line(content[i]):
        return False
    if placeholders_only(tags):
        return True  # "Filed under: Uncategorized": the blog system's placeholder, no subject
    end = i + 1 if end is None else end
    near = [*range(max(0, i - NEAR_LINES), i), *range(end, min(len(content), end + NEAR_LINES))]
    if any(_other_tags_line(content[k]) for k in near):
        return True
    menu = menu_items(content[:i])
    return all(tag in menu for tag in tags)

