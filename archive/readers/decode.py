"""Bytes to text, as the WHATWG Encoding Standard (what browsers do) decodes them; never garbled.

- A byte-order mark decides; else UTF-8 when the bytes are UTF-8 (or nearly: UTF-8 with a few
  stray bytes keeps its UTF-8 and reads the strays as windows-1252).
- Else the single-byte code page that makes the text most plausible
  (:mod:`archive.readers.code_pages`: the non-ASCII bytes read as letters inside words, letters of
  ONE language's alphabet): Polish in ISO-8859-2, Russian in KOI8-R, Greek, Arabic, Hebrew...;
  windows-1252 unless another is clearly better, the WHATWG way: the five bytes Python's cp1252
  leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) are U+0081, U+008D, ..., so one stray byte
  never turns a file into a Baltic DOS code page. A byte another code page leaves undefined is
  likewise the C1 control of its number.
- Words of non-ASCII bytes that no single-byte code page reads (Chinese, Japanese, Thai...): what
  charset_normalizer finds, among the encodings news is written in; else windows-1252.

:attr:`Decoded.note` names the code page a file was read in when it was guessed (for the import's
warnings). Mojibake (UTF-8 read as windows-1252 and saved again) is undone after decoding, on the
text (:func:`archive.extract.mojibake.repair`).
"""

from __future__ import annotations

import codecs
import re
from typing import NamedTuple, Optional

from archive.readers.code_pages import choose


class DecodeError(ValueError):
    pass


class Decoded(NamedTuple):
    text: str
    encoding: str

    @property
    def note(self) -> Optional[str]:
        """What the import reports of a guessed code page (None for UTF-8 and UTF-16: no guess)."""
        if self.encoding in ("utf-8", "utf-16"):
            return None
        return f"decoded as {self.encoding}: not UTF-8 and no charset named"


# windows-1252 as WHATWG defines it: cp1252, with the bytes cp1252 leaves undefined read as the
# C1 controls of the same number (as latin-1 reads them).
_WINDOWS_1252 = {
    byte: (bytes([byte]).decode("cp1252", errors="ignore") or chr(byte)) for byte in range(0x80, 0xA0)
}
_C1_AS_1252 = str.maketrans({chr(byte): char for byte, char in _WINDOWS_1252.items()})


def decode_windows_1252(data: bytes) -> str:
    return data.decode("latin-1").translate(_C1_AS_1252)


def _stray_as_1252(error: UnicodeDecodeError):
    bad = error.object[error.start : error.end]
    return decode_windows_1252(bytes(bad)), error.end


codecs.register_error("archive-windows-1252", _stray_as_1252)
# A byte a single-byte code page leaves undefined is the C1 control of its number, as WHATWG reads it.
codecs.register_error("archive-c1", lambda error: (error.object[error.start : error.end].decode("latin-1"), error.end))

# Encodings charset_normalizer may choose for words that no single-byte code page of
# archive.readers.code_pages reads; anything else (cp775, mac_iceland...) is a guess on weak
# evidence, and windows-1252 is read instead.
COMMON_ENCODINGS = {
    "cp1256", "iso8859_6", "cp1251", "koi8_r", "koi8_u", "iso8859_5", "cp1253", "iso8859_7", "cp1255",
    "iso8859_8", "cp1254", "iso8859_9", "gb18030", "gb2312", "gbk", "big5", "big5hkscs", "shift_jis",
    "cp932", "euc_jp", "euc_kr", "cp949", "cp874", "tis_620", "cp1258", "utf_16", "utf_16_le", "utf_16_be",
}
_HIGH_BYTES = bytes(range(0x80, 0x100))
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def decode_text(data: bytes) -> Decoded:
    """The text and the encoding it was read in; DecodeError for binary data."""
    data = bytes(data)
    if data.startswith(codecs.BOM_UTF8):
        return Decoded(data[3:].decode("utf-8", errors="archive-windows-1252"), "utf-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return Decoded(data.decode("utf-16"), "utf-16")
        except UnicodeDecodeError as error:
            raise DecodeError(f"invalid UTF-16 ({error.reason} at byte {error.start})") from None
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:8192]:
        raise DecodeError("binary file, not text")
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    valid_utf8 = len(_UTF8_SEQUENCE.findall(data))
    if valid_utf8 * 2 >= high - valid_utf8 * 2:  # mostly UTF-8, with stray bytes
        return Decoded(data.decode("utf-8", errors="archive-windows-1252"), "utf-8")
    choice = choose(data)
    if choice is None:  # words of non-ASCII bytes that no single-byte code page reads
        found = _detected(data)
        return found if found is not None else Decoded(decode_windows_1252(data), "windows-1252")
    return Decoded(decode_code_page(data, choice.encoding), choice.encoding)


def decode_code_page(data: bytes, encoding: str) -> str:
    """``data`` in a single-byte code page, WHATWG's way (undefined bytes are C1 controls)."""
    if encoding == "windows-1252":
        return decode_windows_1252(data)
    return data.decode(encoding, errors="archive-c1")


def _detected(data: bytes):
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or codecs.lookup(best.encoding).name.replace("-", "_") not in COMMON_ENCODINGS:
        return None
    return Decoded(str(best), best.encoding)


def decode_bytes(data: bytes) -> str:
    return decode_text(data).text
