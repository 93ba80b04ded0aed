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
BARE_HEADLINE_WORDS = 25  # a teaser's headline over its link, no summary: this many words at most
MIN_TEASERS = 3  # a digest of bare teasers: this many at least (two linked stories are read as stories)
TEASER_WORDS = 40  # a teaser's summary (archive.extract.newsletter_parts.TEASER_WORDS)
LINK_LABEL_WORDS = 5  # a link's label repeated under each teaser: this many words at most


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
    closed, linked, current, bare = [], [], None, []
    for at, (kind, value, href) in enumerate(blocks):
        if kind == "more" and current is not None and not current[1]:
            bare.append((current[0], [], href))  # a headline and its link, no summary: a teaser
            current = None
            continue
        if kind == "more" and current is None and at > 0 and blocks[at - 1][0] == "para" \
                and len(blocks[at - 1][1].split()) <= BARE_HEADLINE_WORDS:
            bare.append((blocks[at - 1][1], [], href))  # a headline over its link, no heading's mark
            continue
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
    if len(closed) + len(bare) >= MIN_TEASERS and all(len(p) <= 1 and all(len(x.split()) <= TEASER_WORDS for x in p)
                                                    for _, p, _ in closed) and not _prose_beside(blocks, closed + bare):
        return closed + bare  # a digest of teasers only (headlines and links): refused as one
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
    raw = [b for b in re.split(r"\n\s*\n", (text or "").replace("\r\n", "\n")) if b.strip()]
    labels = _repeated_labels(raw)
    paragraphs = []
    for block in raw:  # "1. Headline" / "Read the full story >" in one block: the headline, then its link
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        tail = _label_tail(lines[-1]) if len(lines) >= 2 else None
        if len(lines) >= 2 and _link_label(lines[-1], labels):
            paragraphs.extend([collapse_whitespace(" ".join(lines[:-1])), lines[-1]])
        elif tail is not None and _link_label(tail[1], labels):  # "Summary. Read the article" on one line
            paragraphs.extend([collapse_whitespace(" ".join(lines[:-1])), tail[0], tail[1]])
        else:
            paragraphs.append(collapse_whitespace(block))
    for i, paragraph in enumerate(paragraphs):
        url = _URL.search(paragraph)
        label = _URL.sub("", paragraph)
        if _link_label(label, labels):
            blocks.append(("more", None, url.group(0).rstrip(">)].,") if url else None))
        elif (len(paragraph.split()) <= 14 and not re.search(r"[.!?:;,]$", paragraph)
              and i + 1 < len(paragraphs)):
            blocks.append(("heading", paragraph, None))
        else:
            blocks.append(("para", paragraph, None))
    return blocks


def _label_key(line: str) -> str:
    return collapse_whitespace(_URL.sub("", line)).strip(" »›→…>:.").casefold()


def _repeated_labels(blocks: list) -> frozenset:
    """The short lines a plain-text digest repeats under each of its teasers, in whatever language
    (the link to the story: "Read the full story >", "Lire la suite"): a line of a few words, no
    digit, closing ``MIN_TEASERS`` blocks or more of several lines; or the same few words closing
    the summary's line after its last sentence ("... depuis juillet. Lire l'article", round 28)."""
    counts: dict = {}
    for block in blocks:
        lines = [line for line in block.split("\n") if line.strip()]
        if len(lines) >= 2:
            tail = _label_tail(lines[-1])
            for label in {_label_key(lines[-1]), _label_key(tail[1]) if tail else ""}:
                if label and len(label.split()) <= LINK_LABEL_WORDS and not re.search(r"\d", label):
                    counts[label] = counts.get(label, 0) + 1
    return frozenset(key for key, n in counts.items() if n >= MIN_TEASERS)


# A summary's last sentence and a few words after it, ending no sentence: the link's label on the line.
_TAIL = re.compile(r"^(?P<summary>.*\S[.!?؟…][\"'”’»)]*)\s+(?P<label>[^.!?؟…]{2,60}?)\s*$")


def _label_tail(line: str):
    """``(summary, label)`` where a line closes on a few words after its last sentence (a link's
    label set on the summary's line: "Our report from the camp. Read the article"), else None."""
    match = _TAIL.match(line.strip())
    if not match or len(match.group("label").split()) > LINK_LABEL_WORDS:
        return None
    return match.group("summary"), match.group("label")


def _link_label(line: str, labels: frozenset) -> bool:
    """A link's label closing a teaser: a read-more phrase of the data, or a line the digest repeats
    under its teasers (:func:`_repeated_labels`)."""
    return is_read_more(_URL.sub("", line)) or _label_key(line) in labels


PROSE_BESIDE_WORDS = 60  # an article's text beside a digest's teasers: more words of prose than this


def _prose_beside(blocks: list, teasers: list) -> bool:
    """Whether the message holds prose of its own beside its teasers (an issue's article over a
    list of links): whole sentences outside them, of more than ``PROSE_BESIDE_WORDS`` words in
    all, page furniture (a footer's notices) left out."""
    from archive.extract.paragraphs import ends_sentence, furniture_reason

    used = {t for t, _, _ in teasers} | {p for _, ps, _ in teasers for p in ps}
    words = sum(len(v.split()) for kind, v, _ in blocks
                if kind == "para" and v not in used and ends_sentence(v) and furniture_reason(v) is None)
    return words > PROSE_BESIDE_WORDS
