"""Issue #13 round 19 (outlets9): a name on the page and a web domain on the page that agree in
part name an outlet the data does not know: a saved e-mail's sender whose address writes part of
its name, a header's name that a domain on the page writes in part or by its initials."""

from archive.extract.article import build_article
from archive.extract.outlet_domains import header_domain_outlet, label_agrees
from archive.readers.text import parse_text_article

TEXT = ("Engineers working on the pumping station said repairs had been delayed for months because "
        "spare parts could not be brought across the border in time for the summer.\n\n"
        "Residents of the eastern districts said they had bought water from private trucks at "
        "prices that doubled over the year, and that the shortage had reached the camps first.\n\n")
TITLE = "Pumps idle as summer nears in the valley"


def _outlet(page: str, path: str = "downloads/pumps.txt"):
    return build_article(parse_text_article(page, path), details=False).outlet


def test_label_agrees_in_part():
    assert label_agrees("lakeside-reform", "Lakeside Reform Initiative")
    assert label_agrees("courtwatch-valley", "Lakeside Court Watch")  # a part stands for something else
    assert label_agrees("lakesidenotes", "Lakeside Field Notes")  # a word left out
    assert label_agrees("mfa", "Ministry of Foreign Affairs of the Republic of Lakeland")  # initials of the first words
    assert not label_agrees("lakeside", "Lakeside Field Notes")  # one word
    assert not label_agrees("notes", "Lakeside Field Notes Weekly Digest")
    assert not label_agrees("lakeside-water", "Lakeside Court Watch Journal")  # under half its words


def test_a_senders_address_writes_part_of_its_name():
    page = (f"From: Lakeside Reform Initiative <publications@lakeside-reform.net>\nSubject: {TITLE}\n"
            f"Date: Sun, 19 Jan 2025 08:03:11 +0300\n\n{TITLE}\n\n{TEXT}")
    assert _outlet(page, "research/lri-email.txt") == "Lakeside Reform Initiative"


def test_a_header_name_agreed_by_a_domain_on_the_page():
    page = (f"Lakeside Field Notes\n{TITLE}\nJane Mercer\nMay 14, 2023\n\n{TEXT}"
            "Forward this to a friend\nYou're receiving this because you subscribed at lakesidenotes.substack.com\n")
    assert _outlet(page, "newsletter/notes-12.txt") == "Lakeside Field Notes"


def test_a_ministrys_name_agreed_by_its_sites_initials():
    page = (f"MFA.lk\nVersion for the visually impaired\nMinistry of Foreign Affairs of the Republic of Lakeland\n"
            f"Home / Press service / News\n{TITLE}\n29.11.2022\n\n{TEXT}")
    assert _outlet(page, "lakeland/mfa-6.txt") == "Ministry of Foreign Affairs of the Republic of Lakeland"


def test_no_domain_or_a_known_outlet_names_nothing():
    assert header_domain_outlet(["Lakeside Field Notes", TITLE, "text"], 1) is None
    assert header_domain_outlet(["Lakeside Field Notes", TITLE, "see www.example.org"], 1) is None
    assert header_domain_outlet(["Middle East Eye", TITLE, "see middleeasteye.net"], 1) is None  # the data's: other rules
