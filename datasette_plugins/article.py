"""The article page, ``/-/article/<id>``: text in paragraphs, metadata, tags, provenance."""

from __future__ import annotations

import json
import re

from datasette.utils.asgi import NotFound, Response

from datasette_plugins import citation
from datasette_plugins.archive_db import archive_database, index_for_path
from datasette_plugins.export import citables
from datasette_plugins.entities import article_entities
from datasette_plugins.queries import entity_path

ARTICLE_ID = re.compile(r"^[0-9a-f]{16}$")


def safe_url(url):
    """Only web links become links: no ``javascript:`` or ``data:`` URLs."""
    if url and re.match(r"^https?://", url.strip(), re.I):
        return url.strip()
    return None


async def article_view(datasette, request, database=None):
    """``database``: the archive holding it (a collection's shard), else the one served."""
    article_id = request.url_vars["article_id"]
    database = database or await archive_database(datasette)
    if database is None or not ARTICLE_ID.match(article_id):
        raise NotFound("No such article")
    result = await database.execute(
        "select a.*, o.name as outlet_name from articles a left join outlets o on o.id = a.outlet where a.id = ?",
        [article_id],
    )
    row = result.first()
    if row is None:
        raise NotFound("No such article")
    article = dict(row)
    tags = await database.execute(
        "select t.id, t.name from article_tags at join tags t on t.id = at.tag_id "
        "where at.article_id = ? order by t.name collate nocase",
        [article_id],
    )
    original = None
    if article.get("duplicate_of"):
        original = (await database.execute(
            "select a.id, a.title, o.name as outlet, a.published from articles a "
            "left join outlets o on o.id = a.outlet where a.id = ?", [article["duplicate_of"]])).first()
    copies = await database.execute(
        "select a.id, a.title, o.name as outlet, a.published, a.similarity from articles a "
        "left join outlets o on o.id = a.outlet where a.duplicate_of = ? order by a.published, a.id limit 200",
        [article["duplicate_of"] or article_id],
    )
    import_row = None
    if article.get("import_id"):
        import_row = (await database.execute("select * from imports where id = ?", [article["import_id"]])).first()
    similar = []
    index = index_for_path(database.path)
    if index is not None:
        import asyncio

        similar_ids = await asyncio.get_running_loop().run_in_executor(None, lambda: index.more_like(article_id, 5, text=article["body"]))
        if similar_ids:
            found = await database.execute(
                "select a.id, a.title, o.name as outlet, a.published from articles a "
                "left join outlets o on o.id = a.outlet where a.id in (select value from json_each(?))",
                [json.dumps(similar_ids)],
            )
            by_id = {r["id"]: dict(r) for r in found.rows}
            similar = [by_id[i] for i in similar_ids if i in by_id]
    mentioned = await article_entities(database, article_id)
    citable = (await citables(datasette, request, database, [article_id]))[0]
    import_paths = json.loads(import_row["paths"]) if import_row else []
    context = {
        "citation": citation.citation_html(citable),
        "citable": citable,
        "cite_url": lambda fmt: datasette.urls.path(f"/-/article/{article_id}.{fmt}"),
        "source_shown": shown_source(article.get("source_path"), import_paths),
        "mentioned": mentioned,
        "entity_url": lambda entity_id: entity_path(datasette, entity_id),
        "similar": similar,
        "article": article,
        "paragraphs": [p for p in (article["body"] or "").split("\n\n") if p.strip()],
        "tags": [dict(t) for t in tags.rows],
        "import_row": dict(import_row) if import_row else None,
        "import_paths": [shown_import_path(p) for p in import_paths],
        "link": safe_url(article.get("url")),
        "original": dict(original) if original else None,
        "copies": [dict(c) for c in copies.rows if c["id"] != article_id],
        "database_name": database.name,
        "search_url": lambda **params: datasette.urls.path("/-/search") + "?" + _encode(params),
        "article_url": lambda other_id: datasette.urls.path(f"/-/article/{other_id}"),
    }
    html = await datasette.render_template("archive_article.html", context, request=request)
    return Response.html(html)


def shown_import_path(path: str) -> str:
    """An imported path as the page shows it: its last part (``~/collection/`` -> ``collection``)."""
    parts = [p for p in re.split(r"[\\/]+", str(path or "")) if p not in ("", ".")]
    return parts[-1] if parts else str(path or "")


def shown_source(source_path, import_paths: list) -> str:
    """Where an article came from, without the machine's folders: the path from the imported
    folder down (``sample/feeds/camps-watch.atom.xml``) when the import named a folder holding it,
    else the file's name (a container's member stays: ``batch.zip!/inside/a.html``)."""
    path = str(source_path or "")
    if not path:
        return ""
    outer, bang, inner = path.partition("!")
    outer_parts = [p for p in re.split(r"[\\/]+", outer) if p]
    for imported in import_paths or []:
        wanted = [p for p in re.split(r"[\\/]+", str(imported)) if p not in ("", ".")]
        if not wanted or ".." in wanted:
            continue
        # The imported path's parts, found in the source path (the last time): shown from there.
        for start in range(len(outer_parts) - len(wanted), -1, -1):
            if outer_parts[start:start + len(wanted)] == wanted:
                return "/".join(outer_parts[start + len(wanted) - 1:]) + bang + inner
    return (outer_parts[-1] if outer_parts else outer) + bang + inner


def _encode(params: dict) -> str:
    import urllib.parse

    return urllib.parse.urlencode({k: v for k, v in params.items() if v})
