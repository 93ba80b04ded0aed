"""indexer.fulltext.whole_files: a segment's array and postings files are written whole or not at all."""

from __future__ import annotations

import numpy as np

from indexer.fulltext import array_files, postings_format
from indexer.fulltext.whole_files import write_whole


def test_a_file_is_written_whole_and_no_temporary_file_is_left(tmp_path):
    path = tmp_path / "MAIN_abc.facets.npz"
    assert write_whole(path, lambda out: out.write(b"whole"))
    assert path.read_bytes() == b"whole"
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_a_write_that_fails_halfway_keeps_the_old_file_and_leaves_no_temporary_file(tmp_path):
    path = tmp_path / "MAIN_abc.postings.arr"
    path.write_bytes(b"old and whole")

    def fill(out):
        out.write(b"half")
        raise OSError("disk full")

    assert write_whole(path, fill) is False
    assert path.read_bytes() == b"old and whole"
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_a_folder_that_is_not_there_is_a_false_not_an_error(tmp_path):
    assert write_whole(tmp_path / "gone" / "MAIN_abc.facets.npz", lambda out: out.write(b"x")) is False


def test_the_array_and_postings_files_are_written_through_it(tmp_path):
    assert array_files._save(tmp_path / "MAIN_abc.facets.npz", {"ids": np.arange(3)})
    assert list(np.load(tmp_path / "MAIN_abc.facets.npz")["ids"]) == [0, 1, 2]
    arrays = {"extent": np.zeros((0, 2), dtype=np.int64), "start": np.zeros(1, dtype=np.int64)}
    for name in ("ids", "weights", "pos_count", "term_pos", "positions", "term_crc"):
        arrays[name] = np.zeros(1 if name == "term_pos" else 0, dtype=np.int64)
    assert postings_format.write(tmp_path, "MAIN_abc", 0, arrays)
    assert postings_format.load(tmp_path, "MAIN_abc", 0) is not None
    assert postings_format.write(tmp_path / "gone", "MAIN_abc", 0, arrays) is False
