"""names23: acronyms read off held22's wrong and missed reports (texts written for the tests)."""

from names_index import index_bodies


def test_a_two_letter_acronym_defined_in_brackets_as_something_else(tmp_path):
    """acronym_meanings._pairs: an acronym of two capitals in brackets (PAIRS of indexer/acronym_names.py)
    whose words before it spell it otherwise ("Economic Index (EI)") is not the gazetteer's EI; the entity's
    own words ("l'Etat islamique (EI)") keep it."""
    index = index_bodies(tmp_path, {
        "index": "The bank's Economic Index (EI) rose for a third month.",
        "own": "Des combattants de l'Etat islamique (EI) ont attaqué un poste près de Raqqa.",
        "bare": "EI fighters attacked a checkpoint near Raqqa.",
    })
    assert set(index.matching_ids("EI")) == {"own", "bare"}
    assert set(index.matching_ids("ISIS")) == {"own", "bare"}


def test_an_acronym_gets_no_archive_word_one_edit_from_it(tmp_path):
    """name_alikes.archive_alikes: the archive's words one edit from a spelling are read only from spellings
    that are no acronym: "Annes" (St Anne's) is no spelling of AANES."""
    index = index_bodies(tmp_path, {
        "anne": "The maternity ward at St Annes hospital in York was refurbished.",
        "aanes": "The AANES opened a school in Raqqa.",
    })
    assert set(index.matching_ids("AANES")) == {"aanes"}
