"""Whether a line of a page is a masthead naming an outlet, and what the page says to confirm it
(issue #13, round 10: one owner for the question, Latin and Arabic script alike).

A masthead is a short line at the top of a page: the logo's text ("Lakeside Herald", "KTV News",
"صحيفة البحيرة"), a few words, no sentence, no menu's or section's word, maybe a tagline after it
("Lakeside Herald - a service of ..."). :func:`masthead_name` answers for one line and gives the
name as the outlet writes it without a tagline, a company's legal form or an Arabic kind word
("صحيفة البحيرة" -> "البحيرة"). An Arabic-only masthead the data does not know is stored under
its Arabic name (the convention of the later halves, fresh5 on).

A line alone is no proof (a kicker or a section stands there too); the callers look for a second
sign: a menu beside it (:mod:`archive.extract.masthead_outlets`), the copyright line or a short
line naming it again (:func:`masthead_outlet`), the site's domain (:func:`domain_masthead`), the
file's folder or name (:mod:`archive.extract.folder_outlets`).
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from archive.extract.outlet_forms import BARE_HOST, word_initials
from archive.extract.data import small_words
from archive.extract.outlet_names import (
    URL_LINE,
    bare_name,
    has_arabic,
    is_known,
    known_outlet,
    name_key,
    outlet_from_url,
    outlet_from_url_line,
    outlet_table,
    plausible_name,
)
from archive.extract.web_hosts import HOST as _HOST, SITE_LABEL as _DOMAIN_NAME
from archive.extract.logo_names import (  # noqa: F401 (bilingual_name: callers import it here too)
    FULL_NAME_WORDS, NAME_WORDS, before_phrase, bilingual_name, initials_pair)
from archive.model import collapse_whitespace

NAME_CHARS = 40

# "herald.example - a branch of the Lakeside Broadcasting Union", "Name | the news that matters": the
# name, then a tagline in lower case or opening with an article.
_TAGLINE = re.compile(r"\s+[-–—|]\s+(?=(?:a|an|the|part|member|since|your|our)\b|[a-z])")


def masthead_name(line: str, capitalised: bool = True) -> Optional[str]:
    """The name a masthead line writes, without a tagline after it or an Arabic kind word before
    it, or None where the line could be no outlet's name (a sentence, a date, a menu's word).
    A name the data knows comes back as the data's one name. ``capitalised``: a Latin name opens
    with a capital or a digit (beside a menu, where a section's or a link's words stand too); a
    line the page confirms otherwise may be a brand in lower case ("bianet English", a domain)."""
    line = paired_line = collapse_whitespace(line or "")
    paired = bilingual_name(line)
    line = paired or line
    tagline = _TAGLINE.search(line)
    if tagline:
        line = line[:tagline.start()]
    elif not paired:
        line = before_phrase(line)
    name = paired if paired and initials_pair(paired_line) else bare_name(line)  # "MAG | Mines Advisory Group": all of it
    words = name.split()
    most = (FULL_NAME_WORDS, NAME_CHARS * 2) if paired else (NAME_WORDS, NAME_CHARS)  # spelled out beside its initials
    if not 0 < len(words) <= most[0] or len(name) > most[1] or re.search(r"[.!?:;,|>»›]$", name) \
            or re.search(r"\s[|>»›/]\s", name) or not plausible_name(name) or name_key(name) in outlet_table().never:
        return None
    if capitalised and not (has_arabic(name) or name[:1].isupper() or name[:1].isdigit()):
        return None
    return known_outlet(name) or known_outlet(line) or name


_NAME_PARTS = re.compile(r"\s+[|—–·•-]\s+|\s*\|\s*")
SITE_LINE_CHARS = 100


def site_spelled(current: Optional[str], content: list) -> Optional[str]:
    """The name a page spells for the site ``current`` writes as its domain ("lakeside.net",
    "Lakeside.net Daily News"): the one short name on the page's short lines, apart from them by a
    bar or dash, that opens with the domain's word and is no domain ("lakeside.net | Lakeside
    Daily", "Lakeside Daily — news of the valley"); else ``current`` as it is. A known outlet stays."""
    match = _DOMAIN_NAME.search(current or "")
    if not match or is_known(current):
        return current
    label = match.group("label").casefold()
    found = {}
    for line in content:
        if len(line) > SITE_LINE_CHARS:
            continue
        for part in _NAME_PARTS.split(collapse_whitespace(line)):
            words = part.split()
            if not 2 <= len(words) <= NAME_WORDS or words[0].casefold() != label or _DOMAIN_NAME.search(part) \
                    or not all(w[:1].isupper() for w in words) or not plausible_name(part):
                continue
            found.setdefault(name_key(part), part)
    return next(iter(found.values())) if len(found) == 1 else current


def unknown_masthead(line: str) -> Optional[str]:
    """:func:`masthead_name` for a name the data does not know, in lower case too, else None."""
    name = masthead_name(line, capitalised=False)
    return None if not name or is_known(name) else name


def name_words(name: str) -> list:
    """A name's words as compared (case folded; an Arabic word without the article's "ال" kept as it is)."""
    return [w.casefold() for w in re.findall(r"\w+", name)]


_ARABIC_PREFIX = re.compile(r"^(?:ل|لـ|ب|و|وب|ول)(?=\w{3,})")


def holds_in_a_row(line: str, sequence: list) -> bool:
    """Whether ``line``'s words hold ``sequence`` (case-folded words) one after another; a leading
    "the" of the name may be left out where the words are capitalised ("Jamestown Foundation" for
    "The Jamestown Foundation"), and an Arabic word may carry a joined preposition ("لبلدي نيوز")."""
    written = re.findall(r"\w+", line)
    words = [w.casefold() for w in written]
    n = len(sequence)
    if not n:
        return False
    for i in range(len(words) - n + 1):
        window = words[i:i + n]
        if window == sequence:
            return True
        if has_arabic(window[0]) and [_ARABIC_PREFIX.sub("", window[0])] + window[1:] == sequence:
            return True
    if sequence[0] == "the" and n > 2:
        rest = sequence[1:]
        return any(words[i:i + n - 1] == rest and all(w[:1].isupper() or w[:1].isdigit() for w in written[i:i + n - 1])
                   for i in range(len(words) - n + 2))
    return False


_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,5}")
# A short form in mixed case: capitals and letters, two capitals at least ("HSToday", "UzA").
_SHORT_FORM = re.compile(r"(?=(?:[a-z]*[A-Z]){2})[A-Z][A-Za-z&]{1,7}")
# How a logo line sets a name apart from its region or tagline ("World Health Organization - Eastern
# Mediterranean Region").
_NAME_PARTS = re.compile(r"\s+[-–—|]\s+")


def spelled_out(name: Optional[str], header: list) -> Optional[str]:
    """An outlet's short form the data does not know ("MIA", "HSToday") as the page's header writes
    it in full on a line of its own ("Macedonian Information Agency"), or as the first part of a logo
    line ("World Health Organization - Eastern Mediterranean Region"): the truth's one name is the
    full one; else ``name`` as it is. The short form is the full name's initials, with or without
    one word of the outlet's kind first or last ("TAP": "Agence Tunis Afrique Presse"), or, in mixed
    case, its words' beginnings in order ("HSToday": "Homeland Security Today")."""
    if not name or not (_ACRONYM.fullmatch(name) or _SHORT_FORM.fullmatch(name)) or known_outlet(name):
        return name
    for line in header:
        line = collapse_whitespace(line)
        if line.startswith("(") and line.endswith(")"):
            line = line[1:-1].strip()  # "(Australian Associated Press)" under a byline
        parts = [line] + _NAME_PARTS.split(line)[:1]
        for part in dict.fromkeys(parts):
            words = part.split()
            if not 1 < len(words) <= FULL_NAME_WORDS or re.search(r"[.!?:;,|]$", part) or not plausible_name(part):
                continue
            big = [w for w in words if w.casefold() not in small_words()]
            if all(w[:1].isupper() for w in big) and _abbreviates(name, big):
                return part
    return name


def _abbreviates(short: str, words: list) -> bool:
    """Whether ``short`` is the initials of ``words`` (with or without one kind word first or last),
    or, in mixed case, their beginnings in order, each word's first letter a capital of it."""
    letters = short.replace("&", "").upper()
    kinds = _acronym_kinds()
    ways = [words]
    if len(words) > 2 and words[0].casefold() in kinds:
        ways.append(words[1:])
    if len(words) > 2 and words[-1].casefold() in kinds:
        ways.append(words[:-1])
    if any(word_initials(way).upper() == letters for way in ways):
        return True
    if short.isupper():
        return False

    def spells(i: int, j: int) -> bool:  # short[i:] writes words[j:]
        if j == len(words):
            return i == len(short)
        if i == len(short) or short[i] != words[j][0]:
            return False
        return any(short[i + 1:i + n].casefold() == words[j][1:n].casefold() and spells(i + n, j + 1)
                   for n in range(1, len(words[j]) + 1))

    return spells(0, 0)


@functools.lru_cache(maxsize=None)
def _acronym_kinds() -> frozenset:
    from archive.extract.data import data_sections

    return frozenset(w.casefold() for w in data_sections("outlet_kind_words.txt").get("acronym_kinds", ()))


MENU_ITEMS = 3  # a menu shows at least this many entries
MENU_ITEM_WORDS = 4
MENU_WORDS = 30

# How a menu's entries are set apart on a line: a run of spaces or a bar, dot or bullet.
_MENU_SPLIT = re.compile(r"\s{2,}|\t+|\s+[|•·/]\s+|\s*\|\s*")


def menu_items(raw: str) -> list:
    """A line's entries as a menu sets them apart (runs of spaces, bars, bullets)."""
    return [item.strip() for item in _MENU_SPLIT.split((raw or "").strip()) if item.strip()]


def menu_line(raw: str) -> bool:
    """Whether a line, as written, is a site's menu: several short entries apart by runs of
    spaces or bars, none a sentence ("Home  News  Opinion  Podcasts", "الرئيسية | محليات | دولي")."""
    items = menu_items(raw)
    if len(items) < MENU_ITEMS or len((raw or "").split()) > MENU_WORDS:
        return False
    return all(len(item.split()) <= MENU_ITEM_WORDS and not re.search(r"[.!?؟]$", item) for item in items)


_MASTHEAD_WORD = re.compile(r"\w{3,}")
COPYRIGHT_SIGN = re.compile(r"©|\(c\)|copyright|all rights reserved|حقوق", re.I)
COPYRIGHT_LINE_CHARS = 200
OTHER_LINE_CHARS = 120  # a line naming the masthead again is furniture: a link, a sign-up, a footer


def masthead_outlet(first: str, footer: list, common=frozenset()) -> Optional[str]:
    """An outlet the data does not know, named by the page's masthead: its first line
    (:func:`masthead_name`), which the page names again under the text, else None. Again means: a
    copyright line naming one of its own words (not a ``common`` word, not a year: "KTV Lakeside"
    over "© 2019 Lakeside Productions LLC"), or a short line holding all its words in a row
    ("Subscribe to The Lakeside Herald", "تابعوا «البحيرة» على تويتر"). An Arabic name is
    confirmed by its words in a row only (its words are not sorted into common and rare), a name
    of one word by the copyright line only (a place or a section's word is named in passing)."""
    first = collapse_whitespace(first or "")
    name = unknown_masthead(first)
    if not name:
        return repeated_full_name(first, footer)
    if len(first) > NAME_CHARS * 2:
        return None
    if bilingual_name(first) == name and not has_arabic(first):
        return name  # the logo spells its initials out: "LCS | Lakeside Center for Studies"
    sequence = name_words(name)
    arabic = has_arabic(name)
    own = set() if arabic else {w for w in (x.casefold() for x in _MASTHEAD_WORD.findall(name))
                                if not w.isdigit() and w not in common and len(w) >= 4}
    if not own and not arabic:
        return None
    for line in footer:
        copyright_line = len(line) <= COPYRIGHT_LINE_CHARS and COPYRIGHT_SIGN.search(line)
        if copyright_line and (own & {w.casefold() for w in _MASTHEAD_WORD.findall(line)}
                               or arabic and holds_in_a_row(line, sequence)) \
                or len(line) <= OTHER_LINE_CHARS and not menu_line(line) and holds_in_a_row(line, sequence) \
                and not (arabic and len(sequence) == 1):  # "سوريا" in "أخبار سوريا": a place, a section
            return as_written(name, footer) if name.isupper() else name
    return None


def repeated_full_name(first: str, footer: list) -> Optional[str]:
    """A first line too long for :func:`masthead_name` that is an organisation's or a magazine's full
    name ("Lakeside Journal of Water Power & Dam Engineering": up to ``FULL_NAME_WORDS`` words, each
    but the small ones capitalised, no sentence) which a line under the text writes whole again
    ("Printed from <Name>, https://...", "© 2021 <Name>"): the page names itself twice. Else None
    (round 34). The data does not know it."""
    words = first.split()
    if not NAME_WORDS < len(words) <= FULL_NAME_WORDS or re.search(r"[.!?:;,|>»›]$", first) \
            or not all(w[:1].isupper() or w[:1].isdigit() or w in ("&", "-") or w.casefold() in small_words()
                       for w in words) or is_known(first) or not plausible_name(first):
        return None
    again = re.compile(r"(?<![\w-])" + re.escape(first) + r"(?![\w-])")
    return first if any(again.search(collapse_whitespace(line)) for line in footer
                        if len(line) <= COPYRIGHT_LINE_CHARS) else None


_NO_SITE_LABELS = {"www", "m", "amp", "mail", "news", "en", "ar", "english"}


def domain_labels(lines: list) -> set:
    """The labels of the web domains the lines name (links, addresses), letters only."""
    labels = set()
    for line in lines:
        for host in _HOST.findall(line):
            labels.update(part.replace("-", "").casefold() for part in host.split(".")[:-1])
    return labels - _NO_SITE_LABELS


LABEL_CHARS = 4  # a shorter domain label than this spells too many names
PREFIX_CHARS = 3  # a word a label shortens keeps this many letters at least


def label_spells(label: str, name: str) -> bool:
    """Whether a domain's label writes ``name`` with the letters of its words in order, each
    word whole or by its first three letters at least ("lakeherald": "Lake Herald", "dailylak":
    "The Daily Lakesider"), or by its initials alone ("lhtn": "Lake Herald Tonight News"); a
    leading "The" may be left out."""
    words = name_words(name)
    if words[:1] == ["the"] and len(words) > 1:
        words = words[1:]
    label = label.casefold()
    if not words or not all(w.isascii() and w.isalnum() for w in words):
        return False
    if len(words) >= LABEL_CHARS - 1 and label == word_initials(words):
        return True  # its initials
    if len(label) < LABEL_CHARS:
        return False

    @functools.lru_cache(maxsize=None)
    def fits(i: int, j: int) -> bool:  # label[i:] spells words[j:]
        if j == len(words):
            return i == len(label)
        word = words[j]
        shortest = min(PREFIX_CHARS, len(word))
        return any(label[i:i + n] == word[:n] and fits(i + n, j + 1) for n in range(len(word), shortest - 1, -1))

    return fits(0, 0)


def domain_masthead(header: list, lines: list) -> Optional[str]:
    """The known outlet whose web address stands over the headline ("https://www.example-times.com/
    world/..."); else an outlet the data does not know, named by a short line over the headline whose letters
    are the site's own domain name on the page ("Lakeland Courier" with "lakelandcourier.com" in
    a link, or a reporter's address "@lakelandcourier.org"), else None; a name all in capitals is
    written as the page writes it elsewhere ("LAKELAND COURIER" -> "Lakeland Courier")."""
    for line in header:  # the page's own address over the headline, as a browser prints it
        line = collapse_whitespace(line)
        found = outlet_from_url_line(line) if URL_LINE.match(line) else None
        if not found and BARE_HOST.match(line):  # a reader view's site line: "example-times.com"
            found = outlet_from_url(line)
        if found and is_known(found):
            from archive.extract.outlet_bodies import body_on_site

            return body_on_site(line, header, is_known) or found  # "pace.lakeunion.int" under the body's name
    labels = domain_labels(lines)
    if not labels:
        return None
    for line in header:
        name = unknown_masthead(line)
        if not name or has_arabic(name):
            continue
        key = name_key(name)
        if key in labels or (key.startswith("the") and key[3:] in labels) \
                or any(label_spells(label, name) for label in labels):
            return as_written(name, lines) if name.isupper() else name
    return None


def as_written(name: str, lines: list) -> str:
    """A name in capitals as a line of the page writes it in mixed case, else as it is."""
    pattern = re.compile(r"\b" + r"\s+".join(re.escape(w) for w in name.split()) + r"\b", re.I)
    for line in lines:
        for match in pattern.finditer(line):
            if not match.group().isupper():
                return match.group()
    return name


TOP_LINES = 6  # a masthead stands among a page's first lines
REACH = 6  # the masthead and the menu stand within the page's first lines
BYLINE_REACH = 4  # a byline with the reporter's address stands within this many lines under the headline


def outlet_before_template(content: list, common=frozenset()) -> Optional[str]:
    """An outlet the data does not know, read from a whole page before its folder's template is
    taken out of it: where a site's pages fill a folder, its masthead and its copyright line are
    the lines every page repeats, so the reader drops them as furniture before the outlet is read.
    A masthead among the first lines that the site's own domain on the page spells ("The Lake
    Herald" with "© 2022 thelakeherald.net"), or whose words the page's copyright line names, else
    None. (A headline repeated under a browser's title would hold the first line in a row too:
    only the domain and the copyright line count here.)"""
    if not content:
        return None
    found = domain_masthead(content[:TOP_LINES], content)
    if found:
        return found
    copyright_lines = [line for line in content[1:] if len(line) <= COPYRIGHT_LINE_CHARS and COPYRIGHT_SIGN.search(line)]
    return masthead_outlet(content[0], copyright_lines, common) if copyright_lines else None
