"""A web page's tags where it states them twice: its visible tag links and its search keywords.

A page's ``<meta name="keywords">`` (and ``news_keywords``, JSON-LD ``keywords``) is sometimes the
whole list of which the template shows a part: the box of tag links under the story shows three
("Topics: CENTCOM, Syria, detention"), the keywords name five ("CENTCOM, Syria, detention, SDF,
budget"). :func:`completed_tags` takes the keywords there, merged with the visible links (case
folded, no item twice, the links' order, then the keywords' own), only where:

- the box says it is the page's tags: its label is a tag list's ("Tags:", "Topics:", "الوسوم:";
  ``header_labels.txt``'s ``[tags]``). A row of topic links headed "Read more on" or "More on" is
  a reading prompt, and the keywords beside it are the page's search words;
- the keywords name every visible tag: they are this page's list, not another's;
- the keywords are not the outlet's site-wide list (:func:`site_wide`): one naming the outlet
  itself, or made mostly of words of no subject ("News, Latest news, Headlines").

:func:`split_stated` splits a stated list at the Arabic comma and semicolon ("،", "؛") and the
ideographic comma too, as :func:`archive.extract.page_values.split_keywords` does at "," and ";".
"""

from __future__ import annotations

import functools
import re
from typing import Iterable, Optional
from urllib.parse import urlsplit

from archive.extract.data import data_sections
from archive.extract.header_labels import labelled
from archive.extract.page_values import MAX_TAGS, as_list, split_keywords
from archive.extract.paragraphs import judge, plain

_OTHER_SEPARATORS = re.compile(r"\s*[،؛、]\s*")


def split_stated(value) -> list:
    """A stated keyword list (a string or a list of them), split at commas and semicolons of any
    script: "مخيم الهول، حريق، الحسكة" -> three tags."""
    items = [(_OTHER_SEPARATORS.sub(", ", item) if isinstance(item, str) else item) for item in as_list(value)]
    return split_keywords(items)


@functools.lru_cache(maxsize=1)
def _site_words() -> tuple:
    """(news words, every generic word) of ``site_keywords.txt``."""
    sections = data_sections("site_keywords.txt")
    news = frozenset(plain(line) for line in sections.get("news_words", ()))
    return news, news | frozenset(plain(line) for line in sections.get("words", ()))


def _squeezed(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


def _site_names(site_names: Iterable, url: Optional[str]) -> tuple:
    """The outlet's stated names (without a leading "The") and its domain's name, squeezed."""
    names = {_squeezed(re.sub(r"^the\s+", "", n.strip(), flags=re.I)) for n in site_names if n}
    host = urlsplit(url).netloc.casefold() if url and "//" in url else ""
    parts = [p for p in host.split(".") if p not in ("www", "m", "amp")]
    stem = ""
    if len(parts) >= 2:
        stem = _squeezed(parts[-2] if len(parts[-1]) > 2 or len(parts) == 2 else parts[-3])
    return {n for n in names if len(n) >= 3}, stem


def site_wide(keywords: list, site_names: Iterable = (), url: Optional[str] = None) -> bool:
    """The outlet's site-wide search words rather than the page's tags: one of them holds the
    outlet's stated name ("Rudaw", "Rudaw News") or is its domain's ("rudaw" on rudaw.net), or more than
    half of them are generic: holding a news word ("Nigeria breaking news", "sport news") or made of
    words of no subject ("Latest", "Live updates"; ``site_keywords.txt``)."""
    names, stem = _site_names(site_names, url)
    news_words, generic_words = _site_words()
    generic = 0
    for keyword in keywords:
        squeezed = _squeezed(keyword)
        if squeezed and (squeezed == stem or any(name in squeezed for name in names)):
            return True
        words = re.findall(r"[\w']+", plain(keyword))
        generic += bool(words) and (any(w in news_words for w in words) or all(w in generic_words for w in words))
    return bool(keywords) and 2 * generic > len(keywords)


def label_before(text: Optional[str], first: str) -> str:
    """A tag box's text before its first tag: its label ("Topics:", "Read more on")."""
    text = text or ""
    return text[: text.find(first)].strip() if first and first in text else ""


def tags_label(label: Optional[str]) -> bool:
    """A tag box's label naming it the page's tags ("Topics:", "Tags:", "الوسوم:")."""
    text = (label or "").strip()
    return bool(text) and len(text) <= 40 and labelled(text + " x", "tags") is not None


HEADLINE_WORDS = 4  # a link of more words under a reading prompt is a story's headline


def story_links(visible: list, label: Optional[str]) -> bool:
    """Whether a tags box's links are links to other stories: its label is a reading prompt, no
    tags label ("Read also:", "اقرأ أيضاً:"), and one of them is a headline (more than a few words)."""
    text = (label or "").strip()
    if not text or tags_label(text) or judge(text, frozenset()).furniture != "link":
        return False
    return any(len(tag.split()) > HEADLINE_WORDS for tag in visible)


def merged_tags(first: list, then: list) -> list:
    """Both lists as one: case folded, no item twice, ``first``'s order then ``then``'s."""
    merged, seen = [], set()
    for tag in [*first, *then]:
        key = tag.casefold()
        if tag and key not in seen:
            seen.add(key)
            merged.append(tag)
    return merged[:MAX_TAGS]


def completed_tags(visible: list, label: Optional[str], keywords: list, site_names: Iterable = (),
                   url: Optional[str] = None) -> list:
    """The visible tag links completed by the page's keywords where the keywords are the same list,
    longer (module note); else the visible links as they are. Links under a reading prompt ("Read
    also:", "اقرأ أيضاً:") one of which is a headline are other stories, not tags: none."""
    if visible and story_links(visible, label):
        return []
    if not visible or not keywords or len(keywords) <= len(visible) or not tags_label(label):
        return visible
    stated = {k.casefold() for k in keywords}
    if any(tag.casefold() not in stated for tag in visible) or site_wide(keywords, site_names, url):
        return visible
    return merged_tags(visible, keywords)


# -- a tag line in the page's markup, no box classed as tags ----------------------------------------

BLOCK_CHARS = 300  # a block of more text is no tag line
_BLOCKS = "//body//*[self::div or self::p or self::span or self::ul or self::section or self::footer or self::dl]"
_OUTSIDE = frozenset({"nav", "header", "aside", "form", "script", "style"})


def labelled_block_tags(tree) -> list:
    """The tags a block of the page writes after a tags label ("Themen: Germany, Terrorism",
    "Filed under: <a>Syria</a>, <a>Women, Peace and Security</a>"), where no markup says tags:
    its links' texts where its value is made of them (a tag with a comma stays one), else its value
    split as a tag line's is. The first such block outside navigation and the page's header; []
    where none. Where no such block stands in the page's flow, a block of an ``<aside>`` after the
    headline is read the same way, with its label only (:func:`_aside_tags`)."""
    return _block_tags(tree, aside=False) or _aside_tags(tree)


ASIDE_ITEMS = 8  # a labelled list in an aside: this many items at most
ASIDE_ITEM_WORDS = 5


def _aside_tags(tree) -> list:
    """The tags an ``<aside>`` after the story writes on a labelled line ("<aside><p>Topics: Syria,
    Universal jurisdiction</p><p>Share</p>…", "Thèmes : …", "Schlagwörter: …", "الوسوم: …"): the
    box many publishers' templates (ministries, courts, NGOs, think tanks) put under the text, with
    the contact, the downloads and the share buttons. A sidebar's topics are a site's menu as often,
    so only a tags label of the data opening the block (or a part of a barred row: "By Embassy |
    3 May 2024 | Topics: Press Releases") is read here, the aside must follow the headline, and the
    list must be short: at most :data:`ASIDE_ITEMS` items of :data:`ASIDE_ITEM_WORDS` words."""
    tags = _block_tags(tree, aside=True)
    if len(tags) > ASIDE_ITEMS or any(len(tag.split()) > ASIDE_ITEM_WORDS for tag in tags):
        return []
    return tags


_BAR = re.compile(r"\s+[|·•]\s+")


def _label_value(text: str) -> Optional[str]:
    """What follows a tags label of the data opening ``text``: ``header_labels.txt``'s ``[tags]``,
    or a label with its colon in the page's language (``tag_labels.txt``: "Avainsanat:", "Ετικέτες:")."""
    from archive.extract.tag_labels import label_value

    value = labelled(text, "tags")
    return value if value is not None else label_value(text)


def _barred_value(text: str) -> Optional[str]:
    """The value of a tags label opening a later part of a row whose parts are apart by bars ("By
    U.S. Embassy | 3 May, 2024 | Topics: Press Releases"), to the next bar; None where none."""
    parts = _BAR.split(text)
    for part in parts[1:]:
        value = _label_value(part)
        if value and value.strip():
            return value
    return None


def _block_tags(tree, aside: bool) -> list:
    """:func:`labelled_block_tags`'s reading, of the blocks outside any ``<aside>`` or (``aside``)
    of those inside one, after the headline."""
    from archive.extract.html_metadata import in_header
    from archive.extract.tag_blocks import split_tag_text
    from archive.extract.tag_headings import site_list_label

    outside = _OUTSIDE - {"aside"} if aside else _OUTSIDE
    for element in tree.xpath(_BLOCKS):
        text = " ".join(" ".join(element.itertext()).split())
        if not text or len(text) > BLOCK_CHARS:
            continue
        ancestors = [a.tag for a in element.iterancestors()]
        if any(tag in outside for tag in ancestors) or aside != ("aside" in ancestors):
            continue
        if aside and in_header(element):
            continue  # an aside over the headline: a menu or the site's box, not this story's
        value = _label_value(text)
        if (not value or not value.strip()) and not aside:
            value = _classed_box_value(element, text) or _tags_in_sentence(text)
        barred = False
        if not value or not value.strip():
            value = _barred_value(text)
            barred = bool(value and value.strip())
        if not value or not value.strip():
            continue
        if _labelled_inside(element):
            continue  # "<footer><div>Tags: a, b</div><div>Most read</div>": the inner block is the list
        if site_list_label(plain(text[: len(text) - len(value)]).split()):
            continue
        first = _first_line(element)
        if first != text and (_label_value(first) or "").strip():
            value = _label_value(first)  # "Tags: a, b<br>Share: ...": the list ends where its line does
        links = [" ".join(" ".join(a.itertext()).split()) for a in element.iter("a")]
        links = [link for link in links if link and link in value]
        if links and _SEPARATORS_ONLY.fullmatch(_without(value, links)):
            return merged_tags(links, [])
        if barred and not _BOX_SEPARATORS.search(value) and len(value.split()) <= BOX_ITEM_WORDS:
            return merged_tags([value.strip()], [])  # "| Topics: Press Releases": the part is one value
        return merged_tags(split_tag_text(value), [])
    return []


@functools.lru_cache(maxsize=1)
def _sentence_leads() -> tuple:
    return tuple(sorted({plain(w).strip() for w in data_sections("tag_labels.txt").get("tags_in_sentence", ()) if w.strip()},
                        key=len, reverse=True))


SENTENCE_TAG_WORDS = 4  # each tag of such a sentence: this many words at most


def _tags_in_sentence(text: str) -> Optional[str]:
    """The tags a blog's footer sentence names after its words of tagging ("This entry was posted in
    News and tagged Syria, al-Hol, camps. Bookmark the permalink.": ``[tags_in_sentence]`` of
    tag_labels.txt), to the sentence's end; None where no such words or the rest is no short list."""
    folded = plain(text)
    if len(folded) != len(text):
        return None  # plain() changed its length: the cut below would not fall on the words
    for lead in _sentence_leads():
        at = folded.find(f" {lead} ")
        if at < 0:
            continue
        rest = text[at + len(lead) + 2:]
        value = re.split(r"\.(?:\s|$)", rest, maxsplit=1)[0].strip()
        items = [item.strip() for item in re.split(r"\s*,\s*|\s+(?:and|et|y|e|en|und|i|och|og|ve)\s+", value) if item.strip()]
        if items and all(len(item.split()) <= SENTENCE_TAG_WORDS for item in items):
            return value
    return None


_TAG_CLASS = re.compile(r"(?:^|[\s_-])(?:tags?|tagged|topics?|keywords?|subjects?|etiquettes?|schlagworte)(?:$|[\s_-])", re.I)
_BOX_SEPARATORS = re.compile(r"[,،;؛|·•]")
BOX_LABEL_WORDS = 3
BOX_ITEM_WORDS = 4


def _classed_box_value(element, text: str) -> Optional[str]:
    """The list a box its markup calls tags ("<div class="tags">") writes as text: after a label of
    its own language, one the label data lacks ("Peyv: DAIŞ, Hesekê, Rojava"), or alone ("Iraq,
    Al-Hol, Rehabilitation"), where it is two or more short items with separators; or its links after
    a label of a few words ("Tagged <a>Turkey</a>, <a>ISIS</a>", links saved without their address
    too). The markup says what the label would."""
    from archive.extract.tag_blocks import split_tag_text
    from archive.extract.line_furniture import ends_sentence

    from archive.extract.html_metadata import in_header

    marks = f"{element.get('class') or ''} {element.get('id') or ''}"
    if not _TAG_CLASS.search(marks) or len(text) > BLOCK_CHARS or in_header(element):
        return None  # over the headline: the site's section ("News | ISIL/ISIS"), not the tags
    links = [_block_text(a) for a in element.iter("a")]
    links = [link for link in links if link]
    if links:  # "Tagged <a>Turkey</a>, <a>ISIS</a>": the links (with their address or not) are the list
        at = text.find(links[0])
        label = text[:at].strip(" :：")
        if at < 0 or len(label.split()) > BOX_LABEL_WORDS or len(links) < 2:
            return None
        return text[at:]
    label, colon, value = text.partition(":")
    if not colon:
        value = text  # "<div class="post-tags">Iraq, Al-Hol, Rehabilitation</div>": the list alone
    elif not 0 < len(label.split()) <= BOX_LABEL_WORDS:
        return None
    if ends_sentence(value.strip()) or not _BOX_SEPARATORS.search(value):
        return None  # "Syria ISIS returnees": words apart by spaces, no list the box itself splits
    items = split_tag_text(value)
    if len(items) < 2 or any(len(item.split()) > BOX_ITEM_WORDS for item in items):
        return None
    return value.strip()


_SEPARATORS_ONLY = re.compile(r"[\s,،;؛|·•/]*")

# Elements that end a line of text: a block's boundary or a line break.
_LINE_BREAKS = frozenset({"br", "hr", "div", "p", "ul", "ol", "li", "section", "footer", "header", "article",
                          "aside", "nav", "dl", "dt", "dd", "table", "tr", "td", "th", "blockquote", "form",
                          "h1", "h2", "h3", "h4", "h5", "h6"})


def _block_text(element) -> str:
    return " ".join(" ".join(element.itertext()).split())


def _labelled_inside(element) -> bool:
    """Whether a block inside the element writes a tags label and its list itself: the list is that
    block's, and ends where it ends (the element's later blocks, "Most read", "Share", are another's)."""
    for inner in element.iterdescendants(*(_LINE_BREAKS - {"br", "hr"})):
        value = labelled(_block_text(inner), "tags")
        if value and value.strip():
            return True
    return False


def _first_line(element) -> str:
    """The element's text up to its first line break or inner block after some text: the line its
    label opens ("Keywords: a, b" of "Keywords: a, b<br>Download PDF")."""
    parts: list = []
    done = False

    def walk(node) -> None:
        nonlocal done
        parts.append(node.text or "")
        for child in node:
            if done:
                return
            if isinstance(child.tag, str):
                if child.tag in _LINE_BREAKS and "".join(parts).strip():
                    done = True
                    return
                walk(child)
                if done:
                    return
            parts.append(child.tail or "")

    walk(element)
    return " ".join("".join(parts).split())


def _without(value: str, links: list) -> str:
    """``value`` with each link's text taken out once: separators alone are left where the links
    are the whole list."""
    for link in links:
        value = value.replace(link, "", 1)
    return value


_MENU_MARKS = ("nav", "menu")


def menu_entries(tree, values: Iterable) -> bool:
    """Whether every value is an entry of the page's own menu: the text of a link in a ``<nav>``, the
    page's ``<header>``, or an element the markup marks as navigation or a menu (round 34). A
    site's section ("Esteri", "MENA") that its menu lists is where the page is filed, the site's
    menu read as a tag; a stated tag list is labelled, a metadata field or a tags box."""
    values = [" ".join(str(v).split()).casefold() for v in values if v and str(v).strip()]
    if not values or tree is None:
        return False
    entries = set()
    for link in tree.xpath("//nav//a | //header//a | //*[contains(@class, 'nav') or contains(@class, 'menu')"
                           " or contains(@id, 'nav') or contains(@id, 'menu')]//a"):
        entries.add(" ".join(link.text_content().split()).casefold())
    return all(value in entries for value in values)
