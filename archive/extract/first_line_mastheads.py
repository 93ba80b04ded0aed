"""An outlet named by the page's first line, where no menu stands beside it (issue #13): the name
on the first line that is no notice or link, confirmed by the page itself. The text's dateline
writes it as its agency ("البلدة – Name: ..."), a short line under the headline names it again in
a row, its tagline says what kind of outlet it is ("Lakeside Times | Lakeside's Daily Newspaper"),
or its edition's word follows it ("Lakeside Herald Online"). Weighed with the masthead beside a
menu by :mod:`archive.extract.masthead_outlets`.
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from archive.extract.data import data_lines, english_words, small_words
from archive.extract.masthead_lines import (
    BYLINE_REACH, OTHER_LINE_CHARS, REACH, as_written, holds_in_a_row, masthead_name, menu_line, name_words)
from archive.extract.outlet_names import has_arabic, is_known, name_key
from archive.model import collapse_whitespace

_SIDE = re.compile(r"\s+[|–—-]\s+")
_TAG_AFTER = re.compile(r"^\s*(?:[:–—-]|/)")
_TAG_BEFORE = re.compile(r"(?:^|[\s,،](?:[–—-]|/)?\s*)$")
TEXT_CHARS = 60  # the text's first paragraph is at least this long


def _dateline_masthead(content: list, title_at: int) -> Optional[str]:
    """The name on the page's first line (a tagline beside it may say what it is: "Name | وكالة
    إخبارية") that the text's dateline writes as its own ("البلدة – Name: ...", "Name - ..."):
    the masthead and the dateline agree, else None."""
    first = collapse_whitespace(content[0]) if content else ""
    parts = _SIDE.split(first)
    name = masthead_name(first) or (masthead_name(parts[0]) if len(parts) == 2 else None)
    if not name or title_at <= 0:
        return None
    under = content[title_at + 1:title_at + 1 + REACH + BYLINE_REACH]
    if any(_dateline_alone(line, name) for line in under[:BYLINE_REACH + 1]):
        return name  # "الحسكة - الثورة" alone on its line under the headline
    text = next((line for line in under if len(line) >= TEXT_CHARS), "")
    head = collapse_whitespace(text)[:len(name) + TEXT_CHARS]
    at = head.find(name)
    if at < 0 or not _TAG_AFTER.match(head[at + len(name):]) or not _TAG_BEFORE.search(head[:at]):
        return None
    return name


def _dateline_spelled(content: list, raw: list, title_at: int) -> Optional[str]:
    """The full name the page's header writes for the short form the text's dateline gives as its
    agency, where the data knows neither ("Courthouse News Service" over "ALEXANDRIA, Va. (CN) —"),
    else None: the dateline says the page is its own, the header says the name in full
    (:func:`archive.extract.masthead_lines.spelled_out`)."""
    from archive.extract.masthead_lines import menu_items, spelled_out
    from archive.extract.outlet_signs import outlet_from_dateline

    under = content[title_at + 1:title_at + 1 + REACH + BYLINE_REACH]
    tag = outlet_from_dateline(next((line for line in under if len(line) >= TEXT_CHARS), ""))
    if not tag or is_known(tag):
        return None
    lines = raw[:title_at] if len(raw) == len(content) else content[:title_at]
    header = content[:title_at] + [items[0] for items in map(menu_items, lines) if len(items) > 1]
    full = spelled_out(tag, header)
    return full if full != tag else None


PLACE_WORDS = 3


def _dateline_alone(line: str, name: str) -> bool:
    """Whether a short line is a dateline naming ``name`` as its agency, a date beside it or not:
    "الحسكة - الثورة", "Lakeport – Lake Herald | 5 October 2020"."""
    first = _SIDE.split(collapse_whitespace(line).split(" | ")[0])
    return len(first) == 2 and first[1] == name and 0 < len(first[0].split()) <= PLACE_WORDS \
        and not re.search(r"\d", first[0]) and first[0] != name


NAMED_AGAIN_WORDS = 3  # a name of common words is confirmed by a line naming it again only when this long


def _named_again(content: list, lines: list, title_at: int) -> Optional[str]:
    """The name on the page's first line that is no notice or link (a cookie notice may stand
    over it), of three words at least, that a short line under the headline writes again in a
    row ("Lakeside 4 News, weeknights at 7pm" under "LAKESIDE 4 NEWS"), else None."""
    i = next((j for j in range(title_at) if j >= len(lines) or lines[j].furniture is None), None)
    if i is None or i > 1:
        return None
    name = masthead_name(content[i])
    sequence = name_words(name or "")
    if not name or has_arabic(name) or len(sequence) < NAMED_AGAIN_WORDS:
        return None
    key = name_key(name)
    for line in content[title_at + 1:]:
        if len(line) <= OTHER_LINE_CHARS and name_key(line) != key and not menu_line(line) \
                and holds_in_a_row(line, sequence):
            return as_written(name, content[title_at + 1:]) if name.isupper() else name
    return None


TAGLINE_WORDS = 8


@functools.lru_cache(maxsize=None)
def kind_words() -> re.Pattern:
    words = sorted(data_lines("outlet_kinds.txt"), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.I)


def _tagline(line: str) -> bool:
    """A masthead's tagline: a few words, no sentence, saying what kind of outlet it is
    (``archive/data/outlet_kinds.txt``: "Lakeside's Daily Newspaper", "صحيفة يومية مستقلة")."""
    line = collapse_whitespace(line)
    return 0 < len(line.split()) <= TAGLINE_WORDS and not re.search(r"[.!?؟]$", line) \
        and bool(kind_words().search(line))


def _tagline_masthead(content: list, lines: list, title_at: int) -> Optional[str]:
    """The name on the page's first line (a notice may stand over it) whose tagline, beside it
    or on the line under it, says what kind of outlet it is ("Lakeside Times | Lakeside's Daily
    Newspaper", "الوادي" over "صحيفة يومية مستقلة"), else None."""
    i = next((j for j in range(title_at) if j >= len(lines) or lines[j].furniture is None), None)
    if i is None or i > 1:
        return None
    parts = _SIDE.split(collapse_whitespace(content[i]))
    if len(parts) == 1:  # "NAME / Its kind of paper": a slash sets a logo's tagline beside it too (round 36b)
        parts = re.split(r"\s+/\s+", collapse_whitespace(content[i]))
    if len(parts) == 2 and _tagline(parts[1]) and not _tagline(parts[0]):
        name = masthead_name(parts[0])
    elif len(parts) == 1 and i + 1 < title_at and _tagline(_SIDE.split(collapse_whitespace(content[i + 1]))[0]) \
            and (not _tagline(content[i]) or _logo_capitals(content[i])):  # "ALBANIAN DAILY NEWS" over "The first ... daily | Thursday, ..."
        name = masthead_name(content[i])
    else:
        return None
    if name and name.isupper():  # "URFANATİK - Its city's news site" over "Urfanatik © 2024": as the page writes it
        name = as_written(name, content[i + 1:])
    return name if name and not is_known(name) else None


def _logo_capitals(line: str) -> bool:
    """A name of two to four words written in capitals, as a logo is ("LAKESIDE DAILY NEWS"): a
    masthead even where it holds a kind of outlet's word."""
    words = line.split()
    return 2 <= len(words) <= 4 and line.isupper() and all(w.isalpha() for w in words)


def _edition_masthead(content: list, lines: list, title_at: int) -> Optional[str]:
    """The name on the page's first line (a notice may stand over it) that its edition's word
    follows, the line saying it names a site ("الثورة أون لاين", "Lakeside Herald Online":
    ``archive/data/edition_suffixes.txt``): the name without the word, else None."""
    from archive.extract.outlet_forms import edition_suffix

    i = next((j for j in range(title_at) if j >= len(lines) or lines[j].furniture is None), None)
    if i is None or i > 1:
        return None
    line = collapse_whitespace(content[i])
    edition = edition_suffix(line)
    if not edition:
        return None
    name = masthead_name(line[:edition.start()].rstrip(" ,"))
    return name if name and masthead_name(line) in (line, name) else None


@functools.lru_cache(maxsize=None)
def _issue_line() -> re.Pattern:
    words = sorted({w.rstrip(".") for w in data_lines("outlet_issue_words.txt")}, key=len, reverse=True)
    return re.compile(r"^(?:" + "|".join(re.escape(w) for w in words) + r")\.?\s*\d{1,4}\b(?=.*\b(?:19|20)\d\d\b)",
                      re.I)


ISSUE_LINE_CHARS = 60


def _issue_masthead(content: list, lines: list, title_at: int) -> Optional[str]:
    """The name on the page's first line (a notice may stand over it) over its issue line, the
    number and date of the periodical's issue the piece is from ("Nr. 38 · 19. September 2024",
    "No. 112 | March 2024": ``archive/data/outlet_issue_words.txt``): a magazine's masthead as its
    pages print it, else None."""
    i = next((j for j in range(title_at) if j >= len(lines) or lines[j].furniture is None), None)
    if i is None or i > 1 or i + 1 >= title_at:
        return None
    issue = collapse_whitespace(content[i + 1])
    if len(issue) > ISSUE_LINE_CHARS or not _issue_line().match(issue):
        return None
    name = masthead_name(collapse_whitespace(content[i]))
    return name if name and not _issue_line().match(name) else None


_SWITCH_ITEMS = re.compile(r"\s*[|·•/]\s*|\s{2,}")
_IN_LANGUAGE = re.compile(r"^(?:in|en|auf|på|på|em|به|بال|باللغة)\s+(?P<name>\S+)$", re.I)
_BILINGUAL = re.compile(r"\s+/\s+")
SWITCH_ITEM_WORDS = 2


def language_switch(line: str) -> bool:
    """A line switching the page's language ("Français", "English | العربية", "Suomeksi | På svenska
    | In English"): short items, one at least a language's name (``language_names.txt``)."""
    from archive.extract.data import alias_table

    names = alias_table("language_names.txt")
    items = [item for item in _SWITCH_ITEMS.split(line.strip()) if item]
    if not items or len(items) > 6 or any(len(item.split()) > SWITCH_ITEM_WORDS for item in items):
        return False
    def language(item: str) -> bool:
        match = _IN_LANGUAGE.match(item)
        return item.casefold() in names or bool(match and match.group("name").casefold() in names)
    return any(language(item) for item in items)


def _language_masthead(content: list, title_at: int) -> Optional[str]:
    """The page's first line, an institution's name (in two languages: "Name / Nom"), over a line
    switching the page's language: a government's or agency's site names itself there."""
    if title_at >= 2 and language_switch(content[1]):
        name = _BILINGUAL.split(content[0].strip())[0]
        return name if _institution_shape(name) else None
    return _english_name_by_switch(content, title_at)


SWITCH_REACH = 4  # the language switch stands among the page's first lines
NAME_ABOVE = 3  # the institution's English name stands this many lines over the switch at most
ENGLISH_SHARE = 0.6


def _institution_shape(name: str) -> bool:
    """Whether a line has an institution's name's shape: 2 to 10 words, the first capitalised, no
    sentence's punctuation and no digit ("Ministry of Foreign Affairs of the Republic of X")."""
    words = name.split()
    return 2 <= len(words) <= 10 and words[0][:1].isupper() and not re.search(r"[.!?:;\d]", name)


_CRUMB = re.compile(r"\s[/>»›]\s")  # "Home / Press centre / News": a breadcrumb, no name


def title_cased(name: str) -> str:
    """A name in capitals written as a name is ("MINISTRY OF WATER OF LAKELAND" -> "Ministry of Water
    of Lakeland"): each word capitalised, the small words (not the first) in lower case."""
    words = name.split()
    return " ".join(w.lower() if i and w.casefold() in small_words() else w.capitalize() for i, w in enumerate(words))


def _english_name_by_switch(content: list, title_at: int) -> Optional[str]:
    """An institution's English name by the first language switch among the page's first
    ``SWITCH_REACH`` lines (round 16): the longest of the ``NAME_ABOVE`` lines over it, where the site
    writes its name in its own languages too ("Prokuroria Speciale ..." then "Special Prosecution
    Office of the Republic of Kosovo (SPRK)" then "Shqip | Srpski | English"), else the one line under
    it ("Қазақ тілі | Русский | English" over "Ministry of Foreign Affairs of ..."); a line in Latin
    letters, not all capitals, of an institution's shape, its bracketed acronym left out, with three
    words at least besides the small ones, ``ENGLISH_SHARE`` of them common English words. Else None."""
    words_en = english_words()
    for at in range(min(SWITCH_REACH, title_at)):
        if not language_switch(content[at]):
            continue
        under = content[at + 1:min(at + 2, title_at)]
        for lines in (content[max(0, at - NAME_ABOVE):at], under):
            found = []
            for line in lines:
                name = re.sub(r"\s*\([A-Z][A-Za-z]{1,9}\)$", "", collapse_whitespace(line))
                if name.isupper() and lines is not under:  # a logo in capitals over the switch
                    name = title_cased(name)
                words = [w for w in re.findall(r"[^\W\d_]+", name) if w.casefold() not in small_words()]
                if not name.isascii() or not _institution_shape(name) or name.isupper() or len(words) < 3 \
                        or _CRUMB.search(name):
                    continue
                if sum(w.casefold() in words_en for w in words) >= ENGLISH_SHARE * len(words):
                    found.append(name)
            if found:
                return max(found, key=len)
        return None
    return None



KIND_NAME_WORDS = 8  # a public body's name is long: "Ministry of Water and Irrigation of Lakeland"


@functools.lru_cache(maxsize=None)
def _kind_nouns() -> re.Pattern:
    """The nouns of ``archive/data/masthead_kinds.txt`` as one pattern: whole words, or (ending in
    "*") words that open with them."""
    parts = []
    for word in sorted(data_lines("masthead_kinds.txt"), key=len, reverse=True):
        stem = word.rstrip("*")
        parts.append(re.escape(stem) + (r"\w*" if word.endswith("*") else ""))
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.I)


def _kind_named(part: str) -> bool:
    """Whether a line's part is a name holding a kind of outlet's noun: two words at least besides
    the noun's own, no sentence's punctuation, no digit, each Latin word besides the small ones
    capitalised ("Lakeside Radio", "Ministry of Water of Lakeland", "إذاعة البحيرة")."""
    words = part.split()
    if not 2 <= len(words) <= KIND_NAME_WORDS or re.search(r"[.!?؟:;,،\d«»\"“”()]", part):
        return False
    if not _kind_nouns().search(part):
        return False
    big = [w for w in words if not has_arabic(w) and w.casefold() not in small_words()]
    return all(w[:1].isupper() for w in big) and (has_arabic(part) or words[0][:1].isupper())


def kind_masthead(content: list, lines: list, title_at: int) -> Optional[str]:
    """The name on the page's first line (a notice may stand over it) that says what kind of
    outlet or public body it is ("Lakeside Radio — Home", "إذاعة البحيرة - صوت المدينة", "Ministry of
    Water of Lakeland" over its menu), its section's or tagline's part after a dash left out: a
    site's masthead names itself so, a headline or section seldom does (round 24). Else None."""
    i = next((j for j in range(title_at) if j >= len(lines) or lines[j].furniture is None), None)
    if i is None or i > 1 or i >= title_at:
        return None
    line = collapse_whitespace(content[i])
    parts = _SIDE.split(line)
    if len(parts) > 2:
        return None
    part = parts[0] if _kind_named(parts[0]) else None
    if part is None:
        return None
    from archive.extract.outlet_names import bare_name, known_outlet

    if has_arabic(part) and bare_name(part) != part and not known_outlet(part):
        return None  # "صحيفة البحيرة": the name is stored without its kind word, which the other signs weigh
    # an Arabic name as the logo writes it, its kind word kept ("إذاعة البحيرة": the radio's name)
    name = (known_outlet(part) or part) if has_arabic(part) else (masthead_name(part) or part)
    if name.isupper() and not has_arabic(name):  # a logo in capitals: as the page writes it, else as a name is
        name = as_written(name, content[i + 1:])
        name = title_cased(name) if name.isupper() else name
    return name


CLOSING_LINES = 10  # the name's word is written again among the page's last lines
OWN_WORD_CHARS = 4
CLOSING_LINE_CHARS = 80  # a closing line of the page's own, not the text's prose


def repeated_own_word(lines: list) -> Optional[str]:
    """The name on a text page's first line ("Lakeview Podcast", "CCN LK9") where a word of it that no
    common word, kind word or place is ("Lakeview", "LK9") is written again among the page's last lines,
    a sign-off or a call naming the page ("Support Lakeview on Patreon", "Jane Roe, LK9 News."): the
    page's own name, confirmed (round 37). For a page no other sign named; else None."""
    from archive.extract.outlet_refusals import refused

    filled = [collapse_whitespace(str(line)) for line in lines if str(line).strip()]
    if len(filled) < 4:
        return None
    name = masthead_name(filled[0])
    if not name or has_arabic(name) or is_known(name) or name != filled[0] or ":" in name or refused(name, None):
        return None  # ("Gale OneFile: News": a database's page, its collection after a colon)
    common = english_words() | small_words()
    kinds = kind_words()
    own = [w for w in re.findall(r"[^\W_][\w'’-]*", name)
           if (len(w) >= OWN_WORD_CHARS or re.search(r"\d", w)) and w[:1].isupper() and w.casefold() not in common
           and not kinds.fullmatch(w) and not place_word(w)]
    if not own:
        return None
    for line in filled[-CLOSING_LINES:]:
        if line == filled[0]:
            continue
        for w in own:
            word = r"(?<![\w-])" + re.escape(w) + r"(?![\w-])"
            if (len(line) <= CLOSING_LINE_CHARS and re.search(word, line)) \
                    or re.search(r",\s+(?:[\w'’-]+\s+){0,2}?" + word + r"(?:\s+[\w'’-]+){0,2}\.$", line):
                return name  # a short closing line naming it, or a sign-off ending a paragraph: ", LK9 News."
    return None


def place_word(word: str) -> bool:
    """Whether ``word`` is a place's name of the gazetteer (``person_names.place_words``), any case."""
    from archive.extract.person_names import place_words

    return word in place_words() or word.casefold() in {w.casefold() for w in place_words()}
