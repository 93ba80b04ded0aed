"""RTF to plain text, read a chunk at a time and given a line at a time: memory stays flat however
large the file (a Nexis or Factiva export of thousands of articles).

A state machine over the RTF tokens (control words, control symbols, ``\\'hh`` bytes, braces, text),
as the striprtf package reads them, with its output: ``\\par``, ``\\line``, ``\\row`` end a line,
``\\sect`` and ``\\page`` add an empty one, ``\\cell`` is "|", ``\\tab`` a tab; the groups of the
destinations listed in ``archive/data/rtf_words.txt`` and those opened by ``\\*`` are skipped.
``\\'hh`` bytes are decoded with their font's character set (``\\fcharsetN`` or ``\\cpgN`` in the
font table), else the document's code page (``\\ansicpgN``, else windows-1252); ``\\uN`` gives its
character and skips the ``\\ucN`` characters standing in for it. Where striprtf's whole-text reading
differs (it reads the font table with one pattern; it sees ``\\binN`` data only inside ``\\pict``;
it appends ``("url")`` after a hyperlink's text; it keeps surrogates from ``\\uN``; it decodes with
UTF-8 under an unknown ``\\ansicpgN``), this reader goes by the specification: each font's own
charset, ``\\binN`` bytes skipped wherever they are, a field's shown text alone, surrogate pairs
joined, windows-1252 kept (tests/test_rtf_text.py pins each).

The file is read in pieces of ``CHUNK_BYTES``; the last ``_TAIL`` characters of a piece (longer
than any token but a run of text) are carried into the next, so no token is cut.
"""

from __future__ import annotations

import codecs
import functools
import re
from typing import Iterator

from archive.extract.data import data_sections

CHUNK_BYTES = 1 << 20
MAX_LINE_CHARS = 1 << 20  # a line grown past this at the end of a piece (no paragraph mark) is given as it stands
MAX_DEPTH = 10_000  # groups within groups: the state of each is kept
_TAIL = 64  # the longest token: "\" + 32 letters + "-" + 10 digits + " " = 45 characters
_TOKEN = re.compile(r"\\([a-z]{1,32})(-?\d{1,10})?[ ]?|\\'([0-9a-f]{2})|\\([^a-z])|([{}])|([^\\{}\r\n]+)|[\r\n]+|(\\)",
                    re.IGNORECASE)
_WORD, _ARG, _HEX, _SYMBOL, _BRACE, _TEXT, _LONE = 1, 2, 3, 4, 5, 6, 7
_BREAK = re.compile(r"\r\n|\r|\n")
_SURROGATE = re.compile("[\ud800-\udfff]")
_SYMBOLS = {"~": "\xa0", "\n": "\n", "\r": "\r", "{": "{", "}": "}", "\\": "\\", "-": "\xad", "_": "\u2011"}
_WORDS = {"par": "\n", "sect": "\n\n", "page": "\n\n", "line": "\n", "row": "\n", "cell": "|", "nestcell": "|",
          "tab": "\t", "emdash": "\u2014", "endash": "\u2013", "emspace": "\u2003", "enspace": "\u2002",
          "qmspace": "\u2005", "bullet": "\u2022", "lquote": "\u2018", "rquote": "\u2019", "ldblquote": "\u201c",
          "rdblquote": "\u201d"}


class RtfError(ValueError):
    """The file is no RTF, or cannot be read; the message says why."""


def _known(codec) -> str | None:
    try:
        return codecs.lookup(codec).name
    except LookupError:
        return None


@functools.lru_cache(maxsize=None)
def _tables():
    sections = data_sections("rtf_words.txt")
    destinations = frozenset(word for line in sections["destinations"] for word in line.split())
    charsets = {}
    for line in sections["charsets"]:
        number, codec = line.split()
        if _known(codec):
            charsets[int(number)] = codec
    return destinations, charsets


def rtf_lines(handle, chunk_bytes: int = CHUNK_BYTES) -> Iterator[str]:
    """The text of the RTF file open as ``handle`` (binary), a line at a time, read ``chunk_bytes``
    at a time (more than ``_TAIL``). Raises RtfError when it does not start with ``{\\rtf``."""
    destinations, charsets = _tables()
    first = handle.read(max(chunk_bytes, 2 * _TAIL))
    if not first.lstrip().startswith(b"{\\rtf"):
        raise RtfError("not an RTF file (it does not start with {\\rtf)")
    encoding = "cp1252"
    fonts: dict = {}  # font number -> codec, from the font table
    font_table_depth = font = None
    stack: list = []
    ucskip, curskip, ignorable, depth, started = 1, 0, False, 0, False
    hexes = bytearray()
    line: list = []
    size = 0  # characters in ``line``
    skip_lf = wide = False  # a "\r" ended the last line (a "\n" next joins it); a \uN gave a surrogate
    carry, binary, chunk, done = "", 0, first, False
    table_font = None  # the font the font table is describing

    def flush():  # the pending \'hh bytes as text, in the current font's code page
        text = bytes(hexes).decode(fonts.get(font) or encoding, errors="replace")
        hexes.clear()
        return text

    def finish(text):  # a finished line, surrogate pairs from \uN joined, lone ones replaced
        if wide:
            text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
        return text

    def breaks(out):  # the lines ``out`` ends (it holds a line end), the rest kept as the next line's start
        nonlocal line, size, wide, skip_lf
        parts = _BREAK.split(out)
        line.append(parts[0])
        lines = [finish("".join(line))] + [finish(part) for part in parts[1:-1]]
        line, size = [parts[-1]], len(parts[-1])
        wide = wide and bool(_SURROGATE.search(parts[-1]))
        skip_lf = out[-1] == "\r"
        return lines

    while not done:
        final = not chunk
        text = carry + chunk.decode("latin-1")
        if binary:  # \binN data running on from the previous piece
            cut = min(binary, len(text))
            text, binary = text[cut:], binary - cut
        carry, pos, end = "", 0, len(text)
        limit = end if final else end - _TAIL
        while pos < end:
            restart = False
            for match in _TOKEN.finditer(text, pos):
                kind = match.lastindex
                if not final and match.start() >= limit:
                    carry = text[match.start():]
                    pos = end
                    break
                if hexes and kind != _HEX and kind is not None:
                    out = flush()
                else:
                    out = None
                if kind == _TEXT:
                    if not ignorable:
                        piece = match.group(_TEXT)
                        if curskip:
                            piece, curskip = piece[curskip:], max(0, curskip - len(piece))
                        if piece:
                            out = out + piece if out else piece
                elif kind == _WORD or kind == _ARG:
                    curskip = 0
                    word, arg = match.group(_WORD), match.group(_ARG)
                    if word in destinations:
                        ignorable = True
                        if word == "fonttbl":
                            font_table_depth = depth
                    elif word == "ansicpg":
                        encoding = _known(f"cp{arg}") or encoding
                    elif word == "bin" and arg and int(arg) > 0:
                        pos, restart = match.end() + int(arg), True
                        if pos > end:
                            binary, pos = pos - end, end
                    if ignorable:
                        if font_table_depth is not None and arg is not None:
                            if word == "f":
                                table_font = arg
                            elif word in ("fcharset", "cpg") and table_font is not None:
                                codec = charsets.get(int(arg)) if word == "fcharset" else _known(f"cp{arg}")
                                if codec and (word == "cpg" or fonts.get(table_font) is None):
                                    fonts[table_font] = codec
                    elif word in _WORDS:
                        out = (out or "") + _WORDS[word]
                    elif word == "u":
                        curskip = ucskip
                        if arg is not None:
                            number = int(arg) + (0x10000 if int(arg) < 0 else 0)
                            char = chr(number) if number <= 0x10FFFF else "\ufffd"
                            wide = wide or 0xD800 <= number < 0xE000
                            out = (out or "") + char
                    elif word == "uc" and arg is not None:
                        ucskip = int(arg)
                    elif word == "f":
                        font = arg
                elif kind == _HEX:
                    if curskip:
                        curskip -= 1
                    elif not ignorable:
                        hexes.append(int(match.group(_HEX), 16))
                elif kind == _BRACE:
                    curskip = 0
                    if match.group(_BRACE) == "{":
                        depth += 1
                        started = True
                        if depth > MAX_DEPTH:
                            raise RtfError(f"damaged RTF: groups nested more than {MAX_DEPTH:,} deep")
                        stack.append((ucskip, ignorable, font))
                    else:
                        depth -= 1
                        if font_table_depth is not None and depth < font_table_depth:
                            font_table_depth = None
                        if stack:
                            ucskip, ignorable, font = stack.pop()
                        else:
                            ucskip, ignorable = 0, True
                        if started and depth <= 0:
                            done = True
                elif kind == _SYMBOL:
                    curskip = 0
                    symbol = match.group(_SYMBOL)
                    if symbol == "*":
                        ignorable = True
                    elif symbol in _SYMBOLS and not ignorable:
                        out = (out or "") + _SYMBOLS[symbol]
                elif kind == _LONE and not ignorable:
                    out = (out or "") + "\\"
                if out:
                    if skip_lf and out[0] == "\n":
                        out = out[1:]
                    skip_lf = False
                    if "\n" in out or "\r" in out:
                        yield from breaks(out)
                    elif out:
                        line.append(out)
                        size += len(out)
                if done:
                    pos = end
                    break
                if restart:
                    break
            else:
                pos = end
        if len(hexes) > MAX_LINE_CHARS:  # a run of \'hh bytes with nothing between: kept as text so far
            out = flush()
            if "\n" in out or "\r" in out:
                yield from breaks(out)
            else:
                line.append(out)
                size += len(out)
        if size > MAX_LINE_CHARS:
            yield finish("".join(line))
            line, size, wide = [], 0, False
        elif len(line) > 1000:  # a line of many small pieces (\uN characters) held as one string
            line = ["".join(line)]
        if final:
            break
        chunk = handle.read(max(chunk_bytes, 2 * _TAIL))
    out = flush() if hexes else ""
    if "\n" in out or "\r" in out:
        yield from breaks(out)
    else:
        line.append(out)
    yield finish("".join(line))
