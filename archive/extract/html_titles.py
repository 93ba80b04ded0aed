"""A saved page's headline where its metadata gives a part of it (issue #13, round 23), by shape:

- **a headline cut short for sharing**: the ``og:title`` (or ``<title>``) is the opening of the
  page's ``<h1>``, which goes on after a comma, a colon, a semicolon or a dash ("Man gets 15 years"
  under ``<h1>`` "Man gets 15 years, judge cites cruelty"): the ``<h1>`` is the headline;
- **a reference code for a title**: the part of ``<title>`` taken is a publication's number
  ("CO20117 | Headline", "Report 12/2020 - Headline": one token holding digits, or a label and
  such a token), the other part is the headline.

- **the site's name beside the headline** (round 26): ``<title>`` "Site -- Headline", "Headline |
  Site", "Site | Section | Headline" where no ``og:title`` or ``<h1>`` gives the headline alone: the
  title is split at its separators and the parts that name the site are dropped: the page's
  ``og:site_name``, a known outlet, the letters of its domain, a short element of the page that
  holds that part alone (the logo, the masthead, the footer), or a section's word
  (``section_words.txt``). What is left, one part of a headline's length, is the headline.

For :mod:`archive.readers.html` (:func:`page_headline`).
"""

from __future__ import annotations

import re
from typing import Optional

_GOES_ON = re.compile(r"^\s*[,;:–—-]\s*\S")
_PARTS = re.compile(r"\s+[|–—-]\s+|\s*\|\s*")
_CODE = re.compile(r"^(?:[^\W\d_]{1,12}\.?\s+)?(?=[\w./-]*\d)[\w./-]{3,20}$")
MIN_HEADLINE_WORDS = 3
MAX_HEADLINE_WORDS = 40


def _clean(text: Optional[str]) -> str:
    return " ".join((text or "").split())


def fuller_heading(title: str, heading: Optional[str]) -> Optional[str]:
    """The page's ``heading`` where ``title`` is its opening and the heading goes on past a comma,
    colon, semicolon or dash (the title cut for sharing); else None."""
    title, heading = _clean(title), _clean(heading)
    if not title or not heading or len(heading.split()) > MAX_HEADLINE_WORDS:
        return None
    if not heading.casefold().startswith(title.casefold()) or len(heading) <= len(title):
        return None
    return heading if _GOES_ON.match(heading[len(title):]) else None


def reference_code(text: str) -> bool:
    """A publication's number rather than a headline ("CO20117", "No. 4/2021", "Brief 12-2020"):
    one token holding a digit, perhaps after a one-word label."""
    text = _clean(text)
    return bool(_CODE.match(text)) and not text.isdigit()  # "1917": a number alone may be a headline


def headline_beside_code(title: str, page_title: Optional[str]) -> Optional[str]:
    """Where ``title`` is a reference code and ``page_title`` (the ``<title>`` text) parts it from
    another part of a headline's length ("CO20117 | Headline"): that part; else None."""
    if not reference_code(title or ""):
        return None
    parts = [p.strip() for p in _PARTS.split(_clean(page_title)) if p.strip()]
    others = [p for p in parts if _clean(p) != _clean(title) and not reference_code(p)
              and MIN_HEADLINE_WORDS <= len(p.split()) <= MAX_HEADLINE_WORDS]
    return max(others, key=len) if len(parts) >= 2 and others else None


_SITE_SEPARATORS = re.compile(r"\s+(?:--|::|[|–—·»]|-)\s+|\s*\|\s*")  # "Site -- Headline", "A | B", "A :: B"
MAX_SITE_WORDS = 5  # a site's or section's name is short
SHORT_ELEMENT_CHARS = 60
_LETTERS = re.compile(r"[^\w]+")


def _squeezed(text: str) -> str:
    """Letters and digits only, case folded: "Nahar Net" and "naharnet.com"'s name compare alike."""
    return _LETTERS.sub("", text.casefold()).replace("_", "")


_SITE_MARKS = re.compile(r"logo|brand|masthead|site-?name|sitetitle|site-title|banner|footer|copyright", re.I)
_SITE_ELEMENTS = ("header", "footer")


def _site_texts(tree) -> set:
    """The squeezed texts of the page's elements that name the site (a logo's cell or its image's
    alt text, the masthead, the header's or footer's name): short, and marked so by their class or
    id, or standing in ``<header>``/``<footer>``."""
    found = set()
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in ("title", "head", "script", "style", "html", "body"):
            continue
        marked = element.tag in _SITE_ELEMENTS or _SITE_MARKS.search(
            (element.get("class") or "") + " " + (element.get("id") or ""))
        if not marked:
            continue
        for inner in element.iter():
            if not isinstance(inner.tag, str):
                continue
            text = " ".join("".join(inner.itertext()).split())
            if text and len(text) <= SHORT_ELEMENT_CHARS:
                found.add(_squeezed(text))
            alt = inner.get("alt")
            if alt and len(alt) <= SHORT_ELEMENT_CHARS:
                found.add(_squeezed(alt))
    found.discard("")
    return found


def _site_part(part: str, names: set, short: set, domain: str) -> bool:
    from archive.extract.outlets import known_outlet
    from archive.extract.section_menus import _section_words

    words = part.split()
    if not words or len(words) > MAX_SITE_WORDS:
        return False
    squeezed = _squeezed(part)
    if not squeezed:
        return True  # a mark alone
    if squeezed in names or (domain and (squeezed == domain or domain.startswith(squeezed) and len(squeezed) >= 4)):
        return True
    if all(word.casefold() in _section_words() for word in words):
        return True  # a section's name ("World", "News")
    if squeezed in short and len(words) <= 3:
        return True  # the page's logo, masthead or footer names it
    return known_outlet(part) is not None and len(words) <= 3


_HEADINGS = ("h1", "h2", "h3", "b", "strong", "font")


def _shown_whole(tree, title: str) -> bool:
    """Whether a heading element of the page's body holds the whole title."""
    whole = _squeezed(title)
    return any(_squeezed("".join(e.itertext())) == whole for e in tree.iter(*_HEADINGS))


def headline_beside_site(title: str, tree, site_names=(), url: Optional[str] = None) -> Optional[str]:
    """The headline where ``title`` joins it to the site's name or section at separators (module
    doc); else None. A part is dropped only where the page names the site so; the one part left has
    a headline's length."""
    title = _clean(title)
    parts = [p.strip() for p in _SITE_SEPARATORS.split(title)]
    if len(parts) < 2 or any(not p for p in parts):
        return None
    names = {_squeezed(n) for n in site_names if n}
    domain = ""
    if url:
        host = re.sub(r"^[a-z]+://", "", url.casefold()).split("/", 1)[0]
        labels = [label for label in host.split(".") if label not in ("www", "m", "amp")]
        domain = _squeezed(labels[0]) if len(labels) >= 2 else ""
    if _shown_whole(tree, title):
        return None  # the page's own heading prints it whole: a headline with a dash of its own
    short = _site_texts(tree)
    kept = [p for p in parts if not _site_part(p, names, short, domain)]
    if len(kept) != 1 or len(kept) == len(parts):
        return None
    headline = kept[0]
    return headline if MIN_HEADLINE_WORDS <= len(headline.split()) <= MAX_HEADLINE_WORDS else None


MIN_KICKER_WORDS = 2  # a kicker the page's <title> keeps: this many words at least ("OLG Hamburg zu X")


def kicker_in_page_title(title: str, tree, page_title: str) -> Optional[str]:
    """The page's ``<title>`` where it joins a kicker to the headline ("Court ruling on returnee:
    Four years and nine months" over ``<h1>`` "Four years and nine months"), the kicker being the
    text of the element right over the ``<h1>`` (the German "Dachzeile", the story's topic line): the
    site titles its story so. Not a section's name or a label in capitals ("Analysis", "EXPERT
    COMMENTARY": a kicker that names the genre is dropped, :mod:`archive.extract.title_kickers`);
    else None."""
    from archive.extract.section_menus import _section_words

    title, page_title = _clean(title), _clean(page_title)
    match = re.match(r"^(?P<kicker>.+?)\s*[:：]\s+(?P<rest>.+)$", page_title)
    if not match or _clean(match.group("rest")).casefold() != title.casefold():
        return None
    kicker = match.group("kicker")
    words = kicker.split()
    if len(words) < MIN_KICKER_WORDS or kicker.isupper() or all(w.casefold() in _section_words() for w in words) \
            or numbered(kicker):
        return None  # a genre's or section's name; a series' numbered issue ("Field Update No. 20")
    headings = tree.xpath("//h1")
    if len(headings) != 1 or _clean(" ".join(headings[0].itertext())).casefold() != title.casefold():
        return None
    over = headings[0].getprevious()
    while over is not None and not isinstance(over.tag, str):
        over = over.getprevious()
    if over is None or _clean(" ".join(over.itertext())).casefold() != kicker.casefold():
        return None
    return page_title


_NUMBERED = re.compile(r"^(?P<rubric>.{2,40}?)\s*(?:[:：|]|\s[–—-])\s+(?P<rest>\S.*)$")


def numbered(rubric: str) -> bool:
    """Whether a rubric ends with the number of a series' issue after a word of ``title_guards.txt
    [series_numbers]`` or "#" ("Field Update No. 20", "Folge 12", "Update #14")."""
    from archive.extract.data import folded_sections

    numbers = folded_sections("title_guards.txt").get("series_numbers", frozenset())
    words = rubric.casefold().replace("#", "# ").split()
    return len(words) >= 2 and bool(re.fullmatch(r"\d{1,4}", words[-1])) \
        and (words[-2] == "#" or words[-2] in numbers or words[-2].rstrip(".:") in numbers)


def numbered_rubric(title: str, tree) -> Optional[str]:
    """The ``<h1>`` where ``title`` joins a numbered rubric of a series to it ("Field Update No. 20:
    Headline", "Dossier n° 4 | Headline", "Folge 12 – Headline") and the page prints the rubric as a
    line of its own (the element over the headline, the breadcrumb's last part): the issue of a series,
    no part of the story's headline (a topic line over the ``<h1>``, numbered by no word of
    ``title_guards.txt [series_numbers]``, stays: :func:`kicker_in_page_title`); else None."""
    match = _NUMBERED.match(_clean(title))
    if not match:
        return None
    rubric, rest = match.group("rubric").strip(), match.group("rest").strip()
    if not numbered(rubric):
        return None
    headings = tree.xpath("//h1")
    if len(headings) != 1 or _clean(" ".join(headings[0].itertext())).casefold() != rest.casefold():
        return None
    key = _squeezed(rubric)
    shown = any(_squeezed(_clean(" ".join(e.itertext()))) == key or _squeezed(_clean((e.text or "").split("/")[-1])) == key
                or _squeezed(_clean(" ".join(e.itertext())).split("/")[-1]) == key
                for e in tree.xpath("//body//*[not(self::title)]"))
    return rest if shown else None


def page_headline(title: Optional[str], tree, site_names=(), url: Optional[str] = None) -> Optional[str]:
    """The headline the page's markup gives in full where ``title`` (read from its metadata) is a
    part of it (module doc); else ``title``; its joiners as the page writes them (:func:`with_joiners`)."""
    return with_joiners(_page_headline(title, tree, site_names, url), tree)


_JOINERS = re.compile("[\u200c\u200d]")


def with_joiners(title: Optional[str], tree) -> Optional[str]:
    """``title`` with the zero-width joiners and non-joiners the page's own headline writes ("ده\u200cها",
    "اردوگاه\u200cهای": Persian, Sorani, Urdu and the Indic scripts write words so), where a reading
    dropped them as unprintable (trafilatura's title): the page's ``<h1>``, ``<title>`` or og:title
    holding the same letters, the joiners aside."""
    if not title or tree is None or _JOINERS.search(title):
        return title
    texts = [" ".join(e.itertext()) for e in tree.xpath("//h1 | //h2 | //title")]
    texts += tree.xpath("//meta[@property='og:title' or @name='twitter:title']/@content")
    for text in texts:
        text = " ".join((text or "").split())
        if not _JOINERS.search(text):
            continue
        bare, where = [], []  # the letters without joiners, each one's place in ``text``
        for at, char in enumerate(text):
            if not _JOINERS.match(char):
                bare.append(char)
                where.append(at)
        found = "".join(bare).find(title)
        if found >= 0:
            return text[where[found]:where[found + len(title) - 1] + 1]
    return title


def _page_headline(title: Optional[str], tree, site_names=(), url: Optional[str] = None) -> Optional[str]:
    if not title or tree is None:
        return title
    page_title = _clean(tree.findtext(".//title"))
    if page_title and _squeezed(title) in {_squeezed(n) for n in site_names if n} and _squeezed(page_title) != _squeezed(title):
        # the site's name in its <h1> over a blog's post (the post's own heading an <h2>): the <title>'s
        # other part, "Headline | Site", where the page prints that part as an element of its own
        named = headline_beside_site(page_title, tree, site_names, url)
        if named and _element_text(tree, named):
            return named
    beside = headline_beside_code(title, page_title) or headline_beside_site(title, tree, site_names, url)
    if beside:
        return beside
    numbered = numbered_rubric(title, tree)
    if numbered:
        return numbered  # "Field Update No. 20: Headline": a series' issue over the <h1>, not the headline's part
    kicked = kicker_in_page_title(title, tree, page_title)
    if kicked:
        return kicked  # the <title> keeps the topic line over the <h1> (round 30)
    headings = tree.xpath("//h1")
    heading = _clean(" ".join(headings[0].itertext())) if len(headings) == 1 else None
    return fuller_heading(title, heading) or shown_headline(title, tree, site_names) or title


_OUTSIDE_HEADLINE = ("nav", "footer", "aside", "form")


def _shared_opening(one: str, other: str) -> int:
    """How many words two headlines open with alike (case and punctuation aside)."""
    count = 0
    for a, b in zip(one.split(), other.split()):
        if _squeezed(a) != _squeezed(b) or not _squeezed(a):
            break
        count += 1
    return count


def shown_headline(title: str, tree, site_names=()) -> Optional[str]:
    """The page's one ``<h1>`` where the title its metadata states (``og:title``, JSON-LD's
    ``headline`` or ``name``) is another wording (round 35): a site words its story once for sharing
    and search ("Turkey strikes in northeast Syria, explained." over ``<h1>`` "Why Is Turkey Bombing
    Power Plants in Syria?"; a video's "Watch ..." over the report's headline), and the headline the
    reader sees is the page's own. Read by structure alone: the ``<h1>`` is the page's only one, of a
    headline's length, outside navigation, footer and the site's marked logo or masthead, names no
    site (the page's stated name, a known outlet, its logo's text) and is no date alone. Where the
    ``<h1>`` holds the metadata's title whole after a kicker ("Urteil in München <title>") or before
    more words, the metadata's title stays (a topic line the template prints in the same element), and
    where both open with the same three words or more and then part (one headline edited: no sign
    which the page means); None where no such ``<h1>`` differs. On the read halves' pages with one
    ``<h1>`` unlike their metadata's title, the truths name the ``<h1>`` 22 times, the metadata's title
    twice (both a kicker before it in the ``<h1>``)."""
    from archive.extract.date_only_lines import only_a_date
    from archive.extract.outlets import known_outlet

    headings = tree.xpath("//body//h1")
    if len(headings) != 1 or not title:
        return None
    element = headings[0]
    heading = _clean(" ".join(element.itertext()))
    words = heading.split()
    if not MIN_HEADLINE_WORDS <= len(words) <= MAX_HEADLINE_WORDS:
        return None
    mine, theirs = _squeezed(heading), _squeezed(title)
    if not mine or not theirs or mine == theirs or theirs in mine:
        return None  # the same headline; or the metadata's whole, a kicker or more words around it in the <h1>
    if mine not in theirs and _shared_opening(heading, title) >= MIN_HEADLINE_WORDS:
        return None  # one headline worded twice from the same opening ("Board restarts river pumps ..."): no sign which
    for node in [element, *element.iterancestors()]:
        if node.tag in _OUTSIDE_HEADLINE or _SITE_MARKS.search(f"{node.get('class') or ''} {node.get('id') or ''}"):
            return None
    if mine in {_squeezed(n) for n in site_names if n} or mine in _site_texts(tree):
        return None
    if known_outlet(heading) is not None or only_a_date(heading):
        return None
    return heading


def _element_text(tree, text: str) -> bool:
    """Whether an element of the page's body holds ``text`` alone (quotes and spaces aside)."""
    key = _squeezed(text)
    return any(_squeezed(_clean(" ".join(e.itertext()))) == key for e in tree.xpath("//body//*[self::h1 or self::h2 or self::h3]"))
