"""The subjects of one sender's other messages in the collection: a part of the subject that two or
more of them repeat, before or after a separator, is the newsletter's name ("Inside the Valley |
<headline>" in every issue), whatever its words.

The other messages are those of the same file (an mbox: a first pass reads their headers only) or
the ``.eml`` files of the same folder (their headers only, once a folder, at most
:data:`MAX_SIBLINGS`).
"""

from __future__ import annotations

import collections
import email.utils
import functools
import re
from email import policy
from email.parser import BytesHeaderParser
from pathlib import Path

MAX_SIBLINGS = 2000  # .eml files of one folder read for their headers
HEADER_BYTES = 16 * 1024
MIN_REPEATS = 2  # different subjects of one sender sharing the part
_SEPARATORS = re.compile(r"\s*(?::\s|\s\|\s|\s[–—-]\s)\s*")
_MARKS = re.compile(r"(?:#|№|\bn[or]?\.?\s?|\b)\d{1,5}\b|[^\w\s]", re.I)


def part_key(part: str) -> str:
    """A subject's part as compared across issues: case folded, its numbers and marks left out
    ("The Weekly #43" and "THE WEEKLY #44" are one)."""
    return " ".join(_MARKS.sub(" ", part.casefold()).split())


def repeated_parts(subjects) -> frozenset:
    """The keys of the first and last parts (at a separator) that different subjects share."""
    counts: collections.Counter = collections.Counter()
    for subject in set(subjects):
        found = list(_SEPARATORS.finditer(subject))
        if not found:
            continue
        ends = {part_key(subject[:found[0].start()]), part_key(subject[found[-1].end():])}
        counts.update(key for key in ends if key)
    return frozenset(key for key, n in counts.items() if n >= MIN_REPEATS)


def _address(value) -> str:
    return email.utils.parseaddr(str(value or ""))[1].strip().lower()


def _subject(message) -> str:
    from archive.readers.mail import _header

    return _header(message, "subject")


def parts_by_sender(messages) -> dict:
    """``{sender's address: keys of the parts its subjects repeat}`` of parsed messages (headers only)."""
    found: dict = collections.defaultdict(list)
    for message in messages:
        address = _address(message.get("from"))
        if address:
            found[address].append(_subject(message))
    return {address: repeated_parts(subjects) for address, subjects in found.items()}


@functools.lru_cache(maxsize=64)
def folder_parts(folder: str) -> dict:
    """The repeated subject parts by sender of the ``.eml`` files in ``folder`` (headers only)."""
    parser = BytesHeaderParser(policy=policy.compat32)
    messages = []
    try:
        names = sorted(p for p in Path(folder).iterdir() if p.suffix.lower() == ".eml")[:MAX_SIBLINGS]
    except OSError:
        return {}
    for path in names:
        try:
            with path.open("rb") as handle:
                messages.append(parser.parsebytes(handle.read(HEADER_BYTES)))
        except (OSError, ValueError):
            continue
    return parts_by_sender(messages)


def named_parts(by_sender: dict, sender) -> frozenset:
    """The parts the sender's subjects repeat (see the module)."""
    return by_sender.get(_address(sender), frozenset())
