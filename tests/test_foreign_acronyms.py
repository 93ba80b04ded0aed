"""Another language's acronym of a body, written alone in an English report set abroad, is another thing's
(names16): "Morocco's PAM party" is no WFP, "EI benefits in Ontario" no ISIS (bodies_abroad.foreign_alone,
indexer/foreign_acronyms.py written from the gazetteer by archive.extract.acronym_languages)."""

from names_index import index_bodies

from archive.extract.acronym_languages import foreign_acronyms, foreign_acronyms_module


def test_the_written_table_matches_the_gazetteer():
    from pathlib import Path

    import indexer

    assert (Path(indexer.__file__).parent / "foreign_acronyms.py").read_text(encoding="utf-8") == foreign_acronyms_module()
    found = foreign_acronyms()
    assert {"PAM", "SDG", "SMO", "EI", "FDS", "CICR"} <= set(found)
    # an English name's acronym, or a body English writes by its foreign acronym alone, is not listed
    assert not {"WFP", "SDF", "SNA", "ICRC", "ISIL", "MSF", "PKK", "YPG"} & set(found)


def test_foreign_acronym_set_abroad_is_another_thing(tmp_path):
    index = index_bodies(tmp_path, {
        "morocco": "Morocco's PAM party chose a new secretary-general at its congress in Bouznika.",
        "ontario": "Applications for EI benefits rose in Ontario, the agency in Canada said.",
        "raqqa": "The PAM said it would cut rations in Raqqa next month.",
        "french": "A French report said the FDS had handed over ten orphans to their grandparents.",
        "alone": "The CICR said it had visited detainees in several facilities.",
        "le_pam": "Le PAM a réduit les rations des familles déplacées au Maroc.",
    })
    assert set(index.matching_ids("WFP")) == {"raqqa", "le_pam"}
    assert set(index.matching_ids("PAM")) == {"raqqa", "le_pam"}
    assert "ontario" not in set(index.matching_ids("ISIS"))
    assert set(index.matching_ids("SDF")) == {"french"}
    assert set(index.matching_ids("ICRC")) == {"alone"}


def test_acronym_before_another_name_is_another_thing(tmp_path):
    """bodies_abroad.before_a_name: an acronym written right before a capitalised word that is no English
    word and begins no gazetteer name, in a report of nothing of the region, is a brand's or a club's."""
    index = index_bodies(tmp_path, {
        "car": "A restored DMC DeLorean drew crowds at a car show in Belfast.",
        "club": "KRC Genk beat Anderlecht in the Belgian league.",
        "council": "DMC fighters deployed to Busayrah after tribal clashes.",
        "commander": "DMC Commander Abu Khawla said the council would hold talks.",
        "crescent": "KRC Hasakah teams delivered insulin.",
    })
    assert set(index.matching_ids("DMC")) == {"council", "commander"}
    assert set(index.matching_ids("Kurdish Red Crescent")) == {"crescent"}
