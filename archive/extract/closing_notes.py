"""The notes a text closes on that are the publisher's, not the story's: numbered notes and their
heading ("Endnotes", "[1] ..."), a line telling how to cite the page ("Cite as: ..."), a
publisher's disclaimer ("The views expressed ... do not necessarily reflect ...") and a note on
the text itself ("This report was first published ...", "This briefing was funded by ...").

The phrases are data: the ``[notes_headings]``, ``[citation_labels]``, ``[disclaimer_phrases]``,
``[self_note_verbs]`` and ``[self_note_nouns]`` sections of ``archive/data/boilerplate.txt``.
Moved out of :mod:`archive.extract.boilerplate` (round 25), which still offers these names.
"""

from __future__ import annotations

import functools
import re

from archive.extract.data import data_sections
from archive.extract.paragraphs import ends_sentence
from archive.model import collapse_whitespace


# a typographic apostrophe as the data writes it ("n’engagent" as "n'engagent"; boilerplate's lines too)
APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'", "\u00b4": "'"})
_TYPOGRAPHIC = tuple(chr(code) for code in APOSTROPHES)


def folded_key(line: str) -> str:
    """A line as the data's phrases are compared: white space collapsed, case folded, a typographic
    apostrophe written as the data writes it (the table applied only to a line holding one: a
    translation by a table of characters walks every character in Python's slow path)."""
    text = collapse_whitespace(line).casefold()
    if not text.isascii() and any(map(text.__contains__, _TYPOGRAPHIC)):
        text = text.translate(APOSTROPHES)
    return text


@functools.lru_cache(maxsize=4096)
def _key(line: str) -> str:
    return folded_key(line)


@functools.lru_cache(maxsize=None)
def _section(name: str) -> frozenset:
    return frozenset(_key(line) for line in data_sections("boilerplate.txt").get(name, ()))


_NOTE = re.compile(r"^\[(?P<n>\d{1,3})\]\s*\S")  # "[1] Interview with ...": a numbered note
NOTES_HEADING_WORDS = 3


_BARE_NOTE = re.compile(r"^(?P<n>\d{1,3})[.)]?\s+\S")  # "1 ECtHR, ...", "2. Compare ...": under a notes heading only


def _bare_notes(paragraphs: list) -> list:
    """Notes numbered without brackets, 1, 2, 3 in order to the end, under a heading of the data's
    [notes_headings] ("Footnotes" over "1 ...", "2 ..."): the text without them and the heading."""
    headings = _section("notes_headings")
    for at in range(1, len(paragraphs) - 1):
        if _key(paragraphs[at]).rstrip(" :") not in headings:
            continue
        notes = paragraphs[at + 1:]
        numbers = [_BARE_NOTE.match(p) for p in notes]
        if all(numbers) and [int(m.group("n")) for m in numbers] == list(range(1, len(notes) + 1)):
            return paragraphs[:at]
    return paragraphs


def without_citation(paragraphs: list) -> list:
    """The text without a last paragraph telling how to cite the page ("Cite as: ...", data's
    [citation_labels]), never its only paragraph."""
    if len(paragraphs) > 1:
        head, colon, _ = paragraphs[-1].partition(":")
        if colon and _key(head) in _section("citation_labels"):
            return paragraphs[:-1]
    return paragraphs


def without_notes(paragraphs: list) -> list:
    """The text without the notes under it: numbered notes ("[1] ...", "[2] ...") running from the
    first to the end, and a short heading over them ("Endnotes", "References", "الهوامش"); or notes
    numbered without brackets under such a heading (:func:`_bare_notes`). The markers inside the
    text ("... camp data.[1]") stay."""
    paragraphs = _bare_notes(without_citation(paragraphs))
    for at, line in enumerate(paragraphs):
        match = _NOTE.match(line)
        if match and match.group("n") == "1" and at > 0 and all(_NOTE.match(p) for p in paragraphs[at:]):
            heading = paragraphs[at - 1]
            if at > 1 and len(heading.split()) <= NOTES_HEADING_WORDS and not ends_sentence(heading.rstrip(":")):
                at -= 1
            return paragraphs[:at]
    return paragraphs


DISCLAIMER_WORDS = 60


@functools.lru_cache(maxsize=None)
def _disclaimer_phrases() -> tuple:
    return tuple(_key(line) for line in data_sections("boilerplate.txt").get("disclaimer_phrases", ()))


def disclaimer(paragraph: str) -> bool:
    """A publisher's disclaimer (a short paragraph holding a phrase of the data's
    ``[disclaimer_phrases]``: "... do not necessarily reflect the views of ...")."""
    if len(paragraph.split()) > DISCLAIMER_WORDS:
        return False
    key = _key(paragraph)
    return any(map(key.__contains__, _disclaimer_phrases())) or bool(_self_note().match(paragraph)) \
        or made_note(paragraph) or licence_notice(paragraph) or funding_note(paragraph)


FUNDING_NOTE_WORDS = 25  # a note on who pays for the text's making: a sentence of this many words at most
MAKER_REACH = 6  # the maker's word within this many words before the funding phrase


def _alternation(section: str, spaced: bool = False) -> str:
    """A section of text_notes.txt as a regex alternation, longest first (``spaced``: a phrase's
    spaces match any run of white space)."""
    words = sorted(data_sections("text_notes.txt").get(section, ()), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") if spaced else re.escape(w) for w in words)


@functools.lru_cache(maxsize=1)
def _funding() -> re.Pattern:
    return re.compile(r"^(?P<lead>(?:\S+\s+){0,%d}?)(?:%s)\b(?P<gap>(?:\s+\S+){0,%d}?)\s+(?:%s)(?!\w)"
                      % (MAKER_REACH - 1, _alternation("maker_nouns"), MAKER_REACH,
                         _alternation("funding_verbs", spaced=True)), re.I)


READER_FUNDED_WORDS = 12  # "Example Times is funded by its subscribers.": a short sentence


@functools.lru_cache(maxsize=1)
def _readers_fund() -> re.Pattern:
    return re.compile(r"(?:%s)\s+(?:its|our|their|ses|nos|leurs|i suoi|i nostri|sus|nuestros|seus|nossos|seine|unsere|ihre|zijn|onze|haar)\s+(?:%s)\b"
                      % (_alternation("funding_verbs", spaced=True), _alternation("reader_funders")) + r"[.!]?$", re.I)


# what may stand between the maker's word and the funding phrase: the rest of its name ("Reporting
# Service"), or a phrase opening with a preposition ("coverage of the camps", "reporting for this story")
_GAP_PREPOSITIONS = frozenset("of for in on from about at across into de du des di del della da van voor "
                              "für zu über sur pour en por para sobre dari untuk tentang في عن من حول".split())


def _maker_gap(gap: str) -> bool:
    words = gap.split()
    return not words or words[0].casefold() in _GAP_PREPOSITIONS or all(w[:1].isupper() for w in words)


def funding_note(paragraph: str) -> bool:
    """A note on who pays for the text's making (round 29: "The Local Democracy Reporting Service
    is funded by the BBC.", "Our coverage of the camps is supported by a grant from ...", "Ce reportage
    est financé par ..."): a short sentence whose subject, its first few words, names the reporting
    (``[maker_nouns]`` of text_notes.txt) and whose verb pays for it (``[funding_verbs]``). A story's
    sentence on funding names what is funded ("The camp is funded by ..."), not the reporting. So is a
    paragraph opening with the outlet saying its readers pay for it ("Example Times is funded by its
    subscribers. Receive the print edition ...": ``[reader_funders]``), whatever follows."""
    text = " ".join(paragraph.split())
    if len(text.split()) > DISCLAIMER_WORDS:
        return False
    first = re.split(r"(?<=[.!?])\s+", text, maxsplit=1)[0]
    if len(first.split()) > FUNDING_NOTE_WORDS:
        return False
    if len(first.split()) <= READER_FUNDED_WORDS and _readers_fund().search(first):
        return True  # "Example Times is funded by its subscribers. Receive ...": the outlet's appeal
    match = _funding().match(first)
    return bool(match) and _maker_gap(match.group("gap")) and all(w[:1].isupper() or w.casefold() in _LEADS
                                                                  for w in match.group("lead").split())


_LEADS = frozenset("the this our its their la le les l' il lo el los las o a os as der die das de het dit deze".split())


def views_disclaimer(paragraph: str) -> bool:
    """A disclaimer by the data's phrases alone ("Blog posts represent the views of ... and not those
    of ..."): the kind a blog sets over its posts as well as under them."""
    if len(paragraph.split()) > DISCLAIMER_WORDS:
        return False
    key = _key(paragraph)
    return any(phrase in key for phrase in _standing())


@functools.lru_cache(maxsize=1)
def _standing() -> tuple:
    return tuple(_key(line) for line in data_sections("boilerplate.txt").get("standing_disclaimers", ()))


MADE_NOTE_WORDS = 30  # a note on how the text was made: a sentence of this many words at most
LICENCE_WORDS = 30  # a licence notice: a line of this many words at most
NOTE_OPENING_WORDS = 3  # the noun naming the text within this many words of the note's start


@functools.lru_cache(maxsize=1)
def _made_note() -> re.Pattern:
    """A note on how the text was made (round 27: "Full transcript below is auto-generated and
    lightly edited."): a noun naming the text among its first words (``[self_note_nouns]``, and
    ``[text_nouns]`` of text_notes.txt), then
    within a few words "is", "was", "has been", and a state of ``[made_states]`` (text_notes.txt); or
    the state right after the noun, the verb left out as a note's headline style leaves it (round 28:
    "Transcript edited for length and clarity.", "Interview condensed and edited")."""
    nouns = sorted(set(data_sections("boilerplate.txt").get("self_note_nouns", ()))
                   | set(data_sections("text_notes.txt").get("text_nouns", ())), key=len, reverse=True)
    states = sorted(data_sections("text_notes.txt").get("made_states", ()), key=len, reverse=True)
    return re.compile(r"^(?:[^\W\d_][\w'’-]*\s+){0,%d}(?:%s)s?\b(?:(?:\s+[^\s.]+){0,4}?\s+(?:is|was|are|were|has been|have been|has|have)"
                      r"\s+(?:(?:been|also|then|now)\s+)?|\s+)(?:%s)\b"
                      % (NOTE_OPENING_WORDS - 1, "|".join(map(re.escape, nouns)),
                         "|".join(re.escape(s).replace(r"\ ", r"\s+") for s in states)), re.I)


def made_note(paragraph: str) -> bool:
    """Whether a short paragraph says how the text itself was made (:func:`_made_note`)."""
    return len(paragraph.split()) <= MADE_NOTE_WORDS and bool(_made_note().match(paragraph.strip()))


@functools.lru_cache(maxsize=1)
def _licence() -> re.Pattern:
    marks = sorted(data_sections("text_notes.txt").get("licence_marks", ()), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:%s)(?![\w-])" % "|".join(re.escape(m).replace(r"\ ", r"[\s-]+") for m in marks), re.I)


def licence_notice(paragraph: str) -> bool:
    """A licence notice ("Content licensed under CC BY 4.0 unless stated otherwise."): a short line
    holding a licence's mark (``[licence_marks]`` of text_notes.txt), the same in every language."""
    return len(paragraph.split()) <= LICENCE_WORDS and bool(_licence().search(paragraph))


NOTES_UNDER_DISCLAIMER = 2  # the page's short notes under a disclaimer ("Cite this: ...", "Image credit: ...")
NOTE_WORDS = 40
_NOTE_LABEL = re.compile(r"^\w+(?:\s+\w+){0,2}\s*:")


OPENING_NOTE_WORDS = 25  # a note on the text over its first paragraph: a sentence or two
GATE_NOTICE_WORDS = 15  # a paywall's notice closing what the page let through: a line


def without_opening_note(paragraphs: list) -> list:
    """The text without a note on the text itself standing over its first paragraph (round 28:
    "This article was translated from Arabic.", "This story was first published by ..."): a short
    paragraph that is a note on the text (:func:`_self_note`, :func:`made_note`), over a longer one,
    the first or under the header's short lines only (a byline, a date: no sentence)."""
    for at in range(min(OPENING_HEADER_LINES + 1, len(paragraphs) - 1)):
        note = paragraphs[at]
        words = len(note.split())
        if words <= OPENING_NOTE_WORDS and len(paragraphs[at + 1].split()) > words \
                and (_self_note().match(note) or made_note(note) or warning_note(note) or press_note(note)):
            return paragraphs[:at] + paragraphs[at + 1:]
        if len(note.split()) > OPENING_HEADER_WORDS or ends_sentence(note):
            break  # the text has begun
    return paragraphs


@functools.lru_cache(maxsize=1)
def _warning_labels() -> frozenset:
    return frozenset(_key(label) for label in data_sections("text_notes.txt").get("warning_labels", ()))


def warning_note(paragraph: str) -> bool:
    """A note warning the reader of what the text holds, under its label and colon (round 29: "Content
    warning: This article discusses violence against children.": ``[warning_labels]`` of
    text_notes.txt), a sentence after it."""
    head, colon, rest = paragraph.partition(":")
    return bool(colon) and _key(head).strip() in _warning_labels() and len(rest.split()) >= 3 \
        and ends_sentence(rest.strip())


@functools.lru_cache(maxsize=1)
def _press_labels() -> frozenset:
    return frozenset(_key(label.replace("’", "'")) for label in data_sections("text_notes.txt").get("press_labels", ()))


PRESS_NOTE_WORDS = 40  # a note to the press: a sentence or two


def press_note(paragraph: str) -> bool:
    """A note the page addresses to the press, under its label and colon (round 30: "Note to media:
    Please use the following link to access ...", "Hinweis für Redaktionen: ...": ``[press_labels]``
    of text_notes.txt), a few words after it: a press release's note, at its text's edges, not its
    text. (An editor's note to the reader is the text's.)"""
    head, colon, rest = paragraph.partition(":")
    return bool(colon) and len(paragraph.split()) <= PRESS_NOTE_WORDS and len(rest.split()) >= 2 \
        and _key(head.replace("’", "'")).strip() in _press_labels()


OPENING_HEADER_LINES = 3  # the header's short lines over the note (a byline, a date) the reader left in
OPENING_HEADER_WORDS = 8


def without_gate_notice(paragraphs: list) -> list:
    """The text without a paywall's notice closing what the page let through (round 28: "Ce contenu
    est réservé aux abonnés. Déjà abonné ? Connectez-vous"): a short last line in the gate's words
    of :func:`archive.extract.gate_pages.gate_line`. Never the only paragraph."""
    from archive.extract.gate_pages import gate_line

    kept = list(paragraphs)
    while len(kept) > 1 and len(kept[-1].split()) <= GATE_NOTICE_WORDS and gate_line(kept[-1]):
        kept.pop()
    return kept


def without_disclaimers(paragraphs: list) -> list:
    """The text without the publisher's disclaimers closing it, alone or over one or two of the
    page's short notes (a labelled line, "Cite this: ...", "Image credit: ...", or a line ending no
    sentence): what stands under a disclaimer is the page's. Never the only paragraph. Without a
    paywall's notice closing it, a note on the text over it, or a disclaimer opening it either
    (round 28)."""
    kept = without_opening_note(without_gate_notice(paragraphs))
    while len(kept) > 1 and (disclaimer(kept[-1]) or press_note(kept[-1])):
        kept.pop()
    while len(kept) > 1 and views_disclaimer(kept[0]):
        kept.pop(0)  # a blog's standing disclaimer set over every post's text (round 28)
    for at in range(len(kept) - 2, max(0, len(kept) - 1 - NOTES_UNDER_DISCLAIMER) - 1, -1):
        if at > 0 and disclaimer(kept[at]) and all(len(p.split()) <= NOTE_WORDS and (
                _NOTE_LABEL.match(p) or not ends_sentence(p)) for p in kept[at + 1:]):
            return kept[:at]
    return kept


def publication_note(paragraph: str) -> bool:
    """A note on the text naming when it was first published ("This report ... was first
    published March 8, 2023."): the date it states is the story's."""
    match = _self_note().match(paragraph) if len(paragraph.split()) <= DISCLAIMER_WORDS else None
    return bool(match) and "published" in match.group(0).casefold()


SELF_NOTE_WORDS = 3  # "This report", "This situation overview", "This article by Jane Doe"...


@functools.lru_cache(maxsize=1)
def _self_note() -> re.Pattern:
    """A note on the text itself, after a label perhaps ("This report by ... was first published
    ...", "Update, 5 May: This article has been updated ...", "This overview was funded by ..."):
    "This", a word naming a text (``[self_note_nouns]``), a few words, a phrase of ``[self_note_verbs]``."""
    sections = data_sections("boilerplate.txt")
    verbs, nouns = (sorted(sections.get(name, ()), key=len, reverse=True) for name in ("self_note_verbs", "self_note_nouns"))
    return re.compile(r"^(?:[^:]{1,40}:\s+)?This\s+(?:\w+\s+)?(?:%s)\b(?:\s+[^\s.]+){0,%d}?\s+(?:%s)\b"
                      % ("|".join(map(re.escape, nouns)), SELF_NOTE_WORDS + 3,
                         "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in verbs)), re.I)


CONTACT_WORDS = 30  # a writer's contact line: this many words at most
LOOSE_WORDS = 6  # a line under it that ends no sentence ("Part of the <Network>"): this many words at most
CONTACT_REACH = 3  # the text's last paragraphs looked at
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w@])@\w{2,}")
_QUOTED = re.compile(r"[\"“”«»„]")
_LETTERS = re.compile(r"[^\W\d_]{2,}")
CONTACT_SENTENCE_WORDS = 3  # words besides the address: a sentence giving it ("Contact <Name> at"), not a press
# office's bare block ("<address> | tel.: <number>", which names the outlet by its domain and is left to it)


def contact_line(paragraph: str) -> bool:
    """A line giving the writer's (or the desk's) address: an e-mail address or a social handle in
    a short sentence quoting no one ("Contact <Name> at <address>. Follow her on X: @<handle>.",
    "<Name> ist erreichbar unter <address>")."""
    if len(paragraph.split()) > CONTACT_WORDS or not _ADDRESS.search(paragraph) or _QUOTED.search(paragraph):
        return False
    return len(_LETTERS.findall(_ADDRESS.sub(" ", paragraph))) >= CONTACT_SENTENCE_WORDS  # a sentence, no bare address block


def without_contact_lines(paragraphs: list) -> list:
    """The text without the contact lines closing it (:func:`contact_line`), and the few words
    under them that end no sentence (the outlet's network, "Part of the <Network>"). A text keeps
    its first paragraph."""
    from archive.extract.paragraphs import ends_sentence

    cut = None
    for at in range(len(paragraphs) - 1, max(0, len(paragraphs) - CONTACT_REACH), -1):
        paragraph = paragraphs[at]
        if contact_line(paragraph):
            cut = at
        elif len(paragraph.split()) > LOOSE_WORDS or ends_sentence(paragraph):
            break
    return paragraphs[:cut] if cut is not None else paragraphs
