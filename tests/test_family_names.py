"""A place's name as a family's surname is no mention of the place (names16): "the Derik family from Ohio",
"a café run by the Hajeen family" (person_names._FAMILY, through placed_elsewhere); a title that is the
body's first words cut short does not keep the word a mention."""

from conftest import index_of
from names_index import index_bodies


def test_family_surname_is_no_place(tmp_path):
    index = index_bodies(tmp_path, {
        "family": "The Derik family from Ohio donated a library to their town.",
        "both": "The Derik family fled Derik in 2019 after shelling.",
        "town": "A Derik family of five returned home after the shelling.",
        "plain": "Shelling hit Derik on Sunday.",
    })
    assert set(index.matching_ids("Derik")) == {"both", "town", "plain"}


def test_title_cut_from_the_body_keeps_no_mention(tmp_path):
    index = index_of(tmp_path, [
        ("cafe", "A café run by the Hajeen", "A café run by the Hajeen family in Dearborn, Michigan, turned 20."),
        ("town", "Hajeen shelled", "Shelling hit Hajeen and nearby villages."),
    ])
    assert set(index.matching_ids("Hajin")) == {"town"}
