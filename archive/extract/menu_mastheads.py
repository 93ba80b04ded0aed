"""A whole page's masthead over its section menu (round 28): the site's name alone on the page's
first line, the navigation bar of its sections right under it, then the headline.

A page copied whole out of a browser opens as a newspaper's site is laid out: the logo's text
("Lakeside Evening Post", "Η Ώρα της Λίμνης", "Dengê Golê"), the menu of its sections
("Politik  Chronik  Wirtschaft", "Gündem | Dünya | Ekonomi", "سیاسی | اقتصادی"), perhaps a
section's label or a crumb, then the headline. The masthead rules of
:mod:`archive.extract.masthead_outlets` want a second sign of the page before they store a name
the data does not know (a menu stands under a section's label or a kicker too, and a logo's text
is often a fragment of the name), so a page naming its outlet only once stored none.

The sign here is the menu's own words: where two of its entries at least, and half of them, are
the common names of a news site's sections in one of many languages
(``archive/data/menu_sections.txt``: home, news, politics, economy, world, sport, culture, ...),
the bar is the site's navigation, and the one short name line standing over it as the page's
first line is its logo, not a section's label (which stands under the menu, or in it) or a
headline (which stands under both). The name must have a name's shape: two words at least, or
written together with capitals inside ("LakesideOnline": a brand; a logo's single word, "ECHO" of
"Liverpool Echo", is a fragment as often as the name), no digit or
sentence's punctuation, no person's name, no link's or bar's words ("Skip to content" in any
language: its long words in lower case), no section's words alone ("Latest News"). Only where no
other sign of the page named an outlet, and no copyright line names another holder (two names the
data does not know that disagree give none rather than a guess); a name in capitals is stored as the page writes it in
mixed case, else as a name is written.
"""

from __future__ import annotations

import functools
import math
import re
from typing import Optional

from archive.extract.data import data_lines, small_words
from archive.model import collapse_whitespace

MENU_ENTRIES = 3  # a navigation bar lists this many sections at least
SECTION_SHARE = 0.5  # of its entries, this share at least are sections' common names
SECTION_ENTRIES = 2  # and this many at least
NAME_WORDS = (2, 8)  # a masthead's name: two words at least (a single word is often a logo's fragment)
TITLE_GAP = 2  # lines between the menu and the headline: a section's label, a crumb
LOWER_WORD_CHARS = 3  # a lower-case word inside a name is a small one ("im", "de", "och")
_CRUMB = re.compile(r"\s[/>»›]\s|::")
_INTER_CAPS = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]{2,})+")  # "LakesideOnline", "MyLakeside"
_SENTENCE = re.compile(r"[\d.!?؟:;,،\"“”«»()\[\]@/<>|#*+=_~]")


@functools.lru_cache(maxsize=None)
def _sections() -> frozenset:
    return frozenset(line.casefold() for line in data_lines("menu_sections.txt"))


def section_entry(entry: str) -> bool:
    """Whether a menu's entry is a news site's section by its common name, in any language of
    ``menu_sections.txt`` (an entry of several words: each of them, or the whole)."""
    entry = collapse_whitespace(entry).strip(" &").casefold()
    if not entry:
        return False
    if entry in _sections():
        return True
    words = [w for w in re.split(r"[\s&/]+|\s+(?:and|und|et|y|e|و)\s+", entry) if w and w not in ("and", "و")]
    return len(words) > 1 and all(w in _sections() or w.lstrip("و") in _sections() for w in words)


def section_menu_line(raw: str) -> bool:
    """Whether a line, as written, is a news site's navigation bar of sections: entries apart by
    bars or runs of spaces (:func:`archive.extract.masthead_lines.menu_line`), ``MENU_ENTRIES`` at
    least, most of them a section's common name."""
    from archive.extract.masthead_lines import menu_items, menu_line

    if not menu_line(raw) or _CRUMB.search(raw):
        return False  # "Home / Region / Valley", "Home > News": a breadcrumb, no navigation bar
    items = menu_items(raw)
    if len(items) < MENU_ENTRIES:
        return False
    known = sum(section_entry(item) for item in items)
    return known >= max(SECTION_ENTRIES, math.ceil(SECTION_SHARE * len(items)))


_SIDE = re.compile(r"\s+[|–—-]\s+")
_EDITION_WORDS = frozenset({"edition", "version", "service", "édition", "edición", "edição", "edizione", "ausgabe",
                            "editie", "editie", "wydanie", "vydání", "baskı", "nüsha", "نسخة", "الطبعة", "نسخه"})
EDITION_WORDS = 3


def language_edition(side: str) -> bool:
    """Whether a masthead's side names one of its language editions ("English edition", "Édition
    française", "النسخة العربية", "Türkçe baskı"): a few words, one an edition's word, one a
    language's name (``archive/data/language_names.txt``)."""
    from archive.extract.data import alias_table

    names = alias_table("language_names.txt")
    words = [w.casefold() for w in re.findall(r"[^\W\d_]+", side)]
    words = [w[2:] if w.startswith("ال") and w not in _EDITION_WORDS else w for w in words]
    if not 2 <= len(words) <= EDITION_WORDS or not any(w in _EDITION_WORDS or w.startswith("النسخ") for w in words):
        return False
    stems = {w.rstrip("eé") for w in words}  # "française" as "français"
    return any(w in names or "ال" + w in names for w in words) or any(n.rstrip("eé") in stems for n in names if len(n) > 3)


def _name_shaped(name: str) -> bool:
    """Whether a line has a masthead's shape (module doc)."""
    from archive.extract.outlet_names import has_arabic, plausible_name
    from archive.extract.outlet_refusals import a_persons_name, furniture_name

    words = name.split()
    if len(words) == 1 and _INTER_CAPS.fullmatch(name):
        words = re.findall(r"[A-Z][a-z]+", name)  # "LakesideOnline": a brand's words written together
    if not NAME_WORDS[0] <= len(words) <= NAME_WORDS[1] or _SENTENCE.search(name) or not plausible_name(name):
        return False
    if a_persons_name(name) or furniture_name(name) or all(section_entry(w) for w in words):
        return False
    if has_arabic(name):
        return True
    small = small_words()
    for word in words:
        if word[:1].isupper() or word.casefold() in small:
            continue
        if not word[:1].isalpha() or len(word) > LOWER_WORD_CHARS:
            return False  # "Skip to main content", "Hoppa till huvudinnehåll": a link's words
    return words[0][:1].isupper()


def section_menu_masthead(content: list, raw: list, lines: list, title_at: int) -> Optional[str]:
    """The name on the page's first line (notices and links classified as furniture may stand
    over it) with a news site's section menu right under it and the headline a line or two
    further (module doc), else None."""
    from archive.extract.masthead_lines import as_written, masthead_name, menu_line
    from archive.extract.first_line_mastheads import language_switch, title_cased

    at = next((j for j in range(title_at) if j >= len(lines) or lines[j].furniture is None), None)
    if at is None or at >= title_at or title_at - (at + 2) > TITLE_GAP:
        return None
    line = collapse_whitespace(raw[at] if len(raw) == len(content) else content[at])
    if menu_line(line) or language_switch(line):
        return None
    sides = _SIDE.split(line)
    edition = len(sides) == 2 and language_edition(sides[1])  # "Name - English edition": it names itself
    if not edition:
        menu = raw[at + 1] if at + 1 < len(raw) and len(raw) == len(content) else content[at + 1]
        if at + 1 >= title_at or not section_menu_line(menu):
            return None
        if any(section_menu_line(content[j]) or menu_line(content[j]) for j in range(at + 2, title_at)):
            return None  # a second menu under the first: the line over them may be the site's upper bar
    if len(sides) == 2:  # "Name | its tagline": the name's side
        line = sides[0] if edition else masthead_name(line)
    elif len(sides) > 2:
        return None
    if not line or not _name_shaped(line):
        return None
    if line.isupper() and re.search(r"[^\W\d_]", line) and line.upper() != line.lower():
        written = as_written(line, content[at + 1:])
        line = title_cased(written) if written.isupper() else written
    if _other_holder(line, content) or _other_site(line, content, title_at):
        return None  # two names the data does not know disagree: none rather than a guess
    return line


FOOT_LINES = 5


def _other_site(name: str, content: list, title_at: int) -> bool:
    """Whether a web address or mail address over the headline or among the page's last lines
    names a site whose domain does not spell the masthead ("newsdesk@harbourpost.org" under
    "Lakeland Courier"): another site's page, or the masthead a section's."""
    from archive.extract.masthead_lines import domain_labels, label_spells
    from archive.extract.outlet_names import has_arabic

    if has_arabic(name) or not name.isascii():
        return False  # an address cannot spell a name in another script
    labels = domain_labels(content[:title_at] + content[-FOOT_LINES:])
    key = re.sub(r"[^a-z0-9]", "", name.casefold())
    return bool(labels) and not any(label_spells(label, name) or label in key or key in label for label in labels)


def _other_holder(name: str, content: list) -> bool:
    """Whether a copyright line of the page names a holder that is not the masthead, part of it or
    its initials ("© 2022 Harbour Herald" under "Lakeside Herald"); a company's form after the holder
    says it is the publisher (:func:`archive.extract.outlet_footers.footer_outlet` reads it so too),
    which disagrees with no masthead."""
    from archive.extract.masthead_lines import COPYRIGHT_LINE_CHARS, COPYRIGHT_SIGN
    from archive.extract.masthead_outlets import _part_or_initials
    from archive.extract.outlet_footers import copyright_holder

    from archive.extract.outlet_forms import company_suffix

    for line in content:
        if len(line) <= COPYRIGHT_LINE_CHARS and COPYRIGHT_SIGN.search(line):
            holder = copyright_holder(line)
            if holder and _parent_line(line):
                continue  # "© 2024 a Lakeside Media plc subsidiary": the owner, not another site
            if holder and not _part_or_initials(holder, name) and not company_suffix(line.rstrip(" .")):
                return True  # a company's form ("© Lakeside Media Ltd", "Harbour Media Group"): the publisher
    return False


@functools.lru_cache(maxsize=None)
def _parent_words() -> "re.Pattern":
    words = sorted({line.casefold() for line in data_lines("outlet_parent_words.txt")}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.I)


def _parent_line(line: str) -> bool:
    """Whether a copyright line says its holder owns the page's publication ("a ... subsidiary",
    "part of ...": ``archive/data/outlet_parent_words.txt``)."""
    return bool(_parent_words().search(line))
