"""Round 33 (fields33): tags in a box after the story (an <aside> under the text), a barred meta row's
tags part, more subject labels; a byline's date label or place taken for a name, the piece's kind
before the writer ("Un reportage de"), a byline with its date after "am"/"le"/"el", a middle
initial, a magazine's issue in a meta row; a body that is only a database's or a search page's
notice. Invented texts."""

from types import SimpleNamespace

import pytest
from lxml import html as lxml_html

from archive.extract.bylines import header_byline, tags_value
from archive.extract.byline_shapes import byline_by_shape
from archive.extract.page_tags import labelled_block_tags
from archive.extract.person_names import person_name
from archive.extract.reject_notices import notice_only
from archive.extract.stored_authors import stored_author
from archive.readers.text_header import byline_for

BODY = ("The water board said on Tuesday that the pumping station would stay closed for another week while "
        "engineers replaced two damaged transformers, leaving several districts without a regular supply.")


def _page(before: str, after: str) -> object:
    return lxml_html.fromstring(
        f"<html><body>{before}<main><article><h1>Pumping station stays closed</h1><p>{BODY}</p></article>"
        f"{after}</main></body></html>")


@pytest.mark.parametrize("before, after, tags", [
    ("", "<aside class='after'><p>Themes: Water supply, Public health</p><p>Share</p><p>Contact us</p></aside>",
     ["Water supply", "Public health"]),
    ("", "<aside><p>Download the report (PDF)</p><p>Avainsanat: Vesihuolto, Terveys</p></aside>",
     ["Vesihuolto", "Terveys"]),  # the label in the page's language, with its colon
    ("", "<aside><p>By Lakeside Council | 3 May 2024 | Topics: Press Releases</p></aside>", ["Press Releases"]),
    # a sidebar over the headline is the site's box; a long list in an aside is a menu
    ("<aside><p>Topics: Water supply, Public health</p></aside>", "", []),
    ("", "<aside><p>Topics: Water, Health, Roads, Schools, Parks, Housing, Transport, Energy, Culture, Sport</p></aside>", []),
])
def test_tags_in_a_box_after_the_story(before, after, tags):
    assert labelled_block_tags(_page(before, after)) == tags


def test_more_subject_labels():
    assert tags_value("Themenfelder: Wasser, Gesundheit") is not None
    assert tags_value("Themen in diesem Artikel: Wasser Gesundheit") is not None


@pytest.mark.parametrize("author, outlet, stored", [
    ("Mira Solberg and Tomas Virtanen Date", None, "Mira Solberg and Tomas Virtanen"),  # "Authors: ... Date: ..."
    ("Tiedote Julkaistu", None, None),  # the page's kind and the date's label
    ("Letzte Änderung", None, None),  # a revision's label closing a release
    ("Ali Sana", None, "Ali Sana"),  # a colon-only label word is a name after one word
    ("Republic of Iraq", None, None),  # the gazetteer's place, an aggregator's country line
    ("Mira Solberg - Lakeside Herald", "Lakeside Herald", "Mira Solberg"),  # the outlet after a dash
    ("Mdr Aktuell", "Mitteldeutscher Rundfunk", None),  # a news programme's name
])
def test_stored_author_without_labels_places_and_programmes(author, outlet, stored):
    assert stored_author(author, outlet) == stored


@pytest.mark.parametrize("line, name", [
    ("VON MIRA SOLBERG UND TOMAS VIRTANEN am 15. Oktober 2019", "Mira Solberg und Tomas Virtanen"),
    ("Par Jeanne Morel le 3 mai 2021", "Jeanne Morel"),
    ("Un reportage de Jeanne Morel", "Jeanne Morel"),
    ("Eine Reportage von Jan Holm", "Jan Holm"),
])
def test_bylines_with_the_piece_kind_or_a_date_word(line, name):
    assert header_byline(line)[0] == name


def test_a_dated_byline_under_a_kicker_and_standfirst():
    record = SimpleNamespace(author=None, published=None, outlet=None, lede=None)
    header = ["KOMMENTAR", "Die Wasserwerke bleiben noch eine Woche geschlossen. Die Stadt wartet.",
              "VON MIRA SOLBERG am 15. Oktober 2019", BODY]
    byline_for(record, header)
    assert (record.author, record.published) == ("Mira Solberg", "15. Oktober 2019")


def test_a_middle_initial_and_an_issue_in_a_meta_row():
    assert person_name("Tomas R. Virtanen")
    assert not person_name("U.S. Army")
    assert byline_by_shape("Mira Solberg | Ausgabe 12/2022 | 24.03.2022, 06:00") == "Mira Solberg"


@pytest.mark.parametrize("paragraphs, refused", [
    (["The full text of this article is not available."], True),
    (["Documents (0)", "No documents found.", 'Your search for "pumping" AND "station" did not return any results.',
      "- Check your spelling.", "- Try fewer or different terms."], True),
    (["Texte intégral non disponible."], True),
    ([BODY, "The search did not return any results, the board said."], False),  # a story saying so
    ([BODY], False),
])
def test_a_body_that_is_only_a_notice(paragraphs, refused):
    assert bool(notice_only(paragraphs)) == refused


def test_a_date_written_without_separators():
    from archive.extract.dates import parse_date

    assert str(parse_date("10set2021_08h00")) == "2021-09-10"  # a magazine's stamp, its time after "_"
    assert parse_date("A10jun2021") is None


def test_a_post_nominal_stays_with_the_name():
    from archive.extract.byline_blocks import name_over_date

    found = name_over_date(["Tomas Virtanen, S.J.", "February 05, 2021", BODY])
    assert found[0] == "Tomas Virtanen, S.J."  # a Jesuit signs with the order's letters


@pytest.mark.parametrize("line, name", [
    ("De notre envoyée spéciale Jeanne Morel", "Jeanne Morel"),
    ("Von unserer Korrespondentin Jana Holm", "Jana Holm"),
    ("Text: Jana Holm Fotos: Lars Berg", "Jana Holm"),  # another credit's label ends the writer's
    ("Authors: Mira Solberg (Lakeside Institute) and Tomas Virtanen (Nordic Centre)", "Mira Solberg and Tomas Virtanen"),
    ("Reportage: Jana Holm", "Jana Holm"),
])
def test_correspondents_credits_and_affiliations(line, name):
    assert header_byline(line)[0] == name


def test_a_reportage_kicker_is_no_byline():
    assert header_byline("Reportage: In the camps of the north-east") is None


def test_crafts_in_brackets_and_a_date_label_after_two_writers():
    assert header_byline("Authors: Mira Solberg and Tomas Virtanen Date: 12.12.2023")[0] == "Mira Solberg and Tomas Virtanen"
    assert header_byline("Von Jana Holm (Text) und Lars Berg (Bilder), 22.11.2023") is None  # left to stored_author's craft reading


@pytest.mark.parametrize("line, name", [
    ("Redactie: Sanne Holm en Youssef El Amrani", "Sanne Holm en Youssef El Amrani"),  # a broadcast's makers
    ("Redactie: De kinderen van het kalifaat", None),  # a title after the label: no name alone
])
def test_an_editorial_credit_before_names_alone(line, name):
    found = header_byline(line)
    assert (found[0] if found else None) == name
