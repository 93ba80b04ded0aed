"""A commit writes the postings files of the segments it made, and opens no other (issue #16).

``postings_files.write_missing`` read every segment's header after every batch of an import; the
writer now hands the commit's own segments (the new one, a merged one) to ``write_segments``.
``write_missing`` stays for ``archive check`` and indexes of before the files: it still finds and
writes a file that is missing."""

from __future__ import annotations

from whoosh.index import open_dir

from indexer.fulltext import postings_files
from indexer.fulltext.index import FullTextIndex

WORDS = ("harbour", "council", "budget", "river", "school", "market", "bridge", "festival")


def _article(i: int) -> dict:
    words = [WORDS[(i * 7 + k * 3) % len(WORDS)] for k in range(40)]
    return {"id": f"a{i}", "title": f"{WORDS[i % len(WORDS)]} report {i}", "body": " ".join(words),
            "published": "2021-05-06", "outlet_name": "The Outlet"}


def _commit(index: FullTextIndex, ids) -> None:
    with index.writer() as writer:
        for i in ids:
            writer.upsert(_article(i))


def _segment_ids(folder) -> list:
    return [segment.segment_id() for segment in open_dir(str(folder))._segments()]


def _opened(monkeypatch) -> list:
    """The segment ids whose postings file is loaded or built while the test runs."""
    seen = []
    load, write_segment = postings_files.load, postings_files.write_segment

    def counting_load(folder, segment_id, doc_count):
        seen.append(segment_id)
        return load(folder, segment_id, doc_count)

    def counting_write(folder, segment, schema, min_docs=postings_files.MIN_DOCS):
        seen.append(segment.segment_id())
        return write_segment(folder, segment, schema, min_docs)

    monkeypatch.setattr(postings_files, "load", counting_load)
    monkeypatch.setattr(postings_files, "write_segment", counting_write)
    return seen


def test_a_commit_opens_only_the_segment_it_made(tmp_path, monkeypatch):
    index = FullTextIndex(tmp_path / "ix")
    index.create()
    for batch in range(4):  # 4 segments of 20: Whoosh's MERGE_SMALL bound merges none of them
        _commit(index, range(batch * 20, batch * 20 + 20))
    old = _segment_ids(index.path)
    assert len(old) == 4 and postings_files.check(index.path) == []

    seen = _opened(monkeypatch)
    _commit(index, range(80, 100))
    new = [segment_id for segment_id in _segment_ids(index.path) if segment_id not in old]
    assert len(new) == 1
    assert not set(seen) & set(old)  # the old code loaded all five segments' headers
    assert postings_files.load(index.path, new[0], 20) is not None


def test_a_merge_writes_the_merged_segment_and_check_finds_a_missing_one(tmp_path, monkeypatch):
    index = FullTextIndex(tmp_path / "ix")
    index.create()
    _commit(index, range(0, 300))
    first = _segment_ids(index.path)[0]
    postings_files.path_for(index.path, first).unlink()  # an older segment's file gone
    for i in range(300, 306):  # single-article batches: merged by the policy along the way
        _commit(index, [i])
    segments = open_dir(str(index.path))._segments()
    assert any(segment.doc_count_all() > 1 and segment.segment_id() != first for segment in segments)
    for segment in segments:  # every segment a commit made (merged ones too) has its file ...
        if segment.segment_id() != first:
            assert postings_files.load(index.path, segment.segment_id(), segment.doc_count_all()) is not None
    # ... and the commits left the older segment's missing file alone (the old code wrote it again)
    assert first in [segment.segment_id() for segment in segments]  # 300 articles: too large for the bound
    assert not postings_files.path_for(index.path, first).exists()
    assert postings_files.check(index.path) == [(postings_files.path_for(index.path, first).name,
                                                 "missing (searches decode this segment's blocks)")]
    assert postings_files.write_missing(index.path) == [first]  # archive check's way still writes it
    assert postings_files.check(index.path) == []
