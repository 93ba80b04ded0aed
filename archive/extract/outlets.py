"""Outlets: give each outlet one name, and find the outlet an article comes from.

The outlets, their aliases, web domains, dateline tags and copyright holders are data
(``archive/data/outlets.txt``; its header says the format). One outlet, one name: ``AFP``,
``Agence France-Presse``, ``(AFP)``, ``afp.com`` and ``أ ف ب`` all give ``Agence France-Presse``.

Where an article says which outlet it is from, most trusted first (:func:`article_outlet`, called
by ``archive.extract.article.build_article``, applies the order):

1. an outlet line or field (the reader's ``outlet``), or ``--outlet``; for a plain-text file, a
   known outlet the signs below name outweighs an outlet line the data does not know;
2. a dateline naming the agency at the very start of the body: "BEIRUT (Reuters) -",
   "QAMISHLI, Syria (North Press) –", "الحسكة (أ ف ب) -", "القامشلي - نورث برس", "Shafaq News/ ";
3. a footer line naming the publisher: "© 2024 Thomson Reuters", "Copyright 2023 The Associated
   Press. All rights reserved.", "جميع الحقوق محفوظة لـ عنب بلدي", "Source: Syria Direct", a URL;
4. what a web page states about itself (``og:site_name``, JSON-LD publisher);
5. the domain of the article's URL (``https://www.reuters.com/...``);
6. an outlet's house dateline that names no outlet ("ERBIL, Kurdistan Region –" is Rudaw's).

Among the signs, one naming a known outlet beats one that does not; an aggregator (ReliefWeb,
MSN) yields to the organisation its page credits.

A source quoted in the story never counts: "the Syrian Observatory said", "told AFP",
"according to Reuters" name a source, not the publisher. Only the first words of the first
paragraph are read for a dateline, and only furniture-like lines at the end for a footer.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Iterable, Optional
from urllib.parse import urlsplit

from archive.extract.data import data_lines
from archive.model import collapse_whitespace

DATA_FILE = "outlets.txt"
FIELDS = ("aliases", "domains", "datelines", "copyright", "style", "aggregator")

# Where an article's outlet came from (``articles.outlet_source``), besides the model's
# "text" (an outlet line or field), "command-line" and "unknown".
FROM_DATELINE = "dateline"
FROM_FOOTER = "footer"
FROM_METADATA = "metadata"
FROM_URL = "url"
FROM_HOUSE_STYLE = "house-style"  # inside this module only: stored as "dateline"

# "© 2024 North Press Agency", "Source: Enab Baladi", "Originally published by Syria Direct."
FOOTER = re.compile(
    r"^(?:(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?|source\s*:\s*|"
    r"(?:this (?:article|story|report) (?:was )?)?(?:originally |first )?published (?:by|in|on)\s+)"
    r"(?P<name>[^.|]{2,60}?)\.?(?:\s+all rights reserved\.?)?$",
    re.I,
)
# A line of a page's furniture that states who holds the rights.
COPYRIGHT_LINE = re.compile(
    r"^\W{0,3}(?:©|\(c\)\s|copyright\b|all rights reserved|our standards\s*:|جميع الحقوق|كل الحقوق|حقوق النشر|"
    r"الحقوق محفوظة)|all rights reserved|جميع الحقوق محفوظة|الحقوق محفوظة|^[^©]{2,60}©\s*(?:19|20)\d\d\W*$",
    re.I,
)
# A picture's credit is not the publisher's copyright: "© Jane Doe/AFP", "Photo: © UNICEF".
PHOTO_CREDIT = re.compile(r"/|\b(?:photo|photograph|picture|image|credit|getty|file|via)\b|صورة|تصوير", re.I)
SOURCE_LINE = re.compile(r"^(?:sources?|المصدر|نقلا عن|via)\s*[:：]\s*(?P<name>.{2,80}?)[.\s]*$", re.I)
URL = re.compile(r"(?:https?://|(?<![\w@.])www\.)[^\s<>\"'()\[\]]+", re.I)
URL_LINE = re.compile(
    r"^(?:[^\W\d][\w'’ ]{0,30}[:：]\s*|read (?:more|the original|it) (?:at|on)\s*:?\s*)?"
    r"(?P<url>(?:https?://|www\.)[^\s<>\"'()\[\]]+)\s*$",
    re.I,
)

# The dateline: "BEIRUT (Reuters) -", "Hasakah, Syria, Jan 21 (AFP) --", "الحسكة (أ ف ب) -".
_DASH = r"(?:-{1,3}|–|—|―|\.\s?-|:|/)"
PAREN_DATELINE = re.compile(
    r"^(?P<pre>[^()\n]{0,90}?(?:\([^()\n]{1,30}\)[^()\n]{0,40}?)?)\s*\((?P<tag>[^()\n]{1,40})\)\s*" + _DASH
)
# "القامشلي - نورث برس", "دمشق-سانا", "إسطنبول/ الأناضول", "Baghdad - INA -", "QAMISHLI, North Press –".
_PLACE_SEPARATOR = re.compile(r"\s*(?:-{1,3}|–|—|―|/|,|،)\s*")
_SEPARATOR_AFTER_TAG = re.compile(r"^\s*(?:$|-{1,3}|–|—|―|/|:|\||،|,|\.(?:\s|$))")
_DASH_AFTER_TAG = re.compile(r"^\s*(?:$|-{1,3}|–|—|―|:)")
# Words a dateline's place may hold in lower case ("al-Hasakah", "Deir ez-Zor", "Jan. 3").
_PLACE_SMALL_WORDS = {"of", "de", "al", "el", "ad", "as", "ar", "az", "ash", "at", "an", "ez", "es", "and"}
_NOT_AGENCY = re.compile(r"\b(?:photo|photos|video|file|updated?|live|watch|pictured|image|graphic)\b|\d", re.I)

_ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ـ": None,
                              "ک": "ك", "ی": "ي", "ڕ": "ر", "ۆ": "و", "ێ": "ي"})
_KEEP = re.compile(r"[^\w]|_", re.U)
_QUALIFIERS = re.compile(
    r"(?:\s*[-–|:,(]\s*|\s+)(?:english|arabic|in english|english edition|arabic edition|online|digital|"
    r"website|news online|\.com|\.net|uk|us|staff|newsroom|news desk|desk|team|editorial team|editors)\)?\s*$",
    re.I,
)

# "Al Jazeera and news agencies", "Rudaw with agencies", "The New Arab and agencies", "وكالات"
_WITH_AGENCIES = re.compile(
    r"^(?P<name>.+?)\s*(?:,|\+|&|\band\b|\bwith\b|و)\s*(?:(?:other|news|wire)\s+)*(?:agencies|wires|وكالات)\.?$",
    re.I,
)


_TITLE_PARTS = re.compile(r"\s+[-–—|:·»«]\s+|\s*[|:·»«]\s+|\s+\|\s*")


def name_key(name: str) -> str:
    """A name as compared: case, accents, punctuation, spaces and Arabic letter forms folded."""
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.translate(_ARABIC_FOLD)
    return _KEEP.sub("", text)


def _get(names: dict, text: str) -> Optional[str]:
    """``names[name_key(text)]``, or without a leading "The" ("The Syrian Observatory For Human
    Rights"); never the other way round ("National" is a menu entry, not The National)."""
    found = names.get(name_key(text))
    if found is None and re.match(r"the\s+\S", text.strip(), re.I):
        found = names.get(name_key(text.strip()[4:]))
    return found


@dataclass
class Outlet:
    name: str
    aliases: list = field(default_factory=list)
    domains: list = field(default_factory=list)
    datelines: list = field(default_factory=list)
    copyright: list = field(default_factory=list)
    style: list = field(default_factory=list)
    aggregator: list = field(default_factory=list)  # ["yes"] for a site republishing others' reports


@dataclass
class OutletTable:
    outlets: list
    names: dict  # name_key -> canonical (names and aliases)
    holders: dict  # name_key -> canonical (copyright holders, names and aliases)
    tags: dict  # name_key -> canonical (dateline tags)
    domains: dict  # "host[/path]" -> canonical
    styles: list  # (compiled regex, canonical)
    longest: int  # words in the longest name, alias or holder
    never: frozenset = frozenset()  # name_keys of words that name no outlet ("Share")
    aggregators: frozenset = frozenset()  # canonical names of sites that republish others' reports


def parse_outlets(lines: Iterable[str]) -> list:
    """Blocks of ``Name`` + ``key: a | b`` lines (and old ``Name | alias`` lines) as Outlets."""
    outlets: list = []
    for line in lines:
        key, sep, value = line.partition(":")
        key = key.strip().lower()
        if sep and key == "never":
            continue  # read by outlet_table
        if sep and key in FIELDS and outlets:
            values = [v.strip() for v in value.split("|") if v.strip()]
            getattr(outlets[-1], key).extend(values)
            continue
        names = [part.strip() for part in line.split("|") if part.strip()]
        if names:
            outlets.append(Outlet(names[0], aliases=names[1:]))
    return outlets


@functools.lru_cache(maxsize=None)
def outlet_table() -> OutletTable:
    outlets = parse_outlets(data_lines(DATA_FILE))
    names, holders, tags, domains, styles = {}, {}, {}, {}, []
    longest = 1
    for outlet in outlets:
        for alias in [outlet.name] + outlet.aliases:
            names.setdefault(name_key(alias), outlet.name)
        for alias in [outlet.name] + outlet.aliases + outlet.copyright:
            holders.setdefault(name_key(alias), outlet.name)
            longest = max(longest, len(alias.split()))
        for tag in outlet.datelines:
            tags.setdefault(name_key(tag), outlet.name)
        for domain in outlet.domains:
            domains.setdefault(domain.lower().strip("/"), outlet.name)
        for pattern in outlet.style:
            styles.append((re.compile(pattern), outlet.name))
    names.pop("", None), holders.pop("", None), tags.pop("", None)
    never = set()
    for line in data_lines(DATA_FILE):
        key, sep, value = line.partition(":")
        if sep and key.strip().lower() == "never":
            never.update(name_key(v) for v in value.split("|") if v.strip())
    aggregators = frozenset(o.name for o in outlets if any(v.lower() in ("yes", "true") for v in o.aggregator))
    return OutletTable(outlets, names, holders, tags, domains, styles, longest, frozenset(never - {""}), aggregators)


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
    found = _get(table.names, text) or _furniture_name(text)
    return None if found in table.aggregators else found  # ReliefWeb's logo: the report's source is the outlet


# "BBC Homepage", "The Guardian - Back to homepage", "Go to the Rudaw homepage", "Kurdistan24 logo"
_LOGO = re.compile(
    r"^(?:(?:go|back|return) to (?:the )?)?(?P<name>.+?)(?:\s*[-–|:]\s*(?:back to |go to )?(?:the )?"
    r"|\s+)(?:home\s?page|home|logo|front page|main page)$|"
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
            found = _get(names, name.strip(" -–|:")) if name else None
            if found:
                return found
    arabic = _ARABIC_KIND.match(text)  # "موقع عنب بلدي", "وكالة نورث برس", "قناة الحرة"
    if arabic:
        found = _get(names, text[arabic.end():])
        if found:
            return found
    match = _ACRONYM.match(text)
    if match:
        first, second = _get(names, match.group("name")), _get(names, match.group("acronym"))
        if first and (second is None or second == first):
            return first  # "Médecins Sans Frontières (MSF)", "Asharq Al-Awsat (London)"
        if second and first is None and re.fullmatch(r"[A-Z0-9][A-Z0-9.&-]{1,9}", match.group("name").strip()):
            return second  # "SOHR (Syrian Observatory for Human Rights)"
    return None


def tidy_outlet(name: str) -> str:
    """An outlet name as written, without labels, quotes and stray punctuation around it."""
    name = collapse_whitespace(name)
    name = re.sub(r"^(?:source|outlet|publisher|published by|المصدر)\s*[:：]\s*", "", name, flags=re.I)
    # "Copyright © 2019 Camp Gazette. All rights reserved."
    name = re.sub(r"^(?:(?:©|\(c\)|copyright)\s*)+", "", name, flags=re.I)
    name = re.sub(r"[.,]?\s*(?:all rights reserved|unless otherwise (?:noted|stated|indicated))\.?$", "", name, flags=re.I)
    name = re.sub(r"(?:^|[\s,])(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\b", " ", name)
    name = re.sub(r"\s*[-–—|:]\s*(?:home|homepage|home page|front page)$", "", name, flags=re.I)
    name = name.strip(" \t\"'“”‘’«»[]{}*•·|,;:-–—")
    return collapse_whitespace(name)


# Names an outlet line or footer cannot hold: a time or date, an address, a handle, a sentence.
_NOT_A_NAME = re.compile(
    r"\d{1,2}:\d\d|\b(?:19|20)\d\d-\d\d|@|\bhttps?:|\b(?:am|pm)\b.*\d|\d.*\b(?:am|pm)\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}\b",
    re.I,
)
# A company behind a site, not the outlet it publishes ("Vox Media, LLC", "Hearst Communications, Inc").
_COMPANY = re.compile(
    r"[\s,](?:inc|llc|ltd|limited|corp|corporation|company|co|gmbh|plc|s\.?a|holdings?|pvt|pty|ag|bv|srl)\.?$"
    r"|^(?:designed|powered|built|developed|hosted|made|site|theme|website)\s+by\b",
    re.I,
)


def plausible_name(name: str) -> bool:
    """Whether an outlet line or footer not in the data could be an outlet's name."""
    words = name.split()
    if not words or len(words) > 8 or len(name) > 80 or _NOT_A_NAME.search(name):
        return False
    never = outlet_table().never
    if all(name_key(word) in never for word in words):
        return False  # "Share Tweet"
    return bool(re.search(r"[^\W\d_]", name))


def _looks_like_domain(name: str) -> bool:
    return bool(re.fullmatch(r"(?:https?://)?(?:[\w-]+\.)+[a-z]{2,}(?:/\S*)?", name, re.I))


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
    found = _get(table.names, name) or _get(table.holders, name) or table.tags.get(key)
    if found:
        return found
    if _looks_like_domain(name):
        found = outlet_from_url(name if "//" in name else "http://" + name)
        if found:
            return found
    if key in table.never or not plausible_name(name):
        return None
    found = _furniture_name(name)
    if found:
        return found
    credited = _WITH_AGENCIES.match(name)  # "Al Jazeera and news agencies", "Reuters, AFP"
    if credited:
        found = _get(table.names, credited.group("name"))
        if found:
            return found
    stripped = _QUALIFIERS.sub("", name)
    if stripped and stripped != name:
        found = _get(table.names, stripped)
        if found:
            return found
    # A feed's or page's title: "Reuters: World News", "Syria | Rudaw", "Kurdistan24 - Latest"
    parts = [p for p in _TITLE_PARTS.split(name) if p.strip()]
    if len(parts) > 1:
        known = {_get(table.names, p.strip()) for p in parts} - {None}
        if len(known) == 1:
            return known.pop()
    return name


# -- URLs -------------------------------------------------------------------------------------


def outlet_from_url(url: Optional[str]) -> Optional[str]:
    """The known outlet whose web domain the URL is on (any subdomain: www., amp., m., english.)."""
    if not url:
        return None
    url = url.strip()
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
    for start in range(len(labels) - 1):
        domain = ".".join(labels[start:])
        # "bbc.com/arabic" before "bbc.com"
        first_segment = path.strip("/").split("/", 1)[0]
        if first_segment and f"{domain}/{first_segment}" in domains:
            return domains[f"{domain}/{first_segment}"]
        if domain in domains:
            return domains[domain]
    return None


def outlet_from_url_line(line: str) -> Optional[str]:
    """The outlet of a line that is a URL ("https://www.rudaw.net/english/...", "Source: www.hrw.org/...")."""
    match = URL_LINE.match(collapse_whitespace(line))
    return outlet_from_url(match.group("url").rstrip(".,;:!?»”’")) if match else None


# -- datelines --------------------------------------------------------------------------------


def _is_place(pre: str) -> bool:
    """Whether the words before a dateline's tag could be its place and date ("QAMISHLI, Syria, Jan. 21")."""
    pre = pre.strip(" ,")
    if not pre:
        return True
    if len(pre) > 90 or re.search(r"[.!?]\s+\S{4,}|[\"“”]", pre):
        return False
    words = re.findall(r"[^\s,/]+", pre)
    if len(words) > 10:
        return False
    latin = re.search(r"[A-Za-z]", pre)
    if not latin:
        return len(words) <= 8
    for word in words:
        bare = word.strip(".()'’")
        if not bare or bare[0].isupper() or bare[0].isdigit() or not bare[0].isalpha():
            continue
        if bare.lower() in _PLACE_SMALL_WORDS or "-" in bare:
            continue
        return False
    if known_outlet(pre):
        return False  # "Syrian Observatory for Human Rights (SOHR) -" names a source, not a place
    return True


def _unknown_agency(pre: str, tag: str) -> Optional[str]:
    """An agency not in the data, in a dateline that could be nothing else ("GAZIANTEP (Levant Wire) —")."""
    first = re.match(r"[A-Z][A-Z'’-]{2,}(?=[\s,/]|$)", pre.strip())
    words = tag.split()
    if not first or not (1 <= len(words) <= 4) or _NOT_AGENCY.search(tag):
        return None
    if not all(w[:1].isupper() for w in words):
        return None
    return tidy_outlet(tag) or None


def outlet_from_dateline(first_paragraph: Optional[str]) -> Optional[str]:
    """The outlet a dateline names at the start of the body, else None.

    "BEIRUT (Reuters) -", "QAMISHLI, Syria (AP) —", "HASAKAH, Syria, Jan 21 (Reuters) -",
    "(AFP) -", "الحسكة (أ ف ب) -", "القامشلي - نورث برس", "دمشق-سانا", "Shafaq News/ ...",
    "Enab Baladi – Idlib". Only the first ~100 characters are read: a source quoted later in the
    story ("told AFP", "according to Reuters") never counts."""
    if not first_paragraph:
        return None
    head = collapse_whitespace(first_paragraph[:200].replace("\u00a0", " ")).lstrip("•*·\"“ ")
    table = outlet_table()

    match = PAREN_DATELINE.match(head)
    if match and match.start("tag") <= 110 and _is_place(match.group("pre")):
        tag = match.group("tag").strip()
        key = name_key(tag)
        found = table.tags.get(key) or _get(table.names, tag)
        if found:
            return found
        unknown = _unknown_agency(match.group("pre"), tag) if match.group("pre").strip() else None
        if unknown:
            return unknown

    # The tag first: "Shafaq News/ The ...", "Enab Baladi – Idlib", "AFP - ".
    found = _tag_at(head, table, need_separator=True)
    if found:
        return found

    # The place, a dash or comma, the tag: "القامشلي - نورث برس", "Baghdad - INA -",
    # "QAMISHLI, North Press – ", "HASAKAH, Syria, North Press – ".
    for separator in _PLACE_SEPARATOR.finditer(head[:80]):
        pre, rest = head[: separator.start()], head[separator.end():]
        if not pre.strip() or not _is_place(pre) or known_outlet(pre):
            continue
        comma = separator.group(0).strip() in (",", "،")
        found = _tag_at(rest, table, need_separator=comma or not _arabic(rest[:30]), dash_only=comma)
        if found:
            return found
    return None


def _arabic(text: str) -> bool:
    return bool(re.search(r"[\u0600-\u06ff]", text))


_TAG_END = re.compile(r"\s*(?:-{1,3}|–|—|―|/|:|\||،|,|\.(?:\s|$))|\s+|$")


def _tag_at(text: str, table: OutletTable, need_separator: bool, dash_only: bool = False) -> Optional[str]:
    """The dateline tag ``text`` starts with (longest first), followed by a separator if asked
    ("SANA-The", "North Press – ", "شفق نيوز/ "); an Arabic tag may run on into the text."""
    ends = [m for m in _TAG_END.finditer(text[:60]) if m.start() > 0]
    for match in reversed(ends):
        candidate = text[: match.start()].strip()
        if not candidate or len(candidate.split()) > 4:
            continue
        found = table.tags.get(name_key(candidate))
        if not found:
            continue
        rest = text[match.start():]
        if not need_separator or (_DASH_AFTER_TAG if dash_only else _SEPARATOR_AFTER_TAG).match(rest):
            return found
    return None


def outlet_from_house_style(first_paragraph: Optional[str]) -> Optional[str]:
    """An outlet's house dateline that names no outlet ("ERBIL, Kurdistan Region –" is Rudaw's)."""
    if not first_paragraph:
        return None
    head = collapse_whitespace(first_paragraph[:120])
    for pattern, name in outlet_table().styles:
        if pattern.match(head):
            return name
    return None


# -- footers ----------------------------------------------------------------------------------


def _holder_in(line: str) -> Optional[str]:
    """The longest known outlet or copyright holder named in ``line`` (a footer line)."""
    table = outlet_table()
    words = re.findall(r"[\w&'’.@-]+", line)
    best, best_len = None, 0
    for start in range(len(words)):
        for n in range(min(table.longest, len(words) - start), 0, -1):
            if n <= best_len:
                break
            phrase = " ".join(words[start:start + n]).strip(".-")
            # "لـ عنب بلدي", "لعنب بلدي": Arabic "to/for" before the holder
            candidates = [phrase]
            if _arabic(phrase):
                candidates += [re.sub(r"^ل(?:ـ\s*|\s)?", "", phrase), re.sub(r"^لل", "ال", phrase)]
            for candidate in candidates:
                found = _get(table.holders, candidate)
                if found:
                    best, best_len = found, n
                    break
    return best


def footer_outlet(line: str) -> Optional[str]:
    """The outlet a footer line names ("© 2024 Rudaw", "© 2024 Thomson Reuters", "Source: Syria Direct",
    "جميع الحقوق محفوظة لـ عنب بلدي"), else None."""
    line = collapse_whitespace(line or "")
    if not line or len(line) > 300:
        return None
    if URL_LINE.match(line):
        return outlet_from_url_line(line)
    if PHOTO_CREDIT.search(line) and not re.search(r"copyright|all rights reserved|الحقوق", line, re.I):
        return None
    if COPYRIGHT_LINE.search(line):
        found = _holder_in(line)
        if found:
            return found
    match = SOURCE_LINE.match(line)
    if match:
        name = tidy_outlet(match.group("name"))
        found = canonical_outlet(name)
        found = (found if found != name or known_outlet(name) else None) or outlet_from_url_line(name)
        if found:
            return found
    if SOURCE_LINE.match(line):
        return None  # a "Source:" line names a known outlet or none: "Source: UNHCR data, 2023"
    if not re.search(r"©|\(c\)|(?:19|20)\d\d|all rights reserved|published|الحقوق", line, re.I):
        return None  # "Copyright Policy", "Copyright notice": a link, not a holder
    match = (COPYRIGHT_LINE.search(line) and _HOLDER.search(line)) or FOOTER.match(line)
    if not match:
        return None
    groups = match.groupdict()
    name = groups.get("name") or groups.get("name2") or groups.get("name3") or ""
    name = tidy_outlet(re.sub(r"^لـ?\s*(?=\S)", "", name.strip()))
    found = canonical_outlet(name)
    if not found or found != name:
        return found  # a known outlet, or None for a word that names none
    if (len(name.split()) > 5 or not (name[:1].isupper() or _arabic(name[:1])) or _COMPANY.search(name)
            or re.search(r"\d", name)):
        return None
    return name


# The holder a copyright line names, in the ways footers put it: "© 2019 Camp Gazette. All rights
# reserved. Privacy Policy", "Camp Gazette © 2024", "© 2022 الشرق الأوسط - جميع الحقوق محفوظة",
# "جميع الحقوق محفوظة لـ عنب بلدي", "© 2021 جميع الحقوق محفوظة لتلفزيون سوريا".
_HOLDER = re.compile(
    r"(?:محفوظة|محفوظه)\s+(?:ل(?:ـ|\s)?\s*|إلى\s+)(?P<name>[^.|©\d]{2,50}?)\s*(?:©|$|\.|\||[-–—]\s|\d)"
    r"|^(?:©|\(c\)|copyright|\s)+(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?[\s,]*)?"
    r"(?!\s|\d|جميع|كل|all\b)(?P<name2>[^.|©]{2,60}?)\s*(?:\.\s|\.$|\s[-–—|]\s|\s{2}|,?\s+all rights|\s+-?\s*جميع|$)"
    r"|^(?P<name3>[^©]{2,60}?)\s*©\s*(?:(?:19|20)\d\d)?\W*$",
    re.I,
)


FOOTER_LINES = 6  # how many paragraphs at the end of a body are read as its footer


def outlet_from_footer(paragraphs: list, window: int = FOOTER_LINES) -> tuple:
    """(outlet, indexes of the footer lines naming it) from the last paragraphs of a body.

    The last line that names an outlet wins (a page's copyright line comes after a quoted
    "Source:" credit). Only lines that are furniture count: copyright and standards lines,
    "Source:" lines, a URL alone on its line."""
    found, lines = None, []
    start = max(0, len(paragraphs) - window)
    for index in range(len(paragraphs) - 1, start - 1, -1):
        paragraph = paragraphs[index]
        if len(paragraph) > 300:
            continue
        outlet = footer_outlet(paragraph) if _footerish(paragraph) else None
        if outlet:
            lines.append(index)
            found = found or outlet
    return found, sorted(lines)


def _footerish(line: str) -> bool:
    return bool(COPYRIGHT_LINE.search(line) or SOURCE_LINE.match(line) or URL_LINE.match(line) or FOOTER.match(line))


# -- all together -----------------------------------------------------------------------------


def is_known(name: Optional[str]) -> bool:
    """Whether ``name`` is the canonical name of an outlet of the data file (not an aggregator
    such as ReliefWeb, whose pages' own source is the outlet)."""
    return bool(name) and name in _canonical_names() and name not in outlet_table().aggregators


@functools.lru_cache(maxsize=None)
def _canonical_names() -> frozenset:
    return frozenset(outlet.name for outlet in outlet_table().outlets)


def outlet_signs(paragraphs: list, url: Optional[str] = None, metadata: Optional[str] = None) -> tuple:
    """``([(outlet, source), ...] most trusted first, footer line indexes)``: every sign of the
    outlet a body, its URL and its page's stated outlet give (see the module's docstring)."""
    signs = []
    first = paragraphs[0] if paragraphs else None
    dateline = outlet_from_dateline(first)
    if not dateline and len(paragraphs) > 1 and _leftover(first):
        first = paragraphs[1]  # a date or label line left above the text ("20 Nov 2022")
        dateline = outlet_from_dateline(first)
    if dateline:
        signs.append((dateline, FROM_DATELINE))
    footer_name, footer_lines = outlet_from_footer(paragraphs)
    if footer_name:
        signs.append((footer_name, FROM_FOOTER))
    if metadata:
        name = canonical_outlet(metadata)
        if name:
            signs.append((name, FROM_METADATA))
    by_url = outlet_from_url(url)
    if by_url:
        signs.append((by_url, FROM_URL))
    for paragraph in paragraphs[:2]:
        by_url = outlet_from_url_line(paragraph)
        if by_url:
            signs.append((by_url, FROM_URL))
    house = outlet_from_house_style(first)
    if house:
        signs.append((house, FROM_HOUSE_STYLE))
    return signs, footer_lines


def _leftover(paragraph: Optional[str]) -> bool:
    """A short line above the text that is no sentence: a date, a label, a share bar."""
    return bool(paragraph) and len(paragraph) <= 80 and not re.search(r"[.!?؟]\s*$|[.!?؟]\s+\S", paragraph)


def find_outlet(paragraphs: list, url: Optional[str] = None, metadata: Optional[str] = None) -> tuple:
    """``(outlet, source, footer line indexes)`` for a body without an outlet line: the most
    trusted sign naming a known outlet, else the most trusted sign (an outlet not in the data,
    kept as written), else ``(None, None, ...)``.

    ``metadata`` is the outlet a web page states about itself (og:site_name, JSON-LD publisher)."""
    signs, footer_lines = outlet_signs(paragraphs, url, metadata)
    for name, source in signs:
        if is_known(name):
            return name, (FROM_DATELINE if source == FROM_HOUSE_STYLE else source), footer_lines
    if signs:
        return signs[0][0], signs[0][1], footer_lines
    return None, None, footer_lines


METADATA_FORMATS = {"html", "warc", "rss", "atom", "rdf", "feed"}  # their outlet is what the page states


def article_outlet(raw, paragraphs: list, default: Optional[str] = None, override: bool = False) -> tuple:
    """``(outlet, outlet_source, paragraphs)`` for a reader's record: the outlet by the order of
    trust above, and the body without the footer lines that named it ("© 2024 Rudaw").

    ``default``/``override`` are ``--outlet``/``--override``. The record's own outlet (an outlet
    line, a JSONL/CSV field) comes first, canonicalised; a web page's or feed's stated outlet
    (``raw.source_format`` html, warc or a feed) ranks below a dateline and a footer. A plain-text
    file's outlet line is the reader's reading of a header line: when the data does not know it
    and the body's dateline, footer or URL names a known outlet, the known outlet wins."""
    from archive.model import FROM_COMMAND_LINE, FROM_TEXT, UNKNOWN

    given = canonical_outlet(raw.outlet)
    fmt = (raw.source_format or "").lower()
    from_page = fmt in METADATA_FORMATS
    signs, footer_lines = outlet_signs(paragraphs, raw.url, metadata=given if from_page else None)
    known = [(name, source) for name, source in signs if is_known(name)]
    if given and not from_page:
        outlet, source = given, FROM_TEXT
        strong = [(name, src) for name, src in known if src != FROM_HOUSE_STYLE]
        if fmt == "text" and not is_known(given) and strong:
            outlet, source = strong[0]
    elif known or signs:
        outlet, source = (known or signs)[0]
    else:
        outlet, source = None, None
    if source == FROM_HOUSE_STYLE:
        source = FROM_DATELINE
    if default and (override or not outlet):
        outlet, source = canonical_outlet(default), FROM_COMMAND_LINE
    if not outlet:
        source = UNKNOWN
    if footer_lines and len(footer_lines) < len(paragraphs):
        drop = set(footer_lines)
        paragraphs = [p for i, p in enumerate(paragraphs) if i not in drop]
    return outlet, source or UNKNOWN, paragraphs
