"""A stored author must look like a person's name (issue #13 round 12: precision first): bylines
headed by a body of people, a role in construct with the outlet, a place and the outlet, or a
name with a credit after it."""

from archive.extract.bylines import stored_author


def test_bodies_of_people_and_institutions_are_refused():
    for byline in ("Research team", "The Lakeside Editorial Board", "Example Institute Press",
                   "Central Criminal Court", "Relief Group Syria team", "Policy Committee"):
        assert stored_author(byline, None) is None, byline


def test_an_arabic_role_in_construct_is_refused():
    assert stored_author("مراسل الوادي", "الوادي") is None
    assert stored_author("محرر الشؤون الدولية", None) is None


def test_place_and_the_records_outlet_is_refused():
    assert stored_author("عمّان - الوادي", "الوادي") is None


def test_a_credit_after_the_name_is_dropped():
    assert stored_author("Jane Doe-Roe/Staff Reporter", "Lakeside Times") == "Jane Doe-Roe"
    assert stored_author("Omar Haddad for Radio Example Service", None) == "Omar Haddad"


def test_persons_are_kept():
    for byline in ("Jane Doe", "أحمد الخطيب", "Jane Doe and John Roe", "Mary Court"):
        assert stored_author(byline, None) == byline



def test_a_press_office_after_the_date_leaves_room_for_the_authors_line(tmp_path):
    from archive.readers.text import read_text_file

    path = tmp_path / "update.txt"
    path.write_text(
        "Lakeside Policy Institute\nWater Talks Stall Again as Both Sides Trade Blame\nMarch 2, 2023 - LPI Press\n"
        "Authors: Omar Haddad-Lind and Jane Roe\n"
        "Talks over the river's water stalled again this week as both sides blamed the other for the delay.\n\n"
        "Engineers warned that the pumping station could not run at full capacity without a steady supply of power.\n\n"
        "A further round of talks is expected later this month, officials said.\n", encoding="utf-8")
    record = list(read_text_file(path))[0]
    assert record.author == "Omar Haddad-Lind and Jane Roe"
