"""A consent notice's row of buttons as a page copied to text writes it: the buttons apart by wide
spaces on one line ("قبول الكل    رفض    إعدادات الخصوصية", "Tout accepter    Tout refuser
Paramétrer"), in any language and script whose buttons ``[consent_controls]`` of boilerplate.txt
holds. :func:`archive.extract.boilerplate.consent_controls` reads the rows apart by "|", "·" or
brackets.

Precision first: every item of the row is short like a button (a word or three, no figure, no
sentence's end) and two of them at least are the data's buttons, so that a line of text with a
double space in it, or a menu holding one word that is a button's too, is no row.
"""

from __future__ import annotations

import re

from archive.extract.consent_shapes import BUTTON_WORDS, button_like

_SPACED = re.compile(r"\s{2,}|\t")
MIN_CONTROLS = 2


def spaced_controls(line: str, controls, key) -> bool:
    """Whether ``line`` is a row of buttons apart by wide spaces, two of them at least among
    ``controls`` (the data's buttons, as ``key`` folds them)."""
    items = [item.strip() for item in _SPACED.split(line.strip()) if item.strip()]
    if len(items) < MIN_CONTROLS:
        return _run_of_controls(key(line).split(), controls)
    if not all(button_like(item) for item in items):
        return False
    return sum(key(item) in controls for item in items) >= MIN_CONTROLS


ROW_ITEMS = 4  # a row of buttons: this many at most
CONTROL_WORDS = 4  # a button's words, at most


def _run_of_controls(words: list, controls) -> bool:
    """The row with its wide spaces collapsed ("قبول الكل رفض إعدادات الخصوصية"): the words read
    from the start as the longest of the data's buttons, two of them at least, one other item of two
    or three words at most ("Manage options") and no more than ``ROW_ITEMS`` items in all."""
    if len(words) > ROW_ITEMS * max(CONTROL_WORDS, BUTTON_WORDS):
        return False  # longer than any row: ROW_ITEMS items, each a button of the data (CONTROL_WORDS words at
    known = other = at = 0  # most) or the one other item (button_like: BUTTON_WORDS at most)
    while at < len(words):
        size = next((n for n in range(min(CONTROL_WORDS, len(words) - at), 0, -1)
                     if " ".join(words[at:at + n]) in controls), 0)
        if size:
            known, at = known + 1, at + size
            continue
        end = at
        while end < len(words) and not any(" ".join(words[end:end + n]) in controls for n in range(1, CONTROL_WORDS + 1)):
            end += 1
        if other or end - at < 2 or not button_like(" ".join(words[at:end])):  # "Agree or disagree": no row
            return False
        other, at = 1, end
    return known >= MIN_CONTROLS and known + other <= ROW_ITEMS


LEFT_WORDS = 20  # the text left beside a notice: fewer words than this ("To read on, choose above.")
NOTICE_WORDS = 8  # a consent notice's paragraph: this many words at least
ROW_UNDER = 4  # lines between the notice's paragraph and its buttons


def notice_beside(body: list, lines: list) -> bool:
    """Whether the text left (``body``, the notice itself dropped as the page's furniture) is a
    line or two beside a consent notice: a paragraph of the page (``lines``) thick with consent
    words (boilerplate.txt's ``[consent_words]``, in any language it lists) with a row of the data's
    buttons a few lines under it. A story, even a brief one, runs longer than ``LEFT_WORDS``."""
    from archive.extract import boilerplate

    if not body or sum(len(p.split()) for p in body) >= LEFT_WORDS:
        return False
    texts = [line.strip() for line in lines if line and line.strip()]
    for at, line in enumerate(texts):
        words = re.findall(r"\w+", boilerplate.line_key(line))
        if NOTICE_WORDS <= len(words) <= boilerplate.CONSENT_MAX_WORDS \
                and boilerplate.consent_hits(words) >= boilerplate.CONSENT_SHARE * len(words) \
                and any(boilerplate.consent_controls(row) for row in texts[at + 1: at + 2 + ROW_UNDER]):
            return True
    return False
