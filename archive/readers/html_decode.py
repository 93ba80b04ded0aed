"""Decoding a saved page's bytes (:func:`decode_html`): BOM, then UTF-8 when the bytes are valid
UTF-8 (or UTF-8 with a few stray bytes), then the charset the page declares, then the single-byte
code page that makes its text plausible (:mod:`archive.readers.code_pages`: windows-1252 unless
another is clearly better); never with replacement characters."""

from __future__ import annotations

import codecs
import re
import zlib
from typing import Optional

from archive.readers.decode import DecodeError, decode_bytes, decode_windows_1252

MAX_FILE_BYTES = 50 * 1024 * 1024  # a gzipped page's bytes, once unpacked

_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([a-z0-9_:.\-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([a-z0-9_:.\-]+)["']""", re.I)
# Labels that name a smaller charset than the one browsers (WHATWG) actually use for them.
_CHARSET_ALIASES = {
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "l1": "cp1252",
    "us-ascii": "cp1252", "ascii": "cp1252", "iso-8859-9": "cp1254", "latin5": "cp1254",
    "iso-8859-11": "cp874", "tis-620": "cp874", "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030",
    "big5": "big5hkscs", "shift_jis": "cp932", "shift-jis": "cp932", "sjis": "cp932", "x-sjis": "cp932",
    "windows-31j": "cp932", "euc-kr": "cp949", "ks_c_5601-1987": "cp949", "x-mac-roman": "mac_roman",
}
# Encodings whose bytes are all ASCII: valid UTF-8, yet only the declaration tells how to read them.
_SEVEN_BIT = ("iso-2022", "iso2022", "hz-gb", "utf-7")


def declared_charset(data: bytes) -> Optional[str]:
    """The charset a page declares in its first bytes (``<meta charset>``, http-equiv, XML)."""
    head = data[:8192]
    match = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    if not match:
        return None
    label = match.group(1).decode("ascii", "ignore").strip().lower()
    label = _CHARSET_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def with_transport_charset(data: bytes, charset: Optional[str]):
    """The page as the extractor should get it: the bytes, or text decoded by the charset its
    transport names (a WARC record's HTTP header, an MHTML part's MIME header) when the bytes are not
    UTF-8 and the page itself names no charset (the transport's word is then all there is; the page
    alone would have to be guessed)."""
    if not charset or data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data
    try:
        data.decode("utf-8")
        return data
    except UnicodeDecodeError:
        pass
    if declared_charset(data):
        return data
    try:
        return data.decode(charset)
    except (UnicodeDecodeError, LookupError):
        return data


def decode_html(data: bytes) -> str:
    """Page bytes to text: BOM; UTF-8 if valid (or UTF-8 with a few stray bytes); the declared
    charset; else the plausible code page (:func:`archive.readers.decode.decode_bytes`). Never garbled: a page
    that no encoding fits raises DecodeError."""
    data = bytes(data)
    if data[:2] == b"\x1f\x8b":  # a gzipped page saved under .html
        try:
            data = _gunzip(data)
        except (OSError, EOFError, zlib.error) as error:
            raise DecodeError(f"gzip data is corrupt: {error}") from None
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[3:].decode("utf-8")
        except UnicodeDecodeError as error:
            mixed = _mostly_utf8(data[3:])
            if mixed is None:
                raise DecodeError(f"invalid UTF-8 after a UTF-8 BOM (byte {error.start + 3})") from None
            return mixed
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise DecodeError(f"invalid UTF-16 ({error.reason} at byte {error.start})") from None
    declared = declared_charset(data)
    if declared and declared.startswith(_SEVEN_BIT):
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:8192]:
        raise DecodeError("binary file, not HTML")
    mixed = _mostly_utf8(data)
    if mixed is not None:
        return mixed
    if declared and declared not in ("utf-8", "utf-16", "utf-32"):
        try:
            # windows-1252 as WHATWG reads it: its five undefined bytes never fail the declaration
            return decode_windows_1252(data) if declared == "cp1252" else data.decode(declared)
        except UnicodeDecodeError:
            pass  # the declaration is wrong; detect
    return decode_bytes(data)


_ESCAPED = re.compile(r"[\udc80-\udcff]")
_VALID_NON_ASCII = re.compile(r"[^\x00-\x7f\udc80-\udcff]")


def _mostly_utf8(data: bytes) -> Optional[str]:
    """UTF-8 text with a few stray bytes of another encoding (a pasted "£" in Latin-1): the UTF-8
    read as UTF-8, each stray byte as Windows-1252. None unless UTF-8 clearly dominates (at least
    four valid non-ASCII characters for each stray byte), so a Windows-1252 page is not taken for one."""
    text = data.decode("utf-8", errors="surrogateescape")
    stray = len(_ESCAPED.findall(text))
    if len(_VALID_NON_ASCII.findall(text)) < 4 * stray:
        return None

    def one_byte(match) -> str:
        try:
            return bytes([ord(match.group()) - 0xDC00]).decode("cp1252")
        except UnicodeDecodeError:
            return ""  # a byte that is no character in Windows-1252 either carries no text

    return _ESCAPED.sub(one_byte, text)


def _gunzip(data: bytes) -> bytes:
    decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
    out = decompressor.decompress(data, MAX_FILE_BYTES + 1)
    if len(out) > MAX_FILE_BYTES:
        raise DecodeError(f"gzipped page too large (over {MAX_FILE_BYTES:,} bytes)")
    return out
