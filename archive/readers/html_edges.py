"""The edges of a saved page's text, after the extraction: a standfirst kept as the text's first
paragraph, a label over it."""

from __future__ import annotations

import re
from collections import Counter
from typing import Optional

from archive.model import collapse_whitespace
from archive.extract.calls_to_action import without_calls
from archive.extract.residue_lines import without_residue
from archive.readers.page_date import page_date_line  # noqa: F401  (its home since round 19: made linear)

MIN_STANDFIRST_CONTEXT = 3  # paragraphs after it, whose common container tells where the text is


def _without_standfirst(tree, paragraphs: list, description: Optional[str]) -> list:
    """The text without the standfirst the extraction kept as its first paragraph: the page's own
    summary (its description, or the description cut short; or, without one, the element right
    under the headline) set outside the element that holds the text's next paragraphs (a
    summary under the headline, then the body's container), or marked up apart from them in the
    same container (:func:`_set_apart`); or kept as its second, under a line of the page's."""
    if len(paragraphs) <= MIN_STANDFIRST_CONTEXT:
        return paragraphs
    if _bold_standfirst(tree, paragraphs):
        return paragraphs[1:]
    paragraphs = _without_summary_under_kicker(tree, paragraphs)
    first = _element_of(tree, paragraphs[0])
    if not (description and _summarised(paragraphs[0], description)) and not _under_headline(first, paragraphs[0]):
        return paragraphs
    others = [e for e in (_element_of(tree, p) for p in paragraphs[1:MIN_STANDFIRST_CONTEXT + 1]) if e is not None]
    if first is None or len(others) < 2:
        return paragraphs
    common = set(others[0].iterancestors())
    for other in others[1:]:
        common &= set(other.iterancestors())
    if not common:
        return paragraphs
    container = max(common, key=lambda e: sum(1 for _ in e.iterancestors()))
    if container not in set(first.iterancestors()):
        return paragraphs[1:]
    return paragraphs[1:] if _set_apart(first, paragraphs[0], others) else paragraphs


def _bold_standfirst(tree, paragraphs: list) -> bool:
    """Whether the text's first paragraph is a standfirst set in bold: its element's whole text one
    <strong> or <b> (a reader view's or a content system's summary over the story, "<p><strong>...
    </strong></p>"), of a standfirst's length and no dateline, over paragraphs of the story that are
    not bold throughout. A lead in bold type that opens the story starts with its dateline."""
    from archive.extract.paragraphs import opens_with_dateline

    if len(paragraphs[0].split()) > STANDFIRST_WORDS or opens_with_dateline(paragraphs[0]):
        return False
    first = _element_of(tree, paragraphs[0])
    if first is None or first.tag not in ("p", "div") or not _wholly_bold(first):
        return False
    others = [_element_of(tree, p) for p in paragraphs[1:MIN_STANDFIRST_CONTEXT]]
    return all(e is not None and not _wholly_bold(e) for e in others)


def _wholly_bold(element) -> bool:
    children = [child for child in element if isinstance(child.tag, str)]
    return not (element.text or "").strip() and len(children) == 1 and children[0].tag in ("strong", "b") \
        and not (children[0].tail or "").strip()


TITLE_SEPARATORS = ":|–—-·/•"  # between a headline's parts ("Field Update No. 14: Headline", "Headline | Series")
TITLE_PART_WORDS = 20


def without_title_parts(paragraphs: list, titles: list) -> list:
    """The text without the headline's parts the extraction kept over it: a kicker and the <h1>
    ("Series No. 14" / "Headline") that the page's title joins with a separator ("Series No. 14:
    Headline"), each a paragraph of its own at the text's head. Only the first two paragraphs, never
    the last two: the story's own first sentence is no part of a title set apart by a separator."""
    titles = [collapse_whitespace(t).casefold() for t in titles if t and t.strip()]
    cut = 0
    while cut < 2 and len(paragraphs) - cut > 2 and _title_part(paragraphs[cut], titles):
        cut += 1
    return paragraphs[cut:]


def _title_part(paragraph: str, titles: list) -> bool:
    part = collapse_whitespace(paragraph).casefold().rstrip(" " + TITLE_SEPARATORS)
    if not part or len(part.split()) > TITLE_PART_WORDS:
        return False
    for title in titles:
        if title == part:
            return True
        if title.startswith(part) and title[len(part):].lstrip()[:1] in tuple(TITLE_SEPARATORS):
            return True
        if title.endswith(part) and title[:-len(part)].rstrip()[-1:] in tuple(TITLE_SEPARATORS) \
                and title[:-len(part)].strip():
            return True
    return False


def _without_summary_under_kicker(tree, paragraphs: list) -> list:
    """The text without the page's summary set apart right under the headline
    (:func:`_set_apart`) where the extraction kept a line of the page's above it as the first
    paragraph (a masthead's motto, a kicker): the summary is the second paragraph."""
    if len(paragraphs) <= MIN_STANDFIRST_CONTEXT + 1:
        return paragraphs
    second = _element_of(tree, paragraphs[1])
    if second is None or not _under_headline(second, paragraphs[1]) or _under_headline(_element_of(tree, paragraphs[0]), paragraphs[0]):
        return paragraphs
    others = [e for e in (_element_of(tree, p) for p in paragraphs[2:MIN_STANDFIRST_CONTEXT + 2]) if e is not None]
    if len(others) < 2 or not _set_apart(second, paragraphs[1], others):
        return paragraphs
    return paragraphs[:1] + paragraphs[2:]


def _signature(element) -> tuple:
    return element.tag, " ".join(sorted((element.get("class") or "").split()))


def _set_apart(first, paragraph: str, others: list) -> bool:
    """Whether the paragraph under the headline is marked up apart from the text's paragraphs in
    the same container: its element right under the <h1>, of another tag or class than the one
    most of the next paragraphs share ("<h2 class=summary>", "<p class=intro>" over plain "<p>"s):
    the page's summary, not the story's first paragraph (a dateline opens that)."""
    from archive.extract.paragraphs import opens_with_dateline

    if not _under_headline(first, paragraph) or opens_with_dateline(paragraph):
        return False
    shapes = Counter(_signature(e) for e in others)
    shape, count = shapes.most_common(1)[0]
    return count >= 2 and _signature(first) != shape


STANDFIRST_WORDS = 60


def _under_headline(element, paragraph: str) -> bool:
    """Whether the paragraph's element stands right under the page's headline (its previous
    element is the <h1>): a summary set between the headline and the byline, if the text's
    paragraphs stand in another element (checked by the caller)."""
    if element is None or len(paragraph.split()) > STANDFIRST_WORDS:
        return False
    previous = element.getprevious()
    while previous is not None and not isinstance(previous.tag, str):  # a comment between them
        previous = previous.getprevious()
    return previous is not None and previous.tag == "h1"


_INLINE = {"a", "em", "strong", "b", "i", "span", "u", "small", "mark", "abbr", "cite", "q", "time", "font"}


MIN_SUMMARY_WORDS = 8


def _summarised(paragraph: str, description: str) -> bool:
    """Whether the page's description is the paragraph, or its opening cut short (a summary of a
    few words or more)."""
    paragraph, description = _fold(paragraph), _fold(description)
    return paragraph == description or (len(description.split()) >= MIN_SUMMARY_WORDS
                                        and paragraph.startswith(description + " "))


def _element_of(tree, paragraph: str):
    """The innermost element, not an inline one, whose whole text is ``paragraph`` (None if none):
    found from the text node that starts it, then up past inline elements (no element's whole
    text is computed but the few that start as the paragraph does)."""
    opening = paragraph.strip()[:16]
    if not opening:
        return None
    key = _fold(paragraph)
    for node in tree.iter():
        text = node.text if isinstance(node.tag, str) else None
        if not text or not text.strip() or not collapse_whitespace(text[:64]).startswith(opening[:len(text.strip())]):
            continue
        element = node
        while element.tag in _INLINE and element.getparent() is not None:
            element = element.getparent()
        if _fold(element.text_content()) == key:
            return element
    return None


LABEL_WORDS = 4
SUBHEADING_WORDS = 8


def _without_label(paragraphs: list) -> list:
    """The text without a label over its first paragraph ("Brief Analysis", "Opinion"): a few
    words and nothing else (no punctuation, digits or capitals throughout, which a dateline has),
    where no other short line inside the text heads a section."""
    if len(paragraphs) < 3:
        return paragraphs
    first = paragraphs[0]
    if len(first.split()) > LABEL_WORDS or not re.fullmatch(r"[^\W\d_]+(?: [^\W\d_]+)*", first) or first.isupper():
        return paragraphs  # words alone: not a dateline ("BAAR, SWITZERLAND"), no sentence
    if any(len(p.split()) <= SUBHEADING_WORDS and not paragraphs_ends_sentence(p) for p in paragraphs[1:]):
        return paragraphs
    return paragraphs[1:]


def paragraphs_ends_sentence(text: str) -> bool:
    from archive.extract.paragraphs import ends_sentence

    return ends_sentence(text)


def _fold(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text.casefold()).strip()


def without_edge_furniture(paragraphs: list) -> list:
    """The text without furniture by its words at its edges, as the line classifier judges a text
    file's lines (:func:`archive.extract.line_furniture.furniture_reason`: a call to action, a
    widget's words, a "Read more:" link, a copyright line, a menu): the extraction kept a
    newsletter's pitch over the text or a sign-up box under it. Never the only paragraph."""
    paragraphs = [p for p in paragraphs if not _separators(p)] or paragraphs  # a layout table's lone "|"
    celled = [_cell_text(p) for p in paragraphs]
    tabled = any(c is not None for c in celled)  # the text stands in a layout table's cell
    paragraphs = [p if c is None else c for p, c in zip(paragraphs, celled)]
    start, end = 0, len(paragraphs)
    while end > 1 and (_edge_furniture(paragraphs[end - 1]) or (tabled and _layout_row(paragraphs[end - 1]))):
        end -= 1  # under a text laid out in a table, the rows of the page's footer
    whole = len(paragraphs)
    paragraphs = without_residue(paragraphs[:end])  # "Loading", "Vos réactions (12)" under it
    if len(paragraphs) < whole:  # what the furniture stood under: a call to action in sentences perhaps
        paragraphs = without_calls(paragraphs)
    end = len(paragraphs)
    while start < end - 1 and (_edge_furniture(paragraphs[start]) or _layout_row(paragraphs[start])):
        start += 1
    return paragraphs[start:end]


ROW_CELL_WORDS = 12  # a layout table's cell over the text: a logo's row, a menu, a registry's stamp
MENU_ITEMS = 5  # "Home - Local - World - Business - Sport": a menu apart by dashes has many short items
MENU_ITEM_WORDS = 3
_CELL_BARS = re.compile(r"(?<!\\)\|")
_DASHES = re.compile(r"\s[-–—]\s")


def _layout_row(paragraph: str) -> bool:
    """A row of the page's layout table over the text, as the extraction renders a table ("| |
    Where We Work \\| What We Do |", "| | issued by the Registrar ... 10.09.2024 |"): cells of a few
    words, no sentence; or a menu apart by dashes, five items or more of one to three words."""
    from archive.extract.line_furniture import ends_sentence

    text = paragraph.strip()
    if text.startswith("|") and text.endswith("|"):
        cells = [c.replace("\\|", "|").strip() for c in _CELL_BARS.split(text[1:-1])]
        return any(cells) and all(len(c.split()) <= ROW_CELL_WORDS and not ends_sentence(c) and ". " not in c
                                  for c in cells)
    items = _DASHES.split(text)
    return len(items) >= MENU_ITEMS and all(0 < len(i.split()) <= MENU_ITEM_WORDS for i in items) \
        and not ends_sentence(text)


CELL_TEXT_WORDS = 40  # a layout table's cell holding the text itself: a paragraph's length at least


def _cell_text(paragraph: str):
    """The text of a layout table's single cell holding prose, as the extraction writes it ("| The
    story ... |"): without the cell's bars, the bars escaped inside it restored; else None."""
    text = paragraph.strip()
    if not (text.startswith("| ") and text.endswith(" |")):
        return None
    while text.endswith("| |"):  # "| The story ... | |": the row's other cells empty
        text = text[:-2].rstrip()
    inner = text[2:-2]
    if _CELL_BARS.search(inner) or len(inner.split()) < CELL_TEXT_WORDS:
        return None
    from archive.extract.line_furniture import ends_sentence

    return inner.replace("\\|", "|").strip() if ends_sentence(inner.strip()) else None


EDGE_FURNITURE = ("call to action", "copyright")
EDGE_LINKS = ("widget", "link", "menu")  # ... unless the paragraph is a sentence ("More on that in the next issue.")


_SEPARATORS = re.compile(r"^[|·•/\\\-–—\s]+$")
_BAR_CELLS = re.compile(r"\s+[|·•]\s+")


def _separators(paragraph: str) -> bool:
    """A paragraph of separators alone ("|", "| |", "·"): what a layout table or a menu leaves
    between its cells in the extraction, no text."""
    return bool(_SEPARATORS.match(paragraph))


def _edge_furniture(paragraph: str) -> bool:
    """Furniture by its words at the text's edges; a row of a few controls apart by bars too, each
    one furniture ("Print this page | E-mail this page to a friend")."""
    from archive.extract.line_furniture import ends_sentence, furniture_reason

    reason = furniture_reason(paragraph)
    if reason in EDGE_FURNITURE or (reason in EDGE_LINKS and not ends_sentence(paragraph)):
        return True
    cells = _BAR_CELLS.split(paragraph.strip()) if reason is None else []
    return len(cells) >= 2 and all(
        c and (furniture_reason(c) in EDGE_FURNITURE or (furniture_reason(c) in EDGE_LINKS and not ends_sentence(c)))
        for c in cells)


def without_kicker(tree, paragraphs: list) -> list:
    """The text without a kicker the extraction kept as its first paragraph: a label of a few
    words and no sentence ("Press release", "Analysis") set before the page's headline (its
    <h1>) in the page's order, where the text's next paragraph stands after the headline."""
    if len(paragraphs) < 2 or len(paragraphs[0].split()) > LABEL_WORDS or paragraphs_ends_sentence(paragraphs[0]):
        return paragraphs
    headings = tree.xpath("//h1")
    first, second = _element_of(tree, paragraphs[0]), _element_of(tree, paragraphs[1])
    if len(headings) != 1 or first is None or second is None:
        return paragraphs
    order = {element: at for at, element in enumerate(tree.iter())}
    heading = headings[0]
    if order.get(first, -1) < order.get(heading, -1) < order.get(second, -1) and heading not in set(first.iterancestors()):
        return paragraphs[1:]
    return paragraphs


HEADER_PARAGRAPHS = 4  # the extraction's first paragraphs looked at for the header's lines
HEADER_LINE_CHARS = 80


def without_header_lines(paragraphs: list) -> list:
    """The text without the header lines the extraction kept at its top: a date line or a byline
    alone in a paragraph ("17. 5. 2022, 18:04 Uhr", "Von Jana Doe", "Jane Doe"), and the one summary over them
    (the standfirst, set between the headline and the byline). Never the whole text."""
    from archive.extract import bylines
    from archive.extract.byline_blocks import name_line

    def header(paragraph: str) -> bool:  # "Jane Doe" alone: the byline, its label left in the markup
        return len(paragraph) <= HEADER_LINE_CHARS and bool(
            bylines.states_date(paragraph) or bylines.header_byline(paragraph) or name_line(paragraph)
            or labelled_date(paragraph))

    last = None
    for k, paragraph in enumerate(paragraphs[:HEADER_PARAGRAPHS]):
        if header(paragraph):
            last = k
    if last is None:
        return _under_menu_byline(paragraphs, header)
    if last + 1 >= len(paragraphs):
        return paragraphs
    above = [p for p in paragraphs[:last] if not header(p)]
    if len(above) > 1 or any(len(p.split()) > STANDFIRST_WORDS or not paragraphs_ends_sentence(p) for p in above):
        return paragraphs
    return paragraphs[last + 1:]


MENU_HEAD_PARAGRAPHS = 10  # an old page's head kept by the extraction: its menu's items over the byline
MENU_LINE_WORDS = 6
PROSE_UNDER_WORDS = 12  # the text's first paragraph under the byline


def _under_menu_byline(paragraphs: list, header) -> list:
    """The text under a byline or date line that the extraction kept under the page's menu (a
    layout table's links, "News" / "Articles" / "Latest headlines" / a headline or two): every
    paragraph over it short and ending no sentence, prose under it. Else the paragraphs unchanged."""
    for k, paragraph in enumerate(paragraphs[:MENU_HEAD_PARAGRAPHS]):
        if len(paragraph.split()) > MENU_LINE_WORDS or paragraphs_ends_sentence(paragraph):
            if header(paragraph) and k + 1 < len(paragraphs) and k >= 1 \
                    and len(paragraphs[k + 1].split()) >= PROSE_UNDER_WORDS:
                return paragraphs[k + 1:]
            return paragraphs
    return paragraphs


DATE_LABEL_WORDS = 4  # "Mis à jour le", "Zuletzt geändert am": a label of a few words, no digit
DATE_TAIL_WORDS = (2, 6)  # the date ending the line: "6 avril 2023", "12.10.2022, 14:32 Uhr"


def labelled_date(line: str) -> bool:
    """A line of a label and a date ending it, in any language ("Mis à jour le 6 avril 2023",
    "Bijgewerkt 3 maart 2022"): a few words without a digit, then a date (a run of the line's last
    words that :func:`archive.extract.dates.parse_date` reads); a header line, never the text."""
    from archive.extract.dates import parse_date

    words = line.split()
    if not words or not any(c.isdigit() for c in words[-1]) or line.rstrip().endswith("."):
        return False  # the date ends the line, no sentence's stop after it
    for size in range(DATE_TAIL_WORDS[0], min(DATE_TAIL_WORDS[1], len(words)) + 1):
        head = words[:len(words) - size]
        if not head or len(head) > DATE_LABEL_WORDS or any(c.isdigit() for c in " ".join(head)):
            continue
        if parse_date(" ".join(words[-size:])):
            return True
    return False


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def _words(line: str) -> float:
    """Words in a line. Chinese, Japanese and Korean are written without spaces: two of their
    characters count as a word."""
    cjk = len(_CJK.findall(line))
    return len(line.split()) + cjk / 2 if cjk else len(line.split())


def _prose_words(paragraphs) -> float:
    """Words in lines of four words or more (the HTML reader's measure of a page's text): menus
    and link labels do not count."""
    return sum(size for size in map(_words, paragraphs) if size >= 4)


HEAD_WORDS = 25  # a cell's opening words, where a headline's date line glued into it stands
_STAMP = re.compile(r"\b(?:19|20)\d\d\b|\b[0-2]?\d:[0-5]\d\b")  # a year or a clock time


def text_row(paragraph: str) -> bool:
    """A layout table's row, as the extraction writes it ("| Headline Byline 02 Apr 2019, 15:10 The
    story ... | |"), one of whose cells holds prose (``CELL_TEXT_WORDS`` words or more, ending a
    sentence) with a year or a clock time in its opening words: the page is laid out in a table,
    its headline, byline and date line glued to the text in one cell, and is better extracted
    without tables (they are set apart from the text again), however short the story. A cell
    holding the text alone (its header in rows of its own) is read as it stands."""
    from archive.extract.line_furniture import ends_sentence

    text = paragraph.strip()
    if not (text.startswith("|") and text.endswith("|")) or len(text.split()) < CELL_TEXT_WORDS:
        return False
    cells = [c.strip() for c in _CELL_BARS.split(text[1:-1])]
    return any(len(c.split()) >= CELL_TEXT_WORDS and ends_sentence(c) and _STAMP.search(" ".join(c.split()[:HEAD_WORDS]))
               for c in cells)
