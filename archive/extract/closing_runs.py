"""The page's closing block under a text copied out of a browser, by the layout of its lines.

A page copied as text sets the story's paragraphs apart by blank lines (each is a paragraph of its
own in the page), while the page's furniture under the story comes out as a run of lines with no
blank line between them: the boxes of one footer ("This article is part of our focus on ..." /
"Get our newsletter in your inbox" / the publisher's address; "Support us ..." / "Comments (27)" /
"Topics: ..."). Where the text's paragraphs are all set apart so, and the last lines kept as text
run on without a blank line into the lines of such a block, which holds furniture by the
classifier's verdict or runs past the text into lines already left out, the block's lines are
the page's, whatever their language: short lines, never a paragraph as long as the text's own,
and only where the learned check on the text's edges leans to furniture for each of them (a story's
short last sentence can run on into the page's links too: "X did not respond to questions." over
"Read Next").

**The short lines under a text's last sentence, by their shape** (round 34,
:func:`without_closing_run`, every layout).

A page closes under the story with lines of its own: a related story's headline ("Traffic to be
closed on the main avenue"), a video's label and length ("Watch the video: the hearing (02:31)"),
a writer's sign-off split over two lines ("Name SURNAME," / "correspondent of <Outlet>"), a
mail's closing and its device's note ("Regards, Name" / "Sent from my phone"), an agency's end
mark and the links under it ("End of message/" / "Related: Headline" / "Join our channel"). Each
family is written in every language, so no list of their words reaches the next outlet; their
shape does: a few words, **no sentence's end**, standing under a paragraph of prose that ends one.

Over the 49 read halves' truths (2,895 texts of three paragraphs or more), 4 texts end with such
a line under a sentence, and two of them are a newsletter writer's first name alone ("Rana") and
a transcript's "END" -- one word, which this rule never takes. A story's own last line is a
sentence; a list closing the text is announced by a line ending with a colon, which keeps it;
an agency's credit in brackets ("(AGI)") stays.

Rule (:func:`closing_run`): from the end up, at most ``RUN_LINES`` paragraphs of at most
``LINE_WORDS`` words each that end no sentence; the paragraph over them ends a sentence and is
prose (``PROSE_WORDS``); the run is not one word alone, holds no credit in brackets nor a contact
(an e-mail, a web address, a telephone number, a postcode), announces no list (a line ending with a
colon over others), and leaves at least two paragraphs. Every layout (pages saved as text or HTML,
records of an export or a feed, mails) ends this way.

HTML pages too since round 35 (they were left out in round 34, the 181 real news pages of the
extraction benchmark losing body recall by it), with the two shapes those pages showed the rule
took wrongly: a last line ending with a colon announces what the page shows under it (an embedded
post: "Twitter seemed a bit confused by the campaign:"), and a line ending with a comma, in any
script (", ، 、 ，"), is a piece of a sentence going on below, never a headline of
:func:`noted_run`'s list (a Japanese page's sentence set a clause a line). With them the
benchmark's recall is HEAD's (0.9713), its precision 0.9740 -> 0.9743.

One more shape of the same family, where the page's last lines are sentences:

- :func:`noted_run`: one or two short sentences (a reuse notice, the outlet's note on itself)
  under a longer run of such lines (a call to follow, "Most read" and its numbered headlines),
  under the story's last sentence. No read truth (2,473 texts of four lines or more) ends so.
"""

from __future__ import annotations

import re
from typing import Sequence

from archive.extract import paragraphs

MIN_SET_APART = 3  # the text's paragraphs set apart by blank lines, at least this many
BLOCK_LINE_WORDS = 12  # a line of the block: a short line, not a sentence of the text's length
MAX_BLOCK = 4  # lines of the text the block takes at most


def without_closing_block(content: Sequence[str], lines: Sequence, body_at: list, gap_before: Sequence[bool]) -> list:
    """``body_at`` (indices into ``content`` of the text's lines) without the lines of a closing
    block (see the module); else unchanged."""
    if len(body_at) < MIN_SET_APART + 2:
        return body_at
    last = body_at[-1]
    start = last
    while start > 0 and not gap_before[start]:
        start -= 1
    stop = last
    while stop + 1 < len(content) and not gap_before[stop + 1]:
        stop += 1
    if stop == start:
        return body_at  # the last line stands alone: a paragraph like the others
    block = [i for i in body_at if i >= start]
    text = [i for i in body_at if i < start]
    if not block or len(block) > MAX_BLOCK or len(text) < MIN_SET_APART:
        return body_at
    if any(not gap_before[i] for i in text[1:]) or any(i not in block for i in range(start, last + 1)):
        return body_at  # the text's own lines run on too, or lines left out stand inside the block
    signs = stop > last or any(lines[i].furniture is not None or lines[i].cls == paragraphs.BAD
                               for i in range(start, stop + 1))
    if not signs:
        return body_at
    middle = sorted(lines[i].words for i in text)[len(text) // 2]
    if any(lines[i].words >= min(BLOCK_LINE_WORDS, middle) for i in block):
        return body_at  # a paragraph of the text's length: the story's own, its sign-off under it
    if not _leaning(content, lines, text, block, gap_before):
        return body_at  # the story's short last sentence over the page's links ("X did not respond ...")
    return text


LEANING = 0.5  # the learned edge check's probability of furniture, under its own threshold, with the layout's sign


def _leaning(content, lines, text: list, block: list, gap_before) -> bool:
    """Whether the learned check on the text's edges (:mod:`archive.extract.edge_lines`) leans to
    furniture for every line of the block, each judged as the text's last line: two signs of
    different kinds (the words and shape it weighs, the layout here), each too weak alone."""
    from archive.extract import edge_lines

    model = edge_lines.load()
    if model is None:
        return False
    rows = edge_lines.zone_rows(content, lines, text, None, gap_before, outside=len(block))
    found = {i: edge_lines.furniture_probability(model, zone, row) for zone, i, row in rows
             if zone == "tail" and i in block}
    return len(found) == len(block) and all(p >= LEANING for p in found.values())

RUN_LINES = 3  # the lines under the text's last sentence looked at
LINE_WORDS = 12  # a line of the run: a headline, a label, a sign-off, a closing
PROSE_WORDS = 12  # the paragraph over the run: the story's last, a sentence this long at least
MIN_KEPT = 2  # paragraphs left at least
NOTE_LINES = 2  # short sentences under a longer run (a reuse notice, the outlet's note on itself)
NOTE_WORDS = 15
LIST_RUN = (2, 6)  # the run over them: this many lines (a list's label and its headlines)
STORY_WORDS = 5  # the story's last line over that run

_CLOSERS = "\"'”“’‘»«)]）」』›‹"
_SENTENCE_MARK = re.compile(r"[.!?…؟。！？।۔;]$")
_BRACKETED = re.compile(r"^[(\[].{0,60}[)\]]\W{0,2}$")  # "(AGI)", "[Reuters]": an agency's credit
_WORD = re.compile(r"\w+")
# A contact (an e-mail, a web address, a telephone number, a postcode): a contact block is the contact
# rules' (archive.extract.closing_blocks), and the outlet's reader takes its sign from it.
_CONTACT = re.compile(r"@|https?://|www\.|\+?\d[\d\s().-]{7,}\d|(?<!\d)\d{5,}(?!\d)")
_INSIDE = re.compile(r"[.!?؟…][\"'”’»)]*\s+\S")  # a sentence's end inside a line: a wrapped paragraph's piece
_NUMBER = re.compile(r"^\W{0,2}\d{1,2}[.)]\s+")  # "1. Headline"
_COMMAS = (",", "،", "、", "，")  # a line ending with a comma, in any script, goes on in the next


def closes_sentence(text: str) -> bool:
    """Whether a line ends as a sentence: a stop, a question or exclamation mark, an ellipsis, a
    semicolon, in any script, closing quotes and brackets after it aside ("... hier.“", "... «Да.»",
    "... (AP).")."""
    stripped = text.rstrip().rstrip(_CLOSERS).rstrip()
    return bool(_SENTENCE_MARK.search(stripped))


def _run_line(text: str) -> bool:
    words = len(_WORD.findall(text))
    return 0 < words <= LINE_WORDS and not closes_sentence(text) and not _BRACKETED.match(text.strip()) \
        and not _CONTACT.search(text)


def closing_run(paragraphs: list, prose_words: int = PROSE_WORDS, min_kept: int = MIN_KEPT) -> int:
    """How many of ``paragraphs``' last ones are the page's lines under the text's last sentence
    (module doc); 0 where none are. ``prose_words``: the line over the run this long at least (a
    flattened record's sentences: any sentence, the glued pieces judged apart by
    :mod:`archive.extract.record_tails`); ``min_kept``: lines left at least."""
    n = len(paragraphs)
    end = n
    while n - end < RUN_LINES and end > min_kept and _run_line(paragraphs[end - 1]):
        end -= 1
    if end == n or end < min_kept:
        return 0
    above = paragraphs[end - 1]
    if not closes_sentence(above) or len(_WORD.findall(above)) < prose_words:
        return 0
    run = paragraphs[end:]
    if any(line.rstrip().endswith((":", "：")) for line in run):
        return 0  # "Three stops:" / "North quay" / "Island pier": a list the text announces; alone, the
        # embedded post or picture the page shows under it ("Twitter seemed confused by the campaign:")
    if len(run) == 1 and len(_WORD.findall(run[0])) < 2:
        return 0  # "Rana", "END": a writer's first name or a transcript's mark, too little to tell
    return n - end


def _listed_line(text: str) -> bool:
    """A line of the run over the notes: a run line that opens with no small letter and holds no
    sentence's end (never a piece of a paragraph a text file wraps)."""
    stripped = _NUMBER.sub("", text.strip())
    return _run_line(text) and not stripped[:1].islower() and not _INSIDE.search(stripped) \
        and not stripped.endswith(_COMMAS)  # "..., 販売する行為や、": a sentence's piece, no headline


def noted_run(paragraphs: list) -> int:
    """How many of ``paragraphs``' last ones are the page's: one or two short sentences
    (``NOTE_WORDS``: "Reuse only with a link to the source.", "<Outlet> is an independent
    medium.") under a run of two to six short lines that end no sentence (a call to follow, a
    list's label, its headlines), under the story's last sentence. None of the read truths
    (2,473 texts of four lines or more) ends so."""
    n = len(paragraphs)
    for notes in range(1, NOTE_LINES + 1):
        if n - notes < MIN_KEPT:
            return 0
        note = paragraphs[n - notes]
        if not closes_sentence(note) or len(_WORD.findall(note)) > NOTE_WORDS:
            return 0
        end = start = n - notes
        while end - start < LIST_RUN[1] and start > MIN_KEPT and _listed_line(paragraphs[start - 1]):
            start -= 1
        story = paragraphs[start - 1]
        if end - start >= LIST_RUN[0] and closes_sentence(story) and len(_WORD.findall(story)) >= STORY_WORDS:
            return n - start
    return 0


def without_closing_run(paragraphs: list) -> list:
    """``paragraphs`` without the short lines under the text's last sentence (module doc)."""
    cut = closing_run(paragraphs) or noted_run(paragraphs)
    return paragraphs[:len(paragraphs) - cut] if cut else paragraphs
