"""A browser's "Webpage, Single File" save (``.mhtml``, ``.mht``): the page inside, as a saved page.

Chrome, Edge and Opera write the page and its images as one MIME ``multipart/related`` message
(RFC 2557): a header naming the page (``Snapshot-Content-Location``, ``Subject``, ``Date``: the
day it was *saved*, never the article's), then the HTML part (quoted-printable or base64, its
``Content-Location`` the page's address), then a part per image or stylesheet. The standard
library's e-mail parser takes it apart; the HTML part is read as any saved page is
(:func:`archive.readers.html.parse_html`), with the page's address for its outlet and date, and
the save date kept as the capture date.
"""

from __future__ import annotations

import email
import email.policy
import email.utils
from typing import Iterator, Optional

from archive.model import BadRecord
from archive.readers.source import read_within

MAX_MHTML_BYTES = 64 * 1024 * 1024  # images travel inside: larger than a page
NOT_MHTML = "not a single-file web page (no HTML part in the MIME message)"


def read_mhtml(path, options=None) -> Iterator:
    """One RawRecord for the page in ``path``, or one BadRecord saying why there is none."""
    name = str(path)
    data, bad = read_within(path, MAX_MHTML_BYTES, "file too large for a saved page ({size:,} bytes)")
    if bad is not None:
        yield bad
        return
    try:
        yield parse_mhtml(data, name)
    except ValueError as error:  # the page's own refusal (UnicodeDecodeError and DecodeError too)
        yield BadRecord(name, str(error))
    except Exception as error:  # a library's bug on a strange page must not stop the batch
        yield BadRecord(name, f"cannot extract the page: {type(error).__name__}: {error}")


def parse_mhtml(data: bytes, name: str):
    """The article of a single-file save; raises ValueError when it holds no page or no article."""
    from archive.readers.html import parse_html
    from archive.readers.html_decode import with_transport_charset

    message = email.message_from_bytes(data, policy=email.policy.compat32)
    part = _html_part(message)
    if part is None:
        raise ValueError(NOT_MHTML)
    payload = part.get_payload(decode=True) or b""
    url = _address(part.get("Content-Location")) or _address(message.get("Snapshot-Content-Location"))
    page = with_transport_charset(payload, part.get_content_charset())  # the MIME header's charset where the page names none
    record = parse_html(page, name, url=url)
    record.url = record.url or url
    record.captured_at = record.captured_at or _saved_at(message.get("Date"))
    return record


def _html_part(message) -> Optional[email.message.Message]:
    """The first ``text/html`` part (the page; frames and iframes come after it)."""
    for part in message.walk():
        if part.get_content_type() in ("text/html", "application/xhtml+xml") and not part.is_multipart():
            return part
    return None


def _address(value) -> Optional[str]:
    value = " ".join(str(value or "").split()).strip("<>")
    return value if value.lower().startswith(("http://", "https://")) else None


def _saved_at(value) -> Optional[str]:
    """The save date of the MIME header (RFC 2822) as ISO, or None."""
    try:
        when = email.utils.parsedate_to_datetime(str(value)) if value else None
    except (TypeError, ValueError, IndexError):
        return None
    return when.isoformat() if when else None
