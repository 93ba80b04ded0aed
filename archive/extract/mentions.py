"""What an article's text mentions: places and organisations, reported figures, dates of events.

One entry point for the import and for ``archive extract``, so both find the same things.
"""

from __future__ import annotations

from typing import Optional

from archive.extract.entities import find_entities
from archive.extract.event_dates import find_event_dates
from archive.extract.figures import find_figures


def find_mentions(title: str, body: str, published: Optional[str]) -> tuple[dict, list, list]:
    """``(entities, figures, events)``: ``{entity id: mentions}`` over title and body, and the
    body's reported figures and dates of events (resolved against ``published``)."""
    return entities_of(title, body), find_figures(body), find_event_dates(body, published)


def entities_of(title: str, body: str) -> dict:
    """``{entity id: mentions}`` over an article's title and body."""
    return find_entities(f"{title}\n\n{body}")


def add_mentions(article) -> None:
    """Fill ``article.entities``, ``.figures`` and ``.events`` from its title and body."""
    article.entities, article.figures, article.events = find_mentions(article.title, article.body, article.published)
