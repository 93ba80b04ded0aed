"""Footer lines that name an article's publisher: a copyright line ("© 2024 Thomson Reuters",
"جميع الحقوق محفوظة لـ عنب بلدي"), a "Source:" line, a URL alone on its line (issue #13; split from
:mod:`archive.extract.outlet_signs` in round 10).

Only furniture-like lines at the end of a body are read (:func:`outlet_from_footer`): a source
quoted in the story never counts. A web developer's credit beside the copyright ("Powered by X")
is no publisher; a known name that only ends a longer one ("Mail & Guardian" holds "Guardian") is
not that outlet; a company's legal form or an edition's word after the holder is not its name.
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from archive.extract.outlet_names import (
    COMPANY,
    URL_LINE,
    bare_name,
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
    plausible_name,
    tidy_outlet,
)
from archive.extract.data import data_sections
from archive.extract.masthead_lines import label_spells
from archive.extract.outlet_addresses import address_outlet, email_outlet  # noqa: F401 (callers import them here)
from archive.extract.outlet_refusals import line_unit
from archive.extract.source_credits import plain_source_line
from archive.model import collapse_whitespace

# "© 2024 North Press Agency", "Source: Enab Baladi", "Originally published by Syria Direct."
FOOTER = re.compile(
    r"^(?:(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?|source\s*:\s*|"
    r"(?:this (?:article|story|report) (?:was )?)?(?:originally |first )?(?:published|appeared) (?:by|in|on)\s+"
    r"(?:the (?:print|online|digital|weekend|sunday|saturday|daily) (?:edition|issue) of\s+(?:the\s+(?=[A-Z]))?)?|"
    r"(?:shared|forwarded) from\s+)"  # an app's share text, a Telegram channel's forward
    r"(?P<name>[^.|]{2,60}?)(?:\s+app)?(?:,\s+(?:on\s+)?[\w ,]{3,30}?(?:19|20)\d\d|"
    r"\s+on\s+(?:[\w ,]{3,30}?(?:19|20)\d\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day))?\.?(?:\s+all rights reserved\.?)?$",
    re.I,
)
# A line of a page's furniture that states who holds the rights.
COPYRIGHT_LINE = re.compile(
    r"^\W{0,3}(?:©|\(c\)\s|copyright\b|all rights reserved|our standards\s*:|جميع الحقوق|كل الحقوق|حقوق النشر|"
    r"الحقوق محفوظة)|all rights reserved|جميع الحقوق محفوظة|الحقوق محفوظة|حقوق (?:النشر|الطبع)\s+محفوظة|"
    r"^[^©]{2,60}©\s*(?:19|20)\d\d\W*$",
    re.I,
)
# A picture's credit is not the publisher's copyright: "© Jane Doe/AFP", "Photo: © UNICEF".
PHOTO_CREDIT = re.compile(r"/|\b(?:photo|photograph|picture|image|credit|getty|file|via)\b|صورة|تصوير", re.I)
SOURCE_LINE = re.compile(r"^(?:sources?|المصدر|نقلا عن|via)\s*[:：]\s*(?P<name>.{2,80}?)[.\s]*$", re.I)

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
_OF = {"of", "for"}  # "Ministry of X", "Centre for X": X is the end of a longer name
_NOT_NAME_WORDS = {"copyright", "all", "rights", "reserved", "by", "source", "published", "the", "and", "of"}


def _inside_longer_name(words: list, start: int) -> bool:
    """Whether a name found at ``words[start]`` is the end of a longer name the data does not hold:
    a capitalised word or "&" before it ("Mail & Guardian" holds "Guardian")."""
    if start == 0 or has_arabic(words[start]):
        return False
    before = words[start - 1]
    if before in ("&", "and"):
        return True
    if before in _OF and start >= 2 and words[start - 2][:1].isupper() \
            and words[start - 2].casefold() not in _NOT_NAME_WORDS and not words[start - 2].endswith("."):
        return True  # "Ministry of Foreign Affairs" holds "Foreign Affairs": a body's name, not the magazine
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
                if found and _runs_on_in_arabic(words, start + n):
                    break
                if found:
                    best, best_len = found, n
                    break
    return best


# The owner a holder names after it: "CTV News, a division of Bell Media Inc", "Lake Herald, part of X Group"
_PART_OF = re.compile(r",\s*(?:(?:a|an|the)\s+)?(?:\w+\s+){0,2}(?:division|unit|subsidiary|part|member|brand|publication|"
                      r"service|property|business|imprint)\s+of\s+.*$", re.I)
_STATES_HOLDER = re.compile(r"©|\(c\)|(?:19|20)\d\d|all rights reserved|published|(?:first|originally) appeared|shared from|forwarded from|حقوق", re.I)


def footer_outlet(line: str) -> Optional[str]:
    """The outlet a footer line names ("© 2024 Rudaw", "© 2024 Thomson Reuters", "Source: Syria Direct",
    "جميع الحقوق محفوظة لـ عنب بلدي"), else None."""
    line = without_credits(collapse_whitespace(line or ""))
    if not line or len(line) > 300:
        return None
    line = plain_source_line(line) or line  # "(Quelle: Name, 21.03.2023)", "source: site.com (saved 14/1)"
    unit = line_unit(line) if "." in line else None
    if unit is not None:  # "papers@parliament.uk | commonslibrary.parliament.uk": the unit's page, not its parent's
        return unit or None
    line = _PRINT_FOOTER.sub(r"\1", line)  # a printed page's footer: its URL, the page's number of the pages
    if URL_LINE.match(line):
        return outlet_from_url_line(line)
    if SOURCE_LINE.match(line):
        line = _DESK_CODES.sub("", line)  # "Source: CNA/fh": the desk's initials after the name, no photo credit
    named = named_site(line) or spelled_pair(line)
    if named:
        return named
    from archive.extract.self_named_lines import segment_holder

    named = segment_holder(line)  # "Name | Copyright 2023 | Terms of use": the bare notice is the name's
    if named:
        return canonical_outlet(named) or named
    if "@" in line and email_outlet(line):
        return email_outlet(line)
    if PHOTO_CREDIT.search(line) and not re.search(r"copyright|all rights reserved|الحقوق", line, re.I):
        return None
    if COPYRIGHT_LINE.search(line):
        found = _holder_in(line) or _domain_holder(line)
        if found:
            return found
    match = SOURCE_LINE.match(line)
    if match:
        name = tidy_outlet(match.group("name"))
        found = canonical_outlet(name)
        found = (found if found != name or known_outlet(name) else None) or outlet_from_url_line(name)
        return found or None  # a "Source:" line names a known outlet or none: "Source: UNHCR data, 2023"
    if not _STATES_HOLDER.search(line):
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
    name = re.sub(r"\s+" + _CALENDAR_YEAR + r"$", "", name)  # "محفوظة لـ Name ١٤٤٥هـ": a Hijri or Solar year (round 32)
    name = _PART_OF.sub("", name)  # "CTV News, a division of Bell Media Inc": the outlet, not its owner
    if company_suffix(name) or _named_as_company(name, line):  # "© 2024 Camp Gazette DAC": the company, an outlet only if known
        found = canonical_outlet(name)
        if not is_known(found) and has_arabic(name) and bare_name(name) != name:
            found = canonical_outlet(bare_name(name))  # "محفوظة لمؤسسة البحيرة": the house of a known paper
        return found if is_known(found) else None
    found = canonical_outlet(name)
    if not found or found != name or is_known(found):
        return found  # a known outlet ("شبكة 964": its number a part of its name), or None for a word that names none
    if (len([w for w in name.split() if w.casefold() not in _JOINING]) > 5 or not (name[:1].isupper() or has_arabic(name[:1])) or COMPANY.search(name)
            or (re.search(r"(?:^|\s)[\d.,/-]+(?:\s|$)", name) and not _kind_and_number(name))):
        return None  # a number, not a name's digits ("Kurdistan24") nor a channel's ("شبكة 964")
    return None if name.casefold() in _numbered_kinds() else name  # "لشبكة 2024": a kind, no name


_DOMAIN_HOLDER = re.compile(r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d\s*)?(?P<host>[a-z0-9][\w-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,})(?![\w.-]*\w)", re.I)


def _domain_holder(line: str) -> Optional[str]:
    """The known outlet whose web domain a copyright line writes as its holder ("Copyright © 2020
    JakartaGlobe.id"), else None."""
    match = _DOMAIN_HOLDER.search(line)
    return outlet_from_url("https://" + match.group("host").lower()) if match else None


_KIND_NUMBER = re.compile(r"^(?P<kind>\S+)\s+(?P<number>[\d٠-٩]{1,4})$")


def _kind_and_number(name: str) -> bool:
    """A kind of outlet and its number ("شبكة 964", "Channel 4"; ``numbered_outlet_kinds.txt``),
    the number no year."""
    match = _KIND_NUMBER.match(name)
    return bool(match) and not re.fullmatch(_YEAR, match.group("number")) \
        and match.group("kind").casefold() in _numbered_kinds()


@functools.lru_cache(maxsize=1)
def _numbered_kinds() -> frozenset:
    return frozenset(w.casefold() for w in data_sections("outlet_kind_words.txt").get("numbered", ()))


@functools.lru_cache(maxsize=1)
def _arabic_name_ends() -> frozenset:
    return frozenset(data_sections("outlet_kind_words.txt").get("arabic_name_ends", ()))


def _runs_on_in_arabic(words: list, end: int) -> bool:
    """Whether an Arabic name found ending before ``words[end]`` runs on into a longer name: the
    next word definite ("ال..."), no kind of site nor the rights phrase ("لصحيفة الصباح الجديد"
    holds "الصباح", another paper)."""
    return end < len(words) and has_arabic(words[end - 1]) and words[end].startswith("ال") \
        and len(words[end]) > 3 and words[end] not in _arabic_name_ends()


# The holder a copyright line names, in the ways footers put it: "© 2019 Camp Gazette. All rights
# reserved. Privacy Policy", "Camp Gazette © 2024", "© 2022 الشرق الأوسط - جميع الحقوق محفوظة",
# "جميع الحقوق محفوظة لـ عنب بلدي", "© 2021 جميع الحقوق محفوظة لتلفزيون سوريا".
# Tried in this order, the first that matches wins (one alternation would take the leftmost match:
# "جميع الحقوق محفوظة لبحيرة نيوز ©2023" read whole as the name before "©").
_YEAR = r"(?:19|20|١٩|٢٠|۱۹|۲۰)\d\d"  # a year, in Arabic-Indic digits too ("© ٢٠١٩")
# a year of any calendar the outlets date by, its era's letter after it or not: "٢٠٢٣م", "١٤٤٥هـ" (Hijri),
# "۱۴۰۲ ش" / "1402 ه.ش" (Solar Hijri)
_CALENDAR_YEAR = r"(?:(?:19|20|13|14|١٩|٢٠|١٣|١٤|۱۹|۲۰|۱۳|۱۴)\d\d)\s*(?:هـ|ه\.?\s?ش|ه|ھ|ش|م)?\.?"
_HOLDERS = (
    re.compile(r"(?:محفوظة|محفوظه)\s+(?:ل(?:ـ|\s)?\s*|إلى\s+)(?P<name>[^.|©]{2,50}?)\s*(?:©|$|\.|\||[-–—]\s|\s" + _YEAR + r"(?!\d))"),
    re.compile(
        r"^(?:©|\(c\)|copyright|\s)+(?:" + _YEAR + r"(?:\s*[-–]\s*" + _YEAR + r")?[\s,]*)?"
        r"(?!\s|\d|جميع|كل|all\b)(?P<name2>[^.|©]{2,60}?)\s*(?:\.\s|\.$|\s[-–—|]\s|\s{2}|,?\s+all rights|\s+-?\s*جميع|$)",
        re.I),
    # "Camp Gazette, all rights reserved", "Camp Gazette. All rights reserved": no sign, no year
    re.compile(r"^(?P<name4>[^©|]{2,60}?)\s*[,.]?\s+all rights reserved\.?$", re.I),
    # "جميع الحقوق محفوظة - شبكة الإعلام", "All rights reserved | Camp Gazette"
    re.compile(r"^(?:جميع الحقوق محفوظة|الحقوق محفوظة|all rights reserved)\s*(?:©\s*)?(?:(?:19|20)\d\d\s*)?"
               r"[-–—|:]\s*(?P<name5>[^©|.\d]{2,60}?)\s*$", re.I),
    # "All rights reserved to Camp Gazette, Camp Press Foundation ©2022": the first holder named
    re.compile(r"^all rights (?:are )?reserved (?:to|for|by)\s+(?P<name7>[^©|.,;\d]{2,60}?)\s*(?:[,;.©]|$)", re.I),
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


def copyright_holder(line: str) -> Optional[str]:
    """The holder a copyright line names, known or not, a company's form and an edition's word
    left out ("Copyright Herald Corporation. All rights reserved." -> "Herald"), else None."""
    line = without_credits(collapse_whitespace(line or ""))
    if not COPYRIGHT_LINE.search(line) or len(line) > 300 or not _STATES_HOLDER.search(line):
        return None  # "Copyright Policy": a link, not a holder
    match = _HOLDER.search(line)
    name = next((value for value in match.groupdict().values() if value), "") if match else ""
    name = _PART_OF.sub("", re.sub(r"\s+" + _YEAR + r"$", "", tidy_outlet(name.strip())))
    return bare_name(name) or None if name and plausible_name(name) else None


_PRINT_FOOTER = re.compile(r"^((?:https?://|www\.)\S+)\s+\d{1,3}\s*/\s*\d{1,3}$", re.I)  # "https://site/... 2/2"
_DESK_CODES = re.compile(r"(?<=\w)\s*/\s*[a-z]{1,4}(?:\s*/\s*[a-z]{1,4})*\s*$")


def _named_as_company(name: str, line: str) -> bool:
    """Whether the line names the holder again in a company's form ("Copyright© Camp Media 2022.
    Camp Media Pte Ltd. All rights reserved."): the publisher's company, not its outlet's name."""
    for match in re.finditer(re.escape(name), line):
        rest = re.split(r"\.\s|[|,;©]", line[match.start():] + " ", maxsplit=1)[0].strip()
        if rest != name and company_suffix(rest):
            return True
    return False


_SITE_PARTS = re.compile(r"\s+[|·•–—-]\s+|\s*\|\s*")
_SITE = re.compile(r"^(?:https?://)?(?:www\.)?(?P<host>(?:[a-z0-9-]+\.)+[a-z]{2,})/?$", re.I)
SITE_NAME_WORDS = 6


def named_site(line: str) -> Optional[str]:
    """The name a footer line sets beside its site's address, when the address spells it
    ("Lakeside Initiative | www.lakeside-initiative.org", "Lake Herald · lakeherald.com"), else None."""
    parts = _SITE_PARTS.split(collapse_whitespace(line or ""))
    if len(parts) != 2 or len(line) > 120:
        return None
    for name, site in (parts, parts[::-1]):
        match = _SITE.match(site)
        words = name.split()
        if not match or not 0 < len(words) <= SITE_NAME_WORDS or _SITE.match(name) or not plausible_name(name) \
                or not all(w[:1].isupper() or w.casefold() in _JOINING for w in words):
            continue
        labels = [label.replace("-", "") for label in match.group("host").split(".")[:-1]]
        if any(name_key(name) in (label, "the" + label) or label_spells(label, name) for label in labels):
            return canonical_outlet(name)
    return None


_PAIR_PARTS = re.compile(r"\s+[|·•–—-]\s+|\s*\|\s*")


def spelled_pair(line: str) -> Optional[str]:
    """The full name a footer line sets beside the acronym it spells out ("LPAP | Lakeside Press
    Agency of Pakistan, the national news agency"; "Lakeside Press Agency – LPA"), a
    clause after a comma left out, else None: the one name is the full one."""
    from archive.extract.masthead_lines import spelled_out

    parts = _PAIR_PARTS.split(collapse_whitespace(line or ""))
    if len(parts) != 2 or len(line) > 120:
        return None
    for acronym, name in (parts, parts[::-1]):
        name = name.split(",")[0].strip()
        if acronym != name and spelled_out(acronym, [name]) == name:
            return canonical_outlet(name)
    return None


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
    line = plain_source_line(line) or line
    return bool(COPYRIGHT_LINE.search(line) or SOURCE_LINE.match(line) or URL_LINE.match(line) or FOOTER.match(line)
                or "@" in line and email_outlet(line) or named_site(line) or spelled_pair(line)
                or _segment_holder(line))


def _segment_holder(line: str):
    from archive.extract.self_named_lines import segment_holder

    return segment_holder(line)
