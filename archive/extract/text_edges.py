"""The edges of a text beyond the line classifier's block, on a page copied as text: a list the
text announces, other stories listed under it (headlines, teasers under their own bylines), the
standfirst over a picture, a dateline standing alone or opening a later paragraph, a live page's
post headers, the site's copyright line or a list of tags closing the text (the date lines over its
first paragraph: :mod:`archive.extract.head_date_lines`). The functions take the
page's lines (``content``), the classifier's judgement of each
(:class:`archive.extract.paragraphs.Line`) and the indexes of the text's lines.
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from archive.extract import boilerplate, bylines, paragraphs
from archive.extract.data import data_lines
from archive.extract.mid_body_boxes import without_box_lines
from archive.extract.place_datelines import colon_dateline, place_dash_line


MAX_LIST_ITEMS = 60  # a list the text announces with a colon, kept after its last paragraph
MAX_LIST_ITEM_WORDS = 25
MIN_DATED_ITEMS = 3  # a list under a heading without a colon: this many dated or numbered items


def list_after(content: list, lines: list, repeated: list, end: int) -> int:
    """The text announces a list ("The tour's dates:", or a heading over items that start with
    dates or numbers): its items, short lines judged bad by their neighbours, belong to it, up to
    the first line of furniture."""
    if end == 0 or end >= len(content):
        return end
    if _link_list_heading(content[end - 1]):
        return end - 1  # "Read more:", "RELATED NEWS:" closing the block: the page's links follow
    at = end
    announced = content[end - 1].endswith(":")
    if not announced:
        heading = lines[at].furniture is None and not lines[at].sentence and 2 <= lines[at].words <= 8
        if not heading or _link_list_heading(content[at]):
            return end
        announced = content[at].endswith(":")
        at += 1
    items = at
    while items < len(content) and items - at < MAX_LIST_ITEMS and lines[items].furniture is None \
            and not repeated[items] and lines[items].words <= MAX_LIST_ITEM_WORDS \
            and (announced or _dated_item(content[items])):
        items += 1
    return items if items - at >= (2 if announced else MIN_DATED_ITEMS) else end


def _link_list_heading(line: str) -> bool:
    """A heading of the page's links, not of the text's list: a page control ("Read more:") or a
    heading in capitals ("RELATED NEWS:", "NÛÇEYÊN TÊKILDAR:")."""
    bare = line.rstrip(": ")
    return boilerplate.is_junk_line(bare) or (bare.isupper() and len(bare) > 3)


def _dated_item(line: str) -> bool:
    """A list item that starts with a date or a number ("June 9 – Tampa, FL", "20 January: ...")."""
    words = line.split(" ", 2)
    return words[0][:1].isdigit() or (len(words) > 1 and words[0][:1].isalpha() and words[1][:1].isdigit())


def without_headline_run(content: list, lines: list, position: int, end: int) -> int:
    """The text without a list of headlines under its last paragraph (related stories set with no
    heading): two or more lines of a headline's shape, no sentence among them."""
    run = end
    while run > position and _headline_shaped(lines[run - 1]):
        run -= 1
    return run if end - run >= 2 and run > position else end


def _headline_shaped(line) -> bool:
    return line.furniture is None and not line.sentence and 4 <= line.words <= 20 and not line.text.endswith(":")


def without_teasers(content: list, lines: list, position: int, end: int) -> tuple:
    """Other stories listed beside the text, each under its own name and date line: the text is
    the stretch between such headers holding the most prose."""
    cuts = [i for i in range(position + 1, end) if teaser_header(content, i)]
    if not cuts:
        return position, end
    best, best_size = (position, end), -1
    for begin, stop in zip([position] + cuts, cuts + [end]):
        size = sum(len(content[i]) for i in range(begin, stop) if lines[i].cls == paragraphs.GOOD)
        if size > best_size:
            best, best_size = (begin, stop), size
    begin, stop = best
    if begin != position:  # past the other story's header lines
        while begin < stop and lines[begin].cls != paragraphs.GOOD:
            begin += 1
    return begin, stop


def teaser_header(content: list, i: int) -> bool:
    """A name and a date on lines of their own: the header of another story listed below the text."""
    line = content[i]
    if len(line) > 60 or not bylines.date_in(line):
        return False
    return any(bylines.bare_name(other) for other in content[max(0, i - 1) : i] + content[i + 1 : i + 2])


def standfirst_over_picture(content: list, lines: list, body_at: list, title_at: int) -> bool:
    """Whether the text's first paragraph is the standfirst: right under the headline, a
    picture's caption between it and the rest ("Headline / summary / Image: ... / text"), no
    dateline opening it."""
    if title_at < 0 or len(body_at) < 3 or body_at[0] != title_at + 1:
        return False
    first, second = body_at[0], body_at[1]
    return any(lines[k].furniture == "caption" for k in range(first + 1, second)) \
        and not paragraphs.opens_with_dateline(content[first])


BEFORE_DATELINE = 2  # paragraphs a caption or standfirst may take above the dateline
MAX_CAPTION_WORDS = 60


def from_dateline(content: list, body_at: list) -> list:
    """The text from its dateline on: a paragraph opening with one ("WASHINGTON —", "(CNN) —",
    "بغداد- «القدس العربي»:") among the first few starts the story; the short ones above it are a
    picture's caption or a standfirst."""
    for n, at in enumerate(body_at[1 : BEFORE_DATELINE + 1], 1):
        if paragraphs.opens_with_dateline(content[at]) or colon_dateline(content[at]):  # "Beirut: ..." too
            before = body_at[:n]
            if all(len(content[k].split()) <= MAX_CAPTION_WORDS and not paragraphs.opens_with_dateline(content[k])
                   and not colon_dateline(content[k]) and not paragraphs.dateline_alone(content[k])
                   for k in before):
                return body_at[n:]
            break
    return body_at


def dateline_above(content: list, body_at: list, title_at: int, author: Optional[str] = None) -> list:
    """The text with its dateline where it stands alone on the line above the first paragraph, a
    place and the agency's name ("بغداد - واع", "Erbil - Rudaw", "Agency/ Place": a few words, no
    digits, the agency one the outlets data knows; or "دمشق (الاتحاد)", "ERBIL (Rudaw)": a place
    and, in parentheses, an agency the data knows or a name another line of the page holds, its
    masthead or its copyright), unless the paragraph opens with a dateline of its own."""
    if not body_at or body_at[0] - 1 <= title_at:
        return body_at
    line = content[body_at[0] - 1]
    first = content[body_at[0]]
    if first_section_heading(line, [content[i] for i in body_at]) \
            and (body_at[0] < 2 or not paragraphs.ends_sentence(content[body_at[0] - 2])):  # under the header
        return [body_at[0] - 1] + list(body_at)  # "Crisis overview" over the text whose sections are "Key priorities", ...
    if author and _place_and_reporter(line, author):
        return [body_at[0] - 1] + list(body_at)  # "الحسكة - سامر العلي:" opening the story
    if len(line.split()) > 5 or any(c.isdigit() or c in ":.!?؟" for c in line) \
            or first.startswith(line.rstrip(" -–—/")) or paragraphs.opens_with_dateline(first):
        return body_at
    from archive.extract.outlets import outlet_from_dateline

    if any(dash in line for dash in "-–—/") and (outlet_from_dateline(line) is not None
                                                 or _own_dateline(line, content[:title_at], author) or place_dash_line(line, _reporter(author))):
        return [body_at[0] - 1] + list(body_at)
    match = _PAREN_ALONE.match(line)
    if match and match.group("place").strip() != (author or "").strip():
        tag = match.group("tag").strip()
        others = [content[i] for i in range(len(content)) if i != body_at[0] - 1 and i not in set(body_at)]
        if outlet_from_dateline(f"{line} - {first}") is not None or any(
                re.search(rf"(?<!\w){re.escape(tag)}(?!\w)", other) for other in others):
            return [body_at[0] - 1] + list(body_at)
    return body_at


SECTION_HEADING_WORDS = (2, 6)  # a section's heading: this many words
SECTION_HEADINGS = 2  # the text's own headings between its paragraphs, at least


def _section_heading(line: str) -> bool:
    """A heading of the text's sections by its shape: a few words standing alone, no sentence's end,
    no digit (a date, a time, a figure), no furniture by its words."""
    words = len(line.split())
    return SECTION_HEADING_WORDS[0] <= words <= SECTION_HEADING_WORDS[1] and not paragraphs.ends_sentence(line) \
        and not line.rstrip().endswith(",") and not any(c.isdigit() for c in line) \
        and paragraphs.furniture_reason(line) is None


def first_section_heading(line: str, text: list) -> bool:
    """Whether ``line``, right over the text's first paragraph (under its header), is the heading
    of its first section (round 35): shaped as the headings the text sets between its own
    paragraphs, ``SECTION_HEADINGS`` of them at least, each between two longer paragraphs (a
    report's "Crisis overview" over its "Key priorities", "Information gaps and needs"; "أولاً:
    مقدمة" over "ثانياً: ..."), and like them with a colon or without one. The classifier
    judges such a line alone over the text as the header's. (:func:`dateline_above` takes it
    where the line over it ends no sentence: a header's line, a date, labels; under a sentence the
    rules left out, "<Name> receives funding ..." / "Republish this article", it is the page's.)"""
    if not _section_heading(line):
        return False
    inner = [t for k, t in enumerate(text[1:-1], 1) if _section_heading(t)
             and not _section_heading(text[k - 1]) and not _section_heading(text[k + 1])]
    if len(inner) < SECTION_HEADINGS:
        return False
    colon = ":" in line
    return sum((":" in t) == colon for t in inner) * 2 > len(inner)


def _reporter(author: Optional[str]) -> Optional[str]:
    """The byline found so far if it names a person (not a desk nor the outlet: "... News")."""
    from archive.extract.byline_desks import not_a_person

    return author if author and not not_a_person(author, None) else None


def _place_and_reporter(line: str, author: str) -> bool:
    """"الحسكة - سامر العلي:": a place, a dash, the byline's reporter and a colon, alone on the line
    over the first paragraph: the story's opening credit, as Arabic papers print it (text)."""
    parts = re.split(r"\s+[-–—ـ]\s+", line.strip().rstrip(":").strip())
    return line.rstrip().endswith(":") and len(parts) == 2 and len(parts[0].split()) <= 2 \
        and parts[1].strip() == author.strip()


# A place of a few words and a name in parentheses, alone on the line: "دمشق (الاتحاد)", "ERBIL (Rudaw)".
_DATELINE_DASH = re.compile(r"\s+[-–—]\s+")
OWN_PLACE_WORDS = 2


def _own_dateline(line: str, top: list, author: Optional[str] = None) -> bool:
    """A dateline naming the page's own outlet the data may not know: "Place – Outlet" or "Outlet -
    Place", the outlet written as a line of its own over the title (its masthead), the place a word
    or two, never the byline's ``author`` ("Outlet – Jane Doe": the story's credit, not a place).
    Never a mark of the outlet's own story beside it ("Outlet - خاص", ``[exclusive_marks]``):
    the truths keep that credit out of the text."""
    from archive.extract.byline_desks import exclusive_credit

    parts = [p.strip() for p in _DATELINE_DASH.split(line.strip())]
    if len(parts) != 2 or not all(parts) or exclusive_credit(line):
        return False
    written = {other.strip() for other in top}
    reporter = (author or "").strip()
    return any(outlet in written and len(place.split()) <= OWN_PLACE_WORDS and place not in written
               and place != reporter for outlet, place in (parts, parts[::-1]))  # "Outlet – Reporter": a credit


_PAREN_ALONE = re.compile(r"^(?P<place>[^\W\d_][^()\d]{0,30}?)\s*\((?P<tag>[^()\d]{2,30})\)$")


_CLOCK = re.compile(r"^(?:[01]?\d|2[0-3])[:.][0-5]\d\s*(?:[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,4})?$", re.I)
POST_HEADER_LINES = 2  # under a post's time: its heading and its byline
POST_HEADING_WORDS = 15


def without_post_headers(content: list, lines: list, body_at: list) -> list:
    """The text of a live page without its posts' headers: a post's time alone on a line ("10:15pm",
    "14:05 GMT") inside the text, the post's heading under it perhaps, and the post's byline ("By
    ..."). A time without a byline under it is left (a wire's running story: "4:14 p.m."). First,
    the short lines of a box of furniture inside the text (:mod:`archive.extract.mid_body_boxes`)."""
    body_at = without_box_lines(content, lines, body_at)
    stamps = [n for n, k in enumerate(body_at) if n > 0 and _CLOCK.match(content[k])]
    if not stamps:
        return body_at
    drop = set()
    for n in stamps:
        for m in range(n + 1, min(n + 1 + POST_HEADER_LINES, len(body_at) - 1)):
            k = body_at[m]
            if bylines.header_byline(content[k]):
                drop.update(range(n, m + 1))  # the time, the heading (if any) and the byline
                break
            if lines[k].words > POST_HEADING_WORDS:
                break
    return [k for n, k in enumerate(body_at) if n not in drop]


_NOTICE = re.compile(r"\bcopyright\b|\brights\b|حقوق", re.I)
NOTICE_WORDS = 40
STORY_WORDS = 30  # a paragraph this long under a list of tags is the story's, not the page's
NOTICE_SHARE = 3  # the text above a copyright line outweighs what its block holds below it this many times


def site_notice(content: list, lines: list, position: int, i: int, end: int) -> bool:
    """Whether the copyright line ``i`` inside the text's block is the site's notice closing the
    story ("Copyright (c) 2019 ...", "© 2024 ... All rights reserved"), not a picture's credit
    ("© 2019 Jane Doe"): the word copyright or a rights word, and far more of the block's prose above
    it than below (three times as much where the page's furniture follows it, else six times)."""
    if len(content[i].split()) > NOTICE_WORDS or not paragraphs.names_copyright(content[i]) \
            or not _NOTICE.search(content[i]):
        return False
    share = NOTICE_SHARE if i + 1 < end and lines[i + 1].furniture is not None else 2 * NOTICE_SHARE
    return mostly_above(content, lines, position, i, end, share)  # the page's links under it: "Related", ...


def mostly_above(content: list, lines: list, begin: int, i: int, end: int, share: float) -> bool:
    """Whether the prose (good lines) from ``begin`` to line ``i`` is ``share`` times what stands
    from ``i`` to ``end`` or more: ``i`` closes the text rather than cutting it."""
    prose = lambda k: len(content[k]) if lines[k].cls == paragraphs.GOOD else 0  # noqa: E731
    return sum(map(prose, range(begin, i))) >= share * sum(map(prose, range(i + 1, end)))


def tags_close_text(content: list, lines: list, body_at: list, i: int, after: int) -> bool:
    """Whether a list of tags on lines ``i`` to ``after`` inside the text's block closes the text: no
    paragraph of the story's length under it, and far more prose above it than below."""
    return not any(lines[k].words >= STORY_WORDS for k in body_at if k >= after) \
        and mostly_above(content, lines, body_at[0], i, body_at[-1] + 1, NOTICE_SHARE)


OPENING_WIDGET_WORDS = 3
OPENING_PARAGRAPH_WORDS = 15


def without_opening_widgets(content: list, lines: list, body_at: list) -> list:
    """The text without the header's buttons the block took in over its first paragraph ("Discuss
    this article", "Listen"), for use where a line the folder's files repeat (a button) stands
    right over the text: lines of three words or fewer, no sentence, no dateline,
    no heading in capitals, standing over a paragraph of the story's length."""
    n = 0
    while n + 2 < len(body_at) and _widget_shaped(content[body_at[n]], lines[body_at[n]]):
        n += 1
    if n and lines[body_at[n]].words >= OPENING_PARAGRAPH_WORDS:
        return body_at[n:]
    return body_at


OPENING_NOTE_LINES = 6  # the header's notes and buttons the block took in: this many lines at most


def without_opening_notes(content: list, lines: list, body_at: list) -> list:
    """The text without the header's notes the block took in over its first paragraph, where a
    button stands right over that paragraph ("Author" / a name / "Disclosure statement" / a note /
    "Republish this article" / the story): a few short lines, none of a paragraph's length, over a
    line shaped as a button (three words or fewer, no sentence, no dateline), over a paragraph of
    the story's length. The lines the text opens with are the page's, not the story's."""
    limit = min(OPENING_NOTE_LINES, len(body_at) - 2)
    for n in range(1, limit + 1):
        if lines[body_at[n - 1]].words >= OPENING_PARAGRAPH_WORDS:
            return body_at  # a paragraph of the story's length over it: the text has begun
        if _widget_shaped(content[body_at[n]], lines[body_at[n]]) \
                and lines[body_at[n + 1]].words >= OPENING_PARAGRAPH_WORDS:
            return body_at[n + 1:]
    return body_at


def _widget_shaped(text: str, line) -> bool:
    return (line.words <= OPENING_WIDGET_WORDS and not paragraphs.ends_sentence(text)
            and not text.rstrip().endswith((",", ":", "—", "-")) and not paragraphs.dateline_alone(text)
            and not text.isupper())


NOTICE_HEADING_WORDS = 3


def notice_heading(content: list, lines: list, position: int, i: int, end: int) -> bool:
    """Whether line ``i`` inside the text's block is the heading of a notice closing the story
    (a correction box: "Correction" over "This article was amended ..."): a sign-off's words on a
    line of its own, three words or fewer and no sentence, with far more prose above it than below."""
    return (lines[i].furniture == "sign-off" and lines[i].words <= NOTICE_HEADING_WORDS
            and not paragraphs.ends_sentence(content[i])
            and mostly_above(content, lines, position, i, end, NOTICE_SHARE))


# An embedded post as a page copied to text shows it: "Name @handle", the post, "10:02 AM · Jan 25, 2022".
_POST_AUTHOR = re.compile(r"^[^\W\d_][\w .'’-]{1,40}?\s+@\w{2,15}$")
_POST_STAMP = re.compile(r"^\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*·\s*[\w .,]{3,20}\d{4}$")
POST_LINES = 4  # the post between its author and its stamp: this many lines at most


def without_embedded_posts(content: list, body_at: list) -> list:
    """The text without the social media posts embedded in it: a line naming the post's author and
    handle ("Name @handle"), the post, and its time stamp ("10:02 AM · Jan 25, 2022") a few lines
    under it. The sentence introducing the post is the story's and stays."""
    dropped = set()
    for n, at in enumerate(body_at):
        if not _POST_AUTHOR.match(content[at]):
            continue
        for m in range(n + 1, min(n + 1 + POST_LINES, len(body_at))):
            if _POST_STAMP.match(content[body_at[m]]):
                dropped.update(body_at[n:m + 1])
                break
    return [at for at in body_at if at not in dropped] if dropped else body_at


MIN_GAPPED_PARAGRAPHS = 3  # paragraphs set apart by blank lines before a text's layout is trusted
MAX_GLUED_LINES = 2  # a note and its heading ("About Name" / "Name is ..."); more are the story's


def without_glued_tail(content: list, body_at: list, gap_before: list, keep=frozenset()) -> list:
    """A text whose paragraphs are each set apart by a blank line, with lines glued under its last
    paragraph (no blank line between them): the page's lines under the story (a disclaimer, "About
    the organisation", a publisher's line, "###"), pasted with it. They are left out, unless a rule
    joined them to the text (a list it announces)."""
    gapped = [i for i in body_at[1:] if gap_before[i]]
    if not gapped:
        return body_at
    last = gapped[-1]
    head = [i for i in body_at if i <= last]
    # every paragraph up to the last stands alone: no line of the text is glued to another
    if len(head) < MIN_GAPPED_PARAGRAPHS or any(not gap_before[i] for i in head[1:]):
        return body_at
    tail = [i for i in body_at if i > last]
    if not tail or len(tail) > MAX_GLUED_LINES or any(i in keep for i in tail) \
            or not paragraphs.ends_sentence(content[last]):
        return body_at  # more glued lines than a note's: the story's own, its layout changed
    story = set().union(*(_content_words(content[i]) for i in head))
    for i in tail:
        words = _content_words(content[i])
        if paragraphs.ends_sentence(content[i]) or len(content[i].split()) > NOTE_HEADING_WORDS:
            if words and len(words & story) / len(words) >= STORY_WORDS_SHARE:
                return body_at  # it speaks of what the story does: the story's last lines
    return [i for i in body_at if i <= last]


NOTE_HEADING_WORDS = 6  # "About Name" over the note
STORY_WORDS_SHARE = 0.25  # of a glued line's content words found in the text above: the story's own
_WORD = re.compile(r"[^\W\d_]{4,}")


def _content_words(text: str) -> set:
    return {w.casefold() for w in _WORD.findall(text)} - _stop_words()


@functools.lru_cache(maxsize=1)
def _stop_words() -> frozenset:
    return frozenset(w.casefold() for w in data_lines("stopwords.txt"))
