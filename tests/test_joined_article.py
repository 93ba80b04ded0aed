"""A name typed with its Arabic article joined (issue #17): "Alomar" as "al-Omar" where the gazetteer
knows no bare al-Omar (only "al-Omar oil field"), "Aljafra" as al-Jafra, whose name asks for its capital
(indexer/fulltext/name_readings.py joined_key, joined_article). Reports written for these tests; a real
Whoosh index."""

import pytest

from archive import search_data
from conftest import index_of


REPORTS = {
    "omar": ("Field guards", "Guards at al-Omar changed shifts after the storm."),
    "jafra": ("Wells", "Engineers inspected the wells of al-Jafra on Monday."),
    "edward": ("Ward", "Nurses said the ward was full; Edward Smith agreed."),
    "alarm": ("Drill", "An alarm rang at the school during the drill."),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    search_data.provide()
    return index_of(tmp_path_factory.mktemp("index"), [(key, title, body) for key, (title, body) in REPORTS.items()],
                    "2024-01-01")


@pytest.mark.parametrize("query, found", [
    ("Alomar", {"omar"}),  # no bare al-Omar in the gazetteer: the article and the word apart
    ("Elomar", {"omar"}),
    ("Aljafra", {"jafra"}),  # a name that asks for its capital, typed as a name
    ("aljafra", set()),  # ... not in lower case
    ("Alarm", {"alarm"}),  # an English word stays the word
    ("Edward", {"edward"}),  # only al and el are read as the article
])
def test_a_joined_article_is_read_apart(index, query, found):
    assert set(index.matching_ids(query)) == found
