"""The notes under a text on who wrote it and on who published it, in any language (issue #13,
round 31).

Two notes close many texts, each a short paragraph whose subject is not the story's:

- **the writer's note**: it opens with one of the byline's names, after a label perhaps ("Zur
  Autorin:", "About the author:"), then says who the writer is: a colon or a dash after the name
  ("<Name>: Syrian journalist based in Qamishli", the way Arabic pages set it), or the name's verb,
  a word in lower case ("<Name> ist freie Journalistin in Zürich", "<Name> covers the UN for
  <Outlet>.", "<NAME> is a Toronto-based writer."). The byline's name is the sign, so any
  language's verb will do; :mod:`archive.extract.author_notes` reads the English verbs only, and
  under a text file's and a page's text only, not under an export's record.
- **the outlet's note on itself**: it opens with the outlet's own name (the stored outlet, or a
  record's source field and site), then a verb saying what the outlet is or who makes it, data in
  many languages (``[self_copulas]`` of text_notes.txt: "is a", "est un", "è un", "ist ein",
  "wordt gemaakt door"), or "is" and a possessive ("<Outlet> is Georgia's ... service").

Both are judged from the text's end up, over its last ``LAST_NOTES`` paragraphs, each
``NOTE_WORDS`` words at most, never the text's only paragraph.
"""

from __future__ import annotations

import functools
import re
from typing import Optional

NOTE_WORDS = 45  # a note on the writer or the outlet: this many words at most
FIRST_SENTENCE_WORDS = 25  # the outlet's note: its first sentence this long at most
LAST_NOTES = 3  # notes judged at the text's end
NAME_WORDS = 2  # a byline's name of this many words at least (a first name alone is a story's subject too)

_ROLE = re.compile(r"\s*[\(\[][^)\]]{0,40}[\)\]]")  # "Jane Doe (Text)", "(Bilder)": a role after a name
_LABEL = re.compile(r"^(?:[^\W\d_][\w'’.-]*\s+){0,2}[^\W\d_][\w'’.-]*\s*:\s*")  # "Zur Autorin:", "عن الكاتبة:"
_AFTER_NAME_MARK = re.compile(r"^\s*(?:[:,–—]|-\s)")  # "<Name>: ...", "<Name>, ...", "<Name> – ..."


@functools.lru_cache(maxsize=1)
def _name_split() -> re.Pattern:
    """A byline's names apart: punctuation, or a joiner of ``name_joiners.txt`` (the one list the
    bylines read; a one-letter joiner only in lower case, a capital "E" or "Y" being an initial)."""
    from archive.extract.person_names import name_joiners

    longer = "|".join(re.escape(w) for w in sorted(name_joiners(), key=len, reverse=True) if len(w) > 1)
    single = "|".join(re.escape(w) for w in name_joiners() if len(w) == 1)
    return re.compile(r"\s*(?:[,;،/&|]|\s(?:(?i:" + longer + r")|" + single + r")\s)\s*")


def byline_names(author: Optional[str]) -> list:
    """The byline's names of ``NAME_WORDS`` words or more, case folded, roles in brackets left out
    ("Sarah Keller-Amin (Text) und Mahmoud Sulaiman (Bilder)": two names)."""
    if not author:
        return []
    text = _ROLE.sub(" ", author)
    names = []
    for part in _name_split().split(text):
        name = " ".join(part.split()).strip(" .")
        if len(name.split()) >= NAME_WORDS and len(name) <= 60:
            names.append(name.casefold())
    return names


def _opens_with_name(text: str, name: str) -> Optional[str]:
    """What follows ``name`` where ``text`` opens with it (case folded), else None."""
    if not text.casefold().startswith(name):
        return None
    rest = text[len(name):]
    if rest[:1].isalnum() or rest[:1] in "-'’":
        return None  # "Jane Doerr": another name
    return rest


def writer_note(paragraph: str, author: Optional[str]) -> bool:
    """A note on the byline's writer (module doc): a short paragraph opening with one of the
    byline's names (a label over it perhaps), then a colon, a comma or a dash, or a word in lower
    case (the name's verb, in any language; a script without cases: any word)."""
    text = " ".join(paragraph.split())
    if not text or len(text.split()) > NOTE_WORDS:
        return False
    names = byline_names(author)
    if not names:
        return False
    label = _LABEL.match(text)
    for candidate in ([text, text[label.end():]] if label else [text]):
        for name in names:
            rest = _opens_with_name(candidate, name)
            if rest is None:
                continue
            if _AFTER_NAME_MARK.match(rest):
                return True
            words = rest.split()
            if words and _verb_like(words[0]):
                return True
    return False


def _verb_like(word: str) -> bool:
    """A word after a name that is no part of it: lower case, or of a script without cases."""
    letters = [c for c in word if c.isalpha()]
    if not letters:
        return False
    first = letters[0]
    return first.islower() or (not first.isupper() and not first.islower())


@functools.lru_cache(maxsize=1)
def _copulas() -> re.Pattern:
    from archive.extract.data import data_sections

    phrases = sorted({" ".join(p.split()).casefold() for p in data_sections("text_notes.txt").get("self_copulas", ())},
                     key=len, reverse=True)
    alternation = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    # a copula and an article or a possessive ("is Georgia's"), or a verb of making ("wordt gemaakt door")
    return re.compile(r"^\s*(?:(?:%s)(?!\w)|(?:is|was)\s+[^\W\d_][\w.-]*['’]s\b)" % alternation, re.I)


def _outlet_forms(outlet: Optional[str], names: tuple) -> list:
    """The outlet's name as a note would open with it: the stored name (without "The"), and the
    compacted forms of a record's source field and site (``names``)."""
    forms = []
    if outlet and outlet.strip():
        plain = re.sub(r"^(?:the|la|le|il|el|de|der|die|das)\s+", "", outlet.strip(), flags=re.I)
        forms += [outlet.strip(), plain]
    return [f for f in dict.fromkeys(forms) if len(f) >= 3] + list(names)


def outlet_note(paragraph: str, outlet: Optional[str], names: tuple = ()) -> bool:
    """The outlet's note on itself (module doc): a short paragraph whose first sentence opens with
    the outlet's name (``outlet`` as stored, or a compacted form of ``names``:
    :func:`archive.extract.record_tails.own_names`), "The" perhaps over it, then a verb of
    ``[self_copulas]``."""
    from archive.extract.record_tails import compact

    text = " ".join(paragraph.split())
    if not text or len(text.split()) > NOTE_WORDS:
        return False
    first = re.split(r"(?<=[.!?])\s+", text, maxsplit=1)[0]
    if len(first.split()) > FIRST_SENTENCE_WORDS:
        return False
    body = re.sub(r"^(?:the|la|le|il|el|de|der|die|das)\s+", "", first, flags=re.I)
    words = body.split()
    for form in _outlet_forms(outlet, names):
        compacted = compact(form)
        if not compacted:
            continue
        for size in range(1, min(6, len(words)) + 1):
            head = " ".join(words[:size])
            if compact(head) == compacted:
                if _copulas().match(" ".join(words[size:])):
                    return True
                break
            if len(compact(head)) > len(compacted):
                break
    return False


def without_closing_notes(paragraphs: list, author: Optional[str] = None, outlet: Optional[str] = None,
                          names: tuple = (), cut: Optional[list] = None) -> list:
    """The text without the notes on its writer and on its outlet closing it (module doc), judged
    from the end up over its last ``LAST_NOTES`` paragraphs, past the page's furniture under them
    (a comment prompt, a share bar: the classifier's, left for the cleaning that takes it); never
    the text's only paragraph. ``cut``, if given, receives the notes left out."""
    from archive.extract.byline_transcripts import spoken_turn
    from archive.extract.closing_notes import disclaimer

    paragraphs = list(paragraphs)
    at = len(paragraphs) - 1
    judged = 0
    while at >= 1 and judged < LAST_NOTES:
        text = paragraphs[at]
        judged += 1
        if spoken_turn(text, paragraphs):
            break  # "ELIN BERGGREN: ..." in a transcript: the reporter's words, no note on the writer
        if writer_note(text, author) or outlet_note(text, outlet, names) or disclaimer(text):
            # (a publisher's note the cleaning left because a note of the writer's or outlet's stood under it)
            del paragraphs[at]
            if cut is not None:
                cut.insert(0, text)
        elif not _page_line(text):
            break
        at -= 1
    return paragraphs


def _page_line(text: str) -> bool:
    """A line of the page's furniture the cleaning takes later: the classifier's (a link, a share
    bar), a trailer's line, a call to action ("We welcome your comments ... What are your thoughts?")."""
    from archive.extract import boilerplate
    from archive.extract.calls_to_action import comment_question, is_call
    from archive.extract.paragraphs import furniture_reason
    from archive.extract.record_tails import CUT_REASONS

    return furniture_reason(text) in CUT_REASONS or boilerplate.is_trailer_line(text) or is_call(text) \
        or comment_question(text)


_BREAKS = re.compile(r"\n\s*\n")


def body_without_closing_notes(body: str, author: Optional[str] = None, outlet: Optional[str] = None,
                               names: tuple = ()) -> str:
    """A record's body (paragraphs apart by blank lines, or one a line) without the notes on its
    writer and its outlet closing it (:func:`without_closing_notes`); unchanged where none does."""
    if not body or not body.strip() or not (author or outlet or names):
        return body
    text = body.replace("\r\n", "\n").replace("\r", "\n").strip()
    blocks = [b.strip() for b in _BREAKS.split(text) if b.strip()]
    joiner = "\n\n"
    if len(blocks) == 1:
        blocks, joiner = [line.strip() for line in text.split("\n") if line.strip()], "\n"
    kept = without_closing_notes(blocks, author, outlet, names)
    return body if len(kept) == len(blocks) else joiner.join(kept)


HEAD_LINES = 3  # a record's byline line: among its first lines
HEAD_LINE_WORDS = 8  # the page's lines over it: this many words each at most


def body_without_byline_head(body: str, author: Optional[str]) -> str:
    """A record's body without the page's head a scraper kept over its text, where its byline stands
    among the first ``HEAD_LINES`` lines as a line of its own, the record's author field as written
    ("Jane Doe, Studio Cairo" over "Hasaka. At the camp's fence ..."): the byline and the short lines
    over it (a kicker, a toolbar) are the page's; the text starts under it. Unchanged where no
    such line stands there, or nothing would be left."""
    if not body or not author or not body.strip():
        return body
    from archive.extract.record_tails import compact

    key = compact(re.sub(r"(?i)^\s*by\s+", "", author))
    if len(key) < 5:
        return body
    text = body.replace("\r\n", "\n").replace("\r", "\n").strip()
    lines = text.split("\n")
    seen = [i for i, line in enumerate(lines) if line.strip()][:HEAD_LINES]
    for n, i in enumerate(seen):
        line = lines[i].strip()
        if compact(re.sub(r"(?i)^\s*by\s+", "", line)) == key:
            if all(len(lines[j].split()) <= HEAD_LINE_WORDS for j in seen[:n]):
                rest = "\n".join(lines[i + 1:]).strip()
                return rest if len(rest.split()) >= 20 else body
            return body
        if len(line.split()) > HEAD_LINE_WORDS:
            return body
    return body
