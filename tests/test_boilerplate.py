"""Bodies without page furniture, by method: the line classifier, the folder's template, header
and footer lines, in English and Arabic. Every text here is written for these tests."""

from pathlib import Path

import pytest

from archive.extract import bylines, paragraphs
from archive.extract.article import build_article
from archive.extract.boilerplate import clean_record_paragraphs
from archive.extract.templates import TemplateCounter, line_key
from archive.model import BadRecord
from archive.readers.records import ReaderOptions
from archive.readers.text import parse_text_article, read_text_file

BODY_EN = [
    "QAMISHLI, Syria – Families waiting outside the camp gate on Tuesday said they had been told "
    "that the first buses would leave before the end of the week, after months of delays.",
    "Officials of the local administration said the lists of names had been checked twice and that "
    "the returnees would be taken to their home villages in the countryside of Raqqa.",
    "“We have been here for three winters and the children do not remember any other place,” said "
    "a woman from Tabqa who asked that her name not be used.",
    "Aid groups have warned that many of the families have no houses to go back to and that the "
    "water network in several villages has not been repaired since the fighting ended.",
]

PAGE_EN = "\n".join([
    "Skip to main content",
    "We use cookies to improve your experience. By continuing to browse you accept our cookie policy.  Accept",
    "Home   World   Politics   Business   Opinion   Video   Podcasts",
    "Sign in    Subscribe",
    "",
    "Home > World > Middle East",
    "",
    "Buses to take families home from camp this week, officials say",
    "",
    "The first returns in months follow a second check of the lists of names",
    "",
    "By Jane Doe | Riverside Gazette",
    "Published: 5 March 2019 10:30 GMT",
    "",
    "Share   Tweet   Email",
    "",
    BODY_EN[0],
    "",
    BODY_EN[1],
    "",
    "Read more: Camp residents protest over water shortages",
    "",
    BODY_EN[2],
    "",
    "A woman waits with her children at the gate of the camp. Photo: AFP",
    "",
    BODY_EN[3],
    "",
    "Reporting by Jane Doe in Qamishli; Editing by John Roe",
    "",
    "Tags: Raqqa, returns, camps",
    "",
    "Sign up for our daily newsletter and get the news in your inbox every morning",
    "",
    "Related stories",
    "Water trucks reach the eastern sections of the camp",
    "Court in Hasakah hears first cases of returnees",
    "",
    "About us   Contact   Privacy policy   Terms of use",
    "© 2019 Riverside Gazette. All rights reserved.",
])


def test_whole_page_copy_gives_title_header_and_clean_body():
    record = parse_text_article(PAGE_EN)
    assert record.title == "Buses to take families home from camp this week, officials say"
    assert record.lede == "The first returns in months follow a second check of the lists of names"
    assert record.author == "Jane Doe"
    assert record.outlet == "Riverside Gazette"
    assert build_article(record).published == "2019-03-05"
    assert record.tags == ["Raqqa", "returns", "camps"]
    assert record.body.split("\n\n") == BODY_EN


BODY_AR = [
    "الحسكة – غادرت عشرات العائلات المخيم صباح اليوم الثلاثاء باتجاه قراها في ريف الرقة، بعد "
    "أشهر من الانتظار، بحسب ما قال مسؤولون في الإدارة المحلية.",
    "وقال أحد المسؤولين إن القوائم دققت مرتين، وإن الحافلات ستعود الأسبوع المقبل لنقل دفعة "
    "جديدة من العائلات التي سجلت أسماءها.",
    "وتشكو العائلات من غياب الخدمات في القرى التي تعود إليها، إذ لم تصلح شبكات المياه في "
    "كثير منها منذ انتهاء المعارك.",
]

PAGE_AR = "\n".join([
    "الرئيسية  أخبار  تقارير  رأي  فيديو",
    "الرئيسية » أخبار » سوريا",
    "",
    "عائلات تغادر المخيم نحو قراها في ريف الرقة",
    "",
    "كتب: سامر الأحمد",
    "تاريخ النشر: 2019-03-23",
    "",
    "شارك",
    "فيسبوك  تويتر  واتساب",
    "",
    BODY_AR[0],
    "",
    "اقرأ أيضاً: افتتاح مدرسة جديدة في ريف الحسكة",
    "",
    BODY_AR[1],
    "",
    BODY_AR[2],
    "",
    "الوسوم:",
    "الرقة  المخيمات  العودة",
    "",
    "تابعونا على تلغرام",
    "© 2019 جميع الحقوق محفوظة",
])


def test_arabic_page_copy():
    record = parse_text_article(PAGE_AR)
    assert record.title == "عائلات تغادر المخيم نحو قراها في ريف الرقة"
    assert record.author == "سامر الأحمد"
    assert build_article(record).published == "2019-03-23"
    assert record.tags == ["الرقة", "المخيمات", "العودة"]
    assert record.body.split("\n\n") == BODY_AR


@pytest.mark.parametrize("text", [
    "Home > World > Middle East\n\nA storm closed the road on Monday and the convoy turned back to the city.\n\n"
    "Drivers said they would try again when the weather cleared.",
    "We use cookies to give you the best experience on our website. You can manage cookies in your settings.\n\n"
    "A storm closed the road on Monday and the convoy turned back to the city.\n\n"
    "Drivers said they would try again when the weather cleared.",
])
def test_breadcrumbs_and_cookie_lines_are_never_titles(text):
    record = parse_text_article(text)
    assert "Home" not in (record.title or "") and "cookies" not in (record.title or "")
    assert build_article(record).title.startswith("A storm closed the road")


def test_a_file_of_furniture_only_is_refused_with_its_path(tmp_path):
    path = tmp_path / "consent.txt"
    path.write_text(
        "Skip to main content\n\nYour privacy choices\n\n"
        "We and our partners use cookies to store and access information on your device. "
        "You can accept or reject cookies in the privacy settings at any time.\n\n"
        "Accept all\nReject all\nManage preferences\n\n© 2024 Example Media. All rights reserved.\n",
        encoding="utf-8",
    )
    [record] = list(read_text_file(path))
    assert isinstance(record, BadRecord)
    assert record.reason == "only page furniture, no article text"
    assert record.source_path.endswith("consent.txt")


def _story(title: str, paragraphs: list) -> str:
    return "\n\n".join(
        ["Gazette Online", "News   Sport   Culture   Weather", title, "By Sam Lee", "2 May 2022", *paragraphs,
         "The Gazette is published by a cooperative of its readers in the valley.",
         "Privacy   Contact   Archive"]
    ) + "\n"


def test_folder_template_is_cut_but_repeated_text_inside_stays(tmp_path):
    background = "The dam was built in the 1970s and supplies most of the region's electricity."
    stories = {
        "a.txt": ("River level falls near the dam", ["Farmers said the river had fallen by a metre since the spring "
                                                     "and that pumps no longer reached the water.", background,
                                                     "Engineers are expected to visit the site next week."]),
        "b.txt": ("Power cuts lengthen in the city", ["Residents said the power was now cut for up to twenty hours "
                                                      "a day in some districts of the city.", background,
                                                      "The electricity office asked people to use less power."]),
        "c.txt": ("Fishermen count their losses", ["Fishermen on the lake said their catch had halved since the "
                                                   "water began to recede in the early summer.", background,
                                                   "Several boats now lie on dry mud far from the shore."]),
    }
    for name, (title, body) in stories.items():
        (tmp_path / name).write_text(_story(title, body), encoding="utf-8")
    options = ReaderOptions()
    [record] = list(read_text_file(tmp_path / "b.txt", options))
    assert record.profile is not None and record.profile.records == 3
    assert record.title == "Power cuts lengthen in the city"
    assert record.author == "Sam Lee"
    assert record.body.split("\n\n") == stories["b.txt"][1]


def test_wire_copies_of_one_story_keep_their_text(tmp_path):
    body = ["BEIRUT – A convoy of trucks carrying fuel crossed into the north-east on Sunday, the first in a month, "
            "officials said.",
            "The fuel will go to bakeries and water stations first, a spokesman for the local council said.",
            "Prices of diesel on the black market had tripled since the crossing closed."]
    for name in ("copy1.txt", "copy2.txt", "copy3.txt"):
        (tmp_path / name).write_text("Fuel convoy crosses into north-east Syria\n\n" + "\n\n".join(body), encoding="utf-8")
    [record] = list(read_text_file(tmp_path / "copy2.txt", ReaderOptions()))
    assert record.title == "Fuel convoy crosses into north-east Syria"
    assert record.body.split("\n\n") == body


def test_template_counter_needs_three_records():
    counter = TemplateCounter()
    for lines in (["Menu", "a story"], ["Menu", "another story"]):
        counter.add(lines)
    assert counter.template() == frozenset()
    counter.add(["Menu", "a third story"])
    assert counter.template() == {line_key("Menu")}


@pytest.mark.parametrize("line, expected", [
    ("By Jane Doe | North Valley Press", ("Jane Doe", "North Valley Press")),
    ("Reporter: Jane Doe", ("Jane Doe", None)),
    ("Written by Jane Doe", ("Jane Doe", None)),
    ("By JANE DOE and JOHN ROE", ("Jane Doe and John Roe", None)),
    ("By Jane Doe in Erbil", ("Jane Doe", None)),
    ("Posted on 2 May 2022 by Jane Doe", ("Jane Doe", None)),
    ("كتب: سامر الأحمد", ("سامر الأحمد", None)),
    ("إعداد: سلمى الحسن", ("سلمى الحسن", None)),
    ("By the end of the week the camp was empty", None),
    ("Published: 5 March 2019", None),
])
def test_bylines(line, expected):
    assert bylines.byline(line) == expected


@pytest.mark.parametrize("line, name", [
    ("Jane Doe in Ankara", "Jane Doe"),
    ("Jane Doe, Northern Syria", "Jane Doe"),
    ("Jane Doe Middle East correspondent", "Jane Doe"),
    ("Kamal al-Hassan", "Kamal al-Hassan"),
    ("القامشلي: سامر الأحمد", "سامر الأحمد"),
    ("Raqqa - Jane Doe", "Jane Doe"),
    ("Middle East", "Middle East"),  # a name by shape; the reader takes it only beside a date
    ("Dear colleagues,", None),
    ("The camp was quiet on Sunday", None),
])
def test_bare_names(line, name):
    assert bylines.bare_name(line) == name


@pytest.mark.parametrize("line, iso", [
    ("Published: 5 March 2019 10:30 GMT", "2019-03-05"),
    ("Date: 2019-03-23", "2019-03-23"),
    ("Published date: 10 June 2021 08:14 GMT", "2021-06-10"),
    ("March 23, 20194:12 PM GMTUpdated 5 years ago", "2019-03-23"),
    ("Posted on 18 May 2022 by Jane Doe", "2022-05-18"),
    ("تاريخ النشر: 2019-03-23", "2019-03-23"),
])
def test_dates_in_header_lines(line, iso):
    from archive.extract.dates import iso_date

    assert iso_date(bylines.date_in(line)) == iso


def test_signoff_gives_the_author_when_the_header_has_none():
    assert bylines.signoff_author("Reporting by Jane Doe and John Roe in Qamishli; Editing by Sam Lee") == \
        "Jane Doe and John Roe"
    record = parse_text_article(
        "Trucks cross the border\n\nA convoy of twenty trucks crossed the border on Sunday, officials said.\n\n"
        "The crossing had been closed for a month after shelling nearby.\n\n"
        "Reporting by Jane Doe; Editing by John Roe"
    )
    assert record.author == "Jane Doe"
    assert "Reporting by" not in record.body


def test_line_classifier_tells_menus_from_prose():
    lines = paragraphs.classify(["News", "Sport", "Subscribe", BODY_EN[0], BODY_EN[1], "Share on Facebook",
                                 "Most read", "Privacy policy"])
    assert [line.cls for line in lines] == ["bad"] * 3 + ["good"] * 2 + ["bad"] * 3
    start, end = paragraphs.main_block(lines)
    assert (start, end) == (3, 5)
    arabic = paragraphs.classify(["الرئيسية", "أخبار", *BODY_AR, "شارك", "جميع الحقوق محفوظة"])
    assert [line.cls for line in arabic] == ["bad"] * 2 + ["good"] * 3 + ["bad"] * 2


def test_record_bodies_lose_their_edges_not_their_text():
    body = BODY_EN[:2] + [
        "(This story has been corrected to give the right number of buses in paragraph 2)",
        "Reporting by Jane Doe; Editing by John Roe",
        "sjw/fg",
        "Follow us on Telegram for breaking news",
    ]
    assert clean_record_paragraphs(body) == BODY_EN[:2]
    repeated = "The Gazette is published by a cooperative of its readers in the valley."
    assert clean_record_paragraphs(BODY_EN[:2] + [repeated], frozenset({line_key(repeated)})) == BODY_EN[:2]
    assert clean_record_paragraphs(["Subscribe now", "Share"]) == []


def test_other_stories_listed_under_their_own_bylines_are_not_the_text():
    teasers = []
    for n, (title, name) in enumerate([("Bridge reopens after repairs", "Ann Berg"),
                                       ("Schools add evening classes", "Omar Said"),
                                       ("Market prices climb again", "Lena Holt")]):
        teasers += [title, name, f"{n + 10} November 2019",
                    "The council said the work had taken longer than planned because of the weather and the "
                    "shortage of materials, and that traffic would return to normal by the end of the month."]
    text = "\n\n".join(["Flood barriers finished before the winter rains", "By Sam Lee", "9 November 2019",
                        *BODY_EN, "More stories", *teasers])
    record = parse_text_article(text)
    assert record.title == "Flood barriers finished before the winter rains"
    assert record.body.split("\n\n") == BODY_EN


def test_tables_inside_the_text_are_kept():
    rows = ["Camp  Families  Left", "Hol  2,100  340", "Roj  600  45", "Areesha  900  120"]
    text = "\n\n".join(["Figures for the month", BODY_EN[0], "The figures for each camp were:", *rows, BODY_EN[1]])
    record = parse_text_article(text)
    assert record.body.split("\n\n") == [BODY_EN[0], "The figures for each camp were:",
                                         *[" ".join(row.split()) for row in rows], BODY_EN[1]]


def test_a_dateline_line_and_a_short_last_sentence_stay_with_the_text():
    text = "\n\n".join(["Road reopens after the storm", "ERBIL —", *BODY_EN, "The inquiry continues."])
    assert parse_text_article(text).body.split("\n\n") == ["ERBIL —", *BODY_EN, "The inquiry continues."]


def test_a_list_the_text_announces_is_kept():
    items = ["Hol camp: 2,100 families", "Roj camp: 600 families", "Areesha camp: 900 families"]
    text = "\n\n".join(["Families registered to leave the camps", *BODY_EN[:2],
                        "The families registered so far, by camp:", *items, "Share", "Most read"])
    assert parse_text_article(text).body.split("\n\n") == [*BODY_EN[:2], "The families registered so far, by camp:",
                                                            *items]


def test_headlines_listed_under_the_text_without_a_heading_are_left_out():
    headlines = ["Water trucks reach the eastern sections of the camp",
                 "Court in Hasakah hears the first cases of returnees",
                 "Schools in Raqqa reopen after three years of repairs"]
    text = "\n\n".join(["Buses to take families home this week", *BODY_EN, *headlines])
    assert parse_text_article(text).body.split("\n\n") == BODY_EN


def test_a_labelled_byline_below_the_text_gives_the_author():
    text = "\n\n".join(["عائلات تغادر المخيم نحو قراها في ريف الرقة", *BODY_AR, "تحرير: سامر الأحمد", "شارك"])
    record = parse_text_article(text)
    assert record.body.split("\n\n") == BODY_AR
    text = "\n\n".join(["Buses to take families home this week", *BODY_EN, "Written by Jane Doe", "Share"])
    assert parse_text_article(text).author == "Jane Doe"


def test_dated_items_under_a_heading_after_the_text_are_kept():
    items = ["20 January – the attack on the prison begins", "23 January – the first detainees surrender",
             "30 January – the operation is declared over"]
    text = "\n\n".join(["Ten days at the prison", *BODY_EN[:2], "What happened when", *items, "Share", "Most read"])
    assert parse_text_article(text).body.split("\n\n") == [*BODY_EN[:2], "What happened when", *items]


@pytest.mark.parametrize(
    "line",
    [
        "الحسكة (سوريا) (أ ف ب) - تواصلت الاشتباكات لليوم الثالث في محيط السجن، وفق ما أفاد مسؤولون.",
        "دير الزور (رويترز) - قال سكان إن الطريق أغلق.",
        "QAMISHLI, Syria (AFP) - Officials said the road was closed.",
        "Hajin (Reuters) - Residents said the market reopened [Reuters]",
    ],
)
def test_a_paragraph_opening_with_a_dateline_is_never_a_caption(line):
    """The credit a dateline names ("(أ ف ب)", "(AFP)") is a caption word elsewhere, not here."""
    assert paragraphs.opens_with_dateline(line)
    assert paragraphs.furniture_reason(line) != "caption"


@pytest.mark.parametrize(
    "line",
    [
        "FILE - A view of the prison in Hasakah, Syria, Jan. 24, 2022.",
        "Photo: Jane Roe, AP",
        "Al-Hol camp houses more than 50,000 people [File: Jane Roe/AFP]",
        "Getty Images - Smoke rises over the old town",
    ],
)
def test_a_credit_before_a_dash_is_still_a_caption(line):
    assert not paragraphs.opens_with_dateline(line)
    assert paragraphs.furniture_reason(line) == "caption"


def test_arabic_first_paragraph_with_a_dateline_keeps_it_and_names_the_agency():
    record = parse_text_article(
        "اشتباكات في الحسكة لليوم الثالث\n\nالأحد 23 كانون الثاني 2022\n\n"
        "الحسكة (سوريا) (أ ف ب) - تواصلت الاشتباكات لليوم الثالث على التوالي في محيط السجن في مدينة الحسكة، "
        "وفق ما أفاد مسؤولون محليون.\n\n"
        "وقال المسؤولون إن آلاف السكان نزحوا من الأحياء القريبة من السجن بسبب المعارك المستمرة.\n\n"
        "وأضافوا أن القوات ما زالت تطوق المنطقة وأن عمليات التمشيط مستمرة."
    )
    article = build_article(record)
    assert article.body.startswith("الحسكة (سوريا) (أ ف ب) -")
    assert (article.outlet, article.outlet_source) == ("Agence France-Presse", "dateline")  # one name an outlet: it has Latin-script editions


def test_a_contact_block_under_the_text_is_cut_in_every_format():
    text = ["The agency said it had delivered blankets and stoves to 3,000 families before the first snow.",
            "Teams will return next month to check on the most vulnerable households, it added.",
            "For media enquiries, reach: Dana Karim, Erbil office, +964 750 000 0000"]
    assert clean_record_paragraphs(list(text)) == text[:2]
    arabic = ["وزعت المنظمة بطانيات ومدافئ على ثلاثة آلاف عائلة قبل تساقط الثلوج في المخيمات.",
              "للاستفسار: المكتب الإعلامي في أربيل، هاتف 0750"]
    assert clean_record_paragraphs(list(arabic)) == arabic[:1]
    # a colon in a sentence of the text, or a contact line as the first paragraph, stays
    kept = ["Officials said one thing was clear: contact with the families had been lost for weeks.",
            "Contacts between the two sides resumed in March, a diplomat said: talks were held in Erbil."]
    assert clean_record_paragraphs(list(kept)) == kept


def test_a_consent_wall_saved_instead_of_the_article_is_refused():
    wall = "\n".join([
        "Morning Courier", "Your privacy matters to us",
        "We and our partners use cookies and similar identifiers to store information on your device and "
        "process personal data for advertising, measurement and site improvement.",
        "You can give your consent, refuse it, or change your preferences at any time; some processing "
        "relies on legitimate interest, to which you may object.",
        "Accept all", "Reject all", "Manage preferences", "Privacy Policy"])
    with pytest.raises(ValueError, match="consent notice"):
        parse_text_article(wall)
    # a report on privacy, with the same buttons on its page, is an article
    report = "\n\n".join(["Regulator fines app over location data", *BODY_EN,
                          "The regulator said the app had shared personal data and cookies with advertising "
                          "partners without consent, and ordered it to stop the processing within a month.",
                          "Accept all", "Reject all"])
    assert "shared personal data" in parse_text_article(report).body
