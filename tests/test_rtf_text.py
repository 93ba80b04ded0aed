"""Issue 18: RTF read as a stream (archive/readers/rtf_text.py). Its text is striprtf's on every RTF
the bench writes, whatever the size of the pieces the file is read in; where it differs from
striprtf on purpose, the difference is pinned; a 68 MB RTF (pictures, as Word saves them) is read in
flat memory, where the old reader (striprtf on the whole file) refused it over 64 MB."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

import pytest

from archive.readers.rtf_text import RtfError, rtf_lines

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = ROOT / "bench" / "documents"
BENCH_RTF = sorted(DOCUMENTS.glob("*.rtf"))


def lines(data: bytes, chunk_bytes: int = 1 << 20) -> list:
    return list(rtf_lines(io.BytesIO(data), chunk_bytes))


def striprtf_lines(data: bytes) -> list:
    """The old reader's lines: striprtf on the whole file, its code page from ``\\ansicpg``."""
    striprtf = pytest.importorskip("striprtf.striprtf", reason="striprtf (the test extra) compares the reader")
    text = data.decode("latin-1")
    match = re.search(r"\\ansicpg(\d+)", text[:4096])
    return re.split(r"\r\n|\r|\n", striprtf.rtf_to_text(text, encoding=f"cp{match.group(1)}" if match else "cp1252",
                                                         errors="replace"))


# Every kind of token the decoder knows, several at places a piece of 128-400 bytes may cut.
TOKENS = (r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fnil\fcharset0 Arial;}{\f1\fnil\fcharset204 Cyr;}}"
          r"{\colortbl;\red0\green0\blue0;}{\*\generator Some writer 1.0;}{\info{\title T}{\author A}}" "\n"
          r"\pard\plain\f0\fs22 Caf\'e9 cr\'e8me \uc1\u1575?\u1604? \f1\'cf\'f0\'e8\f0  \emdash\tab x\par" "\r\n"
          r"\pard a\~b\-c\_d \{braces\} \\ back\line {\b bold {\i nested}} \lquote q\rquote  \ldblquote Q\rdblquote\par" "\n"
          r"{\*\unknowndestination hidden {\b hidden}}{\header hidden}{\footnote hidden}\uc2\u233\'e9\'e9 two skipped\par" "\n"
          r"\trowd\cellx100\cellx200 a\cell b\cell\row \sect\page "
          r"\averyveryveryverylongcontrolwordofthirtytwo1234567890 tail\par" "\n"
          r"\pard\fs22\fs22\fs22\fs22\fs22\fs22\fs22\fs22\fs22\fs22 " + "word " * 60 + r"\'e9\'e8\par" "\n"
          r"\\\{\}" "\\\n" "last line}")


@pytest.mark.parametrize("path", BENCH_RTF, ids=lambda path: path.name)
def test_the_text_is_striprtfs_on_every_rtf_the_bench_writes(path):
    data = path.read_bytes()
    expected = striprtf_lines(data)
    assert len(expected) > 5
    for chunk_bytes in (128, 1000, 1 << 20):
        assert lines(data, chunk_bytes) == expected, f"{path.name} read {chunk_bytes} bytes at a time"


def test_a_token_cut_at_any_byte_is_read_whole():
    """The file read 128 to 400 bytes at a time gives the same lines as read whole: no control
    word, \\'hh, \\uN or skipped character is split at a piece's end (each piece size cuts elsewhere)."""
    data = TOKENS.encode("latin-1")
    whole = lines(data)
    assert whole == striprtf_lines(data)
    assert whole[:3] == ["Café crème ال При \u2014\tx", "a\xa0b\xadc\u2011d {braces} \\ back", "bold nested \u2018q\u2019 \u201cQ\u201d"]
    assert "hidden" not in " ".join(whole) and "writer" not in " ".join(whole)
    assert "é two skipped" in whole
    assert "a|b|" in whole and "last line" in whole[-1]
    for chunk_bytes in range(128, 400):
        assert lines(data, chunk_bytes) == whole, f"read {chunk_bytes} bytes at a time"


def test_where_the_text_differs_from_striprtfs():
    """Each font's own character set (striprtf's one pattern over the font table gave font 0 the
    next font's charset and font 1 none); a hyperlink's shown text without striprtf's ("url") after
    it (a Nexis "URL:" line as a link would get its address twice); \\uN surrogate pairs joined
    (striprtf kept surrogates, which UTF-8 cannot store) and a lone one or a number beyond Unicode
    replaced (striprtf raised); \\binN bytes skipped wherever they are (striprtf only inside \\pict,
    and then dropped all of the \\pict group up to its first "}"); the \\'hh bytes before the end of a
    file cut short kept (striprtf dropped them); an unknown \\ansicpgN keeps windows-1252."""
    binary = bytes(range(256))
    data = ((r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}{\f1\fnil\fcharset178 Arabic;}}" "\n"
             r"\f0 Caf\'e9 \f1 \'c7\'e1\f0\par" "\n"
             r'{\field{\*\fldinst{HYPERLINK "https://example.org/a"}}{\fldrslt{Read it}}}\par' "\n"
             r"Pair \u-10179?\u-8704? lone \u-10179? beyond \u9999999?\par" "\n"
             r"{\*\shppict{\pict\pngblip\bin256 ").encode("latin-1") + binary + rb"}}after\par" + b"\n"
            + rb"{\object\objdata\bin3 }{\}still\par" + b"\ncut short \\'e9")
    assert lines(data) == ["Café ال", "Read it", "Pair \U0001f600 lone \ufffd beyond \ufffd", "after", "still",
                           "cut short é"]
    for chunk_bytes in (128, 129, 200):
        assert lines(data, chunk_bytes) == lines(data)
    # an unknown code page keeps windows-1252 (striprtf decoded the bytes as UTF-8: "caf\ufffd")
    assert lines(rb"{\rtf1\ansi\ansicpg99999 caf\'e9}") == ["café"]


def test_a_file_that_is_no_rtf_is_refused():
    with pytest.raises(RtfError, match=r"not an RTF file"):
        lines(b"Plain notes saved as .rtf\n")
    assert lines(b"\r\n{\\rtf1 x}") == ["x"]  # a line end before it is no text


BIG_READER = """
import re, sys
from pathlib import Path
from archive.readers.word import read_rtf
def peak():
    with open("/proc/self/status") as status:
        return int(re.search(r"VmHWM:\\s*(\\d+)", status.read()).group(1))
next(iter(read_rtf(Path(sys.argv[2]))))  # the libraries loaded before the measure
before = peak()
records = list(read_rtf(Path(sys.argv[1])))
print(len(records), type(records[0]).__name__, (peak() - before) * 1024)
print(records[0].title)
print(getattr(records[0], "body", None) or records[0])
"""


def test_a_68_mb_rtf_of_pictures_is_read_in_flat_memory(tmp_path):
    """A report saved by Word with its photographs: 24 MB of a picture in hex and 44 MB of one in
    \\binN bytes around a few paragraphs. The old reader refused any RTF over 64 MB (striprtf took 2-3.5
    times the file); read a megabyte at a time, the reader grows by under 12 MB (6 MB measured) and
    the pictures leave nothing in the text."""
    if not Path("/proc/self/status").exists():
        pytest.skip("the peak memory is read from /proc (Linux)")
    path = tmp_path / "report.rtf"
    hex_line = ("0123456789abcdef" * 8 + "\n").encode("ascii")
    binary = bytes(range(256)) * (44 * 4096)
    with path.open("wb") as out:
        out.write(rb"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}}" + b"\n")
        out.write(rb"\f0\fs22\pard{\b\fs28 Water trucked to the camp falls short}\par" + b"\n")
        out.write(rb"\pard Aid workers said on Monday that deliveries had halved since March.\par" + b"\n")
        out.write(rb"{\*\shppict{\pict\pngblip\picw640\pich480" + b"\n")
        for _ in range(24 * 2**20 // len(hex_line)):
            out.write(hex_line)
        out.write(rb"}}\pard The second photograph shows the queue at the tanks.\par" + b"\n")
        out.write(rb"{\*\shppict{\pict\jpegblip\bin" + str(len(binary)).encode() + b" " + binary + b"}}")
        out.write(rb"\pard Caf\'e9 owners nearby sell bottled water at twice the price.\par}")
    size = path.stat().st_size
    assert size > 64 * 2**20
    done = subprocess.run([sys.executable, "-c", BIG_READER, str(path), str(DOCUMENTS / "single-01.rtf")],
                          capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert done.returncode == 0, done.stderr
    head, title, body = done.stdout.split("\n", 2)
    count, kind, grown = head.split()
    assert (count, kind) == ("1", "RawRecord"), done.stdout[:500]
    assert title == "Water trucked to the camp falls short"
    assert "deliveries had halved" in body and "queue at the tanks" in body and "Café owners" in body
    assert "0123456789abcdef" not in body and len(body) < 1000
    assert int(grown) < 12 * 2**20, f"memory grew by {int(grown):,} bytes reading a file of {size:,}"


def test_hostile_nesting_is_refused_and_a_line_without_end_is_given_in_pieces():
    """Groups nested 20,000 deep (each keeps its state) are refused as damaged; 3 MB of text
    without a paragraph mark comes as lines of one to two million characters, not one."""
    with pytest.raises(RtfError, match="nested more than 10,000 deep"):
        lines(b"{\\rtf1 " + b"{" * 20_000 + b"x" + b"}" * 20_001)
    pieces = lines(b"{\\rtf1 " + b"word " * 600_000 + b"}")
    assert len(pieces) > 1 and max(map(len, pieces)) < 2_200_000 and "".join(pieces) == "word " * 600_000
