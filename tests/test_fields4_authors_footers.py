"""Wrong values the import stored on material it had not seen (issue #13, helper fields4), each
refused or fixed by a class of check: a body's unit as author, a page's label or button under the
text as a signature, writers listed between commas cut to the first, a channel's number dropped
from a copyright holder, and a known short name taken from inside a longer unknown one."""

from archive.extract.bylines import stored_author
from archive.extract.footer_metadata import page_label
from archive.extract.outlet_footers import footer_outlet
from archive.extract.person_names import bare_name
from archive.readers.text import parse_text_article


def test_a_bodys_unit_is_no_author():
    for byline in ("OFFICE OF THE SPOKESPERSON", "Office of the Press Secretary", "General Division",
                   "وحدة الدراسات الأمنية", "قسم التحقيقات", "ناوەندی هەواڵ", "Research Department"):
        assert stored_author(byline, None) is None, byline


def test_persons_are_still_kept():
    for byline in ("Jane Doe", "سامر العلي", "Mary Center", "محمد مركز", "Jane Doe and John Roe"):
        assert stored_author(byline, None) == byline, byline


def test_a_pages_label_or_button_is_no_signature():
    for line in ("آخر الأخبار", "Latest News", "هاوبەشی بکە", "شارك الخبر"):
        assert page_label(line), line
    assert not page_label("سامر العلي")


def _page(last_line: str) -> str:
    return "\n".join([
        "الوادي",
        "عودة عائلات من المخيم إلى مدنها بعد سنوات من الانتظار",
        "2024/05/28",
        "وصلت صباح اليوم دفعة جديدة من العائلات إلى مركز الإيواء في المدينة بعد رحلة طويلة عبر الحدود.",
        "وقال مسؤول في المركز إن العائلات ستبقى مدة ثلاثة أشهر قبل العودة إلى مناطقها الأصلية.",
        last_line,
    ])


def test_a_label_under_the_text_is_not_stored_as_author():
    assert parse_text_article(_page("آخر الأخبار"), "x/a.txt").author is None
    assert parse_text_article(_page("هاوبەشی بکە"), "x/a.txt").author is None


def test_writers_between_commas_are_all_kept():
    assert bare_name("Jane Doe, John Roe") == "Jane Doe, John Roe"
    assert bare_name("Lotte van Dijk, Sara Mansour") == "Lotte van Dijk, Sara Mansour"
    for line in ("Jane Doe, New York", "Jane Doe, Northern Syria", "Jane Doe, Staff Writer", "Jane Doe, Reporter"):
        assert bare_name(line) == "Jane Doe", line


def test_an_author_s_label_reads_the_list():
    from archive.extract.bylines import header_byline
    assert header_byline("Author(s): Jane Doe, John Roe") == ("Jane Doe, John Roe", None)
    assert header_byline("Author(s): Jane Doe") == ("Jane Doe", None)


def test_a_channels_number_is_part_of_its_name():
    assert footer_outlet("جميع الحقوق محفوظة لشبكة 555 © 2024") == "شبكة 555"
    assert footer_outlet("© 2024 Channel 7") == "Channel 7"
    assert footer_outlet("جميع الحقوق محفوظة لشبكة 2024") is None  # a kind, no name
    assert footer_outlet("© 2021 Camp Gazette 12") is None  # a number, no channel's
    assert footer_outlet("جميع الحقوق محفوظة لـ عنب بلدي 2024") == "Enab Baladi"


def test_a_known_arabic_name_running_on_into_a_longer_one_is_not_that_outlet():
    assert footer_outlet("جميع الحقوق محفوظة لصحيفة الصباح الجديد") != "Al-Sabah"
    assert footer_outlet("جميع الحقوق محفوظة لصحيفة الصباح") == "Al-Sabah"
    assert footer_outlet("جميع الحقوق محفوظة لموقع عنب بلدي الإخباري") == "Enab Baladi"
    assert footer_outlet("© 2022 الشرق الأوسط - جميع الحقوق محفوظة") == "Asharq Al-Awsat"


def test_bylines_the_reader_missed():
    from archive.extract.bylines import header_byline
    assert header_byline("Par Élodie Castanier") == ("Élodie Castanier", None)  # a capital beyond A-Z
    assert header_byline("By Özlem Kaya") == ("Özlem Kaya", None)
    assert header_byline("Posted by Jane Doe on February 18, 2020") == ("Jane Doe", None)
    assert header_byline("Contributed by Jane Doe") == ("Jane Doe", None)
    assert header_byline("— Reported by Jane Doe") == ("Jane Doe", None)
    assert bare_name("الحسكة - سامر العلي:") == "سامر العلي"
    assert bare_name("Jane Doe:") is None


def test_an_arabic_place_and_reporter_line_is_read_and_kept_as_the_storys_opening():
    page = "\n".join([
        "الوادي", "", "أهالي المنطقة يطالبون بإنهاء مأساة المخيم", "", "الأحد 17 تشرين الثاني 2019",
        "الحسكة - سامر العلي:",
        "طالب وجهاء وأبناء عشائر في المحافظة بإغلاق المخيم وإعادة المحتجزين فيه إلى قراهم ومدنهم بعد سنوات.",
        "وقال أحد الوجهاء إن الأهالي مستعدون لاستقبال أبنائهم وكفالتهم أمام الجهات المعنية في المنطقة.",
    ])
    record = parse_text_article(page, "x/a.txt")
    assert record.author == "سامر العلي"
    assert record.body.startswith("الحسكة - سامر العلي:")


def _logo_page(footer: str) -> str:
    return "\n".join([
        "Independent", "", "Camp residents wait for word on returns as funding runs short", "", "12 March 2024",
        "Residents of the camp said on Tuesday that they had heard nothing from officials about the next return "
        "flights, while aid groups warned of shortfalls.",
        "Aid agencies say they are short of money for the rest of the year and have cut services in several "
        "sections of the camp.", footer])


def test_a_logo_word_without_its_the_yields_to_a_known_publisher_named_in_full():
    assert parse_text_article(_logo_page("Copyright © 2024 Chatham House. All rights reserved."), "x/a.txt").outlet \
        == "Chatham House"
    assert parse_text_article(_logo_page("Share this story"), "x/a.txt").outlet == "The Independent"
    assert parse_text_article(_logo_page("© 2024 Lakeside Camp Gazette"), "x/a.txt").outlet == "The Independent"


def test_a_name_then_one_word_after_a_dash_is_the_name():
    assert bare_name("Berfîn Zinar - Dêrik") == "Berfîn Zinar"
    assert bare_name("Jane Doe - Lakeside") == "Jane Doe"
    assert bare_name("Raqqa - Jane Doe") == "Jane Doe"
    assert bare_name("Qamishli: Jane Doe") == "Jane Doe"
    assert bare_name("Read More - Here") is None


def test_the_pages_own_address_over_the_headline_names_a_known_outlet():
    from archive.extract.masthead_lines import domain_masthead
    header = ["https://www.rudaw.net/english/middleeast/syria/1234"]
    assert domain_masthead(header, header + ["Some text of the story."]) == "Rudaw"
    assert domain_masthead(["https://example-unknown-site.org/a/b"], ["x"]) is None


def test_write_to_a_named_reporter_at_an_address_names_the_outlet():
    from archive.extract.outlet_footers import email_outlet
    assert email_outlet("Write to Jane Doe at jane.doe@rudaw.net") == "Rudaw"
    assert email_outlet("Contact Jane Doe at jane.doe@rudaw.net") == "Rudaw"
    assert email_outlet("Donations can be sent to Jane Doe at jane.doe@rudaw.net") is None
