"""The outlet a plain-text page's own furniture names, where no other sign did (issue #13, round 23).

A page copied whole out of a browser or a mail reader keeps lines that are the outlet's, not the
story's: its own address or domain in a sign-in, subscription, share or print line ("Sign in to
example.com", "Get full access to example.com", "example.org/en/stories/the-story", "example.co.uk ©
2024 ..."); a call to its reader ("Support Lakeside Weekly — we are independent", "Subscribe to The
Lakeside Briefing", "تابعونا على ..."); its logo's text in brackets ("[Logo: Name - Network]"); its
name beside its own initials over the headline ("LWF | Lakeside Water Forum"), the initials used in
the text; a labelled publisher ("Publisher" / "Name", "From: Department of X" under the headline).

Only the page's furniture is read: the lines over the headline and its last ``FOOT_LINES``, short
(``LINE_CHARS`` at most), never a line quoting or crediting a source ("told example.com", "Source:",
"Photo:", "Read more at"). A name the data knows counts alone, except a domain that two furniture
lines give for two outlets; a name it does not know counts where a second, independent sign of the
page agrees (:func:`_agreed`): another furniture line writes it, the file's or folder's name spells
it, a web domain on the page agrees with it. The words are data (``archive/data/outlet_calls.txt``).
Called last by :func:`archive.extract.masthead_outlets.menu_masthead_outlet`, where nothing else named
the outlet.
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from archive.extract.data import data_sections, small_words
from archive.extract.masthead_lines import menu_line
from archive.extract.outlet_forms import initials_of, word_initials
from archive.extract.outlet_lines import Guessed
from archive.extract.spelled_labels import file_spelled, page_spelled
from archive.extract.outlet_names import canonical_outlet, has_arabic, known_outlet, name_key, outlet_from_url, plausible_name, tidy_outlet
from archive.extract.web_hosts import ADDRESS_LINE as _BARE_ADDRESS, LINKED_HOST as _DOMAIN
from archive.model import collapse_whitespace

FOOT_LINES = 8  # the page's foot: its last lines
HEAD_LINES = 8  # where no headline was found, the page's first lines are its head
LINE_CHARS = 160  # a longer line is the story's text, not furniture
SHARE_REACH = 8  # a share box's link, the page's own address alone on its line, stands this near under the headline
NAME_WORDS = 6

# A web domain not in an e-mail address, a path after it or not: "example.com.au", "example.org/en/x".
# A line crediting or quoting a source: its domain is another's ("Source: example.com", "Read more at").
_CREDIT = re.compile(r"\b(?:sources?|via|credits?|photos?|pictures?|images?|read\s+(?:more|the|it|full)|originally|"
                     r"first\s+(?:published|appeared)|republished|courtesy|reporting\s+by|said|says|told|according)\b|"
                     r"[\"“”«»]|المصدر|صورة|نقلا", re.I)


@functools.lru_cache(maxsize=None)
def _calls() -> tuple:
    sections = data_sections("outlet_calls.txt")
    calls = sorted(sections["calls"], key=len, reverse=True)
    call = re.compile(r"^(?:" + "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in calls) + r")\s+(?P<rest>\S.*)$", re.I)
    ends = "|".join(re.escape(w) for w in sections["name_ends"])
    end = re.compile(r"\s+[-–—|]\s+|\s*[:|!?,;()]\s*|\.(?:\s|$)|['’]s?\b|\s+(?:" + ends + r")(?=\s|$)", re.I)
    return call, end


def _spans(content: list, title_at: int) -> list:
    """The indexes of the page's furniture lines: over the headline, and its last ``FOOT_LINES``."""
    head = range(title_at) if title_at > 0 else range(0)
    start = max(title_at + 1, len(content) - FOOT_LINES)
    return [i for i in list(head) + list(range(start, len(content)))
            if content[i] and len(collapse_whitespace(content[i])) <= LINE_CHARS]


def domain_outlet(content: list, title_at: int) -> Optional[str]:
    """The known outlet whose web domain the page's furniture lines give (module doc), else None;
    None too where they give two outlets."""
    found = set()
    under = range(title_at + 1, min(len(content), title_at + 1 + SHARE_REACH)) if title_at >= 0 else range(0)
    shares = [i for i in under if _BARE_ADDRESS.match(collapse_whitespace(content[i] or ""))]  # a share box's link
    for i in _spans(content, title_at) + shares:
        line = collapse_whitespace(content[i])
        if "." not in line or _CREDIT.search(line) or _sentence(line) and not _OWN_LINE.search(line):
            continue  # a credit, a quote; a sentence of the text naming a site ("The report is at example.org.")
        for host in _DOMAIN.findall(line):
            outlet = outlet_from_url("https://" + host)
            if outlet and known_outlet(outlet):
                found.add(known_outlet(outlet))
    return found.pop() if len(found) == 1 else None


SENTENCE_WORDS = 6


def _sentence(line: str) -> bool:
    return len(line.split()) >= SENTENCE_WORDS and bool(re.search(r"[.!?]$", line))


def _call_name(line: str) -> Optional[str]:
    call, end = _calls()
    match = call.match(line)
    if not match:
        return None
    rest = match.group("rest")
    cut = end.search(rest)
    name = tidy_outlet(rest[:cut.start()] if cut else rest).strip(" .")
    words = name.split()
    if not words or len(words) > NAME_WORDS:
        return None
    if not has_arabic(name):
        opening = words[1] if words[0].casefold() == "the" and len(words) > 1 else words[0]
        if not opening[:1].isupper() or not all(w[:1].isupper() or w.casefold() in small_words() or not w[:1].isalpha()
                                                for w in words):
            return None  # "Support independent journalism", "Join the conversation"
    return name if plausible_name(name) else None


def call_outlet(content: list, title_at: int, source_path: Optional[str] = None) -> Optional[str]:
    """The outlet a call to the page's reader names in its furniture ("Support Name — ...",
    "Subscribe to Name", "Discover more from Name"), else None: a known outlet; another name where
    a second sign agrees (module doc)."""
    from archive.extract.outlet_refusals import refused

    named = {}
    for i in _spans(content, title_at):
        name = _call_name(collapse_whitespace(content[i]))
        if name and not refused(name):
            named.setdefault(name_key(name), []).append(name)
    known = {known_outlet(names[0]) for names in named.values() if known_outlet(names[0])}
    if len(known) == 1:
        return known.pop()
    if known:
        return None
    agreed = [names[0] for names in named.values() if len(names) > 1 or _agreed(names[0], content, source_path)]
    return _as_stored(agreed[0]) if len(agreed) == 1 else None


def _as_stored(name: str) -> Optional[str]:
    """A name the data does not know, where the import stores it as written (not where its
    canonical form would cut a word off it: "... Group"), else None."""
    stored = canonical_outlet(name)
    return name if stored in (None, name) else None


def _agreed(name: str, content: list, source_path: Optional[str]) -> bool:
    """Whether a second sign of the page agrees with ``name``: its file's or folder's name spells it,
    or a web domain on the page agrees with it."""
    from archive.extract.folder_outlets import file_spells, folder_spells
    from archive.extract.outlet_domains import file_agrees, page_hosts, sender_agrees

    if file_spells(source_path, name) or folder_spells(source_path, name) or file_agrees(source_path, name):
        return True
    return sender_agrees(name, sorted(page_hosts(content)))


# "[Logo: Name - Network]", "[شعار: ...]", "(Name logo)": a logo's text kept in brackets.
_LOGO = re.compile(r"^[\[(]\s*(?:(?:logo|شعار|الشعار)\s*[:：]?\s*(?P<name>[^\[\]()]+?)|(?P<before>[^\[\]()]+?)\s+logo)\s*[\])]$", re.I)
_PARTS = re.compile(r"\s+[-–—|/]\s+|\s*\|\s*")
LOGO_LINES = 3


def logo_text_outlet(content: list, source_path: Optional[str] = None) -> Optional[str]:
    """The known outlet a logo's bracketed text among the page's first lines names, else None."""
    for line in content[:LOGO_LINES]:
        match = _LOGO.match(collapse_whitespace(line or ""))
        if not match:
            continue
        text = (match.group("name") or match.group("before") or "").strip()
        for part in [text] + _PARTS.split(text):
            if known_outlet(part.strip()):
                return known_outlet(part.strip())
    return None


# "LWF | Lakeside Water Forum", "Lakeside Water Forum (LWF)", "LWF" over "Lakeside Water Forum".
_SHORT = re.compile(r"^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z&]{1,7}$")
_PAIR = re.compile(r"^(?P<a>[^|–—()]+?)\s*(?:\s[-–—]\s|\||\()\s*(?P<b>[^|–—()]+?)\)?$")


def _full_name(name: str) -> bool:
    words = name.split()
    return 2 <= len(words) <= 10 and all(w[:1].isupper() or w.casefold() in small_words() for w in words) \
        and plausible_name(name)


def initials_outlet(content: list, title_at: int, source_path: Optional[str] = None) -> Optional[str]:
    """The name over the headline written beside its own initials, the text under it using them
    ("MAG | Mines Advisory Group" over "... a MAG team leader said"), or beside a short form the file
    is filed under ("research/LWF/..." under "LWF – Lakeside Water Forum"); a public body's name alone
    among the first lines whose initials the page under it uses ("Department of Lake Affairs" over
    "DLA Media: ..."): two signs of one name."""
    head = content[:title_at] if title_at > 0 else content[:HEAD_LINES]
    text = " ".join(content[title_at + 1:] if title_at >= 0 else content)
    pairs = []  # (short or full, full or short, written on one line or not)
    for i, line in enumerate(head):
        line = collapse_whitespace(line or "")
        match = _PAIR.match(line) if len(line) <= 100 else None
        if match:
            pairs.append((match.group("a").strip(), match.group("b").strip(), True))
        if i + 1 < len(head) and not menu_line(head[i + 1] or "") and not menu_line(head[i] or ""):
            pairs.append((line, collapse_whitespace(head[i + 1] or ""), False))
    for a, b, one_line in pairs:
        short, full = (a, b) if _SHORT.match(a) else (b, a)
        if not _SHORT.match(short) or not _full_name(full) or full.isupper():
            continue
        if initials_of(short, full) and _used(short, text) or _filed_under(short, source_path):
            return known_outlet(full) or _as_stored(full)
    for line in head[:ORG_HEAD_LINES]:  # "Department of Lake Affairs" alone, "DLA" in the page under it
        line = collapse_whitespace(line or "")
        letters = word_initials(re.findall(r"[^\W\d_]+", line), small_words())
        if len(letters) >= INITIALS and letters.isupper() and _full_name(line) and _bodies().search(line) \
                and _used(letters, text):
            return known_outlet(line) or _as_stored(line)
    return None


ORG_HEAD_LINES = 3  # a public body's name alone stands among the page's first lines
INITIALS = 3


def _used(short: str, text: str) -> bool:
    return bool(re.search(r"(?<![\w-])" + re.escape(short) + r"(?![\w-])", text))


def _filed_under(short: str, source_path: Optional[str]) -> bool:
    """Whether the file's folder, or its name's first word, is ``short`` ("research/LWF/...",
    "lwf-report-2024.txt"): the collector filed the page under the initials the page pairs with a name."""
    if not source_path or source_path.startswith("<") or len(short) < INITIALS:
        return False
    parts = [p for p in re.split(r"[\\/]", source_path) if p]
    first = re.split(r"[-_\s.]+", parts[-1])[0] if parts else ""
    return short.casefold() in {first.casefold()} | {p.casefold() for p in parts[:-1][-1:]}


# "Publisher" over "Name", "Publisher: Name", "Issued by: Name"; under the headline "From: Department of X".
_PUBLISHER = re.compile(r"^(?:publisher|published\s+by|issued\s+by|الناشر)\s*[:：]?\s*(?P<name>.*)$", re.I)
_FROM = re.compile(r"^from\s*[:：]\s*(?P<name>[^<>@]+)$", re.I)
FROM_REACH = 4  # a "From:" line stands this near under the headline


@functools.lru_cache(maxsize=None)
def _bodies() -> re.Pattern:
    words = data_sections("outlet_calls.txt")["organisation_words"]
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)


def labelled_outlet(content: list, title_at: int) -> Optional[str]:
    """The publisher a labelled line of the page's furniture names: a known outlet, or a body's name
    (a ministry, a department, an office: ``outlet_calls.txt`` [organisation_words]), else None."""
    spans = _spans(content, title_at)
    under = range(title_at + 1, min(len(content), title_at + 1 + FROM_REACH)) if title_at >= 0 else range(0)
    for i in spans + list(under):
        line = collapse_whitespace(content[i] or "")
        match = _PUBLISHER.match(line) or (_FROM.match(line) if i in under else None)
        if not match:
            continue
        name = match.group("name").strip(" .")
        if not name and match.re is _PUBLISHER and i + 1 < len(content):
            name = collapse_whitespace(content[i + 1] or "").strip(" .")
        if not name or len(name) > 100:
            continue
        if known_outlet(name):
            return known_outlet(name)
        if _full_name(name) and _bodies().search(name):
            return _as_stored(name)
    return None


# A web page's logo as its text gives it (its alt text): "شعار مجلس ...", "Logo of the X", "X logo".
_LOGO_ALT = re.compile(r"^(?:(?:logo|شعار)(?:\s+of)?(?:\s+the)?\s*[:：]?\s*(?P<name>\S.*?)|(?P<before>\S.*?)\s+logo)$", re.I)


def logo_alt_outlet(head: list) -> Optional[str]:
    """The outlet a web page's logo names in its head lines (its alt text: "شعار مجلس ...", "X logo"):
    a known outlet, or a public body's name (``outlet_calls.txt`` [organisation_words]), else None."""
    for line in head[:LOGO_LINES]:
        match = _LOGO_ALT.match(collapse_whitespace(line or ""))
        if not match:
            continue
        name = (match.group("name") or match.group("before") or "").strip(" .")
        if known_outlet(name):
            return known_outlet(name)
        if len(name.split()) <= 8 and _bodies().match(name) and (has_arabic(name) or _full_name(name)):
            return _as_stored(name)
    return None


def page_furniture_outlet(head: list, foot: list, lines=()) -> Optional[str]:
    """The outlet a web page's own lines around its text name (its logo, its domain or a call to
    its reader in a furniture line), read as a text page's are, its text left out; else the holder
    its footer's copyright line names, where another of its lines writes it too (:func:`foot_holder`)."""
    content = list(head) + [""] + list(foot)
    return logo_alt_outlet(list(head)) or domain_outlet(content, len(head)) or call_outlet(content, len(head)) \
        or foot_holder(head, foot, lines)


HOLDER_LINE_CHARS = 200


def foot_holder(head: list, foot: list, lines=()) -> Optional[str]:
    """The holder a copyright line of the page's footer names (:func:`archive.extract.outlet_footers.
    footer_outlet`: "© Name · all rights reserved", "جميع الحقوق محفوظة لـ Name"), where the data knows
    it, or a line of the page's head (its title's part, its stated or logo's name) or of its text
    (its dateline: "دمشق - Name:") writes it too: two of the page's own signs agree (round 35). Else
    None. The last copyright line is read."""
    from archive.extract.outlet_footers import COPYRIGHT_LINE, footer_outlet

    for line in reversed(list(foot)):
        line = collapse_whitespace(line or "")
        if len(line) > HOLDER_LINE_CHARS or not COPYRIGHT_LINE.search(line):
            continue
        name = footer_outlet(line)
        if not name:
            continue
        if known_outlet(name):
            return known_outlet(name)
        again = re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])")
        if any(name_key(name) == name_key(str(h)) for h in head if h) \
                or any(again.search(collapse_whitespace(str(x))) for x in list(head) + list(lines) if x and x != line):
            return name
        return None
    return None


def furniture_outlet(content: list, title_at: int, source_path: Optional[str] = None) -> Optional[str]:
    """The outlet the page's furniture names (module doc), else None."""
    return domain_outlet(content, title_at) or logo_text_outlet(content, source_path) \
        or call_outlet(content, title_at, source_path) or initials_outlet(content, title_at, source_path) \
        or labelled_outlet(content, title_at) or head_part_outlet(content, title_at) \
        or office_outlet(content) or own_domain_outlet(content, title_at, source_path)


# "Section -- Known Outlet", "Known Outlet | Programme": a head line of two or three parts.
_HEAD_PARTS = re.compile(r"\s+(?:-{1,2}|–|—|\||/|·)\s+|\s*\|\s*")
HEAD_PART_LINES = 3


def head_part_outlet(content: list, title_at: int) -> Optional[str]:
    """The known outlet one part of a line among the page's first lines over the headline names
    ("Lakeside Monitor -- The Jamestown Foundation"), the line no menu (two or three parts), else None;
    marked as a guess (:class:`archive.extract.outlet_lines.Guessed`), which the body's signs outrank."""
    for line in content[:min(HEAD_PART_LINES, title_at)]:
        line = collapse_whitespace(line or "")
        parts = [p.strip() for p in _HEAD_PARTS.split(line) if p.strip()]
        if not 2 <= len(parts) <= 3 or menu_line(line) or len(line) > 100:
            continue
        known = {known_outlet(p) for p in parts if known_outlet(p)}
        if len(known) == 1:
            return Guessed(known.pop())  # a masthead beside its tagline or its programme: the weakest sign
    return None


@functools.lru_cache(maxsize=None)
def _offices() -> re.Pattern:
    words = sorted(data_sections("outlet_calls.txt")["office_signatures"], key=len, reverse=True)
    return re.compile(r"^(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\s*(?P<name>\S.*)$", re.I)


OFFICE_LINES = 6


def office_outlet(content: list) -> Optional[str]:
    """The public body whose press office signs the page at its foot ("Press Office of the Ministry of
    Water", "المكتب الإعلامي لوزارة ..."), else None: a known outlet, or a body's name."""
    for line in reversed(content[-OFFICE_LINES:]):
        line = collapse_whitespace(line or "").strip(" .")
        match = _offices().match(line) if len(line) <= 100 else None
        if not match:
            continue
        name = re.sub(r"^the\s+", "", match.group("name").strip(), flags=re.I)
        if known_outlet(name):
            return known_outlet(name)
        if _bodies().match(name) and (has_arabic(name) or _full_name(name)) and len(name.split()) <= 8:
            return _as_stored(name)
    return None


# A line of the page's own furniture that gives its domain: its address alone, or a sign-in or
# subscription line ("You're receiving this because you subscribed at example.com.au").
_OWN_LINE = re.compile(r"subscri|sign(?:ed)?\s+(?:in|up)|log\s*in|access|receiving|unsubscribe", re.I)
_FILE_TOKENS = re.compile(r"[-_\s.()]+")


def own_domain_outlet(content: list, title_at: int, source_path: Optional[str] = None) -> Optional[str]:
    """A name for the page's own domain that the data does not know, where the file's name opens
    with the domain's label ("theargus.co.uk/news/..." at the foot of "argus-court-case.txt": "The
    Argus"; "subscribed at lakeside.com.au" in "lakeside-issue-2024-10-31.txt": "Lakeside"), the
    file's words in capitals: the page and its collector name the site alike (two signs)."""
    if not source_path or source_path.startswith("<"):
        return None
    from archive.extract.outlet_domains import host_labels

    stem = re.split(r"[\\/]", source_path)[-1].rsplit(".", 1)[0]
    tokens = [t for t in _FILE_TOKENS.split(stem.casefold()) if t]
    found = set()
    for i in _spans(content, title_at):
        line = collapse_whitespace(content[i])
        if "." not in line or _CREDIT.search(line) or not (_BARE_ADDRESS.match(line) or _OWN_LINE.search(line)):
            continue
        for host in _DOMAIN.findall(line):
            if outlet_from_url("https://" + host):
                continue
            for label in host_labels(host)[:1]:
                name = file_spelled(label.replace("-", ""), tokens)
                if name:
                    found.add(page_spelled(label.replace("-", ""), content) or name)
    return found.pop() if len(found) == 1 else None
