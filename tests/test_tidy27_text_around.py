"""The text reader's reading around the text (tags, the outlet a logo or footer names, the byline
under the text) is its own module, archive/readers/text_around.py (tidy27: text.py was over the
size the project keeps its modules under). The text reader gives the same fields through it."""

from archive.readers.text import parse_text_article
from archive.readers.text_around import around_text

STORY = ("Orchard growers count the cost of the late frost\n"
         "12 May 2023\n\n"
         "Growers in the upper valley lost about half of their apple blossom to a frost last week, "
         "the regional farmers' union said on Friday.\n\n"
         "The union asked the council to delay the water charges due in June, and said insurers had "
         "been slow to send assessors to the farms.\n\n")


def test_tags_a_footer_outlet_and_a_byline_under_the_text():
    page = STORY + "Written by Mara Lindqvist\n\nTags: Farming, Weather\n\n© 2023 Valley Morning Herald\n"
    record = parse_text_article(page)
    assert record.tags == ["Farming", "Weather"]
    assert record.author == "Mara Lindqvist"
    assert "Written by" not in record.body and "©" not in record.body


def test_around_text_reads_a_footer_and_says_the_outlet_is_no_guess():
    content = ["A bridge reopens after two years", "The old stone bridge over the river reopened on Sunday.",
               "© 2021 Riverside Weekly Gazette"]

    class Line:
        furniture = None

    class Record:
        tags, outlet, author = [], None, None

    record, dropped = Record(), set()
    guessed, text_over = around_text(record, content, content, [Line()] * 3, [False] * 3, [False] * 3,
                                     frozenset(), 0, 1, [1], dropped, False)
    assert record.outlet and "Riverside" in record.outlet
    assert guessed is False and text_over is None and 2 in dropped
