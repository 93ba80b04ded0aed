"""One outlet, one name over an import: an acronym named by the full name the import writes for it.

A collection saved by one person mixes the formats one outlet reaches them in: a wire's pages whose
masthead is its letters alone ("XYZ WIRE", "(XYZ)" in a dateline), a spreadsheet whose Source cells
say "XYZ" on one row and "Xavier Yellow Zebra" on the next, a forwarded e-mail whose note names the
wire in full, a press release signed "XYZ Press Office" whose boilerplate says "Xavier Yellow Zebra
(XYZ) is ...". A reader of the collection takes every one of them for one outlet and names it in
full. A page alone cannot (its own text may never spell the name); the import can.

Before the first article, the import's files are read once (:func:`learn`, called by
:meth:`archive.readers.folder_profiles.FolderProfiles.learn_import`) for the full names they write
of an acronym, in any format (text, HTML, e-mail, CSV, JSON Lines):

- an acronym defined beside its name: "Full Name (ACR)", "ACR - Full Name", "Full Name - ACR";
- a name standing where an outlet's name stands: a CSV or JSON Lines outlet cell, a text file's
  first or last short lines (its masthead, its copyright holder), an e-mail's sender name.

A name counts when its capitalised words' initials are the acronym's letters (small joining words
aside: :func:`archive.extract.outlet_acronyms.expansions`), a name written in capitals alone being
no expansion. An outlet the data does not know that is an acronym, alone, in brackets or followed
by a word saying what kind of service it is or which desk sent it
(``archive/data/outlet_acronym_words.txt``: "WIRE", "News", "Press Office"), is named by the one
full name the import writes for those letters; where it writes two or more different ones, the
letters are ambiguous and the acronym is kept.

A text file that names no outlet but closes with a signature of letters ("— XYZ") or its site's
address ("xyzreview.org/notes") takes the name the import writes in full for that sign
(:func:`archive.extract.source_names.signed_site`, round 29).

The names learned apply to the files of that import only (its paths: another import of the same
process learns its own).
"""

from __future__ import annotations

import functools
import os
import re
from typing import Iterable, Optional

from archive.extract.acronym_shapes import ACRONYM, NAME_PARTS, PAIRED, expansions, name_runs, run_initials
from archive.extract.web_hosts import SITE_DOMAIN, site_host

# "Full Name (ACR)": the acronym in brackets after the words it abbreviates
_DEFINED = re.compile(r"\(\s*([A-Z][A-Z&]{1,5})\s*\)")
BEFORE_CHARS = 90  # the words before a bracketed acronym read for its name
EDGE_LINES = 3  # a text file's first and last lines read as where its outlet's name stands
EDGE_CHARS = 80
FOOT_LINES = 6  # a text file's last lines, where its copyright line stands
MIN_SITE_FILES = 2  # a masthead other files of the import state as their site's this many times
NAME_WORDS = 8


class ImportNames:
    """``{acronym: {full name, ...}}`` an import writes, with the import's roots."""

    def __init__(self, roots: Iterable = ()):
        self.roots = tuple(os.path.abspath(os.fspath(root)) for root in roots)
        self.names: dict = {}
        self.sites: dict = {}  # case-folded name -> the files (or rows) stating it as their site's
        self.forms: dict = {}  # case-folded name -> as written
        self.hosts: dict = {}  # a site's host ("lakesidepost.net") -> the site names its files state beside it
        self.edges: dict = {}  # a text file's absolute path -> (its first lines, its last lines)

    def add_site(self, name: str, where: str) -> None:
        """``name`` stated by ``where`` (a file, a row) as its site's own: an og:site_name, a sender's
        name, an outlet cell, a text file's first line."""
        name = re.sub(r"\s+", " ", str(name or "")).strip()
        if name and len(name) <= EDGE_CHARS and len(name.split()) <= NAME_WORDS:
            self.sites.setdefault(name.casefold(), set()).add(where)
            if name.casefold() not in self.forms or name[:1].isupper():
                self.forms[name.casefold()] = name

    def add_host(self, url: str, name: str) -> None:
        """A site name a file states beside its own address (a row's URL and outlet cells, a web
        page's og:url or canonical link and og:site_name)."""
        host = site_host(url)
        name = re.sub(r"\s+", " ", str(name or "")).strip()
        if host and name and not SITE_DOMAIN.fullmatch(name.casefold()) and len(name) <= EDGE_CHARS:
            self.hosts.setdefault(host, set()).add(name)

    def add_edges(self, path: str, lines: list) -> None:
        """A text file's first and last short lines (:func:`masthead_over_holder`)."""
        lines = [re.sub(r"\s+", " ", line).strip() for line in lines if line.strip()]
        self.edges[os.path.abspath(path)] = (tuple(lines[:EDGE_LINES]), tuple(lines[-FOOT_LINES:]))
        if lines:
            self.add_site(lines[0], os.path.abspath(path))

    def stated_elsewhere(self, name: str, path: Optional[str]) -> int:
        """How many files (rows) other than ``path`` state ``name`` as their site's."""
        where = os.path.abspath(path) if path else None
        stated = self.sites.get(name.casefold()) or ()
        return len(stated) - (where in stated)  # no copy of the set: it is asked for each article (issue #16)

    def add_defined(self, text: str) -> None:
        """The acronyms ``text`` defines beside their names ("Full Name (ACR)", "ACR - Full Name")."""
        for line in str(text or "").splitlines():
            if "(" in line:
                for match in _DEFINED.finditer(line):
                    before = line[max(0, match.start() - BEFORE_CHARS):match.start()].rstrip()
                    self._add(match.group(1), before, at_end=True)
            line = line.strip()
            if 0 < len(line) <= EDGE_CHARS:
                for pattern in PAIRED:
                    paired = pattern.match(line)
                    if paired:
                        self._add(paired.group("acronym"), paired.group("name"))

    def add_name(self, name: str) -> None:
        """A name standing where an outlet's name stands (a cell, an edge line, a sender): counted
        for every acronym its initials spell."""
        name = re.sub(r"\s+", " ", str(name or "")).strip()
        if not name or len(name) > EDGE_CHARS or len(name.split()) > NAME_WORDS:
            return
        acronym = paired_acronym(name)
        if acronym:
            self._add(acronym, name)
            return
        for part in NAME_PARTS.split(name):  # "© 2024 Full Name. All rights reserved.": its parts
            for run in name_runs(part):
                letters = run_initials(run)
                if 2 <= len(letters) <= 6:
                    self._add(letters.upper(), " ".join(run))

    def _add(self, acronym: str, text: str, at_end: bool = False) -> None:
        for name in expansions(acronym, [text]):
            if at_end and not text.rstrip(" ,;:").endswith(name):
                continue  # the name must stand just before the bracket
            self.names.setdefault(acronym.upper(), set()).add(_clean(name))
            return

    def covers(self, source_path: Optional[str]) -> bool:
        if not source_path or not self.roots:
            return False
        where = os.path.abspath(str(source_path))
        return any(where == root or where.startswith(root.rstrip(os.sep) + os.sep) for root in self.roots)

    def full_name(self, acronym: str) -> Optional[str]:
        """The one full name the import writes for ``acronym``, else None."""
        found = self.names.get(acronym.upper()) or set()
        forms = {name.casefold(): name for name in found}
        return next(iter(forms.values())) if len(forms) == 1 else None


def _clean(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip(" ,;:-–—|·")


def paired_acronym(name: str) -> Optional[str]:
    for pattern in PAIRED:
        match = pattern.match(name)
        if match and expansions(match.group("acronym"), [match.group("name")]):
            return match.group("acronym")
    return None


_CURRENT = [ImportNames()]


def learned(names: ImportNames) -> None:
    """Make ``names`` the running import's (its files are the ones it covers)."""
    _CURRENT[0] = names


def current() -> ImportNames:
    return _CURRENT[0]


@functools.lru_cache(maxsize=None)
def _words() -> dict:
    from archive.extract.data import folded_sections

    return folded_sections("outlet_acronym_words.txt")


def acronym_part(outlet: Optional[str]) -> Optional[str]:
    """The acronym ``outlet`` is, in brackets or followed by a kind or desk word ("XYZ WIRE",
    "(XYZ)", "XYZ Press Office"); else None."""
    name = re.sub(r"\s+", " ", (outlet or "")).strip()
    bracketed = re.fullmatch(r"\(\s*([A-Z][A-Z&]{1,5})\s*\)", name)
    if bracketed:
        return bracketed.group(1)
    first, _, rest = name.partition(" ")
    if not ACRONYM.fullmatch(first):
        return None
    rest = rest.strip(" -–—|·:").casefold()
    kinds = _words().get("kind", ())
    if not rest or rest in kinds or rest in _words().get("office", ()) or all(w in kinds for w in rest.split()):
        return first  # "XYZ WIRE", "XYZ Press Office", "XYZ Morning Wire" (a service's words only)
    return None


def office_name(outlet: Optional[str]) -> Optional[str]:
    """``outlet`` without a desk's words after an organisation's name ("Full Name Press Office":
    "Full Name"), where two capitalised words at least are left; else None. A desk of one word
    ("Media", "Press") is read after an acronym only: after a name it may be the name's own
    ("Rogers Sports & Media", "Winnipeg Free Press")."""
    name = re.sub(r"\s+", " ", (outlet or "")).strip()
    folded = name.casefold()
    for office in sorted((o for o in _words().get("office", ()) if " " in o), key=len, reverse=True):
        if folded.endswith(" " + office):
            rest = name[:len(name) - len(office)].strip(" -–—|·:,")
            if len([w for w in rest.split() if w[:1].isupper()]) >= 2:
                return rest
    return None


def import_expanded(outlet: Optional[str], raw, known) -> Optional[str]:
    """``outlet`` named by the import's one full name for its acronym (module doc), or without a
    desk's words, a qualifier the import's other files leave out, or the page's masthead where the
    import knows the masthead and ``outlet`` is its footer's company; else ``outlet``."""
    names = current()
    path = getattr(raw, "source_path", None)
    covered = names.covers(path)
    if not outlet and covered:
        from archive.extract.import_sites import dateline_site

        found = dateline_site(names, getattr(raw, "body", None), path)  # "Place – Site Name:" opening the text
        if found:
            return found
        from archive.extract.import_sites import role_site

        found = role_site(names, getattr(raw, "body", None), path, raw)  # "X is a correspondent for Site Name."
        if found:
            return found
        if (getattr(raw, "source_format", None) or "").lower() == "html":
            return collection_masthead(names, path)
        from archive.extract.source_names import signed_site

        return signed_site(names, path)  # "— XYZ" or "xyzreview.org/notes" closing a note: the name in full
    if not outlet or known(outlet):
        return outlet
    if covered:
        from archive.extract.import_sites import fuller_site

        outlet = fuller_site(names, outlet, path) or outlet  # "Site" of the "Site Name" the import's files state
    acronym = acronym_part(outlet)
    if acronym and not known(acronym):
        full = names.full_name(acronym) if covered else None
        if full:
            return full
        rest = outlet.strip().partition(" ")[2].strip(" -–—|·:").casefold()
        office = rest in _words().get("office", ()) and " " in rest  # "XYZ PRESS" may be a name in capitals
        return acronym if office else outlet  # "XYZ Press Office": XYZ
    if covered:
        outlet = site_of_domain(outlet, names) or outlet
        outlet = unqualified(outlet, names, path, known) or outlet
        outlet = masthead_over_holder(outlet, names, path, known) or outlet
    return office_name(outlet) or outlet


def _letters(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.casefold())


def site_of_domain(outlet: str, names: ImportNames) -> Optional[str]:
    """The site name the import's files state for ``outlet``, a bare domain in lower case: the one
    name stated beside an address on that host (a row's URL and outlet cells, a web page's og:url
    and og:site_name), else the one site name another file states whose letters are the domain's
    label ("lakesidepost.net": "The Lakeside Post"); else None. A bare address is no name: the
    collection tells the name it stands for. The domain's label alone in lower case ("al" stated
    for "al.com") is the CMS's slug, no name: the address stays (round 30)."""
    match = SITE_DOMAIN.fullmatch(outlet.strip())
    if not match or outlet != outlet.lower():
        return None
    label = match.group("label").replace("-", "")
    stated = {name.casefold(): name for name in names.hosts.get(site_host(outlet), ())
              if not (name == name.lower() and _letters(name) == label)}  # the label alone, as a CMS writes it
    if len(stated) == 1:
        return next(iter(stated.values()))  # the name the site's own rows or pages state beside its address
    found = {}
    for key, where in names.sites.items():
        letters = _letters(key)
        written = names.forms.get(key) or key
        if letters in (label, "the" + label) and not SITE_DOMAIN.fullmatch(key) \
                and not (written == written.lower() and letters == label):
            found.setdefault(letters, []).append(key)
    spelled = [key for keys in found.values() for key in keys]
    if len({_letters(k) for k in spelled}) != 1:
        return None
    return names.forms.get(max(spelled, key=lambda k: len(names.sites[k])))


_QUALIFIED = re.compile(r"^(?P<name>[^()]{2,60}?)\s*\((?P<qualifier>[^()]{2,40})\)$")


def unqualified(outlet: str, names: ImportNames, path, known) -> Optional[str]:
    """"Name (Place)": "Name" where the data knows it or another file of the import states it as
    its site's name; the bracket tells one "Name" from another, it is not the name. Else None."""
    match = _QUALIFIED.match(outlet.strip())
    if not match or acronym_part("(" + match.group("qualifier") + ")"):
        return None  # "Full Name (ACR)" is another shape (outlet_acronyms)
    name = match.group("name").strip(" -–—|·:,")
    if known(name) or names.stated_elsewhere(name, path):
        return name
    return None


def masthead_over_holder(outlet: str, names: ImportNames, path, known) -> Optional[str]:
    """The masthead on a text file's first line where ``outlet`` is the holder of its copyright
    line (its parent company: "© 2024 Parent Media Group") and ``MIN_SITE_FILES`` other files of
    the import state the masthead as their site's name (their og:site_name, their first line, a
    sender's name): the collection knows the site by its masthead. Else None."""
    edges = names.edges.get(os.path.abspath(path)) if path else None
    if not edges or not edges[0]:
        return None
    head, foot = edges
    masthead = head[0]
    key = outlet.casefold()
    if masthead.casefold() == key or known(masthead) or not _masthead(masthead):
        return None
    if not any(key in line.casefold() and _COPYRIGHT.search(line) for line in foot):
        return None
    if names.stated_elsewhere(masthead, path) >= MIN_SITE_FILES and not names.stated_elsewhere(outlet, path):
        return masthead
    return None


_COPYRIGHT = re.compile(r"©|\(c\)|&#169;|\bcopyright\b", re.I)


def _masthead(line: str) -> bool:
    from archive.extract.collection_outlets import masthead_name

    return masthead_name(line) == line


def collection_masthead(names: ImportNames, path) -> Optional[str]:
    """The first line of a web page that names no outlet, where ``MIN_SITE_FILES`` other files of
    the import state it as their site's name and it reads as a masthead
    (:func:`archive.extract.collection_outlets.masthead_name`): the collection's masthead over a
    page saved without its metadata. Else None."""
    edges = names.edges.get(os.path.abspath(path)) if path else None
    if not edges or not edges[0]:
        return None
    masthead = edges[0][0]
    if names.stated_elsewhere(masthead, path) >= MIN_SITE_FILES and _masthead(masthead):
        return masthead
    return None
