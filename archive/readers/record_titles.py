"""A monitoring export's titles that end on their outlet's name (issue #13, round 36): Brandwatch,
Talkwalker and scrapers keep the page's ``<title>``, "Headline | De Tijd", "Headline - Friesch
Dagblad". The name is the outlet, no part of the headline, where the record itself says so: it is
a known outlet, its record's outlet field, or it agrees with its record's address (the host's name
spells it: frieschdagblad.nl, tijd.be; or its initials: rd.nl for "Reformatorisch Dagblad"); and,
in a file where most titles end so, the other rows' names too (a file's titles are written one way).
A headline's own dash ("Syria - the long wait") stays: its "name" agrees with nothing.

    suffixed(rows) -> {row number: (headline, name, confirmed)}
        ``rows``: ``[(number, title, outlet, url)]`` of a file; ``confirmed`` where the row's own
        record says the name (then it is the record's outlet where it has none, or only the site's
        address the name agrees with: "rd.nl" is "Reformatorisch Dagblad").
"""

from __future__ import annotations

import re
from typing import Optional
from urllib.parse import urlparse

from archive.extract.title_suffixes import NAME_WORDS, TITLE_WORDS, SUFFIX
from archive.model import collapse_whitespace

MIN_ROWS = 3  # the file's rule needs this many titles at least
FILE_SHARE = 0.6  # of them, this share ending on a name their records confirm
_ARTICLES = ("the", "de", "het", "le", "la", "les", "el", "der", "die", "das", "il", "al")


def _split(title: str) -> Optional[tuple]:
    match = SUFFIX.match(collapse_whitespace(title or ""))
    if not match:
        return None
    headline, name = match.group("title").strip(), match.group("name").strip()
    if len(headline.split()) < TITLE_WORDS or not 0 < len(name.split()) <= NAME_WORDS \
            or re.search(r"[.!?:;,]$", name) or not re.match(r"[^\W\d]", name):
        return None
    return headline, name


def _host_label(url: Optional[str]) -> str:
    host = (urlparse(url or "").hostname or "") if "://" in (url or "") else (url or "").strip().lower()
    host = re.sub(r"^(?:www\d?|m|amp|edition)\.", "", host)
    return host.split(".")[0] if host else ""


def _agrees(name: str, url: Optional[str]) -> bool:
    """The host's first label spells the name (its letters, an article before it left out) or its
    initials: tijd.be "De Tijd", frieschdagblad.nl "Friesch Dagblad", rd.nl "Reformatorisch Dagblad"."""
    label = re.sub(r"[^a-z0-9]", "", _host_label(url))
    words = [w for w in re.findall(r"[^\W_]+", name.casefold())]
    if not label or not words or not all(w.isascii() for w in words):
        return False
    letters = "".join(words)
    bare = "".join(w for w in words if w not in _ARTICLES) or letters
    initials = "".join(w[0] for w in words if w not in _ARTICLES)
    return label in (letters, bare) or (len(initials) >= 2 and label == initials) \
        or (len(bare) >= 4 and (label.startswith(bare) or bare.startswith(label) and len(label) >= 4))


def _confirmed(name: str, outlet: Optional[str], url: Optional[str]) -> bool:
    from archive.extract.outlet_names import known_outlet

    if outlet and collapse_whitespace(outlet).casefold() == name.casefold():
        return True
    return bool(known_outlet(name)) or _agrees(name, url) or (domain(outlet) and _agrees(name, outlet))


def domain(value: Optional[str]) -> bool:
    """An outlet field holding a site's address ("rd.nl", "www.tijd.be"), not its name."""
    return bool(re.fullmatch(r"(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}/?", (value or "").strip().lower()))


def suffixed(rows: list) -> dict:
    split = {number: (parts, outlet, url) for number, title, outlet, url in rows
             for parts in [_split(title)] if parts}
    titled = sum(1 for _, title, _, _ in rows if (title or "").strip())
    confirmed = {number for number, (parts, outlet, url) in split.items() if _confirmed(parts[1], outlet, url)}
    whole_file = titled >= MIN_ROWS and len(confirmed) >= FILE_SHARE * titled  # the file writes its titles so
    return {number: parts + (number in confirmed,) for number, (parts, _, _) in split.items()
            if whole_file or number in confirmed}
