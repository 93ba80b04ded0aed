"""Round 37's aggregator pages (issue #13): a site that republishes others' reports (the outlet data's
``aggregator: yes``) names the publication it carries, and that is the outlet:

- a labelled source line in its header ("Source: Lakeside Relief Forum", a humanitarian portal);
- the one part of its ``<title>`` that is neither the kiosk's name, nor a date, nor the headline
  ("PressReader - Lakeside Gazette - 2021-03-30 - Headline"), its place in brackets cut;
- a text printed from a kiosk (its foot naming the aggregator) opens on "Name (Place)": the name.
"""

from archive.extract.aggregator_sources import _labelled_source, _title_part

from imported_outlet import imported_outlet

BODY = ("The regional council met on Tuesday to discuss the return of families from the camps in the "
        "north-east, and its members agreed to ask the ministry for a date before the summer recess.")
HEADLINE = "The council asks for a date"


def test_title_part_left_by_the_kiosk_the_date_and_the_headline():
    head = ["Lakeside Gazette (Lakeport)", "2021-03-30", HEADLINE, "PressReader"]
    assert _title_part(head, "PressReader", HEADLINE) == "Lakeside Gazette"
    assert _title_part(["Lakeside Gazette", "Page 11", HEADLINE, "PressReader"], "PressReader", HEADLINE) is None
    assert _title_part(["Lakeside Gazette", HEADLINE], "PressReader", HEADLINE) is None  # no kiosk's part


def test_labelled_source_line_in_the_header():
    lines = ["ReliefWeb", "Updates | Countries", "Source: Lakeside Relief Forum", "Posted: 12 Mar 2024"]
    assert _labelled_source(lines, "ReliefWeb") == "Lakeside Relief Forum"
    assert _labelled_source(["ReliefWeb", "Source: ReliefWeb"], "ReliefWeb") is None


def test_import_names_the_paper_a_kiosk_page_carries(tmp_path):
    page = ("<html><head><title>PressReader - Lakeside Gazette - 2021-03-30 - %s</title>"
            '<meta property="og:site_name" content="PressReader">'
            '<meta property="og:title" content="%s"></head><body>'
            "<h1>%s</h1><article><p>%s</p><p>%s</p></article>"
            "<footer>Printed and distributed by PressReader</footer></body></html>") % (HEADLINE, HEADLINE, HEADLINE,
                                                                                       BODY, BODY)
    assert imported_outlet(tmp_path, "kiosk.html", page) == "Lakeside Gazette"


def test_import_cuts_the_place_of_a_kiosk_print(tmp_path):
    text = "\n".join(["Lakeside Gazette (Lakeport)", "21 Oct 2022", "", HEADLINE, "", "Jane Roe", "", BODY, "",
                      BODY, "", "", "Printed and distributed by PressReader", "PressReader.com +1 604 278 4604",
                      "COPYRIGHT AND PROTECTED BY APPLICABLE LAW"])
    assert imported_outlet(tmp_path, "Lakeside Gazette 21.10.2022 story.txt", text + "\n") == "Lakeside Gazette"


def test_import_names_the_source_a_portal_states(tmp_path):
    text = "\n".join(["ReliefWeb", "Skip to main content", "Updates | Countries | Organizations | Topics",
                      "News and Press Release", "Source: Lakeside Relief Forum", "Posted: 12 Mar 2024",
                      "Origin: View original", HEADLINE, "", BODY, "", BODY, "", "Share", "Related Content",
                      "ReliefWeb has been the leading humanitarian information source on global crises since 1996.",
                      "A service provided by UN OCHA"])
    assert imported_outlet(tmp_path, "portal.txt", text + "\n") == "Lakeside Relief Forum"
