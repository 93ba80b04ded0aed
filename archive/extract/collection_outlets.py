"""An outlet learned from the collection: the masthead a group's pages repeat.

A real collection holds many pages of each outlet, saved the same way: the masthead over the
headline, or the "Name" line closing the page, stands in every one of them. One page alone cannot
tell a masthead from a kicker or a menu line; a group (a folder of text files) can. The group's
profile (:mod:`archive.extract.profile`) counts, in its first pass over the folder, the short lines
at each file's edges (its first and last lines). A line is the group's masthead when:

- it stands at the edges of at least ``MIN_RECORDS`` files, and no file of the group holds it
  anywhere else (no file uses it as text);
- those files are different stories (their longest lines differ: copies of one story repeat
  their headline, and a headline is no masthead);
- it looks like a name: a few words, every word but the small ones capitalised, no sentence, no
  page furniture (a call to action, a line the boilerplate data knows, a word of the page's
  controls: ``archive/data/interface_words.txt`` and page_furniture.txt's widget words), no
  section's or place's words alone, nothing the outlet refusals refuse (a person's name).

A reader view's site line ("lakeherald.com", the one line of the site's furniture its pages keep)
takes the name its label spells that stands at the edges of the group's other pages, the two at the
edges of ``MIN_RECORDS`` files at least (:func:`site_lines`); a page in another script than the name
(the site's other edition) is lent nothing.

A name the data knows comes back as its canonical name. The masthead names the outlet of a file
that holds it and has no outlet from a stronger sign (:func:`collection_outlet`, called when the
article is built, after the page's own signs).
"""

from __future__ import annotations

import functools
import re
from pathlib import PurePath
from typing import Optional

from archive.model import collapse_whitespace

MIN_RECORDS = 3  # the masthead is at the edges of this many files of the group at least
EDGE_LINES = 3  # the lines counted at each end of a file
HEAD_LINES = 8  # and over its first date line, where a menu's lines may stand over the masthead
MASTHEAD_WORDS = 6
MASTHEAD_CHARS = 60
EDGE_WORDS, EDGE_CHARS = 12, 100  # an edge line counted: a name with its tagline beside it at most
_SIDE = re.compile(r"\s+[|–—-]\s+")
ACRONYM_CHARS = 4  # an unknown name of one word has this many letters at least
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_SENTENCE = re.compile(r"[.!?:;,|>»›…]$")


def edge_lines(lines: list, date_at: Optional[int] = None) -> list:
    """A file's short lines at its head and foot, as ``(index, line)``: the places where a masthead
    stands (its first lines, or all over its first date line at ``date_at``, if that is lower;
    its last lines)."""
    found = []
    top = max(EDGE_LINES, min(date_at or 0, HEAD_LINES))
    at = list(range(min(top, len(lines)))) + list(range(max(top, len(lines) - EDGE_LINES), len(lines)))
    for i in at:
        line = collapse_whitespace(lines[i])
        if line and len(line) <= EDGE_CHARS and len(line.split()) <= EDGE_WORDS:
            found.append((i, line))
    return found


@functools.lru_cache(maxsize=None)
def _section_words() -> frozenset:
    from archive.extract.data import data_lines

    return frozenset(word.casefold() for word in data_lines("section_words.txt"))


@functools.lru_cache(maxsize=None)
def _interface_words() -> frozenset:
    from archive.extract.data import data_lines, data_sections

    words = set(data_lines("interface_words.txt")) | set(data_sections("page_furniture.txt").get("weak", ()))
    return frozenset(word.casefold() for word in words if " " not in word)


@functools.lru_cache(maxsize=None)
def _desk_ends() -> frozenset:
    from archive.extract.data import data_sections

    return frozenset(w.casefold() for w in data_sections("header_labels.txt").get("desk_ends", ()) if " " not in w)


def _furniture(line: str) -> bool:
    """A line the boilerplate data or the line classifier calls furniture."""
    from archive.extract import boilerplate, paragraphs

    if boilerplate.is_junk_line(line) or boilerplate.is_trailer_line(line) or boilerplate.is_trailer_marker(line):
        return True
    return paragraphs.judge(line, frozenset()).furniture is not None


def masthead_name(line: str) -> Optional[str]:
    """The outlet's name a repeated edge line writes (module doc), the data's canonical name where
    it knows it; else None."""
    from archive.extract.data import small_words
    from archive.extract.outlet_names import has_arabic, known_outlet, plausible_name

    from archive.extract.outlet_trailers import trailed_outlet

    line = collapse_whitespace(line or "")
    known = known_outlet(line) or trailed_outlet(line) or _known_before_labels(line)
    if known:
        return known
    parts = _SIDE.split(line)
    if len(parts) > 1:
        if len(parts) > 2 or not _tagline(parts[1]):
            return None  # "Syria - Iraq", "Home | Contact": a kicker's or a menu's parts, no name
        line = parts[0]  # "Tigris Ledger | voices of the river": the name beside its tagline
        known = known_outlet(line)
        if known:
            return known
    words = _WORD.findall(line)
    if not words or len(words) > MASTHEAD_WORDS or len(line) > MASTHEAD_CHARS or _SENTENCE.search(line) \
            or has_arabic(line) or not re.search(r"[^\W\d_]", line):
        return None
    content = [w for w in words if w.casefold() not in small_words()]
    if not content or not all(w[:1].isupper() or w[:1].isdigit() for w in content) or not words[0][:1].isupper():
        return None  # "Skip to content", "CNN values your feedback": a sentence's words, not a name's
    if not plausible_name(line) or _furniture(line):
        return None
    if all(w.casefold() in _section_words() for w in content) or _place(line):
        return None  # a section's label ("World News") or a place's name ("Deir ez-Zor") over the headline
    from archive.extract.masthead_lines import masthead_name as page_masthead
    from archive.extract.outlet_refusals import refused

    if any(w.casefold() in _interface_words() for w in words):
        return None  # "Accessibility Help", "Sign In", "Follow Us": the site's controls
    if len(content) > 1 and content[-1].casefold() in _desk_ends() - _name_ends():
        return None  # "Euphrates Desk", "Gulf Bureau": a desk's credit (header_labels.txt [desk_ends]),
        # unless outlets' names end so ("The Syria Report")
    if len(words) == 1 and len(words[0]) < ACRONYM_CHARS:
        return None  # "LG", "MD": a size control's letters; an unknown acronym alone names nothing
    if not _proper(content):
        return None  # "Democracy Dies in Darkness": a tagline of common words, not a name
    name = page_masthead(line)
    if not name or refused(name):
        return None
    return known_outlet(name) or name


def _known_before_labels(line: str) -> Optional[str]:
    """The known outlet opening ``line`` where only labels follow it: a section's words, an
    edition's, the page's controls ("Xinhua Headlines", "NPR Shop", "Save the Children UK"
    where "UK" is an edition's country is not among them), else None."""
    from archive.extract.outlet_names import known_outlet

    matches = list(_WORD.finditer(line))
    labels = _section_words() | _interface_words() | _edition_words()
    for k in range(len(matches) - 1, 0, -1):
        rest = [m.group().casefold() for m in matches[k:]]
        if not all(word in labels for word in rest):
            break
        known = known_outlet(line[:matches[k - 1].end()])
        if known:
            return known
    return None


@functools.lru_cache(maxsize=None)
def _edition_words() -> frozenset:
    from archive.extract.data import data_lines

    return frozenset(word.casefold() for line in data_lines("edition_suffixes.txt") for word in line.split())


NAME_END_OUTLETS = 3  # a word ending this many known outlets' names is a masthead's noun ("Courier")


def _proper(content: list) -> bool:
    """Whether a name's words hold a proper noun (a word no common English word: "Harran"), or end
    on a masthead's noun: a word that ends the names of several outlets the data knows
    ("Ledger", "Times"). A line of common words alone ("Democracy Dies in Darkness") is a tagline."""
    from archive.extract.data import english_words

    english = english_words()
    if any(not _common(w.casefold(), english) for w in content):
        return True
    return content[-1].casefold() in _name_ends()


_ENDINGS = (("ness", ""), ("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"))


def _common(word: str, english: frozenset) -> bool:
    """A common English word, or one of its forms the word list leaves out ("dies", "darkness")."""
    return word in english or any(word.endswith(end) and len(word) - len(end) >= 3 and word[:-len(end)] + add in english
                                  for end, add in _ENDINGS)


@functools.lru_cache(maxsize=None)
def _name_ends() -> frozenset:
    """The words that end ``NAME_END_OUTLETS`` or more of the data's outlets' names."""
    import collections

    from archive.extract.outlet_names import outlet_table

    names = set(outlet_table().names.values())
    ends = collections.Counter(words[-1].casefold() for words in (_WORD.findall(n) for n in names) if len(words) > 1)
    return frozenset(word for word, count in ends.items() if count >= NAME_END_OUTLETS)


def _tagline(part: str) -> bool:
    """A tagline beside a name: words of a phrase, some of them not capitalised ("voices of the
    river", "Independent news since 1998"), no name of its own."""
    from archive.extract.data import small_words

    words = _WORD.findall(part)
    return len(words) >= 2 and any(w[:1].islower() and w.casefold() not in small_words() for w in words)


def _place(line: str) -> bool:
    from archive.extract.folder_outlets import _place_keys
    from archive.extract.outlet_names import name_key

    return name_key(line) in _place_keys()


def mastheads(edges: dict, totals, stories: dict, texts: dict, beside: dict, titles=frozenset()) -> dict:
    """The group's mastheads: ``{line key: name}`` for the edge lines (``edges``: key -> files with
    it at an edge) that no file holds elsewhere (``totals``: key -> files holding it anywhere), in
    files of different stories (``stories``: key -> their longest lines' keys), that stand alone,
    not inside a menu (``beside``: key -> the keys of the lines over and under it in some of its
    files, and whether it stands in the file's first half: a line between two lines every page
    repeats is the menu's link, unless it is a known outlet in the head), never standing where a
    headline stands in any of them (``titles``: keys met just over a file's first date line: a
    story's headline the other pages list under "Related"), and that read as names (``texts``:
    key -> the line)."""
    from archive.extract.outlet_names import is_known

    found = {}
    for key, count in edges.items():
        if count < MIN_RECORDS or totals.get(key, 0) > count or len(stories.get(key, ())) < MIN_RECORDS \
                or key in titles:
            continue
        name = masthead_name(texts[key])
        if not name:
            continue
        if beside.get(key) and all(totals.get(over, 0) >= MIN_RECORDS and totals.get(under, 0) >= MIN_RECORDS
                                   and not (head and is_known(name)) for over, under, head in beside[key]):
            continue  # a name inside a menu: a link ("Today's Paper"), a sister site in the footer's list
            # ("Al Jazeera Balkans"); a name the data knows inside the head's menu is the site's masthead
        found[key] = name
    for key, name in site_lines(edges, texts).items():
        found.setdefault(key, name)
    return found


SITE_LABEL_CHARS = 6  # a site's label long enough to spell a name by itself
_HOST_LINE = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,12}/?$", re.I)
_NAME_RUN = re.compile(r"(?<!\w)[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){1,3}")


def site_lines(edges: dict, texts: dict) -> dict:
    """``{line key: name}`` for a reader view's site line (:func:`host_names`) and for an acronym
    line whose expansion the group's other pages write at their edges (:func:`acronym_lines`)."""
    found = acronym_lines(edges, texts)
    for key, name in host_names(edges, texts).items():
        found.setdefault(key, name)
    return found


def host_names(edges: dict, texts: dict) -> dict:
    """``{line key: name}`` for a reader view's site line ("lakeherald.com", all its page keeps of
    the site's furniture) at the edges of some of the group's files, where a name its label spells
    (accents folded: :func:`archive.extract.outlet_names.name_key`) stands at the edges of other
    files of the group ("LAKE HERALD" over the menu, "Lake Herald is part of ..." at the foot): the
    site line and the name together at the edges of ``MIN_RECORDS`` files at least. The name is
    written as a line writes it in mixed case, else in capitals' title case."""
    from archive.extract.outlet_names import name_key

    hosts = {}
    for key, text in texts.items():
        text = collapse_whitespace(text or "")
        if _HOST_LINE.match(text):
            labels = {part.replace("-", "").casefold() for part in text.rstrip("/").split(".")[:-1]
                      if len(part) >= SITE_LABEL_CHARS}
            if labels:
                hosts[key] = labels
    if not hosts:
        return {}
    wanted = set().union(*hosts.values())
    spelled = []  # (line key, run) of the runs of the other lines that spell a label, in the lines' order
    for other, text in texts.items():
        if other not in hosts:
            runs = ((run, name_key(run)) for run in _runs(collapse_whitespace(text or "")))
            spelled.extend((other, run, label) for run, label in runs if label in wanted)
    found = {}
    for key, labels in hosts.items():
        most, written = 0, []  # the files of the line writing the name most often (two lines may share a file)
        for other, run, label in spelled:
            if label in labels:
                most = max(most, edges.get(other, 0))
                written.append(run)
        if written and edges.get(key, 0) + most >= MIN_RECORDS:
            mixed = [name for name in written if not name.isupper() and all(w[0].isupper() for w in name.split())]
            found[key] = mixed[0] if mixed else written[0].title()
    return found


ACRONYM_LETTERS = 3  # an acronym expanded over the collection has this many letters at least ("UN" names too much)
_ACRONYM_LINE = re.compile(r"(?:(?:©|\(c\)|copyright)\s*)?(?:(?:19|20)\d\d\s+)?([A-Z][A-Z&]{2,5})(?:\s+(?:19|20)\d\d)?\.?", re.I)
_CAPITALS = re.compile(r"[A-Z&][A-Z&]+")


def acronym_lines(edges: dict, texts: dict) -> dict:
    """``{line key: name}`` for a group's edge lines that are an acronym alone, or a copyright line
    holding one ("NSDO" as a logo, "© NSDO 2024"), where the group's edge lines write one name whose
    capitalised words' initials are its letters, and one only ("Lake Valley News Agency" over other
    pages of the same site, "© 2024 Lake Valley News Agency"), standing at the edges of
    ``MIN_RECORDS`` files with the acronym's lines at least: the site's masthead written two ways.
    Two expansions of one acronym name two outlets: neither is lent."""
    from archive.extract.outlet_acronyms import expansions
    from archive.extract.outlet_names import name_key

    acronyms = {}
    for key, text in texts.items():
        match = _ACRONYM_LINE.fullmatch(collapse_whitespace(text or ""))
        if match and _CAPITALS.fullmatch(match.group(1)) and len(match.group(1)) >= ACRONYM_LETTERS:
            acronyms[key] = match.group(1)
    if not acronyms:
        return {}
    wanted = set(acronyms.values())
    written = {acronym: {} for acronym in wanted}  # acronym -> {name key: [name, files at whose edges]}
    for key, text in texts.items():
        if key in acronyms:
            continue
        text = collapse_whitespace(text or "")
        firsts = {w[0] for w in text.split() if w[:1].isupper()}
        for acronym in wanted:
            if not set(acronym.replace("&", "")) <= firsts:
                continue
            for name in expansions(acronym, [text])[:1]:
                entry = written[acronym].setdefault(name_key(name), [name, 0])
                entry[1] += edges.get(key, 0)
    found, spelled = {}, {}
    for key, acronym in acronyms.items():
        names = [entry for entry in written[acronym].values() if _outlet_like(entry[0])]
        if len(names) == 1 and names[0][1] + edges.get(key, 0) >= MIN_RECORDS:
            found[key] = spelled[acronym.casefold()] = names[0][0]
    for key, text in texts.items():  # a reader view's site line on the acronym's domain ("lvna-news.com")
        text = collapse_whitespace(text or "")
        if spelled and key not in found and _HOST_LINE.match(text):
            label = text.rstrip("/").split(".")[-2].casefold()
            names = {spelled[part] for part in label.split("-") if part in spelled}
            if len(names) == 1:
                found[key] = names.pop()
    return found


def _outlet_like(name: str) -> bool:
    """A name an expansion gives that can be an outlet's: a few words, a name's shape."""
    from archive.extract.outlet_names import plausible_name

    return len(name.split()) <= 2 * MASTHEAD_WORDS and plausible_name(name)


def _runs(line: str):
    """The runs of two to four words in a line, each from every word on ("Lake Herald is part of")."""
    for match in _NAME_RUN.finditer(line):
        words = match.group().split()
        for i in range(len(words) - 1):
            for j in range(min(len(words), i + 4), i + 1, -1):
                yield " ".join(words[i:j])


def collection_outlet(raw) -> Optional[str]:
    """The masthead the record's group repeats and its own file holds (module doc), else the name
    the copyright line of the template it holds writes (:mod:`archive.extract.collection_pages`),
    else None."""
    from archive.extract.domain_names import record_domain_outlet

    profile = getattr(raw, "profile", None)
    held = getattr(profile, "mastheads", None)
    carried = getattr(profile, "carried", None)  # the name its template's copyright line writes (collection_pages)
    if not (held or carried) or not raw.source_path or raw.source_path.startswith("<"):
        return record_domain_outlet(raw)  # the site the page's own address names (domain_names)
    file_name = PurePath(raw.source_path).name
    name = (held or {}).get(file_name) or (carried or {}).get(file_name)
    if name:
        from archive.extract.outlet_names import has_arabic, in_arabic_script

        if bool(has_arabic(name)) != bool(in_arabic_script(raw.body or "")):
            return None  # a page in another script than the name: the site's other edition ("ar.site.com")
    return name or record_domain_outlet(raw)
