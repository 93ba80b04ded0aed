"""Where a page's headline stands beside its masthead and header, by position and shape (issue #13,
round 23): rules the title's search (:func:`archive.extract.page_layout.title_index`,
:func:`archive.extract.title_guards.title_at`) applies to the lines above the text.

- **A breadcrumb trail parts the masthead from the story** ("Home › News › Statements", "You are
  here: ..."): the lines above the page's first trail are the site's name and tagline, never the
  title, where a line of a headline's shape stands between the trail and the text.
- **A labelled name is a byline** ("Author of the article: Jane Doe", "Text and photos: Jane Doe"):
  a label of a few words, a colon, and a person's name alone; never the title.
- **The publisher's line over the date** ("Ministry for Foreign Affairs" / its date / the headline;
  a page's name / its date / "Statement to the public" / the headline): where the line the search
  took names an organisation and a date line stands under it, the line of a headline's shape under
  the date (past one short label) that stands right over the text is the headline, where it shares
  three times as many words with the text's first paragraph as the publisher's line does.
- **A headline over two standfirst lines**: of a run of lines without a final stop over the byline,
  a line in Title Case over lines in sentence case is the headline ("Donors Balk at Paying ..." over
  "Aid agencies say ..." over "Officials warn ...").
- **A dateline alone is no headline** (round 27: "DOHA, April 11" under "Jane Doe | Outlet" under
  the headline, the date without its year so that no date is read): where the line the search took
  is a place's name in capitals, a comma and a date's words, the line of a headline's shape over it,
  past the byline lines between them, is the headline.
- **An organisation's name over a headline** (round 27: a research brief's centre over "Research
  brief: ..."): where the line the search took is an organisation's name alone (its words
  capitalised, a kind's word of the data among them, no verb's small words) and the line right
  under it has a headline's shape and more words, that line is the headline.
- **A headline the line classifier took for a widget** by one word ("The long road home from
  ..."; "home" is a menu's word): where no other line is the title, the line of a headline's shape
  right over the text's byline lines.
- **A text block taken to open on the page's header** (round 30: a tagline of short sentences, a
  centre's name in brackets judged a sentence): the line of a headline's shape right over the byline
  and date lines that stand over the first paragraph of prose (:func:`headline_in_block`).
"""

from __future__ import annotations

import re
from typing import Optional

CRUMB_WORDS = 4  # an item of a breadcrumb trail: this many words at most
CRUMB_ITEMS = 2
_CRUMB_SPLIT = re.compile(r"\s+[›»>]\s+|\s*[›»]\s*")
LABEL_NAME_WORDS = 4  # "Author of the article": a byline's label of at most this many words
MIN_LABEL_WORDS = 2  # a one-word label ("Interview: Jane Doe") may head a story; its byline labels are the byline reader's
NAME_WORDS = 4
UNDER_DATE_LABEL_WORDS = 4  # "Statement to the public" between the date and the headline
MIN_HEADLINE_WORDS = 5
TITLE_CASE_SHARE = 0.6  # a line in Title Case: this share of its longer words capitalised at least
LONG_WORD = 4  # words shorter than this ("of", "the", "at") are left out of the share
ROLE_WORDS = 5  # a reporter's role under the name
HEADER_REACH = 3  # byline lines between a widget-taken headline and the text: this many at most


def breadcrumb(line: str) -> bool:
    """A breadcrumb trail: two items or more of a few words each, parted by "›", "»" or " > "
    ("News › Camps & Detention", "You are here: Home › Topics › News"), no final stop."""
    line = line.strip()
    if not line or line.endswith((".", "!", "?")) or "«" in line:
        return False  # «...»: quotation marks, not a trail's separators
    parts = [p.strip() for p in _CRUMB_SPLIT.split(line)]
    return len(parts) >= CRUMB_ITEMS and all(0 < len(p.split()) <= CRUMB_WORDS for p in parts)


def above_breadcrumb(content: list, lines: list, start: int, first: int) -> set:
    """The lines above the page's first breadcrumb trail among ``content[first:start]`` (the window
    over the text), where a line of a headline's shape stands between the trail and the text: the
    masthead's, never the title."""
    from archive.extract.page_layout import headline_like

    trail = next((i for i in range(first, min(start, len(content))) if breadcrumb(content[i])), None)
    if trail is None or trail == 0:
        return set()
    if not any(headline_like(content[j], lines[j]) and lines[j].words >= MIN_HEADLINE_WORDS
               for j in range(trail + 1, min(start + 1, len(content)))):
        return set()
    return set(range(0, trail))


def labelled_name(line: str) -> bool:
    """A byline under a label of a few words ("Author of the article: Jane Doe"): the label has
    no digit, the value is a person's name alone, its words capitalised (a cased script: in Arabic
    a headline's two parts, "...: ...", may look like any name)."""
    from archive.extract.person_names import person_name

    label, sep, value = line.partition(":")
    value = value.strip()
    if not sep or re.search(r"\d", label) or not MIN_LABEL_WORDS <= len(label.split()) <= LABEL_NAME_WORDS:
        return False
    words = value.split()  # a name in a cased script, every word capitalised ("R v Q" is a case's name)
    return 2 <= len(words) <= NAME_WORDS and not re.search(r"[.!?,;:]$", value) \
        and all(len(w) > 1 and w[:1].isupper() for w in words) and person_name(value)


def _under_date(content: list, lines: list, best: int, last: int) -> Optional[int]:
    """The line of a headline's shape under the date line right under ``best`` (past one short
    label), standing right over the text (index ``last`` at most, the text's first line after)."""
    from archive.extract import bylines
    from archive.extract.page_layout import headline_like

    if best + 1 >= len(content) or not bylines.states_date(content[best + 1]):
        return None
    at = best + 2
    if at < last and lines[at].words <= UNDER_DATE_LABEL_WORDS and headline_like(content[at], lines[at]):
        at += 1  # "Statement to the public" over the headline
    if at != last or at >= len(content) or lines[at].words < MIN_HEADLINE_WORDS or lines[at].sentence \
            or not headline_like(content[at], lines[at]):
        return None
    return at


def publisher_over_date(content: list, lines: list, best: int, start: int, labels: set) -> Optional[int]:
    """The headline under the date where the line taken (``best``) is the publisher's name or a
    release's label naming it ("Press release from the Ministry ...") over that date; else None."""
    from archive.extract.title_guards import names_organisation

    if not names_organisation(content[best]) or lines[best].words > PUBLISHER_WORDS or start >= len(content):
        return None
    found = _under_date(content, lines, best, start - 1)
    if found is None or found in labels or names_organisation(content[found]):
        return None
    # The headline tells what the text's first paragraph tells: it shares its words, the
    # publisher's line next to none (a headline naming a court over a standfirst keeps its place).
    text = _content_words(content[start])
    shared, publisher = len(_content_words(content[found]) & text), len(_content_words(content[best]) & text)
    return found if shared >= MIN_SHARED and publisher * SHARE_RATIO <= shared else None


PUBLISHER_WORDS = 8  # the publisher's name, or a release's label naming it: a short line
MIN_SHARED = 3  # words of the headline in the text's first paragraph: this many at least
SHARE_RATIO = 3  # ... and this many times the publisher line's
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")


def _content_words(line: str) -> set:
    return {w.casefold() for w in _CONTENT_WORD.findall(line)}


def title_case(line: str) -> bool:
    """Whether most of a line's longer words open with a capital ("Donors Balk at Paying for ...")."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if len(w) >= LONG_WORD]
    return len(words) >= 2 and sum(w[:1].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)


def opens_in_lower_case(line: str) -> bool:
    """A line whose first letter is a small letter of a cased script ("a fortnightly letter about
    ..."): a tagline, never a headline over a capitalised one."""
    first = next((c for c in line if c.isalnum()), "")
    return first.islower()  # "1 big thing: ..." opens with its number


BAR_LINES = 2  # furniture bars between the header and the text passed over: this many at most
_BAR_SEPARATORS = re.compile(r"\s[|·•]\s")


def _bar(line: str, judged) -> bool:
    """A bar of the page's buttons or links (share, print, e-mail): a line of furniture whose items
    stand apart by separators, never a headline."""
    return judged.furniture is not None and len(_BAR_SEPARATORS.findall(line)) >= 1


def widget_headline(content: list, lines: list, start: int) -> Optional[int]:
    """The line right over the text's byline lines (a name, a role, a date: ``HEADER_REACH`` at
    most) that the classifier took for a widget by one word, though it has a headline's shape; else
    None. For a page where no other line is the title."""
    import dataclasses

    from archive.extract import bylines
    from archive.extract.page_layout import bare_byline, headline_like

    def header(i: int) -> bool:  # a byline, a date, a name; or a role under a name ("Chief correspondent")
        return bool(bylines.header_byline(content[i]) or bylines.states_date(content[i]) or bare_byline(content, i)
                    or bylines.role_line(content[i])
                    or (i > 0 and lines[i].words <= ROLE_WORDS and not lines[i].sentence and bare_byline(content, i - 1)))

    at = start - 1
    while at >= 0 and start - at <= BAR_LINES and _bar(content[at], lines[at]):
        at -= 1  # a share or print bar between the header and the text ("Print | Email | Share")
    under = at
    while at >= 0 and under - at < HEADER_REACH and header(at):
        at -= 1
    if at < 0 or at == under or lines[at].furniture != "widget" or lines[at].words < MIN_HEADLINE_WORDS:
        return None
    return at if headline_like(content[at], dataclasses.replace(lines[at], furniture=None)) else None


DATELINE_PLACE_WORDS = 3  # "DOHA", "NEW YORK", "ABU DHABI": a dateline's place in capitals
BYLINES_OVER_DATELINE = 2  # byline lines between the headline and the dateline: this many at most


def dateline_alone(line: str) -> bool:
    """A story's dateline standing alone ("DOHA, April 11", "ERBIL, 3 May"): a place in capitals, a
    comma, and words the date reader takes for a date's (a stamp without a year), nothing else."""
    from archive.extract import bylines

    place, comma, rest = line.strip().partition(",")
    letters = [c for c in place if c.isalpha()]
    if not comma or not rest.strip() or not letters or not all(c.isupper() for c in letters) \
            or not 0 < len(place.split()) <= DATELINE_PLACE_WORDS:
        return False
    return bylines.states_date(rest.strip()) or bool(bylines.date_in(rest.strip()))


_CREDIT_SPLIT = re.compile(r"\s+[|·•]\s+")


def _name_and_credit(line: str) -> bool:
    """A byline of a person's name and its credit apart by a bar ("Jane Doe | Outlet")."""
    from archive.extract.person_names import person_name

    parts = _CREDIT_SPLIT.split(line.strip())
    return len(parts) == 2 and len(parts[1].split()) <= NAME_WORDS + 2 and bool(person_name(parts[0]))


def headline_over_dateline(content: list, lines: list, title_at) -> Optional[int]:
    """The headline over a dateline the search took (:func:`dateline_alone`), past the byline lines
    between them ("Jane Doe | Outlet", "By Jane Doe"); else None."""
    from archive.extract import bylines, page_layout

    if title_at is None or title_at <= 0 or not dateline_alone(content[title_at]):
        return None
    at = title_at - 1
    while at >= 0 and title_at - at <= BYLINES_OVER_DATELINE and (
            bylines.header_byline(content[at]) or page_layout.outlet_part(content[at])
            or page_layout.bare_byline(content, at) or _name_and_credit(content[at])):
        at -= 1
    if at < 0:
        return None
    return at if lines[at].words >= MIN_HEADLINE_WORDS and not lines[at].sentence \
        and page_layout.headline_like(content[at], lines[at]) else None


ORGANISATION_WORDS = 8  # an organisation's name alone: this many words at most


def headline_under_organisation(content: list, lines: list, title_at, start: int) -> Optional[int]:
    """The headline right under an organisation's name the search took (module doc), else None."""
    from archive.extract.page_layout import headline_like
    from archive.extract.title_guards import names_organisation
    from archive.extract.title_stamps import CONNECTORS

    if title_at is None or title_at < 0 or title_at + 1 >= len(content) or title_at + 1 > start:
        return None
    name, under = content[title_at], content[title_at + 1]
    words = name.split()
    if not 2 <= len(words) <= ORGANISATION_WORDS or re.search(r"[.!?:;,\d|]", name) or not names_organisation(name):
        return None
    if not all(w[:1].isupper() or w.casefold() in CONNECTORS for w in words):
        return None
    if lines[title_at + 1].words <= len(words) or lines[title_at + 1].words < MIN_HEADLINE_WORDS \
            or lines[title_at + 1].sentence or not headline_like(under, lines[title_at + 1]):
        return None
    return title_at + 1


PROSE_WORDS = 25  # the text's first paragraph of prose: this many words at least
BLOCK_HEAD_LINES = 8  # the block's lines over that paragraph where its header may stand
HEADER_GAP = 3  # the byline and date lines between the headline and that paragraph: this many at most
LABEL_WORDS = 5  # the lines between a title found in the block and the headline: labels this short ("Research Briefing 14")


def headline_in_block(content: list, lines: list, start: int, end: int, found: Optional[int], never: set) -> Optional[int]:
    """The headline where the text's block was taken to open on the page's header (round 30: a
    tagline of short sentences under the masthead, "Check. Explain. Uncensored.", or a centre's name
    in brackets, judged a sentence): the line of a headline's shape among the block's first lines,
    over the first paragraph of prose, with only byline and date lines between them (a name alone,
    "Authors: ...", a date; one of them at least). Taken where the search found no title, or one
    inside the block with no byline or date under it; else None."""
    from archive.extract import bylines
    from archive.extract.page_layout import bare_byline, headline_like

    prose = next((j for j in range(start, min(end, start + BLOCK_HEAD_LINES + 1))
                  if lines[j].words >= PROSE_WORDS and lines[j].sentence), None)
    if prose is None or prose == start:
        return None

    def dated(j: int) -> bool:
        return bool(bylines.header_byline(content[j]) or bylines.states_date(content[j])
                    or bylines.opens_with_author_label(content[j]))

    def header(j: int) -> bool:
        return dated(j) or bare_byline(content, j) or bylines.role_line(content[j])

    if found is not None and (found < start or any(dated(j) for j in range(found + 1, min(found + 4, len(content))))):
        return None  # a title found over the block (standfirsts may part it from its byline), or with its byline under it
    for i in range(prose - 2, max(start, found + 1 if found is not None else start) - 1, -1):
        between = range(i + 1, prose)
        if len(between) > HEADER_GAP or not all(header(j) for j in between) or not any(dated(j) for j in between):
            continue
        if i in never or lines[i].words < 3 or not headline_like(content[i], lines[i]) or bare_byline(content, i):
            continue
        if found is not None and any(lines[j].words > LABEL_WORDS for j in range(found + 1, i)):
            return None  # standfirst lines under the title found: the line over the byline is the last of them
        return i
    return None
