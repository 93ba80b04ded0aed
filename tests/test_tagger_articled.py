"""The import's entity tagger follows the search's rule for Arabic place names the gazetteer writes
only with the article (indexer/arabic_whole_names.py ARTICLED): written bare, the word is another word
(هول "horror", the given name فرات), so no mention is tagged; with the article, or after و ب ل before
it, it is the place. Sentences written for this test."""

from archive.extract.entities import find_entities
from indexer.names import fold_word


def test_bare_articled_words_are_not_tagged():
    assert fold_word("هول") == fold_word("الهول")  # the tagger's fold alone would take one for the other
    assert find_entities("تحدثت النساء عن هول الأيام الأولى") == {}
    assert find_entities("وصل المهندس فرات إلى المدينة صباحا") == {}


def test_the_names_with_their_article_are_tagged():
    assert "place:al-hol-camp" in find_entities("عادت عائلات من مخيم الهول إلى قراها")
    assert "place:al-hol-camp" in find_entities("عائلات عادت من الهول وأخرى بقيت")
    assert "place:euphrates" in find_entities("ارتفع منسوب نهر الفرات هذا الشهر")
    assert "place:euphrates" in find_entities("قرى على ضفتي والفرات")
