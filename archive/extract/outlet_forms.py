"""The forms around an outlet's name that are not its name: a company's legal form after it
("The Camp Gazette DAC", ``archive/data/company_suffixes.txt``) and an Arabic kind word before it
("صحيفة الوادي"). Issue #13, round 7. And the initials a logo writes for a name ("DRC" for Danish
Refugee Council; round 16). One outlet, one name where a page writes two (round 22,
:func:`own_form`): the fuller form its copyright line writes of a short masthead; the site, not the
group, a group's page is; the name a reader view's foot writes that its site line spells."""

from __future__ import annotations

import functools
import re
from urllib.parse import unquote
from typing import Optional

from archive.extract.data import data_lines, small_words
from archive.model import collapse_whitespace


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


# A station's place on the dial after its name ("94.6 FM", "FM 101.5", "99,8 MHz", "١٠٥ إف إم"): where
# it broadcasts, not its name; a name that is only a kind of station ("Sham FM") has no number.
_FREQUENCY = re.compile(r"(?:\s*[-–|,]\s*|\s+)(?:[\d\u0660-\u0669]{2,3}[.,٫][\d\u0660-\u0669]{1,2}(?:\s*%s)?"
                        r"|[\d\u0660-\u0669]{2,3}\s*%s)$" % ((r"(?:fm|am|mhz|khz|إف\s?إم|اف\s?ام|أف\s?أم)",) * 2), re.I)


def bare_name(name: str) -> str:
    """An outlet's name without a company's legal form after it ("The Camp Gazette DAC", "Herald
    Media Group Ltd": two forms at most), without an edition's word ("Mail & Guardian Online") and
    without an Arabic kind word before it ("صحيفة الوادي"), without a station's frequency after it
    ("Radio Lakeside 94.6 FM"); as it is when nothing is left."""
    for _ in range(2):
        match = company_suffix(name)
        if match and match.group().strip(" ,").casefold() != "group":  # "Mines Advisory Group": an NGO's name
            name = name[:match.start()].rstrip(" ,")
    edition = edition_suffix(name)
    if edition and not _place_alone(name[:edition.start()]):  # "Kosovo Online": a place alone is no name
        name = name[:edition.start()].rstrip(" ,")
    frequency = _FREQUENCY.search(name)
    if frequency and len(name[:frequency.start()].split()) >= 2:  # "Radio 104 FM" keeps its number
        name = name[:frequency.start()].rstrip(" ,-–|")  # a station's dial ("Radio Lakeside 94.6 FM")
    kind = _ARABIC_KIND_WORD.match(name)
    if kind and len(name[kind.end():].strip()) >= 2 and not _KIND_AGREES.search(name[kind.end():]):
        name = name[kind.end():].strip()
    return name


def _place_alone(rest: str) -> bool:
    """Whether what an edition's word follows is a place's name alone ("Kosovo" of "Kosovo Online",
    "Balkan" ...): the word is then the name's own, not the edition's (round 31)."""
    from archive.extract.folder_outlets import _place_keys
    from archive.extract.outlet_names import name_key

    return name_key(rest.rstrip(" ,")) in _place_keys()


# What after the kind word still needs it: a word after it says "for the ..." of the kind ("وكالة X
# للأنباء": X's agency for news), or the last of two words or more is an adjective agreeing with the
# kind word ("وكالة X الإخبارية", "صحيفة X الجديدة": definite and feminine, as the kind word is).
_KIND_AGREES = re.compile(r"\S\s+(?:لل\w{3,}|ال\w{2,}[ةه])\s*$")


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


# --- The page's own fuller form of a name, and a group's site (issue #13, round 22) ---------------

_COPYRIGHT = re.compile(r"^\s*(?:(?:[^\W\d_]+\s+){1,5}(?=©))?(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\s*)?(?P<name>.+)$", re.I)
_NAME_ENDS = re.compile(r"\s*(?:[·|•;,]|\.(?:\s|$)|\s[-–—]\s)")
_YEAR_AFTER = re.compile(r"[\s,]+(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?$")
OWN_NAME_WORDS = 8  # a name a copyright line writes has a few words
HEAD_NAME_LINES = 8  # a site's masthead stands among the page's first lines
SITE_WORDS = 4  # a site's masthead is a few words


def copyright_names(lines: list) -> list:
    """The names the page's copyright lines write as its owner ("© 2025 Name · Privacy"; "© 2025
    Name. All rights reserved."; a rights phrase of a few words before the sign: "Tüm hakları
    saklıdır © 2025 Name"): the words after the sign and the year, up to the line's first
    separator, in the order the lines stand."""
    names = []
    for line in lines:
        match = _COPYRIGHT.match(line or "")
        if not match:
            continue
        name = _NAME_ENDS.split(match.group("name").strip(), maxsplit=1)[0].strip(" .")
        name = _YEAR_AFTER.sub("", name).strip(" .,")  # "© The Campus Paper 2024": the year is none of the name
        if name and len(name.split()) <= OWN_NAME_WORDS and re.search(r"[^\W\d_]{2}", name):
            names.append(name)
    return names


def fuller_form(short: str, full: str) -> bool:
    """Whether ``full`` is a fuller form of ``short``, the outlet's name as a masthead shortens it:
    ``short``'s words begin ``full``, its last word a beginning of the word where it stands
    ("Jazira Protection Monitor": "Jazira Protection Monitoring Network"), or ``short`` is
    ``full``'s initials ("JPM"). A group's name ("X Media Group") is no fuller form of its site."""
    sw, fw = short.split(), full.split()
    if not sw or len(fw) <= len(sw) or company_suffix(full):
        return False
    if len(sw) == 1 and sw[0].isupper():
        return initials_of(sw[0], full)
    if len(sw) < 2:
        return False
    if not all(re.search(r"[^\W\d_]", word) for word in fw[len(sw):]):
        return False  # "Name 2024": a year, no fuller name
    if not all(w.casefold() in _form_kinds() or w.casefold() in small_words() or place_adjective(w)
               for w in fw[len(sw):]):
        return False  # "... Foundation", "... Trust": another body's name, not the outlet's fuller form
    same = all(a.casefold() == b.casefold() for a, b in zip(sw[:-1], fw))
    word, short_word = fw[len(sw) - 1].casefold(), sw[-1].casefold()
    return same and len(short_word) >= 3 and word.startswith(short_word) \
        and (word == short_word or word[len(short_word):] in data_lines("name_word_endings.txt"))


_ADJECTIVE_ENDS = ("ian", "an", "n", "i", "ese", "ish", "ية", "يه", "ي")


def place_adjective(word: str) -> bool:
    """Whether ``word`` is the adjective of a place the gazetteer knows ("Syrian", "Iraqi",
    "السورية", "العراقية"): the place's name with an adjective's ending, the Arabic article aside. A
    masthead's name with its country's adjective after it ("Jazira Forum": "Syrian Jazira Forum")
    is the same outlet's fuller form, as a kind word after it is."""
    from archive.extract.place_datelines import place_names

    places = place_names()
    word = word.casefold().strip(".,;:")
    bare = word[2:] if word.startswith("ال") and len(word) > 4 else word
    if len(bare) < 4:
        return False
    if bare in places or word in places:
        return True  # "سورية" is Syria's own spelling
    for end in _ADJECTIVE_ENDS:
        stem = bare[:-len(end)] if bare.endswith(end) else None
        if stem and len(stem) >= 3 and any(form in places for form in (stem, "ال" + stem, stem + "a", stem + "يا", stem + "ية")):
            return True
    return False


@functools.lru_cache(maxsize=None)
def _form_kinds() -> frozenset:
    words = set(data_lines("outlet_form_kinds.txt")) | set(data_lines("outlet_kinds.txt"))
    return frozenset(w.casefold() for w in words if " " not in w)


# An Arabic group's name: "مجموعة X الإعلامية", "شبكة X الإعلامية"
_ARABIC_GROUP = re.compile(r"^(?:مجموعة|مجموعه|شبكة|شبكه)\s+(?P<lead>\S+)(?:\s+\S+)?\s+(?:الإعلامية|الاعلامية|للإعلام|للاعلام)$")


def group_lead(name: str) -> Optional[str]:
    """The leading word of a group's name ("Badiya" of "Badiya Media Group"; the word after
    "مجموعة" in "مجموعة X الإعلامية"), else None: the name is no group's."""
    arabic = _ARABIC_GROUP.match(name.strip())
    if arabic:
        return arabic.group("lead")
    match = company_suffix(name)
    if not match or not re.search(r"\bgroup$", match.group(), re.I):
        return None
    words = name[:match.start()].split()
    return words[0] if words else None


def group_site(group: str, head: list, lines: list) -> Optional[str]:
    """The site a group's page is: a short line among the page's first lines (its masthead) whose
    first word is the group's leading word and which is not the group ("BADIYA POST" over "© Badiya
    Media Group"), written as the page writes it in mixed case; else None."""
    lead = group_lead(group)
    if not lead:
        return None
    for line in head[:HEAD_NAME_LINES]:
        line = " ".join((line or "").split())
        words = line.split()
        if not 2 <= len(words) <= SITE_WORDS or words[0].casefold() != lead.casefold() \
                or line.casefold() == group.casefold() or re.search(r"[.!?:,;|]", line) or group_lead(line):
            continue
        if any(w[0].islower() and w.casefold() not in small_words() for w in words):
            continue  # "Badiya weather today": a line of words, no name
        if line.isupper():
            pattern = re.compile(r"\b" + r"\s+".join(re.escape(w) for w in words) + r"\b", re.I)
            written = [m.group() for text in lines for m in pattern.finditer(text or "") if not m.group().isupper()]
            line = written[0] if written else line.title()
        return line
    return None


def own_form(outlet: Optional[str], head: list, lines: list, foot: list, known=lambda name: False) -> Optional[str]:
    """The page's own form of its outlet's name where it writes two (module doc): the fuller form
    its copyright line writes of a short name the masthead gives; the site a group's page is, where
    the outlet found is the group (or none) and the masthead names the site; else ``outlet``.
    ``known`` says whether the data knows a name: a known outlet is left as it is, unless the page
    writes a longer name of its own that begins with one of its spellings (:func:`own_longer_name`)."""
    if outlet and known(outlet):
        return own_longer_name(outlet, head, foot, known) or outlet
    if not outlet:
        outlet = site_line_name(head, foot)
        if outlet:
            return outlet
    names = copyright_names(foot)
    if outlet and _CAMEL.fullmatch(outlet):
        spelled = spelled_out(outlet, list(head) + list(foot))
        if spelled and not known(spelled):
            return spelled
    if outlet:
        for name in names:
            if not known(name) and (fuller_form(outlet, name) or cased_form(outlet, name)):
                return name
    for name in names:
        if outlet and bare_name(outlet).casefold() != bare_name(name).casefold() \
                and outlet.casefold() != name.casefold():
            continue
        site = group_site(name, head, lines)
        if site and not known(site):
            return site
    return outlet


def own_longer_name(outlet: str, head: list, foot: list, known) -> Optional[str]:
    """The page's own name where its masthead (one of its first lines) and its copyright line both
    write it, the data does not know it, and it begins with a spelling the data gives the known
    ``outlet`` found ("Lakeside" an alias of "Lakeside Daily Courier"; the page writes "Lakeside
    Weekly" over its headline and in its copyright line): the known name was matched on a part of
    a different, longer name, and the page's own two signs agree on that name. Else None."""
    from archive.extract.outlet_names import known_outlet

    heads = {collapse_whitespace(str(line or "")).casefold() for line in list(head)[:HEAD_NAME_LINES]}
    for name in copyright_names(foot):
        words = name.split()
        if len(words) < 2 or known(name) or known_outlet(name) or name.casefold() not in heads:
            continue
        for n in range(1, len(words)):
            if known_outlet(" ".join(words[:n])) == outlet:
                added = words[n:]
                if all(w[:1].isupper() for w in added) and not all(w.casefold() in _kind_words() for w in added):
                    return name  # "Folha Paulista"; not "… News", nor a script without capitals ("… للأنباء")
                break
    return None


@functools.lru_cache(maxsize=None)
def _kind_words() -> frozenset:
    """Single words saying what kind of outlet a name is ("News", "Agency", "Daily"): a known name
    followed by them is the same outlet's fuller form, no other name."""
    from archive.extract.data import data_lines, data_sections

    words = set(data_lines("outlet_kinds.txt")) | set(data_lines("outlet_acronym_words.txt"))
    for entries in data_sections("outlet_kind_words.txt").values():
        words |= set(entries)
    return frozenset(w.casefold() for w in words if " " not in w and not w.startswith("["))


_PLACE_AFTER = re.compile(r"\s+[·|•–—-]\s+")  # "NAME · Town": a masthead's place after its name


def cased_form(written: str, name: str) -> bool:
    """Whether ``name``, as a copyright line writes it, is the outlet a masthead writes in capitals
    ("LAKE RADIO" for "Lake Radio"), or with its town after a separator ("LAKE RADIO · Hilltown"):
    the same letters, accents folded, the masthead's in capitals."""
    from archive.extract.outlet_names import name_key

    lead = _PLACE_AFTER.split(written, maxsplit=1)[0]
    return lead.isupper() and not name.isupper() and len(lead) >= 4 and name_key(lead) == name_key(name)


_CAMEL = re.compile(r"(?:[A-Z][a-z]+){2,3}")  # a name written as one word of capitalised parts ("LakeStar")
_CAMEL_PART = re.compile(r"[A-Z][a-z]+")
_UPPER_RUN = re.compile(r"(?<![\w'’-])(?:[A-Z][\w'’-]*\s+){1,3}[A-Z][\w'’-]*")
CAMEL_LEAD = 3  # letters a shortened part shares with its word ("Indy" of "Indiana...")


def spelled_out(short: str, lines: list) -> Optional[str]:
    """The name a page writes that a masthead of one word in capitalised parts spells ("LakeStar":
    "Lake Star", "The Lakeland Star"): as many words, a leading "The" apart, each the part or, but
    the last, a word beginning with the part's first letters; the last line's first (a footer's
    "Reporting from ...", a byline's outlet). Else None."""
    parts = [p.casefold() for p in _CAMEL_PART.findall(short)]
    for line in reversed(lines):
        for match in _UPPER_RUN.finditer(line or ""):
            words = match.group().split()
            if words[0].casefold() == "the":
                words = words[1:]
            if len(words) != len(parts) or words[-1].casefold() != parts[-1]:
                continue
            if all(w.casefold() == p or (len(p) >= CAMEL_LEAD and w.casefold()[:CAMEL_LEAD] == p[:CAMEL_LEAD])
                   for w, p in zip(words[:-1], parts[:-1])):
                return match.group()
    return None


# A web host alone ("example-times.com", "example.co.uk/"): a reader view's site line, a slug for a name.
BARE_HOST = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,12}/?$", re.I)
_CAPITALISED_RUN = re.compile(r"(?<![\w])(?:[^\W\d_][\w'’-]*\s+){1,3}[^\W\d_][\w'’-]*")
SITE_LABEL_CHARS = 6  # a site's label long enough to spell a name by itself


def site_line_name(head: list, foot: list) -> Optional[str]:
    """The name a reader view's page writes at its foot ("..., Lake Herald on Telegram.") whose
    letters, accents folded, are its site line's ("lakeherald.com" over the headline); else None."""
    from archive.extract.outlet_names import name_key

    labels = set()
    for line in head[:2]:
        line = (line or "").strip()
        if BARE_HOST.match(line):
            labels.update(part.replace("-", "").casefold() for part in line.rstrip("/").split(".")[:-1]
                          if len(part) >= SITE_LABEL_CHARS)
    if not labels:
        return None
    for line in reversed(foot):
        for match in _CAPITALISED_RUN.finditer(line or ""):
            words = match.group().split()
            for i in range(len(words)):  # the run's capitalised words from each one on
                for j in range(len(words), i + 1, -1):
                    part = words[i:j]
                    if all(w[0].isupper() for w in part) and name_key(" ".join(part)) in labels:
                        return " ".join(part)
    return None
