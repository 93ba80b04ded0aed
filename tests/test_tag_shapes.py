"""Tags a page lists with no label, read by their shape (issue #13, eighth round): a line of short
capitalised items with separators between the headline and the text, and a run of short lines
under the text whose items the story names."""

from archive.extract import tag_shapes
from archive.readers.text import parse_text_article

STORY = ("The ferry between Lakeport and Northfield ran again on Monday for the first time since the storm "
         "damaged the pier in March.\n\n"
         "The harbour board said fishermen and commuters had waited two months, and that the county council "
         "would pay for a second boat before the summer season.\n\n")


def _page(header: str = "", under: str = "") -> str:
    return f"Lakeport Gazette\nNews\n\nFerry service resumes across the lake\n4 April 2022\n{header}\n\n{STORY}{under}"


def test_a_line_of_items_with_separators_over_the_text_is_tags():
    assert parse_text_article(_page("Ferries | Storm damage | Northfield")).tags == ["Ferries", "Storm damage", "Northfield"]
    assert parse_text_article(_page("Ferries, Harbour Board, Transport")).tags == ["Ferries", "Harbour Board", "Transport"]


def test_names_places_and_pairs_over_the_text_are_no_tags():
    assert tag_shapes.header_tag_line("Lakeport, Northfield") is None  # two items: a name and a place as often
    assert tag_shapes.header_tag_line("LAKEPORT, Lake County, Ohio —") is None  # a dateline
    assert tag_shapes.header_tag_line("LAKEPORT, Lake County, Ohio") is None
    assert tag_shapes.header_tag_line("By Ann Lee, Bo Park, Cy Diaz") is None  # a byline
    assert tag_shapes.header_tag_line("Ann Lee, Bo Park, Cy Diaz", author="Ann Lee, Bo Park and Cy Diaz") is None
    assert tag_shapes.header_tag_line("Ferries, storm damage and the pier.") is None  # a sentence


def test_a_run_of_items_the_story_names_under_the_text_is_tags():
    record = parse_text_article(_page(under="Lakeport Gazette\nHarbour Board\nferries\nNorthfield\nAbout us\nContact\n"))
    assert record.tags == ["Harbour Board", "ferries", "Northfield"]  # the masthead again is none
    assert "Northfield\n" not in record.body + "\n"
    record = parse_text_article(_page(under="coastal erosion\nfishermen\nNorthfield\n\nAbout us\n"))
    assert record.tags == ["coastal erosion", "fishermen", "Northfield"]  # one the story does not name, first


def test_a_run_of_items_the_story_does_not_name_is_a_menu():
    assert parse_text_article(_page(under="Politics\nBusiness\nSport\nCulture\n")).tags == []
    assert parse_text_article(_page(under="Share this article\nPrint this article\n")).tags == []
