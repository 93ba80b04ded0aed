"""A newsletter's e-mail that carries one article, read as that article: its headline, its date, its
author, its tags and its text, not the newsletter's wrapping around them.

- The text is the message's lines from under the line repeating the headline (else from under the
  newsletter's head: preheader, browser line, greeting, intro, name line) to over its footer
  (:mod:`archive.extract.newsletter_parts`) and the issue's box of other stories
  (:func:`archive.readers.mail_newsletters.without_issue_tail`).
- Those lines, under the headline, are read as a text page is (:func:`archive.readers.text.parse_text_article`):
  its byline, its labelled date and tags, its closing notes and sign-up lines, as on any page.
- The date is the one the article's lines state; else the ``Date:`` header's, when the message was
  sent (a note says so).
- A message with nothing left of an article is refused ("boilerplate only").
"""

from __future__ import annotations

import re
from typing import Optional

from archive.extract import newsletter_parts as parts
from archive.model import collapse_whitespace
from archive.readers import mail_newsletters as issues

BOILERPLATE_ONLY = "boilerplate only"
HEADER_DATE = "date from the e-mail's Date header (when it was sent): its text states none"


class Reading:
    """What the article's lines gave: ``body`` ('' when nothing is left), ``author``, ``tags``,
    ``published`` (the date its text states, or None), ``lede``, ``reason`` (why nothing is left)."""

    outlet = None  # the outlet a page's own lines name (:func:`read_page`)

    def __init__(self, body: str = "", author=None, tags=(), published=None, lede=None, reason: str = ""):
        self.body, self.author, self.tags, self.published, self.lede, self.reason = \
            body, author, list(tags), published, lede, reason


def article_lines(paragraphs: list, headline: str, names: tuple) -> list:
    """The message's lines that are the article's (see the module)."""
    at = issues.headline_at(paragraphs, headline)
    lines = paragraphs[at + 1:] if at is not None else paragraphs[parts.head_end(paragraphs, names):]
    lines = lines[:parts.footer_start(lines)]
    if not lines:
        return lines
    kept = issues.without_issue_tail(lines)
    # a labelled line of tags in the tail cut is the article's, read as on a text page
    return kept + [line for line in lines[len(kept):] if _tag_line(line)]


def _tag_line(line: str) -> bool:
    from archive.extract.tag_labels import label_value
    from archive.extract.tags import parse_tag_line

    return bool(parse_tag_line(line) or label_value(line))


def read_article(paragraphs: list, headline: str, names: tuple) -> Reading:
    """The article a newsletter's message carries under ``headline`` (``names``: the sender's display
    name and the list's)."""
    from archive.readers.text import parse_text_article

    lines = article_lines(paragraphs, headline, names)
    if not lines:
        return Reading(reason=f"{BOILERPLATE_ONLY}: the newsletter's head and footer, no article text")
    text = collapse_whitespace(headline) + "\n\n" + "\n\n".join(lines) + "\n"
    try:
        record = parse_text_article(text, "<newsletter>")
    except ValueError as error:
        return Reading(reason=f"{BOILERPLATE_ONLY}: {error}")
    if _key(record.title or "") != _key(headline):  # the page's reading took another line for the title
        return Reading(body="\n\n".join(lines))
    published = record.published if isinstance(record.published, str) and record.published.strip() else None
    body, author = record.body or "", record.author
    if not author:
        author = sender_author(lines, names[0] if names else "")
        if author:
            body = "\n\n".join(p for p in body.split("\n\n") if _key(p) != _key(author))
    return Reading(body=body, author=author, tags=record.tags, published=published, lede=record.lede)


AUTHOR_LINES = 4  # the writer's name line stands among the article's first lines
AUTHOR_WORDS = 4


def sender_author(lines: list, display: str) -> Optional[str]:
    """The writer of a newsletter sent in their name: a line among the article's first lines, a
    name's few capitalised words, that the sender's display name opens with ("Nadia Farouk" under
    the headline, the sender "Nadia Farouk from Old Quarter Letters"; any language's joining word),
    or that is the display name itself where it is a name of two or three words."""
    sender = _key(display)
    if not sender:
        return None
    for line in lines[:AUTHOR_LINES]:
        words = line.split()
        if not 2 <= len(words) <= AUTHOR_WORDS or not all(w[:1].isupper() for w in words if w[:1].isalpha()):
            continue
        key = _key(line)
        if sender.startswith(key + " ") or (key == sender and len(words) <= 3 and not parts.holds("kind_words", line)):
            return line.strip()
    return None


def read_page(paragraphs: list) -> Optional[Reading]:
    """A forwarded article that is no newsletter's, read as a text page (its own title line, byline,
    date and tags); None where the page's reader finds no article."""
    from archive.readers.text import parse_text_article

    try:
        record = parse_text_article("\n\n".join(paragraphs) + "\n", "<forwarded>")
    except ValueError:
        return None
    if not record.title or not record.body:
        return None
    published = record.published if isinstance(record.published, str) and record.published.strip() else None
    found = Reading(body=record.body, author=record.author, tags=record.tags, published=published, lede=record.lede)
    found.title = collapse_whitespace(record.title)
    found.outlet = record.outlet
    return found


def title_in_text(paragraphs: list, subject: str, headline: Optional[str]) -> Optional[str]:
    """The headline as a line of the message's text states it, where the subject holds it with more
    around it ("Weekend reading: <headline>, and more"); the subject's own headline where the line
    only repeats it (in capitals)."""
    at = parts.headline_line(paragraphs, headline or subject)
    if at is None and headline is None and issues.headline_at(paragraphs, subject) is None:
        return _headline_over_byline(paragraphs)  # "L'essentiel du 5 juillet": the issue's name, no headline
    if at is None:
        return _fuller_headline(paragraphs, headline) or headline
    line = paragraphs[at]
    if headline and _key(line) == _key(headline):
        return headline
    return line if not line.isupper() else headline


HEADLINE_MIN_WORDS = 4


def _headline_over_byline(paragraphs: list) -> Optional[str]:
    """The line right over the byline among the message's first lines ("Headline" / "By Jane Doe" /
    "Published ..."), where the subject names the issue (its day, its digest) and the text repeats
    no part of it: the one story the issue carries, titled by its own headline. A few words, no
    sentence end, no byline itself."""
    from archive.extract.bylines import byline

    head = paragraphs[:parts.HEAD_LINES + 4]
    for i in range(1, len(head)):
        line, above = head[i], head[i - 1]
        if len(line.split()) > 8 or not line[:1].isupper() or byline(line) is None:
            continue
        words = above.split()
        if HEADLINE_MIN_WORDS <= len(words) <= FULLER_MAX_WORDS and not _ends_sentence(above) \
                and byline(above) is None and not above.isupper():
            return collapse_whitespace(above)
        return None
    return None


FULLER_MIN_WORDS = 2  # words a head line adds to the subject's headline to be its whole headline
FULLER_MAX_WORDS = 25


def _fuller_headline(paragraphs: list, headline: Optional[str]) -> Optional[str]:
    """The head line that opens with the subject's headline and goes on ("Subject: Name Today: A
    lawyer's campaign" over the line "A lawyer's campaign to bring children home"): a subject cut
    short by the sender's mail tool or its editor, the line the whole headline. Headline-shaped: a
    few words more, no sentence end, among the message's first lines; the first such line."""
    key = _key(headline or "")
    if len(key.split()) < 2:
        return None
    for line in paragraphs[:parts.HEAD_LINES + 4]:
        words = line.split()
        k = _key(line)
        if not k.startswith(key + " ") or len(words) > FULLER_MAX_WORDS or "\n" in line.strip():
            continue
        if len(k.split()) - len(key.split()) < FULLER_MIN_WORDS or _ends_sentence(line):
            continue
        return collapse_whitespace(line)
    return None


def _ends_sentence(line: str) -> bool:
    return bool(re.search(r"[.!;؟。۔][\"'”’»)]*$", line.strip()))


def _key(text: str) -> str:
    return issues._key(text)
