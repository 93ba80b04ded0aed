"""A message forwarding another ("Fwd: ...", a separator line and the forwarded header written into
the text): the forwarded message is the one read. Its subject (the forwarding prefixes left out),
its sender and its date come from the header lines under the separator, its text from under them.
The labels, prefixes and separators are data (``archive/data/mail_forwards.txt``, several languages).

A run of labelled lines counts as a forwarded header where it names the sender and the date or the
subject, under a separator line, or names all three without one; it stands among the text's first
:data:`FORWARD_LINES` lines.
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from archive.extract.data import data_sections
from archive.model import collapse_whitespace

FORWARD_LINES = 30
_LABEL = re.compile(r"^\W{0,3}([^\W\d_][^:：]{0,20}?)\s*[:：]\s*(.*)$")


@functools.lru_cache(maxsize=None)
def _section(name: str) -> frozenset:
    return frozenset(e.casefold() for e in data_sections("mail_forwards.txt").get(name, ()))


@functools.lru_cache(maxsize=None)
def _prefix() -> re.Pattern:
    entries = sorted(_section("subject_prefixes"), key=len, reverse=True)
    return re.compile(r"^\s*(?:\[?(?:" + "|".join(re.escape(e) for e in entries) + r")\s*[:：]\]?\s*)+", re.I)


def without_prefixes(subject: str) -> str:
    """The subject without its forwarding and replying prefixes ("Fwd: Fw: Headline" -> "Headline")."""
    rest = _prefix().sub("", subject or "")
    return rest.strip() if rest.strip() else (subject or "")


def _kind(line: str) -> Optional[tuple]:
    """``(kind, value)`` of a header line: kind "from", "date", "subject" or "other"."""
    match = _LABEL.match(line.strip())
    if not match:
        return None
    label = " ".join(match.group(1).casefold().split())
    for kind in ("from", "date", "subject", "other"):
        if label in _section(f"{kind}_labels"):
            return kind, match.group(2).strip()
    return None


def _separator(line: str) -> bool:
    core = " ".join(re.sub(r"[-_=*\u2010-\u2015<>:]+", " ", line).casefold().split())
    return 0 < len(core.split()) <= 5 and any(entry == core or core.startswith(entry) for entry in _section("separators"))


class Forward:
    """The forwarded message: ``sender``, ``date`` and ``subject`` as its header lines write them
    (None where absent) and ``paragraphs``, its text."""

    separated = False  # a separator line stands over its header ("---------- Forwarded message ---------")

    def __init__(self, sender, date, subject, paragraphs):
        self.sender, self.date, self.subject, self.paragraphs = sender, date, subject, paragraphs


def forwarded(paragraphs: list) -> Optional[Forward]:
    """The message forwarded in ``paragraphs`` (a paragraph may hold several lines), or None."""
    lines = []  # (paragraph index, line index within it, line)
    for i, paragraph in enumerate(paragraphs):
        for j, line in enumerate(paragraph.split("\n")):
            lines.append((i, j, line))
        if len(lines) >= FORWARD_LINES:
            break
    n = 0
    while n < len(lines):
        kind = _kind(lines[n][2])
        if kind is None:
            n += 1
            continue
        fields, end = {}, n
        while end < len(lines) and _kind(lines[end][2]) is not None:
            key, value = _kind(lines[end][2])
            fields.setdefault(key, value)
            end += 1
        separated = n > 0 and _separator(lines[n - 1][2])
        if "from" in fields and (("date" in fields or "subject" in fields) if separated
                                 else ("date" in fields and "subject" in fields)):
            i, j, _ = lines[end - 1]
            rest = paragraphs[i].split("\n")[j + 1:]
            text = (["\n".join(rest)] if any(r.strip() for r in rest) else []) + list(paragraphs[i + 1:])
            found = Forward(fields.get("from"), fields.get("date"), fields.get("subject"),
                            [p for p in text if collapse_whitespace(p)])
            found.separated = separated
            return found
        n = end
    return None
