"""An outlet's template repeated across the files of one import, its slots filled differently in each
(issue #13, round 32): the lines at its files' edges that hold a name, a place or a date the
template fills ("<Name> is a correspondent for <Outlet> based in <City>.", "This article was first
published on <Date>.", "Read more from our <Series> series"), learned once over the import's files and
cut where they stand at the edge of a file's text.

**The pass** (:class:`ImportEdges`, fed by :meth:`archive.readers.folder_profiles.FolderProfiles.learn_import`
with the lines it reads anyway: the text files', the web pages' and the e-mails'): each file's first
``HEAD_LINES`` and last ``TAIL_LINES`` lines of ``MIN_WORDS``–``MAX_WORDS`` words are shaped
(:func:`slot_shape`: every word starting with a capital letter is a slot, so is every number; the
words in lower case are the template) and kept as three 64-bit keys (the shape, the line with its
numbers masked, the file's story: the key of its longest line). Sorted once, the keys give:

- **slotted shapes**: a shape held by ``MIN_FILES`` files or more, of as many different stories,
  written with two texts or more (the slots filled differently: a template, not a sentence);
- **repeated lines**: a line held as it is by ``MIN_FILES`` files of as many stories.

A sentence of news that two stories share (wire copy under two mastheads, a background paragraph
with its figures updated) has one story or one text: never a slotted shape. Words in lower case are
the template whatever the language; a script without capitals (Arabic, Persian) gives its shapes by
its numbers only.

**The cut** (:func:`without_repeated_edges`): the run of paragraphs at the end of a text (up to
``EDGE_PARAGRAPHS``), and at its head, that are repeated lines or slotted shapes of the import (at
the end, lines that end no sentence too: a list of tags, headlines run together), cut as far in as
its innermost slotted shape: an outlet's furniture, the slot the sign. A repeated sentence alone is
left (it may be the story's). The text keeps ``MIN_KEPT`` paragraphs.

The keys are the running import's (:func:`learned`, :func:`current`), as the import's names are
(:mod:`archive.extract.import_outlets`): set in the main process before the first file is read and
in each extraction process as its folder profiles arrive.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from array import array
from typing import Iterable, Optional

HEAD_LINES = 6  # a file's first lines shaped
TAIL_LINES = 15  # its last lines (a web page's footer stands under the story's last lines)
MIN_WORDS = 4  # a line of fewer words is a label or a name: its shape is no template's
MAX_WORDS = 30  # a line of more words is a paragraph of prose
MIN_FIXED_WORDS = 3  # words in lower case a shape keeps (the template's own words)
MIN_FILES = 3  # files (of as many stories) holding a shape or a line
EDGE_PARAGRAPHS = 6  # paragraphs at a text's end (and head) the cut looks at
MIN_KEPT = 2  # paragraphs a text keeps
SIGNED_SLOTS = 7  # slots whose fillers a line's signature tells apart (9 bits each: filled, and a hash byte)
MAX_KEYS = 4_000_000  # keys kept over an import (~100 MB of arrays at most)

_TOKEN = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")
_SIGN = re.compile(r"©|\(c\)|\bcopyright\b", re.I)  # a copyright line: it names the outlet


def _key(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "little", signed=True)


def slot_shape(line: str) -> Optional[str]:
    """The line's shape: its words in lower case as they are, each run of words starting with a
    capital letter or holding a digit one slot; None for a line of fewer than ``MIN_WORDS`` or more
    than ``MAX_WORDS`` words, or keeping fewer than ``MIN_FIXED_WORDS`` words of its own."""
    shaped = _shaped(line)
    return shaped[0] if shaped is not None else None


MIN_CHARS, MAX_CHARS = 12, 300  # a line shorter or longer has too few or too many words (none counted)


def _shaped(line: str) -> Optional[tuple]:
    """``(shape, text)``: :func:`slot_shape` and the line as written, its numbers masked (a date in
    the slot of a line otherwise the same); None where the line has no shape."""
    if not MIN_CHARS <= len(line) <= MAX_CHARS or line.count(" ") >= MAX_WORDS:
        return None
    words = _TOKEN.findall(line)
    if not MIN_WORDS <= len(words) <= MAX_WORDS:
        return None
    shaped, text, fillers, fixed = [], [], [], 0
    digits = _DIGIT.search(line) is not None
    for word in words:
        if word.islower():
            shaped.append(word)
            text.append(word)
            fixed += 1
            continue
        if digits and not word.isalpha() and _DIGIT.search(word):
            slot = "#"
            text.append("#")
        else:
            slot = "^" if word[0].isupper() else None
            text.append(word.casefold())
        if slot is None:  # a word of a script without capitals: the template's own
            shaped.append(word)
            fixed += 1
        elif shaped and shaped[-1] in ("^", "#"):
            fillers[-1] += " " + text[-1]
        else:
            shaped.append(slot)
            fillers.append(text[-1])
    if fixed < MIN_FIXED_WORDS:
        return None
    signature = 0
    for n, filler in enumerate(fillers[:SIGNED_SLOTS]):
        signature |= (zlib.crc32(filler.encode("utf-8")) & 0xFF | 0x100) << (9 * n)
    return " ".join(shaped), " ".join(text), signature


class ImportEdges:
    """The pass over an import's files (module doc): :meth:`add` each file's lines, then
    :meth:`learned_keys`."""

    def __init__(self):
        self.shapes, self.texts, self.stories, self.fillers = array("q"), array("q"), array("q"), array("q")
        self.files = 0

    def add(self, lines: Iterable) -> None:
        """One file's lines (its non-blank lines, in order)."""
        lines = [line for line in lines if line and not line.isspace()]
        if len(lines) < 2 or len(self.shapes) >= MAX_KEYS:
            return
        self.files += 1
        story = _key(max(lines, key=len).strip().casefold())
        edge = lines if len(lines) <= HEAD_LINES + TAIL_LINES else lines[:HEAD_LINES] + lines[-TAIL_LINES:]
        seen = set()
        for line in edge:
            shaped = _shaped(line)
            if shaped is None or shaped[0] in seen:
                continue
            seen.add(shaped[0])
            self.shapes.append(_key(shaped[0]))
            self.texts.append(_key(shaped[1]))
            self.stories.append(story)
            self.fillers.append(shaped[2])

    def learned_keys(self) -> tuple:
        """``(slotted, repeated)``: the keys of the slotted shapes and of the repeated lines (module
        doc), as frozensets of ints."""
        if len(self.shapes) < MIN_FILES:
            return frozenset(), frozenset()
        import numpy as np

        shapes = np.frombuffer(self.shapes, dtype=np.int64)
        texts = np.frombuffer(self.texts, dtype=np.int64)
        stories = np.frombuffer(self.stories, dtype=np.int64)
        fillers = np.frombuffer(self.fillers, dtype=np.int64)
        order = np.lexsort((stories, texts, shapes))
        shapes, texts, stories, fillers = shapes[order], texts[order], stories[order], fillers[order]
        starts = np.flatnonzero(np.r_[True, shapes[1:] != shapes[:-1]])
        counts = np.diff(np.r_[starts, len(shapes)])
        slotted, repeated = set(), set()
        for start, count in zip(starts[counts >= MIN_FILES].tolist(), counts[counts >= MIN_FILES].tolist()):
            run_texts, run_stories = texts[start:start + count], stories[start:start + count]
            if len(np.unique(run_stories)) < MIN_FILES:
                continue
            if len(np.unique(run_texts)) >= 2 and _template_slots(fillers[start:start + count].tolist()):
                slotted.add(int(shapes[start]))
            for text in np.unique(run_texts).tolist():
                held = run_stories[run_texts == text]
                if len(held) >= MIN_FILES and len(np.unique(held)) >= MIN_FILES:
                    repeated.add(int(text))
        return frozenset(slotted), frozenset(repeated)


def _template_slots(signatures: list) -> bool:
    """Whether the lines of one shape fill one of its slots alike in all its files (the outlet's
    name, the template's first word) and another differently (a writer's name, a city, a date): an
    outlet's template. A sentence of news that stories share with one name changed ("<Name>
    declined to comment.") fills its one slot differently each time and none alike."""
    alike = differ = False
    for n in range(SIGNED_SLOTS):
        values = {(signature >> (9 * n)) & 0x1FF for signature in signatures}
        if values == {0}:
            break
        if len(values) == 1:
            alike = True
        else:
            differ = True
    return alike and differ


_CURRENT = [(frozenset(), frozenset())]


def learned(keys: tuple) -> None:
    """Make ``keys`` (:meth:`ImportEdges.learned_keys`) the running import's."""
    _CURRENT[0] = keys if keys else (frozenset(), frozenset())


def current() -> tuple:
    return _CURRENT[0]


def _judged(paragraph: str, slotted: frozenset, repeated: frozenset) -> Optional[str]:
    """"slotted", "repeated" or None for one paragraph of a text."""
    shaped = _shaped(paragraph)
    if shaped is None:
        return None
    if _key(shaped[0]) in slotted:
        return "slotted"
    return "repeated" if _key(shaped[1]) in repeated else None


def without_repeated_edges(paragraphs: list, keys: Optional[tuple] = None) -> list:
    """The text without the import's template at its end and its head (module doc): the run of
    repeated lines and slotted shapes at each edge, cut as far in as its innermost slotted shape (a
    repeated line further in may be a sentence the stories share: it stays). A copyright line under
    the template stays: it names the outlet (the outlet's step reads it, the cleaning takes it)."""
    slotted, repeated = keys if keys is not None else current()
    if not slotted or len(paragraphs) <= MIN_KEPT:
        return paragraphs
    from archive.extract.paragraphs import ends_sentence, furniture_reason

    end = len(paragraphs)
    for at in range(len(paragraphs) - 1, max(MIN_KEPT, len(paragraphs) - EDGE_PARAGRAPHS) - 1, -1):
        judged = _judged(paragraphs[at], slotted, repeated)
        if judged is None and (ends_sentence(paragraphs[at]) or len(paragraphs[at].split()) > MAX_WORDS) \
                and furniture_reason(paragraphs[at]) is None:
            break  # a sentence of the story (a loose line under the template, its tags, links or copyright, is passed)
        if judged == "slotted":
            end = at
    start = 0
    for at in range(min(EDGE_PARAGRAPHS, end - MIN_KEPT)):
        judged = _judged(paragraphs[at], slotted, repeated)
        if judged is None:
            break
        if judged == "slotted":
            start = at + 1
    kept = [p for p in paragraphs[end:] if _SIGN.search(p)]  # the outlet's sign, for the outlet's step
    return paragraphs[start:end] + kept


def without_repeated_body(body: Optional[str]) -> Optional[str]:
    """:func:`without_repeated_edges` of a body whose paragraphs are parted by blank lines (a
    message's text, read by no page reader)."""
    if not body or not current()[0]:
        return body
    paragraphs = [p for p in re.split(r"\n\s*\n", body) if p.strip()]
    kept = without_repeated_edges(paragraphs)
    return body if len(kept) == len(paragraphs) else "\n\n".join(kept)
