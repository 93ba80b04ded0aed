"""Names that are or stem to English words are kept as names, unstemmed (issue #17): "Hims" (Homs)
was stemmed to "him", "ICC" indexed as "ic" as "ice" does, "Hit" (the Iraqi town) is "hit", "WHO"
is "who". A name that only stems onto a word (Hims, ICC, France) is the name in any case; one that is
a word itself (Hit, WHO, US) is the name where it has the name's case, and is kept as the word
there too; a search for the name asks for the name alone."""

from pathlib import Path

import pytest

from indexer.fulltext import expand_aliases
from indexer.fulltext.analysis import ANALYSIS_VERSION, _analyzer, name_form
from indexer.fulltext.variants import name_key
from conftest import index_of


def test_the_list_matches_the_gazetteer():
    # indexer/cased_names.py is written from the gazetteer (the index's analysis cannot read
    # archive/data/ in an import's worker processes): after editing the gazetteer, run
    # archive.extract.gazetteer.write_cased_names() and raise ANALYSIS_VERSION.
    import indexer
    from archive.extract.gazetteer import cased_names, cased_names_module

    written = (Path(indexer.__file__).parent / "cased_names.py").read_text(encoding="utf-8")
    assert written == cased_names_module()
    found = cased_names()
    assert {"hims": "Hims", "hit": "Hit", "who": "WHO", "icc": "ICC", "us": "US", "is": "IS"}.items() <= found.items()
    assert "homs" not in found and "raqqa" not in found and "army" not in found  # "US Army" is US + armi
    from indexer.cased_names import WORDS

    assert {"hit", "who", "us", "is"} <= WORDS and not {"hims", "icc", "france"} & WORDS
    assert ANALYSIS_VERSION >= 4


@pytest.mark.parametrize("word, form", [
    ("Hims", "Hims"), ("HIMS", "Hims"), ("hims", "Hims"), ("Hîms", "Hims"), ("Hit", "Hit"), ("HIT", "Hit"),
    ("hit", None), ("hIT", None), ("icc", "ICC"), ("france", "France"),
    ("WHO", "WHO"), ("Who", None), ("who", None), ("US", "US"), ("Us", None), ("IS", "IS"), ("Is", None),
    ("Homs", None), ("Monitor", "Monitor"),
])
def test_a_word_is_a_name_only_with_the_names_case(word, form):
    assert name_form(word) == form


def test_indexed_as_the_name_and_the_word_searched_as_the_name():
    analyzer = _analyzer()
    index = lambda text: [(t.text, t.pos) for t in analyzer(text, positions=True, mode="index")]  # noqa: E731
    assert index("Hims province") == [("Hims", 0), ("provinc", 1)]  # never "him"
    assert index("Hit province") == [("Hit", 0), ("hit", 0), ("provinc", 1)]  # the name and the word
    assert index("IS fighters") == [("IS", 0), ("fighter", 1)]  # "is" is a stop word: the name alone
    assert index("it is him") == [("him", 2)]
    assert [t.text for t in analyzer("Hit province", mode="query")] == ["Hit", "provinc"]
    assert name_key("Hims") == name_key("hims") == ("Hims",) and name_key("Hit") == ("Hit",)
    assert name_key("hit") == ("hit",) and name_key("him") == ("him",)
    assert analyzer.term_positions("Who said WHO") == {"who": [0, 2], "said": [1], "WHO": [2]}
    assert _analyzer(stem=False).term_positions("Hims WHO") == {"hims": [0], "who": [1]}  # outlet, author
    assert _analyzer(names=False).term_positions("Hims WHO") == {"him": [0], "who": [1]}  # the plain analysis


ARTICLES = [
    ("m1", "Hims market", "Traders in Hims reopened the covered market."),
    ("m2", "A farmer", "The neighbours gave him seed for the season."),
    ("m3", "HOMS, Syria", "HIMS: the governor said the bakeries reopened."),
    ("t1", "Hit district", "Shelling near Hit cut the road to Haditha."),
    ("t2", "Storm", "The storm hit the coast and a tree hit two cars."),
    ("w1", "Vaccines", "WHO said the vaccines arrived in Qamishli."),
    ("w2", "Who pays", "Nobody knew who would pay for the vaccines."),
    ("c1", "Court", "The ICC issued a warrant."),
    ("c2", "Winter", "Ice closed the road for a week."),
    ("u1", "Troops", "US troops left the base."),
    ("u2", "Letter", "He wrote to us about the troops."),
]


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    from archive import search_data

    search_data.provide()
    return index_of(tmp_path_factory.mktemp("cased"), ARTICLES, "2022-01-20")


@pytest.mark.parametrize("query, expected", [
    ("Homs", {"m1", "m3"}), ("Hims", {"m1", "m3"}), ('"Traders in Hims"', {"m1"}),
    ("Hit", {"t1"}), ("Heet", {"t1"}), ("WHO", {"w1"}), ("ICC", {"c1"}), ("US troops", {"u1"}),
    ('"US troops"', {"u1"}),
    # the word, as typed in lower case, is searched as ever: every "hit", the name's too
    ("hit", {"t1", "t2"}), ("him", {"m2"}), ("ice", {"c2"}), ("troops", {"u1", "u2"}), ("hims", {"m1", "m3"}),
])
def test_searches(index, query, expected):
    assert set(index.matching_ids(query)) == expected


def test_the_word_never_says_it_also_searched_the_name(index):
    for word in ("him", "hit", "who", "ice"):
        assert index.search(word).also_searched == [], word
    assert "Heet" in expand_aliases("Hit")[1] and expand_aliases("hit")[1] == []
    assert expand_aliases("who")[1] == [] and "World Health Organization" in expand_aliases("WHO")[1]


def test_the_exact_search_keeps_the_case_too(index):
    assert set(index.matching_ids("Hims", expand=False)) == {"m1", "m3"}
    assert set(index.matching_ids("Hit", expand=False)) == {"t1"}


def test_highlights_read_the_name_and_its_word_as_one_word(index):
    # the array path's highlight analyzer gives the chain's tokens: two for a name kept as a name
    from indexer.fulltext.search_arrays import HighlightAnalyzer

    text = "Traders in Hims said WHO and US teams met him near Hit."
    chain = _analyzer()
    tokens = lambda analyzer: [(t.text, t.startchar, t.endchar, t.stopped)  # noqa: E731
                               for t in analyzer(text, positions=True, chars=True, mode="index", removestops=False)]
    assert tokens(HighlightAnalyzer(chain)) == tokens(chain)
    assert ("Hit", 51, 54, False) in tokens(chain) and ("hit", 51, 54, False) in tokens(chain)
    texts = {ident: {"title": title, "body": body} for ident, title, body in ARTICLES}
    hits = index.search("Homs", fetch_texts=lambda ids: {i: texts[i] for i in ids}).hits
    snippets = {hit.id: hit.snippet_html for hit in hits}
    assert snippets["m1"].startswith('Traders in <mark class="match term0">Hims</mark> reopened the covered')
    assert snippets["m3"].startswith('<mark class="match term0">HIMS</mark>: the governor')
    hits = index.search("hit", fetch_texts=lambda ids: {i: texts[i] for i in ids}).hits
    snippets = {hit.id: hit.snippet_html for hit in hits}  # the word's search marks the name's word once
    assert snippets["t1"].count("<mark") == 1 and '<mark class="match term0">Hit</mark> cut' in snippets["t1"]
