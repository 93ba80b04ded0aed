"""names30: a name's qualifier in the languages of the press (texts written for the tests). A search for
a name with its generic word finds the word written in German, Turkish, French, Kurmanji or Arabic beside
the name (a Provinz, a vilayet; a Gefängnis, a cezaevi; a Lager, a kamp); a
quoted phrase and a word away from a name keep their letters."""

import pytest

from names_index import index_bodies


@pytest.fixture(autouse=True)
def _qualifiers_in_every_language(monkeypatch):
    """The method as built (off by default until the judged sets agree: aliases.QUALIFIER_LANGUAGES)."""
    from indexer.fulltext import aliases

    monkeypatch.setattr(aliases, "QUALIFIER_LANGUAGES", True)


def test_a_qualifier_in_the_languages_of_the_press(tmp_path):
    index = index_bodies(tmp_path, {
        "prov_de": "In der Provinz Idlib wurden Schulen geschlossen.",
        "prov_tr": "Idlib vilayeti genelinde okullar kapatıldı.",
        "city": "Shops reopened in Idlib on Sunday.",
        "jail_de": "Angehörige warteten vor dem Gefängnis Ghuwairan auf Nachricht.",
        "jail_tr": "Ghowairan cezaevinde bir isyan çıktı.",
        "lager": "Im Lager Rouj fehlt es an Wasser.",
        "kampi": "Rouj kampında su sıkıntısı yaşanıyor.",
        "roj": "Roj TV aired a concert.",
        "words": "A prison riot and a camp fire were reported in Aleppo province.",  # the archive holds the words
    })
    assert set(index.matching_ids("Idlib province")) == {"prov_de", "prov_tr"}
    assert set(index.matching_ids("Ghuwayran prison")) == {"jail_de", "jail_tr"}
    assert set(index.matching_ids("Roj camp")) == {"lager", "kampi"}


def test_only_a_qualifier_beside_a_name_is_asked_for_in_every_language():
    from archive import search_data
    from indexer.fulltext.aliases import expand_aliases

    search_data.provide()
    assert "provinz" in expand_aliases("Idlib province")[0]
    assert "provinz" not in expand_aliases('"Idlib province"')[0]
    assert "governorate^" in expand_aliases("Idlib province")[0]  # a near-synonym of the same kind (round 32)
    assert "city^" not in expand_aliases("Idlib province")[0]  # another kind: never
    assert expand_aliases("camp conditions")[0] == "camp conditions"



def test_the_table_matches_the_data():
    from archive.extract.qualifier_meanings import TABLE, table_text

    assert TABLE.read_text(encoding="utf-8") == table_text(), \
        "run: python -m archive.extract.qualifier_meanings (indexer/fulltext/qualifier_table.py is written from the data)"
