"""Whole columns of segments (ids, stories, dates, field lengths) read at once and kept, and the
facets (collapsing, sorting) that use them."""

from __future__ import annotations

import threading
from typing import Optional

from whoosh.sorting import Categorizer, FieldFacet
from whoosh.util.numeric import byte_to_length as _byte_to_length

from indexer.fulltext.analysis import _text
from indexer.fulltext.term_tables import keep_lookups


_DECODED_LENGTHS = [None] + [_byte_to_length(b) for b in range(1, 256)]  # Whoosh's: None where empty


def _whole_lengths(perdoc, fieldname, count: int) -> Optional[list]:
    """Every document's length in ``fieldname`` from a per-document reader, in one read of its
    length column (a merge asks them for every document of the segments it merges); ``None`` when
    the field keeps no lengths."""
    from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield

    column = perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
    if column is None:
        return None
    return [_DECODED_LENGTHS[b] for b in _read_fixed(column, count)]


class SegmentColumns:
    """Whole columns of the index's segments, read in one go and kept.

    Whoosh reads a column value with a seek and a read each time (~15 µs), and a search reads
    one for every hit: the id of each (SQLite counts facets over them), its story (near-copies
    collapse to one hit) and, sorting by date, its date. For 38,000 hits that was over half a
    second. A segment never changes once written (deletions are kept beside it), so a column
    read whole stays true for as long as the segment exists; segments that merged away are
    dropped from the cache when a new searcher no longer holds them."""

    def __init__(self):
        self._values: dict = {}  # (segment id, field) -> list or array, by segment docnum
        self._lock = threading.Lock()

    def values(self, segment_reader, fieldname):
        key = (segment_reader.segment().segment_id(), fieldname)
        found = self._values.get(key)
        if found is None:
            found = _read_column(segment_reader, fieldname)
            with self._lock:
                self._values[key] = found
        return found

    def by_docnum(self, searcher, fieldname):
        """The column for the searcher's docnums (all its segments in order), kept on the searcher."""
        kept = getattr(searcher, "_archive_columns", None)
        if kept is None:
            kept = searcher._archive_columns = {}
        if fieldname not in kept:
            combined = []
            for segment_reader, _offset in searcher.reader().leaf_readers():
                combined.extend(self.values(segment_reader, fieldname))
            kept[fieldname] = combined
        return kept[fieldname]

    def lengths(self, segment_reader, fieldname):
        """The field's length in each document of the segment (``None`` where it is empty)."""
        key = (segment_reader.segment().segment_id(), "length:" + fieldname)
        found = self._values.get(key)
        if found is None:
            # () when the field keeps no lengths: Whoosh's own method answers
            found = _whole_lengths(segment_reader._perdoc, fieldname, segment_reader.doc_count_all()) or ()
            with self._lock:
                self._values[key] = found
        return found

    def speed_up(self, searcher) -> None:
        """Serve the scorer's field lengths from whole columns: BM25 asks one for every document it
        scores, which Whoosh reads from the file each time (~30 ms of a common word's search).
        And keep each segment's term lookups (:mod:`.term_tables`)."""
        for segment_reader, _ in searcher.reader().leaf_readers():
            if not getattr(segment_reader, "_archive_lengths", False):
                segment_reader.doc_field_length = self._length_function(segment_reader)
                keep_lookups(segment_reader)  # and its terms' lookups kept (term_tables)
                segment_reader.field_length = _kept_field_length(segment_reader.field_length)
                segment_reader._archive_lengths = True
        # The index's total length of a field (the scorers' average length): every scorer of
        # every segment asks the top reader, which sums it over every segment each time (segments²
        # calls a search); kept for as long as this reader (a new searcher makes a new one).
        top = searcher.reader()
        if hasattr(top, "readers") and not getattr(top, "_archive_totals", False):
            top.field_length = _kept_field_length(top.field_length)
            top._archive_totals = True
        # A searcher copies its reader's method when it is made: give the segments' searchers
        # (which the scorers ask) the new one.
        for leaf_searcher, _ in searcher.leaf_searchers():
            leaf_searcher.doc_field_length = leaf_searcher.ixreader.doc_field_length

    def _length_function(self, segment_reader):
        original = type(segment_reader).doc_field_length.__get__(segment_reader)
        columns = {}

        def doc_field_length(docnum, fieldname, default=0):
            column = columns.get(fieldname)
            if column is None:
                column = columns[fieldname] = self.lengths(segment_reader, fieldname)
            if not column:
                return original(docnum, fieldname, default)
            return column[docnum]

        return doc_field_length

    def keep_only(self, searcher) -> None:
        """Forget the columns of segments the searcher no longer has (merged away)."""
        live = {reader.segment().segment_id() for reader, _ in searcher.reader().leaf_readers()}
        with self._lock:
            for key in [key for key in self._values if key[0] not in live]:
                del self._values[key]


def _kept_field_length(original):
    """A segment's total length of a field, asked once: every scorer of a search asks every
    segment for it (the average length over the index), and a written segment's total never
    changes."""
    kept: dict = {}

    def field_length(fieldname):
        found = kept.get(fieldname)
        if found is None:
            found = kept[fieldname] = original(fieldname)
        return found

    return field_length


def _read_column(segment_reader, fieldname):
    """A segment's whole column in one read (texts decoded), by segment docnum."""
    from whoosh.columns import NumericColumn, VarBytesColumn

    count = segment_reader.doc_count_all()
    column = segment_reader.column_reader(fieldname, translate=False)
    if isinstance(column, VarBytesColumn.Reader):
        offsets, lengths = column._offsets, column._lengths
        end = max((offset + length for offset, length in zip(offsets, lengths)), default=0)
        data = column._dbfile.get(column._basepos, end) if end else b""
        return [data[offset:offset + length].decode("utf-8") for offset, length in zip(offsets, lengths)]
    if isinstance(column, NumericColumn.Reader) and column._typecode not in "qQ":
        return _read_fixed(column, count)
    return [_text(value) for value in column]


def _read_fixed(column, count: int):
    """A NumericColumn's values in one read, as an array (Whoosh writes them big-endian)."""
    from array import array
    import sys

    values = array(column._typecode)
    values.frombytes(column._dbfile.get(column._basepos, column._count * column._fixedlen))
    if sys.byteorder == "little" and values.itemsize > 1:
        values.byteswap()
    values.extend([column._default] * (count - len(values)))
    return values


class _CachedColumnFacet(FieldFacet):
    """A field facet (collapsing, sorting) whose keys come from :class:`SegmentColumns`."""

    def __init__(self, fieldname: str, columns: SegmentColumns):
        super().__init__(fieldname)
        self._columns = columns

    def categorizer(self, global_searcher):
        return _CachedColumnCategorizer(self.fieldname, self._columns)


class _CachedColumnCategorizer(Categorizer):
    def __init__(self, fieldname: str, columns: SegmentColumns):
        self._fieldname = fieldname
        self._columns = columns
        self._values = None

    def set_searcher(self, segment_searcher, docoffset):
        self._values = self._columns.values(segment_searcher.reader(), self._fieldname)

    def key_for(self, matcher, segment_docnum):
        return self._values[segment_docnum]
