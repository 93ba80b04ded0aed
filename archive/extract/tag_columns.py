"""An export's tags column read across its records: the search's own terms are no story's tags.

A monitoring tool writes the terms of the search that found each story into a column of every row
(Meltwater's "Keywords": "Hasakah, prison" on all five rows of an export), beside the columns that
are the story's own. Such a column is named like a tags column ("Keywords", "Topics"), so it is
read as one by its name (:mod:`archive.readers.columns`), and every story is stored with the
search's words as its tags. What tells them apart is what the column holds across the file: a
story's tags differ from story to story (the read halves' 60-odd exports with a tags column: one
list repeated at most twice), the search's terms are one list on every row.

:func:`search_terms` says so of a column's values: at least :data:`MIN_RECORDS` records with tags,
every one the same list (case, order and separators aside). A file of fewer records says nothing:
two stories may share their tags. A column named for the site's own labels ("tags", "categories")
is never the search's (:func:`named_as_own`): a CMS's export of one category's posts repeats them.
"""

from __future__ import annotations

import re
from typing import Iterable

MIN_RECORDS = 3  # records with tags: fewer, and one list on each may be chance
# A column named for the site's own labels (a CMS's "post_tags", "categories") holds what the site gave
# its stories, however alike: never the search's terms. The search's terms stand under other names
# (Meltwater's "Keywords", "Topics", "Matched terms"). Stems, matched in the column's folded name.
OWN_LABEL_STEMS = ("tag", "categor", "label", "etiket", "etiquet", "étiquet", "schlagw", "وسم", "وسوم", "تاگ")
_SEPARATORS = re.compile(r"\s*[,;|،؛]\s*")


def _as_set(value) -> frozenset:
    """A record's tags value (a list, or "a, b" / "a; b" / "a|b" text) as a set of folded items."""
    if isinstance(value, (list, tuple)):
        items = [str(item) for item in value if item is not None]
    elif isinstance(value, str):
        items = _SEPARATORS.split(value)
    else:
        return frozenset()
    return frozenset(" ".join(item.split()).casefold() for item in items if item and item.strip())


def search_terms(values: Iterable) -> bool:
    """Whether a tags column's values (one per record, the file's first records) are the search's terms
    rather than each story's tags: one and the same list on every record that has one, at least
    :data:`MIN_RECORDS` of them."""
    lists = [found for found in (_as_set(value) for value in values) if found]
    return len(lists) >= MIN_RECORDS and len(set(lists)) == 1


def named_as_own(column) -> bool:
    """Whether a column's name says it holds the site's own labels (see :data:`OWN_LABEL_STEMS`)."""
    folded = re.sub(r"[\W_]+", "", str(column).casefold())
    return any(stem in folded for stem in OWN_LABEL_STEMS)
