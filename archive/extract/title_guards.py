"""Lines of page furniture that are never an article's title, by their shape (issue #13, round 21):
whatever rule would find them, the title's search passes them by.

- the publisher's own name: a known outlet, a line of names one of which is an organisation's
  ("Tuomioistuinlaitos – Domstolsväsendet – Judiciary of Finland", "Terrorism Monitor -- The
  Jamestown Foundation"), an organisation's name in capitals among the page's first lines
  ("MINISTRY OF FOREIGN AFFAIRS OF ..."), and the masthead's names above the page's first menu row
  under such a name;
- a menu row written as words (several capitalised single words, no small word, half of them
  sections' names), and a short line that is one item of a menu row on the same page (a section's
  label, "عرب وعالم" under "مباشر | أخبار | عرب وعالم | ...");
- a postal address (a number and a street word, ``archive/data/title_guards.txt``), an e-mail
  address or a bare link;
- a label over a reference number ("Appeal No: SC/201/2021", "رقم القضية: 12/2020");
- a reading time ("5 min read", "2–3 deqe": as the header reader reads one, its words
  ``date_words.txt``'s reading lines), and a labelled date ("Published: 20 February 2025" in any
  language whose month names ``date_words.txt`` holds, a suffix on the day or month allowed: the
  header reader may not read the date, the line is still no headline);
- a note on how the text was saved (round 30: "Saved from browser — text only", "Reader view",
  "Version imprimable": the data's ``[saving_notes]`` in 15 languages; a phrase a headline may open
  with too, "Saved from ...", only with a tool's word of ``[saving_tools]`` or a web address).

And a headline's urgency kicker ("Breaking: ...", "🔴 عاجل | ...", "1 big thing: ..."; the data's
``[kicker_words]``): no part of the title; a kicker line over another headline that has its byline
or date under it is a ticker, and that headline is the title.
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from archive.extract.data import folded_sections
from archive.extract.title_kickers import reader_call
from archive.extract.title_layouts import above_breadcrumb, labelled_name, widget_headline
from archive.extract.title_stamps import CONNECTORS as _CONNECTORS, STAMP_WORDS, stamp_or_byline, system_name  # noqa: F401

# The header read around the title (archive.extract.title_headers), read here where callers have always found it.
from archive.extract.title_headers import header_above  # noqa: F401

MENU_FURNITURE = ("menu", "widget", "call to action")
TOP_LINES = 2  # a name in capitals is the masthead's among the page's first lines only
MASTHEAD_LINES = 3  # the masthead: the lines over the page's first menu row, among its first lines
NAME_PART_WORDS = 5  # a name in a line of names: this many words at most
OTHER_NAME_WORDS = 3  # beside the organisation's, a name (a publication's, a translation's): no headline in Title Case
MENU_ROW_WORDS = 5  # a menu row as words: this many at least
MENU_ITEM_WORDS = 3  # a section's label: this many words at most
ADDRESS_WORDS = 12
CODE_LABEL_WORDS = 8
HEADER_REACH = 3  # a byline or date under a headline: within this many lines
LABELLED_HEADLINE_WORDS = 5  # "تقرير: ..." over this many words: a headline, not a byline
_PARTS = re.compile(r"\s+(?:[|–—]|-{1,2})\s+|\s*[|/·]\s*")
_EMAIL = re.compile(r"^\S+@\S+\.\w{2,}$")
_LINK = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
LABEL_WORDS_MAX = 3  # "Published:", "Reading time:": a label of this many words at most
DATE_VALUE_WORDS = 5  # a labelled date's value: this many words at most
MONTH_SUFFIX = 2  # a month name's suffix ("Sibatê" for Sibat): this many letters at most
_NUMERIC_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")
_KICKER = re.compile(r"^[\W\d_]*?(?P<kicker>[^\W\d_][^:|：]{0,30}?)\s*(?:[:：]|\s\|)\s+(?P<headline>\S.*)$")


def _data() -> dict:
    return folded_sections("title_guards.txt")  # {section: its case-folded words}


@functools.lru_cache(maxsize=1)
def _stopwords() -> frozenset:
    from archive.extract.data import data_lines

    return frozenset(w.casefold() for w in data_lines("stopwords.txt"))


def _words(line: str) -> list:
    return re.findall(r"[^\W_][\w'’.-]*", line)


def _all_caps(line: str) -> bool:
    cased = [c for c in line if c.lower() != c.upper()]
    return len(cased) >= 4 and all(c.isupper() for c in cased)


def _name_shaped(part: str) -> bool:
    """A name of a few words, each capitalised but for small connecting words ("Judiciary of Finland")."""
    words = part.split()
    return 0 < len(words) <= NAME_PART_WORDS and not re.search(r"[.!?:;,\d]", part) \
        and all(w[:1].isupper() or w.casefold() in _CONNECTORS for w in words) and words[0][:1].isupper()


def _names_organisation(line: str) -> bool:
    return any(w.casefold() in _data()["organisation_words"] for w in _words(line))


names_organisation = _names_organisation  # for archive.extract.title_layouts


def organisation_name(line: str, capitals: bool = True) -> bool:
    """The publisher's own name: a known outlet, a line in capitals naming an organisation (only
    where ``capitals``: the page's first lines, its masthead; a headline in capitals may name a court
    too), or a line of names (parted by dashes or bars) one of which names an organisation or is a
    known outlet."""
    from archive.extract.outlets import known_outlet

    line = line.strip()
    if not line or re.search(r"[.!?]$", line):
        return False
    if known_outlet(line):
        return True
    if capitals and _all_caps(line) and ":" not in line and _names_organisation(line) and len(line.split()) <= 2 * NAME_PART_WORDS:
        return True
    parts = [p.strip() for p in _PARTS.split(line) if p.strip()]
    named = [bool(_names_organisation(p) or known_outlet(p)) for p in parts]
    return len(parts) >= 2 and any(named) and all(_name_shaped(p) for p in parts) \
        and all(n or len(p.split()) <= OTHER_NAME_WORDS for p, n in zip(parts, named))


def menu_row(line: str) -> bool:
    """A menu row written as words ("Politics Economy Sport Society Region World Analytics"):
    five or more capitalised single words, no small word among them, half at least sections' names."""
    from archive.extract.section_menus import _section_words

    words = line.split()
    if len(words) < MENU_ROW_WORDS or re.search(r"[^\w\s&'’-]", line):
        return False
    if not all(w[:1].isupper() and w.casefold() not in _stopwords() for w in words if w != "&"):
        return False
    return 2 * sum(w.casefold() in _section_words() for w in words) >= len(words)


def _menu_items(content: list, lines: list) -> set:
    items = set()
    for i, line in enumerate(content):
        if lines[i].furniture == "menu" or menu_row(line):
            parts = [p.strip() for p in re.split(r"\s*[|·•/»›>]\s*|\s{2,}", line) if p.strip()]
            if len(parts) >= 3:
                items.update(p.casefold() for p in parts if len(p.split()) <= MENU_ITEM_WORDS)
    return items


def address_line(line: str) -> bool:
    """A postal address: a short line opening with a house number, holding a street word, and no
    other word in lower case ("106, rue La Fayette - 75010 PARIS", "12 Baker Street, London"; not
    "3 killed on Baghdad street")."""
    streets = _data()["street_words"]
    words = [w.strip(".,") for w in line.split()]
    return len(words) <= ADDRESS_WORDS and bool(re.match(r"^\d{1,5}\b", line)) \
        and any(w.casefold() in streets for w in words) and not re.search(r"[.!?]$", line) \
        and all(not w.islower() or w.casefold() in streets or w in _CONNECTORS for w in words)


def contact_line(line: str) -> bool:
    """An e-mail address or a bare link alone on its line."""
    return bool(_EMAIL.match(line.strip()) or _LINK.match(line.strip()))


def reading_time(line: str) -> bool:
    """A reading-time line and nothing else ("Reading time: 4 minutes", "5 min read", "2–3 deqe"), as
    the header reader reads it (``header_times``; its words are ``date_words.txt``'s reading lines)."""
    from archive.extract.header_times import without_reading_time

    return without_reading_time(line) == ""


def fold_digits(text: str) -> str:
    from archive.extract.date_names import fold

    return fold(text)


def _month_word(word: str) -> bool:
    from archive.extract.date_names import _words as date_words

    months = date_words()[0]
    word = fold_digits(word).casefold().strip(".,،")
    if word in months:
        return True
    return any(word[:cut] in months for cut in range(max(3, len(word) - MONTH_SUFFIX), len(word)))


def labelled_date(line: str) -> bool:
    """A label and a date only ("Weşandin: 20ê Sibatê 2025", "Published: 3/4/2025"): a few words
    before the colon, none a number; after it a number and a month's name, or a numeric date."""
    label, sep, value = line.partition(":")
    if not sep or re.search(r"\d", label) or not 1 <= len(_words(label)) <= LABEL_WORDS_MAX:
        return False
    value = fold_digits(value).strip()
    tokens = value.replace(",", " ").split()
    if not tokens or len(tokens) > DATE_VALUE_WORDS or not re.search(r"\d", value):
        return False
    if _NUMERIC_DATE.fullmatch(tokens[0]) and len(tokens) <= 3:
        return True
    words = [t for t in tokens if not re.search(r"\d", t)]
    return any(_month_word(w) for w in words) and all(_month_word(w) or w.casefold() in ("de", "of", "the") for w in words)


def code_label(line: str) -> bool:
    """A label over a reference number ("Appeal No: SC/201/2021", "Case no. 4/2020"): every word
    after the label holds a digit or is a short code."""
    label, sep, value = line.partition(":")
    if not sep:
        match = re.match(r"^(?P<label>.*?\b(?:no|nr|n°|№)\.?)\s+(?P<value>\S.*)$", line, re.I)
        if not match:
            return False
        label, value = match.group("label"), match.group("value")
    tokens = value.split()
    if not any(re.search(r"\d[/.-]?\w*[/-]\w|[A-Za-z]\d|\d[A-Za-z]", t) for t in tokens):
        return False  # a reference holds one ("SC/201/2021", "12/2020", "A4"): not "Gaza: Day 100"
    return 0 < len(tokens) <= 3 and len(line.split()) <= CODE_LABEL_WORDS and len(label.split()) <= 4 \
        and any(re.search(r"\d", t) for t in tokens) \
        and all(re.search(r"\d", t) or (len(t) <= 3 and not t.islower()) for t in tokens)


def _masthead_context(content: list, lines: list, i: int) -> bool:
    """Whether line ``i`` stands in a masthead: a menu row within the next two lines, or a line in
    capitals or a reference number right under it (not a headline's byline, date or text)."""
    under = range(i + 1, min(i + 3, len(content)))
    return any(lines[j].furniture in MENU_FURNITURE for j in under) \
        or (i + 1 < len(content) and (_all_caps(content[i + 1]) or code_label(content[i + 1])))


def never_titles(content: list, lines: list, start: int) -> set:
    """The lines above the text (and its first) that are never its title (module doc)."""
    from archive.extract.page_layout import TITLE_WINDOW

    window = range(max(0, start - TITLE_WINDOW), min(len(content), start + 1))
    items = _menu_items(content, lines)
    never = set()
    for i in window:
        line = content[i].strip()
        if organisation_name(line, capitals=i < TOP_LINES and _masthead_context(content, lines, i)) or menu_row(line) or address_line(line) or contact_line(line) \
                or code_label(line) or reading_time(line) or labelled_date(line) or labelled_name(line) \
                or (len(line.split()) <= MENU_ITEM_WORDS and line.casefold() in items) \
                or stamp_or_byline(line) or note_line(line) or saving_note(line) or field_line(line):
            never.add(i)
    never |= above_breadcrumb(content, lines, start, window.start)  # the masthead over the trail
    from archive.extract import bylines

    first_menu = next((i for i in range(min(MASTHEAD_LINES, len(content))) if lines[i].furniture in MENU_FURNITURE), None)
    if first_menu and 0 in never and organisation_name(content[0]) and not bylines.states_date(content[first_menu]):
        never.update(i for i in range(1, first_menu)  # the masthead's names under the publisher's, in capitals
                     if _all_caps(content[i]) or all(_name_shaped(p.strip()) for p in _PARTS.split(content[i]) if p.strip()))
    return never


NOTE_LABEL_WORDS = 3
FIELD_LABEL_WORDS = 3
# the fields whose label over a value is a collector's note of where the story came from, never its
# headline (a "Title:" line holds the headline; a "Date:" or "Author:" line other guards read)
_RECORD_FIELDS = frozenset({"outlet", "url"})
FIELD_VALUE_WORDS = 6  # a field's value: a name, an address, a date ("Media: BBC accused of ..." is a headline)


def field_line(line: str) -> bool:
    """Whether a line is one field of a collector's record over the text ("Outlet: Fair Trials (NGO)",
    "Source : Public Sénat", "URL: https://...", "Quelle: freiepresse.de", "المصدر: ...", "Accessed:
    2019-06-20"): a label of a word or three, no digit, that names a field of an export's record
    (archive/data/record_fields.txt, in the languages it holds) or the day it was captured, a colon,
    a value."""
    from archive.readers.columns import capture_column, field_of

    label, colon, rest = line.partition(":")
    label = label.strip(" *#[]-\t")
    if not colon or not rest.strip() or not label or len(label.split()) > FIELD_LABEL_WORDS \
            or any(c.isdigit() for c in label):
        return False
    if len(rest.split()) > FIELD_VALUE_WORDS or rest.rstrip().endswith((".", "!", "?")):
        return False
    return field_of(label) in _RECORD_FIELDS or capture_column(label)


def note_line(line: str) -> bool:
    """Whether a line is a reader's own note over the text they saved ("NOTE TO SELF: check the
    numbers", "TODO: ask Jane", "ملاحظة: ..."): a note label of the data, then a colon and the note."""
    label, colon, rest = line.partition(":")
    label = label.strip()
    if not colon or not rest.strip() or not label or len(label.split()) > NOTE_LABEL_WORDS:
        return False
    return label.casefold().strip(" *#[]-") in _data().get("note_labels", ())


SAVING_NOTE_WORDS = 8


def saving_note(line: str) -> bool:
    """Whether a line is a note on how the text was saved or copied (round 30) ("Saved from browser — text
    only", "Reader view", "Version imprimable"): a short line opening with a phrase of the data's
    ``[saving_notes]``."""
    folded = " ".join(line.casefold().split())
    if not folded or len(folded.split()) > SAVING_NOTE_WORDS:
        return False
    notes = [note for note in _data().get("saving_notes", ()) if folded == note or folded.startswith(note + " ")
             or folded.startswith(note + ":")]
    if not notes:
        return False
    if any(word in _VIEW_WORDS for note in notes for word in note.split()):
        return True  # "Reader view", "Text only", "Version imprimable": a view or a version named
    words = set(re.findall(r"\w+", folded))
    return bool(words & _data().get("saving_tools", frozenset())) or bool(_WEB_ADDRESS.search(folded))


# the words by which a saving note names a view or a version of the page (no headline opens so)
_VIEW_WORDS = frozenset({"view", "only", "text", "version", "druckversion", "printversie", "imprimable", "stampabile",
                         "imprimir", "seul", "solo", "tekst", "печати", "للطباعة", "نصية", "cetak", "sürüm", "druku"})
_WEB_ADDRESS = re.compile(r"https?://|www\.|\b[\w-]+\.(?:com|org|net|[a-z]{2})\b")


def kicker(title: str) -> Optional[str]:
    """The headline after an urgency kicker of the data ("Breaking: X", "🔴 عاجل | X", "1 big
    thing: X"), else None."""
    match = _KICKER.match(title or "")
    if not match or match.group("kicker").strip().casefold() not in _data()["kicker_words"]:
        return None
    return match.group("headline").strip()


def labelled_headline(line: str) -> bool:
    """A headline opening with a label the byline reader takes for a byline's ("تقرير: ..." over
    more words than a name): a title, where the byline's label is followed by no name."""
    from archive.extract.header_labels import opens_with_author_label

    label, sep, rest = line.partition(":")
    return bool(sep) and opens_with_author_label(line) and len(rest.split()) >= LABELLED_HEADLINE_WORDS \
        and not re.search(r"[.!?,;:]$", line)


def _has_header(content: list, i: int) -> bool:
    from archive.extract import bylines

    return any(bylines.header_byline(content[j]) or bylines.states_date(content[j])
               for j in range(i + 1, min(i + 1 + HEADER_REACH, len(content))))


def title_at(content: list, lines: list, start: int, end: int, labels: set, template: frozenset = frozenset()) -> Optional[int]:
    """Where the title is (:func:`archive.extract.page_layout.title_index`), furniture passed by:
    where the search still ends on a line of furniture (no other headline), the first line under it
    of a headline's shape, else none; a kicker line over a headline with its header, that headline.
    ``template``: lines among the labels that are the collection's template (heading files of
    several of its stories: a masthead, a tagline): where no other line is headline-like, a label
    may be the title, never such a line."""
    from archive.extract.page_layout import headline_like, title_index

    never = never_titles(content, lines, start)
    found = title_index(content, lines, start, end, labels | never)
    if found is not None and found < start and system_name(content[found]):
        under = next((j for j in range(found + 1, min(start + 1, len(content)))
                      if j not in never and j not in labels and lines[j].furniture is None
                      and headline_like(content[j], lines[j])), None)
        found = under if under is not None else found  # the site's system named over the headline
    if found is not None and (found in never or found in template):
        found = next((j for j in range(found + 1, min(start + 1, len(content)))
                      if j not in never and j not in labels and lines[j].furniture is None
                      and (headline_like(content[j], lines[j]) or labelled_headline(content[j]))), None)
    if found is None:  # a headline the classifier took for a widget by one word, over the byline
        found = widget_headline(content, lines, start)
    from archive.extract.title_layouts import headline_in_block

    opened = headline_in_block(content, lines, start, end, found, never | labels)
    if opened is not None:
        found = opened  # the text's block opened on the header: the headline over its byline and date
    from archive.extract.title_live import entry_title

    entry = entry_title(content, found)
    if entry is not None:
        return entry  # a live page's ticker title over its entries: the first entry's heading
    from archive.extract.title_entries import story_title

    story = story_title(content, found)
    if story is not None:
        return story  # a show's name over its episode's line; a ticker over entries stamped with their day (round 28)
    show = show_over_headline(content, lines, found, start, never | labels)
    if show is not None:
        return show  # "Les Matins de <Outlet>" over the episode's headline and its air line
    if found is not None and (kicker(content[found]) or reader_call(content[found])) and found + 1 <= start \
            and found + 1 < len(content) and headline_like(content[found + 1], lines[found + 1]) \
            and _has_header(content, found + 1):
        return found + 1  # a ticker, or a call to subscribe or get the app, over the headline
    return found


SHOW_NAME_WORDS = 6  # a show's or a series' name: this many words at most


def show_over_headline(content: list, lines: list, found: Optional[int], start: int, never: set) -> Optional[int]:
    """The headline under a line that names the page's own masthead inside a longer name (a show's
    or a series' name, "Les Matins de <Outlet>", "<Outlet> Weekly", round 31): the line right under
    it, a headline's shape, standing right over the page's date line (the broadcast's "Mardi 8
    octobre 2024 — 7h40 — 18 min"); None otherwise."""
    from archive.extract import bylines
    from archive.extract.page_layout import headline_like

    if found is None or found < 1 or found + 2 > start or found + 2 >= len(content):
        return None
    masthead = " ".join(content[0].split()).casefold()
    line = " ".join(content[found].split()).casefold()
    if len(masthead.split()) > 4 or line == masthead or f" {masthead} " not in f" {line} ":
        return None
    if len(line.split()) > SHOW_NAME_WORDS or "," in line:
        return None  # "Water cuts ..., warns <Outlet>": a headline naming the outlet, no show's name
    under = found + 1
    if under in never or lines[under].furniture is not None or not headline_like(content[under], lines[under]):
        return None
    return under if bylines.states_date(content[under + 1]) else None
