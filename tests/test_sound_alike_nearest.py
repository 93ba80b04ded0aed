"""A word sounds like one name (names16): where its sound-alikes are spellings of two entities, the one
further from the word is left out ("Bouseira": Busayrah, not Bosra; "Suwaidiyah": the archive's
Suwaydiyah, not the city Suwayda): sound_alikes._nearest_entity."""

from names_index import index_bodies


def test_the_nearest_entity_alone(tmp_path):
    index = index_bodies(tmp_path, {
        "sweida": "Protesters gathered again in Sweida, the Druze-majority city also spelled Suwayda.",
        "village": "Shelling hit the Suwaydiyah oil field on Sunday.",
        "bosra": "Bosra's Roman theatre in Daraa province is being restored.",
        "busayrah": "Clashes broke out in Busayrah on the Euphrates.",
    })
    assert set(index.matching_ids("Bouseira")) == {"busayrah"}
    assert set(index.matching_ids("Suwaidiyah")) == {"village"}
    assert set(index.matching_ids("Sweida")) == {"sweida"}  # a known name: its own spellings


def test_a_sound_alike_that_names_a_site_is_the_site(tmp_path):
    """sound_alikes._named_site: "Nawroz" finds the archive's "Newroz" as "Newroz" typed does, the camp
    (generic_words.named_with_generic), not the festival."""
    index = index_bodies(tmp_path, {
        "camp": "Families moved to Newroz camp near Derik.",
        "festival": "Kurds in London celebrated Newroz with bonfires.",
    })
    assert set(index.matching_ids("Newroz")) == {"camp"}
    assert set(index.matching_ids("Nawroz")) == {"camp"}
    assert set(index.matching_ids("newruz")) == {"camp"}
