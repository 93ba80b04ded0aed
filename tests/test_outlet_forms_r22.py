"""Issue #13, round 22: one outlet, one name across the forms a page writes it in
(archive.extract.outlet_forms.own_form, called by archive.extract.outlets.article_outlet).
The pages are invented; each is read by the text reader and built as an import builds it."""

from pathlib import Path

from archive.extract.article import build_article
from archive.extract.outlet_forms import copyright_names, fuller_form, group_lead, group_site
from archive.readers.text import read_text_file

STORY = [
    "Water trucks reached the northern district on Tuesday after a week in which the pumping station stood idle, residents said.",
    "The district council said repairs to the station's generator would take another ten days and asked families to store water.",
    "Aid workers said the shortage had fallen hardest on families living in the schools used as shelters since the autumn.",
]


def _stored(tmp_path: Path, lines: list, name: str = "page.txt") -> str:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (raw,) = list(read_text_file(path))
    return build_article(raw).outlet


def test_the_fuller_form_a_copyright_line_writes_is_the_outlets_name(tmp_path):
    page = ["LRW", "Lowland Rights Watch", "About   Reports   Donate", "",
            "Pumping station repairs leave district short of water", "", "Published 12.02.2025 · LRW Field Team", "",
            *STORY, "", "For media enquiries: press@lrw-net.org", "",
            "© 2025 Lowland Rights Watching Network · Registered charity · Privacy · Terms"]
    assert _stored(tmp_path, page) == "Lowland Rights Watching Network"


def test_a_year_after_the_name_on_the_copyright_line_is_no_fuller_name():
    assert copyright_names(["© The Campus Paper 2024"]) == ["The Campus Paper"]
    assert not fuller_form("The Campus Paper", "The Campus Paper 2024")
    assert fuller_form("Lowland Rights Watch", "Lowland Rights Watching Network")
    assert fuller_form("LRW", "Lowland Rights Watching")
    assert not fuller_form("Lowland Rights", "Lowland Media Group")  # the group, not the outlet
    assert not fuller_form("Lowland Rights Watch", "Upland Rights Watch Network")  # another outlet
    assert not fuller_form("The Lake Times", "The Lake Timesheet Company")  # another word
    assert fuller_form("The Lake", "The Lake Herald")
    assert not fuller_form("The Lake Herald", "The Lake Herald Foundation")  # the foundation, not the paper


def test_a_group_page_is_its_sites_as_the_masthead_says(tmp_path):
    page = ["Skip to main content", "MERIDA LEDGER", "Home   News   Features", "",
            "Pumping station repairs leave district short of water", "", "By Sara Lind", "12 February 2025", "",
            *STORY, "", "Merida Ledger is part of Merida Media Group.", "© 2025 Merida Media Group. All rights reserved."]
    assert _stored(tmp_path, page) == "Merida Ledger"


def test_an_arabic_group_page_is_its_sites():
    assert group_lead("مجموعة الوادي الإعلامية") == "الوادي"
    head = ["تخطي إلى المحتوى", "الوادي نيوز", "الرئيسية"]
    assert group_site("مجموعة الوادي الإعلامية", head, head) == "الوادي نيوز"
    assert group_site("Merida Media Group", ["Merida Media Group", "Home"], []) is None  # the group's own page
    assert group_lead("Merida Ledger") is None
    assert group_site("Merida Media Group", ["Merida weather today", "Home"], []) is None  # words, no name
    assert group_site("Merida Media Group", ["Merida Ledger", "Home"], []) == "Merida Ledger"


def test_a_reader_views_site_line_and_the_name_at_its_foot_agree(tmp_path):
    page = ["lowlanddispatch.com", "", "Pumping station repairs leave district short of water", "", "Sara Lind", "",
            "3–4 minutes", "", "12 February 2025", "", *STORY, "",
            "For more news, follow Lowland Dispätch on Telegram."]
    assert _stored(tmp_path, page) == "Lowland Dispätch"


def test_a_site_line_that_no_name_on_the_page_spells_lends_nothing(tmp_path):
    page = ["lowlanddispatch.com", "", "Pumping station repairs leave district short of water", "", "Sara Lind", "",
            "3–4 minutes", "", "12 February 2025", "", *STORY, "", "For more news, follow Upland Courier on Telegram."]
    assert _stored(tmp_path, page) is None


# A folder of one site's pages, built as the import builds it (the folder's profile drops the lines
# every page repeats: the masthead with them; the page's own lines still hold it).
AR_STORIES = [
    ("الحي الشمالي ينتظر المياه منذ أسبوع", "قالت عائلات في الحي الشمالي إن صهاريج المياه وصلت يوم الثلاثاء بعد أسبوع توقفت فيه محطة الضخ عن العمل."),
    ("تأجيل محاكمة المتهمين بحرق السوق", "أجلت المحكمة في المدينة للمرة الثالثة جلسة محاكمة خمسة متهمين بإضرام النار في السوق القديم العام الماضي."),
    ("المدرسة الوحيدة في القرية تفتح أبوابها", "افتتحت المدرسة الوحيدة في القرية أبوابها من جديد بعد ترميم استمر ثمانية أشهر بدعم من منظمة محلية."),
    ("ارتفاع أسعار الخبز للمرة الثانية هذا الشهر", "رفعت الأفران في المدينة سعر ربطة الخبز للمرة الثانية خلال شهر واحد بسبب نقص الطحين وارتفاع أسعار الوقود."),
]


def test_a_group_page_in_a_folder_of_its_sites_pages_is_the_sites(tmp_path):
    from conftest import build_folder

    pages = {}
    for n, (title, first) in enumerate(AR_STORIES):
        pages[f"p{n}.txt"] = "\n".join([
            "تخطي إلى المحتوى", "الوادي نيوز", "English | عربي", "الرئيسية", "تقارير", "بحث", "تقارير", title,
            "إعداد: سارة الأحمد", f"{n + 2} شباط 2025", first,
            "وأوضح مسؤول محلي أن الوضع يحتاج إلى تدخل عاجل من الجهات المعنية قبل أن تتفاقم المشكلة خلال الأسابيع المقبلة.",
            "الوسوم: المدينة", "اقرأ أيضاً", AR_STORIES[(n + 1) % 4][0], "اشترك",
            "© 2025 مجموعة الوادي الإعلامية. جميع الحقوق محفوظة."]) + "\n"
    assert {article.outlet for article in build_folder(tmp_path, pages).values()} == {"الوادي نيوز"}



EN_STORIES = [
    ("Pumping station repairs leave district short of water", STORY[0]),
    ("Court postpones trial over market fire for a third time", "The court postponed for a third time the trial of five men accused of setting fire to the old market last year, lawyers said."),
    ("Village school reopens after eight months of repairs", "The only school in the village reopened on Sunday after eight months of repairs paid for by a local charity, teachers said."),
    ("Bread price rises for the second time this month", "Bakeries in the city raised the price of a bundle of bread for the second time in a month, blaming a shortage of flour and fuel."),
]


def _site_pages(site_line: str, reader_views: int = 2) -> dict:
    """Two pages copied whole (masthead in capitals, a line at the foot naming the site) and
    ``reader_views`` pages in a reader view (the site line alone over the headline), one folder."""
    pages = {}
    for n, (title, first) in enumerate(EN_STORIES[:2 + reader_views]):
        if n < 2:
            lines = ["Skip to main content", "MERIDA LEDGER", "Home", "Region", "Features", "", title, "", "By Sara Lind",
                     f"{n + 2} February 2025", "", first, "", *STORY[1:], "", "Read more", EN_STORIES[(n + 1) % 4][0],
                     "Merida Ledger is part of Merida Media Group.", "© 2025 Merida Media Group. All rights reserved."]
        else:
            lines = [site_line, "", title, "", "Sara Lind", "", "3–4 minutes", "", f"{n + 2} February 2025", "",
                     first, "", *STORY[1:]]
        pages[f"p{n}.txt"] = "\n".join(lines) + "\n"
    return pages


def test_a_reader_views_site_line_takes_the_name_the_folders_other_pages_write(tmp_path):
    from conftest import build_folder

    built = build_folder(tmp_path, _site_pages("meridaledger.com"))
    assert {name: article.outlet for name, article in built.items()} == {f"p{n}.txt": "Merida Ledger" for n in range(4)}


def test_a_site_line_no_name_of_the_folder_spells_lends_nothing(tmp_path):
    from conftest import build_folder

    built = build_folder(tmp_path, _site_pages("uplandcourier.com"))
    assert [built[f"p{n}.txt"].outlet for n in (2, 3)] == [None, None]


def test_a_name_at_the_edges_of_too_few_files_lends_nothing(tmp_path):
    from conftest import build_folder

    pages = _site_pages("meridaledger.com", reader_views=1)
    pages.pop("p1.txt")  # one copied page and one reader view: the name at the edges of two files
    assert build_folder(tmp_path, pages)["p2.txt"].outlet is None
