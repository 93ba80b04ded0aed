"""One message's article (moved out of :mod:`archive.readers.mail`, round 36): a message holding one
story read as its subject and text, a newsletter's issue as its article, a forwarded message as the
message it forwards, a web page copied under the sender's note as that page; and the story's end
(the sender's closing lines, a release's end mark, the signature). ``one_story`` is what the mail
reader asks; the message's text and HTML parts are found by ``body_parts``."""

from __future__ import annotations

import email.utils
import re
from typing import Optional

from archive.model import collapse_whitespace
from archive.extract import newsletter_parts as parts
from archive.extract import web_hosts
from archive.extract.boilerplate import is_trailer_marker
from archive.extract.closing_runs import without_closing_run
from archive.extract.end_marks import opens_with_end_mark
from archive.readers import mail_article as reading
from archive.readers import mail_forwards as forwards
from archive.readers import mail_newsletters as issues
from archive.readers import mail_senders as senders
from archive.readers.mail_headers import header as _header

MASTHEAD_REACH = 6  # lines above a copied page's headline where its masthead may stand


SIGNATURE_PARAGRAPHS = 3  # a signature run into one paragraph under "-- " is taken among the last ones only


def closed(body: str) -> str:
    """A message's story without the short lines under its last sentence: the sender's closing and
    name, the device's note (:func:`archive.extract.closing_runs.without_closing_run`)."""
    paragraphs = body.split("\n\n")
    kept = without_closing_run(paragraphs)
    if any(web_hosts.HOST.search(line) for line in paragraphs[len(kept):]):
        return body  # "Read more at hrw.org" under a pasted page: the page's outlet, read from the body
    return body if kept == paragraphs else "\n\n".join(kept)


def to_end_mark(body: str) -> str:
    """A message's story up to its end: a release's end mark ("###", "- ENDS -", "- FUND -"), alone
    or opening the lines run together under it, or the signature separator "--"; what follows (the
    press office, the list's footer, the sender's signature) is the sender's, never the story's."""
    paragraphs = body.split("\n\n")
    last = len(paragraphs) - SIGNATURE_PARAGRAPHS

    def ends(i: int, paragraph: str) -> bool:
        if is_trailer_marker(paragraph) or opens_with_end_mark(paragraph):
            return True
        return i >= last and paragraph.startswith("-- ")  # the separator run together with the signature

    end = next((i for i, p in enumerate(paragraphs) if i and ends(i, p)), None)
    return body if end is None else "\n\n".join(paragraphs[:end])


class _Story:
    """One message's article: ``title``, ``body``, ``author``, ``tags``, ``published`` (the date its
    text states), ``lede``, ``newsletter`` (read as a newsletter's), ``reason`` (why it is refused)."""

    sender = sent = None  # a forwarded message's own sender and date, as its header lines write them
    outlet = None  # a copied page's outlet, as its own head names it

    def __init__(self, title, body, author=None, tags=(), published=None, lede=None, newsletter=False, reason=""):
        self.title, self.body, self.author, self.tags, self.published, self.lede, self.newsletter, self.reason = \
            title, body, author, list(tags), published, lede, newsletter, reason


def one_story(message, subject: Optional[str], html: str, text: str, others=None) -> _Story:
    """The article of a message holding one story (:func:`_message_story`); of the message it
    forwards, where it forwards one (:mod:`archive.readers.mail_forwards`)."""
    body = html_text(html) if html else _plain_text(text)
    paragraphs = body.split("\n\n") if html else issues.split_plain_blocks(text)
    blocks = paragraphs if html else [b for b in re.split(r"\n\s*\n", (text or "").replace("\r\n", "\n")) if b.strip()]
    inner = forwards.forwarded(blocks)
    if inner is not None and not html:
        inner.paragraphs = issues.split_plain_blocks("\n\n".join(inner.paragraphs))
    if inner is None:
        story = _message_story(message, forwards.without_prefixes(subject or "") or subject, body, paragraphs,
                               others, email.utils.parseaddr(_header(message, "from"))[0])
        return _copied_page(story, subject, blocks) or _completed(story, paragraphs)
    sender = collapse_whitespace(inner.sender or "")
    inner_subject = forwards.without_prefixes(inner.subject or subject or "")
    story = _message_story(message, inner_subject, "\n\n".join(inner.paragraphs), inner.paragraphs, None,
                           email.utils.parseaddr(sender)[0] or sender)
    if not story.newsletter and not story.reason:  # an article forwarded: read as a text page
        page = reading.read_page(inner.paragraphs)
        if page is not None:
            story = _Story(page.title, page.body, page.author, page.tags, page.published, page.lede)
    elif story.newsletter:  # a newsletter's issue forwarded: what its page reading adds, where it agrees
        story = _completed(story, inner.paragraphs)
    story.sender, story.sent = sender or None, inner.date
    return story


def _completed(story: _Story, paragraphs: list) -> _Story:
    """The story with the byline, date and tags the message's text states as a text page does, where
    the mail's reading left them empty and the page's reading of the same text agrees on the
    headline (two readings of one article: the page's header lines under that headline are the
    article's, "Jane Doe" under "Headline", "Tags: a, b" under the text)."""
    if story.reason or not story.title or (story.author and story.tags and story.published):
        return story
    page = reading.read_page(paragraphs)
    if page is None or reading._key(page.title) != reading._key(story.title):
        return story
    story.author = story.author or page.author
    story.tags = story.tags or list(page.tags)
    story.published = story.published or page.published
    return story


def _copied_page(story: _Story, subject: Optional[str], blocks: list) -> Optional[_Story]:
    """A web page copied under the sender's note (:mod:`archive.extract.title_copied_pages`), read as a
    text page, where the message was read as its subject and its text; else None."""
    from archive.extract.title_copied_pages import copied_page

    if story.title != (forwards.without_prefixes(subject or "") or subject) or story.newsletter or story.reason:
        return None
    page = copied_page(blocks)
    found = reading.read_page([page]) if page else None
    if found is None:
        return None
    story = _Story(found.title, found.body, found.author, found.tags, found.published, found.lede)
    story.outlet = _masthead_over(blocks, page, found.title)
    return story


def _masthead_over(blocks: list, page: str, title: str) -> Optional[str]:
    """The outlet the copied page's own head names above its headline (a masthead, "Site | Section"),
    read as the text reader reads a page: with the lines nearest above the headline put back, one at
    a time, while the page keeps its headline."""
    lines = [line.strip() for block in blocks for line in block.splitlines() if line.strip()]
    first = page.splitlines()[0].strip()
    if first not in lines:
        return None
    above = lines[:lines.index(first)]
    for k in range(1, min(len(above), MASTHEAD_REACH) + 1):
        found = reading.read_page(["\n".join(above[-k:])] + [page])
        if found is not None and found.title == title and found.outlet:
            return found.outlet
    return None


def _message_story(message, subject: Optional[str], body: str, paragraphs: list, others, display: str) -> _Story:
    """The article of a message holding one story: a newsletter's issue (its headers or its text
    show a newsletter's parts, or its subject a newsletter's name) is read for its article, titled
    by the subject's headline (:mod:`archive.readers.mail_newsletters`, :mod:`archive.readers.mail_article`);
    any other message is its subject and its text. ``body``: the text; ``paragraphs``: its
    paragraphs (a plain part's read from its blocks); ``display``: the sender's name."""
    listed = issues.newsletter_headers(message)
    signs = listed or parts.newsletter_signs(paragraphs)
    names = (display, issues.list_name(message))
    sender = message.get("from")
    named = (lambda: senders.named_parts(others(), sender)) if others is not None else None
    headline = issues.subject_headline(subject or "", paragraphs, names, listed, signs, named)
    if headline is None and listed and subject and issues.headline_at(paragraphs, subject) is not None:
        headline = subject  # the issue's headline is its whole subject
    if signs and subject:
        headline = reading.title_in_text(paragraphs, subject, headline) or headline or subject
    if headline is None:
        return _Story(subject, _without_title(body, subject))
    if signs:
        found = reading.read_article(paragraphs, headline, names)
        return _Story(headline, found.body, found.author, found.tags, found.published, found.lede,
                      newsletter=True, reason=found.reason)
    story, author = issues.lead_story(paragraphs, headline)
    if story is paragraphs:  # no line repeats the headline: the text as it is, its tail left out
        return _Story(headline, _without_title(body, subject))
    return _Story(headline, "\n\n".join(story), author)


def body_parts(message) -> tuple:
    """``(html, plain text)`` of the message's body: its first text/html and text/plain parts that
    are not attachments ('' where it has none)."""
    found = {"html": "", "plain": ""}
    for part in message.walk():
        if part.is_multipart() or part.get_content_maintype() != "text":
            continue
        subtype = part.get_content_subtype()
        if subtype not in found or found[subtype]:
            continue
        if (part.get("content-disposition") or "").strip().lower().startswith("attachment"):
            continue
        payload = part.get_payload(decode=True) or b""
        charset = part.get_content_charset() or "utf-8"
        try:
            found[subtype] = payload.decode(charset, errors="replace")
        except LookupError:
            found[subtype] = payload.decode("utf-8", errors="replace")
    return found["html"], found["plain"]


def html_text(html: str) -> str:
    from archive.readers.fragments import html_text

    return html_text(html)


def _without_title(body: str, subject: Optional[str]) -> str:
    """The text without a first paragraph repeating the subject (the newsletter's headline)."""
    first, _, rest = body.partition("\n\n")
    if subject and rest and collapse_whitespace(first).casefold() == subject.casefold():
        return rest
    return body


def _plain_text(text: str) -> str:
    blocks = re.split(r"\n\s*\n", text.replace("\r\n", "\n"))
    return "\n\n".join(p for p in (collapse_whitespace(b) for b in blocks) if p)
