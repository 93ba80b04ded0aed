"""An acronym of the gazetteer that a report defines as something else, or writes as a plural, is not
the gazetteer's entity there (indexer/fulltext/acronym_meanings.py): the report's own definition wins.
Reports written for these tests (no bench set's sentences); a real Whoosh index."""

from pathlib import Path

import pytest

from archive import search_data
from conftest import index_of


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    search_data.provide()
    reports = {
        "own-paren": ("Talks in Hasakah", "The Syrian Democratic Forces (SDF) met tribal elders near Hasakah."),
        "own-apposition": ("Patrol", "The SNA, the Syrian National Army, moved north of al-Bab."),
        "plain": ("Clashes", "SDF fighters clashed with cells of ISIS near Shaddadi on Tuesday."),
        "plain-comma": ("Raid", "The SDF said its raid, carried out at dawn, detained two men."),
        "other-apposition": ("Harbour", "The SNA, the Samoan Naval Authority, opened a new pier in Apia."),
        "other-paren": ("Theatre", "The Sydney Dance Festival (SDF) sold out its opening night."),
        "other-anywhere": ("Ferry", "The IOM ferry docked on the Isle of Man after a rough crossing."),
        "other-lower": ("Clinic", "A new SARC, a sexual assault referral centre, opened in Cardiff."),
        "other-permuted": ("Niger", "The FDS, Niger's defence and security forces, guarded the road."),
        "other-meaning": ("Trade", "The HCR trade in Belgium, meaning hotels, cafes and restaurants, hired more."),
        "plural": ("Goals", "Most countries lag on the SDGs; the SDG on water is furthest behind."),
    }
    return index_of(tmp_path_factory.mktemp("index"), [(key, title, body) for key, (title, body) in reports.items()],
                    "2024-01-01")


def test_a_report_that_defines_an_acronym_otherwise_is_not_the_entity(index):
    assert set(index.matching_ids("SDF")) == {"own-paren", "plain", "plain-comma"}
    assert set(index.matching_ids("SNA")) == {"own-apposition"}
    assert "other-anywhere" not in index.matching_ids("IOM")
    assert "other-anywhere" not in index.matching_ids("International Organization for Migration")
    assert "other-lower" not in index.matching_ids("SARC")
    assert "other-permuted" not in index.matching_ids("FDS")  # the letters in another order, set off beside it
    assert "other-meaning" not in index.matching_ids("UNHCR")


def test_a_plural_acronym_is_a_countable_thing(index):
    assert "plural" not in index.matching_ids("SDG")  # SDG, the SDF's Turkish order: not the SDGs
    assert "plural" not in index.matching_ids("Syrian Democratic Forces")


def test_the_other_words_still_find_the_report(index):
    assert "other-apposition" in index.matching_ids("Samoan Naval Authority")
    assert "other-paren" in index.matching_ids('"Sydney Dance Festival"')


def test_other_meanings_as_written():
    from indexer.fulltext.acronym_meanings import other_meanings

    assert other_meanings(["The S.D.F., the Sydney Dance Festival, opened."]) == {"S.D.F"}
    assert other_meanings(["The SDF, the Syrian Democratic Forces, said. The SDF, a Kurdish-led force."]) == set()
    assert other_meanings(["The SDF, a Kurdish-led alliance, said fighters from Deir ez-Zor joined."]) == set()
    assert other_meanings(["No acronym here at all."]) == set()


def test_turkish_capital_i():
    from indexer.fulltext.analysis import _stemming_analyzer

    analyzer = _stemming_analyzer()
    assert analyzer._term("IŞİD") == analyzer._term("ISID")  # not i and a combining dot


def test_acronym_module_matches_the_gazetteer():
    # indexer/acronym_names.py is written from the gazetteer: after editing archive/data/gazetteer.txt run
    # archive.extract.gazetteer.write_acronym_names() and raise ANALYSIS_VERSION.
    import indexer.acronym_names as module
    from archive.extract.gazetteer import acronym_names_module

    assert Path(module.__file__).read_text(encoding="utf-8") == acronym_names_module()
    assert "sna" in module.ACRONYMS and "of" in module.FUNCTION and "oil" not in module.FUNCTION


def test_text_indexed_unanalysed_carries_its_marks():
    # A writer that indexes the text itself (not analysed ahead, e.g. with term vectors) marks the same terms.
    from indexer.fulltext.fields import analyse, document, make_schema

    title, body = "SNA drill", "The SNA, the Somali National Army, held a drill."
    doc = document({"id": "x", "story": "x", "title": title, "body": body})
    field = make_schema()["body"]
    terms = {term for term, *_ in field.format.word_values(doc["body"], field.analyzer)}
    assert "sna\u0640" in terms and "sna" not in terms
    assert set(analyse(title, body, None)["body"].terms) == {term.encode("utf-8") for term in terms}


def test_no_definition_read_into_ordinary_text():
    # Found on 100k generated English articles before the rule was tightened (these sentences are new).
    from indexer.fulltext.acronym_meanings import other_meanings

    assert other_meanings(["Regulators at the National Highway Traffic Safety Administration spoke. HTS fighters held Idlib."]) == set()
    assert other_meanings(["Guests were Sam, Dana, Fiona and others. The SDF said it held the town."]) == set()
    assert other_meanings(["Prices in the USA, using a simple survey of shops, rose."]) == set()
    assert other_meanings(["According to the WHO, cases rose. The White House on Monday said little."]) == set()
