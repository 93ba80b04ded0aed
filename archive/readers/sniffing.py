"""What a file holds, by its first bytes, where its name does not say: the way the WHATWG MIME
Sniffing Standard has browsers tell a resource without a usable type.

Pages fetched with ``curl -o`` or ``wget`` are saved without an extension, under the script's
name (``news.php?id=1432``, ``article.aspx``) or as ``index.html`` holding the gzip bytes the
server sent. Their names choose no reader, or the wrong one. Only signatures nobody writes by
accident are trusted (a tag opening the document, ``%PDF-``, ``{\\rtf``, ``WARC/``, a feed's root
element, gzip's magic number): a README or a note without an extension is still left alone.
"""

from __future__ import annotations

import zlib
from typing import Optional

HEADER_BYTES = 1445  # the Standard's "resource header": at most 1,445 bytes are looked at
GZIP_MAGIC = b"\x1f\x8b\x08"
WHITESPACE = b" \t\n\r\x0c"
TAG_END = (b" ", b">", b"\t", b"\n", b"\r")  # the Standard's tag-terminating bytes, and line breaks
# The Standard's patterns for HTML (7.1, "rules for identifying an unknown MIME type"): after
# leading white space, case-insensitive, each followed by a tag-terminating byte.
HTML_OPENINGS = (b"<!doctype html", b"<html", b"<head", b"<script", b"<iframe", b"<h1", b"<div",
                 b"<font", b"<table", b"<a", b"<style", b"<title", b"<b", b"<body", b"<br", b"<p",
                 b"<!--")
FEED_ROOTS = (b"<rss", b"<feed", b"<rdf:rdf")
XHTML_ROOTS = (b"<!doctype html", b"<html")
MAGIC = ((b"%PDF-", ".pdf"), (b"{\\rtf", ".rtf"), (b"WARC/", ".warc"))


def head(source, size: int = HEADER_BYTES) -> bytes:
    """The first ``size`` bytes of a file or member (``b""`` when it cannot be read)."""
    try:
        with source.open("rb") as handle:
            return handle.read(size)
    except OSError:
        return b""


def is_gzip(data: bytes) -> bool:
    return data.startswith(GZIP_MAGIC)


def inflated_head(data: bytes, size: int = HEADER_BYTES) -> bytes:
    """The first bytes a gzip stream's start decompresses to (``b""`` when it does not)."""
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data, size)
    except zlib.error:
        return b""


def suffix_for(data: bytes) -> Optional[str]:
    """The suffix whose reader reads bytes beginning with ``data``, or None when nothing in them
    is a signature (plain text, JSON and CSV have none: their files keep their names)."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for magic, suffix in MAGIC:
        if data.startswith(magic):
            return suffix
    if data.startswith(b"\x1f\x8b"):
        inner = inflated_head(data)
        return ".warc" if inner.startswith(b"WARC/") else None  # the WARC reader reads it compressed
    text = data.lstrip(WHITESPACE).lower()
    if text.startswith(b"<?xml"):
        if any(root in text for root in FEED_ROOTS):
            return ".xml"
        return ".html" if any(root in text for root in XHTML_ROOTS) else None
    for opening in HTML_OPENINGS:
        if text.startswith(opening) and text[len(opening):len(opening) + 1] in TAG_END:
            return ".html"
    return None
