"""Page furniture is never a title (issue #13, round 21: archive/extract/title_guards.py): the
publisher's own name, a menu row or one of its items, a postal address, an e-mail, a label over a
reference number; an urgency kicker is no part of the headline. English and Arabic."""

from archive.extract import title_guards
from archive.readers.text import parse_text_article

BODY = ("The regional council said on Tuesday that the crossing would open for trucks carrying food and "
        "medicine, after weeks of talks between the two administrations and the aid agencies working there.\n\n"
        "Officials said the first convoy of twenty lorries was expected to reach the river by the end of the "
        "week, and that the road would stay open as long as the security situation allowed it.\n")
BODY_AR = ("أعلنت الإدارة المحلية يوم الثلاثاء أن المعبر سيفتح أمام الشاحنات المحملة بالغذاء والدواء بعد أسابيع "
           "من المحادثات بين الجانبين والمنظمات الإنسانية العاملة في المنطقة.\n\n"
           "وقال مسؤولون إن القافلة الأولى المؤلفة من عشرين شاحنة يتوقع أن تصل إلى النهر قبل نهاية الأسبوع، "
           "وإن الطريق سيبقى مفتوحاً ما دام الوضع الأمني يسمح بذلك.\n")


def _title(text):
    return parse_text_article(text, "<test>").title


def test_shapes_of_furniture():
    assert title_guards.address_line("14, rue des Lilas - 69003 LYON")
    assert title_guards.address_line("22 Harbour Road, Northport")
    assert not title_guards.address_line("Police close 3 roads after the floods")
    assert not title_guards.address_line("3 killed on Baghdad street")
    assert not title_guards.address_line("Tahrir Square protests: 5 killed")
    assert title_guards.code_label("Appeal No: HT/44/2022")
    assert title_guards.code_label("رقم القضية: 12/2020")
    assert not title_guards.code_label("Syria: 12 killed in Idlib strikes")
    assert not title_guards.code_label("Gaza: Day 100")
    assert title_guards.menu_row("Politics Economy Sport Society Region World Analytics")
    assert not title_guards.menu_row("Kurdish Forces Seize Raqqa Dam From Militants")
    assert title_guards.organisation_name("Tietolaitos – Datavärlden – Judiciary of Nowhere")
    assert title_guards.organisation_name("MINISTRY OF WATER AND IRRIGATION OF THE REPUBLIC")
    assert not title_guards.organisation_name("Ministry of Water warns of drought in the north")
    assert not title_guards.organisation_name("Iraq Receives Families From Camp | Rudaw")
    assert title_guards.contact_line("desk@example-news.org")


def test_kickers_by_data_in_both_scripts():
    assert title_guards.kicker("Breaking: Crossing reopens for aid trucks") == "Crossing reopens for aid trucks"
    assert title_guards.kicker("🔴 عاجل | المعبر يفتح أمام شاحنات المساعدات") == "المعبر يفتح أمام شاحنات المساعدات"
    assert title_guards.kicker("2 big things: Aid trucks cross the river") == "Aid trucks cross the river"
    assert title_guards.kicker("Syria: aid trucks cross the river") is None  # a place, no kicker
    assert title_guards.kicker("تقرير: المعبر يفتح") is None


def test_menu_row_of_words_is_no_title():
    text = ("Northport News\nAZ | EN | RU\nPolitics Economy Sport Society Region World Analytics\n"
            "Region · 21 May, 2021 · 11:24\nCrossing reopens for aid trucks after weeks of talks\n\n" + BODY)
    assert _title(text) == "Crossing reopens for aid trucks after weeks of talks"


def test_address_under_masthead_is_no_title():
    text = ("Northport Gazette\n\n22 Harbour Road - 4410 NORTHPORT\nMay 3, 2022\n\n"
            "Crossing reopens for aid trucks after weeks of talks\n\n" + BODY)
    assert _title(text) == "Crossing reopens for aid trucks after weeks of talks"


def test_email_under_byline_is_no_title_and_the_date_under_it_is_read():
    text = ("LATEST NEWS   NEWS   SPORTS   BUSINESS   LIFESTYLE\n\nCrossing reopens for aid trucks\n\n"
            "BY JANE MARLOW\nStaff reporter\nmarlowj@northportgazette.com\n\nFriday, October 09, 2020\n\n" + BODY)
    record = parse_text_article(text, "<test>")
    assert record.title == "Crossing reopens for aid trucks"
    assert record.published and "October 09, 2020" in record.published


def test_case_number_and_tribunal_name_are_no_title():
    text = ("HIGH TRIBUNAL OF WATER APPEALS\nAppeal No: HT/44/2022\n"
            "Appeal against the closure of the river crossing dismissed: summary of the ruling\n"
            "Date of judgment: 23 February 2023\n\n" + BODY)
    assert _title(text) == "Appeal against the closure of the river crossing dismissed: summary of the ruling"


def test_publisher_names_in_three_languages_are_no_title():
    text = ("Tietolaitos – Datavärlden – Judiciary of Nowhere\nSuomeksi | På svenska | In English\n"
            "Northport District Court\nPress release 10 October 2024\n"
            "Man sentenced for smuggling fuel across the river crossing\n\n" + BODY)
    assert _title(text) == "Man sentenced for smuggling fuel across the river crossing"


def test_arabic_section_label_from_the_menu_is_no_title():
    text = ("السومرية نيوز\nمباشر | أخبار | عرب وعالم | اقتصاد | رياضة | فيديو\nعرب وعالم\n"
            "تقرير: عشرات الشاحنات تعبر النهر بعد أسابيع من المحادثات بين الجانبين\n"
            "كتب: أحمد سمير الحلبي\nالإثنين، 04 مارس 2024 03:12 م\n\n" + BODY_AR)
    assert _title(text) == "تقرير: عشرات الشاحنات تعبر النهر بعد أسابيع من المحادثات بين الجانبين"


def test_urgency_kicker_dropped_and_ticker_passed_by():
    assert _title("🔴 عاجل | المعبر يفتح أمام شاحنات المساعدات بعد أسابيع من المحادثات\n\n" + BODY_AR) \
        == "المعبر يفتح أمام شاحنات المساعدات بعد أسابيع من المحادثات"
    text = ("Northport 24\nHome  Region  World  Economy  Sport  Live TV\n\n"
            "Breaking: Council meets the envoy in Northport\n\n"
            "Crossing reopens for aid trucks after weeks of talks\n\nAuthor: Jane Marlow\n"
            "Published: 3:40 PM 04/03/2022\n\n" + BODY)
    assert _title(text) == "Crossing reopens for aid trucks after weeks of talks"


def test_mail_subject_opening_with_the_headline_gives_the_headline():
    text = ("From: Riverside Aid <news@riverside-aid.org>\n"
            "Subject: \"The wells ran dry in May\" — a letter from the valley\n"
            "Date: Thu, 14 Dec 2023 09:30:12 +0000\n\nView this email in your browser\n\nDear friend,\n\n"
            "\"The wells ran dry in May\"\n\nA letter from the valley\n\n" + BODY)
    assert _title(text) == "\"The wells ran dry in May\""
    label_first = text.replace("Subject: \"The wells ran dry in May\" — a letter from the valley",
                               "Subject: New letter | The wells ran dry in the valley in May")
    label_first = label_first.replace("\"The wells ran dry in May\"\n\nA letter from the valley",
                                      "NEW LETTER\n\nThe wells ran dry in the valley in May")
    assert _title(label_first) == "The wells ran dry in the valley in May"


def test_date_over_a_label_over_the_headline_is_read():
    text = ("مجلس الوادي المحلي\n٢٧ أغسطس ٢٠٢٢ ·\nبيان إلى الرأي العام\n"
            "حول إعادة فتح المعبر أمام الشاحنات الإنسانية على النهر\n\n" + BODY_AR)
    record = parse_text_article(text, "<test>")
    assert record.title == "حول إعادة فتح المعبر أمام الشاحنات الإنسانية على النهر"
    assert record.published  # the post's date over the label, above the headline


def test_headline_in_capitals_naming_a_court_stays_the_title():
    text = ("Northport Gazette\nHome | News | Region | Sport\nMay 3, 2022\n\n"
            "COURT JAILS SMUGGLER FOR FORTY MONTHS AFTER RIVER CROSSING CASE\n\n" + BODY)
    assert _title(text) == "COURT JAILS SMUGGLER FOR FORTY MONTHS AFTER RIVER CROSSING CASE"
    plain = "COURT JAILS SMUGGLER FOR FORTY MONTHS\n\nBy Jane Marlow\nMay 3, 2022\n\n" + BODY
    assert _title(plain) == "COURT JAILS SMUGGLER FOR FORTY MONTHS"
