"""The head of a text's body, by shape (issue #13, round 33): its first word split by a drop cap, and
a wire's note on its version over it (:func:`without_update_note`), a magazine's print issue
(:func:`without_issue_lines`), the page's note on a transcript (:func:`without_transcript_note`).

A magazine sets its text's first letter apart, larger, over two or three lines (a drop cap:
``<span class="dropcap">T</span>wo years ...``, an initial in its own element). Saved as text or
read by an extraction, the letter comes apart from the rest of its word: alone on a line over the
paragraph ("T" / "wo years after ..."), or as a word of its own ("T wo years after ...",
"Л агерь Аль-Холь ..."). The body then opens with a word no reader typed, and the word itself is
lost to a search.

Decided by shape and by the text itself, in any alphabet with capitals and small letters:

- a paragraph that is one capital letter alone, over a paragraph opening with a small letter, is
  that paragraph's first letter (no paragraph of a story is a capital letter alone, and no
  paragraph opens with a small letter but a continued one);
- a first paragraph opening with a capital letter alone, a space and a run of small letters is one
  word where the letter and the run written together are a word the text uses elsewhere, and the
  run alone is not ("T wo" with "two" further down, "two" never "wo"; "A year" stays: "ayear" is
  no word of the text). A one-letter word ("A", "I", "В", "O") is left as it is unless the text
  itself says otherwise.

Round 34: the page's lines over a text's first paragraph, by their shape (:func:`finished_start`);
round 38: a date stamp left over it (:func:`without_date_stamp`).

Two layouts, in any language:

- **the headline with its kicker** as the text's first line ("Verdict in Munich Returnee
  sentenced to ten years", where the title is "Returnee sentenced to ten years"): a page sets
  its kicker in an element of its own inside the heading, and a copy as text runs them into one
  line. A first line holding the whole title and ending no sentence is the heading, never the
  text: no truth body of the 49 read halves (3,126 texts) opens so.
- **a standfirst over the dateline**: the text proper opens with its dateline ("MUNICH – Ten
  years: ...", "BEIRUT (AFP) -"), and the one or two short paragraphs over it (the teaser the
  page prints under its headline) end a sentence each. Among the read truths, one text has a
  paragraph opening with a dateline second or third while its first opens with none, and there
  the paragraph over it announces it with a colon ("The following was released by ...:"), which
  keeps it.
"""

from __future__ import annotations

import re
from typing import Optional

_LONE_CAPITAL = re.compile(r"^[^\W\d_]$")
_SPLIT_HEAD = re.compile(r"^(?P<cap>[^\W\d_]) (?P<rest>[^\W\d_]+)(?P<after>\W|$)")
_WORD = re.compile(r"[^\W\d_]+")


def _capital(letter: str) -> bool:
    return letter.isupper() and letter.lower() != letter


def _small(word: str) -> bool:
    return word[:1].islower()


def joined_drop_cap(paragraphs: list, title: str = "") -> list:
    """``paragraphs`` with its first word whole again where a drop cap split it (see the module's
    docstring); unchanged otherwise."""
    if not paragraphs:
        return paragraphs
    first = paragraphs[0].strip()
    if len(paragraphs) > 1 and _LONE_CAPITAL.match(first) and _capital(first) and _small(paragraphs[1].lstrip()):
        return [first + paragraphs[1].lstrip()] + paragraphs[2:]
    match = _SPLIT_HEAD.match(first)
    if not match or not _capital(match.group("cap")) or not _small(match.group("rest")):
        return paragraphs
    cap, rest = match.group("cap"), match.group("rest")
    words = [w.casefold() for w in _WORD.findall(" ".join([title] + [first[match.end("rest"):]] + paragraphs[1:]))]
    joined = (cap + rest).casefold()
    if joined in words and rest.casefold() not in words:
        return [cap + first[2:]] + paragraphs[1:]
    return paragraphs


def with_drop_cap_line(content: list, body_at: list) -> list:
    """``body_at`` (the indexes of a text's lines) with the line over its first line where that line is
    a drop cap's letter alone ("T" over "wo years after ..."), left out as too short for a paragraph;
    :func:`joined_drop_cap` then joins the two."""
    if not body_at or body_at[0] == 0:
        return body_at
    first, over = content[body_at[0]].lstrip(), content[body_at[0] - 1].strip()
    if _LONE_CAPITAL.match(over) and _capital(over) and _small(first):
        return [body_at[0] - 1] + list(body_at)
    return body_at


UPDATE_NOTE_WORDS = 40  # a wire's note on its revision over the text: a line, not a paragraph
_WHOLLY_BRACKETED = re.compile(r"^\((?P<inner>[^()]+)\)\W{0,2}$")


def without_update_note(paragraphs: list) -> list:
    """``paragraphs`` without a first paragraph that is wholly in brackets, a line long, over the
    text: a wire's note on the version ("(Updates with death toll, adds quotes)", "(Adds minister's
    comment in paragraph 5)", "(Aktualisiert mit ...)", "(Corrects spelling of name in paragraph 3)").
    An agency's credit opening the text's first sentence ("(AGI) - Rome, June 5 - ...", "(Beirut) –
    Hundreds of ...") is no whole paragraph and stays; so does a text of one paragraph."""
    if len(paragraphs) < 2:
        return paragraphs
    match = _WHOLLY_BRACKETED.match(paragraphs[0].strip())
    if match and 2 <= len(match.group("inner").split()) <= UPDATE_NOTE_WORDS:
        return paragraphs[1:]
    return paragraphs


ISSUE_LINE_WORDS = 6  # "aus profil 45/2021", "Erschienen in Heft 3/2022", "Le Point n° 2543"
_ISSUE_NUMBER = re.compile(r"(?<![\d/.])\d{1,3}\s?/\s?(?:19|20)\d\d(?![\d/.])"  # "45/2021": the issue of its year
                           r"|(?:\b(?:nr|no|heft|ausgabe|issue|vol|numéro|número|numero)\.?|n[°º])\s?\d{1,4}\b", re.I)


def issue_line(line: str) -> bool:
    """A line naming the print issue a magazine's piece appeared in, and nothing more: a few words,
    no sentence, an issue's number ("aus profil 45/2021", "Le Point n° 2543", "Heft 3/2022")."""
    text = " ".join(line.split())
    return 0 < len(text.split()) <= ISSUE_LINE_WORDS and not text.endswith((".", "!", "?")) \
        and bool(_ISSUE_NUMBER.search(text))


def without_issue_lines(paragraphs: list) -> list:
    """``paragraphs`` without a line naming the print issue over the text's first paragraph or under
    its last (:func:`issue_line`): the magazine's stamp, not its text. Never the only paragraph."""
    if len(paragraphs) > 1 and issue_line(paragraphs[0]):
        paragraphs = paragraphs[1:]
    if len(paragraphs) > 1 and issue_line(paragraphs[-1]):
        paragraphs = paragraphs[:-1]
    return paragraphs


def finished_edges(paragraphs: list, title: str = "", cut: Optional[list] = None, tail: bool = True) -> list:
    """A page's body with this module's rules applied: the wire's note on its version, the print
    issue's line and the note on a transcript left out, the drop cap's word joined; the headline with
    its kicker and a standfirst over the dateline (:func:`finished_start`), the short lines under the
    text's last sentence (:func:`archive.extract.closing_runs.without_closing_run`; ``cut``, if given, receives
    those: a page's foot the outlet guards still read; ``tail`` False: not the short lines. HTML
    pages left them out of the rule in round 34, where it lowered the body recall of the 181 real
    news pages the extraction benchmark pins, 0.9714 -> 0.9701; two guards in closing_runs (round 35:
    a last line ending with a colon, a sentence's pieces ending with commas) give it back to them)."""
    from archive.extract.closing_runs import without_closing_run

    paragraphs = joined_drop_cap(without_transcript_note(without_issue_lines(without_update_note(paragraphs))), title)
    paragraphs = finished_start(paragraphs, title)
    kept = without_closing_run(paragraphs) if tail else paragraphs
    if cut is not None:
        cut.extend(paragraphs[len(kept):])
    return kept


TRANSCRIPT_NOTE_WORDS = 20  # the page's note over a transcript: a sentence or two
SPEAKER_TURNS = 3  # paragraphs opening with a speaker's label before a body is read as a transcript
_SPEAKER = re.compile(r"^(?P<label>[^\W\d_][\w.'’ -]{0,30}?)\s?:\s+(?P<rest>\S.*)$", re.S)


def _speaker(paragraph: str) -> bool:
    match = _SPEAKER.match(paragraph.strip())
    return bool(match) and len(match.group("label").split()) <= 3


def _transcript_word(text: str) -> bool:
    from archive.extract.data import data_sections

    words = re.findall(r"\w+", text.casefold())
    stems = tuple(s.casefold() for s in data_sections("text_notes.txt").get("transcript_stems", ()))
    return any(word.startswith(stems) for word in words) or any(" " in s and s in text for s in stems)


def without_transcript_note(paragraphs: list) -> list:
    """``paragraphs`` without the page's note on its transcript over the speakers' paragraphs: a
    short first paragraph naming the transcript ("Dit is een bewerkte transcriptie van de
    uitzending.") or a label naming it over the first speaker's ("Transcription de l'entretien :
    Name : Bonjour ..."), where ``SPEAKER_TURNS`` or more paragraphs open with a speaker's label. An
    interview's own introduction (prose naming no transcript) stays."""
    if len(paragraphs) <= SPEAKER_TURNS or sum(map(_speaker, paragraphs[1:])) < SPEAKER_TURNS:
        return paragraphs
    first = paragraphs[0].strip()
    match = _SPEAKER.match(first)
    if match and _transcript_word(match.group("label")) and _speaker(match.group("rest")):
        return [match.group("rest")] + paragraphs[1:]  # "Transcription de l'entretien : Name : Bonjour ..."
    if len(first.split()) <= TRANSCRIPT_NOTE_WORDS and not _speaker(first) and _transcript_word(first):
        return paragraphs[1:]
    return paragraphs

HEADING_WORDS = 30  # a heading with its kicker: this many words at most
STANDFIRST_WORDS = 60  # each paragraph over the dateline: a teaser, no paragraph of the story
STANDFIRST_PARAGRAPHS = 2  # the dateline's paragraph second or third at most


def _folded(text: str) -> str:
    return " ".join(text.casefold().split())


def without_heading_line(paragraphs: list, title: str) -> list:
    """``paragraphs`` without a first line holding the whole ``title`` that ends no sentence (the
    headline with its kicker, module doc). Never the only paragraph."""
    from archive.extract.closing_runs import closes_sentence

    if len(paragraphs) < 2 or not title or len(title.split()) < 3:
        return paragraphs
    first = paragraphs[0]
    if len(first.split()) <= HEADING_WORDS and not closes_sentence(first) and _folded(title) in _folded(first):
        return paragraphs[1:]
    return paragraphs


def from_dateline(paragraphs: list) -> list:
    """``paragraphs`` from the paragraph opening with a dateline, where it stands second or third
    under short paragraphs that open with none and end a sentence each (a standfirst, module doc)."""
    from archive.extract.closing_runs import closes_sentence
    from archive.extract.paragraphs import opens_with_dateline

    if len(paragraphs) < 3 or opens_with_dateline(paragraphs[0]):
        return paragraphs
    for at in range(1, min(STANDFIRST_PARAGRAPHS, len(paragraphs) - 2) + 1):
        over = paragraphs[at - 1]
        if len(over.split()) > STANDFIRST_WORDS or not closes_sentence(over) or opens_with_dateline(over):
            return paragraphs
        if opens_with_dateline(paragraphs[at]):
            return paragraphs[at:]
    return paragraphs


def finished_start(paragraphs: list, title: str = "") -> list:
    """``paragraphs`` without the heading line, the date stamp and the standfirst over the dateline
    (module doc)."""
    headed = without_heading_line(paragraphs, title)
    stamped = without_date_stamp(headed)
    if stamped is not headed:
        stamped = without_heading_line(stamped, title)  # the headline again under the stamp
    return from_dateline(stamped)


STAMP_WORDS = 12  # a date stamp over the text: a line, no paragraph
STAMP_LINES = 3  # the header's short lines over the text, a date stamp among them: this many at most
PROSE_UNDER_STAMP = 12  # the text's first paragraph under them: this many words at least
_PLACE_OPENING = re.compile(r"^[^\W\d_][^\d,،]{0,40}[,،]")  # "Bruxelles, le 7 février 2023": a dateline's place


def _header_line(paragraph: str) -> bool:
    from archive.extract.closing_runs import closes_sentence

    text = paragraph.strip()
    return 0 < len(text.split()) <= STAMP_WORDS and not closes_sentence(text) and not _PLACE_OPENING.match(text)


def date_stamp(paragraph: str) -> bool:
    """A header's date line left over the text ("12.03.2024", "12.03.2024 | 09:14 actualizado a las
    11:30", "Veröffentlicht 12.03.2024"): a line of a few words stating a date, ending no
    sentence, opening with no place (a dateline alone, "The Hague / Brussels, 11 July 2024", opens
    the text: the truths keep it)."""
    from archive.extract.bylines import states_date

    return _header_line(paragraph) and states_date(paragraph.strip())


def without_date_stamp(paragraphs: list) -> list:
    """``paragraphs`` without the header's short lines over its first paragraph of prose where a date
    stamp (:func:`date_stamp`) is among them: the lines the header reading left when its byline, a
    reading time or a section's name stood between the headline and the date ("Society" / "12 March
    2024 09:14" / "4 821" views; round 38). Never the only paragraph."""
    at = 0
    while at < min(STAMP_LINES, len(paragraphs) - 1) and _header_line(paragraphs[at]):
        at += 1
    if at and len(paragraphs[at].split()) >= PROSE_UNDER_STAMP and any(map(date_stamp, paragraphs[:at])):
        return paragraphs[at:]
    return paragraphs
