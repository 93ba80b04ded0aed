"""A cookie or consent notice saved instead of the article, in a language the data lacks: known by
its shape rather than its words (:func:`archive.extract.boilerplate.consent_wall` reads the
notices whose words and buttons the data holds).

The shape: a short text (a notice, no story) whose first paragraph of any length names the
cookies (a loanword most languages write alike: ``[consent_loanwords]`` of boilerplate.txt), with
a row of buttons right under a line naming them: two or more short items (a word or three, no
sentence, no figure) on one line apart, or on lines of their own one under the other ("Godkänn
alla" / "Hantera inställningar"; "Accept all     Reject all     Manage options").
"""

from __future__ import annotations

import functools
import re

from archive.extract.data import data_sections

SHAPE_MAX_WORDS = 200  # a notice's text: short (a story about cookie rules runs longer)
OPENING_WORDS = 20  # a paragraph this long before the notice's: a story's, not a notice's
BUTTON_WORDS = 3
BUTTON_CHARS = 30
BUTTONS_UNDER = 4  # lines between the line naming the cookies and its buttons
STORY_WORDS = 40  # under the buttons, text paragraphs of this many words in all (not naming the cookies): a story
_ITEMS = re.compile(r"\s{2,}|\s*[|·•]\s*")
_WORD = re.compile(r"\w+")


def notice_by_shape(body: list, lines: list) -> bool:
    """Whether ``body`` (the text's paragraphs, from a page of ``lines``) is a consent notice by its
    shape (see the module)."""
    if not body or sum(len(p.split()) for p in body) > SHAPE_MAX_WORDS:
        return False
    for paragraph in body:
        if _names_cookies(paragraph):
            break
        if len(paragraph.split()) > OPENING_WORDS:
            return False  # the text opens with a paragraph of its own: a story
    else:
        return False
    texts = [line.strip() for line in lines if line and line.strip()]
    kept = {paragraph.strip() for paragraph in body}
    for at, line in enumerate(texts):
        row = next((k for k in range(at + 1, min(len(texts), at + 2 + BUTTONS_UNDER)) if _button_row(texts, k)), None)
        if _names_cookies(line) and row is not None:
            # a story saved under its cookie banner: paragraphs of its own under the buttons
            return sum(len(t.split()) for t in texts[row + 1:] if t in kept and not _names_cookies(t)) < STORY_WORDS
    return False


def _names_cookies(text: str) -> bool:
    return any(word.startswith(_loanwords()) for word in _WORD.findall(text.casefold()))


def button_like(item: str) -> bool:
    """Whether a text is short like a button: a word or three, no figure, no sentence's end."""
    item = item.strip()
    return 1 <= len(item.split()) <= BUTTON_WORDS and len(item) <= BUTTON_CHARS \
        and not item.endswith((".", "?", "!", ":", ",", "؟")) and not any(c.isdigit() for c in item)


def _button_row(texts: list, at: int) -> bool:
    items = [item for item in _ITEMS.split(texts[at]) if item.strip()]
    if len(items) >= 2:
        return all(button_like(item) for item in items)
    return button_like(texts[at]) and at + 1 < len(texts) and button_like(texts[at + 1])


@functools.lru_cache(maxsize=1)
def _loanwords() -> tuple:
    return tuple(w.casefold().rstrip("*") for w in data_sections("boilerplate.txt").get("consent_loanwords", ()))
