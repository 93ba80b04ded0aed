"""A segment's postings file is written in bounded pieces, and a merge streams a block at a time
(issue #16: the import's peak was ~3 GB above its base at 1,000,000 articles, ``postings_format
.build`` holding a 188,000-article segment's decoded postings whole, ~7x its 440 MB file).

On a real index: :func:`postings_writer.write_segment_file` writes the very bytes of ``write(...,
build(reader))``, also where a later term needs wider types than the earlier ones (a word 300 times
in an article: weights and position counts past a byte; positions past 65,535), and no spool ever
holds more than a group of blocks or ``chunk`` bytes, however many postings the segment has. The
merge writes each block it reads before it reads the next.
"""

from __future__ import annotations

from whoosh.filedb.filestore import FileStorage
from whoosh.index import open_dir
from whoosh.reading import SegmentReader

from indexer.fulltext import postings_files, postings_format, postings_writer, segments
from indexer.fulltext.index import FullTextIndex

WORDS = ("harbour", "council", "budget", "river", "school", "market", "bridge", "festival")
WORDS_EACH = 12  # words of an ordinary article's body


def _article(i: int, body: str = "") -> dict:
    words = [WORDS[(i * 7 + k * 3) % len(WORDS)] for k in range(WORDS_EACH)]
    return {"id": f"a{i}", "title": f"{WORDS[i % len(WORDS)]} report {i}", "body": body or " ".join(words),
            "published": "2021-05-06", "outlet_name": "The Outlet"}


def _index(path, articles) -> FullTextIndex:
    index = FullTextIndex(path)
    index.create()
    with index.writer() as writer:
        for article in articles:
            writer.upsert(article)
    return index


def _reader(folder):
    ix = open_dir(str(folder))
    (segment,) = ix._segments()
    return segment, SegmentReader(FileStorage(str(folder), supports_mmap=False), ix.schema, segment)


def _same_as_build(folder, tmp_path, **options) -> list:
    segment, reader = _reader(folder)
    docs = reader.doc_count_all()
    try:
        wanted, streamed = tmp_path / "built", tmp_path / "streamed"
        wanted.mkdir()
        streamed.mkdir()
        assert postings_format.write(wanted, segment.segment_id(), reader.doc_count_all(), postings_format.build(reader, 2))
        spools: list = []
        assert postings_writer.write_segment_file(streamed, segment.segment_id(), reader.doc_count_all(), reader,
                                                  min_docs=2, spools_seen=spools, **options)
    finally:
        reader.close()
    name = postings_format.path_for(wanted, segment.segment_id()).name
    assert (streamed / name).read_bytes() == (wanted / name).read_bytes()
    assert sorted(p.name for p in streamed.iterdir()) == [name]  # no spool left beside it
    assert postings_format.verify(streamed, segment.segment_id(), docs) is None
    return spools


def test_the_streamed_file_is_builds_byte_for_byte_where_types_widen(tmp_path):
    # Every article has ordinary words (the earlier terms spool as bytes); 'zulu', late in the
    # term order, is 300 times in ten articles and once at position 70,000 in one of them.
    articles = [_article(i) for i in range(40)]
    for i in range(10):
        articles[i]["body"] += " " + " ".join(["zulu"] * 300)
    articles[0]["body"] += " " + " ".join(["yonder"] * 70000) + " zulu"
    index = _index(tmp_path / "ix", articles)
    spools = _same_as_build(index.path, tmp_path, chunk=4096, block_group=1)
    levels = {spool.path.name.rsplit(".", 2)[1]: spool.dtype for spool in spools}
    # The widening was met: earlier terms were spooled narrower than the file's types.
    assert levels["weights"] != postings_writer.LEVELS["weights"][0]
    assert levels["pos_count"] != postings_writer.LEVELS["pos_count"][0]
    assert levels["positions"] == postings_writer.LEVELS["positions"][1]


def test_no_spool_holds_more_than_a_block_group_or_a_chunk(tmp_path):
    # 1,200 articles: a common word's postings run over ten blocks, the segment's positions over
    # a hundred kilobytes decoded; a group of one block: 128 postings of at most 2 positions each
    # (a body's 12 words are the 8 words, none more than twice).
    index = _index(tmp_path / "ix", [_article(i) for i in range(1200)])
    chunk = 4096
    spools = _same_as_build(index.path, tmp_path, chunk=chunk, block_group=1)
    block = 128 * 8  # a block's postings as decoded (int64 / float64)
    bound = max(chunk, block * 2)
    held = {spool.path.name.rsplit(".", 2)[1]: spool for spool in spools}
    total = sum(spool.count * spool.dtype.itemsize for spool in spools)
    assert held["positions"].count * 8 > 10 * bound  # what build() held whole, decoded: far past the bound
    for spool in spools:
        assert spool.largest <= bound, (spool.path.name, spool.largest, bound, total)


def test_a_merge_writes_each_block_before_reading_the_next(tmp_path, monkeypatch):
    index = FullTextIndex(tmp_path / "ix")
    index.create()
    for batch in range(3):
        with index.writer() as writer:
            for i in range(batch * 300, batch * 300 + 300):
                writer.upsert(_article(i))
    counts = {"read": 0, "written": 0, "most_unwritten": 0}
    blocks, add_many = segments._blocks, segments._PostingsWriter.add_many

    def counted_blocks(reader, info, format_):
        for block in blocks(reader, info, format_):
            counts["read"] += 1
            counts["most_unwritten"] = max(counts["most_unwritten"], counts["read"] - counts["written"])
            yield block

    def counted_add_many(self, *args):
        counts["written"] += 1
        return add_many(self, *args)

    monkeypatch.setattr(segments, "_segments_to_merge", lambda found: list(found))  # merge them all
    monkeypatch.setattr(segments, "_blocks", counted_blocks)
    monkeypatch.setattr(segments._PostingsWriter, "add_many", counted_add_many)
    with index.writer() as writer:
        for i in range(1800, 1810):
            writer.upsert(_article(i))
    assert len(open_dir(str(index.path))._segments()) == 2  # the three merged, beside the commit's own
    assert counts["read"] > 50  # a merge ran, over terms of several blocks
    assert counts["most_unwritten"] <= 1
    assert postings_files.check(index.path) == []


def test_a_folder_it_cannot_write_gives_false_and_leaves_nothing(tmp_path):
    index = _index(tmp_path / "ix", [_article(i) for i in range(40)])
    segment, reader = _reader(index.path)
    try:
        assert postings_writer.write_segment_file(tmp_path / "gone", segment.segment_id(), reader.doc_count_all(),
                                                  reader, min_docs=2) is False
    finally:
        reader.close()
    assert not (tmp_path / "gone").exists()
