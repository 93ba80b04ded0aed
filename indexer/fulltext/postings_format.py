"""The postings file's format: a segment's common terms' postings decoded once and kept in a file
beside it, read by memory map.

Whoosh's W3 postings are blocks of at most 128 postings, each a zlib'd pickle (``postings.py``):
a search that meets a term for the first time decodes every block of it, ~0.5 µs a posting, so
a word in 386,553 of a million articles costs ~0.2 s before any scoring. A segment never changes
once written, so the doc numbers and weights of its terms in at least ``MIN_DOCS`` documents are
written once into ``<segment id>.postings.arr`` and read from then on as arrays of the file
mapped into memory: a term's postings are two slices, no decoding.

The file, written whole under a temporary name and renamed into place:

- ``MAGIC``, the header's length (8 bytes, little-endian) and the header (JSON): the format, the
  segment's id and document count, and every array's dtype, length, offset and CRC-32;
- the arrays, each at an offset that is a multiple of 64: ``extent`` (each term's start offset
  and length in the segment's postings file: the key a search finds a term by, as Whoosh's
  matcher holds it), ``start`` (where each term's postings begin in the per-posting arrays, one
  more at the end), ``ids`` (int32 segment doc numbers), ``weights`` (uint8 or float32 where
  they hold every weight exactly, else float64), ``pos_count`` (each posting's number of
  positions, 0 for fields without), ``term_pos`` (where each term's positions begin) and
  ``positions`` (uint16 where they fit, else int32), so a phrase's words need no decoding
  either; ``term_crc`` (CRC-32 of each term's slices, checked the first time a process reads
  the term).

Whoosh's postings stay the index of record: stock Whoosh never reads these files, and the search
falls back to decoding Whoosh's blocks for a term that is not in the file, a file that is
missing, unreadable, of another format or another segment, or whose term does not agree with
the matcher (its extent, its first block's last doc number, doc numbers within the segment,
the term's CRC-32).
:func:`verify` checks every array's CRC-32 (:func:`indexer.fulltext.postings_files.check` every
segment's file: ``archive check``'s question). The name matches Whoosh's segment pattern, so its clean-up deletes the file with its segment (a merge writes a
new segment under a new id; deletions are applied by Whoosh's own filter over the doc numbers).
"""

from __future__ import annotations

import json
import struct
import zlib
from pathlib import Path
from typing import Optional

import numpy as np

from indexer.fulltext.postings import MAGIC as W3_MAGIC, decode_extent, decode_positions
from indexer.fulltext.whole_files import write_whole

MAGIC = b"WPOSTAR1"
FORMAT = 1
SUFFIX = "postings.arr"
MIN_DOCS = 128  # terms in fewer documents of a segment (one block) are decoded from Whoosh's blocks
_ALIGN = 64
_CHUNK = 8 << 20  # bytes :func:`verify` reads at a time
ARRAYS = ("extent", "start", "ids", "weights", "pos_count", "term_pos", "positions", "term_crc")


def path_for(folder, segment_id: str) -> Path:
    return Path(folder) / f"{segment_id}.{SUFFIX}"



def _narrowest(values: np.ndarray, dtypes) -> np.ndarray:
    """``values`` in the first of ``dtypes`` that holds them exactly (else as they are)."""
    for dtype in dtypes:
        if np.array_equal(values.astype(dtype).astype(values.dtype), values):
            return values.astype(dtype)
    return values


def term_postings(reader, min_docs: int = MIN_DOCS):
    """``((offset, length), data, with_positions)`` for each term of the segment in at least
    ``min_docs`` documents whose postings are W3 blocks, in the postings file's order: ``data`` its
    blocks' bytes, ``with_positions`` whether its field keeps positions. The one walk over a segment's
    terms, for :func:`build` and :mod:`.postings_writer`. A term's entry is judged by its flags and
    document frequency before anything else is read from it (``W3TermInfo.from_bytes`` unpickles
    an inlined term's postings: most terms of a segment are inlined)."""
    terms = reader._terms
    postfile = terms._postfile
    with_positions = {name for name, field in reader.schema.items()
                      if field.format is not None and field.format.supports("positions")}
    for key, value in _entries(terms._tindex):
        if value[0] or _DF.unpack_from(value, 5)[0] < min_docs:  # inlined (flags), or rare
            continue
        offset, length = _EXTENT.unpack_from(value, _TERM_INFO_SIZE)
        data = postfile.get(offset, length)
        if data[:4] != W3_MAGIC:
            continue
        yield (offset, length), data, terms._keydecoder(key)[0] in with_positions


# W3TermInfo: flags (B), total weight (f), document frequency (I), lengths, ... (``!BfIBBfII``),
# then for a term in blocks its extent in the postings file (``!q`` offset, ``!i`` length).
_TERM_INFO_SIZE = struct.calcsize("!BfIBBfII")
_DF = struct.Struct("!I")
_EXTENT = struct.Struct("!qi")
_LENGTHS = struct.Struct("!ii")  # a hash file entry's key and value lengths (whoosh.filedb.filetables)


def _entries(tindex, chunk: int = _CHUNK):
    """``(key, value)`` of each entry of a Whoosh hash file (what ``tindex.items()`` gives, in its
    order), read ``chunk`` bytes at a time instead of two reads and seeks an entry."""
    dbfile, unpack = tindex.dbfile, _LENGTHS.unpack_from
    fetched, end = tindex.startofdata, tindex.endofdata
    buf, at = b"", 0
    while True:
        if at + 8 <= len(buf):
            keylen, datalen = unpack(buf, at)
            stop = at + 8 + keylen + datalen
            if stop <= len(buf):
                yield buf[at + 8:at + 8 + keylen], buf[at + 8 + keylen:stop]
                at = stop
                continue
            want = stop - at
        else:
            want = 8
        if fetched >= end:
            if at < len(buf):
                raise ValueError("the terms table ends inside an entry")
            return
        size = min(max(chunk, want), end - fetched)
        buf = buf[at:] + dbfile.get(fetched, size)
        fetched += size
        at = 0


def build(reader, min_docs: int = MIN_DOCS) -> dict:
    """The arrays of a segment's terms in at least ``min_docs`` documents, decoded from its blocks."""
    extents, starts, id_parts, weight_parts = [], [0], [], []
    count_parts, position_parts, term_pos = [], [], [0]
    for (offset, length), data, positioned in term_postings(reader, min_docs):
        found = decode_extent(data, want_values=positioned)
        if found.values is not None:
            counts, flat = decode_positions(found.values)
        else:
            counts, flat = np.zeros(len(found.ids), dtype=np.int64), np.zeros(0, dtype=np.int64)
        extents.append((offset, length))
        starts.append(starts[-1] + len(found.ids))
        id_parts.append(found.ids)
        weight_parts.append(found.weights)
        count_parts.append(counts)
        position_parts.append(flat)
        term_pos.append(term_pos[-1] + len(flat))
    return arrays_of(extents, starts, id_parts, weight_parts, count_parts, position_parts, term_pos)


def arrays_of(extents, starts, id_parts, weight_parts, count_parts, position_parts, term_pos) -> dict:
    """The file's arrays from each term's parts (in the file's order), narrowed as the file keeps
    them: :func:`build`'s, and :mod:`.bulk_postings_file`'s for a segment it has just written."""
    offsets = np.array([e[0] for e in extents], dtype=np.int64)
    if len(offsets) > 1 and not (offsets[1:] > offsets[:-1]).all():
        raise ValueError("term extents out of order")  # W3 writes terms in key order, extents ascending

    def joined(parts, dtype):
        return np.concatenate(parts) if parts else np.zeros(0, dtype=dtype)

    arrays = {
        "extent": np.array(extents, dtype=np.int64).reshape(-1, 2),
        "start": np.array(starts, dtype=np.int64),
        "ids": joined(id_parts, np.int32).astype(np.int32),
        # Term frequencies (times the field's boost): one byte a posting where they fit.
        "weights": _narrowest(joined(weight_parts, np.float64), (np.uint8, np.float32)),
        "pos_count": _narrowest(joined(count_parts, np.int64), (np.uint8, np.uint16, np.int32)),
        "term_pos": np.array(term_pos, dtype=np.int64),
        "positions": _narrowest(joined(position_parts, np.int64), (np.uint16, np.int32)),
    }
    arrays["term_crc"] = np.array([_term_crc(arrays, i) for i in range(len(extents))], dtype=np.uint32)
    return arrays


def _term_crc(arrays: dict, i: int) -> int:
    """CRC-32 of the ``i``-th term's slices (ids, weights, position counts, positions)."""
    lo, hi = int(arrays["start"][i]), int(arrays["start"][i + 1])
    first, last = int(arrays["term_pos"][i]), int(arrays["term_pos"][i + 1])
    crc = 0
    for part in (arrays["ids"][lo:hi], arrays["weights"][lo:hi], arrays["pos_count"][lo:hi],
                 arrays["positions"][first:last]):
        crc = zlib.crc32(np.ascontiguousarray(part).data, crc)
    return crc


def write(folder, segment_id: str, doc_count: int, arrays: dict) -> bool:
    """Write the file whole (temporary name, then renamed); False where the folder is not writable."""
    layout, offset = {}, 0
    for name, array in arrays.items():
        array = np.ascontiguousarray(array)
        layout[name] = {"dtype": array.dtype.str, "shape": list(array.shape), "offset": offset,
                        "crc": zlib.crc32(array.tobytes())}
        offset += -(-array.nbytes // _ALIGN) * _ALIGN
    header = json.dumps({"format": FORMAT, "segment": segment_id, "docs": doc_count, "arrays": layout}).encode()
    head = len(MAGIC) + 8 + len(header)
    head = -(-head // _ALIGN) * _ALIGN

    def fill(out) -> None:
        out.write(MAGIC + len(header).to_bytes(8, "little") + header)
        out.write(b"\0" * (head - len(MAGIC) - 8 - len(header)))
        for array in arrays.values():
            data = np.ascontiguousarray(array).tobytes()
            out.write(data)
            out.write(b"\0" * (-len(data) % _ALIGN))

    # False for a read-only archive, a full disk: the search decodes Whoosh's blocks as before
    return write_whole(path_for(folder, segment_id), fill)


class SegmentPostings:
    """One segment's postings file, mapped: :meth:`find` a term by its extent, :meth:`postings`."""

    def __init__(self, path: Path, header: dict, raw: np.ndarray, base: int):
        self.path = path
        self.header = header
        self.docs = int(header["docs"])
        self.arrays = {}
        for name, spec in header["arrays"].items():
            dtype = np.dtype(spec["dtype"])
            count = int(np.prod(spec["shape"])) if spec["shape"] else 1
            start = base + spec["offset"]
            self.arrays[name] = raw[start:start + count * dtype.itemsize].view(dtype).reshape(spec["shape"])
        self.offsets = np.ascontiguousarray(self.arrays["extent"][:, 0])
        self.start = self.arrays["start"]
        self.ids = self.arrays["ids"]
        self.weights = self.arrays["weights"]
        self.pos_count = self.arrays["pos_count"]
        self.term_pos = self.arrays["term_pos"]
        self.positions_flat = self.arrays["positions"]
        self._intact: set = set()

    def find(self, startoffset: int, length: int) -> Optional[int]:
        """The term whose postings start at ``startoffset`` (and are ``length`` bytes), or None."""
        i = int(np.searchsorted(self.offsets, startoffset))
        if i < len(self.offsets) and int(self.offsets[i]) == startoffset and int(self.arrays["extent"][i, 1]) == length:
            return i
        return None

    def intact(self, i: int) -> bool:
        """Whether the ``i``-th term's slices still have the CRC-32 they were written with
        (checked once a process: a damaged file is never read as postings)."""
        if i in self._intact:
            return True
        if _term_crc(self.arrays, i) != int(self.arrays["term_crc"][i]):
            return False
        self._intact.add(i)
        return True

    def postings(self, i: int) -> tuple:
        """``(ids int32, weights float64)`` of the ``i``-th term (the ids a view of the file)."""
        lo, hi = int(self.start[i]), int(self.start[i + 1])
        return self.ids[lo:hi], self.weights[lo:hi].astype(np.float64)

    def positions(self, i: int) -> Optional[tuple]:
        """``(posting index, position)`` of every position of the ``i``-th term's postings (as
        ``postings.positions`` gives them), or None when its field keeps no positions."""
        lo, hi = int(self.start[i]), int(self.start[i + 1])
        first, last = int(self.term_pos[i]), int(self.term_pos[i + 1])
        counts = self.pos_count[lo:hi]
        if first == last and hi > lo:
            return None
        owner = np.repeat(np.arange(hi - lo, dtype=np.int32), counts)
        if len(owner) != last - first:
            return None  # not this term's positions: decoded from the blocks instead
        return owner, self.positions_flat[first:last].astype(np.int32)

    def position_docs(self, i: int) -> Optional[tuple]:
        """``(doc number int64, position)`` of every position of the ``i``-th term's postings
        (what a phrase matches on: no posting index to look the doc number up through), or None
        when its field keeps no positions."""
        lo, hi = int(self.start[i]), int(self.start[i + 1])
        first, last = int(self.term_pos[i]), int(self.term_pos[i + 1])
        if first == last and hi > lo:
            return None
        docs = np.repeat(self.ids[lo:hi].astype(np.int64), self.pos_count[lo:hi])
        if len(docs) != last - first:
            return None  # not this term's positions: decoded from the blocks instead
        return docs, self.positions_flat[first:last]


def load(folder, segment_id: str, doc_count: int) -> Optional[SegmentPostings]:
    """The segment's postings file mapped, or None (missing, unreadable, another format or segment)."""
    path = path_for(folder, segment_id)
    try:
        # A plain array over the mapping: slices of a np.memmap go through its Python-level
        # __getitem__ and __array_finalize__ (~10 µs a slice; a phrase takes hundreds).
        raw = np.memmap(path, dtype=np.uint8, mode="r").view(np.ndarray)
        if bytes(raw[:len(MAGIC)]) != MAGIC:
            return None
        size = int.from_bytes(bytes(raw[len(MAGIC):len(MAGIC) + 8]), "little")
        header = json.loads(bytes(raw[len(MAGIC) + 8:len(MAGIC) + 8 + size]))
        base = -(-(len(MAGIC) + 8 + size) // _ALIGN) * _ALIGN
        if header.get("format") != FORMAT or header.get("segment") != segment_id or header.get("docs") != doc_count:
            return None
        end = max((base + spec["offset"] + int(np.prod(spec["shape"])) * np.dtype(spec["dtype"]).itemsize
                   for spec in header["arrays"].values()), default=base)
        if end > len(raw) or any(name not in header["arrays"] for name in ARRAYS):
            return None  # truncated
        found = SegmentPostings(path, header, raw, base)
        if (len(found.start) != len(found.offsets) + 1 or int(found.start[-1]) != len(found.ids)
                or len(found.weights) != len(found.ids) or len(found.pos_count) != len(found.ids)
                or len(found.term_pos) != len(found.start) or int(found.term_pos[-1]) != len(found.positions_flat)
                or len(found.arrays["term_crc"]) != len(found.offsets)):
            return None
        return found
    except (OSError, ValueError, KeyError, TypeError):
        return None


def verify(folder, segment_id: str, doc_count: int) -> Optional[str]:
    """None when the segment's postings file is whole (every array's CRC-32) or absent, else what is wrong."""
    path = path_for(folder, segment_id)
    if not path.exists():
        return None
    found = load(folder, segment_id, doc_count)
    if found is None:
        return f"{path.name}: unreadable, truncated or of another segment"
    # Read back in pieces, not through the mapping: a merged segment's file is hundreds of MB.
    with open(path, "rb") as handle:
        handle.seek(len(MAGIC))
        base = -(-(len(MAGIC) + 8 + int.from_bytes(handle.read(8), "little")) // _ALIGN) * _ALIGN
        for name, spec in found.header["arrays"].items():
            handle.seek(base + spec["offset"])
            left, crc = int(np.prod(spec["shape"])) * np.dtype(spec["dtype"]).itemsize, 0
            while left > 0:
                data = handle.read(min(left, _CHUNK))
                if not data:
                    break
                crc, left = zlib.crc32(data, crc), left - len(data)
            if crc != spec["crc"]:
                return f"{path.name}: {name} damaged (checksum)"
    return None
