"""A note on the author closing the text: named with a title before the byline's name ("Dr Jane
Doe is ..."), or by the first name alone under a box naming the writer ("Author" / "Jane Doe" /
"Jane is a reporter at ..."): the page's, not the text; the box's name is the byline."""

from archive.extract.page_layout import author_bio, without_author_box
from archive.readers.text import parse_text_article

TEXT = [
    "Four women and nine children remain in the camp, according to a rights group that has been in "
    "contact with the families, as the war at home pushes their case down the list.",
    "The ministry told the paper that it continues to work on the files within the limits of current "
    "capacity and that children remain a priority.",
]


def test_a_note_opening_with_a_title_or_the_first_name():
    assert author_bio("Dr Jane Doe is a senior lecturer in law at the University of the Valley.", "Jane Doe")
    assert author_bio("Jane is a reporter covering human rights.", "Jane Doe")
    assert not author_bio("John is a farmer from the valley.", "Jane Doe")
    assert not author_bio("The honourable Lord Chief Justice Jane Doe is retiring.", "Jane Doe")  # no title of short words
    body = TEXT + ["Author", "Jane Doe", "Jane is a reporter covering human rights."]
    assert without_author_box(body, "Jane Doe") == TEXT


def test_the_name_over_a_note_under_the_text_is_the_byline():
    page = "\n".join(["THE VALLEY TIMES", "News  World  Opinion", "Women in the camp ask not to be forgotten",
                      "2023-05-09", *TEXT, "Author", "Olena Petrenko",
                      "Olena is a reporter at the Valley Times covering human rights.", "Read more"])
    record = parse_text_article(page)
    assert record.author == "Olena Petrenko"
    assert record.body.endswith("children remain a priority.")
