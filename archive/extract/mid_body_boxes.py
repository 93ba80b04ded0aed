"""A box set between two paragraphs of the text (a subscription prompt, a sign-up form, a
donation appeal; other stories' headlines under a heading in capitals: :func:`without_teaser_boxes`), of which the line classifier drops the line holding the furniture's words
("Subscribe now for ... ") and keeps the short line beside it for a subheading ("Get unlimited
digital access"): the short line goes with its box.

A line is dropped only where all of this holds: it is inside the text (prose on its other side),
it is short and ends no sentence, and right beside it stands a line the classifier judged a call to
action or a widget by its words, itself dropped from the text. A subheading beside prose on both
sides, or beside a caption or a link, stays.

A sign-up line in any language (one sentence inviting the reader to a newsletter, shorter than the
prose beside it: :mod:`archive.extract.signup_lines`) goes too, the classifier's words being
English and Arabic.
"""

from __future__ import annotations

from archive.extract.signup_lines import signup_positions

BOX_KINDS = frozenset({"call to action", "widget"})
BOX_LINE_WORDS = 8


def without_box_lines(content: list, lines: list, body_at: list) -> list:
    """``body_at`` (indices into ``content``, judged in ``lines``) without the short lines that
    belong to a box of furniture inside the text."""
    if len(body_at) < 3:
        return body_at
    kept = set(body_at)
    drop = set()
    for n in range(1, len(body_at) - 1):
        k = body_at[n]
        line = lines[k]
        if line.furniture is not None or line.sentence or not 0 < line.words <= BOX_LINE_WORDS \
                or content[k].rstrip().endswith((":", "：")):
            continue
        for step in (1, -1):
            beside, other = k + step, body_at[n - step]
            if beside not in kept and 0 <= beside < len(lines) and lines[beside].furniture in BOX_KINDS \
                    and abs(other - k) == 1 and lines[other].sentence and lines[other].words > BOX_LINE_WORDS:
                drop.add(k)
                break
    kept = [k for k in body_at if k not in drop] if drop else body_at
    if len(kept) > 1:
        signups = signup_positions(content, kept)
        kept = [k for k in kept if k not in signups] if signups else kept
    return without_teaser_boxes(content, lines, kept)


HEADING_WORDS = 5  # a box's heading in capitals: "MEHR ZUM THEMA", "RELATED", "İLGİLİ HABERLER"
TEASER_WORDS = 15  # a listed headline under it: a short line ending no sentence
MAX_TEASERS = 4
PROSE_WORDS = 15  # the paragraphs on both sides of the box: prose


def heading_in_capitals(text: str) -> bool:
    """A short line wholly in capitals ending no sentence (a script with case only)."""
    from archive.extract.paragraphs import ends_sentence

    return text.isupper() and 0 < len(text.split()) <= HEADING_WORDS and not ends_sentence(text) \
        and not any(c.isdigit() for c in text)


def without_teaser_boxes(content: list, lines: list, body_at: list) -> list:
    """``body_at`` without a box of other stories set between two paragraphs of the text: a heading
    in capitals over one to four short lines that end no sentence (the headlines it lists), prose
    above the heading and under the last headline. A heading in capitals over prose is the text's
    own subheading and stays."""
    from archive.extract.paragraphs import ends_sentence

    def prose(k: int) -> bool:
        return lines[k].words >= PROSE_WORDS and ends_sentence(content[k])

    drop = set()
    n = 1
    while n < len(body_at) - 2:
        k = body_at[n]
        if not heading_in_capitals(content[k]) or not prose(body_at[n - 1]):
            n += 1
            continue
        m = n + 1
        while m < len(body_at) - 1 and m - n <= MAX_TEASERS and lines[body_at[m]].words <= TEASER_WORDS \
                and not ends_sentence(content[body_at[m]]) and not heading_in_capitals(content[body_at[m]]):
            m += 1
        if m > n + 1 and m - n - 1 <= MAX_TEASERS and prose(body_at[m]):
            drop.update(body_at[n:m])
        n = m
    return [k for k in body_at if k not in drop] if drop else body_at
