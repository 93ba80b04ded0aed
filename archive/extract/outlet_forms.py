"""The forms around an outlet's name that are not its name: a company's legal form after it
("The Camp Gazette DAC", ``archive/data/company_suffixes.txt``) and an Arabic kind word before it
("صحيفة الوادي"). Issue #13, round 7. And the initials a logo writes for a name ("DRC" for Danish
Refugee Council; round 16)."""

from __future__ import annotations

import functools
import re
from urllib.parse import unquote
from typing import Optional

from archive.extract.data import data_lines, small_words


# The kind of outlet an Arabic name is written with ("صحيفة البحيرة", "جريدة الوادي", "موقع
# عنب بلدي", "وكالة نورث برس"): a description, not the name the outlet's masthead and others'
# citations give it. "وكالة أنباء ..." and "وكالة الأنباء ..." are names as they stand.
_ARABIC_KIND_WORD = re.compile(r"^(?:صحيفة|صحيفه|جريدة|جريده|موقع|مجلة|مجله|وكالة|وكاله|مؤسسة|مؤسسه|شركة|شركه)\s+(?!أنباء|انباء|الأنباء|الانباء)(?=\S)")


def company_suffix(name: str) -> Optional[re.Match]:
    """The legal form or group word after a company's name ("DAC", "GmbH", "S.A.", "Media Group",
    ``archive/data/company_suffixes.txt``), as a match at the end of ``name``, or None."""
    match = _company_suffixes().search(name)
    return match if match and re.search(r"[^\W\d_]", name[:match.start()]) else None


@functools.lru_cache(maxsize=None)
def _company_suffixes() -> re.Pattern:
    forms = sorted(data_lines("company_suffixes.txt"), key=len, reverse=True)
    # an Arabic trade may name more trades after it, each joined by "و": "للإعلام والثقافة والفنون"
    alternatives = "|".join(re.escape(form.rstrip(".")) + (r"(?:\s+وال\w+)*" if form.startswith("لل") else "")
                            for form in forms)
    return re.compile(rf"(?:\s*,\s*|\s+)(?:{alternatives})\.?$", re.I)


def edition_suffix(name: str) -> Optional[re.Match]:
    """The word after an outlet's name that says its edition ("Online", "Digital",
    ``archive/data/edition_suffixes.txt``), as a match at the end of ``name``, or None."""
    match = _edition_suffixes().search(name)
    return match if match and re.search(r"[^\W\d_]", name[:match.start()]) else None


@functools.lru_cache(maxsize=None)
def _edition_suffixes() -> re.Pattern:
    forms = sorted(data_lines("edition_suffixes.txt"), key=len, reverse=True)
    return re.compile(r"(?:\s+|(?<=\w)(?=\.com$))(?:" + "|".join(re.escape(form) for form in forms) + r")$", re.I)


def bare_name(name: str) -> str:
    """An outlet's name without a company's legal form after it ("The Camp Gazette DAC", "Herald
    Media Group Ltd": two forms at most), without an edition's word ("Mail & Guardian Online") and
    without an Arabic kind word before it ("صحيفة الوادي"); as it is when nothing is left."""
    for _ in range(2):
        match = company_suffix(name)
        if match:
            name = name[:match.start()].rstrip(" ,")
    edition = edition_suffix(name)
    if edition:
        name = name[:edition.start()].rstrip(" ,")
    kind = _ARABIC_KIND_WORD.match(name)
    if kind and len(name[kind.end():].strip()) >= 2:
        name = name[kind.end():].strip()
    return name


_EMBEDDED_URL = re.compile(r"(?<=[/=])(?:https?|HTTPS?)(?::|%3A)(?://|%2F%2F)[^\s&#]+|(?<=/)(?:www\.)[^\s/&#]+\.[a-z]{2,}(?:/[^\s&#]*)?")
_PROXY_HOST = re.compile(r"^(?P<site>[a-z0-9-]+)\.translate\.goog$", re.I)


def original_url(url: str) -> str:
    """The address a copy of a page stands for: the page a web archive or a translating proxy shows
    ("https://web.archive.org/web/20190311/https://www.site.com/x", "archive.ph/2019.03.11/https://...",
    "translate.google.com/translate?u=https%3A%2F%2F...", "www-site-com.translate.goog/x"); else ``url``."""
    rest = re.sub(r"^[a-z][a-z0-9+.-]*://", "", url.strip(), flags=re.I)
    host, _, tail = rest.partition("/")
    match = _EMBEDDED_URL.search("/" + tail)
    if match:
        return unquote(match.group())
    proxy = _PROXY_HOST.match(host.split(":")[0])
    if proxy:  # "www-site-com": dashes are dots, a doubled dash is a dash
        site = proxy.group("site").replace("--", "\0").replace("-", ".").replace("\0", "-")
        return f"https://{site}/{tail}"
    return url


BANNER_WORDS = 12
_BANNER_URL = re.compile(r"https?://[^\s<>\"'()\[\]]+", re.I)


def copy_banner(line: str) -> Optional[str]:
    """The original address a web archive's or a translating proxy's banner line names ("The Wayback
    Machine - https://web.archive.org/web/2019.../https://www.site.com/x"), else None."""
    if len(line.split()) > BANNER_WORDS:
        return None
    urls = _BANNER_URL.findall(line)
    if len(urls) != 1:
        return None
    found = original_url(urls[0].rstrip(".,;:!?»”’"))
    return found if found != urls[0].rstrip(".,;:!?»”’") else None


def word_initials(words, skip=frozenset()) -> str:
    """The first letters of ``words`` in order, as written, leaving out those whose case-folded form
    is in ``skip`` (the small words: :func:`archive.extract.data.small_words`)."""
    return "".join(w[0] for w in words if w and w.casefold() not in skip)


def initials_of(acronym: str, name: str) -> bool:
    """Whether ``acronym`` is the initials of ``name``'s words, its small words left out or not
    ("DRC": Danish Refugee Council; "IISS": The International Institute for Strategic Studies)."""
    words = re.findall(r"[^\W\d_][\w'’-]*|&", name)
    every = word_initials(words).casefold()
    big = word_initials(words, small_words()).casefold()
    return len(acronym) >= 2 and acronym.casefold() in (every, big)
