"""names37 (issue #17): held35's misses by family, tested on invented reports.

- A word that names a place's kind only beside a name of that kind (archive/data/name_kind_words.txt:
  Spanish and Italian "campo" beside a camp's name is the camp, elsewhere a field or the countryside):
  a qualifier search of a camp ("al-Hol camp") finds "el campo de al Hol", and "campo di al-Hol" typed
  is the camp's qualifier search; "campo" beside a town's name is left as typed.
- A qualifier naming a name's primary sense ("al-Hol camp") leaves out a report that writes the name only
  beside a word of its secondary sense ("the small town of Al Hol, a few kilometres from the camp fence":
  qualifier_senses.sense_guard).
- A name typed in Kurmanji's oblique that the alias table holds only in the nominative ("Holê", "Rojê":
  kurmanji_constructs.typed_obliques), or that only the sound-alikes reach (orthographies' Kurdish
  reading drops the ending: "Xiweyranê"), is searched as the name.
"""

from __future__ import annotations

import pytest

from conftest import index_of

REPORTS = [
    "En el campo de al Hol viven todavía miles de niños extranjeros.",  # 0 es: the camp
    "Nel campo di al-Hol mancano medicine e acqua pulita.",  # 1 it: the camp
    "Families in al-Hol camp queued for water.",  # 2 en: the camp, its English word
    "Los agricultores del campo de Raqqa esperan la lluvia.",  # 3 es: Raqqa's countryside, no camp
    "Li kampa Rojê zarok nexweş in.",  # 4 ku: the Roj camp
    "Malbatên girtiyan li ber girtîgeha Xiweyranê li bendê man.",  # 5 ku: the Ghuwayran prison
    "The bakery reopened after the holiday.",  # 6: nothing named
    "Detainees at Ghuwayran prison refused meals.",  # 7 en: the prison
    "Two women were flown home from Roj camp.",  # 8 en: the Roj camp
    "Traders in the small town of Al Hol, a few kilometres from the camp fence, lost customers.",  # 9: the town
    "Water reached al-Hol camp late; shops in the town of al-Hol stayed shut.",  # 10: the camp and the town
]


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    reports = [(f"r{number}", "Report", body) for number, body in enumerate(REPORTS)]
    return index_of(tmp_path_factory.mktemp("names37"), reports, "2024-05-01")


@pytest.mark.parametrize("query, expected", [
    ("al-Hol camp", {"r0", "r1", "r2", "r10"}),  # campo beside the camp's name is the camp; not the town's report
    ("campo di al-Hol", {"r0", "r1", "r2", "r10"}),  # typed: the camp's qualifier in every language
    ("al-Hol town", {"r9", "r10"}),  # the secondary sense asked: its word, as before
    ("Raqqa camp", set()),  # campo beside a town's name is no camp
    ("Holê", {"r0", "r1", "r2", "r9", "r10"}),  # Kurmanji's oblique typed: the name
    ("Rojê", {"r4", "r8"}),
    ("Xiweyranê", {"r5", "r7"}),  # the oblique of a spelling only the sound-alikes reach
])
def test_names37_kinds(index, query, expected):
    assert set(index.matching_ids(query)) == expected


def test_kind_words_table_is_written_from_the_data():
    from archive.extract.name_kind_words import table_text
    from indexer.fulltext import qualifier_kinds

    assert open(qualifier_kinds.__file__, encoding="utf-8").read() == table_text()
