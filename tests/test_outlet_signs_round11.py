"""Issue #13 round 11 (outlets): signs read by shape on pages nobody tuned on."""

from archive.extract.masthead_lines import bilingual_name, masthead_name, spelled_out
from archive.extract.outlet_footers import footer_outlet
from archive.readers.text import parse_text_article


def test_rights_reserved_in_other_languages_names_no_holder():
    for line in ("© 2023 Tous droits réservés", "© ٢٠٢٣ هەموو مافەکان پارێزراون", "© 2022 Alle Rechte vorbehalten",
                 "© 2021 Tüm hakları saklıdır", "Copyright © 2020 Все права защищены"):
        assert footer_outlet(line) is None, line
    assert footer_outlet("© 2023 Lakeside Herald") == "Lakeside Herald"


def test_a_logo_in_two_scripts_is_named_by_its_latin_half():
    assert bilingual_name("Lakeside Media | میدیای لەیکساید") == "Lakeside Media"
    assert bilingual_name("الوادي — Al-Wadi Post") == "Al-Wadi Post"
    assert bilingual_name("Home | News | About") is None
    assert bilingual_name("Lakeside Media | Riverside Media") is None
    assert masthead_name("Lakeside Media | میدیای لەیکساید") == "Lakeside Media"


def test_an_acronym_is_spelled_out_by_a_credit_in_brackets_under_the_headline():
    header = ["LPA | News | Photos | Contact", "Jane Doe", "(Lakeside Press Agency)", "March 3, 2022"]
    assert spelled_out("LPA", header) == "Lakeside Press Agency"
    assert spelled_out("LPA", ["LPA | News | Photos", "(Riverside Gazette)"]) == "LPA"


PAGE = """Lakeside Media | میدیای لەیکساید
سەرەکی   هەواڵ   ڕاپۆرت   ئابووری

سەردێڕێکی نوێ لەسەر کەمپەکە و خەڵکەکەی

نووسینی: ئاراس کەریم

ژمارەیەک لە خەڵکی کەمپەکە دەڵێن کە ئاو و خۆراک بەس نییە و داوای یارمەتی زیاتر دەکەن لە ڕێکخراوەکان.

بەرپرسانی کەمپەکە دەڵێن زیاتر لە هەزار کەس لەم کەمپەدا دەژین، کە زۆربەیان ژن و منداڵن.

© ٢٠٢٣ هەموو مافەکان پارێزراون
"""


def test_a_page_under_a_bilingual_logo_with_a_rights_line_in_sorani():
    record = parse_text_article(PAGE, "page.txt")
    assert record.outlet == "Lakeside Media"


ACRONYM_PAGE = """LPA  |  News  |  LPA Check  |  Photos

Lakeside families welcome the return of children from camps
Jane Doe
(Lakeside Press Agency)
October 29, 2022 8:14am

LAKESIDE, Oct 29 LPA - Four women and nine children brought out of a camp in the north have arrived home, ending years of waiting for their families.

The group landed on a charter flight early on Saturday and were met by police and support workers at the airport.

© LPA 2022
"""


def test_an_acronym_masthead_is_stored_as_the_credit_under_the_byline_spells_it():
    record = parse_text_article(ACRONYM_PAGE, "page.txt")
    assert record.outlet == "Lakeside Press Agency"


def test_a_domain_is_stored_as_the_name_the_page_spells_for_it():
    from archive.extract.masthead_lines import site_spelled

    page = ["Lakeside Daily — valley news", "A headline", "By Jane Doe | Lakeside.net", "Text of the story."]
    assert site_spelled("Lakeside.net", page) == "Lakeside Daily"
    footer = ["Lakeside.net Daily News", "Headline", "Copyright ©, lakeside.net | Lakeside Daily"]
    assert site_spelled("Lakeside.net Daily News", footer) == "Lakeside Daily"
    assert site_spelled("lakeside.net", ["lakeside.net", "Headline", "Body text here."]) == "lakeside.net"
    two = ["Lakeside Daily | Lakeside Weekly", "Headline"]
    assert site_spelled("lakeside.net", two) == "lakeside.net"  # two names: none chosen
    assert site_spelled("Lakeside Herald", ["Lakeside Daily"]) == "Lakeside Herald"  # no domain


def test_a_page_bylined_with_its_domain_under_its_masthead_is_stored_under_the_masthead():
    page = """Lakeside Daily — Valley, Lakeside news
Lakeside council approves a new water plan for the camps in the valley
By Jane Doe | Lakeside.net
VALLEY — The Lakeside council approved a new plan on Thursday to bring water to three camps in the valley, officials said.
The plan will be paid for by a regional fund and will take two years to complete, according to a council statement.
"""
    assert parse_text_article(page, "page.txt").outlet == "Lakeside Daily"


def test_all_rights_reserved_to_a_holder_names_it():
    line = "All rights reserved to The Camp Gazette, Camp Press Foundation ©2022"
    assert footer_outlet(line) == "The Camp Gazette"
    assert footer_outlet("All rights reserved.") is None


def test_a_masthead_over_a_breadcrumb_confirmed_by_its_desk_initials():
    page = """Lakeside Herald
Home / Region / Valley
Valley family awaits word on daughter believed held in a camp
LH Web Desk
Published 10 June 2020, 19:40

The family of a woman from the valley who left in 2016 says it has received a photograph suggesting she is alive and held with her son.

Her father, a retired schoolteacher, told reporters on Wednesday that the picture was sent by a stranger through a messaging app.
"""
    assert parse_text_article(page, "page.txt").outlet == "Lakeside Herald"
    other = page.replace("LH Web Desk", "RT Web Desk")
    assert parse_text_article(other, "page.txt").outlet is None


def test_a_domain_label_spells_a_name_by_its_words_first_letters():
    from archive.extract.masthead_lines import label_spells

    assert label_spells("dailylak", "The Daily Lakesider")
    assert label_spells("lakeherald", "Lake Herald")
    assert label_spells("lhtn", "Lake Herald Tonight News")  # initials
    assert not label_spells("news", "New Sudan")  # a word cut to one letter
    assert not label_spells("lake", "Lakeside Herald")  # a word left out
    assert not label_spells("lh", "Lake Herald")  # too short to tell


def test_a_masthead_over_its_menu_confirmed_by_a_contact_address_on_a_shortened_domain():
    page = """The Daily Lakesider
Independent Student Press Since 1971
NEWS  SPORTS  ARTS  OPINION  BLOGS

Lawyer describes visits to camps at a campus event on Tuesday

Jane Doe
MARCH 02, 2023

A human rights lawyer who has visited camps in the north told a packed room on Tuesday that thousands of children remain there.

She described tents without heating and a shortage of schools, and urged governments to bring their citizens home soon.

Contact Jane Doe at jdoe@dailylak.org and follow her on X.
"""
    assert parse_text_article(page, "page.txt").outlet == "The Daily Lakesider"
    bare = page.replace("Independent Student Press Since 1971", "Since 1971")
    assert parse_text_article(bare, "page.txt").outlet == "The Daily Lakesider"
    assert parse_text_article(bare.replace("dailylak.org", "example.org"), "page.txt").outlet is None


def test_a_logo_spelling_out_its_initials_names_the_outlet_in_full():
    assert bilingual_name("LCSS | Lakeside Center for Strategic Studies") == "Lakeside Center for Strategic Studies"
    assert bilingual_name("LCS | Lakeside News") is None
    page = """LCSS | Lakeside Center for Strategic Studies
Analysis > Critical Questions

The Detention Dilemma in the Valley

Commentary by Jane Doe
Published May 9, 2024

More than five years after the battle, roughly 9,000 men accused of belonging to the group remain in prisons in the valley.

In each case, the question is the same: who holds the prisoners tomorrow, and who pays for their guards and their trials?
"""
    assert parse_text_article(page, "page.txt").outlet == "Lakeside Center for Strategic Studies"


def test_a_footer_name_beside_the_address_that_spells_it():
    from archive.extract.outlet_footers import named_site

    assert footer_outlet("Lakeside Initiative | www.lakeside-initiative.org") == "Lakeside Initiative"
    assert named_site("Lake Herald · lakeherald.com") == "Lake Herald"
    assert named_site("Home | www.lakeherald.com") is None
    assert named_site("Lakeside Initiative | www.example.org") is None


def test_a_newsletters_sender_whose_address_spells_its_name():
    from archive.extract.about_outlets import sender_outlet

    assert sender_outlet(["From: Valley Notes <valleynotes@mail.example>", "To: me"]) == "Valley Notes"
    assert sender_outlet(["From: Jane Doe <jane.smith@mail.example>"]) is None
    assert sender_outlet(["Valley Notes", "From: Valley Notes <valleynotes@mail.example>"]) == "Valley Notes"


def test_a_press_contacts_address_on_the_domain_of_a_name_the_page_writes():
    from archive.extract.about_outlets import contact_outlet

    page = ["Press release", "Water shortages put thousands at risk, warns Lakeside Relief",
            "The text of the release.", "Notes to editors", "Lakeside Relief Trust works in the valley.",
            "For more information, please contact: press@lakesidewaterrelief.org"]
    assert contact_outlet(page) is None  # no name on the page is spelled by the domain
    page[4] = "Lakeside Water Relief works in the valley."
    assert contact_outlet(page) == "Lakeside Water Relief"
    page[-1] = "Donations can be sent to gifts@lakesidewaterrelief.org"
    assert contact_outlet(page) is None  # no contact line


def test_a_first_line_name_the_texts_dateline_writes_as_its_own():
    page = """وادي برس | وكالة إخبارية
محليات

انقطاع المياه عن البلدة للمرة العاشرة هذا العام

2022-08-21

البلدة – وادي برس: توقفت محطة المياه عن الضخ إلى مدينة البلدة للمرة العاشرة هذا العام بسبب انقطاع الكهرباء عنها.

وقال مسؤول في المحطة إن الفرق الفنية تعمل على إصلاح الأعطال في أسرع وقت ممكن.
"""
    assert parse_text_article(page, "page.txt").outlet == "وادي برس"
    other = page.replace("البلدة – وادي برس:", "البلدة –")
    assert parse_text_article(other, "page.txt").outlet is None


def test_a_masthead_over_its_menu_confirmed_by_the_file_named_with_its_initials():
    from archive.extract.folder_outlets import file_spells

    assert file_spells("saved/LHT - family plea.txt", "Lakeside Herald Tribune")
    assert not file_spells("saved/LHT - family plea.txt", "Valley News Today")
    assert not file_spells("saved/LHT family plea.txt", "Lakeside Herald Tribune")  # no site part before a dash
    page = """Lakeside Herald Tribune
News | Sport | What's On | Family | Property

Valley family's plea for grandchildren stuck in a camp

Their grandmother says she last spoke to them in March

By Jane Doe
06:00, 21 JUN 2021

A family in the valley have pleaded with the ministry to bring home three grandchildren who have spent most of their lives in a camp.

The children's mother died in 2019, the family said, and the children are looked after by other women in the camp.
"""
    assert parse_text_article(page, "saved/LHT - family plea.txt").outlet == "Lakeside Herald Tribune"
    page = page.replace("News | Sport | What's On | Family | Property", "Ferries | Islands | Harbour | Piers")
    assert parse_text_article(page, "saved/LHT - family plea.txt").outlet == "Lakeside Herald Tribune"
    assert parse_text_article(page, "saved/family plea.txt").outlet is None  # a bar of no sections: no second sign


def test_a_first_line_name_under_a_cookie_notice_written_again_under_the_text():
    page = """We use cookies to give you the best experience. Accept all | Reject non-essential
LAKESIDE 4 NEWS
Watch the full report
Video duration 6:41

Return to the village where the battle ended

Jane Doe, International Correspondent
23 Mar 2024

Five years ago the last pocket of fighters fell in this village by the river. Today farmers are replanting fields that were cratered by air strikes.

The tented encampment where thousands of fighters and their families made a last stand is gone, and young wheat grows there.

Lakeside 4 News, weeknights at 7pm
"""
    assert parse_text_article(page, "page.txt").outlet == "Lakeside 4 News"
    assert parse_text_article(page.replace("Lakeside 4 News, weeknights", "Weeknights"), "page.txt").outlet is None


def test_a_page_footer_marked_foot_confirms_the_titles_site_name():
    import lxml.html

    from archive.extract.page_names import own_site_name

    html = """<html><head><title>المدينة بعد الحرب | الوادي.نت</title></head><body>
<h2>المدينة بعد الحرب</h2><div class="entry"><p>نص المقال هنا.</p></div>
<div class="foot">الوادي.نت – مجلة ثقافية</div></body></html>"""
    assert own_site_name(lxml.html.fromstring(html)) == "الوادي.نت"
    assert own_site_name(lxml.html.fromstring(html.replace("الوادي.نت – مجلة", "مجلة"))) is None


def test_a_web_pages_domain_spells_its_site_name_shortened():
    from archive.extract.page_names import spelled

    assert spelled("The Daily Lakesider", {"dailylak"})
    assert spelled("Lake Herald", {"lakeherald"})
    assert not spelled("Lake Herald", {"example"})


def test_a_first_line_name_with_a_tagline_saying_what_kind_of_outlet_it_is():
    body = """١٤ آذار ٢٠٢٢

وصول عشرات العائلات إلى مركز التأهيل في المحافظة

كتب: ليث الجبوري

بغداد – استقبل مركز التأهيل في المحافظة دفعة جديدة تضم عشرات العائلات القادمة من المخيم، بحسب مصادر رسمية.

وقال مصدر في الوزارة إن العائلات ستخضع لبرامج دعم نفسي واجتماعي قبل عودتها إلى مناطقها الأصلية.
"""
    assert parse_text_article("الوادي\nصحيفة يومية مستقلة – طبعة العراق\n" + body, "page.txt").outlet == "الوادي"
    assert parse_text_article("الوادي\nطبعة العراق اليوم\n" + body, "page.txt").outlet is None
