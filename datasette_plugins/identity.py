"""Each archive's own identity on its pages: title, description, licence and source.

They come from a file beside the database, ``<name>.metadata.yml`` (or ``.yaml``, ``.json``) for
``<name>.db``, with any of ``title``, ``description`` (text) or ``description_html``, ``license``,
``license_url``, ``source``, ``source_url``, ``about``, ``about_url``. What the file leaves out
comes from the archive itself: the title from the file's name, a description from its contents
(articles, outlets, years). No licence is claimed unless the file states one.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from markupsafe import Markup, escape

KEYS = ("title", "description", "description_html", "license", "license_url", "source", "source_url",
        "about", "about_url")
SUFFIXES = (".metadata.yml", ".metadata.yaml", ".metadata.json")


class IdentityError(ValueError):
    pass


def identity_file(db_path) -> Path | None:
    """The identity file beside ``db_path`` (``archive.db`` -> ``archive.metadata.yml``), if any."""
    path = Path(db_path)
    for suffix in SUFFIXES:
        candidate = path.with_name(path.stem + suffix)
        if candidate.is_file():
            return candidate
    return None


def read_identity_file(path: Path) -> dict:
    import yaml

    try:
        text = path.read_text(encoding="utf-8")
        data = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    except (OSError, UnicodeDecodeError, ValueError, yaml.YAMLError) as error:
        raise IdentityError(f"{path}: cannot read the archive's identity: {str(error).splitlines()[0]}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise IdentityError(f"{path}: expected keys such as title, description, license, source (found a {type(data).__name__})")
    unknown = sorted(str(key) for key in data if key not in KEYS)
    if unknown:
        raise IdentityError(f"{path}: unknown key{'s' if len(unknown) > 1 else ''} {', '.join(unknown)}; "
                            f"use {', '.join(KEYS)}")
    for key, value in data.items():
        if value is not None and not isinstance(value, (str, int, float)):
            raise IdentityError(f"{path}: {key} should be text")
    return {key: str(value).strip() for key, value in data.items() if value is not None and str(value).strip()}


def archive_summary(db_path) -> dict:
    """``{articles, outlets, first_year, last_year}`` of the archive (read-only); {} if unreadable."""
    try:
        conn = sqlite3.connect(f"file:{Path(db_path).resolve()}?mode=ro", uri=True)
    except sqlite3.Error:
        return {}
    try:
        articles, first, last = conn.execute("select count(*), min(year), max(year) from articles").fetchone()
        outlets = conn.execute("select count(distinct outlet) from articles where outlet is not null").fetchone()[0]
    except sqlite3.Error:
        return {}
    finally:
        conn.close()
    return {"articles": articles, "outlets": outlets, "first_year": first, "last_year": last}


def default_description_html(summary: dict) -> str:
    parts = []
    if summary.get("articles") is not None:
        articles = summary["articles"]
        text = f"{articles:,} article{'s' if articles != 1 else ''}"
        if summary.get("outlets"):
            text += f" from {summary['outlets']:,} outlet{'s' if summary['outlets'] != 1 else ''}"
        if summary.get("first_year"):
            years = (str(summary["first_year"]) if summary["first_year"] == summary["last_year"]
                     else f"{summary['first_year']}–{summary['last_year']}")
            text += f", published {years}"
        parts.append(escape(text + "."))
    parts.append(Markup('<a href="/-/search">Search the articles</a>, browse them by outlet, date and tag, or ask SQL. '
                        'See them <a href="/-/timeline">over time</a>, the <a href="/-/map">places on a map</a>, and each '
                        '<a href="/-/entities">place and organisation</a> they mention.'))
    return str(Markup(" ").join(parts))


def archive_identity(db_path) -> dict:
    """The top-level metadata keys that say which archive this is (see the module's docstring)."""
    found = identity_file(db_path)
    identity = read_identity_file(found) if found else {}
    stem = Path(db_path).stem
    identity.setdefault("title", "News archive" if stem == "archive" else f"News archive: {stem}")
    if "description" in identity and "description_html" not in identity:
        identity["description_html"] = str(escape(identity.pop("description")))
    identity.pop("description", None)
    identity.setdefault("description_html", default_description_html(archive_summary(db_path)))
    identity.setdefault("about", "How to search")
    identity.setdefault("about_url", "/-/search")
    return identity


def apply_identity(metadata: dict, db_path) -> dict:
    """``metadata`` with the archive's own identity for the keys it does not set itself (the
    project's metadata.yml sets none of them; a file given with ``archive serve -m`` may)."""
    identity = archive_identity(db_path)
    if "description" in metadata or "description_html" in metadata:
        identity.pop("description_html", None)
    for key, value in identity.items():
        metadata.setdefault(key, value)
    return metadata
