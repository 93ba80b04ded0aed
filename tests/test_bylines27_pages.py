"""Round 27: bylines by the page's structure: a name that is the page's masthead is no writer, a
labelled byline among the first lines of a text whose headline was not found, a wire's signature in
brackets closing the text."""

from archive.extract.author_lines import masthead_name, opening_byline
from archive.extract.byline_signatures import bracketed_signature
from archive.readers.text import parse_text_article

STORY = (
    "Farmers in three northern districts said the wheat harvest came two weeks late this year after heavy "
    "rain in the spring, and that prices at the markets had risen since.\n\n"
    "A farmer from the valley said his family had lost part of the crop to mould. Officials said they had "
    "no exact figures yet.\n\n"
    "Aid groups estimate that more than a million people depend on the harvest in the region.\n"
)


def test_the_masthead_signed_again_under_the_text_is_no_writer():
    text = ("Harian Lembah\nBerita | Daerah\n\nPetani di utara melaporkan panen yang terlambat\n\n"
            "14 Mac 2021\n\n" + STORY + "\nIkuti Harian Lembah di Telegram\nHarian Lembah\n")
    record = parse_text_article(text, "berita.txt")
    assert record.author is None
    assert record.outlet == "Harian Lembah"


def test_masthead_name_keeps_a_writers_own_newsletter():
    content = ["Valley Courier", "Late harvest in the north", "Valley Courier"]
    assert masthead_name("Valley Courier", content, 1)
    assert not masthead_name("Jane Doe", ["Jane Doe", "Late harvest in the north"], 1)  # a given name first
    assert not masthead_name("Samir Haidari", content, 1)


def test_a_labelled_byline_among_the_first_lines_where_no_headline_was_found():
    content = ["Menu", "Farmers report a late harvest", "By Nadia Okafor van Dijk", STORY]
    assert opening_byline(content, -1, [1, 2, 3]) == (2, "Nadia Okafor van Dijk")
    assert opening_byline(content, 1, [2, 3]) is None  # a headline was found: the header's rules read it
    assert opening_byline(["Farmers said rain came late", STORY], -1, [0, 1]) is None


def test_a_wires_signature_in_brackets_closes_the_text():
    assert bracketed_signature("(Samir Haidari, VC)") == "Samir Haidari"
    assert bracketed_signature("(Samir Haidari/VC)") == "Samir Haidari"
    assert bracketed_signature("(Photo: Reuters)") is None
    assert bracketed_signature("(Samir Haidari)") is None  # a name alone: a caption's credit as often
    text = "Valley Courier\n\nFarmers report a late harvest after weeks of rain\n\n19 Jan 2021\n\n" + STORY + \
        "\n(Samir Haidari, VC)\n"
    record = parse_text_article(text, "story.txt")
    assert record.author == "Samir Haidari"
    assert "Samir Haidari" not in record.body


def test_a_byline_that_is_a_form_of_the_outlet_stores_no_author():
    from archive.extract.stored_authors import stored_author

    assert stored_author("The Valley Courier", "Valley Courier") is None
    assert stored_author("valleycourier.com", "Valley Courier") is None
    assert stored_author("VALLEY COURIER", "Valley Courier") is None
    assert stored_author("Samir Haidari", "Valley Courier") == "Samir Haidari"
