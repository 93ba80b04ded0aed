"""The order of numeric dates decided for a group of pages (issue #13, round 26): every numeric date
of a date line votes (an update stamp beside the date settles it), and the pages of one source are
grouped by the template they share, not by the name each stores (archive/extract/date_groups.py)."""

from archive.extract.date_orders import DateOrderVotes, line_readings
from archive.extract.profile import ProfileBuilder


def test_every_numeric_date_of_a_date_line_votes():
    assert line_readings("Posted 10/06/2019 | Edited 10/14/2019") == [{"dmy", "mdy"}, {"mdy"}]
    assert line_readings("Publié 03.05.2018 - modifié 21.05.2018") == [{"dmy", "mdy"}, {"dmy"}]
    assert line_readings("Filed 07/08/2022") == [{"dmy", "mdy"}]
    # a line of prose is no date line: its figures do not vote
    assert line_readings("Between 10/06/2019 and 10/14/2019 the council met nine times in all") == [set()]
    votes = DateOrderVotes()
    votes.add("Posted 10/06/2019 | Edited 10/14/2019")
    assert votes.order() == "mdy" and votes.ambiguous == 1


def test_a_folder_whose_only_settling_value_is_a_stamp_beside_a_date():
    builder = ProfileBuilder()
    builder.add_text(["Harbour Gazette", "Ferry fares rise again", "Posted 04/07/2021",
                      "The ferry company raised its fares for the second time this year, citing fuel costs."], "a.txt")
    builder.add_text(["Harbour Gazette", "Council votes on the new pier", "Posted 02/09/2021 | Edited 02/15/2021",
                      "Councillors approved the plan for a longer pier after a debate of three hours."], "b.txt")
    profile = builder.build()
    assert profile.date_order == "mdy" and profile.date_order_from == "inferred"


# -- the pages of one source, grouped by their template ------------------------------------------

MENU = "Front page | Region | Shows | Live | Podcasts | Programme guide"
PLAYER = "Play the whole segment (video) | Captions | Share this clip"
APP = "Get the Riverside Radio app | Live | Podcasts"
FOOT = "© 2025 Riverside Broadcasting Company"


def _page(title: str, stamp: str, story: str) -> list:
    return ["RRB", MENU, "Channel Two", title, PLAYER, "Presenter: Dana Holm", stamp, story,
            "Hear this segment (audio, 4 min)", "Topics: Rivers", APP, FOOT]


STORIES = [
    ("Levee repairs begin", "Broadcast 10/21/2023", "Crews started work on the damaged levee north of the town this morning."),
    ("Bridge toll dropped", "Broadcast 03/04/2024", "The county board voted to drop the toll on the old bridge from next month."),
    ("School bus routes change", "Broadcast 06/05/2024", "Three rural school bus routes will be merged when classes resume."),
    ("Flood sirens tested", "Broadcast 09/10/2024", "Engineers tested the new flood sirens along the river for the first time."),
]
OTHER = [  # another site: its own template, its dates day-first
    ["The Lakeside Post", "News | Sport | Opinion", "Ferry timetable changes", "Posted 25/01/2024",
     "The ferry company published a new winter timetable with fewer crossings.", "Subscribe to The Lakeside Post"],
    ["The Lakeside Post", "News | Sport | Opinion", "Market hall reopens", "Posted 02/03/2024",
     "The market hall reopened after a year of repairs to its roof.", "Subscribe to The Lakeside Post"],
    ["The Lakeside Post", "News | Sport | Opinion", "New cycle lane", "Posted 07/08/2024",
     "A cycle lane now links the station with the harbour front.", "Subscribe to The Lakeside Post"],
]


def _pass(pages: dict):
    from archive.extract.collection_pages import CollectionPass

    found = CollectionPass()
    for path, lines in pages.items():
        found.add(path, lines)
    return found


def test_pages_storing_no_name_are_grouped_by_their_template():
    from archive.extract.date_groups import group_orders, page_names, source_groups

    pages = {f"/c/{n}/{title}.txt": _page(title, stamp, story) for n, (title, stamp, story) in enumerate(STORIES)}
    pages.update({f"/c/x{n}/page.txt": lines for n, lines in enumerate(OTHER)})
    found = _pass(pages)
    names = page_names(found.files, {})
    groups = sorted(sorted(found.files[n].path for n in group) for group in source_groups(found.files, found.counts, names))
    assert groups == [sorted(p for p in pages if "/x" not in p), sorted(p for p in pages if "/x" in p)]
    orders = group_orders(found.files, found.counts, names)
    assert {orders[p] for p in pages if "/x" not in p} == {"mdy"}  # 10/21/2023 settles 03/04/2024 and the rest
    assert {orders.get(p) for p in pages if "/x" in p} == {"dmy"}  # 25/01/2024 settles the other site's
    # the stored name does not split the group: no copyright line lends any page a name here
    assert found.date_orders() == {}


def test_sites_sharing_only_a_menu_of_single_words_are_not_one_source():
    from archive.extract.date_groups import same_source

    one = {1: 1, 2: 1, 3: 1, 4: 6}
    other = {1: 1, 2: 1, 3: 1, 5: 5}
    assert not same_source(one, other)  # three one-word links shared: every site's
    assert same_source({1: 1, 2: 4, 3: 5, 4: 6}, {1: 1, 2: 4, 3: 5, 5: 5})


def test_a_saved_web_page_joins_the_group_of_its_outlets_text_copies(tmp_path):
    from archive.readers.folder_profiles import collection_pass_of
    from archive.readers.page_groups import date_profile, import_orders

    for n, (title, stamp, story) in enumerate(STORIES[:2]):
        (tmp_path / f"{n}.txt").write_text("\n".join(_page(title, stamp, story)), encoding="utf-8")
    (tmp_path / "late").mkdir()
    for n, (title, stamp, story) in enumerate(STORIES[2:]):
        lines = _page(title, stamp, story)
        html = ("<html><head><title>" + title + "</title></head><body><header><div>RRB</div><nav>" + MENU
                + "</nav></header><div>Channel Two</div><h1>" + title + "</h1><div>" + PLAYER + "</div><p>"
                + "</p><p>".join(lines[5:10]) + "</p><div>" + lines[10] + "</div><footer>" + APP + "<br>" + FOOT
                + "</footer></body></html>")
        (tmp_path / "late" / f"{n}.html").write_text(html, encoding="utf-8")
    found = collection_pass_of([tmp_path])
    orders = import_orders(found, found.carried(), [tmp_path])
    assert orders[str(tmp_path / "late" / "0.html")] == "mdy" and orders[str(tmp_path / "1.txt")] == "mdy"

    class Folders:
        date_order = None
        import_orders = {str(tmp_path / "late"): {"1.html": "mdy"}}

    class Options:
        folders = Folders()

    assert date_profile(Options(), tmp_path / "late" / "1.html").date_order == "mdy"
    assert date_profile(Options(), tmp_path / "late" / "0.html") is None
    Folders.date_order = "dmy"  # --date-order decides every value
    assert date_profile(Options(), tmp_path / "late" / "1.html") is None


def test_a_web_pages_only_date_line_in_figures_that_read_either_way_is_read_by_the_import():
    import lxml.html

    from archive.extract.publication_dates import AMBIGUOUS, publication_date
    from archive.readers.page_date import page_date_line

    page = ("<html><body><div class='show'>Evening news</div><font size='5'>Levee repairs begin</font>"
            "<div class='aired'>Broadcast 03/04/2024</div><p>Crews started work on the damaged levee north of the "
            "town this morning, the county said.</p></body></html>")
    written = page_date_line(lxml.html.fromstring(page))
    assert written == "Broadcast 03/04/2024"
    assert publication_date(written, "mdy", decided=True)[0] == "2024-03-04"
    assert publication_date(written)[1] == [AMBIGUOUS]  # no group, no sign: day-first, reported
    # beside another day, none is the page's own
    two = page.replace("<p>", "<div>Wed, Nov 20, 2019</div><p>", 1)
    assert page_date_line(lxml.html.fromstring(two)) is None
