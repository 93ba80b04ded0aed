"""names31 (issue #17): held30's misses by family, tested on invented reports.

- Spanish writes kh as j and jim as y (Jmeimim, Janaqin, Menbiy): read back, only where the reading
  writes a known name letter for letter (orthographies.EXACT_ORTHOGRAPHIES).
- Kurmanji's oblique -yê on any place's name ending in a vowel (Basrayê), and on the last word of a
  Kurdish name of several words (Girê Spîyê) (alias_keys.kurmanji_obliques).
- A name typed with underscores, as a hashtag or an address writes it (Deir_ez_Zor) (aliases._underscored).
- A qualifier in a Romance language or Dutch with its "of" before the name ("camp de Rukban", "kamp van
  Rukban") (qualifier_meanings._OF).
- The administration's short names in the press's other languages, search-only (gazetteer.txt).
- Kurmanji's oblique ending on an acronym in capitals (YPGê) is no part of it (analysis.AcronymFilter).
- An acronym of at most four capitals kept cased by the index (ANS) is the name only in capitals, as the
  gazetteer's rule says: the French "ans" (years) is no Syrian National Army (analysis.name_form).
"""

from __future__ import annotations

import pytest

from conftest import index_of

REPORTS = [
    "La base rusa de Jmeimim recibió nuevos aviones de combate.",  # 0 es: Hmeimim
    "Russian jets landed again at Hmeimim air base on Tuesday.",  # 1
    "Los desplazados llegaron a Janaqin tras los bombardeos.",  # 2 es: Khanaqin
    "Aid convoys reached Khanaqin near the Iranian border.",  # 3
    "Las milicias entraron en Menbiy al amanecer.",  # 4 es: Manbij
    "Malbatên koçber niha li Basrayê dijîn.",  # 5 ku: Basra
    "The port of Basra reopened after the storm.",  # 6
    "Li Girê Spîyê bazar careke din hat vekirin.",  # 7 ku: Tal Abyad
    "Traders in Tell Abyad said prices doubled.",  # 8
    "Deir ez-Zor's council met on Sunday.",  # 9
    "Le camp de Rukban manque d'eau depuis des semaines.",  # 10 fr
    "Families in the Rukban camp asked for bread.",  # 11
    "Het kamp van Rukban krijgt geen hulp meer.",  # 12 nl
    "Rukban residents said the road was closed.",  # 13: no qualifier
    "Die Selbstverwaltung kündigte neue Wahlen in Nordsyrien an.",  # 14 de: the administration
    "Het Autonoom Bestuur opende een nieuwe school.",  # 15 nl
    "The AANES announced a curfew.",  # 16
    "A jam in the market slowed the traffic.",  # 17
    "Dix ans après la bataille, la ville reste en ruines.",  # 18 fr: "ans" (years), no ANS
    "Les combattants de l'ANS ont avancé vers la ville.",  # 19 fr: the Syrian National Army
    "Li Amûdê şervanên YPGê civiyan.",  # 20 ku: an acronym with Kurmanji's oblique ending
    "YPG fighters gathered near the border.",  # 21
]


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    reports = [(f"r{number}", "Report", body) for number, body in enumerate(REPORTS)]
    return index_of(tmp_path_factory.mktemp("names31"), reports, "2024-05-01")


@pytest.mark.parametrize("query, expected", [
    ("Hmeimim", {"r0", "r1"}),  # Spanish j for kh
    ("Khanaqin", {"r2", "r3"}),
    ("Manbij", {"r4"}),  # Spanish y for a final jim
    ("Basra", {"r5", "r6"}),  # Kurmanji oblique, a name in no Kurdish letters
    ("Tal Abyad", {"r7", "r8"}),  # the oblique on a Kurdish name's last word
    ("Deir_ez_Zor", {"r9"}),  # a hashtag's underscores
    ("camp de Rukban", {"r10", "r11", "r12"}),  # the French qualifier with its "of"
    ("kamp van Rukban", {"r10", "r11", "r12"}),
    ("AANES", {"r14", "r15", "r16"}),
    ("SNA", {"r19"}),  # a short acronym only in capitals: not the French "ans"
    ("YPG", {"r20", "r21"}),  # YPGê
])
def test_names31_families(index, query, expected):
    assert set(index.matching_ids(query)) == expected


def test_spanish_reading_only_exact_and_no_english_word():
    from indexer.fulltext.orthographies import exact_readings, read_exactly

    assert exact_readings("Jmeimim") == ["khmeimim"] and exact_readings("Menbiy") == ["menbij"]
    assert read_exactly("Khanaqin", "janaqin") and not read_exactly("Khanaqin", "janaqan")
    assert not read_exactly("Kam", "jam")  # an English word is no reading


def test_underscores_read_as_spaces_only_in_names():
    from indexer.fulltext.aliases import expand_aliases

    assert '"Tell Abyad"' in expand_aliases("Tal_Abyad")[0]
    assert expand_aliases("snake_case")[0] == "snake_case"
    assert expand_aliases("title:Deir_ez_Zor")[0] == "title:Deir_ez_Zor"
