"""A masthead over a menu with a row of account or language links between them, and an acronym
the page spells out in its header (issue #13, round 10)."""

from archive.extract.masthead_lines import spelled_out
from archive.readers.text import parse_text_article

TEXT = ("The ferry between the two lake towns ran again on Monday for the first time since the storm.\n\n"
        "The operator said it would add a second boat in the summer, once the pier on the north shore is repaired.\n\n"
        "Passengers said the crossing took twice as long as before because the boat had to avoid the wreckage.\n\n")


def test_account_links_between_the_masthead_and_the_menu():
    page = ("Lakeside Wire\nSign in | English\nHome | World | Politics | Culture\n"
            f"Ferry service resumes across the lake\n4 April 2022\n\n{TEXT}More from Lakeside Wire")
    assert parse_text_article(page, "saved/misc/ferry.txt").outlet == "Lakeside Wire"
    arabic = ("شبكة الضفة\nتسجيل الدخول | English\nأخبار | تقارير | مقالات | حوارات | فيديو\nشبكة الضفة - الحسكة (خاص)\n"
              "الخميس 2 كانون الأول 2021\nعودة العبارة بين ضفتي البحيرة\n\n"
              "عادت العبارة بين بلدتي البحيرة إلى العمل صباح اليوم للمرة الأولى منذ العاصفة التي ضربت المنطقة الشهر الماضي.\n\n"
              "وقال المشغل إنه سيضيف قارباً ثانياً في الصيف بعد إصلاح الرصيف على الضفة الشمالية للبحيرة.\n")
    assert parse_text_article(arabic, "saved/misc/ferry-ar.txt").outlet == "شبكة الضفة"


def test_an_acronym_the_header_spells_out():
    header = ["LFA", "Lakeside Ferry Authority", "EN | FR"]
    assert spelled_out("LFA", header) == "Lakeside Ferry Authority"
    assert spelled_out("LFA", ["LFA", "Lakeside ferry authority said on Monday."]) == "LFA"  # a sentence
    assert spelled_out("AFP", ["Agence France Presse"]) == "AFP"  # the data's: its one name is its own
    assert spelled_out("Lake Wire", header) == "Lake Wire"


def test_a_publication_over_its_publishers_line_is_the_outlet():
    page = ("Lakeside Trust\nThe Shoreline\nPublished weekly by the Lakeside Trust\nTopics  Regions  Authors  Subscribe\n"
            f"Ferry service resumes across the lake\nJane Doe\n4 April 2022\n\n{TEXT}Lakeside Trust, 12 Pier Road, Lakeside")
    assert parse_text_article(page, "saved/misc/ferry.txt").outlet == "The Shoreline"
    # without the publisher's line: the organisation's masthead, as before
    plain = page.replace("Published weekly by the Lakeside Trust\n", "")
    assert parse_text_article(plain, "saved/misc/ferry.txt").outlet == "Lakeside Trust"


def test_the_company_holding_the_rights_confirms_a_masthead_it_is_part_of():
    from archive.extract.outlet_footers import copyright_holder

    page = ("The Valley Herald\nNational | Business | Sports | World | Opinion\n"
            f"Ferry service resumes across the lake\n4 April 2022\n\n{TEXT}Copyright Herald Corporation. All rights reserved.")
    assert parse_text_article(page, "saved/misc/ferry.txt").outlet == "The Valley Herald"
    other = page.replace("Herald Corporation", "Shore Corporation")
    assert parse_text_article(other, "saved/misc/ferry.txt").outlet is None
    assert copyright_holder("Copyright Herald Corporation. All rights reserved.") == "Herald"
    assert copyright_holder("Copyright Policy") is None
