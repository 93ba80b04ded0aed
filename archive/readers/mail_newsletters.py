"""A newsletter's lead story (one e-mail, one story): read from the message's own structure.

A message is a newsletter's issue where its headers say so (``List-Unsubscribe``, ``List-Id``) or
where its subject is the newsletter's name and an issue mark over a headline ("The Weekly #43:
Headline", "Name | No. 12 | Headline", "[Name] Headline") whose words a line of the text repeats.

- The title is the subject's headline: the subject without the newsletter's prefix (a prefix
  holding an issue number, the sender's or the list's name, or a bracketed list tag), where the
  text repeats the headline or the prefix is surely the newsletter's.
- The text starts under the line repeating the headline (what stands above it is the issue's
  masthead, "view in browser" and the greeting); a byline right under it is the story's author.
- The text ends over the issue's other parts: a box of other stories (a short heading over a list
  of items, "ALSO THIS WEEK" / "- Photo essay: ..."), the footer (from a line to leave the list
  on, ``[unsubscribe_words]`` of archive/data/signup_words.txt, in many languages; the page
  furniture over it, "you are receiving this", the copyright line), and the short call closing
  the story right over them ("Read it online and share it with a friend.").
"""

from __future__ import annotations

import re
from typing import Optional

from archive.model import collapse_whitespace

HEAD_PARAGRAPHS = 10  # the headline is looked for among the text's first paragraphs
PREFIX_WORDS = 8  # a newsletter's name and issue mark before the headline
HEADLINE_WORDS = 2
ISSUE_WORDS = 3  # "Issue 8", "No. 12", "Vol. 3 #4": an issue mark standing apart
BOX_HEADING_WORDS = 6
CALL_WORDS = 12  # a short call closing the story over the issue's other parts
CALL_SHARE = 2  # ... half of the story's usual paragraph at most
_SEPARATORS = re.compile(r"\s*(?::\s|\s\|\s|\s[–—-]\s)\s*")
_ISSUE = re.compile(r"(?:#|№|\bn[or]?\.?\s?|\b)\d{1,5}\b", re.I)
_BRACKET = re.compile(r"^\s*\[([^\[\]]{2,60})\]\s*(.+)$")
_LIST_ITEM = re.compile(r"^\s*(?:[-–—•*·▪►>]|\d{1,2}[.)])\s+\S")
_SENTENCE_END = re.compile(r"[.!?؟。…۔।][\"'”’»)]*$")
_QUOTES = "\"“”«»„"
_KEY = re.compile(r"[^\w]+")


def _key(text: str) -> str:
    return _KEY.sub(" ", text.casefold()).strip()


def newsletter_headers(message) -> bool:
    """Whether the message's headers mark a mailing list's or a newsletter's issue."""
    return any(message.get(name) for name in ("list-unsubscribe", "list-id", "list-post"))


def list_name(message) -> str:
    """The list's name from ``List-Id`` ("The Weekly <weekly.example.org>" gives "The Weekly")."""
    value = str(message.get("list-id") or "")
    return collapse_whitespace(value.split("<", 1)[0]).strip("\"' ")


def subject_headline(subject: str, paragraphs: list, names: tuple = (), listed: bool = False,
                     signs: bool = False, named=None) -> Optional[str]:
    """The headline of a newsletter's subject, its prefix left (see the module), or None where the
    subject has no prefix that is surely the newsletter's. ``names``: the sender's and the list's
    names; ``listed``: the headers mark a newsletter; ``signs``: its text shows a newsletter's parts
    (a browser line, a footer to leave the list on), where a part of the subject naming the
    newsletter (a kind word, the sender's name, a part the sender's other subjects repeat: ``named()``
    gives their keys, :mod:`archive.readers.mail_senders`) is left out, before or after the headline."""
    if not subject:
        return None
    found = _subject_headline(subject, paragraphs, names, listed)
    if found is None and (listed or signs):
        found = _named_part_left(subject, names, named)
    return found


def _named_part_left(subject: str, names: tuple, named) -> Optional[str]:
    """The subject without its first or last part (at a separator) that names the newsletter."""
    from archive.extract.newsletter_parts import kind_name
    from archive.readers.mail_senders import part_key

    def naming(part: str) -> bool:
        if kind_name(part) or (len(part.split()) <= PREFIX_WORDS and _marked(part, names)):
            return True
        return named is not None and len(part.split()) <= PREFIX_WORDS and part_key(part) in named()

    matches = list(_SEPARATORS.finditer(subject))
    if not matches:
        return None
    first, last = matches[0], matches[-1]
    prefix, rest = subject[:first.start()].strip(), subject[first.end():].strip()
    if naming(prefix) and len(rest.split()) >= HEADLINE_WORDS:
        segment = _SEPARATORS.split(rest, maxsplit=1)
        if len(segment) == 2 and len(segment[0].split()) <= ISSUE_WORDS and _ISSUE.search(segment[0]):
            rest = segment[1]  # "Name | Issue 8 | Headline"
        return rest
    rest, suffix = subject[:last.start()].strip(), subject[last.end():].strip()
    if naming(suffix) and len(rest.split()) >= HEADLINE_WORDS:
        return rest
    return None


def _subject_headline(subject: str, paragraphs: list, names: tuple, listed: bool) -> Optional[str]:
    bracket = _BRACKET.match(subject)
    if bracket and (listed or _repeated(bracket.group(2), paragraphs)):
        return bracket.group(2).strip()
    splits = [(subject[:m.start()].strip(), subject[m.end():].strip()) for m in _SEPARATORS.finditer(subject)]
    splits = [(prefix, headline) for prefix, headline in splits
              if len(prefix.split()) <= PREFIX_WORDS and len(headline.split()) >= HEADLINE_WORDS]
    for prefix, headline in splits:  # "Name | Issue 8 | Headline": the split whose headline the text repeats
        if _repeated(headline, paragraphs) and not _repeated(subject, paragraphs) and _marked(prefix, names):
            return headline
    for prefix, headline in splits:  # else the first split after the newsletter's name and mark
        if _marked(prefix, names) and (listed or _ISSUE.search(prefix)):
            segment = _SEPARATORS.split(headline, maxsplit=1)[0]
            if len(segment.split()) <= ISSUE_WORDS and _ISSUE.search(segment):
                continue  # "Name | Issue 8 | Headline": the issue's mark goes with the prefix
            return headline
    return None


def _marked(prefix: str, names: tuple) -> bool:
    """Whether a subject's prefix is a newsletter's: a name beside an issue mark, or the sender's
    or the list's name."""
    if any(name and _key(name) and _key(name) in _key(prefix) for name in names):
        return True
    return bool(_ISSUE.search(prefix)) and bool(re.search(r"[^\W\d_]", _ISSUE.sub("", prefix)))


def _repeated(headline: str, paragraphs: list) -> bool:
    return headline_at(paragraphs, headline) is not None


def headline_at(paragraphs: list, headline: str) -> Optional[int]:
    """The index of the first of the text's first paragraphs that is the headline (or opens with it,
    in any case), or None."""
    key = _key(headline)
    if not key:
        return None
    for i, paragraph in enumerate(paragraphs[:HEAD_PARAGRAPHS]):
        if _key(paragraph) == key:
            return i
    return None


def lead_story(paragraphs: list, headline: str) -> tuple:
    """``(paragraphs, author)``: the issue's lead story, from under the line repeating ``headline``
    to over the issue's other parts; ``(paragraphs, None)`` unchanged where no line repeats it."""
    from archive.extract.bylines import header_byline

    at = headline_at(paragraphs, headline)
    if at is None or at + 1 >= len(paragraphs):
        return paragraphs, None
    story = paragraphs[at + 1:]
    author = None
    found = header_byline(story[0]) if len(story) > 1 and len(story[0].split()) <= 8 else None
    if found:
        first = found[0].split()[0][:1] if found[0] else ""
        author = found[0] if first.isalpha() and not first.islower() else None  # a capital, or a script without case (Arabic)
        story = story[1:]
    return without_issue_tail(story), author


def without_issue_tail(paragraphs: list) -> list:
    """The story without what closes the issue under it: a box of other stories, the footer's
    furniture, and the short call right over them."""
    from archive.extract.boilerplate import dangling, is_junk_line, is_trailer_line, is_trailer_marker
    from archive.extract.signup_lines import unsubscribe_line
    from archive.extract.paragraphs import furniture_reason

    end = len(paragraphs)
    for i in range(1, len(paragraphs)):
        if _box_heading(paragraphs, i):
            end = i
            break
    footer = next((i for i in range(1, end) if unsubscribe_line(paragraphs[i])), end)
    end = min(end, footer)  # from the line to leave the list on, the issue's footer
    while end > 1 and (furniture_reason(paragraphs[end - 1]) or is_junk_line(paragraphs[end - 1])
                       or is_trailer_line(paragraphs[end - 1]) or is_trailer_marker(paragraphs[end - 1])
                       or dangling(paragraphs[:end])):  # a box's heading whose list of links was left out
        end -= 1
    if end == len(paragraphs):
        return paragraphs
    words = sorted(len(p.split()) for p in paragraphs[:end])
    usual = words[len(words) // 2] if words else 0
    calls = 0
    while end > 2 and calls < 2 and _closing_call(paragraphs[end - 1], usual):
        end -= 1
        calls += 1
    return paragraphs[:end]


def _box_heading(paragraphs: list, i: int) -> bool:
    """A short heading ending no sentence over a list of items (other stories of the issue)."""
    heading = paragraphs[i]
    if _LIST_ITEM.match(heading) or not 0 < len(heading.split()) <= BOX_HEADING_WORDS \
            or _SENTENCE_END.search(heading):
        return False
    following = paragraphs[i + 1: i + 4]
    return bool(following) and _LIST_ITEM.match(following[0]) is not None


def _closing_call(paragraph: str, usual: int) -> bool:
    """A short sentence closing the story over the issue's other parts: a few words, no quote, no
    figure, a fraction of the story's usual paragraph."""
    words = len(paragraph.split())
    return 0 < words <= CALL_WORDS and words * CALL_SHARE <= usual and not any(q in paragraph for q in _QUOTES) \
        and not any(c.isdigit() for c in paragraph) and bool(_SENTENCE_END.search(paragraph))


def split_plain_blocks(text: str) -> list:
    """A plain-text part's paragraphs: a block of hard-wrapped prose is one paragraph; a block of
    short lines of different lengths (a masthead over "view in browser", a heading over a list, a
    footer's lines) is one paragraph a line."""
    paragraphs = []
    for block in re.split(r"\n\s*\n", (text or "").replace("\r\n", "\n")):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        if len(lines) > 1 and (not _wrapped(lines) or _head_block(lines)):
            paragraphs.extend(collapse_whitespace(line) for line in lines)
        else:
            paragraphs.append(collapse_whitespace(" ".join(lines)))
    return paragraphs


HEAD_BLOCK_LINES = 4


def _head_block(lines: list) -> bool:
    """Whether a block is an article's head, not prose: a few lines ending on a byline ("Headline" /
    "Dek." / "By Jane Doe · 04/11/2023"), which no hard-wrapped paragraph ends on."""
    from archive.extract.bylines import byline

    last = lines[-1]
    return len(lines) <= HEAD_BLOCK_LINES and last[:1].isupper() and len(last.split()) <= 8 and byline(last) is not None


WRAP_CHARS = 50  # hard-wrapped prose: lines of about one width, this many characters at least
WRAP_SHARE = 0.6


def _wrapped(lines: list) -> bool:
    """Whether a block's lines are one paragraph hard-wrapped: each but the last near the longest's
    width, none opening a list item."""
    widest = max(len(line) for line in lines)
    return widest >= WRAP_CHARS and all(len(line) >= WRAP_SHARE * widest for line in lines[:-1]) \
        and not any(_LIST_ITEM.match(line) for line in lines[1:])
