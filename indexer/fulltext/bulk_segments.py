"""A batch of documents written as one new segment, directly through the W3 codec's writers.

Whoosh's ``add_document`` sends every posting of every document through its pool (a tuple a
posting, sized and appended, an external sort, a heap merge back) and its flush then asks the
length column on disk for each posting. Here the postings of a batch are gathered per field and
term as lists (docnums ascending, since documents come in order), each field's terms are sorted
once, and every term goes to the codec's postings writer as whole slices
(:meth:`~indexer.fulltext.segments._PostingsWriter.add_many`). The per-document writer gets the
stored fields, field lengths and columns as ``add_document`` gives them, so the segment is the
one Whoosh would have written: stock Whoosh opens and answers it the same
(``tests/test_bulk_segments.py``).

The writer is a Whoosh ``SegmentWriter`` (its lock, its new segment's writers, its commit with a
merge policy and table of contents): :class:`BulkSegment` fills that new segment instead of the
writer's pool, so the two must not be mixed in one writer.

A field's terms come from the field itself (``field.index``, kept per value: outlets, authors,
languages, tags and days repeat across articles) or, for the title and body, analysed and encoded
ahead in a worker process (:class:`~indexer.fulltext.positions_encoded.Encoded`).
"""

from __future__ import annotations

import numpy as np
from whoosh.util.numeric import length_to_byte

from indexer.fulltext.positions_encoded import Encoded
from indexer.fulltext.bulk_postings import FieldPostings, sorted_postings
from indexer.fulltext.bulk_postings_file import CommonTerms


CACHED_VALUES = 50_000  # a field's indexed values kept (emptied when it grows past this)
LONGEST_CACHED = 200  # longer texts (a title or body given as text) are indexed, not kept


def supports(schema) -> bool:
    """Whether a schema's documents can be written in bulk: fields without term vectors or a
    separate spelling field (a schema with them is written through ``add_document``)."""
    return not any(field.vector or field.separate_spelling() for _name, field in schema.items())


class _Field:
    """What a batch gathers for one indexed field, as columns in docnum order: each posting's
    term, weight and value; each document's docnum, number of postings and length byte."""

    __slots__ = ("terms", "weights", "values", "docs", "counts", "length_bytes")

    def __init__(self):
        self.terms: list = []
        self.weights: list = []
        self.values: list = []
        self.docs: list = []
        self.counts: list = []
        self.length_bytes: dict = {}  # docnum -> the length column's byte, where not 0


class _Kept(dict):
    """A field's values as indexed, kept while they repeat: a field whose values hardly ever
    repeat (an id) stops being kept after ``TRIAL`` values, so its cache does not grow for nothing."""

    TRIAL = 5_000

    def __init__(self):
        super().__init__()
        self.asked = self.found = 0

    def get(self, value):
        self.asked += 1
        found = dict.get(self, value)
        if found is not None:
            self.found += 1
        return found

    def keep(self, value, items) -> None:
        if self.asked >= self.TRIAL and self.found * 10 < self.asked:
            self.clear()  # under one value in ten repeats: not worth keeping
            return
        if len(self) >= CACHED_VALUES:
            self.clear()
        self[value] = items


class BulkSegment:
    """Documents added to a Whoosh ``SegmentWriter``'s new segment in bulk.

    ``add(fields)`` takes what ``writer.add_document(**fields)`` takes (without ``_boost``
    keywords); ``delete_unique(field, values)`` deletes, in the committed segments, the documents
    holding those values of a unique field (``update_document``'s deletion, for a whole batch);
    ``finish()`` writes the postings, after which the writer's ``commit()`` writes the segment and
    its table of contents as usual."""

    def __init__(self, writer, cache: dict = None, postings_file: bool = False):
        if not supports(writer.schema):
            raise ValueError("this schema has term vectors or spelling fields: use add_document")
        self.writer = writer
        self.schema = writer.schema
        self._perdoc = writer.perdocwriter
        self._fields: dict = {}
        # field name -> {value: items}: pass the same dict to every batch's BulkSegment
        self._cache = {} if cache is None else cache
        self._plan: dict = {}  # field name -> (field, indexed, scorable, stored, column type, boost)
        self.finished = False
        # The segment's postings file's arrays, gathered as its postings are written (``finish``)
        self.common = CommonTerms() if postings_file else None

    # -- documents -------------------------------------------------------------------------
    def add(self, fields: dict) -> None:
        writer, perdoc = self.writer, self._perdoc
        docnum = writer.docnum
        perdoc.start_doc(docnum)
        try:
            for name in sorted(fields):
                value = fields[name]
                if value is None:
                    continue
                plan = self._plan.get(name)
                if plan is None:
                    plan = self._plan[name] = self._plan_for(name)
                field, indexed, scorable, stored, column, boost = plan
                length = 0
                if indexed:
                    if isinstance(value, Encoded):
                        terms, weights, values, length = value
                        if boost != 1.0:
                            weights = [freq * boost for freq in weights]
                    else:
                        terms, weights, values, length = self._items(name, field, value)
                    gathered = self._fields.get(name)
                    if gathered is None:
                        gathered = self._fields[name] = _Field()
                    if terms:
                        gathered.terms.extend(terms)
                        gathered.weights.extend(weights)
                        gathered.values.extend(values)
                        gathered.docs.append(docnum)
                        gathered.counts.append(len(terms))
                    if not scorable:
                        length = 0
                    elif length:
                        gathered.length_bytes[docnum] = length_to_byte(length)
                perdoc.add_field(name, field, value if stored else None, length)
                if column is not None:
                    perdoc.add_column_value(name, column, field.to_column_value(value))
        except Exception:
            perdoc.cancel_doc()
            raise
        perdoc.finish_doc()
        writer._added = True
        writer.docnum += 1

    def _plan_for(self, name: str) -> tuple:
        if name.startswith("_") or name not in self.schema:
            from whoosh.fields import UnknownFieldError

            raise UnknownFieldError(f"No field named {name!r} in {self.schema}")
        field = self.schema[name]
        boost = field.format.field_boost if field.format else 1.0
        return field, field.indexed, field.scorable, field.stored, field.column_type, boost

    def _items(self, name, field, value) -> tuple:
        """``(terms, weights, values, length)`` of a field's value, as ``field.index`` gives them."""
        cache = found = None
        if isinstance(value, (str, int)) and not (isinstance(value, str) and len(value) > LONGEST_CACHED):
            cache = self._cache.get(name)
            if cache is None:
                cache = self._cache[name] = _Kept()
            found = cache.get(value)
        if found is None:
            terms, weights, values, length = [], [], [], 0
            for tbytes, freq, weight, vbytes in field.index(value):
                terms.append(tbytes)
                weights.append(weight)
                values.append(b"" if vbytes is None else vbytes)
                length += freq
            found = (tuple(terms), tuple(weights), tuple(values), length)
            if cache is not None:
                cache.keep(value, found)
        return found

    # -- deletions -------------------------------------------------------------------------
    def delete_unique(self, fieldname: str, values) -> int:
        """Delete the committed documents whose ``fieldname`` is one of ``values`` (as
        ``update_document`` does for each document it adds). Returns how many were deleted."""
        writer = self.writer
        field = self.schema[fieldname]
        if not writer.segments:
            return 0
        keys = [field.to_bytes(value) for value in values]
        deleted = 0
        reader = writer.reader()
        try:
            for leaf, offset in reader.leaf_readers():
                terms = leaf._terms
                for key in keys:
                    if (fieldname, key) in terms:
                        for docnum in leaf.postings(fieldname, key).all_ids():
                            writer.delete_document(offset + docnum)
                            deleted += 1
        finally:
            reader.close()
        return deleted

    # -- the segment's postings ------------------------------------------------------------
    def finish(self) -> None:
        """Write the gathered postings through the codec's field writer, a field at a time."""
        if self.finished:
            return
        self.finished = True
        writer = self.writer
        fieldwriter, codec = writer.fieldwriter, writer.codec
        doc_count = writer.docnum
        for name in sorted(self._fields):
            gathered = self._fields.pop(name)
            if not gathered.terms:
                continue
            fieldobj = self.schema[name]
            length_bytes = np.zeros(doc_count, np.uint8)
            if gathered.length_bytes:
                length_bytes[list(gathered.length_bytes)] = list(gathered.length_bytes.values())
            docs = np.repeat(np.asarray(gathered.docs, np.int64), np.asarray(gathered.counts, np.int64))
            postings = sorted_postings(gathered.terms, docs, gathered.weights, gathered.values, length_bytes)
            del gathered
            common = self.common
            fieldwriter.start_field(name, fieldobj)
            field_postings = FieldPostings(fieldwriter, fieldobj, codec._blocklimit, codec._compression,
                                           codec._inlinelimit, None if common is None else common.min_docs)
            field_postings.write(*postings)
            fieldwriter.finish_field()
            if common is not None:
                positioned = fieldobj.format is not None and fieldobj.format.supports("positions")
                _terms, starts, ends, docs, weights, values, _lengths = postings
                common.add_field(field_postings.picked, docs, weights, values, positioned,
                                 field_postings.every_value)

    def postings_arrays(self):
        """After ``finish``: the arrays of the segment's postings file (``postings_format.write``),
        or None (not asked for, or not known from what was written)."""
        return None if self.common is None or not self.finished else self.common.arrays()
