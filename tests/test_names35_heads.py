"""names35 (issue #17): a body named after a place, in the words of the press's other languages.

The gazetteer writes the Manbij Military Council in English and Manbij apart, with all its spellings; a
Turkish report writes "Menbiç Askeri Konseyi", a French one "Conseil militaire de Deir ez-Zor". The head's
forms are data (archive/data/name_heads.txt, written into indexer/fulltext/head_table.py), and every body
named after a place gets them with the place in each of its Latin spellings (head_forms, alias table).
"""

from __future__ import annotations

import pytest

from conftest import index_of

REPORTS = [
    "Menbiç'te SMO ile Menbiç Askeri Konseyi arasında çatışma çıktı.",  # 0 tr: the MMC, Manbij in Turkish
    "Des responsables du Conseil militaire de Deir ez-Zor ont rencontré une délégation.",  # 1 fr: the DMC
    "Der Militärrat von Manbij meldete Gefechte.",  # 2 de: the MMC, the head in German
    "Le conseil municipal de Paris a voté le budget.",  # 3 fr: another council, no place of the gazetteer
]


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    reports = [(f"r{number}", "Report", body) for number, body in enumerate(REPORTS)]
    return index_of(tmp_path_factory.mktemp("names35h"), reports, "2024-05-01")


@pytest.mark.parametrize("query, expected", [
    ("MMC", {"r0", "r2"}),
    ("Manbij Military Council", {"r0", "r2"}),
    ("DMC", {"r1"}),
    ("مجلس دير الزور العسكري", {"r1"}),  # across scripts: the Arabic name finds the French report
])
def test_body_named_after_a_place(index, query, expected):
    assert set(index.matching_ids(query)) == expected


def test_head_table_is_written_from_the_data():
    from archive.extract.gazetteer_tables import HEAD_TABLE, head_table_text

    assert HEAD_TABLE.read_text(encoding="utf-8") == head_table_text(), \
        "run: python -c 'from archive.extract.gazetteer_tables import write_head_table; write_head_table()'"


def test_only_a_place_named_before_the_head():
    from indexer.fulltext.head_forms import head_forms

    places = {"Manbij": ["Manbij", "Menbiç", "منبج"]}
    made = head_forms(["Manbij Military Council", "MMC"], lambda place: places.get(place, []))
    assert "Menbiç Askeri Konseyi" in made and "Conseil militaire de Manbij" in made
    assert not any("منبج" in form for form in made)  # Latin spellings of the place only
    assert head_forms(["Syriac Military Council"], lambda place: places.get(place, [])) == []
