"""Running a query through a collector, within a time limit."""

from __future__ import annotations

from whoosh.collectors import CollapseCollector, TimeLimit, TimeLimitCollector
from whoosh.sorting import FieldFacet

from indexer.fulltext.query import QueryError


class _Deadline(TimeLimitCollector):
    """A time limit that also holds when an outer collector (collapse) drives the loop."""

    def collect(self, sub_docnum):
        if self.timedout:
            raise TimeLimit
        return self.child.collect(sub_docnum)


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
