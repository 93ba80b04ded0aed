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
import html as html_module
import os
import re
from array import array
from typing import Iterable, Optional

from archive.extract.date_groups import group_orders, page_names
from archive.extract.source_names import name_key, named_sources
from archive.extract.profile import IMPORT_TOP_FILES, MAX_PROFILED_BYTES, GroupProfile

HTML_SUFFIXES = (".html", ".htm")
MAIL_SUFFIXES = (".eml",)
NAME_CHARS = 4  # a name a page states shorter than this joins nothing ("BBC" is long enough only with its line)
_SIGN = re.compile(r"©|\(c\)|copyright\b", re.I)
_SITE_NAME = re.compile(r"<meta\s[^>]*(?:property|name)\s*=\s*[\"'](?:og:site_name|application-name)[\"'][^>]*>", re.I)
_CONTENT = re.compile(r"content\s*=\s*(?:\"([^\"]*)\"|'([^']*)')", re.I)
_TITLE = re.compile(r"<title[^>]*>([^<]{1,300})</title>", re.I)
_TITLE_PARTS = re.compile(r"\s+[|–—-]\s+|\s*[|·•]\s*")


class _Page:
    """An HTML page as the source groups read it (as :class:`archive.extract.collection_pages._File`)."""

    __slots__ = ("path", "keys", "words", "story", "votes", "name", "signs", "stated")

    def __init__(self, path: str, lines: list, names: Iterable = ()):
        from archive.extract.collection_pages import _int_key, _votes

        lines = [line.strip() for line in lines if line.strip()][:600]
        self.path = path
        self.keys = array("Q", (_int_key(line) for line in lines))
        self.words = array("H", (min(len(line.split()), 65535) for line in lines))
        self.story = self.keys[max(range(len(lines)), key=lambda i: len(lines[i]))] if lines else 0
        self.votes = _votes(lines)
        self.name = None
        self.signs = _sign_keys(lines, names)
        self.stated = tuple(names)


def _sign_keys(lines: list, names: Iterable) -> frozenset:
    """The keys of what a page says of its source (:func:`archive.extract.date_groups.source_groups`
    joins it to the pages whose template holds one): its copyright lines, and the names it states
    (its site name, its title's last part, a mail's sender), each also without a leading article."""
    from archive.extract.collection_pages import _int_key

    found = {_int_key(line) for line in lines if len(line) <= 200 and _SIGN.search(line) and len(line.split()) >= 3}
    for name in names:
        name = " ".join((name or "").split())
        for form in (name, name.split(" ", 1)[1] if " " in name else "", "The " + name):
            if len(form) >= NAME_CHARS:
                found.add(_int_key(form))
    return frozenset(found)


def _page_names(html: str) -> list:
    """The names an HTML page states of its site: its ``og:site_name`` (or ``application-name``)
    and its title's last part ("Headline - Site")."""
    found = []
    for meta in _SITE_NAME.findall(html[:50_000]):
        content = _CONTENT.search(meta)
        if content:
            found.append(html_module.unescape(content.group(1) or content.group(2) or ""))
    title = _TITLE.search(html[:50_000])
    if title:
        parts = _TITLE_PARTS.split(html_module.unescape(title.group(1)).strip())
        if len(parts) > 1:
            found.append(parts[-1])
    return [name.strip() for name in found if name.strip()]


class _Counts:
    """The files holding each key: the text files' (the pass's counts) and the HTML pages'."""

    def __init__(self, first: dict, second: dict):
        self.first, self.second = first, second

    def get(self, key, default=0):
        return self.first.get(key, 0) + self.second.get(key, 0) or default


def html_pages(paths: Iterable, walked: Optional[list] = None, edges=None) -> list:
    """The import's HTML pages (up to ``IMPORT_TOP_FILES``) as :class:`_Page`; none past that."""
    return _pages(paths, HTML_SUFFIXES, _html_page, walked, edges)


def mail_pages(paths: Iterable, walked: Optional[list] = None, edges=None) -> list:
    """The import's e-mail messages (``.eml``, up to ``IMPORT_TOP_FILES``) as :class:`_Page`: their
    text's lines (the HTML part's, else the plain one's), their sender's name as the name they state."""
    return _pages(paths, MAIL_SUFFIXES, _mail_page, walked, edges)


def _pages(paths: Iterable, suffixes: tuple, read, walked: Optional[list] = None, edges=None) -> list:
    """The files under ``paths`` whose names end in ``suffixes`` (up to ``IMPORT_TOP_FILES``; none
    past that) as :class:`_Page`, ``read`` giving a file's lines and the names it states from its
    bytes. A file too large to profile, or one ``read`` fails on, is left to its reader to report.
    ``walked``: the files under ``paths``, when the caller has walked them (``folder_profiles.walked_files``);
    ``edges`` (:class:`archive.extract.import_edges.ImportEdges`), if given, receives each file's lines."""
    from archive.readers import walk

    found = []
    for path in walk(paths) if walked is None else walked:
        if not path.name.lower().endswith(suffixes):
            continue
        if len(found) >= IMPORT_TOP_FILES:
            return []
        try:
            if not path.is_file() or path.stat().st_size > MAX_PROFILED_BYTES:
                continue
            lines, names = read(path.read_bytes())
        except Exception:  # an odd page or message is its reader's to report
            continue
        if lines:
            found.append(_Page(os.path.abspath(os.fspath(path)), lines, names))
            if edges is not None:
                edges.add([line.strip() for line in lines])
    return found


def _html_page(data: bytes) -> tuple:
    """An HTML page's lines (:func:`archive.readers.exports.html_lines`) and the names it states."""
    from archive.readers.exports import html_lines
    from archive.readers.html import decode_html

    text = decode_html(data)
    return html_lines(text), _page_names(text)


def _mail_page(data: bytes) -> tuple:
    """A message's lines (its HTML part's, else its plain one's) and its sender's name."""
    import email.utils
    from email import policy
    from email.parser import BytesParser

    from archive.readers.exports import html_lines
    from archive.readers.mail import _body_parts, _header

    message = BytesParser(policy=policy.compat32).parsebytes(data)
    html, plain = _body_parts(message)
    lines = html_lines(html) if html else plain.splitlines()
    sender = email.utils.parseaddr(_header(message, "from"))[0]
    return lines, [sender] if sender else []


def import_orders(found, carried: dict, paths: Iterable, names=None, walked: Optional[list] = None,
                  edges=None) -> dict:
    """``{path: "dmy" or "mdy"}`` for the import's text files (``found``, its
    :class:`archive.extract.collection_pages.CollectionPass`, ``carried`` the names their templates
    write) and its HTML pages and e-mails under ``paths``: the order each one's source group agrees
    on. ``names`` (:class:`archive.extract.import_outlets.ImportNames`, the import's full names of
    acronyms and addresses) joins the pages whose signs it names in full to the pages stating that
    name (:func:`archive.extract.source_names.named_sources`). ``walked``: the files under ``paths``,
    when the caller has walked them; ``edges`` receives the pages' lines (:func:`_pages`)."""
    pages = html_pages(paths, walked, edges) + mail_pages(paths, walked, edges)
    counts = collections.Counter(key for page in pages for key in set(page.keys))
    records = list(found.files) + pages
    signs = {n: record.signs for n, record in enumerate(records) if getattr(record, "signs", None)}
    stored = {n: name_key(name) for n, name in page_names(records, carried).items()}
    if names is not None:
        for n, key in named_sources(_stated(records, names), names).items():
            stored[n] = stored.get(n) or key
    return group_orders(records, _Counts(found.counts, counts), stored, signs)


def _stated(records: list, names) -> dict:
    """``{page number: its signs}``: the names a web page or an e-mail states (its site name, its
    title's last part, its sender), a text file's first and last lines (its masthead, its signature,
    its address)."""
    found = {}
    for n, record in enumerate(records):
        stated = getattr(record, "stated", None)
        if stated is None:
            first, last = names.edges.get(os.path.abspath(record.path), ((), ()))
            stated = tuple(first) + tuple(last)
        if stated:
            found[n] = stated
    return found


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
