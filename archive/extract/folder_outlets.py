"""An outlet named by the folder its pages were saved in, where the page names it too.

Collections are often kept one outlet to a folder, the folder named as the site is: by its domain
("globe-and-mail", "sverigesradio"), a short form ("yle" for "Yle News") or its initials ("smh"
for "The Sydney Morning Herald"). A folder's name alone names nothing (it may be "downloads" or
"2019"); it names the outlet only when a line of the page spells the same name: a short line over
the headline (the masthead) whose letters, first word or initials are the folder's name, or a
capitalised run of words anywhere whose letters are exactly the folder's ("Welcome to The Globe
and Mail's comment community" in a folder "globe-and-mail"). Only for outlets the data does not
know, and not for Arabic names (see :func:`archive.extract.outlet_signs.masthead_outlet`).
"""

from __future__ import annotations

import functools
import re
from pathlib import PurePath
from typing import Optional

from archive.extract.outlet_forms import word_initials
from archive.extract.data import small_words
from archive.extract.masthead_lines import OTHER_LINE_CHARS, holds_in_a_row, label_spells, name_words, unknown_masthead
from archive.extract.outlet_names import has_arabic, known_outlet, name_key, plausible_name
from archive.model import collapse_whitespace

MASTHEAD_WORDS = 4  # a masthead is a few words ("The Sydney Morning Herald")
MASTHEAD_CHARS = 40
PHRASE_WORDS = 6  # a name inside a sentence, capitalised words and small joining words
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?|&")


_SITE_FOLDER = re.compile(r"^(?:www\.)?(?:[a-z0-9-]+\.)*?([a-z0-9-]{3,})(?:\.(?:com|org|net|gov|edu|co|ac|[a-z]{2}))+$", re.I)


def folder_label(source_path: Optional[str]) -> Optional[str]:
    """The letters of the folder a file sits in ("globe-and-mail" -> "globeandmail"), or None
    where it cannot name a site: too short, a number, no folder."""
    if not source_path or source_path.startswith("<"):
        return None
    parent = PurePath(source_path).parent.name
    site = _SITE_FOLDER.match(parent)
    label = name_key(site.group(1) if site else parent)  # "judiciary.uk", "www.lakeherald.co.uk": its site's label
    if len(label) < 3 or label.isdigit() or not label.isascii() or not re.search(r"[a-z]", label):
        return None
    return label


def _initials(words: list) -> str:
    return word_initials([w.casefold() for w in words], small_words())


def _candidate(line: str) -> Optional[str]:
    name = unknown_masthead(line)
    return None if not name or has_arabic(name) else name


def folder_spells(source_path: Optional[str], name: str) -> bool:
    """Whether the file's folder is named as ``name`` is: its letters, its first word's, its
    initials ("sbs-news", "sbs", "smh")."""
    label = folder_label(source_path)
    if label is None or not name:
        return False
    words = _WORD.findall(name)
    key = name_key(name)
    return key in (label, "the" + label) or bool(words) and len(words) <= 3 and name_key(words[0]) == label \
        or len(words) >= 3 and _initials(words) == label


FILE_NAME_WORDS = 2  # a name the file's name spells has this many words at least ("NZ Herald")
FILE_NAME_LINES = 2  # and stands among the page's first lines, where a masthead stands
_STEM_PARTS = re.compile(r"\s+[-–—|_·]\s+")  # "Headline _ Site" where a browser saved "|" as "_"
_STEM_TOKENS = re.compile(r"[-_\s.]+")


def file_spells(source_path: Optional[str], name: str, title: Optional[str] = None) -> bool:
    """Whether the file's own name spells ``name`` (a name of two words at least): its first
    words, a slug running on after them ("nzherald-kiwi-woman.txt", "korea-herald-un-camps.txt"),
    or the site's name after a dash, as a browser saves a page under its title ("Headline - The
    Mail & Guardian.txt"). Not where the headline opens with the same words: the slug is the
    headline's ("syria-camp-fire.txt" under a kicker "Syria Camp")."""
    if not source_path or source_path.startswith("<") or len(_WORD.findall(name)) < FILE_NAME_WORDS:
        return False
    key = name_key(name)
    keys = {key, key[3:]} if key.startswith("the") and len(key) > 6 else {key}
    stem = PurePath(source_path).stem
    parts = _STEM_PARTS.split(stem)
    if len(parts) > 1 and name_key(parts[-1]) in keys | {"the" + k for k in keys}:
        return True
    first = [t for t in _STEM_TOKENS.split(stem) if t][:1]
    if first and len(parts) > 1 and label_spells(first[0], name):
        return True  # "LH - headline.txt", "lakeherald - headline.txt": the site's letters, then the headline
    title_key = name_key(title or "")
    letters = ""
    for token in [t for t in _STEM_TOKENS.split(stem) if t][:-1]:  # a slug goes on after the name
        letters += name_key(token)
        if letters in keys:
            return not (title_key and title_key.startswith(letters))
        if not any(k.startswith(letters) for k in keys):
            return False
    return False


def saved_title_site(source_path: Optional[str], title: Optional[str], lines: list) -> Optional[str]:
    """The site a file's name gives after the headline, as a browser saves a page under its
    ``<title>`` ("Ferry runs again - The Lake Herald.txt" over the headline "Ferry runs again"),
    where a short line of the page names it again ("More from The Lake Herald", a copyright line);
    else None. A name after the headline alone may be its author's or a section's."""
    if not source_path or source_path.startswith("<") or not title:
        return None
    parts = _STEM_PARTS.split(PurePath(source_path).stem)
    if len(parts) < 2 or name_key(" ".join(parts[:-1])) != name_key(title)[:len(name_key(" ".join(parts[:-1])))] \
            or len(name_key(" ".join(parts[:-1]))) < SAVED_TITLE_CHARS:
        return None
    from archive.extract.bylines import person_name  # (bylines reads the outlets: imported when used)

    name = unknown_masthead(parts[-1])
    if not name or has_arabic(name) or person_name(name):
        return None  # "Ferry runs again - Jane Doe.txt": its author
    sequence = name_words(name)
    return name if any(len(line) <= OTHER_LINE_CHARS and not re.search(r"[.!?]$", line)
                       and holds_in_a_row(line, sequence) for line in lines) else None  # not an author's box


SAVED_TITLE_CHARS = 12  # the headline's part of a saved page's file name: some words at least


def folder_outlet(source_path: Optional[str], header: list, lines: list) -> Optional[str]:
    """The outlet the file's folder or its own name names and the page spells (module doc), else
    None.

    ``header`` are the lines over the headline, ``lines`` the whole page's (the headline is the
    line after the header's)."""
    title = lines[len(header)] if len(lines) > len(header) else None
    for at, line in enumerate(header):
        name = _candidate(line)
        if name is None:
            continue
        if folder_spells(source_path, name) or at < FILE_NAME_LINES and (
                file_spells(source_path, name, title) or _last_word_spells(source_path, name)):
            return name
    label = folder_label(source_path)
    if label is None:
        return None
    for line in lines:
        if len(line) > 300:
            continue
        found = _phrase(line, label)
        if found:
            return found
    return None


def _last_word_spells(source_path: Optional[str], name: str) -> bool:
    """Whether the folder is named as the last word of a masthead of two or three words standing
    among the page's first lines ("Jamaica Gleaner" in a folder "gleaner"): the masthead's full
    name, not the short one the text calls the outlet by ("provided to The Gleaner")."""
    label = folder_label(source_path)
    words = [w for w in _WORD.findall(name) if w.casefold() not in small_words()]
    return label is not None and 2 <= len(words) <= 3 and name_key(words[-1]) == label \
        and label not in _place_keys()  # a folder "syria" under "Inside Syria": a topic, not the site


_PLACE_TYPES = {"town", "village", "city", "camp", "prison", "province", "district", "country", "region", "river",
                "dam", "border crossing", "military base", "oil field", "governorate", "neighbourhood"}


@functools.lru_cache(maxsize=None)
def _place_keys() -> frozenset:
    """name_keys of the gazetteer's places (``archive/data/gazetteer.txt``), every spelling."""
    from archive.extract.data import data_lines

    keys = set()
    for line in data_lines("gazetteer.txt"):
        parts = [part.strip() for part in line.split("|")]
        if len(parts) >= 2 and parts[0] in _PLACE_TYPES:
            keys.update(name_key(name) for name in [parts[1]] + parts[3:] if name)
    return frozenset(keys - {""})


def _phrase(line: str, label: str) -> Optional[str]:
    """A run of words in ``line``, capitalised at both ends, whose letters are ``label`` (a name
    of several words; a single word matching the folder is too weak a sign inside a sentence)."""
    matches = list(_WORD.finditer(line))
    for i, first in enumerate(matches):
        if not first.group()[0].isupper():
            continue
        letters = ""
        for j in range(i, min(i + PHRASE_WORDS, len(matches))):
            word = re.sub(r"['’]s$", "", matches[j].group())
            letters += name_key(word)
            if not label.startswith(letters) and not ("the" + label).startswith(letters):
                break
            if letters in (label, "the" + label) and j > i and word[0].isupper():
                name = line[first.start():matches[j].start() + len(word)]
                if known_outlet(name):
                    return known_outlet(name)
                if has_arabic(name) or not plausible_name(name):
                    return None
                return collapse_whitespace(name)
    return None
