"""Outlet signs a page gives where nothing else names its outlet (issue #13, round 16): a contact
address near the end on a known outlet's web domain, and a reader view's bare site line over the
headline. Pages written for these tests."""

from archive.extract.outlet_addresses import address_outlet
from archive.extract.outlets import canonical_outlet
from archive.readers.text import parse_text_article

BODY = ("The council voted on Tuesday to extend the shelter programme for another year, after a "
        "long debate about its cost and the number of families still waiting for a place.\n\n"
        "Officials said the extension would be reviewed in the spring, when new figures on "
        "arrivals and departures are expected from the regional office.\n\n")


def test_a_contact_address_on_a_known_outlet_domain_names_it():
    lines = ["Officials said the extension would be reviewed.", "Story tips? Write to newsdesk@rudaw.net",
             "Terms | Privacy"]
    assert address_outlet(lines) == "Rudaw"


def test_an_address_for_giving_or_two_outlets_names_none():
    assert address_outlet(["To give, send your donation details to appeals@unicef.org"]) is None
    assert address_outlet(["Contact: desk@rudaw.net", "Media: press@kurdistan24.net"]) is None
    assert address_outlet(["Contact: desk@rudaw.net"] + ["A line of the story."] * 9) is None  # not near the end


def test_a_reporter_note_with_the_outlet_address_names_the_page_outlet():
    page = ("Shelter programme extended for a year\n\nJane Okonkwo-Reyes\n\n4 min read\n\n" + BODY
            + "Jane Okonkwo-Reyes covers local government. Send tips to jane.okonkwo@rudaw.net.\n\n"
            "Thu 08 Sep 2022 · Comments (3)\n")
    record = parse_text_article(page, "downloads/shelter.txt")
    assert str(record.outlet) == "Rudaw"


def test_a_contact_address_never_outranks_the_page_masthead():
    story = ("Shelter programme extended for a year\n\nBy Jane Okonkwo-Reyes\n\nMarch 3, 2024\n\n" + BODY
             + "For comment, the council's partner can be reached at press@unicef.org\n")
    masthead = "Lakeside Courier Weekly\nNews | Sport | Opinion\n\n"
    assert str(parse_text_article(masthead + story, "lakeside/shelter.txt").outlet) == "Lakeside Courier Weekly"
    assert str(parse_text_article(story, "lakeside/shelter.txt").outlet) == "UNICEF"  # the address alone names it


def test_a_reader_view_site_line_names_a_known_outlet():
    page = ("thenationalnews.com\nShelter programme extended for a year\nCouncillors say the waiting list "
            "has doubled since the winter\nJane Okonkwo-Reyes\nPublished: 9:15pm, 3 Aug 2022\n4 min read\n" + BODY)
    record = parse_text_article(page, "reader/shelter.txt")
    assert canonical_outlet(str(record.outlet)) == "The National"


def test_a_bare_site_line_over_the_headline_is_the_page_address():
    from archive.extract.masthead_lines import domain_masthead

    assert domain_masthead(["thenationalnews.com"], ["Shelter programme extended"]) == "The National"
    assert domain_masthead(["example-unknown-site.com"], ["Shelter programme extended"]) is None


def test_a_note_saying_who_publishes_the_page_names_the_publication():
    from archive.extract.about_outlets import published_note_outlet

    assert published_note_outlet(["Share", "Lakeside Quarterly is published by the Riverside Studies Centre, "
                                  "University of Lakeside."]) == "Lakeside Quarterly"
    assert published_note_outlet(["This brief is produced by the Lakeside Policy Unit for aid actors."]) \
        == "Lakeside Policy Unit"
    assert published_note_outlet(["The camp is run by the local administration."]) is None
    assert published_note_outlet(["Water in the camp is owned by the council."]) is None
    page = ("News  Analysis  Culture  Opinion\nStudents rally for families held in camps\nMaddie Tran\n"
            "21 September 2022\n" + BODY + "Read our acknowledgement of country\n"
            "Lakeside Quarterly is published by the Students' Council, University of Lakeside.\n")
    assert str(parse_text_article(page, "campus/rally.txt").outlet) == "Lakeside Quarterly"


def test_a_logo_line_of_acronym_and_name_names_the_known_outlet():
    from archive.extract.outlet_names import known_outlet

    assert known_outlet("DRC Danish Refugee Council") == "Danish Refugee Council"  # the initials
    assert known_outlet("IRC | International Rescue Committee") == "International Rescue Committee"
    assert known_outlet("BBC Reuters") is None  # two outlets, no initials
    assert known_outlet("UK Danish Refugee Council") is None


def test_a_newsletter_footer_names_the_newsletter():
    from archive.extract.about_outlets import subscription_outlet

    assert subscription_outlet(["Forward this to a friend",
                                "You're receiving this because you subscribed to Delta Ledger.",
                                "Unsubscribe | Manage preferences"]) == "Delta Ledger"
    assert subscription_outlet(["Thanks for reading Delta Notes! Subscribe for free to receive new posts."]) \
        == "Delta Notes"
    assert subscription_outlet(["Thanks for reading. Reply to this email with tips."]) is None
    assert subscription_outlet(["Thanks for reading this far, friends."]) is None
    assert subscription_outlet(["Thanks for reading in Full!"]) is None  # small words, then one capital: no name
    assert subscription_outlet(["Thanks for reading to the End!"]) is None
    assert subscription_outlet(["Thanks for reading the Delta Notes!"]) == "the Delta Notes"


def test_a_newsletter_with_its_writer_copyright_is_named_by_its_footer():
    page = ("Delta Notes\nSubscribe\nSign in\nWhat the flood left behind in the delta towns\n"
            "What changes when the river moves\nApr 2, 2024\n" + BODY
            + "Thanks for reading Delta Notes! Subscribe for free to receive new posts.\nComments\n"
            "© 2024 Sarah Quillfeather\n")
    assert str(parse_text_article(page, "downloads/notes.txt").outlet) == "Delta Notes"


def test_an_institution_english_name_by_its_site_language_switch():
    from archive.extract.first_line_mastheads import _language_masthead
    from archive.extract.outlet_names import plausible_name

    assert _language_masthead(["Lakeland | Русский | English", "Ministry of Water Affairs of the Republic of Lakeland",
                               "Press service", "Headline"], 3) == "Ministry of Water Affairs of the Republic of Lakeland"
    assert _language_masthead(["REPUBLIKA E LAKELAND / REPUBLIC OF LAKELAND", "Prokuroria e Ujërave",
                               "Water Prosecution Office of the Republic of Lakeland (WPO)", "Shqip | Srpski | English",
                               "News", "Headline"], 5) == "Water Prosecution Office of the Republic of Lakeland"
    assert _language_masthead(["English | العربية", "Press releases", "Headline"], 2) is None
    assert plausible_name("Ministry of Foreign Affairs of the Republic of Lakeland")  # 6 words besides "of the"
