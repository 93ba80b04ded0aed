"""RM3 feedback's reads of the index on arrays (indexer/fulltext/feedback_arrays.py) against Whoosh's
matchers, on a real archive (test_search_arrays.py's: several segments, deleted documents).

Feedback's word scores on arrays must be what Whoosh's skip_to walk gives, to the last bit: the
same feedback scores for the same hits, and so the same pages (ids, scores, highlights, totals).
The slow path is the same code with the arrays turned off (``arrays=False``, or the fast function
made to refuse).
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.corpus  # the generated articles are written from ../shared/corpora

QUERIES = [
    "government economy growth minister",
    "prime minister election results announced",
    "music film festival award winners",
    "women and children in al-Hol camp",
    '"prime minister" said the government would',
    "economy OR music OR film OR election",
    "syria NOT turkey government forces",
]


@pytest.fixture(scope="module")
def archive(arrays_archive_master, tmp_path_factory):
    from conftest import copy_archive

    return copy_archive(arrays_archive_master, tmp_path_factory.mktemp("feedback") / "archive.db")


@pytest.fixture(scope="module")
def index(archive):
    from datasette_plugins.archive_db import index_for_path

    return index_for_path(archive)


def _parsed(index, text: str, natural: bool):
    import time

    parsed, _, _ = index._parse(text, expand=True, natural=natural, phonetic=True)
    return index._resolve_words(parsed, time.monotonic() + 10)


@pytest.mark.parametrize("natural", [False, True])
@pytest.mark.parametrize("filters", [{}, {"year": 2021}], ids=["all", "2021"])
@pytest.mark.parametrize("text", QUERIES)
def test_feedback_on_arrays_is_whooshs(index, text, natural, filters):
    from indexer.fulltext.query import _filter_query

    searcher = index._searcher()
    parsed = _parsed(index, text, natural)
    restrict = _filter_query(filters)
    slow = index._with_feedback(searcher, parsed, restrict, 40.0, arrays=False)
    fast = index._with_feedback(searcher, parsed, restrict, 40.0, arrays=True)
    assert fast == slow  # the same query, its feedback scores ({docnum: bonus}) equal
    assert str(fast) == str(slow)


def test_the_feedback_compared_adds_scores(index):
    """The comparison above means little when feedback adds nothing: most of the queries get a bonus."""
    searcher = index._searcher()
    with_bonus = 0
    for text in QUERIES:
        query = index._with_feedback(searcher, _parsed(index, text, True), None, 40.0)
        with_bonus += type(query).__name__ == "AndMaybe"
    assert with_bonus >= len(QUERIES) - 2


def _page(page) -> tuple:
    return (page.total, page.parsed, sorted(page.all_ids),
            [(h.id, h.story, h.score, h.title_html, h.snippet_html) for h in page.hits])


@pytest.mark.parametrize("text", QUERIES)
def test_pages_with_feedback_on_arrays_are_the_same(archive, index, text, monkeypatch):
    """Whole pages: the fast path (feedback's word scores on arrays) against the same search with
    the fast function refusing (Whoosh's matchers)."""
    from datasette_plugins.archive_db import text_fetcher
    from indexer.fulltext import feedback_arrays

    texts = text_fetcher(archive)
    options = [dict(feedback=True), dict(feedback=True, natural=True), dict(feedback=True, filters={"year": 2021}),
               dict(feedback=True, page=2, collapse=True)]
    fast = [_page(index.search(text, pagelen=20, fetch_texts=texts, want_all_ids=True, suggest=False,
                                time_limit=40, **o))
            for o in options]

    def refuse(*args, **kwargs):
        raise feedback_arrays.Unsupported("the slow path asked for")

    monkeypatch.setattr(feedback_arrays, "bonus_scores", refuse)
    slow = [_page(index.search(text, pagelen=20, fetch_texts=texts, want_all_ids=True, suggest=False,
                                time_limit=40, **o))
            for o in options]
    assert fast == slow
