"""What a collection teaches about each of its files: one quick pass over the import's text files.

A researcher's collection holds many pages of few outlets, saved over months: each outlet's pages
share its template (menus, share bars, sign-up boxes, the copyright line), wherever the pages were
filed. One page alone cannot say what the group of its template says:

- **the template names the site** (:meth:`CollectionPass.carried`): the copyright line an outlet's
  pages write ("(c) 2025 The Lake Herald") names the outlet of every page of that template. The
  lines shared by most of the pages signed with one name, and by no page signed with another, are
  that name's template; a page with no copyright line (its foot cut when it was saved) that holds a
  good share of one name's template, and of no other's, is that name's page. A page whose own
  copyright line is the template's (so the reader dropped it as furniture) keeps the name too. The
  names are counted over the whole import, so an outlet's pages filed in several folders pool;
- **a listing of the collection's stories is no story** (:meth:`CollectionPass.listings`): a section
  or tag page of the same template is mostly the headlines and standfirsts of the collection's other
  pages. A line is *another page's own* when it stands over the longest line of exactly one other
  file (of another story): its headline, its standfirst, where the page's own head holds them (a
  related list stands under a story's text, a template's line over the text of many). A page that
  holds such lines of ``LISTED_PAGES`` other pages at least, standing apart (a date or a lead
  between them: a related list under a story is one run of them), and whose text is no more its
  own than theirs (characters of lines of ``TEXT_WORDS`` words or more, a teaser's lead cut short
  with "..." being neither), lists them.

The same pass pools a site's reader views over its folders (:meth:`CollectionPass.site_names`),
decides the order of a template group's numeric dates over its folders
(:meth:`CollectionPass.date_orders`), and keeps the copyright line a page's template repeats for
the outlet rules that read the page's foot (:func:`template_copyright`).

Only line keys (hashed, 8 bytes), their lengths and word counts are kept per file; lines met once
are forgotten every ``PRUNE_EVERY`` files. The pass is made where the import holds up to
``archive.extract.profile.IMPORT_TOP_FILES`` text files, by :class:`archive.readers.folder_profiles.FolderProfiles`.
"""

from __future__ import annotations

import collections
import functools
import os
import re
from array import array
from typing import Optional

from archive.extract.templates import KEY_BYTES, MIN_TOP_STORIES, TopCounter, line_key

MAX_LINES = 600  # a file's lines read (an article's page holds fewer)
MIN_SIGNED = 2  # a name's template is learned from this many pages signed with it, of as many stories
SIGNED_SHARE = 0.5  # a template line of a name: in at least this share of its signed pages
MIN_SHARED = 3  # a page lent a name holds this many of its template lines at least,
SHARED_SHARE = 1 / 3  # ... and this share of them,
DISTINCT_WORDS, MIN_DISTINCT = 3, 2  # ... of which this many have this many words (no menu's links alone)
LISTED_PAGES = 3  # a listing holds the own lines of this many other pages at least
TEXT_WORDS = 4  # lines of fewer words (dates, menu links, "Load more") weigh nothing either way
PRUNE_EVERY = 5_000
_SIGN = re.compile(r"©|\(c\)|copyright", re.I)
_SIGNS = re.compile(r"©|\(c\)|copyright\b|\b(?:19|20)\d\d\b|[,;]", re.I)
_AFFILIATES = re.compile(r"\s+(?:or|and|&)\s+(?:its|their)\b", re.I)
_CUT = re.compile(r"(?:\.\.\.|…)\s*$")


def _int_key(line: str) -> int:
    return int.from_bytes(line_key(line), "little")


class _File:
    __slots__ = ("path", "story", "longest", "keys", "sizes", "words", "cut", "name", "own_sign", "sign_line", "votes")

    def __init__(self, path: str, lines: list):
        self.path = path
        lines = lines[:MAX_LINES]
        self.keys = array("Q", (_int_key(line) for line in lines))
        self.sizes = array("I", (len(line) for line in lines))
        self.words = array("H", (min(len(line.split()), 65535) for line in lines))
        self.cut = {i for i, line in enumerate(lines) if _CUT.search(line)}  # a teaser's lead, cut short
        self.longest = max(range(len(lines)), key=lambda i: self.sizes[i]) if lines else 0
        self.story = self.keys[self.longest] if lines else 0  # the key of its longest line names its story
        self.name, self.own_sign, self.sign_line = _signed(lines)
        self.votes = _votes(lines)


def _votes(lines: list) -> tuple:
    """The numeric dates of the page's head, counted as :class:`archive.extract.date_orders.DateOrderVotes`
    counts a folder's: (day-first only, month-first only)."""
    from archive.extract.date_orders import readings
    from archive.extract.profile import HEAD_LINES

    dmy = mdy = 0
    for line in lines[:HEAD_LINES]:
        if len(line) <= 80 and any(c.isdigit() for c in line):
            found = readings(line)
            if len(found) == 1:
                dmy, mdy = (dmy + 1, mdy) if "dmy" in found else (dmy, mdy + 1)
    return dmy, mdy


def _signed(lines: list) -> tuple:
    """The one name the page's copyright lines write as its owner, that line's key and the line;
    else (None, None, None). A group's or a company's name is no site's ("X Media Group"), a name
    the outlet refusals refuse (a person's) none."""
    from archive.extract.outlet_forms import company_suffix, copyright_names, group_lead
    from archive.extract.outlet_names import known_outlet, plausible_name
    from archive.extract.outlet_refusals import refused

    names, sign, written_line = set(), None, None
    for line in lines:
        sign_at = _SIGN.search(line) if len(line) <= 200 else None
        if not sign_at or _credit(line[:sign_at.start()]):
            continue
        written = copyright_names([line.strip()]) + [_SIGNS.sub("", line).strip(" .,")]
        written += [_AFFILIATES.split(name)[0] for name in written]  # "X Limited or its affiliated companies"
        if any(group_lead(name) or company_suffix(name) for name in written if name):
            continue  # a group's or a company's name: its site's pages are named by their masthead
        held = _holder(line.strip())
        if held and plausible_name(held) and not refused(held):
            names.add(known_outlet(held) or held)
            sign, written_line = _int_key(line), line.strip()
    return (names.pop(), sign, written_line) if len(names) == 1 else (None, None, None)


def _credit(before: str) -> bool:
    """Whether the words before a copyright sign label a credit ("Photo: (c) Agency", "Image (c)
    Agency": a picture's, not the page's; header_labels.txt [credit_labels])."""
    if not before.strip():
        return False
    if ":" in before:
        return True
    return any(word in _credit_words() for word in re.findall(r"\w+", before.casefold()))


@functools.lru_cache(maxsize=None)
def _credit_words() -> frozenset:
    from archive.extract.data import data_sections

    return frozenset(w.casefold() for w in data_sections("header_labels.txt").get("credit_labels", ()) if " " not in w)


_BEFORE_SIGN = re.compile(r"(?:^|[|·•:]\s*)([^|·•:©]+?)\s*©")


def _holder(line: str) -> Optional[str]:
    """The holder a copyright line names (:func:`archive.extract.outlet_footers.copyright_holder`),
    its sign mid-line too ("All rights reserved (c) 2022 Name"), or the name before it where only
    the year and a note follow ("Name (c) 2024 - All content may be republished"); else None."""
    from archive.extract.outlet_footers import copyright_holder
    from archive.extract.outlet_forms import copyright_names

    held = copyright_holder(line)
    if held or "©" not in line:
        return held
    after = copyright_names(["©" + line.split("©", 1)[1]])  # up to the line's first separator
    if after:
        return copyright_holder("© " + after[0])
    before = _BEFORE_SIGN.search(line)
    return copyright_holder("© " + before.group(1)) if before else None


class CollectionPass:
    """Feed it each text file of the import (``add``); then ask what the collection says of each."""

    def __init__(self):
        self.files: list = []
        self.counts: collections.Counter = collections.Counter()  # line key -> files holding it
        self.tops = TopCounter()
        self._inner: Optional[frozenset] = None
        self.edges = None  # the mastheads at the edges of the import's files, whatever their folder
        self.template_signs: dict = {}  # path -> its copyright line, one of its template's (carried())
        self.folders = 1

    def add(self, path: str, lines: list) -> None:
        lines = [line for line in lines if line.strip()]
        self.tops.add(lines)
        self._inner = None
        if not lines:
            return
        if self.edges is None:
            from archive.extract.profile import ProfileBuilder

            self.edges = ProfileBuilder()
        self.edges.add_edges(lines, path)  # a site line stands first, its name at an edge
        record = _File(path, lines)
        self.files.append(record)
        self.counts.update(set(record.keys))
        if len(self.files) % PRUNE_EVERY == 0:
            for key in [key for key, count in self.counts.items() if count == 1]:
                del self.counts[key]

    def site_names(self) -> dict:
        """``{path: name}``: a reader view's site line ("lakeherald.com") and the name its label
        spells at the edges of the site's other pages, over the whole import
        (:func:`archive.extract.collection_outlets.site_lines`, :func:`archive.extract.script_skeletons.script_forms`):
        a site's pages filed one or two to a month folder pool."""
        return self.edges.site_names() if self.edges is not None else {}

    # -- the template inside the text -----------------------------------------------------------
    def inner_template(self) -> frozenset:
        """The keys (:func:`archive.extract.templates.line_key`) of the lines met in files of
        ``MIN_TOP_STORIES`` different stories or more, wherever they stand in them: an outlet's
        box inside the text ("Follow us on ..."), its closing line, over the import's folders (a
        wire's copies of one story count once). Computed once, after the pass."""
        if self._inner is None:
            stories: dict = {}
            for record in self.files:
                for key in set(record.keys):
                    if self.counts.get(key, 0) >= MIN_TOP_STORIES:
                        held = stories.setdefault(key, set())
                        if len(held) < MIN_TOP_STORIES:
                            held.add(record.story)
            self._inner = frozenset(key.to_bytes(KEY_BYTES, "little") for key, held in stories.items()
                                    if len(held) >= MIN_TOP_STORIES)
        return self._inner

    # -- the template names the site -------------------------------------------------------------
    def carried(self) -> dict:
        """``{path: name}``: the name each page's template group writes on its copyright line, for
        the pages holding that template (module doc)."""
        by_name = collections.defaultdict(list)
        for record in self.files:
            if record.name:
                by_name[record.name].append(record)
        templates = {}
        for name, signed in by_name.items():
            if len(signed) < MIN_SIGNED or len({r.story for r in signed}) < MIN_SIGNED:
                continue
            held = collections.Counter(key for r in signed for key in set(r.keys) if self.counts.get(key, 0) >= 2)
            least = max(MIN_SIGNED, SIGNED_SHARE * len(signed))
            templates[name] = {key for key, count in held.items() if count >= least}
        if not templates:
            return {}
        owners = collections.defaultdict(set)  # template key -> the names whose signed pages hold it
        for record in self.files:
            if record.name:
                for key in set(record.keys):
                    if any(key in lines for lines in templates.values()):
                        owners[key].add(record.name)
        own = {name: {key for key in keys if owners[key] == {name}} for name, keys in templates.items()}
        index = {key: name for name, keys in own.items() for key in keys}
        found = {}
        self.template_signs = {}
        for record in self.files:
            if record.name:
                if record.name in own and record.own_sign in own[record.name]:
                    found[record.path] = record.name  # its copyright line is the template's (dropped by the reader)
                    self.template_signs[record.path] = record.sign_line
                continue
            shared = collections.Counter()
            distinct = collections.Counter()
            for key, words in {key: words for key, words in zip(record.keys, record.words)}.items():
                name = index.get(key)
                if name:
                    shared[name] += 1
                    distinct[name] += words >= DISTINCT_WORDS
            fits = [name for name, n in shared.items()
                    if n >= max(MIN_SHARED, SHARED_SHARE * len(own[name])) and distinct[name] >= MIN_DISTINCT]
            if len(fits) == 1:
                found[record.path] = fits[0]
        return found

    # -- the order of an outlet's numeric dates ---------------------------------------------------
    def date_orders(self, carried: Optional[dict] = None) -> dict:
        """``{path: "dmy" or "mdy"}``: the order the unambiguous numeric dates of a template
        group's pages agree on (the pages signed with one name, and those its template names:
        ``carried``), for each page of the group. An outlet's pages filed in month folders beside
        other outlets' read their dates as the outlet writes them, not as the folder's majority."""
        from archive.extract.date_orders import DateOrderVotes

        carried = self.carried() if carried is None else carried
        groups = collections.defaultdict(list)
        for record in self.files:
            name = carried.get(record.path) or record.name
            if name:
                groups[name].append(record)
        found = {}
        for name, records in groups.items():
            if len(records) < MIN_SIGNED:
                continue
            votes = DateOrderVotes()
            votes.only["dmy"] = sum(r.votes[0] for r in records)
            votes.only["mdy"] = sum(r.votes[1] for r in records)
            order = votes.order()
            if order:
                found.update((r.path, order) for r in records)
        return found

    # -- a listing of the collection's stories ---------------------------------------------------
    def listings(self) -> frozenset:
        """The paths of the pages that list the collection's other pages (module doc)."""
        heads = collections.defaultdict(set)  # key -> the files holding it over their longest line (up to 3)
        for n, record in enumerate(self.files):
            for key in record.keys[:record.longest]:
                if self.counts.get(key, 0) >= 2:
                    held = heads[key]
                    if len(held) < 3:
                        held.add(n)
        found = set()
        for n, record in enumerate(self.files):
            owners, listed, alone, runs, before = set(), 0, 0, 0, False
            for i, (key, size, words) in enumerate(zip(record.keys, record.sizes, record.words)):
                others = heads.get(key, set()) - {n} if words >= TEXT_WORDS else ()
                owned = len(others) == 1 and self.files[next(iter(others))].story != record.story
                if owned:
                    owners |= others
                    listed += size
                    runs += not before  # teasers stand apart (a date, a lead between); a related list in a run
                elif words >= TEXT_WORDS and self.counts.get(key, 1) <= 1 and i not in record.cut:
                    alone += size  # a lead cut short ("...") is a teaser's, not the page's own
                before = owned
            if len(owners) >= LISTED_PAGES and runs >= LISTED_PAGES and listed >= alone:
                found.add(record.path)
        return frozenset(found)


def template_copyright(profile, path) -> Optional[str]:
    """The copyright line the text file at ``path`` holds where that line is its template's (the
    pages signed with its name repeat it, so the reader drops it as furniture before the outlet's
    guards read the page's foot): for a rule that needs the page's own copyright line (the fuller
    form of a short masthead, :func:`archive.extract.outlet_forms.own_form`); else None."""
    signs = getattr(profile, "template_signs", None)
    return signs.get(os.path.basename(os.fspath(path))) if signs else None


LISTING = "a listing of the collection's other pages (their headlines and standfirsts), no article"


def listing_refusal(profile, path) -> Optional[str]:
    """Why the text file at ``path`` is no article, where its collection says it lists the
    collection's other pages (:meth:`CollectionPass.listings`, kept in its folder's profile); else
    None. For the text reader, before the page is read."""
    listed = getattr(profile, "listings", None)
    if not listed:
        return None
    return LISTING if os.path.basename(os.fspath(path)) in listed else None
