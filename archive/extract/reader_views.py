"""The outlet of a page saved from a browser's reader view (issue #13, round 32).

A browser's reader view (Firefox's "Reader View", saved with its own markup: ``aboutReader.css``, a
header ``reader-header`` over the text) keeps none of the site's metadata, logo or footer: only the
text, the credits line and, over the headline, a link to the page it was made from, written as the
site's domain (``<a class="domain reader-domain" href="https://www.site.com/...">site.com</a>``).
That link is the page's own address, as an ``og:url`` is: :func:`reader_view_url` reads it.

The site's name is then (:func:`reader_view_name`) the outlet the data knows by that domain, else the
name the page writes whose letters are the domain's label, a leading "The" aside: a writer's credit
"Name, South Bend Tribune" over "southbendtribune.com", a copyright line "© Luzerner Zeitung" under
"luzernerzeitung.ch", a call "Subscribe to Harbourpost" under "harbourpost.no". The name must be
written with capitals and be the only one so spelled; a domain the page writes in no name stays
unnamed (a reader would not call "The Lakeside News" "lakesidenews.com": round 28).
"""

from __future__ import annotations

import re
from typing import Optional
from urllib.parse import urlsplit

from archive.model import collapse_whitespace

_READER_LINK = ("//a[contains(concat(' ', normalize-space(@class), ' '), ' reader-domain ')]"
                " | //*[contains(concat(' ', normalize-space(@class), ' '), ' reader-header ')]"
                "//a[contains(concat(' ', normalize-space(@class), ' '), ' domain ')]")
NAME_WORDS = 5
_WORD = r"[^\W\d_][\w'’&.-]*"
_RUN = re.compile(r"(?<![\w'’])(?:" + _WORD + r")(?:\s+(?:" + _WORD + r"))*")
_SKIP = {"www", "m", "amp", "mobile"}


def reader_view_url(tree) -> Optional[str]:
    """The address of the page a reader view was made from (module doc), else None."""
    try:
        links = tree.xpath(_READER_LINK)
    except Exception:  # a tree lxml cannot search
        return None
    for link in links[:1]:
        href = (link.get("href") or "").strip()
        if re.match(r"^https?://[^/\s]+\.[a-z]{2,}", href, re.I):
            return href
    return None


def _label(url: str) -> Optional[str]:
    host = (urlsplit(url).hostname or "").lower()
    labels = [label for label in host.split(".")[:-1] if label not in _SKIP]
    if not labels:
        return None
    label = labels[-2] if len(labels) >= 2 and labels[-1] in ("co", "com", "org", "net", "ac", "or") else labels[-1]
    label = label.replace("-", "")
    return label if len(label) >= 4 and label.isalpha() else None


def spelled_name(text: str, label: str) -> Optional[str]:
    """The one name (a run of one to ``NAME_WORDS`` words, each opening with a capital) ``text``
    writes whose letters, case, spaces and a leading "The" aside, are ``label``; else None."""
    from archive.extract.outlet_names import name_key

    found = {}
    for match in _RUN.finditer(text):
        words = match.group().split()
        for i in range(len(words)):
            for j in range(i + 1, min(len(words), i + NAME_WORDS) + 1):
                run = [w.strip(".,;:!?'’") for w in words[i:j]]
                if not all(w[:1].isupper() for w in run if w):
                    break
                name = " ".join(run)
                key = name_key(name)
                if key in (label, "the" + label) and name != name.lower():
                    found.setdefault(key[3:] if key.startswith("the") and key != label else key, name)
    return next(iter(found.values())) if len(found) == 1 else None


def reader_view_name(tree) -> Optional[str]:
    """The site's name a reader view gives by its own address (module doc), else None."""
    url = reader_view_url(tree)
    if not url:
        return None
    from archive.extract.outlet_names import known_outlet, outlet_from_url

    known = outlet_from_url(url)
    if known:
        return known_outlet(known) or known
    label = _label(url)
    if not label:
        return None
    try:
        text = collapse_whitespace(" \n ".join(tree.xpath("//body//text()")))
    except Exception:
        return None
    return spelled_name(text, label)
