"""A segment's postings file written in bounded pieces (its format: :mod:`.postings_format`).

:func:`postings_format.build` holds every decoded posting of the segment at once: each term's
arrays in int64 and float64, then joined (a copy), narrowed (another) and turned into bytes for
the file and its checksum (two more): about seven times the file's size. For a merged segment of
180,000 articles (a 440 MB file) that was ~3 GB, the import's peak at 1,000,000 articles (#16).

:func:`write_segment_file` writes the same file, byte for byte, holding no more than one term's
decoded postings (the blocks of ``block_group`` Whoosh blocks at a time) and pieces of at most
``chunk`` bytes: each term's arrays are appended, in the narrowest type met so far, to a spool file
of their own beside the file (Whoosh's segment pattern: its clean-up deletes one a killed process
left); a later term that needs a wider type rewrites its spool wider, piece by piece. The term
checksums, the arrays' checksums and the file itself are then made by reading the spools back in
pieces. :class:`Spool`'s ``largest`` is the most it ever held in memory (a test reads it).
"""

from __future__ import annotations

import json
import os
import threading
import zlib
from pathlib import Path

import numpy as np

from indexer.fulltext.postings import _INT, MAGIC as W3_MAGIC, decode_extent, decode_positions
from indexer.fulltext.postings_format import FORMAT, MAGIC, MIN_DOCS, _ALIGN, path_for, term_postings
from indexer.fulltext.whole_files import write_whole

CHUNK = 8 << 20  # bytes read or converted at a time

# Each spooled array's types, narrowest first (as ``postings_format.build`` narrows them); the last
# is the decoded type, kept where no narrower holds every value exactly.
LEVELS = {
    "ids": (np.int32,),
    "weights": (np.uint8, np.float32, np.float64),
    "pos_count": (np.uint8, np.uint16, np.int32, np.int64),
    "positions": (np.uint16, np.int32, np.int64),
}


def _level(values: np.ndarray, dtypes) -> int:
    """The first of ``dtypes`` that holds ``values`` exactly (the last where none does)."""
    for i, dtype in enumerate(dtypes[:-1]):
        if np.array_equal(values.astype(dtype).astype(values.dtype), values):
            return i
    return len(dtypes) - 1


class Spool:
    """One array of the file, appended to a file of its own in the narrowest type yet needed."""

    def __init__(self, path: Path, dtypes, chunk: int = CHUNK):
        self.path, self.dtypes, self.chunk = path, dtypes, chunk
        self.level, self.count, self.largest = 0, 0, 0
        self._out = open(path, "wb")

    @property
    def dtype(self) -> np.dtype:
        return np.dtype(self.dtypes[self.level])

    def append(self, values: np.ndarray) -> None:
        self.largest = max(self.largest, values.nbytes)
        level = 0 if len(self.dtypes) == 1 else _level(values, self.dtypes)
        if level > self.level:
            self._widen(level)
        self._out.write(np.ascontiguousarray(values, dtype=self.dtype).data)
        self.count += len(values)

    def _widen(self, level: int) -> None:
        """Rewrite what is spooled in ``dtypes[level]``, ``chunk`` bytes of it at a time."""
        self._out.close()
        old, new = self.dtype, np.dtype(self.dtypes[level])
        wider = self.path.with_name(self.path.name + ".wide")
        step = max(self.chunk // new.itemsize, 1)
        with open(self.path, "rb") as source, open(wider, "wb") as out:
            while True:
                piece = np.frombuffer(source.read(step * old.itemsize), dtype=old)
                if not len(piece):
                    break
                self.largest = max(self.largest, piece.nbytes + piece.size * new.itemsize)
                out.write(piece.astype(new).data)
        os.replace(wider, self.path)
        self.level = level
        self._out = open(self.path, "ab")

    def close(self) -> None:
        self._out.close()

    def read(self, handle, count: int):
        """The next ``count`` values' bytes from ``handle`` (this spool opened), in pieces."""
        left = count * self.dtype.itemsize
        while left > 0:
            data = handle.read(min(left, self.chunk))
            if not data:
                raise OSError(f"{self.path.name}: shorter than written")
            self.largest = max(self.largest, len(data))
            left -= len(data)
            yield data


def _term_parts(reader, min_docs: int, block_group: int):
    """``(extent, pieces)`` for each term of the segment in at least ``min_docs`` documents, in the
    file's order; ``pieces`` yields ``(ids, weights, counts, positions)`` of ``block_group`` of the
    term's blocks at a time (``positions`` absolute, as ``decode_positions`` gives them)."""
    previous = None
    for (offset, length), data, positioned in term_postings(reader, min_docs):
        if previous is not None and offset <= previous:
            raise ValueError("term extents out of order")  # W3 writes terms in key order, extents ascending
        previous = offset
        yield (offset, length), _pieces(data, positioned, block_group)


def _pieces(data: bytes, want_values: bool, block_group: int):
    """A term's postings ``block_group`` blocks at a time: its bytes cut at block bounds, each group
    decoded as a term of its own (a block's first id is absolute, so the group's ids come out so)."""
    bounds, position, end = [], 4, len(data)
    while position < end:
        (length,) = _INT.unpack_from(data, position)
        bounds.append(position)
        position += 4 + abs(length)
        if length < 0:
            break
    bounds.append(position)
    for g in range(0, len(bounds) - 1, block_group):
        lo, hi = bounds[g], bounds[min(g + block_group, len(bounds) - 1)]
        found = decode_extent(W3_MAGIC + data[lo:hi], want_values=want_values)
        if found.values is not None:
            counts, flat = decode_positions(found.values)
        else:
            counts, flat = np.zeros(len(found.ids), dtype=np.int64), np.zeros(0, dtype=np.int64)
        yield found.ids, found.weights, counts, flat


def write_segment_file(folder, segment_id: str, doc_count: int, reader, min_docs: int = MIN_DOCS,
                       chunk: int = CHUNK, block_group: int = 64, spools_seen: list = None) -> bool:
    """Write the segment's postings file as ``write(folder, segment_id, doc_count, build(reader,
    min_docs))`` would, in bounded pieces; False where the folder is not writable or the disk full.
    ``spools_seen`` (a list) is given the spools, for a test to read what they held."""
    path = path_for(folder, segment_id)
    stem = f"{path.name}.{os.getpid()}.{threading.get_ident()}"
    spools: dict = {}
    try:
        for name, dtypes in LEVELS.items():
            spools[name] = Spool(path.with_name(f"{stem}.{name}.tmp"), dtypes, chunk)
        if spools_seen is not None:
            spools_seen.extend(spools.values())
        extents, starts, term_pos = [], [0], [0]
        for extent, pieces in _term_parts(reader, min_docs, block_group):
            for ids, weights, counts, flat in pieces:
                spools["ids"].append(ids)
                spools["weights"].append(weights)
                spools["pos_count"].append(counts)
                spools["positions"].append(flat)
            extents.append(extent)
            starts.append(spools["ids"].count)
            term_pos.append(spools["positions"].count)
        for spool in spools.values():
            spool.close()
        small = {"extent": np.array(extents, dtype=np.int64).reshape(-1, 2),
                 "start": np.array(starts, dtype=np.int64), "term_pos": np.array(term_pos, dtype=np.int64)}
        term_crc, crcs = _checksums(spools, small["start"], small["term_pos"])
        small["term_crc"] = term_crc
        return _assemble(path, segment_id, doc_count, spools, small, crcs, chunk)
    except OSError:
        return False
    finally:
        for spool in spools.values():
            spool.close()
            for leftover in (spool.path, spool.path.with_name(spool.path.name + ".wide")):
                try:
                    leftover.unlink(missing_ok=True)
                except OSError:
                    pass


def _checksums(spools: dict, start: np.ndarray, term_pos: np.ndarray) -> tuple:
    """Each term's CRC-32 over its slices (ids, weights, position counts, positions: as
    ``postings_format._term_crc``) and each spooled array's, reading the spools once, in pieces."""
    names = ("ids", "weights", "pos_count", "positions")
    handles = {name: open(spools[name].path, "rb") for name in names}
    crcs = dict.fromkeys(names, 0)
    term_crc = np.zeros(max(len(start) - 1, 0), dtype=np.uint32)
    try:
        for i in range(len(term_crc)):
            crc = 0
            postings = int(start[i + 1] - start[i])
            for name in names:
                count = int(term_pos[i + 1] - term_pos[i]) if name == "positions" else postings
                for data in spools[name].read(handles[name], count):
                    crc = zlib.crc32(data, crc)
                    crcs[name] = zlib.crc32(data, crcs[name])
            term_crc[i] = crc
    finally:
        for handle in handles.values():
            handle.close()
    return term_crc, crcs


def _assemble(path: Path, segment_id: str, doc_count: int, spools: dict, small: dict, crcs: dict,
              chunk: int) -> bool:
    """The file whole: header, then each array (the spools copied in pieces), as ``write`` lays it out."""
    order = ("extent", "start", "ids", "weights", "pos_count", "term_pos", "positions", "term_crc")
    layout, offset = {}, 0
    for name in order:
        if name in small:
            array = np.ascontiguousarray(small[name])
            dtype, shape, nbytes, crc = array.dtype, list(array.shape), array.nbytes, zlib.crc32(array.data)
        else:
            spool = spools[name]
            dtype, shape, crc = spool.dtype, [spool.count], crcs[name]
            nbytes = spool.count * spool.dtype.itemsize
        layout[name] = {"dtype": dtype.str, "shape": shape, "offset": offset, "crc": crc}
        offset += -(-nbytes // _ALIGN) * _ALIGN
    header = json.dumps({"format": FORMAT, "segment": segment_id, "docs": doc_count, "arrays": layout}).encode()
    head = -(-(len(MAGIC) + 8 + len(header)) // _ALIGN) * _ALIGN

    def fill(out) -> None:
        out.write(MAGIC + len(header).to_bytes(8, "little") + header)
        out.write(b"\0" * (head - len(MAGIC) - 8 - len(header)))
        for name in order:
            written = 0
            if name in small:
                data = np.ascontiguousarray(small[name]).tobytes()
                out.write(data)
                written = len(data)
            else:
                spool = spools[name]
                with open(spool.path, "rb") as handle:
                    for data in spool.read(handle, spool.count):
                        out.write(data)
                        written += len(data)
            out.write(b"\0" * (-written % _ALIGN))

    return write_whole(path, fill)
