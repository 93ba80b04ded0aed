"""E-mail: ``.eml`` files (one message) and ``.mbox`` files (many), with the standard library.

Each message is an article: the subject its title, the sender its outlet (the display name, else
the address's domain), the Date header its date, the HTML part (or else the plain-text part) its
text, extracted as for HTML fields (:func:`archive.readers.fragments.html_text`), and the
Message-ID its id.

- A newsletter's issue carrying one article (its headers or its text show a newsletter's parts) is
  read as that article: its title the subject's headline without the newsletter's name
  (:mod:`archive.readers.mail_newsletters`, :mod:`archive.readers.mail_senders`), its text between
  the newsletter's head and footer, read as a text page for its byline, date and tags
  (:mod:`archive.readers.mail_article`, :mod:`archive.extract.newsletter_parts`); its date the one
  its text states, else the Date header's (a note says so).
- A message forwarding another is read as the message it forwards (:mod:`archive.readers.mail_forwards`).
- A newsletter bundling several stories becomes one article per story, titled by its headline, with
  the link as its URL and ``<Message-ID>#k`` as its id (:mod:`archive.readers.mail_stories`); one
  bundling teasers only is refused ("boilerplate only").

An mbox is read a message at a time (a "From " line after a blank line starts the next), so
memory stays flat for any number of messages; a damaged message is reported with its number and
line, and the rest are read.
"""

from __future__ import annotations

import email.errors
import email.utils
import re
from email import policy
from email.parser import BytesHeaderParser, BytesParser
from typing import Iterator, Optional

from archive.model import BadRecord, RawRecord, collapse_whitespace
from archive.extract import import_edges
from archive.extract.closing_runs import without_closing_run
from archive.extract import web_hosts
from archive.extract.boilerplate import is_trailer_marker
from archive.extract.end_marks import opens_with_end_mark
from archive.extract import newsletter_parts as parts
from archive.readers import mail_article as reading
from archive.readers import mail_forwards as forwards
from archive.readers.mail_headers import (  # noqa: F401  (sender_outlet, _header, _without_writer: their old place)
    as_sent as _as_sent, header as _header, header_date as _date, header_language as _language,
    message_sender as _sender, sender_outlet, without_writer as _without_writer)
from archive.readers import mail_newsletters as issues
from archive.readers import mail_senders as senders
from archive.readers import mail_stories as several
from archive.readers.mail_stories import is_read_more  # noqa: F401 (its old place)
from archive.readers import sent_documents
from archive.readers.page_groups import date_profile
from archive.readers.source import read_within

MAX_MESSAGE_BYTES = 32 * 1024 * 1024
_FROM_LINE = re.compile(rb"^From \S*")
_QUOTED_FROM = re.compile(rb"^>(>*From )")


def read_eml(path, options=None) -> Iterator:
    data, bad = read_within(path, MAX_MESSAGE_BYTES, "message of {size:,} bytes is too large; not read")
    if bad:
        yield bad
        return
    profile = None
    for record in message_records(data, str(path), None, 1, others=_folder_subjects(path)):
        if isinstance(record, RawRecord):
            profile = profile or date_profile(options, path)  # the order of numeric dates its source group agrees on
            record.profile = record.profile or profile
        yield record


MASTHEAD_REACH = 6  # lines above a copied page's headline where its masthead may stand


def _folder_subjects(path):
    """The repeated subject parts by sender of the .eml files beside ``path`` (read when first asked for)."""
    def subjects():
        try:
            folder = path.parent if path.is_file() else None
        except (OSError, AttributeError):
            folder = None
        return senders.folder_parts(str(folder)) if folder is not None else {}
    return subjects


def _mbox_subjects(path):
    """The repeated subject parts by sender of an mbox's messages (a pass over their headers, when first
    asked for)."""
    found = []

    def subjects():
        if not found:
            parser = BytesHeaderParser(policy=policy.compat32)
            headers = (parser.parsebytes(data) for _, data in _messages(path) if data is not None)
            found.append(senders.parts_by_sender(h for h in headers if h.keys()))
        return found[0]
    return subjects


def read_mbox(path, options=None) -> Iterator:
    """Every message of an mbox file, read one at a time."""
    name = str(path)
    number = 0
    counter = _Counter()
    others = _mbox_subjects(path)
    for start_line, data in _messages(path):
        number += 1
        if data is None:
            yield BadRecord(name, f"message {number} (line {start_line}) is larger than "
                                  f"{MAX_MESSAGE_BYTES // 2**20} MB; not read", counter.next())
            continue
        yield from message_records(data, name, counter, start_line, number, others=others)
    if not number:
        yield BadRecord(name, "no messages found (an mbox file starts each with a 'From ' line)")


class _Counter:
    """Numbers the articles of one file, 1, 2, ...: their provenance ``file#n``."""

    def __init__(self):
        self.value = 0

    def next(self) -> int:
        self.value += 1
        return self.value


def _messages(path) -> Iterator:
    """``(line number of its From line, bytes or None when too large)`` for each message."""
    current: list = []
    size = 0
    start = 0
    too_large = False
    previous_blank = True
    with path.open("rb") as handle:
        for number, line in enumerate(handle, 1):
            if previous_blank and _FROM_LINE.match(line):
                if start:
                    yield start, None if too_large else b"".join(current)
                current, size, start, too_large = [], 0, number, False
                previous_blank = False
                continue
            previous_blank = not line.strip()
            if not start:
                if line.strip():  # text before the first From line: not an mbox
                    yield number, _not_mbox(line)
                    return
                continue
            if too_large:
                continue
            line = _QUOTED_FROM.sub(rb"\1", line)
            size += len(line)
            if size > MAX_MESSAGE_BYTES:
                too_large, current = True, []
                continue
            current.append(line)
    if start:
        yield start, None if too_large else b"".join(current)


def _not_mbox(line: bytes) -> bytes:
    return b"X-Archive-Not-Mbox: " + line[:80].strip().replace(b"\r", b"") + b"\n\n"


def message_records(data: bytes, name: str, counter: Optional[_Counter], line: int,
                    number: Optional[int] = None, others=None) -> Iterator:
    """The article, or the stories, of one message (``counter`` numbers them within an mbox;
    ``others()``, when given, the subject parts each sender's messages in the collection repeat)."""
    where = f"message {number} (line {line})" if number else "message"
    if data.startswith(b"X-Archive-Not-Mbox: "):
        yield BadRecord(name, f"not an mbox file: line {line} comes before any 'From ' line "
                              f"({data[20:].strip().decode('utf-8', 'replace')[:60]!r})")
        return
    try:
        message = BytesParser(policy=policy.compat32).parsebytes(data)  # compat32: 5x faster than default
    except Exception as error:  # the parser is lenient; anything it raises is a damaged message
        yield BadRecord(name, f"{where}: unreadable ({type(error).__name__}: {error})", counter.next() if counter else None)
        return
    if not message.keys():
        yield BadRecord(name, f"{where}: not an e-mail message (no headers)", counter.next() if counter else None)
        return
    try:
        subject = _header(message, "subject") or None
        outlet = _sender(message)
        published = _date(message.get("date"))
        message_id = _header(message, "message-id").strip("<>") or None
        language = _language(message)
        html, text = _body_parts(message)
    except Exception as error:  # a header or part the parser could not decode
        yield BadRecord(name, f"{where}: damaged ({type(error).__name__}: {error})", counter.next() if counter else None)
        return
    documents = sent_documents.database_documents(text, name) if text else None
    if documents is not None:  # a news database's "sent document" (Nexis, Factiva, ProQuest, EBSCO)
        yield from _database_documents(documents, counter, message_id)
        return
    attached = sent_documents.attached_documents(message, name, number)
    yield from attached  # a database's export attached (Nexis Uni's e-mail delivery): its documents
    plain = text or _html_text(html)
    if attached and not sent_documents.holds_article(plain):
        return  # the delivery's note is no article
    stories = several.stories(html, text)
    if len(stories) < 2:
        pasted = sent_documents.pasted_articles(plain, name)  # several whole articles one under the other
        if pasted:
            yield from sent_documents.as_email(pasted, counter, language, published, message_id)
            return
        story = _one_story(message, subject, html, text, others)
        if story.reason:  # an alert's teasers: a whole article pasted over them is still stored
            lead = sent_documents.as_email(sent_documents.leading_article(plain, name), counter, language,
                                           published, message_id)
            yield from lead or [BadRecord(name, f"{where}: {story.reason}", counter.next() if counter else None)]
            return
        if not story.body:
            yield BadRecord(name, f"{where}: no text part", counter.next() if counter else None)
            return
        outlet = story.outlet or outlet
        if story.sender:  # a forwarded message: its own sender and date
            outlet = sender_outlet(story.sender) or outlet
            published = _date(story.sent) or story.sent or published
        yield RawRecord(
            source_path=name, source_format="email", source_record=counter.next() if counter else None,
            title=story.title, body=import_edges.without_repeated_body(_closed(_to_end_mark(story.body))),
            outlet=_without_writer(outlet, story.author),
            published=_as_sent(story.published, published) or published,
            language=language, author=story.author, tags=story.tags, lede=story.lede,
            notes=[reading.HEADER_DATE] if story.newsletter and not story.published and published else [],
            id=f"message:{message_id}" if message_id else None,
        )
        return
    if parts.teasers_only(stories):
        lead = sent_documents.as_email(sent_documents.leading_article(plain, name), counter, language, published,
                                       message_id)  # a whole article pasted over the teasers
        yield from lead or [BadRecord(name, f"{where}: {reading.BOILERPLATE_ONLY}: a newsletter of {len(stories)} "
                                            f"teasers (headlines over a line and a link), no article text",
                                      counter.next() if counter else None)]
        return
    for k, (title, paragraphs, url) in enumerate(stories, 1):
        record_number = counter.next() if counter else k
        yield RawRecord(
            source_path=name, source_format="email", source_record=record_number,
            title=title, body="\n\n".join(paragraphs), outlet=outlet, published=published,
            language=language, url=url, id=f"message:{message_id}#{k}" if message_id else None,
        )


SIGNATURE_PARAGRAPHS = 3  # a signature run into one paragraph under "-- " is taken among the last ones only


def _closed(body: str) -> str:
    """A message's story without the short lines under its last sentence: the sender's closing and
    name, the device's note (:func:`archive.extract.closing_runs.without_closing_run`)."""
    paragraphs = body.split("\n\n")
    kept = without_closing_run(paragraphs)
    if any(web_hosts.HOST.search(line) for line in paragraphs[len(kept):]):
        return body  # "Read more at hrw.org" under a pasted page: the page's outlet, read from the body
    return body if kept == paragraphs else "\n\n".join(kept)



def _to_end_mark(body: str) -> str:
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


def _database_documents(documents: list, counter: Optional[_Counter], message_id: Optional[str]) -> Iterator:
    """The documents of a message a news database sent (Nexis Uni's "X sent you the following
    document"): its text is the document as the database's own export writes it (publication line,
    date, labelled fields, "End of Document"), so the export's reader reads it, the service's note
    over it left out as a cover page is. The sender, a service, is never the outlet."""
    for record in documents:
        if isinstance(record, RawRecord):
            first = record.source_record in (None, 1)
            record.source_record = counter.next() if counter else record.source_record
            record.id = f"message:{message_id}" if message_id and first else record.id
        yield record


class _Story:
    """One message's article: ``title``, ``body``, ``author``, ``tags``, ``published`` (the date its
    text states), ``lede``, ``newsletter`` (read as a newsletter's), ``reason`` (why it is refused)."""

    sender = sent = None  # a forwarded message's own sender and date, as its header lines write them
    outlet = None  # a copied page's outlet, as its own head names it

    def __init__(self, title, body, author=None, tags=(), published=None, lede=None, newsletter=False, reason=""):
        self.title, self.body, self.author, self.tags, self.published, self.lede, self.newsletter, self.reason = \
            title, body, author, list(tags), published, lede, newsletter, reason


def _one_story(message, subject: Optional[str], html: str, text: str, others=None) -> _Story:
    """The article of a message holding one story (:func:`_message_story`); of the message it
    forwards, where it forwards one (:mod:`archive.readers.mail_forwards`)."""
    body = _html_text(html) if html else _plain_text(text)
    paragraphs = body.split("\n\n") if html else issues.split_plain_blocks(text)
    blocks = paragraphs if html else [b for b in re.split(r"\n\s*\n", (text or "").replace("\r\n", "\n")) if b.strip()]
    inner = forwards.forwarded(blocks)
    if inner is not None and not html:
        inner.paragraphs = issues.split_plain_blocks("\n\n".join(inner.paragraphs))
    if inner is None:
        story = _message_story(message, forwards.without_prefixes(subject or "") or subject, body, paragraphs,
                               others, email.utils.parseaddr(_header(message, "from"))[0])
        return _copied_page(story, subject, blocks) or story
    sender = collapse_whitespace(inner.sender or "")
    inner_subject = forwards.without_prefixes(inner.subject or subject or "")
    story = _message_story(message, inner_subject, "\n\n".join(inner.paragraphs), inner.paragraphs, None,
                           email.utils.parseaddr(sender)[0] or sender)
    if not story.newsletter and not story.reason:  # an article forwarded: read as a text page
        page = reading.read_page(inner.paragraphs)
        if page is not None:
            story = _Story(page.title, page.body, page.author, page.tags, page.published, page.lede)
    story.sender, story.sent = sender or None, inner.date
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


def _body_parts(message) -> tuple:
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


def _html_text(html: str) -> str:
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
