"""The plain-text reader stores no wrong outlet from a weak sign (issue #13, round 15): a place
line under the date, a wire's credit over the page's own copyright, a writer's own copyright, an
aggregator over the source its labelled lines state. Pages written for these tests."""

from archive.readers.text import parse_text_article

BODY = ("The council voted on Tuesday to extend the shelter programme for another year, after a "
        "long debate about its cost and the number of families still waiting for a place.\n\n"
        "Officials said the extension would be reviewed in the spring, when new figures on "
        "arrivals and departures are expected from the regional office.\n\n")


def test_a_place_under_the_date_is_no_outlet():
    page = ("Lakeside County Sheriff's Office\nHome > News\n\nSheriff charges two men after river "
            "crossing inquiry\n\nMarch 3, 2024\nPortsmouth, Hampshire\n\n" + BODY + "Contact\nPress office\n")
    record = parse_text_article(page, "releases/sheriff.txt")
    assert record.outlet != "Portsmouth, Hampshire"


def test_the_page_own_copyright_outranks_a_wire_credit_under_the_story():
    page = ("Skip to content\nFjordline Daily\nNews in English from the fjords\n\n"
            "Ferry operator cuts winter timetable on northern routes\n\n"
            "Published: 04.02.2021 10:15\nWritten by: Ingrid Solheim-Vik\n\n" + BODY
            + "(©NTB)\n\nShare on Facebook\n© 2021 Fjordline Daily. All rights reserved.\n")
    record = parse_text_article(page, "norway/ferry.txt")
    assert record.outlet == "Fjordline Daily"


def test_a_wire_credit_alone_still_names_the_wire():
    page = ("Ferry operator cuts winter timetable on northern routes\n\n"
            "Published: 04.02.2021 10:15\n\n" + BODY + "(©NTB)\n")
    record = parse_text_article(page, "norway/ferry.txt")
    assert record.outlet in ("NTB", "Norsk Telegrambyrå")


def test_a_writer_own_copyright_is_her_byline_not_an_outlet():
    page = ("View in browser\n\nRiver Notes\nA weekly letter about the delta towns, by Marta Quillfeather\n\n"
            "What the flood left behind in the delta towns\n\nApr 2, 2024\n\n" + BODY
            + "Like   Comment   Share\n© 2024 Marta Quillfeather\n")
    record = parse_text_article(page, "downloads/river-notes.txt")
    assert record.outlet != "Marta Quillfeather"
    assert record.author == "Marta Quillfeather"
    sent = "From: River Notes <rivernotes@substack.com>\nSubject: What the flood left behind\n\n" + page
    assert parse_text_article(sent, "downloads/river-notes.txt").outlet == "River Notes"  # its sender's name


def test_an_aggregator_page_states_its_source_in_labelled_lines():
    page = ("ReliefWeb\nUpdates   Countries   Disasters\n\nExampleland\n\n"
            "Floods in the northern valley displace 300 families - Flash Update No. 1\n\n"
            "Format: Situation Report\nSource: Northern Valley Relief Consortium\nPosted: 9 May 2022\n"
            "Originally published: 8 May 2022\nOrigin: View original\n\n" + BODY + "Attachments\n")
    record = parse_text_article(page, "ngo/valley-floods.txt")
    assert record.title == "Floods in the northern valley displace 300 families - Flash Update No. 1"
    assert record.outlet == "Northern Valley Relief Consortium"


def test_a_headline_over_labelled_lines_stays_the_title():
    page = ("Mapping Project\n\nSyria: Camps in the Northeast – 2024 Update\nPublished: 10 July 2024\n"
            "Prepared by: Jane Roe and John Doe\nKeywords: Camps, Detention\n\n" + BODY)
    record = parse_text_article(page, "reports/update.txt")
    assert record.title == "Syria: Camps in the Northeast – 2024 Update"
    assert record.author == "Jane Roe and John Doe"


def test_a_company_by_its_legal_form_is_no_author():
    from archive.extract.stored_authors import stored_author

    assert stored_author("Example Newspapers Ltd", None) is None
    assert stored_author("Nordbladet GmbH", None) is None
    assert stored_author("Jane Roe", None) == "Jane Roe"


def test_the_first_publication_date_outranks_the_date_a_site_posted_it():
    page = ("Floods in the northern valley displace 300 families\n\n"
            "Posted: 9 May 2022\nOriginally published: 8 May 2022\n\n" + BODY)
    assert "8 May 2022" in parse_text_article(page, "ngo/floods.txt").published


def test_a_dated_dateline_outranks_the_masthead_day_over_the_title():
    page = ("VALLEY DAILY NEWS\nThe first daily of the valley   |   Friday, 13 May 2022\nHOME › NEWS\n\n"
            "Council extends the shelter programme by a year\n\n"
            "Riverton, 12 May 2022 — " + BODY)
    assert "12 May 2022" in parse_text_article(page, "news/shelter.txt").published


def test_a_date_label_left_of_a_byline_element_is_no_author():
    from archive.extract.stored_authors import stored_author

    assert stored_author("Updated", None) is None
    assert stored_author("Last updated", None) is None


def test_a_web_page_titled_with_a_button_or_its_site_takes_its_headline():
    from archive.readers.html import parse_html

    text = "".join(f"<p>{p}</p>" for p in BODY.split("\\n\\n") if p) * 2
    page = ("<html><head><title>Print</title></head><body><p><img src='l.png' alt='VALLEY TIMES - the valley daily'></p>"
            "<h2>Council extends the shelter programme by a year</h2>" + text + "</body></html>")
    assert parse_html(page, "x.html").title == "Council extends the shelter programme by a year"
    page = ("<html><head><title>الوادي</title></head><body><img src='l.gif' alt='جريدة الوادي'>"
            "<font size='5'><b>المجلس يمدد برنامج الإيواء عاماً آخر</b></font><br>" + text + "</body></html>")
    assert parse_html(page, "x.html").title == "المجلس يمدد برنامج الإيواء عاماً آخر"


def test_a_copyright_holder_written_as_a_known_domain_names_its_outlet():
    from archive.extract.outlet_footers import footer_outlet

    assert footer_outlet("Copyright © 2021 Rudaw.net") == "Rudaw"
    assert footer_outlet("© 2021 example-unknown-site.com") is None


def test_a_byline_for_a_known_outlet_under_standfirst_lines_gives_the_author():
    page = ("Home | News | Sport\n\nCouncil extends the shelter programme by a year after long debate\n\n"
            "Families still waiting for a place will be housed first\nThe cost will be reviewed in spring\n"
            "Officials expect new figures from the regional office\n\n"
            "By Marta Quillfeather For MailOnline\n\n" + BODY)
    from archive.extract.stored_authors import stored_author

    record = parse_text_article(page, "downloads/shelter.txt")
    assert stored_author(record.author, record.outlet) == "Marta Quillfeather"
    page = page.replace("Officials expect", "• Officials expect").replace("Families still", "• Families still")
    record = parse_text_article(page, "downloads/shelter.txt")
    assert stored_author(record.author, record.outlet) == "Marta Quillfeather"
    page = page.replace("For MailOnline\n", "For MailOnline\nPublished: 10:24 BST, 5 May 2021 | Updated: 16:40 BST, 5 May 2021\n")
    assert "5 May 2021" in parse_text_article(page, "downloads/shelter.txt").published


def test_a_logo_alt_text_opening_with_a_known_outlet_names_it():
    from archive.readers.html import parse_html

    text = "".join(f"<p>{p}</p>" for p in BODY.split("\\n\\n") if p) * 2
    page = ("<html><head><title>Council extends the shelter programme</title></head><body>"
            "<a href='/'><img src='/static/logo-white.svg' alt='Rudaw - News from Kurdistan'></a>"
            "<h1>Council extends the shelter programme</h1>" + text + "</body></html>")
    assert parse_html(page, "x.html").outlet == "Rudaw"
    page = page.replace("logo-white.svg", "photo.jpg").replace("<h1>", "<img src='a.jpg' alt='x'><h1>")
    page = page.replace("<a href='/'><img src='/static/photo.jpg'", "<img src='a.jpg' alt='first'><a href='/'><img src='/static/photo.jpg'")
    assert parse_html(page, "x.html").outlet is None


def test_two_names_over_a_month_and_year_are_the_byline_not_the_title():
    page = ("Issues    Authors    Podcasts\nHome > Issue 12 > Articles\n\n"
            "Shelters, queues and the winter in the valley\n\n"
            "Marta Quillfeather and Jon Aldane\nMarch 2022\n\n" + BODY)
    record = parse_text_article(page, "ngo/valley.txt")
    assert record.title == "Shelters, queues and the winter in the valley"
    assert record.author == "Marta Quillfeather and Jon Aldane"


def test_an_institution_first_line_over_a_language_switch_names_the_page():
    from archive.extract.first_line_mastheads import language_switch

    assert language_switch("Français") and language_switch("Suomeksi | På svenska | In English")
    assert not language_switch("Home   News   Sport") and not language_switch("English is taught here")
    page = ("Lakeside Border Agency / Agence frontalière du lac\nFrançais\nHome > News > 2024\n\n"
            "Agency reopens the northern crossing after the floods\n\nMarch 3, 2024\n\n" + BODY)
    assert parse_text_article(page, "releases/crossing.txt").outlet == "Lakeside Border Agency"


def test_a_logo_in_capitals_over_a_dated_tagline_naming_its_kind_is_the_masthead():
    page = ("LAKESIDE DAILY\nThe first English-language daily in Lakeside   |   Friday, 13 May 2022\n"
            "HOME › NEWS\n\nCouncil extends the shelter programme by a year\n\nRiverton, 12 May 2022 — " + BODY)
    assert parse_text_article(page, "news/shelter.txt").outlet.casefold() == "lakeside daily"


def test_a_summary_box_and_an_unread_date_stamp_are_never_the_title():
    from archive.extract.page_layout import labelled_stamp

    assert labelled_stamp("Riverton, Valley  Updated: Aug 27, 2022, 04:55 PM(IST)")
    assert not labelled_stamp("Updated guidance on 3 camps issued")
    page = ("VALLEY TV\nHome   World   Sports\n\nWorld\n\nTwo hurt as the northern crossing reopens after floods\n\n"
            "Edited By: Valley Web Team\nRiverton, Valley  Updated: Aug 27, 2022, 04:55 PM(IST)\n\n"
            "Story highlights\nThe crossing had been closed for three weeks\n\n" + BODY)
    assert parse_text_article(page, "downloads/crossing.txt").title == "Two hurt as the northern crossing reopens after floods"


def test_a_short_heading_over_a_post_date_and_byline_bullets_stays_a_title_candidate():
    from archive.extract.page_layout import in_summary_box, labelled_stamp

    content = ["Blog", "About bugs", "* August 13, 2018", "* Posted by Vortex", "* Leave a comment",
               "None of the games can be without faults, and some are noticed at once in testing."]
    assert not in_summary_box(content, 1)
    assert not labelled_stamp("Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM", placed=True)
