"""Round 34 (helper outlets34): an outlet is named as it names itself. The form its copyright line or
opening dateline writes of the masthead's name (with or without its domain's ending, in its own
case); the site part of a feed's title made of a section and the site; a generic word for "newspaper"
its text leaves out; a wire credited inside a line under a known masthead; a one-word desk byline is
no writer; a logo's name continued only by whole words; a brand's own capitals in a tool's Source
cell; a long full name a page writes again under its text. Invented texts and names throughout (the
known outlets are the data's)."""

import pytest

from archive.extract.masthead_stacks import continued
from archive.extract.outlet_refusals import the_author
from archive.extract.credited_outlets import masthead_over_credit
from archive.extract.outlet_longer_forms import self_form, titled_site, without_paper_word
from archive.extract.outlets import article_outlet_name
from archive.extract.source_columns import tool_source
from tests.imported_outlet import imported_outlet


@pytest.mark.parametrize("outlet, foot, first, form", [
    ("VEDRO", ["© Vedro.ba. Sva prava zadržana."], "Majka čeka vijesti iz kampa.", "Vedro.ba"),
    ("LA VALLÉE.ma", ["© La Vallée 2023 - Tous droits réservés"], "La coordination relance son appel.", "La Vallée"),
    ("Kabar", [], "Kabar.com - Setiap kali ponselnya berdering, ibunya berharap.", "Kabar.com"),
    ("Lake Herald", ["© 2024 LAKE HERALD"], "The river rose.", None),  # capitals are the logo's way
    ("Озеро", ["© 2023 «Озеро». Все права защищены."], "Дети вернулись.", None),  # quotes are no part of it
    ("Lake Herald", ["© 2024 Lake Media Group"], "Lakeside - The river rose.", None),  # another name
])
def test_the_form_the_outlet_writes_of_itself(outlet, foot, first, form):
    assert self_form(outlet, foot, [first]) == form


@pytest.mark.parametrize("name, url, site", [
    ("Drought Archives - Circle of Rivers", "https://www.circleofrivers.org/tag/drought/feed/", "Circle of Rivers"),
    ("Category: Dams | Lake Herald", "https://lakeherald.com/category/dams/", "Lake Herald"),
    ("Lake Herald", "https://lakeherald.com/a", None),
    ("World - Evening Post", "https://example.org/x", None),  # the domain spells no part
])
def test_a_titles_site_part(name, url, site):
    assert titled_site(name, url) == site


@pytest.mark.parametrize("name, body, bare", [
    ("جريدة البحيرة", 'كشفت مصادر مطلعة لـ"البحيرة" أن الوزارة قررت.', "البحيرة"),
    ("جريدة البحيرة", "قالت الوزارة إن القرار نهائي.", None),  # the text never names it alone
    ("جريدة البحيرة", 'قالت «جريدة البحيرة» إن القرار نهائي و"البحيرة" تتابع.', None),  # written whole
    ("Газета Озеро", "Как сообщили «Озеро», дети вернулись.", "Озеро"),
])
def test_a_generic_newspaper_word_its_text_leaves_out(name, body, bare):
    assert without_paper_word(name, body) == bare


@pytest.mark.parametrize("credit", ["Foto: JANE DOE/Reuters", "Door Le Monde-redactie/Reuters"])
def test_a_wire_credited_inside_a_line_under_a_known_masthead(credit):
    lines = ["LE MONDE", "Politique | International", "Headline over the story", credit, "The story opens."]
    assert masthead_over_credit("Reuters", "Reuters", lines) == "Le Monde"
    assert masthead_over_credit("Reuters", "Reuters", ["Lake Herald"] + lines[1:]) is None  # no known masthead


PAGE = """<html><head><title>Ferry crossing reopens after the storm | Lakeherald</title>
<meta property="og:site_name" content="Lakeherald">
<meta property="og:url" content="https://www.lakeherald.co.nz/home/news/ferry-crossing-reopens.html">
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Ferry crossing reopens after the storm", "publisher": {"@type": "Organization", "name": "Lakeherald"}, "author": {"@type": "Organization", "name": "Lakeherald"}}</script>
</head><body><div class="c-header">Lakeherald. <span>Home · World · Sport</span></div><main><h1>Ferry crossing reopens after the storm</h1>
<div class="c-ArticleHeading-authorName">Lakeherald.</div><time>04/03/2019</time>
<div class="c-ArticleBody">
<p>The ferry crossing between the two harbours reopened on Monday after a week of storms kept the boats in port.</p>
<p>Operators said the first crossing left on time and that the timetable would return to normal by the weekend.</p>
<p>Harbour staff spent the week clearing debris from the slipways and checking the moorings.</p>
</div></main><footer>© 2019</footer></body></html>
"""


def test_a_one_word_desk_byline_under_a_stated_name(tmp_path):
    assert imported_outlet(tmp_path, "ferry.html", PAGE) == "Lakeherald"
    assert the_author("Jane Doe", "Jane Doe")


def test_a_logo_continued_only_by_whole_words():
    lines = ["Harbour Weekly", "News", "Crime", "Headline here", "Harbour Weekly newsletter – the best stories"]
    assert continued("Harbour Weekly", None, lines, lambda name: None) == "Harbour Weekly"
    lines[-1] = "Read Harbour Weekly News every Sunday"
    assert continued("Harbour Weekly", None, lines, lambda name: None) == "Harbour Weekly News"


def test_a_brands_own_capitals_in_a_source_cell():
    text = "Drone strikes choke oil flows. Lakeherald reported the figures first."
    assert tool_source("LakeHerald.com", text, "https://lakeherald.com/a") is None  # kept as the cell writes it


def test_a_long_full_name_the_page_writes_again_under_its_text():
    from archive.extract.masthead_lines import masthead_outlet

    first = "Lakeside Journal of Water Power & Dam Engineering"
    foot = ["Copyright 2021 Valley Trade Media Limited.", f"Printed from {first}, https://www.ljwp.example"]
    assert masthead_outlet(first, foot) == first
    assert masthead_outlet(first, ["Copyright 2021 Valley Trade Media Limited."]) is None  # said once only
