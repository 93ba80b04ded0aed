"""Saved web pages (``.html``, ``.htm``): the article's text and what the page says about it.

The body is trafilatura's main-text extraction with comments left out and ``favor_precision``;
when that keeps under 50 words, the balanced mode again (precision mode sometimes cuts the
article itself). Each of the three choices measured better on the 181-page benchmark
(``bench/extraction.py``). Paragraphs are separated by a blank line; the headline is not repeated
in the body. The metadata is what the page states itself (:mod:`archive.extract.html_metadata`:
JSON-LD, ``og:``/``article:`` meta tags, microdata, canonical link, ``lang``); only where it
states nothing, guesses from the markup: the title from ``<h1>``/``<title>`` (trafilatura), the
byline from ``rel=author`` links and byline elements, then trafilatura's byline heuristics, the
date from htmldate, the outlet from a known outlet's name in ``<title>``.

The page is decoded once (BOM, then UTF-8 when the bytes are valid UTF-8, then the charset the
page declares, then detection; never with replacement characters) and parsed once with lxml;
the same tree feeds the metadata and the extraction.

:func:`parse_html` is the entry point for other readers (the WARC reader passes a capture's
target URI as ``url`` and its record number as ``record``).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Iterator, Optional

from archive.extract import boilerplate, bylines, html_metadata, import_edges, page_layout, writer_notes
from archive.extract.body_heads import finished_edges
from archive.extract.byline_blocks import name_before_credit, name_line, name_over_date
from archive.extract.byline_shapes import MAX_CHARS as BYLINE_CHARS, byline_by_shape
from archive.extract.byline_signatures import bracketed_signature
from archive.extract.byline_written import as_written
from archive.extract.calls_to_action import without_calls
from archive.extract.closing_credits import without_desk_credit, without_teaser_lines
from archive.extract.html_titles import page_headline
from archive.extract.dates import stated_dates
from archive.extract.outlet_agreement import web_page_lines
from archive.extract.reader_views import reader_view_url
from archive.extract.outlet_guards import with_page_lines
from archive.extract.listing_pages import listing_page
from archive.extract.gate_pages import ERROR_PAGE, GATE_ONLY, error_page, gated
from archive.extract.teaser_pages import TEASER_LIST, teaser_list
from archive.extract.closing_notes import without_contact_lines
from archive.extract.outlet_runs import without_outlet_run
from archive.model import BadRecord, RawRecord, collapse_whitespace
from archive.readers import html_edges
from archive.readers.html_marked import marked_edges
from archive.readers.decode import DecodeError
from archive.readers.html_decode import declared_charset, decode_html  # noqa: F401  (the readers' names)
from archive.readers.web_copies import cache_snapshot, without_archive_bars
from archive.readers.html_edges import (_fold, _prose_words, _without_label, _without_standfirst,  # noqa: F401
                                        without_edge_furniture, without_header_lines, without_kicker, without_title_parts,
                                        page_date_line)
from archive.readers.html_heads import (commenter_only, first_heading, headline_element, logo_outlet, outlet_from_title,
                                        saved_from_outlet, site_title)
from archive.readers.page_bylines import page_byline
from archive.readers.page_date import comment_only_date, other_date_lines
from archive.readers.page_groups import date_profile
from archive.readers.source import read_all

MAX_FILE_BYTES = 50 * 1024 * 1024
MIN_BODY_WORDS = 10  # of prose (see _prose_words): fewer, and the page holds no article
# trafilatura settings: the library's defaults except these two, each measured (bench/extraction.py).
EXTRACTION = dict(include_comments=False, favor_precision=True)
# Below this many words, precision mode has likely cut the article itself: extract again, balanced.
RETRY_BELOW_WORDS = 50

_HTML_TAG = re.compile(
    r"<\s*(?:!doctype\s+html|html|head|body|meta|title|p|div|article|section|main|span|h[1-6]|br|table|a|ul|link|script)[\s>/]",
    re.I,
)
_ERROR_STATUS = re.compile(r"^(?:error\s*|erreur\s*|خطأ\s*)?[45]\d\d(?:\s*error)?$", re.I)


class NotAnArticle(ValueError):
    """The page holds no article; the message says why."""


def read_html_file(path, options=None) -> Iterator:
    """One RawRecord for a saved page, or one BadRecord saying why there is none."""
    name = str(path)
    data, problem = read_all(path)
    if problem:
        yield BadRecord(name, problem)
        return
    try:
        record = parse_html(data, name)
        record.profile = record.profile or date_profile(options, path)  # the order of numeric dates its source group agrees on
        yield record
    except (ValueError, DecodeError) as error:  # UnicodeDecodeError is a ValueError too
        yield BadRecord(name, str(error))
    except Exception as error:  # a library's bug on a strange page must not stop the batch
        yield BadRecord(name, f"cannot extract the page: {type(error).__name__}: {error}")


def parse_html(
    data: bytes | str,
    source_path: str,
    *,
    url: Optional[str] = None,
    record: Optional[int] = None,
) -> RawRecord:
    """The article in one page; raises ValueError with a clear message when there is none."""
    if len(data) > MAX_FILE_BYTES:
        raise NotAnArticle(f"file too large for a web page ({len(data):,} bytes)")
    text = decode_html(data) if isinstance(data, (bytes, bytearray)) else data
    cached_url, cached_at = cache_snapshot(text)  # a search engine's cached copy: the page's URL, when it was taken
    url = url or cached_url
    text = without_archive_bars(text)  # a web archive's toolbar or header saved with its copy
    if not text.strip():
        raise NotAnArticle("empty file")
    if "\x00" in text[:8192]:
        raise NotAnArticle("binary file, not HTML")
    if not _HTML_TAG.search(text[:65536]):
        raise NotAnArticle("not HTML (no HTML tags found)")

    import trafilatura
    from trafilatura import metadata as traf_metadata

    tree = trafilatura.load_html(text)
    if tree is None:  # a fragment saved without <html> (trafilatura wants a whole document)
        tree = trafilatura.load_html(f"<html><body>{text}</body></html>")
    if tree is None:
        raise NotAnArticle("not HTML (the page cannot be parsed)")

    heading = html_metadata.clean_text(next(iter(tree.xpath("//h1//text()")), None))
    if heading and _ERROR_STATUS.match(heading):  # "404", "Error 500": the site's error page
        raise NotAnArticle(f"an error page ({heading}), no article")
    meta = html_metadata.page_metadata(tree, url)
    if not meta.url and not (url and url.strip()):
        meta.url = reader_view_url(tree)  # a browser's reader view keeps one sign of its page: its link to it
    paragraphs = _extract_body(tree, meta.url or url)

    title = meta.title
    if not title:
        title = html_metadata.strip_site_suffix(
            html_metadata.clean_text(traf_metadata.extract_title(tree)), [meta.site_name]
        )
    if title and site_title(tree, title):
        title = headline_element(tree) or title  # "<title>Print</title>", "<title>الديار</title>": the page's, not the story's
    if not title:
        title = first_heading(tree)  # no <title>, no <h1>: an <h2> or a large font, not the page's first line
    title = page_headline(title, tree, [meta.site_name], meta.url or url)  # the <h1> the og:title cut short; "CODE | Headline"; "Site -- Headline"
    extracted = list(paragraphs)  # as the extraction gave them, for the gate's notice
    if title:  # the headline, repeated in the text
        paragraphs = [p for p in paragraphs if not _same_text(p, title)]
    paragraphs = without_title_parts(paragraphs, [title, heading, meta.title])  # "Series No. 14" / "<h1>" over the text
    start, end = marked_edges(tree, paragraphs)  # <p class="note"> under the text, <p class="byline"> over it
    paragraphs, marked_foot = paragraphs[start:end], paragraphs[end:]  # (a footer's lines: for the outlet guards)
    paragraphs = without_calls(boilerplate.without_contact_block(paragraphs))  # "For further information, contact:"
    paragraphs = boilerplate.without_disclaimers(paragraphs)  # "The views expressed ..." over "Cite this: ..."
    paragraphs = without_desk_credit(without_teaser_lines(paragraphs))  # "Read also: Headline" between paragraphs; "Edição: Name" closing
    paragraphs = _without_standfirst(tree, paragraphs, meta.description)
    paragraphs = without_edge_furniture(_without_label(without_kicker(tree, paragraphs)))  # a newsletter's pitch over the text
    paragraphs = _without_label(without_header_lines(paragraphs))  # the date line, byline and standfirst kept over
    # the text; a label over its first paragraph that they stood over ("Introduction" under the date line)
    if _prose_words(paragraphs) < MIN_BODY_WORDS and meta.article_body:
        paragraphs = _paragraphs(meta.article_body)  # the text the page's JSON-LD carries, as a last resort
    if teaser_list(paragraphs) or listing_page(tree):  # a tag or section page: headlines, dates, teasers
        raise NotAnArticle(TEASER_LIST)
    if boilerplate.consent_wall(paragraphs, paragraphs + _buttons(tree)):  # a consent notice saved instead
        raise NotAnArticle("a cookie or consent notice, no article text")
    if gated(paragraphs, [title] + extracted):  # a paywall's notice, its prompt left as the text
        raise NotAnArticle(GATE_ONLY)
    if error_page(paragraphs, [title or ""] + extracted):  # "Page not found", a web archive's miss, a bot check
        raise NotAnArticle(ERROR_PAGE)
    if _prose_words(paragraphs) < MIN_BODY_WORDS:
        lines = len(paragraphs)
        raise NotAnArticle("no article text found" + (f" (only {lines} short line{'s' * (lines > 1)})" if lines else ""))

    near, headed = _under_heading(tree, title)  # the elements under the headline: byline, date line
    author = meta.author or ", ".join(html_metadata.markup_authors(tree)) or _labelled_byline(near) or None
    if not author:
        guessed = traf_metadata.extract_author(tree)  # trafilatura's byline heuristics
        if guessed:
            names = [html_metadata.clean_byline(n) for n in re.split(r"\s*;\s*", guessed)]
            names = [n for n in names if n and not commenter_only(tree, n)]  # a reader's name in the comments
            author = ", ".join(dict.fromkeys(names)) or None
    if not author:
        author = page_byline(tree)  # "Posted: 14/12/2019 by Jane Doe<br>": a line no element holds alone
    if not author and len(paragraphs) > 1 and bracketed_signature(paragraphs[-1]):
        author, paragraphs = bracketed_signature(paragraphs[-1]), paragraphs[:-1]  # "(Jane Doe, XYZ)" closing the text

    author = as_written(author, _short(near))  # as the page prints it ("A و B", not "A، B")
    published = meta.published
    if not published:
        published = _dated_element(_short(near) if headed else []) or page_date_line(tree) or _htmldate(tree, meta.url or url)
        if published and comment_only_date(tree, published):
            published = None  # a day the page states only in its readers' comments is a reader's, never the story's
        if published and published.endswith("-01-01") and not _stated(tree, published):
            published = None  # a year alone on the page ("since 2020"), read as its first day

    paragraphs = page_layout.without_author_box(paragraphs, author)  # "Jane Doe is a senior fellow at ..."
    start, end = marked_edges(tree, paragraphs)  # again: a note marked up apart over the box or the tags just taken
    paragraphs, marked_foot = paragraphs[start:end], paragraphs[end:] + marked_foot

    outlet = meta.site_name or outlet_from_title(tree) or logo_outlet(tree) or saved_from_outlet(text)
    author = (author and name_before_credit(author, outlet)) or author  # "دانة الحسيني - المشهد": the name, not its credit
    if author and bylines.outlet_staff(author, outlet):
        author = None  # "Airwars Staff": the outlet's desk, not a reporter
    paragraphs = without_outlet_run(writer_notes.without_closing_notes(paragraphs, author, outlet), outlet)  # "<Name> ist
    # ...", "<Outlet> è un ..."; "Support <Outlet>" / its address / "<Outlet> lives from its readers." under the text
    closing = without_contact_lines(import_edges.without_repeated_edges(paragraphs))  # the outlet's template the import
    if closing != paragraphs:  # repeats, slots filled; "Contact <Name> at <address>." / "Part of the <Network>"
        marked_foot = [p for p in paragraphs if p not in closing] + marked_foot  # still the outlet guards' to read
        paragraphs = closing
    foot = []  # the short lines under the last sentence: still the outlet guards' to read
    paragraphs = finished_edges(paragraphs, title or "", foot)  # "(Updates with ...)", "aus <Magazine> 45/2021" over
    marked_foot = foot + marked_foot  # the text; "Л агерь ...": the word a drop cap's element split

    return with_page_lines(RawRecord(  # the page's head and foot lines, for the outlet guards (outlets.article_outlet)
        source_path=source_path,
        source_format="html",
        captured_at=cached_at,
        source_record=record,
        title=title,
        body="\n\n".join(paragraphs),
        outlet=outlet,
        published=published,
        page_dates=other_date_lines(tree, published),  # the page's other date lines, where its date reads either way
        tags=list(meta.tags) or html_metadata.markup_tags(tree),
        author=author,
        language=meta.language,
        url=meta.url or (url.strip() if url else None),
        lede=meta.description,
    ), *_page_lines(tree, marked_foot))


def _page_lines(tree, marked_foot: list) -> tuple:
    """The page's head and foot lines (:func:`web_page_lines`), the paragraphs marked up apart under
    its text (a reprint notice naming the outlet) over its footer's."""
    head, foot = web_page_lines(tree)
    return head, list(marked_foot) + [line for line in foot if line not in marked_foot]


# Joiners the extraction drops as unprintable (its sanitizer keeps printable characters only): the
# zero-width non-joiner and joiner are letters' shapes in Persian, Sorani Kurdish, Urdu, Pashto and the
# Indic scripts ("می‌شود", "داده‌اند"); without them words run together. Kept through it as rare
# printable stand-ins, put back in its text.
_JOINERS = {"\u200c": "\u2e3a", "\u200d": "\u2e3b"}


def _extract_body(tree, url: Optional[str]) -> list:
    """The article's paragraphs, the joiners of the text kept (:data:`_JOINERS`)."""
    joined = [joiner for joiner in _JOINERS if any(joiner in (text or "") for text in tree.xpath("//body//text()"))]
    if not joined:
        return _extract_paragraphs(tree, url)
    _swap(tree, {joiner: _JOINERS[joiner] for joiner in joined})
    try:
        paragraphs = _extract_paragraphs(tree, url)
    finally:
        _swap(tree, {_JOINERS[joiner]: joiner for joiner in joined})
    back = {_JOINERS[joiner]: joiner for joiner in joined}
    return [re.sub("|".join(back), lambda m: back[m.group(0)], p) for p in paragraphs]


def _swap(tree, table: dict) -> None:
    pattern = re.compile("|".join(map(re.escape, table)))
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        if element.text and pattern.search(element.text):
            element.text = pattern.sub(lambda m: table[m.group(0)], element.text)
        if element.tail and pattern.search(element.tail):
            element.tail = pattern.sub(lambda m: table[m.group(0)], element.tail)


def _extract_paragraphs(tree, url: Optional[str]) -> list:
    """The article's paragraphs: precision first; if that keeps next to nothing, the balanced mode."""
    import trafilatura

    document = trafilatura.bare_extraction(tree, url=url, with_metadata=False, **EXTRACTION)
    paragraphs = _paragraphs(document.text if document is not None else "")
    if _prose_words(paragraphs) < RETRY_BELOW_WORDS:
        document = trafilatura.bare_extraction(tree, url=url, with_metadata=False, include_comments=False)
        retry = _paragraphs(document.text if document is not None else "")
        if _prose_words(retry) > _prose_words(paragraphs):  # more text, not just more menu lines
            paragraphs = retry
    if any(_layout_row(p) or html_edges.text_row(p) for p in paragraphs):  # a page laid out in a table: its text is no table's
        document = trafilatura.bare_extraction(tree, url=url, with_metadata=False, include_comments=False,
                                               include_tables=False)
        untabled = _paragraphs(document.text if document is not None else "")
        if _prose_words(untabled) >= LAYOUT_SHARE * _prose_words(paragraphs):
            paragraphs = untabled
    return paragraphs


LAYOUT_ROW_WORDS = 120  # a table's row of this many words or more holds a text, not data
LAYOUT_SHARE = 0.5  # of the words, the extraction without tables keeps at least this share


def _layout_row(paragraph: str) -> bool:
    """A table's row, as the extraction writes it ("| cell | cell |"), holding a whole text: the
    page is laid out in a table (old sites: the menu in one cell, the story in the next)."""
    return paragraph.startswith("|") and paragraph.endswith("|") and len(paragraph.split()) >= LAYOUT_ROW_WORDS


def _buttons(tree) -> list:
    """The labels of the page's buttons and links ("Accept all", "Reject all")."""
    labels = [html_metadata.clean_text(e.text_content()) for e in tree.iter("button", "a")]
    labels += [e.get("value") for e in tree.iter("input") if e.get("type") in ("submit", "button")]
    return [label for label in labels if label and len(label) <= 40]


# -- helpers -----------------------------------------------------------------------------------


def _paragraphs(text: str) -> list:
    lines = (collapse_whitespace(line) for line in (text or "").split("\n"))
    return [line for line in lines if line]


def _same_text(a: str, b: str) -> bool:
    return _fold(a) == _fold(b)


NEAR_HEADING = 6  # the elements after the headline where its byline and date line stand
SHORT_ELEMENT = 80


def _under_heading(tree, title: Optional[str] = None) -> tuple:
    """The texts of the few elements right after the page's first ``<h1>`` (or ``<h2>``); on a
    page with neither, after the innermost element holding the ``title`` alone (``<font><b>``).
    Read once a page, with whether an ``<h1>``/``<h2>`` stood over them (the date line is looked
    for under a heading only); :func:`_short` keeps the short ones."""
    found = []
    level = "h1" if tree.xpath("//h1") else "h2"  # the headline; a page without <h1> has it in <h2>
    heading = tree.xpath("(//%s)[1]" % level)
    headed = bool(heading)
    if not heading and title:
        heading = [e for e in tree.xpath("//body//*") if collapse_whitespace(e.text_content() or "") == title][-1:]
    for element in heading[0].xpath("following::*[position() <= %d]" % NEAR_HEADING) if heading else ():
        text = collapse_whitespace(element.text_content() or "")
        if text:
            found.append(text)
    return found, headed


def _short(texts: list, longest: int = SHORT_ELEMENT) -> list:
    """The texts of :func:`_under_heading` of at most ``longest`` characters."""
    return [text for text in texts if len(text) <= longest]


def _labelled_byline(near: list) -> Optional[str]:
    """A labelled byline ("By Jane Doe") alone in an element under the headline (``near``: the
    texts under it, :func:`_under_heading`), where the page's markup names no author."""
    texts = _short(near)
    for text in texts:
        found = bylines.byline(text)
        if found and not bylines.not_a_person(found[0], None):
            return found[0]
    block = name_over_date(texts)  # a name alone over the date line, no "By"
    if block and not bylines.not_a_person(block[0], None):
        return block[0]
    if texts and name_line(texts[0]):
        return name_line(texts[0])
    # "بيروت ـ “Outlet” ـ Jane Doe:", "كتبت Jane Doe", "Place - Jane Doe | date": a byline by its shape
    return next((found for found in map(byline_by_shape, _short(near, BYLINE_CHARS)) if found), None)


def _dated_element(near: list) -> Optional[str]:
    """The date an element under the headline (``near``: the short texts under its ``<h1>`` or
    ``<h2>``) holds alone ("09 نيسان 2021", "Published 3 May 2022"): the page's date line, in any
    language the date words know (htmldate reads few)."""
    for text in near:
        if bylines.date_in(text):
            stated = stated_dates(text)
            if len({value for value, _ in stated}) == 1:
                return stated[0][0].isoformat()
    return None


def _stated(tree, iso: str) -> bool:
    """Whether the page's text states this day in full (not its year alone)."""
    text = collapse_whitespace(" ".join(tree.xpath("//body//text()") + tree.xpath("//@content | //@datetime")))
    year = iso[:4]
    if any(form in text for form in (iso, f"01/01/{year}", f"1/1/{year}", f"01.01.{year}", f"{year}/01/01")):
        return True
    return any(value.isoformat() == iso for value, _ in stated_dates(text))


def _htmldate(tree, url: Optional[str]) -> Optional[str]:
    from htmldate import find_date

    try:
        found = find_date(
            tree,
            url=url,
            original_date=True,
            extensive_search=True,
            outputformat="%Y-%m-%d",
            max_date=(dt.date.today() + dt.timedelta(days=1)).isoformat(),
        )
    except Exception:  # htmldate on a strange page: no date rather than no article
        return None
    return html_metadata.iso_day(found) if found else None
