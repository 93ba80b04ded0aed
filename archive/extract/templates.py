"""A group's page template: lines repeated across many records of one outlet, folder or file.

An outlet prints the same menus, share bars, sign-up boxes and footers around every story, so a
line met in many records of a group is furniture, whatever its words. Only the lines' keys are
counted (whitespace collapsed, case folded, hashed), so memory stays small for big folders.

Repeats are not all furniture: wire copies of one story repeat its real paragraphs across a few
files, and stories repeat a background sentence ("ISIS lost Baghouz in March 2019."). So:

- a repeated line of a few words (a menu item) or with furniture words is dropped at once;
- a longer one is kept until its place is known (``maybe_text``): a repeated headline may be
  the story's own title (the outlet's other pages list it under "Related");
- a repeated sentence inside the text is text; at the text's edges it is the outlet's
  sign-off (``trim_block``), unless most of the text repeats too (a copy of a story).

Over an import of several folders, the lines heading files of 3+ different stories are its head
template (:class:`TopCounter`: never a title), and the lines met anywhere in them its inner
template (:func:`inner_flags`: a box inside the text, a closing line), an outlet's pages filed one
to a folder teaching what one folder cannot.
"""

from __future__ import annotations

import collections
import hashlib
import re
from typing import Iterable, Optional

from archive.model import collapse_whitespace

MIN_RECORDS = 3  # a line must be in at least this many records of the group
SHORT_WORDS = 4
COPY_SHARE = 0.5  # a text more than half of whose lines repeat is a copy of a story

_SENTENCE_END = re.compile(r"[.!?؟\"”’»)]$")


KEY_BYTES = 8


def line_key(line: str) -> bytes:
    return hashlib.blake2b(collapse_whitespace(line).casefold().encode("utf-8"), digest_size=KEY_BYTES).digest()


_WORD = re.compile(r"\w+")
_DIGITS = re.compile(r"\d+")


def masked_key(line: str) -> bytes:
    """The line's key with its numbers masked: "This article is more than 5 years old" and "...
    2 years old", "Views: 2,917" and "Views: 1,106" are one line of furniture."""
    return line_key(_DIGITS.sub("0", collapse_whitespace(line)))


class LineKeys:
    """One text's :func:`line_key` and :func:`masked_key`, each line keyed once though the group's
    template, its head and its tail count it (a line holding no number is masked as it stands)."""

    __slots__ = ("keys",)

    def __init__(self):
        self.keys: dict = {}

    def key(self, line: str) -> bytes:
        key = self.keys.get(line)
        if key is None:
            key = self.keys[line] = line_key(line)
        return key

    def masked(self, line: str) -> bytes:
        return masked_key(line) if _DIGITS.search(line) else self.key(line)


def _short(line: str) -> bool:
    return len(_WORD.findall(line)) <= SHORT_WORDS


class TemplateCounter:
    """Counts, for each line key, the records of a group that contain it."""

    PRUNE_EVERY = 5_000  # records between prunings of the lines met once

    def __init__(self):
        self.records = 0
        self.counts: collections.Counter = collections.Counter()

    def add(self, lines: Iterable[str], key=line_key) -> None:
        self.records += 1
        self.counts.update({key(line) for line in lines if line.strip()})
        if self.records % self.PRUNE_EVERY == 0:
            # Most lines are a story's own and met once: forgetting them keeps a folder of a million
            # files in bounded memory, while a template line, met in most files, keeps its count.
            for key in [key for key, count in self.counts.items() if count == 1]:
                del self.counts[key]

    def template(self) -> frozenset:
        """The keys of lines repeated often enough to be the group's template."""
        if self.records < MIN_RECORDS:
            return frozenset()
        return frozenset(key for key, count in self.counts.items() if count >= MIN_RECORDS)


TOP_LINES = 12  # a file's head: its first lines, where a site's tagline, a newsletter's strap stand
MIN_TOP_STORIES = 3  # a line at the head of this many files, of as many different stories, is the template's


class TopCounter:
    """Counts, for each line of a file's head (numbers masked), the different stories (the key of
    a file's longest line) whose files open with it: a site's tagline or a newsletter's strap
    stands at the head of every page of its outlet, a wire story's headline at the head of its
    copies only (one story, however many files)."""

    PRUNE_EVERY = 5_000

    def __init__(self):
        self.records = 0
        self.stories: dict = {}  # masked key -> up to MIN_TOP_STORIES story keys

    def add(self, lines: list, keys: Optional[LineKeys] = None) -> None:
        """A file's lines (the whole text: its longest line names its story); ``keys``: the text's
        keys where its lines are keyed for other counts too."""
        lines = [line for line in lines if line.strip()]
        if not lines:
            return
        self.records += 1
        keys = keys if keys is not None else LineKeys()
        story = keys.key(max(lines, key=len))
        for line in lines[:TOP_LINES]:
            held = self.stories.setdefault(keys.masked(line), set())
            if len(held) < MIN_TOP_STORIES:
                held.add(story)
        if self.records % self.PRUNE_EVERY == 0:
            for key in [key for key, held in self.stories.items() if len(held) == 1]:
                del self.stories[key]

    def template(self) -> frozenset:
        return frozenset(key for key, held in self.stories.items() if len(held) >= MIN_TOP_STORIES)


def inner_flags(lines: list, keys: frozenset) -> list:
    """For each line, whether it is one of the collection's inner template lines (``keys``:
    :meth:`archive.extract.collection_pages.CollectionPass.inner_template`, kept in a folder's
    profile as ``inner``) of some words (a short one, a tag or a menu's link, is the line classifier's to judge). Such a
    line is the template's as the folder's repeated lines are: furniture wherever it stands where it
    is no sentence (a box inside the text, "Follow us on ... for breaking news"); a sentence at the
    text's edges only (a closing line, "X is an independent magazine published by Y."), a
    background sentence stories repeat inside their text being text (:func:`trim_block`)."""
    if not keys:
        return [False] * len(lines)
    return [maybe_text(line) and line_key(line) in keys for line in lines]


def top_labels(content: list, tops: frozenset, repeated: list, start: int, end: int) -> set:
    """The lines of a text's head that open files of several stories of its import (or folder):
    the template's, never its title; unless the text is a copy of a story the group holds more of."""
    if not tops or copied(repeated, start, end):
        return set()
    return {i for i in range(min(TOP_LINES, len(content))) if masked_key(content[i]) in tops}


def sentence_like(line: str) -> bool:
    """A sentence of some length: repeated, it may still be the text (a background paragraph)."""
    return len(line.split()) >= 5 and bool(_SENTENCE_END.search(line))


def maybe_text(line: str) -> bool:
    """A repeated line kept until its place is known: a sentence, or a headline (the story's own
    title is repeated in the related-stories lists of the outlet's other pages)."""
    return not _short(line)


def template_flags(lines: list, template: frozenset) -> list:
    return [line_key(line) in template for line in lines] if template else [False] * len(lines)


def copied(repeated: list, start: int, end: int) -> bool:
    """Whether the text from ``start`` to ``end`` is a copy of a story the group holds more of
    (most of its lines repeat)."""
    return sum(1 for i in range(start, end) if repeated[i]) > COPY_SHARE * max(1, end - start)


def trim_block(lines: list, repeated: list, start: int, end: int) -> tuple:
    """The article's block without the template lines at its edges, unless the text is a copy of
    a repeated story (most of its lines repeat)."""
    inside = range(start, end)
    if not any(repeated[i] for i in inside):
        return start, end
    if copied(repeated, start, end):
        return start, end
    while start < end and (repeated[start] or lines[start].cls != "good"):
        start += 1
    while end > start and (repeated[end - 1] or lines[end - 1].cls != "good"):
        end -= 1
    return start, end


SHARED_EDGE_RECORDS = 2 * MIN_RECORDS  # a folder small enough that two of its files are a share of it
# (in a big folder, two texts sharing a closing sentence are as likely two stories quoting one source)
EDGE_SHORT_WORDS = 4  # under a repeated line closing the text, lines this short are its list (tags)


def without_shared_edges(content: list, body_at: list, twice: frozenset) -> list:
    """The text's lines without those another text of the folder holds too at its edges (lines in
    too few files for the template: a folder of two, a note under some of its stories): over the text, repeated lines that are no
    sentence ("Get email notification for articles from ... Follow"); under it, from the first
    repeated line of its last run of repeated or short lines (a "Follow topics:" heading, its tags,
    the site's description). Not for a copy of a story (most of its text repeats), and never the
    whole text."""
    if not twice or len(body_at) < 3:
        return body_at
    shared = [line_key(content[k]) in twice for k in body_at]
    sizes = [len(content[k]) for k in body_at]
    if sum(size for size, same in zip(sizes, shared) if same) > COPY_SHARE * sum(sizes):
        return body_at  # most of its text repeats: a copy of a story (the share is of characters,
        # the furniture's lines being many and short)
    first = 0
    while first < len(body_at) - 1 and shared[first] and not sentence_like(content[body_at[first]]):
        first += 1
    last = len(body_at)
    cut = last
    n = last - 1
    while n > first and (shared[n] or (len(_WORD.findall(content[body_at[n]])) <= EDGE_SHORT_WORDS
                                       and not _SENTENCE_END.search(content[body_at[n]]))):
        if shared[n]:
            cut = n
        n -= 1
    if cut <= first:
        cut = last
    return body_at[first:cut]
