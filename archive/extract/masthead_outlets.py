"""An outlet named by a page's masthead: the short name line a site prints at its top, over or
under its menu (issue #13, round 9).

A page saved as text keeps its top: the logo's text ("Lakeside Herald", "KTV News", "صحيفة
البحيرة"), the menu beside it ("Home  News  World  Opinion", "الرئيسية | محليات | دولي"), then a
section label and the headline. A line of a few words that stands right next to such a menu, over
the headline, is the publication's own name: the masthead. The menu is what makes it one; a short
line alone over a headline may be a section ("World", "محليات") or a kicker.

The masthead names the publication as it calls itself; a copyright line names the company that
holds its rights ("© KTV 2022" under "KTV News", "Copyright LMN" under "Lakeside Herald",
"Lakeside Radio Network" under "LRN"), a byline may name the network. So the masthead wins over any
outlet the data does not know; an outlet the data knows, read from a line, dateline or footer,
stays (its one name is the data's).

Arabic mastheads the data does not know count too, written as the page writes them without a
kind word ("صحيفة البحيرة" -> "البحيرة"), as they do for a footer's holder; the halves' truths
disagree there (see :func:`archive.extract.outlet_signs.masthead_outlet`), and this follows the
later halves (fresh5, fresh6), which name an Arabic-only outlet by its Arabic name.

A name on the page's first line with no menu beside it, confirmed by the page itself (its
dateline, its tagline, its edition's word): :mod:`archive.extract.first_line_mastheads`.

Where nothing named the outlet yet, the page's own lines about itself may (round 19): the
reporter's role (:mod:`archive.extract.outlet_roles`), a known outlet's name with a label after it
(:mod:`archive.extract.outlet_trailers`), a name that a web domain on the page agrees with
(:mod:`archive.extract.outlet_domains`), a note at the foot about the publisher or how to cite
the page (:func:`archive.extract.about_outlets.foot_note_outlet`).
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from archive.extract.outlet_forms import BARE_HOST, word_initials
from archive.extract.data import small_words
from archive.extract.masthead_file_names import file_named_masthead, file_writes_arabic_name
from archive.extract.masthead_footers import foot_form, foot_masthead, named_at_foot
from archive.extract.furniture_outlets import furniture_outlet
from archive.extract.crumb_mastheads import crumb_masthead
from archive.extract.logo_names import labelled_logo
from archive.extract.menu_mastheads import section_menu_masthead
from archive.extract.self_named_lines import account_bar_masthead, source_line, tagline_masthead
from archive.extract.source_credits import plain_lines
from archive.extract.about_outlets import (
    contact_outlet, foot_note_outlet, issue_note_outlet, published_note_outlet, self_named_masthead, sender_outlet,
    subscription_outlet)
from archive.extract.first_line_mastheads import (  # noqa: F401 (_dateline_alone: tests import it here)
    _dateline_alone, _dateline_masthead, _dateline_spelled, _edition_masthead, _issue_masthead, _language_masthead,
    _named_again,
    _tagline_masthead, kind_masthead)
from archive.extract.outlet_names import (
    bare_name,
    canonical_outlet,
    is_known,
    known_outlet,
    name_key,
    plausible_name,
)
from archive.extract.folder_outlets import file_spells, folder_spells, saved_title_site
from archive.extract.masthead_lines import (  # noqa: F401 (masthead_name: callers import it here too)
    BYLINE_REACH, COPYRIGHT_LINE_CHARS, COPYRIGHT_SIGN, MENU_ITEM_WORDS, MENU_ITEMS, OTHER_LINE_CHARS, REACH,
    bilingual_name, domain_labels, holds_in_a_row, label_spells, masthead_name, menu_items, menu_line, site_spelled,
    spelled_out)
from archive.extract.outlet_addresses import email_outlet
from archive.extract.outlet_footers import copyright_holder
from archive.extract.outlet_lines import best_outlet
from archive.extract.outlet_refusals import a_persons_name, furniture_name
from archive.extract.outlet_roles import role_outlet, role_spells
from archive.extract.outlet_trailers import trailed_name_outlet
from archive.extract.publisher_lines import PUBLISHER_LINE, credited_in, published_by
from archive.extract.outlet_domains import file_agrees, foot_domain_outlet, header_domain_outlet
from archive.extract.outlet_signs import dated_dateline_outlet
from archive.model import collapse_whitespace

TAGLINE_LINES = 1  # a line under the logo's name, over the menu

NONE = (None, False, None)


def page_masthead(content: list, raw: list, title_at: int, skip=frozenset()) -> tuple:
    """``(name, over, at)``: the masthead over the headline at ``title_at``: the name line over
    the page's first menu (the upper of two: a tagline may stand under the name; a link's line
    may stand between, "Get the app"; ``over`` True), else right under it when the menu opens the
    page (``over`` False: the weaker sign, as a section's label stands there too), ``at`` its
    line; ``(None, False, None)`` without a menu by a name. A menu is a line of entries or a run
    of lines of one entry each ("الرئيسية" / "محليات" / "دولي" / "رياضة").
    ``skip`` are the indexes of lines that are no name (links to skip to the content)."""
    top = min(title_at, REACH, len(content))
    for i in range(top):
        items = _menu_at(content, raw, i, title_at)
        if not items:
            continue
        names, links = [], 0
        for j in range(i - 1, -1, -1):
            name = masthead_name(content[j]) if j not in skip else None
            if name:
                names.append((name, True, j))
                if len(names) > TAGLINE_LINES:
                    break
            elif not names and j > 0 and PUBLISHER_LINE.match(content[j]) and masthead_name(content[j - 1]):
                return masthead_name(content[j - 1]), True, j - 1  # a publication over its publisher's line
            elif names or not (j in skip or _link_line(content[j])) or links:
                break
            else:
                links += 1  # "Get the app", "Sign in | English" between the name and the menu
        if names:
            return names[-1]
        if any(j not in skip for j in range(i)):
            return NONE
        below = i + 1
        if not menu_line(raw[i] if i < len(raw) else content[i]):
            # a run of short lines opening the page: the logo's name, then the menu's entries
            name = masthead_name(content[i]) if len(items) > VERTICAL_ITEMS else None
            return (name, True, i) if name else NONE  # under the run: a section's label, a kicker as well
        if below < title_at and not any(name_key(item) == name_key(content[below]) for item in items):
            return masthead_name(content[below]), False, below  # not one of the menu's entries: a section's label
        return NONE
    return NONE


VERTICAL_ITEMS = 4  # a menu of one entry a line shows this many at least
VERTICAL_ITEM_CHARS = 25


def _menu_at(content: list, raw: list, i: int, title_at: int) -> list:
    """The entries of the menu starting at line ``i`` (one line of entries, or a run of short
    lines over the headline), or []."""
    line = raw[i] if i < len(raw) else content[i]
    if menu_line(line):
        return menu_items(line)
    trail = breadcrumb_items(line)
    if trail:
        return trail
    run = []
    for j in range(i, title_at):
        entry = content[j]
        if len(entry.split()) > 3 or len(entry) > VERTICAL_ITEM_CHARS or re.search(r"[\d.!?؟:|,،]", entry):
            break
        run.append(entry)
    return run if len(run) >= VERTICAL_ITEMS else []


ACCOUNT_ITEM_WORDS = 2
_TRAIL = re.compile(r"\s+[>›»]\s+|\s*&gt;\s*")
TRAIL_ITEMS = 3
TRAIL_ITEM_WORDS = 4


def breadcrumb_items(line: str) -> list:
    """The entries of a breadcrumb trail, the site's navigation from its home page to the story's
    section ("Home > Nieuws > Kamernieuws", "Accueil › Repères › Syrie"): three entries at least,
    each a few words with no sentence's stop; else []."""
    items = [item.strip() for item in _TRAIL.split(collapse_whitespace(line or ""))]
    if len(items) < TRAIL_ITEMS or any(not item or len(item.split()) > TRAIL_ITEM_WORDS
                                       or re.search(r"[.!?؟:,،]", item) for item in items):
        return []
    return items



def _link_line(line: str) -> bool:
    """A link's line: a few words that open with a link's verb ("Get the app", "حمّل تطبيق ..."),
    or a short row of two or three account or language links ("Sign in | English", "تسجيل الدخول | English")."""
    words = line.split()
    if 0 < len(words) <= MENU_ITEM_WORDS + 2 and not plausible_name(line):
        return True
    items = menu_items(line)
    return 2 <= len(items) < MENU_ITEMS + 1 and all(len(item.split()) <= ACCOUNT_ITEM_WORDS for item in items) \
        and not menu_line(line)


def masthead_wins(masthead: Optional[str], current: Optional[str], header=(), over: bool = True) -> bool:
    """Whether a confirmed masthead replaces the outlet read so far: where there is none, or where
    the data does not know it (a company's copyright, a network's byline) and the masthead differs,
    unless the page's header (its lines over the headline) has it alone on a line too: a logo's
    name over a tagline over the menu ("Name" / "On Matters of Name" / "Home  Books"). A name
    under the menu (not ``over`` it) names the outlet only where nothing else did."""
    if not masthead:
        return False
    if not current:
        return True
    if not over:
        return False
    key = name_key(current)
    if is_known(canonical_outlet(current)) or key == name_key(masthead):
        return False
    return all(name_key(bare_name(collapse_whitespace(line))) != key for line in header)


def confirmed(masthead: str, line: str, current: Optional[str], lines: list, at: int,
              source_path: Optional[str] = None, title_at: Optional[int] = None) -> bool:
    """Whether a second sign of the page agrees with its masthead (a menu beside a short line is
    one sign; a section or a kicker stands there too): the outlet read elsewhere is part of it or
    its initials ("© KTV 2023" under "KTV News", "Lakeside Radio Network" under "LRN"); another
    short line of the page writes it ("Get the LRN app", "تابعوا «البحيرة»"); the file's folder is
    named as it is; the line says what kind of outlet it names ("صحيفة البحيرة": the newspaper)."""
    if known_outlet(masthead):
        return True
    if current and _part_or_initials(current, masthead):
        return True
    if any(len(other) <= COPYRIGHT_LINE_CHARS and COPYRIGHT_SIGN.search(other)
           and _part_or_initials(copyright_holder(other) or "", masthead) for other in lines):
        return True  # the company holding its rights is part of it: "Copyright Herald Corporation"
    if bare_name(collapse_whitespace(line)) != collapse_whitespace(line):
        return True  # an Arabic kind word: "صحيفة ...", "جريدة ...", "موقع ..."
    if bilingual_name(line):
        return True  # the logo writes the name in two scripts: "Name | ناو"
    if folder_spells(source_path, masthead) or file_spells(source_path, masthead) \
            or file_writes_arabic_name(source_path, masthead) or file_agrees(source_path, masthead):
        return True  # "sadaalsham-deir.txt" under "صدى الشام"
    if _initials_credited(masthead, lines, at):
        return True
    if _head_named(masthead, lines, at):
        return True  # "Tweede Kamer der Staten-Generaal" over a text naming "de Tweede Kamer"
    if named_at_foot(masthead, lines, at):
        return True  # the page's foot names it again: "HPN is managed by ..." under "Humanitarian Practice Network"
    if title_at is not None and role_spells(lines, title_at, masthead):
        return True  # the byline's role names it: "Editor, Smart Water Magazine" under "SmartWaterMagazine"
    if any(label_spells(label, masthead) or _short_form(label, masthead) for label in domain_labels(lines)):
        return True  # the site's domain on the page (a link, an address) spells it: "lakeherald.com"
    sequence = [w.casefold() for w in re.findall(r"\w+", masthead)]
    key = name_key(masthead)
    return any(j != at and len(other) <= OTHER_LINE_CHARS and holds_in_a_row(other, sequence)
               and name_key(other) != key and not menu_line(other) and not _CRUMB.search(other)
               for j, other in enumerate(lines))  # not a menu's entry, a section's label, a crumb


SHORT_FORM_CHARS = 5


def _short_form(label: str, masthead: str) -> bool:
    """Whether a domain's label is the short form a name of three words or more goes by, its
    leading "The" and its last word ("thecrimson.com" for "The Lakeside Crimson")."""
    words = [w.casefold() for w in re.findall(r"\w+", masthead)]
    return len(words) >= 3 and words[0] == "the" and len(words[-1]) >= SHORT_FORM_CHARS \
        and label.casefold() == "the" + words[-1]


_CRUMB = re.compile(r"\s[>»›/|]\s")
_DESK_WORDS = re.compile(r"^(?:by\s+)?(?P<initials>[A-Z]{2,5})(?:\s+(?:web|news|online|digital|staff|desk|"
                         r"bureau|reporters?|correspondents?|team|service|news service)){0,3}$", re.I)


HEAD_WORDS = 2


@functools.lru_cache(maxsize=None)
def _joining_words() -> frozenset:
    from archive.extract.data import data_lines

    return frozenset(word.casefold() for word in data_lines("outlet_joining_words.txt"))


def _head_named(masthead: str, lines: list, at: int) -> bool:
    """Whether the page's lines under the masthead write its head, the capitalised words before its
    first joining word ("Tweede Kamer" of "Tweede Kamer der Staten-Generaal", "Lakeside Institute" of
    "Lakeside Institute for Peace"), two words at least: the short name its own pages use."""
    words = masthead.split()
    small = small_words() | _joining_words()
    cut = next((i for i, word in enumerate(words) if word.casefold() in small), None)
    if cut is None or cut < HEAD_WORDS or not all(word[:1].isupper() for word in words[:cut]):
        return False
    head = re.compile(r"(?<![\w-])" + r"\s+".join(re.escape(word) for word in words[:cut]) + r"(?![\w-])")
    return any(head.search(line) and masthead not in line for line in lines[at + 1:])


def _initials_credited(masthead: str, lines: list, at: int) -> bool:
    """Whether a desk's credit a few lines under the masthead writes its initials ("DH Web Desk",
    "By LH", "LH Reporters" under "Lakeside Herald"): the paper crediting its own desk."""
    words = [w for w in re.findall(r"\w+", masthead) if w.casefold() not in small_words()]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    initials = word_initials(words)
    for line in lines[at + 1:at + 1 + REACH + BYLINE_REACH]:
        match = _DESK_WORDS.match(collapse_whitespace(line))
        if match and match.group("initials") == initials:
            return True
    return False


def _uncontradicted(name: Optional[str], lines: list, title_at: int) -> Optional[str]:
    """``name``, unless a desk's credit under the headline writes other initials ("RT Web Desk" under
    a page headed "Lakeside Herald"): a story credited to another desk (round 11's guard)."""
    if not name or title_at < 0:
        return name
    words = [w for w in re.findall(r"\w+", name) if w.casefold() not in small_words()]
    for line in lines[title_at + 1:title_at + 1 + BYLINE_REACH]:
        match = _DESK_WORDS.match(collapse_whitespace(line))
        if match and match.group("initials") != word_initials(words):
            return None
    return name


def _part_or_initials(current: str, masthead: str) -> bool:
    """Whether one name is a word run of the other ("KTV", "KTV News") or its initials ("LRN",
    "Lakeside Radio Network")."""
    a, b = ([w.casefold() for w in re.findall(r"\w+", name)] for name in (current, masthead))
    if not a or not b:
        return False
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    if any(longer[i:i + len(shorter)] == shorter for i in range(len(longer) - len(shorter) + 1)):
        return True
    for one, other in ((a, b), (b, a)):
        if len(one) == 1 and len(other) >= 2 and one[0] == word_initials(other, small_words()):
            return True
    return False


def _headline_signs(content: list, title_at: int, source_path: Optional[str]) -> Optional[str]:
    """An outlet the lines under the headline name ("By Jane Doe (jane.doe@rudaw.net)", "Skopje,
    8 October 2020 (MIA)"), or the file's name after it ("Headline - The Lake Herald.txt", named
    again on the page), else None."""
    under = content[title_at + 1:title_at + 1 + BYLINE_REACH]
    found = next(filter(None, (email_outlet(line) if "@" in line else dated_dateline_outlet(line) for line in under)), None)
    return found or saved_title_site(source_path, content[title_at], content[title_at + 1:])


def menu_masthead_outlet(current: Optional[str], content: list, raw: list, lines: list, title_at: int,
                    source_path: Optional[str] = None) -> Optional[str]:
    """The outlet once the page's masthead is weighed (module doc): the masthead where it is
    confirmed and wins over ``current``, else ``current``; where nothing named one yet, the
    lines under the headline and the file's name may (:func:`_headline_signs`). ``lines`` are the reader's classified
    lines (a link to skip to the content is no masthead). A site's domain is stored as the name
    the page spells for it (:func:`archive.extract.masthead_lines.site_spelled`). Where no rule
    names one, the learned check's best line may (:func:`archive.extract.outlet_lines.best_outlet`:
    marked as a guess, which the body's signs and ``--outlet`` outrank)."""
    found = site_spelled(_weighed(current, content, raw, lines, title_at, source_path), content)
    return found or best_outlet(content, title_at, source_path, lines)


def _weighed(current: Optional[str], content: list, raw: list, lines: list, title_at: int,
             source_path: Optional[str] = None) -> Optional[str]:
    if current is not None and (a_persons_name(str(current)) or furniture_name(str(current))) and not is_known(current):
        current = None  # a writer's own "© 2025 Jane Doe", a bar's "Share" (refused at the end): the page's other signs may name it
    bar = account_bar_masthead(content, title_at) if not is_known(current) else None
    if bar:  # "Name" / "Subscribe" / "Sign in": a platform's header, a masthead as a menu makes one (round 30)
        return bar
    if current is None and title_at >= 0:
        current = _headline_signs(content, title_at, source_path)
    if current is None:
        current = sender_outlet(content) or contact_outlet(content) \
            or published_note_outlet(content) or subscription_outlet(content) \
            or role_outlet(content, title_at) or trailed_name_outlet(content) \
            or header_domain_outlet(content, title_at) or foot_note_outlet(content, source_path) \
            or issue_note_outlet(content, source_path) \
            or foot_domain_outlet(content, title_at) or self_named_masthead(content)
        # "X is published by Y", a newsletter's footer, "ITV News Security Editor", "Relief International
        # Newsroom", a name over the headline a domain on the page agrees with, "Cite as: X (2022)"
    if current is None and title_at > 0:
        current = _dateline_masthead(content, title_at) or _dateline_spelled(content, raw, title_at) \
            or _named_again(content, lines, title_at) \
            or _tagline_masthead(content, lines, title_at) or _edition_masthead(content, lines, title_at) \
            or _issue_masthead(content, lines, title_at) \
            or _language_masthead(content, title_at) or foot_masthead(content, lines, title_at) \
            or file_named_masthead(content, lines, title_at, source_path) or kind_masthead(content, lines, title_at) \
            or section_menu_masthead(content, raw, lines, title_at)  # the name over a section menu (round 28)
    if current is None or BARE_HOST.match(str(current)) and not is_known(current):
        # the page's furniture: its domain, a call to its reader, its logo's text, a labelled publisher
        # (round 23); they outrank a domain no outlet of the data has ("gov.ie": a portal's)
        current = furniture_outlet(content, title_at, source_path) or current
    if current is None:  # "Source: Name" closing a copied text, "Name - a podcast about ..." (round 28)
        current = source_line(plain_lines(content), max(title_at, 0) + 1) or tagline_masthead(content)
    if current is None:  # an institution's name over its breadcrumb trail from "Home" (round 33)
        current = _uncontradicted(crumb_masthead(content, title_at), content, title_at)
    if title_at <= 0:
        return current
    skip = {i for i, line in enumerate(lines[:title_at]) if line.furniture == "call to action"}
    name, over, at = page_masthead(content, raw, title_at, skip)
    logo = labelled_logo(content, title_at)  # "Name logo": the line says it is the site's logo (round 29)
    if logo and name_key(logo[0]) != name_key(name or ""):
        name, over, at = logo[0], True, logo[1]
    if name and over and published_by(content, at, current):
        return name
    if not masthead_wins(name, current, content[:title_at], over) \
            or not confirmed(name, content[at], current, content, at, source_path, title_at) \
            or current and credited_in(current, content[title_at:]):
        return spelled_out(current, _header(content, title_at))
    return spelled_out(role_spells(content, title_at, name) or foot_form(name, content, at), _header(content, title_at))


def _header(content: list, title_at: int) -> list:
    """The lines over the headline and the few under it (the byline's, the credit's), without it
    unless it is a credit in brackets read as the headline ("(Lakeside Press Agency)")."""
    title = content[title_at:title_at + 1] if content[title_at].startswith("(") else []
    return content[:title_at] + title + content[title_at + 1:title_at + 1 + BYLINE_REACH]
