"""The name a web page gives its own site where it states none in its metadata (issue #13, round
10): the logo's text or picture's ``alt`` at the top of the page, the site's name after the
headline in ``<title>``, the site's own domain, the footer's "a website of ...".

One sign alone is no proof (a logo's ``alt`` may be a slogan or a picture's caption, the ``<title>``
may end in a section's name), so a name counts where two of them agree: the logo and the
``<title>``'s last part, or its first part (round 19); either of them and the letters of the page's own domain (its canonical
address or ``og:url``, a subdomain on a blogging platform too: "lakebrief.substack.com"); either of
them and the page's footer, which writes the name again (its text, and the known outlet its
copyright line names for pages naming no site at all: :mod:`archive.extract.page_footers`). Pure
functions over a parsed lxml tree.
"""

from __future__ import annotations

import re
from typing import Optional
from urllib.parse import urlsplit

from archive.extract.masthead_lines import holds_in_a_row, label_spells, masthead_name, name_words
from archive.extract.outlet_names import name_key
from archive.extract.page_footers import footer_text, last_cell_text
from archive.extract.page_values import clean_text
from archive.extract.web_hosts import DOMAIN_ONLY as _DOMAIN
from archive.model import collapse_whitespace

_LOGO_MARK = re.compile(r"logo|masthead|brand|site-?title|site-?name|navbar-brand", re.I)
# a page's header in the markup's words of other languages too (French "entete", Spanish "cabecera",
# Portuguese "cabecalho", Italian "testata", German "kopfbereich", Dutch "kopregel")
_TOP_MARK = re.compile(r"header|topbar|top-bar|masthead|en-?t[eê]te|cabecera|cabe[cç]alho|testata|intestazione"
                       r"|kopfbereich|kopfzeile|kopregel", re.I)
_IN_ARTICLE = re.compile(r"article|entry|post|story|author|byline|avatar|profile|content|caption|figure", re.I)
_PARTS = re.compile(r"\s+[-–—|:·]\s+")
TITLE_SEPARATORS = re.compile(r"\s+[-–—|·:]\s+|\s+::\s+")
_SITE_ROOT = re.compile(r"^(?:https?:)?//[^/?#\s]+/?$", re.I)
LOGO_ELEMENTS = 40  # the logo stands among the page's first elements of its kind


def _names(text: Optional[str]) -> list:
    """The names a logo's text may give: the whole (a tagline after a lower-case word cut), and its
    first part before a dash ("Lake Herald - the valley's paper")."""
    text = collapse_whitespace(text or "")
    if not text:
        return []
    found = [masthead_name(text), masthead_name(_PARTS.split(text)[0])]
    return [name for name in dict.fromkeys(found) if name]


def _marks(node) -> str:
    return f"{node.get('class') or ''} {node.get('id') or ''}"


def _within(element) -> list:
    """The elements ``element`` stands in, the page's ``<body>`` and ``<html>`` aside: a CMS marks the
    body with the kind of page it is ("single-post", "post-template-default"), which says nothing of
    where in the page an element stands."""
    return [n for n in element.iterancestors() if n.tag not in ("body", "html")]


def logo_names(tree) -> list:
    """Names the page's logo writes: the ``alt`` of a picture (or the text of a link) that the
    markup marks as the logo or the masthead, or that stands in the page's header and links to
    the home page."""
    found = []
    try:
        elements = tree.xpath("//body//img[@alt] | //body//a[@href]")[:LOGO_ELEMENTS * 2]
    except Exception:  # a tree lxml cannot search
        return []
    for element in elements:
        marks = " ".join(f"{node.get('class') or ''} {node.get('id') or ''}"
                         for node in [element, *element.iterancestors()][:4])
        src = element.get("src") or ""
        href = (element.get("href") or "").strip()
        home = element.tag == "a" and href in ("/", "./", "index.html")
        if element.tag == "a" and _SITE_ROOT.match(href) and _LOGO_MARK.search(marks):
            home = True  # a site title's link to its own root ("<h1 class="site-title"><a href="https://site/">")
        top = any((_TOP_MARK.search(_marks(n)) or n.tag == "header") and not _IN_ARTICLE.search(_marks(n))
                  for n in element.iterancestors())
        if any(_IN_ARTICLE.search(_marks(n)) or n.tag == "article" for n in _within(element)):
            continue  # an author's photo, a picture in the story's own header
        if element.tag == "img":
            if not (_LOGO_MARK.search(marks) or _LOGO_MARK.search(src) or top):
                continue
            found += _names(element.get("alt"))
        elif home and (_LOGO_MARK.search(marks) or top):
            found += _names(element.text_content())
            found += [n for img in element.iter("img") for n in _names(img.get("alt"))]
    found += _text_logos(tree)
    return list(dict.fromkeys(found))


LOGO_TEXT_CHARS = 60  # a logo's words written as text are a short name
_TOP_BAR = re.compile(r"(?<![a-z])top(?![a-z])", re.I)  # class="top", "site-top"


def _text_logos(tree) -> list:
    """Names a logo written as text gives (round 30): an element the markup marks as the logo or
    the masthead (``<div class="logo">Name</div>``), or the page's header or top bar, whose own
    first words, before any element inside it or a separator, are a short name ("<header>Name
    <span>tagline</span> | Menu</header>"). Never an element of the story's own."""
    found, runs = [], {}
    try:
        elements = tree.xpath("//body//*[self::header or self::div or self::span or self::p or self::strong"
                              " or self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6]")[:LOGO_ELEMENTS]
    except Exception:
        return []
    for element in elements:
        marks = _marks(element)
        if not (_LOGO_MARK.search(marks) or _TOP_MARK.search(marks) or _TOP_BAR.search(marks) or element.tag == "header"):
            continue
        if _IN_ARTICLE.search(marks) or any(_IN_ARTICLE.search(_marks(n)) or n.tag == "article"
                                            for n in _within(element)):
            continue
        text = collapse_whitespace(re.split(r"\s[|•·]\s|\s[|•·]$", element.text or "")[0])
        if not text and _LOGO_MARK.search(marks) and len(element) == 0:
            text = collapse_whitespace(element.text_content())
        if text and len(text) <= LOGO_TEXT_CHARS:
            names = [name for name in _names(text) if masthead_name(name)]
            runs.setdefault((element.tag, marks, element.getparent()), []).append(names)
            found += names
    for run in runs.values():  # a bar of sibling elements of one class, one short entry each: a menu (round 33)
        if len(run) >= MENU_RUN and sum(1 for names in run if names and len(names[0].split()) <= 2) >= MENU_RUN - 1:
            found = [name for name in found if not any(name in names for names in run[1:])]
    return found


MENU_RUN = 4  # sibling elements of one class at the top, each a word or two: the logo, then a menu's entries


def title_name(tree, first: bool = False) -> Optional[str]:
    """The last part of the page's ``<title>`` after a separator, where it could be a name; its
    first part before one with ``first`` ("اللواء | headline": some sites write their name first)."""
    try:
        titles = tree.xpath("//head/title | //title")
    except Exception:
        return None
    text = collapse_whitespace(titles[0].text_content()) if titles else ""
    parts = TITLE_SEPARATORS.split(text)
    return masthead_name(parts[0 if first else -1]) if len(parts) > 1 else None


def domain_labels(*urls: Optional[str]) -> set:
    """The letters of each label of the pages' own web addresses ("lakebrief.substack.com":
    "lakebrief", "substack"), not "www"."""
    labels = set()
    for url in urls:
        if not url:
            continue
        host = urlsplit(url if "//" in url else "//" + url).netloc.split(":")[0].lower()
        labels.update(part.replace("-", "") for part in host.split(".")[:-1] if part not in ("www", "m", "amp"))
    return labels




def site_domain(name: str) -> Optional[str]:
    """The web address a site's stated name is when it is only its domain ("lakeherald.com"), else None."""
    match = _DOMAIN.match(name.strip())
    return "https://" + match.group(1).lower() if match else None


def spelled(name: str, labels: set) -> bool:
    """Whether ``name``'s letters are one of the domain ``labels`` (a leading "The" left out or not),
    or a label spells its words shortened (:func:`archive.extract.masthead_lines.label_spells`)."""
    key = name_key(name)
    return key in labels or key.startswith("the") and key[3:] in labels \
        or any(label_spells(label, name) for label in labels)  # "dailylak": "The Daily Lakesider"


def _title_parts(tree) -> list:
    try:
        titles = tree.xpath("//head/title | //title")
    except Exception:
        return []
    return TITLE_SEPARATORS.split(collapse_whitespace(titles[0].text_content()) if titles else "")


def _headline_key(tree) -> Optional[str]:
    for path in ("//h1", "//h2"):
        for element in tree.xpath(path):
            text = clean_text(" ".join(element.itertext()))
            if text:
                return name_key(text)
    return None


def structured_title(tree) -> Optional[str]:
    """The site's name a CMS's ``<title>`` writes after the page's headline and its section
    ("Headline | World | Lakeside Post", round 28): the first part is the page's ``<h1>``, a part
    between is a news site's section (``archive/data/menu_sections.txt``), the last part has a
    masthead's shape. The title's own layout is the second sign. Else None."""
    from archive.extract.menu_mastheads import _name_shaped, section_entry

    parts = _title_parts(tree)
    if len(parts) < 3 or not any(section_entry(part) for part in parts[1:-1]):
        return None
    if _headline_key(tree) != name_key(parts[0]) or section_entry(parts[-1]):
        return None
    name = masthead_name(parts[-1])
    return name if name and _name_shaped(name) else None


def _section_suffixed(tree) -> Optional[str]:
    """The first part of a ``<title>`` of two, "Site - Section" ("Lakeside Gazette - News"), where
    the last is a section's name: the site's name candidate, else None."""
    from archive.extract.menu_mastheads import section_entry

    parts = _title_parts(tree)
    return masthead_name(parts[0]) if len(parts) == 2 and section_entry(parts[1]) else None


_HOLDER = re.compile(r"(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d\d\s*[-–]?\s*)*"
                     r"(?P<holder>[^·|•©\n]{3,80}?)\s*(?:[·|•]|\s[-–—]\s|$)", re.I)


def _holder_beside(tree, name: Optional[str], footer: str) -> Optional[str]:
    """The footer's copyright holder where the page's header writes it beside ``name`` on one line
    ("BRAND NAME · Formal Name of the Body" over "© Formal Name of the Body"): the site's brand
    and the body that publishes it; the holder is the publisher. Else None."""
    holder = _HOLDER.search(footer or "")
    if not name or not holder:
        return None
    holder = holder.group("holder").strip(" .,")
    if name_key(holder) == name_key(name) or len(holder.split()) < 2:
        return None
    try:
        tops = [n for n in tree.xpath("//body//*")[:LOGO_ELEMENTS] if _TOP_MARK.search(_marks(n)) or n.tag == "header"]
    except Exception:
        return None
    for top in tops:
        parts = [name_key(part) for part in _PARTS.split(collapse_whitespace(top.text_content()))]
        if name_key(name) in parts and name_key(holder) in parts:
            return holder
    return None


def own_site_name(tree, *urls: Optional[str]) -> Optional[str]:
    """The site's name two of the page's signs agree on (module doc), else None; a brand the
    header writes beside its publisher's name, which the footer's copyright line holds, gives way
    to that publisher (:func:`_holder_beside`)."""
    found = _own_site_name(tree, *urls)
    return _holder_beside(tree, found, footer_text(tree) or last_cell_text(tree)) or found


def _own_site_name(tree, *urls: Optional[str]) -> Optional[str]:
    structured = structured_title(tree)
    if structured:
        return structured
    labels = domain_labels(*urls)
    logos = [name for name in logo_names(tree) if not _section_name(name, labels)]
    suffix = _section_suffixed(tree) or title_name(tree)
    suffix = None if suffix and _section_name(suffix, labels) else suffix
    candidates = logos + ([suffix] if suffix else [])
    if not candidates:
        return None
    keys = {name_key(name) for name in logos}
    footer = footer_text(tree) or last_cell_text(tree)
    if suffix and name_key(suffix) in keys:
        return _footer_form(suffix, logos, footer)
    prefix = title_name(tree, first=True)
    if prefix and name_key(prefix) in keys and not _section_name(prefix, labels):
        return _footer_form(prefix, logos, footer)  # the logo and the title's first part
    for name in candidates:
        if spelled(name, labels) or footer and holds_in_a_row(footer, name_words(name)):
            return name
    return None


def _section_name(name: str, labels: set) -> bool:
    """Whether a name is a news site's section ("Monde", "World", "Sport"), not a known outlet nor
    the name the page's domain spells ("Polityka" on polityka.pl): the menu's entry and the
    ``<title>``'s last part agree on the section a page is filed under ("Headline - site.ch - Monde"
    under a menu "Info | Monde | Sport"), which names no site (round 33)."""
    from archive.extract.menu_mastheads import section_entry
    from archive.extract.outlet_names import known_outlet

    return section_entry(name) and not known_outlet(name) and not spelled(name, labels)


def _footer_form(name: str, logos: list, footer: str) -> str:
    """Of a name the ``<title>`` and the logo write in two cases ("Les Clés du X", "Les clés du X"),
    the logo's where the footer writes it so too (a CMS capitalises its titles' words); else ``name``."""
    for logo in logos:
        if logo != name and name_key(logo) == name_key(name) and footer and logo in footer and name not in footer:
            return logo
    return name


SLOGAN_WORD = 4  # a word in lower case this long is no joining word of a name ("of", "and", "para")


def _slogan(part: str, beside_domain: bool = False) -> bool:
    """Whether a part of a stated site name is a slogan or a description, not a name: two words or
    more, one of them a word in lower case longer than a name's joining words ("Periodismo para que
    no te la cuelen"; "Office on Drugs and Crime" is a name's); beside a domain standing for the
    name, any two words or more ("ctxt.es | Contexto y Acción")."""
    words = part.split()
    if len(words) < 2:
        return False
    return beside_domain or any(word[:1].islower() and len(word) >= SLOGAN_WORD for word in words)


def tagline_cut(tree, stated: str, *urls: Optional[str]) -> Optional[str]:
    """The name of a stated site name written with its slogan ("Name — Slogan of the site", "site.es |
    Contexto y Acción"), where the name part is the one another sign of the page gives (the
    ``<title>``'s edge part, a logo, the page's domain spelled); a domain standing for the name takes
    the form the page writes beside the slogan again ("CTXT · Contexto y Acción"). Else None."""
    parts = TITLE_SEPARATORS.split(collapse_whitespace(stated))
    if len(parts) != 2:
        return None
    edges = _title_parts(tree)
    edges = [edges[0], edges[-1]] if len(edges) > 1 else []
    signs = {name_key(name) for name in [*edges, *logo_names(tree)] if name}
    labels = domain_labels(*urls)
    for name, slogan in (parts, parts[::-1]):
        domain = site_domain(name)
        if not _slogan(slogan, bool(domain)) or _slogan(name):
            continue
        label = (urlsplit(domain).netloc.split(".")[0] if domain else "").replace("-", "")
        if not (name_key(name) in signs or spelled(name, labels) or label and label in labels):
            continue
        if domain and label:
            try:
                text = collapse_whitespace(tree.text_content())
            except Exception:
                text = ""
            beside = re.compile(r"(?<![\w.])([^\W_]+)\s*[-–—|·:]\s*" + re.escape(slogan), re.I)
            for match in beside.finditer(text):
                form = match.group(1)
                if form.casefold() == label and form != form.lower():
                    return form
        return name
    return None


def named_site(tree, stated: Optional[str], *urls: Optional[str]) -> Optional[str]:
    """The site's name: as the page states it (og:site_name, JSON-LD publisher), else as two of its
    own signs agree (:func:`own_site_name`); a stated name that is only the site's domain
    ("lakeherald.com") gives way to the name its logo or ``<title>`` spells with the same letters."""
    stated = (stated and tagline_cut(tree, stated, *urls)) or stated  # "Name — its slogan"
    domain = site_domain(stated or "")
    if stated and not domain:
        return stated
    from archive.extract.group_sites import path_spells

    if not stated:  # a browser's reader view: its link to the page is the page's own address (round 32)
        from archive.extract.reader_views import reader_view_name

        viewed = reader_view_name(tree)
        if viewed:
            return viewed
    found = own_site_name(tree, *urls, domain)
    if found and (not stated or spelled(found, domain_labels(domain)) or path_spells(found, domain, *urls)):
        return found
    if not stated and not found:  # an institution's header: its name over its home trail (round 33)
        from archive.extract.crumb_mastheads import header_crumb_name

        return header_crumb_name(tree)
    return stated
