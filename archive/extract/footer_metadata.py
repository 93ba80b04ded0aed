"""What a page prints under the text: a labelled date and byline ("Date 07.10.2021", "Author Jane
Doe", "Contributors" over a name), a note on the writer, the story's date stamp ("Thu 08 Sep 2022 ·
Comments (14)"), a reporter's name signing the story alone, a name beside the title that the page
signs again under the text, a person a personal page's copyright names. Read where the header gave none;
:mod:`archive.extract.page_layout` reads the header.
"""

from __future__ import annotations

import functools
import re

from archive.extract import bylines, header_dates, paragraphs
from archive.extract.byline_footers import bio_author, footer_byline
from archive.extract.data import data_sections


UNDER_TEXT = 6  # lines under the text read for a labelled date or byline the header lacked


BIO_LINES = 3  # the note on the writer may stand over a line or two more ("first published in ...")


def metadata_under_text(record, content: list, after: int, dropped: set) -> None:
    """The labelled date and byline of a block under the text ("Date 07.10.2021", "Author Jane
    Doe"), as some outlets print them, where the header gave none."""
    if after > 0 and date_stamp(content[after - 1]):
        record.published = record.published or bylines.date_in(content[after - 1])
        dropped.add(after - 1)  # "Thu 08 Sep 2022 · Comments (14)" closing the text: its stamp
    for at in range(max(0, after - BIO_LINES), min(len(content), after + 1)):
        if record.author is None and bio_author(content[at]):
            record.author = bio_author(content[at])  # "Jane Doe is a reporter for the Star."
    for at in range(after, min(len(content), after + UNDER_TEXT)):
        line = content[at]
        date = (bylines.footer_date(line) or header_dates.url_date(line)) if record.published is None else None
        name = None if date else (footer_byline(line) if record.author is None else None)
        if date:
            record.published = date
            dropped.add(at)
        elif name:
            record.author = name
            dropped.add(at)
        elif record.author is None and at + 1 < len(content) and author_heading(line):
            name = bylines.bare_name(content[at + 1])  # "Contributors" over "Jane Doe"
            if name and name == content[at + 1] and bylines.person_name(name):
                record.author = name
                dropped.update((at, at + 1))
    if record.author is None or bylines.not_a_person(record.author, record.outlet):
        record.author = name_signed_again(content, record.title, after) or record.author  # over "Outlet Name"
    if record.author is None:
        record.author = next(filter(None, map(copyright_person, content[after:after + UNDER_TEXT])), None)


_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?,?\s*(?P<name>[^\d,.|©]{3,50}?)\.?$", re.I)


def copyright_person(line: str):
    """The writer a personal page's or newsletter's copyright names ("© 2024 Jane Doe"): a given
    name of ``given_names.txt`` first, then one to three name words, a person's name; or None.
    An outlet's or company's copyright names no person."""
    match = _COPYRIGHT.match(line.strip().split(". ")[0])  # "... Jane Doe. All rights reserved."
    if not match:
        return None
    name = match.group("name").strip()
    words = name.split()
    if not 2 <= len(words) <= 4 or words[0].casefold() not in _given_names():
        return None
    return name if bylines.bare_name(name) == name and bylines.person_name(name) else None


@functools.lru_cache(maxsize=1)
def _given_names() -> frozenset:
    from archive.extract.data import data_lines
    return frozenset(word.casefold() for word in data_lines("given_names.txt"))


HEADER_REACH = 3  # lines over and under the title where a byline's name alone may stand
SIGNED_REACH = 1  # the text's last line (a note on the writer, perhaps), read with the lines under it


def name_signed_again(content: list, title, after: int):
    """A name alone on a line beside the title ("Jane Doe" over or under the headline, with no date
    or label to say it is the byline) that the page names again under its text (a note on the
    writer, "Contact Jane Doe at ...", "© 2024 Jane Doe") and nowhere in its text: the writer, whom
    the page signs twice; or None. A person the story is about is named in its text."""
    if not title or title not in content:
        return None
    at = content.index(title)
    under = content[max(at + 1, after - SIGNED_REACH):]
    text = content[at + 1:max(at + 1, after - SIGNED_REACH)]
    for near in range(max(0, at - HEADER_REACH), min(len(content), at + HEADER_REACH + 1)):
        name = _name_alone(content[near])
        if not name or near >= after - SIGNED_REACH or _over_a_menu(content, near, at):
            continue
        pattern = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")
        if any(pattern.search(line) for line in under if line != content[near]) \
                and not any(pattern.search(line) for line in text if line != content[near]):
            return name
    return None


def _over_a_menu(content: list, near: int, at: int) -> bool:
    """Whether a site's menu stands between the line and the title under it: the line is the
    page's masthead ("Lakeside Wire" / "Sign in | English" / "Home | World | Politics"), the site's
    name that its furniture names again under the text ("More from Lakeside Wire"), no byline."""
    from archive.extract.masthead_lines import menu_line

    return any(menu_line(line) for line in content[near + 1:at])


def _name_alone(line: str):
    """The line, where it is a person's name alone (two to four name words, no outlet, no role)."""
    from archive.extract.byline_blocks import name_line

    return name_line(line)


STAMP_WORDS = 8
_STAMP_REST = re.compile(r"[\W\d_]+")


def date_stamp(line: str) -> bool:
    """A short line of a date and nothing else but a count of comments ("Thu 08 Sep 2022 ·
    Comments (14)", "5 March 2021 | 3 comments"): the story's stamp under its text."""
    if len(line.split()) > STAMP_WORDS or not any(c.isdigit() for c in line):
        return False
    date = bylines.date_in(line)
    if not date or date not in line:
        return False
    rest = _STAMP_REST.sub(" ", line.replace(date, " ")).casefold().split()
    return all(word in _comment_words() for word in rest)


@functools.lru_cache(maxsize=1)
def _comment_words() -> frozenset:
    return frozenset(w.casefold() for phrase in data_sections("page_furniture.txt").get("comment_counts", ())
                     for w in phrase.split())


@functools.lru_cache(maxsize=None)
def _author_headings() -> frozenset:
    sections = data_sections("header_labels.txt")
    return frozenset(paragraphs.plain(label).rstrip(":").strip()
                     for label in sections.get("author_headings", []) + sections.get("author", []))


def author_heading(line: str) -> bool:
    """A heading alone on its line over the author's name ("Contributors", "Author", "الكاتب")."""
    return len(line) <= 40 and paragraphs.plain(line).rstrip(" :：").strip() in _author_headings()


def name_under_text(content: list, lines: list, body_at: list, dropped: set):
    """Where a reporter's name stands alone under the text's last paragraph ("ياسر العلي", as
    Arabic agencies sign their stories), or None: a short line of name words, no sentence, no
    furniture, nothing of the text after it."""
    last = body_at[-1]
    while last in dropped and last > body_at[0]:
        last -= 1
    for at in (last, last + 1):
        if at >= len(content) or at in dropped or (at == last and at == body_at[0]):
            continue
        line = lines[at]
        if at + 1 < len(content) and contact_role(content[at + 1]):
            return None  # "Jane Doe" / "Press Officer": the press office's contact, not the writer
        if line.furniture in (None, "template") and not line.sentence and line.words <= 6 \
                and bylines.bare_name(content[at]) and not bylines.tag_heading(content[at]) \
                and bylines.person_name(bylines.bare_name(content[at])) and not page_label(content[at]):
            return at
    return None


CONTACT_ROLE_WORDS = 4


def contact_role(line: str) -> bool:
    """A short line naming a press contact's role ("Press Officer", "Spokeswoman", "المتحدث
    الرسمي": ``[contact_roles]`` of header_labels.txt): the name over it is whom to call, not who
    wrote the text."""
    words = paragraphs.plain(line).strip(" .,:;").split()
    if not 1 <= len(words) <= CONTACT_ROLE_WORDS:
        return False
    folded = " ".join(words)
    return any(role == folded or f" {role} " in f" {folded} " for role in _contact_roles())


@functools.lru_cache(maxsize=1)
def _contact_roles() -> tuple:
    return tuple(paragraphs.plain(w).strip() for w in data_sections("header_labels.txt").get("contact_roles", ()))


def page_label(line: str) -> bool:
    """A page's label rather than a signature: a words-list of the outlet data's ``never:`` (a
    section or a button: "آخر الأخبار", "Latest News"), or a line opening on a word of a call to
    action (``[cta_verbs]``: "هاوبەشی بکە", "شارك")."""
    from archive.extract.outlet_data import name_key, outlet_table
    table = outlet_table()
    words = line.split()
    if not words or name_key(line) in table.never or name_key(words[0]) in table.never_first:
        return True
    return paragraphs.plain(words[0]).strip(".,:;!") in _cta_verbs()


@functools.lru_cache(maxsize=1)
def _cta_verbs() -> frozenset:
    return frozenset(paragraphs.plain(w) for w in data_sections("page_furniture.txt").get("cta_verbs", ()) if " " not in w)
