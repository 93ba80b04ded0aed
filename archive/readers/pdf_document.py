"""A PDF document's paragraphs from its pages' (:mod:`archive.readers.pdf_layout`), in reading order:

1. Running headers and footers are dropped: a line at the top or bottom of a page that is only a
   page number ("Page 3", "- 3 -", "3 of 7", "صفحة ٣": ``archive/data/page_numbers.txt``), or
   that stands there, digits aside, on most pages (on every page after the first, as many
   layouts leave the first page without one); a line ending a sentence only where it stands on
   every page, apart from the text ("Page 1 of 3 © 2024 Factiva, Inc. All rights reserved."); a
   page's top line, apart from the text, repeating a line that opens an earlier page or a line of
   its own page (a bundle's running head: the title of the document the page belongs to).
2. A paragraph cut by a column or page break is joined again when the first part ends mid-sentence.
3. A word hyphenated at a line's end is joined ("repatri-" + "ation"), unless it is written with
   its hyphen (``archive/data/hyphenated_words.txt``, or the document writes it so elsewhere), or
   the next line starts with a capital ("al-" + "Hol").
"""

from __future__ import annotations

import re

from archive.extract.hyphens import HYPHEN_END, dehyphenate, joined
from archive.readers.pdf_layout import _ENDS_SENTENCE, Line, _line_spacing, clean_text, is_page_number

_DIGITS = re.compile(r"[\d\u0660-\u0669\u06f0-\u06f9]+")


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
            elif pages_count >= 2 and words <= 14 and counts[key] >= pages_count and _apart(pages[number], line, pitch):
                dropped.add(id(line))  # on every page, apart from the text: a footer, though it ends a sentence
        drop.append(dropped)
    _repeated_heads(pages, edge_keys, drop, pitch)
    return drop


HEAD_WORDS = (3, 20)  # a document's title repeated as its pages' running head: its words
HEAD_LINES = 3  # the lines opening a page in which a document's title stands
TITLE_TIMES = 2  # a running head's words stand elsewhere in the text at most this often


def _repeated_heads(pages: list, edge_keys: list, drop: list, pitch) -> None:
    """A page's top line, apart from its text and at the height where most pages have their top
    line (the header's band), that repeats a line opening an earlier page or a line of its own
    page: a bundle's running head naming the document the page belongs to (each document its own
    title, so no one line recurs on most pages). Added to ``drop``."""
    tops = [round(max((l.y1 for p in paragraphs for l in p), default=0) / 6) for paragraphs in pages]
    # a title stands in the text once or twice (its page, the cover's list); a marker every document
    # repeats ("End of Document") many times: the lines not topping a page, counted by their words
    within: dict = {}
    for paragraphs in pages:
        lines = sorted((l for p in paragraphs for l in p), key=lambda l: -l.y1)
        for line in lines[1:]:
            within[_key(line)] = within.get(_key(line), 0) + 1
    openings: set = set()
    for number, (paragraphs, keys, dropped) in enumerate(zip(pages, edge_keys, drop)):
        lines = [line for paragraph in paragraphs for line in paragraph if id(line) not in dropped]
        by_height = sorted(lines, key=lambda l: -l.y1)
        own = {}
        for line in lines:
            own[_key(line)] = own.get(_key(line), 0) + 1
        for line in by_height[:1]:
            key = _key(line)
            words = len(key.split())
            if HEAD_WORDS[0] <= words <= HEAD_WORDS[1] and not _ENDS_SENTENCE.search(line.text) \
                    and (key in openings or own.get(key, 0) >= 2) and within.get(key, 0) <= TITLE_TIMES \
                    and _apart(paragraphs, line, pitch) \
                    and 2 * sum(1 for top in tops if abs(top - round(line.y1 / 6)) <= 1) >= len(pages) >= 2:
                dropped.add(id(line))
        openings.update(_key(line) for line in by_height[:HEAD_LINES + 1] if id(line) not in dropped)


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
            hyphenated = bool(texts) and bool(HYPHEN_END.search(texts[-1])) and text[:1].islower()
            if texts and cut and starts_lower and (abs(sizes[-1] - height) <= 0.2 * height or hyphenated):
                texts[-1] = _join_lines([texts[-1], text])
            else:
                texts.append(text)
                sizes.append(height)
            cut = not _ENDS_SENTENCE.search(lines[-1].text) and (len(lines) >= 2 or bool(HYPHEN_END.search(text)))
    return dehyphenate(texts), running


def _join_lines(lines: list) -> str:
    out = ""
    for line in lines:
        out = joined(out, clean_text(line))
    return out
