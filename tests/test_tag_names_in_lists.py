"""Tags written as names in a list (issue #13, round 10): hashtags of several words written with
their spaces ("#Lake Transport"), a line of hashtags under a bare "Keywords" heading, a "Labels:"
line (Blogger), a "Related:" label followed by names (but not by a headline)."""

import pytest

from archive.extract import bylines, tag_blocks
from archive.extract.article import build_article
from archive.readers.text import parse_text_article

TEXT = ("The ferry between the two lake towns ran again on Monday for the first time since the storm.\n"
        "The operator said it would add a second boat in the summer, once repairs to the pier are done.\n")


def _tags(after: str, header: str = "") -> list:
    return build_article(parse_text_article("Ferry service resumes across the lake\n4 April 2022\n" + header + TEXT + after)).tags


@pytest.mark.parametrize("line, tags", [
    ("#Travel #North Shore #Lake Transport", ["Travel", "North Shore", "Lake Transport"]),
    ("#Ferries #Port of Lakeview", ["Ferries", "Port of Lakeview"]),
])
def test_hashtags_of_several_words_under_the_text(line, tags):
    assert _tags(line + "\nMost Viewed\n") == tags


@pytest.mark.parametrize("line", [
    "#Ferries #the boats are back",  # a sentence after a hashtag
    "#Ferries #North Shore, again",
])
def test_a_hashtag_before_words_of_a_sentence_is_no_tag(line):
    assert tag_blocks.hashtag_line(line) is None


def test_a_line_of_hashtags_under_a_keywords_heading_is_the_whole_list():
    assert _tags("Keywords\n#Ferries #al-Sahil #Storms\nMost Liked\n") == ["Ferries", "al-Sahil", "Storms"]


def test_a_labels_line_under_a_blog_byline():
    header = "Posted by Sami R. at 8:05 AM\nLabels: Ferries, Lakeview, Storms\n"
    article = build_article(parse_text_article("Ferry service resumes across the lake\n4 April 2022\n" + header + TEXT))
    assert article.tags == ["Ferries", "Lakeview", "Storms"]
    assert article.author == "Sami R."


@pytest.mark.parametrize("line, value", [
    ("Related: Lake Transport, Lakeview, Storms", "Lake Transport, Lakeview, Storms"),
    ("Related: al-Sahil, North Shore", "al-Sahil, North Shore"),
    ("Related: Lakeview, Harbour towns brace for more storms", None),  # a headline
    ("Related: Ferry operator adds a second boat", None),
])
def test_related_opens_tags_only_before_names(line, value):
    assert bylines.tags_value(line) == value


def test_related_names_under_the_text_are_tags():
    assert _tags("Related: Lake Transport, Lakeview, Storms\n") == ["Lake Transport", "Lakeview", "Storms"]


@pytest.mark.parametrize("line, value", [
    ("More: Foreign affairs, Ferries, Lakeview", "Foreign affairs, Ferries, Lakeview"),
    ("More: Lakeview, Ferries sign new deal", None),  # a headline
    ("More: Lakeside voters back a new ferry tax", None),
])
def test_more_opens_tags_only_before_subjects(line, value):
    assert bylines.tags_value(line) == value


def test_a_german_topics_heading_over_one_tag_a_line():
    assert _tags("Themen\nFerries\nLakeview\nStorms\n") == ["Ferries", "Lakeview", "Storms"]


@pytest.mark.parametrize("line, tags", [
    ("Tags: Ferries / Lakeview / Storms", ["Ferries", "Lakeview", "Storms"]),
    ("Tags: Terrorism / Counterterrorism", ["Terrorism / Counterterrorism"]),  # one tag with a slash
    ("Tags: [Ferries] [Lakeview]", ["Ferries", "Lakeview"]),
    ("Tags  Lake Transport  Storms", ["Lake Transport", "Storms"]),  # apart by two spaces, as copied
    ("In this story: Ferries, Lakeview", ["Ferries", "Lakeview"]),
    ("Topics mentioned in this article: Ferries, Lakeview", ["Ferries", "Lakeview"]),
])
def test_more_tag_line_shapes(line, tags):
    assert _tags(line + "\n") == tags


@pytest.mark.parametrize("line", [
    "Topics  Regions  Authors  Subscribe",  # a menu: its last item a button
    "The story: Jane Doe, John Roe",
])
def test_no_tags_in_a_menu_or_a_sentence_label(line):
    assert bylines.tags_value(line) is None
