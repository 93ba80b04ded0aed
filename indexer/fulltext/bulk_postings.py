"""A field's postings for one new segment: sorted as arrays and written as the W3 codec writes them.

Whoosh's field writer takes a posting at a time and a term at a time (a block object, a term info
object, a hash table entry, each a few method calls). Here a whole field of a batch is sorted once
with numpy (terms ranked, postings grouped by term in docnum order), each term's statistics
(document frequency, total and highest weight, shortest and longest field) come from
``reduceat`` over the groups, and every term's entry is packed with W3's own structures: inlined
postings for rare terms, blocks of ``blocklimit`` postings (pickled, zlib-compressed, with the
same block header) for the others. What is written is what
:class:`~indexer.fulltext.segments._PostingsWriter` writes for the same postings but for the
pickle protocol (:data:`PICKLE_PROTOCOL`); stock Whoosh reads it (``tests/test_bulk_segments.py``).
"""

from __future__ import annotations

import operator
import zlib
from hashlib import md5
from pickle import dumps
from typing import Optional

import numpy as np
from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3TermInfo
from whoosh.filedb.filetables import _lengths, md5_hash
from whoosh.system import pack_int, pack_long, pack_ushort

# Blocks and inlined postings are pickled with protocol 4, not W3's 2: Whoosh reads them with
# pickle.loads, which takes any protocol, and protocol 2 writes each bytes value (a posting's
# positions) as a call to _codecs.encode: for a block of 128 body postings 54 -> 8 us to pickle,
# 83 -> 44 us to compress, 1,724 -> 692 bytes compressed, 96 -> 15 us to read back.
PICKLE_PROTOCOL = 4
_TERM_INFO = W3TermInfo._struct.pack
_ENTRY_LENGTHS = _lengths.pack
_NO_LENGTH = 256  # above any length byte: "no length" in a minimum


def _md5_low32(key: bytes) -> int:
    """Whoosh's ``md5_hash`` (the digest's hex as an int, masked to 32 bits): its last 4 bytes."""
    return int.from_bytes(md5(key, usedforsecurity=False).digest()[12:], "big")


def _extend(growable, numbers: list) -> None:
    """``numbers`` appended to a Whoosh ``GrowableArray`` as its ``append`` one at a time would:
    widened once to the type its ``append`` would end at (the narrowest holding the largest)."""
    top = max(numbers)
    array = growable.array
    if not isinstance(array, list):
        try:
            array.append(top)
        except OverflowError:
            growable._retype(top)
        else:
            array.pop()
    growable.array.extend(numbers)


def sorted_postings(terms: list, docs, weights: list, values: list, length_bytes):
    """The field's postings grouped by term (terms in byte order), docnums ascending in each:
    ``(terms, starts, ends, docs, weights, values, length bytes)`` with the postings as arrays
    (``values`` a list), ``terms[i]``'s postings at ``starts[i]:ends[i]``.

    ``terms``, ``weights`` and ``values`` are per posting in docnum order, ``docs`` their
    docnums (an array), ``length_bytes`` the field's length byte for every docnum of the segment."""
    count = len(terms)
    first_seen: dict = {}
    firsts = np.fromiter(map(first_seen.setdefault, terms, range(count)), np.int64, count)
    unique = list(first_seen)
    by_text = sorted(range(len(unique)), key=unique.__getitem__)
    rank = np.empty(count, np.int64)
    rank[np.fromiter(first_seen.values(), np.int64, len(unique))[by_text]] = np.arange(len(unique))
    term_rank = rank[firsts]
    order = np.argsort(term_rank, kind="stable")
    per_term = np.bincount(term_rank, minlength=len(unique))
    ends = np.cumsum(per_term)
    in_order = operator.itemgetter(*order.tolist())(values) if count > 1 else tuple(values)
    sorted_docs = docs[order]
    return (operator.itemgetter(*by_text)(unique) if len(by_text) > 1 else tuple(unique), ends - per_term, ends,
            sorted_docs, np.asarray(weights, np.float32)[order], in_order, length_bytes[sorted_docs])


class FieldPostings:
    """Writes one field's sorted postings into a W3 field writer's terms table and postings file
    (between its ``start_field`` and ``finish_field``)."""

    def __init__(self, fieldwriter, fieldobj, blocklimit: int, compression: int, inlinelimit: int,
                 common_docs: Optional[int] = None):
        self.fieldwriter = fieldwriter
        self.blocklimit = blocklimit
        self.compression = compression
        self.inlinelimit = inlinelimit
        self.fixed = fieldobj.format.fixed_value_size()
        # ``(offset, length, start, end)`` of each term written as blocks in at least ``common_docs``
        # documents: the postings file's terms (:mod:`.bulk_postings_file`); none where None.
        self.common_docs = common_docs
        self.picked: list = []
        self.every_value = False

    def write(self, terms, starts, ends, docs, weights, values, length_bytes) -> None:
        fieldwriter = self.fieldwriter
        tindex = fieldwriter._tindex
        prefix = pack_ushort(fieldwriter._fieldid)
        # Statistics of every term at once.
        starts_at = starts.astype(np.intp)
        weight_sums = np.add.reduceat(weights.astype(np.float64), starts_at).tolist()
        weight_max = np.maximum.reduceat(weights, starts_at).tolist()
        length_max = np.maximum.reduceat(length_bytes, starts_at).tolist()
        shortest = np.where(length_bytes == 0, _NO_LENGTH, length_bytes.astype(np.int16))
        length_min = [0 if low == _NO_LENGTH else low
                      for low in np.minimum.reduceat(shortest, starts_at).tolist()]
        ids, weight_list, lengths = docs.tolist(), weights.tolist(), length_bytes.tolist()
        every_value = self.every_value = all(values)
        some_value = every_value or any(values)
        inline = self.inlinelimit
        blocks = None
        if every_value or not some_value:  # which terms are inlined is known ahead: blocks as arrays
            blocked = (ends - starts >= inline) | (not some_value)
            blocks = _Blocks(docs, weights, length_bytes, starts[blocked], ends[blocked], self.blocklimit)
        starts, ends = starts.tolist(), ends.tolist()

        postfile = fieldwriter._postfile
        post_base = postfile.tell()
        posts: list = []  # bytes for the postings file
        post_size = 0
        dbfile = tindex.dbfile
        term_base = dbfile.tell()
        entries: list = []  # bytes for the terms table
        term_size = 0
        positions: list = []  # each entry's offset in the terms table, for its index (appended at the end)
        buckets, hashfn = tindex.buckets, tindex.hashfn
        if hashfn is md5_hash:
            hashfn = _md5_low32
        dumps_, pack_info = dumps, _TERM_INFO
        key = None
        common = self.common_docs if self.common_docs is not None else len(ids) + 1
        picked = self.picked
        for t, term in enumerate(terms):
            start, end = starts[t], ends[t]
            df = end - start
            info = (weight_sums[t], df, length_min[t], length_max[t], weight_max[t], ids[start], ids[end - 1])
            if df < inline and some_value and (every_value or all(values[start:end])):
                value = (pack_info(1, *info)
                         + dumps_((tuple(ids[start:end]), tuple(weight_list[start:end]),
                                   tuple(values[start:end])), PICKLE_PROTOCOL))
            else:
                data = (self._blocks(ids, weight_list, values, lengths, start, end) if blocks is None
                        else blocks.term(ids, weight_list, values, every_value, self.fixed, self.compression))
                offset = post_base + post_size
                if df >= common:
                    picked.append((offset, len(data), start, end))
                posts.append(data)
                post_size += len(data)
                value = pack_info(0, *info) + pack_long(offset) + pack_int(len(data))
            key = prefix + term
            position = term_base + term_size
            entry = _ENTRY_LENGTHS(len(key), len(value)) + key + value
            entries.append(entry)
            term_size += len(entry)
            positions.append(position)
            h = hashfn(key)
            buckets[h & 255].append((h, position))
        if posts:
            postfile.write(b"".join(posts))
        if entries:
            dbfile.write(b"".join(entries))
            tindex.lastkey = key
            _extend(tindex.index, positions)

    def _blocks(self, ids, weights, values, lengths, start: int, end: int) -> bytes:
        """A term's postings as W3 blocks (``W3PostingsWriter._write_block``'s bytes)."""
        out = [WHOOSH3_HEADER_MAGIC]
        limit, compression, fixed = self.blocklimit, self.compression, self.fixed
        for begin in range(start, end, limit):
            stop = min(begin + limit, end)
            block_ids = ids[begin:stop]
            deltas = [block_ids[0]]
            deltas += [b - a for a, b in zip(block_ids, block_ids[1:])]
            block_weights = weights[begin:stop]
            first = block_weights[0]
            if all(w == 1.0 for w in block_weights):
                mini_weights = None
            elif all(w == first for w in block_weights):
                mini_weights = first
            else:
                mini_weights = tuple(block_weights)
            kept = [v for v in values[begin:stop] if v]
            if fixed is None or fixed < 0:
                mini_values = tuple(kept)
            elif fixed == 0:
                mini_values = None
            else:
                mini_values = b"".join(kept)
            data = dumps((tuple(deltas), mini_weights, mini_values), PICKLE_PROTOCOL)
            if compression:
                data = zlib.compress(data, compression)
            block_lengths = [length for length in lengths[begin:stop] if length]
            header = dumps((stop - begin, block_ids[-1], max(block_weights), compression,
                            min(block_lengths) if block_lengths else 0, max(lengths[begin:stop])), 2)
            size = len(header) + len(data)
            out.append(pack_int(-size if stop == end else size))
            out.append(header)
            out.append(data)
        return b"".join(out)


class _Blocks:
    """The blocks of a field's block-written terms, their statistics computed at once with numpy
    (``reduceat`` over each block's postings): what :meth:`FieldPostings._blocks` computes a block
    at a time, in the same order (terms in byte order, a term's blocks in docnum order). Used when
    every posting has a value or none has (positions, frequencies), so that which terms are inlined
    is known ahead. ``term()`` gives the next block-written term's bytes."""

    def __init__(self, docs, weights, length_bytes, starts, ends, limit: int):
        per_term = (ends - starts + limit - 1) // limit
        first_block = np.cumsum(per_term) - per_term
        count = int(per_term.sum())
        nth = np.arange(count) - np.repeat(first_block, per_term)  # a block's place in its term
        begins = np.repeat(starts, per_term) + nth * limit
        stops = np.minimum(begins + limit, np.repeat(ends, per_term))
        # reduceat over [begin, stop) pairs: the even results are the blocks, the odd ones the gaps
        # between them (a one-element "reduction" where a gap is empty); a sentinel ends the arrays.
        bounds = np.empty(2 * count, np.intp)
        bounds[0::2], bounds[1::2] = begins, stops
        shortest = np.where(length_bytes == 0, _NO_LENGTH, length_bytes.astype(np.int16))
        weights = np.append(weights, weights[:1])
        self.weight_min = np.minimum.reduceat(weights, bounds)[0::2].tolist()
        self.weight_max = np.maximum.reduceat(weights, bounds)[0::2].tolist()
        self.length_min = np.minimum.reduceat(np.append(shortest, shortest[:1]), bounds)[0::2].tolist()
        self.length_max = np.maximum.reduceat(np.append(length_bytes, length_bytes[:1]), bounds)[0::2].tolist()
        self.begins, self.stops = begins.tolist(), stops.tolist()
        self.term_blocks = per_term.tolist()
        self.diffs = np.diff(docs, prepend=docs[:1]).tolist()  # docnum deltas (within a term's run)
        self.next_term = 0
        self.next_block = 0

    def term(self, ids, weights, values, every_value: bool, fixed, compression) -> bytes:
        """The next block-written term's blocks as W3 writes them (``W3PostingsWriter._write_block``)."""
        out = [WHOOSH3_HEADER_MAGIC]
        first = self.next_block
        last = first + self.term_blocks[self.next_term]
        self.next_term += 1
        self.next_block = last
        diffs, begins, stops = self.diffs, self.begins, self.stops
        for k in range(first, last):
            begin, stop = begins[k], stops[k]
            deltas = (ids[begin],) + tuple(diffs[begin + 1 : stop])
            low, high = self.weight_min[k], self.weight_max[k]
            if low == high == 1.0:
                mini_weights = None
            elif low == high:
                mini_weights = weights[begin]
            else:
                mini_weights = tuple(weights[begin:stop])
            if fixed is None or fixed < 0:
                mini_values = tuple(values[begin:stop]) if every_value else ()
            elif fixed == 0:
                mini_values = None
            else:
                mini_values = b"".join(values[begin:stop]) if every_value else b""
            data = dumps((deltas, mini_weights, mini_values), PICKLE_PROTOCOL)
            if compression:
                data = zlib.compress(data, compression)
            shortest = self.length_min[k]
            header = dumps((stop - begin, ids[stop - 1], high, compression,
                            0 if shortest == _NO_LENGTH else shortest, self.length_max[k]), 2)
            size = len(header) + len(data)
            out.append(pack_int(-size if k == last - 1 else size))
            out.append(header)
            out.append(data)
        return b"".join(out)
