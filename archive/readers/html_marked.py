"""Paragraphs at the edges of a saved page's text that the page marks up apart from its text.

A story's paragraphs are written by one template: the same element and the same class (most
often none), one after the other. What a page sets at the text's edges beside them is written by
other parts of its template, and its markup says so: a standfirst, a byline or a date line under
the headline (``<p class="subtitle">``, ``<p class="author">``, ``<p class="date">``), and under the
text a note on its making, a citation to copy, a paywall's prompt, a comment count, a link to a
PDF, a donation appeal, a reprint notice (``<p class="note">``, ``<p class="cite">``,
``<p class="paywall">``, ``<p class="comments">``). The extraction keeps them as paragraphs; their
words are of any language, their markup is the same in all. (A note naming someone, "Reporter Jane
Doe covers ...", is left to the reader of notes on the writer, which weighs it against the byline.)

A paragraph at an edge is the page's where its element carries a class of its own, sharing no
class name with the element most of the text's paragraphs are written in, and it is short (a
line, not a section of the text). At the head it stands before the first of the text's
paragraphs in the page's order, where a header's lines stand (outside the element holding the
text's paragraphs, or in it under the headline), and opens with no dateline. The text's own shape must be clear (at
least three of its paragraphs in one element and class, twice as many as of any other), and
three paragraphs at least are left.
"""

from __future__ import annotations

from collections import Counter

from archive.readers.html_edges import _element_of

MIN_PARAGRAPHS = 4  # fewer, and the text's own markup is not known
EDGE = 5  # paragraphs looked at from each edge
SAMPLE = 12  # paragraphs of the middle whose elements give the text's shape
MIN_SHAPE = 3  # the text's paragraphs in one element and class at least this many times
EDGE_WORDS = 60  # a paragraph set apart at an edge is a line or two, not a section


def _classes(element) -> frozenset:
    return frozenset((element.get("class") or "").split())


def _shape(element) -> tuple:
    return element.tag, _classes(element)


def without_marked_edges(tree, paragraphs: list) -> list:
    """The text without the paragraphs at its head and tail that the page marks up apart from its
    text (see the module); else the paragraphs unchanged."""
    start, end = marked_edges(tree, paragraphs)
    return paragraphs[start:end] if (start, end) != (0, len(paragraphs)) else paragraphs


def marked_edges(tree, paragraphs: list) -> tuple:
    """``(start, end)``: the text is ``paragraphs[start:end]``, the paragraphs marked up apart from
    it at its head and tail left out (see the module)."""
    if len(paragraphs) < MIN_PARAGRAPHS or tree is None:
        return 0, len(paragraphs)
    count = len(paragraphs)
    edges = sorted(set(range(min(EDGE, count))) | set(range(max(0, count - EDGE), count)))
    middle = [k for k in range(count) if k not in edges]
    if len(middle) > SAMPLE:
        step = len(middle) / SAMPLE
        middle = [middle[int(n * step)] for n in range(SAMPLE)]
    elements = {k: _element_of(tree, paragraphs[k]) for k in edges + middle}
    shapes = Counter(_shape(e) for e in elements.values() if e is not None)
    if not shapes:
        return 0, count
    ranked = shapes.most_common(2)
    (tag, classes), most = ranked[0]
    if most < MIN_SHAPE or (len(ranked) > 1 and most < 2 * ranked[1][1]):
        return 0, count  # no one shape the text is written in

    def apart(k: int) -> bool:
        element = elements.get(k)
        if element is None or len(paragraphs[k].split()) > EDGE_WORDS or _note_on_someone(paragraphs[k]):
            return False
        own = _classes(element)
        return bool(own) and not (own & classes) and _shape(element) != (tag, classes)

    most_cut = count - MIN_SHAPE
    end = count
    while count - end < most_cut and end > 1 and apart(end - 1):
        end -= 1
    start = 0
    first_text = next((elements[k] for k in sorted(elements) if elements[k] is not None
                       and _shape(elements[k]) == (tag, classes)), None)
    parents = Counter(e.getparent() for e in elements.values() if e is not None and _shape(e) == (tag, classes))
    container = parents.most_common(1)[0][0]
    order = None
    while start + count - end < most_cut and start < min(EDGE, end - 1) and apart(start):
        if order is None:
            order = {element: n for n, element in enumerate(tree.iter())}
        if first_text is None or order.get(elements[start], -1) > order.get(first_text, -1) \
                or _opens_with_dateline(paragraphs[start]) or not _header_place(elements[start], container):
            break
        start += 1
    return start, end


def _note_on_someone(text: str) -> bool:
    """A note naming someone as its subject ("Reporter Jane Doe covers the courts ...", "Jane Doe is a
    ..."): left to the reader of the note on the writer (:mod:`archive.extract.author_notes`), which
    judges it against the byline; a profile's last paragraph is written so too."""
    from archive.extract.author_notes import AUTHOR_BIO

    match = AUTHOR_BIO.match(text)
    if not match:
        return False
    words = match.group("name").split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def _header_place(element, container) -> bool:
    """Whether an element over the text stands where a header's lines stand: outside the element
    holding the text's paragraphs, or in it under the headline (an ``<h1>``, ``<h2>`` before it in
    the same element). A summary set inside the text's own element, apart from the headline, opens
    the text."""
    if element.getparent() is not container:
        return True
    return any(sibling.tag in ("h1", "h2") for sibling in element.itersiblings(preceding=True))


def _opens_with_dateline(text: str) -> bool:
    from archive.extract.paragraphs import opens_with_dateline

    return opens_with_dateline(text)
