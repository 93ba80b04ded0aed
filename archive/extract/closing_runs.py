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
"""

from __future__ import annotations

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
