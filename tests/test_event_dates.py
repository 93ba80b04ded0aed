"""Event dates in an article's text, resolved against its publication date (issue #5)."""

import pytest

from archive.extract.event_dates import EventDate, find_event_dates

PUBLISHED = "2019-03-25"  # a Monday


def dates(text, published=PUBLISHED):
    return [(d.date, d.relative) for d in find_event_dates(text, published)]


@pytest.mark.parametrize("text, expected", [
    ("The prison was attacked on January 20, 2022.", [("2022-01-20", False)]),
    ("The prison was attacked on 20 January 2022.", [("2022-01-20", False)]),
    ("It fell on Jan. 20, 2022.", [("2022-01-20", False)]),
    ("It fell on Wednesday, January 19, 2022.", [("2022-01-19", False)]),
    ("It fell on Saturday, 23 March 2019.", [("2019-03-23", False)]),
    ("It fell on the 23rd of March 2019.", [("2019-03-23", False)]),
    ("The last pocket fell in March 2019.", [("2019-03", False)]),
    ("It began in mid-February 2019.", [("2019-02", False)]),
    ("Dated 2019-03-23.", [("2019-03-23", False)]),
    ("Dated 23/03/2019.", [("2019-03-23", False)]),
    ("Dated 19-12-2018.", [("2018-12-19", False)]),
    ("Dated 12/19/2018.", [("2018-12-19", False)]),
    # relative to the publication date
    ("The prison was attacked on January 20.", [("2019-01-20", True)]),
    ("The talks began on 30 March.", [("2018-03-30", True)]),  # the latest 30 March before
    ("The SDF announced on Friday that the town had fallen.", [("2019-03-22", True)]),
    ("The SDF announced Saturday that the town had fallen.", [("2019-03-23", True)]),
    ("Monday's attack", [("2019-03-25", True)]),
    ("Last Monday, the camp was full.", [("2019-03-18", True)]),
    ("Yesterday, 20 people died.", [("2019-03-24", True)]),
    ("the day before yesterday", [("2019-03-23", True)]),
    ("Fighting resumed last night.", [("2019-03-24", True)]),
    ("Two days ago the camp was shelled.", [("2019-03-23", True)]),
    ("Earlier this month the camp was shelled.", [("2019-03", True)]),
    ("Last month the camp was shelled.", [("2019-02", True)]),
    ("In December the camp was shelled.", [("2018-12", True)]),
    ("in early March", [("2019-03", True)]),
    # not event dates
    ("Good Friday services", []),
    ("He works on Fridays.", []),
    ("They meet next Friday.", []),
    ("It happened last week.", []),
    ("It happened last year.", []),
    ("It happened in 2014.", []),
    ("They may march today", [("2019-03-25", True)]),
    ("Prices may rise.", []),
    ("They march on.", []),
])
def test_event_dates(text, expected):
    assert dates(text) == expected


def test_relative_dates_need_a_publication_date():
    text = "On January 20 and last Friday, and in March 2019, and on 5 May 2018."
    assert dates(text, None) == [("2019-03", False), ("2018-05-05", False)]
    assert dates(text, "not a date") == [("2019-03", False), ("2018-05-05", False)]


def test_phrase_sentence_and_position():
    text = "Fighting went on. The SDF said on Friday that 500 inmates were recaptured."
    (d,) = find_event_dates(text, "2022-01-26")
    assert isinstance(d, EventDate)
    assert (d.date, d.phrase, d.relative) == ("2022-01-21", "on Friday", True)
    assert text[d.position:].startswith("on Friday")
    assert d.sentence == "The SDF said on Friday that 500 inmates were recaptured."


def test_impossible_dates_are_dropped():
    assert dates("on 31 February 2019") == []
    assert dates("on February 30") == []
    assert dates("2019-13-45") == []


def test_february_29_looks_back_to_a_leap_year():
    assert dates("on February 29", "2019-03-25") == [("2016-02-29", True)]


def test_several_dates_in_order():
    text = "Hajin fell on December 14, 2018; pockets held out until January, and Baghouz fell on Saturday."
    assert dates(text, "2019-03-25") == [("2018-12-14", False), ("2019-01", True), ("2019-03-23", True)]


def test_long_text_grows_linearly():
    # A guard against backtracking, not a speed target (bench/ has those): four times the text costs
    # about four times the CPU, never sixteen; CPU time, so a loaded machine does not move it.
    import time

    def cpu(repeat):
        text = "On Friday, 20 people died in Hasakah, and on 5 May 2019 more fled. " * repeat
        start = time.process_time()
        assert len(find_event_dates(text, PUBLISHED)) == 2 * repeat
        return time.process_time() - start

    cpu(50)  # warm the caches
    small, large = min(cpu(250) for _ in range(3)), min(cpu(1000) for _ in range(2))
    assert large < 8 * max(small, 0.005), (small, large)
