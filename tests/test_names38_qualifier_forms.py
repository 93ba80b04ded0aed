"""names38 (issue #17): a qualifier typed or written in a form the table did not list, tested on invented
reports (no bench set's sentences).

- Swedish words and their definite forms on the qualifier table (lägret, fängelset, provinsen, dammen,
  oljefältet): "al-Hol camp" finds "i lägret al-Hol", and "lägret al-Hol" typed is the camp's search.
- A qualifier's word typed in the plural or a Turkish plural and case (archive/data/name_qualifier_endings.txt:
  "Ghuwayran prisons", "El Hol kampları") is the word's qualifier search.
- A Turkish word of the table ending in the possessive is asked for in its case forms too ("Afrin
  bölgesinden" for "Afrin region").
- A camp's kind by whom it shelters, typed before "camp" ([modifiers]: "al-Hol displacement camp"), is
  the camp's qualifier search.
- A name and a qualifier's word joined by a hyphen (German and Swedish compounds: "Tabka-Staudamm",
  "Roj-Lager") is the name with its qualifier; quoted, the name's spellings with the word as typed, not
  the entity's spellings with another word.
"""

from __future__ import annotations

import pytest

from conftest import index_of

REPORTS = [
    "I lägret al-Hol finns fortfarande utländska barn.",  # 0 sv: the camp
    "Families in al-Hol camp queued for water.",  # 1 en: the camp
    "Fängelset Ghuwayran i Hasaka fick nya murar.",  # 2 sv: the prison
    "Detainees at Ghuwayran prison refused meals.",  # 3 en: the prison
    "Hol kampında yeni bir klinik açıldı.",  # 4 tr: the camp
    "YPG güçleri Afrin bölgesinden çekildi.",  # 5 tr: the Afrin region
    "Farmers across the Afrin region lost their olives.",  # 6 en: the Afrin region
    "Die Turbinen am Tabka-Staudamm stehen still.",  # 7 de: the Tabqa dam, a compound
    "Water behind the Tabqa dam fell two metres.",  # 8 en: the Tabqa dam
    "Im Roj-Lager leben noch Frauen aus Europa.",  # 9 de: the Roj camp, a compound
    "Two women were flown home from Roj camp.",  # 10 en: the Roj camp
    "The bakery reopened after the holiday.",  # 11: nothing named
]


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    reports = [(f"r{number}", "Report", body) for number, body in enumerate(REPORTS)]
    return index_of(tmp_path_factory.mktemp("names38"), reports, "2024-05-01")


@pytest.mark.parametrize("query, expected", [
    ("al-Hol camp", {"r0", "r1", "r4"}),  # Swedish "lägret" is the camp's word
    ("lägret al-Hol", {"r0", "r1", "r4"}),  # typed: the camp's qualifier in every language
    ("Ghuwayran prison", {"r2", "r3"}),  # Swedish "fängelset"
    ("Ghuwayran prisons", {"r2", "r3"}),  # the plural typed: the prison's qualifier search
    ("El Hol kampları", {"r0", "r1", "r4"}),  # a Turkish plural and possessive typed
    ("al-Hol displacement camp", {"r0", "r1", "r4"}),  # the camp's kind typed before its word
    ("Afrin region", {"r5", "r6"}),  # Turkish "bölgesinden": the possessive in the ablative
    ("Tabka-Staudamm", {"r7", "r8"}),  # a compound typed: the dam's qualifier search
    ('"Tabka-Staudamm"', {"r7"}),  # quoted: the words as typed, not "Tabqa dam"
    ("Roj-Lager", {"r9", "r10"}),
    ("Tabqa dam", {"r7", "r8"}),  # German "Staudamm" in a report's compound
])
def test_names38_qualifier_forms(index, query, expected):
    assert set(index.matching_ids(query)) == expected
