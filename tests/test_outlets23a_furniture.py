"""Issue #13 round 23 (outlets23a): the outlet a plain-text page's own furniture names where no other
sign did: its domain in a sign-in, share or print line, a call to its reader, its logo's bracketed
text, its name beside its own initials, a labelled publisher (archive/extract/furniture_outlets.py)."""

from archive.extract.furniture_outlets import (
    call_outlet, domain_outlet, initials_outlet, labelled_outlet, logo_text_outlet)
from archive.readers.text import parse_text_article

STORY = ("Engineers at the pumping station said repairs had been delayed for months because spare parts "
         "could not be brought across the border before the summer heat arrived in the valley.\n\n"
         "Residents of the eastern districts said they had bought water from private tankers at prices "
         "that doubled over the year, and that the shortage had reached the camps first.\n\n"
         "Officials promised a new pipeline by the spring, though few in the town expected it so soon.\n\n")


def _page(head: str, foot: str, story: str = STORY) -> str:
    return head + "\nPumps stand idle as summer nears in the valley\nMarch 3, 2024\n\n" + story + foot + "\n"


def test_a_known_outlets_domain_in_a_sign_in_or_share_line():
    page = _page("Sign in to rudaw.net\nnews   world   sport   culture", "Share\nComments")
    assert parse_text_article(page, "x/pumps.txt").outlet == "Rudaw"
    page = _page("Menu\nSearch", "Related stories\nwww.rudaw.net/english/middleeast/syria/0303202")
    assert parse_text_article(page, "x/pumps.txt").outlet == "Rudaw"


def test_a_domain_quoted_or_credited_is_not_the_pages():
    lines = ["Menu", "Pumps stand idle", "x", "Source: rudaw.net", 'She told rudaw.net "it is over"']
    assert domain_outlet(lines, 1) is None
    lines = ["Menu", "Pumps stand idle", "x", "Share on rudaw.net", "Copy link: enabbaladi.net/archives/1"]
    assert domain_outlet(lines, 1) is None  # two outlets: none


def test_a_call_to_support_a_known_outlet():
    page = _page("Support independent journalism\nMenu", "Sign up for our newsletter\nSupport Rudaw — we report from Erbil")
    assert parse_text_article(page, "x/pumps.txt").outlet == "Rudaw"


def test_an_unknown_name_two_calls_agree_on():
    lines = ["Discover more from The Lakeside Ledger", "Subscribe", "Pumps stand idle", "x", "Subscribe to The Lakeside Ledger"]
    assert call_outlet(lines, 2) == "The Lakeside Ledger"
    assert call_outlet(lines[1:], 1) is None  # one call alone names no outlet the data lacks
    assert call_outlet(lines[1:], 1, "letters/lakeside-ledger-41.txt") == "The Lakeside Ledger"  # the file's name agrees
    assert call_outlet(["Support independent journalism", "Pumps", "Join the conversation"], 1) is None


def test_a_logos_bracketed_text():
    assert logo_text_outlet(["[Logo: Rudaw - Media Network]", "Menu"]) == "Rudaw"
    assert logo_text_outlet(["[شعار: رووداو]"]) == "Rudaw"
    assert logo_text_outlet(["[Logo: Lakeside Weekly]"]) is None


def test_a_name_beside_its_initials_the_text_using_them():
    lines = ["LWF | Lakeside Water Forum", "Donate", "Pumps stand idle", "The LWF team said the tanks were empty."]
    assert initials_outlet(lines, 2) == "Lakeside Water Forum"
    lines = ["LWF", "Lakeside Water Forum", "Pumps stand idle", "The LWF team said the tanks were empty."]
    assert initials_outlet(lines, 2) == "Lakeside Water Forum"
    assert initials_outlet(["LWF | Lakeside Water Forum", "Pumps stand idle", "The team said so."], 1) is None
    assert initials_outlet(["LWX | Lakeside Water Forum", "Pumps", "The LWX team said so."], 1) is None


def test_a_labelled_publisher():
    lines = ["Press releases", "Pumps stand idle", "x", "Publisher", "Federal Office of Water Supply"]
    assert labelled_outlet(lines, 1) == "Federal Office of Water Supply"
    lines = ["gov", "Pumps stand idle", "From: Department of Water", "Published on: 3 March 2024", "x"]
    assert labelled_outlet(lines, 1) == "Department of Water"
    assert labelled_outlet(["Mail", "Pumps stand idle", "From: Jane Mercer", "x"], 1) is None


def test_a_wire_dateline_whose_place_ends_on_a_full_stop():
    from archive.extract.outlet_signs import outlet_from_dateline

    assert outlet_from_dateline("ANKARA. March 4 (Interfax) - Officials said the convoy left at dawn.") == "Interfax"
    assert outlet_from_dateline("It ended. March 4 (Interfax) - Officials said the convoy left at dawn.") is None


def test_a_pair_filed_under_its_short_form_and_a_bodys_initials():
    lines = ["LWI – Lakeside Water Institute", "Research  News", "Pumps stand idle", "x"]
    assert initials_outlet(lines, 2, "research/LWI/lwi-insight-pumps.txt") == "Lakeside Water Institute"
    assert initials_outlet(lines, 2, "research/other/pumps.txt") is None
    lines = ["Lakeside Government", "Department of Lake Affairs", "Pumps stand idle", "x", "DLA Media: (02) 5555 0100"]
    assert initials_outlet(lines, 2) == "Department of Lake Affairs"
    lines = ["Lakeside Government", "Department of Lake Affairs", "Pumps stand idle", "x", "Media: (02) 5555 0100"]
    assert initials_outlet(lines, 2) is None
    menu = ["LAKE", "NEWS   SPORT   WHAT'S ON   JOBS", "Pumps stand idle", "x"]
    assert initials_outlet(menu, 2, "local/lake-pumps.txt") is None  # a menu is no name


def test_a_known_outlet_as_one_part_of_a_head_line():
    from archive.extract.furniture_outlets import head_part_outlet

    assert head_part_outlet(["Lakeside Monitor -- Rudaw", "Pumps stand idle", "x"], 1) == "Rudaw"
    assert head_part_outlet(["Home | Rudaw | Enab Baladi | Video", "Pumps stand idle", "x"], 1) is None


def test_a_press_offices_signature():
    from archive.extract.furniture_outlets import office_outlet

    assert office_outlet(["Pumps", "x", "Press Office of the Ministry of Water Resources", "Print"]) \
        == "Ministry of Water Resources"
    assert office_outlet(["Pumps", "x", "المكتب الإعلامي لوزارة الموارد المائية", "طباعة"]) == "وزارة الموارد المائية"
    assert office_outlet(["Pumps", "x", "Press Office of the day said nothing"]) is None


def test_the_pages_own_domain_its_file_named_alike():
    from archive.extract.furniture_outlets import own_domain_outlet

    lines = ["News", "Pumps stand idle", "x", "Comments", "https://www.thelakesider.co.uk/news/2341.pumps-idle/"]
    assert own_domain_outlet(lines, 1, "uk/lakesider-pumps-idle.txt") == "The Lakesider"
    lines = ["Pumps stand idle", "x", "You're receiving this email because you subscribed at lakeletter.com.au. Unsubscribe."]
    assert own_domain_outlet(lines, 0, "inbox/lakeletter-issue-2024-03-03.txt") == "Lakeletter"
    assert own_domain_outlet(lines, 0, "inbox/issue-2024-03-03.txt") is None
    assert own_domain_outlet(["Pumps", "x", "Source: thelakesider.co.uk"], 0, "uk/lakesider-pumps.txt") is None


def test_a_share_boxs_link_under_the_headline_and_a_portals_domain_outranked():
    page = ("Menu\nPumps stand idle as summer nears in the valley\nMarch 3, 2024\nCopy link\n"
            "www.rudaw.net/english/middleeast/syria/0303202\n\n" + STORY * 3 + "Share\n")
    assert parse_text_article(page, "x/pumps.txt").outlet == "Rudaw"
    page = ("portal.example\nSearch\nPress release\nPumps stand idle as summer nears in the valley\n"
            "From: Department of Water Supply\nPublished on: 3 March 2024\n\n" + STORY + "Was this page useful?\n")
    assert parse_text_article(page, "gov/pumps.txt").outlet == "Department of Water Supply"


def test_a_sentence_of_the_text_naming_a_site_is_no_furniture():
    lines = ["Menu", "Pumps stand idle", "x", "The full report on the pumps is published at rudaw.net today."]
    assert domain_outlet(lines, 1) is None
    lines = ["Menu", "Pumps stand idle", "x", "You are receiving this because you signed up at rudaw.net today."]
    assert domain_outlet(lines, 1) == "Rudaw"


def test_a_web_pages_logo_alt_text():
    from archive.extract.furniture_outlets import logo_alt_outlet, page_furniture_outlet

    assert logo_alt_outlet(["شعار وزارة الموارد المائية"]) == "وزارة الموارد المائية"
    assert logo_alt_outlet(["Logo of the Ministry of Water Resources"]) == "Ministry of Water Resources"
    assert logo_alt_outlet(["Rudaw logo"]) == "Rudaw"
    assert logo_alt_outlet(["Lakeside Weekly logo"]) is None  # a name the data lacks and no body's
    assert page_furniture_outlet(["شعار وزارة الموارد المائية"], ["Privacy"]) == "وزارة الموارد المائية"
    assert page_furniture_outlet(["Home"], ["Sign in to rudaw.net", "Privacy"]) == "Rudaw"
