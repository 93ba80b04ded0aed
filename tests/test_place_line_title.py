"""Round 12: a line naming places only ("Hasakah, Syria", where the reporter files from, under
the byline) is never the title, and the header reads on past it to the date."""

from pathlib import Path

from archive.extract.dates import iso_date
from archive.extract.page_layout import places_only
from archive.readers.text import read_text_file


def test_places_only():
    assert places_only("Raqqa, Syria")
    assert not places_only("Inside the prison in Raqqa")
    assert not places_only("Syria: the long wait")


def test_the_place_under_the_byline_is_no_title(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(
        "Sign up for the evening newsletter\nSubscribe\nLog in\nWorld\n"
        "Families wait for news outside the prison gates in the city\n"
        "Amara Okafor-Lindqvist\nRaqqa, Syria\nPublished March 6, 2021\nComments\n"
        "Families gathered outside the prison gates on Friday, waiting for news of relatives held inside since the fighting ended.\n\n"
        "Guards allowed a few visitors in at noon, and the rest were told to come back the following week.\n\n"
        "Officials said a list of detainees would be published once the checks were complete.\n", encoding="utf-8")
    record = list(read_text_file(path))[0]
    assert record.title == "Families wait for news outside the prison gates in the city"
    assert iso_date(record.published) == "2021-03-06"
