"""A closing "Source:" line as people write it under a text they copied (issue #13, round 29).

Someone who saves a story from a site, a chat or a feed often closes it with where it came from,
and writes that as a note rather than as a site's footer: with their own language's word
("Quelle:", "Kaynak:", "Çavkanî:", "المصدر:"), in brackets, with the day they read or saved it, or
with an aside: "(Source: Lakeside Daily, 21.03.2023)", "source: lakesidedaily.com (saved 14/1)",
"Quelle: Lakeside Daily – 3. März 2024". The footer readers know the bare line ("Source: Name",
"Source: site.com"); the note's wrapping is not part of the name. :func:`plain_source_line` gives
such a line as "Source: Name": the label (any of ``archive/data/outlet_source_labels.txt``), its
colon and the name, without

- brackets round the whole line;
- a date after the name, after a comma or a dash (", 21.03.2023", " – 3 March 2024", ", saved
  2024-03-21"), a word or two in lower case before it or not;
- the address it was copied from after the name (" — https://…", " (www.…)");
- an aside in brackets after the name that holds a digit or opens in lower case ("(saved 14/1)",
  "(accessed in May)"); a bracket that opens with a capital is the name's own ("Name (ACR)").

A line that is no labelled source line gives None. The readers then read the name as they read any
"Source:" line (:func:`archive.extract.outlet_footers.footer_outlet`: a known outlet or a web
address; :func:`archive.extract.self_named_lines.source_line`: a name's shape where the page names
nothing else).
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from archive.extract.data import data_lines

LINE_CHARS = 160  # a note's line, not a paragraph
_BRACKETS = {"(": ")", "[": "]", "{": "}"}
_DATE = (r"(?:\d{1,4}[./-]\d{1,2}(?:[./-]\d{2,4})?"  # 21.03.2023, 14/1, 2024-03-21
         r"|\d{1,2}\.?\s+[^\W\d_]{3,}\.?,?\s+\d{4}"  # 3 March 2024, 3. März 2024
         r"|[^\W\d_]{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"  # March 3, 2024
         r"|(?:[^\W\d_]{3,}\s+)?\d{4})")  # March 2024, 2024
_TRAILING_DATE = re.compile(r"\s*(?:,|;|\s[-–—]|\s\|)\s*(?P<words>(?:[^\W\d_]+\.?\s+){0,2})" + _DATE + r"\s*\.?$")
_ADDRESS = re.compile(r"\s*(?:,|;|\s[-–—|]|\s@)?\s*[(<\[]?(?:https?://|www\.)\S+?[)>\]]?\s*$", re.I)
_ASIDE = re.compile(r"\s*[(\[](?P<aside>[^()\[\]]{1,60})[)\]]\s*\.?$")


@functools.lru_cache(maxsize=1)
def source_labels() -> frozenset:
    """The labels of a "Source:" line, case-folded (``archive/data/outlet_source_labels.txt``, the one
    list of them: :func:`archive.extract.byline_parts.credit_labels` reads it too)."""
    return frozenset(line.casefold() for line in data_lines("outlet_source_labels.txt"))


@functools.lru_cache(maxsize=None)
def _labelled() -> "re.Pattern":
    labels = sorted(source_labels(), key=len, reverse=True)
    return re.compile(r"^(?P<label>" + "|".join(re.escape(label) for label in labels) + r")\s*[:：]\s*(?P<rest>.+)$",
                      re.I)


def _unwrapped(line: str) -> str:
    """``line`` without brackets round the whole of it."""
    if len(line) > 2 and _BRACKETS.get(line[0]) == line[-1] and line.count(line[0]) == 1 \
            and line.count(line[-1]) == 1:
        return line[1:-1].strip()
    return line


def _without_note(rest: str) -> str:
    """The name a source line gives without the note after it (module doc)."""
    for _ in range(2):
        address = _ADDRESS.search(rest)
        if address and address.start() > 0:
            rest = rest[:address.start()]
        aside = _ASIDE.search(rest)
        if aside and aside.start() > 0:
            text = aside.group("aside").strip()
            if re.search(r"\d", text) or text[:1].islower():
                rest = rest[:aside.start()]
        dated = _TRAILING_DATE.search(rest)
        if dated and dated.start() > 0 and all(w[:1].islower() for w in dated.group("words").split()):
            rest = rest[:dated.start()]
    return rest.strip(" .;,:–—-")


def plain_source_line(line: str) -> Optional[str]:
    """``line``, a labelled source line in any language, brackets, date or aside, as "Source: Name"
    (module doc); None for a line that is none, or whose name is nothing without its note."""
    text = " ".join(str(line or "").split())
    if not text or len(text) > LINE_CHARS:
        return None
    match = _labelled().match(_unwrapped(text))
    if not match:
        return None
    name = _without_note(match.group("rest"))
    return f"Source: {name}" if name and re.search(r"[^\W\d_]", name) else None


def plain_lines(lines: list) -> list:
    """``lines`` with each labelled source line written as "Source: Name" (:func:`plain_source_line`),
    the others as they are."""
    return [plain_source_line(line) or line for line in lines]
