"""Outlets: one name per outlet, and the outlet found from datelines, footers, metadata and URLs.

Every line here is invented for the test."""

import json

import pytest

from archive.extract.article import build_article
from archive.extract.outlets import (
    canonical_outlet,
    find_outlet,
    footer_outlet,
    is_known,
    known_outlet,
    outlet_from_dateline,
    outlet_from_house_style,
    outlet_from_url,
    outlet_table,
    parse_outlets,
)
from archive.model import RawRecord

AFP = "Agence France-Presse"


def test_the_data_file_covers_the_outlets_that_report_on_syria_and_iraq():
    table = outlet_table()
    assert len(table.outlets) >= 60
    names = {outlet.name for outlet in table.outlets}
    for name in ("Reuters", "Associated Press", AFP, "BBC News", "Syrian Observatory for Human Rights",
                 "Rudaw", "Kurdistan24", "North Press Agency", "Hawar News Agency", "Enab Baladi",
                 "Syrian Arab News Agency", "Shafaq News", "Human Rights Watch", "Amnesty International"):
        assert name in names
    # every outlet of the curated file has a domain, and no domain or name belongs to two outlets
    # (every file's: tests/test_outlet_data.py)
    curated = [outlet for outlet in table.outlets if outlet.where.startswith("outlets.txt:")]
    assert len(curated) >= 60 and all(outlet.domains for outlet in curated)
    domains = [d.lower() for outlet in table.outlets for d in outlet.domains]
    assert len(domains) == len(set(domains))
    assert len(names) == len(table.outlets)


def test_parse_outlets_reads_blocks_and_old_lines():
    outlets = parse_outlets(["Camp Gazette", "aliases: CG | غازيت", "domains: campgazette.example",
                             "Old Paper | OP | The Old Paper"])
    assert [(o.name, o.aliases, o.domains) for o in outlets] == [
        ("Camp Gazette", ["CG", "غازيت"], ["campgazette.example"]),
        ("Old Paper", ["OP", "The Old Paper"], []),
    ]


@pytest.mark.parametrize("name", ["AFP", "Agence France-Presse", "Agence France Presse", "afp", "(AFP)",
                                  "أ ف ب", "ا ف ب", "فرانس برس", "afp.com", "https://www.afp.com/en"])
def test_one_outlet_one_name(name):
    assert canonical_outlet(name) == AFP


@pytest.mark.parametrize(
    "name, canonical",
    [("The Syrian Observatory For Human Rights", "Syrian Observatory for Human Rights"),
     ("المرصد السوري لحقوق الإنسان", "Syrian Observatory for Human Rights"),
     ("SOHR", "Syrian Observatory for Human Rights"), ("rudaw", "Rudaw"), ("Rudaw English", "Rudaw"),
     ("Kurdistan 24", "Kurdistan24"), ("The Associated Press", "Associated Press"), ("AP", "Associated Press"),
     ("Thomson Reuters", "Reuters"), ("REUTERS", "Reuters"), ("www.reuters.com", "Reuters"),
     ("Medecins Sans Frontieres", "Médecins Sans Frontières"), ("Doctors Without Borders", "Médecins Sans Frontières"),
     ("عنب بلدي", "Enab Baladi"), ("سانا", "Syrian Arab News Agency"), ("شفق نيوز", "Shafaq News"),
     ("الشرق الأوسط", "Asharq Al-Awsat"), ("تلفزيون سوريا", "Syria TV"), ("الحرة", "Alhurra"),
     ("Al Jazeera and news agencies", "Al Jazeera"), ("Source: Enab Baladi", "Enab Baladi"),
     ("  Some   Local Paper ", "Some Local Paper"), ("Camp Gazette", "Camp Gazette"), ("", None), (None, None)],
)
def test_canonical_names(name, canonical):
    assert canonical_outlet(name) == canonical


def test_known_outlet_is_exact_and_avoids_menu_words():
    assert known_outlet("North Press") == "North Press Agency"
    assert known_outlet("North Press reported the clashes") is None
    assert known_outlet("العربية") is None  # the language switcher of many pages, not Al Arabiya
    assert is_known("Reuters") and not is_known("Camp Gazette")


@pytest.mark.parametrize(
    "first, outlet",
    [("DAMASCUS (Reuters) - Guards at a desert prison said on Sunday", "Reuters"),
     ("RAQQA, Syria (AP) — Families waited at the gate of the camp", "Associated Press"),
     ("HASAKAH, Syria, Feb 2 (Reuters) - Two guards were hurt", "Reuters"),
     ("Qamishli (AFP) - A court opened its first hearing", AFP),
     ("Near Deir ez-Zor (Syria) (AFP) - Trucks left the village", AFP),
     ("(AFP) - The convoy reached the border at dawn", AFP),
     ("ANKARA (AA) - Turkish officials said", "Anadolu Agency"),
     ("BEIRUT, Dec. 4 (Xinhua) -- Syrian state media said", "Xinhua News Agency"),
     ("Damascus, Jan 9 (EFE).- The ministry said", "Agencia EFE"),
     ("ERBIL (Kurdistan24) – The camp administration said", "Kurdistan24"),
     ("KOBANI, North Press – A new school opened", "North Press Agency"),
     ("RAQQA, Syria, North Press – Residents said", "North Press Agency"),
     ("Shafaq News/ The Iraqi ministry announced", "Shafaq News"),
     ("Enab Baladi – Aleppo: Residents of the town said", "Enab Baladi"),
     ("الرقة (أ ف ب) - قال مسؤولون", AFP),
     ("الرقة - نورث برس", "North Press Agency"),
     ("حلب-سانا", "Syrian Arab News Agency"),
     ("أنقرة/ الأناضول", "Anadolu Agency"),
     ("شفق نيوز/ أعلنت السلطات", "Shafaq News"),
     ("دير الزور - تلفزيون سوريا: قال سكان", "Syria TV"),
     ("MOSUL (Tigris Wire) — A court in the city", "Tigris Wire")],  # an agency not in the data
)
def test_datelines(first, outlet):
    assert outlet_from_dateline(first) == outlet


@pytest.mark.parametrize(
    "first",
    ["Kurdish officials told AFP on Monday that the camp was full.",
     "According to Reuters, the guards left their posts.",
     "The Syrian Observatory for Human Rights (SOHR) – a monitor based in Britain – said ten died.",
     "Guards said (Reuters reported) that the gate was shut - nobody left.",
     "ERBIL, Kurdistan Region – The ministry said on Monday",
     "AMMAN – A line of trucks waited at the edge of town",
     "MOSUL – SANA reported that the bridge was closed",
     "Deir ez-Zor province: SOHR sources said that three men were killed",
     "Families gathered at the gate (AP Photo/Someone) - a long wait",
     "A court in Qamishli opened the trial of twelve men on Sunday, the court's clerk told AFP (AFP) -"],
)
def test_no_dateline_no_outlet(first):
    assert outlet_from_dateline(first) is None


def test_house_style_dateline_is_the_weakest_sign():
    assert outlet_from_house_style("SULAIMANI, Kurdistan Region – Officials said") == "Rudaw"
    assert outlet_from_house_style("ERBIL (Kurdistan24) – Officials said") is None


@pytest.mark.parametrize(
    "line, outlet",
    [("© 2025 Thomson Reuters", "Reuters"),
     ("Copyright 2022 The Associated Press. All rights reserved.", "Associated Press"),
     ("Our Standards: The Thomson Reuters Trust Principles.", "Reuters"),
     ("© 2023 North Press Agency", "North Press Agency"),
     ("© Copyright 2021, Kurdistan 24. All rights reserved", "Kurdistan24"),
     ("جميع الحقوق محفوظة لـ عنب بلدي", "Enab Baladi"),
     ("© جميع الحقوق محفوظة لعنب بلدي 2022", "Enab Baladi"),
     ("جميع الحقوق محفوظة © 2024 شفق نيوز", "Shafaq News"),
     ("© The Save the Children Fund 2023", "Save the Children"),
     ("Source: Syria Direct", "Syria Direct"),
     ("Source: Al Jazeera and news agencies", "Al Jazeera"),
     ("https://www.rudaw.net/english/middleeast/syria/01012025", "Rudaw"),
     ("Read more at: https://npasyria.com/en/12345/", "North Press Agency"),
     ("Copyright © 2024 Camp Gazette. All rights reserved.", "Camp Gazette"),
     ("Source: interviews with residents of the camp", None),
     ("The guards said the camp was calm.", None)],
)
def test_footer_lines(line, outlet):
    assert footer_outlet(line) == outlet


@pytest.mark.parametrize(
    "url, outlet",
    [("https://www.reuters.com/world/middle-east/some-story-2025-01-01/", "Reuters"),
     ("https://amp.theguardian.com/world/2025/jan/01/story", "The Guardian"),
     ("https://m.bbc.co.uk/news/world-middle-east-1", "BBC News"),
     ("https://www.bbc.com/arabic/articles/abc", "BBC News Arabic"),
     ("https://english.alarabiya.net/News/middle-east/2025/01/01/story", "Al Arabiya"),
     ("http://npasyria.com/ar/1234/", "North Press Agency"),
     ("www.hrw.org/news/2025/01/01/story", "Human Rights Watch"),
     ("https://news.un.org/en/story/2025/01/1", "UN News"),
     ("https://reuters.com.example.net/story", None),
     ("https://notreuters.com/story", None),
     ("not a url", None), (None, None)],
)
def test_urls(url, outlet):
    assert outlet_from_url(url) == outlet


def _article(body, outlet=None, url=None, fmt="text"):
    raw = RawRecord(source_path="/tmp/x.txt", source_format=fmt, title="Camp report", body=body,
                    outlet=outlet, url=url)
    return build_article(raw)


def test_build_article_order_of_trust_and_sources():
    body = "HASAKAH, Syria (Reuters) - Guards said the gate held.\n\nThe camp was calm on Monday."
    article = _article(body)
    assert (article.outlet, article.outlet_source) == ("Reuters", "dateline")
    # an outlet line or field wins, canonicalised
    article = _article(body, outlet="AFP")
    assert (article.outlet, article.outlet_source) == (AFP, "text")
    # a footer, then removed from the body
    article = _article("Guards said the gate held.\n\nThe camp was calm.\n\n© 2024 Rudaw Media Network")
    assert (article.outlet, article.outlet_source) == ("Rudaw", "footer")
    assert "©" not in article.body and article.body.endswith("The camp was calm.")
    # the URL's domain
    article = _article("Guards said the gate held.\n\nThe camp was calm.", url="https://www.kurdistan24.net/en/story/1")
    assert (article.outlet, article.outlet_source) == ("Kurdistan24", "url")
    # nothing: unknown, and a quoted source is not the outlet
    article = _article("Guards told AFP the gate held, according to Reuters.\n\nThe Syrian Observatory said so too.")
    assert (article.outlet, article.outlet_source) == (None, "unknown")


def test_page_metadata_ranks_below_dateline_and_above_url():
    body = "Guards said the gate held.\n\nThe camp was calm on Monday."
    article = _article(body, outlet="Middle East Eye", url="https://www.example.com/x", fmt="html")
    assert (article.outlet, article.outlet_source) == ("Middle East Eye", "metadata")
    article = _article("QAMISHLI (AFP) - " + body, outlet="Camp Gazette", fmt="html")
    assert (article.outlet, article.outlet_source) == (AFP, "dateline")
    # a stated name the data does not know, on a known domain: the known name wins
    article = _article(body, outlet="Press Desk", url="https://npasyria.com/en/1/", fmt="html")
    assert (article.outlet, article.outlet_source) == ("North Press Agency", "url")


def test_find_outlet_prefers_a_known_outlet():
    paragraphs = ["MOSUL (Tigris Wire) — A court sat.", "It adjourned.", "© 2024 Shafaq News"]
    assert find_outlet(paragraphs)[:2] == ("Shafaq News", "footer")
    assert find_outlet(paragraphs[:2])[:2] == ("Tigris Wire", "dateline")


def test_import_canonicalises_every_source(tmp_path):
    from click.testing import CliRunner

    import sqlite_utils

    from archive.cli import cli

    rows = [{"title": "Camp report one", "body": "Guards said the gate held on Monday night.", "source": "AFP"},
            {"title": "Camp report two", "body": "Guards said the camp was calm again.", "source": "Agence France-Presse"},
            {"title": "Camp report three", "body": "BEIRUT (AFP) - Guards said the camp was calm once more."},
            {"title": "Camp report four", "body": "Guards said the camp was calm all week.", "url": "https://www.afp.com/en/x"}]
    path = tmp_path / "rows.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    db = str(tmp_path / "a.db")
    result = CliRunner().invoke(cli, ["import", db, str(path)])
    assert result.exit_code == 0, result.output
    names = [r["name"] for r in sqlite_utils.Database(db).query("select name from outlets")]
    assert names == [AFP]
    sources = {r["outlet_source"] for r in sqlite_utils.Database(db).query("select outlet_source from articles")}
    assert sources == {"text", "dateline", "url"}


@pytest.mark.parametrize(
    "line, outlet",
    [("BBC Homepage", "BBC News"), ("The Guardian - Back to homepage", "The Guardian"),
     ("Kurdistan24 logo", "Kurdistan24"), ("Go to the Rudaw homepage", "Rudaw"),
     ("Médecins Sans Frontières (MSF) International", "Médecins Sans Frontières"),
     ("Source: OCHA", "United Nations Office for the Coordination of Humanitarian Affairs"),
     ("المصدر: سانا", "Syrian Arab News Agency"),
     ("Camp Gazette (CG)", None), ("Reuters (AFP)", None), ("Reuters reported", None)],
)
def test_known_outlet_as_pages_show_it(line, outlet):
    assert known_outlet(line) == outlet


@pytest.mark.parametrize("name", ["Share", "HIGHLIGHTS", "Print", "Press Release", "شارك", "2023", "---"])
def test_furniture_words_name_no_outlet(name):
    assert canonical_outlet(name) is None


def test_a_furniture_word_on_the_outlet_line_gives_way():
    raw = RawRecord(source_path="/tmp/x.txt", source_format="text", title="Camp report", outlet="Share",
                    body="BEIRUT (Reuters) - Guards said the gate held.\n\nThe camp was calm.")
    article = build_article(raw)
    assert (article.outlet, article.outlet_source) == ("Reuters", "dateline")


@pytest.mark.parametrize("line", ["© Jane Doe/AFP", "Photo: © UNICEF", "© UNICEF/2023/Someone",
                                  "Families queue at the gate. (Photo © AFP via Getty Images)"])
def test_picture_credits_are_not_the_publisher(line):
    assert footer_outlet(line) is None


def test_copyright_after_the_name():
    assert footer_outlet("Médecins Sans Frontières © 2023") == "Médecins Sans Frontières"


@pytest.mark.parametrize("line", ["National", "* The Times", "• Reuters", "- BBC"])
def test_menu_items_are_not_outlet_lines(line):
    assert known_outlet(line) is None


@pytest.mark.parametrize("line", ["5:50 PM", "Nov 20, 2019 01:38 pm", "Jane Doe@janedoe", "Share Tweet",
                                  "Staff Writer 2019-11-18T23:30:00Z"])
def test_times_and_handles_name_no_outlet(line):
    assert canonical_outlet(line) is None


@pytest.mark.parametrize(
    "line, outlet",
    [("© 2019 Example Media, LLC. All Rights Reserved", None),  # the company behind a site
     ("Copyright 2019 Example Communications, Inc.", None),
     ("© Example Review 2019 - ISSN: 1234-5678", "Example Review"),
     ("Copyright Policy", None), ("© 2024 All rights reserved", None),
     ("© 2019 Camp Gazette. All rights reserved.  Privacy Policy  Contact", "Camp Gazette"),
     ("Camp Gazette © 2024", "Camp Gazette"),
     ("© 2022 غازيت المخيم - جميع الحقوق محفوظة", "غازيت المخيم"),
     ("© 2021 جميع الحقوق محفوظة لغازيت المخيم", "غازيت المخيم"),
     ("Copyright ©2019 Dow Jones & Company, Inc. All Rights Reserved.", "The Wall Street Journal"),
     ("Copyright © 2023 Camp Gazette. All rights reserved.", "Camp Gazette")],
)
def test_footer_names_that_are_not_outlets(line, outlet):
    assert footer_outlet(line) == outlet


@pytest.mark.parametrize(
    "title, outlet",
    [("Reuters: World News", "Reuters"), ("Syria | Rudaw", "Rudaw"), ("Kurdistan24 - Latest", "Kurdistan24"),
     ("Rudaw.net - English", "Rudaw"), ("North Press Agency | Syria news", "North Press Agency"),
     ("Reuters - AFP", "Reuters - AFP"), ("Camp Gazette - Home", "Camp Gazette")],
)
def test_feed_and_page_titles_name_their_outlet(title, outlet):
    assert canonical_outlet(title) == outlet


@pytest.mark.parametrize(
    "name, outlet",
    [("SOHR (Syrian Observatory for Human Rights)", "Syrian Observatory for Human Rights"),
     ("ANHA (Hawar News Agency)", "Hawar News Agency"), ("Asharq Al-Awsat (London)", "Asharq Al-Awsat"),
     ("Al-Hol camp (AFP)", "Al-Hol camp (AFP)"), ("Reuters (AFP)", "Reuters (AFP)")],
)
def test_a_name_with_its_acronym(name, outlet):
    assert canonical_outlet(name) == outlet


def test_a_caption_credit_is_not_an_outlet_line():
    assert known_outlet("Women queue at the camp gate (AFP)") is None
    assert known_outlet("Al-Hol camp (AFP)") is None


def test_a_page_without_a_site_name_is_named_by_its_footer():
    import lxml.html

    from archive.extract.html_metadata import page_metadata

    page = ("<html><head><title>Camp news</title></head><body><article><h1>Camp</h1><p>Text.</p></article>"
            '<div class="site-footer"><p class="copyright">© 2024 Rudaw Media Network. All rights reserved.</p>'
            "</div></body></html>")
    meta = page_metadata(lxml.html.fromstring(page))
    assert (meta.site_name, meta.sources.get("site_name")) == ("Rudaw", "footer")
    # a stated site name wins; an unknown footer names nothing
    stated = page.replace("<title>", '<meta property="og:site_name" content="Kurdistan 24"><title>')
    assert page_metadata(lxml.html.fromstring(stated)).site_name == "Kurdistan 24"
    unknown = page.replace("Rudaw Media Network", "Example Gazette")
    assert page_metadata(lxml.html.fromstring(unknown)).site_name is None


@pytest.mark.parametrize("line", ["Source: UNHCR data, 2023", "Source: Interviews", "Source: Camp Gazette"])
def test_a_source_line_names_only_a_known_outlet(line):
    assert footer_outlet(line) is None


def test_a_known_outlet_in_the_text_outweighs_an_unknown_outlet_line_of_a_text_file():
    body = "BEIRUT (Reuters) - Guards said the gate held.\n\nThe camp was calm."
    assert _article(body, outlet="Policy").outlet == "Reuters"  # a header word the reader took for an outlet
    assert _article(body, outlet="Camp Gazette", fmt="jsonl").outlet == "Camp Gazette"  # a field is kept
    rudaw_style = "ERBIL, Kurdistan Region – Guards said the gate held.\n\nThe camp was calm."
    assert _article(rudaw_style, outlet="Camp Gazette").outlet == "Camp Gazette"  # a house style is too weak
    assert (_article(rudaw_style).outlet, _article(rudaw_style).outlet_source) == ("Rudaw", "dateline")


@pytest.mark.parametrize("name, outlet", [("موقع عنب بلدي", "Enab Baladi"), ("وكالة نورث برس", "North Press Agency"),
                                          ("قناة الحرة", "Alhurra"), ("موقع تلفزيون سوريا", "Syria TV")])
def test_arabic_names_with_the_kind_of_outlet_before_them(name, outlet):
    assert known_outlet(name) == outlet


def test_an_aggregator_yields_to_the_source_it_credits():
    assert known_outlet("ReliefWeb") is None  # its logo line does not name the report's outlet
    assert canonical_outlet("ReliefWeb") == "ReliefWeb" and not is_known("ReliefWeb")
    assert known_outlet("Source: OCHA") == "United Nations Office for the Coordination of Humanitarian Affairs"
    article = _article("Camp water supply fell short in January.\n\nPartners trucked water daily.\n\n© 2024 UNICEF",
                       outlet="ReliefWeb", url="https://reliefweb.int/report/syria/x", fmt="html")
    assert (article.outlet, article.outlet_source) == ("UNICEF", "footer")
    article = _article("Camp water supply fell short in January.\n\nPartners trucked water daily.",
                       outlet="ReliefWeb", url="https://reliefweb.int/report/syria/x", fmt="html")
    assert (article.outlet, article.outlet_source) == ("ReliefWeb", "metadata")


def test_a_dateline_under_a_leftover_date_line():
    paragraphs = ["20 Nov 2022", "BEIRUT (Reuters) - Guards said the gate held.", "The camp was calm."]
    assert find_outlet(paragraphs)[:2] == ("Reuters", "dateline")
    paragraphs = ["Guards said the gate held on Monday.", "BEIRUT (Reuters) - More guards came."]
    assert find_outlet(paragraphs)[0] is None  # only the start of the text


def test_a_record_body_is_read_for_its_outlet_before_its_edges_are_cleaned():
    body = ("Guards said the gate held on Monday night, officials said.\n\nThe camp was calm on Tuesday.\n\n"
            "Copyright 2023 The Associated Press. All rights reserved.")
    article = _article(body, fmt="jsonl")
    assert (article.outlet, article.outlet_source) == ("Associated Press", "footer")
    assert "Associated Press" not in article.body


# -- issue #13, round 7: a company's legal form, an Arabic kind word, the Arabic article ---------


@pytest.mark.parametrize("written, stored", [
    ("The Lakeside Clarion DAC", "The Lakeside Clarion"),
    ("Nordbladet GmbH", "Nordbladet"),
    ("Diario del Valle S.A.", "Diario del Valle"),
    ("Harbour Post, Ltd.", "Harbour Post"),
    ("Het Polderblad B.V.", "Het Polderblad"),
    ("Cedar Wire Media Group", "Cedar Wire"),
    ("صحيفة الوادي", "الوادي"),
    ("جريدة البحيرة", "البحيرة"),
    ("موقع الجسر", "الجسر"),
    ("Group", "Group"),  # nothing left without it: as written
])
def test_an_unknown_outlet_is_stored_without_a_company_form_or_an_arabic_kind_word(written, stored):
    assert canonical_outlet(written) == stored


def test_an_arabic_news_agency_keeps_its_name_whole():
    assert canonical_outlet("وكالة أنباء الوادي") == "وكالة أنباء الوادي"


def test_a_known_outlet_with_a_company_form_is_the_known_outlet():
    assert canonical_outlet("Reuters Ltd") == "Reuters"


def test_the_arabic_article_after_the_preposition_is_kept_in_a_copyright_holder():
    assert footer_outlet("جميع الحقوق محفوظة للوادي الجديد") == "الوادي الجديد"
    assert footer_outlet("جميع الحقوق محفوظة لصحيفة الوادي ٢٠٢٣") == "الوادي"


def test_a_copyright_line_naming_an_unknown_company_names_no_outlet():
    assert footer_outlet("© 2021 Lakeside Clarion Publishing DAC") is None
    assert footer_outlet("© 2021 Harbour Media, LLC") is None
    assert footer_outlet("© 2021 Reuters Ltd") == "Reuters"


@pytest.mark.parametrize("label", ["For Subscribers", "Subscribers only", "Play", "Download", "Premium",
                                   "Only for members"])
def test_a_paywall_or_player_label_names_no_outlet(label):
    assert canonical_outlet(label) is None


def test_a_name_with_a_label_word_inside_it_is_still_a_name():
    assert canonical_outlet("The Play Review") == "The Play Review"


@pytest.mark.parametrize("line, outlet", [
    ("Published in The Valley Ledger, March 3rd, 2021", "The Valley Ledger"),
    ("Shared from The Valley Ledger app", "The Valley Ledger"),
    ("Forwarded from Valley Wire", "Valley Wire"),
    ("Shared from my phone", None),
    ("Published in 2021", None),
])
def test_a_print_line_a_share_text_or_a_forward_names_the_outlet(line, outlet):
    assert footer_outlet(line) == outlet


def test_an_unknown_desks_credit_names_no_outlet():
    assert canonical_outlet("LVG News Desk") is None
    assert canonical_outlet("Lakeside Newsroom") is None
    assert canonical_outlet("Rudaw Staff") == "Rudaw"  # a known outlet's staff: the outlet
    assert canonical_outlet("Lakeside Tribune") == "Lakeside Tribune"


@pytest.mark.parametrize("url, outlet", [
    ("https://www.nrc.nl/nieuws/2023/06/22/een-verhaal", "NRC"),  # another outlet with the letters
    ("https://www.nrc.no/news/2023/a-story/", "Norwegian Refugee Council"),
    (None, "Norwegian Refugee Council"),
])
def test_an_acronym_field_on_a_site_the_acronym_names_is_that_sites_outlet(url, outlet):
    from archive.extract.outlets import article_outlet

    raw = RawRecord(source_path="/tmp/x.jsonl", source_format="jsonl", title="Camp report",
                    body="Een verhaal over het kamp.", outlet="NRC", url=url)
    assert article_outlet(raw, ["Een verhaal over het kamp."])[0] == outlet
