"""``/-/timeline``: articles per month, for the whole archive or one outlet (``?outlet=<name>``),
with the months the articles report events in (``event_dates``) beside the months they appeared."""

from __future__ import annotations

import urllib.parse

from datasette.utils.asgi import NotFound, Response

from datasette_plugins.archive_db import archive_database
from datasette_plugins.queries import chart_context, month_series, rows, undated_count

SERIES_CHOICES = {"both": ("published", "events"), "published": ("published",), "events": ("events",)}


async def timeline_view(datasette, request):
    database = await archive_database(datasette)
    if database is None:
        raise NotFound("No archive is being served")
    outlet_name = (request.args.get("outlet") or "").strip()[:200] or None
    show = request.args.get("series") if request.args.get("series") in SERIES_CHOICES else "both"
    outlets = await rows(
        database,
        "select o.id, o.name, count(a.id) as n from outlets o join articles a on a.outlet = o.id "
        "group by o.id order by o.name collate nocase limit 2000",
    )
    outlet = None
    missing_outlet = False
    if outlet_name:
        found = await rows(database, "select id, name from outlets where name = ?", [outlet_name])
        if found:
            outlet = found[0]
        else:
            missing_outlet = True
    if missing_outlet:
        series = {"published": {}, "events": {}}
    else:
        series = await month_series(database, outlet=outlet["id"] if outlet else None,
                                    events="events" in SERIES_CHOICES[show])
    table_url = datasette.urls.table(database.name, "articles")

    def bar_href(key, month):
        if key != "published":
            return None
        pairs = [("month", month)] + ([("outlet", outlet["id"])] if outlet else [])
        return table_url + "?" + urllib.parse.urlencode(pairs)

    undated = None
    if not missing_outlet and "published" in SERIES_CHOICES[show]:
        undated = await undated_count(database, outlet=outlet["id"] if outlet else None)
    undated_pairs = [("month__isnull", "1")] + ([("outlet", outlet["id"])] if outlet else [])
    return await render_timeline(datasette, request, outlets=outlets, outlet=outlet, outlet_name=outlet_name,
                                 missing_outlet=missing_outlet, show=show, series=series, undated=undated,
                                 bar_href=bar_href, undated_href=table_url + "?" + urllib.parse.urlencode(undated_pairs),
                                 database_name=database.name)


async def render_timeline(datasette, request, *, outlets, outlet, outlet_name, missing_outlet, show, series, undated,
                          bar_href, undated_href, database_name, **more):
    """The page for counts made (one archive's, or a collection's summed: collection_pages.py);
    ``outlet``: the chosen one's row (``id``, ``name``), matched against ``outlets`` by ``id``."""
    series = {key: counts for key, counts in series.items() if key in SERIES_CHOICES[show]}
    label = "Articles per month" + (f" from {outlet['name']}" if outlet else "")
    context = {
        "timeline": chart_context(series, label=label, href=bar_href, undated=undated, undated_href=undated_href),
        "outlets": outlets or [],
        "outlet": outlet,
        "outlet_name": outlet_name,
        "missing_outlet": missing_outlet,
        "show": show,
        "choices": {"both": "Both", "published": "When published", "events": "When things happened"},
        "url_for": lambda **changes: _url(datasette, {"outlet": outlet_name, "series": show, **changes}),
        "database_name": database_name,
        **more,
    }
    html = await datasette.render_template("archive_timeline.html", context, request=request)
    return Response.html(html)


def _url(datasette, params: dict) -> str:
    pairs = [(k, v) for k, v in params.items() if v and not (k == "series" and v == "both")]
    return datasette.urls.path("/-/timeline") + ("?" + urllib.parse.urlencode(pairs) if pairs else "")
