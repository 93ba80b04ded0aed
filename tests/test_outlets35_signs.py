"""Issue #13 round 35 (outlets35): an outlet's signs read by their shape on pages nobody had seen: a
copyright line in an element of any class (the holder stored where another line of the page writes
it too), a quote inside a holder's name kept, a known outlet's Arabic-script name in the form its
page writes."""

from lxml import html as lxml_html

from archive.extract.furniture_outlets import foot_holder, page_furniture_outlet
from archive.extract.outlet_agreement import web_page_lines
from archive.extract.outlet_longer_forms import self_form
from archive.extract.outlet_page_forms import page_form

STORY = ("Engineers at the pumping station said repairs had been delayed for months because spare parts "
         "could not be brought across the border before the summer heat arrived in the valley.\n\n"
         "Residents of the eastern districts said they had bought water from private tankers at prices "
         "that doubled over the year, and that the shortage had reached the camps first.\n\n"
         "Officials promised a new pipeline by the spring, though few in the town expected it so soon.\n\n")


def test_a_copyright_line_in_an_element_of_any_class_is_the_pages_foot():
    tree = lxml_html.fromstring(
        "<html><head><title>Lake Valley TV</title></head><body><div class='menu'>LAKE VALLEY TV · News</div>"
        "<h2>Pumps stand idle</h2><p>" + STORY.replace("\n\n", "</p><p>") + "</p>"
        "<div class='copy'>© Lakeside Radio - Hemû maf parastî ne</div></body></html>")
    head, foot = web_page_lines(tree)
    assert "© Lakeside Radio - Hemû maf parastî ne" in foot
    assert foot_holder(["Lakeside Radio"], foot) == "Lakeside Radio"  # the head writes it too
    assert foot_holder([], foot) is None  # one sign alone, the data not knowing it: no outlet
    assert page_furniture_outlet(["Lakeside Radio"], foot) == "Lakeside Radio"
    # an Arabic page's copyright element names it, its dateline too: two signs agree
    tree = lxml_html.fromstring(
        "<html><body><p>دمشق - شام برس: أقدمت قوات على إيقاف محطة المياه مجدداً عن المدينة.</p>"
        "<div class='copy'>جميع الحقوق محفوظة لشام برس 2004 - 2021</div></body></html>")
    head, foot = web_page_lines(tree)
    assert foot_holder(head, foot, ["دمشق - شام برس: أقدمت قوات على إيقاف محطة المياه مجدداً عن المدينة."]) \
        == "شام برس"


def test_a_quote_closing_inside_a_holders_name_stays():
    foot = ["© ИА «Лесное-Информ». Все права защищены."]
    assert self_form("ИА «Лесное-Информ»", foot, []) is None  # the same form: nothing to mend
    assert self_form("ИА «ЛЕСНОЕ-ИНФОРМ»", foot, []) == "ИА «Лесное-Информ»"


def test_a_known_outlets_arabic_name_as_its_page_writes_it():
    # Jam-e Jam: data "جام جم"; its masthead writes the paper's word with it
    assert page_form("Jam-e Jam", "جام جم", ["روزنامه جام جم", "صفحه نخست | سیاسی"], [], []) == "روزنامه جام جم"
    # Kitabat: data "موقع كتابات"; its masthead writes the name alone beside the Latin one
    assert page_form("Kitabat", "موقع كتابات", ["كتابات - Kitabat"], [], []) == "كتابات"
    # the page writes the data's form: it stands
    assert page_form("Kitabat", "موقع كتابات", ["كتابات - Kitabat"], ["زوروا موقع كتابات"], []) is None
    # short vowels the data's form lacks
    assert page_form("Oman Daily", "جريدة عمان", ["جريدة عُمان"], [], []) == "جريدة عُمان"
    # nothing on the page writes a form of it
    assert page_form("Kitabat", "موقع كتابات", ["الرئيسية | مقالات"], [], []) is None


def test_an_unknown_outlets_name_as_its_copyright_notice_writes_it():
    from archive.extract.outlet_page_forms import holder_form

    # the masthead's epithet is the logo's; the notice names the channel
    assert holder_form("قناة البحيرة الفضائية", ["تابعوا قناة البحيرة", "حقوق النشر محفوظة لقناة البحيرة"]) \
        == "قناة البحيرة"
    assert holder_form("بحيرة ستريت الإخباري", ["كافة الحقوق محفوظة © بحيرة ستريت 2023"]) == "بحيرة ستريت"
    # a kind word the notice adds is the notice's way of writing: the masthead's form stands
    assert holder_form("البحيرة", ["جميع الحقوق محفوظة لصحيفة البحيرة"]) is None
    # another name in the notice (the publisher's house), or none: nothing
    assert holder_form("البحيرة", ["جميع الحقوق محفوظة لمؤسسة الوادي للصحافة"]) is None
    assert holder_form("Lakeside Post", ["© 2023 The Lakeside Post Company"]) is None
