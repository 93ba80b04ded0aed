"""Outlook .msg files written from scratch for bench/documents_gen.py, so the .msg reader is tested
on real Compound File Binary files without shipping anyone's mail.

A .msg file is a Compound File (MS-CFB, version 3: 512-byte sectors, 64-byte mini sectors for
streams under 4,096 bytes) holding the message's MAPI properties as MS-OXMSG lays them out: a
``__properties_version1.0`` stream (a 32-byte header, then 16 bytes a property: tag, flags, value
or size), one ``__substg1.0_IIIITTTT`` stream per string or binary property, a
``__recip_version1.0_#00000000`` storage per recipient and the ``__nameid_version1.0`` storage.

This writer is ours (olefile cannot create files); what reads the files is extract-msg over
olefile, which share nothing with it: a mistake here shows as a file they refuse or misread.
"""

from __future__ import annotations

import datetime as dt
import struct

SECTOR, MINI, CUTOFF = 512, 64, 4096
FREE, END, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF

PT_LONG, PT_SYSTIME, PT_STRING8, PT_UNICODE, PT_BINARY = 0x0003, 0x0040, 0x001E, 0x001F, 0x0102


# --- MS-CFB -------------------------------------------------------------------------------------

class _Entry:
    def __init__(self, name, kind, data=b"", children=()):
        self.name, self.kind, self.data, self.children = name, kind, data, list(children)
        self.sid = self.left = self.right = self.child = NOSTREAM
        self.start, self.size = END, 0


def _key(entry):  # MS-CFB's order of siblings: shorter names first, then by upper-cased name
    return (len(entry.name), entry.name.upper())


def _tree(children):
    """The SID of the root of a balanced binary tree of these siblings (all black)."""
    if not children:
        return NOSTREAM
    ordered = sorted(children, key=_key)
    middle = len(ordered) // 2
    node = ordered[middle]
    node.left, node.right = _tree(ordered[:middle]), _tree(ordered[middle + 1:])
    return node.sid


def _chain(fat, first, count):
    for i in range(count):
        fat[first + i] = first + i + 1 if i < count - 1 else END


def cfb(children) -> bytes:
    """A Compound File whose root storage holds ``children``: ``("name", bytes)`` streams and
    ``("name", [children])`` storages."""
    root = _Entry("Root Entry", 5)
    entries = [root]

    def build(parent, items):
        for name, content in items:
            entry = _Entry(name, 1 if isinstance(content, list) else 2, b"" if isinstance(content, list) else content)
            entry.sid = len(entries)
            entries.append(entry)
            parent.children.append(entry)
            if isinstance(content, list):
                build(entry, content)

    root.sid = 0
    build(root, children)
    for entry in entries:
        entry.child = _tree(entry.children)

    # the mini stream: every stream under the cutoff, 64 bytes a mini sector
    mini_stream, mini_fat = bytearray(), []
    big = []
    for entry in entries:
        if entry.kind != 2:
            continue
        entry.size = len(entry.data)
        if entry.size >= CUTOFF:
            big.append(entry)
        elif entry.size:
            first, count = len(mini_stream) // MINI, -(-entry.size // MINI)
            entry.start = first
            mini_fat += [first + i + 1 if i < count - 1 else END for i in range(count)]
            mini_stream += entry.data + b"\0" * (count * MINI - entry.size)

    def sectors(n_bytes):
        return -(-n_bytes // SECTOR)

    n_dir = sectors(len(entries) * 128)
    n_minifat = sectors(len(mini_fat) * 4)
    n_mini = sectors(len(mini_stream))
    n_big = [sectors(e.size) for e in big]
    content = n_dir + n_minifat + n_mini + sum(n_big)
    n_fat = 1
    while n_fat * (SECTOR // 4) < n_fat + content:
        n_fat += 1
    assert n_fat <= 109, "no DIFAT sectors in this writer"
    fat = [FREE] * (n_fat * SECTOR // 4)
    for i in range(n_fat):
        fat[i] = FATSECT
    at = n_fat
    dir_start = at
    _chain(fat, at, n_dir)
    at += n_dir
    minifat_start = at if n_minifat else END
    _chain(fat, at, n_minifat)
    at += n_minifat
    root.start, root.size = (at if n_mini else END), len(mini_stream)
    _chain(fat, at, n_mini)
    at += n_mini
    for entry, count in zip(big, n_big):
        entry.start = at
        _chain(fat, at, count)
        at += count

    header = bytearray(SECTOR)
    header[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIIII", header, 40, 0, n_fat, dir_start, 0, CUTOFF, minifat_start, n_minifat, END, 0)
    difat = [i for i in range(n_fat)] + [FREE] * (109 - n_fat)
    struct.pack_into("<109I", header, 76, *difat)

    def pad(data):
        return bytes(data) + b"\0" * (-len(data) % SECTOR)

    directory = bytearray()
    for entry in entries:
        raw = bytearray(128)
        name = entry.name.encode("utf-16-le") + b"\0\0"
        raw[0:len(name)] = name
        struct.pack_into("<HBB", raw, 64, len(name), entry.kind, 1)
        struct.pack_into("<III", raw, 68, entry.left, entry.right, entry.child)
        struct.pack_into("<IQ", raw, 116, entry.start if entry.kind != 1 else 0, entry.size)
        directory += raw
    while len(directory) % SECTOR:  # unused entries: empty, no siblings
        raw = bytearray(128)
        struct.pack_into("<III", raw, 68, NOSTREAM, NOSTREAM, NOSTREAM)
        directory += raw
    minifat_bytes = struct.pack(f"<{len(mini_fat)}I", *mini_fat)
    minifat_bytes += struct.pack("<I", FREE) * (-len(mini_fat) % (SECTOR // 4))
    body = struct.pack(f"<{len(fat)}I", *fat) + bytes(directory) + minifat_bytes + pad(mini_stream)
    body += b"".join(pad(e.data) for e in big)
    return bytes(header) + body


# --- MS-OXMSG -----------------------------------------------------------------------------------

def _filetime(when: dt.datetime) -> int:
    return int((when - dt.datetime(1601, 1, 1, tzinfo=dt.timezone.utc)).total_seconds() * 10_000_000)


def _properties(props, header: bytes):
    """``(__properties_version1.0 bytes, [substg streams])`` for ``[(id, type, value)]``."""
    table, streams = bytearray(header), []
    for prop_id, kind, value in props:
        tag = (prop_id << 16) | kind
        if kind == PT_UNICODE:
            data = value.encode("utf-16-le")
            table += struct.pack("<IIII", tag, 6, len(data) + 2, 0)
            streams.append((f"__substg1.0_{prop_id:04X}{kind:04X}", data))
        elif kind == PT_STRING8:  # an ANSI .msg (older Outlook): strings in the message's code page
            data = value.encode("cp1252")
            table += struct.pack("<IIII", tag, 6, len(data) + 1, 0)
            streams.append((f"__substg1.0_{prop_id:04X}{kind:04X}", data))
        elif kind == PT_BINARY:
            table += struct.pack("<IIII", tag, 6, len(value), 0)
            streams.append((f"__substg1.0_{prop_id:04X}{kind:04X}", value))
        elif kind == PT_SYSTIME:
            table += struct.pack("<IIQ", tag, 6, _filetime(value))
        elif kind == PT_LONG:
            table += struct.pack("<IIiI", tag, 6, value, 0)
    return bytes(table), streams


def msg_bytes(subject, sender_name, sender_address, sent: dt.datetime, body, html=None, message_id=None,
              to=("Desk", "desk@example.org"), headers=True, message_class="IPM.Note", ansi=False,
              html_in_rtf=False) -> bytes:
    """An Outlook mail item (IPM.Note): subject, sender, submit time, plain and HTML bodies, one
    recipient; with ``headers``, the Internet headers Outlook keeps for received mail; with
    ``ansi``, strings as PT_STRING8 in windows-1252 (PR_MESSAGE_CODEPAGE 1252), as older Outlook
    writes them; with ``html_in_rtf``, the HTML body only inside an RTF body (PR_RTF_COMPRESSED,
    HTML encapsulated as MS-OXRTFEX lays it out), as Outlook often keeps received HTML mail."""
    props = [(0x001A, PT_UNICODE, message_class), (0x0037, PT_UNICODE, subject),
             (0x0C1A, PT_UNICODE, sender_name), (0x0C1F, PT_UNICODE, sender_address), (0x0C1E, PT_UNICODE, "SMTP"),
             (0x0042, PT_UNICODE, sender_name), (0x0065, PT_UNICODE, sender_address),
             (0x0039, PT_SYSTIME, sent), (0x0E06, PT_SYSTIME, sent), (0x1000, PT_UNICODE, body),
             (0x3FDE, PT_LONG, 65001)]
    if html is not None and html_in_rtf:
        props.append((0x1009, PT_BINARY, _uncompressed_rtf(_encapsulated(html))))
    elif html is not None:
        props.append((0x1013, PT_BINARY, html.encode("utf-8")))
    if message_id:
        props.append((0x1035, PT_UNICODE, message_id))
    if headers:
        import email.utils

        lines = [f"From: {email.utils.formataddr((sender_name, sender_address))}",
                 f"To: {email.utils.formataddr(to)}", f"Subject: {subject}",
                 f"Date: {email.utils.format_datetime(sent)}"]
        if message_id:
            lines.append(f"Message-ID: {message_id}")
        lines += ["MIME-Version: 1.0", 'Content-Type: multipart/alternative; boundary="x"']
        props.append((0x007D, PT_UNICODE, "\r\n".join(lines) + "\r\n\r\n"))
    recipient = [(0x3001, PT_UNICODE, to[0]), (0x3003, PT_UNICODE, to[1]), (0x3002, PT_UNICODE, "SMTP"),
                 (0x0C15, PT_LONG, 1), (0x39FE, PT_UNICODE, to[1])]
    # PR_STORE_SUPPORT_MASK: STORE_UNICODE_OK (0x40000) says whether strings are PT_UNICODE
    props.append((0x340D, PT_LONG, 0x00040000 if not ansi else 0))
    if ansi:
        def narrow(items):
            return [(prop_id, PT_STRING8 if kind == PT_UNICODE else kind, value) for prop_id, kind, value in items]
        props = narrow([p for p in props if p[0] != 0x3FDE]) + [(0x3FFD, PT_LONG, 1252), (0x3FDE, PT_LONG, 1252)]
        recipient = narrow(recipient)
    table, streams = _properties(props, struct.pack("<8xIIII8x", 1, 0, 1, 0))
    recipient_table, recipient_streams = _properties(recipient, b"\0" * 8)
    nameid = [("__substg1.0_00020102", b""), ("__substg1.0_00030102", b""), ("__substg1.0_00040102", b"")]
    return cfb([("__nameid_version1.0", nameid),
                ("__recip_version1.0_#00000000", [("__properties_version1.0", recipient_table)] + recipient_streams),
                ("__properties_version1.0", table)] + streams)


def _encapsulated(page: str) -> bytes:
    """HTML encapsulated in RTF (MS-OXRTFEX): each tag in an ``\\*\\htmltag`` group, the text between
    them as RTF text (non-ASCII as ``\\uN?``), the RTF-only paragraph marks in ``\\htmlrtf``."""
    import re

    def text(piece):
        out = []
        for char in piece:
            if char in "\\{}":
                out.append("\\" + char)
            elif ord(char) < 128:
                out.append(char)
            else:
                code = ord(char)
                out.append(f"\\u{code if code < 32768 else code - 65536}?")
        return "".join(out)

    parts = ["{\\rtf1\\ansi\\ansicpg1252\\fromhtml1 \\deff0{\\fonttbl{\\f0\\fswiss\\fcharset0 Arial;}}"]
    for tag, between in re.findall(r"(<[^>]+>)([^<]*)", page):
        parts.append("{\\*\\htmltag64 " + text(tag) + "}")
        if tag.startswith("</") and tag[2:4] in ("p>", "h1"):
            parts.append("\\htmlrtf \\par \\htmlrtf0 ")
        parts.append(text(between))
    parts.append("}")
    return "".join(parts).encode("ascii")


def _uncompressed_rtf(rtf: bytes) -> bytes:
    """PR_RTF_COMPRESSED's container (MS-OXRTFCP) holding the RTF uncompressed ("MELA", no CRC)."""
    return struct.pack("<IIII", len(rtf) + 12, len(rtf), 0x414C454D, 0) + rtf
