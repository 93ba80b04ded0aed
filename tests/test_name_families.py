"""Spelling families the rules join (issue #17, names round after held6): a vowel left out or ذ
written z (the gazetteer's consonants), another language's vowels and digraphs in an archive word
(French "ch" and "é"), a short name run together, and an outlet's other spellings kept apart from
the town it is named after. The reports here are written for these tests."""

import pytest

from archive import search_data
from indexer.fulltext.name_alikes import gazetteer_alikes
from indexer.fulltext.name_phrases import joined_key
from indexer.fulltext.variants import name_key
from tests.conftest import index_of


@pytest.fixture(autouse=True, scope="module")
def _names():
    search_data.provide()


def test_a_vowel_left_out_or_dhal_written_z_is_the_gazetteer_spelling():
    assert "qamishli" in gazetteer_alikes("qamshli")  # a vowel left out: the key changes, not the consonants
    assert "alladhiqiyah" in gazetteer_alikes("lazikiyah")  # ذ as z (and q as k)
    assert gazetteer_alikes("market") == []


def test_a_known_name_finds_a_rare_spelling_of_another_language(tmp_path):
    index = index_of(tmp_path, [
        ("fr", "Marché", "Le marché de Kameshliyé a rouvert ses portes samedi."),
        ("en", "Market", "The market in Qamishli reopened on Saturday."),
        ("uk", "Rain", "A Breton fisherman said rain fell all week."),
        ("gb", "Weather", "Rain fell across Britain all week."),
    ])
    assert set(index.matching_ids("Qamishli")) == {"fr", "en"}
    # an English-looking word of the same consonants, short and two edits away, is not a spelling
    assert set(index.matching_ids("Britain")) == {"gb"}


def test_a_short_name_run_together_is_read(tmp_path):
    assert joined_key("ainissa") == name_key("Ain Issa")
    assert joined_key("another") is None
    index = index_of(tmp_path, [("a", "Road", "The road to Ain Issa reopened."), ("b", "Other", "Nothing here.")])
    assert index.matching_ids("ainissa") == ["a"]


def test_an_outlet_named_after_a_town_is_not_the_town_in_any_of_its_spellings(tmp_path):
    index = index_of(tmp_path, [
        ("tv", "Broadcast", "A talk show on Al Mayadeen television discussed fuel prices."),
        ("town", "Market", "Traders in al-Mayadin said fuel prices rose."),
    ])
    assert index.matching_ids("Mayadin") == ["town"]


def test_ward_is_a_name_only_with_its_capital(tmp_path):
    index = index_of(tmp_path, [
        ("field", "Oil", "Output at the al-Ward oil field rose."),
        ("word", "Hospital", "A new children's ward opened."),
    ])
    assert index.matching_ids("al-Ward") == ["field"]
    assert "word" in index.matching_ids("ward")  # the word typed in lower case is still the word


def test_readings_in_other_orthographies():
    from indexer.fulltext.orthographies import readings

    assert "jerablus" in readings("Cerablus")  # Turkish c
    assert "mambij" in readings("Mambidsch")  # German dsch
    assert "abyad" in readings("Abjad")  # German j, after a consonant
    assert "akchakale" in readings("Akçakale") and "akchakale" in readings("Akcakale")  # ç, or its mark lost
    assert "jarablus" in readings("Garablus")  # Egyptian g
    assert readings("Jarablus") == [] or "yarablus" not in readings("Jarablus")  # an English j stays j


@pytest.mark.parametrize("typed, written", [
    ("Cerablus", "Jarablus"), ("Mambidsch", "Manbij"), ("Tel Abjad", "Tal Abyad"),
    ("Akchakale", "Akcakale"), ("Deir es-Sor", "Deir ez-Zor"), ("Garablus", "Jarablus"),
])
def test_a_name_typed_in_another_orthography_finds_its_reports(tmp_path, typed, written):
    index = index_of(tmp_path, [("a", "Road", f"Officials in {written} said the road was open."),
                                ("b", "Other", "Nothing about any place here.")])
    assert index.matching_ids(typed) == ["a"]


def test_a_name_finds_its_reports_written_in_another_orthography(tmp_path):
    index = index_of(tmp_path, [
        ("tr", "Yol", "Officials in Cerablus said the road was open."),
        ("de", "Strasse", "Officials in Mambidsch said the road was open."),
        ("en", "Song", "An Egyptian singer said his album was late."),  # not Sinjar with an Egyptian g
        ("sj", "Road", "Officials in Sinjar said the road was open."),
    ])
    assert index.matching_ids("Jarablus") == ["tr"]
    assert index.matching_ids("Manbij") == ["de"]
    assert index.matching_ids("Sinjar") == ["sj"]


def test_short_names_and_turkish_names_find_their_rare_spellings(tmp_path):
    index = index_of(tmp_path, [
        ("k", "Dam", "Engineers at the Tebqa dam said the level fell."),  # Tabqa, five letters
        ("t", "Border", "Trucks waited at Akchakale for two days."),  # Akcakale, ç with its mark lost
        ("w", "Tables", "The tables were set for lunch."),  # an English word, never a spelling
    ])
    assert index.matching_ids("Tabqa") == ["k"]
    assert index.matching_ids("Akcakale") == ["t"]


def test_every_word_of_a_phrase_may_be_spelt_otherwise_at_once(tmp_path):
    from indexer.fulltext.name_phrases import phrase_sound_alikes

    alikes = {"Kara": ["Qara"], "Kozak": ["Qozak"]}
    phrases = phrase_sound_alikes("Kara Kozak bridge", lambda word: alikes.get(word, []))
    assert "Qara Qozak bridge" in phrases and "Qara Kozak bridge" in phrases
    assert phrase_sound_alikes("Deir ez-Zor", lambda word: {"Zor": ["Zour"]}.get(word, [])) == ["Deir ez-Zour"]


def test_a_quoted_name_spelt_alike_with_its_generic_word_gets_the_other_names_with_it(tmp_path):
    # "Tel Kocher crossing" is no spelling; "Tal Kocher crossing" is, and brings the town's
    # other names with "crossing" (Til Koçer crossing)
    index = index_of(tmp_path, [("k", "Border", "The Til Koçer crossing stayed shut."),
                                ("t", "Town", "Til Koçer market reopened.")])
    assert index.matching_ids('"Tel Kocher crossing"') == ["k"]


def test_a_name_with_its_article_finds_its_words_spelt_otherwise_in_the_archive(tmp_path):
    index = index_of(tmp_path, [
        ("e", "Shelling", "Shells fell near Ras el-Ein overnight."),  # Ain of three letters: Ein
        ("z", "Fighting", "Fighting in Dair az-Zur city."),  # Deir and Zor both spelt otherwise
        ("w", "German", "Ein Mann kam in die Stadt."),  # the word alone is not the name
    ])
    assert index.matching_ids("Ras al-Ain") == ["e"]
    assert index.matching_ids("Deir ez-Zor") == ["z"]


def test_a_name_with_its_generic_word_keeps_its_own_spellings_only(tmp_path):
    # "al-Hol camp" (the alias table's phrase of al-Hol) is one name word and a generic word: the name
    # word has its own spellings; words of the archive a vowel away (hail, heil, comp) are no spelling
    # of it, and a generic word is never varied (before: Hal, Hail, Heil, comp were "also searched")
    index = index_of(tmp_path, [
        ("a", "Camp", "Families in al-Hol camp waited for water."),
        ("b", "Storm", "Hail fell on the town; a Heil poster was torn down."),
        ("c", "Games", "The comp was won by a local team; Hal scored twice."),
    ])
    for query in ("al-Hol", '"al-Hol camp"'):
        result = index.search(query)
        searched = {name.lower() for name in result.also_searched}
        assert not searched & {"hal", "hail", "heil", "comp"}, (query, result.also_searched)
        assert set(index.matching_ids(query)) == {"a"}
