"""The masthead's lines over a date or byline line, the headline under it, right over the text:
the title is that headline, not the masthead's tagline or series' name
(archive/extract/title_mastheads.py, archive/extract/page_layout.py)."""

from archive.readers.text import parse_text_article

TEXT = ("The pumping station on the east bank stopped on a Monday, and by Wednesday the queue at the one working "
        "tap ran past the school. Nobody on the council could say when the spare parts would come.\n\n"
        "Two engineers came from the city on Friday with a borrowed generator. It ran for six hours before the "
        "fuel ran out, which was long enough to fill the tanks of the clinic and little else.\n\n"
        "By the end of the month the station was working again, but the queue had taught everyone the same lesson.\n")


def test_blog_tagline_over_date_line():
    page = ("river & rust\nnotes from a warehouse in the delta\n\nPosted on 3 May 2021 by Lena Marsh\n"
            "The week the pumps stopped\n" + TEXT)
    record = parse_text_article(page, "blog.txt")
    assert record.title == "The week the pumps stopped"
    assert record.author == "Lena Marsh"  # read from the date line over the headline
    assert "3 May 2021" in record.published


def test_series_name_over_issue_line_and_label():
    page = ("International Crisis Group\nDelta Update\nVol. 2 | No. 4 | 3 May 2021\nIn Brief\n"
            "East bank: the pumping station stops again and the queues return\n" + TEXT)
    record = parse_text_article(page, "update.txt")
    assert record.title == "East bank: the pumping station stops again and the queues return"


def test_menu_is_no_byline_under_the_tagline():
    page = ("Delta Letters\na notebook from the river mouth\n\nHome   About   Archive   Contact\n\n"
            "Saturday, May 1, 2021\n\nThe week the pumps stopped on the east bank\n\nPosted by Lena Marsh\n\n" + TEXT)
    record = parse_text_article(page, "letters.txt")
    assert record.title == "The week the pumps stopped on the east bank"


def test_headline_on_the_second_line_stays():
    page = ("Delta Broadcasting Corporation\nPumping station on the east bank stops for a week\n3 May 2021\n"
            "Engineers worked through the night at the station\n" + TEXT)
    record = parse_text_article(page, "news.txt")
    assert record.title == "Pumping station on the east bank stops for a week"
