"""names26: held25's query families (texts written for the tests): a name typed in capitals before its
generic word is the name and a qualifier, not an acronym and its description ("ROJ camp" as "Roj camp";
"UN refugee agency" stays a whole name)."""

from names_index import index_bodies


def test_a_name_in_capitals_with_its_generic_word_is_no_acronym(tmp_path):
    index = index_bodies(tmp_path, {
        "camp": "Guards at Roj camp turned back the visitors.",
        "apart": "Roj and two other camps were short of water.",
        "agency": "The UN refugee agency sent tents to Arsal.",
    })
    assert set(index.matching_ids('"ROJ camp"')) == set(index.matching_ids('"Roj camp"')) == {"camp"}
    assert "agency" in set(index.matching_ids('"UN refugee agency"'))
    from indexer.fulltext.generic_words import described_acronym

    assert described_acronym("UN refugee agency")
    assert not described_acronym("ROJ camp")

