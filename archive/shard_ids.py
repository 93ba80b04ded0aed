"""Every article a search matches in each shard of a collection, for the pages that count over a
search's articles in SQLite (the figures page's ``q=``), not over a ranked page of hits.

The same two rounds as :func:`archive.shard_search.search_collection`: each shard's statistics for
the query, summed, then each shard's matching ids searched with the sums (a known name is searched
in the spellings the whole collection holds, as one archive holding every article would). The ids
stay by shard: each shard's SQLite filters its own rows with them. A shard that cannot be searched
is named in ``missing``; callers say so rather than show its articles' share as nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from archive.shard_search import _index, _run, _why, statistics_round


@dataclass
class MatchingIds:
    query: str
    by_shard: dict = field(default_factory=dict)  # shard name -> ids matched there
    missing: list = field(default_factory=list)  # (shard name, why)
    timed_out: bool = False  # a shard stopped at its time limit: its ids may be short

    @property
    def total(self) -> int:
        return sum(len(ids) for ids in self.by_shard.values())


def shard_matching_ids(db_path: str, statistics, text: str, *, expand: bool = True, time_limit: float = 5.0,
                       epoch=None) -> dict:
    """One shard's ids matching ``text`` scored with the collection's ``statistics`` (unranked)."""
    index = _index(db_path, epoch)
    page = index.search_with(statistics, text, page=1, pagelen=1, expand=expand, collapse=False,
                             want_all_ids=True, time_limit=time_limit)
    return {"ids": list(page.all_ids or []), "timed_out": bool(page.timed_out)}


def matching_ids(collection, text: str, *, client=None, expand: bool = True, time_limit: float = 5.0,
                 wait: Optional[float] = None) -> MatchingIds:
    """``{shard name: ids}`` of every article matching ``text`` in ``collection`` (see the module's
    docstring). Raises QueryError for a query no shard can run, CollectionError during a rebalancing."""
    answer = MatchingIds(query=text)
    wait = wait if wait is not None else 4 * time_limit + 10
    total, live, epoch = statistics_round(collection, client, text, expand, time_limit, wait, answer.missing)
    found = _run(client, shard_matching_ids, live, total, text, expand=expand, time_limit=time_limit, epoch=epoch,
                 wait=wait)
    for shard, (result, error) in zip(live, found):
        if error is not None:
            answer.missing.append((collection.name(shard), _why(error)))
            continue
        answer.by_shard[collection.name(shard)] = result["ids"]
        answer.timed_out = answer.timed_out or result["timed_out"]
    return answer
