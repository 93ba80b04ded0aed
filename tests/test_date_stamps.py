"""A print's, an access's or a generator's stamp is no publication date (issue #13, helper stamps):
a text page whose only date is "Printed on ..." stores none; a published date beside it wins.
Labels as data (archive/data/stamp_labels.txt), in the languages the date data reads. Pages
written for these tests."""

import pytest

from archive.extract.date_stamps import stamp_only
from archive.readers.text import parse_text_article

BODY = ("The provincial council met on Tuesday to discuss the repair of the water station that "
        "serves the eastern districts, officials said.\n\n"
        "Engineers told the council that the pumps would run again within two weeks if the spare "
        "parts ordered last month arrive at the border crossing on time.\n\n"
        "Residents have relied on tanker trucks since the station stopped working in the spring, "
        "and prices for a barrel of water have doubled since then.\n")


def _page(*header):
    return "Council hears plan to restart the eastern water station\n\n" + "\n".join(header) + "\n\n" + BODY


@pytest.mark.parametrize("stamp", [
    "Printed on 12 June 2023",
    "Accessed: 3 March 2024",
    "Page generated 14 February 2022, 10:04",
    "Riverside | Printed on: 12 June 2023",
    "تاريخ الطباعة: 12 يونيو 2023",
    "Abgerufen am 3. März 2024",
    "Consulté le 5 mai 2021",
])
def test_a_stamp_alone_gives_no_date(stamp):
    assert stamp_only(stamp)
    assert parse_text_article(_page("By Jane Doe", stamp), "page.txt").published is None


@pytest.mark.parametrize("header", [
    ("Printed on 12 June 2023", "Published: 2 May 2023"),
    ("Published: 2 May 2023", "Printed on 12 June 2023"),
    ("Published 2 May 2023 | Printed 12 June 2023",),
])
def test_the_published_date_wins(header):
    from archive.extract.dates import iso_date

    assert iso_date(parse_text_article(_page("By Jane Doe", *header), "page.txt").published) == "2023-05-02"


@pytest.mark.parametrize("line", [
    "Published 2 May 2023 | Printed 12 June 2023",
    "The report was printed on 12 June 2023 by the ministry",
    "2 May 2023",
    "Posted on 2 May 2023",
    "Updated: 2 May 2023",  # a revision's stamp still dates the page (read halves' truths)
])
def test_no_stamp(line):
    assert not stamp_only(line)


def test_a_revision_stamp_with_revision():
    assert stamp_only("Hyderabad | Updated: August 30, 2023 07:41 IST", revision=True)
    assert stamp_only("Mis à jour le 5 mai 2021", revision=True)
    assert not stamp_only("Published 5 May 2021 | Updated 6 May 2021", revision=True)


def test_a_labelled_published_date_under_an_update_and_a_byline_wins():
    # "Updated" over the byline, "Published" under it: the publication date, not the revision's
    from archive.extract.dates import iso_date

    page = _page("Updated 12 June 2023", "By Jane Doe", "Published 2 May 2023")
    assert iso_date(parse_text_article(page, "page.txt").published) == "2023-05-02"
