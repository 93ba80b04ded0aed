"""An outlet learned from the collection: the masthead a folder's pages repeat (issue #13).

A synthetic collection, written for this test: three outlets the data does not know, four pages
each, one folder per outlet, each page naming its outlet only by the masthead its outlet's pages
repeat (over the headline, or closing the page); and folders whose repeated lines are no outlet
(UI words, a section's label, copies of one story)."""

import sqlite3

from conftest import build_folder, run_cli

STORIES = [
    ("Ferry Crossing Reopens After Spring Floods",
     ["The river ferry between the two banks carried its first passengers on Tuesday after six weeks of floods.",
      "Boatmen said the current was still strong and that they would only sail in daylight for now.",
      "Traders on the eastern bank had waited for the crossing to bring flour and fuel to the market."]),
    ("Teachers Return To Village Schools",
     ["Teachers went back to four village schools this week after the district paid three months of wages.",
      "Parents had kept their children at home since the autumn, when the last teachers left for the city.",
      "A local council member said the money came from a fund set up by farmers who sold this year's wheat."]),
    ("Bakery Prices Rise Again",
     ["The price of a bundle of bread rose for the second time this month in the town's public bakeries.",
      "Bakery owners blamed the cost of diesel for their ovens, which has doubled since the start of the year.",
      "Families queued from dawn outside the bakery near the old bus station, residents said on Sunday."]),
    ("Clinic Opens Night Ward For Children",
     ["A clinic on the edge of the camp opened a night ward for sick children on Thursday evening.",
      "Nurses said the ward had twelve beds and would take children with fever and breathing problems.",
      "Until now families had to travel for two hours to the nearest hospital after the clinic closed."]),
]


def _page(masthead_head, title, paragraphs, date, masthead_foot=None, extra_head=()):
    lines = [*extra_head]
    if masthead_head:
        lines.append(masthead_head)
    lines += [title, date, "", *paragraphs]
    if masthead_foot:
        lines += ["", masthead_foot]
    return "\n\n".join(lines) + "\n"


PLACES = {"courier": "in Harran", "ledger": "on the Tigris", "lantern": "in Qamishli"}


def _folder(tmp_path, name, head=None, foot=None, extra_head=()):
    folder = tmp_path / name
    folder.mkdir()
    where = PLACES.get(name, "in the valley")  # each outlet's stories are its own
    pages = {f"page-{n}.txt": _page(head, f"{title} {where.split()[-1]}", [f"{p[:-1]} {where}." for p in text],
                                    f"{n + 3} March 2023", foot, extra_head)
             for n, (title, text) in enumerate(STORIES)}
    return folder, pages


COLLECTION = {  # folder: (masthead over the headline, masthead closing the page)
    "courier": ("Harran Plain Courier", None),
    "ledger": (None, "Tigris Evening Ledger"),
    "lantern": ("Qamishli Lantern", None),
}


def test_a_masthead_the_folders_pages_repeat_names_their_outlet(tmp_path):
    for name, (head, foot) in COLLECTION.items():
        folder, pages = _folder(tmp_path, name, head, foot)
        built = build_folder(folder, pages)
        assert {article.outlet for article in built.values()} == {head or foot}, name
        assert all(article.outlet_source == "text" for article in built.values())


def test_a_masthead_under_the_sites_menu_names_the_outlet(tmp_path):
    folder, pages = _folder(tmp_path, "post", None, None, extra_head=("Home", "Politics", "Economy", "Opinion",
                                                                      "Euphrates Morning Post"))
    assert {article.outlet for article in build_folder(folder, pages).values()} == {"Euphrates Morning Post"}


def test_a_masthead_beside_its_tagline_names_the_outlet_without_it(tmp_path):
    folder, pages = _folder(tmp_path, "tagline", None, "Khabur Valley Monitor | independent reporting from the river towns")
    assert {article.outlet for article in build_folder(folder, pages).values()} == {"Khabur Valley Monitor"}
    folder, pages = _folder(tmp_path, "kicker", "Hasakah - Qamishli")  # two places over the headline: a kicker
    assert {article.outlet for article in build_folder(folder, pages).values()} == {None}


def test_a_desks_line_under_the_date_is_no_second_masthead(tmp_path):
    folder = tmp_path / "desk"
    folder.mkdir()
    pages = {f"p{n}.txt": "\n\n".join([title, f"{n + 3} March 2023", "Euphrates Desk", *text, "Tigris Evening Ledger"])
             for n, (title, text) in enumerate(STORIES)}
    assert {article.outlet for article in build_folder(folder, pages).values()} == {"Tigris Evening Ledger"}


def test_a_masthead_in_too_few_pages_names_nothing(tmp_path):
    folder, pages = _folder(tmp_path, "pair", "Harran Plain Courier")
    pages = dict(list(pages.items())[:2])
    assert all(article.outlet is None for article in build_folder(folder, pages).values())


def test_repeated_lines_that_are_no_name_name_no_outlet(tmp_path):
    traps = {
        "ui": ("Skip To Main Content", "Accessibility Help"),  # UI words, capitalised as a menu writes them
        "feedback": ("Readers value your comments", "Send Us Your Feedback"),  # a sentence; a call to action
        "section": ("World News", None),  # a section's label over every headline
        "tagline": (None, "Truth Lives in the Light"),  # a motto of common words, a verb among them
        "links": ("Site Map", "About The Station"),  # links of the page's foot
        "columnist": ("Layla Haddad", None),  # a columnist's name over each of her columns
    }
    for name, (head, foot) in traps.items():
        folder, pages = _folder(tmp_path, name, head, foot)
        outlets = {article.outlet for article in build_folder(folder, pages).values()}
        assert outlets == {None}, (name, outlets)
    # a link of the site's menu, between two lines every page repeats
    folder, pages = _folder(tmp_path, "menu", extra_head=("Home", "Kurdish Desk", "Podcasts"))
    assert {article.outlet for article in build_folder(folder, pages).values()} == {None}


def test_copies_of_one_story_do_not_make_its_headline_a_masthead(tmp_path):
    folder = tmp_path / "copies"
    folder.mkdir()
    title, text = STORIES[0]
    pages = {f"copy-{n}.txt": _page(None, title, text, "3 March 2023", f"Harran Plain Courier {n}") for n in range(4)}
    assert all(article.outlet is None for article in build_folder(folder, pages).values())


def test_an_outlet_the_data_knows_is_stored_under_its_canonical_name(tmp_path):
    from archive.extract.collection_outlets import masthead_name
    from archive.extract.outlet_names import known_outlet

    assert masthead_name("Agence France-Presse") == known_outlet("AFP")


def test_the_import_stores_the_collections_outlets(tmp_path):
    root = tmp_path / "collection"
    root.mkdir()
    for name, (head, foot) in COLLECTION.items():
        folder, pages = _folder(root, name, head, foot)
        for file, text in pages.items():
            (folder / file).write_text(text, encoding="utf-8")
    folder, pages = _folder(root, "ui", "Skip To Main Content", "Accessibility Help")
    for file, text in pages.items():
        (folder / file).write_text(text, encoding="utf-8")
    db = tmp_path / "archive.db"
    result = run_cli("import", db, root, "--silent")
    assert result.exit_code == 0, result.output
    rows = sqlite3.connect(db).execute("select a.source_path, o.name from articles a "
                                       "left join outlets o on o.id = a.outlet").fetchall()
    assert len(rows) == 16
    for path, outlet in rows:
        folder = path.replace("\\", "/").split("/")[-2]
        expected = COLLECTION.get(folder, (None, None))
        assert outlet == (expected[0] or expected[1]), (path, outlet)


def test_the_folders_masthead_outranks_the_learned_checks_guess(tmp_path):
    from archive.extract.article import build_article
    from archive.extract.outlet_lines import Guessed
    from archive.extract.profile import GroupProfile
    from archive.model import RawRecord

    title, text = STORIES[1]
    profile = GroupProfile(records=4, mastheads={"page-1.txt": "Tigris Evening Ledger"})
    raw = RawRecord(source_path=str(tmp_path / "page-1.txt"), source_format="text", title=title,
                    body="\n\n".join(text), outlet=Guessed("Village Schools Weekly"), profile=profile)
    assert build_article(raw).outlet == "Tigris Evening Ledger"
    raw.source_path = str(tmp_path / "page-9.txt")  # a file of the folder without the masthead: the guess stays
    assert build_article(raw).outlet == "Village Schools Weekly"


def test_one_folder_of_three_outlets_pages_learns_each_masthead(tmp_path):
    mixed = tmp_path / "downloads"
    mixed.mkdir()
    pages = {}
    for name, (head, foot) in COLLECTION.items():
        folder, outlet_pages = _folder(tmp_path, name, head, foot)
        pages.update({f"{name}-{file}": text for file, text in outlet_pages.items()})
    built = build_folder(mixed, pages)
    for file, article in built.items():
        head, foot = COLLECTION[file.split("-")[0]]
        assert article.outlet == (head or foot), file


def test_a_headline_the_other_pages_list_at_their_foot_is_no_masthead(tmp_path):
    folder = tmp_path / "related"
    folder.mkdir()
    listed = "Harran Ferry Reopens"
    pages = {}
    for n, (title, text) in enumerate(STORIES):
        title = listed if n == 0 else title
        foot = [] if n == 0 else ["Related", listed]
        pages[f"p{n}.txt"] = "\n\n".join([title, f"{n + 3} March 2023", *text, *foot])
    assert {article.outlet for article in build_folder(folder, pages).values()} == {None}
