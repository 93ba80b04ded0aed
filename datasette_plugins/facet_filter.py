"""Long facet lists made searchable: a box that narrows a facet's values as one types.

Progressive enhancement: the box is a GET form, so without JavaScript the server applies it
(``facet_filter=`` on the search page, ``_facet_filter_<column>=`` on a table page) and returns the
matching values with their counts unchanged; ``static/facet_filter.js`` narrows the list in place
as one types, by the same rule (``matches``: case, accents and the joining marks of transliterated
names ignored, every word of the box found somewhere in the value).

A facet gets the box when it lists more than ``FILTER_AT`` values (or a filter is already on).
Every value stays reachable without it: the search page's "more…" and the table's "…" list all.

For the table pages, ``table_facet`` prepares each of Datasette's facet results for
``templates/_facet_results.html``: the values matching the box, and the rows without a value as
a bucket of their own ("unknown outlet", "no tags"), so that the facet adds up to the rows.
"""

from __future__ import annotations

import re
import unicodedata
import urllib.parse

FILTER_AT = 30
MAX_FILTER = 100  # characters of the box that are read
SEARCH_PARAM = "facet_filter"
TABLE_PREFIX = "_facet_filter_"

# What a table facet calls the rows without a value (column facets), by column.
MISSING_LABELS = {"outlet": "unknown outlet", "year": "no date", "month": "no date", "published": "no date",
                  "tags": "no tags", "places": "no place named", "organisations": "no organisation named",
                  "language": "language unknown", "duplicate_of": "not a copy (first or only copy)",
                  "author": "no author", "source": "no source named"}


def fold(text) -> str:
    """``text`` as the box compares it: accents and marks dropped, case folded, hyphens, apostrophes
    and ʿ ʾ as spaces, spaces collapsed (``al-Ḥasakah`` -> ``al hasakah``)."""
    decomposed = unicodedata.normalize("NFKD", str(text if text is not None else ""))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[\-‐‑–—'’‘ʿʾ`´_./]+", " ", stripped.casefold()).split())


def clean_needle(value) -> str:
    return fold((value or "")[:MAX_FILTER])


def matches(label, needle: str) -> bool:
    """Every word of the (folded) ``needle`` is in the folded label; an empty needle matches all."""
    if not needle:
        return True
    folded = fold(label)
    return all(word in folded for word in needle.split())


def filter_values(values: list, needle: str, key: str = "value") -> list:
    return [item for item in values if matches(item.get(key), needle)]


def table_param(column: str) -> str:
    return TABLE_PREFIX + column


def _pairs(request) -> list:
    query = request.query_string if request is not None else ""
    if isinstance(query, bytes):
        query = query.decode("utf-8", "replace")
    return urllib.parse.parse_qsl(query or "", keep_blank_values=True)


def without_filters(url: str) -> str:
    """``url`` without any facet box (a value clicked in a narrowed list applies that value only)."""
    base, question, query = (url or "").partition("?")
    if not question:
        return url
    fragment = ""
    if "#" in query:
        query, fragment = query.split("#", 1)
        fragment = "#" + fragment
    pairs = [(k, v) for k, v in urllib.parse.parse_qsl(query, keep_blank_values=True) if not k.startswith(TABLE_PREFIX)]
    return base + ("?" + urllib.parse.urlencode(pairs) if pairs else "") + fragment


def table_facet(request, facet_info: dict, total) -> dict:
    """For one of Datasette's facet results on a table page: ``results`` (the values matching the
    box, each with its ``toggle_url`` freed of boxes), ``needle`` (the box as typed), ``param``,
    ``searchable`` (show the box), ``listed`` (values before the box), ``hidden_fields`` (the page's
    other arguments, for the box's form, every value asked for), and ``missing`` (``{label, count,
    url}`` for the rows without a value, or None when it cannot be told or is zero)."""
    column = facet_info.get("name") or ""
    param = table_param(column)
    pairs = _pairs(request)
    typed = next((v for k, v in pairs if k == param), "")[:MAX_FILTER]
    needle = fold(typed)
    results = [dict(item, toggle_url=without_filters(item.get("toggle_url")))
               for item in facet_info.get("results") or [] if matches(item.get("label", item.get("value")), needle)]
    listed = len(facet_info.get("results") or [])
    hidden = [(k, v) for k, v in pairs if k not in (param, "_facet_size", "_next")] + [("_facet_size", "max")]
    anchor = "#facet-" + re.sub(r"[^\w-]", "-", column)
    path = request.path if request is not None else ""
    return {
        "results": results,
        "needle": typed,
        "param": param,
        "listed": listed,
        "truncated": bool(facet_info.get("truncated")),
        "searchable": bool(needle) or listed > FILTER_AT or (bool(facet_info.get("truncated")) and listed >= FILTER_AT),
        "hidden_fields": hidden,
        "action": path + anchor,
        "clear_url": path + "?" + urllib.parse.urlencode(hidden) + anchor,
        "missing": _table_missing(request, facet_info, total, column),
    }


def _table_missing(request, facet_info: dict, total, column: str):
    """Rows without a value: a list facet (ours) counts them itself; a column facet's are the rows
    its values leave, when it lists them all."""
    label = MISSING_LABELS.get(column, "no value")
    if facet_info.get("missing") is not None:
        count, url = facet_info["missing"], facet_info.get("missing_url")
    elif facet_info.get("type") == "column" and not facet_info.get("truncated") and isinstance(total, int):
        count = total - sum(item.get("count") or 0 for item in facet_info.get("results") or [])
        url = _with_arg(request, f"{column}__isnull", "1")
    else:
        return None
    if not count or count < 0:
        return None
    return {"label": label, "count": count, "url": url and without_filters(url)}


def _with_arg(request, key: str, value: str):
    if request is None:
        return None
    pairs = _pairs(request)
    if (key, value) in pairs:
        return None  # already narrowed to them
    pairs = [(k, v) for k, v in pairs if k != "_next" and not k.startswith(TABLE_PREFIX)]
    return request.path + "?" + urllib.parse.urlencode(pairs + [(key, value)])
