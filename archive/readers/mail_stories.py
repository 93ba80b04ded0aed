"""A message bundling several stories (a digest): each a headline, a summary and a "Read more" link
(link texts in ``archive/data/newsletter_markers.txt``), or three or more linked headlines each over
its text. Read from the HTML part's structure, else from the plain part's blocks. (Moved out of
:mod:`archive.readers.mail`, round 26.)"""

from __future__ import annotations

import functools
import re

from archive.extract.data import data_lines
from archive.model import collapse_whitespace

_HEADING_TAGS = ("h1", "h2", "h3", "h4")
_BLOCK_TAGS = ("p", "li", "blockquote", "td", "div", "pre")
_URL = re.compile(r"https?://\S+")


@functools.lru_cache(maxsize=None)
def _read_more() -> frozenset:
    return frozenset(line.casefold() for line in data_lines("newsletter_markers.txt"))


def is_read_more(text: str) -> bool:
    text = collapse_whitespace(text).strip(" »›→…>:.").casefold()
    return bool(text) and text in _read_more()


def stories(html: str, text: str) -> list:
    """``[(title, [paragraph, ...], url)]`` for a message whose structure marks several stories:
    two or more headlines each over its text and a "Read more" link, or three or more linked
    headlines (``<h2><a href>``) each over its text; otherwise (fewer) it is one article."""
    blocks = _html_blocks(html) if html else _text_blocks(text)
    closed, linked, current = [], [], None
    for kind, value, href in blocks:
        if kind == "heading":
            if current is not None and current[2] and current[1]:
                linked.append(tuple(current))  # a linked headline's story ends at the next headline
            current = [value, [], href]
        elif kind == "para" and current is not None:
            current[1].append(value)
        elif kind == "more" and current is not None:
            current[2] = href
            if current[1]:
                closed.append(tuple(current))
            current = None
    if current is not None and current[2] and current[1]:
        title, paragraphs, url = current
        linked.append((title, _without_footer(paragraphs), url))  # the last runs to the message's end
    if len(closed) >= 2:
        return closed
    linked = [story for story in linked if story[1]]
    return linked if len(linked) >= 3 else []


def _without_footer(paragraphs: list) -> list:
    """The paragraphs without the newsletter's footer at their end (subscription notices, a
    mailing address, "Unsubscribe": page furniture by archive.extract.paragraphs)."""
    from archive.extract.paragraphs import furniture_reason

    kept = list(paragraphs)
    while kept and (furniture_reason(kept[-1]) or (len(kept[-1].split()) <= 4 and not re.search(r"[.!?]$", kept[-1]))):
        kept.pop()
    return kept


def _html_blocks(html: str) -> list:
    from lxml import html as lxml_html

    try:
        tree = lxml_html.document_fromstring(html)
    except Exception:
        return []
    for bad in tree.xpath("//script|//style|//head"):
        bad.drop_tree()
    blocks: list = []

    def walk(element):
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if tag in _HEADING_TAGS:
            title = collapse_whitespace(element.text_content())
            links = [a for a in element.iter("a") if a.get("href") and collapse_whitespace(a.text_content()) == title]
            blocks.append(("heading", title, links[0].get("href") if links else None))
            return
        if tag == "a" and is_read_more(element.text_content()):
            blocks.append(("more", None, element.get("href")))
            return
        if tag in _BLOCK_TAGS and not any(isinstance(c.tag, str) and c.tag.lower() in _BLOCK_TAGS + _HEADING_TAGS
                                          for c in element.iterdescendants()):
            links = [a for a in element.iter("a") if is_read_more(a.text_content())]
            if links:
                rest = collapse_whitespace(element.text_content())
                for link in links:
                    rest = rest.replace(collapse_whitespace(link.text_content()), "").strip()
                if rest:
                    blocks.append(("para", rest, None))
                blocks.append(("more", None, links[0].get("href")))
            else:
                value = collapse_whitespace(element.text_content())
                if value:
                    blocks.append(("para", value, None))
            return
        for child in element:
            walk(child)

    walk(tree)
    return blocks


def _text_blocks(text: str) -> list:
    """A plain-text newsletter: a short line without final punctuation over a paragraph is a
    headline; a line starting with a read-more phrase (its URL on it) closes the story."""
    blocks: list = []
    paragraphs = [collapse_whitespace(b) for b in re.split(r"\n\s*\n", (text or "").replace("\r\n", "\n"))]
    paragraphs = [p for p in paragraphs if p]
    for i, paragraph in enumerate(paragraphs):
        url = _URL.search(paragraph)
        label = _URL.sub("", paragraph)
        if is_read_more(label):
            blocks.append(("more", None, url.group(0).rstrip(">)].,") if url else None))
        elif (len(paragraph.split()) <= 14 and not re.search(r"[.!?:;,]$", paragraph)
              and i + 1 < len(paragraphs)):
            blocks.append(("heading", paragraph, None))
        else:
            blocks.append(("para", paragraph, None))
    return blocks
