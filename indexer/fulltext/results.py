"""What a search returns: a page of hits."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Hit:
    id: str
    story: str
    score: Optional[float]
    title_html: str = ""
    snippet_html: str = ""


@dataclass
class SearchPage:
    query: str
    parsed: str
    total: int
    page: int
    pagelen: int
    hits: list = field(default_factory=list)
    all_ids: list = field(default_factory=list)  # every matching id, for facet counts in SQLite
    timed_out: bool = False
    also_searched: list = field(default_factory=list)  # variant spellings the query was expanded with
    suggestion: Optional[str] = None  # "did you mean", for a query that finds little
    sounds_like: list = field(default_factory=list)  # those of also_searched that only sound alike (lower weight)
    # The matches as arrays when the array path answered (search_arrays.Ranked): facet counts read them.
    ranked: Optional[object] = field(default=None, repr=False, compare=False)

    @property
    def aliases_searched(self) -> list:
        """The names of also_searched that the alias table added (not sounds_like)."""
        return [name for name in self.also_searched if name not in self.sounds_like]

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.pagelen))
