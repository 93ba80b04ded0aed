"""Cut page furniture from both ends of an article and from between its paragraphs.

What counts as furniture is data, in ``archive/data/boilerplate.txt``; the rules here are about
shape: a caption printed twice with its credit, a title repeated above the text, a comment-policy
block or spam trailer after the last paragraph.
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from archive.extract.calls_to_action import without_calls
from archive.extract.closing_blocks import without_closing_blocks, without_referral
from archive.extract.closing_credits import without_desk_credit, without_teaser_lines
from archive.extract.closing_notes import folded_key
from archive.extract.closing_notes import (  # noqa: F401 (their home until round 25; callers use these names)
    disclaimer, publication_note, without_citation, without_disclaimers, without_notes,
)
from archive.extract.closing_runs import without_closing_run
from archive.extract.consent_rows import notice_beside, spaced_controls
from archive.extract.consent_shapes import notice_by_shape
from archive.extract.data import data_sections
from archive.extract.end_marks import end_mark, opens_with_end_mark
from archive.extract.pull_quotes import without_pull_quotes
from archive.extract.residue_lines import without_residue
from archive.extract.paragraphs import ends_sentence, is_bullet
from archive.model import collapse_whitespace

CREDIT = re.compile(
    r"\s*(?:(?:photo|image|picture|photograph|video)\s*(?:credit)?|credit|source)s?\s*:\s*"
    r"[^.:]{1,60}$",
    re.I,
)


@functools.lru_cache(maxsize=None)
def _sections() -> dict:
    return {name: {_key(line) for line in lines} for name, lines in data_sections("boilerplate.txt").items()}


@functools.lru_cache(maxsize=4096)
def _key(line: str) -> str:
    """A line as the data's phrases are compared: white space collapsed, case folded, a typographic
    apostrophe written as the data writes it ("n’engagent" as "n'engagent")."""
    return folded_key(line)


def line_key(line: str) -> str:
    """A line as the phrase data of boilerplate.txt is matched: whitespace collapsed, case folded."""
    return _key(line)


def phrases(section: str) -> frozenset:
    """The phrases of one section of boilerplate.txt, as :func:`line_key` writes them (empty if none)."""
    return frozenset(_sections().get(section, ()))


def is_junk_line(line: str) -> bool:
    return _key(line) in _sections()["junk_lines"]


def is_trailer_marker(line: str) -> bool:
    """A line from which to the text's end is the page's or the sender's: a marker of the data, or a
    release's end mark ("- FUND -", "###": :mod:`archive.extract.end_marks`)."""
    return _key(line) in _sections()["trailer_markers"] or end_mark(line)


def is_trailer_line(line: str) -> bool:
    return _key(line) in _sections()["trailer_lines"]


def is_caption(line: str) -> bool:
    """A caption printed twice ("X X Credit: AP") or a lone credit line ("Photo: Reuters")."""
    text = collapse_whitespace(line)
    stripped = CREDIT.sub("", text) if ":" in text else text  # every credit has its colon
    if not stripped:
        return True
    if stripped != text and len(text.split()) <= 12 and CREDIT.fullmatch(text):
        return True
    words = stripped.split(" ")
    half = len(words) // 2
    return len(words) >= 4 and len(words) % 2 == 0 and words[:half] == words[half:]


MAX_SUMMARY_ITEM_WORDS = 45


def is_summary_heading(line: str) -> bool:
    """A summary box's heading alone on its line: "Key Takeaways", "Highlights:", "أبرز النقاط"."""
    return len(line) <= 40 and _key(line).rstrip(" :：") in _sections()["summary_headings"]


def is_list_item(line: str) -> bool:
    """A short line marked as a list's item ("• ...", "- ...", "1. ...")."""
    return is_bullet(line) and len(line.split()) <= MAX_SUMMARY_ITEM_WORDS


def is_box_item(line: str) -> bool:
    """An item of a summary box under its heading: marked as a list's item, or a short line ending
    no sentence (the marks are lost when a page is copied as text: "Key points:" over "Four women
    and 13 children were flown from northern Iraq")."""
    return is_list_item(line) or (
        len(line.split()) <= MAX_SUMMARY_ITEM_WORDS and not ends_sentence(line) and not line.endswith((":", ",", "،")))


MAX_BOX_HEADING_WORDS = 6


def box_heading(line: str) -> bool:
    """A line that may head a box of bulleted points whatever its words ("Bottom Line Up Front",
    "What you need to know"): a few words, no sentence, no list mark, no colon inside."""
    words = line.split()
    return 0 < len(words) <= MAX_BOX_HEADING_WORDS and not ends_sentence(line) and not is_bullet(line) \
        and ":" not in line.rstrip(" :") and not any(c.isdigit() for c in line)


def summary_box_at(lines: list, at: int) -> int:
    """Where a summary box heading line ``at`` ends (the index after its last item), or ``at`` when
    there is none: a summary heading of the data over items (:func:`is_box_item`); or any short
    heading over two bulleted items or more that prose follows (a box opening the text, its heading
    in words the data lacks)."""
    if at >= len(lines):
        return at
    end = at + 1
    if is_summary_heading(lines[at]):
        while end < len(lines) and is_box_item(lines[end]):
            end += 1
        return end if end > at + 1 else at
    if end >= len(lines) or not is_bullet(lines[end]) or not box_heading(lines[at]):
        return at
    while end < len(lines) and is_list_item(lines[end]):
        end += 1
    if end - at - 1 >= 2 and end < len(lines) and not is_bullet(lines[end]) and ends_sentence(lines[end]):
        return end
    return at


def without_summary_box(paragraphs: list) -> list:
    """The text without an aggregator's summary box above or below it: a summary heading over
    list items ("Key Takeaways" then "• ..." lines) opening the text, or one closing it (nothing
    after the items); a short heading over bulleted items opening the text. A box in the middle
    is left: it cannot be told from a list the reporter wrote under a heading."""
    for at in range(len(paragraphs) - 1, max(-1, len(paragraphs) - 15), -1):
        if is_summary_heading(paragraphs[at]):
            if 0 < at < len(paragraphs) - 1 and all(is_box_item(line) for line in paragraphs[at + 1:]):
                paragraphs = paragraphs[:at]
            break
    if paragraphs:
        end = summary_box_at(paragraphs, 0)
        if 0 < end < len(paragraphs):
            paragraphs = paragraphs[end:]
    return paragraphs


CONTACT_LEAD_WORDS = 8  # a contact block's lead-in: a few words up to its colon
CONTACT_TAIL = 3  # it stands among the text's last paragraphs


def opens_contact_block(line: str) -> bool:
    """Whether a paragraph opens a contact block: its lead-in up to the first colon is a few words
    holding a contact word of the data ("For further information, please contact:")."""
    head, colon, _ = line.partition(":")
    if not colon or len(head.split()) > CONTACT_LEAD_WORDS:
        return False
    words = " " + " ".join(re.findall(r"\w+", _key(head))) + " "
    return any(f" {phrase} " in words for phrase in _sections()["contact_words"])


def without_contact_block(paragraphs: list) -> list:
    """The text without a contact block among its last paragraphs (never its first paragraph)."""
    for i in range(max(1, len(paragraphs) - CONTACT_TAIL), len(paragraphs)):
        if opens_contact_block(paragraphs[i]):
            return paragraphs[:i]
    return paragraphs


CONSENT_SHARE = 0.08  # of a consent wall's words: consent words
CONSENT_MAX_WORDS = 400  # an article about privacy runs longer
CONSENT_REST_WORDS = 40  # beside a consent notice, fewer words than this in paragraphs of other words: no article


def consent_wall(body: list, lines: list) -> bool:
    """Whether a text is a cookie or consent notice saved instead of the article: short, its words
    thick with consent words, on a page (``lines``) holding a consent button; or, in a language the
    data lacks, one of its shape (:mod:`archive.extract.consent_shapes`)."""
    if notice_by_shape(body, lines) or notice_beside(body, lines):
        return True
    joined = " ".join(body)
    if _LONGER_THAN_NOTICE.match(joined) and not any(c in joined for c in _JOINING):
        return False  # more words than a notice has as written: as many or more once folded (_JOINING)
    words = re.findall(r"\w+", _key(joined))
    if not words or len(words) > CONSENT_MAX_WORDS:
        return False
    if consent_hits(words) < CONSENT_SHARE * len(words):  # (before the buttons: the cheaper test)
        return False
    if not any(consent_controls(line) for line in lines):
        return False
    # what stands beside the notice is no article: the paragraphs not thick with consent words are few
    # words in all (a story saved with its cookie banner keeps its text)
    rest = 0
    for paragraph in body:
        own = re.findall(r"\w+", _key(paragraph))
        if own and consent_hits(own) < CONSENT_SHARE * len(own):
            rest += len(own)
    return rest < CONSENT_REST_WORDS


# A text of more than CONSENT_MAX_WORDS runs of word characters, told without folding it: _key (white space
# collapsed, case folded, apostrophes plain) never joins two runs nor drops one, but for the two characters
# of _JOINING (U+0345 folds to a letter, U+02BC is a letter written as "'"): checked over every code point
# in tests/test_speed37a_record_path.py. Possessive: no backtracking on a shorter text.
_LONGER_THAN_NOTICE = re.compile(r"(?:\W*+\w++){%d}" % (CONSENT_MAX_WORDS + 1))
_JOINING = ("\u0345", "\u02bc")


def consent_hits(words: list) -> int:
    """How many of ``words`` (a line's, case folded) the consent phrases of boilerplate.txt cover."""
    joined = " " + " ".join(words) + " "
    return sum(joined.count(f" {phrase} ") * len(phrase.split()) for phrase in _sections()["consent_words"])


_BUTTON = re.compile(r"\[([^\[\]]{1,40})\]")  # "[ACCEPT ALL]": a button as a page copied to text shows it
_BUTTON_SEPARATORS = re.compile(r"\s*(?:\||·|•|/)\s*")


def consent_controls(line: str) -> bool:
    """Whether a line is a consent notice's buttons: one of the data's [consent_controls] alone, or
    a row of buttons holding one ("[ACCEPT ALL] [REJECT ALL] [MORE OPTIONS]", "Accept all | Reject
    all"), nothing else on the line."""
    controls = _sections()["consent_controls"]
    if _key(line) in controls:
        return True
    buttons = _BUTTON.findall(line)
    if buttons and not _BUTTON.sub("", line).strip():
        items = buttons
    else:
        items = _BUTTON_SEPARATORS.split(line)
        if len(items) < 2:
            return spaced_controls(line, controls, _key)  # "قبول الكل    رفض    إعدادات الخصوصية"
    return any(_key(item).strip(" []") in controls for item in items)


SUMMARY_LABEL_WORDS = 4  # the label: at most this many words ("Bottom line up front")
SUMMARY_WORDS = 15  # the summary after it: a sentence or a few, this many words at least, ending one


def summary_label(paragraph: str) -> bool:
    """Whether a paragraph opens with a summary's label and a colon, a few sentences after it
    ("Abstract: More than a year after ...", "ملخص: ..."): the standfirst, where it opens the text
    (not a line of results: "Summary: 5-1A: ...")."""
    head, colon, rest = paragraph.partition(":")
    return bool(colon) and len(rest.split()) >= SUMMARY_WORDS and len(head.split()) <= SUMMARY_LABEL_WORDS \
        and ends_sentence(rest) and not _RESULTS_LINE.match(rest) and _key(head) in _sections().get("summary_labels", set())


_RESULTS_LINE = re.compile(r"\s*\S{0,12}:")  # "Summary: 5-1A: ...": a label after the label, a line of results


ANNOUNCE_WORDS = 4


def announces(line: str) -> bool:
    """A short line ending in a colon: a heading or lead-in announcing what comes under it. As the
    text's last line, what it announced was cut (tags, links): a text never ends on one."""
    return line.rstrip().endswith((":", "：")) and len(line.split()) <= ANNOUNCE_WORDS


DANGLING_WORDS = 4


def dangling(paragraphs: list) -> bool:
    """Whether the text's last line is a few words ending no sentence under a paragraph that ends
    one ("Read in Russian", "Back to the list"): a link or a heading whose section was cut; a text
    never ends on one (a dateline or a list's item aside)."""
    if len(paragraphs) < 2:
        return False
    last = paragraphs[-1]
    return (0 < len(last.split()) <= DANGLING_WORDS and not ends_sentence(last) and not is_bullet(last)
            and ends_sentence(paragraphs[-2]) and not re.search(r"\d", last))


FRAMED_WORDS = 25
_FRAMED = re.compile(r"^(?P<mark>--+|[-–—=*~_#]{2,}|[–—=*~#])\s+\S.*\S\s+(?P<close>--+|[-–—=*~_#]{2,}|[–—=*~#])$")


def framed(paragraph: str) -> bool:
    """A short line framed by the same marks on both sides ("-- Enjoying this? Pass it on. --",
    "*** Advertisement ***", "== Sponsored =="): a box the page or the mail sets into the text (a
    promotion, a notice), not a paragraph of the story, which no writer frames so."""
    match = _FRAMED.match(paragraph.strip())
    return bool(match) and match.group("mark") == match.group("close") and len(paragraph.split()) <= FRAMED_WORDS + 2


def clean_paragraphs(paragraphs: list, title: Optional[str] = None) -> list:
    """Body paragraphs without furniture. ``paragraphs`` are lines of text, one paragraph each."""
    title_key = _key(title) if title else None
    kept = []
    for line in paragraphs:
        if (is_trailer_marker(line) or opens_with_end_mark(line)) and len(kept) >= 1:
            break  # everything from here on is comments, policy or spam (or a release's notes under its end mark)
        if is_junk_line(line) or is_caption(line) or (framed(line) and len(paragraphs) > 1):
            continue
        if title_key and not kept and _key(line) == title_key:
            continue  # the title repeated above the text
        kept.append(line)
    while kept and is_trailer_line(kept[-1]):
        kept.pop()
    while len(kept) > 1 and (announces(kept[-1]) or dangling(kept)):
        kept.pop()  # "Search words:", "Read more:": it announces what was cut, not text
    kept = without_disclaimers(kept)  # "The views expressed are the author's own ...": the publisher's
    kept = without_pull_quotes(without_notes(without_calls(kept)))  # "Want to write? Write an article and join ..."
    kept = without_closing_blocks(kept)  # "(This story was not edited ...)", "Press office / Tel. ...", "*Name is ..."
    kept = without_desk_credit(without_teaser_lines(kept))  # "(City desk)"; "Read also: Headline" between paragraphs
    return without_summary_box(without_contact_block(kept))


def clean_record_paragraphs(paragraphs: list, template: frozenset = frozenset()) -> list:
    """A record's body (JSON Lines, CSV) without furniture at its edges: lines of its file's
    template (unless the body is a copy of a repeated story), sign-offs, calls to action, links,
    captions; and the template's short lines anywhere. One place for what text files get from
    the line classifier, for bodies that are already the article's text. As a page's text, last:
    the residue left closing it once a call to action under it went ("With AFP" over "Share this
    article"), and a label of a word or two over its first paragraph ("Premium") (round 36)."""
    from archive.extract import paragraphs as classifier
    from archive.extract import record_gates, templates

    if not paragraphs:
        return paragraphs
    reason = record_gates.refusal(paragraphs)  # a consent wall, a paywall's prompt, an error page kept as the text
    if reason:
        from archive.extract.article import ArticleError

        raise ArticleError(reason)
    repeated = templates.template_flags(paragraphs, template)
    if sum(repeated) > templates.COPY_SHARE * len(paragraphs):
        repeated = [False] * len(paragraphs)

    def furniture(i: int) -> bool:
        line = paragraphs[i]
        return bool(repeated[i] or is_junk_line(line) or is_trailer_line(line)
                    or classifier.furniture_reason(line) is not None)

    start, end = 0, len(paragraphs)
    while start < end and furniture(start):
        start += 1
    while end > start and furniture(end - 1):
        end -= 1
    kept = without_calls(  # sign-up lines anywhere too
        [line for i, line in enumerate(paragraphs[start:end], start) if not (repeated[i] and not templates.sentence_like(line))])
    kept = without_desk_credit(without_teaser_lines(kept))  # "(City desk)"; "Read also: Headline" between paragraphs
    marks = [i for i, line in enumerate(kept) if i and (end_mark(line) or opens_with_end_mark(line))]
    kept = kept[:marks[0]] if marks else kept  # "- FUND -" / the press office / the list's line under a release
    kept = without_referral(kept)  # "For media inquiries please contact <Office>", as a text page's
    kept = without_closing_run(without_summary_box(without_contact_block(kept)))  # a headline, a sign-off under it
    from archive.readers.html_edges import _without_label

    return _without_label(without_residue(kept))  # as a page's text: "With AFP" left closing it once the call under
    # it went; a label of a word or two over its first paragraph ("Premium", "Analysis")
