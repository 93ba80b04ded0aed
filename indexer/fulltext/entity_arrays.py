"""Places, organisations and event months of a search's hits, counted from per-segment arrays.

Unlike the outlet, year, month and tags (``segment_arrays``), an article's entities and event
dates change without a new Whoosh document: ``archive extract`` rewrites them in SQLite and
leaves the index alone. So these arrays are kept per segment *and* per version of the store's
entities (``Store.entities_version``, bumped by every write of them): when the version moves,
each segment's arrays are read again at its next search. Counting is then ``np.bincount`` over
the hits' rows, as for the other facets, with the same answers as SQL over the hit ids
(``datasette_plugins.queries.entity_counts``, ``search_entities.hits_without_entities``,
``month_series``'s events).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Callable

import numpy as np

from indexer.fulltext.joined_arrays import segments_key
from indexer.fulltext.segment_arrays import SCAN_CHUNK, IdAligner, _coded, _month_code, count_values, month_text

KINDS = {"place": 0, "organisation": 1}  # any other kind (or an entity the table lacks): 2


@dataclass
class SegmentEntities:
    """A segment's entity links (``link_doc``, ``link_entity`` a code of :class:`EntityCodes`,
    ``link_kind`` as in ``KINDS``) and event months (``event_doc``, ``event_month`` YYYYMM, one
    pair per article and month), read at ``version``."""

    version: int
    link_doc: np.ndarray
    link_entity: np.ndarray
    link_kind: np.ndarray
    event_doc: np.ndarray
    event_month: np.ndarray


class EntityCodes:
    """Entity ids (text) as small ints, the same in every segment."""

    def __init__(self):
        self.ids: list = []
        self._codes: dict = {}
        self._lock = threading.Lock()

    def code(self, entity_id: str) -> int:
        found = self._codes.get(entity_id)
        if found is None:
            with self._lock:
                found = self._codes.setdefault(entity_id, len(self.ids))
                if found == len(self.ids):
                    self.ids.append(entity_id)
        return found


def segment_entities(columns, codes: EntityCodes, reader, ids: list, loader: Callable, version: int) -> SegmentEntities:
    """The segment's arrays at ``version``, read through ``loader(ids)`` (``Store.entity_rows``)
    when they are missing or older. ``columns``: the index's ``ColumnArrays`` (dropped with the
    segment on a merge)."""
    key = (reader.segment().segment_id(), "entities")
    kept = columns._kept.get(key)
    if kept is not None and kept.version == version:
        return kept
    found = loader(ids)
    if isinstance(found, SegmentEntities):  # read whole by entities_of_all
        made = found
    else:
        made = _from_rows(version, codes, *found)
    with columns._lock:
        columns._kept[key] = made
    return made


def _from_rows(version: int, codes: EntityCodes, links: list, events: list) -> SegmentEntities:
    return SegmentEntities(
        version,
        np.fromiter((r[0] for r in links), dtype=np.int32, count=len(links)),
        np.fromiter((codes.code(r[1]) for r in links), dtype=np.int32, count=len(links)),
        np.fromiter((KINDS.get(r[2], 2) for r in links), dtype=np.int8, count=len(links)),
        np.fromiter((r[0] for r in events), dtype=np.int32, count=len(events)),
        np.fromiter((_month_code(r[1]) for r in events), dtype=np.int32, count=len(events)),
    )


def entities_of_all(id_lists: list, store, codes: EntityCodes, version: int) -> list:
    """The :class:`SegmentEntities` of several segments (``id_lists``: each one's article ids by
    docnum) at ``version``, from one scan of the store's entity links and event months
    (``Store.scan_entity_links``, ``scan_event_months``) instead of one lookup an id: the same
    arrays as ``segment_entities`` with ``Store.entity_rows`` (pairs in another order)."""
    aligner = IdAligner(id_lists)
    kinds = store.entity_kinds()
    entity_codes: dict = {}
    link_at, link_entity = [np.zeros(0, dtype=np.int64)], [np.zeros(0, dtype=np.int32)]
    for rows in store.scan_entity_links(SCAN_CHUNK):
        ids, entities = zip(*rows)
        at, where = aligner.match(ids)
        link_at.append(where)
        # new entities coded in sorted order: the codes do not hang on a set's order
        for entity_id in sorted(set(entities).difference(entity_codes)):
            entity_codes[entity_id] = codes.code(entity_id)
        link_entity.append(np.fromiter(map(entity_codes.__getitem__, entities), dtype=np.int32,
                                       count=len(rows))[at])
    kind_of = np.full(len(codes.ids) + 1, 2, dtype=np.int8)
    for entity_id, code in entity_codes.items():
        kind_of[code] = KINDS.get(kinds.get(entity_id), 2)
    event_at, event_month = [np.zeros(0, dtype=np.int64)], [np.zeros(0, dtype=np.int32)]
    months: dict = {}
    for rows in store.scan_event_months(SCAN_CHUNK):
        ids, month_texts = zip(*rows)
        at, where = aligner.match(ids)
        event_at.append(where)
        event_month.append(_coded(month_texts, _month_code, months)[at])
    links = aligner.split(np.concatenate(link_at), np.concatenate(link_entity))
    events = aligner.split(np.concatenate(event_at), np.concatenate(event_month))
    return [SegmentEntities(version, link_doc.astype(np.int32), entity, kind_of[entity],
                            event_doc.astype(np.int32), month)
            for (link_doc, entity), (event_doc, month) in zip(links, events)]


def count_entities(columns, codes: EntityCodes, segments, docnums: np.ndarray, column_values: Callable,
                   loader: Callable, version: int, joined=None) -> dict:
    """Over every hit (``docnums``, sorted, in the searcher's numbering; ``segments``: ``(reader,
    offset, count)``): ``entity`` (``{entity id: hits mentioning it}``), ``no_place`` and
    ``no_organisation`` (hits mentioning none), ``event_month`` (``{"YYYY-MM": hits with an
    event date that month}``). ``joined``: the index's ``joined_arrays.Joined``, to count over
    the segments' arrays joined (one count over every hit instead of one a segment)."""
    key = segments_key(segments) if joined is not None else None
    if key is not None:
        return joined.entities(segments, key, version, lambda reader: segment_entities(
            columns, codes, reader, column_values(reader, "id"), loader, version)).count(docnums, codes.ids)
    entities, event_months = {}, {}
    no_place = no_organisation = 0
    for reader, offset, count in segments:
        lo, hi = np.searchsorted(docnums, [offset, offset + count])
        if lo == hi:
            continue
        local = docnums[lo:hi] - offset
        arrays = segment_entities(columns, codes, reader, column_values(reader, "id"), loader, version)
        hit = np.zeros(count, dtype=bool)
        hit[local] = True
        chosen = hit[arrays.link_doc]
        for code, n in count_values(arrays.link_entity[chosen]).items():
            entity_id = codes.ids[code]
            entities[entity_id] = entities.get(entity_id, 0) + n
        for kind, name in ((0, "place"), (1, "organisation")):
            named = np.zeros(count, dtype=bool)
            named[arrays.link_doc[chosen & (arrays.link_kind == kind)]] = True
            missing = int(len(local) - named[local].sum())
            if name == "place":
                no_place += missing
            else:
                no_organisation += missing
        for month, n in count_values(arrays.event_month[hit[arrays.event_doc]]).items():
            if month is not None:
                event_months[month_text(month)] = event_months.get(month_text(month), 0) + n
    return {"entity": entities, "no_place": no_place, "no_organisation": no_organisation, "event_month": event_months}
