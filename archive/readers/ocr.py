"""Text from page images: Debian's ``tesseract`` (its command line; no Python wrapper needed),
English and Arabic.

A page is rendered by PDFium (``pypdfium2``) at :data:`DPI` in greyscale and handed to tesseract
on its standard input as a PGM image; tesseract's TSV output gives each word with its box and
confidence, grouped into lines and paragraphs (its own layout analysis, which reads columns).
The language is chosen per page: the document's language so far, and the other one when that
reads poorly (Arabic read as English comes back with a low confidence, and the other way round);
the reading with the higher mean word confidence wins.

tesseract runs on one thread (``OMP_THREAD_LIMIT=1``): imports already use a core per worker.
Where tesseract or its language data is missing, :func:`available` says so and
:data:`MISSING` is the remedy the reader reports; the text layer of other PDFs is read as before.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from typing import Optional

from archive.readers.pdf_layout import _ENDS_SENTENCE, Line, split_headers

DPI = 300  # a page is rendered at its scan's own resolution (within MIN_DPI-MAX_DPI), else at this
MIN_DPI, MAX_DPI = 150, 400
LANGUAGES = ("eng", "ara")
# Mean word confidence under which the other language is tried: a page read in its own language
# scores 0.7-0.95 on the benchmark's scans (noisy ones included), in the other about 0.3.
RETRY_BELOW = 0.60
TIMEOUT = 120  # seconds for one page
NOISE_BELOW = 60  # a "word" of symbols only, read with less confidence than this, is a speck
_ALNUM = re.compile(r"[^\W_]")
MISSING = "install tesseract to read it: apt-get install tesseract-ocr tesseract-ocr-eng tesseract-ocr-ara"


class OcrError(RuntimeError):
    """tesseract failed on a page; the message says how."""


@functools.lru_cache(maxsize=1)
def installed_languages() -> tuple:
    """The languages of :data:`LANGUAGES` tesseract can read here; empty when it is missing."""
    binary = shutil.which("tesseract")
    if not binary:
        return ()
    try:
        listing = subprocess.run([binary, "--list-langs"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return ()
    found = {line.strip() for line in listing.splitlines()[1:]}
    return tuple(language for language in LANGUAGES if language in found)


def available() -> bool:
    return bool(installed_languages())


@dataclass
class OcrPage:
    """One page read by OCR: paragraphs of lines (boxes in PDF points, y upwards), the mean word
    confidence (0-1), the number of words and the language used."""

    paragraphs: list = field(default_factory=list)
    confidence: float = 0.0
    words: int = 0
    language: str = ""


def render(document, index: int, dpi: int = DPI) -> tuple:
    """``(PGM bytes, width, height)`` of page ``index`` of a ``pypdfium2.PdfDocument``."""
    page = document[index]
    try:
        bitmap = page.render(scale=dpi / 72, grayscale=True)
        width, height, stride = bitmap.width, bitmap.height, bitmap.stride
        buffer = bytes(bitmap.buffer)
    finally:
        page.close()
    rows = buffer if stride == width else b"".join(buffer[r * stride:r * stride + width] for r in range(height))
    return b"P5\n%d %d\n255\n" % (width, height) + rows, width, height


def read_image(pgm: bytes, height_px: int, language: str, dpi: int = DPI) -> OcrPage:
    """One page image read in one language."""
    binary = shutil.which("tesseract")
    if not binary:
        raise OcrError(f"tesseract is not installed; {MISSING}")
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    try:
        done = subprocess.run(
            [binary, "stdin", "stdout", "-l", language, "--psm", "3", "--dpi", str(dpi), "tsv"],
            input=pgm, capture_output=True, timeout=TIMEOUT, env=env,
        )
    except subprocess.TimeoutExpired:
        raise OcrError(f"tesseract took more than {TIMEOUT} s on one page") from None
    except OSError as error:
        raise OcrError(f"tesseract cannot run: {error}") from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise OcrError(f"tesseract failed: {message[-1] if message else done.returncode}")
    return _parse_tsv(done.stdout.decode("utf-8", "replace"), height_px, language, 72 / dpi)


def _parse_tsv(tsv: str, height_px: int, language: str, scale: float) -> OcrPage:
    lines: dict = {}  # (block, paragraph, line) -> [box, words]
    confidences = []
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12:
            continue
        level, block, par, line = (int(c) for c in (cells[0], cells[2], cells[3], cells[4]))
        left, top, width, height = (int(c) for c in cells[6:10])
        key = (block, par, line)
        if level == 4:
            lines[key] = [(left, top, width, height), []]
        elif level == 5 and cells[11].strip():
            confidence = float(cells[10])
            if confidence < NOISE_BELOW and not _ALNUM.search(cells[11]):
                continue  # a speck read as "©", "|" or "_"
            lines.setdefault(key, [(left, top, width, height), []])[1].append(cells[11].strip())
            if confidence >= 0:
                confidences.append(confidence / 100)
    paragraphs: list = []  # [block, [Line, ...]] in tesseract's order
    last_key = None
    for (block, par, _), ((left, top, width, height), words) in lines.items():
        if not words:
            continue
        box = Line(left * scale, (height_px - top - height) * scale, (left + width) * scale,
                   (height_px - top) * scale, " ".join(words))
        if (block, par) != last_key and not (paragraphs and _carries_on(paragraphs[-1], block, box)):
            paragraphs.append([block, []])
        paragraphs[-1][1].append(box)
        last_key = (block, par)
    mean = sum(confidences) / len(confidences) if confidences else 0.0
    return OcrPage(split_headers([lines for _, lines in paragraphs]), mean, len(confidences), language)


def _carries_on(paragraph: list, block: int, line: Line) -> bool:
    """Whether a line tesseract starts a paragraph with goes on with the paragraph before it: the
    same block, that paragraph's last line not ending a sentence, the same type size, and the
    line at the usual distance below it (tesseract splits paragraphs at a line it finds indented
    or short, which cut the opening lines of a report into paragraphs of one line each)."""
    previous_block, lines = paragraph
    above = lines[-1]
    if previous_block != block or _ENDS_SENTENCE.search(above.text):
        return False
    size = min(above.height, line.height)
    return abs(above.height - line.height) <= 0.2 * size and 0 < above.y1 - line.y1 <= 1.8 * size


def read_page(document, index: int, first_choice: Optional[str] = None, dpi: Optional[float] = None) -> OcrPage:
    """Page ``index`` of a PDFium document read by OCR in the language that reads it best;
    ``dpi``, the resolution of the scan on the page where known (upscaling a 200-dpi scan to 300
    made tesseract slower and no better on the benchmark)."""
    languages = installed_languages()
    if not languages:
        raise OcrError(f"tesseract is not installed; {MISSING}")
    dpi = int(min(MAX_DPI, max(MIN_DPI, dpi))) if dpi else DPI
    pgm, _, height = render(document, index, dpi)
    order = sorted(languages, key=lambda language: language != first_choice)
    best = None
    for language in order:
        page = read_image(pgm, height, language, dpi)
        if best is None or page.confidence > best.confidence:
            best = page
        if best.confidence >= RETRY_BELOW or best.words == 0:
            break
    return best
