"""News feeds: RSS 2.0, RSS 1.0 (RDF) and Atom, read with feedparser; one article per entry.

The body is the entry's full content where the feed carries it (``content:encoded``, Atom
``content``); otherwise its summary, flagged ``is_summary`` (stored as ``body_kind = summary``).
HTML is turned into plain paragraphs separated by blank lines: tags dropped (scripts and styles
with their content), entities unescaped.

The feed is parsed from its bytes, never from a name: feedparser given a string may fetch a URL.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
import time
from typing import Iterator, Optional

from archive.model import BadRecord, RawRecord, collapse_whitespace
from archive.readers.fragments import looks_like_html, marked_paragraphs
from archive.readers.source import read_within

MAX_FEED_BYTES = 64 * 1024 * 1024
HTML_TYPES = ("text/html", "application/xhtml+xml", "html", "xhtml")
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_ROOT = re.compile(rb"<(?![?!])([A-Za-z_][\w:.-]*)")
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(?=$|[-_])")


def html_to_text(html: str) -> str:
    """Plain-text paragraphs (separated by a blank line) from an HTML fragment: figures, lists of
    links and "related" blocks left out (archive.readers.fragments, as for JSONL and CSV fields)."""
    from archive.readers.fragments import html_text

    return html_text(html or "") if (html or "").strip() else ""


def _plain(detail) -> str:
    """The text of a feedparser text construct (a title, summary or content), as plain text."""
    if not detail:
        return ""
    value = detail.get("value") or ""
    kind = (detail.get("type") or "").lower()
    if kind in HTML_TYPES or kind.endswith(("html", "xml")) or looks_like_html(value):
        return html_to_text(value)
    paragraphs = re.split(r"\n\s*\n", marked_paragraphs(value).replace("\r\n", "\n"))  # a pilcrow's paragraphs too
    return "\n\n".join(p for p in (collapse_whitespace(b) for b in paragraphs) if p)


def _full_content(entry) -> str:
    """The longest of the entry's content parts, as text ('' when the feed has none)."""
    best = ""
    for part in entry.get("content") or []:
        text = _plain(part)
        if len(text) > len(best):
            best = text
    return best


def entry_date(entry) -> Optional[str]:
    """YYYY-MM-DD as the feed states it, in the publisher's own time zone (not shifted to UTC)."""
    for key in ("published", "updated", "created"):
        # dict.get: feedparser's own get maps a missing "published" to "updated" with a warning.
        value = (dict.get(entry, key) or "").strip()
        if not value:
            continue
        match = _ISO_DATE.match(value)
        if match:
            try:
                return dt.date(*map(int, match.groups())).isoformat()
            except ValueError:
                pass
        try:
            parsed = email.utils.parsedate_tz(value)
        except (TypeError, ValueError, IndexError):
            parsed = None
        if parsed:
            try:
                return dt.date(*parsed[:3]).isoformat()
            except ValueError:
                pass
        parsed = entry.get(f"{key}_parsed")
        if isinstance(parsed, time.struct_time):
            return dt.date(*parsed[:3]).isoformat()
    return None


def _author(entry) -> Optional[str]:
    names = []
    for person in entry.get("authors") or []:
        name = collapse_whitespace(person.get("name") or "") if hasattr(person, "get") else ""
        if name and name not in names:
            names.append(name)
    if names:
        return ", ".join(names)
    detail = entry.get("author_detail") or {}
    name = collapse_whitespace(detail.get("name") or entry.get("author") or "")
    return name or None


def _tags(entry) -> list:
    tags = []
    for tag in entry.get("tags") or []:
        value = collapse_whitespace(tag.get("label") or tag.get("term") or "")
        if value and value not in tags:
            tags.append(value)
    return tags


def _language(*candidates) -> Optional[str]:
    for value in candidates:
        match = _LANGUAGE.match((value or "").strip())
        if match:
            return match.group(0).lower()
    return None


def _entry_id(entry, feed) -> Optional[str]:
    """The entry's id or guid; a bare one ('1234') is qualified by the feed so feeds don't collide."""
    guid = collapse_whitespace(entry.get("id") or "")
    if not guid:
        return None
    if ":" in guid:  # a URL, URN or tag: URI is unique on its own
        return guid
    scope = collapse_whitespace(feed.get("link") or feed.get("id") or feed.get("title") or "")
    return f"{scope}#{guid}" if scope else guid


def _kind(version: str) -> str:
    return "atom" if version.startswith("atom") else "rss"


def read_feed(path, options=None) -> Iterator:
    """One RawRecord per feed entry; a BadRecord for a file that is not a feed or an unusable entry."""
    name = str(path)
    data, bad = read_within(path, MAX_FEED_BYTES, "file too large for a feed ({size:,} bytes)")
    if bad:
        yield bad
        return
    import feedparser

    try:
        parsed = feedparser.parse(data)
    except Exception as error:  # feedparser copes with most damage; a crash is reported, not raised
        yield BadRecord(name, f"not a readable feed ({type(error).__name__}: {error})")
        return
    version = parsed.get("version") or ""
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo") or not version:
            problem = parsed.get("bozo_exception")
            root = _ROOT.search(data[:8192])
            if problem and not version:
                message = re.sub(r"^<unknown>:(\d+):(\d+): ", r"line \1, column \2: ", " ".join(str(problem).split()))
                detail = f" ({message[:200]})"
            elif root:
                detail = f" (its root element is <{root.group(1).decode('ascii', 'replace')}>)"
            else:
                detail = ""
            yield BadRecord(name, f"not an RSS, RDF or Atom feed{detail}")
        else:
            yield BadRecord(name, f"{_kind(version).upper()} feed with no entries")
        return
    feed = parsed.get("feed") or {}
    outlet = collapse_whitespace(_plain(feed.get("title_detail")) or feed.get("title") or "") or None
    feed_language = _language(feed.get("language"), (feed.get("title_detail") or {}).get("language"))
    fmt = _kind(version) if version else "rss"
    records = []
    for number, entry in enumerate(entries, start=1):
        try:
            records.append(_entry_record(entry, feed, name, number, fmt, outlet, feed_language))
        except Exception as error:  # one odd entry must not lose the rest of the feed
            records.append(BadRecord(name, f"unusable feed entry ({type(error).__name__}: {error})", number))
    _without_closing_lines(records)
    profile = feed_profile(records)
    for record in records:
        if profile is not None and isinstance(record, RawRecord):
            record.profile = profile
        yield record


def _without_closing_lines(records: list) -> None:
    """Each entry's body cleaned at its end as an export's record's is
    (:func:`archive.extract.record_edges.record_body`): the lines closing two or more of the
    feed's entries, and their shapes (a CMS's "The post <headline> appeared first on <feed>."), are
    the outlet's, not the story's (:class:`archive.extract.source_edges.SourceEdges`)."""
    from archive.extract.record_edges import record_body
    from archive.extract.record_tails import own_names
    from archive.extract.source_edges import SourceEdges
    from archive.extract.writer_notes import body_without_closing_notes

    entries = [record for record in records if isinstance(record, RawRecord) and record.body]
    edges = SourceEdges()
    for record in entries:
        edges.add(record.outlet, record.url, record.body)
    for record in entries:
        names, repeated = own_names(record.outlet, record.url), edges.repeated(record.outlet, record.url)
        cleaned = body_without_closing_notes(record_body(record.body, names, repeated), record.author,
                                             record.outlet, names)  # the notes on its writer, its outlet
        if cleaned.strip():
            record.body = cleaned


def feed_profile(records: list):
    """The feed's page template: its entries are the pages of one outlet's template, as a JSON
    Lines or CSV file's records are (:mod:`archive.readers.records`), so a paragraph several
    entries share ("Follow us on ... for more news", in whatever language) is furniture at a
    body's edges (:func:`archive.extract.boilerplate.clean_record_paragraphs`). None for a feed
    of too few entries to have one."""
    from archive.extract.profile import ProfileBuilder, text_lines
    from archive.extract.templates import MIN_RECORDS

    bodies = [record.body for record in records if isinstance(record, RawRecord) and record.body]
    if len(bodies) < MIN_RECORDS:
        return None
    builder = ProfileBuilder()
    for body in bodies:
        builder.add(text_lines(body))
    return builder.build()


def _entry_record(entry, feed, name, number, fmt, outlet, feed_language):
    body = _full_content(entry)
    summary = _plain(entry.get("summary_detail")) or collapse_whitespace(entry.get("summary") or "")
    is_summary = not body
    if is_summary:
        body = summary
    if not body.strip():
        return BadRecord(name, "feed entry has neither content nor summary", number)
    title = collapse_whitespace(_plain(entry.get("title_detail")) or entry.get("title") or "") or None
    lede = summary if summary and not is_summary else None
    content_language = next((part.get("language") for part in entry.get("content") or [] if part.get("language")), None)
    return RawRecord(
        source_path=name,
        source_format=fmt,
        source_record=number,
        title=title,
        body=body,
        outlet=outlet,
        published=entry_date(entry),
        tags=_tags(entry),
        author=_author(entry),
        language=_language(content_language, (entry.get("title_detail") or {}).get("language")) or feed_language,
        url=collapse_whitespace(entry.get("link") or "") or None,
        lede=lede,
        id=_entry_id(entry, feed),
        is_summary=is_summary,
    )
