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

