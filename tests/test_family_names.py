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


def test_a_word_kept_as_a_name_inside_a_persons_name(tmp_path):
    """person_names._name_words holds the words kept as names where capitalised (indexer/cased_names.py):
    "a worker named Derrick Hales" is no Derik, as "the striker Firat Demirel" is no Euphrates."""
    index = index_bodies(tmp_path, {
        "worker": "A rig collapsed near Midland, Texas, injuring a worker named Derrick Hales.",
        "town": "Shelling hit Derik on Sunday.",
    })
    assert set(index.matching_ids("Derrick")) == {"town"}


def test_a_family_name_with_its_article(tmp_path):
    """person_names._RUN: the last word of a person's name may hold its article ("Sara al-Omar", "Yasmin Al
    Omar"); "the owner Al Hol" is no person (one word besides the article)."""
    index = index_bodies(tmp_path, {
        "novelist": "Novelist Sara al-Omar, from Amman, won a regional prize for her debut book.",
        "architect": "London architect Yasmin Al Omar won a prize for a library.",
        "field": "Drones hit the al-Omar oil field on Sunday.",
    })
    assert set(index.matching_ids("al-Omar")) == {"field"}
    assert set(index.matching_ids("Omar")) == {"field"}


def test_a_surname_alone_after_a_role(tmp_path):
    """person_words: the surname of a person's name the report gives, written alone after a role word
    ("Portuguese striker Sousa" over "Striker Tiago Sousa scored"), is the person's too."""
    index = index_of(tmp_path, [
        ("striker", "Portuguese striker Sousa", "Striker Tiago Sousa scored twice for his Lisbon club."),
        ("town", "Shelling in as-Sousa", "Shelling hit as-Sousa near the Iraqi border."),
    ])
    assert set(index.matching_ids("Sousa")) == {"town"}
