"""A body that is only a notice in place of an article: refused, never stored.

Two families of inputs a researcher's folders hold beside the articles (``reject_notices.txt``):

- a news database's record of an article it cannot give: the header fields, then "The full text of
  this article is not available." (LexisNexis, ProQuest, Factiva records of titles the library has
  no rights to; "Texte intégral non disponible", "Volltext nicht verfügbar");
- a saved list of search results that found nothing: "Documents (0)", "No documents found", "Your
  search for … did not return any results", then the search page's advice ("Check your spelling").

Decided by shape as much as by the words: the body is short (:data:`MAX_WORDS` words at most), a
notice of the data stands in a short sentence of its own (:data:`NOTICE_WORDS` words at most; a
story reporting that "the search did not return any results" writes it in a longer sentence and a
longer text), and what is not the notice is a few short lines (advice, a count) or a search's labelled fields
("Search Terms: ...", "Narrowed by: ...", however long), no paragraph of prose.
"""

from __future__ import annotations

import functools
import re
from typing import Iterable, Optional

from archive.extract.data import data_sections

MAX_WORDS = 80  # a notice's body: this many words at most
MAX_CHARS = 4000  # nor this many characters (50 a word): a longer body is no notice, read no further
NOTICE_WORDS = 24  # the sentence holding the notice
OTHER_LINE_WORDS = 14  # each other line: advice, a count, the search terms
ADVICE_SENTENCES = 2  # a line of advice may be two short sentences ("... were selected. Select ... again.")
_SENTENCES = re.compile(r"(?<=[.!?。])\s+")


@functools.lru_cache(maxsize=1)
def _notices() -> dict:
    sections = data_sections("reject_notices.txt")
    return {kind: tuple(line.strip().casefold() for line in sections.get(kind, ()) if line.strip())
            for kind in ("unavailable", "no_results")}


def _kind(sentence: str) -> Optional[str]:
    folded = " ".join(sentence.casefold().split())
    for kind, phrases in _notices().items():
        if any(phrase in folded for phrase in phrases):
            return kind
    return None


def notice_only(paragraphs: Iterable[str]) -> Optional[str]:
    """The reason to refuse a body that is only a notice in place of an article (module note), or
    None: "the full text is not available (a database's notice, no article text)", "a list of
    search results that found nothing, no article text"."""
    paragraphs = [p for p in paragraphs if p and p.strip()]
    if sum(map(len, paragraphs)) > MAX_CHARS:  # every article but a notice: ~0.2 ms saved on a long one
        return None
    paragraphs = [" ".join(p.split()) for p in paragraphs]
    if not paragraphs or sum(len(p.split()) for p in paragraphs) > MAX_WORDS:
        return None
    if pager_only(paragraphs):
        return "only a listing's pager (\"Page 1 of 7 Next »\"): a tag, archive or search page, no article text"
    found = None
    for paragraph in paragraphs:
        sentences = [s for s in _SENTENCES.split(paragraph) if s.strip()]
        kinds = [_kind(s) if len(s.split()) <= NOTICE_WORDS else None for s in sentences]
        if any(kinds):
            found = found or next(k for k in kinds if k)
            if any(k is None and len(s.split()) > OTHER_LINE_WORDS for k, s in zip(kinds, sentences)):
                return None  # prose beside the notice
        elif len(paragraph.split()) > OTHER_LINE_WORDS and not _field(paragraph) and not (
                len(sentences) <= ADVICE_SENTENCES and all(len(s.split()) <= OTHER_LINE_WORDS for s in sentences)):
            return None  # a paragraph of prose: an article, however short
    if found == "unavailable":
        return "the full text is not available (a database's notice in place of the article): no article text"
    if found == "no_results":
        return "a list of search results that found nothing: no article text"
    return None


_FIELD = re.compile(r"^[^\W\d][^:.!?]{0,30}:\s+\S")  # "Narrowed by: Language: German; Timeline: ..."
FIELD_LABEL_WORDS = 3


def _field(paragraph: str) -> bool:
    """A search's labelled field, however long its value (the terms, the filters): a label of a few
    words before a colon, no sentence's end after it."""
    match = _FIELD.match(paragraph)
    return bool(match) and len(paragraph.split(":", 1)[0].split()) <= FIELD_LABEL_WORDS \
        and not re.search(r"[.!?]\s", paragraph) and not paragraph.rstrip().endswith((".", "!", "?"))


PAGER_WORDS = 12  # a pager's line: "Page 1 of 7 Next »", "« Prev 1 2 3 … 7 Next »"
_PAGER_COUNT = re.compile(r"(?<!\d)\d{1,4}(?:\s+\S{1,6}){0,2}?\s+\d{1,4}(?!\d)")  # "1 of 7", "1 / 7", "1 2 3"
_PAGER_ARROW = re.compile(r"[»›→⟩]|>>|<<|[«‹←⟨]")


def pager_only(paragraphs: list) -> bool:
    """Whether all that is left of a body is a listing's pager ("Page 1 of 7 Next »", "Сторінка 1
    з 7 »", "« 1 2 3 … 9 »"): one or two short lines, no sentence, two page numbers and a next or
    previous arrow; what a tag, archive or search page leaves once its headlines are read as
    links. By shape, any language: the arrow and the numbers, not the words."""
    if not 1 <= len(paragraphs) <= 2 or sum(len(p.split()) for p in paragraphs) > PAGER_WORDS:
        return False
    text = " ".join(paragraphs)
    if _SENTENCES.search(text) or text.rstrip().endswith((".", "!", "?", "。")):
        return False
    return bool(_PAGER_COUNT.search(text)) and bool(_PAGER_ARROW.search(text))
