"""Which sign names the publication, page by page (round 30, helper outlets30): the outlet the
import stores for one invented file of each family."""

from tests.imported_outlet import imported_outlet

BODY = ("The regional council said on Tuesday that forty families had returned from the camps in the "
        "north-east and would be housed in the valley's three towns over the coming months.\n\n"
        "Officials said schools had prepared places for the children and that a social worker would "
        "visit every family at least once a month during the first year after their return.\n\n"
        "Aid groups welcomed the decision but said more funding was needed for the programme.")


def test_a_byline_naming_its_outlet_in_quotation_marks_does_not_refuse_it(tmp_path):
    page = ("<html><head><meta property=\"og:site_name\" content=\"Harbour Qalam\"><title>Families return | "
            "Harbour Qalam</title></head><body><article><h1>Families return to the valley</h1>"
            "<div class=\"byline\">Aigerim Tasova, «Harbour Qalam»</div><div class=\"date\">14 March 2023</div>"
            + "".join(f"<p>{p}</p>" for p in BODY.split("\n\n")) + "</article></body></html>")
    assert imported_outlet(tmp_path, "qalam.html", page) == "Harbour Qalam"


def test_a_logo_broken_over_two_lines_is_one_name(tmp_path):
    text = ("Skip to main content\nUnited Nations\nOffice on Drugs and Crime\nHome\nAbout us\nPress releases\n\n"
            "Valley families return home, office says\n\n" + BODY + "\n\nTerms of use\n")
    assert imported_outlet(tmp_path, "release.txt", text) == "United Nations Office on Drugs and Crime"


def test_a_savers_source_line_without_its_scheme_names_the_site(tmp_path):
    text = ("Valley families return home, rights group says\n\n3 May 2024\n\n" + BODY
            + "\n\n---\nsource: hrw.org/news/2024/05/03/valley-families\ncopied 2024-05-04 for the camps chapter\n")
    assert imported_outlet(tmp_path, "note.txt", text) == "Human Rights Watch"


def test_a_mail_forwarded_by_a_person_takes_the_pasted_pages_outlet(tmp_path):
    mail = ("From: \"Jana K.\" <jana.k@example.net>\nTo: team@example.org\nSubject: valley returns (copy)\n"
            "Date: Sat, 18 Feb 2023 21:40:03 +0300\nContent-Type: text/plain; charset=utf-8\n\n"
            "Pasting this for the folder.\n\nValley families return home\n\n" + BODY
            + "\n\nRead more at hrw.org\n")
    assert imported_outlet(tmp_path, "copy.eml", mail) == "Human Rights Watch"


def test_a_mail_from_a_person_names_no_outlet(tmp_path):
    mail = ("From: \"Jana K.\" <jana.k@example.net>\nTo: team@example.org\nSubject: my notes on the returns\n"
            "Date: Sat, 18 Feb 2023 21:40:03 +0300\nContent-Type: text/plain; charset=utf-8\n\n" + BODY + "\n")
    assert imported_outlet(tmp_path, "notes.eml", mail) is None


def test_a_dateline_of_the_outlets_name_and_a_bracketed_date(tmp_path):
    text = ("Print\n\nValley Court Frees Two Returnees On Bail\nBy Tom Harlow\n\n"
            "Lakecourt360 (March 3, 2023, 4:10 PM EDT) -- " + BODY
            + "\n\nFor a reprint of this article, please contact reprints@lakecourt360.com.\n")
    assert imported_outlet(tmp_path, "print.txt", text) == "Lakecourt360"


def test_a_publication_its_footer_calls_a_division_of_the_stated_publisher(tmp_path):
    page = ("<html><head><title>Families return | Lakeside Star</title><script type=\"application/ld+json\">"
            "{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", \"headline\": \"Families return\", "
            "\"publisher\": {\"@type\": \"Organization\", \"name\": \"Harbour Media Network Inc.\"}}</script></head>"
            "<body><div class=\"header\"><a>Lakeside Star</a> <a>News</a></div><article><h1>Families return</h1>"
            + "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
            + "</article><footer><p>© 2023 Lakeside Star, a division of Harbour Media Network Inc. All rights "
              "reserved.</p></footer></body></html>")
    assert imported_outlet(tmp_path, "star.html", page) == "Lakeside Star"


def test_a_units_formal_name_under_its_parents_line(tmp_path):
    text = ("Lakeside University\nCentre for the Study of Harbour Affairs (CSHA)\nSchool of Politics\n\n"
            "Research Briefing 3\nValley families and the camps\n\nAuthors: Dr Ann Roe\n\n" + BODY
            + "\n\nContact us: csha@lakeside-uni.example\n")
    assert imported_outlet(tmp_path, "csha briefing 3.txt", text) == "Centre for the Study of Harbour Affairs"
    unsigned = text.replace("Contact us: csha@lakeside-uni.example", "")  # the initials stand nowhere else
    (tmp_path / "unsigned").mkdir()
    assert imported_outlet(tmp_path / "unsigned", "briefing 3.txt", unsigned) != "Centre for the Study of Harbour Affairs"


def test_a_logo_written_as_text_and_the_footer_agree(tmp_path):
    page = ("<html><head><title>Lakeside Legal Wire</title></head><body>"
            "<div class=\"logo\">Lakeside Legal Wire</div><div class=\"strap\">The valley's daily legal news</div>"
            "<div class=\"nav\">Home | News | Jobs</div><div class=\"article\"><h2>Families return to the valley</h2>"
            "<div class=\"meta\">Posted 2 August 2022</div>" + "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
            + "</div><footer>Lakeside Legal Wire is published by Valley Press Ltd.</footer></body></html>")
    assert imported_outlet(tmp_path, "wire.html", page) == "Lakeside Legal Wire"


def test_a_header_bars_first_words_and_the_titles_first_part_agree(tmp_path):
    page = ("<html><head><title>Lakeposten - Families return to the valley</title></head><body>"
            "<header>Lakeposten <span>Dagsavis for dalen</span> | Nyheter | Debatt</header>"
            "<article><h1>Families return to the valley</h1>" + "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
            + "</article><footer>Lakeposten AS. Ansvarlig redaktør: Kari Roe</footer></body></html>")
    assert imported_outlet(tmp_path, "lake.html", page) == "Lakeposten"


def test_a_newsletter_naming_itself_to_its_reader_at_its_foot(tmp_path):
    text = ("The camps after the floods: what changed\n\n" + BODY
            + "\n\nVous lisez La Lettre du Lac. Transférez-la à quelqu'un qui devrait la lire.\n")
    assert imported_outlet(tmp_path, "issue.txt", text) == "La Lettre du Lac"


def test_a_name_over_its_platforms_account_links():
    from archive.extract.self_named_lines import account_bar_masthead

    content = ["Harbour Field Notes", "Subscribe", "Sign in", "The first flight home", "Mira Okonjo", "Jul 6, 2022"]
    assert account_bar_masthead(content, 3) == "Harbour Field Notes"
    assert account_bar_masthead(["Harbour Field Notes", "Subscribe", "World", "The first flight home"], 3) is None


def test_a_web_word_the_files_initials_hold_stays_in_the_name(tmp_path):
    page = ("<html><head><meta property=\"og:site_name\" content=\"Valley Law Online\"><title>Court rules on "
            "returnees</title></head><body><article><h1>Court rules on returnees</h1>"
            + "".join(f"<p>{p}</p>" for p in BODY.split("\n\n")) + "</article></body></html>")
    assert imported_outlet(tmp_path, "vlo court ruling.html", page) == "Valley Law Online"
