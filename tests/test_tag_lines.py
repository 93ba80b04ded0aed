"""Tags written in more shapes (issue #13, fifth round): a list of items split by separators under
a tags heading, a line of hashtags under the text, a tags label in another language."""

import pytest

from archive.extract.article import build_article
from archive.readers.text import parse_text_article

TEXT = ("The ferry between the two lake towns ran again on Monday for the first time since the storm.\n\n"
        "The operator said it would add a second boat in the summer.\n\n")


def _tags(after: str) -> list:
    return build_article(parse_text_article("Ferry service resumes across the lake\n4 April 2022\n\n" + TEXT + after)).tags


def test_items_split_by_bars_under_a_tags_heading():
    # the bars made the line look longer than a list of tags is
    assert _tags("Tags\n\nLake Transport | Storm Damage | Ferries | North Shore Towns\n\nRelated news\n"
                 "- Bridge repairs run late") == ["Lake Transport", "Storm Damage", "Ferries", "North Shore Towns"]


def test_a_line_under_a_tags_heading_with_a_long_item_is_text():
    assert _tags("Tags\n\nThe ferry will run twice a day from May | Ferries\n") == []


@pytest.mark.parametrize("line, tags", [
    ("#Lakes #ferry_service #storms", ["Lakes", "ferry_service", "storms"]),
    ("#بحيرات  #النقل_النهري", ["بحيرات", "النقل_النهري"]),
])
def test_a_line_of_hashtags_under_the_text(line, tags):
    assert _tags(line + "\n\nShare this article") == tags


def test_a_hashtag_inside_a_sentence_is_no_tag_line():
    assert _tags("Follow #ferrynews for updates on the timetable.\n") == []


@pytest.mark.parametrize("line, tags", [
    ("الكلمات الدالة: بحيرات - النقل - العواصف", ["بحيرات", "النقل", "العواصف"]),
    ("Etîket: Gol, Keştî, Bahoz", ["Gol", "Keştî", "Bahoz"]),
    ("Mots-clés : lacs, transport", ["lacs", "transport"]),
])
def test_tags_labels_of_other_languages(line, tags):
    assert _tags(line) == tags
