"""The parts of a newsletter's e-mail around the one article it carries, by shape and by words kept
as data (``archive/data/newsletter_parts.txt``, several languages):

- the head over the article: a preheader and masthead over a "view this email in your browser"
  line, the browser line, a greeting ("Good morning", "Dear subscriber", "صباح الخير"), a line
  introducing the article ("Here is this week's story"), the newsletter's name line (a short line
  holding a kind word, "MORNING BRIEFING · Monday", or the sender's name) and an issue mark;
- the footer under it: from a line to leave the list on (``[unsubscribe_words]`` of
  ``signup_words.txt``) or a footer line of the data ("You are receiving this ...", "Manage
  preferences", "Forward to a colleague", "Privacy policy") or a copyright line, when only short
  lines or more footer lines follow it to the message's end;
- a subject's part naming the newsletter: a few words holding a kind word ("Briefing", "Digest",
  "Bulletin", "نشرة", "Wochenbrief");
- a message that is only teasers: several headlines, each over one short paragraph and a link.
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from archive.extract.data import data_sections
from archive.extract.signup_lines import fold, unsubscribe_line

HEAD_LINES = 8  # the head (browser line, greeting, masthead) stands among the message's first lines
HEAD_WORDS = 25  # a browser line, a greeting or an intro is a line or two
NAME_WORDS = 8  # a newsletter's name line: a few words, holding a kind word or the sender's name
FOOTER_WORDS = 40  # a footer's lines are short
KIND_NAME_WORDS = 6  # a subject's part naming the newsletter
TEASER_WORDS = 45  # a teaser: one short paragraph under its headline
_ISSUE_LINE = re.compile(r"^\W*(?:issue|no\.?|nr\.?|n°|№|#|vol\.?|ausgabe|numéro|العدد|hejmar)\s*\d{1,5}\W*$", re.I)
_ISSUE_MARK = re.compile(r"(?:#|№|\bissue\s|\bno\.\s?|\bnr\.\s?|\bvol\.\s?|\bausgabe\s|\bnuméro\s|العدد\s)\d{1,5}\b", re.I)
_COPYRIGHT = re.compile(r"^\W{0,3}(?:©|\(c\)|copyright\b|حقوق)", re.I)
_SENTENCE_END = re.compile(r"[.!?؟。۔।][\"'”’»)]*$")
_QUOTES = "\"“”«»„"
_URL_ONLY = re.compile(r"^\W*https?://\S+\W*$")


@functools.lru_cache(maxsize=None)
def _pattern(section: str) -> Optional[re.Pattern]:
    entries = sorted({fold(e) for e in data_sections("newsletter_parts.txt").get(section, ()) if e.strip()},
                     key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(e) for e in entries) + ")") if entries else None


def holds(section: str, line: str) -> bool:
    """Whether ``line`` holds an entry of the data's ``section`` (at a word's start)."""
    pattern = _pattern(section)
    return bool(pattern and pattern.search(fold(line)))


def _opens_with(section: str, line: str) -> bool:
    pattern = _pattern(section)
    folded = fold(re.sub(r"^[\W_]+", "", line))
    match = pattern.match(folded) if pattern else None
    return bool(match) and (match.end() == len(folded) or not folded[match.end()].isalnum())


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.casefold()).split())


def kind_name(segment: str) -> bool:
    """Whether a subject's part names a newsletter: a few words holding a kind word of the data."""
    words = segment.split()
    return 0 < len(words) <= KIND_NAME_WORDS and holds("kind_words", segment)


def _names_newsletter(line: str, names: tuple) -> bool:
    """A newsletter's name line: a few words ending no sentence, holding a kind word, an issue mark
    ("| Issue 12", "#43") or a name of the sender's or the list's; or an issue mark alone."""
    words = line.split()
    if not words or len(words) > NAME_WORDS or _SENTENCE_END.search(line):
        return _ISSUE_LINE.match(line) is not None
    if _ISSUE_LINE.match(line) or _ISSUE_MARK.search(line) or holds("kind_words", line):
        return True
    key = _key(line)
    return any(name and _key(name) and (_key(name) in key or key in _key(name)) for name in names)


def head_line(line: str, names: tuple = ()) -> bool:
    """Whether a line of a message's head is the newsletter's, not the article's (see the module)."""
    words = len(line.split())
    if not words:
        return True
    if words <= HEAD_WORDS and not any(q in line for q in _QUOTES):
        if holds("browser_lines", line) or _URL_ONLY.match(line):
            return True
        if _opens_with("greetings", line) or _opens_with("intro_words", line):
            return True
    return _names_newsletter(line, names)


def head_end(paragraphs: list, names: tuple = ()) -> int:
    """The index of the first paragraph under the message's head: lines above a browser line (a
    preheader, a masthead) and the head's lines (:func:`head_line`) among the first
    :data:`HEAD_LINES`; 0 where the head holds nothing of the newsletter's or nothing would be left."""
    top = paragraphs[:HEAD_LINES]
    start = 0
    for i, line in enumerate(top):
        if len(line.split()) <= HEAD_WORDS and holds("browser_lines", line):
            start = i + 1  # what stands above the browser line is the preheader and masthead
    while start < len(top) and head_line(top[start], names):
        start += 1
    return start if start < len(paragraphs) else 0


def footer_line(line: str) -> bool:
    """A footer's line: short, holding a word to leave the list on or one of the data's
    ``[footer_words]``, or opening with a copyright sign."""
    if len(line.split()) > FOOTER_WORDS:
        return False
    return bool(_COPYRIGHT.match(line)) or unsubscribe_line(line) or holds("footer_words", line)


def footer_start(paragraphs: list) -> int:
    """The index where the message's footer starts (``len(paragraphs)`` where it has none): the
    first footer line (:func:`footer_line`) under which every line is short or the footer's, never
    the first paragraph."""
    start = len(paragraphs)
    for i in range(len(paragraphs) - 1, 0, -1):
        line = paragraphs[i]
        if footer_line(line):
            start = i
        elif len(line.split()) > FOOTER_WORDS or (_SENTENCE_END.search(line) and len(line.split()) > HEAD_WORDS):
            break  # prose: the footer cannot start above it
    return start


def newsletter_signs(paragraphs: list) -> bool:
    """Whether a message's text shows a newsletter's parts: a browser line in its head, or a footer
    holding a line to leave the list on or a footer line of the data (not a copyright line alone)."""
    if any(len(p.split()) <= HEAD_WORDS and holds("browser_lines", p) for p in paragraphs[:HEAD_LINES]):
        return True
    return any(unsubscribe_line(p) or holds("footer_words", p) for p in paragraphs[footer_start(paragraphs):])


def teasers_only(stories: list) -> bool:
    """Whether the stories a message bundles (``[(title, [paragraph, ...], url)]``) are all teasers:
    a headline over one short paragraph, no prose longer than a teaser."""
    return len(stories) >= 2 and all(len(paragraphs) <= 1 and all(len(p.split()) <= TEASER_WORDS for p in paragraphs)
                                     for _, paragraphs, _ in stories)


def headline_line(paragraphs: list, subject: str) -> Optional[int]:
    """The index of a headline-shaped line among the message's first paragraphs that the subject
    holds with more around it ("Weekend reading: <headline>, and more"): three words at least, no
    sentence end, the longest such line."""
    key = _key(subject)
    best, size = None, 0
    for i, line in enumerate(paragraphs[:HEAD_LINES + 4]):
        words = line.split()
        if len(words) < 3 or len(words) > 25 or _SENTENCE_END.search(line) and not line.endswith("?"):
            continue
        k = _key(line)
        if k and k != key and f" {k} " in f" {key} " and len(k) > size:
            best, size = i, len(k)
    return best
