"""Datasette hook implementations only; the work is done in the modules beside this one."""

from __future__ import annotations

import json

from datasette import hookimpl
from markupsafe import Markup, escape

from datasette_plugins import (access, article, cells, collection, collection_figures, collection_pages, columns,
                               entities, export, facet_filter, facets, figures_export, figures_page, places_map, search,
                               sql_errors, suggest, timeline)
from datasette_plugins.archive_db import PLUGIN, index_for_path
from indexer.fulltext import QueryError

TRUNCATE = 160


@hookimpl
def register_facet_classes():
    return [facets.ValuesFacet, facets.CountedFacet]


@hookimpl
def register_routes():
    # Every route behind access.guarded: view-instance, and a logged-in actor when the login is on.
    # A collection of shards (collection.py) has views of its own, or says a page is not built for it.
    either = collection.either
    return [(pattern, access.guarded(view)) for pattern, view in [
        (r"^/-/search$", either(search.search_view, collection.search_view)),
        (r"^/-/search\.(?P<format>csv|jsonl|json|ris|bib|csl\.json)$",
         either(export.search_export_view, collection.search_export_view)),
        (r"^/-/suggest$", either(suggest.suggest_view, collection_pages.suggest_view)),
        # Before the article page's route, which would take "<id>.ris" for an id.
        (r"^/-/article/(?P<article_id>[0-9a-f]{16})\.(?P<format>ris|bib|csl\.json)$",
         either(export.article_export_view, collection.article_export_view)),
        (r"^/-/article/(?P<article_id>[^/]+)$", either(article.article_view, collection.article_view)),
        (r"^/-/entities$", either(entities.entities_index_view, collection_pages.entities_view)),
        (r"^/-/entity/(?P<entity_id>[^/]+)$", either(entities.entity_view, collection_pages.entity_view)),
        (r"^/-/timeline$", either(timeline.timeline_view, collection_pages.timeline_view)),
        (r"^/-/map$", either(places_map.map_view, collection_pages.map_view)),
        (r"^/-/figures$", either(figures_page.figures_view, collection_figures.figures_view)),
        (r"^/-/figures\.csv$", either(figures_export.figures_csv_view, collection_figures.figures_csv_view)),
    ]]


@hookimpl(trylast=True)
def asgi_wrapper(datasette):
    """With the login on, an anonymous request reaches nothing but the login page (access.py).
    trylast: applied after every other wrapper, so it is the outermost and answers first."""
    return access.asgi_gate(datasette)


@hookimpl
def forbidden(datasette, request, message):
    return access.forbidden_response(datasette, request, message)


@hookimpl
def extra_css_urls(datasette):
    return [datasette.urls.static_plugins(PLUGIN, "archive.css")]


@hookimpl
def extra_template_vars(datasette, request):
    """The archive's identity (title, licence, source) for the footers of the plugin's own pages
    (none on the login page of an archive that needs one)."""
    return {"archive_metadata": access.visible_metadata(datasette, request, (
        "title", "license", "license_url", "source", "source_url", "about", "about_url"))}


@hookimpl(specname="asgi_wrapper")
def articles_default_columns(datasette):
    """The articles table opens with its usual columns, all a click away (columns.py)."""
    return columns.asgi_wrapper(datasette)


@hookimpl(specname="extra_template_vars")
def articles_column_links(datasette):
    # archive_facet_filter: a table facet's search box and its bucket of rows without a value (facet_filter.py)
    return {"archive_column_links": columns.column_links(datasette), "archive_facet_filter": facet_filter.table_facet,
            # why whoosh_search failed in a SQL query (SQLite hides it): templates/query.html
            "archive_sql_error_reason": sql_errors.reason(datasette),
            # an outlet's name in the other script ("Cairo 24" beside القاهرة 24): one outlet, two names
            "outlet_other_name": _outlet_other_name}


def _outlet_other_name(name):
    from archive.extract.outlet_script_names import other_script_name

    return other_script_name(name) if isinstance(name, str) else None


@hookimpl
def menu_links(datasette):
    return [
        {"href": datasette.urls.path("/-/search"), "label": "Search articles"},
        {"href": datasette.urls.path("/-/timeline"), "label": "Articles over time"},
        {"href": datasette.urls.path("/-/map"), "label": "Map of places"},
        {"href": datasette.urls.path("/-/entities"), "label": "Places and organisations"},
        {"href": datasette.urls.path("/-/figures"), "label": "Figures over time"},
    ]


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    """Readable article rows: titles link to the article page, long text is shortened; article and
    entity ids in the other tables link to their pages."""
    if table != "articles" or column in ("places", "organisations"):
        return cells.render(row, value, column, table, datasette)
    if column == "title" and isinstance(value, str) and "id" in row.keys():
        href = datasette.urls.path(f"/-/article/{row['id']}")
        return Markup('<a href="{}">{}</a>').format(href, value)
    if column == "source_path" and isinstance(value, str):
        # The file's name, not the machine's folders (the article page shows the imported folder's part).
        return Markup("<code>{}</code>").format(article.shown_source(value, []))
    if column in ("body", "lede") and isinstance(value, str) and len(value) > TRUNCATE:
        return Markup("{}…").format(value[:TRUNCATE].rsplit(" ", 1)[0])
    if column == "tags" and isinstance(value, str) and value.startswith("["):
        try:
            return ", ".join(json.loads(value)) or Markup("&nbsp;")  # no tags: empty, not "[]"
        except ValueError:
            return None
    return None


@hookimpl
def prepare_connection(conn, database, datasette):
    """``whoosh_search(query [, limit])``: ids of matching articles, best first, as a JSON array.

    Use it with ``json_each``: ``select * from articles where id in
    (select value from json_each(whoosh_search('"al-Hol" repatriation')))``.
    """
    db = datasette.databases.get(database)
    path = getattr(db, "path", None)

    def whoosh_search(query, limit=None):
        index = index_for_path(path)
        if index is None:
            raise ValueError("this database has no full-text index beside it")
        try:
            return json.dumps(index.matching_ids(str(query or ""), limit=int(limit) if limit else None,
                                                 time_limit=2.0))
        except QueryError as error:
            raise ValueError(str(error)) from None

    def whoosh_query_error(query):
        """Why ``whoosh_search(query)`` fails (SQLite hides a function's message), or NULL."""
        index = index_for_path(path)
        if index is None:
            return "this database has no full-text index beside it"
        try:
            index.parse(str(query or ""))
        except QueryError as error:
            return str(error)
        return None

    conn.create_function("whoosh_search", 1, whoosh_search)
    conn.create_function("whoosh_search", 2, whoosh_search)
    conn.create_function("whoosh_query_error", 1, whoosh_query_error)
