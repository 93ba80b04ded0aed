"""A reader's document frequencies kept for its life (indexer/fulltext/searching.py,
``keep_doc_frequencies``), on a real archive (test_search_arrays.py's: several segments, deleted
documents): every answer the one Whoosh counts, the same pages with and without keeping, and a
commit's new reader counting again.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.corpus  # the generated articles are written from ../shared/corpora

QUERIES = [
    "al-Hol camp",
    '"al-Hol camp"',
    "Deir ez-Zor countryside",
    "women and children in al-Hol camp",
    "government economy growth minister",
    '"prime minister" said the government would',
    "economy OR music OR film OR election",
    "syria NOT turkey government forces",
]


@pytest.fixture(scope="module")
def archive(arrays_archive_master, tmp_path_factory):
    from conftest import copy_archive

    return copy_archive(arrays_archive_master, tmp_path_factory.mktemp("kept-df") / "archive.db")


def _index(archive):
    """An index object of its own (not the plugin's cached one): each test's searcher is its own."""
    from archive import search_data
    from indexer.fulltext import FullTextIndex
    from indexer.store import read_only
    from indexer.sync import index_path_for

    search_data.provide()
    return FullTextIndex(index_path_for(archive), store=read_only(archive))


def test_every_kept_answer_is_whooshs(archive):
    from indexer.fulltext.kept_frequencies import KeptDocFrequency

    index = _index(archive)
    searcher = index._searcher()
    reader = searcher.reader()
    assert len(list(reader.leaf_readers())) > 1  # a MultiReader over several segments
    kept = reader.doc_frequency
    assert isinstance(kept, KeptDocFrequency) and searcher.doc_frequency is kept
    counted = type(reader).doc_frequency
    terms = [(field, text) for field, text in reader.all_terms() if field in ("title", "body")][::7][:3000]
    terms += [("body", b"no-such-word-anywhere"), ("title", "zzzqqq")]
    for field, text in terms:
        for asked in (text, text.decode("utf8") if isinstance(text, bytes) else text):
            assert kept(field, asked) == counted(reader, field, asked)
            assert kept(field, asked) == counted(reader, field, asked)  # the second answer: the kept one
    assert any(kept(field, text) > 1 for field, text in terms)
    index._searcher()
    assert reader.doc_frequency is kept  # the same reader keeps what it has


def _page(page) -> tuple:
    return (page.total, page.parsed, sorted(page.all_ids), [str(x) for x in page.also_searched],
            [str(x) for x in page.sounds_like], str(page.suggestion),
            [(h.id, h.story, h.score, h.title_html, h.snippet_html) for h in page.hits])


def test_pages_are_the_same_without_keeping(archive, monkeypatch):
    """Whole pages (ids, scores, highlights, totals, the parse) with the frequencies kept and with
    every one counted again (``keep_doc_frequencies`` made a no-op, on an index object of its own)."""
    from datasette_plugins.archive_db import text_fetcher
    from indexer.fulltext import searching

    texts = text_fetcher(archive)
    options = [dict(), dict(feedback=True), dict(natural=True), dict(filters={"year": 2021}),
               dict(page=2, collapse=True)]

    def pages(index):
        return [_page(index.search(text, pagelen=20, fetch_texts=texts, want_all_ids=True, time_limit=40, **o))
                for text in QUERIES for o in options]

    fast_index = _index(archive)
    fast = pages(fast_index)
    assert fast_index._searcher().reader().doc_frequency.kept  # the parse asked, and kept
    monkeypatch.setattr(searching, "keep_doc_frequencies", lambda searcher: None)
    slow_index = _index(archive)
    slow = pages(slow_index)
    assert "doc_frequency" not in slow_index._searcher().reader().__dict__
    assert fast == slow


def test_a_commit_counts_again(tmp_path):
    from test_segment_merge import article, index_in_commits

    index = index_in_commits(tmp_path / "ix", commits=3)
    index.search("camp", pagelen=5)
    reader = index._searcher().reader()
    before = reader.doc_frequency("body", "rare1000")
    assert before == 0
    with index.writer() as writer:
        new = article(1000)
        writer.upsert(new)
    index.search("camp", pagelen=5)
    assert index._searcher().reader() is not reader
    assert index._searcher().reader().doc_frequency("body", "rare1000") == 1
    assert index._searcher().doc_frequency("body", "rare1000") == 1
    assert index.search("rare1000", pagelen=5).total == 1
