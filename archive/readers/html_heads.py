"""A saved web page's headline and site name read from its markup, where its metadata states none
(:mod:`archive.readers.html`): a known outlet after the headline in ``<title>``, in a logo's alt
text, in the address a browser wrote over the page it saved; a ``<title>`` that names the site
rather than the story, and the heading that names the story instead."""

from __future__ import annotations

import re
from typing import Optional

from archive.extract import html_metadata
from archive.extract.outlets import known_outlet

__all__ = ["commenter_only", "first_heading", "headline_element", "logo_outlet", "outlet_from_title", "saved_from_outlet", "site_title"]


def outlet_from_title(tree) -> Optional[str]:
    """A known outlet named after the headline in ``<title>`` ("Camp fire kills two | Rudaw"), in
    its last part or in one between ("Story > U.S. Department of Defense > Defense Department", a
    site's trail of headline, site and section)."""
    title = html_metadata.clean_text(tree.findtext(".//title"))
    if not title:
        return None
    for separator in html_metadata.TITLE_SEPARATORS:
        if separator in title:
            outlet = known_outlet(title.rpartition(separator)[2])
            if outlet:
                return outlet
    parts = _TRAIL.split(title)
    return next((known_outlet(part) for part in reversed(parts[1:]) if known_outlet(part)), None)


_TRAIL = re.compile(r"\s+>\s+")  # "Story > Site > Section", as some government sites write their titles
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(?P<url>https?://[^\s>]+)\s*-->", re.I)
SAVED_FROM_CHARS = 2048  # the browser writes it over the page's own markup


def saved_from_outlet(text: str) -> Optional[str]:
    """The known outlet whose address a browser wrote at the top of the page it saved ("<!-- saved
    from url=(0082)https://www.site.com/... -->"): the page's own address, where it states none."""
    from archive.extract.outlets import outlet_from_url

    match = _SAVED_FROM.search(text[:SAVED_FROM_CHARS])
    return outlet_from_url(match.group("url")) if match else None


def site_title(tree, title: str) -> bool:
    """Whether the page's title names no story: a button's word ("Print", by the shape
    :func:`archive.extract.outlet_refusals.furniture_name` refuses), a known outlet's name, or the
    name a logo's alt text writes ("جريدة الديار" over a page titled "الديار")."""
    from archive.extract.outlet_refusals import furniture_name

    if _unrelated_headline(tree, title):
        return True
    if len(title.split()) > 3:
        return False
    if furniture_name(title) or known_outlet(title):
        return True
    alts = [html_metadata.clean_text(alt) or "" for alt in tree.xpath("//img/@alt")]
    return any(re.search(r"(?<!\w)" + re.escape(title) + r"(?!\w)", alt) for alt in alts)


SITE_TITLE_WORDS = 6  # a site's or section's name ("HUDOC - Press release", a menu row) is short
_WORD = re.compile(r"[^\W\d_]{3,}")


def _unrelated_headline(tree, title: str) -> bool:
    """A short page title sharing no word with the page's headline element, which is longer
    ("Story", "Felix Online", a menu row over ``<font size="5">``): the title names the site or
    the page's kind, the element the story."""
    words = {w.casefold() for w in _WORD.findall(title)}
    if not words or len(words) > SITE_TITLE_WORDS:
        return False
    headline = first_heading(tree)
    if not headline:
        return False
    theirs = {w.casefold() for w in _WORD.findall(headline)}
    return len(theirs) > len(words) and not words & theirs


HEADLINE_WORDS = 4


def headline_element(tree) -> Optional[str]:
    """The story's headline where ``<title>`` names none: the first ``<h1>``/``<h2>``, else the
    first text in a large font (``<font size="5">``), of a headline's length."""
    for path in ("//h1", "//h2", "//font[@size>=4]"):
        for element in tree.xpath(path):
            text = html_metadata.clean_text(" ".join(element.itertext()))
            if text and HEADLINE_WORDS <= len(text.split()) <= 30:
                return text
    return None


def first_heading(tree) -> Optional[str]:
    """The page's first heading of the highest rank it has (``<h1>``, else ``<h2>``, else a large
    font), if it is of a headline's length: never a subheading under a short ``<h1>``."""
    for path in ("//h1", "//h2", "//font[@size>=4]"):
        for element in tree.xpath(path):
            text = html_metadata.clean_text(" ".join(element.itertext()))
            if text:
                return text if HEADLINE_WORDS <= len(text.split()) <= 30 else None
    return None


_ALT_PARTS = re.compile(r"\s+[-–—|:]\s+")


def logo_outlet(tree) -> Optional[str]:
    """A known outlet a logo's alt text opens with ("i24NEWS - International News Channel",
    "ARAB TIMES - Kuwait's first English daily"): an image marked as a logo (its file, class or id)
    or the page's first image."""
    images = tree.xpath("//body//img[@alt]")
    for at, image in enumerate(images):
        marks = " ".join(image.get(key) or "" for key in ("src", "class", "id")).casefold()
        if at > 0 and "logo" not in marks:
            continue
        alt = html_metadata.clean_text(image.get("alt")) or ""
        found = known_outlet(_ALT_PARTS.split(alt)[0]) if alt else None
        if found:
            return found
    return None



_COMMENTS = re.compile(r"comment(?!ary)", re.I)  # a comments box's class or id ("commentlist", "comment-author")


def _in_comments(element) -> bool:
    return any(_COMMENTS.search(f"{node.get('class') or ''} {node.get('id') or ''}")
               for node in [element, *element.iterancestors()] if isinstance(node.tag, str))


def commenter_only(tree, name: str) -> bool:
    """Whether the page writes ``name`` only inside its comments box (an element whose class or id,
    or an ancestor's, names comments: WordPress's ``comment-author``): a reader's name, never the
    story's writer, though a byline guess finds it marked as an author."""
    found = False
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        for text, holder in ((element.text, element), (element.tail, element.getparent())):
            if text and name in text and holder is not None:
                found = True
                if not _in_comments(holder):
                    return False
    return found
