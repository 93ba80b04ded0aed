"""Tag lines, round 24 of issue #13: what a tag line is by the page's own structure.

- "a / b" whose two sides are written in two ways (a name in capitals, a word in small letters) is
  two tags; one tag with a slash names two related things alike ("Arts / Culture");
- a category line ("Filed under:", "Posted in:", "التصنيف:") is the page's section, not its tags,
  where the page has a tags line too, or where each item it lists is one of the page's menu items;
- a list the site shows on every page ("Trending Topics:") is not the article's tags;
- a tags list one a line ends at a line that trails off ("Readers have their say...") and at the heading
  of a list of the site's stories ("Latest Headlines");
- a line of metadata segments holds tags in one of them ("Posted in Blog | Tagged a, b | 3 Comments").
"""

import pytest

from archive.extract.article import build_article
from archive.extract.tag_sections import category_line, menu_items
from archive.extract.tags import split_tags
from archive.readers.text import parse_text_article

TEXT = ("The ferry between the two lake towns ran again on Monday for the first time since the storm.\n\n"
        "The operator said it would add a second boat in the summer, and cut the fares for pupils.\n\n")


def _tags(after: str, header: str = "", top: str = "") -> list:
    page = top + "Ferry service resumes across the lake\n4 April 2022\n" + header + "\n" + TEXT + after
    return build_article(parse_text_article(page)).tags


@pytest.mark.parametrize("value, tags", [
    ("harbours / Lakeport", ["harbours", "Lakeport"]),
    ("Lakeport / storms", ["Lakeport", "storms"]),
    ("al-Bahr / fisheries", ["al-Bahr", "fisheries"]),
    ("Arts / Culture", ["Arts / Culture"]),  # one tag, both sides alike
    ("arts / culture", ["arts / culture"]),
    ("مرفأ البحيرة / الصيد", ["مرفأ البحيرة / الصيد"]),  # no case to tell: one tag as written
])
def test_a_slash_between_a_name_and_a_word_parts_two_tags(value, tags):
    assert split_tags(value) == tags


def test_filed_under_with_two_tags_written_apart_by_a_slash():
    assert _tags("Filed under: ferries / North Shore\n") == ["ferries", "North Shore"]


@pytest.mark.parametrize("line", ["Filed under: Dispatches", "Posted in: Dispatches", "Catégorie : Dispatches",
                                  "التصنيف: Dispatches"])
def test_a_category_line_naming_the_pages_menu_item_is_no_tag(line):
    top = "LAKELAND COURIER\nDispatches  Columns  Audio  Donate\n\n"
    assert _tags(line + "\n", top=top) == []


def test_a_category_line_naming_items_not_in_the_menu_stays_tags():
    top = "LAKELAND COURIER\nDispatches  Columns  Audio  Donate\n\n"
    assert _tags("Filed under: Ferries, Dispatches\n", top=top) == ["Ferries", "Dispatches"]


def test_a_category_line_with_a_tags_line_beside_it_is_the_category():
    assert _tags("Posted in: Regional, Transport\nTags: ferries, North Shore, fares\n") == [
        "ferries", "North Shore", "fares"]
    assert _tags("Tags: ferries, North Shore\nFiled under: Regional Affairs\n") == ["ferries", "North Shore"]


def test_menu_items_of_rows_words_and_lone_lines():
    items = menu_items(["Home | Region | Lakes", "Region Sports Culture Opinion", "Dispatches",
                        "The ferry ran again on Monday for the first time since the storm, officials said."])
    assert {"Home", "Region", "Lakes", "Sports", "Culture", "Opinion", "Dispatches"} <= items
    assert "ferry" not in items
    assert category_line("Filed under: Dispatches") and not category_line("Tags: Dispatches")


def test_the_sites_trending_list_is_no_tags():
    assert _tags("Trending Topics:  Elections  Budget  Heatwave\n") == []
    assert _tags("Popular topics\nElections\nBudget\nHeatwave\n") == []


def test_a_tag_list_ends_at_a_line_trailing_off():
    assert _tags("Tags:\nFerries\nNorth Shore\nReaders have their say...\nSign up for our newsletters\n") == [
        "Ferries", "North Shore"]


def test_a_tag_list_ends_at_a_heading_of_the_sites_stories():
    assert _tags("Topics\nFerries\nNorth Shore\nLatest Headlines\nBridge repairs run late again\n") == [
        "Ferries", "North Shore"]


def test_tags_in_a_segment_of_a_metadata_line():
    header = "Posted in Regional news | Tagged ferries, North Shore, fares | 3 Comments\n"
    assert _tags("", header=header) == ["ferries", "North Shore", "fares"]


def test_a_row_under_the_text_spaced_apart_is_read_from_the_lines_as_written():
    from archive.extract.tag_shapes import unlabelled_tags
    from archive.readers.text_lines import split_lines

    page = ("Lac : le bac reprend entre les deux rives\n\n"
            "Le bac entre les deux villes du lac a repris lundi, pour la première fois depuis la tempête de mars.\n\n"
            "L'exploitant ajoutera un second bateau cet été et baissera les tarifs pour les élèves du canton.\n\n"
            "Abonnez-vous à la newsletter Région\n"
            "Lac   Transports   Tempêtes\n")
    content, raw, _, _ = split_lines(page)
    body_at = [1, 2]
    assert unlabelled_tags(content, 0, body_at, content[0], None, raw=raw)[0] == ["Lac", "Transports", "Tempêtes"]
    assert unlabelled_tags(content, 0, body_at, content[0], None)[0] == []  # collapsed, the row is three words


@pytest.mark.parametrize("item, named", [
    ("Navigation", True),  # the text writes "navigation"
    ("Tempêtes", True),  # "tempête": the plural by its singular
    ("Terrorisme", True),  # "terroriste": another ending of its stem
    ("Naviguer", False),  # "navig..." cut to its stem is no word of the text ("navigation" is not "naviguer")
    ("Justice", False),
])
def test_an_item_named_by_another_form_of_its_word(item, named):
    from archive.extract.tag_shapes import _named

    text = "la navigation a repris après la tempête; un terroriste présumé a été arrêté; le tourisme reprend"
    assert _named(item, text) is named


def test_a_category_heading_over_its_list_with_a_tags_heading_under_it():
    after = "Categories\nRegional Affairs\nTags\nFerries\nNorth Shore\n"
    assert _tags(after) == ["Ferries", "North Shore"]


@pytest.mark.parametrize("line, tags", [
    ("Mijar: Golan, Bendav", ["Golan", "Bendav"]),  # Kurmanji
    ("وشە سەرەکییەکان: دەریاچە، بەلەم", ["دەریاچە", "بەلەم"]),  # Sorani
    ("تاغات: البحيرة، العبّارة", ["البحيرة", "العبّارة"]),  # Arabic
    ("Konular: Göl, Feribot", ["Göl", "Feribot"]),  # Turkish
    ("Mots-clefs : Lac, Bac", ["Lac", "Bac"]),  # French
    ("Hashtags: #Ferries #NorthShore", ["Ferries", "NorthShore"]),
])
def test_tag_labels_in_more_forms(line, tags):
    assert _tags(line + "\n") == tags
