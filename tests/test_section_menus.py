"""Lines over a headline that are no headline (archive/extract/section_menus.py, issue #13): a
site's menu of section names copied without its separators, a browser's print header. Real text
through the text reader; stories and people are made up."""

from archive.extract.section_menus import print_header, section_menu
from archive.readers.text import parse_text_article

BODY = ("Aid workers in the camps say stocks of heating fuel will run out within weeks unless new "
        "deliveries arrive, leaving thousands of families without warmth as temperatures fall.\n"
        "Camp managers said they had asked donors for emergency funds, and that tents damaged by storms last "
        "month had still not been replaced.\n\"We are doing what we can, but the needs grow every week,\" "
        "one manager said.\n")


def test_a_menu_of_section_names():
    assert section_menu("News Analysis Culture Opinion Perspective Creative Puzzles")
    assert section_menu("World Politics Business Sport")
    for line in ("World News Today", "Camp Life Goes On", "Arts: a review", "News Opinion"):
        assert not section_menu(line), line


def test_a_menu_over_the_headline_is_not_the_title():
    text = ("News Analysis Culture Opinion Perspective Creative Puzzles\n"
            "“Bring them home”: Students rally for families held in the camps\n"
            "Jane Example and John Sample\n21 September 2022\n" + BODY)
    assert parse_text_article(text, "saved/rally.txt").title.startswith("“Bring them home”")


def test_a_print_header_is_not_the_title():
    title = "Thousands in the camps without heating fuel as winter comes"
    text = f"03/12/2021, 14:22                         {title}\n\n{title}\n\nJane Example\n\n03 December, 2021 01:00\n\n" \
        + BODY.replace("\n", "\n\n")
    record = parse_text_article(text, "downloads/print.txt")
    assert record.title == title
    assert print_header(f"03/12/2021, 14:22 {title}", [title])
    assert not print_header(f"03/12/2021, 14:22 {title}", ["Another line"])
