"""HTML found inside a text field (a JSON Lines body, a CSV cell, a feed's content): read as HTML.

Block elements (``<p>``, ``<div>``, headings, list items) end paragraphs and ``<br>`` ends a
line; inline markup (``<a>``, ``<em>``, ``<strong>``) keeps its words. Left out: scripts and
styles, figures and their captions, forms and buttons, asides and navigation, lists of links
(related stories), and blocks whose class or id says what they are ("related", "share",
"newsletter", ...; archive/data/field_markup.txt). Entities are decoded.

A plain field without line breaks may mark its paragraphs some other way (:func:`marked_paragraphs`):
a pilcrow, Unicode's paragraph or line separator, a written ``\\n`` escape, an encoded newline
(``&#10;``) or a doubled bar; those marks are read as paragraph breaks, so that the checks that trim
a body's edges see its paragraphs.
"""

from __future__ import annotations

import functools
import html
import re

from archive.extract.data import data_lines

# Tags that structure content: a field holding them is HTML. Inline or active markup alone
# (<b>, <img>, <script>) is not enough: text that shows such strings stays text.
_MARKUP = re.compile(
    r"<(?:p|div|br|ul|ol|li|h[1-6]|blockquote|figure|section|article|table|a\s+href)\b[^<>]*>", re.I
)
DROPPED = {"script", "style", "noscript", "iframe", "form", "button", "nav", "aside", "figure", "figcaption",
           "svg", "img", "video", "audio", "object", "embed", "template", "head", "title", "meta", "link"}
BLOCKS = {"p", "div", "section", "article", "header", "footer", "main", "blockquote", "li", "ul", "ol", "dl",
          "dt", "dd", "table", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "hr", "address"}


@functools.lru_cache(maxsize=None)
def _furniture() -> re.Pattern:
    words = [line.casefold() for line in data_lines("field_markup.txt")]
    return re.compile(r"(?:^|[\s_-])(?:" + "|".join(re.escape(w) for w in words) + r")(?:$|[\s_-])")


def looks_like_html(text: str) -> bool:
    """Whether a field holds HTML (two structuring tags, or one and a closing tag), not text that
    shows a ``<``."""
    if not text or "<" not in text:
        return False
    tags = _MARKUP.findall(text[:20000])
    return len(tags) >= 2 or (len(tags) == 1 and "</" in text)


def html_text(fragment: str) -> str:
    """The text of an HTML fragment, paragraphs separated by a blank line."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return _strip_tags(fragment)
    paragraphs: list = []
    current: list = []

    def end_paragraph():
        lines = [" ".join(line.split()) for line in "".join(current).split("\n")]
        text = "\n".join(line for line in lines if line)
        if text:
            paragraphs.append(text)
        current.clear()

    def end_line():  # <br>: a line break; two in a row, a paragraph break
        if "".join(current).split("\n")[-1].strip():
            current.append("\n")
        else:
            end_paragraph()

    def walk(element):
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if not tag or _dropped(element, tag):
            if element.tail:
                current.append(element.tail.replace("\n", " "))
            return
        block = tag in BLOCKS
        if block:
            end_paragraph()
        if tag == "br":
            end_line()
        if element.text:
            current.append(element.text.replace("\n", " "))
        for child in element:
            walk(child)
        if block:
            end_paragraph()
        if element.tail:
            current.append(element.tail.replace("\n", " "))

    walk(root)
    end_paragraph()
    return "\n\n".join(paragraphs)


def _dropped(element, tag: str) -> bool:
    if tag in DROPPED:
        return True
    names = " ".join(filter(None, (element.get("class"), element.get("id"), element.get("role")))).casefold()
    if names and _furniture().search(names):
        return True
    if tag in ("p", "div") and _one_link(element):
        return True  # "<p class="also"><a href="...">Subscribe to X for full access</a></p>": a promo's link
    if tag in ("ul", "ol"):  # a list of links: related stories, tags, share buttons
        items = element.findall(".//li")
        linked = sum(1 for item in items if item.find(".//a") is not None)
        return bool(items) and linked * 2 > len(items)
    return False


LINK_WORDS = 15  # a paragraph that is one link and nothing else: this many words at most


def _one_link(element) -> bool:
    """A paragraph whose whole text is one link's, short, with a class of its own: a box's link set
    among the story's paragraphs (a promo, "read also", a subscription's), never the story's, whose
    paragraphs hold text around their links."""
    if not element.get("class") or element.find(".//a") is None:
        return False
    links = element.findall(".//a")
    text = " ".join("".join(element.itertext()).split())
    linked = " ".join(" ".join("".join(a.itertext()) for a in links).split())
    return len(links) == 1 and bool(text) and text == linked and len(text.split()) <= LINK_WORDS


def _strip_tags(text: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", text))


# Paragraph marks exporters write in a one-line field. Always marks: the pilcrow (and its reversed
# form), Unicode's paragraph and line separators, a newline written as an escape ("\\n", "\\r\\n")
# or as a character reference (&#10;, &#xA;). A doubled separator (" || ", " // ") marks paragraphs
# only where it recurs in the field, prose never writing it twice.
_SURE_MARKS = re.compile(r"\s*(?:[\u00b6\u204b\u2029\u2028]|(?<!\\)(?:\\r)?\\n|&#(?:10|13|x0*[aAdD]);)\s*")
_SINGLE_CHAR_MARK = re.compile(r"[\u00b6\u204b\u2029\u2028]|&#(?:10|13|x0*[aAdD]);")
_DOUBLED_MARKS = re.compile(r"\s+(?:\|\||//)\s+")
_MARK_CHARS = ("\u00b6", "\u204b", "\u2029", "\u2028", "\\n", "&#", "||", "//")


def marked_paragraphs(value: str) -> str:
    """A one-line field's text with its own paragraph marks read as paragraph breaks (a blank
    line); a field that has line breaks, or no marks, is returned unchanged."""
    if not value or "\n" in value or not any(mark in value for mark in _MARK_CHARS):
        return value
    parts = _SURE_MARKS.split(value)
    if len(parts) == 2 and "\\n" in value and not _SINGLE_CHAR_MARK.search(value):
        return value  # one written "\\n" may be a path's ("C:\\new"): an escaping export writes several
    if len(parts) < 2:
        parts = _DOUBLED_MARKS.split(value)
        if len(parts) < 3:
            return value
    parts = [part.strip() for part in parts]
    return "\n\n".join(part for part in parts if part)


def field_text(value: str, paragraphs: bool = True) -> str:
    """A field's text: its HTML read as HTML when it holds markup, else the value with its own
    paragraph marks read as breaks (:func:`marked_paragraphs`)."""
    if not looks_like_html(value):
        return marked_paragraphs(value) if paragraphs else value
    text = html_text(value)
    return text if paragraphs else " ".join(text.split())


def inline_text(value: str) -> str:
    """A one-line field of an HTML export: tags removed, entities decoded, if it has any."""
    if "<" not in value and "&" not in value:
        return value
    return " ".join(html_text(value).split()) if "<" in value else html.unescape(value)
