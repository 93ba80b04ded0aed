"""names35 (issue #17): held34's misses by family, tested on invented reports.

- Turkish writes an Arabic waw as v at a word's start too, sh as ş and j as c, all at once (Washokani: Vaşokani;
  Jaqjaq: Çaqçaq). The archive's words so written are a gazetteer spelling's alikes
  (orthographies.foreign_keys).
- An Arabic name typed whose entity's Latin spellings the archive holds none of as written keeps them in
  the search, so the sound-alikes find the archive's spelling alike (كتائب حزب الله: "Kataeb Hezbollah";
  name_phrases.HeldTable), as a Latin name typed does.
"""

from __future__ import annotations

import pytest

from conftest import index_of

REPORTS = [
    "Hadschin liegt am Euphrat.",  # 0 de: Hajin, no genitive
    "Vaşokani kampında su sıkıntısı sürüyor.",  # 1 tr: the Washokani camp in Turkish letters
    "Sein neuer Bürgermeister wurde ernannt.",  # 2 de: nothing named
    "Jets struck Kataeb Hezbollah positions near the border.",  # 3: a transliteration the gazetteer lacks
    "The bakery reopened after the holiday.",  # 4: nothing named
    "Prices of bread rose in the market.",  # 5: nothing named
    "Sewage still flows into the Çaqçaq south of the town.",  # 6: the Jaghjagh river in Turkish letters (c for j)
]


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    reports = [(f"r{number}", "Report", body) for number, body in enumerate(REPORTS)]
    return index_of(tmp_path_factory.mktemp("names35"), reports, "2024-05-01")


@pytest.mark.parametrize("query, expected", [
    ("Washokani", {"r1"}),  # Turkish v for waw at the word's start, ş for sh
    ("Jaghjagh", {"r6"}),  # Turkish c for j (the gazetteer's Jaqjaq: Çaqçaq)
    ("كتائب حزب الله", {"r3"}),  # the Arabic name: the archive's Latin spelling alike
])
def test_names35_spellings(index, query, expected):
    assert set(index.matching_ids(query)) == expected

