"""What a web page states about itself: JSON-LD, ``og:``/``article:`` meta tags, microdata.

Pure functions over a parsed lxml tree (``lxml.html``); nothing here fetches or changes the
tree. :func:`page_metadata` gathers what the page states into a :class:`PageMetadata`, each
field taken from the most explicit statement the page makes:

1. a JSON-LD article object (``NewsArticle``, ``Article``, ``ReportageNewsArticle``, ...; also
   inside ``@graph`` or a page's ``mainEntity``), with ``@id`` references resolved;
2. ``og:`` and ``article:`` meta tags, ``itemprop`` microdata, other common meta names
   (``author``, ``date``, ``DC.*``, ``parsely-*``, ``sailthru.*``);
3. ``<link rel=canonical>``, ``<html lang>``, ``Content-Language``, ``og:locale``.

Dates come out as ISO ``YYYY-MM-DD``: the calendar day as the page writes it (its own time zone),
so ``2019-01-03T01:00:00+05:00`` is the 3rd, not converted to UTC.

:func:`markup_authors` is apart, a guess for pages that state no author: ``rel=author`` links,
then the first byline-like element (a class or id naming a byline or author) outside navigation,
sidebars, lists of other stories and comments, cleaned of "By" and trailing dates.

The JSON-LD reader is :mod:`archive.extract.json_ld`; :class:`PageMetadata` and the cleaning of
each value (text, days, people, keywords, languages, URLs) are :mod:`archive.extract.page_values`.
"""

from __future__ import annotations

import re
from typing import Iterable, Optional
from urllib.parse import urlsplit

from archive.extract.bylines import without_role
from archive.extract.byline_markup import inner_bylines, name_children
from archive.extract.header_labels import is_label
from archive.extract.json_ld import article_node, json_ld_metadata, json_ld_nodes  # noqa: F401 (callers use them from here)
from archive.extract.outlets import known_outlet
from archive.extract.page_footers import footer_site_name
from archive.extract.page_names import named_site
from archive.extract.page_tags import completed_tags, label_before, site_wide, split_stated
from archive.extract.page_values import (  # noqa: F401
    ARTICLE_TYPES,
    BY_PREFIX,
    MAX_TAG_CHARS,
    MAX_TAGS,
    TITLE_SEPARATORS,
    URL_START,
    PageMetadata,
    absolute_url,
    add_unique,
    clean_person,
    clean_text,
    filled_fields,
    is_home_page,
    iso_day,
    language_code,
    split_keywords,
)


# -- meta tags, microdata, links ---------------------------------------------------------------

# (meta attribute value, lower case) -> field; earlier names in each list win.
META_FIELDS = {
    "title": ["og:title", "twitter:title", "headline", "dc.title", "parsely-title", "sailthru.title"],
    "description": ["og:description", "description", "twitter:description", "dc.description"],
    "site_name": ["og:site_name", "application-name", "publisher", "dc.publisher", "twitter:app:name:iphone"],
    "published": [
        "article:published_time", "og:article:published_time", "article:published", "datepublished",
        "article:publicationdate", "published_time", "publication_date", "publish-date", "publishdate",
        "pubdate", "date", "dc.date.issued", "dcterms.issued", "dcterms.created", "dc.date", "sailthru.date",
        "parsely-pub-date", "article.published", "published_at", "datecreated",
        "citation_publication_date", "citation_date", "citation_online_date",
    ],
    "author": [
        "article:author", "og:article:author", "author", "parsely-author", "sailthru.author", "dc.creator",
        "byl", "byline", "citation_author",
    ],
    "tags": ["article:tag", "og:article:tag", "news_keywords", "parsely-tags", "sailthru.tags"],
    "section": ["article:section", "og:article:section"],
    "keywords": ["keywords"],  # the page's search keywords: tags only where it states no others
    "url": ["og:url", "twitter:url"],
    "language": ["og:locale", "content-language", "dc.language", "language"],
}
_META_LOOKUP = {name: (fld, rank) for fld, names in META_FIELDS.items() for rank, name in enumerate(names)}


def meta_values(tree) -> dict:
    """Every recognised meta statement: field -> list of (rank, value), document order within a rank."""
    found: dict = {}
    for element in tree.iter("meta"):
        name = element.get("property") or element.get("name") or element.get("itemprop") or element.get("http-equiv")
        if not name:
            continue
        entry = _META_LOOKUP.get(name.strip().lower())
        if entry is None:
            continue
        value = element.get("content")
        if value is None or not value.strip():
            continue
        fld, rank = entry
        found.setdefault(fld, []).append((rank, value))
    # microdata outside <meta>: <time itemprop="datePublished" datetime>, <span itemprop="author">...
    for element in tree.xpath(
        "//*[@itemprop='datePublished' or @itemprop='headline' or @itemprop='author'][not(self::meta)]"
    ):
        prop = element.get("itemprop")
        if prop == "datePublished":
            value = element.get("datetime") or element.get("content") or element.text_content()
            found.setdefault("published", []).append((3.5, value))
        elif prop == "headline":
            found.setdefault("title", []).append((2.5, element.text_content()))
        else:
            names = element.xpath(".//*[@itemprop='name']")
            value = (names[0].get("content") or names[0].text_content()) if names else element.text_content()
            found.setdefault("author", []).append((2.5, value))
    for values in found.values():
        values.sort(key=lambda item: item[0])  # stable: document order kept within a rank
    return found


def _first(values: list, convert=clean_text):
    for _, value in values:
        converted = convert(value)
        if converted:
            return converted
    return None


def meta_metadata(tree, url: Optional[str] = None) -> PageMetadata:
    """What the page's meta tags, microdata, canonical link and ``lang`` attribute state."""
    meta = PageMetadata()
    values = meta_values(tree)
    meta.title = _first(values.get("title", []))
    meta.description = _first(values.get("description", []))
    site = _first(values.get("site_name", []))
    if site and URL_START.match(site):
        host = urlsplit(site if "//" in site else "//" + site).netloc
        site = host[4:] if host.startswith("www.") else host or None
    meta.site_name = site
    meta.published = _first(values.get("published", []), iso_day)

    best_rank = None
    for rank, value in values.get("author", []):
        if best_rank is not None and rank != best_rank:
            break
        for part in re.split(r"\s*;\s*|\s*\|\s*", value) if value else []:
            person = clean_person(part)
            if person:
                add_unique(meta.authors, [person])
                best_rank = rank

    tag_values = values.get("tags", [])
    if tag_values:
        top = tag_values[0][0]
        for rank, value in tag_values:  # all article:tag lines, or the first other source
            if rank == top:
                add_unique(meta.tags, split_stated(value), MAX_TAGS)
    section = _first(values.get("section", []))
    if section:
        add_unique(meta.sections, [section], MAX_TAGS)
    keywords = _first(values.get("keywords", []))
    if keywords:
        meta.keywords = split_stated(keywords)[:MAX_TAGS]

    meta.url = canonical_url(tree, url) or _first(values.get("url", []), lambda v: absolute_url(v, url))
    if meta.url and is_home_page(meta.url):
        meta.url = None
    meta.language = (
        language_code(tree.get("lang"))
        or language_code(tree.get("{http://www.w3.org/XML/1998/namespace}lang"))
        or _first(values.get("language", []), language_code)
    )
    meta.sources = {k: "meta" for k in filled_fields(meta)}
    return meta


def canonical_url(tree, base: Optional[str] = None) -> Optional[str]:
    for link in tree.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        if "canonical" in rel:
            found = absolute_url(link.get("href"), base)
            if found:
                return found
    return None




# -- bylines in the markup ---------------------------------------------------------------------

_PROFILE_HREF = re.compile(
    r"/(?:authors?|people|person|writers?|by|profiles?|staff|journalists?|contributors?|reporters?|columnists?|"
    r"auteurs?|autor(?:en)?|redakteur)(?:/|$|[-_?])",
    re.I,
)
_BYLINE_CLASS = re.compile(r"byline|by-line|author|writer|contributor|reporter", re.I)
_NOT_BYLINE = re.compile(
    r"comment(?!ary)|related|sidebar|aside|widget|recommend|popular|most-?read|promo|teaser|share|social|newsletter|"
    r"avatar|follow",
    re.I,
)
_MONTH_WORDS = (
    "jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|"
    "oct|october|nov|november|dec|december"
)
_WEEKDAY_WORDS = "mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday"
_TRAILING_DATE = re.compile(
    r"(?:\s+|,\s*)(?:(?:updated|published|posted|on)\b.*|(?:" + _MONTH_WORDS + "|" + _WEEKDAY_WORDS + r")\b.*|\d.*)$",
    re.I,
)
_JUNK_NAMES = {
    "username", "user", "admin", "administrator", "author", "authors", "login", "log in", "sign in", "editor",
    "anonymous", "guest", "unknown", "none", "null", "by",
}


def clean_byline(text) -> Optional[str]:
    """A byline found in the markup as a name: "By", a trailing date or time, and junk removed."""
    text = clean_text(text)
    if not text:
        return None
    text = BY_PREFIX.sub("", text)
    text = _TRAILING_DATE.sub("", text).strip(" ,;|·•-–—:")
    person = clean_person(text)
    if not person or person.casefold() in _JUNK_NAMES or re.search(r"[:?!\"“”]", person):
        return None
    person = without_role(person)  # "Jane Doe Middle East Correspondent"
    if len(person.split()) > 6 or known_outlet(person):  # "by The Defense Post": no reporter named
        return None
    return person


def _outside_content(element) -> bool:
    """In navigation, a sidebar, a list of other stories, comments or a share widget."""
    for depth, node in enumerate([element, *element.iterancestors()]):
        if depth and node.tag in ("nav", "aside", "footer", "li", "form"):
            return True
        if _NOT_BYLINE.search(f"{node.get('class') or ''} {node.get('id') or ''}"):
            return True
    return False


def _spaced_text(element) -> str:
    """An element's text with a space between the pieces ("Jeff Foust" + "Monday", not "FoustMonday")."""
    return " ".join(element.itertext())


def markup_authors(tree) -> list:
    """Names the markup marks as the article's authors: ``rel=author`` links, then byline elements."""
    names: list = []
    for link in tree.xpath("//a[contains(concat(' ', normalize-space(@rel), ' '), ' author ')]"):
        if not _outside_content(link):
            add_unique(names, [clean_byline(_spaced_text(link))])
    names = [n for n in names if n]
    if names:
        return names
    for element in tree.xpath("//body//*[@class or @id]"):
        marks = f"{element.get('class') or ''} {element.get('id') or ''}"
        if not _BYLINE_CLASS.search(marks) or element.tag in ("script", "style", "img", "meta", "link"):
            continue
        if _outside_content(element):
            continue
        links = [a for a in element.iter("a") if _PROFILE_HREF.search(a.get("href") or "")]
        named = name_children(element)
        if links:
            found = [clean_byline(_spaced_text(a)) for a in links]
        elif named:  # the byline's element marked as the name ("author__name"), not its e-mail or date beside it
            found = [clean_byline(clean_text(_spaced_text(child))) for child in named]
        elif inner_bylines(element, _BYLINE_CLASS):  # "author-box" round "<p class=author>von Jane Doe</p><p>MDR</p>": the inner ones
            found = [clean_byline(clean_text(_spaced_text(inner))) for inner in inner_bylines(element, _BYLINE_CLASS)]
            found = [n for n in found if n and "@" not in n]
        else:
            text = clean_text(_spaced_text(element))
            found = [clean_byline(text)] if text and len(text.split()) <= 12 else []
        found = [n for n in found if n and not is_label(n)]  # "Updated" left of "Updated June 8, 2023": a date's box
        if found:
            add_unique(names, found)
            return names
    return names


_TAG_BOX = re.compile(r"(?:^|[\s_-])(?:tags?|topics?|keywords?|subjects?)(?:$|[\s_-])", re.I)


def in_header(element) -> bool:
    """In the page's or the article's header, or before the headline."""
    for node in element.iterancestors():
        if node.tag == "header" or "header" in (node.get("class") or "").casefold():
            return True
    return bool(element.xpath("following::h1"))


def markup_tags(tree) -> list:
    """Tags the markup marks: ``rel=tag`` links, else the links of a tags box (an element whose
    class or id says tags, topics or keywords, not in navigation or a sidebar). Labels of the
    box ("Tags:", "Topics:") are not tags."""
    return markup_tag_box(tree)[0]


def _label_before(element, first: str) -> str:
    return label_before(clean_text(_spaced_text(element)), first)


def markup_tag_box(tree) -> tuple:
    """:func:`markup_tags` and the label of the box holding them ("Topics:"; "" where none)."""
    found: list = []
    label = ""
    for link in tree.xpath("//a[contains(concat(' ', normalize-space(@rel), ' '), ' tag ')]"):
        if not _outside_content(link):
            text = clean_text(_spaced_text(link))
            if not found and link.getparent() is not None:
                label = _label_before(link.getparent(), text)
            add_unique(found, [text], MAX_TAGS)
    if found:
        return [t for t in found if t and len(t) <= MAX_TAG_CHARS], label
    for element in tree.xpath("//body//*[@class or @id]"):
        marks = f"{element.get('class') or ''} {element.get('id') or ''}"
        if element.tag in ("nav", "script", "style") or not _TAG_BOX.search(marks) or _outside_content(element):
            continue
        if in_header(element):
            continue  # a section's name over the headline ("News | ISIL/ISIS"), not the tags
        links = [clean_text(_spaced_text(a)) for a in element.iter("a")]
        links = [t for t in links if t and len(t) <= MAX_TAG_CHARS and len(t.split()) <= 6]
        if links:
            add_unique(found, links, MAX_TAGS)
            return found, _label_before(element, links[0])
    return found, label


# -- everything together -----------------------------------------------------------------------


def strip_site_suffix(title: Optional[str], site_names: Iterable) -> Optional[str]:
    """``Camp fire kills two | Rudaw`` -> ``Camp fire kills two`` when the suffix names the site."""
    if not title:
        return title
    names = {n.casefold() for n in site_names if n}
    for separator in TITLE_SEPARATORS:
        if separator in title:
            head, _, tail = title.rpartition(separator)
            if tail.strip().casefold() in names and len(head.split()) >= 2:
                return head.strip()
    return title


def page_metadata(tree, url: Optional[str] = None) -> PageMetadata:
    """JSON-LD first, then meta tags and links: each field from the most explicit statement."""
    meta_tags = meta_metadata(tree, url)
    ld = json_ld_metadata(tree, meta_tags.url or url)
    merged = PageMetadata(article_type=ld.article_type, article_body=ld.article_body)
    for name in ("title", "description", "site_name", "published", "language"):
        for source in (ld, meta_tags):
            value = getattr(source, name)
            if value:
                setattr(merged, name, value)
                merged.sources[name] = source.sources.get(name, "meta")
                break
    # The canonical link names the page itself; JSON-LD urls are sometimes a section or app link.
    for source in (meta_tags, ld):
        if source.url and not is_home_page(source.url):
            merged.url, merged.sources["url"] = source.url, source.sources.get("url", "meta")
            break
    for name in ("authors", "tags"):
        for source in (ld, meta_tags):
            if getattr(source, name):
                setattr(merged, name, list(getattr(source, name)))
                merged.sources[name] = source.sources.get(name, "meta")
                break
    # A headline cut short for search engines ("... for head…") loses to the full og:title.
    if merged.title and meta_tags.title and merged.sources.get("title") == "json-ld":
        stem = merged.title.rstrip(".…").rstrip()
        if len(stem) < len(merged.title) and meta_tags.title.startswith(stem) and len(meta_tags.title) > len(stem):
            merged.title = meta_tags.title
    if not merged.site_name:
        merged.site_name = footer_site_name(tree)
        if merged.site_name:
            merged.sources["site_name"] = "footer"
    named = named_site(tree, merged.site_name, merged.url, url)  # the logo, the <title>'s end, the domain
    if named != merged.site_name:
        merged.site_name, merged.sources["site_name"] = named, "page"
    # The site's section ("Politics") is a tag only where the page states none: its tags (JSON-LD
    # keywords, article:tag, news_keywords...), then the links of its tags box (completed by its
    # search keywords where they are the same list, longer: page_tags), then its plain search
    # keywords (<meta name="keywords">) unless they are the outlet's site-wide list come first.
    site_names = [merged.site_name, ld.site_name, meta_tags.site_name]
    if not merged.tags:
        visible, label = markup_tag_box(tree)
        merged.tags = completed_tags(visible, label, meta_tags.keywords, site_names, merged.url or url)
        if merged.tags:
            merged.sources["tags"] = "markup" if merged.tags == visible else "markup+keywords"
    if not merged.tags:
        from archive.extract.page_tags import labelled_block_tags

        merged.tags = labelled_block_tags(tree)  # a block writing a tags label before its list ("Themen: a, b")
        if merged.tags:
            merged.sources["tags"] = "markup"
    if not merged.tags and meta_tags.keywords and not site_wide(meta_tags.keywords, site_names, merged.url or url):
        merged.tags, merged.sources["tags"] = list(meta_tags.keywords), "keywords"
    if not merged.tags:
        from archive.extract.page_tags import menu_entries

        for source in (ld, meta_tags):
            if source.sections:
                if not menu_entries(tree, source.sections):  # a section its own menu lists: where it is filed
                    merged.tags, merged.sources["tags"] = list(source.sections), "section"
                break
    if merged.sources.get("title") == "meta":
        merged.title = strip_site_suffix(merged.title, [merged.site_name, ld.site_name, meta_tags.site_name])
    return merged

