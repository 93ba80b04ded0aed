"""News-database exports (Nexis Uni / LexisNexis, Factiva) met as .txt or .html files: told from
single articles by their first bytes, then split into articles by :mod:`archive.readers.nexis` or
:mod:`archive.readers.factiva`; anything else goes on to the text or HTML reader as before.

Also the small helpers both splitters share: numbering lines, reading a date, a word count, a
language name or a byline from a header field.
"""

from __future__ import annotations

import codecs
import functools
import re
from typing import Iterable, Iterator, Optional

from archive.extract.data import alias_table, data_sections
from archive.extract.dates import iso_date
from archive.readers.export_dates import date_line  # noqa: F401  (the splitters' date lines)
from archive.model import BadRecord, collapse_whitespace
from archive.readers.decode import DecodeError, decode_text

MAX_HTML_EXPORT_BYTES = 64 * 1024 * 1024  # an HTML export not in UTF-8 is decoded whole (then parsed a chunk at a time)
CHUNK = 1 << 16
HEAD_BYTES = 256 * 1024  # what is read to tell an export from an article, and to find the encoding
COPYRIGHT_LINE = re.compile(r"^\s*(copyright\b|©|\(c\)\s*(?:\d{4}|copyright\b))", re.I)
_NUMBER = re.compile(r"^\s*(\d[\d,.\s]*?)\s*([^\W\d_]*)\s*$")


def numbered_lines(lines: Iterable, collapse: bool = True) -> Iterator:
    """``(line number, text)`` for each non-blank line, whitespace collapsed (or only stripped and
    non-breaking spaces made spaces: tabs and runs of spaces kept); strings are numbered 1, 2, ...
    as given (blank ones counted), pairs keep their own numbers."""
    for position, item in enumerate(lines, 1):
        number, text = item if isinstance(item, tuple) else (position, item)
        text = collapse_whitespace(text or "") if collapse else (text or "").replace("\u00a0", " ").strip()
        if text:
            yield number, text


def iso_or_none(value: Optional[str]) -> Optional[str]:
    return iso_date(value) if value else None


def word_count(value: Optional[str]) -> Optional[int]:
    """634 from "634 words", "1,234 words", "634 mots" or "634 Wörter" (the units in
    ``archive/data/nexis_labels.txt``, section [word_units])."""
    match = _NUMBER.match(value or "")
    if not match or (match.group(2) and match.group(2).casefold() not in _word_units()):
        return None
    digits = re.sub(r"\D", "", match.group(1))
    return int(digits) if digits else None


@functools.lru_cache(maxsize=1)
def _word_units() -> frozenset:
    return frozenset(unit.casefold() for unit in data_sections("nexis_labels.txt").get("word_units", ()))


def language_code(value: Optional[str]) -> Optional[str]:
    """"en" from "ENGLISH" or "English"; a two-letter code is kept; None when unknown."""
    value = collapse_whitespace(value or "").strip(" .;")
    if not value:
        return None
    if re.fullmatch(r"[A-Za-z]{2}", value):
        return value.lower()
    code = alias_table("language_names.txt").get(value.split(";")[0].strip().casefold())
    return code


@functools.lru_cache(maxsize=1)
def byline_prefix() -> re.Pattern:
    """"By ", "Par ", "Von ", "Door ", "Por ", "بقلم " opening a byline (``archive/data/nexis_labels.txt``,
    section [byline_words])."""
    words = sorted(data_sections("nexis_labels.txt").get("byline_words", ["by"]), key=len, reverse=True)
    return re.compile(r"^(?:" + "|".join(re.escape(word) for word in words) + r")(?:\s*:)?\s+", re.I)  # "بقلم: X" too


def author_from(value: Optional[str]) -> Optional[str]:
    """The reporter's name from a byline field ("By Jane Doe in Qamishli" -> "Jane Doe")."""
    from archive.extract.bylines import split_byline

    value = collapse_whitespace(value or "")
    if not value:
        return None
    value = byline_prefix().sub("", value)
    found = split_byline(value)
    return found[0] if found else value


# --- telling an export from an article, in .txt and .html files ------------------------------------

def kind_of_text(text: str) -> Optional[str]:
    """"nexis", "factiva", "records" (ProQuest, EBSCO: :mod:`archive.readers.record_exports`) or
    None for the start of a file's text."""
    from archive.readers.factiva import looks_like_factiva
    from archive.readers.nexis import looks_like_nexis
    from archive.readers.record_exports import looks_like_record_export

    records = looks_like_record_export(text)
    if records == "body":  # a "Full text:" field: no Nexis or Factiva export writes one ("Document 1 de 5" both do)
        return "records"
    if looks_like_nexis(text):
        return "nexis"
    if looks_like_factiva(text):
        return "factiva"
    return "records" if records else None


def split_export(kind: str, lines: Iterable, source: str, fmt: str) -> Iterator:
    from archive.readers.factiva import split_factiva
    from archive.readers.nexis import split_nexis
    from archive.readers.record_exports import split_record_export

    if kind == "records":
        return split_record_export(lines, source, fmt)
    return (split_nexis if kind == "nexis" else split_factiva)(lines, source, fmt)


def _head(source) -> bytes:
    """The file's first bytes, cut at a line's end (not inside a character) when the file is longer."""
    with source.open("rb") as handle:
        head = handle.read(HEAD_BYTES)
    if len(head) == HEAD_BYTES and b"\n" in head:
        head = head[: head.rfind(b"\n") + 1]
    return head


def read_text_or_export(path, options=None) -> Iterator:
    """A .txt file: a Nexis or Factiva export split into its articles, streamed line by line; a
    file of whole articles pasted one after another (:func:`archive.readers.sent_documents.pasted_articles`)
    one article each; anything else one article (:func:`archive.readers.text.read_text_file`)."""
    from archive.readers.text import read_text_file

    name = str(path)
    try:
        head = _head(path)
        decoded = decode_text(head) if head.strip() else None
    except (OSError, DecodeError, UnicodeDecodeError):
        decoded = None  # the text reader says what is wrong with it
    kind = kind_of_text(decoded.text) if decoded else None
    if kind is None:
        if decoded and len(head) < HEAD_BYTES:  # the whole file: articles pasted one after another?
            from archive.readers.sent_documents import pasted_articles

            pasted = pasted_articles(decoded.text, name)
            if pasted:
                for number, record in enumerate(pasted, 1):
                    record.source_record = number
                    yield record
                return
        yield from read_text_file(path, options)
        return
    yield from split_export(kind, _stream_lines(path, decoded.encoding), name, kind)


def _stream_lines(path, encoding: str) -> Iterator:
    """The file's lines, decoded as its start was, read a chunk at a time."""
    try:
        codec = codecs.lookup(encoding or "utf-8").name
    except LookupError:
        codec = "utf-8"
    if codec in ("utf-8", "utf_8"):
        codec = "utf-8-sig"
    # UTF-8 with a stray windows-1252 byte past the start (a pasted quote) reads it as browsers do.
    decoder = codecs.getincrementaldecoder(codec)(errors="archive-windows-1252" if codec == "utf-8-sig" else "replace")
    pending = ""
    with path.open("rb") as handle:
        while True:
            chunk = handle.read(1 << 16)
            pending += decoder.decode(chunk, final=not chunk)
            *complete, pending = re.split(r"\r\n|\r|\n", pending)
            yield from complete
            if not chunk:
                break
    if pending:
        yield pending


def read_html_or_export(path, options=None) -> Iterator:
    """A .html file: a Nexis or Factiva export (saved from the database) split into its articles;
    anything else one saved page (:func:`archive.readers.html.read_html_file`)."""
    from archive.readers.html import decode_html, read_html_file

    name = str(path)
    try:
        head = _head(path)
    except OSError:
        head = b""
    kind = None
    if head.strip() and _EXPORT_SIGN.search(head):
        try:
            kind = kind_of_text("\n".join(html_lines(decode_html(head))))
        except Exception:  # an odd page is the HTML reader's to report
            kind = None
    if kind is None:
        yield from read_html_file(path, options)
        return
    try:
        chunks = _utf8_chunks(path)
        if chunks is None:  # not UTF-8 throughout: decoded whole, as a saved page is
            data = path.read_bytes()
            if len(data) > MAX_HTML_EXPORT_BYTES:
                yield BadRecord(name, f"HTML export of {len(data):,} bytes is too large; not read (save it as text)")
                return
            text = decode_html(data)
            del data
            chunks = (text[start:start + CHUNK] for start in range(0, len(text), CHUNK))
    except OSError as error:
        yield BadRecord(name, f"cannot read: {error.strerror or error}")
        return
    yield from split_export(kind, iter_html_lines(chunks), name, kind)


def _utf8_chunks(path) -> Optional[Iterator]:
    """An export in UTF-8 throughout (as the databases write them), decoded a chunk at a time just
    as :func:`archive.readers.html.decode_html` would decode it whole; None for any other file
    (gzipped, UTF-16, a declared 7-bit charset, stray bytes of another encoding). The file is read
    twice (checked, then decoded), never held whole."""
    from archive.readers.html import declared_charset
    from archive.readers.source import TrackedPath

    plain = path.path if isinstance(path, TrackedPath) else path  # the check is not counted as progress
    decoder = codecs.getincrementaldecoder("utf-8")()
    with plain.open("rb") as handle:
        head = handle.read(CHUNK)
        if head[:2] == b"\x1f\x8b" or head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return None
        declared = declared_charset(head)
        if declared and declared.startswith(("iso-2022", "iso2022", "hz-gb", "utf-7")):
            return None
        chunk = head
        try:
            while chunk:
                decoder.decode(chunk)
                chunk = handle.read(CHUNK)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return None

    def chunks():
        reader = codecs.getincrementaldecoder("utf-8-sig")()
        with path.open("rb") as handle:
            while True:
                data = handle.read(CHUNK)
                text = reader.decode(data, final=not data)
                if text:
                    yield text
                if not data:
                    return
    return chunks()


# What an export's HTML holds somewhere in its start and a saved page almost never: a page without
# any is handed to the HTML reader without being parsed twice.
_EXPORT_SIGN = re.compile(rb"of\s+\d+\s+DOCUMENTS|End of Document|Load-Date|LOAD-DATE|Fin d[ue]l?\s+documento?|"
                          rb"Ende des Dokuments|Date de chargement|Fecha de carga|Length:\s*\d|"
                          rb">(?:\s|&nbsp;)*(?:HD|WC|PD|AN)(?:\s|&nbsp;)*<|Doc[ue]ment[oa]?\s+[A-Za-z0-9]{16,40}\s*<|"
                          rb"\d\s+(?:words|mots|W(?:\xc3\xb6|&ouml;|o)rter|woorden|palabras)\s*<|"
                          rb"(?:Full\s+text|Volltext|Texte\s+int(?:\xc3\xa9|&eacute;|e)gral|Texto\s+completo|Document\s+URL|Accession\s+Number)\s*:", re.I)

_BLOCKS = ("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "td", "th", "table",
           "section", "article", "header", "footer", "blockquote", "pre", "hr", "dt", "dd", "title")


def html_lines(html: str) -> list:
    """An HTML export's text as lines, one per block element (:func:`iter_html_lines`)."""
    return list(iter_html_lines([html]))


_SKIPPED = ("script", "style", "noscript")
_DOCUMENT = ("html", "head", "body")
RESTART_CHARS = 1 << 20  # libxml2 keeps all the input fed to a parser: a new one every ~1M characters


class _LinesTarget:
    """lxml parser target: an HTML document's text as it is parsed, in document order, with a
    line break at each block element's start and end. No tree is built."""

    def __init__(self):
        self.parts: list = []
        self.skipping = 0  # inside a script, style, noscript or the head's title
        self.in_head = False
        self.depth = 0  # elements open other than html, head and body
        self.in_body = False
        self.body_seen = False

    def start(self, tag, attrib):
        tag = tag.lower() if isinstance(tag, str) else ""
        if tag == "head" and not self.body_seen:  # a parser started again implies a head: not one
            self.in_head = True
        self.in_body = self.in_body or tag == "body"
        self.body_seen = self.body_seen or self.in_body
        self.depth += tag not in _DOCUMENT
        if tag in _SKIPPED or (tag == "title" and self.in_head) or self.skipping:
            self.skipping += 1
            return
        if tag in _BLOCKS:
            self.parts.append("\n")

    def end(self, tag):
        tag = tag.lower() if isinstance(tag, str) else ""
        if tag == "head":
            self.in_head = False
        self.in_body = self.in_body and tag != "body"
        self.depth -= tag not in _DOCUMENT
        if self.skipping:
            self.skipping -= 1
            return
        if tag in _BLOCKS:
            self.parts.append("\n")

    def data(self, text):
        if not self.skipping:
            self.parts.append(text)

    def comment(self, text):
        pass

    def close(self):
        return None

    def lines(self, final: bool = False) -> list:
        """The lines completed so far (all that is left when ``final``)."""
        text = "".join(self.parts)
        *done, rest = text.split("\n")
        self.parts = [] if final else [rest]
        return [line for line in done + ([rest] if final else []) if line.strip()]


def iter_html_lines(chunks: Iterable) -> Iterator:
    """An HTML export's text (given as pieces of text) as lines, one per block element; tags
    inside a block (the search terms the export highlights in <b> or <span>) dropped; scripts and
    styles left out. Parsed a piece at a time with a parser target: no tree of the whole export
    is built (a tree took 10-20 times the file's size)."""
    from lxml import etree

    target = _LinesTarget()
    parser, fed, pending = None, 0, ""
    try:
        for chunk in chunks:
            pending += chunk
            cut = pending.rfind("<")  # fed up to a tag's start: every tag fed is whole
            if cut <= 0:
                continue
            piece, pending = pending[:cut], pending[cut:]
            if parser is None:
                if not piece.strip():
                    continue
                parser = etree.HTMLParser(target=target)
            parser.feed(piece)
            fed += len(piece)
            if fed >= RESTART_CHARS and target.in_body and not target.depth:
                parser.close()  # between two top-level elements: the next parser goes on from here
                parser, fed = None, 0
            yield from target.lines()
        if pending.strip() or parser is not None:
            parser = parser or etree.HTMLParser(target=target)
            parser.feed(pending)
            parser.close()
    except etree.LxmlError:  # what a broken document still gave is kept, as a tree parser would
        pass
    yield from target.lines(final=True)
