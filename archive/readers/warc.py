"""Web archives: WARC and ARC files, plain or gzipped, read record by record with warcio.

Every HTML page a crawler fetched (a ``response`` record with HTTP status 200 and an HTML
content type, or a ``resource`` record holding HTML) goes to the HTML extractor; the result
keeps the record's target URI as ``url`` and its capture time as ``captured_at``. Everything
else — warcinfo, requests, metadata, revisits, redirects, error statuses, images, scripts,
pages without an article — is a :class:`SkippedRecord`: counted, not a failure.

The file is streamed: one record's payload at a time is held, never the whole archive. A
truncated or corrupt file yields a :class:`~archive.model.BadRecord` naming the record where it
broke, after everything good before it.
"""

from __future__ import annotations

import codecs
import gzip
import re
import zlib
from dataclasses import dataclass
from typing import Iterator, Optional

from archive.model import BadRecord, where

# A page larger than this is not a news article (or not one we can extract); it is skipped.
MAX_PAGE_BYTES = 20 * 1024 * 1024
HTML_TYPES = ("text/html", "application/xhtml+xml")
DRAIN_CHUNK = 1024 * 1024
_SNIFF = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S)
_WARC_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$")


@dataclass
class SkippedRecord:
    """A record of a web archive that is not an article (a request, an image, a redirect...).

    Not a failure: the pipeline counts these, by reason, apart from the failures.
    """

    source_path: str
    reason: str
    source_record: Optional[int] = None

    where = property(lambda self: where(self.source_path, self.source_record))


def _iterator_class():
    from warcio.archiveiterator import ArchiveIterator

    class _Iterator(ArchiveIterator):
        """Remembers whether the file ended cleanly: warcio stops silently at a truncated record
        header, as if the file had ended there, leaving those bytes unread."""

        ended_cleanly = True

        def close(self):
            reader = getattr(self, "reader", None)
            try:
                if reader is not None:
                    self.ended_cleanly = self.fh.tell() - reader.rem_length() <= self.offset
            except (AttributeError, OSError, ValueError):
                pass
            super().close()

    return _Iterator


def _iso_capture(value: Optional[str]) -> Optional[str]:
    """WARC-Date as ISO 8601 (it already is in WARC; ARC's 14-digit stamps are converted)."""
    if not value:
        return None
    value = value.strip()
    if _WARC_DATE.match(value):
        return value
    digits = re.sub(r"\D", "", value)
    if len(digits) >= 14:
        d = digits
        return f"{d[0:4]}-{d[4:6]}-{d[6:8]}T{d[8:10]}:{d[10:12]}:{d[12:14]}Z"
    return None


def _content_type(record) -> str:
    headers = record.http_headers
    value = headers.get_header("Content-Type") if headers is not None else None
    if not value and record.rec_type == "resource":
        value = record.rec_headers.get_header("Content-Type")
    return (value or "").split(";", 1)[0].strip().lower()


def _drain(record) -> Optional[str]:
    """Read what is left of the record; say how it is short if the file ends inside it."""
    stream = record.raw_stream
    while stream.read(DRAIN_CHUNK):
        pass
    missing = getattr(stream, "limit", 0)
    if isinstance(missing, int) and missing > 0:
        declared = record.length if isinstance(record.length, int) else None
        if declared:
            return f"the file ends inside this record ({declared - missing:,} of {declared:,} bytes)"
        return f"the file ends inside this record ({missing:,} bytes missing)"
    return None


def _why_not_a_page(record) -> Optional[str]:
    """None for an HTML page worth extracting, else why the record is skipped."""
    kind = record.rec_type
    if kind not in ("response", "resource"):
        if kind == "revisit":
            return "revisit record (a repeat capture; the payload is not stored again)"
        return f"{kind} record"
    if kind == "response":
        if record.http_headers is None:
            return "response without HTTP headers (not an HTTP capture)"
        status = (record.http_headers.get_statuscode() or "").strip()
        if status.startswith("3"):  # reasons stay categorical: the pipeline counts them by reason
            return f"redirect (HTTP {status})"
        if status != "200":
            return f"HTTP status {status or 'missing'}"
    return None


def _is_gzip(path) -> bool:
    with path.open("rb") as handle:
        return handle.read(2) == b"\x1f\x8b"


class _CompressedDataEnds(Exception):
    """Gzip data that stops before its end marker. Not an EOFError: warcio takes those for a
    clean end of file and would stop without a word."""


class _GzipStream:
    """A gzipped file decompressed as it is read, handing on what it has before reporting that
    the data stops early (so the records before the break are kept)."""

    def __init__(self, handle):
        self._handle = handle
        self._gzip = gzip.GzipFile(fileobj=handle, mode="rb")

    def read(self, size: int = -1) -> bytes:
        try:
            if size is None or size < 0:
                return self._gzip.read()
            return self._gzip.read1(size)
        except EOFError as error:
            raise _CompressedDataEnds(str(error)) from None

    def tell(self) -> int:
        return self._gzip.tell()

    def close(self) -> None:
        self._gzip.close()
        self._handle.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _open(path, gzipped: bool):
    """The file as a stream of WARC/ARC bytes: gzipped files (whole-file or one member per record,
    as crawlers write them) are decompressed as they are read, never all at once."""
    handle = path.open("rb")
    return _GzipStream(handle) if gzipped else handle


def read_warc(path, options=None) -> Iterator:
    """RawRecord for each article page, SkippedRecord for every other record, BadRecord on damage."""
    name = str(path)
    try:
        gzipped = _is_gzip(path)
        with _open(path, gzipped) as stream:
            head = stream.read(64)
    except (_CompressedDataEnds, zlib.error, gzip.BadGzipFile) as error:
        yield BadRecord(name, f"broken gzip file ({_one_line(error)})")
        return
    except OSError as error:
        yield BadRecord(name, f"cannot read: {error.strerror or error}")
        return
    if not head.strip():
        yield BadRecord(name, "empty file" if not head else "not a WARC or ARC file (it starts with blank lines only)")
        return
    if not head.lstrip().startswith((b"WARC/", b"filedesc://")):
        start = head.lstrip()[:20].decode("latin-1")
        yield BadRecord(name, f"not a WARC or ARC file (it starts {start!r}, not 'WARC/' or 'filedesc://')")
        return
    try:
        stream = _open(path, gzipped)
    except OSError as error:
        yield BadRecord(name, f"cannot read: {error.strerror or error}")
        return
    with stream:
        yield from _records(stream, name)


def _damage(error: BaseException, number: int) -> str:
    if isinstance(error, (_CompressedDataEnds, EOFError)):  # gzip data that stops early
        return f"truncated web archive: the file ends inside record {number} (compressed data ends early)"
    if isinstance(error, (zlib.error, gzip.BadGzipFile)):
        return f"broken web archive: corrupt compressed data in record {number} ({_one_line(error)})"
    if isinstance(error, (AttributeError, TypeError, KeyError, IndexError)):  # warcio lost in a broken header
        return f"broken web archive: record {number} has a damaged or cut-short header"
    return f"broken web archive: cannot read record {number} ({_one_line(error)})"


def _records(stream, name: str) -> Iterator:
    iterator = _iterator_class()(stream, arc2warc=True)
    number = 0
    while True:
        try:
            record = next(iterator)
        except StopIteration:
            break
        except Exception as error:  # warcio meets damage with many kinds of error
            yield BadRecord(name, _damage(error, number + 1), number + 1)
            return
        number += 1
        try:
            outcome, detail = _examine(record)
        except Exception as error:  # warcio meets damage with many kinds of error
            yield BadRecord(name, _damage(error, number), number)
            return
        if outcome == "broken":
            yield BadRecord(name, f"truncated web archive: {detail}", number)
            return
        if outcome == "skip":
            yield SkippedRecord(name, detail, number)
        else:
            yield _page(record, detail, name, number)
    if number == 0:
        yield BadRecord(name, "not a web archive (no WARC or ARC record found)")
    elif not iterator.ended_cleanly:
        yield BadRecord(name, f"truncated web archive: the file ends inside record {number + 1}", number + 1)


def _examine(record):
    """Read one record: ("page", its HTML bytes), ("skip", why) or ("broken", where the file ends)."""
    if record.format == "warc":
        length = record.rec_headers.get_header("Content-Length") or ""
        if not record.rec_headers.get_header("WARC-Type") or not length.strip().isdigit():
            return "broken", "the file ends inside this record's header (no WARC-Type or Content-Length)"
    reason = _why_not_a_page(record)
    content_type = _content_type(record) if reason is None else ""
    if content_type and content_type not in HTML_TYPES:
        reason = f"not HTML ({content_type})"
    data = b""
    if reason is None:  # only a page's payload is read; everything else is skipped over
        data = record.content_stream().read(MAX_PAGE_BYTES + 1)
        if len(data) > MAX_PAGE_BYTES:
            reason = f"page larger than {MAX_PAGE_BYTES // 2**20} MB"
        elif not content_type and not _SNIFF.match(data[:2048]):
            reason = "not HTML (no content type, and the payload does not look like HTML)"
    broken = _drain(record)
    if broken:
        return "broken", broken
    if reason is not None:
        return "skip", reason
    return "page", data


def _http_charset(record) -> Optional[str]:
    headers = record.http_headers
    value = (headers.get_header("Content-Type") if headers is not None else None) or ""
    match = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", value, re.I)
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1)).name
    except LookupError:
        return None


def _page_text(record, data: bytes):
    """The page, decoded by its HTTP charset where that is all there is (html_decode.with_transport_charset)."""
    from archive.readers.html_decode import with_transport_charset

    return with_transport_charset(data, _http_charset(record))


def _page(record, data: bytes, name: str, number: int):
    from archive.readers.decode import DecodeError
    from archive.readers.html import parse_html

    url = (record.rec_headers.get_header("WARC-Target-URI") or "").strip().strip("<>") or None
    try:
        raw = parse_html(_page_text(record, data), name, url=url, record=number)
    except DecodeError as error:  # an HTML page we cannot decode is reported, not skipped or garbled
        return BadRecord(name, f"page cannot be decoded ({_one_line(error)})", number)
    except ValueError as error:
        return SkippedRecord(name, f"no article in the page ({_one_line(error)})", number)
    except Exception as error:  # an extractor bug must not end the archive
        return BadRecord(name, f"could not extract the page ({type(error).__name__}: {_one_line(error)})", number)
    raw.source_path = name
    raw.source_format = "warc"  # ARC records too: warcio reads them as WARC records
    raw.source_record = number
    raw.url = url or raw.url
    raw.captured_at = _iso_capture(record.rec_headers.get_header("WARC-Date"))
    return raw


def _one_line(error: BaseException) -> str:
    text = " ".join(str(error).split())[:300]
    if isinstance(error, (ValueError, OSError, EOFError)) or type(error).__name__ == "ArchiveLoadFailed":
        return text or type(error).__name__
    return f"{type(error).__name__}: {text}" if text else type(error).__name__
