"""The articles' index: its fields (schema) and the document an article row becomes."""

from __future__ import annotations

import functools

from typing import Optional

from whoosh import formats
from whoosh.fields import ID, KEYWORD, NUMERIC, TEXT, Schema

from indexer.fulltext.acronym_meanings import marked, other_meanings, with_marks
from indexer.fulltext.arabic_senses import other_senses
from indexer.fulltext.bare_heads import bare_heads
from indexer.fulltext.placed_elsewhere import placed_elsewhere
from indexer.fulltext.analysis import _analyzer, _stemming_analyzer, _words_analyzer_cached
from indexer.fulltext.positions_encoded import FastPositions, encode_positions


SEARCH_FIELDS = ("title", "body")
FIELD_BOOSTS = {"title": 1.0, "body": 1.0}  # query-time weights (the title's index-time boost is below)
TITLE_INDEX_BOOST = 2.0


UNDATED_LAST = 99_999_999


def _fast(field):
    """``field`` with the fast indexing path for its positions (same postings as Whoosh's own)."""
    field.format = FastPositions(field_boost=field.format.field_boost)
    return field


def make_schema(vectors: bool = False) -> Schema:
    """The index's fields. ``vectors`` stores body term vectors, which only pseudo-relevance
    feedback needs (off by default): they cost about a third of the indexing time."""
    plain = _analyzer(stem=False)
    return Schema(
        id=ID(stored=True, unique=True, sortable=True),
        story=ID(sortable=True),  # the first copy's id for near-duplicates, else the article's own
        title=_fast(TEXT(analyzer=_analyzer(), field_boost=TITLE_INDEX_BOOST, phrase=True)),
        body=_fast(TEXT(analyzer=_analyzer(), phrase=True, vector=formats.Frequency() if vectors else None)),
        outlet=TEXT(analyzer=plain, phrase=True),
        outlet_exact=ID(),
        tags=KEYWORD(commas=True, lowercase=True, scorable=True),
        author=TEXT(analyzer=plain),
        language=ID(),
        day=NUMERIC(int, bits=32),  # YYYYMMDD, for date queries (rewritten from date:...)
        newest=NUMERIC(int, bits=32, sortable=True),  # YYYYMMDD, 0 when undated: sorts last
        oldest=NUMERIC(int, bits=32, sortable=True),  # YYYYMMDD, 99999999 when undated: sorts last
        year=NUMERIC(int, bits=32),
    )


def indexed_text(title: Optional[str], body: Optional[str], lede: Optional[str]) -> tuple:
    """``(title, body)`` as indexed: a lede that is not part of the body goes before it."""
    body = body or ""
    if lede and lede.rstrip("…") not in body:
        body = lede + "\n\n" + body
    return title or "", body


def analyse(title: Optional[str], body: Optional[str], lede: Optional[str], tokens: Optional[tuple] = None) -> dict:
    """What indexing an article's text takes, done ahead (in a worker process): the title's and
    the body's terms with their positions, encoded as the index keeps them (:class:`Encoded`),
    and its vocabulary words; an acronym the article defines as something else is indexed with a mark
    (``acronym_meanings.py``; :func:`document` gives the text unanalysed with its marks). Passed to
    :meth:`_Writer.upsert` as ``analysed``. ``tokens``: ``(title's, body's)`` tokens
    (``TOKEN_RE.findall``) when the caller has them; used unless a lede goes before the body."""
    given_body = body or ""
    title, body = indexed_text(title, body, lede)
    title_tokens, body_tokens = tokens if tokens is not None and body == given_body else (None, None)
    words: list = []
    analyzer = _stemming_analyzer()
    title_terms = analyzer.term_positions(title, words, title_tokens)
    body_terms = analyzer.term_positions(body, words, body_tokens)
    marks = _marks(title, body)
    if marks:
        title_terms, body_terms = marked(title_terms, marks), marked(body_terms, marks)
    return {
        "title": encode_positions(title_terms),
        "body": encode_positions(body_terms),
        "vocabulary": _words_analyzer_cached().vocabulary(words),
    }


@functools.lru_cache(maxsize=256)
def other_meaning_words(title: str, body: str) -> frozenset:
    """The words (as written) that the report made of ``title`` and ``body`` means as something else
    than the gazetteer's entity (see :func:`_marks`); kept for the last reports read, as the import's
    entity tagger (``archive/extract/place_contexts.report_marks``) reads the same report just before
    its analysis, one rule for both."""
    return frozenset(other_meanings((title, body)) | placed_elsewhere((title, body)) | other_senses((title, body)))


def _marks(title: str, body: str) -> set:
    """The terms an article indexes with a mark: the acronyms it defines as something else ("The SNA,
    the Somali National Army": not the gazetteer's SNA; ``acronym_meanings.py``) and the words of the
    places it puts in another country ("Derik, a district of Mardin province in Turkey";
    ``placed_elsewhere.py``) and the Arabic place names its words make common words (الطبقة الوسطى,
    "the middle class"; ``arabic_senses.py``); and, as pairs ``(term, added)``, the words it writes
    alone for an organisation ("the coalition" in a report of Syria: OIR's term; ``bare_heads.py``)."""
    other = other_meaning_words(title, body)
    heads = bare_heads((title, body))
    if not other and not heads:
        return set()
    analyzer = _stemming_analyzer()
    terms = set()
    for word in other:
        term = analyzer._term(word)
        terms.update(term if type(term) is tuple else (term,) if term else ())
    for word, acronym in heads:  # "the coalition" in a report of Syria: OIR's term there too
        head, added = analyzer._term(word), analyzer._term(acronym)
        for one in head if type(head) is tuple else (head,) if head else ():
            terms.update((one, term) for term in (added if type(added) is tuple else (added,) if added else ()))
    return terms


def document(article: dict, analysed: Optional[dict] = None) -> dict:
    """The Whoosh document for an article row (as stored in SQLite, tags as a list); ``analysed``
    (see :func:`analyse`) stands in for the title's and body's text."""
    title, body = indexed_text(article.get("title"), article.get("body"), article.get("lede"))
    if not analysed:
        marks = _marks(title, body)
        title, body = with_marks(title, marks), with_marks(body, marks)
    doc = {
        "id": article["id"],
        "title": analysed["title"] if analysed else title,
        "body": analysed["body"] if analysed else body,
        "tags": ",".join(t.replace(",", " ") for t in article.get("tags") or []),
        "story": article.get("duplicate_of") or article["id"],
    }
    if article.get("outlet_name"):
        doc["outlet"] = doc["outlet_exact"] = article["outlet_name"]
    if article.get("author"):
        doc["author"] = article["author"]
    if article.get("language"):
        doc["language"] = article["language"]
    published = article.get("published")
    if published:
        day = int(published[:10].replace("-", ""))
        doc.update(day=day, newest=day, oldest=day, year=int(published[:4]))
    else:
        doc.update(newest=0, oldest=UNDATED_LAST)
    return doc
