"""The name a web page gives its own site where it states none in its metadata (issue #13, round
10): the logo's text or picture's ``alt`` at the top of the page, the site's name after the
headline in ``<title>``, the site's own domain, the footer's "a website of ...".

One sign alone is no proof (a logo's ``alt`` may be a slogan or a picture's caption, the ``<title>``
may end in a section's name), so a name counts where two of them agree: the logo and the
``<title>``'s last part, or its first part (round 19); either of them and the letters of the page's own domain (its canonical
address or ``og:url``, a subdomain on a blogging platform too: "lakebrief.substack.com"); either of
them and the page's footer, which writes the name again. Also :func:`footer_site_name`: a known
outlet the footer's copyright line names, for pages naming no site at all. Pure functions over a
parsed lxml tree.
"""

from __future__ import annotations

import re
from typing import Optional
from urllib.parse import urlsplit

from archive.extract.masthead_lines import holds_in_a_row, label_spells, masthead_name, name_words
from archive.extract.outlet_names import name_key
from archive.extract.page_values import clean_text
from archive.extract.web_hosts import DOMAIN_ONLY as _DOMAIN
from archive.model import collapse_whitespace

_LOGO_MARK = re.compile(r"logo|masthead|brand|site-?title|site-?name|navbar-brand", re.I)
_TOP_MARK = re.compile(r"header|topbar|top-bar|masthead", re.I)
_IN_ARTICLE = re.compile(r"article|entry|post|story|author|byline|avatar|profile|content|caption|figure", re.I)
_PARTS = re.compile(r"\s+[-–—|:·]\s+")
TITLE_SEPARATORS = re.compile(r"\s+[-–—|·:]\s+|\s+::\s+")
_FOOTER = ("//footer | //*[contains(translate(@class, 'FOT', 'fot'), 'foot')"
           " or contains(translate(@id, 'FOT', 'fot'), 'foot')"
           " or contains(translate(@class, 'COPYRIGHT', 'copyright'), 'copyright')]")
LOGO_ELEMENTS = 40  # the logo stands among the page's first elements of its kind
FOOTER_CHARS = 2000


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
        home = element.tag == "a" and (element.get("href") or "").strip() in ("/", "./", "index.html")
        top = any((_TOP_MARK.search(_marks(n)) or n.tag == "header") and not _IN_ARTICLE.search(_marks(n))
                  for n in element.iterancestors())
        if any(_IN_ARTICLE.search(_marks(n)) or n.tag == "article" for n in element.iterancestors()):
            continue  # an author's photo, a picture in the story's own header
        if element.tag == "img":
            if not (_LOGO_MARK.search(marks) or _LOGO_MARK.search(src) or top):
                continue
            found += _names(element.get("alt"))
        elif home and (_LOGO_MARK.search(marks) or top):
            found += _names(element.text_content())
            found += [n for img in element.iter("img") for n in _names(img.get("alt"))]
    return list(dict.fromkeys(found))


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


def footer_text(tree) -> str:
    try:
        parts = [element.text_content() for element in tree.xpath(_FOOTER)]
    except Exception:
        return ""
    return collapse_whitespace(" ".join(parts))[-FOOTER_CHARS:]


def own_site_name(tree, *urls: Optional[str]) -> Optional[str]:
    """The site's name two of the page's signs agree on (module doc), else None."""
    logos = logo_names(tree)
    suffix = title_name(tree)
    candidates = logos + ([suffix] if suffix else [])
    if not candidates:
        return None
    keys = {name_key(name) for name in logos}
    if suffix and name_key(suffix) in keys:
        return suffix
    prefix = title_name(tree, first=True)
    if prefix and name_key(prefix) in keys:
        return prefix  # the logo and the title's first part
    labels = domain_labels(*urls)
    footer = footer_text(tree)
    for name in candidates:
        if spelled(name, labels) or footer and holds_in_a_row(footer, name_words(name)):
            return name
    return None


def named_site(tree, stated: Optional[str], *urls: Optional[str]) -> Optional[str]:
    """The site's name: as the page states it (og:site_name, JSON-LD publisher), else as two of its
    own signs agree (:func:`own_site_name`); a stated name that is only the site's domain
    ("lakeherald.com") gives way to the name its logo or ``<title>`` spells with the same letters."""
    domain = site_domain(stated or "")
    if stated and not domain:
        return stated
    found = own_site_name(tree, *urls, domain)
    if found and (not stated or spelled(found, domain_labels(domain))):
        return found
    return stated


_FOOTER_XPATH = (
    "//footer | //*[contains(translate(@class, 'FOOTERCPYIGH', 'footercpyigh'), 'footer')"
    " or contains(translate(@class, 'FOOTERCPYIGH', 'footercpyigh'), 'copyright')"
    " or contains(translate(@id, 'FOOTERCPYIGH', 'footercpyigh'), 'footer')"
    " or contains(translate(@id, 'FOOTERCPYIGH', 'footercpyigh'), 'copyright')]"
)


def footer_site_name(tree) -> Optional[str]:
    """A known outlet named by the copyright line of the page's footer ("© 2024 Rudaw Media
    Network"), for pages that state no site name; None when the footer names no known outlet."""
    from archive.extract.outlets import COPYRIGHT_LINE, footer_outlet, is_known

    try:
        footers = tree.xpath(_FOOTER_XPATH)
    except Exception:  # a tree lxml cannot search
        return None
    for element in reversed(footers[-20:]):
        text = element.text_content() if hasattr(element, "text_content") else ""
        for line in reversed([clean_text(part) for part in re.split(r"[\n\r]+", text or "")]):
            if line and len(line) <= 300 and COPYRIGHT_LINE.search(line):
                found = footer_outlet(line)
                if is_known(found):
                    return found
    return None
