"""A regional title hosted on its group's shared site (issue #13, round 32).

A media group may publish its local titles under one domain, each in a folder of its own:
"group.ie/regionals/lakesidetimes/news/...". Such a page states the group's domain as its site name
(og:site_name "group.ie") and its URL is the group's, while its logo and footer write the title ("Lakeside
Times"). The title is the page's outlet where the page's own address puts it in a folder whose letters
are the title's name, a leading "The" aside: :func:`path_spells` for a page's stated name
(:func:`archive.extract.page_names.named_site`), :func:`in_own_folder` for an outlet the signs named
against the group that the site's masthead and domain agree on
(:func:`archive.extract.outlet_agreement.settled`).
"""

from __future__ import annotations

from typing import Optional
from urllib.parse import urlsplit

FOLDERS = 2  # the title's folder is among the address's first folders ("/regionals/<title>/")
MIN_KEY = 6  # a title's letters long enough not to be a section's word ("news", "local")


def _key(name: str) -> str:
    from archive.extract.outlet_names import name_key

    return name_key(name) or ""


def _folders(url: Optional[str]) -> list:
    parts = urlsplit(url if url and "//" in url else "//" + (url or ""))
    return [f.replace("-", "").replace("_", "") for f in parts.path.lower().split("/")[1:1 + FOLDERS] if f]


def in_own_folder(outlet: Optional[str], url: Optional[str]) -> bool:
    """Whether the page's address puts it in a folder ``outlet``'s name spells (module doc)."""
    key = _key(outlet or "")
    if not url or len(key) < MIN_KEY:
        return False
    return any(folder in (key, key.removeprefix("the")) for folder in _folders(url))


def path_spells(name: str, domain: Optional[str], *urls: Optional[str]) -> bool:
    """Whether a page whose stated site name is its group's domain (``domain``, "https://group.ie") is,
    by one of its own addresses on that domain, in a folder ``name`` spells (module doc)."""
    if not domain:
        return False
    site = urlsplit(domain).netloc.split(".")[0]
    for url in urls:
        if url and site in urlsplit(url if "//" in url else "//" + url).netloc.lower().split(".") \
                and in_own_folder(name, url):
            return True
    return False
