"""names34 (issue #17): held33's misses by family, across scripts and in the qualifier's words, tested on
invented reports.

- Sorani and Persian write an Arabic place name by sound, without the article (ص -> س: الموصل is
  موسڵ): the gazetteer's one-word Arabic spellings of places so respelt are spellings too
  (persian_spellings), so either script finds the other.
- The rivers' Persian and Sorani names (رود دجله, ڕووباری دیجلە) are gazetteer spellings.
- A Latin name typed bare that the gazetteer writes only with generic words finds its other Latin
  transliterations with them ("Suwaydiyah": "the Sweidiyeh gas plant"; headed_names.latin_headed_names),
  and a gas field's plant is the field's (as Conoco's is).
- The qualifier's Persian and Sorani words before a name (رود, ڕووباری).
"""

from __future__ import annotations

import pytest

from conftest import index_of

REPORTS = [
    "ئاوی ڕووباری دیجلە لە نزیک شاری موسڵ کەم بووەتەوە.",  # 0 ckb: the Tigris and Mosul in Sorani
    "Fishermen say the Tigris is lower than last summer.",  # 1: the Tigris in Latin
    "أعلنت بلدية الموصل إعادة فتح الجسر القديم.",  # 2 ar: Mosul in Arabic
    "Engineers restarted the Sweidiyeh gas plant after a week.",  # 3: the field's plant, another spelling
    "The bakery reopened after the holiday.",  # 4: nothing named
    "سطح آب رود دجله پایین آمده است.",  # 5 fa: the Tigris in Persian, its word for river before it
]


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    reports = [(f"r{number}", "Report", body) for number, body in enumerate(REPORTS)]
    return index_of(tmp_path_factory.mktemp("names34s"), reports, "2024-05-01")


@pytest.mark.parametrize("query, expected, not_expected", [
    ("Mosul", {"r0", "r2"}, {"r4"}),  # the Sorani report's موسڵ
    ("الموصل", {"r0", "r2"}, {"r4"}),
    ("موسڵ", {"r0", "r2"}, {"r4"}),  # typed in Sorani: the Arabic report too
    ("Tigris", {"r0", "r1", "r5"}, {"r4"}),  # the river in Sorani and in Persian
    ("Tigris river", {"r0", "r5"}, {"r4"}),  # the qualifier's Persian and Sorani words
    ("Suwaydiyah", {"r3"}, {"r4"}),
])
def test_names34_scripts(index, query, expected, not_expected):
    found = set(index.matching_ids(query))
    assert found >= expected
    assert not found & not_expected


def test_persian_spelling_by_rule():
    from indexer.fulltext.persian_spellings import persian_spelling

    assert persian_spelling("الموصل") == "موسل"
    assert persian_spelling("الرطبة") == ""  # رتبة, "rank": a stem of common words
    assert persian_spelling("صلاح الدين") == ""  # several words: translated or joined, never respelt apart
    assert persian_spelling("الحسكة") == ""  # no letter changes
