"""Names round after held7 (issue #17): an acronym written with dots is the acronym (S.D.F. = SDF), the
articles er/es/esh/et/en are articles (Er Raqqa = Raqqa), French transliteration is read (Ghoueirane,
Qamichli), organisations' acronyms in other languages are spellings (FDS, HSD, OMS), and a known name's
words varied by the archive's alikes are searched and named only where the archive holds the varied
phrase ("Tail Abyad", "Dear ez-Zor" are no spellings)."""

import pytest

from conftest import index_of
from indexer.fulltext.analysis import _analyzer
from indexer.fulltext.orthographies import readings

ARTICLES = [
    ("s1", "Raid near Hasakah", "S.D.F. fighters raided a house in Hasakah on Monday."),
    ("s2", "Patrol", "An SDF patrol was ambushed near Shaddadi."),
    ("s3", "Offensive", "Les FDS ont lancé une offensive près de Hajin."),
    ("s4", "Tokyo drill", "Residents watched a drill in Tokyo on Sunday."),
    ("r1", "Wells in Raqqa", "Engineers dug three wells in Raqqa this spring."),
    ("r2", "Er Raqqa market", "Traders in er-Raqqa reopened the market."),
    ("w1", "OMS warning", "L'OMS a mis en garde contre le choléra dans le nord-est."),
    ("w2", "WHO warning", "The WHO warned of cholera in the north-east."),
    ("t1", "Tal Abyad crossing", "Trucks crossed at Tal Abyad on Monday."),
    ("t2", "Tell Abiad clinic", "A clinic opened in Tell Abiad after repairs."),
    ("t3", "A long tail", "The queue had a long tail; the dear old lady waited at the tail end."),
    ("t4", "Tail wind", "A tail wind helped the plane; Tail is a word, Abyad a name of the town."),
]


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    return index_of(tmp_path_factory.mktemp("acronyms"), ARTICLES, "2024-03-01")


def test_dotted_acronym_is_the_acronym_in_the_analysis():
    analyzer = _analyzer()
    assert [t.text for t in analyzer("S.D.F. fighters")] == [t.text for t in analyzer("SDF fighters")]
    assert [t.text for t in analyzer("Y.P.G. units")] == [t.text for t in analyzer("YPG units")]
    assert [t.text for t in analyzer("U.S. forces")] == ["u.", "forc"]  # two letters: as before (TIME's "US")
    assert [t.text for t in analyzer("e.g. a.m.")] == ["e.g", "a.m"]  # lower-case abbreviations stay


def test_dotted_acronym_finds_the_acronym_and_back(index):
    assert {"s1", "s2"} <= set(index.matching_ids("S.D.F."))
    assert {"s1", "s2"} <= set(index.matching_ids("SDF"))
    assert "s4" not in set(index.matching_ids("S.D.F."))


def test_acronyms_of_other_languages(index):
    assert {"s1", "s2", "s3"} <= set(index.matching_ids("SDF"))
    assert {"s1", "s2", "s3"} <= set(index.matching_ids("HSD"))  # Kurdish
    assert {"w1", "w2"} <= set(index.matching_ids("OMS"))


def test_article_er_is_an_article(index):
    assert {"r1", "r2"} <= set(index.matching_ids("Er Raqqa"))
    assert {"r1", "r2"} <= set(index.matching_ids("Raqqa"))


def test_french_readings():
    assert "ghweiran" in readings("Ghoueirane")
    assert "qamishli" in readings("Qamichli") and "hajin" in readings("Hadjin") and "bukamal" in readings("Boukamal")


def test_word_alikes_named_only_where_the_phrase_is_held(index):
    page = index.search('"Tal Abyad"')
    assert {hit.id for hit in page.hits} >= {"t1", "t2"} and "t3" not in {hit.id for hit in page.hits}
    assert not {"Tail", "tail", "Dear"} & set(page.sounds_like), page.sounds_like


def test_a_bare_kaf_before_a_name_without_its_article():
    from indexer.fulltext.analysis import arabic_term

    assert arabic_term("كداعش") == arabic_term("داعش") and arabic_term("كقسد") == arabic_term("قسد")
    assert arabic_term("كبير") != arabic_term("بير")  # a word, not a name: left alone
    from archive.extract.gazetteer import bare_arabic_names

    assert "رقه" not in bare_arabic_names()  # the gazetteer writes الرقة with its article: برقة is "gently"
