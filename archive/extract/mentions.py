"""What an article's text mentions: places and organisations, reported figures, dates of events.

One entry point for the import and for ``archive extract``, so both find the same things. The
title and body are split into words once (archive/extract/text_split.py) for the entities and the
figures' sources.
"""

from __future__ import annotations

import functools
from typing import Optional

from archive.extract.entities import find_entities
from archive.extract.event_dates import find_event_dates
from archive.extract.figures import find_figures
from archive.extract.place_contexts import report_marks
from archive.extract.text_split import joined, split


def find_mentions(title: str, body: str, published: Optional[str]) -> tuple[dict, list, list]:
    """``(entities, figures, events)``: ``{entity id: mentions}`` over title and body, and the
    body's reported figures and dates of events (resolved against ``published``)."""
    body_parts = split(body)
    return (entities_of(title, body, split(title), body_parts), find_figures(body, body_parts),
            find_event_dates(body, published))


def entities_of(title: str, body: str, title_parts: Optional[list] = None,
                body_parts: Optional[list] = None) -> dict:
    """``{entity id: mentions}`` over an article's title and body (``*_parts``: each split by
    text_split.split, when the caller has them). A name the report means as something else, as the
    search reads it (a place put in another country, an acronym defined otherwise), is no mention."""
    parts = None if title_parts is None or body_parts is None else joined(title_parts, "\n\n", body_parts)
    return find_entities(f"{title}\n\n{body}", parts, functools.partial(report_marks, title, body))


def add_mentions(article) -> None:
    """Fill ``article.entities``, ``.figures`` and ``.events`` from its title and body."""
    article.entities, article.figures, article.events = find_mentions(article.title, article.body, article.published)
