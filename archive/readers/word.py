"""Word (.docx) and RTF files: a Nexis or Factiva export held in one is split into its articles
(:mod:`archive.readers.nexis`, :mod:`archive.readers.factiva`, :mod:`archive.readers.record_exports`);
a researcher's file of whole articles pasted one after another is one article each
(:func:`archive.readers.sent_documents.pasted_articles`); any other is one article (a report, a
saved story), read like a text file (:func:`archive.readers.text.parse_text_article`), its title
from the paragraph styled "Title" or "Heading 1" where there is one.

DOCX: ``word/document.xml`` is read from the zip package with lxml's ``iterparse``, a paragraph
at a time, each element cleared once read: memory stays flat for an export of hundreds of
articles. Formatting is not kept (so the search terms a database export highlights in bold are
plain words). RTF is decoded a chunk at a time and given a paragraph at a time
(:mod:`archive.readers.rtf_text`): memory stays flat there too, whatever the file's size.
"""

from __future__ import annotations

import itertools
import re
import zipfile
import zlib
from typing import Iterator, Optional

from archive.model import BadRecord
from archive.readers.exports import kind_of_text, split_export
from archive.readers.sent_documents import pasted_articles

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
HEAD_PARAGRAPHS = 400  # paragraphs read to tell an export from a single article
MAX_DOCX_XML_BYTES = 256 * 1024 * 1024
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an old .doc, or an encrypted .docx
_TITLE_STYLES = re.compile(r"^(title|heading ?1|berschrift1|titre)$", re.I)


class WordError(ValueError):
    """The file cannot be read as Word or RTF; the message says why."""


def docx_paragraphs(source) -> Iterator:
    """``(text, style)`` for each paragraph of a .docx file's body, in order (a line break inside a
    paragraph starts another). Raises WordError for a file that is no readable .docx."""
    from lxml import etree

    handle = source.open("rb")
    try:
        head = handle.read(8)
        handle.seek(0)
        if head.startswith(_OLE):
            raise WordError("encrypted .docx or old Word 97-2003 .doc file; not read (save it as .docx without a password)")
        try:
            package = zipfile.ZipFile(handle)
        except zipfile.BadZipFile:
            raise WordError("not a .docx file (not a zip package)") from None
        try:
            info = package.getinfo("word/document.xml")
        except KeyError:
            raise WordError("not a Word document (no word/document.xml inside)") from None
        if info.file_size > MAX_DOCX_XML_BYTES:
            raise WordError(f"document.xml of {info.file_size:,} bytes is too large; not read")
        with package.open(info) as xml:
            try:
                # No DTD, no entities, nothing fetched: a hostile document.xml cannot read files or expand.
                for _, element in etree.iterparse(xml, events=("end",), tag=f"{W}p", resolve_entities=False,
                                                  load_dtd=False, no_network=True, huge_tree=False):
                    if element.getparent() is not None and element.getparent().tag == f"{W}p":
                        continue  # nested paragraphs (text boxes) are read with their parent
                    style = element.find(f"{W}pPr/{W}pStyle")
                    text = _paragraph_text(element)
                    for part in text.split("\n"):
                        yield part, style.get(f"{W}val") if style is not None else None
                    element.clear()
                    while element.getprevious() is not None:
                        del element.getparent()[0]
            except etree.XMLSyntaxError as error:
                raise WordError(f"damaged document.xml ({error})") from None
    except WordError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError, NotImplementedError, ValueError) as error:
        raise WordError(f"damaged .docx file ({type(error).__name__}: {error})") from None
    finally:
        handle.close()


def _paragraph_text(paragraph) -> str:
    parts = []
    for node in paragraph.iter(f"{W}t", f"{W}tab", f"{W}br", f"{W}cr", f"{W}noBreakHyphen"):
        if node.tag == f"{W}t":
            parts.append(node.text or "")
        elif node.tag == f"{W}tab":
            parts.append("\t")
        elif node.tag == f"{W}noBreakHyphen":
            parts.append("-")
        else:
            parts.append("\n")
    return "".join(parts)


def rtf_paragraphs(source) -> Iterator:
    """``(text, None)`` for each paragraph of an RTF file, the file read a chunk at a time
    (:mod:`archive.readers.rtf_text`). Raises WordError when it is no RTF or cannot be read."""
    from archive.readers.rtf_text import RtfError, rtf_lines

    try:
        handle = source.open("rb")
    except OSError as error:
        raise WordError(f"cannot read: {error.strerror or error}") from None
    try:
        for line in rtf_lines(handle):
            yield line, None
    except RtfError as error:
        raise WordError(str(error)) from None
    except OSError as error:
        raise WordError(f"cannot read: {error.strerror or error}") from None
    finally:
        handle.close()


def read_docx(path, options=None) -> Iterator:
    yield from _read(path, options, docx_paragraphs, "docx")


def read_rtf(path, options=None) -> Iterator:
    yield from _read(path, options, rtf_paragraphs, "rtf")


def _read(path, options, paragraphs, fmt: str) -> Iterator:
    name = str(path)
    stream = paragraphs(path)
    try:
        head = list(itertools.islice(stream, HEAD_PARAGRAPHS))
    except WordError as error:
        yield BadRecord(name, str(error))
        return
    if not any(text.strip() for text, _ in head):
        yield BadRecord(name, f"empty {fmt.upper()} document: no text")
        return
    kind = kind_of_text("\n".join(text for text, _ in head))
    if kind:
        lines = (text for text, _ in itertools.chain(head, stream))
        try:
            yield from split_export(kind, lines, name, kind)
        except WordError as error:
            yield BadRecord(name, f"{error}; the articles before it were read")
        return
    try:
        rest = list(stream)
    except WordError as error:
        yield BadRecord(name, str(error))
        return
    pasted = pasted_articles("\n\n".join(text.strip() for text, _ in head + rest if text.strip()), name)
    if pasted:  # a researcher's file of articles pasted one after another: one article each
        for number, record in enumerate(pasted, 1):
            record.source_format, record.source_record = fmt, number
            yield record
        return
    yield _single_article(head + rest, name, fmt)


def _single_article(paragraphs: list, name: str, fmt: str):
    from archive.readers.text import parse_text_article

    title: Optional[str] = None
    lines = []
    for text, style in paragraphs:
        if not text.strip():
            continue
        if title is None and style and _TITLE_STYLES.match(style.replace(" ", "")):
            title = " ".join(text.split())
            continue
        lines.append(text.strip())
    try:
        record = parse_text_article("\n\n".join(([title] if title else []) + lines), name)
    except ValueError as error:
        return BadRecord(name, str(error))
    record.source_format = fmt
    if title:
        record.title = title
    return record
