"""names32 (issue #17): held31's misses by family, tested on invented reports and names held31 does not use.

- A quoted phrase of a name and its qualifier matches only where the name, in any spelling, stands with
  the same words around it, in that order: no spelling that writes the kind at the other end, with other
  kind words ("al-Tanak oil field" for "Tanak field") or in Arabic script (name_phrases.same_words).
- A qualifier's near-synonyms, the same kind in other words, are asked for with it (the lead's
  convention of round 32; archive/data/name_qualifiers.txt): jail = prison, barrage = dam, governorate =
  province (Turkish ili), town = city, border gate = crossing. A qualifier of another kind is not.
- Kurmanji writes a place after its kind's construct form, the name in the oblique ("kampa Holê",
  "girtîgeha Chirkinê"): a spelling of the place as those two words, where the oblique alone is also a
  word ("Holê" indexes as English "hole") (kurmanji_constructs).
"""

from __future__ import annotations

import pytest

from conftest import index_of

REPORTS = [
    "Families in Mahmoudli camp received winter tents.",  # 0
    "نقل مئات النازحين إلى مخيم المحمودلي شرق الرقة.",  # 1 ar: the camp, its word in Arabic
    "Guards at the al-Tanak oil field were attacked at night.",  # 2: an oil field
    "Workers repaired the pumps at the Tanak field this week.",  # 3
    "Three men escaped from the Chirkin jail overnight.",  # 4: jail for prison
    "Le barrage de Mosul inquiète les ingénieurs.",  # 5 fr: barrage, the dam
    "Idlib ili genelinde elektrik kesintisi yaşandı.",  # 6 tr: the province, "ili"
    "Li kampa Holê nexweşxaneyek nû hat vekirin.",  # 7 ku: al-Hol camp, the construct and the oblique
    "Food prices rose in the market of Mosul city.",  # 8: the city, not the dam
    "Workers fixed a hole in the fence of the school.",  # 9: English "hole", no al-Hol
]


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    reports = [(f"r{number}", "Report", body) for number, body in enumerate(REPORTS)]
    return index_of(tmp_path_factory.mktemp("names32"), reports, "2024-05-01")


@pytest.mark.parametrize("query, expected", [
    ('"Mahmudli camp"', {"r0"}),  # not the Arabic مخيم المحمودلي: other words around the name
    ('"Tanak field"', {"r3"}),  # not "al-Tanak oil field": the words typed, no more
    ("Chirkin prison", {"r4"}),  # jail: a prison in other words
    ("Mosul dam", {"r5"}),  # the French barrage; not "Mosul city" (another kind)
    ("Idlib province", {"r6"}),  # Turkish "Idlib ili"
    ("al-Hawl", {"r7"}),  # "kampa Holê": the camp's name in the oblique ("Holê" alone indexes as "hole")
    ("al-Hol camp", {"r7"}),
    ('"kampa Hol"', {"r7"}),
])
def test_names32_families(index, query, expected):
    assert set(index.matching_ids(query)) == expected
