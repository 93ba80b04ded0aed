"""Where the article stands on a page copied as text: its title line and the header around it (a
byline standing alone beside the date, a date or byline above the title); and what stands around
the text: a page of headlines without one sentence, a note on the author; labelled metadata or a
reporter's name under the text (:mod:`archive.extract.footer_metadata`, its functions also found
here). The edges of the text itself are :mod:`archive.extract.text_edges`.

The functions take the page's lines (``content``) and the classifier's judgement of each
(:class:`archive.extract.paragraphs.Line`).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from typing import Optional

from archive.extract import boilerplate, bylines, header_dates, header_times, paragraphs
from archive.extract.author_notes import (AUTHOR_BIO, BIO_WORDS, BOX_HEADING_WORDS, BOX_LINES,  # noqa: F401  (the readers' names)
                                         author_bio, box_name, without_author_box)
from archive.extract.footer_metadata import (date_stamp, metadata_under_text,  # noqa: F401  (the readers' names)
                                             name_under_text)
from archive.extract.outlets import known_outlet
from archive.extract.profile import ABOVE_DATE, DATE_LINE_CHARS, HEAD_LINES
from archive.extract.section_menus import print_header, section_menu
from archive.extract.title_layouts import opens_in_lower_case, publisher_over_date, title_case
from archive.extract.title_mastheads import headline_under_header
from archive.extract.title_shapes import (in_label_block, in_summary_box, labelled_stamp,  # noqa: F401  (the readers' names)
                                           month_year)
from archive.extract.tags import parse_tag_line


_AND = re.compile(r"\s+(?:and|&)\s+")


def _names(line: str) -> Optional[str]:
    """The names of a line naming people alone, each perhaps with a place ("Jane Doe in Ankara",
    "Jane Doe in Ankara and John Roe in Beirut": "Jane Doe and John Roe"), or None."""
    name = bylines.bare_name(line)
    if name or not _AND.search(line):
        return name
    names = [bylines.bare_name(part) for part in _AND.split(line)]
    if len(names) > 3 or not all(n and bylines.person_name(n) for n in names):
        return None
    return " and ".join(names)


def bare_byline(content: list, position: int) -> Optional[str]:
    """A name alone on a line ("Jane Doe in Ankara") next to the date line of the header."""
    name = _names(content[position])
    if not name or boilerplate.is_junk_line(content[position]):
        return None
    if boilerplate.summary_box_at(content, position) > position:
        return None  # the heading of a box of points ("Bottom Line Up Front" over "• ..." lines)
    near = content[max(0, position - 1) : position] + content[position + 1 : position + 2]
    under = content[position + 1] if position + 2 < len(content) else ""
    if under and (bylines.role_line(under) or bylines.desk_line(under) or _masthead_again(content, position + 1)
                  or bracketed_credit(under)):
        near.append(content[position + 2])  # "Jane Doe", "Home Affairs Correspondent", "Ankara - News Desk" or the masthead, the date
    over = content[position - 1] if position >= 2 else ""
    if len(over.split()) >= HEADLINE_WORDS and not paragraphs.ends_sentence(over) and bylines.person_name(name):
        above = position - 2
        while above > 0 and header_times.issue_stamp(content[above]):
            above -= 1  # the issue's number between the date and the headline
        near.append(content[above])  # the date over the headline, the name under it
    if any(bylines.date_in(other) or header_times.relative_time(other) or header_times.without_reading_time(other) == ""
           or header_dates.month_day(other) or month_year(other)
           for other in near):
        return name  # a date, "3 hours ago" or "3 min read" beside the name
    if under and bylines.role_line(under) and bylines.person_name(name):
        return name  # "Jane Doe" over "Senior Reporter": a byline, dated or not
    return None


BRACKETED_WORDS = 6


def bracketed_credit(line: str) -> bool:
    """A short line wholly in brackets ("(Agency Name)" under the reporter's name): a credit of
    the byline, never a headline."""
    return line.startswith("(") and line.endswith(")") and len(line.split()) <= BRACKETED_WORDS \
        and "(" not in line[1:-1] and ")" not in line[1:-1]


HEADLINE_WORDS = 4  # a line over the name this long, no sentence, is the headline: the date may stand over it


_MASTHEAD_PARTS = re.compile(r"\s+[|–—-]\s+|\s*\|\s*")  # "The Daily Post | News from the valley"


def _masthead_again(content: list, at: int) -> bool:
    """A short line the page printed above already (the outlet's masthead, under the reporter's
    name: "Jane Doe" / "The Daily Post" / the date), alone or as the part of an earlier line its
    bars or dashes set apart (the masthead beside its tagline)."""
    line = content[at]
    if len(line.split()) > 5:
        return False
    earlier = content[:at - 1]
    return line in earlier or any(part.strip() == line for above in earlier for part in _MASTHEAD_PARTS.split(above))


_URL = re.compile(r"^\S*(?:https?://|www\.)\S+$", re.I)
TITLE_WINDOW = 40  # the title is looked for among this many lines above the text
MIN_TITLE_WORDS = 5  # a shorter line above a headline is a section's name, not the title


def places_only(line: str) -> bool:
    """A line naming places and nothing else ("Hasakah, Syria", where the reporter files from, under
    the byline): never a headline. Places are the gazetteer's."""
    parts = [part.strip(" .") for part in re.split(r"\s*[,،/|–-]\s*", line) if part.strip(" .")]
    from archive.extract.place_datelines import place_names

    return bool(parts) and len(parts) <= 3 and all(part.casefold() in place_names() for part in parts)


def title_index(content: list, lines: list, start: int, end: int, labels: Optional[set] = None) -> int:
    """Where the title is: the most headline-like line above the text, near it, best followed
    by a byline or date; of a headline and the standfirst under it, the headline. ``labels`` are
    the lines the folder's header template has (a section's name repeated above the date): never
    the title."""
    labels = labels or set()
    best, best_score = None, None
    last = start if start + 1 < end else start - 1
    for i in range(max(0, start - TITLE_WINDOW), last + 1):
        listed = _listed_headline(content, lines, i)
        if i in labels or not (headline_like(content[i], lines[i]) or listed) or bare_byline(content, i) \
                or _role_by_name(content, i) or places_only(content[i]) \
                or section_menu(content[i]) or print_header(content[i], content) or in_label_block(content, i) \
                or in_summary_box(content, i) or labelled_stamp(content[i], placed=True):
            continue
        score = -0.05 * (start - i)
        under = range(i + 1, min(i + 4, len(content)))
        named = any(bylines.header_byline(content[j]) or (lines[j].furniture in (None, "template") and bare_byline(content, j))
                    for j in under)  # a menu of capitalised words ("Home About Archive Contact") names nobody
        dated = any(bylines.states_date(content[j]) for j in under)
        if listed and not (named or dated):
            continue  # a headline among links ("Listen Live" over it) only where a byline or date stands under it
        if named or dated:
            score += 3
        if named and dated:
            score += 1  # the page's header, not a post's heading in a live page ("Heading" over "By Jane Doe")
        if best_score is None or score > best_score:
            best, best_score = i, score
    if best is None and labels:  # no other headline: the label is the best there is
        return title_index(content, lines, start, end)
    if best is None:  # the first line, as plain files have it, unless it is furniture or text
        best = 1 if (known_outlet(content[0]) or print_header(content[0], content)) and len(content) > 2 else 0
        if lines[best].furniture is not None or (start <= best < end and lines[best].sentence):
            return None
        return headline_under_header(content, lines, best, start, labels) or best
    # A short label over the date ("News release", "Also available in") with a headline right
    # under the date: the headline.
    if lines[best].words < MIN_TITLE_WORDS:
        date_at = next((j for j in range(best + 1, min(best + 4, len(content))) if bylines.states_date(content[j])), None)
        under = None if date_at is None else date_at + 1
        if under is not None and under <= last and under not in labels and headline_like(content[under], lines[under]) \
                and lines[under].words >= MIN_TITLE_WORDS:
            return under
    # The publisher's name, or a release's label naming it, over the date: the headline under the date.
    under_date = publisher_over_date(content, lines, best, start, labels)
    if under_date is not None:
        return under_date
    # A standfirst without a final stop looks like a headline too: the title is the line above;
    # above a second such line, a line in Title Case over them (never a tagline in lower case).
    if _standfirst_under(content, lines, best, labels):
        best -= 1
        if _standfirst_under(content, lines, best, labels) and title_case(content[best - 1]) \
                and not title_case(content[best]):
            best -= 1
    return headline_under_header(content, lines, best, start, labels) or best  # "Site" / "tagline" / date / headline


def _standfirst_under(content: list, lines: list, best: int, labels: set) -> bool:
    """Whether line ``best`` is a standfirst under the headline above it (module doc of title_index)."""
    return best > 0 and best - 1 not in labels and not (best - 1 == 0 and masthead_shape(content[0])) \
        and not section_menu(content[best - 1]) and not print_header(content[best - 1], content) \
        and not labelled_stamp(content[best - 1], placed=True) \
        and not (opens_in_lower_case(content[best - 1]) and not opens_in_lower_case(content[best])) \
        and (headline_like(content[best - 1], lines[best - 1]) or _listed_headline(content, lines, best - 1)) \
        and MIN_TITLE_WORDS <= lines[best - 1].words and content[best] not in content[best - 1]


_MASTHEAD = re.compile(r"^(?P<name>[^|–—:]{2,40}?)\s+[|–—]\s+(?P<motto>[^|–—]{2,60})$")
MASTHEAD_NAME_WORDS = 4


def masthead_shape(line: str) -> bool:
    """A page's first line of a site's name and its motto ("The Lakeside Courier | The County's
    Newspaper", "Site — News of the region"): a short name in capitals, a separator, no final stop.
    Over the headline, it is no standfirst-like line the title could move up to."""
    match = _MASTHEAD.match(line)
    if not match or line.endswith((".", "!", "?")):
        return False
    name = match.group("name").split()
    return len(name) <= MASTHEAD_NAME_WORDS and all(not w[:1].isalpha() or w[:1].isupper() or not w[:1].isascii()
                                                    for w in name)


def _listed_headline(content: list, lines: list, i: int) -> bool:
    """A line of a headline's shape that the classifier took for a link only by its place (under a
    link's heading such as "Listen Live", :func:`paragraphs._link_lists`)."""
    return lines[i].listed and headline_like(content[i], dataclasses.replace(lines[i], furniture=None))


_CONTINUATION = re.compile(r"^(?:and|&)\s+(?P<rest>\S.*)$")


def byline_continuation(line: str) -> Optional[str]:
    """The name a byline's second line adds ("and Omar Saeed" under "By Hannah Kessler"), or None."""
    match = _CONTINUATION.match(line)
    return bylines.bare_name(match.group("rest")) if match else None


def opens_with_conjunction(line: str) -> bool:
    """A line that goes on from the one above ("and Omar Saeed", "& John Roe"): never a headline."""
    return bool(_CONTINUATION.match(line))


def _role_by_name(content: list, i: int) -> bool:
    """A reporter's role on the line under or over their name ("Freelance journalist based in
    Erbil" under "Jane Doe"): part of the byline."""
    if not bylines.role_line(content[i]):
        return False
    near = content[max(0, i - 1) : i] + content[i + 1 : i + 2]
    return any(bylines.bare_name(other) or bylines.header_byline(other) for other in near)


def outlet_part(line: str) -> Optional[str]:
    """The outlet a short line names alone or beside a place ("Kurdistan24 - Erbil")."""
    if len(line) > 80:
        return None
    if known_outlet(line):
        return line
    parts = _OUTLET_PARTS.split(line)
    if len(parts) == 2:
        at = next((i for i, part in enumerate(parts) if known_outlet(part)), None)
        beside = parts[1 - at] if at is not None else ""
        if at is None or len(beside.split()) > 4 or _PICTURE_CREDIT.search(beside):
            return None  # "... Photo by Rodi Said/Reuters": the picture's agency, under a caption
        return parts[at]
    return None


def caption_credit(line: str) -> bool:
    """A picture's caption ending in its credit ("... Photo by Rodi Said/Reuters", "... (دليل
    سليمان/فرانس برس)"): a line of the header that names the picture's agency, not the outlet."""
    parts = _OUTLET_PARTS.split(line) if len(line) <= 200 else ()
    return len(parts) == 2 and bool(known_outlet(parts[1])) and (
        len(parts[0].split()) > 4 or bool(_PICTURE_CREDIT.search(parts[0])))


_PICTURE_CREDIT = re.compile(r"\b(?:photo|photograph|picture|image|credit|file|via)\b|صورة|تصوير", re.I)


def name_beside_outlet(line: str) -> Optional[str]:
    """The reporter's name a line gives beside the outlet's ("العربية.نت - رامي الحسيني",
    "Jane Doe | Rudaw"), or None."""
    labelled = bylines.byline(line)  # "By Jane Doe | Rudaw": the label is not part of the name
    if labelled:
        return labelled[0] if labelled[1] and known_outlet(labelled[1]) else None
    parts = _OUTLET_PARTS.split(line)
    if len(parts) == 3 and len(line) <= 80:
        return bylines.bare_name(line)  # "Jane Doe | Pristina | BIRN": the place between
    if len(parts) != 2 or len(line) > 80:
        return None
    outlet_at = next((i for i, part in enumerate(parts) if known_outlet(part)), None)
    if outlet_at is None:
        return None
    return bylines.bare_name(parts[1 - outlet_at].strip())


_OUTLET_PARTS = re.compile(r"\s+[-–—|]\s+|\s*[|/]\s*")


CREDIT_PLACE_WORDS = 4


def masthead_credit(content: list, i: int) -> bool:
    """Whether line ``i`` is the outlet's credit over a story: the page's masthead (its first line)
    then a dash and a place of a few words ("Site News - Hasakah (exclusive)"), never a headline."""
    parts = _OUTLET_PARTS.split(content[i])
    return i > 0 and len(parts) == 2 and 0 < len(parts[1].split()) <= CREDIT_PLACE_WORDS \
        and parts[0].strip().casefold() == content[0].strip().casefold()


def report_mark(line: str) -> bool:
    """A headline opening with a label that heads a byline as often ("تقرير: مئات الأطفال ...": the
    report's own mark, header_labels.txt [author_if_name]), where no name alone follows it."""
    return bylines.labelled(line, "author_if_name") is not None and bylines.byline(line) is None


def headline_like(line: str, judged) -> bool:
    words = judged.words
    return (
        2 <= words <= 30
        and judged.furniture in (None, "template")
        and not line.endswith((".", ",", ";", ":", "…"))
        and not outlet_part(line)
        and parse_tag_line(line) is None
        and not bylines.tag_heading(line)
        and not bylines.header_byline(line)
        and not (bylines.opens_with_author_label(line) and not report_mark(line))
        and not opens_with_conjunction(line)
        and not _URL.match(line)
        and not bracketed_credit(line)
        and not bylines.states_date(line)
        and not paragraphs.is_bullet(line)
        and not boilerplate.is_junk_line(line)
    )


# -- around the text: a header above the title, metadata and a signature under the text ---------


MIN_UNSENTENCED_WORDS = 40  # a text shorter than this with no sentence is a list of links


def headlines_only(body: list, lines: list) -> bool:
    """What is left is a few lines without one sentence among them (a tag page's list of
    headlines; a question is a headline's form too: "Who guards the prisons?"), on a page that has
    furniture: no article."""
    if sum(len(p.split()) for p in body) >= MIN_UNSENTENCED_WORDS or not any(line.furniture for line in lines):
        return False
    return not any(paragraphs.ends_sentence(p) and not p.rstrip("\"”’»)").endswith(("?", "؟")) for p in body)


ABOVE_TITLE = 4  # header lines read above the title (a date or byline over the headline)


def header_above(record, content: list, lines: list, title_at: int) -> None:
    """A date or byline standing right above the title ("Section / 5 May 2021 / By Jane Doe /
    Headline"): read where the lines under the title gave none."""
    for at in range(title_at - 1, max(-1, title_at - 1 - ABOVE_TITLE), -1):
        line = content[at]
        if paragraphs.is_bullet(line):
            continue  # a menu's item ("* Our Staff")
        date = bylines.date_in(line)
        byline = None if date else bylines.header_byline(line)
        name = None if date or byline or lines[at].furniture not in (None, "template") \
            else bare_byline(content, at)
        if date:
            record.published = record.published or date
            signed = bylines.header_byline(line)  # "Posted on 12 July 2019 by Jane Doe" over the headline
            if signed and record.author is None and not bylines.not_a_person(signed[0], record.outlet):
                record.author = signed[0]
        elif byline:
            record.author = record.author or byline[0]
        elif name and bylines.person_name(name):
            record.author = record.author or name
        elif lines[at].furniture is None and lines[at].words > 3:
            return  # text or another headline: the header is over


def above_date(content: list) -> list:
    """Indexes of the lines just above the text's first date line (archive.extract.profile's
    header template counts the same lines across the folder)."""
    at = bylines.first_date_line(content, HEAD_LINES, DATE_LINE_CHARS)
    return [] if at is None else list(range(max(0, at - ABOVE_DATE), at))
