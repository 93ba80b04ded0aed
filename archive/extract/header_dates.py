"""The dates of an article's header and footer lines: ``Date: 2019-03-23``, ``Published date: 10
June 2021 08:14 GMT``, ``Posted on 2 May 2022 by Jane Doe``, ``December 14, 20186:41 PM
GMTUpdated 6 years ago``, a bare date; parsed by :func:`archive.extract.dates.parse_date`.
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from archive.extract import header_times
from archive.extract.date_only_lines import only_a_date
from archive.extract.dates import CONTRADICTED, joined_by_dots, parse_date, read_date
from archive.extract.data import data_sections
from archive.extract.header_labels import CACHE, labelled, labels
from archive.extract.paragraphs import plain

_GLUED_TIME = re.compile(r"(\d{4})(\d{1,2}[:.]\d{2})")
_DATE_CUT = re.compile(r"\s*(?:\||·|•|\bupdated\b|\blast updated\b|آخر تحديث).*$", re.I)
LINE_PARTS = re.compile(r"\s*[|·•]\s*|\s+(?:[-–—]{1,2}|//)\s+")  # "By Jane Doe // 14 February 2024", "Outlet -- 8.2.2022"


_MAYBE_DATE = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)|\d[./-]\d{1,2}[./-]\d|[\u0660-\u0669\u06f0-\u06f9]{4}")


def first_date_line(lines: list, limit: int, longest: int) -> Optional[int]:
    """The index of the first of ``lines[:limit]`` (of at most ``longest`` characters) that
    states a date, or None; lines without a year or a numeric date are passed over unparsed."""
    for at, line in enumerate(lines[:limit]):
        if len(line) <= longest and _MAYBE_DATE.search(line) and date_in(line):
            return at
    return None


HEADLINE_WORDS = 5


def _headline_before(first: str, head: str) -> bool:
    """A headline's part before the date a later part ends on ("Charges admitted – trial from 7
    March 2023"): five words or more, no digit, and words before the date in its own part."""
    return len(first.split()) >= HEADLINE_WORDS and not any(c.isdigit() for c in first) \
        and not head[:1].isdigit() and not head.split()[0].casefold().rstrip(",.") in _date_head_words()


@functools.lru_cache(maxsize=1)
def _date_head_words() -> frozenset:
    """Words a date line may open on: weekdays and months (``date_words.txt``) and date labels."""
    from archive.extract.data import data_lines
    words = set()
    for line in data_lines("date_words.txt"):
        fields = [f.strip().casefold() for f in line.split("|")]
        if fields[0] in ("month", "weekday", "hijri"):
            words.update(w for f in fields[1:] for w in f.split())
    return frozenset(words)


@functools.lru_cache(maxsize=CACHE)
def date_in(line: str) -> Optional[str]:
    """The date a header line states (``Published: 5 March 2019``, a bare date, a glued time), as
    text parse_date reads, or None."""
    if len(line) > 120 or not any(c.isdigit() for c in line):
        return None
    joined = joined_by_dots(line)  # "12·01·23": its dots join a date's figures, they part no line
    if joined != line:
        return date_in(joined)
    published = _without_update(line)
    if published != line:
        return date_in(published) if published else None
    if parse_date(line):
        return line
    value = labelled(line, "date")
    candidate = value if value is not None else line
    candidate = re.split(r"\s+(?:by|بواسطة)\s+", candidate, maxsplit=1)[0]
    candidate = _GLUED_TIME.sub(r"\1 \2", candidate)
    cut = _DATE_CUT.sub("", candidate).strip(" ,-–|")
    if cut and parse_date(cut):
        return cut
    if any(_contradicted(text) for text in (line, cut)):
        return None  # "4.11.2024 (12 April)": the line's words name neither reading of its number
    # "Saturday - 20 Shaban 1442 AH - 3 April 2021 AD - issue 15468", "Jane Doe |23.10.2023 -
    # Update: 24.10.2023": each part, and its head.
    parts = LINE_PARTS.split(candidate)
    for k, part in enumerate(parts):
        value = labelled(part, "date")
        words = (value if value is not None else part).split()
        for size in range(min(len(words), 8), 0, -1):
            head = " ".join(words[:size]).rstrip(",")
            if parse_date(head) and not (k > 0 and _headline_before(parts[0], head)):
                return head
    # "Commentary / Middle East & North Africa 14 February 2023 8 minutes": the date before the
    # reading time that ends a header line; "By Jane Doe in Politics on 5 February 2021": the
    # date ending a byline.
    rest = header_times.without_reading_time(line)
    if rest is None and labelled(line, "author") is not None:
        rest = line
    words = rest.split() if rest else []
    for size in range(1, min(len(words), 8) + 1):
        tail = " ".join(words[-size:]).lstrip(",")
        if parse_date(tail):
            return tail
    if rest and labelled(line, "author") is not None:  # "By Jane Doe on 26 February 2024 in Courts": the
        cut = _CATEGORY_AFTER.sub("", rest)  # post's category after its date, a blog's meta line
        if cut != rest:
            return date_in(cut)
    return field_date(line)


# a blog's category after the date that ends its byline ("... on 26 February 2024 in Citizenship and
# Nationality", "... le 3 mars 2022 dans Société"): the year, then the word and capitalised words
_CATEGORY_AFTER = re.compile(r"(?<=\d{4})\s+(?:in|under|dans|en|em|in der|im|nel|nella|w)\s+(?:[^\W\d_][\w'’&-]*\s*){1,6}$", re.I)


_FIELD_LABEL = re.compile(r"(?:^|(?<=\s))(?P<label>[^\W\d_][^\s\d:：]*(?:\s[^\W\d_][^\s\d:：]*){0,2})\s?[:：]\s")


def field_date(line: str) -> Optional[str]:
    """The date of a line of labelled fields, the date the whole value of one after the first
    ("News ID: 1524013  Published: 07 May 2023 - 12:30", "No.: 4411 Date: 3/5/2024", a story's
    code beside its date in any language), as text parse_date reads, or None: each label a word or
    three without a digit before a colon, each field before the date's a short value (a code, a
    name), the date's value the date alone (a time may follow it)."""
    found = list(_FIELD_LABEL.finditer(line))
    if len(found) < 2:
        return None
    for k, match in enumerate(found[1:], 1):
        before = line[found[k - 1].end():match.start()].split()
        if not 1 <= len(before) <= FIELD_WORDS:
            return None  # "Breaking: Minister says: ...": no field's value, a sentence's
        value = line[match.end():found[k + 1].start() if k + 1 < len(found) else len(line)].strip(" ,;|")
        if value and parse_date(value):
            return value
    return None


FIELD_WORDS = 4  # the words of a field's value before the date's: a code, a name


def _contradicted(text: str) -> bool:
    problem = read_date(text).problem if text else None
    return bool(problem) and problem.startswith(CONTRADICTED)


@functools.lru_cache(maxsize=CACHE)
def invalid_date_in(line: str) -> Optional[str]:
    """The value of a header line shaped like a date that is no date ("Date: 31/02/2020",
    "Published: 2020-13-45"), or None (a valid date, or no date at all)."""
    if len(line) > 120 or not any(c.isdigit() for c in line) or date_in(line):
        return None
    value = labelled(line, "date")
    for candidate in (value, value and _DATE_CUT.sub("", value).strip(" ,-–|"), line):
        if candidate and read_date(candidate).problem:
            return candidate
    return None


def states_date(line: str) -> bool:
    """Whether a line states a date, valid or not, a relative time ("3 hours ago"), a reading
    time ("5 min read") or a periodical's issue ("Volume: 19 Issue: 14"), or is a date alone in a
    calendar or a language the reader does not convert (:mod:`archive.extract.date_only_lines`): a
    header line, never a title or text."""
    return bool(date_in(line) or invalid_date_in(line) or header_times.relative_time(line)
                or header_times.without_reading_time(line) == "" or header_times.issue_stamp(line)
                or month_day(line) or only_a_date(line))  # "الخميس 12 رمضان 1445 هـ": a date of no day read


@functools.lru_cache(maxsize=1)
def _month_day_pattern() -> re.Pattern:
    from archive.extract.date_names import _words

    names = "|".join(re.escape(m) for m in sorted(_words()[0], key=len, reverse=True) if " " not in m)
    return re.compile(r"^(?:(?:%s)\.?\s+\d{1,2}|\d{1,2}\s+(?:%s)\.?)$" % (names, names), re.I)


def month_day(line: str) -> bool:
    """A day and month alone, the year left out ("Aug 4", "4 March"): a post's date line."""
    return len(line) <= 20 and bool(_month_day_pattern().match(line.strip()))



def footer_date(line: str) -> Optional[str]:
    """The date of a labelled line in the block under the text ("Date 07.10.2021", "Published:
    5 May 2021"; the colon may be missing), or of a citation of the story there (:func:`citation_date`),
    or None: a bare date there may be another story's."""
    if len(line) > 80 or not labels()["date_loose"].match(plain(line)):
        return citation_date(line)
    return date_in(line)


CITATION_CHARS = 300
CITED_NAME_WORDS = 4  # the name the date follows in a citation: an outlet's, a few words
_CITATION_PARTS = re.compile(r"\s*[,;]\s+|\s+(?:[-–—]{1,2}|//|\|)\s+|(?:(?<=\w{3}\.)|(?<=\.[\"”]))\s+(?=[A-Z\"“(\[])")


def citation_date(line: str) -> Optional[str]:
    """The date of a collector's citation of the story under its text ("Atlantico, 15/10/2019 —
    entretien avec ...", "... L'Essentiel [Luxembourg], 14 Mar. 2023, p. NA. Gale OneFile: News",
    "[Reader View – site.fm – 2023-10-09 15:20]"): a part of the line that is a whole date, right after a
    part that is a name of a few words (an outlet's, a site's), no sentence around them; else None."""
    text = line.strip().strip("[]()").strip()
    if not text or len(text) > CITATION_CHARS or not _MAYBE_DATE.search(text):
        return None
    parts = [part.strip(" .") for part in _CITATION_PARTS.split(text)]
    for k in range(1, len(parts)):
        name, part = parts[k - 1], parts[k]
        if not name or not 1 <= len(name.split()) <= CITED_NAME_WORDS or any(c.isdigit() for c in name) \
                or name.rstrip().endswith(("?", "!", ":")):
            continue
        if parse_date(part):
            return part
    return None


@functools.lru_cache(maxsize=1)
def _date_marks():
    """The date labels of ``header_labels.txt`` found anywhere in a line: a revision's
    (``[updated]``) or another (``[date]``: published, posted)."""
    sections = data_sections("header_labels.txt")
    updated = {plain(label).rstrip(":") for label in sections.get("updated", ())}
    # a revision's label in every language stamp_labels.txt knows ("Aktualisiert am", "Päivitetty"), and
    # an event's, the date of what the page reports on ("Spørgsmål stillet", "Date of incident"): beside
    # a publication label, the line's other date
    stamps = data_sections("stamp_labels.txt")
    updated |= {plain(label).rstrip(":") for kind in ("revision", "event") for label in stamps.get(kind, ())}
    dated = {plain(label).rstrip(":") for label in sections.get("date", ())} - updated

    def alternation(words) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    return re.compile(r"(?<!\w)(?:(?P<updated>" + alternation(updated) + r")|(?P<dated>" + alternation(dated) + r"))(?!\w)")


def update_stamp(line: str) -> bool:
    """Whether a header line dates only a revision ("Updated: 22 March 2021, 11:05", "آخر
    تحديث: ..."): the publication date, if a line under it gives one, outranks it."""
    folded = plain(line)
    marks = list(_date_marks().finditer(folded[:40]))
    return bool(marks) and marks[0].start() <= 2 and all(m.group("updated") for m in marks) \
        and not any(m.group("dated") for m in _date_marks().finditer(folded)) and date_in(line) is not None


def _without_update(line: str) -> str:
    """"Published 5 May 2021 | Updated 6 May 2021" -> "Published 5 May 2021": a line giving the
    publication date and a revision's, without the revision's; any other line as it is."""
    folded = plain(line)
    if len(folded) != len(line):
        return line
    marks = list(_date_marks().finditer(folded))
    if not any(m.group("updated") for m in marks) or not any(m.group("dated") for m in marks):
        return line
    kept = [line[m.start(): marks[k + 1].start() if k + 1 < len(marks) else len(line)]
            for k, m in enumerate(marks) if m.group("dated")]
    return " ".join(part.strip(" |·•,;-–—") for part in kept)


_URL_DAY = re.compile(r"^(?:https?://)?[\w.-]+\.[a-z]{2,}/(?:[^\s?#]*/)?(?P<y>(?:19|20)\d\d)[/-](?P<m>[01]?\d)[/-](?P<d>[0-3]?\d)(?:[/-]|$)", re.I)


_URL_ID_DAY = re.compile(r"^(?:https?://)?[\w.-]+\.[a-z]{2,}/(?:[^\s?#]*/)?(?:[A-Za-z]{1,5}[-_]?)?(?P<y>(?:19|20)\d\d)"
                         r"(?P<m>[01]\d)(?P<d>[0-3]\d)(?:\d{4,})?(?:[/?#.]|$)", re.I)


def url_date(line: str) -> Optional[str]:
    """The day a lone URL's path states ("https://example.com/news/2020/02/07/slug.html" ->
    "2020-02-07"; a story id opening on the day, "https://example.com/view/AEN20230314004500315"
    -> "2023-03-14"), or None: only a line that is one URL, year, month and day all written."""
    line = line.strip()
    if " " in line or len(line) > 300:
        return None
    match = _URL_DAY.match(line) or _URL_ID_DAY.match(line)
    if not match:
        return None
    text = "{}-{:0>2}-{:0>2}".format(match.group("y"), match.group("m"), match.group("d"))
    return text if parse_date(text) else None

