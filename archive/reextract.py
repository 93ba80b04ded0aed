"""``archive extract``: find places, organisations, figures and event dates again in every stored
article, after the gazetteer (or the extraction) changed. SQLite only: the full-text index does
not hold them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Optional

from archive.extract import gazetteer
from archive.extract.mentions import find_mentions
from indexer.store import immediate


@dataclass
class _Found:
    id: str
    outlet: Optional[str]
    published: Optional[str]
    entities: dict = field(default_factory=dict)
    figures: list = field(default_factory=list)
    events: list = field(default_factory=list)

    @property
    def month(self) -> Optional[str]:
        return self.published[:7] if self.published else None


@dataclass
class ExtractReport:
    articles: int = 0
    mentions: int = 0  # article-entity links
    figures: int = 0
    events: int = 0
    entities: int = 0  # in the gazetteer
    dropped: int = 0  # entities gone from the gazetteer and no longer mentioned


def extract_again(archive, progress: Optional[Callable[[int], None]] = None, chunk: int = 1000) -> ExtractReport:
    """Re-run the extraction over every article of ``archive`` (an :class:`indexer.sync.Archive`),
    a chunk of articles a transaction, holding the archive's write lock."""
    store = archive.store
    report = ExtractReport()
    with archive.lock(purpose="extract"):
        report.entities = store.sync_entities(gazetteer.entities())
        for rows in store.iter_articles_for_extraction(chunk):
            found = []
            for row in rows:
                item = _Found(row["id"], row["outlet"], row["published"])
                item.entities, item.figures, item.events = find_mentions(row["title"] or "", row["body"] or "",
                                                                         row["published"])
                found.append(item)
            with immediate(archive.db):
                store.write_mentions(found)
                store.update_mention_columns(found)
            report.articles += len(found)
            report.mentions += sum(len(f.entities) for f in found)
            report.figures += sum(len(f.figures) for f in found)
            report.events += sum(len(f.events) for f in found)
            if progress:
                progress(len(found))
        with immediate(archive.db):
            report.dropped = store.drop_unused_entities({e.id for e in gazetteer.entities()})
    return report
