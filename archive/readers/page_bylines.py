"""The byline a saved web page writes on a line of its own text, where no element holds it alone
(:func:`page_byline`): an old page laid out in a table writes its headline in ``<font><b>``, then
``Posted: 14/12/2019 by Jane Doe<br>`` as a bare text run between two line breaks, so neither the
markup (no ``rel=author``, no author class), nor the elements under the headline (the run is no
element's text), nor trafilatura's author heuristics see it.

The general argument: what a reader sees as a line is what stands between two line breaks or block
boundaries, whatever element holds it. Reading the page's visible lines and keeping the one that is a
labelled byline ("By Jane Doe", "Posted on 2 May 2022 by Jane Doe", "Reporter: Jane Doe";
:func:`archive.extract.bylines.byline`), or one opened by a byline word of any language the data
lists ("Researchers: Jane Doe and John Roe"; :mod:`archive.extract.byline_openers`), finds the writer such a page names. Only a line of the
article's part of the page counts (not navigation, header, aside, footer, form, comments), and only
where the page names one writer so: two different labelled bylines (a listing, a comment thread) give
none.
"""

from __future__ import annotations

from typing import Optional

from archive.model import collapse_whitespace

# Elements that end a visible line: a block's boundary or a line break.
LINE_BREAKS = frozenset({"br", "hr", "div", "p", "ul", "ol", "li", "section", "footer", "header", "article",
                         "aside", "nav", "dl", "dt", "dd", "table", "tr", "td", "th", "blockquote", "form",
                         "h1", "h2", "h3", "h4", "h5", "h6", "main", "figure", "figcaption"})
OUTSIDE = frozenset({"nav", "header", "aside", "footer", "form", "script", "style", "noscript", "select",
                     "button", "template"})
_OUTSIDE_MARKS = ("comment", "sidebar", "related", "nav", "menu")
BYLINE_LINE_CHARS = 120  # a byline line is short


def visible_lines(tree) -> list:
    """The page's body as a reader sees its lines: the text between two line breaks or block
    boundaries, white space collapsed, empty lines left out; parts outside the article
    (:data:`OUTSIDE`, or classed as comments, sidebar, related, navigation) left out."""
    bodies = tree.xpath("//body")
    if not bodies:
        return []
    lines: list = []
    current: list = []

    def flush() -> None:
        text = collapse_whitespace("".join(current))
        if text:
            lines.append(text)
        current.clear()

    def walk(node) -> None:
        current.append(node.text or "")
        for child in node:
            if isinstance(child.tag, str) and not _outside(child):
                if child.tag in LINE_BREAKS:
                    flush()
                    walk(child)
                    flush()
                else:
                    walk(child)
            current.append(child.tail or "")

    walk(bodies[0])
    flush()
    return lines


def _outside(element) -> bool:
    if element.tag in OUTSIDE:
        return True
    marks = f"{element.get('class') or ''} {element.get('id') or ''}".casefold()
    return any(mark in marks for mark in _OUTSIDE_MARKS)


def page_byline(tree) -> Optional[str]:
    """The writer the one labelled byline among the page's visible lines names ("Posted: 14/12/2019
    by Jane Doe"), a person's name; None where no line or two lines naming different writers do."""
    from archive.extract import bylines
    from archive.extract.byline_openers import name_after_opener

    found = set()
    for line in visible_lines(tree):
        if len(line) > BYLINE_LINE_CHARS:
            continue
        read = bylines.byline(line)
        name = read[0] if read else name_after_opener(line)  # "Researchers: Jane Doe and John Roe"
        if name and not bylines.not_a_person(name, None):
            found.add(name)
    if found:
        return found.pop() if len(found) == 1 else None
    return box_author(tree) or transcript_host(visible_lines(tree))  # "SARA FELDMANN: ..." opening its transcript


def transcript_host(lines: list) -> Optional[str]:
    """The one voice a transcript among the page's lines names (:mod:`archive.extract.byline_transcripts`)."""
    from archive.extract.byline_transcripts import transcript_host as host

    return host(lines)


_BOX_MARKS = ("author", "bio", "writer", "auteur", "autor")
BOX_NAME_WORDS = 5


def _continues(text: str) -> bool:
    """Whether a box's next text goes on with the sentence its name opened ("<strong>Jane Doe</strong>
    is a security analyst ...", "... est chercheuse à ...", "... ist Journalistin"): a word in small
    letters first, then a few more (a verb of any language, its sentence)."""
    words = text.split()
    return len(words) >= 3 and words[0][:1].isalpha() and words[0][:1].islower()


def box_author(tree) -> Optional[str]:
    """The writer an author's box under the text names (round 30): an element the markup marks as the
    author's or a bio (``class="author-bio"``, ``id="about-the-author"``) whose first text is a person's
    name alone and whose next text opens with that name ("<strong>Jane Doe</strong>" over "Jane Doe is a
    researcher in ..."): the note on the writer names them; None where no such box, or two writers' boxes."""
    from archive.extract import bylines

    found = set()
    for element in tree.xpath("//body//*[@class or @id]"):
        marks = f"{element.get('class') or ''} {element.get('id') or ''}".casefold()
        if not any(mark in marks for mark in _BOX_MARKS) or element.tag in ("script", "style", "img", "a"):
            continue
        texts = [collapse_whitespace(t) for t in element.itertext()]
        texts = [t for t in texts if t]
        if len(texts) < 2 or len(texts[0].split()) > BOX_NAME_WORDS:
            continue
        name = bylines.bare_name(texts[0])
        if name != texts[0] or not bylines.person_name(name) or not (texts[1].startswith(name + " ") or _continues(texts[1])):
            continue
        found.add(name)
    return found.pop() if len(found) == 1 else None
