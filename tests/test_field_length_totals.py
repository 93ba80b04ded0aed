"""The index's total length of a field, which every scorer asks for (BM25's average length), is
summed over the segments once a searcher, not once a scorer (issue #16: segments² calls a search)."""

from __future__ import annotations

from test_postings_files_commit import _commit

from indexer.fulltext.index import FullTextIndex


def test_the_total_is_summed_once_a_searcher(tmp_path):
    index = FullTextIndex(tmp_path / "ix")
    index.create()
    for batch in range(4):
        _commit(index, range(batch * 20, batch * 20 + 20))
    searcher = index._searcher()
    leaves = [reader for reader, _ in searcher.reader().leaf_readers()]
    assert len(leaves) == 4
    asked = []
    for reader in leaves:
        original = reader.field_length
        reader.field_length = lambda name, original=original: asked.append(name) or original(name)
    first = index.search("harbour OR council OR budget", arrays=True)
    assert first.total > 0
    index.search("river school", arrays=True)
    # title and body, each summed over the 4 segments once (the old code: every scorer of every
    # segment summed them again: 4 segments x 6 scorers x 4)
    assert len(asked) <= 2 * len(leaves)
