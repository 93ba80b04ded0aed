"""``/-/map``: the places the articles mention, circles sized by how many articles mention each,
drawn offline as SVG over a hand-drawn outline of Syria and Iraq, with a table for every place."""

from __future__ import annotations

from datasette.utils.asgi import NotFound, Response

from datasette_plugins import map_chart
from datasette_plugins.archive_db import archive_database
from datasette_plugins.queries import entity_path, rows

MAP_LIMIT = 2000


def map_places(datasette, found: list, count_key: str = "articles") -> list:
    """Rows of places (id, name, type, latitude, longitude, count) as the map and its table want them."""
    places = []
    for row in found:
        count = row.get(count_key) or 0
        places.append(dict(row, count=count, href=entity_path(datasette, row["id"]),
                           on_map=map_chart.in_bounds(row.get("latitude"), row.get("longitude"))))
    return places


async def map_view(datasette, request):
    database = await archive_database(datasette)
    if database is None:
        raise NotFound("No archive is being served")
    found = await rows(
        database,
        "select id, name, type, latitude, longitude, articles from entities where kind = 'place' "
        "and coalesce(articles, 0) > 0 order by articles desc, name limit :limit",
        {"limit": MAP_LIMIT},
    )
    return await render_map(datasette, request, found, database.name)


async def render_map(datasette, request, found, database_name, **more):
    """The map page for ``found`` (rows of places with their ``articles``; None: timed out).
    A collection of shards (collection_pages.py) gives its summed counts here too."""
    places = map_places(datasette, found or [])
    on_map = [p for p in places if p["on_map"]]
    label = "Places mentioned in the articles"
    key = []  # the phone's map numbers the places whose names do not fit; the key lists them
    context = {
        "svg": map_chart.map_svg(on_map, label=label),
        "svg_narrow": map_chart.map_svg(on_map, label=label, width=380, labels=12, compact=True, key=key),
        "legend": map_chart.map_legend(on_map),
        "legend_narrow": map_chart.map_legend(on_map, compact=True),
        "key_narrow": key,
        "places": places,
        "on_map": sum(1 for p in places if p["on_map"] and p["count"]),
        "timed_out": found is None,
        "database_name": database_name,
        **more,
    }
    html = await datasette.render_template("archive_map.html", context, request=request)
    return Response.html(html)
