"""Issue #13 round 19 (outlets9): a known outlet that one of the page's last lines names as the
page's own: a note about it ("Amnesty International is a global movement ..."), how to cite the
page ("Cite as: Human Rights Watch (2022), ..."), its name with its initials in brackets over its
address ("Médecins Sans Frontières (MSF)")."""

from archive.extract.about_outlets import foot_note_outlet
from archive.readers.text import parse_text_article

TEXT = ("Engineers working on the pumping station said repairs had been delayed for months because "
        "spare parts could not be brought across the border in time for the summer.\n\n"
        "Residents of the eastern districts said they had bought water from private trucks at "
        "prices that doubled over the year, and that the shortage had reached the camps first.\n\n")


def _page(foot: str) -> str:
    return "Pumps idle as summer nears in the valley\nMarch 3, 2024\n\n" + TEXT + foot + "\n"


def test_a_note_about_the_publisher():
    page = _page("Share this story\nAmnesty International is a global movement of people who campaign for rights.")
    assert parse_text_article(page, "ngo/pumps.txt").outlet == "Amnesty International"


def test_how_to_cite_the_page():
    page = _page('Cite as: Human Rights Watch (2022), "Pumps idle as summer nears in the valley".\nContact | Privacy')
    assert parse_text_article(page, "research/pumps.txt").outlet == "Human Rights Watch"
    assert foot_note_outlet(["x", "Cite this: Jane Mercer, \"Pumps idle,\" Expert Speak, Human Rights Watch, May 3, 2021."]) \
        == "Human Rights Watch"


def test_the_name_with_its_initials_at_the_foot():
    page = _page("Médecins Sans Frontières (MSF)\n12 Mill Road | Lakeside\nCookie settings")
    assert parse_text_article(page, "ngo/pumps.txt").outlet == "Médecins Sans Frontières"


def test_a_person_a_sentence_or_an_unknown_name_names_nothing():
    assert foot_note_outlet(["x", "Jane Mercer is a reporter covering water and energy."]) is None
    assert foot_note_outlet(["x", "The station is the only source of water for the district."]) is None
    assert foot_note_outlet(["x", "Lakeside Water Forum is an independent network of engineers."]) is None
    assert foot_note_outlet(["x", "Human Rights Watch (HRWX)"]) is None  # initials that are not its own
