"""The outlet a page names only by its own web address (issue #13, round 26).

Some pages name their outlet nowhere but in their address: a "Permalink: https://www.site.org/..."
line at the foot, the address a browser printed over the text, a web page's own URL. A reader
takes the site's name from the domain's label, read as words: "lakesidemonitor" is "Lakeside
Monitor". :func:`domain_outlet` segments the label by dynamic programming over a word cost:

- the words come from the page's own text, as it writes them ("Lakeside" capitalised), and from
  general word data (``english_words.txt``, the stop words, the words of the outlets the data
  knows: "Monitor", "Herald", "Times", ...); a word the page writes costs less than one it does not;
- every piece must be a word (three letters at least, or a joining word of
  ``name_small_words.txt``); the segmentation is sure where it is the only one of least cost, in
  two to ``MAX_WORDS`` words, or one word the page itself writes capitalised ("Lakesider");
- the name's words are capitalised as the page writes them, else in title case, joining words
  in lower case.

Where no segmentation is sure, the domain stands for the name where the page writes it as a name,
with capitals ("LakesideNews.net"), or where the page is in another script than Latin (its
address is the one Latin form of its name a reader has: "lakesidenews.net" over an Arabic page).
A page in Latin letters that writes its site's name nowhere but in a lower-case address names
none (round 28: a reader would not call "The Lakeside News" "lakesidenews.net"; no outlet is
better than a wrong one).

A copyright line whose holder is a site ("© 1998-2005 LakeNews.com") names it too: as written
where the page capitalises it, else read as an address is.

Only the page's own address counts: a line that is an address alone, or a short label and an
address ("Permalink:", "Source:", "URL:"), among the page's first or last lines. A record's URL
field is not read here (tried: a scraper's export of many outlets, whose names are brands no
segmentation gives, "Inkstick" read as "Ink Stick", lost more than it gained); a social network's, a web archive's or a link shortener's host is no outlet's
(``archive/data/outlet_hosts.txt``), and a page whose edges give two hosts names none.
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from archive.extract.data import data_lines, small_words
from archive.extract.web_hosts import url_host

MAX_WORDS = 5
MIN_WORD = 3  # a piece shorter than this is a joining word or none
HEAD_LINES, FOOT_LINES = 4, 8
LABEL_WORDS = 3  # "Permalink:", "Source URL:", "Link to this page:"
PAGE_COST, GENERAL_COST = 1.0, 1.6  # a word the page writes is cheaper than one it does not
_ADDRESS = re.compile(r"^(?:(?P<label>[^\W\d_][\w ]{0,30}?)\s*:\s*)?<?(?P<url>(?:https?://|www\.)\S+?)>?\s*$", re.I)
_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_ADDRESSES = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+|(?<![\w.])(?:[\w-]+\.)+[a-z]{2,}(?:/\S*)?", re.I)
_SECOND_LEVEL = {"co", "com", "org", "net", "gov", "ac", "edu", "or", "ne", "go"}  # "site.co.uk", "site.com.tr"
_SKIP_LABELS = {"www", "m", "amp", "mobile", "en", "ar", "fr", "de", "english", "arabic", "news", "web"}


@functools.lru_cache(maxsize=None)
def _no_outlet_hosts() -> frozenset:
    return frozenset(line.casefold() for line in data_lines("outlet_hosts.txt"))


@functools.lru_cache(maxsize=None)
def general_words() -> frozenset:
    """Words of general data a domain's label may be read into (module doc), case folded."""
    from archive.extract.outlet_names import outlet_table

    words = {w.casefold() for w in data_lines("english_words.txt")}
    words |= {w.casefold() for w in data_lines("stopwords.txt") if len(w) >= MIN_WORD}
    for outlet in outlet_table().outlets:
        for name in [outlet.name] + list(outlet.aliases):
            words.update(t.casefold() for t in _TOKEN.findall(name) if t.isascii() and len(t) >= MIN_WORD)
    return frozenset(words)


def own_host(lines_head: list, lines_foot: list, url: Optional[str] = None) -> Optional[str]:
    """The host of the page's own address (module doc), "www." aside, else None."""
    hosts = []
    for line in list(lines_head[:HEAD_LINES]) + list(lines_foot[-FOOT_LINES:]):
        match = _ADDRESS.match(" ".join(str(line or "").split()))
        if not match or (match.group("label") and len(match.group("label").split()) > LABEL_WORDS):
            continue
        hosts.append(_site(url_host(match.group("url"))))
    if url:
        hosts.append(_site(url_host(url)))
    hosts = [h for h in dict.fromkeys(hosts) if h]
    return hosts[0] if len(hosts) == 1 else None


def _site(host: str) -> Optional[str]:
    """The site a host is on (its registered domain: "news.lakeside.org" -> "lakeside.org"), or
    None for a host that is no outlet's own."""
    labels = [label for label in host.casefold().split(".") if label]
    if len(labels) < 2 or not all(re.fullmatch(r"[a-z0-9-]+", label) for label in labels):
        return None
    keep = 3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2 else 2
    site = labels[-keep:]
    if site[0] in _no_outlet_hosts() or ".".join(site) in _no_outlet_hosts():
        return None
    return ".".join(site)


def page_words(lines) -> dict:
    """``{folded word: the form the page writes it in}``, a capitalised form before one in lower case."""
    forms: dict = {}
    for line in lines:
        for token in _TOKEN.findall(_ADDRESSES.sub(" ", str(line or ""))):
            if not token.isascii():
                continue
            key = re.sub(r"[^a-z]", "", token.casefold())
            if len(key) < 2:
                continue
            if key not in forms or (token[:1].isupper() and not forms[key][:1].isupper() and not token.isupper()):
                forms[key] = token
    return forms


def segment(label: str, own: dict) -> Optional[list]:
    """The words a label of letters is read into (module doc), as the page writes them; None
    where no reading is sure."""
    general, small = general_words(), {w.casefold() for w in small_words()}
    n = len(label)
    best = [(0.0, 0)] + [(float("inf"), 0)] * n  # (cost, readings of that cost, up to 2)
    back: list = [None] * (n + 1)
    for i in range(1, n + 1):
        for j in range(max(0, i - 24), i):
            piece = label[j:i]
            if best[j][0] == float("inf"):
                continue
            if piece in own and (len(piece) >= MIN_WORD or piece in small):
                cost = PAGE_COST
            elif piece in general and len(piece) >= MIN_WORD or piece in small:
                cost = GENERAL_COST
            else:
                continue
            total = best[j][0] + cost
            if total < best[i][0] - 1e-9:
                best[i], back[i] = (total, best[j][1]), j
            elif abs(total - best[i][0]) <= 1e-9:
                best[i] = (total, 2)
    if best[n][0] == float("inf") or best[n][1] > 1:
        return None
    pieces, i = [], n
    while i > 0:
        pieces.append(label[back[i]:i])
        i = back[i]
    pieces.reverse()
    if len(pieces) > MAX_WORDS or pieces[0] in small and len(pieces) == 1:
        return None
    if len(pieces) == 1 and not own.get(pieces[0], "")[:1].isupper():
        return None  # one word: only one the page writes as a name
    words = []
    for k, piece in enumerate(pieces):
        form = own.get(piece)
        if k and piece in small:
            words.append(piece)
        elif form and form[:1].isupper():
            words.append(form)
        else:
            words.append(piece.capitalize())
    return words


def record_domain_outlet(raw) -> Optional[str]:
    """:func:`domain_outlet` for a reader's record: its page's lines (a text page's own, a web
    page's head and foot around its text)."""
    from archive.extract.outlet_guards import page_lines

    page = page_lines(raw, [p for p in (raw.body or "").split("\n") if p.strip()])
    head = page.lines[:HEAD_LINES] if page.whole else page.head
    foot = page.lines[-FOOT_LINES:] if page.whole else page.foot
    return domain_outlet(list(head), list(foot), page.lines)


def copyright_site(foot: list) -> Optional[str]:
    """The site a copyright line of the page's foot names as its holder ("© 1998-2005 LakeNews.com."),
    as written, else None."""
    from archive.extract.outlet_forms import copyright_names
    from archive.extract.web_hosts import DOMAIN_ONLY

    for name in copyright_names(foot):
        match = DOMAIN_ONLY.match(name)
        if match and _site(match.group(1)):
            return name
    return None


def domain_outlet(head: list, foot: list, lines: list, url: Optional[str] = None) -> Optional[str]:
    """The outlet's name the page's own address gives (module doc), else None."""
    site = own_host(head, foot, url)
    if not site:
        spelled = _bare_host_acronym(head, lines)
        if spelled:
            return spelled  # a reader view's bare address over a page writing its acronym (round 31)
        held = copyright_site(foot)
        if not held or held != held.lower():
            return held  # the holder as the page writes it ("LakeNews.com")
        site = _site(held)
    from archive.extract.outlet_names import outlet_from_url

    label = site.split(".")[0]
    if label in _SKIP_LABELS or outlet_from_url("https://" + site):
        return None  # a site the data knows: the outlet signs have read it
    own = page_words(lines)
    parts = [segment(part, own) if part.isalpha() else None for part in label.split("-")]
    if all(parts) and parts:
        return " ".join(w for part in parts for w in part)
    spelled = acronym_split(label, lines, own)
    if spelled:
        return spelled
    written = re.compile(r"(?<![\w.])" + re.escape(site) + r"(?![\w])", re.I)
    for line in lines:
        for match in written.finditer(str(line or "")):
            if match.group() != match.group().lower():
                return match.group()
    stated = _stated_in_import(site)
    if stated:
        return stated  # the site name the import's own rows or pages state beside this address
    if _latin_page(lines):
        return None  # an address in lower case is no name a page in Latin letters writes (round 28)
    return site  # a page in another script: its Latin address is the one Latin form of the name


_CAPITALS = re.compile(r"(?<![\w.])[A-Z]{2,6}(?![\w.])")


def acronym_split(label: str, lines: list, own: dict) -> Optional[str]:
    """The name a domain's label spells where the page writes its acronym (round 31):
    "europeanwesternbalkans" over a page writing "EWB" is "European Western Balkans", the one split of
    the label into words of ``MIN_WORD`` letters at least whose initials are the acronym's letters,
    half of its words at least words of the page or of the word data. Else None."""
    if not label.isalpha():
        return None
    general = general_words()
    acronyms = {token.casefold() for line in lines for token in _CAPITALS.findall(str(line or ""))}
    found = set()
    for acronym in acronyms:
        if len(acronym) < 2 or acronym[0] != label[0]:
            continue
        for pieces in _splits(label, acronym):
            if 2 * sum(piece in own or piece in general for piece in pieces) >= len(pieces):
                found.add(tuple(pieces))
    if len(found) != 1:
        return None
    pieces = found.pop()
    return " ".join(own[piece] if own.get(piece, "")[:1].isupper() else piece.capitalize() for piece in pieces)


_BARE_HOST = re.compile(r"^(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})$")


def _bare_host_acronym(head: list, lines: list) -> Optional[str]:
    """The name a bare address alone on one of the page's first lines spells with the acronym the
    page writes (:func:`acronym_split`): a reader view's site line ("lakesidewatchreview.org") is
    no name in itself (round 28), but its label split by the acronym the page writes is."""
    for line in head[:HEAD_LINES]:
        match = _BARE_HOST.match(" ".join(str(line or "").split()))
        site = _site(match.group(1)) if match else None
        if site:
            from archive.extract.outlet_names import outlet_from_url

            if outlet_from_url("https://" + site):
                return None
            return acronym_split(site.split(".")[0], lines, page_words(lines))
    return None


def _splits(label: str, acronym: str) -> list:
    """The splits of ``label`` into ``len(acronym)`` pieces of ``MIN_WORD`` letters at least, the
    k-th opening with the acronym's k-th letter."""
    if len(acronym) == 1:
        return [[label]] if len(label) >= MIN_WORD and label[0] == acronym else []
    found = []
    for cut in range(MIN_WORD, len(label) - MIN_WORD * (len(acronym) - 1) + 1):
        if label[0] == acronym[0] and label[cut] == acronym[1]:
            found += [[label[:cut]] + rest for rest in _splits(label[cut:], acronym[1:])]
    return found


def _stated_in_import(site: str) -> Optional[str]:
    """The one site name the running import's files state beside an address on ``site`` (its
    rows' URL and outlet cells, its pages' og:url and og:site_name), else None
    (:func:`archive.extract.import_outlets.site_of_domain`)."""
    from archive.extract.import_outlets import current
    from archive.extract.web_hosts import site_host

    stated = {name.casefold(): name for name in current().hosts.get(site_host(site) or "", ())}
    return next(iter(stated.values())) if len(stated) == 1 else None


LATIN_SHARE = 0.5  # a page whose letters (its address lines aside) are this share Latin at least


def _latin_page(lines) -> bool:
    """Whether the page's text (its address lines aside) is written in Latin letters mostly."""
    letters = [ch for line in lines for ch in _ADDRESSES.sub(" ", str(line or "")) if ch.isalpha()]
    latin = sum(1 for ch in letters if ch.isascii() or "\u00c0" <= ch <= "\u024f")
    return bool(letters) and latin >= LATIN_SHARE * len(letters)


def credit_spelled(domain: Optional[str], credits) -> Optional[str]:
    """The name a record's byline field writes that spells the label of its outlet field, only a
    domain ("nuhev.com" and the byline "Nûhev"; "lakeside-post.org" and "Lakeside Post"): the
    desk's credit is the site's name as it writes it, the two fields agree (round 36b); else None."""
    from archive.extract.outlet_names import name_key, plausible_name
    from archive.model import collapse_whitespace

    if not domain or not _BARE_HOST.match(str(domain).strip().lower()):
        return None
    host = str(domain).strip().lower()
    labels = {part.replace("-", "") for part in host.split(".")[:-1] if part not in ("www", "m", "amp")}
    if isinstance(credits, str):
        credits = [credits]
    for credit in credits or []:
        credit = collapse_whitespace(str(credit or "")).strip()
        if 0 < len(credit.split()) <= MAX_WORDS and name_key(credit) in labels and len(name_key(credit)) >= 4 \
                and plausible_name(credit) and not re.search(r"\.[a-z]{2,}$", credit, re.I):
            return credit
    return None
