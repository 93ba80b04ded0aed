"""The groups of an import's pages that write numeric dates one way: the pages of one source, found by
the template they share rather than by the name they store (issue #13, round 26): :func:`group_orders`.

An outlet's pages share a template (its menu, its player's bar, its app's pitch, its copyright line)
whatever name each page happens to store ("QBC", "QBC - Qamishlo Broadcasting", a company's
copyright that names no site) and whichever folder it was filed in. Its numeric dates are written in
one order, so the unambiguous values of some of its pages (``11/23/2021``) settle the ambiguous ones
of the others (``05/03/2023``). Grouping the pages by their stored name splits such an outlet into
groups too small to decide; grouping them by their template does not. A page of another shape (an
HTML page, a newsletter's e-mail) that shares little of the text copies' template joins them by what
it says of its source where their template holds it: its copyright line, its site name, its sender's
name (round 27).

The template of a page is its lines met in files of ``MIN_STORIES`` different stories or more over
the import (a story is known by the key of a file's longest line). Two pages are one source's when
they share ``MIN_SHARED`` such lines at least, ``SHARE`` of the larger template at least, and
``MIN_WORDED`` of the shared lines have ``WORDED`` words (a menu's one-word links, "Home", "Share",
are every site's). Pages that store one name (their copyright line's, :mod:`archive.extract.collection_pages`)
are one source's too. The groups are the connected pages; a group's order is the one its values
agree on (:class:`archive.extract.date_orders.DateOrderVotes`: a few strays aside, else none).

Linear in the import: each page is compared with the first ``HOLDERS`` holders of each of its
template lines only (an outlet's first pages hold all of its template), and with the ``CANDIDATES``
of them met most often.
"""

from __future__ import annotations

import collections
from typing import Iterable, Optional

MIN_STORIES = 3  # a template line: met in files of this many different stories
MIN_SHARED = 3  # two pages of one source share this many template lines at least,
SHARE = 0.5  # ... and this share of the larger page's template lines,
WORDED, MIN_WORDED = 3, 2  # ... of which this many have this many words (no menu's links alone)
HOLDERS = 4  # the holders of a template line a page is compared with
CANDIDATES = 6  # ... of them, the ones met most often over its lines
MIN_PAGES = 2  # a group decides for its pages where it holds this many


class _Groups:
    """Union-find over page numbers."""

    def __init__(self, size: int):
        self.parent = list(range(size))

    def find(self, n: int) -> int:
        while self.parent[n] != n:
            self.parent[n] = self.parent[self.parent[n]]
            n = self.parent[n]
        return n

    def join(self, a: int, b: int) -> None:
        a, b = self.find(a), self.find(b)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def template_lines(records: list, counts: dict) -> list:
    """Each page's template lines, as ``{key: words}`` (module doc)."""
    stories: dict = {}
    for record in records:
        for key in set(record.keys):
            if counts.get(key, 0) >= MIN_STORIES:
                held = stories.setdefault(key, set())
                if len(held) < MIN_STORIES:
                    held.add(record.story)
    template = {key for key, held in stories.items() if len(held) >= MIN_STORIES}
    return [{key: words for key, words in zip(record.keys, record.words) if key in template} for record in records]


def same_source(one: dict, other: dict) -> bool:
    """Whether two pages' template lines (``{key: words}``) make them one source's (module doc)."""
    shared = one.keys() & other.keys()
    if len(shared) < MIN_SHARED or len(shared) < SHARE * max(len(one), len(other)):
        return False
    return sum(one[key] >= WORDED for key in shared) >= MIN_WORDED


def source_groups(records: list, counts: dict, names: Optional[dict] = None, signs: Optional[dict] = None) -> list:
    """The groups (lists of page numbers) of one source each, over ``records`` (each with ``keys``,
    ``words``, ``story``; :class:`archive.extract.collection_pages._File`), ``counts`` the files
    holding each key, ``names`` the name each page number stores (pages of one name are one group),
    ``signs`` the keys of what each page says of its source (its copyright line, the site name it
    states, a mail's sender): a page is one source's with the pages whose template holds one."""
    lines = template_lines(records, counts)
    holders: dict = collections.defaultdict(list)
    for n, own in enumerate(lines):
        for key in own:
            if len(holders[key]) < HOLDERS:
                holders[key].append(n)
    groups = _Groups(len(records))
    for n, own in enumerate(lines):
        met = collections.Counter(m for key in own for m in holders[key] if m != n)
        for m, _ in met.most_common(CANDIDATES):
            if groups.find(m) != groups.find(n) and same_source(own, lines[m]):
                groups.join(n, m)
    _join_signs(groups, lines, signs or {})
    first: dict = {}
    for n, name in (names or {}).items():
        if name:
            groups.join(n, first.setdefault(name, n))
    found = collections.defaultdict(list)
    for n in range(len(records)):
        found[groups.find(n)].append(n)
    return list(found.values())


def _join_signs(groups: "_Groups", lines: list, signs: dict) -> None:
    """Each page joined to the pages whose template lines hold one of its signs (the copyright line
    an outlet's text copies repeat, the name its e-mail's sender or its HTML page's site name
    states and its pages' masthead line writes)."""
    if not signs:
        return
    wanted = {key for keys in signs.values() for key in keys}
    holders: dict = collections.defaultdict(list)
    for m, own in enumerate(lines):
        for key in wanted.intersection(own):
            holders[key].append(m)
    chained = set()  # the keys whose holders are joined to one another already
    for n, keys in signs.items():
        for key in keys:
            held = holders.get(key, ())
            other = next((m for m in held if m != n), None)
            if other is None:
                continue
            groups.join(n, other)  # n with every other holder, as the holders are one group:
            if key not in chained:  # the same groups in one join a page and a key (issue #16: a join
                chained.add(key)  # of each page with each holder grew with an outlet's pages squared)
                for m in held[1:]:
                    groups.join(held[0], m)


def group_orders(records: list, counts: dict, names: Optional[dict] = None, signs: Optional[dict] = None) -> dict:
    """``{path: "dmy" or "mdy"}``: for each page of a source group of ``MIN_PAGES`` pages or more,
    the order its pages' unambiguous numeric dates (``record.votes``: day-first only, month-first
    only) agree on."""
    from archive.extract.date_orders import DateOrderVotes

    found = {}
    for group in source_groups(records, counts, names, signs):
        if len(group) < MIN_PAGES:
            continue
        votes = DateOrderVotes()
        votes.only["dmy"] = sum(records[n].votes[0] for n in group)
        votes.only["mdy"] = sum(records[n].votes[1] for n in group)
        order = votes.order()
        if order:
            found.update((records[n].path, order) for n in group)
    return found


def page_names(records: Iterable, carried: dict) -> dict:
    """``{page number: name}``: the name each page's template writes (``carried``) or its own
    copyright line signs (``record.name``)."""
    return {n: carried.get(record.path) or record.name for n, record in enumerate(records)}
