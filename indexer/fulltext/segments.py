"""How segments are written and merged: the codec's faster writers (same format: stock Whoosh
reads what they write), the streamed merge policies, and reading a table of contents that a
commit may replace meanwhile."""

from __future__ import annotations

import math
import time
import zlib
from pickle import dumps

from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3Codec, W3FieldWriter, W3PostingsWriter, W3TermInfo
from whoosh.system import pack_int
from whoosh.util.numeric import length_to_byte
from whoosh.writing import fib

from indexer.fulltext.bulk_postings import PICKLE_PROTOCOL
from indexer.fulltext.columns import _whole_lengths


INLINE_POSTINGS = 8  # see ArchiveCodec


class _LengthsOnce:
    """Field lengths read once a field. Whoosh's flush asks the length column on disk for every
    posting (seek + read, ~40% of a segment flush); this reads each field's column once."""

    def __init__(self, lengths):
        self._lengths = lengths
        self._fields: dict = {}

    def doc_field_length(self, docnum, fieldname, default=0):
        column = self._fields.get(fieldname)
        if column is None:
            count = self._lengths.doc_count_all()
            column = self._fields[fieldname] = (_whole_lengths(self._lengths, fieldname, count)
                                                or [default] * count)
        try:
            return column[docnum]
        except IndexError:
            return self._lengths.doc_field_length(docnum, fieldname, default)

    def column(self, fieldname) -> list:
        """Every document's length in ``fieldname``, by docnum."""
        self.doc_field_length(0, fieldname)
        return self._fields[fieldname]


class _TermInfo(W3TermInfo):
    """W3's term info, its inlined postings pickled with protocol 4 (read back by W3TermInfo)."""

    def to_bytes(self):
        if not self.is_inlined():
            return super().to_bytes()
        return W3TermInfo._struct.pack(
            True, self._weight, self._df, 0 if self._minlength is None else length_to_byte(self._minlength),
            length_to_byte(self._maxlength), self._maxweight,
            0xFFFFFFFF if self._minid is None else self._minid, 0xFFFFFFFF if self._maxid is None else self._maxid,
        ) + dumps(self._inlined, PICKLE_PROTOCOL)


class _FieldWriter(W3FieldWriter):
    def add_postings(self, schema, lengths, items):
        super().add_postings(schema, _LengthsOnce(lengths) if lengths else lengths, items)

    def start_term(self, btext):
        if self._postwriter is None:
            raise Exception("Called start_term before start_field")
        self._btext = btext
        self._postwriter.start_postings(self._fieldobj.format, _TermInfo())


class _PostingsWriter(W3PostingsWriter):
    def start_postings(self, format_, terminfo):
        # As Whoosh's, but the offset in the postings file is taken when the term's first block is
        # written, not for every term: most terms are inlined and never need it, and each tell()
        # was a system call (~7% of an import).
        if self._terminfo:
            raise Exception("Called start in a term")
        self._format = format_
        self._blockcount = 0
        self._new_block()
        self._terminfo = terminfo
        self._startoffset = None

    def _write_block(self, last=False):
        # W3PostingsWriter._write_block with the block's data pickled with protocol 4 (see
        # bulk_postings.PICKLE_PROTOCOL: Whoosh reads it with pickle.loads); the header as W3's.
        if not self._blockcount:
            self._startoffset = self._postfile.tell()
            self._postfile.write(WHOOSH3_HEADER_MAGIC)
        self._terminfo.add_block(self)
        data = dumps((self._mini_ids(), self._mini_weights(), self._mini_values()), PICKLE_PROTOCOL)
        compression = self._compression
        if compression:
            data = zlib.compress(data, compression)
        ids = self._ids
        header = dumps((len(ids), ids[-1], self._maxweight, compression, length_to_byte(self._minlength),
                        length_to_byte(self._maxlength)), 2)
        size = len(header) + len(data)
        self._postfile.write(pack_int(-size if last else size) + header + data)
        self._blockcount += 1
        self._new_block()

    def finish_postings(self):
        # W3PostingsWriter.finish_postings calls terminfo.set_inline(), which does not exist
        # (whoosh-reloaded 2.7: the method is set_inlined), so inlining never worked upstream;
        # this is that method with the call mended.
        terminfo = self._terminfo
        # Only postings that all carry values (text fields): Whoosh's reader of inlined postings
        # gives '' for a missing value, which its segment merge then rejects.
        if (not self.written() and len(self) < self._inlinelimit and self._values
                and len(self._values) == len(self._ids)):
            terminfo.add_block(self)
            terminfo.set_inlined(self._ids, self._weights, self._values)
        else:
            if self._ids:
                self._write_block(last=True)
            startoffset = self._startoffset
            terminfo.set_extent(startoffset, self._postfile.tell() - startoffset)
        self._terminfo = None
        return terminfo


    def add_many(self, ids, weights, values, lengths) -> None:
        """Postings in docnum order, a block's room at a time (the streamed merge's path: the
        checks and statistics of :meth:`add_posting` on whole slices instead of each posting)."""
        start, count, limit = 0, len(ids), self._blocklimit
        while start < count:
            room = limit - len(self._ids)
            if room <= 0:
                self._write_block()
                room = limit
            end = min(count, start + room)
            self._ids.extend(ids[start:end])
            part = weights[start:end]
            self._weights.extend(part)
            self._maxweight = max(self._maxweight, max(part))
            if values is not None:
                self._values.extend(value for value in values[start:end] if value)
            part = [length for length in lengths[start:end] if length]
            if part:
                low = min(part)
                if self._minlength is None or low < self._minlength:
                    self._minlength = low
                self._maxlength = max(self._maxlength, max(part))
            start = end


class ArchiveCodec(W3Codec):
    """Whoosh's codec, writing segments faster; what it writes reads back with W3Codec's reader.

    ``inlinelimit``: a term found in fewer than this many documents of a segment keeps its
    postings in the term table instead of a block of its own (most terms of a segment are rare).
    """

    def __init__(self, blocklimit=128, compression=3, inlinelimit=INLINE_POSTINGS):
        super().__init__(blocklimit=blocklimit, compression=compression, inlinelimit=inlinelimit)

    def field_writer(self, storage, segment):
        return _FieldWriter(self, storage, segment)

    def postings_writer(self, dbfile, byteids=False):
        if byteids:  # term vectors: their writer needs a block's offset, never inlined postings
            return W3PostingsWriter(dbfile, blocklimit=self._blocklimit, byteids=byteids,
                                    compression=self._compression, inlinelimit=1)
        return _PostingsWriter(dbfile, blocklimit=self._blocklimit, byteids=byteids,
                               compression=self._compression, inlinelimit=self._inlinelimit)


def _retrying_toc(read, attempts: int = 5):
    """``read()``, again when a commit replaced the index's table of contents (or a segment it
    named) between Whoosh listing the files and opening one: the next attempt finds the new ones."""
    for attempt in range(attempts):
        try:
            return read()
        except FileNotFoundError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.01 * (attempt + 1))


def _segments_to_merge(segments) -> list:
    """Which segments a commit merges: Whoosh's ``MERGE_SMALL`` choice (the smallest, up to a
    Fibonacci bound on their documents), so the index keeps the same shape of segments."""
    ordered = sorted(segments, key=lambda segment: segment.doc_count_all())
    total = 0
    for i, segment in enumerate(ordered):
        total += max(segment.doc_count_all(), 0)
        if i > 3 and total < fib(i + 5):
            return ordered[: i + 1]
    return []


def streamed_merge(writer, segments) -> list:
    """A merge policy for ``writer.commit(mergetype=...)``: merges what ``MERGE_SMALL`` would, but
    into a segment of its own, streaming each term's postings from the old segments in docnum
    order. Whoosh's policy feeds every old posting through the writer's pool (tuples, an external
    sort spilling to temporary files, a heap merge back), which was most of an import's time at
    100k articles; segments already hold their terms sorted, so none of that is needed."""
    chosen = _segments_to_merge(segments)
    if len(chosen) < 2:
        return list(segments)
    merged = _merge_into_new_segment(writer, chosen)
    kept = [segment for segment in segments if segment not in chosen]
    return kept + ([merged] if merged is not None else [])


MERGE_FACTOR = 8  # tiered merging: this many segments of one tier become one of the next


def _segment_size(segment) -> int:
    """What a segment holds, additively (a merge's size is the sum of its parts): its tokens."""
    return sum(getattr(segment, "_fieldlengths", {}).values()) or segment.doc_count_all()


def streamed_merge_tiered(writer, segments) -> list:
    """A merge policy for an index whose documents are not its measure: the vocabulary index holds
    one document a batch, with the words new in it. Counted in documents every segment is tiny, so
    ``MERGE_SMALL`` merged the growing segment with the newest few at every commit, rewriting the
    whole vocabulary every few batches (most of the vocabulary's cost, and growing with the
    archive). Here a segment's size is its tokens, its tier log8 of that; a tier with MERGE_FACTOR
    segments is merged (streamed, as :func:`streamed_merge`), so a word is rewritten once a tier."""
    tiers: dict = {}
    for segment in segments:
        tiers.setdefault(int(math.log(max(_segment_size(segment), 1), MERGE_FACTOR)), []).append(segment)
    for tier in sorted(tiers):
        chosen = tiers[tier]
        if len(chosen) >= MERGE_FACTOR:
            merged = _merge_into_new_segment(writer, chosen)
            kept = [segment for segment in segments if segment not in chosen]
            return kept + ([merged] if merged is not None else [])
    return list(segments)


def _merge_into_new_segment(writer, segments):
    from types import SimpleNamespace
    import heapq
    from whoosh.reading import SegmentReader
    from whoosh.writing import SegmentWriter

    storage, schema, codec = writer.storage, writer.schema, writer.codec
    segment = codec.new_segment(storage, writer.indexname)
    perdoc = codec.per_document_writer(storage, segment)
    # write_per_doc copies stored fields, lengths, vectors and columns, skipping deleted
    # documents; it needs only these three attributes of a writer.
    shim = SimpleNamespace(schema=schema, perdocwriter=perdoc, docnum=0)
    sources = []
    try:
        for old in segments:
            reader = SegmentReader(storage, schema, old)
            sources.append(reader)
            base = shim.docnum
            names = set(schema.names()) | {name for name in reader.indexed_field_names() if name in schema}
            docmap = SegmentWriter.write_per_doc(shim, names, reader)
            reader._merge_place = (base, docmap)
        perdoc.close()
        if shim.docnum == 0:
            return None
        segment.set_doc_count(shim.docnum)
        lengths = _LengthsOnce(codec.per_document_reader(storage, segment))
        fields = codec.field_writer(storage, segment)
        names = sorted({name for reader in sources for name in reader.indexed_field_names() if name in schema})
        for name in names:
            fieldobj = schema[name]
            fields.start_field(name, fieldobj)
            column = lengths.column(name)
            streams = [_field_terms(reader, name, i) for i, reader in enumerate(sources)]
            # Each block written as it is read (the sources in order, so docnums ascend): a term is
            # started by its first block left, and no term's postings are ever held whole (#16).
            current, started = None, False
            for btext, i, info in heapq.merge(*streams):
                if btext != current:
                    if started:
                        fields.finish_term()
                    current, started = btext, False
                for ids, weights, values in _rebased_blocks(sources[i], info, fieldobj.format):
                    if not started:
                        fields.start_term(current)
                        started = True
                    fields._postwriter.add_many(ids, weights, values, [column[docnum] for docnum in ids])
            if started:
                fields.finish_term()
            fields.finish_field()
        fields.close()
        lengths._lengths.close()
    finally:
        for reader in sources:
            reader.close()
    if writer.compound:
        segment.create_compound_file(storage)
        segment.compound = True
    return segment


def _field_terms(reader, fieldname, source: int):
    """``(term, source, terminfo)`` of one field of a segment, in term order."""
    for (name, btext), info in reader._terms.items_from(fieldname, b""):
        if name != fieldname:
            return
        yield btext, source, info


def _rebased_blocks(reader, info, format_):
    """The term's postings in ``reader`` as ``(ids, weights, values)`` blocks, docnums moved to
    the merged segment's (documents deleted in the old segment left out)."""
    base, docmap = reader._merge_place
    for ids, weights, values in _blocks(reader, info, format_):
        if docmap is None:
            yield [base + docnum for docnum in ids], weights, values
        else:
            keep = [k for k, docnum in enumerate(ids) if docnum in docmap]
            if keep:
                yield ([docmap[ids[k]] for k in keep], [weights[k] for k in keep],
                       None if values is None else [values[k] for k in keep])


def _blocks(reader, info, format_):
    """The term's postings in ``reader``, a block at a time (read as it is asked for)."""
    if info.is_inlined():
        ids, weights, values = info.inlined_postings()
        yield ids, [1.0] * len(ids) if weights is None else weights, values
        return
    matcher = reader._codec.postings_reader(reader._terms._postfile, info, format_)
    while matcher.is_active():
        matcher._read_ids()
        matcher._read_weights()
        matcher._read_values()
        yield matcher._ids, matcher._weights, matcher._values
        matcher._next_block()


def damaged_segments(storage, schema, segments) -> list:
    """``(file name, reason)`` for each segment that cannot be read: its compound file's directory,
    its per-document files and columns (every document's id), and its term table (each field's
    first term). A truncated or overwritten segment file fails one
    of these; ``archive check`` reports it and ``archive reindex`` rebuilds the index."""
    from whoosh.reading import SegmentReader

    from indexer.fulltext.columns import _read_column

    found = []
    for segment in segments:
        name = segment.make_filename(".seg") if getattr(segment, "compound", False) else segment.segment_id()
        try:
            reader = SegmentReader(storage, schema, segment)
            try:
                if segment.doc_count_all():
                    ids = _read_column(reader, "id")
                    if len(ids) != segment.doc_count_all():
                        raise ValueError(f"{len(ids)} ids for {segment.doc_count_all()} documents")
                # Each field's first term: the term table opens and reads (reading every term's
                # entry took 13 s at 10,000 articles).
                for fieldname in reader.indexed_field_names():
                    for _term in reader.lexicon(fieldname):
                        break
            finally:
                reader.close()
        except Exception as error:  # whatever a damaged file makes the reader raise
            found.append((name, f"{type(error).__name__}: {error}"[:200]))
    return found
