"""What a group of records says about each of its members.

Some facts are only seen across many records, never in one:

- the order of numeric dates: ``03/04/2020`` is read by the group's unambiguous values
  (``25/04/2020`` says day-first), or by ``--date-order``;
- the outlet's page template: lines repeated across the group are furniture;
- its header template: lines standing just above the date line in many of its files (a section's
  name, a recurring strapline) are labels, never a headline, while a headline repeated elsewhere
  (in the "Recent posts" lists of the other pages) stands above the date in its own file only;
- its header furniture, even in a folder of two files: a line of the header (above the first
  date line, or a short one just under it) that recurs, numbers masked, in more than half of the
  group's texts ("This article is more than 5 years old", "News release", a view counter, a
  font-size control) is never a headline: a headline is its own story's;
- its masthead: a short name-like line at the edges of many of its files (over the first date
  line, or closing the page) names the outlet of a file that has no stronger sign
  (:mod:`archive.extract.collection_outlets`; folders of text files only).

A group is the rows of one CSV or JSON Lines file (its reader profiles them), or the plain-text
files of one folder (profiled here, in a quick first pass over the folder the first time one of
its files is read; only line keys and date votes are kept).
"""

from __future__ import annotations

import collections
from dataclasses import dataclass, field
from typing import Iterable, Optional

from archive.extract.date_orders import DateOrderVotes
from archive.extract.templates import SHORT_WORDS, LineKeys, TemplateCounter, TopCounter, line_key, masked_key

PROFILED_SUFFIXES = (".txt", ".text")
MAX_PROFILED_BYTES = 2 * 1024 * 1024  # larger text files are not articles (the reader refuses them)
HEAD_LINES = 40  # date lines are looked for among a file's first lines
ABOVE_DATE = 2  # lines above the first date line counted for the header template
DATE_LINE_CHARS = 100  # a longer line is no date line
MIN_HEAD_RECORDS = 3
HEAD_SHARE = 0.5  # ... in at least this share of the texts with a date line
UNDER_DATE = 2  # short lines under the first date line counted as the header's furniture
TAIL_LINES = 40  # the folder's common footer is looked for among each file's last lines
MIN_FURNITURE_RECORDS = 2  # header furniture: in at least this many texts, and more than half
MASTHEAD_FILES = 20_000  # a folder's masthead is learned where it holds up to this many files
IMPORT_TOP_FILES = 20_000  # an import's head template is learned where it holds up to this many text files


STATED = "column header"  # the order an export's date column states in its header: as firm as --date-order


@dataclass(frozen=True)
class GroupProfile:
    records: int = 0
    date_order: Optional[str] = None  # "dmy", "mdy" or "ymd"; None: not decided
    date_order_from: str = "default"  # "command-line", "column header", "inferred" (from the group's values) or "default"
    ambiguous_dates: int = 0  # numeric dates of the group readable both ways
    template: frozenset = frozenset()  # keys (archive.extract.templates.line_key) of repeated lines
    heads: frozenset = frozenset()  # keys of lines repeated just above the date line (header labels)
    dated: int = 0  # texts of the group with a date line (the header template is judged on them)
    header_furniture: frozenset = frozenset()  # masked keys of header lines in most of its texts
    twice: frozenset = frozenset()  # keys of lines met in two or more of its texts (copies of a story)
    tops: frozenset = frozenset()  # masked keys of lines at the head of files of 3+ stories (folder or import)
    inner: frozenset = frozenset()  # keys of lines anywhere in the import's files of 3+ stories (its inner template)
    tail: frozenset = frozenset()  # keys of the lines every one of its texts ends with (the site's footer)
    # file name -> the group's masthead the file holds at an edge (archive.extract.collection_outlets)
    mastheads: dict = field(default_factory=dict, compare=False)
    # file name -> the name its template's copyright line writes (archive.extract.collection_pages)
    carried: dict = field(default_factory=dict, compare=False)
    listings: frozenset = frozenset()  # file names of pages listing the collection's other pages
    # file name -> its copyright line where that line is its template's (collection_pages.template_copyright)
    template_signs: dict = field(default_factory=dict, compare=False)

    @property
    def undecided(self) -> bool:
        """Ambiguous dates and nothing to decide them: the import reports them."""
        return self.ambiguous_dates > 0 and self.date_order is None


class ProfileBuilder:
    """Feed it each record's lines (and date values); ``build()`` gives the group's profile."""

    def __init__(self, date_order: Optional[str] = None):
        self.given_order = date_order
        self.stated_order: Optional[str] = None  # the order the date column's header states ("date (MM/DD/YYYY)")
        self.votes = DateOrderVotes()
        self.lines = TemplateCounter()
        self.heads = TemplateCounter()
        self.heads.dated = 0  # texts with a date line
        self.header = TemplateCounter()
        self.tops = TopCounter()
        self._tail: Optional[list] = None  # the keys every text so far ends with, last first
        # The short lines at the files' edges (collection_outlets): counts, texts, stories, files.
        self._edges: collections.Counter = collections.Counter()
        self._edge_texts: dict = {}
        self._edge_stories: dict = {}
        self._edge_beside: dict = {}
        self._edge_titles: set = set()
        self._file_edges: dict = {}
        self._arabic_files: set = set()  # files whose text is in Arabic script (a site's other edition)

    def add(self, lines: Iterable[str], dates: Iterable[str] = (), heads: Iterable[str] = (),
            header: Iterable[str] = (), name: Optional[str] = None, date_at: Optional[int] = None) -> None:
        lines = lines if isinstance(lines, list) else list(lines)
        keys = LineKeys()  # each line keyed once for the template, the head and the tail
        self.lines.add(lines, keys.key)
        self.tops.add(lines, keys)
        if name is not None:
            self._add_edges(name, lines, date_at)
        if self._tail is None or self._tail:
            self._add_tail(lines, keys.key)
        self.header.records += 1
        self.header.counts.update({masked_key(line) for line in header})
        heads = list(heads)
        if heads:
            self.heads.add(heads)
            self.heads.dated += 1
        for value in dates:
            self.votes.add(value)

    def add_text(self, lines: list, name: str) -> None:
        """A plain-text file of the folder (its non-blank lines, :func:`text_lines`): its lines for
        the template, its head's date lines for the order of dates, the lines above its date for
        the header template."""
        head, at = date_head(lines)
        self.add(lines, dates=[line for line in lines[:HEAD_LINES] if len(line) <= 80], heads=above_date(lines, at),
                 header=header_lines(lines, head, at), name=name, date_at=at)

    def add_edges(self, lines: list, name: str, date_at: Optional[int] = None) -> None:
        """A file's edge lines counted for its site lines only (an import's pages pooled over its
        folders: :mod:`archive.extract.collection_pages`; :meth:`site_names`)."""
        self.lines.records += 1
        self._add_edges(name, lines, date_at)

    def _add_tail(self, lines: list, key=line_key) -> None:
        keys = []
        for line in reversed(lines):
            if line.strip():
                keys.append(key(line))
                if len(keys) == TAIL_LINES or (self._tail is not None and len(keys) == len(self._tail)):
                    break
        if self._tail is None:
            self._tail = keys
            return
        same = 0
        while same < min(len(keys), len(self._tail)) and keys[same] == self._tail[same]:
            same += 1
        del self._tail[same:]

    def _add_edges(self, name: str, lines: list, date_at: Optional[int] = None) -> None:
        """The file's short edge lines, for the group's masthead (kept for folders of up to
        ``MASTHEAD_FILES`` files: the names of the files holding each line are kept too)."""
        from archive.extract.collection_outlets import edge_lines

        if self.lines.records > MASTHEAD_FILES or not lines:
            return
        story = line_key(max(lines, key=len))
        keys = set()
        for i, line in edge_lines(lines, date_at):
            key = line_key(line)
            if key in keys:
                continue
            keys.add(key)
            if date_at is not None and i == date_at - 1:
                self._edge_titles.add(key)  # the headline's place, just over the date line
            self._edge_texts.setdefault(key, line)
            stories = self._edge_stories.setdefault(key, set())
            if len(stories) < MIN_HEAD_RECORDS:
                stories.add(story)
            beside = self._edge_beside.setdefault(key, set())
            if len(beside) < MIN_HEAD_RECORDS:
                beside.add((line_key(lines[i - 1]) if i else None, line_key(lines[i + 1]) if i + 1 < len(lines) else None,
                            i < len(lines) // 2))
        self._edges.update(keys)
        if keys:
            self._file_edges[name] = tuple(keys)
            from archive.extract.outlet_names import has_arabic

            if has_arabic(max(lines, key=len)):
                self._arabic_files.add(name)

    def site_names(self) -> dict:
        """``{file name: name}`` for the files counted that hold a reader view's site line
        ("lakeherald.com") the group's other pages name (:func:`archive.extract.collection_outlets.site_lines`)."""
        return self._mastheads(sites_only=True)

    def _mastheads(self, sites_only: bool = False) -> dict:
        from archive.extract.collection_outlets import mastheads, site_lines
        from archive.extract.script_skeletons import script_forms

        if not self._edges or self.lines.records > MASTHEAD_FILES:
            return {}
        if sites_only:
            found = site_lines(self._edges, self._edge_texts)
        else:
            found = mastheads(self._edges, self.lines.counts, self._edge_stories, self._edge_texts, self._edge_beside,
                              self._edge_titles)
        forms = script_forms(self._edges, self._edge_texts) if self._arabic_files else {}
        if not found and not forms:
            return {}
        held = {}
        for name, keys in self._file_edges.items():
            names = {found[key] for key in keys if key in found}
            if name in self._arabic_files and {forms[key] for key in keys if key in forms}:
                names = {forms[key] for key in keys if key in forms}  # the Arabic edition's site line
            if len(names) == 1:  # two mastheads in one file: neither is known to be its own
                held[name] = names.pop()
        return held

    def _heads(self) -> frozenset:
        """Lines above the date in most of the group's texts that have one (a story's headline
        copied in a few files of the folder is not a label)."""
        dated = self.heads.dated
        least = max(MIN_HEAD_RECORDS, HEAD_SHARE * dated)
        return frozenset(key for key, count in self.heads.counts.items() if count >= least)

    def _header_furniture(self) -> frozenset:
        least = max(MIN_FURNITURE_RECORDS, self.header.records // 2 + 1)
        return frozenset(key for key, count in self.header.counts.items() if count >= least)

    def build(self) -> GroupProfile:
        inferred = self.votes.order()
        if self.given_order:
            order, source = self.given_order, "command-line"
        elif self.stated_order:
            order, source = self.stated_order, STATED
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
            header_furniture=self._header_furniture(),
            twice=frozenset(key for key, count in self.lines.counts.items() if count >= 2),
            tops=self.tops.template(),
            tail=frozenset(self._tail) if self.lines.records >= 2 and self._tail else frozenset(),
            mastheads=self._mastheads(),
        )


def text_lines(text: str) -> list:
    return [line for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n") if line.strip()]


def date_head(lines: list) -> tuple:
    """A text's first lines, and the index of its first date line among them (or None)."""
    from archive.extract.bylines import first_date_line
    from archive.model import collapse_whitespace

    head = [collapse_whitespace(line) if len(line) <= 2 * DATE_LINE_CHARS else line for line in lines[:HEAD_LINES]]
    return head, first_date_line(head, HEAD_LINES, DATE_LINE_CHARS)


def above_date(lines: list, at="unknown") -> list:
    """The lines just above a text's first date line (where its headline stands), or []."""
    if at == "unknown":
        at = date_head(lines)[1]
    return [] if at is None else lines[max(0, at - ABOVE_DATE) : at]


def header_lines(lines: list, head=None, at="unknown") -> list:
    """A text's header as the profile counts its furniture: the lines above its first date line,
    and the short ones just under it (a view counter, "Font size"); without a date line, the
    short lines of its head."""
    if at == "unknown":
        head, at = date_head(lines)
    above = head[:at] if at is not None else []
    under = head[at + 1 : at + 1 + UNDER_DATE] if at is not None else head
    return above + [line for line in under if len(line.split()) <= SHORT_WORDS]
