"""Blocks that close a page's text and are the page's, told by their shape in any language:

- an editor's note wholly in parentheses or brackets under the last paragraph ("(This story was
  published from a syndicated feed and not edited by our staff.)", "[Names have been changed.]"):
  a note on the text, not the story; a story never ends on a whole paragraph in brackets;
- a contact block: under the last paragraph of prose, a run of short lines ending no sentence (a
  heading, a department, an address, a telephone) holding an address or a telephone number
  ("Further details:" / "Press office" / "Tel. +00 00 000 00 00"): where to ask, not the text;
  headed perhaps by a line ending in a colon ("The site can also be reached at these addresses:");
- a line of contact among the last: a short paragraph holding an e-mail address or a web address
  and a contact word of the data (``[contact_words]`` of boilerplate.txt: "For interviews,
  contact press@example.org."), and what stands under it;
- a credit line closing the text, a label and a name ("Quelle: F.A.Z.", "Source: Reuters");
- a footnote to an asterisk: a last paragraph opening with a word and an asterisk before it that
  the text marks with one ("*Name (also known as ...) is ..." under "... the Name* group ...");
- a line sending the reader elsewhere for more, among the last (round 28): a lead-in of the data
  and a word of contact ("For more information contact the coordinator.", "Pour plus
  d'informations, consultez ..."), an address or none: the page's referral, and the short notes
  under it.
"""

from __future__ import annotations

import re

from archive.extract.paragraphs import ends_sentence

NOTE_WORDS = (6, 60)  # an editor's note: a sentence at least, a short paragraph at most
_BRACKETED = re.compile(r"^\s*(?:\((?P<p>[^()]+)\)|\[(?P<b>[^\[\]]+)\])\s*$")
_SENTENCE_END = re.compile(r"[.!?؟。۔।]")


def closing_note(paragraph: str) -> bool:
    """Whether a paragraph is wholly in parentheses or brackets and holds a sentence of a few
    words: an editor's note on the text."""
    match = _BRACKETED.match(paragraph)
    if not match:
        return False
    inner = match.group("p") or match.group("b")
    return NOTE_WORDS[0] <= len(inner.split()) <= NOTE_WORDS[1] and bool(_SENTENCE_END.search(inner))


def without_closing_note(paragraphs: list) -> list:
    """The text without editor's notes in brackets closing it (never its only paragraph, nor one
    standing under a paragraph that ends no sentence)."""
    kept = list(paragraphs)
    while len(kept) > 1 and closing_note(kept[-1]) and ends_sentence(kept[-2]):
        kept.pop()
    return kept


CONTACT_LINE_WORDS = 10  # a line of a contact block: a heading, a name, a department, an address
CONTACT_RUN = 3  # this many lines at least
CONTACT_RUN_MAX = 12
PROSE_WORDS = 15  # the paragraph over the block: prose
_CONTACT = re.compile(r"@\w|https?://|www\.|\+?\d[\d ().-]{7,}\d")


HEAD_LINE_WORDS = 20  # the line heading the block, ending in a colon


def _unsentenced(line: str) -> bool:
    """A line ending no sentence, or a heading ending in a colon ("Further details:")."""
    return not ends_sentence(line) or line.rstrip().endswith((":", "："))


def _in_block(line: str) -> bool:
    words = len(line.split())
    return (words <= CONTACT_LINE_WORDS and _unsentenced(line)) or (
        words <= HEAD_LINE_WORDS and line.rstrip().endswith((":", "：")))


def without_contact_tail(paragraphs: list) -> list:
    """The text without a contact block under its last paragraph of prose: a run of short lines
    ending no sentence (:data:`CONTACT_RUN` or more), one of them an address or a telephone
    number, under a paragraph of prose that ends a sentence. Never the text's only prose."""
    at = len(paragraphs)
    while at > 0 and len(paragraphs) - at < CONTACT_RUN_MAX and _in_block(paragraphs[at - 1]):
        at -= 1
    run = paragraphs[at:]
    if len(run) < CONTACT_RUN or at == 0 or not any(_CONTACT.search(line) for line in run):
        return paragraphs
    above = paragraphs[at - 1]
    if len(above.split()) < PROSE_WORDS or not ends_sentence(above) or above.rstrip().endswith((":", "：")):
        return paragraphs
    return paragraphs[:at]


CONTACT_SENTENCE_WORDS = 30
CONTACT_TAIL = 3  # among the text's last paragraphs
_ADDRESS = re.compile(r"\w@\w|https?://|www\.")
_WORD = re.compile(r"\w+")


def contact_sentence(paragraph: str) -> bool:
    """A short paragraph holding an e-mail or web address and a contact word of the data
    ("For interviews, contact press@example.org.")."""
    if len(paragraph.split()) > CONTACT_SENTENCE_WORDS or not _ADDRESS.search(paragraph):
        return False
    from archive.extract.boilerplate import line_key, phrases

    words = " " + " ".join(_WORD.findall(line_key(paragraph))) + " "
    return any(f" {phrase} " in words for phrase in phrases("contact_words"))


def without_contact_sentence(paragraphs: list) -> list:
    """The text without a line of contact among its last paragraphs and what stands under it,
    under a paragraph of prose ending a sentence."""
    for at in range(max(1, len(paragraphs) - CONTACT_TAIL), len(paragraphs)):
        if contact_sentence(paragraphs[at]) and ends_sentence(paragraphs[at - 1]) \
                and len(paragraphs[at - 1].split()) >= PROSE_WORDS:
            return paragraphs[:at]
    return paragraphs


_STARRED = re.compile(r"^\*(?P<word>[^\W\d_][\w'’-]*)")


def without_star_note(paragraphs: list) -> list:
    """The text without a footnote to an asterisk closing it: a paragraph opening "*Word" where a
    paragraph above it marks the same word with an asterisk ("Word*")."""
    if len(paragraphs) < 2:
        return paragraphs
    match = _STARRED.match(paragraphs[-1])
    if not match or len(paragraphs[-1].split()) > CONTACT_SENTENCE_WORDS * 2:
        return paragraphs
    mark = match.group("word") + "*"
    return paragraphs[:-1] if any(mark in p for p in paragraphs[:-1]) else paragraphs


CREDIT_NAME_WORDS = 4
# "Quelle: F.A.Z.", "Source: Reuters", "Fuente: EFE", "المصدر: وكالات": one word, a colon, a name.
_CREDIT_LINE = re.compile(r"^(?P<label>[^\W\d_]{3,20})\s?[:：]\s*(?P<name>[^\d:：]+)$")
_INITIALISM = re.compile(r"(?:\b[^\W\d_]\.){2,}$")  # "F.A.Z.", "A.P.": the name's stops, no sentence's


def credit_line(paragraph: str) -> bool:
    """A label and a name alone on a line ("Quelle: F.A.Z.", "Source: Reuters"): one word and a
    colon, then a name of a few words, each capitalised (or of a script without case), no digit,
    no sentence (an initialism's stops aside)."""
    match = _CREDIT_LINE.match(paragraph.strip())
    if not match:
        return False
    name = match.group("name").strip()
    words = name.split()
    if not 0 < len(words) <= CREDIT_NAME_WORDS or any(w[:1].islower() for w in words):
        return False
    return not ends_sentence(name) or bool(_INITIALISM.search(name))


def without_credit_line(paragraphs: list) -> list:
    """The text without a credit line closing it ("Quelle: F.A.Z."), under a paragraph that ends a
    sentence: the page's note on where the story came from, not the story."""
    if len(paragraphs) > 1 and credit_line(paragraphs[-1]) and ends_sentence(paragraphs[-2]) \
            and not credit_line(paragraphs[-2]):
        return paragraphs[:-1]
    return paragraphs


REFERRAL_WORDS = 20  # a line sending the reader elsewhere: a short sentence
_LEAD_MARKS = re.compile(r"^[\W_]+")


def referral_line(paragraph: str) -> bool:
    """A short line sending the reader elsewhere for more: opening with a lead-in of the data
    (``[referral_leads]`` of boilerplate.txt: "For more information", "Pour plus d'informations",
    "لمزيد من المعلومات") and holding a word of contact or reference (``[referral_words]``: "contact",
    "visit", "consultez", "التواصل"): "For more information contact the cluster coordinator."."""
    if len(paragraph.split()) > REFERRAL_WORDS:
        return False
    from archive.extract.boilerplate import line_key, phrases
    from archive.extract.line_furniture import plain

    key = plain(line_key(_LEAD_MARKS.sub("", paragraph)))
    if not any(key.startswith(lead) and not key[len(lead):len(lead) + 1].isalnum()
               for lead in (plain(p) for p in phrases("referral_leads"))):
        return False
    words = " " + " ".join(_REFERRAL_WORD.findall(key)) + " "
    return any(f" {plain(phrase)} " in words for phrase in phrases("referral_words"))


_REFERRAL_WORD = re.compile(r"\w+(?:-\w+)*")


def without_referral(paragraphs: list) -> list:
    """The text without a line sending the reader elsewhere (:func:`referral_line`) among its last
    paragraphs, under a paragraph ending a sentence, and the short lines under it (the page's notes:
    "This bulletin is produced for ..."): a story ends on its own last fact, the page on where to
    ask for more. Never the text's first paragraph."""
    for at in range(max(1, len(paragraphs) - CONTACT_TAIL), len(paragraphs)):
        if referral_line(paragraphs[at]) and ends_sentence(paragraphs[at - 1]) \
                and all(len(p.split()) <= CONTACT_SENTENCE_WORDS for p in paragraphs[at + 1:]):
            return paragraphs[:at]
    return paragraphs


def without_closing_blocks(paragraphs: list) -> list:
    """The text without all of this module's blocks closing it."""
    paragraphs = without_credit_line(paragraphs)
    paragraphs = without_contact_sentence(without_contact_tail(without_star_note(without_closing_note(paragraphs))))
    return without_referral(paragraphs)
