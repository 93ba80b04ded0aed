"""names27: families read off held26's misses (texts written for the tests): a Sorani qualifier with
its ezafe (دەروازەی سێمالکا, "the Semalka crossing"; کەمپی هۆل, "the Hol camp"), another transliteration of
a tribe (Jbour), and a past verb right after a place ending its placing."""

from names_index import index_bodies


def test_a_crossings_sorani_name_finds_it_in_both_scripts(tmp_path):
    index = index_bodies(tmp_path, {
        "arabic": "أعيد فتح معبر سيمالكا أمام الطلاب.",
        "english": "Lorries queued for a day at the Simalka crossing.",
        "other": "The Rabia crossing stayed closed.",
    })
    assert set(index.matching_ids("دەروازەی سێمالکا")) == {"arabic", "english"}


def test_a_sorani_qualifier_with_its_ezafe_finds_the_camp(tmp_path):
    index = index_bodies(tmp_path, {
        "arabic": "غادرت عائلات مخيم الهول صباح اليوم.",
        "english": "Families left al-Hawl on Monday.",
        "other": "غادرت عائلات مخيم روج.",
    })
    assert set(index.matching_ids("کەمپی هۆل")) == {"arabic", "english"}
    assert set(index.matching_ids("کەمپی ڕۆژ")) == {"other"}


def test_a_tribes_other_transliteration(tmp_path):
    index = index_bodies(tmp_path, {
        "jbour": "Elders of the Jbour signed the guarantee.",
        "jubur": "A Jubur sheikh mediated.",
        "other": "The Shammar elders met.",
    })
    assert set(index.matching_ids("al-Jabour")) == {"jbour", "jubur"}


def test_a_verb_right_after_a_place_ends_its_placing(tmp_path):
    """placed_elsewhere: "traders in Girê Spî complained about fees at Akçakale": Akçakale is where
    the fees are, not where Girê Spî is; "Derik, a district of Mardin province in Turkey" stays placed."""
    index = index_bodies(tmp_path, {
        "here": "Traders in Girê Spî complained about new customs fees at Akçakale.",
        "abroad": "Derik, a district of Mardin province in Turkey, held a festival.",
        "derik": "Shops in Derik reopened.",
    })
    assert set(index.matching_ids("Tal Abyad")) == {"here"}
    assert set(index.matching_ids("Derik")) == {"derik"}
