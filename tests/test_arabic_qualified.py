"""An Arabic spelling of an entity Arabic writes only with its generic word (سد تشرين: the Tishrin dam)
is its full name, as "Tishrin dam" is: the bare Latin names (Tishreen: also a newspaper, a month) are
searched with their generic word (name_phrases._arabic_qualified); where Arabic writes the name bare
too (الهول), an Arabic spelling with مخيم still finds the bare Latin name."""

from archive import search_data
from conftest import index_of

REPORTS = [
    ("dam", "Water levels", "Engineers at the Tishrin Dam on the Euphrates warned of low water."),
    ("paper", "Bread prices", "Bread prices rose 40 percent last year, the state daily Tishreen reported."),
    ("dam_ar", "سد تشرين", "حذر مهندسون في سد تشرين من انخفاض منسوب المياه."),
    ("hol", "Aid", "Aid reached al-Hol after the storm."),
]


def _found(index, query):
    return set(index.matching_ids(query))


def test_an_arabic_full_name_searches_the_bare_latin_names_with_their_word(tmp_path):
    search_data.provide()
    index = index_of(tmp_path, REPORTS)
    assert _found(index, "سد تشرين") == {"dam", "dam_ar"}
    assert _found(index, '"سد تشرين"') == {"dam", "dam_ar"}
    assert _found(index, "Tishrin dam") == {"dam", "dam_ar"}
    assert "hol" in _found(index, "مخيم الهول")  # Arabic writes الهول bare: unchanged


def test_a_qualifier_of_two_words_asks_for_both(tmp_path):
    """"Omar oil field", unquoted: the name AND oil AND field, as every word typed (the gazetteer's
    "al-Omar field" is a spelling, but a report that never says "oil" is not asked for)."""
    search_data.provide()
    index = index_of(tmp_path, [
        ("oil", "Drones", "Air defences at the al-Omar oil field intercepted two drones."),
        ("field", "Drones", "Air defences at Omar field intercepted two drones."),
    ])
    assert _found(index, "Omar oil field") == {"oil"}
    assert _found(index, "Omar field") == {"oil", "field"}


def test_a_spelling_indexed_as_an_english_word_is_not_searched(tmp_path):
    """"al-Hoot" (the al-Hout prison) indexes as "hot": "hot" typed is the word, al-Hout the prison."""
    search_data.provide()
    index = index_of(tmp_path, [
        ("weather", "Heat", "The hot weather kept markets closed."),
        ("prison", "Prison", "Inmates of the al-Hout prison in Nasiriyah went on hunger strike."),
    ])
    assert _found(index, "hot") == {"weather"}
    assert _found(index, "al-Hout") == {"prison"}
