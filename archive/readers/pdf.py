"""PDF files: reports and articles with a text layer, scans read by OCR, and news-database
exports printed to PDF.

The text layer is read by pdfminer.six (chosen by measurement against pypdf and pdfplumber:
``bench/README.md``, "PDF"), a page at a time: only the current page's layout is held, never the
whole document's. Each page's text lines go through :mod:`archive.readers.pdf_layout` (reading
order, paragraphs), the pages' through :mod:`archive.readers.pdf_document` (running headers and
footers, paragraphs cut by a page break, hyphenation). A page without a text layer that
shows something (a scan) is rendered and read by tesseract (:mod:`archive.readers.ocr`); the
article then says so: ``ocr_pages`` and ``ocr_confidence`` (mean word confidence, 0-1), and a
warning when that confidence is low.

The paragraphs then make:

- a Nexis, Factiva, ProQuest or EBSCO export (:func:`archive.readers.exports.kind_of_text`): split into its articles there, numbered
  ``file.pdf#1``, ``#2``...;
- a clippings file, where pages after the first also start with a headline over a byline or a
  date line (:func:`archive.readers.pdf_layout.article_starts`): an article from each such page
  and those after it, numbered the same way, its running headers found among its own pages;
- otherwise one article, read like a text file (:func:`archive.readers.text.parse_text_article`:
  title, byline, date, outlet, body).

A damaged PDF is reported with its file and the page where reading stopped; an encrypted one
that needs a password, or a scan where tesseract is missing, with the remedy.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
from typing import Iterator, Optional

from archive.extract.outlets import known_outlet
from archive.model import BadRecord, collapse_whitespace
from archive.readers import ocr, pdf_document, pdf_layout, progress
from archive.readers.text import parse_text_article

MAX_PAGES = 5000
LOW_CONFIDENCE = 0.70  # mean OCR word confidence under which the article carries a warning
MIN_PAGE_CHARS = 3  # fewer non-space characters in the text layer: the page is an image


class PdfProblem(ValueError):
    """The PDF cannot be read; the message says where and why."""


def read_pdf(path, options=None) -> Iterator:
    """The PDF's article (or its articles, for an export), or a BadRecord saying why not."""
    name = str(path)
    try:
        pages, scanned = read_pages(path)
    except PdfProblem as problem:
        yield BadRecord(name, str(problem))
        return
    paragraphs, running = pdf_document.document_paragraphs(pages)
    if not paragraphs:
        yield BadRecord(name, "no text in this PDF" + (" (the scan's pages read as blank)" if scanned.pages else ""))
        return
    splitter = _export_splitter("\n\n".join(paragraphs))
    if splitter:  # a Nexis or Factiva export
        yield from _finish(splitter(list(paragraphs), name), scanned, _running_outlet(running))
        return
    starts = pdf_layout.article_starts(pages)
    if len(starts) < 2:
        yield from _finish(_one_article(paragraphs, name), scanned, _running_outlet(running))
        return
    # A clippings file: an article from each page where one starts, read on its own pages.
    for number, (first, end) in enumerate(zip(starts, starts[1:] + [len(pages)]), 1):
        part, running = pdf_document.document_paragraphs(pages[first:end])
        if not part:
            yield BadRecord(name, f"no text on pages {first + 1}-{end}", number)
            continue
        for record in _finish(_one_article(part, name), scanned.part(first, end), _running_outlet(running)):
            record.source_record = number
            yield record


class _Scanned:
    """What OCR read in a document: pages, words and their confidences."""

    def __init__(self):
        self.pages = 0
        self.words = 0
        self.confidence_sum = 0.0
        self.language: Optional[str] = None
        self.by_page: dict = {}  # page index -> OcrPage
        self.damage: list = []  # (page number, what pdfminer said) where it read past damage

    def add(self, page: ocr.OcrPage, index: int) -> None:
        self.pages += 1
        self.words += page.words
        self.confidence_sum += page.confidence * page.words
        self.language = page.language if page.words else self.language
        self.by_page[index] = page

    def part(self, first: int, end: int) -> "_Scanned":
        """What OCR read on pages ``first`` to ``end - 1``."""
        part = _Scanned()
        for index, page in self.by_page.items():
            if first <= index < end:
                part.add(page, index)
        part.damage = [(number, said) for number, said in self.damage if first < number <= end]
        return part

    @property
    def confidence(self) -> Optional[float]:
        if not self.pages:
            return None
        return round(self.confidence_sum / self.words, 3) if self.words else 0.0


def read_pages(path) -> tuple:
    """``(pages, scanned)``: each page's paragraphs of lines, and what OCR read. Raises PdfProblem."""
    scanned = _Scanned()
    pages: list = []
    pdfium = None
    number, total, cut = 0, None, False
    try:
        with path.open("rb") as handle, _pdfminer_warnings() as warned:
            head = handle.read(1024)
            if not head.strip():
                raise PdfProblem("empty file")
            if head.find(b"%PDF-") < 0:
                raise PdfProblem("not a PDF (no %PDF- header)")
            end = handle.seek(0, os.SEEK_END)
            handle.seek(max(0, end - 2048))
            cut = b"%%EOF" not in handle.read()  # a download or copy cut short, as damage goes
            handle.seek(0)
            total, layouts = _layouts(handle)
            if total and total > MAX_PAGES:
                raise PdfProblem(f"{total:,} pages, more than {MAX_PAGES:,}; not read")
            for number, layout in enumerate(layouts, 1):
                warned.page = number + 1  # pdfminer parses the next page before giving it
                if number > MAX_PAGES:
                    raise PdfProblem(f"more than {MAX_PAGES:,} pages; not read")
                lines, shows_something, dpi = _page_lines(layout)
                if sum(len(line.text.strip()) for line in lines) >= MIN_PAGE_CHARS:
                    pages.append(pdf_layout.page_paragraphs(lines))
                elif shows_something:
                    if not ocr.available():
                        raise PdfProblem(f"page {number} has no text layer (a scan); {ocr.MISSING}")
                    if pdfium is None:
                        pdfium = _open_pdfium(path)
                    page = ocr.read_page(pdfium, number - 1, scanned.language, dpi)
                    scanned.add(page, number - 1)
                    pages.append(page.paragraphs)
                else:
                    pages.append([])  # a blank page
                progress.page(path, number, max(total, number) if total else None)
    except PdfProblem:
        raise
    except ocr.OcrError as error:
        raise PdfProblem(f"page {number}: {error}") from None
    except Exception as error:  # pdfminer's many exceptions on broken files, one message each
        raise PdfProblem(_problem(error, number, total, cut)) from None
    finally:
        if pdfium is not None:
            pdfium.close()
    if not pages:
        raise PdfProblem("no pages in this PDF")
    scanned.damage = warned.found
    return pages, scanned


def _layouts(handle) -> tuple:
    """``(total, layouts)``: the number of pages the document states (None where it states none)
    and pdfminer.six's layout of each page, a page at a time (its ``extract_pages``, but with the
    count, and without its warning on a PDF whose permissions ask readers not to copy its text,
    which is read like any other)."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1

    document = PDFDocument(PDFParser(handle))
    try:
        total = int(resolve1(resolve1(document.catalog["Pages"])["Count"]))
    except Exception:  # a damaged page tree: the pages are still read, one at a time
        total = None
    manager = PDFResourceManager()
    # boxes_flow=None: pdfminer's own box ordering is not used (pdf_layout orders lines)
    device = PDFPageAggregator(manager, laparams=LAParams(boxes_flow=None))
    interpreter = PDFPageInterpreter(manager, device)

    def layouts():
        for page in PDFPage.create_pages(document):
            interpreter.process_page(page)
            yield device.get_result()

    return (total if total and total > 0 else None), layouts()


class _Warnings(logging.Handler):
    """What pdfminer warns of while it reads past damage (a broken font, an unknown operator),
    kept with its page to be reported with the article, not printed on the terminal."""

    KEEP = 20

    def __init__(self):
        super().__init__(logging.WARNING)
        self.page = 1  # pdfminer parses a page before extract_pages gives it
        self.found: list = []

    def emit(self, record) -> None:
        if len(self.found) < self.KEEP:
            self.found.append((self.page, collapse_whitespace(record.getMessage())[:160]))


@contextlib.contextmanager
def _pdfminer_warnings():
    logger = logging.getLogger("pdfminer")
    handler, propagate = _Warnings(), logger.propagate
    logger.addHandler(handler)
    logger.propagate = False
    try:
        yield handler
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


def _problem(error: Exception, number: int, total: Optional[int] = None, cut: bool = False) -> str:
    kind = type(error).__name__
    if kind in ("PDFPasswordIncorrect", "PDFEncryptionError", "PDFEncryptionWarning") or "password" in str(error).lower():
        return "encrypted PDF: it needs a password to be read; not read"
    where = f"at page {number + 1}" + (f" of {total:,}" if total and total > number else "") if number else "before its first page"
    detail = str(error).strip() or kind
    damage = "damaged PDF (cut short: its end is missing)" if cut else "damaged PDF"
    return f"{damage}, reading stopped {where} ({kind}: {detail[:200]})"


def _page_lines(layout) -> tuple:
    """The page's text lines, whether it shows anything besides text (images, drawings), and
    the resolution of its largest image (a scan's dpi), if any."""
    from pdfminer.layout import LTChar, LTImage, LTTextBox, LTTextLineHorizontal

    lines, shows_something = [], False
    dpi, largest = None, 0.0
    stack = list(layout)
    while stack:
        item = stack.pop()
        if isinstance(item, LTTextLineHorizontal):
            text = item.get_text()
            if text.strip():
                lines.append(pdf_layout.Line(item.x0, item.y0, item.x1, item.y1, text))
        elif isinstance(item, LTTextBox):
            stack.extend(item)
        elif isinstance(item, LTChar):
            continue
        elif isinstance(item, LTImage):
            shows_something = True
            size = getattr(item, "srcsize", None) or (0, 0)
            if item.width > largest and size[0]:
                largest, dpi = item.width, size[0] * 72 / item.width
        elif hasattr(item, "__iter__"):  # a figure: images, or text drawn inside it
            shows_something = True
            stack.extend(item)
        else:
            shows_something = True  # an image, a curve, a rectangle
    return lines, shows_something, dpi


def _open_pdfium(path):
    import pypdfium2

    try:
        target = os.fspath(path)
    except TypeError:
        target = path.read_bytes()  # a member of a zip or tar file
    return pypdfium2.PdfDocument(target)


def _running_outlet(running: list) -> Optional[str]:
    """A known outlet named by a running header or footer ("Enab Baladi    Press file")."""
    for line in running:
        for part in re.split(r"\s{2,}|\s+[^\w\s]+(?:\s+[^\w\s]+)*\s+", line):
            outlet = known_outlet(part.strip())
            if outlet:
                return outlet
    return None


def _finish(records, scanned: _Scanned, outlet: Optional[str] = None) -> Iterator:
    """Records made PDF records: the format, the outlet a running header names where the text
    names none, and what OCR read."""
    for record in records:
        if isinstance(record, BadRecord):
            yield record
            continue
        record.source_format = "pdf"
        if outlet and not record.outlet:
            record.outlet = outlet
        if scanned.damage:
            pages = sorted({number for number, _ in scanned.damage})
            shown = ", ".join(map(str, pages[:5])) + (" ..." if len(pages) > 5 else "")
            record.notes.append(f"damaged PDF read past its damage on page{'s' if len(pages) > 1 else ''} {shown} "
                                f"({scanned.damage[0][1]}): text there may be missing")
        if scanned.pages:
            record.ocr_pages = scanned.pages
            record.ocr_confidence = scanned.confidence
            if scanned.confidence < LOW_CONFIDENCE:
                record.notes.append(
                    f"read by OCR with a low confidence ({scanned.confidence:.2f}): the text may hold misread words"
                )
        yield record


KEEP_SHARE = 0.8  # of the document's words, under which the whole text after the header is kept


def _one_article(paragraphs: list, name: str) -> Iterator:
    """The text reader's title, byline, date and outlet. Its body is the best run of lines of a
    web page; a report of many pages with headings, lists and tables is more than that run, so
    where the run leaves out more than a fifth of the words, the body is everything from its
    first paragraph on."""
    try:
        record = parse_text_article("\n\n".join(paragraphs), name)
    except ValueError as error:
        yield BadRecord(name, str(error))
        return
    kept = (record.body or "").split("\n\n")
    total = sum(len(p.split()) for p in paragraphs)
    if kept and sum(len(p.split()) for p in kept) < KEEP_SHARE * total:
        first = collapse_whitespace(kept[0])
        start = next((i for i, p in enumerate(paragraphs) if collapse_whitespace(p) == first), None)
        if start is not None:
            record.body = "\n\n".join(paragraphs[start:])
    yield record


def _export_splitter(text: str):
    """The function splitting the text into a news database's articles, if it is an export."""
    from archive.readers.exports import kind_of_text, split_export

    kind = kind_of_text(text[:65536])  # Nexis, Factiva, or a labelled-record export (ProQuest, EBSCO)
    if kind is None:
        return None
    return lambda lines, source: split_export(kind, lines, source, "pdf")
