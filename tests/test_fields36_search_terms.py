"""A monitoring export's tags column that repeats the search's terms on every row is no story's tags
(issue #13, round 36: archive/extract/tag_columns.search_terms). Values written for the test."""

from archive.extract.tag_columns import search_terms


def test_one_list_on_every_row_is_the_search():
    assert search_terms(["Hasakah, prison", "Hasakah, prison", "hasakah; Prison", "Hasakah,prison"])
    assert search_terms([["al-Hol", "camp"], ["camp", "al-Hol"], ["AL-HOL", "camp"]])
    assert search_terms(["Roj", "", "Roj", None, "Roj"])  # rows without tags say nothing


def test_tags_that_differ_from_story_to_story_are_the_stories():
    assert not search_terms(["Syria, courts", "Iraq, returns", "Syria, courts"])
    assert not search_terms([["al-Hol"], ["al-Hol", "fire"], ["al-Hol"]])


def test_too_few_rows_say_nothing():
    assert not search_terms(["Syria, prisons", "Syria, prisons"])
    assert not search_terms([])
    assert not search_terms(["", None, ""])
