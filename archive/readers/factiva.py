"""Factiva exports: one file (RTF, HTML, TXT, or a PDF's text) holding many articles, split into one
article each. The accession number ("AN", "Document LBA0000020190305ef35000ab") is the article's
id, so a re-export of the same articles is "unchanged".

Works on plain text paragraphs, whatever the file format:

    looks_like_factiva(text: str) -> bool
        Whether the start of a file's text is a Factiva export.

    split_factiva(lines: Iterable[str | tuple[int, str]], source: str, fmt: str = "factiva")
            -> Iterator[RawRecord | BadRecord]
        One RawRecord per article, numbered 1, 2, ... in ``source_record`` (``source#n``), or a
        BadRecord naming the article and its first line. ``lines`` as for
        :func:`archive.readers.nexis.split_nexis`. One article is held at a time.

Layouts read (see bench/documents_gen.py):

- with field codes ("Full article/report plus indexing"): HD, BY, WC, PD, ET, SN, SC, SE, LA, CY,
  LP, TD, ..., AN, each code at the start of its line (or alone in a table cell, as in the RTF and
  HTML exports), its value after it or on the lines below; codes in ``archive/data/factiva_fields.txt``;
- without codes ("Full article/report"): the title, an optional "By" line, "634 words", the date,
  an optional time, the source, an optional source code, an optional page, the language, the
  copyright line, the text, and "Document <AN>" closing each article. A list of headlines before
  the first article and the search summary after the last are left out.
"""

from __future__ import annotations

import functools
import re
from typing import Iterable, Iterator, Optional

from archive.extract.body_heads import without_update_note
from archive.extract.data import data_lines, english_words
from archive.model import BadRecord, RawRecord, collapse_whitespace
from archive.readers.database_sources import publication_name
from archive.readers.export_dates import export_date
from archive.readers.exports import (
    COPYRIGHT_LINE,
    author_from,
    byline_prefix,
    date_line,
    language_code,
    numbered_lines,
    word_count,
)

# "Document <AN>" closing an article; "Dokument <AN>" from the German interface, "Documento" the Spanish.
DOCUMENT_LINE = re.compile(r"^\s*(?:Document|Dokument|Documento)\s+([A-Za-z0-9]{12,40})\s*$")


_WORDS_SHAPE = re.compile(r"^\s*\d[\d,.]*\s+[^\W\d_]+\s*$")


def words_line(line: str) -> bool:
    """"634 words", "1,234 words", "634 mots", "634 Wörter": a length and nothing else (the units
    are ``archive/data/nexis_labels.txt``'s [word_units])."""
    return bool(_WORDS_SHAPE.match(line)) and word_count(line) is not None
TIME_LINE = re.compile(r"^\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?(?:\s+[A-Z]{2,4})?\s*$", re.I)
SOURCE_CODE = re.compile(r"^[A-Z0-9]{2,10}$")
PAGE_LINE = re.compile(r"^\s*(?:page|pg\.?)\s*\w+\s*$", re.I)
MAX_ARTICLE_LINES = 20_000


@functools.lru_cache(maxsize=None)
def codes() -> dict:
    table = {}
    for line in data_lines("factiva_fields.txt"):
        code, field = (part.strip() for part in line.split("|", 1))
        table[code] = field
    return table


@functools.lru_cache(maxsize=None)
def _code_pattern() -> re.Pattern:
    alternatives = "|".join(sorted(codes(), key=len, reverse=True))
    return re.compile(rf"^({alternatives})(?:\t|\s{{2,}}|\s*$|\s(?=\S))(.*)$")


ALWAYS_CODES = ("LP", "TD", "IPD", "IPC", "PUB", "NGC")  # codes no sentence starts with
INDEXING_VALUE = re.compile(r"\S\s:\s\S|^(?:Document|Dokument|Documento)\s+[A-Za-z0-9]{12,40}\s*$")


def _code(line: str, strict: bool) -> Optional[tuple]:
    """``(code, value)`` when the line starts with a field code; ``strict`` (inside the text)
    asks for the code alone, a tab or two spaces after it, or a value only indexing has
    ("grefu : Refugees", "Document <AN>"), so "IN the camp" and "AN attack" stay text."""
    match = _code_pattern().match(line)
    if not match:
        return None
    code, value = match.group(1), match.group(2).strip()
    after = line[len(code):]
    if (strict and value and after[:1] == " " and after[:2] != "  " and code not in ALWAYS_CODES
            and not INDEXING_VALUE.search(value)):
        return None
    return code, value


def looks_like_factiva(text: str) -> bool:
    """Field codes (HD, WC, PD, SN, AN at the start of lines), or "Document <AN>" lines closing
    articles that have a "N words" line."""
    lines = [line.strip() for line in text[:200_000].splitlines()[:4000]]
    found = {hit[0] for hit in (_code(line, strict=True) for line in lines) if hit}
    if {"HD", "WC", "PD"} <= found or {"HD", "AN"} <= found or {"SN", "AN", "WC"} <= found:
        return True
    telling = {hit[0] for hit in (_code(line, strict=False) for line in lines) if hit and _decides_coded(*hit)}
    if {"WC", "PD"} <= telling or {"WC", "AN"} <= telling:
        return True
    return any(DOCUMENT_LINE.match(line) for line in lines) and any(words_line(line) for line in lines)


def split_factiva(lines: Iterable, source: str, fmt: str = "factiva") -> Iterator:
    """One RawRecord (or BadRecord) per article of the export: see the module's docstring."""
    article: list = []
    number = 0
    coded = None  # decided by the first article: field codes or not
    in_text = False  # after LP or TD: a code must stand apart from its value to count
    awaiting_accession = False
    saw_code = False  # the article so far holds a field code
    for line_number, line in numbered_lines(lines, collapse=False):
        hit = _code(line, strict=in_text)
        if coded is None and hit and _decides_coded(*hit):
            coded = True
        if hit:
            in_text = codes()[hit[0]] == "text"
        if coded and hit and hit[0] == "HD" and saw_code:
            number += 1  # an article without AN: the next HD starts another
            yield _coded(article, source, fmt, number)
            article = []
        article.append((line_number, line))
        saw_code = saw_code or bool(hit)
        if coded:
            closes = awaiting_accession or bool(hit and hit[0] == "AN" and hit[1])
            awaiting_accession = bool(hit and hit[0] == "AN" and not hit[1])  # its value on the next line
        else:
            closes = bool(DOCUMENT_LINE.match(line))
        if closes:
            if coded or any(words_line(text) for _, text in article):
                number += 1
                yield _coded(article, source, fmt, number) if coded else _plain(article, source, fmt, number)
            article, saw_code, in_text = [], False, False
            continue
        if len(article) > MAX_ARTICLE_LINES:
            number += 1
            yield BadRecord(source, f"Factiva article {number} from line {article[0][0]} runs past "
                                    f"{MAX_ARTICLE_LINES:,} paragraphs without an accession number; the rest is not read",
                            number)
            return
    if article and coded and any((_code(text, False) or ("",))[0] == "HD" for _, text in article):
        number += 1
        yield _coded(article, source, fmt, number)
    elif not number:
        yield BadRecord(source, "no Factiva articles found (no field codes and no 'Document <accession number>' lines)")


def _decides_coded(code: str, value: str) -> bool:
    """A line that only the coded layout has: "WC 634 words", "PD 5 March 2019", "AN Document ...",
    or a code alone on its line (a table cell)."""
    if not value:
        return code in ("HD", "WC", "PD", "SN", "AN")
    if code == "WC":
        return bool(words_line(value))
    if code == "PD":
        return date_line(value)
    return code == "AN" and bool(DOCUMENT_LINE.match(value))


def _record(source, fmt, number, values: dict, text: list) -> RawRecord:
    accession = (values.get("id") or "").strip()
    accession = re.sub(r"^(?:Document|Dokument|Documento)\s+", "", accession, flags=re.I).strip() or None
    return RawRecord(
        source_path=source,
        source_format=fmt,
        source_record=number,
        title=values.get("title"),
        body="\n\n".join(without_update_note(text)),  # a wire's "(Updates with ...)" is no text
        outlet=publication_name(values.get("outlet")),
        published=export_date(values.get("published")),
        author=author_from(values.get("author")),
        language=language_code(values.get("language")),
        id=f"factiva:{accession}" if accession else None,
        section=values.get("section") or None,
        length=word_count(values.get("length")),
        copyright=values.get("copyright") or None,
    )


def _coded(article: list, source: str, fmt: str, number: int):
    where = f"Factiva article {number} (line {article[0][0]})"
    fields = codes()
    values: dict = {}
    text: list = []
    field = None
    for _, line in article:
        hit = _code(line, strict=field == "text")
        if hit:
            field = fields[hit[0]]
            value = collapse_whitespace(hit[1])
        else:
            value = collapse_whitespace(line)
        if not value or field in (None, "skip"):
            continue
        if field == "text":
            text.append(value)
        elif field not in values:
            values[field] = value
        elif field in ("title", "copyright"):
            values[field] += " " + value
    if not values.get("title"):
        return BadRecord(source, f"{where}: no headline (HD)", number)
    if not text:
        return BadRecord(source, f"{where}: no text (LP or TD)", number)
    if not values.get("id"):
        return BadRecord(source, f"{where}: no accession number (AN); the article cannot be told again on re-import", number)
    return _record(source, fmt, number, values, text)


MAX_HEADER_LINES = 4  # headline, section, byline lines above the word count


def _section_names_above(lines: list, title_at: int) -> bool:
    """Whether the lines above the headline's place are a section's name ("World", "Monde",
    "General News"): each of three words at most, all shorter than the headline."""
    above = lines[:title_at]
    longest = len(lines[title_at].split()) if title_at >= 0 else 0
    return bool(above) and all(len(line.split()) <= 3 and len(line.split()) < longest and not line.endswith(".")
                               for line in above)


def _section_over(lines: list, words_at: int) -> bool:
    """A section's name opening the header over the word count: three words at most, no sentence's
    end, shorter than the headline under it, with at most two more lines (a headline's wrapped part,
    a byline) before the count."""
    if not 2 <= words_at <= MAX_HEADER_LINES:
        return False
    top, headline = lines[0], lines[1]
    return len(top.split()) <= 3 and not re.search(r"[.!?:]$", top) and len(top.split()) < len(headline.split())


def _credit(line: str) -> bool:
    """A short credit line (a writer's name, an agency's): two to five capitalised words, no digit or
    sentence's end."""
    words = line.split()
    return 1 <= len(words) <= 5 and not re.search(r"[\d.!?:]", line) and all(
        not w[:1].isalpha() or not w[:1].islower() for w in words)


def _byline(line: str) -> bool:
    """"By Jane Doe", or a bare name whose words are not all common English words (a section's
    name, "World News", is not a byline)."""
    from archive.extract.bylines import bare_name

    prefix = byline_prefix().match(line)
    if prefix:  # "By ..." always; "Par ..." (an English word too) when a name follows
        return prefix.group(0).strip().lower() == "by" or bool(bare_name(line[prefix.end():]))
    name = bare_name(line)
    common = english_words()
    return bool(name) and not all(word.lower() in common for word in re.findall(r"\w+", name))




def _plain(article: list, source: str, fmt: str, number: int):
    where = f"Factiva article {number} (line {article[0][0]})"
    lines = [collapse_whitespace(line) for _, line in article]
    values: dict = {"id": DOCUMENT_LINE.match(lines[-1]).group(1)}
    lines = lines[:-1]
    words_at = next((i for i, line in enumerate(lines) if words_line(line)), None)
    if words_at is None or words_at == 0:
        return BadRecord(source, f"{where}: no headline and word count ('N words') above its text", number)
    values["length"] = lines[words_at]
    # The headline opens the article, a byline ("By Jane Doe", or a bare name) under it. Only the
    # first article may have lines above it (the list of headlines): there the headline is found
    # walking up from the word count past byline lines (also in a short list: its entry for this
    # article, "Headline -- Source, date", starts with the headline).
    # one byline line at most between the headline and the word count
    below = words_at - 1 - (words_at >= 2 and _byline(lines[words_at - 1]))
    listed = below > 0 and any(line.startswith(lines[below]) for line in lines[:below])  # the headline list's entry
    if words_at <= MAX_HEADER_LINES and not listed and not _section_names_above(lines, below):
        title_at = 0
        if _section_over(lines, words_at):  # "News" over the headline: the section's name
            values["section"], title_at = lines[0], 1
    else:
        title_at = below
    values["title"] = lines[title_at]
    if title_at < words_at - 1 and _byline(lines[words_at - 1]):
        values["author"] = lines[words_at - 1]  # the byline stands right above the word count
    between = lines[title_at + 1:words_at - 1 if values.get("author") else words_at]
    if title_at == 1 and between and fmt == "pdf":  # a headline the page wrapped over two lines
        values["title"] = " ".join([values["title"]] + between)
    elif title_at == 1 and len(between) == 1 and not values.get("author") and _credit(between[0]):
        values["author"] = between[0]  # the line between the headline and the count: its credit
    rest = lines[words_at + 1:]
    if not rest or not date_line(rest[0]):
        return BadRecord(source, f"{where}: no date under its word count", number)
    values["published"] = rest.pop(0)
    if rest and TIME_LINE.match(rest[0]):
        rest.pop(0)
    if rest and not COPYRIGHT_LINE.match(rest[0]) and not language_code(rest[0]):
        values["outlet"] = rest.pop(0)
    while rest and (SOURCE_CODE.match(rest[0]) or PAGE_LINE.match(rest[0])) and not language_code(rest[0]):
        rest.pop(0)
    if rest and language_code(rest[0]) and len(rest[0].split()) <= 2:
        values["language"] = rest.pop(0)
    copyright_lines = []
    while rest and (COPYRIGHT_LINE.match(rest[0]) or (copyright_lines and re.fullmatch(r"all rights reserved\.?", rest[0], re.I))):
        copyright_lines.append(rest.pop(0))
    values["copyright"] = " ".join(copyright_lines)
    if not rest:
        return BadRecord(source, f"{where}: no text under its header", number)
    return _record(source, fmt, number, values, rest)
