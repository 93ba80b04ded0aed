"""A page saved from a web archive's copy: the archive's own bar taken off before the page is read.

The Wayback Machine inserts its toolbar into every page it serves (between the comments
``BEGIN WAYBACK TOOLBAR INSERT`` and ``END WAYBACK TOOLBAR INSERT``: the capture calendar, "245
captures", "18 Jun 2022 - 03 Jan 2024"), and archive.today puts its header over the page it keeps
(``<div id="HEADER">``: "webpage capture", "Saved from", the capture's date). Saved with the page,
their dates and names would be read as the article's: a capture date taken for the publication
date, "Wayback Machine" for the outlet. They are taken off here, by the marks the archives give
them; the archive's address stays the page's URL, and its capture time is the capture date
(:func:`archive.extract.article.archived_at`). A search engine's cached copy says the same in its
header ("This is Google's cache of <URL>. It is a snapshot of the page as it appeared on 12 Feb 2023
10:31:48 GMT."): the header goes, its URL is the page's and its snapshot time the capture date
(:func:`cache_snapshot`).
"""

from __future__ import annotations

import re

_WAYBACK_BAR = re.compile(r"<!--\s*BEGIN WAYBACK TOOLBAR INSERT\s*-->.*?<!--\s*END WAYBACK TOOLBAR INSERT\s*-->",
                          re.S | re.I)
_MARKS = ("web.archive.org", "wayback", "archive.today", "archive.ph", "archive.is", "webpage capture",
          "google-cache-hdr", "google's cache of", "google&#39;s cache of", "google’s cache of", "cached version of")
_CACHE_PHRASE = re.compile(r"(?:google(?:'|&#39;|’)s cache|the cached version) of\b", re.I)
HEADER_TEXT = 1_500  # a cache's header is a few lines: an element holding more is the page around it
HEAD_BYTES = 200_000  # the archives' marks stand near the top of the page they serve
_ARCHIVE_HEADER = re.compile(r"<div\b[^>]*\bid\s*=\s*[\"']HEADER[\"']", re.I)
_CACHE_HEADER = r"<div\b[^>]*\bid\s*=\s*[\"'][^\"']*google-cache-hdr[\"']"
_SNAPSHOT = re.compile(r"cache of\s*(?:<a\b[^>]*>)?\s*(https?://[^\s<\"']+?)\.?\s*(?:</a>)?\s*\.\s*It is a snapshot of the page "
                       r"as it appeared on (\d{1,2}) ([A-Za-z]{3})[a-z]* (\d{4})(?: (\d\d):(\d\d):(\d\d))?", re.I)
_MONTHS = {m: n for n, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                          "dec"), 1)}


def without_archive_bars(text: str) -> str:
    """``text`` (a page's HTML) less a web archive's toolbar or header; unchanged where it has none."""
    head = text[:HEAD_BYTES].lower()
    if not any(mark in head for mark in _MARKS):
        return text
    text = _WAYBACK_BAR.sub("", text, count=1)
    for element_id in ("wm-ipp-base", "wm-ipp", "donato"):  # the bar saved without its comments
        text = _without_element(text, rf"<div\b[^>]*\bid\s*=\s*[\"']{element_id}[\"']")
    text = _without_element(text, _CACHE_HEADER)
    text = _without_cache_header(text)
    match = _ARCHIVE_HEADER.search(text[:HEAD_BYTES])
    if match and "webpage capture" in text[match.start():match.start() + 20_000].lower():
        text = _without_element(text, _ARCHIVE_HEADER.pattern)
    return text


def _without_cache_header(text: str) -> str:
    """``text`` less the outermost ``<div>`` around a search engine's cache sentence ("This is Google's
    cache of", "This is the cached version of") that holds a header's few lines, not the page."""
    phrase = _CACHE_PHRASE.search(text[:HEAD_BYTES])
    if not phrase:
        return text
    header = None  # the outermost element round the sentence still a header's size: inward out, stop at the page
    for opening in reversed(list(re.finditer(r"<div\b[^>]*>", text[:phrase.start()], re.I))):
        end = _element_end(text, opening.start())
        if end is None or end <= phrase.end():
            continue  # closed before the sentence: no element round it
        if len(re.sub(r"<[^>]+>|\s+", "", text[opening.start():end])) > HEADER_TEXT:
            break
        header = (opening.start(), end)
    return text if header is None else text[:header[0]] + text[header[1]:]


def _element_end(text: str, position: int):
    """Where the ``<div>`` opened at ``position`` closes (nested ``<div>`` elements counted), or None."""
    depth = 0
    for tag in re.finditer(r"<(/?)div\b[^>]*>", text[position:], re.I):
        depth += -1 if tag.group(1) else 1
        if depth == 0:
            return position + tag.end()
    return None


def _without_element(text: str, opening: str) -> str:
    """``text`` less the first ``<div>`` whose opening tag matches ``opening``, with all it holds
    (nested ``<div>`` elements counted); unchanged where there is none or it never closes."""
    start = re.search(opening, text[:HEAD_BYTES], re.I)
    end = _element_end(text, start.start()) if start else None
    return text if end is None else text[:start.start()] + text[end:]


def cache_snapshot(text: str) -> tuple:
    """``(URL, capture time as ISO)`` a search engine's cached copy names in its header ("This is
    Google's cache of <URL>. It is a snapshot of the page as it appeared on 12 Feb 2023 10:31:48
    GMT."), in a page's HTML or a line of its text; ``(None, None)`` where there is none."""
    match = _SNAPSHOT.search(text[:HEAD_BYTES].replace("&#39;", "'"))
    if not match or match.group(3).lower() not in _MONTHS:
        return None, None
    url, day, month, year, *clock = match.groups()
    if not 1 <= int(day) <= 31:
        return None, None
    date = f"{year}-{_MONTHS[month.lower()]:02d}-{int(day):02d}"
    return url, (f"{date}T{clock[0]}:{clock[1]}:{clock[2]}" if clock[0] else date)
