"""Signs of an article's outlet in its text: a dateline naming the agency at the very start of the
body, a footer line naming the publisher, an outlet's house dateline; :func:`outlet_signs` lists
them with a page's metadata and its URL, most trusted first (the order is
:mod:`archive.extract.outlets`'s).

A source quoted in the story never counts: only the first words of the first paragraph are read
for a dateline, and only furniture-like lines at the end for a footer.
"""

from __future__ import annotations

import re
from typing import Optional

from archive.extract.outlet_names import (
    COMPANY,
    URL_LINE,
    OutletTable,
    canonical_outlet,
    company_suffix,
    has_arabic,
    is_known,
    known_outlet,
    lookup_name,
    name_key,
    outlet_from_url,
    outlet_from_url_line,
    outlet_table,
    tidy_outlet,
)
from archive.extract.masthead_lines import (  # noqa: F401 (the names callers import from here)
    domain_masthead,
    holds_in_a_row,
    masthead_outlet,
)
from archive.model import collapse_whitespace


# Where an article's outlet came from (``articles.outlet_source``), besides the model's
# "text" (an outlet line or field), "command-line" and "unknown".
FROM_DATELINE = "dateline"
FROM_FOOTER = "footer"
FROM_METADATA = "metadata"
FROM_URL = "url"
FROM_HOUSE_STYLE = "house-style"  # between the signs and the choice only: stored as "dateline"

# "© 2024 North Press Agency", "Source: Enab Baladi", "Originally published by Syria Direct."
FOOTER = re.compile(
    r"^(?:(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?|source\s*:\s*|"
    r"(?:this (?:article|story|report) (?:was )?)?(?:originally |first )?published (?:by|in|on)\s+|"
    r"(?:shared|forwarded) from\s+)"  # an app's share text, a Telegram channel's forward
    r"(?P<name>[^.|]{2,60}?)(?:\s+app)?(?:,\s+(?:on\s+)?[\w ,]{3,30}?(?:19|20)\d\d)?\.?(?:\s+all rights reserved\.?)?$",
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
        found = table.tags.get(key) or lookup_name(table.names, tag)
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
        found = _tag_at(rest, table, need_separator=comma or not has_arabic(rest[:30]), dash_only=comma)
        if found:
            return found
    return None



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


# A web developer's credit beside the copyright: "© 2022 site.net | Powered by: Lab X", "Website
# by Y", "Designed & developed by Z": the vendor, never the publisher.
_CREDIT = re.compile(r"(?:^|\b)(?:powered|designed|developed|hosted|built|made|maintained|managed|crafted|"
                     r"website|site|web\s*site|design|development|theme)(?:\s*(?:&|and)\s*\w+)?\s+by\b.*$", re.I)
_SEGMENTS = re.compile(r"\s+[|·•]\s+|\s*\|\s*")


def without_credits(line: str) -> str:
    """A footer line without a web developer's credit ("| Powered by: Lab X", "Website by Y")."""
    if not re.search(r"\bby\b", line, re.I):
        return line
    kept = [_CREDIT.sub("", part).strip() for part in _SEGMENTS.split(line)]
    return " | ".join(part for part in kept if part)


_JOINING = {"of", "the", "and", "&", "for", "de", "du", "la", "le", "des"}  # "Government of the Republic of X"
_NOT_NAME_WORDS = {"copyright", "all", "rights", "reserved", "by", "source", "published", "the", "and", "of"}


def _inside_longer_name(words: list, start: int) -> bool:
    """Whether a name found at ``words[start]`` is the end of a longer name the data does not hold:
    a capitalised word or "&" before it ("Mail & Guardian" holds "Guardian")."""
    if start == 0 or has_arabic(words[start]):
        return False
    before = words[start - 1]
    if before in ("&", "and"):
        return True
    return before[:1].isupper() and not before.endswith(".") and before.casefold() not in _NOT_NAME_WORDS


def _holder_in(line: str) -> Optional[str]:
    """The longest known outlet or copyright holder named in ``line`` (a footer line), not the
    end of a longer name."""
    table = outlet_table()
    words = re.findall(r"[\w&'’.@-]+", line)
    best, best_len = None, 0
    for start in range(len(words)):
        if _inside_longer_name(words, start):
            continue
        for n in range(min(table.longest, len(words) - start), 0, -1):
            if n <= best_len:
                break
            phrase = " ".join(words[start:start + n]).strip(".-")
            # "لـ عنب بلدي", "لعنب بلدي": Arabic "to/for" before the holder
            candidates = [phrase]
            if has_arabic(phrase):
                candidates += [re.sub(r"^ل(?:ـ\s*|\s)?", "", phrase), re.sub(r"^لل", "ال", phrase)]
            for candidate in candidates:
                found = lookup_name(table.holders, candidate)
                if found:
                    best, best_len = found, n
                    break
    return best


def footer_outlet(line: str) -> Optional[str]:
    """The outlet a footer line names ("© 2024 Rudaw", "© 2024 Thomson Reuters", "Source: Syria Direct",
    "جميع الحقوق محفوظة لـ عنب بلدي"), else None."""
    line = without_credits(collapse_whitespace(line or ""))
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
        return found or None  # a "Source:" line names a known outlet or none: "Source: UNHCR data, 2023"
    if not re.search(r"©|\(c\)|(?:19|20)\d\d|all rights reserved|published|shared from|forwarded from|الحقوق", line, re.I):
        return None  # "Copyright Policy", "Copyright notice": a link, not a holder
    match = (COPYRIGHT_LINE.search(line) and _HOLDER.search(line)) or FOOTER.match(line)
    if not match:
        return None
    groups = match.groupdict()
    name = next((value for value in groups.values() if value), "")
    name = name.strip()
    if groups.get("name") and re.match(r"ل[^\sـ]", name) and re.search(r"محفوظ[ةه]\s+لل", line):
        name = "ا" + name  # "محفوظة للمصري اليوم": "لـ" + "المصري اليوم", the article kept
    name = tidy_outlet(re.sub(r"^لـ?\s*(?=\S)", "", name))
    name = re.sub(r"\s+" + _YEAR + r"$", "", name)  # "© Mail & Guardian Online 2021"
    if company_suffix(name):  # "© 2024 Camp Gazette DAC": the company, an outlet only if known
        found = canonical_outlet(name)
        return found if is_known(found) else None
    found = canonical_outlet(name)
    if not found or found != name:
        return found  # a known outlet, or None for a word that names none
    if (len([w for w in name.split() if w.casefold() not in _JOINING]) > 5 or not (name[:1].isupper() or has_arabic(name[:1])) or COMPANY.search(name)
            or re.search(r"(?:^|\s)[\d.,/-]+(?:\s|$)", name)):  # a number, not a name's digits ("Kurdistan24")
        return None
    return name


# The holder a copyright line names, in the ways footers put it: "© 2019 Camp Gazette. All rights
# reserved. Privacy Policy", "Camp Gazette © 2024", "© 2022 الشرق الأوسط - جميع الحقوق محفوظة",
# "جميع الحقوق محفوظة لـ عنب بلدي", "© 2021 جميع الحقوق محفوظة لتلفزيون سوريا".
# Tried in this order, the first that matches wins (one alternation would take the leftmost match:
# "جميع الحقوق محفوظة لبحيرة نيوز ©2023" read whole as the name before "©").
_YEAR = r"(?:19|20|١٩|٢٠|۱۹|۲۰)\d\d"  # a year, in Arabic-Indic digits too ("© ٢٠١٩")
_HOLDERS = (
    re.compile(r"(?:محفوظة|محفوظه)\s+(?:ل(?:ـ|\s)?\s*|إلى\s+)(?P<name>[^.|©]{2,50}?)\s*(?:©|$|\.|\||[-–—]\s|\s\d)"),
    re.compile(
        r"^(?:©|\(c\)|copyright|\s)+(?:" + _YEAR + r"(?:\s*[-–]\s*" + _YEAR + r")?[\s,]*)?"
        r"(?!\s|\d|جميع|كل|all\b)(?P<name2>[^.|©]{2,60}?)\s*(?:\.\s|\.$|\s[-–—|]\s|\s{2}|,?\s+all rights|\s+-?\s*جميع|$)",
        re.I),
    # "Camp Gazette, all rights reserved", "Camp Gazette. All rights reserved": no sign, no year
    re.compile(r"^(?P<name4>[^©|]{2,60}?)\s*[,.]?\s+all rights reserved\.?$", re.I),
    # "جميع الحقوق محفوظة - شبكة الإعلام", "All rights reserved | Camp Gazette"
    re.compile(r"^(?:جميع الحقوق محفوظة|الحقوق محفوظة|all rights reserved)\s*(?:©\s*)?(?:(?:19|20)\d\d\s*)?"
               r"[-–—|:]\s*(?P<name5>[^©|.\d]{2,60}?)\s*$", re.I),
    re.compile(r"^(?P<name3>[^©]{2,60}?)\s*©\s*(?:(?:19|20)\d\d)?\W*$", re.I),
    # "جميع الحقوق محفوظة © البحيرة 2022", "All rights reserved © 2021 Camp Gazette"
    re.compile(r"^(?:جميع الحقوق محفوظة|الحقوق محفوظة|all rights reserved)\s*©\s*(?:" + _YEAR + r"\s*)?"
               r"(?P<name6>[^©|.]{2,60}?)\s*(?:" + _YEAR + r")?\W*$", re.I),
)


class _Holder:
    """The holder patterns above, searched as one: ``.search(line)`` gives the first that matches."""

    @staticmethod
    def search(line: str):
        for pattern in _HOLDERS:
            match = pattern.search(line)
            if match:
                return match
        return None


_HOLDER = _Holder()


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


def outlet_signs(paragraphs: list, url: Optional[str] = None, metadata: Optional[str] = None) -> tuple:
    """``([(outlet, source), ...] most trusted first, footer line indexes)``: every sign of the
    outlet a body, its URL and its page's stated outlet give (see the module's docstring)."""
    first = paragraphs[0] if paragraphs else None
    dateline = outlet_from_dateline(first)
    if not dateline and len(paragraphs) > 1 and _leftover(first):
        first = paragraphs[1]  # a date or label line left above the text ("20 Nov 2022")
        dateline = outlet_from_dateline(first)
    footer_name, footer_lines = outlet_from_footer(paragraphs)
    found = [(dateline, FROM_DATELINE), (footer_name, FROM_FOOTER),
             (canonical_outlet(metadata) if metadata else None, FROM_METADATA), (outlet_from_url(url), FROM_URL)]
    found += [(outlet_from_url_line(paragraph), FROM_URL) for paragraph in paragraphs[:2]]
    found.append((outlet_from_house_style(first), FROM_HOUSE_STYLE))
    return [(name, source) for name, source in found if name], footer_lines


def _leftover(paragraph: Optional[str]) -> bool:
    """A short line above the text that is no sentence: a date, a label, a share bar."""
    return bool(paragraph) and len(paragraph) <= 80 and not re.search(r"[.!?؟]\s*$|[.!?؟]\s+\S", paragraph)
