"""Which sign names the publication where a page shows two names (round 29, helper outlets29): a
station's logo over its licensee's copyright, a body of an organisation on its parent's domain, the
page's own writing of its domain's words, a site's masthead over a parent company's footer."""

import re

from archive.extract.outlet_names import outlet_table
from archive.extract.outlet_forms import initials_of

from imported_outlet import imported_outlet

BODY = ("A clinic on the edge of the camp opened a night ward for sick children on Thursday evening, "
        "nurses said.\n\n"
        "The ward has twelve beds and will take children with fever and breathing problems, the clinic's "
        "director told reporters, adding that two more doctors would join the staff next month.\n\n"
        "Families had walked for hours to the nearest hospital at night until now, she said.")


_outlet = imported_outlet


def test_a_stations_labelled_logo_outranks_its_licensees_copyright(tmp_path):
    text = "\n".join([
        "Skip to content", "WLKR 7 logo", "Lakeside, ND »", "41°", "News", "Weather", "Sports",
        "WLKR 7 Investigates", "Traffic", "Video", "Contests", "Community", "",
        "LOCAL NEWS", "Camp clinic opens night ward for children", "",
        "Author: Dana Mirel", "Published: 6:14 PM CDT March 12, 2024", "", BODY, "",
        "Download the WLKR 7 app to get breaking news alerts", "", "Terms of Service", "Privacy Policy",
        "© 2024 WLKR-TV. All Rights Reserved."])
    assert _outlet(tmp_path, "clinic.txt", text) == "WLKR 7"


def test_a_body_on_its_organisations_domain_is_named_by_its_masthead(tmp_path):
    text = "\n".join([
        "Joint Assessment Group of the United Nations", "jagun.un.org", "", "News", "",
        "Camp clinic opens night ward for children", "", "25/01/2024", "", BODY, ""])
    assert _outlet(tmp_path, "clinic.txt", text) == "Joint Assessment Group of the United Nations"


def test_a_subdomain_that_spells_no_masthead_keeps_the_organisation():
    from archive.extract.outlet_bodies import body_on_site

    assert body_on_site("jagun.un.org", ["Camp clinic opens night ward", "jagun.un.org"], lambda n: False) is None
    assert body_on_site("news.un.org", ["Network Electronic Wire Service"], lambda n: False) is None


def test_the_page_spells_its_domains_words_before_the_file_name_does(tmp_path):
    text = "\n".join([
        "heraldlantern.com", "Mother and two children among those brought home from camps",
        "Mara Ellis, Herald Lantern", "April 8, 2024 5:30 PM", "5-6 minutes", "",
        "A woman and her two young children were among 19 people flown out of the camp this week, the "
        "family's lawyer confirmed Monday.", "",
        "The woman, whom the Herald Lantern is not naming to protect the children, was met by police on arrival.", ""])
    assert _outlet(tmp_path, "heraldlantern-repatriation.txt", text) == "Herald Lantern"  # not "Heraldlantern"


def test_a_brand_over_its_section_menu_with_a_parent_companys_footer(tmp_path):
    text = "\n".join([
        "MyLakeside", "NEWS  WHAT'S ON  FOOD & DRINK  SPORT", "",
        "Camp clinic opens night ward for children", "", "By Tamsin Hale", "15:12, 9 MAY 2024", "",
        BODY, "", "Most Read", "Bridge closure dates announced", "",
        "© 2024 a Harbour Media plc subsidiary"])
    assert _outlet(tmp_path, "clinic.txt", text) == "MyLakeside"


def test_a_papers_web_brand_of_its_initials_is_an_alias_of_the_paper():
    for outlet in outlet_table().outlets:
        match = re.fullmatch(r"([A-Z]{2,5})\s+(?:Online|Digital|Web)", outlet.name)
        if match:
            assert not any(initials_of(match.group(1), alias) for alias in outlet.aliases), outlet.name

