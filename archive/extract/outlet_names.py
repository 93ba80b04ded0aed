"""Outlet names: one name per outlet, by the outlet data (``archive/data/outlets.txt``, its header
says the format, and the world files after it: loaded by :mod:`archive.extract.outlet_data`).

``AFP``, ``Agence France-Presse``, ``(AFP)``, ``afp.com`` and ``أ ف ب`` all give ``Agence
France-Presse``: :func:`known_outlet` for a line that is exactly an outlet's name (as pages show
it: labelled, as a logo's link, with its acronym), :func:`canonical_outlet` for a name as written
(kept, tidied, when the data does not know it), :func:`outlet_from_url` for a web domain.
"""

from __future__ import annotations

import functools
import re
from typing import Optional
from urllib.parse import urlsplit

from archive.extract.data import small_words
from archive.extract.outlet_data import (  # noqa: F401 (the data: callers import these names here)
    DATA_FILE, FIELDS, Outlet, OutletTable, lookup_name, name_key, outlet_table, parse_outlets,
)
from archive.extract.outlet_forms import bare_name, company_suffix, initials_of, original_url  # noqa: F401 (callers import them here)
from archive.extract.outlet_languages import (  # noqa: F401 (callers import the script checks here)
    ARABIC_SCRIPT_SHARE, SCRIPT_SAMPLE, has_arabic, in_arabic_script, publishes_only_in_arabic_script,
)
from archive.extract.outlet_script_names import latin_name
from archive.model import collapse_whitespace


URL = re.compile(r"(?:https?://|(?<![\w@.])www\.)[^\s<>\"'()\[\]]+", re.I)
URL_LINE = re.compile(
    r"^(?:(?:[^\W\d][\w'’ ]{0,30}[:：]\s*|read (?:more|the original|it) (?:at|on)\s*:?\s*)?"
    r"(?P<url>(?:https?://|www\.)[^\s<>\"'()\[\]]+)"
    # a labelled address without its scheme, as a saver types it ("source: site.org/press/2024/..."):
    r"|(?:[^\W\d][\w'’ ]{0,30}[:：]\s*|read (?:more|the original|it) (?:at|on)\s*:?\s*)(?P<host>(?:[a-z0-9-]+\.)+(?!(?:pdf|docx?|txt|html?|jpe?g|png|gif|xlsx?|csv|zip|mp[34])\s*$)[a-z]{2,24}(?:/[^\s<>\"'()\[\]]*)?))\s*$",
    re.I,
)

_QUALIFIERS = re.compile(
    r"(?:\s*[-–|:,(]\s*|\s+)(?:english|arabic|in english|english edition|arabic edition|online|digital|"
    r"website|news online|\.com|\.net|uk|us|staff|newsroom|news desk|desk|team|editorial team|editors|"
    r"agency|news agency|network|news network|media network|tv|television|channel)\)?\s*$",
    re.I,
)

# A desk's credit after a name ("X News Desk", "X Newsroom", "X Staff"): who wrote it, not the outlet.
_DESK = re.compile(r"\s(?:news desk|desk|newsroom|staff|team|editorial team|editors)$", re.I)

# "Al Jazeera and news agencies", "Rudaw with agencies", "The New Arab and agencies", "وكالات"
_WITH_AGENCIES = re.compile(
    r"^(?P<name>.+?)\s*(?:,|\+|&|\band\b|\bwith\b|و)\s*(?:(?:other|news|wire)\s+)*(?:agencies|wires|وكالات)\.?$",
    re.I,
)


_TITLE_PARTS = re.compile(r"\s+[-–—|:·»«]\s+|\s*[|:·»«]\s+|\s+\|\s*")


# -- one outlet, one name ---------------------------------------------------------------------


def known_outlet(text: str) -> Optional[str]:
    """The canonical name when ``text`` is exactly a known outlet's name (any listed spelling),
    also as a page shows it: labelled ("Source: OCHA", "المصدر: سانا"), as the logo's link
    ("BBC Homepage", "The Guardian - Back to homepage", "Kurdistan24 logo") or with its acronym
    ("Médecins Sans Frontières (MSF)")."""
    if not text or len(text) > 120:
        return None
    text = collapse_whitespace(text)
    if re.match(r"^(?:[*•·▪►›»>+]|-\s|\d+[.)]\s)", text):
        return None  # an item of a menu or list ("* The Times" among a group's other titles)
    table = outlet_table()
    found = lookup_name(table.names, text) or _furniture_name(text)
    return None if found in table.aggregators else found  # ReliefWeb's logo: the report's source is the outlet


def logo_outlet(text: str) -> Optional[str]:
    """The outlet a logo line at the very top of a page names, which may drop the outlet's
    leading "The" ("Independent" for The Independent); else as :func:`known_outlet`. Only for
    the page's first lines: in a menu further down, "National" is a section, not The National.
    A channel's post forwarded from it ("Forwarded from Valley Wire", as a messaging app copies
    it) names its channel, known or not. A logo's text kept in brackets ("[Image: Lakeside News
    logo]") is read as its name."""
    forwarded = _FORWARDED.match(collapse_whitespace(text or ""))
    if forwarded and plausible_name(forwarded.group("name")):
        return canonical_outlet(forwarded.group("name"))
    alt = _LOGO_ALT.match(collapse_whitespace(text or ""))
    if alt:
        text = alt.group("name")  # a logo's text as a page saved as text keeps it: "[Lakeside News logo]"
    return known_outlet(text) or the_less_outlet(text)


_FORWARDED = re.compile(r"^forwarded from\s+(?P<name>[^\W\d_][^:|]{1,60})$", re.I)
_LOGO_ALT = re.compile(r"^\[(?:image:\s*)?(?P<name>[^\[\]]{2,60}?)\s+logo\]$", re.I)


def the_less_outlet(text: str) -> Optional[str]:
    """The outlet whose name, without its leading "The", ``text`` is ("Independent"), or None."""
    if not text or len(text) > 40 or len(text.split()) > 3 or text[:4].casefold() == "the ":
        return None
    found = names_with_the().get(name_key(text))
    return None if found in outlet_table().aggregators else found


@functools.lru_cache(maxsize=None)
def names_with_the() -> dict:
    """name_key of a name or alias without its leading "The" -> the canonical name. A single common
    word left ("Nation" of The Nation, "Local", "Print") is a section's or a button's label, not the
    name, unless ``allowed_word_names:`` lists it ("Independent")."""
    from archive.extract.data import english_words
    from archive.extract.outlet_data import allowed_word_names

    table = outlet_table()
    words, allowed = english_words(), allowed_word_names()
    found = {}
    for outlet in table.outlets:
        for name in [outlet.name] + outlet.aliases:
            if re.match(r"the\s+\S", name, re.I):
                key = name_key(name[4:])
                if len(name[4:].split()) == 1 and (key in words or key in table.never) and key not in allowed:
                    continue
                found.setdefault(key, outlet.name)
    return found


# "BBC Homepage", "The Guardian - Back to homepage", "Go to the Rudaw homepage", "Kurdistan24 logo"
_LOGO = re.compile(
    r"^(?:(?:go|back|return) to (?:the )?)?(?P<name>.+?)(?:\s*[-–|:]\s*(?:back to |go to )?(?:the )?"
    r"|\s+)(?:home\s?page|home|logo|front page|main page|startseite|accueil|inicio|portada|anasayfa|ana sayfa"
    r"|voorpagina|forside|etusivu|startsida|strona główna|pagina iniziale|página inicial|الرئيسية|الصفحة الرئيسية)$|"
    r"^(?:go|back|return) to (?:the )?(?P<name2>.+?)(?:'s)? (?:home\s?page|front page)$",
    re.I,
)
_LABEL = re.compile(r"^(?:source|sources|publisher|published by|outlet|المصدر|الناشر)\s*[:：]\s*(?P<name>.+)$", re.I)
_ARABIC_KIND = re.compile(r"^(?:وكالة|وكالة أنباء|قناة|صحيفة|موقع|جريدة|شبكة|إذاعة|مجلة|منظمة)\s+")
_ACRONYM = re.compile(r"^(?P<name>.+?)\s*\((?P<acronym>[^()]{2,60})\)(?:\s+(?:international|english|arabic))?$", re.I)


def _furniture_name(text: str) -> Optional[str]:
    """A known outlet named by a labelled line, a logo link, or its name with its acronym."""
    names = outlet_table().names
    for pattern in (_LABEL, _LOGO):
        match = pattern.match(text)
        if match:
            name = match.groupdict().get("name") or match.groupdict().get("name2")
            found = lookup_name(names, name.strip(" -–|:")) if name else None
            if found:
                return found
    arabic = _ARABIC_KIND.match(text)  # "موقع عنب بلدي", "وكالة نورث برس", "قناة الحرة"
    if arabic:
        found = lookup_name(names, text[arabic.end():])
        if found:
            return found
    match = _ACRONYM.match(text)
    if match:
        first, second = lookup_name(names, match.group("name")), lookup_name(names, match.group("acronym"))
        if first and (second is None or second == first):
            return first  # "Médecins Sans Frontières (MSF)", "Asharq Al-Awsat (London)"
        if second and first is None and re.fullmatch(r"[A-Z0-9][A-Z0-9.&-]{1,9}", match.group("name").strip()):
            return second  # "SOHR (Syrian Observatory for Human Rights)"
    match = _ACRONYM_FIRST.match(text)
    if match:  # a logo's acronym then the name: "DRC Danish Refugee Council", "COAR | Center for ..."
        name, acronym = lookup_name(names, match.group("name")), match.group("acronym")
        if name and (lookup_name(names, acronym) == name or initials_of(acronym, match.group("name"))):
            return name
    return None


_ACRONYM_FIRST = re.compile(r"^(?P<acronym>[A-Z][A-Z0-9&]{1,7})(?:\s*[|–—:]\s*|\s+-\s+|\s+)(?P<name>[^\W\d_].{3,100})$")


def tidy_outlet(name: str) -> str:
    """An outlet name as written, without labels, quotes and stray punctuation around it."""
    name = collapse_whitespace(name)
    name = re.sub(r"^(?:source|outlet|publisher|published by|المصدر)\s*[:：]\s*", "", name, flags=re.I)
    # "Copyright © 2019 Camp Gazette. All rights reserved."
    name = re.sub(r"^(?:(?:©|\(c\)|copyright)\s*)+", "", name, flags=re.I)
    name = re.sub(r"[.,]?\s*(?:all rights reserved|unless otherwise (?:noted|stated|indicated))\.?$", "", name, flags=re.I)
    name = re.sub(r"(?:^|[\s,])(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\b", " ", name)
    name = re.sub(r"\s*[-–—|:]\s*(?:home|homepage|home page|front page)$", "", name, flags=re.I)
    stripped = name.strip(" \t\"'“”‘’«»[]{}*•·|,;:-–—")
    for opening, closing in _PAIRED_QUOTES:  # "ИА «Грозный-Информ»": the quoted part's closing mark is the name's
        if stripped.count(opening) == stripped.count(closing) + 1 and name.rstrip().endswith(closing) \
                and not stripped.startswith(opening):
            stripped += closing
            break
    return collapse_whitespace(stripped)


_PAIRED_QUOTES = (("«", "»"), ("“", "”"), ("„", "“"), ("‘", "’"))


# Names an outlet line or footer cannot hold: a time or date, an address, a handle, a sentence.
_NOT_A_NAME = re.compile(
    r"\d{1,2}:\d\d|\b(?:19|20)\d\d-\d\d|@|\bhttps?:|\b(?:am|pm)\b.*\d|\d.*\b(?:am|pm)\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}\b",
    re.I,
)
# A company behind a site, not the outlet it publishes ("Vox Media, LLC", "Hearst Communications, Inc").
COMPANY = re.compile(
    r"[\s,](?:inc|llc|ltd|limited|corp|corporation|company|co|gmbh|plc|s\.?a|holdings?|pvt|pty|ag|bv|srl)\.?$"
    r"|^(?:designed|powered|built|developed|hosted|made|site|theme|website)\s+by\b",
    re.I,
)


def plausible_name(name: str) -> bool:
    """Whether an outlet line or footer not in the data could be an outlet's name."""
    words = name.split()
    content = [w for w in words if w.casefold() not in small_words()]  # "Ministry of Foreign Affairs of the Republic of X"
    if not words or len(content) > 8 or len(words) > 12 or len(name) > 80 or _NOT_A_NAME.search(name):
        return False
    never = outlet_table().never
    if name_key(name) in never or all(name_key(word) in never for word in words):
        return False  # "Share Tweet"
    if name_key(words[0]) in outlet_table().never_first:
        return False  # "For Subscribers": a paywall's label
    return bool(re.search(r"[^\W\d_]", name))


def _looks_like_domain(name: str) -> bool:
    return bool(re.fullmatch(r"(?:https?://)?(?:[\w-]+\.)+[a-z]{2,}(?:/\S*)?", name, re.I))


BRAND_LABEL_MIN = 5  # letters of a domain's label read as an outlet's name written without spaces


def _named_by_domain(domain: str) -> Optional[str]:
    """The known outlet a domain names by spelling its name without spaces or marks, though the data
    does not list the domain ("vrtnws.be": VRT NWS; "jakartaglobe.id": Jakarta Globe): one label of
    the host (not www, not the last) equal to the folded name or alias of exactly one outlet."""
    host = re.sub(r"^(?:https?://)?", "", domain.strip(), flags=re.I).split("/", 1)[0].lower()
    labels = [label for label in host.split(".")[:-1] if label not in ("www", "m", "amp")]
    names = outlet_table().names
    found = {names.get(name_key(label)) for label in labels
             if len(label) >= BRAND_LABEL_MIN and name_key(label) in names}
    return found.pop() if len(found) == 1 else None


def canonical_outlet(name: Optional[str]) -> Optional[str]:
    """One spelling per outlet: a known alias becomes its canonical name; others are tidied.

    Also known: a dateline tag or copyright holder ("AA", "Thomson Reuters"), a domain
    ("reuters.com"), and a known name with an edition after it ("Rudaw English", "Reuters UK")."""
    if name is None:
        return None
    name = tidy_outlet(name)
    if not name:
        return None
    table = outlet_table()
    key = name_key(name)
    found = lookup_name(table.names, name) or lookup_name(table.holders, name) or table.tags.get(key)
    if found:
        return found
    if _looks_like_domain(name):
        found = outlet_from_url(name if "//" in name else "http://" + name) or _named_by_domain(name)
        if found:
            return found
    if key in table.never or not plausible_name(name):
        return None
    found = _furniture_name(name)
    if found:
        return found
    credited = _WITH_AGENCIES.match(name)  # "Al Jazeera and news agencies", "Reuters, AFP"
    if credited:
        found = lookup_name(table.names, credited.group("name"))
        if found:
            return found
    stripped = _QUALIFIERS.sub("", name)
    if stripped and stripped != name:
        found = lookup_name(table.names, stripped)
        if found:
            return found
        if _DESK.search(name):
            return None  # "Lakeside News Desk" the data does not know: a desk's credit, no outlet's name
    # A feed's or page's title: "Reuters: World News", "Syria | Rudaw", "Kurdistan24 - Latest"
    parts = [p for p in _TITLE_PARTS.split(name) if p.strip()]
    if len(parts) > 1:
        known = {lookup_name(table.names, p.strip()) for p in parts} - {None}
        if len(known) == 1:
            return known.pop()
        latin = [p.strip() for p in parts if not has_arabic(p)]
        if len(parts) == 2 and len(latin) == 1 and plausible_name(latin[0]):
            return bare_name(latin[0])  # "Lake Press | ليك برس": one name in two scripts, its Latin form
    found = _translated_acronyms(name, table)
    if found:
        return found
    bare = bare_name(name)
    return (lookup_name(table.names, bare) or bare) if bare != name else name


_SLASHED = re.compile(r"\s+/\s+")
_ACRONYM_PART = re.compile(r"[A-Z]{2,7}")


def _translated_acronyms(name: str, table) -> Optional[str]:
    """The known outlet of a name written as its acronym in two languages, slashed ("ONUDC /
    UNODC", "OIM / IOM"): a translation's initials are the same letters in another order. Every
    part an acronym of the same letters, one of them known: that outlet. Else None ("AFP / Getty",
    two outlets' credit, stays as it is)."""
    parts = _SLASHED.split(name)
    if len(parts) < 2 or not all(_ACRONYM_PART.fullmatch(part) for part in parts):
        return None
    if len({"".join(sorted(part)) for part in parts}) != 1:
        return None
    known = {lookup_name(table.names, part) for part in parts} - {None}
    return known.pop() if len(known) == 1 else None


# -- URLs -------------------------------------------------------------------------------------


def outlet_from_url(url: Optional[str]) -> Optional[str]:
    """The known outlet whose web domain the URL is on (any subdomain: www., amp., m., english.)."""
    if not url:
        return None
    url = original_url(url.strip())  # a web archive's or a translating proxy's copy: the page it shows
    if not re.match(r"^[a-z][a-z0-9+.-]*://", url, re.I):
        url = "http://" + url.lstrip("/")
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower().rstrip(".")
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    path = parts.path.lower()
    domains = outlet_table().domains
    labels = host.split(".")
    first_segment = path.strip("/").split("/", 1)[0]
    for start in range(len(labels) - 1):
        domain = ".".join(labels[start:])
        # "bbc.com/arabic" before "bbc.com"
        if first_segment and f"{domain}/{first_segment}" in domains:
            return domains[f"{domain}/{first_segment}"]
        if domain in domains:
            return domains[domain]
    return None


def outlet_from_url_line(line: str) -> Optional[str]:
    """The outlet of a line that is a URL ("https://www.rudaw.net/english/...", "Source: www.hrw.org/...")."""
    line = collapse_whitespace(line)
    match = URL_LINE.match(line)
    if match:
        return outlet_from_url((match.group("url") or match.group("host")).rstrip(".,;:!?»”’"))
    copies = [url for url in _ANY_URL.findall(line) if original_url(url) != url] if len(line.split()) <= 12 else []
    return outlet_from_url(copies[0]) if len(copies) == 1 else None  # "The Wayback Machine - https://web.archive.org/..."


_ANY_URL = re.compile(r"https?://[^\s<>\"'()\[\]]+", re.I)



def is_known(name: Optional[str]) -> bool:
    """Whether ``name`` is the canonical name of an outlet of the data file, or its name in Arabic
    script as stored for an article in that script (not an aggregator such as ReliefWeb, whose
    pages' own source is the outlet)."""
    if not name:
        return False
    name = latin_name(name)
    return name in _canonical_names() and name not in outlet_table().aggregators


@functools.lru_cache(maxsize=None)
def _canonical_names() -> frozenset:
    return frozenset(outlet.name for outlet in outlet_table().outlets)
