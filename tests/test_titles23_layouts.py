"""Where the headline stands beside the masthead and header (issue #13, round 23:
archive/extract/title_layouts.py): the lines over a breadcrumb trail are the masthead's; a labelled
name is a byline; the publisher's line over the date gives way to the headline under it; a headline
in Title Case over two standfirst lines; a tagline in lower case is never moved up to; a headline the
classifier took for a widget; the byline and date read under a standfirst. Texts written for the test."""

from archive.extract import title_layouts
from archive.readers.text import parse_text_article

BODY = ("The water board of the district said on Monday that the pumping station on the eastern bank "
        "would run again from next week, after repairs that took most of the winter and cost more than planned.\n\n"
        "Engineers said the station could supply about half of the villages along the river once both "
        "pumps were working, and that the rest would depend on fuel deliveries arriving on time.\n")


def _parse(text):
    return parse_text_article(text, "<test>")


def test_shapes():
    assert title_layouts.breadcrumb("Start › Topics › Water")
    assert title_layouts.breadcrumb("You are here: Home › News")
    assert title_layouts.breadcrumb("News > Regional News")
    assert not title_layouts.breadcrumb("Pumps restarted > expected, officials say after a long winter of repairs")
    assert not title_layouts.breadcrumb("Water board restarts pumps")
    assert not title_layouts.breadcrumb("Le «retour» des pompes")  # quotation marks
    assert not title_layouts.breadcrumb("المجلس: «المضخات» تعود")
    assert title_layouts.labelled_name("Author of this story: Maren Holt")
    assert not title_layouts.labelled_name("Interview: Maren Holt")  # a one-word label may head a story
    assert not title_layouts.labelled_name("Closing remarks: R v Q")  # a case's name
    assert not title_layouts.labelled_name("الباغوز بعد سنوات: بلدة تحاول أن تنسى")
    assert title_layouts.title_case("Villages Wait for Water as Pumps Stay Idle")
    assert not title_layouts.title_case("Villages wait for water as pumps stay idle")
    assert title_layouts.opens_in_lower_case("a weekly note on rivers and wells")
    assert not title_layouts.opens_in_lower_case("2 things: Water is back")


def test_masthead_over_breadcrumb_is_no_title():
    text = ("Office of the Regional Water Coordinator | Department of Rivers and Wells\n\n"
            "You are here: Home › Topics › Water › News\n\n"
            "Notice | 02-03-2024 | 09:30\n\n"
            "Pumping station on the eastern bank to run again from next week\n\n" + BODY)
    assert _parse(text).title == "Pumping station on the eastern bank to run again from next week"


def test_labelled_name_is_a_byline_not_the_title():
    text = ("Riverside Courier\n\n"
            "Local > Water\n\n"
            "Pumping station on the eastern bank to run again after winter repairs\n\n"
            "Villages along the river wait for the second pump, the board says\n\n"
            "Author of this story: Maren Holt\n\n"
            "Published Mar 2, 2024 • 2 minute read\n\n" + BODY)
    record = _parse(text)
    assert record.title == "Pumping station on the eastern bank to run again after winter repairs"
    assert record.author == "Maren Holt"
    assert record.published is not None


def test_publisher_over_the_date_gives_way_to_the_headline():
    text = ("District Water Board\n\n"
            "Statement from the Department of Rivers and Wells\n\n"
            "Published 2 March 2024\n\n"
            "Pumping station on the eastern bank will run again from next week\n\n" + BODY)
    assert _parse(text).title == "Pumping station on the eastern bank will run again from next week"


def test_headline_naming_a_board_over_a_standfirst_keeps_its_place():
    text = ("Water Board says the river villages will have water again by spring\n\n"
            "2 March 2024\n\n"
            "Repairs took the whole winter and cost more than planned\n\n" + BODY)
    assert _parse(text).title == "Water Board says the river villages will have water again by spring"


def test_title_case_headline_over_two_standfirst_lines():
    text = ("Skip to content\n\nRiverside Courier\n\nSign In\n\nRegion\n\n"
            "Villages Along the River Wait for Water as Pumps Stay Idle\n\n"
            "Repairs to the eastern station took the whole winter this year\n\n"
            "Engineers warn the second pump depends on fuel deliveries\n\n"
            "By Maren Holt and Jonas Peld\n\n"
            "March 2, 2024 at 9:00 AM\n\n" + BODY)
    record = _parse(text)
    assert record.title == "Villages Along the River Wait for Water as Pumps Stay Idle"
    assert record.author == "Maren Holt and Jonas Peld"
    assert record.published is not None


def test_tagline_in_lower_case_is_no_headline():
    text = ("the river letter\n\n"
            "a monthly note on water, wells and pumps along the eastern bank\n\n"
            "Issue #12: The pumps and the winter\n\n"
            "Subscribe\n\n"
            "Maren Holt\n\n"
            "Mar 2\n\n" + BODY)
    assert _parse(text).title == "Issue #12: The pumps and the winter"


def test_headline_taken_for_a_widget_over_the_byline():
    text = ("Open this letter in your browser\n\n"
            "RIVERS\n\n"
            "Saturday 2 March 2024\n\n"
            "The slow way home for pumps\n\n"
            "Maren Holt\n\n"
            "Senior water correspondent\n\n" + BODY)
    assert _parse(text).title == "The slow way home for pumps"


def test_section_page_of_dated_teasers_is_refused():
    import pytest

    items = [("Pumps restart on the eastern bank after a winter of repairs",
              "Villages along the river say the water came back on Monday morning.", "4 March 2024"),
             ("Fuel deliveries late again at the river station",
              "Contractors blamed the roads for a second week of short supplies.", "20 February 2024"),
             ("Well diggers find salt water north of the district",
              "HIGHLANDS — A team drilling for the board found the water unfit for…", "2 February 2024"),
             ("Board approves a second pump for the southern villages",
              "The plan will be paid for by the district and two aid groups.", "15 January 2024")]
    text = "Riverside Courier\n\nWater › Pumps\n\nPumps\n\nAll our reporting on the pumps of the river.\n\n" \
        + "\n\n".join("\n\n".join(item) for item in items) + "\n\nLoad more\n"
    with pytest.raises(ValueError, match="teasers"):
        _parse(text)


def test_short_story_over_dated_links_is_kept():
    text = ("Pumps restart on the eastern bank after a winter of repairs\n\n4 March 2024\n\n" + BODY
            + "\n\nMore on water\n\nFuel deliveries late again at the river station\n\n20 February 2024\n\n"
            "Well diggers find salt water north of the district\n\n2 February 2024\n\n"
            "Board approves a second pump for the southern villages\n\n15 January 2024\n")
    assert _parse(text).title == "Pumps restart on the eastern bank after a winter of repairs"
