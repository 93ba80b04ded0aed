"""Everything Whoosh: schema, analysis, writing, searching and highlighting.

This is the only module that imports ``whoosh``. SQLite is the source of truth: the index holds
what is needed to find and rank articles (no stored text), and highlights are made from the text
the caller fetches from SQLite for the page of hits being shown.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import math
import re
import threading
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional

from whoosh import formats, scoring
from whoosh import index as whoosh_index
from whoosh import query as wq
from whoosh.analysis import (
    STOP_WORDS, CharsetFilter, CompositeAnalyzer, Filter, LowercaseFilter, RegexTokenizer, StemFilter, StopFilter,
)
from whoosh.codec.whoosh3 import W3Codec, W3FieldWriter, W3PostingsWriter
from whoosh.collectors import CollapseCollector, TimeLimit, TimeLimitCollector
from whoosh.sorting import Categorizer, FieldFacet
from whoosh.filedb.filestore import FileStorage
from whoosh.fields import ID, KEYWORD, NUMERIC, TEXT, Schema
from whoosh.highlight import ContextFragmenter, HtmlFormatter, WholeFragmenter
from whoosh.matching import ListMatcher
from whoosh.qparser import FieldAliasPlugin, MultifieldParser, OrGroup
from whoosh.support.charset import accent_map
from whoosh.system import pack_uint
from whoosh.writing import LockError, fib
from whoosh.util.numeric import byte_to_length as _byte_to_length

SEARCH_FIELDS = ("title", "body")
FIELD_BOOSTS = {"title": 1.0, "body": 1.0}  # query-time weights (the title's index-time boost is below)
TITLE_INDEX_BOOST = 2.0
# Ranking. Every setting below was chosen on Cranfield alone (best nDCG@10 over a grid) and then
# checked, unchanged, on TIME, CISI, MED and NPL (bench/relevance.py; figures in bench/README.md).
# K1/B: the literature's defaults won (K1 0.9-2.0, B 0.3-0.9 tried, with and without feedback); title
# weight 1 at query time (2 lost 0.02 nDCG on Cranfield and CISI); idf as ArchiveBM25F below.
BM25_PARAMS = {"B": 0.75, "K1": 1.2}
# A word a question (natural=True) repeats counts (k3 + 1) n / (k3 + n) times, BM25's query-term
# saturation: 1.2 for twice, never above 1.5 (k3 0.5 beat 1, 2, 4, 7, 20, linear and none on Cranfield).
QUERY_K3 = 0.5
# Pseudo-relevance feedback (RM3): the FEEDBACK_TERMS words most probable in the top FEEDBACK_DOCS hits
# (each hit weighted by its score, its words by (tf + mu P(word)) / (length + mu), mu = FEEDBACK_MU)
# re-rank the hits with FEEDBACK_ORIGINAL of the weight left to the query itself. They add to scores,
# never to the set of matches. Only for relevance order and queries of FEEDBACK_MIN_WORDS words or more:
# the 1-3 word searches of the archive keep their cost (and their ranking). Tried on Cranfield: 5/10/20
# docs, 20/50/100 words, 0.3-0.7 original weight, mu 0-1000, Bo1 weights (see bench/README.md).
FEEDBACK = True
FEEDBACK_MIN_WORDS = 4
FEEDBACK_DOCS = 5
FEEDBACK_TERMS = 50
FEEDBACK_ORIGINAL = 0.5
FEEDBACK_MU = 200
FEEDBACK_RERANK = 100  # hits re-ranked (the rest keep the query's order: the same nDCG@10 on Cranfield)
MAX_NATURAL_TERMS = 256  # distinct words a natural-language query keeps
SUGGEST_BELOW = 3  # a query with fewer hits than this gets a "did you mean" when one is found
MAX_QUERY_CHARS = 1000
MAX_QUERY_TERMS = 64
MAX_EXPANDED_TERMS = 1000  # words all of a query's prefixes, wildcards, ranges and fuzzy terms may stand for
DEFAULT_TIME_LIMIT = 5.0  # seconds a search may run before it is stopped
WRITER_MEMORY_MB = 192  # Whoosh's posting pool before it spills to disk: a batch of 2,000 articles fits
INLINE_POSTINGS = 8  # see ArchiveCodec


class QueryError(ValueError):
    """A query that cannot be run; ``str()`` is a message fit to show the user."""

    def __init__(self, message: str, position: Optional[int] = None):
        super().__init__(message)
        self.position = position


class IndexBusy(RuntimeError):
    """Another process holds the index's write lock."""


# Words: apostrophes and Arabic transliteration marks inside a word keep it whole (Sina'a, Raʿqa).
TOKEN_PATTERN = r"\w+(?:[.'’ʼ`]?\w+)*"
_TOKEN_RE = re.compile(TOKEN_PATTERN)
_MARKS = re.compile(r"['’ʼ`ʿʾʻ]")
# Arabic articles written apart or hyphenated (al-Hol, Deir ez-Zor, Dayr al-Zawr) are not searched for.
ARABIC_ARTICLES = frozenset({"al", "el", "ad", "ed", "ez", "az", "ar", "ash", "ul"})
_DOUBLED = re.compile(r"([^\W\d_])\1+")


class MarksFilter(Filter):
    """Drops apostrophes and ʿ ʾ marks inside words: Sina'a = Sinaa, Raʿqa = Raqa."""

    def __call__(self, tokens):
        for token in tokens:
            if _MARKS.search(token.text):
                token.text = _MARKS.sub("", token.text)
                if not token.text:
                    continue
            yield token


@functools.lru_cache(maxsize=200_000)  # called for every token indexed: words repeat
def normalise_name(word: str) -> str:
    """Transliteration variants on one form: doubled letters single, -ah/-eh endings as -a."""
    word = _DOUBLED.sub(r"\1", word)
    if len(word) >= 5 and word.endswith(("ah", "eh")):
        word = word[:-2] + "a"
    return word


class NameFilter(Filter):
    """After stemming: Hassakeh, Hasakeh and Hasakah index as one term (see normalise_name)."""

    is_morph = True

    def __call__(self, tokens):
        for token in tokens:
            token.text = normalise_name(token.text)
            yield token


class ArchiveAnalyzer(CompositeAnalyzer):
    """The analyzer chain, plus a fast path for indexing: :meth:`term_positions`.

    Every filter after the tokenizer works on one token at a time, so a word always becomes the
    same term (or none): indexing looks each distinct word up once in a cache instead of passing
    every token through the chain of generators (about 3x faster; the terms and positions are
    the same, which ``tests/test_fulltext_fast_path.py`` checks). Queries and highlights still
    go through the chain.
    """

    def term_positions(self, text: str, words: Optional[list] = None) -> dict:
        """``{term: [position, ...]}`` for ``text``, as the chain would index it; the text's
        words (tokens before any filter) are added to ``words`` when it is given."""
        cache = self._cache()
        positions: dict = {}
        position = None
        tokens = _TOKEN_RE.findall(text)
        if words is not None:
            words.extend(tokens)
        for index, word in enumerate(tokens):
            term = cache.get(word, _MISSING)
            if term is _MISSING:
                term = cache[word] = self._term(word)
            if term is not None:
                # StopFilter renumbers: the first term keeps its place, the others follow it
                position = index if position is None else position + 1
                found = positions.get(term)
                if found is None:
                    positions[term] = [position]
                else:
                    found.append(position)
        return positions

    def terms(self, words) -> set:
        """The distinct terms ``words`` (tokens) index as."""
        cache = self._cache()
        found = set()
        for word in set(words):
            term = cache.get(word, _MISSING)
            if term is _MISSING:
                term = cache[word] = self._term(word)
            if term is not None:
                found.add(term)
        return found

    def _cache(self) -> dict:
        """``{word: term or None}``, this analyzer's own, emptied when it grows past TERM_CACHE_SIZE."""
        cache = self.__dict__.get("_terms")
        if cache is None or len(cache) > TERM_CACHE_SIZE:
            cache = self.__dict__["_terms"] = {}
        return cache

    def _term(self, word: str):
        tokens = [token.text for token in self(word, mode="index")]
        return tokens[0] if len(tokens) == 1 else None

    def __getstate__(self):
        state = dict(self.__dict__)
        state.pop("_terms", None)  # the cache is not part of the schema
        return state


TERM_CACHE_SIZE = 500_000
_MISSING = object()


class FastPositions(formats.Positions):
    """Positions, indexed through :meth:`ArchiveAnalyzer.term_positions` when the analyzer has it,
    or given analysed (:class:`Analysed`)."""

    def word_values(self, value, analyzer, **kwargs):
        if isinstance(value, Analysed):
            boost, encode = self.field_boost, self.encode
            for term, poslist in value:
                yield term, len(poslist), len(poslist) * boost, encode(poslist)
            return
        if not isinstance(analyzer, ArchiveAnalyzer) or not isinstance(value, str):
            yield from super().word_values(value, analyzer, **kwargs)
            return
        boost = self.field_boost
        encode = self.encode
        for term, poslist in analyzer.term_positions(value).items():
            yield term, len(poslist), len(poslist) * boost, encode(poslist)


_DECODED_LENGTHS = [None] + [_byte_to_length(b) for b in range(1, 256)]  # Whoosh's: None where empty


def _whole_lengths(perdoc, fieldname, count: int) -> Optional[list]:
    """Every document's length in ``fieldname`` from a per-document reader, in one read of its
    length column (a merge asks them for every document of the segments it merges); ``None`` when
    the field keeps no lengths."""
    from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield

    column = perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
    if column is None:
        return None
    return [_DECODED_LENGTHS[b] for b in _read_fixed(column, count)]


class _LengthsOnce:
    """Field lengths read once a field. Whoosh's flush asks the length column on disk for every
    posting (seek + read, ~40% of a segment flush); this reads each field's column once."""

    def __init__(self, lengths):
        self._lengths = lengths
        self._fields: dict = {}

    def doc_field_length(self, docnum, fieldname, default=0):
        column = self._fields.get(fieldname)
        if column is None:
            count = self._lengths.doc_count_all()
            column = self._fields[fieldname] = (_whole_lengths(self._lengths, fieldname, count)
                                                or [default] * count)
        try:
            return column[docnum]
        except IndexError:
            return self._lengths.doc_field_length(docnum, fieldname, default)

    def column(self, fieldname) -> list:
        """Every document's length in ``fieldname``, by docnum."""
        self.doc_field_length(0, fieldname)
        return self._fields[fieldname]


class _FieldWriter(W3FieldWriter):
    def add_postings(self, schema, lengths, items):
        super().add_postings(schema, _LengthsOnce(lengths) if lengths else lengths, items)


class _PostingsWriter(W3PostingsWriter):
    def start_postings(self, format_, terminfo):
        # As Whoosh's, but the offset in the postings file is taken when the term's first block is
        # written, not for every term: most terms are inlined and never need it, and each tell()
        # was a system call (~7% of an import).
        if self._terminfo:
            raise Exception("Called start in a term")
        self._format = format_
        self._blockcount = 0
        self._new_block()
        self._terminfo = terminfo
        self._startoffset = None

    def _write_block(self, last=False):
        if not self._blockcount:
            self._startoffset = self._postfile.tell()
        super()._write_block(last)

    def finish_postings(self):
        # W3PostingsWriter.finish_postings calls terminfo.set_inline(), which does not exist
        # (whoosh-reloaded 2.7: the method is set_inlined), so inlining never worked upstream;
        # this is that method with the call mended.
        terminfo = self._terminfo
        # Only postings that all carry values (text fields): Whoosh's reader of inlined postings
        # gives '' for a missing value, which its segment merge then rejects.
        if (not self.written() and len(self) < self._inlinelimit and self._values
                and len(self._values) == len(self._ids)):
            terminfo.add_block(self)
            terminfo.set_inlined(self._ids, self._weights, self._values)
        else:
            if self._ids:
                self._write_block(last=True)
            startoffset = self._startoffset
            terminfo.set_extent(startoffset, self._postfile.tell() - startoffset)
        self._terminfo = None
        return terminfo


    def add_many(self, ids, weights, values, lengths) -> None:
        """Postings in docnum order, a block's room at a time (the streamed merge's path: the
        checks and statistics of :meth:`add_posting` on whole slices instead of each posting)."""
        start, count, limit = 0, len(ids), self._blocklimit
        while start < count:
            room = limit - len(self._ids)
            if room <= 0:
                self._write_block()
                room = limit
            end = min(count, start + room)
            self._ids.extend(ids[start:end])
            part = weights[start:end]
            self._weights.extend(part)
            self._maxweight = max(self._maxweight, max(part))
            if values is not None:
                self._values.extend(value for value in values[start:end] if value)
            part = [length for length in lengths[start:end] if length]
            if part:
                low = min(part)
                if self._minlength is None or low < self._minlength:
                    self._minlength = low
                self._maxlength = max(self._maxlength, max(part))
            start = end


class ArchiveCodec(W3Codec):
    """Whoosh's codec, writing segments faster; what it writes reads back with W3Codec's reader.

    ``inlinelimit``: a term found in fewer than this many documents of a segment keeps its
    postings in the term table instead of a block of its own (most terms of a segment are rare).
    """

    def __init__(self, blocklimit=128, compression=3, inlinelimit=INLINE_POSTINGS):
        super().__init__(blocklimit=blocklimit, compression=compression, inlinelimit=inlinelimit)

    def field_writer(self, storage, segment):
        return _FieldWriter(self, storage, segment)

    def postings_writer(self, dbfile, byteids=False):
        if byteids:  # term vectors: their writer needs a block's offset, never inlined postings
            return W3PostingsWriter(dbfile, blocklimit=self._blocklimit, byteids=byteids,
                                    compression=self._compression, inlinelimit=1)
        return _PostingsWriter(dbfile, blocklimit=self._blocklimit, byteids=byteids,
                               compression=self._compression, inlinelimit=self._inlinelimit)


def _retrying_toc(read, attempts: int = 5):
    """``read()``, again when a commit replaced the index's table of contents (or a segment it
    named) between Whoosh listing the files and opening one: the next attempt finds the new ones."""
    for attempt in range(attempts):
        try:
            return read()
        except FileNotFoundError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.01 * (attempt + 1))


def _segments_to_merge(segments) -> list:
    """Which segments a commit merges: Whoosh's ``MERGE_SMALL`` choice (the smallest, up to a
    Fibonacci bound on their documents), so the index keeps the same shape of segments."""
    ordered = sorted(segments, key=lambda segment: segment.doc_count_all())
    total = 0
    for i, segment in enumerate(ordered):
        total += max(segment.doc_count_all(), 0)
        if i > 3 and total < fib(i + 5):
            return ordered[: i + 1]
    return []


def streamed_merge(writer, segments) -> list:
    """A merge policy for ``writer.commit(mergetype=...)``: merges what ``MERGE_SMALL`` would, but
    into a segment of its own, streaming each term's postings from the old segments in docnum
    order. Whoosh's policy feeds every old posting through the writer's pool (tuples, an external
    sort spilling to temporary files, a heap merge back), which was most of an import's time at
    100k articles; segments already hold their terms sorted, so none of that is needed."""
    chosen = _segments_to_merge(segments)
    if len(chosen) < 2:
        return list(segments)
    merged = _merge_into_new_segment(writer, chosen)
    kept = [segment for segment in segments if segment not in chosen]
    return kept + ([merged] if merged is not None else [])


MERGE_FACTOR = 8  # tiered merging: this many segments of one tier become one of the next


def _segment_size(segment) -> int:
    """What a segment holds, additively (a merge's size is the sum of its parts): its tokens."""
    return sum(getattr(segment, "_fieldlengths", {}).values()) or segment.doc_count_all()


def streamed_merge_tiered(writer, segments) -> list:
    """A merge policy for an index whose documents are not its measure: the vocabulary index holds
    one document a batch, with the words new in it. Counted in documents every segment is tiny, so
    ``MERGE_SMALL`` merged the growing segment with the newest few at every commit, rewriting the
    whole vocabulary every few batches (most of the vocabulary's cost, and growing with the
    archive). Here a segment's size is its tokens, its tier log8 of that; a tier with MERGE_FACTOR
    segments is merged (streamed, as :func:`streamed_merge`), so a word is rewritten once a tier."""
    tiers: dict = {}
    for segment in segments:
        tiers.setdefault(int(math.log(max(_segment_size(segment), 1), MERGE_FACTOR)), []).append(segment)
    for tier in sorted(tiers):
        chosen = tiers[tier]
        if len(chosen) >= MERGE_FACTOR:
            merged = _merge_into_new_segment(writer, chosen)
            kept = [segment for segment in segments if segment not in chosen]
            return kept + ([merged] if merged is not None else [])
    return list(segments)


def _merge_into_new_segment(writer, segments):
    from types import SimpleNamespace
    import heapq
    from whoosh.reading import SegmentReader
    from whoosh.writing import SegmentWriter

    storage, schema, codec = writer.storage, writer.schema, writer.codec
    segment = codec.new_segment(storage, writer.indexname)
    perdoc = codec.per_document_writer(storage, segment)
    # write_per_doc copies stored fields, lengths, vectors and columns, skipping deleted
    # documents; it needs only these three attributes of a writer.
    shim = SimpleNamespace(schema=schema, perdocwriter=perdoc, docnum=0)
    sources = []
    try:
        for old in segments:
            reader = SegmentReader(storage, schema, old)
            sources.append(reader)
            base = shim.docnum
            names = set(schema.names()) | {name for name in reader.indexed_field_names() if name in schema}
            docmap = SegmentWriter.write_per_doc(shim, names, reader)
            reader._merge_place = (base, docmap)
        perdoc.close()
        if shim.docnum == 0:
            return None
        segment.set_doc_count(shim.docnum)
        lengths = _LengthsOnce(codec.per_document_reader(storage, segment))
        fields = codec.field_writer(storage, segment)
        names = sorted({name for reader in sources for name in reader.indexed_field_names() if name in schema})
        for name in names:
            fieldobj = schema[name]
            fields.start_field(name, fieldobj)
            column = lengths.column(name)
            streams = [_field_terms(reader, name, i) for i, reader in enumerate(sources)]
            current, parts = None, []
            for btext, i, info in heapq.merge(*streams):
                if btext != current:
                    _write_term(fields, current, parts, column)
                    current, parts = btext, []
                parts.extend(_rebased_blocks(sources[i], info, fieldobj.format))
            _write_term(fields, current, parts, column)
            fields.finish_field()
        fields.close()
        lengths._lengths.close()
    finally:
        for reader in sources:
            reader.close()
    if writer.compound:
        segment.create_compound_file(storage)
        segment.compound = True
    return segment


def _field_terms(reader, fieldname, source: int):
    """``(term, source, terminfo)`` of one field of a segment, in term order."""
    for (name, btext), info in reader._terms.items_from(fieldname, b""):
        if name != fieldname:
            return
        yield btext, source, info


def _rebased_blocks(reader, info, format_):
    """The term's postings in ``reader`` as ``(ids, weights, values)`` blocks, docnums moved to
    the merged segment's (documents deleted in the old segment left out)."""
    base, docmap = reader._merge_place
    if info.is_inlined():
        ids, weights, values = info.inlined_postings()
        blocks = [(ids, [1.0] * len(ids) if weights is None else weights, values)]
    else:
        blocks = []
        matcher = reader._codec.postings_reader(reader._terms._postfile, info, format_)
        while matcher.is_active():
            matcher._read_ids()
            matcher._read_weights()
            matcher._read_values()
            blocks.append((matcher._ids, matcher._weights, matcher._values))
            matcher._next_block()
    for ids, weights, values in blocks:
        if docmap is None:
            yield [base + docnum for docnum in ids], weights, values
        else:
            keep = [k for k, docnum in enumerate(ids) if docnum in docmap]
            if keep:
                yield ([docmap[ids[k]] for k in keep], [weights[k] for k in keep],
                       None if values is None else [values[k] for k in keep])


def _write_term(fields, btext, parts, column) -> None:
    if btext is None or not parts:
        return
    fields.start_term(btext)
    postings = fields._postwriter
    for ids, weights, values in parts:
        postings.add_many(ids, weights, values, [column[docnum] for docnum in ids])
    fields.finish_term()


def _analyzer(stem: bool = True):
    items = [RegexTokenizer(TOKEN_PATTERN), LowercaseFilter(), CharsetFilter(accent_map), MarksFilter(),
             StopFilter(stoplist=STOP_WORDS | ARABIC_ARTICLES)]
    if stem:
        items += [StemFilter(), NameFilter()]
    return ArchiveAnalyzer(*items)


def _words_analyzer():
    """The unstemmed words of titles and bodies, for spelling suggestions."""
    return ArchiveAnalyzer(RegexTokenizer(TOKEN_PATTERN), LowercaseFilter(), CharsetFilter(accent_map),
                           MarksFilter(), StopFilter(stoplist=STOP_WORDS | ARABIC_ARTICLES, minsize=3))


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


VOCABULARY = "vocabulary"  # the second index in the same folder: see make_vocabulary_schema


def make_vocabulary_schema() -> Schema:
    """The words of the archive, unstemmed: for "did you mean" (Whoosh finds the words within two
    edits of a misspelling) and for prefix searches (``repatriat*`` stands for the words that
    start so).

    Not a field of every article: a posting per word and article was 40% of all the postings
    Whoosh wrote. A batch adds one document holding the words new to the archive (the writer's
    ``new_words`` says which: the archive counts every word's articles in SQLite, in the batch's
    transaction); without ``new_words``, every word of the batch, counted.
    """
    words = TEXT(analyzer=_words_analyzer(), phrase=False)
    words.format = CountedFrequency(field_boost=1.0)
    return Schema(words=words)


class CountedFrequency(formats.Frequency):
    """Frequency whose value may also be given counted: ``[(word, count), ...]``."""

    def word_values(self, value, analyzer, **kwargs):
        if isinstance(value, list) and value and isinstance(value[0], tuple):
            for word, count in value:
                yield word, count, float(count), pack_uint(count)
            return
        yield from super().word_values(value, analyzer, **kwargs)


def vocabulary_words(title: str, body: str) -> set:
    """The distinct words of an article as the vocabulary index keeps them (no numbers)."""
    return _words_only(_words_analyzer_cached().term_positions(title + "\n" + body))


_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")


def _words_only(terms) -> set:
    """Terms with a letter: numbers (a report's 4,000, 2019, 332) are most of the archive's
    distinct terms, and neither "did you mean" nor prefix expansion needs them (K24, M4 stay)."""
    return {term for term in terms if _LETTER.search(term)}


@functools.lru_cache(maxsize=None)
def _words_analyzer_cached():
    return _words_analyzer()


def indexed_text(title: Optional[str], body: Optional[str], lede: Optional[str]) -> tuple:
    """``(title, body)`` as indexed: a lede that is not part of the body goes before it."""
    body = body or ""
    if lede and lede.rstrip("…") not in body:
        body = lede + "\n\n" + body
    return title or "", body


class Analysed(list):
    """A field's ``(term, positions)`` pairs, analysed already (in an import's worker process)."""


def analyse(title: Optional[str], body: Optional[str], lede: Optional[str]) -> dict:
    """What indexing an article's text takes, done ahead (in a worker process): the title's and
    the body's terms with their positions, and its vocabulary words. Same result as indexing
    the text (see FastPositions); passed to :meth:`_Writer.upsert` as ``analysed``."""
    title, body = indexed_text(title, body, lede)
    words: list = []
    return {
        "title": Analysed(_stemming_analyzer().term_positions(title, words).items()),
        "body": Analysed(_stemming_analyzer().term_positions(body, words).items()),
        "vocabulary": _words_only(_words_analyzer_cached().terms(words)),
    }


@functools.lru_cache(maxsize=None)
def _stemming_analyzer():
    return _analyzer()


def document(article: dict, analysed: Optional[dict] = None) -> dict:
    """The Whoosh document for an article row (as stored in SQLite, tags as a list); ``analysed``
    (see :func:`analyse`) stands in for the title's and body's text."""
    title, body = indexed_text(article.get("title"), article.get("body"), article.get("lede"))
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


UNDATED_LAST = 99_999_999
_DATE_CLAUSE = re.compile(r"\b(?:date|published|day):(\[[^\]]*\]|\S+)", re.I)
_DATE_VALUE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
DATE_HELP = "Dates are searched as date:2019, date:2019-03 or date:[2019-01-01 to 2019-06-30]."


def _day_bounds(value: str, clause: str):
    match = _DATE_VALUE.match(value.strip())
    if not match:
        raise QueryError(f"{clause!r}: {DATE_HELP}")
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        if day:
            dt.date(year, month, day)
            return year * 10000 + month * 100 + day, year * 10000 + month * 100 + day
        if month:
            last = (dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)).day
            return year * 10000 + month * 100 + 1, year * 10000 + month * 100 + last
    except ValueError:
        raise QueryError(f"{clause!r} is not a real date. {DATE_HELP}") from None
    return year * 10000 + 101, year * 10000 + 1231


def rewrite_dates(text: str) -> str:
    """``date:2019-03`` and ``date:[2019-01-01 to 2019-06-30]`` as ranges over the ``day`` field."""

    def replace(match):
        clause, value = match.group(0), match.group(1)
        if value.startswith("["):
            parts = re.split(r"\s+to\s+", value[1:-1].strip(), flags=re.I)
            if len(parts) != 2:
                raise QueryError(f"{clause!r}: {DATE_HELP}")
            start = _day_bounds(parts[0], clause)[0] if parts[0].strip() else ""
            end = _day_bounds(parts[1], clause)[1] if parts[1].strip() else ""
        else:
            start, end = _day_bounds(value, clause)
        return f"day:[{start} to {end}]"

    return _DATE_CLAUSE.sub(replace, text)


@dataclass
class Hit:
    id: str
    story: str
    score: Optional[float]
    title_html: str = ""
    snippet_html: str = ""


@dataclass
class SearchPage:
    query: str
    parsed: str
    total: int
    page: int
    pagelen: int
    hits: list = field(default_factory=list)
    all_ids: list = field(default_factory=list)  # every matching id, for facet counts in SQLite
    timed_out: bool = False
    also_searched: list = field(default_factory=list)  # variant spellings the query was expanded with
    suggestion: Optional[str] = None  # "did you mean", for a query that finds little
    sounds_like: list = field(default_factory=list)  # those of also_searched that only sound alike (lower weight)

    @property
    def aliases_searched(self) -> list:
        """The names of also_searched that the alias table added (not sounds_like)."""
        return [name for name in self.also_searched if name not in self.sounds_like]

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.pagelen))


_UNSAFE_WILDCARD = re.compile(r"(?:^|[\s(:])[*?]")


def check_query_text(text: str) -> None:
    """Refuse what would stall or confuse the engine, with a message saying where."""
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(f"The query is {len(text):,} characters long; the limit is {MAX_QUERY_CHARS:,}.")
    if text.count('"') % 2:
        position = text.rfind('"')
        raise QueryError(f'Unclosed quote: the " at character {position + 1} has no partner.', position)
    depth = 0
    for position, char in enumerate(text):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
            if depth < 0:
                raise QueryError(f"Unbalanced brackets: '{char}' at character {position + 1} closes nothing.", position)
    if depth > 0:
        raise QueryError("Unbalanced brackets: a '(' or '[' is never closed.", len(text))
    match = _UNSAFE_WILDCARD.search(text)
    if match:
        position = match.end() - 1
        raise QueryError(
            f"A wildcard cannot start a word (character {position + 1}): put at least two letters before * or ?.",
            position,
        )
    for word in re.findall(r"[^\s()]+", text):
        if ("*" in word or "?" in word) and len(re.sub(r"^\w+:", "", word).split("*")[0].split("?")[0]) < 2:
            raise QueryError(f"'{word}': put at least two letters before * or ?.", text.find(word))
    if len(re.findall(r"\w+", text)) > MAX_QUERY_TERMS:
        raise QueryError(f"The query has more than {MAX_QUERY_TERMS} words; shorten it.")


# -- names and variants ---------------------------------------------------------------------
_OPERATORS = {"AND", "OR", "NOT", "TO", "ANDNOT", "ANDMAYBE"}
_QUOTED = re.compile(r'"[^"]*"')
_UNIT = re.compile(r'[^\s()"]+')


@functools.lru_cache(maxsize=None)
def _key_analyzer():
    return _analyzer()


@functools.lru_cache(maxsize=4096)
def name_key(text: str) -> tuple:
    """A name as the index sees it (stemmed, normalised): equal keys find the same documents."""
    return tuple(token.text for token in _key_analyzer()(text))


@functools.lru_cache(maxsize=None)
def alias_table() -> dict:
    """``{name key: [(name, key), ...]}`` from the gazetteer (``archive/data/gazetteer.txt``): each
    entity's spellings, one per distinct key (Hasakah and Hasakeh index alike, so only one of them
    is searched)."""
    from archive.extract.gazetteer import name_groups

    table = {}
    for spellings in name_groups():
        names = [name.strip().replace('"', "") for name in spellings if name.strip()]
        group, seen = [], set()
        for name in names:
            key = name_key(name)
            if len(key) == 1 and _loses_words(name):
                continue  # "US government" keys as "govern": every search for government would expand
            if key and key not in seen:  # "IS" is a stop word: nothing to search for
                seen.add(key)
                group.append((name, key))
        for _, key in group:
            table.setdefault(key, [])
            table[key] = table[key] + [item for item in group if item not in table[key]]
    return table


_CASE_ORDER = {None: 0, "capital": 1, "upper": 2}


def _case_rule(name: str):
    """How a query must write a one-word key for this spelling to expand it: any case (None) when
    the spelling is that one word ("Hol", "Raqqa"), in capitals ("upper") when it is an acronym
    ("WHO", "AN"), with a capital ("capital") when it is a longer name ("al-Sour", "Al Monitor"):
    "who", "sour" and "monitor" are English words."""
    if len(_TOKEN_RE.findall(name)) > 1:
        return "capital"
    return "upper" if name.isupper() and len(name) <= 4 else None


@functools.lru_cache(maxsize=None)
def _case_rules() -> dict:
    """``{one-word key: rule}``, the most lenient rule of the key's spellings (see _case_rule)."""
    from archive.extract.gazetteer import name_groups

    rules: dict = {}
    for spellings in name_groups():
        for name in spellings:
            key = name_key(name.strip().replace('"', ""))
            if len(key) != 1 or _loses_words(name):
                continue
            rule = _case_rule(name)
            if key not in rules or _CASE_ORDER[rule] < _CASE_ORDER[rules[key]]:
                rules[key] = rule
    return rules


def _written_as(words: str, key: tuple) -> bool:
    rule = _case_rules().get(key)
    if rule == "upper":
        return words.isupper()
    if rule == "capital":
        return words[:1].isupper()
    return True


def _loses_words(name: str) -> bool:
    """Whether a name of several words keeps fewer than two of them once stop words are dropped
    (the Arabic articles do not count: al-Hol is Hol)."""
    words = [w for w in _TOKEN_RE.findall(name.lower()) if w not in ARABIC_ARTICLES]
    return len(words) >= 2 and len(name_key(name)) < 2


def _group_text(spelling: str, key: tuple, group: list):
    """``("al-Hol" OR "al-Hawl")``, the user's spelling first, and the names added to it."""
    names = [spelling] + [name for name, other in group if other != key]
    return "(" + " OR ".join(f'"{name}"' for name in names) + ")", names[1:]


def expand_aliases(text: str):
    """The query with each known name (alias table, longest match first) as an OR of its spellings;
    returns ``(text, names added)``. Field queries, wildcards and operators are left alone."""
    table = alias_table()
    if not table:
        return text, []
    longest = max(len(key) for key in table)
    added: list = []
    out, last = [], 0
    for quoted in list(_QUOTED.finditer(text)) + [None]:
        end = quoted.start() if quoted else len(text)
        out.append(_expand_plain(text[last:end], table, longest, added))
        if quoted:
            key = name_key(quoted.group(0)[1:-1])
            if key in table and not text[quoted.end():quoted.end() + 1] in ("~",):
                group_text, names = _group_text(quoted.group(0)[1:-1], key, table[key])
                out.append(group_text)
                added += [n for n in names if n not in added]
            else:
                out.append(quoted.group(0))
            last = quoted.end()
    return "".join(out), added


def _expand_plain(segment: str, table: dict, longest: int, added: list) -> str:
    units = list(_UNIT.finditer(segment))

    def plain(unit):
        word = unit.group(0)
        return not (word in _OPERATORS or any(c in word for c in ":*?[]{}~^\\+"))

    pieces, last, i = [], 0, 0
    while i < len(units):
        for n in range(min(len(units) - i, longest + 2), 0, -1):
            span = units[i:i + n]
            if not all(plain(u) for u in span):
                continue
            if any(segment[a.end():b.start()].strip() for a, b in zip(span, span[1:])):
                continue
            words = segment[span[0].start():span[-1].end()]
            key = name_key(words)
            if key and key in table and _written_as(words, key):
                group_text, names = _group_text(words, key, table[key])
                if len(table[key]) > 1:
                    pieces.append(segment[last:span[0].start()] + group_text)
                    last = span[-1].end()
                    added += [name for name in names if name not in added]
                i += n
                break
        else:
            i += 1
    pieces.append(segment[last:])
    return "".join(pieces)


# -- sound-alike spellings: the lower-weighted phonetic fallback ------------------------------
# A plain query word that few articles hold and the alias table does not know is also searched as
# the archive's words that sound like it (same phonetic_key, close in spelling), at a lower weight.
PHONETIC = True  # search()'s default; expand=False (the exact search) turns it off too
PHONETIC_BELOW = 3  # a word in fewer articles than this gets sound-alikes
PHONETIC_MIN_LETTERS = 4  # shorter words (and sound-alikes) are left alone: their keys collide too much
PHONETIC_MAX = 4  # sound-alike words added per query word, most articles first
PHONETIC_MAX_WORDS = 8  # query words given sound-alikes at most
PHONETIC_BOOST = 0.3
PHONETIC_SCAN = 2000  # vocabulary rows of one key read at most
PHONETIC_EDITS = 0.4  # a sound-alike is at most max(2, this x its length) edits away (see bench/README.md)
PHONETIC_SHORT = 5  # ... and one edit for words this long or shorter

_PHONETIC_SOFT_C = re.compile(r"c(?=[eiy])")
_PHONETIC_DIGRAPHS = (("sch", "S"), ("sh", "S"), ("ch", "S"), ("gh", "g"), ("kh", "k"), ("ph", "f"), ("dh", "d"),
                      ("th", "t"), ("dj", "j"), ("ck", "k"))
_PHONETIC_FINAL_H = re.compile(r"(?<=[aeiouy])h$")
_PHONETIC_DOUBLED = re.compile(r"([^aeiouwy])\1+")
_PHONETIC_VOWELS = re.compile(r"[aeiouwy]+")
_NOT_LATIN = re.compile(r"[^a-z]")


def phonetic_key(word: str) -> str:
    """A key equal for spellings of one transliterated Arabic (or Kurdish) name: Ghuwayran,
    Ghwayran, Guweiran and Ghwairan are all ``garan``; Qamishli, Qamichli and Kamishly ``kamaSla``.

    Digraphs as one sound (gh=g, kh=k=q=c, sh=ch, ph=f, dh=d, th=t, dj=j), a soft c as s, a final
    -ah/-eh as -a, doubled consonants single, and every run of vowels (with w and y inside a word:
    Hawl = Hol = Houl) as one ``a``. Double metaphone joins a few more spelling pairs of the gazetteer
    but gives twice as many of its words an English word's key (bench/README.md). ``""`` for a word
    without letters.
    """
    word = word.lower()
    if not word.isascii():
        word = unicodedata.normalize("NFKD", word)
        word = "".join(char for char in word if not unicodedata.combining(char))
    word = _NOT_LATIN.sub("", word)
    for digraph, sound in _PHONETIC_DIGRAPHS:  # str.replace: an import keys every new word
        if digraph in word:
            word = word.replace(digraph, sound)
    if "c" in word:
        word = _PHONETIC_SOFT_C.sub("s", word).replace("c", "k")
    word = word.replace("q", "k").replace("x", "ks")
    word = _PHONETIC_FINAL_H.sub("", word)
    head = ""
    if word[:1] in ("w", "y") and word[1:2] in ("a", "e", "i", "o", "u"):
        head, word = word[0], word[1:]  # Wadi, Yarubiya: a consonant here
    word = _PHONETIC_DOUBLED.sub(r"\1", word)
    return head + _PHONETIC_VOWELS.sub("a", word)


def _cased_like(word: str, model: str) -> str:
    return word.upper() if model.isupper() and len(model) > 1 else word.capitalize() if model[:1].isupper() else word


def phonetic_reach(length: int) -> int:
    """Edits a sound-alike of a word of ``length`` letters may be from it: 1 up to PHONETIC_SHORT
    letters (beeks/books, chore/share are two), else max(2, PHONETIC_EDITS x length)."""
    return 1 if length <= PHONETIC_SHORT else max(2, int(PHONETIC_EDITS * length))


def sound_alikes(word: str, count: Callable, lookup: Callable, found_by: Optional[Callable] = None) -> list:
    """The archive's words that sound like ``word`` (a query word, as typed), most articles first,
    with the gazetteer's spellings of any known name among them; ``[]`` when ``word`` is short,
    a stop word, a known name, or finds PHONETIC_BELOW articles or more.

    A word that finds nothing gets any sound-alike; one that finds a few articles only the spellings
    of a gazetteer name (Ghwairan, in one article: Ghuwayran and its spellings), as an English word
    found rarely (chef, facey) would otherwise bring in hundreds of articles of a common one (chief,
    face); its "did you mean" still offers those.

    ``count(word)``: articles holding a vocabulary word; ``lookup(key)``: ``[(word, articles)]`` of
    the vocabulary words with that phonetic key (at most PHONETIC_SCAN); ``found_by(term)``:
    articles an indexed term is in (the word as searched, stemmed: "felled" finds every "fell"),
    else ``count`` of the word decides whether it is rare."""
    forms = [token.text for token in _words_analyzer_cached()(word)]
    if len(forms) != 1 or len(forms[0]) < PHONETIC_MIN_LETTERS or _DIGIT.search(forms[0]):
        return []
    form = forms[0]
    stop = query_stop_words()
    own_key = name_key(word)
    table = alias_table()
    if form in stop or not own_key or own_key in table:
        return []
    own = count(form)
    found = found_by(own_key[0]) if found_by is not None and len(own_key) == 1 else own
    if max(own, found) >= PHONETIC_BELOW:
        return []
    names_only = max(own, found) > 0
    reach = phonetic_reach(len(form))
    candidates = []
    for other, articles in lookup(phonetic_key(form)):
        if (other == form or articles < own or len(other) < PHONETIC_MIN_LETTERS or other in stop
                or _DIGIT.search(other) or abs(len(other) - len(form)) > reach):
            continue
        if edit_distance(form, other) <= reach and (not names_only or name_key(other) in table):
            candidates.append((-articles, other))
    found, keys, words = [], {own_key}, 0
    for _, other in sorted(candidates):
        key = name_key(other)
        if not key or key in keys:  # the same term as the word or an earlier sound-alike
            continue
        keys.add(key)
        found.append(_cased_like(other, word))
        for name, other_key in table.get(key, []):  # a known name: all its spellings
            if other_key not in keys:
                keys.add(other_key)
                found.append(name)
        words += 1
        if words >= PHONETIC_MAX:
            break
    return found


def expand_sound_alikes(text: str, count: Callable, lookup: Callable, found_by: Optional[Callable] = None):
    """The query with each plain word :func:`sound_alikes` finds sound-alikes for as an OR of the
    word and them, at weight PHONETIC_BOOST; returns ``(text, words added)``. Quoted phrases,
    field queries, wildcards, operators and groups the alias table made are left alone."""
    added: list = []
    words = 0
    out, last = [], 0
    for quoted in list(_QUOTED.finditer(text)) + [None]:
        end = quoted.start() if quoted else len(text)
        segment, pieces, at = text[last:end], [], 0
        for unit in _UNIT.finditer(segment):
            word = unit.group(0)
            if words >= PHONETIC_MAX_WORDS or word in _OPERATORS or not _LETTERS_ONLY.fullmatch(word):
                continue
            if segment[unit.end():unit.end() + 1] in ("^", "~") or segment[unit.start() - 1:unit.start()] in ("+", "-"):
                continue
            alikes = sound_alikes(word, count, lookup, found_by)
            if not alikes:
                continue
            words += 1
            group = " OR ".join(f'"{name}"^{PHONETIC_BOOST}' if not _LETTERS_ONLY.fullmatch(name)
                                else f"{name}^{PHONETIC_BOOST}" for name in alikes)
            pieces.append(segment[at:unit.start()] + f"({word} OR {group})")
            at = unit.end()
            added += [name for name in alikes if name not in added]
        pieces.append(segment[at:])
        out.append("".join(pieces))
        if quoted:
            out.append(quoted.group(0))
            last = quoted.end()
    return "".join(out), added


_LETTERS_ONLY = re.compile(r"[^\W\d_]+")


# -- natural-language queries ---------------------------------------------------------------
@functools.lru_cache(maxsize=None)
def query_stop_words() -> frozenset:
    from archive.extract.data import data_lines

    return frozenset(data_lines("stopwords.txt"))


def natural_query(text: str) -> str:
    """A natural-language question as plain words (stop words and syntax gone), to be OR-ed:
    ``search(natural_query(q), natural=True)`` or ``search_terms(q)``."""
    stop = query_stop_words()
    words, seen = [], set()
    for word in re.findall(r"\w+(?:['’]\w+)*", (text or "").lower()):
        if word in stop or word in seen or (len(word) < 2 and not word.isdigit()):
            continue
        seen.add(word)
        words.append(word)
        if len(words) >= MAX_NATURAL_TERMS:
            break
    return " ".join(words)


def repeated_terms(text: str, analyzer) -> dict:
    """``{term: times}`` for the terms a question says more than once, counted over the words
    natural_query keeps (before it drops repeats) as ``analyzer`` makes them: "retrieval" and
    "retrieve" are one term said twice."""
    stop = query_stop_words()
    words = [word for word in re.findall(r"\w+(?:['’]\w+)*", (text or "").lower())
             if word not in stop and (len(word) >= 2 or word.isdigit())]
    if isinstance(analyzer, ArchiveAnalyzer):  # its cache: a long question costs no more than a short one
        counts = {term: len(positions) for term, positions in analyzer.term_positions(" ".join(words)).items()}
    else:
        counts = {}
        for token in analyzer(" ".join(words)):
            counts[token.text] = counts.get(token.text, 0) + 1
    return {term: n for term, n in counts.items() if n > 1}


def _weigh_repeats(parsed, repeats: dict):
    """Title and body terms a question repeats weighted up, by BM25's query-term saturation (QUERY_K3)."""
    if not repeats:
        return parsed

    def weigh(node):
        if isinstance(node, wq.Term) and node.fieldname in SEARCH_FIELDS and _text(node.text) in repeats:
            n = repeats[_text(node.text)]
            return wq.Term(node.fieldname, node.text, boost=node.boost * (QUERY_K3 + 1) * n / (QUERY_K3 + n))
        return node

    return parsed.accept(weigh)


# -- spelling -------------------------------------------------------------------------------
def edit_distance(a: str, b: str) -> int:
    """Damerau-Levenshtein distance (adjacent transpositions count one)."""
    previous2, previous = None, list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if previous2 is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


def _unstemmed_wildcards(node):
    """``repatriat*`` over title and body: matched against the unstemmed words, not the stems
    (the stem of "repatriation" is "repatri", which no longer starts with "repatriat")."""
    if isinstance(node, wq.Or):
        kids = node.subqueries
        if (kids and all(isinstance(k, (wq.Prefix, wq.Wildcard)) for k in kids)
                and {k.fieldname for k in kids} == set(SEARCH_FIELDS) and len({k.text for k in kids}) == 1):
            return kids[0].__class__("words", kids[0].text)  # only unfielded ones: title:x* stays on title
    return node


def best_correction(reader, word: str, fieldname: str = "words", count=None) -> Optional[str]:
    """The index word within 2 edits of ``word`` that best explains it: fewer edits first, then the
    more documents (each edit costs a factor of ~20 in document frequency). ``count(word)`` is the
    number of articles holding a word (default: the reader's document frequency)."""
    count = count or (lambda w: reader.doc_frequency(fieldname, w))
    own = count(word)
    best, best_score = None, None
    for candidate in reader.terms_within(fieldname, word, 2, prefix=1):
        candidate = _text(candidate)
        if candidate == word:
            continue
        df = count(candidate)
        if df <= own * 10:  # only words far more common than what was typed
            continue
        score = math.log(df + 1) - 3.0 * edit_distance(word, candidate)
        if best_score is None or score > best_score:
            best, best_score = candidate, score
    return best


class ArchiveBM25F(scoring.BM25F):
    """BM25F with the Robertson-Sparck Jones idf (Lucene's): Whoosh's ``log(N/(df+1)) + 1`` gives
    words in most documents nearly the weight of rare ones, which long questions suffer from."""

    shared_idf = True
    plus_one = True

    def idf(self, searcher, fieldname, text):
        parent = searcher.get_parent()
        df = parent.doc_frequency(fieldname, text)
        if self.shared_idf and fieldname == "title":  # a title word is as common as in the articles' text
            df = max(df, parent.doc_frequency("body", text))
        n = parent.doc_count_all()
        if self.plus_one:
            return math.log(1 + (n - df + 0.5) / (df + 0.5))
        return max(1e-6, math.log((n - df + 0.5) / (df + 0.5)))


class _Bonus(wq.Query):
    """Scores worked out beforehand for some documents (``{docnum: score}``, the searcher's
    numbering), matching only those: the feedback words' part of the score of the hits they
    re-rank (FullTextIndex._with_feedback), added with ``AndMaybe(query, _Bonus(...))``."""

    def __init__(self, scores: dict):
        self.scores = scores
        self.boost = 1.0

    def __str__(self):
        return f"<feedback for {len(self.scores)} hits>"

    __unicode__ = __str__

    def __repr__(self):
        return f"_Bonus({len(self.scores)} documents)"

    def __eq__(self, other):
        return other.__class__ is self.__class__ and other.scores == self.scores

    def __hash__(self):
        return hash((self.__class__.__name__, len(self.scores)))

    def is_leaf(self):
        return True

    def estimate_size(self, ixreader):
        return len(self.scores)

    def normalize(self):
        return self

    def matcher(self, searcher, context=None):
        parent = searcher.get_parent()
        offset = 0 if parent is searcher else parent._offset_for_subsearcher(searcher)
        end = offset + searcher.doc_count_all()
        found = sorted((docnum - offset, score) for docnum, score in self.scores.items() if offset <= docnum < end)
        if not found:
            return wq.NullQuery.matcher(searcher, context)
        return ListMatcher([docnum for docnum, _ in found], weights=[score for _, score in found])


class FullTextIndex:
    """A Whoosh index in a folder beside the database."""

    def __init__(self, path, vectors: bool = False, db_path=None):
        self.path = Path(path)
        self.vectors = vectors  # for a new index: see make_schema
        # The archive's database, whose vocabulary table counts the articles holding each word
        # (for "did you mean"); without it the vocabulary index's own counts are used.
        self.db_path = Path(db_path) if db_path else None
        self._ix = None
        self._vocabulary = None
        self._local = threading.local()
        self._lock = threading.Lock()
        self._columns = SegmentColumns()
        self._schema = None

    # -- opening --------------------------------------------------------------------------
    def exists(self) -> bool:
        return self.path.is_dir() and whoosh_index.exists_in(str(self.path))

    def _storage(self):
        # Without mmap: mapped segment files counted against the importer's memory as the index
        # grew (RSS rose ~25 MB per 1,000 articles); plain reads keep it flat.
        return FileStorage(str(self.path), supports_mmap=False)

    def create(self) -> None:
        """A new, empty index (replacing any index already there)."""
        self.path.mkdir(parents=True, exist_ok=True)
        storage = self._storage()
        self._ix = storage.create_index(make_schema(vectors=self.vectors))
        self._vocabulary = storage.create_index(make_vocabulary_schema(), indexname=VOCABULARY)
        self._local = threading.local()

    def ensure(self) -> None:
        if not self.exists():
            self.create()

    @property
    def vocabulary(self):
        """The vocabulary index, or None for an index made before it existed (whose articles
        carry a ``words`` field instead: run ``archive reindex`` to make one)."""
        if self._vocabulary is None:
            with self._lock:
                if self._vocabulary is None and whoosh_index.exists_in(str(self.path), indexname=VOCABULARY):
                    self._vocabulary = self._storage().open_index(indexname=VOCABULARY)
        return self._vocabulary

    @property
    def ix(self):
        if self._ix is None:
            with self._lock:
                if self._ix is None:
                    if not self.exists():
                        raise FileNotFoundError(f"no full-text index at {self.path}; run 'archive reindex'")
                    self._ix = self._storage().open_index()
        return self._ix

    @property
    def schema(self):
        """The index's schema, read once. ``ix.schema`` reads the newest table of contents from disk
        at every call, and an import committing meanwhile may delete that file between Whoosh
        finding it and opening it: a search failed with FileNotFoundError while an import wrote."""
        if self._schema is None:
            self._schema = _retrying_toc(lambda: self.ix.schema)
        return self._schema

    # -- writing --------------------------------------------------------------------------
    @contextlib.contextmanager
    def writer(self, timeout: float = 0.0, limitmb: int = WRITER_MEMORY_MB, new_words: Optional[Callable] = None):
        """A writer that commits when the block ends and cancels if it raises.

        ``new_words(counts)`` is given ``{word: articles}`` of what was written and returns the
        words the vocabulary index does not know yet (the archive keeps the counts in SQLite)."""
        try:
            writer = self.ix.writer(limitmb=limitmb, timeout=timeout, codec=ArchiveCodec())
        except LockError:
            raise IndexBusy(
                f"the full-text index {self.path} is locked by another process (an import?); "
                "wait for it to finish and try again"
            ) from None
        handle = _Writer(writer)
        try:
            yield handle
            # Words first: if the process dies between the two commits, the vocabulary knows a
            # few words no article has yet, which costs nothing (the other order could hide them).
            counts = handle.vocabulary
            if new_words is not None and counts:
                counts = {word: counts[word] for word in new_words(counts)}
            self._add_vocabulary(counts, timeout)
        except BaseException:
            writer.cancel()
            raise
        else:
            writer.commit(mergetype=streamed_merge)

    def _add_vocabulary(self, counts: dict, timeout: float) -> None:
        if not counts or self.vocabulary is None:
            return
        try:
            writer = self.vocabulary.writer(limitmb=WRITER_MEMORY_MB, timeout=timeout, codec=ArchiveCodec())
        except LockError:
            raise IndexBusy(f"the vocabulary of {self.path} is locked by another process; try again") from None
        try:
            writer.add_document(words=sorted(counts.items()))
        except BaseException:
            writer.cancel()
            raise
        writer.commit(mergetype=streamed_merge_tiered)

    # -- reading --------------------------------------------------------------------------
    def _searcher(self):
        """This thread's searcher, reused across searches and renewed after the index changes."""
        old = getattr(self._local, "searcher", None)
        if old is None or old.doc_count_all() == 0:
            # Whoosh's refresh() of a searcher opened on an empty index fails (it has no segments).
            searcher = _retrying_toc(lambda: self.ix.searcher(weighting=self.weighting()))
        else:
            # refresh() reuses the old searcher's segment readers and closes the rest itself:
            # closing the old searcher too would close readers the new one uses (ReaderClosed).
            searcher = _retrying_toc(old.refresh)
            if searcher is not old:
                self._columns.keep_only(searcher)
        self._columns.speed_up(searcher)
        self._local.searcher = searcher
        return searcher

    def _ranked(self, searcher, parsed, start: int, pagelen: int, sortedby, reverse: bool, *,
                optimize: bool, collapse: bool, time_limit: float, everything: bool = False) -> tuple:
        """``(results, the page's hits, timed out)``. Collapsing keeps each story's first hit in the
        ranking. Whoosh's CollapseCollector does that as it collects, which costs a column read
        and a dictionary step for every match and turns off its skipping of blocks that cannot
        reach the top: twice the time of the plain ranking for a common word. Near-copies are
        few, so this ranks a little more than the page needs and drops later copies of a story
        afterwards, asking for more only when copies left the page short. ``everything``: rank
        every match (the results then hold them all)."""
        wanted = start + pagelen
        limit = None if everything else wanted * 2 if collapse else wanted
        while True:
            collector = searcher.collector(limit=limit, sortedby=sortedby, reverse=reverse, terms=True,
                                           optimize=optimize)
            results, timed_out = _collect(searcher, parsed, collector, time_limit)
            ranked = len(results.top_n)
            if not collapse:
                return results, results[start:wanted], timed_out  # a slice: len(results) would re-run it
            stories = self._columns.by_docnum(searcher, "story")
            ids = self._columns.by_docnum(searcher, "id")
            seen, kept = set(), []
            for n in range(ranked):
                docnum = results.top_n[n][1]
                story = stories[docnum] or ids[docnum]
                if story not in seen:
                    seen.add(story)
                    kept.append(n)
            if limit is None or len(kept) >= wanted or ranked < limit or timed_out:
                return results, [results[n] for n in kept[start:wanted]], timed_out
            limit *= 4

    def _words(self):
        """``(reader, count)`` for the archive's words: the vocabulary index's reader and the
        number of articles holding a word; for an index made before it, the articles' own
        ``words`` field. ``(None, None)`` when there are no words yet."""
        vocabulary = self.vocabulary
        if vocabulary is None:
            reader = self._searcher().reader()
            if "words" not in reader.schema:
                return None, None
            return reader, lambda word: reader.doc_frequency("words", word)
        searcher = getattr(self._local, "vocabulary", None)
        if searcher is None or not searcher.up_to_date():
            # Not refresh(): Whoosh's refresh() of a searcher opened on an empty index fails.
            if searcher is not None:
                searcher.close()
            searcher = self._local.vocabulary = _retrying_toc(vocabulary.searcher)
        reader = searcher.reader()
        counted = self._counted_words()
        if counted is not None:
            return reader, counted
        return reader, lambda word: reader.frequency("words", word)

    def _counted_words(self):
        """``count(word)`` from the database's vocabulary table, or None without one (or with an
        empty one: an archive indexed before the table existed)."""
        if self.db_path is None:
            return None
        conn = getattr(self._local, "counts", None)
        if conn is None:
            import sqlite3

            try:
                conn = sqlite3.connect(f"file:{self.db_path}?mode=ro", uri=True, check_same_thread=False)
                if conn.execute("select 1 from vocabulary limit 1").fetchone() is None:
                    conn.close()
                    return None
            except sqlite3.Error:
                return None
            self._local.counts = conn

        def count(word: str) -> int:
            row = conn.execute("select articles from vocabulary where word = ?", [word]).fetchone()
            return row[0] if row else 0

        return count

    def _sound_alike_source(self):
        """``(count, lookup, found_by)`` for :func:`expand_sound_alikes`: the database's vocabulary
        table (its indexed ``phonetic`` column) or, without one, the Whoosh vocabulary's words keyed
        in memory once per version of it; the articles' index for how many a term finds. Each is
        opened at its first use: most queries have no word that needs them."""
        opened: dict = {}

        def words():
            if "words" not in opened:
                reader, count = self._words()
                conn = getattr(self._local, "counts", None) if self._counted_words() is not None else None
                if reader is None:  # no words yet: none is rare
                    opened["words"] = (lambda word: PHONETIC_BELOW, lambda key: [])
                elif conn is not None:
                    import sqlite3

                    def lookup(key: str) -> list:
                        try:
                            return conn.execute("select word, articles from vocabulary where phonetic = ? limit ?",
                                                [key, PHONETIC_SCAN]).fetchall()
                        except sqlite3.Error:  # a database from before the column: no sound-alikes
                            return []

                    opened["words"] = (count, lookup)
                else:
                    keyed = self._phonetic_words(reader)
                    opened["words"] = (count, lambda key: [(word, count(word))
                                                           for word in keyed.get(key, ())[:PHONETIC_SCAN]])
            return opened["words"]

        def found_by(term: str) -> int:
            if "articles" not in opened:
                opened["articles"] = self._searcher().reader()
            return max(opened["articles"].doc_frequency(field, term) for field in SEARCH_FIELDS)

        return (lambda word: words()[0](word)), (lambda key: words()[1](key)), found_by

    def _phonetic_words(self, reader) -> dict:
        """``{phonetic key: [word, ...]}`` of the Whoosh vocabulary (an index without a database)."""
        source = self.vocabulary if self.vocabulary is not None else self.ix
        generation = source.latest_generation()
        cached = getattr(self, "_phonetic_cache", None)
        if cached is not None and cached[0] == generation:
            return cached[1]
        keyed: dict = {}
        for btext in reader.lexicon("words"):
            word = _text(btext)
            if len(word) >= PHONETIC_MIN_LETTERS and not _DIGIT.search(word):
                keyed.setdefault(phonetic_key(word), []).append(word)
        self._phonetic_cache = (generation, keyed)
        return keyed

    def _resolve_words(self, parsed, deadline: float):
        """Unfielded prefixes and wildcards (``repatriat*``, parsed as ``words:repatriat*``) as the
        title and body terms of the vocabulary's words they stand for: ``repatriation`` and
        ``repatriated`` both index as ``repatri``, which no longer starts with ``repatriat``."""
        if not any(isinstance(node, (wq.Prefix, wq.Wildcard)) and node.fieldname == "words"
                   for node in _leaves(parsed)):
            return parsed
        reader, _ = self._words()
        if reader is None or self.vocabulary is None:
            return parsed  # an index made before the vocabulary: its articles have the words field

        def resolve(node):
            if not (isinstance(node, (wq.Prefix, wq.Wildcard)) and node.fieldname == "words"):
                return node
            if not _LETTER.search(node.text):  # numbers are not in the vocabulary, nor stemmed
                return wq.Or([node.__class__(field, node.text, boost=FIELD_BOOSTS[field]) for field in SEARCH_FIELDS])
            keys, words = [], 0
            for btext in node._btexts(reader):
                words += 1
                if words > MAX_EXPANDED_TERMS or time.monotonic() > deadline:
                    raise QueryError(
                        f"'{node.text}*' stands for too many different words to search in time (over "
                        f"{min(words, MAX_EXPANDED_TERMS):,}); add letters before * or ?.")
                for key in name_key(_text(btext)):
                    if key not in keys:
                        keys.append(key)
            if not keys:
                return wq.NullQuery
            return wq.Or([wq.Term(field, key, boost=FIELD_BOOSTS[field]) for key in keys for field in SEARCH_FIELDS])

        return parsed.accept(resolve)

    def weighting(self):
        return ArchiveBM25F(**BM25_PARAMS)

    def doc_count(self) -> int:
        return self._searcher().doc_count()

    def all_ids(self) -> set:
        searcher = self._searcher()
        reader = searcher.reader()
        if reader.doc_count_all() == 0:  # an empty index has no columns to read
            return set()
        column = reader.column_reader("id")
        return {_text(column[docnum]) for docnum in reader.all_doc_ids()}

    def parse(self, text: str, *, natural: bool = False):
        return self.parse_expanded(text, expand=False, natural=natural)[0]

    def parse_expanded(self, text: str, *, expand: bool = True, natural: bool = False, phonetic: bool = False):
        """``(query, names added by the alias table)``. ``natural``: plain words OR-ed (see natural_query).
        ``phonetic`` (with ``expand``) adds sound-alikes of rare words (see expand_sound_alikes), also named."""
        parsed, added, sounds = self._parse(text, expand=expand, natural=natural, phonetic=phonetic)
        return parsed, added + [name for name in sounds if name not in added]

    def _parse(self, text: str, *, expand: bool, natural: bool, phonetic: bool):
        """``(query, names added by the alias table, sound-alikes added)``."""
        text = question = (text or "").strip()
        if natural:
            text = natural_query(text)
        if not text:
            raise QueryError("Type something to search for.")
        if not natural:
            check_query_text(text)
        added, sounds = [], []
        if expand:
            text, added = expand_aliases(text)
            if phonetic:
                text, sounds = expand_sound_alikes(text, *self._sound_alike_source())
                sounds = [name for name in sounds if name not in added]
        grouping = {"group": OrGroup} if natural else {}
        parser = MultifieldParser(list(SEARCH_FIELDS), schema=self.schema, fieldboosts=FIELD_BOOSTS, **grouping)
        parser.add_plugin(FieldAliasPlugin({"tags": ["tag"], "outlet": ["source"], "author": ["byline"]}))
        try:
            parsed = parser.parse(text if natural else rewrite_dates(text))
        except Exception as error:  # whoosh raises assorted errors on odd input
            raise QueryError(f"The query could not be understood: {error}") from None
        parsed = parsed.accept(_unstemmed_wildcards)
        if natural:
            parsed = _weigh_repeats(parsed, repeated_terms(question, self.schema["body"].analyzer))
        problem = _query_problem(parsed)
        if problem:
            raise QueryError(problem)
        return parsed, added, sounds

    def search(
        self,
        text: str,
        *,
        page: int = 1,
        pagelen: int = 20,
        sort: str = "relevance",
        filters: Optional[dict] = None,
        fetch_texts: Optional[Callable[[list], dict]] = None,
        want_all_ids: bool = False,
        time_limit: float = DEFAULT_TIME_LIMIT,
        collapse: bool = False,
        expand: bool = True,
        feedback: Optional[bool] = None,
        natural: bool = False,
        suggest: bool = True,
        phonetic: Optional[bool] = None,
    ) -> SearchPage:
        """Ranked hits for one page, the total, and (optionally) every matching id.

        ``filters`` narrows to ``outlet`` (exact name), ``year`` (int) and ``tag`` values.
        ``fetch_texts(ids)`` returns ``{id: {"title": ..., "body": ...}}`` for highlighting.
        ``collapse`` keeps one hit per story (near-duplicate copies share a story).
        ``expand`` searches every spelling of a known name (``archive/data/gazetteer.txt``);
        ``feedback`` re-ranks by words of the top hits (RM3), for relevance sort only (default: FEEDBACK,
        for queries of FEEDBACK_MIN_WORDS words or more);
        ``natural`` reads the text as a question: its words OR-ed, no query syntax.
        ``suggest`` looks for a "did you mean" when few articles match (pages only need it).
        ``phonetic`` (default PHONETIC; off when ``expand`` is) also searches, at a lower weight, the
        archive's words that sound like a rare query word no alias knows (see expand_sound_alikes).
        """
        phonetic = expand and (PHONETIC if phonetic is None else phonetic)
        parsed, added, sounds = self._parse(text, expand=expand, natural=natural, phonetic=phonetic)
        page = max(1, page)
        searcher = self._searcher()
        if searcher.doc_count_all() == 0:  # an empty index has no columns to read
            return SearchPage(query=text, parsed=str(parsed), total=0, page=page, pagelen=pagelen,
                              also_searched=added + sounds, sounds_like=sounds)
        # Matchers for every word a prefix stands for are built before the time limit applies.
        parsed = self._resolve_words(parsed, time.monotonic() + time_limit)
        problem = _expansion_problem(parsed, searcher.reader(), time.monotonic() + time_limit)
        if problem:
            raise QueryError(problem)
        restrict = _filter_query(filters or {})
        sortedby = {"date": "newest", "oldest": "oldest"}.get(sort)
        reverse = sort == "date"
        if feedback is None:
            feedback = FEEDBACK and len(natural_query(text).split()) >= FEEDBACK_MIN_WORDS
        matching = parsed  # feedback adds to scores only: the matches are the query's own
        if sortedby is None and feedback:
            parsed = self._with_feedback(searcher, parsed, restrict, time_limit)
        if restrict is not None:
            # Require scores by the query alone; a collector filter would escape the time limit.
            parsed = wq.Require(parsed, restrict)
            matching = wq.Require(matching, restrict)
        # Block-quality skipping trips an assertion in Whoosh's Require matcher: off when filtering.
        if sortedby is not None:
            sortedby = _CachedColumnFacet(sortedby, self._columns)
        start = (page - 1) * pagelen
        # Phrases (and the names expanded into them) cost most in matching, position by position:
        # rank every match in one pass rather than match twice (ranked page, then every id).
        one_pass = _matches_positions(parsed)
        results, page_hits, timed_out = self._ranked(searcher, parsed, start, pagelen, sortedby, reverse,
                                                     optimize=restrict is None, collapse=collapse,
                                                     time_limit=time_limit, everything=one_pass)
        if one_pass:
            everything = results
        else:
            # Every match (unscored, cheap) gives the exact total and the ids for facet counts.
            everything, more_timed_out = _collect(searcher, matching, searcher.collector(limit=None, scored=False),
                                                  time_limit)
            timed_out = timed_out or more_timed_out
        column = self._columns.by_docnum(searcher, "id")
        # Results.docs() would re-run the query without the filter; top_n holds what was collected.
        docs = [docnum for _, docnum in everything.top_n]
        total = len(docs)
        all_ids = [column[docnum] for docnum in docs] if want_all_ids else []
        ids = [column[hit.docnum] for hit in page_hits]
        stories = searcher.reader().column_reader("story")
        texts = fetch_texts(ids) if fetch_texts and ids else {}
        hits = []
        for hit, article_id in zip(page_hits, ids):
            text_of = texts.get(article_id, {})
            hits.append(
                Hit(
                    id=article_id,
                    story=_text(stories[hit.docnum]) or article_id,
                    score=hit.score if sortedby is None else None,
                    title_html=_highlight(results, hit, "title", text_of.get("title") or "", whole=True),
                    snippet_html=_highlight(results, hit, "body", text_of.get("body") or ""),
                )
            )
        return SearchPage(
            query=text,
            parsed=str(matching),
            total=total,
            page=page,
            pagelen=pagelen,
            hits=hits,
            all_ids=all_ids,
            timed_out=timed_out,
            also_searched=added + sounds,
            sounds_like=sounds,
            suggestion=self.suggest(text) if suggest and total < SUGGEST_BELOW and not natural and page == 1 else None,
        )

    def search_terms(self, text: str, limit: int = 1000, **options) -> list:
        """Ids for a natural-language query (its words OR-ed, stop words dropped), best first:
        what bench/relevance.py measures."""
        page = self.search(text, natural=True, pagelen=limit, **options)
        return [hit.id for hit in page.hits]

    def _with_feedback(self, searcher, parsed, restrict, time_limit: float):
        """The query with the RM3 feedback words of its top hits added, as scores for its first
        FEEDBACK_RERANK hits (see FEEDBACK). A hit's words come from its term vector or, in an index
        without them (the archive's), from its text in the archive's database (``db_path``); with
        neither the query is left as it is."""
        if self.db_path is None and not self.schema["body"].vector:
            return parsed
        try:
            # No block-quality skipping under a filter (it trips an assertion in Whoosh's Require matcher).
            collector = searcher.collector(limit=max(FEEDBACK_RERANK, FEEDBACK_DOCS), optimize=restrict is None)
            top, timed_out = _collect(searcher, wq.Require(parsed, restrict) if restrict is not None else parsed,
                                      collector, time_limit / 4)
            if timed_out or len(top.top_n) < 2:
                return parsed
            reader = searcher.reader()
            first = top.top_n[:FEEDBACK_DOCS]
            hits = [(score, words) for (score, _), words in zip(first, self._hit_words(reader, first))
                    if words and score > 0]
        except QueryError:
            return parsed
        scores = sum(score for score, _ in hits)
        if len(hits) < 2 or not scores:
            return parsed
        own: dict = {}  # word: sum over the hits holding it of share x times
        shares: dict = {}  # word: sum of the shares of the hits holding it
        for score, words in hits:
            share = score / scores / (sum(words.values()) + FEEDBACK_MU)
            for word, n in words.items():
                if not word.isdigit():
                    own[word] = own.get(word, 0.0) + share * n
                    shares[word] = shares.get(word, 0.0) + share
        # The collection's share of a word (a lookup each) only for the likeliest: the same words
        # on Cranfield as looking up all of them, at a sixth of the cost on TIME.
        likeliest = sorted(own, key=lambda word: -own[word])[:4 * FEEDBACK_TERMS]
        collection = reader.field_length("body") or 1
        model = {word: own[word] + shares[word] * FEEDBACK_MU * reader.frequency("body", word) / collection
                 for word in likeliest}
        chosen = sorted(model.items(), key=lambda item: -item[1])[:FEEDBACK_TERMS]
        total = sum(p for _, p in chosen)
        if not total:
            return parsed
        # Weights in units of one query word: the query's words weigh what they weigh (1, or more when
        # repeated), the feedback words (1 - FEEDBACK_ORIGINAL) / FEEDBACK_ORIGINAL as much in all.
        weights: dict = {}
        for leaf in _leaves(parsed):
            for fieldname, term in leaf.iter_all_terms():
                if fieldname in SEARCH_FIELDS:
                    word = _text(term)
                    weights[word] = max(weights.get(word, 0.0), leaf.boost if isinstance(leaf, wq.Term) else 1.0)
        scale = (1 - FEEDBACK_ORIGINAL) / FEEDBACK_ORIGINAL * (sum(weights.values()) or 1.0) / total
        # Scored for the first FEEDBACK_RERANK hits only (a skip through each word's postings): as
        # optional clauses of the query, every match paid for every feedback word (4-10 x the time of
        # the query alone, growing with the archive). Feedback only adds to scores, so these hits
        # stay ahead of the rest, which keep the query's order.
        docnums = sorted(docnum for _, docnum in top.top_n)
        bonus: dict = {}
        for word, p in chosen:
            for fieldname in SEARCH_FIELDS:
                if not reader.doc_frequency(fieldname, word):
                    continue
                boost = scale * p * FIELD_BOOSTS[fieldname]
                postings = searcher.postings(fieldname, word)  # scored as the query's words are
                if not postings.is_active():
                    continue
                for docnum in docnums:
                    at = postings.id()
                    if at < docnum:
                        postings.skip_to(docnum)
                        if not postings.is_active():
                            break
                        at = postings.id()
                    if at == docnum:
                        bonus[docnum] = bonus.get(docnum, 0.0) + boost * postings.score()
        return wq.AndMaybe(parsed, _Bonus(bonus)) if bonus else parsed

    def _hit_words(self, reader, top_n) -> list:
        """``{term: times}`` of the body of each hit of ``top_n`` (``(score, docnum)``), ``{}`` when unknown."""
        docnums = [docnum for _, docnum in top_n]
        if all(reader.has_vector(docnum, "body") for docnum in docnums):
            return [{_text(word): n for word, n in reader.vector_as("weight", docnum, "body")} for docnum in docnums]
        column = reader.column_reader("id")
        ids = [_text(column[docnum]) for docnum in docnums]
        texts = self._article_texts(ids)
        analyzer = self.schema["body"].analyzer
        found = []
        for article_id in ids:
            row = texts.get(article_id) or {}
            body = indexed_text(row.get("title"), row.get("body"), row.get("lede"))[1]
            if isinstance(analyzer, ArchiveAnalyzer):
                found.append({term: len(positions) for term, positions in analyzer.term_positions(body).items()})
            else:
                words: dict = {}
                for token in analyzer(body):
                    words[token.text] = words.get(token.text, 0) + 1
                found.append(words)
        return found

    def _article_texts(self, ids: list) -> dict:
        """``{id: {"title", "lede", "body"}}`` from the archive's database (this thread's read-only
        connection), ``{}`` without one."""
        if self.db_path is None or not ids:
            return {}
        import sqlite3

        conn = getattr(self._local, "texts", None)
        try:
            if conn is None:
                conn = self._local.texts = sqlite3.connect(f"file:{self.db_path}?mode=ro", uri=True,
                                                           check_same_thread=False)
            rows = conn.execute(f"select id, title, lede, body from articles where id in ({','.join('?' * len(ids))})",
                                ids).fetchall()
        except sqlite3.Error:
            return {}
        return {row[0]: {"title": row[1], "lede": row[2], "body": row[3]} for row in rows}

    def suggest(self, text: str) -> Optional[str]:
        """A "did you mean" query: each word the index hardly knows replaced by the best index word
        within two edits (see best_correction), or None when nothing would change."""
        text = (text or "").strip()
        if not text or len(text) > MAX_QUERY_CHARS:
            return None
        reader, count = self._words()
        if reader is None or reader.doc_count_all() == 0:
            return None
        stop = query_stop_words()
        changed, out, last = False, [], 0
        for match in re.finditer(r"(?<![\w:*?])[^\W\d_]{3,}(?![\w:*?'’-])", text):
            word = match.group(0)
            lower = word.lower()
            if word in _OPERATORS or lower in stop or name_key(word) in alias_table():
                continue  # a known name is searched in all its spellings already
            if count(lower) >= 3:
                continue
            better = best_correction(reader, lower, count=count)
            if better:
                changed = True
                cased = better.upper() if word.isupper() else better.capitalize() if word[:1].isupper() else better
                out.append(text[last:match.start()] + cased)
                last = match.end()
        out.append(text[last:])
        return "".join(out) if changed else None

    def more_like(self, article_id: str, limit: int = 5, text: Optional[str] = None) -> list:
        """Ids of up to ``limit`` articles most like this one (key terms of its body, taken from
        ``text`` — the body as SQLite holds it — or from term vectors), other stories first."""
        searcher = self._searcher()
        try:
            docnum = searcher.document_number(id=article_id)
            if docnum is None or (not text and not searcher.reader().has_vector(docnum, "body")):
                return []
            reader = searcher.reader()
            stories = reader.column_reader("story")
            own_story = _text(stories[docnum]) or article_id
            results = searcher.more_like(docnum, "body", text=text or None, top=limit * 4, numterms=20, normalize=True)
            ids, seen = [], {own_story}
            column = reader.column_reader("id")
            for hit in results:
                story = _text(stories[hit.docnum]) or _text(column[hit.docnum])
                if story in seen:
                    continue
                seen.add(story)
                ids.append(_text(column[hit.docnum]))
                if len(ids) >= limit:
                    break
            return ids
        except Exception:  # an index built before term vectors, or a Whoosh fault: no suggestions
            return []

    def matching_ids(self, text: str, limit: Optional[int] = None, time_limit: float = DEFAULT_TIME_LIMIT,
                     **options) -> list:
        """Ids of matching articles, best first (for the SQL function)."""
        limit = limit if limit and limit > 0 else None
        page = self.search(text, page=1, pagelen=limit or 10_000_000, time_limit=time_limit, suggest=False, **options)
        return [hit.id for hit in page.hits]


class _Writer:
    def __init__(self, writer):
        self._writer = writer
        self.vocabulary: dict = {}  # word -> articles of this batch holding it

    def upsert(self, article: dict, analysed: Optional[dict] = None) -> None:
        """Add or replace an article (a row as stored); ``analysed``: its text analysed ahead."""
        self._add(article, analysed, replace=True)

    def add(self, article: dict) -> None:
        """Add, not replace: for a fresh index (a reindex), where no older copy can exist."""
        self._add(article, None, replace=False)

    def _add(self, article: dict, analysed: Optional[dict], replace: bool) -> None:
        doc = document(article, analysed)
        if replace:
            self._writer.update_document(**doc)
        else:
            self._writer.add_document(**doc)
        counts = self.vocabulary
        words = analysed["vocabulary"] if analysed else vocabulary_words(doc["title"], doc["body"])
        for word in words:
            counts[word] = counts.get(word, 0) + 1

    def delete(self, article_id: str) -> None:
        self._writer.delete_by_term("id", article_id)


def _text(value) -> str:
    return value.decode("utf-8") if isinstance(value, bytes) else value


class _Deadline(TimeLimitCollector):
    """A time limit that also holds when an outer collector (collapse) drives the loop."""

    def collect(self, sub_docnum):
        if self.timedout:
            raise TimeLimit
        return self.child.collect(sub_docnum)


def _matches_positions(query) -> bool:
    """Whether the query matches by word positions (a phrase, or spans) anywhere in it."""
    from whoosh.query.spans import SpanQuery

    if isinstance(query, (wq.Phrase, wq.Ordered, SpanQuery)):
        return True
    return any(_matches_positions(child) for child in query.children())


class SegmentColumns:
    """Whole columns of the index's segments, read in one go and kept.

    Whoosh reads a column value with a seek and a read each time (~15 µs), and a search reads
    one for every hit: the id of each (SQLite counts facets over them), its story (near-copies
    collapse to one hit) and, sorting by date, its date. For 38,000 hits that was over half a
    second. A segment never changes once written (deletions are kept beside it), so a column
    read whole stays true for as long as the segment exists; segments that merged away are
    dropped from the cache when a new searcher no longer holds them."""

    def __init__(self):
        self._values: dict = {}  # (segment id, field) -> list or array, by segment docnum
        self._lock = threading.Lock()

    def values(self, segment_reader, fieldname):
        key = (segment_reader.segment().segment_id(), fieldname)
        found = self._values.get(key)
        if found is None:
            found = _read_column(segment_reader, fieldname)
            with self._lock:
                self._values[key] = found
        return found

    def by_docnum(self, searcher, fieldname):
        """The column for the searcher's docnums (all its segments in order), kept on the searcher."""
        kept = getattr(searcher, "_archive_columns", None)
        if kept is None:
            kept = searcher._archive_columns = {}
        if fieldname not in kept:
            combined = []
            for segment_reader, _offset in searcher.reader().leaf_readers():
                combined.extend(self.values(segment_reader, fieldname))
            kept[fieldname] = combined
        return kept[fieldname]

    def lengths(self, segment_reader, fieldname):
        """The field's length in each document of the segment (``None`` where it is empty)."""
        key = (segment_reader.segment().segment_id(), "length:" + fieldname)
        found = self._values.get(key)
        if found is None:
            # () when the field keeps no lengths: Whoosh's own method answers
            found = _whole_lengths(segment_reader._perdoc, fieldname, segment_reader.doc_count_all()) or ()
            with self._lock:
                self._values[key] = found
        return found

    def speed_up(self, searcher) -> None:
        """Serve the scorer's field lengths from whole columns: BM25 asks one for every document it
        scores, which Whoosh reads from the file each time (~30 ms of a common word's search)."""
        for segment_reader, _ in searcher.reader().leaf_readers():
            if not getattr(segment_reader, "_archive_lengths", False):
                segment_reader.doc_field_length = self._length_function(segment_reader)
                segment_reader._archive_lengths = True
        # A searcher copies its reader's method when it is made: give the segments' searchers
        # (which the scorers ask) the new one.
        for leaf_searcher, _ in searcher.leaf_searchers():
            leaf_searcher.doc_field_length = leaf_searcher.ixreader.doc_field_length

    def _length_function(self, segment_reader):
        original = type(segment_reader).doc_field_length.__get__(segment_reader)
        columns = {}

        def doc_field_length(docnum, fieldname, default=0):
            column = columns.get(fieldname)
            if column is None:
                column = columns[fieldname] = self.lengths(segment_reader, fieldname)
            if not column:
                return original(docnum, fieldname, default)
            return column[docnum]

        return doc_field_length

    def keep_only(self, searcher) -> None:
        """Forget the columns of segments the searcher no longer has (merged away)."""
        live = {reader.segment().segment_id() for reader, _ in searcher.reader().leaf_readers()}
        with self._lock:
            for key in [key for key in self._values if key[0] not in live]:
                del self._values[key]


def _read_column(segment_reader, fieldname):
    """A segment's whole column in one read (texts decoded), by segment docnum."""
    from whoosh.columns import NumericColumn, VarBytesColumn

    count = segment_reader.doc_count_all()
    column = segment_reader.column_reader(fieldname, translate=False)
    if isinstance(column, VarBytesColumn.Reader):
        offsets, lengths = column._offsets, column._lengths
        end = max((offset + length for offset, length in zip(offsets, lengths)), default=0)
        data = column._dbfile.get(column._basepos, end) if end else b""
        return [data[offset:offset + length].decode("utf-8") for offset, length in zip(offsets, lengths)]
    if isinstance(column, NumericColumn.Reader) and column._typecode not in "qQ":
        return _read_fixed(column, count)
    return [_text(value) for value in column]


def _read_fixed(column, count: int):
    """A NumericColumn's values in one read, as an array (Whoosh writes them big-endian)."""
    from array import array
    import sys

    values = array(column._typecode)
    values.frombytes(column._dbfile.get(column._basepos, column._count * column._fixedlen))
    if sys.byteorder == "little" and values.itemsize > 1:
        values.byteswap()
    values.extend([column._default] * (count - len(values)))
    return values


class _CachedColumnFacet(FieldFacet):
    """A field facet (collapsing, sorting) whose keys come from :class:`SegmentColumns`."""

    def __init__(self, fieldname: str, columns: SegmentColumns):
        super().__init__(fieldname)
        self._columns = columns

    def categorizer(self, global_searcher):
        return _CachedColumnCategorizer(self.fieldname, self._columns)


class _CachedColumnCategorizer(Categorizer):
    def __init__(self, fieldname: str, columns: SegmentColumns):
        self._fieldname = fieldname
        self._columns = columns
        self._values = None

    def set_searcher(self, segment_searcher, docoffset):
        self._values = self._columns.values(segment_searcher.reader(), self._fieldname)

    def key_for(self, matcher, segment_docnum):
        return self._values[segment_docnum]


def _collect(searcher, parsed, collector, time_limit: float, collapse=False):
    """``collapse``: a facet to keep one hit per key of (or True: Whoosh's story column facet)."""
    limited = _Deadline(collector, timelimit=time_limit, use_alarm=False)
    if collapse is True:
        collapse = FieldFacet("story")
    outer = CollapseCollector(limited, collapse, limit=1) if collapse else limited
    try:
        searcher.search_with_collector(parsed, outer)
        return outer.results(), False
    except TimeLimit:
        return outer.results(), True
    except (AssertionError, ValueError, TypeError, IndexError, KeyError) as error:
        # Whoosh has a few internal faults on odd query shapes; say so instead of crashing.
        raise QueryError(f"The search engine could not run this query ({type(error).__name__}); try rephrasing it.") from error


def _filter_query(filters: dict):
    terms = []
    if filters.get("outlet"):
        terms.append(wq.Term("outlet_exact", filters["outlet"]))
    if filters.get("year"):
        terms.append(wq.NumericRange("year", int(filters["year"]), int(filters["year"])))
    for tag in filters.get("tags") or []:
        terms.append(wq.Term("tags", tag.lower()))
    if not terms:
        return None
    return wq.And(terms)


def _expansion_problem(parsed, reader, deadline: float) -> Optional[str]:
    """A message when the query's wildcards, prefixes, ranges or fuzzy terms stand for too many words."""
    total = 0
    for node in parsed.leaves() if hasattr(parsed, "leaves") else [parsed]:
        if isinstance(node, wq.MultiTerm):
            for _ in node._btexts(reader):
                total += 1
                if total > MAX_EXPANDED_TERMS or time.monotonic() > deadline:
                    return (f"'{node}' stands for too many different words to search in time (over "
                            f"{min(total, MAX_EXPANDED_TERMS):,}); add letters before * or ?, or narrow the range.")
    return None


def _leaves(parsed) -> list:
    return list(parsed.leaves()) if hasattr(parsed, "leaves") and not parsed.is_leaf() else [parsed]


def _query_problem(parsed) -> Optional[str]:
    """A message for what the parser could not make sense of, or None."""
    for node in parsed.leaves() if hasattr(parsed, "leaves") else [parsed]:
        if isinstance(node, wq.Query) and node.__class__.__name__ == "Error":
            return f"The query could not be understood near {getattr(node, 'text', '')!r}."
    text = str(parsed)
    if "<_NullQuery>" in text or parsed is wq.NullQuery:
        return "The query has no words to search for (only stop words or punctuation?)."
    return None


def _highlight(results, hit, fieldname: str, text: str, whole: bool = False) -> str:
    from markupsafe import escape

    if not text:
        return ""
    results.formatter = HtmlFormatter(tagname="mark", between=" … ")
    results.fragmenter = WholeFragmenter() if whole else ContextFragmenter(maxchars=240, surround=70)
    try:
        html = hit.highlights(fieldname, text=text, top=2)
    except Exception:
        html = ""
    if html:
        return html
    if whole:
        return str(escape(text))
    snippet = text[:240].rsplit(" ", 1)[0] + ("…" if len(text) > 240 else "")
    return str(escape(snippet))
