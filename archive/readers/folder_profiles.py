"""The passes that read a folder's (or an import's) plain-text files before their articles are read.

What a group of files says of each of its members is learned in :mod:`archive.extract.profile`
(a folder's template, header labels, the order of its numeric dates) and
:mod:`archive.extract.collection_pages` (what the import's pages of one template share); both take
lines. Reading the files is this module's: the import's pass (:meth:`FolderProfiles.learn_import`,
once, before the first article) and a folder's (the first time one of its files is read).
"""

from __future__ import annotations

import collections
import dataclasses
import os
from pathlib import Path
from typing import Iterable, Optional

from archive.extract.collection_pages import CollectionPass
from archive.extract.profile import (
    IMPORT_TOP_FILES, MAX_PROFILED_BYTES, PROFILED_SUFFIXES, GroupProfile, ProfileBuilder, text_lines,
)
from archive.readers.decode import DecodeError, decode_bytes
from archive.extract import import_edges
from archive.extract.import_outlets import ImportNames, learned
from archive.readers.import_names import import_names
from archive.readers.page_groups import import_orders

__all__ = ["FolderProfiles", "collection_pass", "collection_pass_of", "import_tops", "profile_folder"]


def _text_lines(path: Path) -> Optional[list]:
    """The non-blank lines of the text file at ``path``; None where it is no file, too large to be
    an article, unreadable or undecodable."""
    try:
        if not path.is_file() or path.stat().st_size > MAX_PROFILED_BYTES:
            return None
        return text_lines(decode_bytes(path.read_bytes()))
    except (OSError, DecodeError, UnicodeDecodeError):
        return None


def import_tops(paths) -> frozenset:
    """The lines at the head of the import's text files of 3+ different stories, whichever folder
    they are in (:class:`archive.extract.templates.TopCounter`). Nothing where the import's text
    files are all in one folder (its folder's profile counts them) or number over
    ``IMPORT_TOP_FILES`` (not read twice over: each folder's own profile is learned still)."""
    found = collection_pass_of(paths)
    return found.tops.template() if found is not None and found.folders >= 2 else frozenset()


def walked_files(paths) -> Optional[list]:
    """Every file under ``paths`` as ``archive.readers.walk`` finds them, walked once for the import's
    passes (the text files', the full names', the web pages' and e-mails'), each of which walked the
    import on its own before (issue #16); None past ``WALKED_KEPT`` files (each pass then walks as it
    did: they all stop at ``IMPORT_TOP_FILES`` files of their kinds)."""
    from archive.readers import walk

    files = []
    for path in walk(paths):
        files.append(path)
        if len(files) > WALKED_KEPT:
            return None
    return files


WALKED_KEPT = 4 * IMPORT_TOP_FILES  # files kept from one walk (~80,000 paths: a few MB)


def collection_pass_of(paths, walked: Optional[list] = None, edges=None):
    """The pass over the import's text files (:func:`collection_pass`),
    its ``folders`` counted; None where they number over ``IMPORT_TOP_FILES`` or under two.
    ``walked``: the files under ``paths`` (:func:`walked_files`), when the caller has walked them;
    ``edges`` (:class:`archive.extract.import_edges.ImportEdges`), if given, receives each file's lines."""
    from archive.readers import walk

    files = []
    for path in walk(paths) if walked is None else walked:
        if path.name.lower().endswith(PROFILED_SUFFIXES):
            files.append(path)
            if len(files) > IMPORT_TOP_FILES:
                return None
    if len(files) < 2:
        return None
    found = collection_pass(files, edges)
    found.folders = len({path.parent for path in files})
    return found


def collection_pass(files: Iterable, edges=None) -> CollectionPass:
    """The pass over ``files`` (paths of text files): each read and decoded once (its lines given
    to ``edges`` too, if given: the import's repeated edge lines)."""
    found = CollectionPass()
    for path in files:
        lines = _text_lines(path)
        if lines is not None:
            found.add(os.path.abspath(os.fspath(path)), lines)
            if edges is not None:
                edges.add(lines)
    return found


def profile_folder(folder: Path, date_order: Optional[str] = None) -> GroupProfile:
    """The profile of the plain-text files of ``folder`` (:class:`archive.extract.profile.ProfileBuilder`)."""
    builder = ProfileBuilder(date_order)
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return builder.build()
    for name in names:
        if name.startswith(".") or not name.lower().endswith(PROFILED_SUFFIXES):
            continue
        lines = _text_lines(folder / name)
        if lines is not None:
            builder.add_text(lines, name)
    return builder.build()


class FolderProfiles:
    """Profiles of folders of plain-text files, made on first use and kept for the last few."""

    KEEP = 4

    def __init__(self, date_order: Optional[str] = None):
        self.date_order = date_order
        self._cache: collections.OrderedDict = collections.OrderedDict()
        self.import_tops: frozenset = frozenset()  # the running import's head template (import_tops)
        self.import_inner: frozenset = frozenset()  # its inner template (CollectionPass.inner_template)
        self.import_carried: dict = {}  # folder -> {file name: the name its template writes} (learn_import)
        self.import_listings: dict = {}  # folder -> names of its files listing the collection's other pages
        self.import_mastheads: dict = {}  # folder -> {file name: the name of its site line} over the import's folders
        self.import_orders: dict = {}  # folder -> {file name: the order of numeric dates of its template group}
        self.import_signs: dict = {}  # folder -> {file name: its copyright line, one of its template's}
        self.import_names = ImportNames()  # the full names the import writes of acronyms (learn_import)
        self.import_edges: tuple = (frozenset(), frozenset())  # its template's lines at its files' edges (import_edges)

    def learn_import(self, paths) -> None:
        """Learn what the import of ``paths`` says of its text files, in one pass over them
        (:mod:`archive.extract.collection_pages`): the head template (where its files lie in
        several folders: an outlet's pages spread over month folders beside other outlets'),
        merged into every folder's profile; the name each page's template writes; the pages
        listing the others."""
        paths = list(paths)
        walked = walked_files(paths)  # once for the three passes below (None past WALKED_KEPT files)
        edges = import_edges.ImportEdges()  # the lines read below, each file's edges shaped once
        found = collection_pass_of(paths, walked, edges)
        several = found is not None and found.folders >= 2
        self.import_tops = found.tops.template() if several else frozenset()
        self.import_inner = found.inner_template() if several else frozenset()
        self.import_carried, self.import_listings, self.import_mastheads, self.import_orders = {}, {}, {}, {}
        self.import_signs = {}
        if found is not None and found.folders >= 2:
            for path, name in found.site_names().items():  # a site's reader views pooled over its folders
                self.import_mastheads.setdefault(os.path.dirname(path), {})[os.path.basename(path)] = name
        self.import_names = import_names(paths, walked)  # the full names it writes of acronyms (import_outlets)
        learned(self.import_names)
        carried = found.carried() if found is not None else {}
        # the web pages and e-mails form source groups of their own where the text files are too few
        for path, order in import_orders(found or CollectionPass(), carried, paths, self.import_names, walked,
                                         edges).items():
            self.import_orders.setdefault(os.path.dirname(path), {})[os.path.basename(path)] = order
        self.import_edges = edges.learned_keys()  # the outlets' template lines with slots, over all its files
        import_edges.learned(self.import_edges)
        if found is not None:
            for path, name in carried.items():
                self.import_carried.setdefault(os.path.dirname(path), {})[os.path.basename(path)] = name
            for path, line in found.template_signs.items():
                self.import_signs.setdefault(os.path.dirname(path), {})[os.path.basename(path)] = line
            for path in found.listings():
                self.import_listings.setdefault(os.path.dirname(path), set()).add(os.path.basename(path))
        self._cache.clear()

    def __setstate__(self, state) -> None:
        """Unpickled in an extraction process (archive.workers): its import's names are that
        process's too."""
        self.__dict__.update(state)
        learned(state.get("import_names") or ImportNames())
        import_edges.learned(state.get("import_edges"))

    def for_file(self, path) -> Optional[GroupProfile]:
        """The profile of the folder holding ``path`` (a file on disk), or None for members of
        containers and other sources that are not files in a folder."""
        try:
            folder = os.path.dirname(os.path.abspath(os.fspath(path)))
        except TypeError:
            return None
        if folder in self._cache:
            self._cache.move_to_end(folder)
            return self._for_file(self._cache[folder], folder, path)
        profile = profile_folder(Path(folder), self.date_order)
        if self.import_tops - profile.tops:
            profile = dataclasses.replace(profile, tops=profile.tops | self.import_tops)
        if self.import_inner:
            profile = dataclasses.replace(profile, inner=self.import_inner)
        pooled = self.import_mastheads.get(folder)
        if pooled and any(name not in profile.mastheads for name in pooled):
            profile = dataclasses.replace(profile, mastheads={**pooled, **profile.mastheads})  # the folder's own first
        carried, listings = self.import_carried.get(folder), self.import_listings.get(folder)
        if carried or listings:
            profile = dataclasses.replace(profile, carried=carried or {}, listings=frozenset(listings or ()),
                                          template_signs=self.import_signs.get(folder, {}))
        self._cache[folder] = profile
        while len(self._cache) > self.KEEP:
            self._cache.popitem(last=False)
        return self._for_file(profile, folder, path)

    def _for_file(self, profile: GroupProfile, folder: str, path) -> GroupProfile:
        """The folder's profile, with the order of numeric dates the file's template group agrees
        on over the import (:meth:`archive.extract.collection_pages.CollectionPass.date_orders`),
        where no order was given on the command line."""
        order = self.import_orders.get(folder, {}).get(os.path.basename(os.fspath(path)))
        if order and order != profile.date_order and profile.date_order_from != "command-line":
            return dataclasses.replace(profile, date_order=order, date_order_from="inferred")
        return profile
