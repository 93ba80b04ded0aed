"""A page that lists other pages instead of holding an article: a tag, section or search page's
teasers (a headline, a date, the opening of each story cut short with "…"), by its shape alone.

A text is such a list when what is left of it holds three teasers or more (short paragraphs cut
short) and not one paragraph of prose (whole sentences of some length): an article is written in
them, a listing never is. The readers refuse it with a reason (:data:`TEASER_LIST`).
"""

from __future__ import annotations

import functools
import re
from typing import Sequence

from archive.extract.line_furniture import ends_sentence

TEASER_LIST = "a list of teasers (a tag, section or search page), no article text"
MIN_TEASERS = 3
TEASER_WORDS = 40  # a story's opening cut short: at most this many words
PROSE_WORDS = 8  # a paragraph of prose: a sentence or more of at least this many words
_CUT_SHORT = re.compile(r"(?:\.\.\.|…)\s*(?:\[…\]|\[\.\.\.\]|»|→|(?:read more|continue reading|more|اقرأ المزيد|المزيد)"
                        r"(?:\s*(?:»|→|>))?)?\s*$", re.I)  # "... Read more": the link to the story after the cut


def teaser(paragraph: str) -> bool:
    """A story's opening cut short: a few words ending in an ellipsis (a "Read more" link after it)."""
    return len(paragraph.split()) <= TEASER_WORDS and bool(_CUT_SHORT.search(paragraph))


def prose(paragraph: str) -> bool:
    """A paragraph of the article's prose: whole sentences, not a few words."""
    return len(paragraph.split()) >= PROSE_WORDS and ends_sentence(paragraph)


def teaser_list(paragraphs: Sequence[str]) -> bool:
    """Whether the paragraphs are a list of teasers rather than an article (see the module): teasers
    cut short, or headlines each stamped with its date (:func:`dated_headline`)."""
    return sum(1 for p in paragraphs if teaser(p) or dated_headline(p)) >= MIN_TEASERS \
        and not any(prose(p) for p in paragraphs)


STAMP_CHARS = 32  # a headline's own date after a dash: "2 days ago", "14 March 2024"
HEADLINE_WORDS = 20
_STAMPED = re.compile(r"^(?P<headline>.*\w.*?)\s+[—–|·•-]\s+(?P<stamp>[^—–|·•]{2,%d})$" % STAMP_CHARS)


def dated_headline(paragraph: str) -> bool:
    """A listing's item: a headline (no sentence's end) with its story's date after a dash or a bar
    ("Camp council meets donors — 2 days ago", "... | 14.03.2024"), in any language the date
    reader reads: a tag or search page's link, never a paragraph of an article."""
    from archive.extract.header_dates import states_date

    if len(paragraph.split()) > HEADLINE_WORDS or paragraph.rstrip().endswith((".", "!", "?", "؟")):
        return False  # a sentence closing on a date is prose
    match = _STAMPED.match(paragraph.strip())
    if not match or ends_sentence(match.group("headline")) or len(match.group("headline").split()) < 3:
        return False
    return states_date(match.group("stamp").strip())


SHORT_TEXT_WORDS = 60  # what a listing leaves as "text": a teaser's summary or two
TEASER_DATE_CHARS = 40


@functools.lru_cache(maxsize=None)
def _read_more_links() -> frozenset:
    from archive.extract.data import data_lines

    return frozenset(line.casefold() for line in data_lines("newsletter_markers.txt"))


def item_end(line: str) -> bool:
    """The line that closes a teaser: its date ("2 hours ago") or the link to the story ("Read more")."""
    from archive.extract.header_dates import states_date

    if len(line) > TEASER_DATE_CHARS:
        return False
    return states_date(line) or read_more_link(line)


def read_more_link(text: str) -> bool:
    """A link's whole text that leads to the story a teaser opens ("Read more »", "اقرأ المزيد")."""
    text = " ".join(text.split()).strip(" »›→…>:.").casefold()
    return bool(text) and text in _read_more_links()


def dated_teasers(content: Sequence[str]) -> int:
    """How many teasers a page of lines lists in the shape headline / summary / date or "Read more"
    ("Syria: ...", "Aid agencies warn ...", "2 hours ago"): short closing lines, each under two
    lines that close nothing."""
    ends = [item_end(line) for line in content]
    return sum(1 for j in range(2, len(content)) if ends[j] and not ends[j - 1] and not ends[j - 2])


def teaser_page(body: Sequence[str], content: Sequence[str], templated: bool = False) -> bool:
    """A page of plain text that lists teasers closed by a date or a "Read more" link (three or more) and leaves next to no text,
    each paragraph of it a teaser's summary or headline (a date line right under it, or under
    its summary), a short line on the section over them allowed: a topic or section
    page, whatever one teaser's summary was taken for. A short story beside a list of dated
    links keeps its text. Two such teasers are a list where the page sets a list's pager under them
    ("Load more stories", :func:`pager_line`, round 28). ``templated``: the page holds lines of its collection's template (an
    outlet whose other pages the import holds): with its template known, a page of that outlet
    holding three teasers cut short and not one paragraph of prose is a tag or section page,
    whatever line was left for its text (the pager's "Page 1 of 4")."""
    if teaser_list(body):
        return True  # what is left is teasers cut short and headlines, not one paragraph of prose
    if (templated or any(teaser(p) for p in body)) and not any(prose(p) for p in body) \
            and sum(1 for line in content if teaser(line)) >= MIN_TEASERS:
        return True  # the same, the page's first teasers cut as furniture at the text's edge
    if templated and dated_items(body, content):
        return True  # headline / "date — lead" items, the leads whole sentences
    if labelled_items(content) >= MIN_TEASERS and sum(len(p.split()) for p in body) < SHORT_TEXT_WORDS \
            and all(len(p.split()) < LONE_PARAGRAPH_WORDS for p in body):
        return True  # headlines each over the same link's label, in any language, and no paragraph of a story
    if sum(len(p.split()) for p in body) >= SHORT_TEXT_WORDS:
        return False
    teasers = dated_teasers(content)
    if teasers < MIN_TEASERS and not (teasers >= PAGED_TEASERS and any(pager_line(line) for line in content)):
        return False
    items = _item_lines(content)
    if body and body[0] not in items and len(body[0].split()) <= BLURB_WORDS and len(body) > 1:
        body = body[1:]  # a line on the section over its teasers ("All our reporting on ...")
    return bool(body) and all(p in items for p in body)


BLURB_WORDS = 20
PAGED_TEASERS = 2  # dated teasers over a list's pager ("Load more stories"): a listing from this many


@functools.lru_cache(maxsize=None)
def _pager_lines() -> frozenset:
    from archive.extract.data import data_lines

    return frozenset(" ".join(line.casefold().split()) for line in data_lines("listing_controls.txt"))


def pager_line(line: str) -> bool:
    """A listing's control to show more of its items ("Load more stories", "Older posts", "تحميل
    المزيد"; ``archive/data/listing_controls.txt``), the line's whole text: a list's, never an
    article's."""
    text = " ".join(line.split()).strip(_LABEL_TRIM).casefold()
    return bool(text) and text in _pager_lines()
ITEM_HEADLINE_WORDS = 16
_DATE_LED = re.compile(r"^(?P<date>[^—–|:]{4,32}?)\s+[—–|-]\s+\S")  # "27/11/2023 — A court ...", "3 March 2024 - ..."


def dated_lead(line: str) -> bool:
    """A teaser's lead opening with its story's date before a dash ("27/11/2023 — A court began ...")."""
    from archive.extract.header_dates import states_date

    match = _DATE_LED.match(line)
    return bool(match) and states_date(match.group("date"))


def dated_items(body: Sequence[str], content: Sequence[str]) -> bool:
    """Whether the page lists items of the shape headline / "date — lead" (``MIN_TEASERS`` or more:
    a tag or section page whose leads are whole sentences) and its text is nothing else: each
    paragraph such an item's headline or lead, or a line too short for prose. A timeline in an
    article opens its paragraphs with dates too, but no headline stands over each."""
    leads = {j for j in range(1, len(content)) if dated_lead(content[j])}
    items = [j for j in leads if j - 1 not in leads and not ends_sentence(content[j - 1])
             and len(content[j - 1].split()) <= ITEM_HEADLINE_WORDS]
    if len(items) < MIN_TEASERS:
        return False
    held = {content[j] for j in items} | {content[j - 1] for j in items}
    return bool(body) and all(p in held or len(p.split()) < PROSE_WORDS for p in body)


def _item_lines(content: Sequence[str]) -> set:
    """The lines of the page's teasers over their closing lines: the one right over each (a summary,
    or a headline alone), and a headline without a final stop over a summary (headline / summary /
    date: a section page's items, its text taken from one of them)."""
    ends = [item_end(line) for line in content]
    found = set()
    for j in range(1, len(content)):
        if not ends[j]:
            continue
        found.add(content[j - 1])
        if j >= 2 and not ends[j - 1] and not ends[j - 2] and not ends_sentence(content[j - 2]) and ends_sentence(content[j - 1]):
            found.add(content[j - 2])
    return found


LABEL_WORDS = 5  # a link's label a page repeats under its teasers: this many words at most
LONE_PARAGRAPH_WORDS = 20  # beside such a list, a paragraph of this many words is a story's (a brief)
_LABEL_TRIM = " »›→…>:.<«‹←"


def _label_key(line: str) -> str:
    return " ".join(line.split()).strip(_LABEL_TRIM).casefold()


def labelled_items(content: Sequence[str]) -> int:
    """How many teasers a page lists each closed by the same short line, whatever its language
    ("Headline" / "Lire la suite >", three times or more): a line of a few words without a digit
    that the page repeats ``MIN_TEASERS`` times or more, each time under another line that is no
    such label and no paragraph of prose."""
    counts: dict = {}
    keys = []
    for line in content:
        key = _label_key(line)
        if key and len(key.split()) <= LABEL_WORDS and not any(c.isdigit() for c in key):
            counts[key] = counts.get(key, 0) + 1
            keys.append(key)
        else:
            keys.append(None)
    labels = {k for k, n in counts.items() if n >= MIN_TEASERS}
    if not labels:
        return 0
    return sum(1 for j in range(1, len(content))
               if keys[j] in labels and keys[j - 1] not in labels and not prose(content[j - 1]))
