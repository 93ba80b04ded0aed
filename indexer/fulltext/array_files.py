"""A segment's facet and entity arrays kept on disk beside it, so the first search after a start
reads them in milliseconds instead of from SQLite (issue #16).

``MAIN_<segment>.facets.npz`` holds :class:`~.segment_arrays.SegmentFacets`,
``MAIN_<segment>.entities.npz`` :class:`~.entity_arrays.SegmentEntities` with the store's
entities version it was read at (entity ids as text: codes are a process's own). Both carry a
checksum of the segment's article ids. Whoosh's own clean-up deletes them with their segment
(their names match its segment pattern). A file that is missing, unreadable, of another version
or for other ids is read again from SQLite and written again; a folder the process may not write
(a read-only archive) leaves them in memory only. Files are written whole under a temporary
name and renamed into place; a temporary file left by a killed process also matches Whoosh's
segment pattern, so it goes with its segment.
"""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import Optional

import numpy as np

from indexer.fulltext.entity_arrays import EntityCodes, SegmentEntities
from indexer.fulltext.segment_arrays import SegmentFacets
from indexer.fulltext.whole_files import write_whole

FACETS = ("outlet", "year", "month", "tag_doc", "tag_id")


def ids_checksum(ids: list) -> int:
    return zlib.crc32("\n".join(map(str, ids)).encode("utf-8", "surrogatepass"))


def _path(folder: Path, segment_id: str, what: str) -> Path:
    return Path(folder) / f"{segment_id}.{what}.npz"


def _load(path: Path) -> Optional[dict]:
    try:
        with np.load(path, allow_pickle=False) as found:
            return {name: found[name] for name in found.files}
    except Exception:  # missing, truncated or damaged in any way numpy reports: read again from SQLite
        return None


def _save(path: Path, arrays: dict) -> bool:
    return write_whole(path, lambda out: np.savez(out, **arrays))  # False: kept in memory only


def load_facets(folder, segment_id: str, ids: list, checksum: int) -> Optional[SegmentFacets]:
    found = _load(_path(folder, segment_id, "facets"))
    if (found is None or any(name not in found for name in FACETS + ("ids",))
            or int(found["ids"][0]) != checksum or int(found["ids"][1]) != len(ids)
            or any(len(found[name]) != len(ids) for name in ("outlet", "year", "month"))
            or len(found["tag_doc"]) != len(found["tag_id"])
            or (len(found["tag_doc"]) and int(found["tag_doc"].max()) >= len(ids))):
        return None
    return SegmentFacets(*(found[name] for name in FACETS))


def save_facets(folder, segment_id: str, ids: list, checksum: int, facets: SegmentFacets) -> bool:
    arrays = {name: getattr(facets, name) for name in FACETS}
    return _save(_path(folder, segment_id, "facets"), dict(arrays, ids=np.array([checksum, len(ids)], dtype=np.int64)))


def load_entities(folder, segment_id: str, ids: list, checksum: int, version: int,
                  codes: EntityCodes) -> Optional[SegmentEntities]:
    found = _load(_path(folder, segment_id, "entities"))
    names = ("stamp", "entity_ids", "link_doc", "link_entity", "link_kind", "event_doc", "event_month")
    if found is None or any(name not in found for name in names):
        return None
    stamp, entity_ids, link_entity = found["stamp"], found["entity_ids"], found["link_entity"]
    if (int(stamp[0]) != checksum or int(stamp[1]) != len(ids) or int(stamp[2]) != version
            or not (len(found["link_doc"]) == len(link_entity) == len(found["link_kind"]))
            or len(found["event_doc"]) != len(found["event_month"])
            or (len(link_entity) and int(link_entity.max()) >= len(entity_ids))):
        return None
    mapping = np.fromiter((codes.code(str(one)) for one in entity_ids.tolist()), dtype=np.int32, count=len(entity_ids))
    return SegmentEntities(version, found["link_doc"], mapping[link_entity] if len(link_entity) else
                           np.zeros(0, dtype=np.int32), found["link_kind"], found["event_doc"], found["event_month"])


def save_entities(folder, segment_id: str, ids: list, checksum: int, entities: SegmentEntities,
                  codes: EntityCodes) -> bool:
    used, local = np.unique(entities.link_entity, return_inverse=True)
    entity_ids = np.array([codes.ids[code] for code in used.tolist()], dtype=str)
    return _save(_path(folder, segment_id, "entities"), {
        "stamp": np.array([checksum, len(ids), entities.version], dtype=np.int64),
        "entity_ids": entity_ids, "link_doc": entities.link_doc, "link_entity": local.astype(np.int32).reshape(-1),
        "link_kind": entities.link_kind, "event_doc": entities.event_doc, "event_month": entities.event_month,
    })
