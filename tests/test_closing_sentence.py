"""A story's short last sentence right under its text ("Darlington MP declined to comment.", "The
Court will hear the parties as to costs.") is the text's, whatever the learned edge check says of
short lines at the edge (archive/extract/edge_lines._closing_sentence)."""

from archive.extract import edge_lines, paragraphs
from archive.readers.text import parse_text_article

PAGE = """Riverside News
Home | Local | Sport | Business

Council approves new bridge after decade of delay

By Lena Marsh
12 March 2024

The council voted on Tuesday to build a new footbridge over the river, ending a dispute that has run for more than ten years between residents of the two banks.

Engineers say the bridge will take two years to build and will cost about four million pounds, most of it from a regional fund that was set up after the floods.

Residents on the east bank, who have had to walk two miles to the nearest crossing since the old bridge was closed, said they had stopped believing it would happen.

The contractor said the work would start in the spring, once the river was lower and the ground had dried.

{last}

Most read
1. Plans for new homes on edge of town approved
2. Man charged after crash on the ring road
"""


def _lines(texts):
    return paragraphs.classify(texts)


def test_short_last_sentence_kept():
    record = parse_text_article(PAGE.format(last="The mayor declined to comment."), "bridge.txt")
    assert record.body.endswith("The mayor declined to comment.")


def test_shape():
    content = ["The council voted on Tuesday to build a new footbridge over the river, ending a dispute that has run for years.",
               "Engineers say the bridge will take two years to build and will cost about four million pounds.",
               "The mayor declined to comment."]
    lines = _lines(content)
    assert edge_lines._closing_sentence(content, lines, [0, 1, 2])
    for note in ("Jane Doe is a reporter for the paper.", "Jane Doe covers courts for the Riverside News.",
                 "Follow Riverside News on Telegram for the latest news.", "Contact us at news@example.org.", "Photo: Jane Doe.",
                 "Names changed. Read more here.", "read more stories like this."):
        content[2] = note
        assert not edge_lines._closing_sentence(content, _lines(content), [0, 1, 2]), note
    content[2] = "The mayor declined to comment."
    assert not edge_lines._closing_sentence(content, lines, [0, 1, 3])  # another line between them
