"""A batch's new segment gets its postings file from the arrays it was written from (#16): the
very bytes that decoding the committed segment back gives (``postings_writer.write_segment_file``),
without reading the segment; merged segments are still decoded from their blocks."""

from __future__ import annotations

import numpy as np
from whoosh.filedb.filestore import FileStorage
from whoosh.index import open_dir
from whoosh.reading import SegmentReader

from indexer.fulltext import bulk_postings_file, postings_files, postings_format, postings_writer
from indexer.fulltext.index import FullTextIndex
from indexer.fulltext.postings import decode_positions

WORDS = ("harbour", "council", "budget", "river", "school", "market", "bridge", "festival")


def _article(i: int) -> dict:
    words = [WORDS[(i * 7 + k * 3) % len(WORDS)] for k in range(10 + i % 13)]
    if i % 50 == 7:
        words += ["harbour"] * 300  # a weight and a position count past a byte
    if i == 11:
        words = ["filler"] * 66_000 + ["harbour", "river"]  # positions past 65,535
    return {"id": f"a{i}", "title": f"{WORDS[i % len(WORDS)]} report {i % 5}", "body": " ".join(words),
            "published": f"2021-05-{1 + i % 28:02d}", "outlet_name": ("The Outlet", "Other")[i % 2]}


def _decoded_back(folder, segment, tmp_path):
    """The segment's postings file as decoding the committed segment writes it."""
    reader = SegmentReader(FileStorage(str(folder), supports_mmap=False), open_dir(str(folder)).schema, segment)
    out = tmp_path / f"decoded-{segment.segment_id()}"
    out.mkdir()
    try:
        assert postings_writer.write_segment_file(out, segment.segment_id(), reader.doc_count_all(), reader)
    finally:
        reader.close()
    return postings_format.path_for(out, segment.segment_id()).read_bytes()


def test_new_segments_file_is_the_decoded_ones_bytes(tmp_path, monkeypatch):
    decoded: list = []
    real = postings_files.write_segment
    monkeypatch.setattr(postings_files, "write_segment",
                        lambda folder, segment, *a, **k: decoded.append(segment.segment_id()) or real(folder, segment, *a, **k))
    index = FullTextIndex(tmp_path / "ix")
    index.create()
    for batch in (range(0, 400), range(400, 700)):
        with index.writer() as writer:
            for i in batch:
                writer.upsert(_article(i))
    segments = open_dir(str(tmp_path / "ix"))._segments()
    assert len(segments) == 2 and decoded == []  # no segment read back: written from the batches' arrays
    dtypes = set()
    for segment in segments:
        written = postings_format.path_for(tmp_path / "ix", segment.segment_id()).read_bytes()
        assert written == _decoded_back(tmp_path / "ix", segment, tmp_path)
        found = postings_format.load(tmp_path / "ix", segment.segment_id(), segment.doc_count_all())
        assert found is not None and len(found.offsets) > 5
        dtypes |= {found.weights.dtype, found.positions_flat.dtype}
    assert {np.dtype(np.float32), np.dtype(np.int32), np.dtype(np.uint16)} <= dtypes  # wider types met


def test_positions_of_matches_decoding_each_value():
    """Read from the bytes (one, two and four byte ints), and unpickled where a value has
    another shape (more than a pickle batch of 1,000 positions, no STOP byte)."""
    from indexer.fulltext.positions_encoded import encode_positions

    lists = [[3], [0, 4, 9], [3], [70_000, 70_001], [300, 301], [3], [0, 4, 9], [1], [2**31 - 1]]
    values = [encode_positions({"w": positions}).values[0] for positions in lists]
    assert bulk_postings_file._read_pickled(values) is not None
    odd = [values + [encode_positions({"w": list(range(0, 3000, 2))}).values[0]], values + [values[1][:-1]]]
    for case in [values] + odd:
        counts, flat = bulk_postings_file.positions_of(case)
        want_counts, want_flat = decode_positions(case)
        assert counts.tolist() == want_counts.tolist() and flat.tolist() == want_flat.tolist()
    assert [bulk_postings_file._read_pickled(case) for case in odd] == [None, None]
    counts, flat = bulk_postings_file.positions_of(values)
    assert counts.tolist() == [len(positions) for positions in lists]
    assert flat.tolist() == [p for positions in lists for p in positions]


def test_positions_of_random_lists():
    from indexer.fulltext.positions_encoded import encode_positions

    rng = np.random.default_rng(16)
    for _ in range(20):
        lists = []
        for _ in range(int(rng.integers(1, 200))):
            size = int(rng.choice([1, 1, 1, 2, 5, 40]))
            top = int(rng.choice([200, 60_000, 5_000_000]))
            lists.append(sorted(rng.integers(0, top, size).tolist()))
        values = [encode_positions({"w": positions}).values[0] for positions in lists]
        counts, flat = bulk_postings_file.positions_of(values)
        want_counts, want_flat = decode_positions(values)
        assert counts.tolist() == want_counts.tolist() and flat.tolist() == want_flat.tolist()


def test_terms_table_helpers_match_whooshs():
    """The terms table's hashes and offsets index are Whoosh's own (``md5_hash``, ``append``)."""
    from whoosh.filedb.filetables import md5_hash
    from whoosh.util.numlists import GrowableArray

    from indexer.fulltext.bulk_postings import _extend, _md5_low32

    for key in (b"", b"\x00\x05body", "ümlaut".encode(), bytes(range(256))):
        assert _md5_low32(key) == md5_hash(key)
    for numbers in ([1, 2, 3], [10, 70_000, 5], [3_000_000_000, 1], [2**40]):
        one, many = GrowableArray(), GrowableArray()
        one.append(7)
        many.append(7)
        for n in numbers:
            one.append(n)
        _extend(many, numbers)
        assert one.typecode == many.typecode and list(one) == list(many)


def test_terms_table_read_in_chunks_as_whoosh_reads_it(tmp_path):
    """``postings_format._entries`` gives a segment's terms table entries as ``items()`` does,
    whatever the chunk (entries cut across reads), and ``term_postings`` picks the terms that
    ``W3TermInfo`` says are in blocks in at least ``min_docs`` documents."""
    from whoosh.codec.whoosh3 import W3TermInfo

    index = FullTextIndex(tmp_path / "ix")
    index.create()
    with index.writer() as writer:
        for i in range(300):
            writer.upsert(_article(i))
    (segment,) = open_dir(str(tmp_path / "ix"))._segments()
    reader = SegmentReader(FileStorage(str(tmp_path / "ix")), open_dir(str(tmp_path / "ix")).schema, segment)
    try:
        tindex = reader._terms._tindex
        whole = list(tindex.items())
        assert len(whole) > 100
        for chunk in (1, 7, 64, 1 << 20):
            assert list(postings_format._entries(tindex, chunk)) == whole
        wanted = []
        for _key, value in whole:
            info = W3TermInfo.from_bytes(value)
            if not info.is_inlined() and info.doc_frequency() >= 128:
                offset, length = info.extent()
                wanted.append((offset, length[0] if isinstance(length, tuple) else length))
        assert wanted and [extent for extent, _data, _positioned in postings_format.term_postings(reader)] == wanted
    finally:
        reader.close()
