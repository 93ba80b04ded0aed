"""``/-/figures``: the figures page for one question. For a kind of figure (killed, displaced, ...)
and a place or organisation the articles mention (``entity=``), an organisation that gave the
figures (``source=``), an event's tag (``tag=``) or a search term (``q=``, Whoosh syntax): every
figure over time as a chart (``figure_chart.py``), the highest and the latest figure of each day,
and every figure in a table with its outlet, source, sentence and article. ``/-/figures.csv``
(``figures_export.py``) streams the same figures, every one of them, with the same filters.

Counts add up: the page says how many of the figures have no date (not on the chart, listed apart)
and how many no source.
"""

from __future__ import annotations

import asyncio
import json
import re
import urllib.parse

from datasette.utils.asgi import NotFound, Response

from datasette_plugins import figure_chart
from datasette_plugins.archive_db import archive_database, index_for_path, plugin_config
from datasette_plugins.queries import clean_entity_id, entities_named, entity_path, rows
from indexer.fulltext import QueryError

# The kinds of figure (indexer/schema.py, figures.kind), in the order the form offers them.
KINDS = ("killed", "wounded", "detained", "displaced", "returned", "population", "missing", "other")
SHOWN = 500  # rows of the table of figures; the CSV has every one
UNDATED_SHOWN = 200
POINTS = 2000  # figures drawn one by one; past that the chart draws each day's highest only
DAYS_SHOWN = 200  # the latest days in the table of days; the chart's line and the per-day CSV have them all
FIELDS = ("f.id, f.article_id, f.value, f.qualifier, f.number_text, f.counts, f.kind, f.tally, f.source, "
          "f.source_entity, f.sentence, f.position, f.published, o.name as outlet_name, a.title, a.captured_at")
FROM = "figures f left join outlets o on o.id = f.outlet left join articles a on a.id = f.article_id"


def figure_params(request) -> dict:
    args = request.args
    kind = args.get("kind")
    return {
        "kind": kind if kind in KINDS else None,
        "entity": clean_entity_id(args.get("entity")),
        "source": clean_entity_id(args.get("source")),
        "tag": (args.get("tag") or "").strip()[:100] or None,
        "q": (args.get("q") or "").strip()[:2000] or None,
        "scale": "log" if args.get("scale") == "log" else "linear",
        # with entity=: only the figures whose own sentence names it (any spelling), not all of the article's
        "near": "sentence" if args.get("near") == "sentence" else None,
    }


def figures_url(datasette, params: dict, fmt: str = "", **changes) -> str:
    merged = dict(params, **changes)
    pairs = [(key, merged[key]) for key in ("kind", "entity", "near", "source", "tag", "q") if merged.get(key)]
    if merged.get("scale") == "log" and not fmt:
        pairs.append(("scale", "log"))
    if merged.get("per") == "day" and fmt:
        pairs.append(("per", "day"))
    return datasette.urls.path("/-/figures" + fmt) + ("?" + urllib.parse.urlencode(pairs) if pairs else "")


# A sentence as the spellings are compared with it: lower case, punctuation and hyphens as spaces.
_PUNCTUATION = ",.;:()\"“”'’-?!/"


def _spaced_sql(column: str) -> str:
    for char in _PUNCTUATION:
        literal = "'" + char.replace("'", "''") + "'"
        column = f"replace({column}, {literal}, ' ')"
    return f"' ' || lower({column}) || ' '"


def spelling_pattern(spelling: str) -> str:
    """A LIKE pattern finding ``spelling`` as whole words of a sentence spaced by ``_spaced_sql``."""
    text = "".join(" " if c in _PUNCTUATION else c for c in spelling.lower())
    text = " ".join(text.split()).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"% {text} %" if text else ""


def where_sql(params: dict, ids: list | None, spellings: list | None = None) -> tuple:
    """The ``where`` clause (``""`` for every figure) and its parameters; ``spellings``: the entity's,
    for ``near=sentence``."""
    conditions, values = [], {}
    if params["kind"]:
        conditions.append("f.kind = :kind")
        values["kind"] = params["kind"]
    if params["entity"]:
        conditions.append("f.article_id in (select article_id from article_entities where entity_id = :entity)")
        values["entity"] = params["entity"]
        if params["near"] and spellings is not None:
            conditions.append(f"exists (select 1 from json_each(:spellings) s where {_spaced_sql('f.sentence')} "
                              "like s.value escape '\\')")
            values["spellings"] = json.dumps([p for p in map(spelling_pattern, spellings) if p])
    if params["source"]:
        conditions.append("f.source_entity = :source")
        values["source"] = params["source"]
    if params["tag"]:
        conditions.append("f.article_id in (select at.article_id from article_tags at join tags t on t.id = at.tag_id "
                          "where t.name = :tag)")
        values["tag"] = params["tag"]
    if ids is not None:
        conditions.append("f.article_id in (select value from json_each(:ids))")
        values["ids"] = json.dumps(ids)
    return (" where " + " and ".join(conditions) if conditions else ""), values


def _and(where: str, condition: str) -> str:
    return where + (" and " if where else " where ") + condition


async def search_ids(datasette, database, q: str | None):
    """The ids of the articles a search finds (all of them), or None without a search."""
    if not q:
        return None
    index = index_for_path(database.path)
    if index is None:
        raise QueryError("this archive has no full-text index beside it")
    time_limit = float(plugin_config(datasette).get("search_time_limit_ms", 3000)) / 1000
    return await asyncio.get_running_loop().run_in_executor(
        None, lambda: index.matching_ids(q, limit=None, time_limit=time_limit))


async def filters(datasette, database, params: dict) -> tuple:
    """``(where, values)`` for the request's filters: the search run, the entity's spellings read.
    Raises QueryError for a search that cannot be run."""
    ids = await search_ids(datasette, database, params["q"])
    spellings = await entity_spellings(database, params["entity"]) if params["entity"] and params["near"] else None
    return where_sql(params, ids, spellings)


async def entity_spellings(database, entity_id: str) -> list:
    """An entity's name and aliases (``near=sentence``)."""
    found = await rows(database, "select name, aliases from entities where id = ?", [entity_id])
    spellings = []
    for row in found or []:
        try:
            aliases = json.loads(row["aliases"] or "[]")
        except ValueError:
            aliases = []
        spellings = [row["name"]] + [a for a in aliases if isinstance(a, str)]
    return spellings


async def totals(database, where: str, values: dict):
    """Figures, undated ones, ones without a source (and both), articles and outlets: one pass."""
    found = await rows(database, "select count(*) as figures, coalesce(sum(f.published is null), 0) as undated, "
                       "coalesce(sum(f.source is null or trim(f.source) = ''), 0) as unsourced, "
                       "coalesce(sum(f.published is null and (f.source is null or trim(f.source) = '')), 0) as neither, "
                       "count(distinct f.article_id) as articles, count(distinct f.outlet) as outlets, "
                       "coalesce(sum(f.outlet is null), 0) as unknown_outlet, "
                       f"min(f.published) as first, max(f.published) as last from figures f{where}", values)
    return found[0] if found else None


async def day_summary(database, where: str, values: dict):
    """One row a day: how many figures, articles and outlets, the highest figure and the latest.

    The archive knows the day an article was published, not the hour: "latest" is the last figure
    of the day's article when the day has one article (the text's order), or of the article a
    crawler captured last when every article of the day has a capture time (WARC); otherwise
    it is not known (``latest`` None, ``order_unknown`` True). The days are ranked on narrow
    columns and only the chosen figures' rows are read (ranking whole rows, sentences and all,
    took 7.7 s for 322,000 figures; this way ~0.7 s)."""
    dated = _and(where, "f.published is not null")
    captured = await rows(database, "select exists(select 1 from articles where captured_at is not null) as any")
    captured = bool(captured and captured[0]["any"])
    join = " left join articles a on a.id = f.article_id" if captured else ""
    stats = await rows(database, "select f.published as day, count(*) as figures, count(distinct f.article_id) as articles, "
                       "count(distinct f.outlet) + max(f.outlet is null) as outlets, "
                       f"{'count(distinct a.captured_at)' if captured else '0'} as captured from figures f{join}"
                       f"{dated} group by f.published order by f.published", values)
    if captured:  # some articles have a capture time: rank each day's figures by it, then by the text's order
        ranked = ("select f.rowid as rid, row_number() over (partition by f.published order by f.value desc, f.id) "
                  "as by_value, row_number() over (partition by f.published order by a.captured_at desc, f.article_id, "
                  f"f.position desc) as by_time from figures f{join}{dated}")
    else:  # SQLite's bare columns: the row holding the max(); one grouped pass each, no window sort
        ranked = (f"select rid, 1 as by_value, 0 as by_time from (select f.rowid as rid, max(f.value) from figures f{dated} "
                  f"group by f.published) union all select rid, 0, 1 from (select f.rowid as rid, max(f.position) "
                  f"from figures f{dated} group by f.published)")
    picked = await rows(database, f"with ranked as ({ranked}) select {FIELDS}, max(r.by_value) as by_value, "
                        "max(r.by_time) as by_time from ranked r join figures f on f.rowid = r.rid "
                        "left join outlets o on o.id = f.outlet left join articles a on a.id = f.article_id "
                        "where r.by_value = 1 or r.by_time = 1 group by r.rid", values)
    if stats is None or picked is None:
        return None
    highest = {r["published"]: r for r in picked if r["by_value"] == 1}
    latest = {r["published"]: r for r in picked if r["by_time"] == 1}
    days = []
    for row in stats:
        known = row["articles"] == 1 or row["captured"] == row["articles"]
        days.append(dict(row, highest=highest.get(row["day"]), latest=latest.get(row["day"]) if known else None,
                         order_unknown=not known))
    return days


class ArchiveFigures:
    """What the figures page reads, from one archive's SQLite; a collection of shards has its own,
    which sums the shards' (collection_figures.py)."""

    def __init__(self, datasette, database):
        self.datasette, self.database = datasette, database
        self.where, self.values = "", {}

    async def named(self, entity_ids: list) -> dict:
        return await entities_named(self.database, entity_ids)

    async def choose(self, params: dict) -> None:
        """The request's filters (raises QueryError for a search that cannot be run)."""
        self.where, self.values = await filters(self.datasette, self.database, params)

    def none(self) -> None:
        self.where, self.values = " where 0", {}

    async def choices(self) -> dict:
        return await _choices(self.database)

    async def totals(self):
        return await totals(self.database, self.where, self.values)

    async def days(self):
        return await day_summary(self.database, self.where, self.values)

    async def dated(self, limit: int):
        return await rows(self.database, f"select {FIELDS} from {FROM}{_and(self.where, 'f.published is not null')} "
                          "order by f.published, f.value desc, f.id limit :limit", dict(self.values, limit=limit))

    async def undated(self, limit: int):
        return await rows(self.database, f"select {FIELDS} from {FROM}{_and(self.where, 'f.published is null')} "
                          "order by f.value desc, f.id limit :limit", dict(self.values, limit=limit))


async def figures_view(datasette, request):
    database = await archive_database(datasette)
    if database is None:
        raise NotFound("No archive is being served")
    return await render_figures(datasette, request, ArchiveFigures(datasette, database), database.name)


async def render_figures(datasette, request, source, database_name, **more):
    """The page, its figures read from ``source`` (:class:`ArchiveFigures`, or a collection's)."""
    params = figure_params(request)
    named = await source.named([e for e in (params["entity"], params["source"]) if e])
    unknown = [e for e in (params["entity"], params["source"]) if e and e not in named]
    context = {"params": params, "kinds": KINDS, "error": None, "unknown": unknown, "named": named,
               "database_name": database_name, "totals": None, "days": None, "shown": [], "undated": [], **more}
    status = 200
    try:
        await source.choose(params)
    except QueryError as error:
        context["error"], status = str(error), 400
        source.none()
    if unknown:
        source.none()
    context.update(await source.choices())
    context["totals"] = await source.totals()
    context["days"] = await source.days()
    dated = await source.dated(POINTS + 1)
    undated = await source.undated(UNDATED_SHOWN)
    context["timed_out"] = any(x is None for x in (context["totals"], context["days"], dated, undated))
    dated, undated = dated or [], undated or []
    for row in dated + undated + [d[k] for d in context["days"] or [] for k in ("highest", "latest") if d[k]]:
        row["href"] = datasette.urls.path(f"/-/article/{row['article_id']}")
        row["source_href"] = entity_path(datasette, row["source_entity"]) if row.get("source_entity") else None
    outlets = [name for name, _ in sorted(_outlet_counts(dated).items(), key=lambda item: (-item[1], item[0]))]
    colours = figure_chart.outlet_colours(outlets)
    too_many = len(dated) > POINTS
    points = [d["highest"] for d in context["days"] or []] if too_many else dated
    highest = [(d["day"], d["highest"]["value"]) for d in context["days"] or [] if d["highest"]]
    label = "Figures over time" + (f": {title_of(params, named)}" if title_of(params, named) else "")
    chart = dict(log=params["scale"] == "log", colours=colours, highest=highest, label=label)
    context.update({
        "title": title_of(params, named),
        "svg": figure_chart.figures_svg(points, **chart),
        "svg_narrow": figure_chart.figures_svg(points, **chart, width=380, height=280, compact=True),
        "too_many": too_many,
        "legend": [(name, colours[name]) for name in outlets if name in colours],
        "other_outlets": len(outlets) > len(colours) or any(not r["outlet_name"] for r in dated),
        "other_colour": figure_chart.OTHER,
        "shown": dated[:SHOWN],
        "days_shown": (context["days"] or [])[-DAYS_SHOWN:][::-1],  # the latest first
        "undated": undated,
        "url_for": lambda fmt="", **changes: figures_url(datasette, params, fmt, **changes),
        "entity_url": lambda entity_id: entity_path(datasette, entity_id),
        "search_url": datasette.urls.path("/-/search") + "?" + urllib.parse.urlencode({"q": params["q"] or ""}),
    })
    html = await datasette.render_template("archive_figures.html", context, request=request)
    return Response.html(html, status=status)


def _outlet_counts(found: list) -> dict:
    counts: dict = {}
    for row in found:
        if row["outlet_name"]:
            counts[row["outlet_name"]] = counts.get(row["outlet_name"], 0) + 1
    return counts


def title_of(params: dict, named: dict) -> str:
    """"killed · mentioning al-Hol camp · given by SOHR · search “Ghuwayran”": the question asked."""
    parts = [params["kind"]] if params["kind"] else []
    if params["entity"]:
        parts.append(("named in the sentence: " if params["near"] else "mentioning ")
                     + named.get(params["entity"], {}).get("name", params["entity"]))
    if params["source"]:
        parts.append("given by " + named.get(params["source"], {}).get("name", params["source"]))
    if params["tag"]:
        parts.append(f"tagged {params['tag']}")
    if params["q"]:
        parts.append(f"search “{params['q']}”")
    return " · ".join(parts)


def _name_key(text: str) -> str:
    """Lower case, apostrophes and ayn/hamza marks dropped, anything else not a letter or digit a space."""
    text = re.sub(r"[’'ʿʾ`]", "", (text or "").lower())
    return " ".join(re.sub(r"[^\w]+|_", " ", text).split())


async def places_named(database, q: str) -> list:
    """The gazetteer's places a search query names (any spelling, whole words; a name inside a
    longer one named too is left out), for the search page's link to their figures."""
    query = f" {_name_key(q)} "
    if not query.strip():
        return []
    found = await rows(database, "select id, name, aliases from entities where kind = 'place' "
                       "and coalesce(articles, 0) > 0 limit 5000")
    spans = []
    for row in found or []:
        try:
            aliases = json.loads(row["aliases"] or "[]")
        except ValueError:
            aliases = []
        for spelling in [row["name"]] + [a for a in aliases if isinstance(a, str)]:
            key = _name_key(spelling)
            at = query.find(f" {key} ") if len(key) >= 3 else -1
            if at >= 0:
                spans.append((at, at + len(key), row["id"], row["name"]))
    spans.sort(key=lambda span: span[0] - span[1])  # longest first
    kept: list = []
    for start, end, entity_id, name in spans:
        if not any(start >= s and end <= e for s, e, *_ in kept) and entity_id not in [k[2] for k in kept]:
            kept.append((start, end, entity_id, name))
    return [{"id": entity_id, "name": name} for _, _, entity_id, name in sorted(kept)]


async def _choices(database) -> dict:
    """What the form offers: kinds with their counts, places and organisations mentioned,
    organisations that gave figures, and tags."""
    kinds = await rows(database, "select kind, count(*) as n from figures where kind is not null group by kind")
    entities = await rows(database, "select id, name, kind from entities where coalesce(articles, 0) > 0 "
                          "order by kind desc, name collate nocase limit 3000")
    sources = await rows(database, "select e.id, e.name, count(*) as n from figures f join entities e on e.id = f.source_entity "
                         "group by e.id order by e.name collate nocase limit 3000")
    tags = await rows(database, "select name from tags order by name collate nocase limit 1000")
    return {"kind_counts": {r["kind"]: r["n"] for r in kinds or []}, "entity_choices": entities or [],
            "source_choices": sources or [], "tag_choices": [r["name"] for r in tags or []]}
