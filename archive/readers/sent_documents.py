"""What an e-mail holds besides one story: a news database's documents sent by mail, and several
whole articles pasted one under the other (issue #13, round 35). Called by
:mod:`archive.readers.mail` (its hooks), kept apart so the mail reader's modules stay its own.

    database_documents(text, name, fmt="email") -> list | None
        The records of a message whose text is a news database's export as its reader reads it
        (Nexis, Factiva, ProQuest, EBSCO: :func:`archive.readers.exports.kind_of_text`), None for
        any other text.

    pasted_articles(text, name) -> list
        The articles of a message pasting two or more whole articles (each a headline over a date
        or byline line, then paragraphs of prose), as RawRecords read by the text reader; [] for
        anything else: one article, a forward, an alert of headlines, snippets and links.

    attached_documents(message, name) -> list
        The records of the news-database exports attached to a message (Nexis Uni's e-mail
        delivery: "Files (3).DOCX", a PDF or RTF attached under a note; a Factiva RTF; a ProQuest
        export): each attachment a reader knows, read as that file would be and named
        ``message!/attachment``, kept where it is an export (its records carry a database's id,
        length or load date, or are several); [] where no attachment is.

    holds_article(text) -> bool
        Whether a message's own text is more than a note: two paragraphs of prose or more.

    teased_elsewhere(record, text, sender=None)
        A message's one article without an outlet or address: those of the alert's teaser of the
        same headline in the message (its link, the source line under the headline).

    as_email(records, counter, language, published, message_id) -> list
        Those records as the message's articles: numbered (by the mbox's counter, else 1, 2, ...
        where there are several), the message's language and date where their text states none,
        the Message-ID their id.

    leading_article(text, name, above_forward=False) -> list
        For a message the mail reader refuses (an alert's teasers, "boilerplate only"): the whole
        article pasted over the alert or the forwarded message ([record]), its head a headline over
        a date or byline, two paragraphs of prose or more, nothing but teasers, links and notes
        under it; [] where there is none. With ``above_forward``, only such an article standing
        over a forwarded message (its separator right under the article): asked first, since the
        message forwarded (an alert of two teasers) may not read as refused.

Read by shape: an article's head is a short line with no sentence's end, first in its paragraph
or over a blank, with a date line, an "Outlet, date" line or a byline ("By X", the data's byline
words) in the lines under it; rules (a line of one repeated mark) part articles too. Each part
must hold at least two paragraphs of prose (long lines ending a sentence), so an alert of
teasers is never articles; a short note of the sender over the first part is left out.
"""

from __future__ import annotations

import re
from typing import Optional

from archive.model import RawRecord, collapse_whitespace
from archive.readers import pasted_sources

RULE = re.compile(r"^\s*(?:\(?\d{1,3}[.)]?\s*)?(?:([-_=*~#])(?:\s?\1){4,}|\*\s?\*\s?\*)\s*$")  # "(2) ------": a numbered rule too
HEAD_WORDS = (3, 22)
PROSE_WORDS = 15  # a paragraph of prose: this many words or more, ending a sentence
MIN_PROSE = 2  # paragraphs of prose an article has, at least
NOTE_WORDS = 80  # the sender's note over the first article: at most this many words
HEAD_SPAN = 3  # lines under a headline in which its date or byline stands


def database_documents(text: str, name: str, fmt: str = "email") -> Optional[list]:
    from archive.readers.exports import kind_of_text, split_export

    kind = kind_of_text(text[:256 * 1024]) if text else None
    if kind is None:
        return None
    return list(split_export(kind, text.splitlines(), name, fmt))


def _date_or_byline(line: str) -> bool:
    from archive.extract.dates import iso_date
    from archive.readers.export_dates import date_line
    from archive.readers.exports import byline_prefix

    line = line.strip()
    if not line or len(line.split()) > 12:
        return False
    if byline_prefix().match(line) or date_line(line) or iso_date(line):
        return True
    parts = [part.strip() for part in re.split(r"\s*[,|·•–—-]\s+", line) if part.strip()]
    return len(parts) >= 2 and any(date_line(part) or iso_date(part) for part in parts)  # "Outlet, 2 November 2022"


def _headline(line: str) -> bool:
    words = line.split()
    return HEAD_WORDS[0] <= len(words) <= HEAD_WORDS[1] and not re.search(r"[.,;:!،]$", line) \
        and line[:1].isalpha() and not line[:1].islower() and "://" not in line and "@" not in line \
        and not pasted_sources.labelled(line)  # a capital, or a letter of a script without case (Arabic, Hebrew, CJK)


def _prose(paragraph: list) -> bool:
    text = " ".join(paragraph)
    return len(text.split()) >= PROSE_WORDS and bool(re.search(r"[.!?][\"'”»’)]?$", text)) and "://" not in text \
        and not re.search(r"(?:\.\.\.|…)$", text)  # a teaser's snippet, cut short


def _paragraphs(text: str) -> list:
    """The text's paragraphs as lists of lines; a rule is a paragraph of its own, marked None."""
    paragraphs, current = [], []
    for line in text.replace("\r\n", "\n").split("\n"):
        if RULE.match(line):
            if current:
                paragraphs.append(current)
            paragraphs.append(None)
            current = []
        elif line.strip():
            current.append(line.strip())
        elif current:
            paragraphs.append(current)
            current = []
    if current:
        paragraphs.append(current)
    return paragraphs


def _head_at(paragraphs: list, index: int) -> bool:
    """Whether paragraph ``index`` opens an article: a headline line with its date or byline under
    it (in the same paragraph or the next short ones), or with its source's lines over it."""
    paragraph = paragraphs[index]
    if not paragraph or not _headline(paragraph[0]) or _date_or_byline(paragraph[0]):
        return False
    if index and pasted_sources.with_source_blocks(paragraphs, [index]) != [index]:
        return True  # "Source: Outlet, 14 June 2019" and "Link: ..." over the headline
    following = paragraph[1:]
    for later in paragraphs[index + 1:index + 3]:
        if later is None or _prose(later):
            break
        following += later
    return any(_date_or_byline(line) for line in following[:HEAD_SPAN])


def _cited(record: RawRecord, part: list) -> None:
    """An "Outlet, 2 November 2022" line under the headline: the outlet and the date apart (the
    text reader takes the line whole for its date, or "Outlet | date" for a byline's); a "By X" line
    there the writer."""
    from archive.extract.dates import iso_date
    from archive.readers.export_dates import export_date

    from archive.readers.exports import author_from, byline_prefix

    head = [line for paragraph in part[:3] for line in paragraph][1:1 + HEAD_SPAN]
    byline = next((line for line in head if byline_prefix().match(line)), None)
    if byline:  # "By Anders Holm" under the headline: the writer, whatever the text reader made of the lines
        record.author = author_from(byline) or record.author
    for line in head:
        outlet, published = pasted_sources.outlet_and_date(line, alone=False)
        if outlet and published:
            record.published, record.outlet = published, outlet
            return


def _entry(line: str) -> str:
    """A line as a table of contents' entry: its number and dots cut ("1. Headline", "2) Headline")."""
    return collapse_whitespace(re.sub(r"^\s*\(?\d{1,3}[.)]?\s+|[\s.…]+\d*$", "", line)).casefold()


def pasted_articles(text: str, name: str) -> list:
    from archive.readers.text import parse_text_article

    if not text:
        return []
    paragraphs = _paragraphs(text)
    starts = [i for i, p in enumerate(paragraphs) if p is not None and _head_at(paragraphs, i)]
    while len(starts) >= 2 and not any(p and _prose(p) for p in paragraphs[starts[0]:starts[1]]):
        starts.pop(0)  # the file's or message's own heading over the first article: part of the note
    if len(starts) < 2:
        return []
    heads = {_entry(paragraphs[i][0]) for i in starts}
    starts = pasted_sources.with_source_blocks(paragraphs, starts)
    note = [[line for line in p if _entry(line) not in heads] for p in paragraphs[:starts[0]] if p is not None]
    if sum(len(" ".join(p).split()) for p in note) > NOTE_WORDS:  # a table of contents naming the heads aside
        return []  # a text over the first head: no pasted set
    records = []
    for start, end in zip(starts, starts[1:] + [len(paragraphs)]):
        part = [p for p in paragraphs[start:end] if p is not None]
        if sum(1 for p in part if _prose(p)) < MIN_PROSE:
            return []  # a teaser, not an article: the message is not a pasted set
        found = RawRecord(source_path=name, source_format="text")
        part = pasted_sources.sourced(found, part)
        try:
            record = parse_text_article("\n\n".join("\n".join(p) for p in part), name)
        except ValueError:
            return []
        _cited(record, part)
        pasted_sources.take_sourced(record, found)
        records.append(record)
    return records if all(isinstance(r, RawRecord) and r.body for r in records) else []


ATTACHED = (".docx", ".rtf", ".pdf", ".txt", ".html", ".htm")
MAX_ATTACHMENT_BYTES = 64 * 1024 * 1024


def attached_documents(message, name: str, number: Optional[int] = None) -> list:
    from archive.readers import reader_for
    from archive.readers.source import MemberSource

    found = []
    for part in message.walk():
        filename = _filename(part)
        if not filename or not filename.lower().endswith(ATTACHED):
            continue
        data = part.get_payload(decode=True) or b""
        if not data or len(data) > MAX_ATTACHMENT_BYTES:
            continue
        inside = f"{number}/{filename}" if number else filename  # an mbox's messages may attach the same name
        member = MemberSource(f"{name}!/{inside}", data)
        reader = reader_for(member)
        if reader is None:
            continue
        try:
            records = [r for r in reader(member) if isinstance(r, RawRecord)]
        except Exception:  # an attachment the reader cannot read is no export: the message as before
            continue
        if len(records) >= 2 or any(_exported(r) for r in records):
            found.extend(records)
    return found


def _filename(part) -> Optional[str]:
    """An attachment's file name, its encoded words decoded ("=?utf-8?q?Fichiers_(2).DOCX?=")."""
    from email.header import decode_header, make_header

    if part.is_multipart():
        return None
    raw = part.get_filename()
    if not raw:
        return None
    try:
        raw = str(make_header(decode_header(raw)))
    except Exception:  # a name the header decoder cannot read is kept as written
        pass
    return raw.replace("\\", "/").rsplit("/", 1)[-1].strip() or None


def _exported(record: RawRecord) -> bool:
    """A database's document: its id (Factiva's AN, ProQuest's), its stated length or load date."""
    return bool(record.length or record.load_date or (record.id or "").startswith(("factiva:", "proquest:", "record:")))


def holds_article(text: str) -> bool:
    return sum(1 for paragraph in _paragraphs(text or "") if paragraph and _prose(paragraph)) >= MIN_PROSE


def leading_article(text: str, name: str, above_forward: bool = False) -> list:
    from archive.readers.mail_forwards import _separator as forward_separator
    from archive.readers.text import parse_text_article

    if not text:
        return []
    paragraphs = _paragraphs(text)
    forwarded = {i for i, p in enumerate(paragraphs) if p is not None and forward_separator(p[0])}
    paragraphs = [None if i in forwarded else p for i, p in enumerate(paragraphs)]
    first = next((i for i, p in enumerate(paragraphs) if p is not None and _head_at(paragraphs, i)), None)
    if first is None:
        return []
    head, first = first, pasted_sources.with_source_blocks(paragraphs, [first])[0]
    if sum(len(" ".join(p).split()) for p in paragraphs[:first] if p) > NOTE_WORDS:
        return []
    end = next((i for i in range(head + 1, len(paragraphs))
                if paragraphs[i] is None or _head_at(paragraphs, i)), len(paragraphs))
    if above_forward and end not in forwarded:
        return []  # only an article the message's own text holds over the message it forwards
    part = [p for p in paragraphs[first:end] if p is not None]
    rest = [p for p in paragraphs[end:] if p is not None]
    if sum(1 for p in part if _prose(p)) < MIN_PROSE or sum(1 for p in rest if _prose(p)) >= MIN_PROSE:
        return []
    found = RawRecord(source_path=name, source_format="text")
    part = pasted_sources.sourced(found, part)
    try:
        record = parse_text_article("\n\n".join("\n".join(p) for p in part), name)
    except ValueError:
        return []
    _cited(record, part)
    pasted_sources.take_sourced(record, found)
    _teased(record, rest)
    return [record] if record.body else []


def teased_elsewhere(record: RawRecord, text: str, sender: Optional[str] = None) -> None:
    """A message's one article, pasted under (or over) an alert's teasers: the teaser of the same
    headline (a paragraph with its link, its second line no byline) gives the outlet and the address
    the article's own text left unsaid; its outlet over ``sender``'s (the service forwarded), where
    the record took that."""
    from archive.readers.exports import byline_prefix

    teasers = [p for p in _paragraphs(text or "") if p and len(p) >= 3 and any(re.match(r"https?://\S+$", x) for x in p)
               and not byline_prefix().match(p[1])]
    if teasers and record.title:
        if sender and record.outlet == sender:
            record.outlet = None  # the alert service that sent the teasers names no article's outlet
        _teased(record, teasers)
        record.outlet = record.outlet or sender


def _teased(record: RawRecord, rest: list) -> None:
    """The alert's teaser of the same headline under the article: its source line the outlet, its
    link the address (a redirect's target address where the link carries one)."""
    from urllib.parse import parse_qs, urlparse

    title = collapse_whitespace(record.title or "").casefold()
    for paragraph in rest:
        if not title or collapse_whitespace(paragraph[0]).casefold() != title:
            continue
        source = paragraph[1] if len(paragraph) > 1 else ""
        if not record.outlet and source and len(source.split()) <= 6 and not re.search(r"[\d.!?:]", source):
            record.outlet = source
        link = next((line for line in paragraph if re.match(r"https?://\S+$", line)), None)
        if link and not record.url:
            target = parse_qs(urlparse(link).query).get("url", [None])[0]
            record.url = target if target and target.startswith("http") else link
        return


def as_email(records: list, counter, language: Optional[str], published: Optional[str], message_id: Optional[str]) -> list:
    several = len(records) > 1
    for k, record in enumerate(records, 1):
        record.source_format = "email"
        record.source_record = counter.next() if counter else (k if several else None)
        record.language = record.language or language
        record.published = record.published or published
        record.id = (f"message:{message_id}#{k}" if several else f"message:{message_id}") if message_id else None
    return records
