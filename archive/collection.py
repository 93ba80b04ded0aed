"""A collection: a manifest of shards, each an ordinary archive (SQLite plus its Whoosh index).

The manifest is a small JSON file::

    {"format": "news-archive collection", "version": 1,
     "hash": "blake2b-64", "hash_version": 1,
     "shards": ["shards/shard-000.db", "shards/shard-001.db", ...]}

Shard paths are relative to the manifest's folder. An article goes to shard
``blake2b(id, digest_size=8) mod len(shards)`` (the id as the archive makes it: from the
record's id or URL, else its content; never from where the file lies), so the same article
always lands on the same shard and re-imports stay idempotent. ``hash`` and ``hash_version``
name that rule: a manifest naming another is refused rather than routed differently.

Adding shards is ``archive collection rebalance PATH --shards M``
(:mod:`archive.collection_rebalance`): the manifest first lists the M shards and says
``"rebalancing": {"from": [the N old shards]}``, then every article whose shard changed is moved
(written into its new shard, then deleted from its old one) and the note is dropped. Interrupted,
the same command finishes it; while the note is there searches and imports refuse the
collection (an article may be in two shards at once). With ``mod N`` most articles move (all but
about 1/M of them); jump consistent hashing, which would move only (M-N)/M, is not built.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

FORMAT = "news-archive collection"
VERSION = 1
HASH = "blake2b-64"
HASH_VERSION = 1
MAX_SHARDS = 4096


class CollectionError(ValueError):
    """A manifest that cannot be read or used (its message names the file)."""


def shard_of(article_id: str, shards: int) -> int:
    """The shard (0-based) holding ``article_id`` in a collection of ``shards`` shards."""
    digest = hashlib.blake2b(article_id.encode("utf8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") % shards


@dataclass
class Collection:
    path: Path  # the manifest
    shards: list  # absolute paths of the shards' databases
    rebalancing: list = None  # absolute paths of the shards before an unfinished rebalancing, or None

    def rebalancing_note(self) -> str:
        return (f"moving articles from {len(self.rebalancing)} to {len(self.shards)} shards is unfinished; "
                f"finish it with 'archive collection rebalance {self.path}'")

    def __len__(self) -> int:
        return len(self.shards)

    def shard_for(self, article_id: str) -> Path:
        return self.shards[shard_of(article_id, len(self.shards))]

    def name(self, shard: Path) -> str:
        """A shard as the user knows it: its path relative to the manifest's folder."""
        try:
            return str(Path(shard).relative_to(self.path.parent))
        except ValueError:
            return str(shard)


def is_collection(path) -> bool:
    """Whether ``path`` is a collection's manifest (a JSON file naming its format)."""
    path = Path(path)
    try:
        if not path.is_file():
            return False
        with path.open("rb") as handle:
            head = handle.read(512)
    except OSError:
        return False
    return head.lstrip().startswith(b"{") and FORMAT.encode() in head


def create(path, shards: int, folder: str = "shards") -> Collection:
    """A new collection of ``shards`` empty shards (their archives are made at the first import)."""
    path = Path(path)
    if not 1 <= shards <= MAX_SHARDS:
        raise CollectionError(f"{path}: a collection has 1 to {MAX_SHARDS} shards, not {shards}")
    if path.exists():
        raise CollectionError(f"{path}: already exists; a collection is made once (see 'archive collection -h')")
    width = max(3, len(str(shards - 1)))
    names = [f"{folder}/shard-{n:0{width}d}.db" for n in range(shards)]
    taken = [name for name in names if (path.parent / name).exists()]
    for other in sorted(path.parent.glob("*.json")) if path.parent.is_dir() else []:
        if is_collection(other):  # a manifest beside this one whose shards are not made yet
            try:
                listed = {Path(shard).resolve() for shard in load(other).shards}
            except CollectionError:
                continue
            taken += [name for name in names if (path.parent / name).resolve() in listed]
    if taken:  # another collection's shard (two manifests in one folder): never share one
        raise CollectionError(f"{path}: {taken[0]} already exists (another collection's shard?); "
                              f"make the collection in a folder of its own")
    path.parent.mkdir(parents=True, exist_ok=True)
    (path.parent / folder).mkdir(parents=True, exist_ok=True)
    write_manifest(path, names)
    return load(path)


def load(path) -> Collection:
    """The collection a manifest describes, or :class:`CollectionError` saying what is wrong."""
    path = Path(path)
    try:
        manifest = json.loads(path.read_text(encoding="utf8"))
    except (OSError, UnicodeDecodeError) as error:
        raise CollectionError(f"{path}: cannot read the collection's manifest ({error})") from None
    except json.JSONDecodeError as error:
        raise CollectionError(f"{path}:{error.lineno}: not valid JSON ({error.msg})") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise CollectionError(f"{path}: not a collection's manifest (no \"format\": \"{FORMAT}\")")
    if manifest.get("version") != VERSION:
        raise CollectionError(f"{path}: manifest version {manifest.get('version')!r}; this archive reads {VERSION}")
    if manifest.get("hash") != HASH or manifest.get("hash_version") != HASH_VERSION:
        raise CollectionError(f"{path}: shards chosen by {manifest.get('hash')!r} version "
                              f"{manifest.get('hash_version')!r}; this archive routes by {HASH!r} version {HASH_VERSION}")
    names = manifest.get("shards")
    if not isinstance(names, list) or not names or not all(isinstance(n, str) and n for n in names):
        raise CollectionError(f"{path}: \"shards\" must be a non-empty list of paths")
    if len(set(names)) != len(names):
        raise CollectionError(f"{path}: a shard is listed twice")
    moving = manifest.get("rebalancing")
    if moving is not None:
        before = moving.get("from") if isinstance(moving, dict) else None
        if not isinstance(before, list) or not before or not all(isinstance(n, str) and n for n in before):
            raise CollectionError(f"{path}: \"rebalancing\" must be {{\"from\": [the shards before]}}")
    path = path.resolve()
    return Collection(path=path, shards=[(path.parent / name).resolve() for name in names],
                      rebalancing=[(path.parent / name).resolve() for name in moving["from"]] if moving else None)


def write_manifest(path, names: list, rebalancing_from: list = None) -> None:
    """Write the manifest at ``path`` whole or not at all (a temporary file renamed over it)."""
    import os

    path = Path(path)
    manifest = {"format": FORMAT, "version": VERSION, "hash": HASH, "hash_version": HASH_VERSION, "shards": names}
    if rebalancing_from:
        manifest["rebalancing"] = {"from": rebalancing_from}
    temporary = path.with_name(path.name + ".writing")
    with temporary.open("w", encoding="utf8") as handle:
        handle.write(json.dumps(manifest, indent=2) + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)
