"""A saved web page that lists other pages instead of holding an article (a tag, topic, section,
author or archive page), by its markup's shape alone: three or more items, each a linked headline
in a heading (or a heading in a link: a search page's results) with a date of its own (or a "Read
more" link) and at most a short teaser, and not one paragraph of prose outside
them. An article with a list of related stories under it keeps its text: its own paragraphs are
prose outside the items.

An item need not be a list's: blocks of one tag and class repeated side by side (round 27:
``<div class="teaser">`` three times or more) are items too, and a link holding the item's date
after its headline ("Headline — 2 days ago") is a linked headline with its date.

A list item need not set its headline in a heading (round 26: an author's or a topic's page, "<li><a>
Headline</a> Nov. 12, 2020</li>"): a link of a headline's words (``HEADLINE_WORDS`` or more,
ending no sentence) with, outside the link, a date or a few words of the item's kind and
reading time ("Analysis · 4 min read") and no more (``META_WORDS``), is an item too. Round 29: the
link may have lost its address (``<a>Headline</a> <span>2022/08/29</span>``: pages saved by tools or
readers that drop the ``href``s keep the anchors), a headline and a date beside it all the same.
"""

from __future__ import annotations

MIN_ITEMS = 3
ITEM_WORDS = 80  # a teaser item: its headline, summary and date in at most this many words
PROSE_WORDS = 25  # a paragraph of prose outside the items: at least this many words
DATE_CHARS = 40  # an item's date: a short element stating a date
HEADLINE_WORDS = 4  # an item's linked headline outside a heading: at least this many words
META_WORDS = 6  # and, outside its link, at most this many (a date, a kind, a reading time)
_ITEMS = "//li | //article"
_LINKED_HEADING = (".//h2//a[@href] | .//h3//a[@href] | .//h4//a[@href]"
                   " | .//a[@href][.//h2 or .//h3 or .//h4]")  # the link in the heading or the heading in the link


def _text(element) -> str:
    return " ".join((element.text_content() or "").split())


def _own_text(element) -> str:
    """An element's own text (not its children's): a paragraph written straight in a <div>."""
    parts = [element.text or ""] + [child.tail or "" for child in element]
    return " ".join(" ".join(parts).split())


def _dated(item) -> bool:
    from archive.extract.header_dates import states_date

    for element in item.iter():
        if not isinstance(element.tag, str) or element.tag in ("a", "h2", "h3", "h4"):
            continue
        own = " ".join(" ".join(element.itertext()).split())
        if own and len(own) <= DATE_CHARS and states_date(own):
            return True
    return False


def _read_more(item) -> bool:
    """Whether the item closes with a link to its story ("Read more") instead of a date."""
    from archive.extract.teaser_pages import read_more_link

    return any(read_more_link(_text(link)) for link in item.xpath(".//a[@href]"))


def _linked_headline(item) -> bool:
    """An item that is a link of a headline's words and, outside the link, a date, its kind or its
    reading time only (see the module)."""
    from archive.extract.header_dates import states_date
    from archive.extract.line_furniture import ends_sentence

    links = item.xpath(".//a")  # a link saved without its address too ("<a>Headline</a>": a copy's tool left it out)
    if len(links) != 1:
        return False
    headline = _text(links[0])
    if len(headline.split()) < HEADLINE_WORDS or ends_sentence(headline):
        return False
    rest = " ".join(_text(item).replace(headline, " ", 1).split())
    if not rest:  # the date inside the link ("Headline — 2 days ago")
        from archive.extract.teaser_pages import dated_headline

        return dated_headline(headline)
    if len(rest.split()) > META_WORDS:
        return False
    return states_date(rest) or any(c.isdigit() for c in rest)


_BLOCKS = "//div[@class] | //section[@class] | //p[@class]"


def _repeated_blocks(tree) -> list:
    """Blocks a page repeats as an item's frame (round 27: ``<div class="card">`` three times or more
    side by side, as a list's ``<li>``): elements of one tag and class, ``MIN_ITEMS`` or more under
    one parent."""
    counts: dict = {}
    elements = tree.xpath(_BLOCKS)
    for element in elements:
        key = (element.getparent(), element.tag, element.get("class"))
        counts[key] = counts.get(key, 0) + 1
    return [e for e in elements if e.getparent() is not None
            and counts[(e.getparent(), e.tag, e.get("class"))] >= MIN_ITEMS]


def listing_items(tree) -> list:
    """The page's teaser items: a linked headline in a heading, a date or a "Read more" link, a few
    words in all; or a linked headline with a date or a reading time beside it (module doc)."""
    items = []
    for item in tree.xpath(_ITEMS) + _repeated_blocks(tree):
        if len(_text(item).split()) > ITEM_WORDS:
            continue
        if (item.xpath(_LINKED_HEADING) and (_dated(item) or _read_more(item))) or _linked_headline(item):
            items.append(item)
    return [item for item in items if not any(other in items for other in item.iterancestors())]


def listing_page(tree) -> bool:
    """Whether the page is a list of teasers and nothing else (see the module)."""
    from archive.extract.line_furniture import ends_sentence

    items = listing_items(tree)
    if len(items) < MIN_ITEMS:
        return False
    inside = set(items)
    body = tree.xpath("//body")
    for element in (body[0] if body else tree).iter():
        if not isinstance(element.tag, str) or element.tag in ("script", "style"):
            continue
        if element in inside or any(a in inside for a in element.iterancestors()):
            continue
        text = _own_text(element) if element.tag != "p" else _text(element)
        if len(text.split()) >= PROSE_WORDS and ends_sentence(text):
            return False  # the page's own prose: an article with related stories listed
    return True
