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
