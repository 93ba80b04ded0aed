"""A message's header lines read: a header's value decoded (RFC 2047 words, and raw 8-bit bytes as a
file's text is read), the outlet its sender is, the day it was sent, its language; and the two rules
that weigh a message's own header against its text (a newsletter sent in its writer's name; a stated
numeric date read the way that falls before the day the message was sent)."""

from __future__ import annotations

import datetime as dt
import email.errors
import email.utils
import re
from typing import Optional

from archive.model import collapse_whitespace


def header(message, name: str) -> str:
    """A header's value, RFC 2047 words decoded, whitespace collapsed."""
    from email.header import decode_header, make_header

    value = message.get(name)
    if value is None:
        return ""
    try:
        # A header's value as the parser holds it (a Header where it met 8-bit bytes), not str():
        # str() turns the bytes of a subject written unencoded into U+FFFD
        parts = [(raw_header_bytes(part), "utf-8") if charset == "unknown-8bit" else (part, charset)
                 for part, charset in decode_header(value)]
        return collapse_whitespace(str(make_header(parts)))
    except (UnicodeError, LookupError, ValueError, email.errors.HeaderParseError):
        return collapse_whitespace(str(value))


def raw_header_bytes(data: bytes) -> bytes:
    """A header's raw 8-bit bytes (written unencoded, as mail clients and pasted copies do, against
    RFC 2047) read as the import reads a file's text (UTF-8 where they are, else windows-1252 as
    browsers read it), as UTF-8."""
    from archive.readers.decode import DecodeError, decode_bytes

    try:
        return decode_bytes(data).encode("utf-8")
    except DecodeError:
        return data.decode("utf-8", "replace").encode("utf-8")


def message_sender(message) -> Optional[str]:
    """The outlet a message comes from (:func:`sender_outlet` of its From header)."""
    return sender_outlet(header(message, "from"))


def sender_outlet(value: str) -> Optional[str]:
    """The outlet a sender ("Name <address>") is: its name where the outlet table knows it, else
    the outlet of the address's domain ("Guardian Today <newsletters@theguardian.com>" is The
    Guardian), else the name as written, else the domain."""
    from archive.extract.outlet_names import canonical_outlet, is_known, outlet_from_url
    from archive.extract.outlet_refusals import personal_sender

    display, address = email.utils.parseaddr(value or "")
    display = collapse_whitespace(display).strip("\"' ")
    domain = address.rsplit("@", 1)[-1].strip().lower() if "@" in address else ""
    if display and is_known(canonical_outlet(display)):
        return display
    by_domain = outlet_from_url(f"https://{domain}/") if domain else None
    if personal_sender(value):
        return by_domain  # "Jana Novak <jana.novak@...>": a person's mailbox names no outlet (round 31)
    return by_domain or display or domain or None


def without_writer(outlet: Optional[str], author: Optional[str]) -> Optional[str]:
    """The outlet of a newsletter sent in its writer's name: the sender's name after the writer's
    and the joining word in lower case ("Nadia Farouk from Old Quarter Letters" by Nadia Farouk is
    Old Quarter Letters); the sender's name as it is otherwise."""
    if not outlet or not author or not outlet.casefold().startswith(author.casefold() + " "):
        return outlet
    rest = outlet[len(author):].split()
    if len(rest) >= 2 and rest[0].islower():
        return " ".join(rest[1:]).strip(" ,|-–—") or outlet
    return outlet


SENT_REACH = 7  # days: a story a message carries was published at most this long before it was sent


def as_sent(stated, sent: Optional[str]):
    """The date the message's text states, a numeric one that reads either way ("04/11/2023") read the
    way that falls on or shortly before the day the message was sent (its Date header): a newsletter
    sends the day's stories, never next month's. Else as stated."""
    if not stated or not sent or not isinstance(stated, str):
        return stated
    from archive.extract.dates import read_date

    try:
        reading, when = read_date(stated), read_date(sent)
    except (TypeError, ValueError):
        return stated
    when = when.date if when.other is None else None
    if reading.date is None or reading.other is None or when is None:
        return stated
    fits = [d for d in (reading.date, reading.other) if 0 <= (when - d).days <= SENT_REACH]
    return fits[0].isoformat() if len(fits) == 1 else stated


def header_date(value) -> Optional[str]:
    """YYYY-MM-DD in the sender's own time zone, as the Date header states it."""
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_tz(str(value))
        return dt.date(*parsed[:3]).isoformat() if parsed else None
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def header_language(message) -> Optional[str]:
    value = str(message.get("content-language") or "").strip()
    match = re.match(r"^([A-Za-z]{2})(?:$|[-_,])", value)
    return match.group(1).lower() if match else None
