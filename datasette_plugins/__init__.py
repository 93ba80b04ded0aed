"""Datasette plugins for the news archive: search page, article pages, Whoosh from SQL.

Registered through ``[project.entry-points.datasette]``; the hook implementations are in
:mod:`datasette_plugins.hooks` and are imported here so pluggy finds them on this package.
"""

from datasette_plugins.hooks import (  # noqa: F401
    asgi_wrapper,
    articles_column_links,
    articles_default_columns,
    extra_css_urls,
    extra_template_vars,
    forbidden,
    menu_links,
    prepare_connection,
    register_facet_classes,
    register_routes,
    render_cell,
)
