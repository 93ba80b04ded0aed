"""Common terms' postings kept decoded in a file beside each segment (issue #16, postings_files.py).

On the archive of ``test_search_arrays.py`` (the sample and 1,500 generated articles in several
segments, with deleted documents), with every segment's file written for terms in at least 20
documents: the array path reads its terms' ids, weights and a phrase's positions from the files
and answers every query of that mix as Whoosh's collectors do. A file that is damaged, truncated,
of another segment or stale after a merge is not used (the blocks are decoded instead, the same
answers), ``verify`` says what is wrong, and stock Whoosh opens and searches the index with the
files beside it and deletes them with their segments.
"""

from __future__ import annotations

import json

import numpy as np
import pytest

from test_search_arrays import QUERIES, _params, archive  # noqa: F401 (archive: the fixture)

from indexer.fulltext import postings_files

pytestmark = pytest.mark.corpus

MIN_DOCS = 20


@pytest.fixture(scope="module")
def folder(archive):  # noqa: F811
    folder = archive.with_name("archive.whoosh")
    made_by_import = list(folder.glob(f"*.{postings_files.SUFFIX}"))
    assert made_by_import  # the writer's commit writes them (for terms in MIN_DOCS of a segment)
    for path in made_by_import:
        path.unlink()
    assert postings_files.write_missing(folder, min_docs=MIN_DOCS)  # a lower threshold: more terms tried
    return folder


@pytest.fixture()
def index(archive, folder):  # noqa: F811
    """A fresh index object (nothing kept from another test), building no files of its own."""
    from indexer.fulltext.index import FullTextIndex

    index = FullTextIndex(folder)
    index._arrays.files = postings_files.PostingsFiles(build=False)
    return index


def _decodes(monkeypatch) -> list:
    """Every term decoded from Whoosh's blocks while the test runs: ``[(segment id, (field, term))]``."""
    from indexer.fulltext import matching

    decoded = []
    original = matching._Segment.postings

    def counting(self, matcher, want_values):
        found = original(self, matcher, want_values)
        if not isinstance(found.ids, np.memmap) and getattr(found.ids, "base", None) is None:
            decoded.append((self.segment_id, matcher._term))
        return found

    monkeypatch.setattr(matching._Segment, "postings", counting)
    return decoded


def _same(index, query, texts=None) -> None:
    whoosh = index.search(query["q"], arrays=False, **_params(query, texts))
    arrays = index.search(query["q"], arrays=True, **_params(query, texts))
    assert arrays.total == whoosh.total
    assert sorted(arrays.all_ids) == sorted(whoosh.all_ids)
    assert [h.id for h in arrays.hits] == [h.id for h in whoosh.hits]
    for a, w in zip(arrays.hits, whoosh.hits):
        assert (a.score is None and w.score is None) or a.score == pytest.approx(w.score, rel=1e-5)
        assert a.story == w.story
        assert a.title_html == w.title_html and a.snippet_html == w.snippet_html


@pytest.mark.parametrize("query", QUERIES, ids=[json.dumps(q) for q in QUERIES])
def test_answers_from_the_files_are_whooshs(archive, index, query):  # noqa: F811
    from datasette_plugins.archive_db import text_fetcher

    _same(index, query, text_fetcher(archive))


def test_the_files_are_read_not_the_blocks(index, monkeypatch):
    """Common words come from the files: a term decoded is one under MIN_DOCS in its segment."""
    decoded = _decodes(monkeypatch)
    for q in ("government", '"prime minister"', "economy AND growth"):
        index.search(q, arrays=True, **_params({"q": q}))
    searcher = index._searcher()
    kept = index._arrays.files._kept
    assert kept and all(found is not None for found in kept.values())
    readers = {reader.segment().segment_id(): reader for reader, _ in searcher.reader().leaf_readers()}
    for segment_id, term in decoded:
        assert readers[segment_id].doc_frequency(*term) < MIN_DOCS, term


def test_positions_from_the_file_equal_the_decoded(index, folder):
    from whoosh.codec.whoosh3 import W3TermInfo

    from indexer.fulltext.postings import decode_extent, positions

    searcher = index._searcher()
    checked = 0
    for reader, _ in searcher.reader().leaf_readers():
        found = postings_files.load(folder, reader.segment().segment_id(), reader.doc_count_all())
        for word in ("prime", "minist", "minister", "govern", "government"):
            if ("body", word.encode()) not in reader:
                continue
            info = W3TermInfo.from_bytes(reader._terms._tindex[reader._terms._keycoder("body", word.encode())])
            if info.is_inlined() or info.doc_frequency() < MIN_DOCS:
                continue
            offset, length = info.extent()
            length = length[0] if isinstance(length, tuple) else length
            i = found.find(offset, length)
            assert i is not None
            decoded = decode_extent(reader._terms._postfile.get(offset, length), want_values=True)
            ids, weights = found.postings(i)
            assert np.array_equal(ids, decoded.ids) and np.array_equal(weights, decoded.weights)
            owner, where = found.positions(i)
            expected = positions(decoded)
            assert np.array_equal(owner, expected[0]) and np.array_equal(where, expected[1])
            checked += 1
    assert checked


def _first_file(folder):
    return sorted(folder.glob(f"*.{postings_files.SUFFIX}"), key=lambda p: p.stat().st_size)[-1]


def test_a_damaged_file_is_not_used_and_verify_says_so(folder, index):
    path = _first_file(folder)
    saved = path.read_bytes()
    segment_id = path.name.split(".")[0]
    docs = _docs(index, segment_id)
    spec = postings_files.load(folder, segment_id, docs).header["arrays"]["ids"]
    try:
        # Every doc number in the file off by one bit: a search must not read these.
        damaged = bytearray(saved)
        start = _data_start(saved) + spec["offset"]
        for n in range(start, start + 4 * int(np.prod(spec["shape"])), 4):
            damaged[n] ^= 1
        path.write_bytes(bytes(damaged))
        problem = postings_files.verify(folder, segment_id, docs)
        assert problem is not None and "ids" in problem
        for query in QUERIES[:8]:
            _same(index, query)
    finally:
        path.write_bytes(saved)
    assert postings_files.verify(folder, segment_id, docs) is None


def test_a_truncated_or_foreign_file_is_not_loaded(folder, index):
    path = _first_file(folder)
    saved = path.read_bytes()
    segment_id = path.name.split(".")[0]
    docs = _docs(index, segment_id)
    try:
        path.write_bytes(saved[: len(saved) // 2])
        assert postings_files.load(folder, segment_id, docs) is None
        assert "truncated" in postings_files.verify(folder, segment_id, docs)
        for query in QUERIES[:8]:
            _same(index, query)
        path.write_bytes(saved)
        assert postings_files.load(folder, segment_id, docs + 1) is None  # another segment's count
        assert postings_files.load(folder, "MAIN_other", docs) is None
    finally:
        path.write_bytes(saved)
    assert postings_files.load(folder, segment_id, docs) is not None


def test_stock_whoosh_searches_beside_the_files_and_a_merge_deletes_them(archive, tmp_path):  # noqa: F811
    import shutil

    from whoosh.index import open_dir
    from whoosh.qparser import QueryParser

    from indexer.fulltext.index import FullTextIndex

    copy = tmp_path / "archive.whoosh"
    shutil.copytree(archive.with_name("archive.whoosh"), copy)
    postings_files.write_missing(copy, min_docs=MIN_DOCS)
    before = {p.name for p in copy.glob(f"*.{postings_files.SUFFIX}")}
    assert before
    ix = open_dir(str(copy))
    with ix.searcher() as searcher:
        plain = [hit.docnum for hit in searcher.search(QueryParser("body", ix.schema).parse("government"), limit=None)]
    assert plain
    index = FullTextIndex(copy)
    index._arrays.files = postings_files.PostingsFiles(build=False)
    first = index.search("government", arrays=True, **_params({"q": "government"}))
    writer = ix.writer()
    writer.commit(optimize=True)  # every segment merged into a new one: the old files go with them
    after = {p.name for p in copy.glob(f"*.{postings_files.SUFFIX}")}
    assert not (after & before)
    # The index object that searched before finds the merged segment without a file: decoded, the same.
    again = index.search("government", arrays=True, **_params({"q": "government"}))
    assert again.total == first.total and sorted(again.all_ids) == sorted(first.all_ids)
    assert postings_files.write_missing(copy, min_docs=MIN_DOCS)
    index._searcher()
    third = index.search("government", arrays=True, **_params({"q": "government"}))
    assert [h.id for h in third.hits] == [h.id for h in again.hits] and third.total == again.total


def test_a_missing_file_is_built_in_the_background(archive, tmp_path):  # noqa: F811
    import shutil

    from indexer.fulltext.index import FullTextIndex

    copy = tmp_path / "archive.whoosh"
    shutil.copytree(archive.with_name("archive.whoosh"), copy)
    for path in copy.glob(f"*.{postings_files.SUFFIX}"):
        path.unlink()
    index = FullTextIndex(copy)
    index._arrays.files = postings_files.PostingsFiles(build=True, min_docs=MIN_DOCS)
    first = index.search('"prime minister"', arrays=True, **_params({"q": '"prime minister"'}))
    index._arrays.files.wait(60)
    segments = {reader.segment().segment_id() for reader, _ in index._searcher().reader().leaf_readers()}
    assert {p.name.split(".")[0] for p in copy.glob(f"*.{postings_files.SUFFIX}")} == segments
    assert all(index._arrays.files._kept[s] is not None for s in segments)
    again = index.search('"prime minister"', arrays=True, **_params({"q": '"prime minister"'}))
    assert [h.id for h in again.hits] == [h.id for h in first.hits] and again.total == first.total


def _docs(index, segment_id: str) -> int:
    for reader, _ in index._searcher().reader().leaf_readers():
        if reader.segment().segment_id() == segment_id:
            return reader.doc_count_all()
    raise KeyError(segment_id)


def _data_start(data: bytes) -> int:
    size = int.from_bytes(data[len(postings_files.MAGIC):len(postings_files.MAGIC) + 8], "little")
    return -(-(len(postings_files.MAGIC) + 8 + size) // 64) * 64


def test_check_names_a_damaged_or_missing_file_and_deletes_the_damaged(archive, tmp_path):  # noqa: F811
    import shutil

    copy = tmp_path / "archive.whoosh"
    shutil.copytree(archive.with_name("archive.whoosh"), copy)
    postings_files.write_missing(copy, min_docs=MIN_DOCS)
    assert postings_files.check(copy) == []
    path = _first_file(copy)
    data = path.read_bytes()
    segment_id = path.name.split(".")[0]
    spec = postings_files.load(copy, segment_id, _docs_in(copy, segment_id)).header["arrays"]["ids"]
    damaged = bytearray(data)
    damaged[_data_start(data) + spec["offset"]] ^= 1  # the first doc number
    path.write_bytes(bytes(damaged))
    (name, problem), = postings_files.check(copy)
    assert name == path.name and "damaged" in problem and not path.exists()
    (name, problem), = postings_files.check(copy)
    assert name == path.name and problem.startswith("missing")
    assert postings_files.write_missing(copy, min_docs=MIN_DOCS) == [path.name.split(".")[0]]
    assert postings_files.check(copy) == []


def _docs_in(folder, segment_id: str) -> int:
    from whoosh.index import open_dir

    return next(s.doc_count_all() for s in open_dir(str(folder))._segments() if s.segment_id() == segment_id)


def test_archive_check_names_a_damaged_file_and_writes_it_again(archive, tmp_path):  # noqa: F811
    import shutil

    from click.testing import CliRunner

    from archive.cli import cli

    shutil.copy(archive, tmp_path / archive.name)
    copy = tmp_path / "archive.whoosh"
    shutil.copytree(archive.with_name("archive.whoosh"), copy)
    postings_files.write_missing(copy)
    path = _first_file(copy)
    damaged = bytearray(path.read_bytes())
    damaged[len(damaged) // 2] ^= 0xFF
    path.write_bytes(bytes(damaged))
    result = CliRunner().invoke(cli, ["check", str(tmp_path / archive.name)])
    assert f"damaged postings file {path.name}" in result.output, result.output
    assert path.exists() and postings_files.check(copy) == []
