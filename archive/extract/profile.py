"""What a group of records says about each of its members.

Some facts are only seen across many records, never in one:

- the order of numeric dates: ``03/04/2020`` is read by the group's unambiguous values
  (``25/04/2020`` says day-first), or by ``--date-order``;
- the outlet's page template: lines repeated across the group are furniture;
- its header template: lines standing just above the date line in many of its files (a section's
  name, a recurring strapline) are labels, never a headline, while a headline repeated elsewhere
  (in the "Recent posts" lists of the other pages) stands above the date in its own file only.

A group is the rows of one CSV or JSON Lines file (its reader profiles them), or the plain-text
files of one folder (profiled here, in a quick first pass over the folder the first time one of
its files is read; only line keys and date votes are kept).
"""

from __future__ import annotations

import collections
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

from archive.extract.dates import DateOrderVotes
from archive.extract.templates import TemplateCounter

PROFILED_SUFFIXES = (".txt", ".text")
MAX_PROFILED_BYTES = 2 * 1024 * 1024  # larger text files are not articles (the reader refuses them)
HEAD_LINES = 40  # date lines are looked for among a file's first lines
ABOVE_DATE = 2  # lines above the first date line counted for the header template
DATE_LINE_CHARS = 100  # a longer line is no date line
MIN_HEAD_RECORDS = 3
HEAD_SHARE = 0.5  # ... in at least this share of the texts with a date line


@dataclass(frozen=True)
class GroupProfile:
    records: int = 0
    date_order: Optional[str] = None  # "dmy", "mdy" or "ymd"; None: not decided
    date_order_from: str = "default"  # "command-line", "inferred" (from the group's values) or "default"
    ambiguous_dates: int = 0  # numeric dates of the group readable both ways
    template: frozenset = frozenset()  # keys (archive.extract.templates.line_key) of repeated lines
    heads: frozenset = frozenset()  # keys of lines repeated just above the date line (header labels)
    dated: int = 0  # texts of the group with a date line (the header template is judged on them)

    @property
    def undecided(self) -> bool:
        """Ambiguous dates and nothing to decide them: the import reports them."""
        return self.ambiguous_dates > 0 and self.date_order is None


class ProfileBuilder:
    """Feed it each record's lines (and date values); ``build()`` gives the group's profile."""

    def __init__(self, date_order: Optional[str] = None):
        self.given_order = date_order
        self.votes = DateOrderVotes()
        self.lines = TemplateCounter()
        self.heads = TemplateCounter()
        self.heads.dated = 0  # texts with a date line

    def add(self, lines: Iterable[str], dates: Iterable[str] = (), heads: Iterable[str] = ()) -> None:
        self.lines.add(lines)
        heads = list(heads)
        if heads:
            self.heads.add(heads)
            self.heads.dated += 1
        for value in dates:
            self.votes.add(value)

    def _heads(self) -> frozenset:
        """Lines above the date in most of the group's texts that have one (a story's headline
        copied in a few files of the folder is not a label)."""
        dated = self.heads.dated
        least = max(MIN_HEAD_RECORDS, HEAD_SHARE * dated)
        return frozenset(key for key, count in self.heads.counts.items() if count >= least)

    def build(self) -> GroupProfile:
        inferred = self.votes.order()
        if self.given_order:
            order, source = self.given_order, "command-line"
        elif inferred:
            order, source = inferred, "inferred"
        else:
            order, source = None, "default"
        return GroupProfile(
            records=self.lines.records,
            date_order=order,
            date_order_from=source,
            ambiguous_dates=self.votes.ambiguous,
            template=self.lines.template(),
            heads=self._heads(),
            dated=self.heads.dated,
        )


def text_lines(text: str) -> list:
    return [line for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n") if line.strip()]


class FolderProfiles:
    """Profiles of folders of plain-text files, made on first use and kept for the last few."""

    KEEP = 4

    def __init__(self, date_order: Optional[str] = None):
        self.date_order = date_order
        self._cache: collections.OrderedDict = collections.OrderedDict()

    def for_file(self, path) -> Optional[GroupProfile]:
        """The profile of the folder holding ``path`` (a file on disk), or None for members of
        containers and other sources that are not files in a folder."""
        try:
            folder = os.path.dirname(os.path.abspath(os.fspath(path)))
        except TypeError:
            return None
        if folder in self._cache:
            self._cache.move_to_end(folder)
            return self._cache[folder]
        profile = profile_folder(Path(folder), self.date_order)
        self._cache[folder] = profile
        while len(self._cache) > self.KEEP:
            self._cache.popitem(last=False)
        return profile


def above_date(lines: list) -> list:
    """The lines just above a text's first date line (where its headline stands), or []."""
    from archive.extract.bylines import first_date_line
    from archive.model import collapse_whitespace

    head = [collapse_whitespace(line) if len(line) <= 2 * DATE_LINE_CHARS else line for line in lines[:HEAD_LINES]]
    at = first_date_line(head, HEAD_LINES, DATE_LINE_CHARS)
    return [] if at is None else lines[max(0, at - ABOVE_DATE) : at]


def profile_folder(folder: Path, date_order: Optional[str] = None) -> GroupProfile:
    from archive.readers.decode import DecodeError, decode_bytes

    builder = ProfileBuilder(date_order)
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return builder.build()
    for name in names:
        if name.startswith(".") or not name.lower().endswith(PROFILED_SUFFIXES):
            continue
        path = folder / name
        try:
            if not path.is_file() or path.stat().st_size > MAX_PROFILED_BYTES:
                continue
            text = decode_bytes(path.read_bytes())
        except (OSError, DecodeError, UnicodeDecodeError):
            continue
        lines = text_lines(text)
        builder.add(lines, dates=[line for line in lines[:HEAD_LINES] if len(line) <= 80], heads=above_date(lines))
    return builder.build()
