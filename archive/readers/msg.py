"""Outlook ``.msg`` files (one mail item each), read with extract-msg (over olefile), then made an
article exactly as an ``.eml`` file is (:func:`archive.readers.mail.message_records`): the subject its
title, the sender its outlet, the date, the HTML body (else the plain one) its text, the Message-ID
its id, a newsletter of several stories split into them.

extract-msg is an optional dependency (``pip install 'news-archive[msg]'``): without it a .msg file
is reported with the command that adds it, and every other file imports as before.

The text: the HTML body (PR_HTML, or the HTML encapsulated in the RTF body), else the plain one.
The date is the message's own ``Date:`` header where Outlook kept the Internet headers (received
mail), in the sender's time zone; else the time it was sent (PR_CLIENT_SUBMIT_TIME), which Outlook
stores in UTC, so a message sent after midnight east of Greenwich is dated the day before.
"""

from __future__ import annotations

import email.utils
from email.message import EmailMessage
from typing import Iterator

from archive.model import BadRecord

MAX_MSG_BYTES = 64 * 1024 * 1024
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
INSTALL = "pip install 'news-archive[msg]' (extract-msg)"


def read_msg(path, options=None) -> Iterator:
    from archive.readers.mail import message_records

    from archive.readers.source import read_within

    name = str(path)  # a file, or a member of a container (read from its bytes: it has no path)
    data, bad = read_within(path, MAX_MSG_BYTES, ".msg file of {size:,} bytes is too large; not read")
    if bad is not None:
        yield bad
        return
    if data[:8] != _OLE:
        yield BadRecord(name, "not an Outlook .msg file (not a Compound File)")
        return
    try:
        import extract_msg
    except ImportError:
        yield BadRecord(name, f"an Outlook .msg file: reading it needs extract-msg ({INSTALL})")
        return
    try:
        message = extract_msg.openMsg(data, strict=False, delayAttachments=True)
    except Exception as error:  # extract-msg raises many kinds on a damaged file
        yield BadRecord(name, f"damaged .msg file ({type(error).__name__}: {error})")
        return
    try:
        kind = getattr(message, "classType", None) or ""
        if not kind.lower().startswith("ipm.note"):
            yield BadRecord(name, f"an Outlook item that is no e-mail ({kind or 'no message class'}); not read")
            return
        data = _as_email(message).as_bytes()
    except Exception as error:
        yield BadRecord(name, f"damaged .msg file ({type(error).__name__}: {error})")
        return
    finally:
        message.close()
    for record in message_records(data, name, None, 1):
        if not isinstance(record, BadRecord):
            record.source_format = "msg"
        yield record


def _as_email(message) -> EmailMessage:
    """The mail item as an RFC 5322 message with the headers and parts the mail reader reads."""
    out = EmailMessage()
    address = _string(message, "__substg1.0_0C1F") or _string(message, "__substg1.0_0065")
    sender_name = _string(message, "__substg1.0_0C1A") or _string(message, "__substg1.0_0042")
    header = getattr(message, "header", None)
    sender = email.utils.formataddr((sender_name or "", address)) if address else (message.sender or "")
    if sender:
        out["From"] = sender
    if message.subject:
        out["Subject"] = message.subject
    stated = header.get("Date") if header is not None else None
    if stated and email.utils.parsedate_to_datetime(stated) is not None:
        out["Date"] = stated
    elif message.date:
        out["Date"] = email.utils.format_datetime(message.date)
    if message.messageId:
        out["Message-ID"] = message.messageId
    language = header.get("Content-Language") if header is not None else None
    if language:
        out["Content-Language"] = language
    out.set_content(message.body or "")
    html = _html(message)
    if html:
        out.add_alternative(html.decode("utf-8", "replace") if isinstance(html, bytes) else html, subtype="html")
    return out


def _html(message):
    """The HTML body: PR_HTML, else the HTML encapsulated in the RTF body (as Outlook often keeps
    received HTML mail); None for a plain-text message (extract-msg's ``htmlBody`` would make one
    from the plain text, losing its paragraphs to ``<br />``)."""
    html = message.getStream("__substg1.0_10130102")
    if html:
        return html
    if message.rtfBody:
        from extract_msg.enums import DeencapType

        try:
            return message.deencapsulateBody(message.rtfBody, DeencapType.HTML)
        except Exception:  # an RTF body that holds no HTML, or that RTFDE cannot read
            return None
    return None


def _string(message, stream: str):
    try:
        value = message.getStringStream(stream)
    except Exception:
        return None
    return value.strip("\0 ") if isinstance(value, str) and value.strip("\0 ") else None
