"""Issue #13, round 17 (helper bylines7): a web page's date line where no element under a heading
holds one (a headline set in a font, a date bar over the headline, an update's stamp beside the
date). ``html_edges.page_date_line``; the HTML reader's hook is helper outlets7's to land. Pages
written for these tests."""

import lxml.html
import pytest

from archive.readers.html_edges import page_date_line

STORY = ("<p>The regional council approved the budget for the new ferry landing on Tuesday after a "
         "two-hour debate, and work is due to start in the spring.</p>")


def _tree(body: str):
    return lxml.html.fromstring(f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>")


@pytest.mark.parametrize("body, day", [
    ("<table><tr><td><font size='5'>Ferry landing approved</font><br>"
     "<font size='2'>Harbourtown - Courier | 05 October 2020</font>" + STORY + "</td></tr></table>", "2020-10-05"),
    ("<div class='bar'>Issue 1201 - Monday 22 January 2024</div><div><h1>Ferry landing approved</h1>" + STORY + "</div>",
     "2024-01-22"),
    ("<h2>Ferry landing approved</h2><div class='info'>Harbourtown - Jane Doe | 23 March 2024 | "
     "Last updated: 24 March 2024</div>" + STORY, "2024-03-23"),
    ("<font size='5'>عبارة جديدة للجزر</font><br><font size='2'>٢٠ شباط ٢٠٢٢</font>" + STORY, "2022-02-20"),
])
def test_the_date_line(body, day):
    assert page_date_line(_tree(body)) == day


@pytest.mark.parametrize("body", [
    STORY,  # no date at all
    "<font>Ferry landing approved</font><font>05 October 2020</font>" + STORY
    + "<ul><li>Bus fares rise</li><li>12 May 2021</li></ul>",  # two days: a related story's
    "<font>Ferry landing approved</font><p>The vote is on 5 October 2020.</p>" + STORY,  # a sentence, no date line
    "<p>© 2020 Harbourtown Courier</p>" + STORY,  # a year alone
    "<div>Wed, Nov 20, 2019</div><font>Ferry landing approved</font><div>By Jane Doe On 11/13/19 at 4:00 PM</div>"
    + STORY,  # the site's "today" over the story's own stamp, in figures
])
def test_no_date_line(body):
    assert page_date_line(_tree(body)) is None
