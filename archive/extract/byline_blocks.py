"""A byline block under the title that the header reading did not reach or did not read: a
reporter's name alone on its line, the outlet, a role or a second name perhaps under it, then the
date line ("Jane Doe" / "The Daily Post" / "Tue, 30 November 2021 4:30AM"; "Jane Doe" / "& John
Roe" / "March 14, 2025"), or the name and the stamp on one line with no separator ("JANE DOE 11:02
pm, Feb 20, 2024").

The header reading (:mod:`archive.readers.text`) takes a name line over a standfirst's or an
outlet's line for a standfirst; this reads the lines under the title again, for the name only
where a date line closes the block: a name with no date beside it is too weak a sign. Two
name-shaped lines over the date ("Jane Doe" / "St. Paul", the reporter over her dateline's city)
give none: which is the reporter is not known from the shape.
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from archive.extract import boilerplate
from archive.extract.header_dates import date_in, states_date
from archive.extract.byline_desks import not_a_person
from archive.extract.byline_parts import button
from archive.extract.bylines import byline
from archive.extract.data import data_lines, english_words
from archive.extract.header_labels import labels
from archive.extract.outlets import known_outlet
from archive.extract.page_layout import places_only
from archive.extract.paragraphs import plain
from archive.extract.person_names import DASHED, bare_name, person_name, role_line

BETWEEN = 2  # lines between the name and the date: an outlet's, a role's, a second name's
NOTE_WORDS = 40  # a note on the writer between the name and the date is this short
_JOINED = re.compile(r"^(?:&|and|و)\s+(?P<name>\S.*)$")  # "& John Roe" under "Jane Doe"
_BARS = re.compile(r"\s+[|/–—-]\s+")


def name_line(line: str) -> Optional[str]:
    """The reporter's name a line holds alone, as printed, or None: a person's name of two to four
    words ("Jane Doe", "Jane Doe-Roe", "سلمى الحسن"), no outlet, no role, no furniture."""
    if not line or known_outlet(line) or role_line(line) or boilerplate.is_junk_line(line) or states_date(line):
        return None  # "منذ ساعتين" ("two hours ago"): a stamp, no name
    name = bare_name(line)
    if not name or name != line or not 2 <= len(name.split()) <= 4:
        return None
    words = [w for w in name.split() if not w[:1].islower()]  # "van", "al-": a particle
    return name if words and person_name(" ".join(w.capitalize() if w.isupper() else w for w in words)) else None


def _credit(line: str, name: str) -> bool:
    """Whether a line under the name belongs to the byline: the name again (a page printing it as a
    link and as text), the outlet the data knows, alone or before a place ("BBC News Arabic -
    Hasakah"), an outlet's short name and a city, places of the gazetteer alone ("Hasakah,
    Syria"), or the reporter's role."""
    if line == name or known_outlet(line) or role_line(line) or places_only(line) or contact_line(line):
        return True  # "Hasakah, Syria": the place the reporter files from; the reporter's e-mail or phone
    if line.startswith(name + " ") and re.match(r"(?:is|was|has been)\s", line[len(name) + 1:]) \
            and len(line.split()) <= NOTE_WORDS:
        return True  # "Jane Doe is a former official ...": the note on the writer under the name
    if _credit_by_shape(line):
        return True  # "Jane Doe" / "Lakeside News" / the date: an outlet the data does not know, by its last word
    parts = _BARS.split(line)
    return len(parts) == 2 and (bool(known_outlet(parts[0])) or _outlet_and_place(parts))


CREDIT_WORDS = 5
CONTACT_WORDS = 6
PHONE_DIGITS = 7
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"^\W*(?:[^\W\d_]+\.?:?\s*)?\+?[\d\s().\/-]+$")


def contact_line(line: str) -> bool:
    """A line of the reporter's contact under the name: an e-mail address, alone or after a label or
    the name ("jane.doe@example.com", "E-post: jane.doe@example.com"), or a phone number after a short
    label ("Tel. 040-123 45 67", "+46 70 123 45 67"): a few words, nothing else."""
    words = line.split()
    if not words or len(words) > CONTACT_WORDS:
        return False
    if _ADDRESS.search(line):
        return len(_ADDRESS.sub(" ", line).split()) <= 2
    return bool(_PHONE.match(line)) and sum(c.isdigit() for c in line) >= PHONE_DIGITS


def _credit_by_shape(line: str) -> bool:
    """A short line naming no one that :func:`archive.extract.byline_desks.not_a_person` reads as a
    credit: an outlet's name by its last word ("Lakeside News", "Valley Times"), a desk ("News
    Desk", "Redaktion"), the wires; no digit, no person's name line."""
    words = line.split()
    return 2 <= len(words) <= CREDIT_WORDS and not any(c.isdigit() for c in line) and not name_line(line) \
        and not_a_person(line, None)


CREDIT_PART_WORDS = 2


def _outlet_and_place(parts: list) -> bool:
    """"Outlet - City", "المدينة - جدة": two short parts of a credit between the name and the date
    line, neither holding a digit nor a person's name (a second reporter's is :data:`_JOINED`'s)."""
    return all(1 <= len(p.split()) <= CREDIT_PART_WORDS and not any(c.isdigit() for c in p)
               and not name_line(p.strip()) and not date_in(p) for p in parts)


def _name_and_stamp(line: str) -> Optional[tuple]:
    """(name, stamp) from "JANE DOE 11:02 pm, Feb 20, 2024": a name of two to four words, then a
    date with no separator between; or None."""
    if labels()["date_loose"].match(plain(line)) or labels()["date"].match(plain(line)):
        return None  # "نشر في 2 نوفمبر 2020": a date's label, no name
    words = line.split()
    for k in range(2, min(4, len(words) - 1) + 1):
        head, tail = " ".join(words[:k]), " ".join(words[k:])
        if any(c.isdigit() for c in head) or not tail[:1].isdigit():
            continue
        if date_in(tail) and name_line(head):
            return head, tail
    return None


_META_PARTS = re.compile(r"\s*[|·•]\s*|\s+[>/]\s+")  # "Jane Doe | 2021-06-15", "JANE DOE / January 19, 2024"
_TIME_ALONE = re.compile(r"^\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,5})?$", re.I)  # "09:12", "5:00 pm"


@functools.lru_cache(maxsize=1)
def _sections() -> frozenset:
    return frozenset(word.casefold() for word in data_lines("section_words.txt"))


def meta_line(line: str) -> Optional[tuple]:
    """(name, stamp) from a line of the reporter's name and the date apart by a bar, a dot, a
    slash or an arrow, in either order ("Jane Doe | 2021-06-15 18:32", "Tue 21 Jun 2022 · 09:12 ·
    by Jane Doe", "Jane Doe, Deputy Editor | 7 November 2023", "May 20th, 2021 5:00 pm| by Jane
    Doe", "5 hours ago · By Jane Doe"): every part but one a date, a time or a stamp ("5 hours
    ago"), that one a labelled byline, a name alone, or a name and a role after a comma; or None.
    A place's name is no reporter's."""
    if len(line) > 160:
        return None
    parts = [part.strip() for part in _META_PARTS.split(line.strip()) if part.strip()]
    if len(parts) < 2:
        return None
    stamps = [part for part in parts if date_in(part) or _relative_stamp(part)]
    others = [part for part in parts if part not in stamps and not _TIME_ALONE.match(part) and not button(part)]
    # "Jane Doe | 2023-07-19 | Download PDF": the page's button beside the stamp (byline_buttons.txt)
    labelled_parts = [part for part in others if byline(part)]
    if len(others) > 1 and len(labelled_parts) == 1 and all(
            part in labelled_parts or _section_part(part) for part in others):
        others = labelled_parts  # "Blog · By Jane Doe and John Roe · 09.21.23": a section's word beside it
    if not stamps or len(others) != 1:
        return None
    other = others[0]
    labelled = byline(other)
    if labelled:  # "by Jane Doe": the label says it is a byline
        name = labelled[0].strip(" ,")
        return (name, stamps[0]) if name and not not_a_person(name, None) else None
    if "," in other:
        head, _, role = other.partition(",")
        name = name_line(head.strip()) if role_line(role.strip()) else None
    else:
        name = name_line(other)
    if not name or places_only(name) or any(word.casefold() in english_words() or word.casefold() in _sections()
                                            for word in name.split()):
        return None  # "North Africa | 12 May 2023": a section's name (section_words.txt)
    return name, stamps[0]


STAMP_WORDS = 5  # "5 hours ago", "منذ ساعتين", "3 min read": a stamp part is this short


def _relative_stamp(part: str) -> bool:
    """A part of a meta line stating when the page was put up, in relative terms or as a reading
    time ("5 hours ago", "منذ ساعتين", "3 min read": ``states_date``), the byline in another part
    ("5 hours ago · By Jane Doe, Correspondent")."""
    return len(part.split()) <= STAMP_WORDS and states_date(part) and not byline(part)


SECTION_WORDS = 2


def _section_part(part: str) -> bool:
    """A short part of a meta line naming the story's kind or section ("Blog", "Analysis",
    "News"): one or two capitalised words, no digit, no label."""
    words = part.split()
    return 1 <= len(words) <= SECTION_WORDS and not any(c.isdigit() for c in part) and part[:1].isupper() \
        and not byline(part)


def name_over_date(header: list) -> Optional[tuple]:
    """(author, date line, name line, the date line's index) of the first byline block in
    ``header`` (the lines under the title), or None."""
    for at, line in enumerate(header):
        inline = _name_and_stamp(line) or meta_line(line)
        if inline:
            return inline + (line, at)
        below = header[at + 1] if at + 1 < len(header) else ""
        if date_in(line) and not name_line(below) and punctuated_name(below):
            return punctuated_name(below), line, below, at + 1  # the date, then "Jane Doe."
        under = _name_under_date(header, at)
        if under:
            return under, line, below, at + 1  # the date, then the name alone, closing the header
        name = name_line(line) or _name_beside_outlet(line) or (punctuated_name(line) if date_in(below) else None) \
            or _labelled_name(line) or (_name_then_one_word(line) if date_in(below) else None)
        if not name:
            continue
        author = name
        for k, under in enumerate(header[at + 1:at + 2 + BETWEEN], at + 1):
            if date_in(under):
                return author, under, line, k
            joined = _JOINED.match(under)
            if joined and author == name and name_line(joined.group("name")):
                author = f"{name} {under}"  # "Jane Doe" / "& John Roe": two reporters
                continue
            if not _credit(under, name):
                if name_line(under) and author == name:
                    return None  # "Mustafa Warsame" / "St. Paul" / the date: which line is the name is unclear
                break
    return None


def _name_under_date(header: list, at: int) -> Optional[str]:
    """The reporter's name on the line right under the date line ``header[at]`` ("14 February 2024" /
    "Jane Doe", "Jane Doe - Riyadh"), the header's last name-shaped line: not a place of the
    gazetteer, and no second name-shaped line under it (a name and a city, which is which unknown).
    In a script without capitals the name opens with a given name of the data
    (``given_names_scripts.txt``): a share button's or a tag list's words are name-shaped there too."""
    if at + 1 >= len(header) or not date_in(header[at]):
        return None
    below = header[at + 1]
    if places_only(below):
        return None
    name = name_line(below) or _name_then_one_word(below)
    if not name or not_a_person(name, None):
        return None
    if not any(c.isupper() for c in name):  # a script without capitals ("نسخ الرابط", "فيسبوك تويتر" are buttons)
        from archive.extract.author_lines import given_names

        if name.split()[0].casefold() not in given_names():
            return None  # a name in Arabic script opens with a given name of the data
    after = header[at + 2] if at + 2 < len(header) else ""
    return None if name_line(after) or _name_then_one_word(after) else name


def _name_then_one_word(line: str) -> Optional[str]:
    """The name in "Jane Doe - Outlet" right over the date line: a person's name, a spaced dash,
    then one word (the outlet's short name or the city), not a word of the interface or a desk's
    ("X - متابعات": ``[never_in_names]``); or None."""
    parts = [p.strip() for p in DASHED.split(line.strip())]
    if len(parts) != 2 or len(parts[1].split()) != 1 or any(c.isdigit() for c in line):
        return None
    if not person_name(parts[1]) or not_a_person(parts[0], None):
        return None  # "متابعات", "Updated": no outlet's or city's name
    return name_line(parts[0])


def _labelled_name(line: str) -> Optional[str]:
    """The name of a labelled byline ("By Jane Doe and John Roe") that the header reading did not
    reach (section lines over it), where a person is named."""
    found = byline(line)
    return found[0] if found and found[0] and not not_a_person(found[0], None) else None


# A name, its comma, then letters with their stops after it: a religious order's or a degree's
# post-nominal ("S.J.", "O.P.", "Ph.D."), signed with the name as the writer signs it.
_POSTNOMINAL = re.compile(r"^(?P<name>[^,]{3,60}),\s*(?P<letters>(?:[A-Z][a-z]{0,2}\.){2,4})$")


def punctuated_name(line: str) -> Optional[str]:
    """The name a line holds alone with the byline's comma or stop after it ("Jane Doe," over
    "le 16/01/2024"; "Jane Doe." under the date line; "Jane D." a given name and an initial), or
    None. Used only beside a date line: a name alone with a stop is a sentence's fragment as often."""
    line = line.strip()
    post = _POSTNOMINAL.match(line)
    if post and name_line(post.group("name")) == post.group("name"):
        return f"{post.group('name')}, {post.group('letters')}"  # "Jane Doe, S.J.": the order's or degree's letters are the signature's
    if not line.endswith((",", ".")) or line.endswith(("..", ",.", ".,")):
        return None
    core = line[:-1].rstrip()
    name = name_line(core)
    if not name:
        return None
    last = name.split()[-1]
    return name + "." if line.endswith(".") and len(last) == 1 and last.isupper() else name


_OUTLET_PARTS = re.compile(r"\s+[|–—-]\s+")  # "Almashhad | المشهد": one outlet under two names


def name_before_credit(line: str, outlet: Optional[str] = None) -> Optional[str]:
    """The name in "Jane Doe - Outlet": a person's name, a spaced dash, then an outlet the data
    knows, the page's own outlet (``outlet``, or one of its names apart by a bar: "دانة الحسيني -
    المشهد" on a page of "Almashhad | المشهد") or a role ("Jane Doe - Senior Writer"); else None.
    The credit must agree with a sign of its own: "نداء بوست - متابعات" is the outlet's masthead
    over its desk's word, not a reporter's name."""
    parts = DASHED.split(line.strip())
    if len(parts) != 2:
        return None
    name, credit = parts[0].strip(), parts[1].strip(" .,")
    own = {plain(part).strip() for part in _OUTLET_PARTS.split(outlet or "") if part.strip()}
    if known_outlet(credit) or role_line(credit) or plain(credit).strip() in own:
        return name_line(name)
    return None


def _name_beside_outlet(line: str) -> Optional[str]:
    """The name in "Jane Doe - Outlet" or "Jane Doe, Outlet", the outlet one the data knows (or a role,
    after the dash)."""
    name, comma, credit = line.partition(",")
    if comma and "," not in credit and known_outlet(credit.strip(" .")):
        return name_line(name.strip())
    return name_before_credit(line)
