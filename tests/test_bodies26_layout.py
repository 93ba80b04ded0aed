"""Round 26 (bodies26): an old page laid out in a table, as the extraction writes it: lone cell
bars, a row of controls apart by bars under the text, a menu's items over the byline, a cell of
prose with empty cells beside it. Texts written for these tests."""

from __future__ import annotations

from archive.readers.html_edges import text_row, without_edge_furniture, without_header_lines

STORY = ("The river rose two metres overnight and flooded the lower streets of the old town, where "
         "shopkeepers spent the morning carrying their goods to the upper floors of their houses.")
MORE = "The mayor said the pumps had worked through the night and that the water was falling again."


def test_lone_bars_and_a_row_of_controls_go():
    body = ["|", STORY, "|", MORE, "Print this page | E-mail this page to a friend"]
    assert without_edge_furniture(body) == [STORY, MORE]


def test_row_of_sentences_apart_by_bars_stays():
    row = "Water is back in the old town. | The pumps worked through the night."
    assert without_edge_furniture([STORY, row]) == [STORY, row]


def test_cell_of_prose_beside_empty_cells():
    assert without_edge_furniture([f"| {STORY} {MORE} | |"]) == [f"{STORY} {MORE}"]


def test_menu_items_over_the_byline():
    body = ["Home", "Stories", "Latest headlines", "Harbour reopens after the strike",
            "By Jane Roe | Valley Post | 14/02/2005", STORY, MORE]
    assert without_header_lines(body) == [STORY, MORE]
    prose_first = [STORY, MORE, "By Jane Roe | Valley Post | 14/02/2005", MORE]
    assert without_header_lines(prose_first) == prose_first  # sentences over it: no menu
    late = ["Home", "Stories", "Latest headlines", "Sport", STORY, "By Jane Roe | Valley Post | 14/02/2005", MORE]
    assert without_header_lines(late) == late  # the text's prose over the byline: kept


def test_text_row():
    assert text_row(f"| Flood in the old town Valley Post 02 Apr 2019 {STORY} {MORE} | |")
    assert not text_row("| Home | News | Sport | Contact |")
    assert not text_row(f"| {STORY} {MORE} |")  # the text alone in its cell: read as it stands
