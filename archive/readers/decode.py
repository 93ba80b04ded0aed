"""Bytes to text, as the WHATWG Encoding Standard (what browsers do) decodes them; never garbled.

- A byte-order mark decides; else UTF-8 when the bytes are UTF-8 (or nearly: UTF-8 with a few
  stray bytes keeps its UTF-8 and reads the strays as windows-1252).
- Latin-script text (high bytes alone among ASCII letters: a £, an é, curly quotes) is
  windows-1252, the WHATWG way: the five bytes Python's cp1252 leaves undefined (0x81, 0x8D,
  0x8F, 0x90, 0x9D) are U+0081, U+008D, ..., so one stray byte never turns a file into a Baltic
  DOS code page.
- Text written in another script (words of high bytes) is windows-1256 when those bytes read as
  Arabic letters; else what charset_normalizer finds, among the encodings news is written in.

Mojibake (UTF-8 read as windows-1252 and saved again) is undone after decoding, on the text
(:func:`archive.extract.mojibake.repair`).
"""

from __future__ import annotations

import codecs
import re
from typing import NamedTuple


class DecodeError(ValueError):
    pass


class Decoded(NamedTuple):
    text: str
    encoding: str


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

# Encodings charset_normalizer may choose for text in a non-Latin script; anything else (cp775,
# cp1250, mac_iceland...) is a guess on weak evidence, and windows-1252 is read instead.
COMMON_ENCODINGS = {
    "cp1256", "iso8859_6", "cp1251", "koi8_r", "koi8_u", "iso8859_5", "cp1253", "iso8859_7", "cp1255",
    "iso8859_8", "cp1254", "iso8859_9", "gb18030", "gb2312", "gbk", "big5", "big5hkscs", "shift_jis",
    "cp932", "euc_jp", "euc_kr", "cp949", "cp874", "tis_620", "cp1258", "utf_16", "utf_16_le", "utf_16_be",
}
_HIGH_RUN = re.compile(rb"[\x80-\xff]+")
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
    runs = [len(run) for run in _HIGH_RUN.findall(data)]
    high = sum(runs)
    valid_utf8 = len(_UTF8_SEQUENCE.findall(data))
    if valid_utf8 * 2 >= high - valid_utf8 * 2:  # mostly UTF-8, with stray bytes
        return Decoded(data.decode("utf-8", errors="archive-windows-1252"), "utf-8")
    in_words = sum(length for length in runs if length >= 3)
    if in_words * 2 >= high:  # words written in high bytes: another script than Latin
        arabic = data.decode("cp1256", errors="replace")
        letters = sum(1 for char in arabic if "\u0600" <= char <= "\u06ff")
        if letters >= 0.7 * high:
            return Decoded(arabic, "windows-1256")
        found = _detected(data)
        if found is not None:
            return found
    return Decoded(decode_windows_1252(data), "windows-1252")


def _detected(data: bytes):
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or codecs.lookup(best.encoding).name.replace("-", "_") not in COMMON_ENCODINGS:
        return None
    return Decoded(str(best), best.encoding)


def decode_bytes(data: bytes) -> str:
    return decode_text(data).text
