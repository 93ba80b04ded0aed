"""A page saved from a web archive's copy: the archive's own bar taken off before the page is read.

The Wayback Machine inserts its toolbar into every page it serves (between the comments
``BEGIN WAYBACK TOOLBAR INSERT`` and ``END WAYBACK TOOLBAR INSERT``: the capture calendar, "245
captures", "18 Jun 2022 - 03 Jan 2024"), and archive.today puts its header over the page it keeps
(``<div id="HEADER">``: "webpage capture", "Saved from", the capture's date). Saved with the page,
their dates and names would be read as the article's: a capture date taken for the publication
date, "Wayback Machine" for the outlet. They are taken off here, by the marks the archives give
them; the archive's address stays the page's URL, and its capture time is the capture date
(:func:`archive.extract.article.archived_at`).
"""

from __future__ import annotations

import re

_WAYBACK_BAR = re.compile(r"<!--\s*BEGIN WAYBACK TOOLBAR INSERT\s*-->.*?<!--\s*END WAYBACK TOOLBAR INSERT\s*-->",
                          re.S | re.I)
_MARKS = ("web.archive.org", "wayback", "archive.today", "archive.ph", "archive.is", "webpage capture")
HEAD_BYTES = 200_000  # the archives' marks stand near the top of the page they serve
_ARCHIVE_HEADER = re.compile(r"<div\b[^>]*\bid\s*=\s*[\"']HEADER[\"']", re.I)


def without_archive_bars(text: str) -> str:
    """``text`` (a page's HTML) less a web archive's toolbar or header; unchanged where it has none."""
    head = text[:HEAD_BYTES].lower()
    if not any(mark in head for mark in _MARKS):
        return text
    text = _WAYBACK_BAR.sub("", text, count=1)
    for element_id in ("wm-ipp-base", "wm-ipp", "donato"):  # the bar saved without its comments
        text = _without_element(text, rf"<div\b[^>]*\bid\s*=\s*[\"']{element_id}[\"']")
    match = _ARCHIVE_HEADER.search(text[:HEAD_BYTES])
    if match and "webpage capture" in text[match.start():match.start() + 20_000].lower():
        text = _without_element(text, _ARCHIVE_HEADER.pattern)
    return text


def _without_element(text: str, opening: str) -> str:
    """``text`` less the first ``<div>`` whose opening tag matches ``opening``, with all it holds
    (nested ``<div>`` elements counted); unchanged where there is none or it never closes."""
    start = re.search(opening, text[:HEAD_BYTES], re.I)
    if not start:
        return text
    depth, position = 0, start.start()
    for tag in re.finditer(r"<(/?)div\b[^>]*>", text[position:], re.I):
        depth += -1 if tag.group(1) else 1
        if depth == 0:
            return text[:position] + text[position + tag.end():]
    return text
