"""A facet for the archive's JSON list columns (tags, places, organisations) that Datasette can
afford on a large table.

Datasette 0.65's array facet counts ``select distinct j.value, inner.*`` over every row: a
temporary table of (value, every column of the row, bodies included), so that a value listed twice
in one row counts once. It took ~0.5 s per facet at 20,000 articles. The archive writes these
lists without repeats, so this facet counts ``json_each`` values straight off the rows (through
the covering index of the three columns when the table has it): ~20 ms at 20,000.

Use it as ``{"values": "tags"}`` in metadata or ``?_facet_values=tags``; it filters with the same
``tags__arraycontains=`` as Datasette's array facet. It also counts the rows whose list is empty
(``missing``, narrowed to by ``tags__exact=[]``), and applies the facet's search box
(``_facet_filter_tags=``, facet_filter.py) to all its values, not only those listed.

``CountedFacet`` (``{"counted": "outlet"}`` in metadata) is Datasette's column facet, but on the
unfiltered articles page it reads the counts ``indexer.facet_counts`` keeps instead of grouping
every row: ~40 ms a facet at 1,000,000 articles, under 1 ms from the counts (issue #16).
"""

from __future__ import annotations

from datasette.database import QueryInterrupted
from datasette.facets import ArrayFacet, ColumnFacet
from datasette.utils import escape_sqlite, path_with_added_args, path_with_removed_args

from datasette_plugins.facet_filter import clean_needle, matches, table_param
from indexer import facet_counts


class ValuesFacet(ArrayFacet):
    type = "values"

    async def suggest(self):
        return []  # Datasette's array facet suggests these columns already

    async def facet_results(self):
        results, timed_out = [], []
        size = self.get_facet_size()
        pairs = self.get_querystring_pairs()
        for source_and_config in self.get_configs():
            config, source = source_and_config["config"], source_and_config["source"]
            column = config.get("column") or config["simple"]
            needle = clean_needle(self.request.args.get(table_param(column)) if self.request else "")
            # With a search box, every value is read and the box applied to them, then cut to size.
            limit = "" if needle else f" limit {size + 1}"
            sql = (f"select j.value as value, count(*) as count from ({self.sql}) as inner "
                   f"join json_each(inner.{escape_sqlite(column)}) j "
                   f"group by j.value order by count(*) desc, j.value{limit}")
            try:
                rows = await self.ds.execute(self.database, sql, self.params, truncate=False,
                                             custom_time_limit=self.ds.setting("facet_time_limit_ms"))
            except QueryInterrupted:
                timed_out.append(column)
                continue
            found = [row for row in rows.rows if matches(row["value"], needle)]
            missing, missing_url = await self._missing(column)
            values = []
            for row in found[:size]:
                value = str(row["value"])
                selected = (f"{column}__arraycontains", value) in pairs
                change = path_with_removed_args if selected else path_with_added_args
                values.append({
                    "value": value, "label": value, "count": row["count"], "selected": selected,
                    "toggle_url": self.ds.absolute_url(self.request,
                                                       change(self.request, {f"{column}__arraycontains": value})),
                })
            results.append({
                "name": column, "type": self.type, "results": values, "hideable": source != "metadata",
                "toggle_url": self.ds.urls.path(path_with_removed_args(self.request, {"_facet_values": column})),
                "truncated": len(found) > size,
                "missing": missing, "missing_url": missing_url,
            })
        return results, timed_out

    async def _missing(self, column: str):
        """``(rows whose list is empty or null, the address narrowed to the empty ones)``; the address
        is None when some are null (``__exact=[]`` would not find those), the count None on a time-out."""
        sql = (f"select sum(inner.{escape_sqlite(column)} = '[]') as empty, "
               f"sum(inner.{escape_sqlite(column)} is null) as null_ from ({self.sql}) as inner")
        try:
            rows = await self.ds.execute(self.database, sql, self.params, truncate=False,
                                         custom_time_limit=self.ds.setting("facet_time_limit_ms"))
        except QueryInterrupted:
            return None, None
        first = rows.rows[0] if rows.rows else (0, 0)
        empty, null = first[0] or 0, first[1] or 0
        if (column + "__exact", "[]") in self.get_querystring_pairs():
            return empty + null, None  # already narrowed to them
        url = self.ds.urls.path(path_with_added_args(self.request, {column + "__exact": "[]"}))
        return empty + null, None if null else url


class CountedFacet(ColumnFacet):
    """A column facet whose counts for the whole articles table come from ``facet_counts``.
    Filtered pages (and tables or columns not counted there, or counts that disagree with the
    page's ``count(*)``) are counted with Datasette's SQL; results say ``type: column``, as theirs."""

    type = "counted"

    async def suggest(self):
        return []

    async def facet_results(self):
        counted = await self._stored_counts()
        if counted is None:
            results, timed_out = await super().facet_results()
        else:
            results, timed_out = await self._from_counts(counted), []
        for result in results:
            result["type"] = "column"
            result["toggle_url"] = self.ds.urls.path(path_with_removed_args(self.request, {"_facet_counted": result["name"]}))
        return results, timed_out

    def _columns(self) -> list:
        return [config["config"].get("column") or config["config"]["simple"] for config in self.get_configs()]

    async def _stored_counts(self):
        """``{column: [(value, count), ...]}`` (largest first) when the page is the whole articles
        table and every facet asked for is counted, the counts agreeing with the page's count(*); else None."""
        columns = self._columns()
        whole = (self.table == "articles" and not self.params and self.sql.rstrip().endswith(" from articles")
                 and " where " not in self.sql)
        if not whole or not columns or not set(columns) <= set(facet_counts.COUNTED) or self.row_count is None:
            return None
        try:
            rows = await self.ds.execute(self.database, facet_counts.counts_sql(columns),
                                         [facet_counts.TOTAL[0], *columns], truncate=False)
        except Exception:  # no such table (an archive from before it), or interrupted: count with SQL
            return None
        counted = {column: [] for column in columns}
        total = None
        for facet, value, count in rows.rows:
            if facet == facet_counts.TOTAL[0]:
                total = count
            else:
                counted[facet].append((value, count))
        return counted if total == self.row_count else None

    async def _from_counts(self, counted: dict) -> list:
        size = self.get_facet_size()
        pairs = self.get_querystring_pairs()
        results = []
        for source_and_config in self.get_configs():
            config, source = source_and_config["config"], source_and_config["source"]
            column = config.get("column") or config["simple"]
            found = counted[column]
            shown = found[:size]
            expanded = await self.ds.expand_foreign_keys(self.database, self.table, column, [v for v, _ in shown])
            column_qs = f"{column}__exact" if column.startswith("_") else column
            values = []
            for value, count in shown:
                selected = (column_qs, str(value)) in pairs
                change = path_with_removed_args if selected else path_with_added_args
                values.append({
                    "value": value, "label": expanded.get((column, value), value), "count": count,
                    "toggle_url": self.ds.absolute_url(self.request, self.ds.urls.path(
                        change(self.request, {column_qs: str(value) if selected else value}))),
                    "selected": selected,
                })
            results.append({"name": column, "type": self.type, "hideable": source != "metadata", "toggle_url": "",
                            "results": values, "truncated": len(found) > size})
        return results
