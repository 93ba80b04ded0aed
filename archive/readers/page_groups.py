"""The import's saved web pages joined to its text files' source groups, for the order of numeric dates
(issue #13, round 26): :func:`import_orders`, :func:`date_profile`.

An outlet's pages saved as HTML and copied out as text share its template (the menu, the player's
bar, the copyright line), so they are one source's (:mod:`archive.extract.date_groups`): an HTML page
dated ``09/01/2021`` reads month-first where the outlet's text copies write ``09/19/2022``, and the
other way round. The HTML pages are read once more here as lines (one per block element, no tree
built: :func:`archive.readers.exports.html_lines`), only for their line keys and their numeric dates.
"""

from __future__ import annotations

import collections
import os
from array import array
from typing import Iterable, Optional

from archive.extract.date_groups import group_orders, page_names
from archive.extract.profile import IMPORT_TOP_FILES, MAX_PROFILED_BYTES, GroupProfile

HTML_SUFFIXES = (".html", ".htm")


class _Page:
    """An HTML page as the source groups read it (as :class:`archive.extract.collection_pages._File`)."""

    __slots__ = ("path", "keys", "words", "story", "votes", "name")

    def __init__(self, path: str, lines: list):
        from archive.extract.collection_pages import _int_key, _votes

        lines = [line.strip() for line in lines if line.strip()][:600]
        self.path = path
        self.keys = array("Q", (_int_key(line) for line in lines))
        self.words = array("H", (min(len(line.split()), 65535) for line in lines))
        self.story = self.keys[max(range(len(lines)), key=lambda i: len(lines[i]))] if lines else 0
        self.votes = _votes(lines)
        self.name = None


class _Counts:
    """The files holding each key: the text files' (the pass's counts) and the HTML pages'."""

    def __init__(self, first: dict, second: dict):
        self.first, self.second = first, second

    def get(self, key, default=0):
        return self.first.get(key, 0) + self.second.get(key, 0) or default


def html_pages(paths: Iterable) -> list:
    """The import's HTML pages (up to ``IMPORT_TOP_FILES``) as :class:`_Page`; none past that."""
    from archive.readers import walk
    from archive.readers.exports import html_lines
    from archive.readers.html import decode_html

    found = []
    for path in walk(paths):
        if not path.name.lower().endswith(HTML_SUFFIXES):
            continue
        if len(found) >= IMPORT_TOP_FILES:
            return []
        try:
            if not path.is_file() or path.stat().st_size > MAX_PROFILED_BYTES:
                continue
            lines = html_lines(decode_html(path.read_bytes()))
        except Exception:  # an odd page is the HTML reader's to report
            continue
        if lines:
            found.append(_Page(os.path.abspath(os.fspath(path)), lines))
    return found


def import_orders(found, carried: dict, paths: Iterable) -> dict:
    """``{path: "dmy" or "mdy"}`` for the import's text files (``found``, its
    :class:`archive.extract.collection_pages.CollectionPass`, ``carried`` the names their templates
    write) and its HTML pages under ``paths``: the order each one's source group agrees on."""
    pages = html_pages(paths)
    counts = collections.Counter(key for page in pages for key in set(page.keys))
    records = list(found.files) + pages
    return group_orders(records, _Counts(found.counts, counts), page_names(records, carried))


def date_profile(options, path) -> Optional[GroupProfile]:
    """A profile holding only the order of numeric dates the page at ``path`` takes from its source
    group over the import (:func:`import_orders`, kept by the import's folder profiles), for a
    reader whose pages have no folder profile (a saved web page); None where it has none."""
    folders = getattr(options, "folders", None)
    if folders is None or getattr(folders, "date_order", None):
        return None
    try:
        where = os.path.abspath(os.fspath(path))
    except TypeError:
        return None
    order = getattr(folders, "import_orders", {}).get(os.path.dirname(where), {}).get(os.path.basename(where))
    return GroupProfile(date_order=order, date_order_from="inferred") if order else None
