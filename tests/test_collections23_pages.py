"""What a collection teaches about each of its files (issue #13, round 23; archive/extract/collection_pages.py).

A small invented collection: three outlets, four pages each, filed in mixed folders (month folders
and a downloads folder, each outlet's pages in several of them), beside one page of a fourth site.
Every name, place and sentence here is made up for the test."""

import sqlite3
from pathlib import Path

from archive.extract.collection_pages import CollectionPass, listing_refusal
from archive.extract.profile import GroupProfile, text_lines
from archive.readers.folder_profiles import FolderProfiles, collection_pass_of

PLACES = ["Marrow Creek", "Felden", "Oster Bay", "Harlow Flats", "Quill Ridge", "Sandmere", "Tolly Ford", "Brack End"]
THINGS = ["the ferry", "the grain store", "the clinic", "the school roof", "the pump house", "the night market",
          "the bus depot", "the water tower"]


def _story(n: int) -> list:
    """A made-up story's paragraphs (each its own words: no two texts are copies)."""
    place, thing = PLACES[n % len(PLACES)], THINGS[(n * 3) % len(THINGS)]
    return [
        f"Residents of {place} said on Monday that {thing} had been closed for {n + 3} days, and that nobody "
        f"from the district office had come to explain why the repairs were taking so long.",
        f"A spokesman for the district said {n + 11} workers had been sent to {place} and that {thing} "
        f"would reopen before the end of the month, weather allowing, though he gave no firm date.",
        f"Shopkeepers near {thing} said trade had fallen by {n + 20} percent since the closure, and {n + 2} "
        f"families said they now travel to the next town twice a week for what they used to find at home.",
    ]


HEADLINES = {
    "marl": ["Ferry crossing stays shut as river rises", "Grain store repairs drag into a second week",
             "Clinic opens late after generator fails", "School roof leaks again after the storm"],
    "orrin": ["Pump house failure leaves east wards dry", "Night market traders count losses after fire",
              "Bus depot workers walk out over unpaid wages"],
    "kestrel": ["Water tower inspection finds cracked supports", "Ferry operator fined over missing life jackets",
                "Grain prices climb for a third month", "Clinic waiting lists double since spring"],
}
STANDFIRSTS = {  # Orrin Bay Monitor's pages carry a standfirst under the headline
    0: "Families in three wards have carried water from the creek since Thursday.",
    1: "Stallholders say the insurance will cover less than half of what burned.",
    2: "Drivers have not been paid since the depot changed hands in the autumn.",
}


def marl_page(n: int, foot: bool = True) -> str:
    """The Marl Valley Post: a menu, a donation line, a share bar; its name only in the copyright line."""
    lines = ["Skip to content", "Home", "Rivers and Farms", "Courts", "Opinion",
             "Support independent reporting from the valley: donate today", "",
             HEADLINES["marl"][n], "", f"By Petra Lune · {n + 3} March 2025", "",
             "Share this story: Facebook · X · Email", "", *_story(n), "",
             "Filed under: Valley, Services", "More from the valley desk", "Sign up for the Friday bulletin"]
    if foot:
        lines += ["", "© 2025 The Marl Valley Post"]
    return "\n".join(lines) + "\n"


def orrin_page(n: int) -> str:
    """Orrin Bay Monitor, an NGO's site: a standfirst under each headline."""
    return "\n".join([
        "Orrin Bay Monitor", "Reports · Alerts · Data · Contact", "", HEADLINES["orrin"][n], STANDFIRSTS[n],
        "", f"Published {n + 4} April 2025", "", *_story(n + 10), "",
        "Help us keep monitoring conditions in the bay: become a member",
        "Copyright © Orrin Bay Monitor. Republish with credit."]) + "\n"


def orrin_section() -> str:
    """Orrin Bay Monitor's section page: its template around the headlines and standfirsts of its
    other pages, each with its date and the opening of its text cut short."""
    teasers = []
    for n in range(3):
        teasers += [HEADLINES["orrin"][n], STANDFIRSTS[n], f"{n + 4} April 2025", _story(n + 10)[0][:70] + "..."]
    return "\n".join([
        "Orrin Bay Monitor", "Reports · Alerts · Data · Contact", "", "Alerts",
        "Every alert the monitor has issued on water, markets and work in the bay.", "", *teasers, "",
        "Load more", "Help us keep monitoring conditions in the bay: become a member",
        "Copyright © Orrin Bay Monitor. Republish with credit."]) + "\n"


def kestrel_page(n: int, related: bool = False) -> str:
    """The Kestrel Ledger: a masthead, a menu, a comment count and a related list."""
    lines = ["KESTREL LEDGER", "Local · Region · Weather", "", HEADLINES["kestrel"][n], f"Hana Bell, {n + 1} May 2025",
             "", *_story(n + 20), "", f"{n + 2} comments"]
    if related:  # the site's other headlines under the story, in one run
        lines += ["Related"] + [h for k, h in enumerate(HEADLINES["kestrel"]) if k != n]
    return "\n".join(lines + ["", "Kestrel Ledger © 2025 · All rights reserved"]) + "\n"


def lone_page() -> str:
    """A page of a fourth site, saved once: a menu of common words, no name."""
    return "\n".join(["Home", "News", "Contact", "", "Bridge repairs begin in Tolly Ford", "", "2 June 2025", "",
                      *_story(40), "", "Share", "Print"]) + "\n"


def write_collection(root: Path, cut: int = 3, section: bool = True) -> Path:
    """The collection in mixed folders: each outlet's pages in two or three of them."""
    folders = [root / "2025-03", root / "2025-04", root / "downloads"]
    for folder in folders:
        folder.mkdir(parents=True, exist_ok=True)
    for n in range(4):
        (folders[n % 3] / f"marl-{n}.txt").write_text(marl_page(n, foot=n != cut), encoding="utf-8")
        (folders[(n + 1) % 3] / f"kestrel-{n}.txt").write_text(kestrel_page(n, related=n == 0), encoding="utf-8")
    for n in range(3):
        (folders[(n + 2) % 3] / f"orrin-{n}.txt").write_text(orrin_page(n), encoding="utf-8")
    if section:
        (folders[1] / "orrin-alerts.txt").write_text(orrin_section(), encoding="utf-8")
    (folders[2] / "lone.txt").write_text(lone_page(), encoding="utf-8")
    return root


def _found(root: Path) -> CollectionPass:
    return collection_pass_of([root])


def _names(mapping) -> dict:
    return {Path(path).name: name for path, name in mapping.items()}


# -- the template names the site -----------------------------------------------------------------
def test_a_page_whose_foot_was_cut_takes_the_name_its_template_writes(tmp_path):
    carried = _names(_found(write_collection(tmp_path)).carried())
    assert carried["marl-3.txt"] == "The Marl Valley Post"  # no copyright line: the template's lines
    assert "lone.txt" not in carried  # a menu of common words is no outlet's template


def test_a_page_whose_own_copyright_line_is_the_templates_keeps_its_name(tmp_path):
    carried = _names(_found(write_collection(tmp_path)).carried())
    assert {carried[f"marl-{n}.txt"] for n in range(3)} == {"The Marl Valley Post"}
    assert {carried[f"kestrel-{n}.txt"] for n in range(4)} == {"Kestrel Ledger"}  # the name before the sign


def test_an_outlets_pages_in_several_folders_pool(tmp_path):
    """Marl's signed pages lie one to a folder: no folder alone holds two of them."""
    root = write_collection(tmp_path)
    by_folder = {p.parent.name for p in root.rglob("marl-*.txt") if p.name != "marl-3.txt"}
    assert len(by_folder) == 3
    assert _names(_found(root).carried())["marl-3.txt"] == "The Marl Valley Post"


def test_one_signed_page_teaches_nothing(tmp_path):
    root = tmp_path / "one"
    root.mkdir()
    (root / "marl-0.txt").write_text(marl_page(0), encoding="utf-8")
    (root / "marl-1.txt").write_text(marl_page(1, foot=False), encoding="utf-8")
    (root / "lone.txt").write_text(lone_page(), encoding="utf-8")
    assert "marl-1.txt" not in _names(_found(root).carried())


def test_a_groups_copyright_line_names_no_page():
    found = CollectionPass()
    for n in range(3):
        found.add(f"/c/p{n}.txt", text_lines(marl_page(n).replace("© 2025 The Marl Valley Post",
                                                                  "© 2025 Marl Media Group. All rights reserved.")))
    found.add("/c/p3.txt", text_lines(marl_page(3, foot=False)))
    assert found.carried() == {}


def test_the_carried_name_is_stored_for_the_page_without_a_sign(cli, tmp_path):
    root = write_collection(tmp_path / "coll")
    result = cli("import", tmp_path / "a.db", *sorted(p for p in root.iterdir()), "--silent")
    assert result.exit_code in (0, 1), result.output
    rows = sqlite3.connect(tmp_path / "a.db").execute(
        "select a.source_path, o.name from articles a left join outlets o on o.id = a.outlet").fetchall()
    outlets = {Path(path).name: name for path, name in rows}
    assert outlets["marl-3.txt"] == "The Marl Valley Post"
    assert outlets["marl-0.txt"] == "The Marl Valley Post"


# -- a listing of the collection's stories ---------------------------------------------------------
def test_a_section_page_of_the_template_lists_the_other_pages(tmp_path):
    listed = {Path(path).name for path in _found(write_collection(tmp_path)).listings()}
    assert listed == {"orrin-alerts.txt"}  # not kestrel-0.txt, whose related list stands in one run


def test_a_listing_is_refused_by_its_folders_profile(tmp_path):
    root = write_collection(tmp_path)
    folders = FolderProfiles()
    folders.learn_import([root])
    section = root / "2025-04" / "orrin-alerts.txt"
    assert listing_refusal(folders.for_file(section), section)
    assert listing_refusal(folders.for_file(root / "2025-04" / "orrin-1.txt"), root / "2025-04" / "orrin-1.txt") is None
    assert listing_refusal(GroupProfile(), section) is None


def test_the_import_refuses_the_listing_and_says_why(cli, tmp_path):
    # the text reader's hook (archive/readers/text.py, read_text_file): the section page is reported
    # with its reason and not stored; every story of the collection is
    root = write_collection(tmp_path / "coll")
    result = cli("import", tmp_path / "l.db", *sorted(p for p in root.iterdir()))
    assert "orrin-alerts.txt: a listing of the collection" in result.output, result.output
    stored = {Path(path).name for (path,) in sqlite3.connect(tmp_path / "l.db").execute(
        "select source_path from articles")}
    assert "orrin-alerts.txt" not in stored and "orrin-1.txt" in stored and "kestrel-0.txt" in stored


def test_a_story_under_a_long_related_list_is_no_listing():
    found = CollectionPass()
    for n in range(4):
        found.add(f"/k/k{n}.txt", text_lines(kestrel_page(n, related=True)))
    assert found.listings() == frozenset()


# -- a site's Arabic edition: its site line and the masthead its other pages write -------------------
AR_PLACES = ["الوادي الأخضر", "تل السنابل", "عين الصفصاف", "الضفة الشرقية", "المرج الكبير"]


def _ar_story(n: int) -> list:
    place = AR_PLACES[n % len(AR_PLACES)]
    return [
        f"قال سكان في بلدة {place} إن محطة المياه توقفت عن العمل منذ {n + 3} أيام، وإن الأهالي يشترون الماء "
        f"من الصهاريج بأسعار مرتفعة لا يقدر عليها كثيرون.",
        f"وأضاف مسؤول في البلدية أن {n + 6} عمال سيصلون إلى {place} خلال الأسبوع المقبل، لكنه لم يحدد موعداً "
        f"دقيقاً لعودة الضخ.",
        f"ويقول أصحاب المحال إن الحركة التجارية تراجعت بنسبة {n + 10} في المئة منذ بداية الأزمة.",
    ]


def _ar_full_page(n: int, masthead: str) -> str:
    return "\n".join(["تخطي إلى المحتوى", masthead, "الرئيسية", "تقارير", "اتصل بنا",
                      f"عنوان التقرير رقم {n} عن المياه في {AR_PLACES[n % 5]}", f"{n + 2} أيار 2025", *_ar_story(n),
                      "شارك: فيسبوك واتساب", "اشترك في النشرة البريدية"]) + "\n"


def _ar_reader_page(n: int, site: str) -> str:
    return "\n".join([site, "", f"تقرير خاص عن الأسواق في {AR_PLACES[n % 5]} بعد انقطاع المياه", "",
                      f"{n + 4} حزيران 2025", "", *_ar_story(n + 2)]) + "\n"


def test_the_arabic_editions_site_line_takes_the_arabic_masthead_its_label_spells(tmp_path):
    from archive.readers.folder_profiles import profile_folder

    folder = tmp_path / "saved"
    folder.mkdir()
    for n in range(3):
        (folder / f"full-{n}.txt").write_text(_ar_full_page(n, "ليك هيرالد"), encoding="utf-8")
    for n in range(2):
        (folder / f"reader-{n}.txt").write_text(_ar_reader_page(n, "ar.lakeherald.com"), encoding="utf-8")
    held = profile_folder(folder).mastheads
    assert held["reader-0.txt"] == held["reader-1.txt"] == "ليك هيرالد"


def test_an_arabic_name_the_label_does_not_spell_lends_nothing(tmp_path):
    from archive.readers.folder_profiles import profile_folder

    folder = tmp_path / "saved"
    folder.mkdir()
    for n in range(3):
        (folder / f"full-{n}.txt").write_text(_ar_full_page(n, "صوت الوادي"), encoding="utf-8")
    for n in range(2):
        (folder / f"reader-{n}.txt").write_text(_ar_reader_page(n, "ar.lakeherald.com"), encoding="utf-8")
    assert "reader-0.txt" not in profile_folder(folder).mastheads


def test_arabic_and_latin_skeletons():
    from archive.extract.script_skeletons import arabic_skeleton, latin_skeleton

    assert latin_skeleton("lakeherald") == arabic_skeleton("ليك هيرالد")
    assert latin_skeleton("qamarpress") == arabic_skeleton("قمر برس")
    assert latin_skeleton("lakeherald") != arabic_skeleton("صوت الوادي")
    assert arabic_skeleton("Lake Herald") is None


# -- the order of an outlet's numeric dates, over its folders ----------------------------------------
def _dated_page(n: int, date: str, foot: str, menu: list) -> str:
    return "\n".join([*menu, "", HEADLINES["kestrel"][n % 4] + f" ({n})", "", f"Posted {date}", "", *_story(n + 50),
                      "", "Share this report", "", foot]) + "\n"


MARL_MENU = ["Skip to content", "Home", "Rivers and Farms", "Courts", "Opinion",
             "Support independent reporting from the valley: donate today"]
FERN_MENU = ["Fernhill Gazette", "Town · County · Sport"]


def test_an_outlets_pages_read_their_dates_as_the_outlet_writes_them_over_its_folders(cli, tmp_path):
    """The Marl Valley Post writes day-first (25/03/2025); its one page in 2025-04 is dated 03/04/2025
    and lies beside two pages of a site writing month-first (04/25/2025): the folder alone would
    read it month-first, the outlet's pages over the import say day-first: 3 April."""
    root = tmp_path / "coll"
    for name in ("2025-03", "2025-04", "downloads"):
        (root / name).mkdir(parents=True)
    marl_foot = "© 2025 The Marl Valley Post"
    (root / "2025-03" / "marl-a.txt").write_text(_dated_page(1, "25/03/2025", marl_foot, MARL_MENU), encoding="utf-8")
    (root / "downloads" / "marl-b.txt").write_text(_dated_page(2, "18/02/2025", marl_foot, MARL_MENU), encoding="utf-8")
    (root / "2025-04" / "marl-c.txt").write_text(_dated_page(3, "03/04/2025", marl_foot, MARL_MENU), encoding="utf-8")
    for n, date in enumerate(["04/25/2025", "04/28/2025"]):
        (root / "2025-04" / f"fern-{n}.txt").write_text(
            _dated_page(10 + n, date, "© 2025 Fernhill Gazette", FERN_MENU), encoding="utf-8")
    result = cli("import", tmp_path / "d.db", *sorted(root.iterdir()), "--silent")
    assert result.exit_code in (0, 1), result.output
    published = {Path(p).name: d for p, d in sqlite3.connect(tmp_path / "d.db").execute(
        "select source_path, published from articles")}
    assert published["marl-c.txt"] == "2025-04-03"
    assert published["fern-0.txt"] == "2025-04-25"
    assert published["marl-a.txt"] == "2025-03-25"


def test_a_pages_copyright_line_its_template_repeats_is_kept_for_the_outlets_rules(tmp_path):
    from archive.extract.collection_pages import template_copyright

    root = write_collection(tmp_path)
    folders = FolderProfiles()
    folders.learn_import([root])
    page = root / "2025-03" / "marl-0.txt"
    assert template_copyright(folders.for_file(page), page) == "© 2025 The Marl Valley Post"
    cut = root / "2025-03" / "marl-3.txt"  # no copyright line of its own
    assert cut.exists()
    assert template_copyright(folders.for_file(cut), cut) is None


def test_a_pictures_credit_signs_no_page():
    """'Photo: (c) Agency' under every page's picture is the picture's credit, not the site's name."""
    from archive.extract.collection_pages import _signed

    assert _signed(["Photo: © Tallow Pictures Agency"])[0] is None
    assert _signed(["Image © Tallow Pictures Agency"])[0] is None
    assert _signed(["© 2025 The Marl Valley Post"])[0] == "The Marl Valley Post"
    found = CollectionPass()
    for n in range(3):
        found.add(f"/c/p{n}.txt", text_lines(marl_page(n, foot=False).replace("Share this story", "Photo: © Tallow Pictures Agency\nShare this story")))
    assert found.carried() == {}
