"""What the plain-text reader asks of the lines around a text's header (:mod:`archive.readers.text`):
an outlet's name under the date, a second reporter's name under a byline, lines that carry
metadata though the folder's template repeats them, a standfirst followed by header lines, the
header lines the folder repeats (never the title), which outlet outranks another."""

from __future__ import annotations

import functools
import re

from archive.extract import boilerplate, bylines, page_layout, paragraphs, templates
from archive.extract.byline_blocks import name_over_date
from archive.extract.outlets import footer_outlet, known_outlet, the_less_outlet
from archive.extract.tags import parse_tag_line


def _short_name(line: str) -> bool:
    """A line that could be an outlet's name: a few capitalised words, no sentence (not a
    dateline's place in capitals, "ANKARA"; not a place and its region, "Ottawa, Ontario", where a
    release was issued: a comma parts the short line)."""
    words = line.split()
    return (
        0 < len(words) <= 4
        and not re.search(r"[,،]", line)
        and not (line.isupper() and len(line) > 5)
        and not re.search(r"[.!?:;,\d]$", line)
        and all(w[:1].isupper() or w[:1].isdigit() for w in words)
    )


def _over_aggregator(outlet, stated):
    """The outlet, unless none was found or it is an aggregator (ReliefWeb: ``aggregator: yes`` in
    the outlet data) and the page's labelled lines state the report's source: then that source."""
    from archive.extract.outlet_names import canonical_outlet, outlet_table

    if stated and (not outlet or canonical_outlet(outlet) in outlet_table().aggregators):
        return known_outlet(stated) or stated
    return outlet


def _own_name_in_footer(found: str, current, top: list) -> bool:
    """Whether a footer's holder ``found`` is the name the page's masthead writes over the title
    (a line of its own there) where the outlet read so far is not: "© 2020 Norway Today" under a
    page headed "Norway Today" is the page's own outlet, not the wire its story credits ("(©NTB)")."""
    from archive.extract.outlet_names import name_key

    key = name_key(found)
    written = {name_key(line) for line in top}
    return bool(key) and current is not None and key in written and name_key(current) not in written


def _writer_named(outlet, content: list) -> bool:
    """Whether the outlet read is a person's name that the page writes after "by" ("A newsletter
    on ..., by Jane Doe" over "© 2024 Jane Doe"): the writer's own copyright, not an outlet."""
    from archive.extract.person_names import person_name

    if not outlet or known_outlet(outlet) or not person_name(outlet):
        return False
    by = re.compile(r"(?:^|[\s,(])(?:[Bb]y|BY|بقلم:?)\s+" + re.escape(outlet) + r"(?![\w'’-])")
    return any(by.search(line) for line in content)


def first_publication(line: str) -> bool:
    """Whether a header date line gives the day the report was first published ("Originally
    published: 1 Mar 2021", ``archive/data/first_published_labels.txt``): it outranks the date a
    republishing site posted it on ("Posted: 2 Mar 2021")."""
    folded = line.casefold().lstrip(" *•·-–—")
    return any(folded.startswith(label) and not folded[len(label):len(label) + 1].isalnum()
               for label in _first_published_labels())


@functools.lru_cache(maxsize=None)
def _first_published_labels() -> tuple:
    from archive.extract.data import data_lines

    return tuple(label.casefold() for label in data_lines("first_published_labels.txt"))


_DATED_DATELINE = re.compile(r"^(?P<head>[^.!?\n]{6,70}?)\s+[—–-]{1,2}\s+\S")


def dateline_date(paragraph: str):
    """The dateline opening a story when it states a date ("Tirana, 28 October 2020 — Five ..."),
    else None: the story's own day, which outranks a date standing over the title (a site's
    masthead gives the day the page was saved: "The first daily in ... | Thursday, 29 October")."""
    match = _DATED_DATELINE.match(paragraph or "")
    if not match or not bylines.date_in(match.group("head")):
        return None
    return match.group("head")


_BY_FOR = re.compile(r"^[Bb]y\s+(?P<name>[^,|]{3,60}?),?\s+(?:for|For|FOR)\s+(?:the\s+)?(?P<outlet>[^,|]{2,50}?)\s*$")


def byline_for(record, header: list) -> int:
    """A byline naming the outlet the reporter wrote for ("By Jane Doe For Outlet", a known outlet)
    among the lines under the title, the header reading having stopped short of it (a standfirst's
    bullets over it): the reporter's name where no author was found, and the date the line under it
    gives where none was. Its outlet is not stored (round
    15: on fresh14 it named the right outlet by another of its names, "MailOnline" as the data's
    "Daily Mail", which strict scoring counts wrong; the naming is the data's question). Else a
    byline block (:func:`archive.extract.byline_blocks.name_over_date`): its name and date, and the
    number of header lines it ends under (the text starts below them), else 0."""
    from archive.extract.person_names import person_name

    for at, line in enumerate(header):
        match = _BY_FOR.match(line)
        outlet = match and known_outlet(match.group("outlet"))
        if not outlet or not person_name(match.group("name")):
            continue
        record.author = record.author or match.group("name")
        if record.published is None and at + 1 < len(header):
            record.published = bylines.date_in(header[at + 1])  # its date line under it
        return 0
    if dated_byline(record, header):
        return 0
    block = name_over_date(header)  # "Jane Doe" / "The Daily Post" / its date line
    if block:
        record.author = block[0]
        record.published = record.published or bylines.date_in(block[1])
        if record.lede == block[2]:
            record.lede = None  # the name line the header reading took for a standfirst
        above = header.index(block[2]) if block[2] in header else block[3]
        # the text starts under a block over it, a standfirst above it being no text; a block
        # under the story (the reporter's name and date after the last paragraph) moves nothing
        return block[3] + 1 if above <= STANDFIRST_LINES else 0
    return 0


def dated_byline(record, header: list) -> bool:
    """A labelled byline giving its date on its line ("VON JANE DOE UND JOHN ROE am 15. Oktober
    2019", "Par Jeanne Dupont le 3 mai 2021") among the lines under the title, where the header
    reading stopped short of it (a kicker, a standfirst over it) and found no author: its name, and
    its date where none was read. Only a line a byline's label opens and whose date follows the name."""
    for line in header:
        if bylines.labelled(line, "author") is None:
            continue
        found = bylines.header_byline(line)
        date = bylines.date_in(line)
        if not found or not date or bylines.not_a_person(found[0], record.outlet):
            continue
        at = line.casefold().find(found[0].split()[-1].casefold())
        if at < 0 or at > _date_at(line):
            continue  # the name before the date, on the byline's own line
        record.author = found[0]
        record.published = record.published or date
        return True
    return False


def _date_at(line: str) -> int:
    """Where the line's first figure stands (its date's day or year), or its length."""
    return next((k for k, c in enumerate(line) if c.isdigit()), len(line))


STANDFIRST_LINES = 2  # lines over a byline block that may be a standfirst (and a kicker), not the text


THE_LESS = "the-less"  # ``guessed`` for an outlet a logo line named without its "The" ("Dispatch")


def _outranks(found: str, current, guessed) -> bool:
    """Whether an outlet a logo line or footer names replaces the one read so far: where there is
    none; where it is known and the current one is not (known beats unknown); where the current one
    is only a guess (a short line under the date) the data does not know; where the current one is
    a known name read from a logo line without its "The" ("Dispatch" for The Dispatch, a section's
    word as well) and a known other outlet is named in full (the copyright's "Stimson Center")."""
    if current is None:
        return True
    if known_outlet(current):
        return guessed == THE_LESS and found != current and bool(known_outlet(found))
    return bool(guessed) or bool(known_outlet(found))


def _header_furniture(content: list, profile, start: int, end: int) -> set:
    """The lines around the top of the text that the folder's headers repeat, numbers masked
    ("This article is more than 5 years old", a view counter): never its title, unless the text
    is a copy of a story the folder holds more of (wire copies share their headline)."""
    if profile is None or not profile.header_furniture:
        return set()
    if templates.copied([templates.line_key(content[i]) in profile.twice for i in range(len(content))], start, end):
        return set()
    top = range(max(0, start - page_layout.TITLE_WINDOW), min(len(content), start + 1))
    found = {i for i in top if templates.masked_key(content[i]) in profile.header_furniture}
    # Of them, the one of a headline's length over this text's byline or date, the nearest to
    # the text, is its headline that a listing page of the folder shows too (a topic index).
    heading = [i for i in sorted(found) if len(content[i].split()) >= page_layout.MIN_TITLE_WORDS
               and not paragraphs.ends_sentence(content[i]) and _over_byline(content, i)]
    return found - set(heading[-1:])


def _over_byline(content: list, i: int) -> bool:
    """Whether a byline or date line stands right under line ``i``, or under a standfirst (a
    sentence) under it."""
    for j in range(i + 1, min(i + 3, len(content))):
        if bylines.header_byline(content[j]) or bylines.states_date(content[j]):
            return True
        if not paragraphs.ends_sentence(content[j]):
            return False
    return False


def _second_name(line: str, author: str) -> bool:
    """A person's name alone on the line under a byline ("By Sirwan Kareem" over "Jeff Marland")."""
    name = bylines.bare_name(line)
    return name == line and line != author and bylines.person_name(name) and not bylines.role_line(line)


def _metadata_line(line: str) -> bool:
    """Lines a page template may repeat that still say something about the article, or
    where it ends."""
    return bool(
        boilerplate.is_trailer_marker(line) or bylines.tag_heading(line) or bylines.tags_value(line) is not None
        or known_outlet(line) or the_less_outlet(line) or parse_tag_line(line) is not None or bylines.header_byline(line)
        or footer_outlet(line) or bylines.date_in(line) or bylines.bare_name(line)
    )


def _followed_by_header(content: list, lines: list, position: int, title_at: int = 0) -> bool:
    """Whether a byline, a date, junk or the repeated title comes within the next few lines."""
    title = content[title_at].casefold()
    for i in range(position + 1, min(position + 4, len(content))):
        line = content[i]
        if (bylines.header_byline(line) or bylines.states_date(line) or boilerplate.is_junk_line(line)
                or line.casefold() == title or lines[i].furniture in ("widget", "call to action")):
            return True
    return False


_MAIL_FIELD = re.compile(r"^(?:from|to|cc|bcc|date|sent|subject|reply-to)\s*:\s*\S", re.I)
MAIL_FIELDS = 2  # lines of a mail's header, one under another at the top of the file
MAIL_TOP = 8


def mail_header(content: list) -> set:
    """The lines of a mail's header saved over a newsletter ("From: ...", "To: ...", "Subject:
    ..." at the top, two or more): labels, never the title while another line may be it."""
    found = set()
    for i, line in enumerate(content[:MAIL_TOP]):
        if _MAIL_FIELD.match(line):
            found.add(i)
        elif found:
            break
    return found if len(found) >= MAIL_FIELDS else set()


_SUBJECT = re.compile(r"^subject\s*:\s*(?P<value>.+)$", re.I)


SUBJECT_AFTER_TEXT = 3  # lines into the text block the headline may stand ("View this post on the web" over it)


def mail_subject_line(content: list, mail: set, start: int):
    """The line under a mail's header that its "Subject:" opens with before a separator, as long as
    the rest at least ("\"Water\" — an update from ...": the headline, the rest a kicker), else the
    one it ends with (the newsletter's headline, "Subject: #41 The road home" over "The road home";
    "New paper | Headline" over "Headline"), or None."""
    subject = next((_SUBJECT.match(content[i]).group("value") for i in sorted(mail) if _SUBJECT.match(content[i])), None)
    if not subject:
        return None
    window = range(max(mail) + 1, min(max(start, max(mail) + 1) + SUBJECT_AFTER_TEXT, len(content)))
    for j in window:  # the subject's first part, before a dash, a bar or a colon: its headline, its kicker after
        line = content[j]
        rest = subject[len(line):]
        if len(line.split()) >= 2 and subject.casefold().startswith(line.casefold()) \
                and re.match(r"\s*[—–|:-]\s", rest) and len(line.split()) >= len(rest.split()) - 1:
            return j  # the longer part (not "New paper | Headline": a label before it)
    for j in window:
        line = content[j]
        if len(line.split()) >= 2 and subject.casefold().endswith(line.casefold()):
            return j
    return None
