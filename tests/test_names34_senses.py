"""names34 (issue #17): a qualifier naming its name's one sense is left out of the search, the senses
being gazetteer data (archive/data/name_senses.txt, written into indexer/name_senses.py). Behind the
switch aliases.OWN_KIND (off: measured, not adopted, bench/README.md round 34); the tests turn it on.

- "X camp" where X is only the camp (or its other senses are secondary: the town of al-Hol) finds the
  reports that write X bare; "X town" for the camp's secondary sense still asks for the word.
- A name of two senses of the same standing (Makhmour: the town and the camp) keeps its qualifier.
- The table is written from the data and the gazetteer, and every name another entity writes with a
  kind word has a line of senses.
"""

from __future__ import annotations

import pytest

from archive import search_data
from conftest import index_of

REPORTS = [
    "Aid trucks queued at the gates of al-Hol before dawn.",  # 0: the camp, bare
    "Residents of the town of al-Hol complained about the dust.",  # 1: the town, with its word
    "Water returned to Raqqa after the pumping station was repaired.",  # 2: the city, bare
    "Farmers across Raqqa province lost their wheat to the drought.",  # 3: the province
    "A fishing boat capsized on the Khabur near a bridge.",  # 4: the river, bare
    "Makhmour saw its first snowfall in a decade.",  # 5: Makhmour, bare (town or camp)
    "The Makhmour camp council elected a new board.",  # 6: the camp, with its word
    "Bakers in the village raised the price of bread.",  # 7: nothing named
]


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    reports = [(f"r{number}", "Report", body) for number, body in enumerate(REPORTS)]
    return index_of(tmp_path_factory.mktemp("names34"), reports, "2024-05-01")


@pytest.mark.parametrize("query, expected, not_expected", [
    ("al-Hol camp", {"r0"}, {"r7"}),  # the camp is al-Hol's primary sense: the bare name counts
    ("Lager al-Hol", {"r0"}, {"r7"}),  # the kind word in German, before the name
    ("al-Hol town", {"r1"}, {"r0"}),  # the town is a secondary sense: the word is asked for
    ("Raqqa city", {"r2"}, {"r3", "r7"}),  # the city, not the province
    ("Rakka kenti", {"r2"}, {"r3"}),  # Turkish: a spelling and the kind word after it
    ("Khabur river", {"r4"}, {"r7"}),  # a river of one sense
    ("Makhmour camp", {"r6"}, {"r5"}),  # two senses of the same standing: the qualifier stays
])
def test_one_sense_qualifier(index, query, expected, not_expected, monkeypatch):
    from indexer.fulltext import aliases

    monkeypatch.setattr(aliases, "OWN_KIND", True)
    found = set(index.matching_ids(query))
    assert found >= expected
    assert not found & not_expected


def test_table_written_from_the_data():
    from archive.name_senses import name_senses_module

    import indexer

    from pathlib import Path

    assert (Path(indexer.__file__).parent / "name_senses.py").read_text(encoding="utf-8") == name_senses_module()


def test_every_name_of_several_senses_has_a_line():
    """A name another entity writes with a kind word ("Raqqa" of "Raqqa province") is of two senses:
    the data file must say which is primary."""
    from archive.name_senses import declared_senses
    from indexer.fulltext.alias_keys import alias_table
    from indexer.fulltext.own_kinds import _others
    from indexer.name_senses import SENSES

    search_data.provide()
    table = alias_table()
    declared = declared_senses()
    missing = set()
    for key, others in _others(table).items():
        if key not in table:
            continue
        canonical, entity = table[key][0]
        if canonical in SENSES and any(other != entity for other in others) and canonical not in declared:
            missing.add(canonical)
    assert not missing
