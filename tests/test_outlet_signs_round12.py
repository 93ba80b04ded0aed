"""Issue #13 round 12 (outlets): precision first on pages nobody tuned on."""

import sqlite3

from click.testing import CliRunner

from archive.cli import cli
from archive.extract.outlet_names import plausible_name
from archive.extract.outlet_signs import outlet_from_dateline
from archive.readers.text import parse_text_article


def test_reproduction_reserved_names_no_holder():
    for phrase in ("Riproduzione riservata", "Reproduction interdite", "Reproducción prohibida", "Nachdruck verboten"):
        assert not plausible_name(phrase), phrase
    assert plausible_name("Lakeside Herald")


def test_a_dated_dateline_in_title_case_names_an_agency_the_data_does_not_know():
    assert outlet_from_dateline("Lakeport, Oct. 3 (Lakeside Wire)--The ministry said on Thursday ...") == "Lakeside Wire"
    assert outlet_from_dateline("Lakeport, 17 Apr (Lakeside Wire) – A planned transfer ...") == "Lakeside Wire"
    # no date, or no dash after the credit: a name and a credit, not a dateline
    assert outlet_from_dateline("Jane Doe (Lakeside Wire) – A planned transfer ...") is None
    assert outlet_from_dateline("Lakeport, Oct. 3 (Lakeside Wire)") is None
    assert outlet_from_dateline("Lakeport, Oct. 3 (Photo Desk) – A planned transfer ...") is None


PAGE = """Tribal clashes delay transfer of detainees
Lakeport, 17 Apr 2024 12:41
Lakeport, 17 Apr (Lakeside Wire) – A planned transfer of detainees from a holding site has been postponed after clashes, according to sources contacted by the agency.

The sources said at least 60 detainees were being held in a school building that had been converted into a detention site.

The ministry said it was following developments with attention.
© Riproduzione riservata
Condividi
"""


def test_a_rights_phrase_footer_yields_to_the_dateline(tmp_path):
    raw = parse_text_article(PAGE, "page.txt")
    assert raw.outlet is None
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "page.txt").write_text(PAGE, encoding="utf-8")
    db = tmp_path / "a.db"
    result = CliRunner().invoke(cli, ["import", str(db), str(folder), "--silent"])
    assert result.exit_code in (0, 1), result.output
    rows = sqlite3.connect(db).execute(
        "select o.name, a.outlet_source from articles a left join outlets o on o.id = a.outlet").fetchall()
    assert rows == [("Lakeside Wire", "dateline")]


def test_a_masthead_whose_last_word_is_the_folder_beats_the_short_name_in_the_text():
    from archive.extract.folder_outlets import folder_outlet

    lines = ["Lakeside Courier", "News | Sport | Letters", "Ferry runs again",
             "The ferry runs again, a spokesman told The Courier on Monday."]
    assert folder_outlet("saved/courier/ferry.txt", lines[:2], lines) == "Lakeside Courier"
    # a menu's word further down is no masthead
    assert folder_outlet("saved/sport/ferry.txt", lines[:2], lines) is None


def test_a_footer_setting_an_acronym_beside_its_full_name_names_the_full_name():
    from archive.extract.outlet_footers import footer_outlet

    assert footer_outlet("LPAP | Lakeside Press Agency of Pakistan, the national news agency") \
        == "Lakeside Press Agency of Pakistan"
    assert footer_outlet("Lakeside Press Agency – LPA") == "Lakeside Press Agency"
    assert footer_outlet("About LPA | Contact Us") is None
    assert footer_outlet("LPA | Riverside Gazette") is None


def test_a_copyright_holder_is_the_outlet_not_the_owner_it_names_after_it():
    from archive.extract.outlet_footers import copyright_holder, footer_outlet

    line = "© 2023 Lake Herald, a division of Lakeside Media Inc. All rights reserved."
    assert footer_outlet(line) == "Lake Herald"
    assert copyright_holder(line) == "Lake Herald"
    assert footer_outlet("© 2022 Lake Herald, a wholly owned subsidiary of Lakeside Corp.") == "Lake Herald"


def test_a_folder_named_as_a_site_is_read_by_its_label():
    from archive.extract.folder_outlets import folder_label, folder_outlet

    assert folder_label("saved/lakeherald.co.uk/page.txt") == "lakeherald"
    assert folder_label("saved/www.lakeherald.com/page.txt") == "lakeherald"
    lines = ["Lakeside Courts and Judiciary", "Home > Judgments > R v Q", "Sentencing remarks: R v Q",
             "1. You are 38 years old."]
    assert folder_outlet("legal/judiciary.lk/remarks.txt", lines[:2], lines) == "Lakeside Courts and Judiciary"


def test_a_masthead_over_a_menu_is_confirmed_by_its_short_form_domain():
    from archive.extract.masthead_outlets import confirmed

    lines = ["The Lakeside Crimson", "NEWS  OPINION  ARTS  SPORTS", "Headline of the story",
             "—Staff writer Jane Doe can be reached at jane.doe@thecrimson.org."]
    assert confirmed("The Lakeside Crimson", lines[0], None, lines, 0)
    assert not confirmed("The Lakeside Crimson", lines[0], None, lines[:3], 0)
    other = lines[:3] + ["Write to jane.doe@theherald.org."]
    assert not confirmed("The Lakeside Crimson", lines[0], None, other, 0)


def test_a_note_that_the_story_first_appeared_in_a_paper_names_it():
    from archive.extract.outlet_footers import footer_outlet

    assert footer_outlet("This story first appeared in the print edition of the Lakeside Courier on Sunday.") \
        == "Lakeside Courier"
    assert footer_outlet("This story first appeared in The Lake Herald on March 3, 2022.") == "The Lake Herald"
    assert footer_outlet("The minister first appeared in court on Monday.") is None


def test_a_country_edition_is_left_out_where_the_domain_spells_the_name_without_it(tmp_path):
    import json

    from archive.extract.outlets import country_edition

    assert country_edition("The Lakeside Post Sweden", "https://www.thelakesidepost.se/x") == "The Lakeside Post"
    assert country_edition("The Lakeside Post Sweden", None) is None
    assert country_edition("The Lakeside Post Sweden", "https://other.se/x") is None
    record = {"title": "Orphans brought home", "outlet": "The Lakeside Post Sweden",
              "url": "https://www.thelakesidepost.se/20190513/orphans", "published": "2019-05-13",
              "body": "Seven orphaned children have arrived home with their grandfather, the family said.\n\n"
                      "They will now be cared for by relatives in the west of the country."}
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    db = tmp_path / "a.db"
    result = CliRunner().invoke(cli, ["import", str(db), str(path), "--silent"])
    assert result.exit_code in (0, 1), result.output
    rows = sqlite3.connect(db).execute("select o.name from articles a join outlets o on o.id = a.outlet").fetchall()
    assert rows == [("The Lakeside Post",)]


ARABIC_PAGE = """صحيفة البحيرة
محليات
انقطاع المياه يعمق معاناة أهالي المدينة
المدينة - البحيرة
الثلاثاء 18-8-2020
قال سكان في المدينة إن انقطاع المياه مستمر منذ أسبوعين، وإنهم يشترون المياه من الصهاريج بأسعار مرتفعة لا يقدرون عليها.

وطالب الأهالي بإيجاد حلول دائمة تضمن وصول المياه إلى المدينة.
"""


def test_a_masthead_named_again_by_a_dateline_alone_under_the_headline():
    from archive.extract.masthead_outlets import _dateline_alone

    assert parse_text_article(ARABIC_PAGE, "page.txt").outlet == "البحيرة"
    assert _dateline_alone("Lakeport – Lake Herald | 5 October 2020", "Lake Herald")
    assert not _dateline_alone("5 October 2020 - Lake Herald", "Lake Herald")
    assert not _dateline_alone("Lakeport – Lake Herald reported on Monday", "Lake Herald")


def test_a_first_line_ending_in_its_editions_word_names_the_site():
    page = ("البحيرة أون لاين\nعودة عائلات إلى قراها بعد سنوات من النزوح\nالكاتب: سلمى الحسين\n"
            "عادت عشرات العائلات إلى قراها في الريف الشرقي خلال الأسابيع الماضية، بعد سنوات من النزوح بسبب المعارك.\n\n"
            "وقال عدد من العائدين إن منازلهم تعرضت لدمار جزئي، وإنهم يعملون على ترميمها.\n")
    assert parse_text_article(page, "page.txt").outlet == "البحيرة"
    assert parse_text_article(page.replace("البحيرة أون لاين", "البحيرة"), "page.txt").outlet is None


def test_a_day_or_a_month_after_published_names_no_publisher():
    from archive.extract.outlet_footers import footer_outlet

    assert footer_outlet("Published on Monday") is None
    assert footer_outlet("First published in March") is None
    assert footer_outlet("Published by The Lake Herald on Monday") == "The Lake Herald"


def test_a_reporters_role_or_a_desk_in_a_datelines_brackets_is_no_agency():
    for head in ("Lakeport, Aug 30 (Our Correspondent) – The minister said", "LAKEPORT (Staff Reporter) – The minister said",
                 "Lakeport, Aug 30 (Web Desk) – The minister said", "LAKEPORT (Monitoring Desk) - The minister said"):
        assert outlet_from_dateline(head) is None, head
    assert outlet_from_dateline("LAKEPORT (Lakeside Wire) — The minister said") == "Lakeside Wire"


def test_a_folder_named_for_a_place_is_a_topic_not_the_masthead_s_word():
    from archive.extract.folder_outlets import folder_outlet

    lines = ["Inside Syria", "News | Sport | Letters", "Ferry runs again", "The ferry runs again, officials said."]
    assert folder_outlet("saved/syria/ferry.txt", lines[:2], lines) is None
