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

import codecs
import datetime as dt
import re
import zlib
from typing import Iterator, Optional

from archive.extract import boilerplate, bylines, html_metadata, page_layout
from archive.extract.outlets import known_outlet
from archive.model import BadRecord, RawRecord, collapse_whitespace
from archive.readers.decode import DecodeError, decode_bytes, decode_windows_1252
from archive.readers.source import read_all

MAX_FILE_BYTES = 50 * 1024 * 1024
MIN_BODY_WORDS = 10  # of prose (see _prose_words): fewer, and the page holds no article
# trafilatura settings: the library's defaults except these two, each measured (bench/extraction.py).
EXTRACTION = dict(include_comments=False, favor_precision=True)
# Below this many words, precision mode has likely cut the article itself: extract again, balanced.
RETRY_BELOW_WORDS = 50

_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([a-z0-9_:.\-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([a-z0-9_:.\-]+)["']""", re.I)
_HTML_TAG = re.compile(
    r"<\s*(?:!doctype\s+html|html|head|body|meta|title|p|div|article|section|main|span|h[1-6]|br|table|a|ul|link|script)[\s>/]",
    re.I,
)
_ERROR_STATUS = re.compile(r"^(?:error\s*|erreur\s*|خطأ\s*)?[45]\d\d(?:\s*error)?$", re.I)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
# Labels that name a smaller charset than the one browsers (WHATWG) actually use for them.
_CHARSET_ALIASES = {
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "l1": "cp1252",
    "us-ascii": "cp1252", "ascii": "cp1252", "iso-8859-9": "cp1254", "latin5": "cp1254",
    "iso-8859-11": "cp874", "tis-620": "cp874", "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030",
    "big5": "big5hkscs", "shift_jis": "cp932", "shift-jis": "cp932", "sjis": "cp932", "x-sjis": "cp932",
    "windows-31j": "cp932", "euc-kr": "cp949", "ks_c_5601-1987": "cp949", "x-mac-roman": "mac_roman",
}
# Encodings whose bytes are all ASCII: valid UTF-8, yet only the declaration tells how to read them.
_SEVEN_BIT = ("iso-2022", "iso2022", "hz-gb", "utf-7")


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
        yield parse_html(data, name)
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
    paragraphs = _extract_body(tree, meta.url or url)

    title = meta.title
    if not title:
        title = html_metadata.strip_site_suffix(
            html_metadata.clean_text(traf_metadata.extract_title(tree)), [meta.site_name]
        )
    if title:  # the headline, repeated in the text
        paragraphs = [p for p in paragraphs if not _same_text(p, title)]
    paragraphs = boilerplate.without_contact_block(paragraphs)  # "For further information, contact:"
    paragraphs = _without_standfirst(tree, paragraphs, meta.description)
    paragraphs = _without_label(paragraphs)
    if _prose_words(paragraphs) < MIN_BODY_WORDS and meta.article_body:
        paragraphs = _paragraphs(meta.article_body)  # the text the page's JSON-LD carries, as a last resort
    if _prose_words(paragraphs) < MIN_BODY_WORDS:
        lines = len(paragraphs)
        raise NotAnArticle("no article text found" + (f" (only {lines} short line{'s' * (lines > 1)})" if lines else ""))

    author = meta.author or ", ".join(html_metadata.markup_authors(tree)) or None
    if not author:
        guessed = traf_metadata.extract_author(tree)  # trafilatura's byline heuristics
        if guessed:
            names = [html_metadata.clean_byline(n) for n in re.split(r"\s*;\s*", guessed)]
            author = ", ".join(dict.fromkeys(n for n in names if n)) or None

    published = meta.published
    if not published:
        published = _htmldate(tree, meta.url or url)

    paragraphs = page_layout.without_author_box(paragraphs, author)  # "Jane Doe is a senior fellow at ..."

    outlet = meta.site_name or _outlet_from_title(tree)
    if author and bylines.outlet_staff(author, outlet):
        author = None  # "Airwars Staff": the outlet's desk, not a reporter

    return RawRecord(
        source_path=source_path,
        source_format="html",
        source_record=record,
        title=title,
        body="\n\n".join(paragraphs),
        outlet=outlet,
        published=published,
        tags=list(meta.tags) or html_metadata.markup_tags(tree),
        author=author,
        language=meta.language,
        url=meta.url or (url.strip() if url else None),
        lede=meta.description,
    )


# -- decoding ----------------------------------------------------------------------------------


def declared_charset(data: bytes) -> Optional[str]:
    """The charset a page declares in its first bytes (``<meta charset>``, http-equiv, XML)."""
    head = data[:8192]
    match = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    if not match:
        return None
    label = match.group(1).decode("ascii", "ignore").strip().lower()
    label = _CHARSET_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_html(data: bytes) -> str:
    """Page bytes to text: BOM; UTF-8 if valid (or UTF-8 with a few stray bytes); the declared
    charset; else detection (:func:`archive.readers.decode.decode_bytes`). Never garbled: a page
    that no encoding fits raises DecodeError."""
    data = bytes(data)
    if data[:2] == b"\x1f\x8b":  # a gzipped page saved under .html
        try:
            data = _gunzip(data)
        except (OSError, EOFError, zlib.error) as error:
            raise DecodeError(f"gzip data is corrupt: {error}") from None
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[3:].decode("utf-8")
        except UnicodeDecodeError as error:
            mixed = _mostly_utf8(data[3:])
            if mixed is None:
                raise DecodeError(f"invalid UTF-8 after a UTF-8 BOM (byte {error.start + 3})") from None
            return mixed
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise DecodeError(f"invalid UTF-16 ({error.reason} at byte {error.start})") from None
    declared = declared_charset(data)
    if declared and declared.startswith(_SEVEN_BIT):
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:8192]:
        raise DecodeError("binary file, not HTML")
    mixed = _mostly_utf8(data)
    if mixed is not None:
        return mixed
    if declared and declared not in ("utf-8", "utf-16", "utf-32"):
        try:
            # windows-1252 as WHATWG reads it: its five undefined bytes never fail the declaration
            return decode_windows_1252(data) if declared == "cp1252" else data.decode(declared)
        except UnicodeDecodeError:
            pass  # the declaration is wrong; detect
    return decode_bytes(data)


_ESCAPED = re.compile(r"[\udc80-\udcff]")
_VALID_NON_ASCII = re.compile(r"[^\x00-\x7f\udc80-\udcff]")


def _mostly_utf8(data: bytes) -> Optional[str]:
    """UTF-8 text with a few stray bytes of another encoding (a pasted "£" in Latin-1): the UTF-8
    read as UTF-8, each stray byte as Windows-1252. None unless UTF-8 clearly dominates (at least
    four valid non-ASCII characters for each stray byte), so a Windows-1252 page is not taken for one."""
    text = data.decode("utf-8", errors="surrogateescape")
    stray = len(_ESCAPED.findall(text))
    if len(_VALID_NON_ASCII.findall(text)) < 4 * stray:
        return None

    def one_byte(match) -> str:
        try:
            return bytes([ord(match.group()) - 0xDC00]).decode("cp1252")
        except UnicodeDecodeError:
            return ""  # a byte that is no character in Windows-1252 either carries no text

    return _ESCAPED.sub(one_byte, text)


def _gunzip(data: bytes) -> bytes:
    decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
    out = decompressor.decompress(data, MAX_FILE_BYTES + 1)
    if len(out) > MAX_FILE_BYTES:
        raise DecodeError(f"gzipped page too large (over {MAX_FILE_BYTES:,} bytes)")
    return out


def _extract_body(tree, url: Optional[str]) -> list:
    """The article's paragraphs: precision first; if that keeps next to nothing, the balanced mode."""
    import trafilatura

    document = trafilatura.bare_extraction(tree, url=url, with_metadata=False, **EXTRACTION)
    paragraphs = _paragraphs(document.text if document is not None else "")
    if _prose_words(paragraphs) < RETRY_BELOW_WORDS:
        document = trafilatura.bare_extraction(tree, url=url, with_metadata=False, include_comments=False)
        retry = _paragraphs(document.text if document is not None else "")
        if _prose_words(retry) > _prose_words(paragraphs):  # more text, not just more menu lines
            paragraphs = retry
    return paragraphs


def _words(line: str) -> float:
    """Words in a line. Chinese, Japanese and Korean are written without spaces: two of their
    characters count as a word."""
    cjk = len(_CJK.findall(line))
    return len(line.split()) + cjk / 2 if cjk else len(line.split())


def _prose_words(paragraphs) -> float:
    """Words in lines of four words or more: menus and link labels do not count."""
    return sum(size for size in map(_words, paragraphs) if size >= 4)


# -- the edges of the text -----------------------------------------------------------------------

MIN_STANDFIRST_CONTEXT = 3  # paragraphs after it, whose common container tells where the text is


def _without_standfirst(tree, paragraphs: list, description: Optional[str]) -> list:
    """The text without the standfirst the extraction kept as its first paragraph: the page's own
    summary (its description, or the description cut short; or, without one, the element right
    under the headline) set outside the element that holds the text's next paragraphs (a
    summary under the headline, then the body's container)."""
    if len(paragraphs) <= MIN_STANDFIRST_CONTEXT:
        return paragraphs
    first = _element_of(tree, paragraphs[0])
    if not (description and _summarised(paragraphs[0], description)) and not _under_headline(first, paragraphs[0]):
        return paragraphs
    others = [e for e in (_element_of(tree, p) for p in paragraphs[1:MIN_STANDFIRST_CONTEXT + 1]) if e is not None]
    if first is None or len(others) < 2:
        return paragraphs
    common = set(others[0].iterancestors())
    for other in others[1:]:
        common &= set(other.iterancestors())
    if not common:
        return paragraphs
    container = max(common, key=lambda e: sum(1 for _ in e.iterancestors()))
    return paragraphs if container in set(first.iterancestors()) else paragraphs[1:]


STANDFIRST_WORDS = 60


def _under_headline(element, paragraph: str) -> bool:
    """Whether the paragraph's element stands right under the page's headline (its previous
    element is the <h1>): a summary set between the headline and the byline, if the text's
    paragraphs stand in another element (checked by the caller)."""
    if element is None or len(paragraph.split()) > STANDFIRST_WORDS:
        return False
    previous = element.getprevious()
    while previous is not None and not isinstance(previous.tag, str):  # a comment between them
        previous = previous.getprevious()
    return previous is not None and previous.tag == "h1"


_INLINE = {"a", "em", "strong", "b", "i", "span", "u", "small", "mark", "abbr", "cite", "q", "time", "font"}


MIN_SUMMARY_WORDS = 8


def _summarised(paragraph: str, description: str) -> bool:
    """Whether the page's description is the paragraph, or its opening cut short (a summary of a
    few words or more)."""
    paragraph, description = _fold(paragraph), _fold(description)
    return paragraph == description or (len(description.split()) >= MIN_SUMMARY_WORDS
                                        and paragraph.startswith(description + " "))


def _element_of(tree, paragraph: str):
    """The innermost element, not an inline one, whose whole text is ``paragraph`` (None if none):
    found from the text node that starts it, then up past inline elements (no element's whole
    text is computed but the few that start as the paragraph does)."""
    opening = paragraph.strip()[:16]
    if not opening:
        return None
    key = _fold(paragraph)
    for node in tree.iter():
        text = node.text if isinstance(node.tag, str) else None
        if not text or not text.strip() or not collapse_whitespace(text[:64]).startswith(opening[:len(text.strip())]):
            continue
        element = node
        while element.tag in _INLINE and element.getparent() is not None:
            element = element.getparent()
        if _fold(element.text_content()) == key:
            return element
    return None


LABEL_WORDS = 4
SUBHEADING_WORDS = 8


def _without_label(paragraphs: list) -> list:
    """The text without a label over its first paragraph ("Brief Analysis", "Opinion"): a few
    words and nothing else (no punctuation, digits or capitals throughout, which a dateline has),
    where no other short line inside the text heads a section."""
    if len(paragraphs) < 3:
        return paragraphs
    first = paragraphs[0]
    if len(first.split()) > LABEL_WORDS or not re.fullmatch(r"[^\W\d_]+(?: [^\W\d_]+)*", first) or first.isupper():
        return paragraphs  # words alone: not a dateline ("BAAR, SWITZERLAND"), no sentence
    if any(len(p.split()) <= SUBHEADING_WORDS and not paragraphs_ends_sentence(p) for p in paragraphs[1:]):
        return paragraphs
    return paragraphs[1:]


def paragraphs_ends_sentence(text: str) -> bool:
    from archive.extract.paragraphs import ends_sentence

    return ends_sentence(text)


# -- helpers -----------------------------------------------------------------------------------


def _paragraphs(text: str) -> list:
    lines = (collapse_whitespace(line) for line in (text or "").split("\n"))
    return [line for line in lines if line]


def _fold(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text.casefold()).strip()


def _same_text(a: str, b: str) -> bool:
    return _fold(a) == _fold(b)


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


def _outlet_from_title(tree) -> Optional[str]:
    """A known outlet named after the headline in ``<title>`` ("Camp fire kills two | Rudaw")."""
    title = html_metadata.clean_text(tree.findtext(".//title"))
    if not title:
        return None
    for separator in html_metadata.TITLE_SEPARATORS:
        if separator in title:
            outlet = known_outlet(title.rpartition(separator)[2])
            if outlet:
                return outlet
    return None
