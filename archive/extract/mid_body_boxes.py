"""A box set between two paragraphs of the text (a subscription prompt, a sign-up form, a
donation appeal), of which the line classifier drops the line holding the furniture's words
("Subscribe now for ... ") and keeps the short line beside it for a subheading ("Get unlimited
digital access"): the short line goes with its box.

A line is dropped only where all of this holds: it is inside the text (prose on its other side),
it is short and ends no sentence, and right beside it stands a line the classifier judged a call to
action or a widget by its words, itself dropped from the text. A subheading beside prose on both
sides, or beside a caption or a link, stays.
"""

from __future__ import annotations

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
    return [k for k in body_at if k not in drop] if drop else body_at
