"""A page's masthead by its menu names the outlet where a second sign agrees; copyright lines in
the forms footers write them (issue #13, round 9). Every name here is made up."""

from archive.extract.masthead_outlets import confirmed, masthead_name, menu_line, page_masthead
from archive.extract.outlet_signs import footer_outlet
from archive.readers.text import parse_text_article

TEXT = ("The ferry between the two lake towns ran again on Monday for the first time since the storm.\n\n"
        "The operator said it would add a second boat in the summer, once the pier on the north shore is repaired.\n\n"
        "Passengers said the crossing took twice as long as before because the boat had to avoid the wreckage.\n\n")


def _page(top: str, footer: str) -> str:
    return f"{top}\n\nFerry service resumes across the lake\nBy Petra Holm\n4 April 2022\n\n{TEXT}{footer}"


def test_a_menu_is_a_line_of_short_entries():
    assert menu_line("Home  News  Investigations  Opinion")
    assert menu_line("الرئيسية | محليات | دولي | رياضة")
    assert not menu_line("Lakeside Herald")
    assert not menu_line("The ferry ran again.  It was late.  Nobody minded.")


def test_a_masthead_over_the_menu_beats_the_company_its_copyright_names():
    page = _page("Skip to content\nLakeside Herald News\nHome  World  Politics  Sport", "© Lakeside Herald 2023")
    assert parse_text_article(page).outlet == "Lakeside Herald News"  # the holder is part of it
    page = _page("LHR\nHome  World  Politics  Sport", "Copyright © 2024, Lakeside Herald Radio")
    assert parse_text_article(page).outlet == "LHR"  # the holder's initials


def test_a_masthead_needs_a_second_sign():
    page = _page("Lakeside Herald\nHome  World  Politics  Sport", "© 2022 Harbour Herald")
    assert parse_text_article(page).outlet != "Lakeside Herald"  # another name the data does not know
    page = _page("Lakeside Herald\nHome  World  Politics  Sport", "© 2022 Harbour Media Group")
    assert parse_text_article(page).outlet == "Lakeside Herald"  # its publisher (round 28: a section menu's masthead)
    page = _page("Lakeside Herald\nHome  World  Politics  Sport", "Get the Lakeside Herald app")
    assert parse_text_article(page).outlet == "Lakeside Herald"  # another line names it
    assert parse_text_article(_page("Lakeside Herald\nHome  World  Politics  Sport", "More stories"),
                              "pages/lakeside-herald/ferry.txt").outlet == "Lakeside Herald"  # its folder


def test_a_known_outlet_stays():
    page = _page("Lakeside Herald\nHome  World  Politics  Sport", "© 2024 Thomson Reuters")
    assert parse_text_article(page).outlet in ("Reuters", "Thomson Reuters")


def test_a_section_under_the_menu_is_no_masthead():
    content = ["Home  Region  Business  World", "Region", "Ferry service resumes across the lake"]
    assert page_masthead(content, content, 2)[0] is None  # "Region" is one of the menu's entries
    content = ["Home  Region  Business  World", "Lakeside Herald", "Region", "Ferry service resumes"]
    assert page_masthead(content, content, 3)[:2] == ("Lakeside Herald", False)


def test_the_masthead_is_the_name_over_its_tagline():
    content = ["Lakeside Herald", "News Of The Shore", "Home  Region  Business", "Ferry service resumes"]
    assert page_masthead(content, content, 3)[0] == "Lakeside Herald"
    assert masthead_name("Lakeside Herald - a service of the Shore Broadcasting Union") == "Lakeside Herald"
    assert masthead_name("Skip to content") is None and masthead_name("Watch Lakeside Herald") is None


def test_an_arabic_masthead_without_its_kind_word():
    assert masthead_name("صحيفة البحيرة") == "البحيرة"
    assert confirmed("البحيرة", "صحيفة البحيرة", None, [], 0)  # the line says it is a newspaper
    page = _page("صحيفة البحيرة\nالرئيسية | محليات | دولي | رياضة", "اشترك في النشرة")
    assert parse_text_article(page).outlet == "البحيرة"


def test_copyright_lines_in_more_forms():
    assert footer_outlet("Lakeside Herald, all rights reserved") == "Lakeside Herald"
    assert footer_outlet("جميع الحقوق محفوظة لبحيرة نيوز ©2023") == "بحيرة نيوز"
    assert footer_outlet("جميع الحقوق محفوظة لموقع بحيرة24 © 2019") == "بحيرة24"
    assert footer_outlet("جميع الحقوق محفوظة للبحيرة ©") == "البحيرة"


def test_a_menu_of_one_entry_a_line():
    content = ["البحيرة", "الرئيسية", "محليات", "اقتصاد", "رياضة", "منوعات", "غرق عبارة في البحيرة"]
    assert page_masthead(content, content, 6)[:2] == ("البحيرة", True)
    content = ["Lakeside Herald", "Get the app", "Home", "Region", "Business", "Sport", "Ferry service resumes"]
    assert page_masthead(content, content, 6)[:2] == ("Lakeside Herald", True)


def test_the_paper_a_text_was_published_in_beats_its_sites_masthead():
    page = _page("Lakeside Herald Online\nHome  World  Politics  Sport", "Published in Lakeside Herald, April 4th, 2022")
    assert parse_text_article(page).outlet == "Lakeside Herald"


def test_copyright_holders_with_digits_arabic_years_and_trades():
    assert footer_outlet("© بحيرة24") == "بحيرة24"  # a name's digits are no year
    assert footer_outlet("© 2019 1234") is None
    assert footer_outlet("جميع الحقوق محفوظة © ٢٠١٩ البحيرة") == "البحيرة"  # a year in Arabic-Indic digits
    assert footer_outlet("جميع الحقوق محفوظة © البحيرة 2022") == "البحيرة"
    # a company: its trades after the name, one or more ("for media, culture and arts")
    assert footer_outlet("© مؤسسة البحيرة للإعلام والثقافة والفنون") is None
