"""Issue #13 round 18 (outlets8): an Arabic masthead the data does not know is confirmed by the
file's own name writing it, in Arabic or in Latin letters (by its consonants)."""

from archive.extract.masthead_file_names import file_writes_arabic_name
from archive.readers.text import parse_text_article

BODY = ("قالت مصادر محلية إن عشرات العائلات عادت إلى قراها في ريف المحافظة بعد أشهر من النزوح، "
        "وسط نقص حاد في المياه والخدمات الأساسية وارتفاع أسعار المواد الغذائية في الأسواق.\n\n"
        "وأضافت المصادر أن المجلس المحلي وعد بإصلاح محطة المياه خلال الأسابيع المقبلة، "
        "إلا أن الأهالي يشكون من تأخر الوعود السابقة وغياب أي جدول زمني واضح للإصلاح.\n")


def test_latin_letters_by_consonants():
    assert file_writes_arabic_name("x/nabadalwadi-returns.txt", "نبض الوادي")
    assert file_writes_arabic_name("x/sawt-furat-returns.txt", "صوت الفرات")  # the article left out
    assert not file_writes_arabic_name("x/syria-camp.txt", "نبض الوادي")
    assert not file_writes_arabic_name("x/sham-news.txt", "شام")  # too few letters to tell
    assert not file_writes_arabic_name("x/nabadalwadi-returns.txt", "Nabad Alwadi")  # Arabic names only


def test_arabic_first_word_with_a_slug():
    assert file_writes_arabic_name("x/النبراس-عودة-العائلات.txt", "النبراس نيوز")
    assert not file_writes_arabic_name("x/النبراس.txt", "النبراس نيوز")  # no slug: the name alone
    assert not file_writes_arabic_name("x/النبراس-عودة.txt", "النبراس نيوز", "النبراس: عودة العائلات")


def test_a_first_line_masthead_over_a_menu_confirmed_by_the_file_name():
    page = "نبض الوادي\nأخبار  تحقيقات  رأي  منوعات\n\nعودة عشرات العائلات إلى ريف المحافظة\n\n" + BODY
    assert parse_text_article(page, "downloads/nabadalwadi-returns.txt").outlet == "نبض الوادي"
    # round 28: a masthead over a bar of news sections needs no second sign; under a bar of no sections' names
    # the file's name is the second sign
    page = page.replace("أخبار  تحقيقات  رأي  منوعات", "الجسر  السوق  المدرسة  الحديقة")
    assert parse_text_article(page, "downloads/nabadalwadi-returns.txt").outlet == "نبض الوادي"
    assert parse_text_article(page, "downloads/returns-report.txt").outlet is None


def test_a_first_line_masthead_over_a_crumb_confirmed_by_the_file_name():
    page = "النبراس نيوز\nالرئيسية > عربي ودولي\n\nعودة عشرات العائلات إلى ريف المحافظة\n\n" + BODY
    assert parse_text_article(page, "أرشيف/النبراس-عودة-العائلات.txt").outlet == "النبراس نيوز"
    # round 28: a first line ending on an outlet's kind word ("نيوز") names the outlet by itself
    assert parse_text_article(page, "أرشيف/تقرير-عودة-العائلات.txt").outlet == "النبراس نيوز"
