"""A dated dateline alone on its line names its agency, in the body's first paragraph or under the
headline; a picture's credit (a name, no date) does not (issue #13, round 10)."""

from archive.extract.outlet_signs import dated_dateline_outlet, outlet_from_dateline
from archive.readers.text import parse_text_article

TEXT = ("The ferry between the two lake towns ran again on Monday for the first time since the storm.\n\n"
        "The operator said it would add a second boat in the summer, once the pier is repaired.\n\n"
        "Passengers said the crossing took twice as long as before because of the wreckage.\n")


def test_a_dated_dateline_alone_on_its_line():
    assert outlet_from_dateline("Beirut, 8 October 2020 (AFP)") == "Agence France-Presse"
    assert outlet_from_dateline("الحسكة، ٣ أيار ٢٠٢٢ (أ ف ب)") == "Agence France-Presse"
    assert dated_dateline_outlet("SKOPJE, 8 October 2020 (Lakeside Wire)") == "Lakeside Wire"
    assert outlet_from_dateline("Jane Doe (AFP)") is None  # a picture's credit: no date
    assert outlet_from_dateline("Beirut, 8 October 2020 (Updated)") is None
    assert dated_dateline_outlet("By Jane Doe - Reuters") is None  # not a dateline's shape


def test_under_the_headline_of_a_text_page():
    page = f"Ferry service resumes across the lake after storm\nBeirut, 8 October 2020 (AFP)\n\n{TEXT}"
    record = parse_text_article(page, "saved/misc/ferry.txt")
    assert record.outlet == "Agence France-Presse"
    credit = f"Ferry service resumes across the lake after storm\n8 October 2020\nJane Doe (AFP)\n\n{TEXT}"
    assert parse_text_article(credit, "saved/misc/ferry.txt").outlet is None
