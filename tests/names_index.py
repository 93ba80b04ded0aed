"""The index the names tests search: a real Whoosh index of short reports, ``{id: body}``, each
published on one day (the names tests each built it with the same eight lines)."""

from pathlib import Path

from conftest import index_of


def index_bodies(tmp_path: Path, bodies: dict, published: str = "2023-03-01"):
    """A FullTextIndex in ``tmp_path`` holding ``bodies`` (``{id: body}``, no titles)."""
    return index_of(tmp_path, [(key, "", body) for key, body in bodies.items()], published=published)
