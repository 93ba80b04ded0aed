"""names23: spellings read off held22's missed reports: a German name written without umlauts (a rule)
and real spellings added to the gazetteer (texts written for the tests)."""

from names_index import index_bodies

from indexer.fulltext.alias_keys import umlauts_spelt


def test_umlauts_spelt_out():
    assert umlauts_spelt("Ärzte ohne Grenzen") == "Aerzte ohne Grenzen"
    assert umlauts_spelt("Welternährungsprogramm") == "Welternaehrungsprogramm"
    assert umlauts_spelt("Suriye Demokratik Güçleri") == ""  # Turkish: ü is never ue
    assert umlauts_spelt("Qamishli") == ""


def test_a_german_name_written_without_umlauts_is_found(tmp_path):
    index = index_bodies(tmp_path, {
        "plain": "Aerzte ohne Grenzen opened a clinic in Raqqa.",
        "english": "Doctors Without Borders opened a clinic in Raqqa.",
    })
    assert set(index.matching_ids("MSF")) == {"plain", "english"}
    assert set(index.matching_ids("Ärzte ohne Grenzen")) == {"plain", "english"}


def test_spellings_added_to_the_gazetteer(tmp_path):
    """Peshkhabur (Faysh Khabur), Dair az-Zaur (German: Deir ez-Zor), Rojawa (Sorani: Rojava), MSD, the
    Kurdish acronym of the Syrian Democratic Council (Meclisa Sûriya Demokratîk), and Revolution Dam."""
    index = index_bodies(tmp_path, {
        "pesh": "Trucks waited at Peshkhabur for a second day.",
        "dair": "Ein Gericht in Koblenz verhandelte über Taten in Dair az-Zaur.",
        "rojawa": "Activists from Sulaimani travelled to Rojawa for the elections.",
        "msd": "MSD co-chairs met tribal elders in Raqqa.",
        "dam": "Engineers at the Tabqa Dam asked for spare turbine parts.",
    })
    assert set(index.matching_ids("Faysh Khabur")) == {"pesh"}
    assert set(index.matching_ids("Deir ez-Zor")) == {"dair"}
    assert set(index.matching_ids("Rojava")) == {"rojawa"}
    assert set(index.matching_ids("Syrian Democratic Council")) == {"msd"}
    assert set(index.matching_ids("Revolution Dam")) == {"dam"}  # al-Thawra Dam in English
