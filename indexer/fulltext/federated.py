"""One shard's part of a search over many indexes ranked as one: collection-wide statistics.

BM25F needs three statistics of the whole collection: the number of documents, each query
term's document frequency and each field's average length. An index searched alone takes them
from itself, so the same article scores differently in a shard than in one index holding every
article. Here a search over shards goes in two steps:

1. :meth:`ShardIndex.statistics` parses the query as the index would search it (names expanded,
   prefixes resolved against this shard's words) and returns :class:`Statistics`: its document
   count, its total field lengths and the document frequency of every term the query holds
   (a title word's body frequency too: the archive's idf shares them, see ``ArchiveBM25F``).
2. The caller adds the shards' statistics up (:meth:`Statistics.add`) and gives the sum to
   :meth:`ShardIndex.search_with`, which ranks with :class:`CollectionBM25F`: the same
   ``ArchiveBM25F`` formula fed the sums. Integers are summed, so the idf and the average length
   are the same floating-point numbers a single index computes, and each score the same bits.

A known name is searched in the spellings the *collection* holds (one index searches those its
own articles hold): statistics are taken over every spelling, and the search keeps those whose
terms the summed frequencies show somewhere (:meth:`Statistics.holds`). Otherwise a shard that
lacked a spelling would neither search nor count it, and the sums would fall short.

Nothing here changes how a single index searches: :class:`ShardIndex` is a ``FullTextIndex``
whose searches, when given statistics, run on a searcher of their own (a fresh idf cache)
weighted by them. Sound-alikes of a rare word are searched: each shard adds those its own
vocabulary holds, in its statistics and its search alike, so their frequencies sum as any term's
(which a shard finds rare is its own count: "Ghuwayrn prison" finds what one archive finds on the
sets measured, not by construction). Query rewriting that needs the collection's top hits or whole
vocabulary is left off (pseudo-relevance feedback, "did you mean").
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field

from whoosh.scoring import BM25FScorer
from whoosh.searching import Searcher

from indexer.fulltext.fields import SEARCH_FIELDS
from indexer.fulltext.index import FullTextIndex
from indexer.fulltext.query import _expansion_problem, QueryError
from indexer.fulltext.ranking import BM25_PARAMS, ArchiveBM25F

_EVERY = object()  # statistics are taken over every spelling of a name
# What a search across shards leaves off (see the module's docstring).
# Sound-alikes are searched: each shard adds those of its own words, in the statistics and in the search
# alike, so their frequencies are summed like any term's (a shard that lacks a sound-alike holds none of it).
SHARD_SEARCH_OPTIONS = {"phonetic": True, "feedback": False, "suggest": False}


@dataclass
class Statistics:
    """A collection's (or one shard's) statistics for one query: ``documents`` (Whoosh's
    ``doc_count_all``), ``field_lengths`` ({field: total tokens}) and ``frequencies``
    ({(field, term bytes): documents holding it})."""

    documents: int = 0
    field_lengths: dict = field(default_factory=dict)
    frequencies: dict = field(default_factory=dict)

    def add(self, other: "Statistics") -> "Statistics":
        self.documents += other.documents
        for name, n in other.field_lengths.items():
            self.field_lengths[name] = self.field_lengths.get(name, 0) + n
        for key, n in other.frequencies.items():
            self.frequencies[key] = self.frequencies.get(key, 0) + n
        return self

    def holds(self, key) -> bool:
        """Whether the collection holds every term of a name's spelling (``key``), as one index's
        ``_holds_terms`` asks: the alias table searches only the spellings the articles have."""
        return all(any(self.frequencies.get((name, term.encode("utf8") if isinstance(term, str) else term))
                       for name in SEARCH_FIELDS) for term in key)

    def average_length(self, fieldname: str) -> float:
        # Whoosh's Searcher.avg_field_length: the total over doc_count_all.
        return self.field_lengths.get(fieldname, 0) / (self.documents or 1)


class CollectionBM25F(ArchiveBM25F):
    """ArchiveBM25F with the collection's statistics instead of the searcher's. A term the
    statistics do not hold is scored with this shard's own frequency and remembered in
    ``missing`` (the caller can tell the ranking may differ)."""

    def __init__(self, statistics: Statistics, **params):
        super().__init__(**params)
        self.statistics = statistics
        self.missing: set = set()

    def _frequency(self, searcher, fieldname, text) -> int:
        key = (fieldname, text if isinstance(text, bytes) else str(text).encode("utf8"))
        found = self.statistics.frequencies.get(key)
        if found is None:
            self.missing.add(key)
            return searcher.get_parent().doc_frequency(fieldname, text)
        return found

    def idf(self, searcher, fieldname, text):
        df = self._frequency(searcher, fieldname, text)
        if self.shared_idf and fieldname == "title":
            df = max(df, self._frequency(searcher, "body", text))
        n = self.statistics.documents
        if self.plus_one:
            return math.log(1 + (n - df + 0.5) / (df + 0.5))
        return max(1e-6, math.log((n - df + 0.5) / (df + 0.5)))

    def scorer(self, searcher, fieldname, text, qf=1):
        scorer = super().scorer(searcher, fieldname, text, qf=qf)
        if isinstance(scorer, BM25FScorer):
            scorer.avgfl = self.statistics.average_length(fieldname) or 1
        return scorer


class ShardIndex(FullTextIndex):
    """A full-text index searched as one shard of a collection (see the module's docstring)."""

    def statistics(self, text: str, *, expand: bool = True, natural: bool = False,
                   time_limit: float = 5.0) -> Statistics:
        """This shard's statistics for the terms of ``text`` as :meth:`search_with` will search it:
        every spelling of a known name counted, whether this shard holds it or not (which ones are
        searched depends on the whole collection's articles: :meth:`Statistics.holds`)."""
        self._local.holds = _EVERY
        try:
            parsed, _, _ = self._parse(text, expand=expand, natural=natural,
                                       phonetic=expand and SHARD_SEARCH_OPTIONS["phonetic"])
        finally:
            self._local.holds = None
        base = super()._searcher()
        reader = base.reader()
        found = Statistics(documents=base.doc_count_all())
        if found.documents == 0:
            return found
        parsed = self._resolve_words(parsed, time.monotonic() + time_limit)
        problem = _expansion_problem(parsed, reader, time.monotonic() + time_limit)
        if problem:
            raise QueryError(problem)
        schema = self.schema
        for name in set(SEARCH_FIELDS) | {"body"}:
            if name in schema.names() and schema[name].scorable:
                found.field_lengths[name] = reader.field_length(name)
        for fieldname, term in parsed.iter_all_terms():
            if fieldname not in schema.names():
                continue
            try:
                encoded = schema[fieldname].to_bytes(term)
            except Exception:  # a value the field cannot hold matches nothing
                continue
            keys = [(fieldname, encoded)] + ([("body", encoded)] if fieldname == "title" else [])
            for key in keys:
                if key not in found.frequencies:
                    found.frequencies[key] = reader.doc_frequency(*key)
        return found

    def search_with(self, statistics: Statistics, text: str, **options):
        """``search(text, **options)`` ranked by the collection's ``statistics``; the page's
        ``missing_terms`` lists terms the statistics lacked (scored by this shard's own)."""
        weighting = CollectionBM25F(statistics, **BM25_PARAMS)
        for name, value in SHARD_SEARCH_OPTIONS.items():
            options.setdefault(name, value)
        self._local.weighting = weighting
        self._local.holds = statistics
        try:
            page = self.search(text, **options)
        finally:
            self._local.weighting = None
            self._local.holds = None
        page.missing_terms = sorted(weighting.missing)
        return page

    def _holds_terms(self):
        # A name's spellings are searched when the collection holds them, not this shard alone: a
        # shard without "camp" must still count al-Hol camp's terms, or the sums fall short.
        holds = getattr(self._local, "holds", None)
        if holds is _EVERY:
            return None  # every spelling (statistics: what they find, zero or not, is counted)
        if holds is not None:
            return holds.holds
        return super()._holds_terms()

    def _searcher(self):
        base = super()._searcher()
        weighting = getattr(self._local, "weighting", None)
        if weighting is None:
            return base
        # A searcher of this search's own over the same readers: its idf cache is fresh and its
        # weighting the collection's; the index's own searcher is left as it was.
        return Searcher(base.reader(), weighting=weighting, closereader=False, fromindex=self.ix)
