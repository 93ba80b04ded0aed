"""A search page on arrays: every match scored (:mod:`indexer.fulltext.matching`), the filters,
top k by ``np.argpartition`` or a date column, one hit per story, the exact total, and the
facet counts over every hit from per-segment arrays (:mod:`indexer.fulltext.segment_arrays`).

:class:`ArraySearch` is what the index keeps between searches (the postings cache and the
column arrays); :meth:`ArraySearch.rank` answers what Whoosh's collectors answered, in the same
order, or raises :class:`~indexer.fulltext.matching.Unsupported` for a query it does not evaluate
(the caller then runs Whoosh's collectors). Highlights stay Whoosh's: :meth:`Ranked.results`
gives a Whoosh ``Results`` holding the page's hits and the query terms that matched, which
Whoosh's highlighter reads as it reads a ``terms=True`` collector's.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Callable, Optional

import numpy as np

from indexer.fulltext.highlight import HighlightAnalyzer, _HighlightSearcher  # noqa: F401 (HighlightAnalyzer: re-exported)
from indexer.fulltext.joined_arrays import Joined, segments_key
from indexer.fulltext.segment_arrays import ColumnArrays, count_values, month_text
from indexer.fulltext.postings import PostingsCache
from indexer.fulltext.postings_files import PostingsFiles
from indexer.fulltext.matching import Matches, Unsupported, match_all, member, sorted_order, top_order

__all__ = ["ArraySearch", "Ranked", "Unsupported"]


@dataclass
class Ranked:
    """A query's answer on arrays: ``total`` (every match, filters applied), ``page`` (the
    page's ``(global docnum, score or None)``, best first), ``docnums`` (every match, ascending),
    and what facet counting and highlighting need."""

    total: int
    page: list
    docnums: np.ndarray
    matches: Matches
    terms: set = field(default_factory=set)

    def results(self, searcher, parsed, analyzers: Optional[dict] = None):
        """A Whoosh ``Results`` for the page (for the highlighter) and its ``Hit`` objects.
        ``analyzers``: ``{field: analyzer}`` the highlighter re-tokenizes the texts with instead
        of the schema's (:class:`HighlightAnalyzer`: the same tokens, faster)."""
        from whoosh.searching import Hit, Results

        top_n = [(score, docnum) for docnum, score in self.page]
        if analyzers:
            searcher = _HighlightSearcher(searcher, analyzers)
        results = Results(searcher, parsed, top_n)
        results.termdocs = {term: None for term in self.terms}
        results.docterms = {}
        if analyzers:
            searcher.results = results
        hits = [Hit(results, docnum, pos, score) for pos, (docnum, score) in enumerate(self.page)]
        return results, hits


class ArraySearch:
    """The arrays an index keeps between searches: decoded postings and whole columns."""

    def __init__(self, postings_budget: Optional[int] = None):
        self.postings = PostingsCache(postings_budget) if postings_budget else PostingsCache()
        self.files = PostingsFiles()  # common terms' postings kept decoded beside each segment
        self.columns = ColumnArrays()
        self.joined = Joined()  # the columns joined along the latest searcher's docnums
        self._highlighting: dict = {}  # field -> HighlightAnalyzer (None: the field's analyzer cannot have one)

    def highlight_analyzers(self, schema, fieldnames) -> dict:
        """``{field: HighlightAnalyzer}`` for the fields highlights re-tokenize."""
        found = {}
        for name in fieldnames:
            kept = self._highlighting.get(name)
            if kept is None or kept[0] is not schema[name].analyzer:
                try:
                    fast = HighlightAnalyzer(schema[name].analyzer)
                except TypeError:
                    fast = None
                kept = self._highlighting[name] = (schema[name].analyzer, fast)
            if kept[1] is not None:
                found[name] = kept[1]
        return found

    def keep_only(self, searcher) -> None:
        """Forget what belongs to segments the searcher no longer has (merged away)."""
        live = {reader.segment().segment_id() for reader, _ in searcher.reader().leaf_readers()}
        self.postings.keep_only(live)
        self.files.keep_only(live)
        self.columns.keep_only(live)

    # -- matching and ranking -----------------------------------------------------------
    def rank(self, searcher, parsed, *, filters: Optional[dict] = None, sortedby: Optional[str] = None,
             reverse: bool = False, start: int = 0, pagelen: int = 20, collapse: bool = False,
             column_values: Callable, time_limit: float = 5.0) -> Ranked:
        """The page ``start:start + pagelen`` of ``parsed``'s matches (ranked by score, or by the
        numeric column ``sortedby``), one per story with ``collapse``; ``filters`` as
        FullTextIndex.search takes them (``outlet``, ``year``, ``tags``). ``column_values(reader,
        field)``: a segment's stored column (``id``, ``story``) by docnum."""
        deadline = time.monotonic() + time_limit
        matches = match_all(searcher, parsed, self.postings, self.columns.lengths, deadline, self.files.get)
        keep = self._filter_mask(searcher, matches, filters or {}, deadline)
        docnums, scores = matches.docnums, matches.scores
        if keep is not None:
            docnums, scores = docnums[keep], scores[keep]
        if time.monotonic() > deadline:
            raise TimeoutError
        terms = self._matched_terms(matches, docnums)
        wanted = start + pagelen
        if sortedby is not None:
            keys = self._segment_column(matches, docnums, lambda reader: self.columns.numeric(reader, sortedby))
            order = sorted_order(keys, docnums, reverse, None)
            page_scores = None
        else:
            order = None
            page_scores = scores
        if not collapse:
            chosen = order[start:wanted] if order is not None else top_order(scores, docnums, wanted)[start:]
        else:
            stories = self._segment_column(
                matches, docnums,
                lambda reader: self.columns.story_codes(reader, column_values(reader, "story"), column_values(reader, "id")))
            chosen = self._collapsed(order, scores, docnums, stories, start, wanted)
        page = [(int(docnums[i]), float(page_scores[i]) if page_scores is not None else None) for i in chosen]
        return Ranked(total=len(docnums), page=page, docnums=docnums, matches=matches, terms=terms)

    @staticmethod
    def _collapsed(order, scores, docnums, stories, start: int, wanted: int) -> list:
        """The first match of each story in ranking order, ``start:wanted`` of them."""
        count = len(docnums)
        limit = wanted * 2
        while True:
            ranked = order[:limit] if order is not None else top_order(scores, docnums, min(limit, count))
            _, first = np.unique(stories[ranked], return_index=True)
            kept = ranked[np.sort(first)]
            if len(kept) >= wanted or len(ranked) >= count:
                return list(kept[start:wanted])
            limit *= 4

    def _filter_mask(self, searcher, matches: Matches, filters: dict, deadline: float):
        """Which matches pass the filters (``None``: no filter). Outlet and tags by their terms'
        postings, the year from the ``newest`` column (YYYYMMDD, 0 when undated)."""
        from whoosh import query as wq

        terms = []
        if filters.get("outlet"):
            terms.append(wq.Term("outlet_exact", filters["outlet"]))
        for tag in filters.get("tags") or []:
            terms.append(wq.Term("tags", tag.lower()))
        year = filters.get("year")
        if not terms and not year:
            return None
        keep = np.ones(len(matches.docnums), dtype=bool)
        if terms:
            allowed = match_all(searcher, wq.And(terms) if len(terms) > 1 else terms[0], self.postings,
                                self.columns.lengths, deadline, self.files.get).docnums
            keep &= member(matches.docnums, allowed, _size(matches))
        if year:
            newest = self._segment_column(matches, matches.docnums, lambda reader: self.columns.numeric(reader, "newest"))
            keep &= (newest // 10000) == int(year)
        return keep

    @staticmethod
    def _matched_terms(matches: Matches, docnums: np.ndarray) -> set:
        if len(docnums) == len(matches.docnums):
            return {term for term, found in matches.terms if len(found)}
        kept = np.zeros(_size(matches), dtype=bool)  # one mask for every term, not a hash of each
        kept[docnums] = True
        return {term for term, found in matches.terms if len(found) and kept[found].any()}

    @staticmethod
    def _segment_column(matches: Matches, docnums: np.ndarray, column_of: Callable) -> np.ndarray:
        """A per-segment column's values for global ``docnums`` (ascending)."""
        out = None
        for reader, offset, count in matches.segments:
            lo, hi = np.searchsorted(docnums, [offset, offset + count])
            if lo == hi:
                continue
            values = column_of(reader)
            if out is None:
                out = np.empty(len(docnums), dtype=values.dtype)
            out[lo:hi] = values[docnums[lo:hi] - offset]
        return out if out is not None else np.zeros(0, dtype=np.int64)

    # -- facets ---------------------------------------------------------------------------
    def facet_counts(self, ranked: Ranked, column_values: Callable, loader: Callable) -> dict:
        """Counts over every hit: ``outlet``, ``year`` (``{value or None: hits}``), ``month``
        (``{"YYYY-MM" or None: hits}``), ``tag`` (``{tag id: hits}``), ``no_tags`` (hits without a
        tag) and ``stories`` (distinct stories among the hits). ``loader(ids)``: see
        :meth:`ColumnArrays.facets`."""
        docnums = ranked.docnums
        key = segments_key(ranked.matches.segments)
        if key is not None:
            return self.joined.facets(ranked.matches.segments, key, self.columns, column_values, loader).count(docnums)
        outlets, years, months, tags = {}, {}, {}, {}
        story_parts, no_tags = [], 0
        for reader, offset, count in ranked.matches.segments:
            lo, hi = np.searchsorted(docnums, [offset, offset + count])
            if lo == hi:
                continue
            local = docnums[lo:hi] - offset
            ids = column_values(reader, "id")
            facets = self.columns.facets(reader, ids, loader)
            _add(outlets, count_values(facets.outlet[local]))
            _add(years, count_values(facets.year[local]))
            _add(months, count_values(facets.month[local]))
            hit = np.zeros(count, dtype=bool)
            hit[local] = True
            chosen = hit[facets.tag_doc]
            if chosen.any():
                _add(tags, count_values(facets.tag_id[chosen]))
            tagged = np.zeros(count, dtype=bool)
            tagged[facets.tag_doc[chosen]] = True
            no_tags += int(len(local) - tagged[local].sum())
            story_parts.append(self.columns.story_codes(reader, column_values(reader, "story"), ids)[local])
        stories = len(np.unique(np.concatenate(story_parts))) if story_parts else 0
        return {"outlet": outlets, "year": years,
                "month": {(None if m is None else month_text(m)): n for m, n in months.items()},
                "tag": tags, "no_tags": no_tags, "stories": stories}


def _size(matches: Matches) -> int:
    """Documents of the searcher's index: every global docnum is below it."""
    return max((offset + count for _, offset, count in matches.segments), default=0)


def _add(into: dict, counts: dict) -> None:
    for key, n in counts.items():
        into[key] = into.get(key, 0) + n


def answer(arrays: ArraySearch, searcher, query, *, filters: Optional[dict], sortedby: Optional[str], reverse: bool,
           start: int, pagelen: int, collapse: bool, column_values: Callable, fetch_texts: Optional[Callable],
           want_all_ids: bool, time_limit: float) -> tuple:
    """``(total, hits, all_ids, ranked)`` for FullTextIndex.search from the arrays: the page's
    :class:`~indexer.fulltext.results.Hit` objects highlighted by Whoosh's highlighter as before.
    Raises :class:`Unsupported` (or TimeoutError) for the caller to run Whoosh's collectors."""
    from indexer.fulltext.highlight import _highlight
    from indexer.fulltext.results import Hit

    ranked = arrays.rank(searcher, query, filters=filters, sortedby=sortedby, reverse=reverse, start=start,
                         pagelen=pagelen, collapse=collapse, column_values=column_values, time_limit=time_limit)
    docnums = np.asarray([docnum for docnum, _ in ranked.page], dtype=np.int64)
    ids = _page_column(ranked.matches.segments, docnums, column_values, "id")
    stories = _page_column(ranked.matches.segments, docnums, column_values, "story")
    scores = [score for _, score in ranked.page]
    texts = fetch_texts(ids) if fetch_texts and ids else {}
    if not texts:  # nothing to highlight (an export ranks every hit without texts): no Whoosh hits
        hits = [Hit(id=article_id, story=story or article_id, score=score)
                for article_id, story, score in zip(ids, stories, scores)]
    else:
        results, page_hits = ranked.results(searcher, query,
                                            arrays.highlight_analyzers(searcher.schema, ("title", "body")))
        hits = []
        for hit, article_id, story in zip(page_hits, ids, stories):
            text_of = texts.get(article_id, {})
            hits.append(Hit(
                id=article_id,
                story=story or article_id,
                score=hit.score,
                title_html=_highlight(results, hit, "title", text_of.get("title") or "", whole=True),
                snippet_html=_highlight(results, hit, "body", text_of.get("body") or ""),
            ))
    all_ids = ids_of(ranked, column_values, arrays.joined) if want_all_ids else []
    return ranked.total, hits, all_ids, ranked


def _page_column(segments: list, docnums: np.ndarray, column_values: Callable, fieldname: str) -> list:
    """A stored column's values (``id``, ``story``) for global ``docnums`` in their order."""
    out: list = [None] * len(docnums)
    for reader, offset, count in segments:
        inside = np.flatnonzero((docnums >= offset) & (docnums < offset + count))
        if len(inside):
            column = column_values(reader, fieldname)
            for n, local in zip(inside.tolist(), (docnums[inside] - offset).tolist()):
                out[n] = column[local]
    return out


def ids_of(ranked: Ranked, column_values: Callable, joined: Optional[Joined] = None) -> list:
    """The article ids of every match, in docnum order."""
    docnums = ranked.docnums
    key = segments_key(ranked.matches.segments) if joined is not None else None
    if key is not None:
        return joined.ids(ranked.matches.segments, key, column_values)[docnums].tolist()
    out: list = []
    for reader, offset, count in ranked.matches.segments:
        lo, hi = np.searchsorted(docnums, [offset, offset + count])
        if lo < hi:
            column = column_values(reader, "id")
            out.extend([column[d] for d in (docnums[lo:hi] - offset).tolist()])
    return out
