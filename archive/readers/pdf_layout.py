"""A PDF page's text lines, wherever they came from (the text layer or OCR), into paragraphs.

A page is a list of :class:`Line` (a run of text on one baseline with its box, in PDF units, y
upwards). From the pages, :func:`document_paragraphs` gives the document's paragraphs in reading
order:

1. Fragments of one baseline are joined (a justified line the text layer cut at wide spaces),
   right to left where the line is Arabic or Hebrew.
2. Reading order: a page whose lines fall on both sides of a gutter is read column by column,
   section by section (a line across the gutter, such as a headline, closes a section); the
   right-hand column first on a right-to-left page.
3. Running headers and footers are dropped: a line at the top or bottom of a page that is only a
   page number ("Page 3", "- 3 -", "3 of 7", "صفحة ٣": ``archive/data/page_numbers.txt``), or
   that stands there, digits aside, on most pages (on every page after the first, as many
   layouts leave the first page without one).
4. Paragraphs: a new one where the gap between lines grows, the type size changes, a line ends
   where the next line's first word would have fitted, or a line is indented after a line that
   ended a sentence; bylines and date lines stand alone; a paragraph cut by a column or page break is
   joined again when the first part ends mid-sentence.
5. A word hyphenated at a line's end is joined ("repatri-" + "ation"), unless it is written with
   its hyphen (``archive/data/hyphenated_words.txt``, or the document writes it so elsewhere), or
   the next line starts with a capital ("al-" + "Hol").
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
_HYPHEN_END = re.compile(r"([^\W\d_]+)[-\u2010\u00ad]$")
_FIRST_WORD = re.compile(r"^([^\W\d_]+)")
_DIGITS = re.compile(r"[\d\u0660-\u0669\u06f0-\u06f9]+")
# Ligatures and Arabic presentation forms some PDFs carry: read as their letters.
_COMPAT = re.compile(r"[\ufb00-\ufb06\ufb50-\ufdff\ufe70-\ufefe]+")
HYPHEN_MARK = "\u0000"  # stands where a line ended in a hyphen, until the document is read whole


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


@functools.lru_cache(maxsize=1)
def _hyphenated_words() -> frozenset:
    path = Path(__file__).resolve().parent.parent / "data" / "hyphenated_words.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().casefold() for line in lines if line.strip() and not line.startswith("#"))


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


# -- the document ----------------------------------------------------------------------------


def _key(line: Line) -> str:
    """A line as compared across pages: its words, digits as "#" (OCR's specks and stray marks
    left out)."""
    return _DIGITS.sub("#", " ".join(re.findall(r"\w+", line.text.casefold())))


APART_PITCH = 1.2  # times the line spacing a header or footer stands from the text, at least


def running_lines(pages: list) -> list:
    """For each page (a list of paragraphs of lines), the set of ``id()`` of its lines that are
    running headers, footers or page numbers: the same words at the same height on the page
    (a line repeated at varying heights, such as an export's "End of Document", is text)."""
    edge_keys = []
    for paragraphs in pages:
        lines = [line for paragraph in paragraphs for line in paragraph]
        by_height = sorted(lines, key=lambda l: -l.y1)
        edge_keys.append({(_key(l), round(l.y1 / 6)): l for l in by_height[:2] + by_height[-2:]})
    counts: dict = {}
    for keys in edge_keys:
        for key, height in keys:
            for near in (height - 1, height, height + 1):  # within about 6 points
                counts[(key, near)] = counts.get((key, near), 0) + 1
    pages_count = len(pages)
    pitch = _line_spacing(sorted(a.y1 - b.y1 for paragraphs in pages for paragraph in paragraphs
                                 for a, b in zip(paragraph, paragraph[1:]) if a.y1 > b.y1))
    drop = []
    for number, keys in enumerate(edge_keys):
        dropped = set()
        for key, line in keys.items():
            words = len(key[0].split())
            if is_page_number(line.text):
                dropped.add(id(line))
            elif pages_count >= 2 and words <= 10 and not _ENDS_SENTENCE.search(line.text) and (
                (counts[key] >= 2 and counts[key] * 2 >= pages_count)
                or (number > 0 and counts[key] >= pages_count - 1 and _apart(pages[number], line, pitch))
            ):
                dropped.add(id(line))
        drop.append(dropped)
    return drop


def _apart(paragraphs: list, line: Line, pitch=None) -> bool:
    """Whether a line stands apart from the page's text, as a header or footer does: a paragraph
    of its own, not ending in a comma or a hyphen (a sentence carrying on), further from the
    nearest line than the document's line spacing (``pitch``). A page's first line of text, set
    apart by OCR's layout analysis, sits at the line spacing: headers were 1.4-3.5 times it on
    the benchmark's PDFs, that line 0.96 (bench/README.md)."""
    if not any(len(p) == 1 and p[0] is line for p in paragraphs) or re.search(r"[,;\-‐]\s*$", line.text):
        return False
    if not pitch:
        return True
    nearest = [abs(other.y1 - line.y1) for p in paragraphs for other in p
               if other is not line and abs(other.y1 - line.y1) > 0.5 * line.height]
    return not nearest or min(nearest) > APART_PITCH * pitch


def document_paragraphs(pages: list) -> tuple:
    """``(paragraphs, running)``: the document's paragraphs as text, from each page's paragraphs
    of lines (running lines dropped, paragraphs cut by a page or column break joined, hyphenated
    words joined), and the running headers and footers dropped (their text, once each: they may
    name the outlet)."""
    drop = running_lines(pages)
    running = list(dict.fromkeys(
        clean_text(line.text) for page, dropped in zip(pages, drop) for paragraph in page for line in paragraph
        if id(line) in dropped and not is_page_number(line.text)
    ))
    texts: list = []
    sizes: list = []
    cut = False  # the last paragraph ended at a page or column break, mid-sentence
    for page, dropped in zip(pages, drop):
        for position, paragraph in enumerate(page):
            lines = [l for l in paragraph if id(l) not in dropped]
            if not lines:
                continue
            text = _join_lines([l.text for l in lines])
            height = sorted(l.height for l in lines)[len(lines) // 2]
            starts_lower = text[:1].islower() or (lines[0].rtl and len(paragraph) >= 1)
            hyphenated = bool(texts) and bool(_HYPHEN_END.search(texts[-1])) and text[:1].islower()
            if texts and cut and starts_lower and (abs(sizes[-1] - height) <= 0.2 * height or hyphenated):
                texts[-1] = _join_lines([texts[-1], text])
            else:
                texts.append(text)
                sizes.append(height)
            cut = not _ENDS_SENTENCE.search(lines[-1].text) and (len(lines) >= 2 or bool(_HYPHEN_END.search(text)))
    return _dehyphenate(texts), running


def _join_lines(lines: list) -> str:
    out = ""
    for line in lines:
        line = clean_text(line)
        if not out:
            out = line
        elif _HYPHEN_END.search(out) and _FIRST_WORD.match(line):
            out = out[:-1] + HYPHEN_MARK + line
        else:
            out = f"{out} {line}"
    return out


def _dehyphenate(texts: list) -> list:
    """Each hyphen that ended a line: kept where the document writes the hyphenated word
    elsewhere or the part after it starts with a capital, dropped otherwise."""
    whole = "\n".join(texts)
    hyphenated = {m.group().casefold() for m in re.finditer(r"[^\W\d_]+-[^\W\d_]+", whole)}
    joined = {m.group().casefold() for m in re.finditer(r"[^\W\d_]+", whole)}  # words never broken

    def decide(match) -> str:
        left, right = match.group(1), match.group(2)
        if right[:1].isupper():
            return f"{left}-{right}"
        word = f"{left}-{right}".casefold()
        if word in _hyphenated_words() or (word in hyphenated and (left + right).casefold() not in joined):
            return f"{left}-{right}"
        return left + right

    pattern = re.compile(rf"([^\W\d_]+){HYPHEN_MARK}([^\W\d_]+)")
    return [pattern.sub(decide, text).replace(HYPHEN_MARK, "-") for text in texts]
