"""A byline's credit after a spaced dash: the name is read where the credit agrees with a sign of
its own (an outlet the data knows, the page's own outlet, a role), never on its shape alone
(issue #13, round 20, helper bylines9). Pages written for these tests."""

import pytest

from archive.extract.byline_blocks import name_before_credit
from archive.readers.html import parse_html


@pytest.mark.parametrize("line, outlet, name", [
    ("سلمى الحسن - الراصد", "Alrased | الراصد", "سلمى الحسن"),  # the page's outlet under its second name
    ("Jane Doe - The Valley Post", "The Valley Post", "Jane Doe"),
    ("Jane Doe - Senior Writer", None, "Jane Doe"),  # a role
    ("الراصد - متابعات", None, None),  # the masthead over its desk's word: no reporter
    ("Jane Doe - Hasakah", "The Valley Post", None),  # a place or anything else: unknown
    ("Jane Doe - John Roe", None, None),
])
def test_name_before_credit(line, outlet, name):
    assert name_before_credit(line, outlet) == name


PAGE = """<html><head><meta property="og:site_name" content="Alrased | الراصد">
<title>عودة عائلات من مخيم الهول | الراصد</title></head><body>
<h1>عودة عائلات من مخيم الهول</h1>
<div class="author">سلمى الحسن - الراصد</div>
<p>عادت عشرات العائلات من مخيم الهول إلى مناطقها الأصلية بعد انتظار طويل، وفق ما قالت مصادر محلية
للراصد يوم الأحد، في رحلة استغرقت ساعات عدة عبر طرق صحراوية.</p>
<p>وقال أحد العائدين إن الظروف في المخيم كانت صعبة للغاية خلال الأشهر الماضية، مع نقص في المياه
والأدوية والخدمات الأساسية، وإن العائلات تأمل في بداية جديدة.</p>
<p>وتستمر عمليات الإعادة على دفعات منذ بداية العام، بالتنسيق مع الجهات المحلية والمنظمات الإنسانية
العاملة في المنطقة، وسط مطالبات بتسريعها.</p>
</body></html>"""


def test_an_html_author_element_with_the_outlet_after_a_dash():
    record = parse_html(PAGE, "page.html")
    assert record.author == "سلمى الحسن"
