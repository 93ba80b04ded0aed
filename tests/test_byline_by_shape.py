"""A byline read by its shape: one part a person's name, every other part a byline's sign of its
own (a date, a place, an outlet), or a label or role beside the name (issue #13, round 20, helper
bylines9). Pages and lines written for these tests."""

import pytest

from archive.extract.byline_blocks import name_over_date
from archive.extract.byline_shapes import byline_by_shape
from archive.readers.html import parse_html


@pytest.mark.parametrize("line, name", [
    ("دمشق ـ “الراصد” ـ سلمى الحسن:", "سلمى الحسن"),  # a place, a quoted outlet, the name
    ("Hasakah - Jane Doe | 12 May 2024 | Updated: 13 May 2024", "Jane Doe"),
    ("كتبت سلمى الحسن", "سلمى الحسن"),  # a byline verb without its colon, a name alone after it
    ("Jane Doe, Senior Research Fellow, Middle East Programme", "Jane Doe"),  # a role after the comma
])
def test_a_byline_by_its_shape(line, name):
    assert byline_by_shape(line) == name


@pytest.mark.parametrize("line", [
    "Jane Doe",  # a name alone: no sign beside it
    "كتبت الصحيفة أن الحكومة",  # the verb over a sentence ("the paper wrote that the government")
    "Syria - Iraq",
    "Jane Doe - John Roe | 12 May 2024",  # two names
    "Home | World | Middle East",
    "Breaking News | 12 May 2021",
])
def test_not_a_byline(line):
    assert byline_by_shape(line) is None


def test_a_date_label_is_no_name():
    assert name_over_date(["نشر في 2 نوفمبر 2020", "دمشق ـ “الراصد” ـ سلمى الحسن:"]) is None


PAGE = """<html><head><title>Families return from the camps</title></head><body>
<h1>Families return from the camps</h1>
<p class="teaser">A second group came home on Friday.</p>
<p class="meta">Jane Doe, Senior Research Fellow, Middle East and North Africa Programme</p>
<p class="meta">10 June 2025</p>
<p>For six years, governments have relied on an arrangement that kept their citizens far away in camps
and prisons, where the conditions have been described as dire by every visitor.</p>
<p>The agreement signed in March changes that, and the families who came home on Friday are the
first to benefit from it, officials said at the airport.</p>
<p>More flights are planned for the summer, according to the ministry, which did not say how many
people would be on them or when exactly they would leave.</p>
</body></html>"""


def test_an_html_byline_with_a_role_after_its_comma():
    assert parse_html(PAGE, "page.html").author == "Jane Doe"


OLD_PAGE = """<html><head><meta charset="utf-8"><title>الراصد</title></head><body>
<table><tr><td><font size="5"><b>عائلات تنتظر عودة أبنائها من المخيمات</b></font><br>
<font size="2">٢٠ شباط ٢٠٢٢</font><br><br>
<font size="2">كتبت سلمى الحسن</font><br><br>
ما زالت عائلات كثيرة تنتظر خبراً عن أبنائها المحتجزين منذ سنوات في المخيمات والسجون، وتقول إنها لم
تتلق أي معلومات رسمية عن أوضاعهم الصحية أو القانونية حتى اليوم.<br><br>
وتطالب العائلات السلطات بالتحرك سريعاً لإعادة الأطفال والنساء، مؤكدة أن الانتظار الطويل زاد من
معاناتها، وأن الوعود المتكررة لم تتحول إلى خطوات عملية على الأرض.<br><br>
</td></tr></table></body></html>"""


def test_a_page_without_headings_reads_under_its_title():
    record = parse_html(OLD_PAGE, "page.html")
    assert record.title == "عائلات تنتظر عودة أبنائها من المخيمات"
    assert record.author == "سلمى الحسن"  # under the <font><b> title: a verb, then a name alone
