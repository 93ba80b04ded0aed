"""How cells of the entity, figure and event-date tables (and canned queries over them) display:
article ids link to article pages, entity ids to entity pages, JSON lists read as lists."""

from __future__ import annotations

import json
import re

from markupsafe import Markup

from datasette_plugins.queries import entity_path

ARTICLE_ID = re.compile(r"^[0-9a-f]{16}$")
ARTICLE_ID_TABLES = {"figures", "event_dates", "article_entities", None}  # None: a canned or custom query
ENTITY_ID_COLUMNS = {("entities", "id"), ("article_entities", "entity_id"), ("figures", "source_entity"),
                     (None, "entity_id"), (None, "source_entity")}
LIST_COLUMNS = {("articles", "places"), ("articles", "organisations"), ("entities", "aliases")}


def render(row, value, column, table, datasette):
    label = None
    if isinstance(value, dict) and "value" in value:  # a foreign key Datasette expanded to its label
        label, value = value.get("label"), value["value"]
    if column == "article_id" and table in ARTICLE_ID_TABLES and isinstance(value, str) and ARTICLE_ID.match(value):
        if not label and "title" in row.keys() and isinstance(row["title"], str):
            label = row["title"]
        return Markup('<a href="{}">{}</a>').format(datasette.urls.path(f"/-/article/{value}"), label or value)
    if (table, column) in ENTITY_ID_COLUMNS and isinstance(value, str) and value:
        return Markup('<a href="{}">{}</a>').format(entity_path(datasette, value), label or value)
    if table == "entities" and column == "name" and isinstance(value, str) and "id" in row.keys():
        return Markup('<a href="{}">{}</a>').format(entity_path(datasette, row["id"]), value)
    if (table, column) in LIST_COLUMNS and isinstance(value, str) and value.startswith("["):
        try:
            items = json.loads(value)
        except ValueError:
            return None
        if isinstance(items, list):
            return ", ".join(str(item) for item in items) or "\u2014"
    return None
