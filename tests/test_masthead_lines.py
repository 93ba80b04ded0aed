"""One owner for "is this line a masthead naming an outlet" (archive.extract.masthead_lines), Latin
and Arabic script alike, and the file's own name as a second sign of a masthead (issue #13, round 10)."""

from archive.extract import masthead_lines, masthead_outlets
from archive.extract.folder_outlets import file_spells, folder_outlet
from archive.extract.outlet_signs import masthead_outlet
from archive.readers.text import parse_text_article

TEXT = ("The ferry between the two lake towns ran again on Monday for the first time since the storm.\n\n"
        "The operator said it would add a second boat in the summer, once the pier on the north shore is repaired.\n\n"
        "Passengers said the crossing took twice as long as before because the boat had to avoid the wreckage.\n\n")


def test_both_callers_ask_one_module():
    assert masthead_outlets.masthead_name is masthead_lines.masthead_name
    assert masthead_lines.masthead_name("صحيفة البحيرة") == "البحيرة"
    assert masthead_lines.masthead_name("Lakeside Herald - a service of the Shore Union") == "Lakeside Herald"
    assert masthead_lines.masthead_name("bianet English") is None  # beside a menu: capitalised only
    assert masthead_lines.unknown_masthead("lakenews English") == "lakenews English"
    assert masthead_lines.unknown_masthead("Reuters") is None  # the data knows it: read elsewhere


def test_an_arabic_first_line_is_confirmed_by_its_words_in_a_row_only():
    assert masthead_outlet("موقع الضفة", ["حقوق النشر محفوظة لموقع الضفة 2021"]) == "الضفة"
    # one word shared with the copyright line is not enough in Arabic script (no list of common words)
    assert masthead_outlet("أخبار الضفة", ["© 2021 إذاعة الضفة"]) is None


def test_the_name_without_its_the_counts_as_named_again():
    assert masthead_outlet("The Lakeside Trust", ["Lakeside Trust 12 Pier Road, Lakeside"]) == "The Lakeside Trust"
    assert masthead_outlet("The Lakeside Trust", ["A lakeside trust for the pier was set up."]) is None


def test_the_files_own_name_spells_the_masthead():
    assert file_spells("saved/misc/lakeherald-ferry-runs.txt", "Lake Herald")
    assert file_spells("saved/misc/lake-herald-ferry-runs.txt", "The Lake Herald")
    assert file_spells("saved/Ferry runs again - The Lake Herald.txt", "The Lake Herald")
    assert file_spells("saved/Ferry runs again _ The Lake Herald.txt", "The Lake Herald")  # "|" saved as "_"
    assert not file_spells("saved/misc/ferry-runs-again.txt", "Lake Herald")
    assert not file_spells("saved/misc/herald.txt", "Herald")  # one word: too weak
    # the slug is the headline's: a kicker over it names no outlet
    assert not file_spells("saved/misc/north-shore-ferry-runs.txt", "North Shore", "North Shore ferry runs again")


def test_a_masthead_the_file_name_spells_is_the_outlet():
    page = f"Lake Herald\nSign in  Subscribe\nFerry service resumes across the lake\n4 April 2022\n\n{TEXT}© 2022 Shore Media Limited"
    assert parse_text_article(page, "saved/misc/lakeherald-ferry.txt").outlet == "Lake Herald"
    assert parse_text_article(page, "saved/misc/ferry.txt").outlet is None
    assert folder_outlet("saved/misc/north-shore-ferry.txt", ["North Shore"], ["North Shore", "North Shore ferry runs"]) is None


def test_an_outlet_read_before_the_folders_template_is_taken_out():
    from archive.extract.masthead_lines import outlet_before_template

    page = ["The Lake Herald", "ePaper | Login", "Home / World", "Ferry service resumes across the lake",
            "The ferry between the two lake towns ran again on Monday.", "© 2022 thelakeherald.net | Powered by: Pier Lab"]
    assert outlet_before_template(page) == "The Lake Herald"
    page[-1] = "© 2022 Lake Herald Publishing. All rights reserved."
    assert outlet_before_template(page) == "The Lake Herald"  # the copyright line names its words
    # a headline repeated under a browser's title is no masthead: only the domain and copyright count
    assert outlet_before_template(["Ferry Resumes Today", "Ferry Resumes Today", "The ferry ran again."]) is None


def test_the_file_name_counts_for_the_pages_first_lines_only_and_menus_name_nothing_again():
    header = ["Sign in", "Home | World | Sport | Culture", "North Shore"]
    assert folder_outlet("saved/misc/north-shore-ferry.txt", header, header + ["Ferry runs again"]) is None
    assert masthead_outlet("البحيرة", ["الرئيسية | البحيرة | دولي | رياضة"]) is None  # a menu's entry
    assert masthead_outlet("عاجل", ["عاجل: حريق في المخيم"]) is None  # a ticker's label (outlets.txt never)


def test_an_arabic_one_word_masthead_needs_the_copyright_line():
    assert masthead_outlet("سوريا", ["أخبار سوريا اليوم"]) is None  # a place named in passing
    assert masthead_outlet("الوادي", ["جميع الحقوق محفوظة لصحيفة الوادي 2022"]) == "الوادي"


def test_a_saved_pages_file_name_gives_the_site_after_the_headline():
    from archive.extract.folder_outlets import saved_title_site

    page = f"Ferry service resumes across the lake\n4 April 2022\n\n{TEXT}More from The Lake Herald"
    assert parse_text_article(page, "saved/Ferry service resumes across the lake - The Lake Herald.txt").outlet \
        == "The Lake Herald"
    assert parse_text_article(page, "saved/Ferry service resumes across the lake.txt").outlet is None
    # its author after the headline, named again in the author's box: no outlet
    assert saved_title_site("saved/Ferry service resumes - Jane Doe.txt", "Ferry service resumes across the lake",
                            ["Jane Doe writes on transport.", "Follow Jane Doe"]) is None
    # the site's name after the headline, named nowhere else: too weak
    assert saved_title_site("saved/Ferry service resumes - Lake Herald.txt", "Ferry service resumes across the lake",
                            ["The ferry ran again."]) is None
