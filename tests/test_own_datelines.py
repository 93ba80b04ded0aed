"""The page's own dateline alone over the first paragraph, naming an outlet the data does not know
(issue #13, round 16, helper bylines6): "Place – Outlet" or "Outlet - Place", the outlet written
as the page's masthead over the title, opens the text; a mark of the outlet's own story ("Outlet -
خاص") does not. Pages written for these tests."""

from archive.extract.text_edges import _own_dateline, dateline_above

TOP = ["Lakeside Courier", "Daily news from the lakes", "Home > Reports", "Families return to the valley"]


def test_own_dateline():
    assert _own_dateline("Tamsk – Lakeside Courier", TOP)
    assert _own_dateline("Lakeside Courier - Tamsk", TOP)


def test_not_own_dateline():
    assert not _own_dateline("Lakeside Courier - خاص", TOP)  # the outlet's own-story mark
    assert not _own_dateline("Tamsk – Other Paper", TOP)  # no line over the title writes it
    assert not _own_dateline("Lakeside Courier - Tamsk - Ulm", TOP)  # three parts
    assert not _own_dateline("Lakeside Courier - Daily news from the lakes", TOP)


def test_the_text_opens_with_it():
    content = TOP + ["Tamsk – Lakeside Courier",
                     "Dozens of families returned to the valley this week after two years in camps, officials said."]
    assert dateline_above(content, [5], 3) == [4, 5]
