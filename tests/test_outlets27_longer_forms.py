"""Round 27 (outlets27): a known outlet's name inside the longer name a page's masthead and copyright line print."""

from archive.extract.outlet_longer_forms import masthead_holder
from archive.extract.outlet_names import is_known


def test_known_name_and_the_masthead_make_the_longer_holder():
    # "Helsingin Sanomat" is known; a weekend title of the same words and "Viikko" is not
    lines = ["Viikko", "Koti | Uutiset | Kulttuuri", "Otsikko tähän", "Tekstiä.", "Jaa", "© Helsingin Sanomat Viikko"]
    assert masthead_holder("Helsingin Sanomat", lines, is_known) == "Helsingin Sanomat Viikko"


def test_holder_is_left_when_it_is_a_known_spelling_or_the_masthead_differs():
    lines = ["Viikko", "Koti | Uutiset", "Otsikko", "Tekstiä.", "© Helsingin Sanomat Kuukausi"]
    assert masthead_holder("Helsingin Sanomat", lines, is_known) is None  # the rest is not the masthead
    lines = ["TASS", "Russian News Agency", "Headline", "Text.", "© 2021 TASS Russian News Agency. All rights reserved"]
    assert masthead_holder("TASS", lines, is_known) is None  # the data's own alias of the known outlet
    assert masthead_holder("Lakeside Weekly", ["Viikko", "x", "© Lakeside Weekly Viikko"], is_known) is None  # unknown


def test_service_is_a_kind_word_of_a_fuller_form():
    from archive.extract.outlet_forms import fuller_form, own_form

    assert fuller_form("Lakeland Wire", "Lakeland Wire Service")
    assert fuller_form("LAKELAND WIRE", "Lakeland Wire Service")  # a masthead in capitals
    assert not fuller_form("Lakeland Wire", "Lakeland Wire Foundation")  # another body
    head = ["LAKELAND WIRE", "World | Region", "EXPLAINER: what the ferry strike means"]
    foot = ["Copyright 2024 Lakeland Wire Service. All rights reserved."]
    assert own_form("LAKELAND WIRE", head, head + foot, foot) == "Lakeland Wire Service"
