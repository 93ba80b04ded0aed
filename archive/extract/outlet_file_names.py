"""The outlet a plain-text file's own name gives, where the text agrees (issue #13, round 38).

People name the text they keep by its outlet: first ("Lakemoor - council vote.txt", "2025-01
lakemoorhaber meclis.txt", after the app it came through: "Keep - Lake Moor vote.txt", "FW
Lakemoor sentencing.txt"), last, after a dash ("Meclis toplandı - Lake Moor.txt"), or in brackets
("Meclis toplandı (lakemoorhaber).txt"). A file's name alone is weak (its first words are as often
the headline's or a topic's), so a run of words at one of those edges names the outlet only where
the page agrees with it:

- a short line of the text (a masthead, a source line the person typed, a mail's subject, a
  footer's call; not the headline, not the line the file was named from) writes the same letters
  as a run of whole words written as a name ("Lake Moor TV", "Source : Lake Moor", "socio de
  lakeMoor"): stored as the text writes it, with a word for "newspaper" just before it
  (``outlet_paper_words.txt``: "روزنامه دریاچه | شماره ..."); in Arabic script, where no capital
  tells a name, it must stand as a part of its line by itself;
- or a web address on the page has the same letters as its site's name ("lakemoorhaber.com",
  "lakemoor.com/world"): stored as the file's name writes it, a bare lower-case word with a
  capital ("Lakemoorhaber"), a short one of consonants in capitals ("wlkm": "WLKM");
- or the outlet data knows the run as an outlet's name, alias or site (an Arabic-script run kept as
  the file writes it).

An acronym the line writes is the name a web address on the page spells with its initials ("LMX"
over "lakemoorexpress.com"). Read only for a text page no other sign named, after the text reader's
guess, and never against the masthead the folder's other pages repeat (:func:`file_named`). Never a
place (the gazetteer's: a topic's word), a word of the app's or the copy's
(``outlet_file_words.txt``), a number, or the headline's first words (the file named by its
headline).
"""

from __future__ import annotations

import functools
import re
from pathlib import PurePath
from typing import Optional

from archive.extract.data import data_lines, small_words
from archive.extract.outlet_names import has_arabic, known_outlet, name_key

RUN_WORDS = 3  # a name in a file's name is a few words ("Lake Moor", "Rive Nord", "Lake Moor Post")
LEAD_TOKENS = 3  # where a name opens the file's name: among its first tokens past the app's words
SHORT_LINE_WORDS = 12  # a line that names its outlet is short (a masthead, a source line, a call)
MIN_LETTERS = 3  # two letters agree by chance ("nd", "de")
_PARTS = re.compile(r"\s+[-–—|·]\s+|\s*_-_\s*")
_BRACKETED = re.compile(r"[(\[]([^()\[\]]+)[)\]]")
_TOKENS = re.compile(r"[\s_]+")
_LINE_WORD = re.compile(r"[^\W_]+")
_HOST = re.compile(r"(?<![\w@.-])(?:https?://)?(?:www\d?\.)?((?:[a-z0-9-]+\.)*?)([a-z0-9-]{3,})\.[a-z]{2,6}(?:\.[a-z]{2})?(?![\w-])", re.I)
_LABELLED = re.compile(r"^\W*[^\W\d_]+(?:\s+[^\W\d_]+)?\s*:")
_NUMBERISH = re.compile(r"^[\d\W_]+$")
_VOWELS = set("aeiouy")


@functools.lru_cache(maxsize=None)
def _app_words() -> frozenset:
    return frozenset(word.casefold() for word in data_lines("outlet_file_words.txt"))


@functools.lru_cache(maxsize=None)
def _paper_words() -> frozenset:
    return frozenset(word.casefold() for word in data_lines("outlet_paper_words.txt") if " " not in word)


def _places() -> frozenset:
    from archive.extract.folder_outlets import _place_keys

    return _place_keys()


def _edge_runs(stem: str) -> list:
    """The runs of the file's name that may name its outlet, by where they stand: a bracketed part,
    the last part after a dash, the first tokens past the app's words and numbers (module doc)."""
    runs = []
    for inside in _BRACKETED.findall(stem):
        runs.append(inside.strip())
    plain = _BRACKETED.sub(" ", stem).strip()
    parts = [p for p in _PARTS.split(plain) if p.strip()]
    if len(parts) > 1:
        last = [t for t in _TOKENS.split(parts[-1]) if t]
        if 0 < len(last) <= RUN_WORDS:
            runs.append(" ".join(last))
    tokens = [t for t in _TOKENS.split(" ".join(parts)) if t]
    start = 0
    while start < len(tokens) and (tokens[start].casefold() in _app_words() or _NUMBERISH.match(tokens[start])):
        start += 1
    lead = tokens[start:start + LEAD_TOKENS]
    runs += [" ".join(lead[:n]) for n in range(min(RUN_WORDS, len(lead)), 0, -1)]  # the longest first
    seen, kept = set(), []
    for run in runs:
        key = name_key(run)
        words = run.split()
        if not key or key in seen or len(key) < MIN_LETTERS or _NUMBERISH.match(run) \
                or all(w.casefold() in _app_words() for w in words) or key in _places():
            continue
        seen.add(key)
        kept.append(run)
    return kept


def _written_run(line: str, key: str) -> Optional[str]:
    """The run of whole words of ``line`` (its web addresses left out) whose letters are ``key``, as
    the line writes it, with a word for "newspaper" just before it, where it is written as a name:
    its words capitalised but for small ones ("Rive Nord", "la Rive"), or a word of a line of
    two words at most ("lakemoor:"), or in a script without capitals; else None."""
    line = _HOST.sub(" ", line)
    words = list(_LINE_WORD.finditer(line))
    for i in range(len(words)):
        letters = ""
        for j in range(i, min(i + RUN_WORDS + 1, len(words))):
            letters += name_key(words[j].group()) or ""
            if letters == key:
                if not _name_shaped([w.group() for w in words[i:j + 1]], len(words)):
                    break
                start = words[i].start()
                if i and words[i - 1].group().casefold() in _paper_words() \
                        and not line[words[i - 1].end():start].strip(" "):
                    start = words[i - 1].start()
                name = " ".join(line[start:words[j].end()].split())
                if has_arabic(name) and not _stands_alone(line, name):
                    break  # no capitals tell a name in a sentence: it must stand as a part of its line
                return name
            if not key.startswith(letters):
                break
    return None


_LINE_PARTS = re.compile(r"\s*[|•·–—:()\[\]/،,«»\"]\s*|\s+-\s+")


def _stands_alone(line: str, name: str) -> bool:
    """Whether ``name`` is a part of ``line`` by itself, between its separators ("Source: X (NAME)",
    "NAME | شماره ...")."""
    return any(" ".join(part.split()) == name for part in _LINE_PARTS.split(line))


def _name_shaped(words: list, line_words: int) -> bool:
    """Whether ``words`` are written as a name (:func:`_written_run`)."""
    if not any(c.isalpha() and c.casefold() != c.upper() for w in words for c in w):
        return True  # Arabic script, no capitals
    if line_words <= 2:
        return True
    capital = [w for w in words if any(c.isupper() for c in w)]  # "Lake Moor", "lakeMoor", "LAKEmoor"
    return bool(capital) and all(w in capital or w.casefold() in small_words() for w in words)


def _host_run(line: str, key: str) -> bool:
    """Whether a web address in ``line`` is on a site whose name's letters are ``key``."""
    return any(name_key(match.group(2)) == key for match in _HOST.finditer(line))


def _spelled_out(acronym: str, lines: list) -> Optional[str]:
    """The name a web address on the page spells with ``acronym``'s initials ("LMX" over
    "lakemoorexpress.com": :func:`archive.extract.domain_names.acronym_split`), else None."""
    if not re.fullmatch(r"[A-Z]{2,6}", acronym):
        return None
    from archive.extract.domain_names import acronym_split, page_words

    own = None
    for line in lines:
        for match in _HOST.finditer(str(line)):
            own = page_words(lines) if own is None else own
            name = acronym_split(match.group(2).replace("-", "").casefold(), [acronym], own)
            if name:
                return name
    return None


def _file_form(run: str) -> str:
    """The file's run as a name: as written where it has a capital or is not in Latin letters; a
    lower-case word with a capital, a short one without vowels in capitals ("wlkm": "WLKM")."""
    if run != run.casefold() or not run.isascii():
        return run
    letters = re.sub(r"[\W\d_]", "", run)
    if len(letters) <= 4 and len(set(letters) & _VOWELS) <= 1 and " " not in run:
        return run.upper()
    return " ".join(word[:1].upper() + word[1:] for word in run.split())


def file_name_outlet(source_path: Optional[str], lines: list, title: Optional[str] = None) -> Optional[str]:
    """The outlet the file's own name gives where the page agrees (module doc), else None.

    ``lines`` are the text page's own lines, ``title`` its headline."""
    if not source_path or source_path.startswith("<"):
        return None
    stem = PurePath(source_path).stem
    title_key = name_key(title or "") or ""
    stem_key = name_key(" ".join(t for t in _TOKENS.split(stem) if t.casefold() not in _app_words())) or ""
    short = []
    for line in lines:
        line = str(line).strip()
        key = name_key(line) or ""
        if not line or len(_LINE_WORD.findall(line)) > SHORT_LINE_WORDS or stem_key and stem_key in key:
            continue  # a long line; the line the file was named from (a note's title, a mail's subject)
        if key == title_key and not _LABELLED.match(line):
            continue  # the headline (a label's line taken for it stays: "Source : Site")
        short.append(line)
    for run in _edge_runs(stem):
        key = name_key(run)
        if title_key.startswith(key):
            continue  # the headline's first words: the file named by its headline
        known = known_outlet(run)
        if known:  # the file's own Arabic-script spelling of it, as its page would write it
            return run if has_arabic(run) else known
        for line in short:
            written = _written_run(line, key)
            if written and (has_arabic(written) or re.search(r"[^\W\d_]", written)):
                return _spelled_out(written, lines) or written
        if any(_host_run(line, key) for line in short):
            return _file_form(run)
    return None


def file_named(raw, page, author: Optional[str] = None) -> Optional[str]:
    """The outlet a text record's file name gives where its page (``page``:
    :func:`archive.extract.outlet_guards.page_lines`) agrees (:func:`file_name_outlet`), unless it is
    furniture or the writer or a word of the writer's name (:func:`archive.extract.outlet_refusals.refused`:
    "Hale - column.txt" over "By Jordan Hale"), or the masthead its
    folder's pages repeat or the import's pass names another (those signs are read after this one:
    :func:`archive.extract.collection_outlets.collection_outlet`, the import's "X is a correspondent
    for Site" in :func:`archive.extract.outlet_acronyms.collection_expanded`); where that is the same name spelled
    from an address ("Lake Moor Haber"), the file's spelling ("Lakemoorhaber")."""
    from archive.extract.collection_outlets import collection_outlet
    from archive.extract.outlet_acronyms import collection_expanded
    from archive.extract.outlet_names import is_known
    from archive.extract.outlet_refusals import refused

    named = file_name_outlet(raw.source_path, page.lines, raw.title)
    if not named or refused(named, author) or _of_author(named, author):
        return None
    held = collection_outlet(raw) or collection_expanded(None, raw, is_known)
    return named if not held or name_key(held) == name_key(named) else None


def _of_author(name: str, author: Optional[str]) -> bool:
    """Whether every word of ``name`` is a word of the byline's names ("Hale" of "Jordan Hale")."""
    words = {name_key(w) for w in _LINE_WORD.findall(str(author or ""))}
    return bool(words) and all(name_key(w) in words for w in _LINE_WORD.findall(name))
