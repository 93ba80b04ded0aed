"""A site's generic noun is no verb that shares its stem (names16): "Semalka crossing" asks for the
crossing, not "crossed at Semalka" (indexer/fulltext/site_nouns.py, through the index's stemmer)."""

from names_index import index_bodies

from indexer.fulltext.analysis import _analyzer
from indexer.fulltext.site_nouns import site_stem


def test_site_noun_stems_apart_from_its_verbs():
    assert site_stem("crossings") == site_stem("crossing") == "crossing"
    assert site_stem("crossed") == site_stem("crosses") == site_stem("cross") == "cross"
    assert site_stem("camps") == "camp" and site_stem("camped") == "camped" and site_stem("based") == "based"
    terms = lambda text: [token.text for token in _analyzer()(text)]  # noqa: E731
    assert terms("crossing crossings") == terms("crossing crossing")
    assert set(terms("crossing")).isdisjoint(terms("crossed crosses cross"))
    assert terms("walked running") == ["walk", "run"]  # other words: Porter as before


def test_qualifier_finds_the_site_not_the_verb(tmp_path):
    index = index_bodies(tmp_path, {
        "site": "Lorries queued at the Semalka crossing for two days.",
        "plural": "The Semalka and Faysh Khabur crossings reopened.",
        "verb": "UN aid once crossed at Semalka before the closure.",
        "verb2": "Travellers waited at Simalka to cross into Iraqi Kurdistan.",
        "camped": "Families camped near al-Hol before the camp opened its annex.",
    })
    assert set(index.matching_ids("Semalka crossing")) == {"site", "plural"}
    assert set(index.matching_ids('"Semalka crossing"')) == {"site"}
    assert set(index.matching_ids("crossed")) == {"verb", "verb2"}
    assert set(index.matching_ids("camp")) == {"camped"}
