"""Bytes to text: UTF-8 when it is, otherwise the encoding detected, never garbled text."""

from __future__ import annotations

import codecs


class DecodeError(ValueError):
    pass


def decode_bytes(data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="strict")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise DecodeError(f"invalid UTF-16 ({error.reason} at byte {error.start})") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        utf8_error = error
    if b"\x00" in data[:8192]:
        raise DecodeError("binary file, not text")
    # Mostly-ASCII text with a few high bytes (a £, an é) is nearly always Windows-1252 in news
    # copy; detectors guess wildly on so little evidence (cp1250's Ł, cp932), so try it first.
    high = sum(1 for byte in data if byte > 0x7F)
    if high <= max(8, len(data) // 50):
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise DecodeError(
            f"cannot decode: not UTF-8 (byte 0x{data[utf8_error.start]:02x} at offset "
            f"{utf8_error.start}) and no other encoding fits"
        )
    return str(best)
