"""A PDF page's text lines, wherever they came from (the text layer or OCR), into paragraphs.

A page is a list of :class:`Line` (a run of text on one baseline with its box, in PDF units, y
upwards). :func:`page_paragraphs` gives a page's paragraphs, each a list of lines in reading
order; :mod:`archive.readers.pdf_document` makes the document's paragraphs of the pages' (running
headers and footers dropped, paragraphs cut by a page break joined, hyphenated words joined).

1. Fragments of one baseline are joined (a justified line the text layer cut at wide spaces),
   right to left where the line is Arabic or Hebrew.
2. Reading order: a page whose lines fall on both sides of a gutter is read column by column,
   section by section (a line across the gutter, such as a headline, closes a section); the
   right-hand column first on a right-to-left page.
3. Paragraphs: a new one where the gap between lines grows, the type size changes, a line ends
   where the next line's first word would have fitted, or a line is indented after a line that
   ended a sentence; bylines and date lines stand alone.

A line that is only a page number ("Page 3", "- 3 -", "3 of 7", "صفحة ٣":
``archive/data/page_numbers.txt``) is told here too (:func:`is_page_number`), and so are the pages
where the articles of a clippings file start (:func:`article_starts`).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from archive.model import collapse_whitespace

_RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_LETTER = re.compile(r"[^\W\d_]")
_ENDS_SENTENCE = re.compile(r"[.!?؟:;»\"”’)\]]\s*$")
# Ligatures and Arabic presentation forms some PDFs carry: read as their letters.
_COMPAT = re.compile(r"[\ufb00-\ufb06\ufb50-\ufdff\ufe70-\ufefe]+")


@dataclass
class Line:
    x0: float
    y0: float
    x1: float
    y1: float
    text: str

    @property
    def height(self) -> float:
        return max(self.y1 - self.y0, 1.0)

    @property
    def rtl(self) -> bool:
        return is_rtl(self.text)


def is_rtl(text: str) -> bool:
    letters = _LETTER.findall(text)
    return bool(letters) and len(_RTL.findall(text)) * 2 > len(letters)


def clean_text(text: str) -> str:
    """Whitespace collapsed; ligatures and presentation forms as plain letters."""
    return collapse_whitespace(_COMPAT.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text))


@functools.lru_cache(maxsize=1)
def _page_number_patterns() -> tuple:
    path = Path(__file__).resolve().parent.parent / "data" / "page_numbers.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(re.compile(f"^(?:{line.strip()})$", re.I) for line in lines if line.strip() and not line.startswith("#"))


def is_page_number(text: str) -> bool:
    text = collapse_whitespace(text)
    return any(pattern.match(text) for pattern in _page_number_patterns())


# -- one page --------------------------------------------------------------------------------


def join_fragments(lines: list) -> list:
    """Fragments on one baseline, close enough to be one line of one column, as one Line."""
    lines = sorted((l for l in lines if l.text.strip()), key=lambda l: (-round(l.y0), l.x0))
    groups: list = []  # [box, fragments]
    for line in lines:
        for group in groups:
            box = group[0]
            same_base = abs(box.y0 - line.y0) < 0.35 * min(box.height, line.height)
            gap = max(line.x0 - box.x1, box.x0 - line.x1)
            if same_base and gap < 1.6 * max(box.height, line.height):
                group[0] = Line(min(box.x0, line.x0), min(box.y0, line.y0), max(box.x1, line.x1), max(box.y1, line.y1), "")
                group[1].append(line)
                break
        else:
            groups.append([Line(line.x0, line.y0, line.x1, line.y1, ""), [line]])
    return [_combine(box, fragments) for box, fragments in groups]


def _combine(box: Line, fragments: list) -> Line:
    """Fragments of one line in reading order: right to left when the leftmost one with letters
    is in Arabic script (the line's direction; in a left-to-right line, "HD" then Arabic)."""
    fragments = sorted(fragments, key=lambda f: f.x0)
    if len(fragments) == 1:
        return Line(box.x0, box.y0, box.x1, box.y1, fragments[0].text)
    strong = next((f for f in fragments if _LETTER.search(f.text)), fragments[0])
    if is_rtl(strong.text):
        fragments.reverse()
    return Line(box.x0, box.y0, box.x1, box.y1, collapse_whitespace(" ".join(f.text for f in fragments)))


def _gutter(lines: list, x0: float, x1: float):
    """An x between two columns of lines in [x0, x1], or None: the point with most lines wholly on
    each side (at least three each) and fewer crossing it than on either side."""
    best, best_score = None, 0
    width = x1 - x0
    candidates = sorted({round(l.x1) + 1 for l in lines} | {round(l.x0) - 1 for l in lines})
    for x in candidates:
        if not x0 + 0.2 * width <= x <= x1 - 0.2 * width:
            continue
        left = sum(1 for l in lines if l.x1 < x)
        right = sum(1 for l in lines if l.x0 > x)
        crossing = len(lines) - left - right
        score = min(left, right) - 2 * crossing
        if left >= 3 and right >= 3 and score > best_score:
            best, best_score = x, score
    return best


def reading_order(lines: list, rtl_page: bool = False, depth: int = 0) -> list:
    """The page's lines in reading order, each with the number of the column it was read in."""
    if not lines:
        return []
    x0, x1 = min(l.x0 for l in lines), max(l.x1 for l in lines)
    split = _gutter(lines, x0, x1) if depth < 3 else None
    by_height = sorted(lines, key=lambda l: -l.y1)
    if split is None:
        return [(line, depth * 10) for line in by_height]
    ordered, section = [], []

    def close_section():
        left = [l for l in section if l.x1 < split]
        right = [l for l in section if l.x0 > split]
        first, second = (right, left) if rtl_page else (left, right)
        ordered.extend((l, c + 1) for l, c in reading_order(first, rtl_page, depth + 1))
        ordered.extend((l, c + 2) for l, c in reading_order(second, rtl_page, depth + 1))
        section.clear()

    for line in by_height:
        if line.x0 < split < line.x1:  # across the gutter: a headline, a footer
            close_section()
            ordered.append((line, depth * 10))
        else:
            section.append(line)
    close_section()
    return ordered


def page_paragraphs(lines: list) -> list:
    """The page's paragraphs, each a list of lines in reading order (``Line`` objects)."""
    lines = join_fragments(lines)
    if not lines:
        return []
    rtl_page = sum(l.rtl for l in lines) * 2 > len(lines)
    ordered = reading_order(lines, rtl_page)
    gaps = sorted(a.y1 - b.y1 for (a, ca), (b, cb) in zip(ordered, ordered[1:]) if ca == cb and a.y1 > b.y1)
    usual_gap = _line_spacing(gaps)
    edges = _column_edges(ordered)
    paragraphs: list = []
    previous = previous_column = None
    for line, column in ordered:
        if previous is None or _breaks(previous, line, previous_column == column, usual_gap, edges[column]):
            paragraphs.append([])
        paragraphs[-1].append(line)
        previous, previous_column = line, column
    return paragraphs


def _line_spacing(gaps: list):
    """The distance between lines of one paragraph: the smallest that recurs (where most
    paragraphs are one line spaced apart, the median would be the gap between paragraphs)."""
    if not gaps:
        return None
    enough = max(2, len(gaps) // 10)
    for gap in gaps:  # ascending
        if gap > 0 and sum(1 for other in gaps if gap <= other <= 1.1 * gap) >= enough:
            return gap
    return gaps[len(gaps) // 2]


def _header_line(text: str) -> bool:
    """A short line that is a byline or states a date ("By Jane Doe | Rudaw", "كتب: ...",
    "Published: 2023-02-09")."""
    if len(text.split()) > 10:
        return False
    from archive.extract import bylines

    text = collapse_whitespace(text)
    return bool(bylines.header_byline(text) or bylines.date_in(text))


def _column_edges(ordered: list) -> dict:
    """Each column's left and right edge: where its lines start and end, the page's top and
    bottom two lines left out (a running header may be wider than the text)."""
    by_height = sorted((line for line, _ in ordered), key=lambda l: -l.y1)
    edge_lines = {id(l) for l in by_height[:2] + by_height[-2:]} if len(by_height) > 6 else set()
    columns: dict = {}
    for line, column in ordered:
        columns.setdefault(column, []).append(line)
    edges = {}
    for column, lines in columns.items():
        inner = [l for l in lines if id(l) not in edge_lines] or lines
        edges[column] = (min(l.x0 for l in inner), max(l.x1 for l in inner))
    return edges


def _breaks(above: Line, line: Line, same_column: bool, usual_gap, edges) -> bool:
    if not same_column or above.y1 <= line.y1:
        return True
    if abs(above.height - line.height) > 0.2 * min(above.height, line.height):
        return True  # another type size: a headline, a caption
    if _header_line(above.text) or _header_line(line.text):
        return True  # a byline or a dateline is a line of its own
    if usual_gap and above.y1 - line.y1 > 1.2 * usual_gap:
        return True
    size = line.height
    left, right = edges
    width = right - left
    ended = bool(_ENDS_SENTENCE.search(above.text))
    if above.rtl != line.rtl:
        return True  # the script's direction changes: an Arabic headline after an English line
    if line.rtl:
        indented = line.x1 < right - 1.2 * size and above.x1 >= right - 1.2 * size
        room_after = above.x0 - left  # the space a line leaves at its end
    else:
        indented = line.x0 > left + 1.2 * size and above.x0 <= left + 1.2 * size
        room_after = right - above.x1
    if room_after > 0.4 * width:
        return True  # a line that ends well short of the column: a headline, a byline, a date
    words = line.text.split()
    char_width = (above.x1 - above.x0) / max(len(above.text.strip()), 1)
    if words and room_after > 1.6 * (len(words[0]) + 2) * char_width:  # with a margin: letters vary in width
        return True  # the next line's first word would have fitted: the line ended by choice
    room_in_line = (line.x0 - left) if line.rtl else (right - line.x1)
    if room_after > 0.25 * width and room_in_line > 0.25 * width:
        return True  # two short lines running: header lines (a paragraph has one, its last)
    return ended and (indented or room_after > 3 * size)


def split_headers(paragraphs: list) -> list:
    """Paragraphs found by someone else (OCR) cut where a byline or date line starts or ends, or
    where the type size jumps (a headline over the byline)."""
    out = []
    for paragraph in paragraphs:
        current = []
        for line in paragraph:
            if current and (_header_line(current[-1].text) or _header_line(line.text)
                            or max(line.height, current[-1].height) > 2.0 * min(line.height, current[-1].height)):
                out.append(current)
                current = []
            current.append(line)
        if current:
            out.append(current)
    return out


def article_starts(pages: list, within: int = 5) -> list:
    """The pages where an article starts, for a clippings file (articles one after another, each
    from a new page): the first page, and each page whose first few paragraphs hold a headline
    (a short paragraph without a final stop) followed by a byline or a date line. ``[0]`` when
    the first page does not start so."""
    starts = []
    for number, paragraphs in enumerate(pages):
        texts = [" ".join(l.text for l in p) for p in paragraphs[:within]]
        texts = [t for t in texts if not is_page_number(t)]
        for j, text in enumerate(texts):
            if j and _header_line(text) and any(_headline_like(t) for t in texts[:j]):
                starts.append(number)
                break
    return starts if starts[:1] == [0] else [0]


def _headline_like(text: str) -> bool:
    text = collapse_whitespace(text)
    return 2 <= len(text.split()) <= 30 and not re.search(r"[.!?]$", text) and not _header_line(text)
