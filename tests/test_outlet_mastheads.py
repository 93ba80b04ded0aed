"""The outlet of a page the outlet data does not know, from its masthead and copyright line; a
picture's credit under a caption names the picture's agency, never the outlet (issue #13, fifth
round)."""

from archive.extract.outlet_signs import masthead_outlet
from archive.extract import page_layout
from archive.readers.text import parse_text_article

TEXT = ("The ferry between the two lake towns ran again on Monday for the first time since the storm.\n\n"
        "The operator said it would add a second boat in the summer, once the pier on the north shore is repaired.\n\n"
        "Passengers said the crossing took twice as long as before because the boat had to avoid the wreckage.\n\n")


def _page(masthead: str, footer: str, caption: str = "") -> str:
    return (f"{masthead}\nHome   World   Politics   Culture\n\nFerry service resumes across the lake\n"
            f"By Petra Holm\n4 April 2022\n\n{caption}\n\n{TEXT}{footer}")


def test_a_masthead_the_copyright_line_names_too_is_the_outlet():
    page = _page("Lakeland Evening Courier", "© 1998 - 2022 Courier Media Holdings LLC. All rights reserved.")
    assert parse_text_article(page).outlet == "Lakeland Evening Courier"


def test_a_masthead_the_copyright_line_does_not_name_is_no_outlet():
    # without a menu beside it: a short line over the headline may be a kicker or a section
    page = _page("Lakeland Evening Courier", "© 2022 Harbour Media LLC.").replace("Home   World   Politics   Culture\n", "")
    assert parse_text_article(page).outlet is None
    assert masthead_outlet("Skip to content", ["© 2022 Content Works LLC"], frozenset({"skip", "content"})) is None


def test_an_arabic_masthead_the_copyright_line_names_is_stored_under_its_arabic_name():
    # round 10: one owner (archive.extract.masthead_lines) for Latin and Arabic mastheads; an
    # Arabic-only outlet the data does not know keeps its Arabic name, without the kind word
    assert masthead_outlet("جريدة البحيرة", ["جميع الحقوق محفوظة © مؤسسة البحيرة للإعلام"]) == "البحيرة"
    assert masthead_outlet("جريدة البحيرة", ["جميع الحقوق محفوظة © مؤسسة الوادي للإعلام"]) is None


def test_a_pictures_credit_under_a_caption_is_not_the_outlet():
    caption = "Passengers board the ferry at the north pier. Photo by Lina Haddad/Reuters"
    record = parse_text_article(_page("Lake News", "More stories", caption))
    assert record.outlet != "Reuters"
    assert record.body.startswith("The ferry between")
    assert page_layout.caption_credit(caption)
    assert page_layout.outlet_part("Kurdistan24 - Erbil") == "Kurdistan24"
    assert page_layout.outlet_part(caption) is None


def test_a_records_own_outlet_field_keeps_a_long_organisation_name():
    from archive.extract.article import build_article
    from archive.model import RawRecord

    name = "Independent International Commission of Inquiry on the Lake District Ferries"
    raw = RawRecord(source_path="sheet.csv", source_format="csv", source_record=2, title="Ferry runs again",
                    body=TEXT, outlet=name, url="https://www.ohchr.org/en/lake-ferries")
    assert build_article(raw).outlet == name
    raw.outlet = "The ferry between the two lake towns ran again on Monday for the first time since the storm, officials said"
    assert build_article(raw).outlet == "Office of the United Nations High Commissioner for Human Rights"  # its URL's


def test_a_masthead_a_line_under_the_text_names_again_is_the_outlet():
    page = _page("The Lakeland Courier", "Subscribe to The Lakeland Courier\nMore stories")
    assert parse_text_article(page).outlet == "The Lakeland Courier"
    assert masthead_outlet("The Lakeland Courier", ["Follow the Courier on social media"]) is None
    assert masthead_outlet("World", ["More from World"]) is None  # a section, never a name


def test_a_company_form_in_the_copyright_line_leaves_the_masthead_the_outlet():
    page = _page("The Lakeland Courier", "© 2019 The Lakeland Courier DAC")
    assert parse_text_article(page).outlet == "The Lakeland Courier"


def test_a_forwarded_channel_post_names_its_channel():
    post = ("Forwarded from Valley Wire\nValley Wire, [03.02.2022 10:15]\n"
            "Ferry service resumes across the lake\n" + TEXT + "Join channel")
    assert parse_text_article(post).outlet == "Valley Wire"


def test_a_masthead_spelled_by_the_sites_domain_is_the_outlet():
    page = _page("LAKELAND COURIER", "Lakeland Courier welcomes letters.\nnewsdesk@lakelandcourier.org")
    assert parse_text_article(page).outlet == "Lakeland Courier"
    assert parse_text_article(_page("Lakeland Courier", "newsdesk@harbourpost.org")).outlet is None


def test_a_folder_named_as_the_site_names_the_outlet_the_page_spells():
    from archive.extract.folder_outlets import folder_label, folder_outlet

    # a bar of no news sections' names (round 28: a section menu's masthead needs no second sign)
    plain = _page("Lakeland Evening Courier", "More stories").replace("Home   World   Politics   Culture",
                                                                      "Ferries   Islands   Harbour   Piers")
    assert parse_text_article(plain, "pages/misc/ferry.txt").outlet is None  # the folder spells nothing of it
    assert parse_text_article(plain, "pages/lec/ferry.txt").outlet == "Lakeland Evening Courier"  # its initials
    assert parse_text_article(_page("Lakeland News", "More stories"), "pages/lakeland/ferry.txt").outlet \
        == "Lakeland News"  # a short form of it
    inside = _page("Home", "Welcome to The Lakeland Courier's reader forum.")
    assert parse_text_article(inside, "saved/lakeland-courier/ferry.txt").outlet == "The Lakeland Courier"
    assert parse_text_article(inside, "saved/courier/ferry.txt").outlet is None  # one word in a sentence: too weak
    assert folder_label("downloads/2019/page.txt") is None
    assert folder_outlet("saved/world/page.txt", ["World", "Politics"], []) is None  # a section word


def test_a_web_archives_copy_is_the_page_it_copies():
    from archive.extract.article import build_article
    from archive.extract.outlet_forms import copy_banner, original_url
    from archive.extract.outlets import outlet_from_url

    page = ("The Wayback Machine - https://web.archive.org/web/20200105093000/https://www.reuters.com/world/ferry-x\n"
            f"Ferry service resumes across the lake\n4 April 2022\n\n{TEXT}")
    article = build_article(parse_text_article(page, "saved/page.txt"))
    assert (article.title, article.outlet, article.url) == (
        "Ferry service resumes across the lake", "Reuters", "https://www.reuters.com/world/ferry-x")
    assert outlet_from_url("https://translate.google.com/translate?sl=ar&u=https%3A%2F%2Fwww.rudaw.net%2Fenglish%2Fx") == "Rudaw"
    assert original_url("https://www-lakeland--courier-com.translate.goog/x") == "https://www.lakeland-courier.com/x"
    assert original_url("https://www.reuters.com/world/ferry-x") == "https://www.reuters.com/world/ferry-x"
    assert copy_banner("Read it at https://www.reuters.com/world/ferry-x") is None  # no copy


def test_a_press_releases_about_note_names_its_publisher():
    from archive.extract.about_outlets import about_outlet

    note = "ENDS\nNotes to editors\nAbout Lakeland Ferry Trust\nLakeland Ferry Trust is a charity that runs the crossing.\n"
    page = f"Press release\nFerry service resumes across the lake\n4 April 2022\n\n{TEXT}{note}"
    assert parse_text_article(page, "saved/page.txt").outlet == "Lakeland Ferry Trust"
    assert about_outlet(["About us", "We are a charity that runs the crossing."]) is None
    assert about_outlet(["About the author", "Jane Doe is a writer at the Courier."]) is None  # no name opens the note
    assert about_outlet(["À propos de Lac Presse", "Lac Presse est un journal régional fondé en 1950."]) == "Lac Presse"


def test_a_sites_name_after_the_headline_is_the_outlet_where_the_page_names_it_again():
    from archive.extract.title_suffixes import title_suffix

    page = f"Ferry service resumes across the lake | Lakeland Courier\n4 April 2022\n\n{TEXT}© 2022 Lakeland Courier"
    record = parse_text_article(page, "saved/page.txt")
    assert (record.title, record.outlet) == ("Ferry service resumes across the lake", "Lakeland Courier")
    assert title_suffix("Ferry service resumes across the lake - Reuters", []) == (
        "Ferry service resumes across the lake", "Reuters")
    assert title_suffix("Ferry service resumes across the lake — Lakeland Courier", ["More stories"]) is None
    assert title_suffix("Syria: ferry service resumes - live updates", ["live updates"]) is None  # no name
