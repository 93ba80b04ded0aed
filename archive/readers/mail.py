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
- A message forwarding another is read as the message it forwards (:mod:`archive.readers.mail_forwards`);
  a message of one story is read by :mod:`archive.readers.mail_story`; a whole article pasted over a
  forwarded message or alert, several pasted articles, a database's documents sent or attached by
  :mod:`archive.readers.sent_documents`.
- A newsletter bundling several stories becomes one article per story, titled by its headline, with
  the link as its URL and ``<Message-ID>#k`` as its id (:mod:`archive.readers.mail_stories`); one
  bundling teasers only is refused ("boilerplate only").

An mbox is read a message at a time (a "From " line after a blank line starts the next), so
memory stays flat for any number of messages; a damaged message is reported with its number and
line, and the rest are read.
"""

from __future__ import annotations

import email.errors
import re
from email import policy
from email.parser import BytesHeaderParser, BytesParser
from typing import Iterator, Optional

from archive.model import BadRecord, RawRecord
from archive.extract import import_edges
from archive.extract.body_heads import finished_start
from archive.extract import newsletter_parts as parts
from archive.readers import mail_article as reading
from archive.readers.mail_headers import (  # noqa: F401  (sender_outlet, _header, _without_writer: their old place)
    as_sent as _as_sent, header as _header, header_date as _date, header_language as _language,
    message_sender as _sender, sender_outlet, without_writer as _without_writer)
from archive.readers import mail_senders as senders
from archive.readers import mail_stories as several
from archive.readers.mail_stories import is_read_more  # noqa: F401 (its old place)
from archive.readers import mail_story, sent_documents
from archive.readers.mail_story import body_parts as _body_parts  # noqa: F401 (its old place: page_groups)
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
        html, text = mail_story.body_parts(message)
    except Exception as error:  # a header or part the parser could not decode
        yield BadRecord(name, f"{where}: damaged ({type(error).__name__}: {error})", counter.next() if counter else None)
        return
    documents = sent_documents.database_documents(text, name) if text else None
    if documents is not None:  # a news database's "sent document" (Nexis, Factiva, ProQuest, EBSCO)
        yield from _database_documents(documents, counter, message_id)
        return
    attached = sent_documents.attached_documents(message, name, number)
    yield from attached  # a database's export attached (Nexis Uni's e-mail delivery): its documents
    plain = text or mail_story.html_text(html)
    if attached and not sent_documents.holds_article(plain):
        return  # the delivery's note is no article
    stories = several.stories(html, text)
    if len(stories) < 2:
        pasted = sent_documents.pasted_articles(plain, name)  # several whole articles one under the other
        if pasted:
            yield from sent_documents.as_email(pasted, counter, language, published, message_id)
            return
        over = sent_documents.leading_article(plain, name, above_forward=True)
        if over:  # a whole article pasted over a forwarded alert or message that holds no article
            yield from sent_documents.as_email(over, counter, language, published, message_id)
            return
        story = mail_story.one_story(message, subject, html, text, others)
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
        record = RawRecord(
            source_path=name, source_format="email", source_record=counter.next() if counter else None,
            title=story.title, body=import_edges.without_repeated_body(_finished(mail_story.closed(mail_story.to_end_mark(story.body)), story.title)),
            outlet=_without_writer(outlet, story.author),
            published=_as_sent(story.published, published) or published,
            language=language, author=story.author, tags=story.tags, lede=story.lede,
            notes=[reading.HEADER_DATE] if story.newsletter and not story.published and published else [],
            id=f"message:{message_id}" if message_id else None,
        )
        if story.sender and not story.newsletter:  # a forward: an alert's teaser of its headline names its outlet
            sent_documents.teased_elsewhere(record, plain, _without_writer(sender_outlet(story.sender), story.author))
        yield record
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


def _finished(body: str, title) -> str:
    """The story's text without the page's lines over its first paragraph: the headline again, a date
    stamp and the sender's name over it, a standfirst over the dateline (body_heads.finished_start)."""
    paragraphs = body.split("\n\n")
    kept = finished_start(paragraphs, title or "")
    return "\n\n".join(kept) if len(kept) > 1 else body  # a story of one paragraph keeps its lines
