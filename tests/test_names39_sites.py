"""names39 (issue #17): a site typed by its whole name, and a name written with a typewriter's quote for
an ayn, tested on invented reports (no bench set's sentences).

- A site's name made of the town it is named after and its kind's word ("Tabqa Dam": the town's senses
  hold the dam, archive/data/name_senses.txt) finds a report writing the town's name right beside the
  word for a dam in another language ("le barrage de Tabqa", "la presa de Tabqa"), not one that names the
  town and another dam apart ("the al-Baath dam downstream of Tabqa").
- A site's name whose bare name the gazetteer never writes alone ("al-Omar oil field": al-Omar is a
  person's name too) finds that name beside the site's word in another language ("Ölfeld al-Omar"), not
  the name alone ("Omar scored twice").
- A river's name is no town's: "Euphrates dam" does not find any dam written beside the Euphrates.
- A German spelling with the genitive's bare -s ("Manbidschs Bäcker") is a sound-alike of the name it
  spells (name_alikes.archive_alikes): "Manbij" finds it.
- The left single quotation mark typed or written for an ayn keeps a word whole (indexer/names.py):
  "Ya‘rubiyah" is the word Ya'rubiyah.
"""

from __future__ import annotations

import pytest

from conftest import index_of

REPORTS = [
    "Le niveau du barrage de Tabqa reste bas cet été.",  # 0 fr: the Tabqa dam
    "La presa de Tabqa produce menos electricidad.",  # 1 es: the Tabqa dam
    "Engineers inspected the Tabqa Dam turbines.",  # 2 en: the Tabqa dam
    "Workers repaired the al-Baath dam downstream of Tabqa.",  # 3 en: another dam, the town named apart
    "Am Ölfeld al-Omar landeten zwei Drohnen.",  # 4 de: the al-Omar oil field
    "Omar scored twice in the derby.",  # 5 en: a footballer
    "Drones were shot down over the al-Omar oil field.",  # 6 en: the al-Omar oil field
    "The Tishrin dam on the Euphrates lost a turbine.",  # 7 en: the Tishrin dam, on the river
    "Traders crossed at Ya‘rubiyah on Monday.",  # 8 en: al-Yarubiyah, written with U+2018
    "The crossing at Yarubiyah stayed closed.",  # 9 en: al-Yarubiyah
    "Manbidschs Bäcker erhöhen die Brotpreise.",  # 10 de: Manbij, the genitive of its German spelling
]


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    reports = [(f"r{number}", "Report", body) for number, body in enumerate(REPORTS)]
    return index_of(tmp_path_factory.mktemp("names39"), reports, "2024-05-01")


@pytest.mark.parametrize("query, expected_in, expected_out", [
    ("Tabqa Dam", {"r0", "r1", "r2"}, {"r3"}),  # the town beside the dam's word, in French and Spanish
    ("al-Omar oil field", {"r4", "r6"}, {"r5"}),  # the name beside the field's word, not the footballer
    ("Ya‘rubiyah", {"r8", "r9"}, set()),
    ("Manbij", {"r10"}, set()),  # "Manbidschs": Manbidsch, the German spelling, in the genitive  # the typewriter's quote for an ayn, typed and written
])
def test_names39_sites(index, query, expected_in, expected_out):
    found = set(index.matching_ids(query))
    assert expected_in <= found and not expected_out & found


def test_a_river_is_no_town_a_site_is_named_after():
    from archive import search_data
    from indexer.fulltext.alias_keys import alias_table, name_key
    from indexer.fulltext.name_sites import site_parts

    search_data.provide()
    table = alias_table()
    assert site_parts("Euphrates dam", name_key("Euphrates dam"), table) is None  # any dam on the river
    assert "Tabqa" in site_parts("Tabqa Dam", name_key("Tabqa Dam"), table)[0]


def test_the_left_quote_joins_a_word():
    from indexer.names import MARKS, TOKEN_RE

    assert TOKEN_RE.findall("at Ya‘rubiyah and ‘quoted’ words") == ["at", "Ya‘rubiyah", "and", "quoted", "words"]
    assert MARKS.sub("", "Ya‘rubiyah") == "Yarubiyah"
