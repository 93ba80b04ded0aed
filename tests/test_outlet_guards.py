"""Issue #13 round 20 (outlets10): guards on an outlet a sign named, whatever the rule: a known
outlet's name written only inside a longer capitalised name is not that outlet; a reporter's role
or desk is never an outlet; a government portal's domain is no ministry's name. And a note about
an unknown publisher at the page's foot counts where a second sign (the file's name, a masthead's
line) agrees."""

from archive.extract.about_outlets import foot_note_outlet
from archive.extract.outlet_guards import a_role, guarded, inside_longer_name, portal_domain
from archive.extract.outlet_refusals import refused
from archive.readers.text import parse_text_article

TEXT = ("Residents of the lower city gathered on Tuesday evening to discuss the plan for the new bridge, "
        "which the council approved last month after two years of debate.\n\n"
        "The mayor said the work would begin in spring and last for about eighteen months, "
        "with one lane kept open throughout.\n\n"
        "Opponents say the cost has doubled since the first estimate and want a new review.\n")


def test_a_known_name_only_inside_a_longer_one_is_not_that_outlet():
    page = ["The Hamilton Spectator", "Council backs bridge plan", "By Jane Doe", "© 2024 The Hamilton Spectator"]
    assert inside_longer_name("The Spectator", page)
    assert guarded("The Spectator", page) is None


def test_the_page_naming_it_alone_keeps_it():
    assert not inside_longer_name("The Spectator", ["The Hamilton Spectator", "© The Spectator 2024"])
    assert not inside_longer_name("The Spectator", ["By Jane Doe | The Spectator"])
    assert guarded("The Spectator", ["Council backs bridge plan", "From The Spectator's archive"]) == "The Spectator"


def test_a_name_the_page_never_writes_is_left_alone():
    assert guarded("Reuters", ["Council backs bridge plan", "By Jane Doe"]) == "Reuters"  # read from a domain


def test_a_reporters_role_is_never_an_outlet():
    page = "The Valley Courier\n\nCouncil backs bridge plan\n\nBy Jane Doe — Senior News Writer\n\nMarch 3, 2024\n\n" + TEXT
    assert parse_text_article(page, "local/bridge.txt").outlet != "Senior News Writer"
    assert a_role("Senior News Writer") and a_role("Staff Reporter") and a_role("Special Correspondent")
    assert refused("Staff Reporter")
    assert not a_role("The Hamilton Reporter") and not a_role("Reuters") and not a_role("The Valley Courier")


def test_a_government_portals_domain_is_no_ministry():
    assert portal_domain("gov.ie") and portal_domain("gouv.fr") and refused("gov.ie")
    assert not portal_domain("health.gov.ie") and not portal_domain("Department of Health")


def test_a_foot_note_about_an_unknown_publisher_agreed_by_the_file_name():
    page = ("Transcript\nCouncil backs bridge plan\nMarch 3, 2024\nBy Jane Doe\n\n" + TEXT
            + "\nThe Lantern Hour is a public radio program about the valley's towns.\nDonate today.\n")
    assert parse_text_article(page, "downloads/Transcript - The Lantern Hour.txt").outlet == "The Lantern Hour"
    assert parse_text_article(page, "downloads/transcript.txt").outlet != "The Lantern Hour"  # one sign alone


def test_a_foot_note_agreed_by_a_masthead_line():
    lines = ["The Lantern Hour", "Council backs bridge plan", "Body.", "The Lantern Hour is a radio program."]
    assert foot_note_outlet(lines) == "The Lantern Hour"
    assert foot_note_outlet(lines[1:]) is None
    assert foot_note_outlet(["Headline", "Body.", "The woman is a nurse from the valley."], "x/the-woman.txt") is None


def test_the_foot_names_what_the_pages_address_spells():
    from archive.extract.outlet_domains import foot_domain_outlet

    page = ("https://www.lanternweekly.example/news/27314\nCouncil backs bridge plan\nJane Doe\nMarch 3, 2024\n\n"
            + TEXT + "\nRelated articles\nStudents rally against library cuts\nSupport Lantern Weekly: donate today\n")
    assert parse_text_article(page, "downloads/bridge.txt").outlet == "Lantern Weekly"
    lines = ["https://www.lanternweekly.example/news/1", "Headline", "Body.", "Support Lantern Weekly today"]
    assert foot_domain_outlet(lines, 1) == "Lantern Weekly"
    assert foot_domain_outlet(lines[1:], 0) is None  # no address over the headline
    assert foot_domain_outlet(["Headline", "Body.", "https://www.lanternweekly.example/", "Lantern Weekly"], 1) is None


def test_the_page_calls_itself_what_its_masthead_writes():
    from archive.extract.about_outlets import self_named_masthead

    page = ("river & rope\nnotes from a ferry job\n\nPosted on 12 July 2019 by hm\nThe day the ferry stopped\n\n" + TEXT
            + "\nLeave a comment\nAbout: I'm hm. Views my own. This blog is river & rope.\n")
    assert parse_text_article(page, "blog/ferry.txt").outlet == "river & rope"
    assert self_named_masthead(["Headline", "Body.", "This blog is river & rope."]) is None  # no masthead writes it
    assert self_named_masthead(["river & rope", "Headline", "Body.", "This blog is about ferries."]) is None


def test_a_masthead_the_files_words_before_an_issue_number_agree_with():
    from archive.extract.outlet_domains import file_agrees

    page = ("Lantern Valley Notes\nIssue 19: Dust on the wheat\nRana Doe · Jul 2, 2023\n" + TEXT
            + "\nRana\nForward this to a friend\nUnsubscribe\n")
    assert parse_text_article(page, "newsletter/lantern-notes-19.txt").outlet == "Lantern Valley Notes"
    assert parse_text_article(page, "newsletter/issue.txt").outlet != "Lantern Valley Notes"
    assert file_agrees("x/lantern-notes-19.txt", "Lantern Valley Notes")
    assert not file_agrees("x/lantern-valley-fire.txt", "Lantern Valley Notes")  # a headline's slug: no number
    assert not file_agrees("x/notes-19.txt", "Lantern Valley Notes")


def test_a_note_about_the_writer_under_the_headline_is_no_agreement():
    lines = ["Families plead for action", "Naledi Mokoena-Smith", "6 minutes", "Body.",
             "Naledi Mokoena-Smith is a freelance reporter based in Cape Town."]
    assert foot_note_outlet(lines, "news/families.txt") is None


def test_a_longer_masthead_holding_a_known_name_stands_for_it():
    from archive.extract.outlet_guards import longer_masthead

    lines = ["THE DUNDAS SPECTATOR", "Local  Canada  World", "Subscribe", "Headline", "The Dundas Spectator",
             "Photo: Jane Roe / The Spectator"]
    assert longer_masthead("The Spectator", lines) == "The Dundas Spectator"
    assert guarded("The Spectator", lines) == "The Dundas Spectator"
    assert longer_masthead("The Spectator", ["The Spectator", "Headline"]) is None
    assert longer_masthead("The Spectator", ["Headline", "Body", "x", "The Dundas Spectator"]) is None  # not at the top
