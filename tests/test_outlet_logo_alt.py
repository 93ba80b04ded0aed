"""Issue #13 round 19 (outlets9): a logo's text kept in brackets by a page saved as text names a
known outlet ("[Sky News logo]", "[Image: France 24 logo]"); a newsletter writer's "© 2023 Mariam
Y." is a person's name (a given name and an initial), so the newsletter's own footer names it."""

from archive.extract.outlet_names import logo_outlet
from archive.extract.outlet_refusals import a_persons_name
from archive.readers.text import parse_text_article

TEXT = ("Engineers working on the pumping station said repairs had been delayed for months because "
        "spare parts could not be brought across the border in time for the summer.\n\n"
        "Residents of the eastern districts said they had bought water from private trucks at "
        "prices that doubled over the year, and that the shortage had reached the camps first.\n\n")


def test_a_logos_text_in_brackets():
    assert logo_outlet("[Sky News logo]") == "Sky News"
    assert logo_outlet("[Image: France 24 logo]") == "France 24"
    assert logo_outlet("[Lakeside Pump Journal logo]") is None  # not the data's: no outlet by this rule
    page = "[Sky News logo]\nNEWS  |  WORLD  |  VIDEO\nMarch 3, 2024\nPumps idle as summer nears\nJane Mercer\n\n" + TEXT
    assert parse_text_article(page, "trade/pumps.txt").outlet == "Sky News"


def test_a_writers_given_name_and_initial_is_no_outlet():
    assert a_persons_name("Mariam Y")
    page = ("Issue #12: Pumps idle as summer nears\nNotes from the valley\nMariam Y.\nFeb 27, 2023\n\n" + TEXT
            + "You're receiving this because you subscribed to Valley Lines.\n© 2023 Mariam Y. · Unsubscribe\n")
    assert parse_text_article(page, "newsletters/issue-12.txt").outlet == "Valley Lines"
