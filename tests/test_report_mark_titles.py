"""A headline opening with a label that heads a byline as often (issue #13): "تقرير:" is "Report by:"
over a name and a report's own mark before its headline. Over a date line under a site's menu, the
marked headline is the title, not the site's name over it; "تقرير: <name>" stays a byline. Texts
written for the test."""

from archive.extract import page_layout
from archive.readers.text import parse_text_article

PAGE = """شبكة النهر للرصد
الرئيسية | تقارير | بيانات | اتصل بنا
بيانات

تقرير: عشرات العائلات تنتظر العودة من المخيمات إلى قرى ريف الرقة

03/02/2024

قالت الشبكة في تقرير نشرته اليوم إن عشرات العائلات ما زالت تنتظر في المخيمات منذ أشهر، رغم وعود متكررة بتسهيل عودتها إلى قراها في ريف الرقة الشرقي.

وأضاف التقرير أن الطرق المؤدية إلى القرى تضررت خلال الشتاء، وأن المدارس والمراكز الصحية فيها لم تفتح بعد.

وطالبت الشبكة الجهات المحلية والمنظمات بتأمين النقل والخدمات الأساسية قبل بدء العام الدراسي.
"""


def test_the_marked_headline_is_the_title():
    record = parse_text_article(PAGE, "<test>")
    assert record.title == "تقرير: عشرات العائلات تنتظر العودة من المخيمات إلى قرى ريف الرقة"
    assert record.published == "03/02/2024"


def test_a_name_after_the_label_is_no_report_mark():
    assert page_layout.report_mark("تقرير: عشرات العائلات تنتظر العودة من المخيمات")
    assert not page_layout.report_mark("تقرير: سامر الحلبي")
    assert not page_layout.report_mark("By Jane Doe")
