"""Issue #13 round 19 (outlets9): a known outlet named by the reporter's role in the byline or in
the note about the writer ("Sky News Security Editor", "By Channel 4 News correspondent ...", "... is a
correspondent for The Guardian"), a masthead the data does not know confirmed by that role
("Editor, Lakeside Pump Journal" under "LakesidePumpJournal"), and a known outlet's name opening
a short line at the page's top or foot with a label after it ("Sky News Newsroom", "THE GUARDIAN
ON YOUTUBE")."""

from archive.extract.article import build_article
from archive.extract.outlet_roles import role_outlet, role_spells
from archive.extract.outlet_trailers import trailed_outlet
from archive.readers.text import parse_text_article

TEXT = ("Engineers working on the pumping station said repairs had been delayed for months because "
        "spare parts could not be brought across the border in time for the summer.\n\n"
        "Residents of the eastern districts said they had bought water from private trucks at "
        "prices that doubled over the year, and that the shortage had reached the camps first.\n\n")
TITLE = "Pumps idle as summer nears in the valley"


def _outlet(page: str, path: str = "downloads/pumps.txt"):
    return build_article(parse_text_article(page, path), details=False).outlet


def test_a_known_outlet_before_the_role_in_the_byline():
    page = f"{TITLE}\n\nReport by Jane Mercer, Sky News Security Editor\nMarch 3, 2024\n\n{TEXT}Get our alerts\n"
    assert _outlet(page) == "Sky News"


def test_a_known_outlet_opening_the_byline_before_the_role():
    page = f"{TITLE}\nMarch 3, 2024\nBy Channel 4 News correspondent Jane Mercer\n\n{TEXT}"
    assert _outlet(page) == "Channel 4 News"


def test_the_note_about_the_writer_names_her_employer():
    page = (f"{TITLE}\nMarch 3, 2024\n\n{TEXT}Jane Mercer is a Middle East correspondent for The Guardian. "
            "She can be reached by e-mail.\nMost popular\nTerms of use\n")
    assert _outlet(page) == "The Guardian"


def test_a_role_inside_the_story_or_a_short_name_in_prose_names_nothing():
    assert role_outlet(["Title", "March 3", "A Sky News correspondent at the scene saw the pumps stop."], 0) is None
    assert role_outlet(["Title", "March 3", "x", "Jane Mercer is a reporter for the Star."], 0) is None
    assert role_outlet(["Title", "Political Reporter", "March 3"], 0) is None


def test_a_masthead_the_data_does_not_know_confirmed_by_the_role():
    page = (f"LakesidePumpJournal\nPumps  Pipes  Policy\n\n{TITLE}\n\nJane Mercer\nEditor, Lakeside Pump Journal\n\n"
            f"{TEXT}You may also like\n")
    assert _outlet(page) == "Lakeside Pump Journal"
    assert role_spells(["x", "Jane Mercer", "Editor, Lakeside Pump Journal"], 0, "LakesidePumpJournal") \
        == "Lakeside Pump Journal"


def test_a_known_outlet_with_a_label_after_it():
    assert trailed_outlet("Sky News Newsroom") == "Sky News"
    assert trailed_outlet("THE GUARDIAN ON YOUTUBE") == "The Guardian"
    assert trailed_outlet("Sky News reveals the cost of the pumps") is None  # a headline
    assert trailed_outlet("Lakeside Pump Journal Newsroom") is None  # not a known outlet
    page = f"Sky News Newsroom\nMarch 3, 2024\n{TITLE}\n\n{TEXT}Related stories\n"
    assert _outlet(page) == "Sky News"
    page = f"{TITLE}\nMarch 3, 2024\n\n{TEXT}THE GUARDIAN ON YOUTUBE\nMost popular\n"
    assert _outlet(page) == "The Guardian"


def test_a_wire_agencys_role_travels_with_its_copy():
    # syndicated copy keeps the agency's byline: the page is the paper's, which the byline does not name
    assert role_outlet(["Title", "Jane Mercer, AP Auto Writer", "March 3"], 0) is None
    assert role_outlet(["Title", "By Reuters correspondent Jane Mercer", "March 3"], 0) is None
