"""Searching: a page of ranked hits with the total and every matching id, more like this."""

from __future__ import annotations

import dataclasses
import time
from typing import Callable, Optional

from whoosh import query as wq

from indexer.fulltext.analysis import _text
from indexer.fulltext.collectors import _collect
from indexer.fulltext.columns import _CachedColumnFacet
from indexer.fulltext.highlight import _highlight
from indexer.fulltext.kept_frequencies import keep_doc_frequencies
from indexer.fulltext.query import QueryError, _expansion_problem, _filter_query, _matches_positions, natural_query
from indexer.fulltext.ranking import FEEDBACK, FEEDBACK_MIN_WORDS
from indexer.fulltext.results import Hit, SearchPage
from indexer.fulltext.variants import PHONETIC
from indexer.fulltext.segments import _retrying_toc
from indexer.fulltext import entity_arrays, search_arrays, segment_arrays


SUGGEST_BELOW = 3  # a query with fewer hits than this gets a "did you mean" when one is found


DEFAULT_TIME_LIMIT = 5.0  # seconds a search may run before it is stopped


def _segments_changed(searcher, ix) -> bool:
    """Whether a segment the searcher reads is gone from the index's latest TOC (merged away, or
    the index rebuilt) or has other deletions there. Either way refresh() would be wrong: this
    Whoosh's FileIndex._reader adds the old reader's segments to the new TOC's ("merge segments
    with reuse segments"), so a segment merged away would be read beside its merge, and a
    segment that only gained deletions is reused as it was (Whoosh compares segments by id)."""
    now = {segment.segment_id(): segment.deleted_count() for segment in _retrying_toc(ix._read_toc).segments}
    return any(reader.segment() is not None and now.get(reader.segment().segment_id()) != reader.segment().deleted_count()
               for reader, _ in searcher.reader().leaf_readers())


SEARCH_ATTEMPTS = 3  # a search asked again when a commit deleted a file under it


class Searching:
    """:class:`~indexer.fulltext.index.FullTextIndex`'s searches (mixed into it)."""

    def _searcher(self):
        """This thread's searcher, reused across searches and renewed after the index changes
        (another generation, or the same generation of a rebuilt index: :meth:`toc_identity`)."""
        old = getattr(self._local, "searcher", None)
        identity = self.toc_identity()
        if old is not None and identity is not None and identity == getattr(self._local, "searcher_toc", None):
            searcher = old  # nothing written since it was opened
        elif old is None or old.doc_count_all() == 0:
            # Whoosh's refresh() of a searcher opened on an empty index fails (it has no segments).
            searcher = _retrying_toc(lambda: self.ix.searcher(weighting=self.weighting()))
        elif identity is None or identity[0] == old.reader().generation() or _segments_changed(old, self.ix):
            # The same generation in another TOC file: the index was rebuilt ('archive reindex'),
            # and refresh() would keep the old readers (it compares generation numbers). Or a
            # segment was merged away, rebuilt or gained deletions, which refresh() would go on
            # reading (_segments_changed). Either way every reader is opened again; the old
            # searcher is left to go (its readers close with it).
            searcher = _retrying_toc(lambda: self.ix.searcher(weighting=self.weighting()))
            self._columns.keep_only(searcher)
            self._arrays.keep_only(searcher)
        else:
            # refresh() reuses the old searcher's segment readers and closes the rest itself:
            # closing the old searcher too would close readers the new one uses (ReaderClosed).
            searcher = _retrying_toc(old.refresh)
            if searcher is not old:
                self._columns.keep_only(searcher)
                self._arrays.keep_only(searcher)
        self._columns.speed_up(searcher)
        keep_doc_frequencies(searcher)
        self._local.searcher = searcher
        # The identity read before the searcher opened: a commit in between makes the next call
        # look again (and find the searcher up to date), never the other way round.
        self._local.searcher_toc = identity
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

    def doc_count(self) -> int:
        return self._searcher().doc_count()

    def all_ids(self) -> set:
        searcher = self._searcher()
        reader = searcher.reader()
        if reader.doc_count_all() == 0:  # an empty index has no columns to read
            return set()
        column = reader.column_reader("id")
        return {_text(column[docnum]) for docnum in reader.all_doc_ids()}

    def search(self, text: str, **options) -> SearchPage:
        """Ranked hits for one page, the total, and (optionally) every matching id: :meth:`_search_once`
        (its options), again with a searcher opened anew where a commit deleted a file the search was
        reading (a segment merged away between the searcher opening and reading it; read-only, so
        asking again is safe). A missing index still raises at once."""
        for attempt in range(SEARCH_ATTEMPTS):
            try:
                return self._search_once(text, **options)
            except FileNotFoundError:
                if attempt == SEARCH_ATTEMPTS - 1 or not self.exists():
                    raise
                self._local.searcher = None  # the next attempt opens the index's newest generation
                time.sleep(0.01 * (attempt + 1))

    def _search_once(
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
        arrays: Optional[bool] = None,
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
        ``arrays``: rank, count and collect the ids on arrays (:mod:`.search_arrays`); by default
        when the query is one it evaluates, else Whoosh's collectors; ``True`` raises
        ``Unsupported`` instead, ``False`` never tries.
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
            parsed = self._with_feedback(searcher, parsed, restrict, time_limit, arrays=arrays is not False)
        start = (page - 1) * pagelen
        if arrays is not False:
            try:
                # With feedback, ``parsed`` adds the feedback words' scores to the same matches.
                total, hits, all_ids, ranked = search_arrays.answer(
                    self._arrays, searcher, parsed, filters=filters, sortedby=sortedby, reverse=reverse,
                    start=start, pagelen=pagelen, collapse=collapse, column_values=self._columns.values,
                    fetch_texts=fetch_texts, want_all_ids=want_all_ids, time_limit=time_limit)
            except (search_arrays.Unsupported, TimeoutError):
                # A query it does not evaluate, or over the time limit: Whoosh's collectors, which
                # stop at the limit with what they found and say so.
                if arrays:
                    raise
            else:
                if sortedby is not None:
                    hits = [dataclasses.replace(hit, score=None) for hit in hits]
                return SearchPage(
                    query=text, parsed=str(matching if restrict is None else wq.Require(matching, restrict)),
                    total=total, page=page, pagelen=pagelen, hits=hits, all_ids=all_ids, timed_out=False,
                    also_searched=added + sounds, sounds_like=sounds, ranked=ranked,
                    suggestion=self.suggest(text) if suggest and total < SUGGEST_BELOW and not natural and page == 1 else None,
                )
        if restrict is not None:
            # Require scores by the query alone; a collector filter would escape the time limit.
            parsed = wq.Require(parsed, restrict)
            matching = wq.Require(matching, restrict)
        # Block-quality skipping trips an assertion in Whoosh's Require matcher: off when filtering.
        if sortedby is not None:
            sortedby = _CachedColumnFacet(sortedby, self._columns)
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

    def facet_counts(self, page: SearchPage, loader: Optional[Callable] = None) -> Optional[dict]:
        """Outlet, year, month, tag and story counts over every hit of ``page`` from the index's
        arrays (:meth:`.search_arrays.ArraySearch.facet_counts`), or None when Whoosh's collectors
        answered it or the index has no store (the caller counts in SQLite). ``loader(ids)``:
        ``Store.facet_rows``, by default the index's own store's. With the index's own store, also
        ``entity``, ``no_place``, ``no_organisation`` and ``event_month``
        (:func:`.entity_arrays.count_entities`)."""
        ranked = page.ranked
        if ranked is None or ranked.total != page.total:
            return None
        loader_given = loader
        if loader is None:
            if self.store is None:
                return None
            loader = lambda ids: self.store().facet_rows(ids)  # noqa: E731
        if self.store is not None and loader_given is None:
            self._read_whole(ranked.matches.segments, self.store())
        counts = self._arrays.facet_counts(ranked, self._columns.values, loader)
        if self.store is not None:
            # Places, organisations and event months: arrays kept per version of the store's entities.
            store = self.store()
            counts.update(entity_arrays.count_entities(
                self._arrays.columns, self._entity_codes, ranked.matches.segments, ranked.docnums,
                self._columns.values, store.entity_rows, store.entities_version(), joined=self._arrays.joined))
        return counts

    def _read_whole(self, segments: list, store) -> None:
        """The facet and entity arrays of the segments lacking them in memory: from the files kept
        beside each segment (:mod:`.array_files`) where they are whole and current; else from
        SQLite, by whole-table scans when those segments hold at least
        ``segment_arrays.BULK_SHARE`` of the documents (one pass instead of one lookup an id),
        by per-id lookups when fewer (a new segment after an import), then written beside them."""
        from indexer.fulltext import array_files

        columns, codes = self._arrays.columns, self._entity_codes
        total = sum(count for _, _, count in segments)
        version = store.entities_version()
        folder = getattr(self, "path", None)
        kinds = {
            "facets": (lambda kept: kept is not None,
                       lambda reader, ids, sums: array_files.load_facets(folder, reader.segment().segment_id(), ids, sums),
                       segment_arrays.facets_of_all,
                       lambda reader, ids: columns.facets(reader, ids, store.facet_rows),
                       lambda reader, ids, sums, made: array_files.save_facets(
                           folder, reader.segment().segment_id(), ids, sums, made)),
            "entities": (lambda kept: kept is not None and kept.version == version,
                         lambda reader, ids, sums: array_files.load_entities(
                             folder, reader.segment().segment_id(), ids, sums, version, codes),
                         lambda id_lists, store: entity_arrays.entities_of_all(id_lists, store, codes, version),
                         lambda reader, ids: entity_arrays.segment_entities(
                             columns, codes, reader, ids, store.entity_rows, version),
                         lambda reader, ids, sums, made: array_files.save_entities(
                             folder, reader.segment().segment_id(), ids, sums, made, codes)),
        }
        for what, (fresh, load, read_all, read_one, save) in kinds.items():
            lacking = [reader for reader, _, count in segments
                       if count and not fresh(columns.kept(reader.segment().segment_id(), what))]
            if not lacking:
                continue
            ids = {reader: self._columns.values(reader, "id") for reader in lacking}
            sums = {reader: array_files.ids_checksum(ids[reader]) for reader in lacking}
            unread = []
            for reader in lacking:
                found = load(reader, ids[reader], sums[reader]) if folder is not None else None
                if found is None:
                    unread.append(reader)
                else:
                    columns.keep(reader.segment().segment_id(), what, found)
            if not unread:
                continue
            if sum(len(ids[reader]) for reader in unread) >= segment_arrays.BULK_SHARE * total:
                made = read_all([ids[reader] for reader in unread], store)
                for reader, arrays in zip(unread, made):
                    columns.keep(reader.segment().segment_id(), what, arrays)
            else:
                made = [read_one(reader, ids[reader]) for reader in unread]
            if folder is not None:
                for reader, arrays in zip(unread, made):
                    save(reader, ids[reader], sums[reader], arrays)

    def search_terms(self, text: str, limit: int = 1000, **options) -> list:
        """Ids for a natural-language query (its words OR-ed, stop words dropped), best first:
        what bench/relevance.py measures."""
        page = self.search(text, natural=True, pagelen=limit, **options)
        return [hit.id for hit in page.hits]

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
