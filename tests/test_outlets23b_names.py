"""Issue #13, round 23 (outlets23b): an outlet found but named by another of its forms. The pages
are invented; each is read by the text reader and built as an import builds it."""

from pathlib import Path

from archive.extract.article import build_article
from archive.extract.outlet_refusals import product_name, refused
from archive.readers.text import read_text_file


def _stored(tmp_path: Path, text: str, name: str = "page.txt") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (raw,) = list(read_text_file(path))
    return build_article(raw).outlet


SIGN_UP_PAGE = """Rudaw.net
Home  Kurdistan  Iraq  World  Sport

Region

Families wait at the border crossing as the river road stays closed

Families from three villages waited through the night at the crossing after the road along the river was closed by flooding, officials said.

By Lena Hartmann
09:12, Tue, Mar 4, 2025

The district office said engineers would inspect the bridge on Wednesday before any lorries could pass again.

Rudaw Newsletters
Sign up for the latest news.  Invalid email
We use your sign-up to provide content in ways you have consented to.

Shopkeepers on both banks said they had lost a week of trade since the water rose over the road.

A spokesman for the governor said temporary ferries would run from Thursday.
"""


def test_a_products_heading_is_no_outlet():
    assert product_name("Lakeside Newsletters")
    assert product_name("The Harbour Herald Podcasts")
    assert refused("Lakeside Newsletters")
    assert not product_name("Lakeside Herald")
    assert not product_name("Newsletters")  # a word alone is furniture's business, not a product's
    assert not refused("Lakeside Herald")


def test_the_known_masthead_stands_where_a_products_box_is_refused(tmp_path):
    assert _stored(tmp_path, SIGN_UP_PAGE) == "Rudaw"


def test_a_stations_frequency_and_a_sites_electronic_edition_are_no_part_of_the_name():
    from archive.extract.outlet_forms import bare_name

    assert bare_name("Radio Hilltop Valley 97.3 FM") == "Radio Hilltop Valley"
    assert bare_name("Lake FM 99,8 MHz") == "Lake FM"
    assert bare_name("راديو الوادي 94.5 إف إم") == "راديو الوادي"
    assert bare_name("Radio 104 FM") == "Radio 104 FM"  # a number that is the name itself
    assert bare_name("Kanal 24") == "Kanal 24"
    assert bare_name("صحيفة الوادي الإلكترونية") == "الوادي"


def test_a_sites_slug_grows_to_the_name_its_page_writes():
    from archive.extract.outlet_agreement import grown_slug

    names = [("The Harbour Town Ledger", "head"), ("The Harbour Town Ledger", "foot")]
    assert grown_slug("harbourtown", names, "The Harbour Town Ledger") == "The Harbour Town Ledger"
    assert grown_slug("harbourtown", [("Harbour Town Ledger", "foot")]) == "Harbour Town Ledger"
    assert grown_slug("Harbour Town", names) is None  # no slug
    assert grown_slug("meadow", names) is None  # the page writes no name it begins


def test_a_camel_cased_masthead_is_the_name_the_page_spells_out(tmp_path):
    from archive.extract.outlet_forms import spelled_out

    assert spelled_out("LakeStar", ["By Jo Doe", "Lake Star"]) == "Lake Star"
    assert spelled_out("HillStar", ["Reporting by The Hillborough Star"]) == "The Hillborough Star"
    assert spelled_out("HillStar", ["The Hillborough Sun"]) is None
    page = """HillStar
News  Sport  Opinion

Council votes to reopen the old ferry landing after two years

Mara Quint
Hillborough Star
Published 9:10 a.m. June 2, 2024

The county council voted on Tuesday to reopen the ferry landing that has stood closed since the storm two winters ago.

Members said the repairs would be paid from the harbour fund and that the first crossings could run by the end of the summer.

Residents of the island villages told the meeting they had waited too long for a crossing shorter than the bridge road.

Contact Mara Quint at mquint@hillstar.example.
"""
    assert _stored(tmp_path, page) == "Hillborough Star"


def test_a_masthead_in_capitals_is_written_as_the_copyright_line_writes_it(tmp_path):
    from archive.extract.outlet_forms import copyright_names, cased_form

    assert copyright_names(["Hemû maf parastî ne © 2022 Lakepress | www.lakepress.example"]) == ["Lakepress"]
    assert cased_form("LAKEPRÊSS", "Lakepress")
    assert cased_form("RADYOYA ÇEM · Hilltown", "Radyoya Çem")
    assert not cased_form("Lakepress", "Lakepress")
    page = """RADYOYA ÇEM · Hilltown
Destpêk | Nûçe | Bername

Li gundê jorîn av dîsa hat birîn

12.05.2024 - Rojda Xelîl

Li gundê jorîn ji sê rojan ve av nayê. Niştecih dibêjin ku pompeya avê xera bûye û kes nehatiye çêkirin.

Rêveberiya herêmê got ku tîma teknîkî dê sibê bigihîje gund û pompeyê biguherîne.

Malbatên gund niha avê ji kaniya kevn a li binê çiyê tînin.

© 2024 Radyoya Çem. Hemû maf parastî ne.
"""
    assert _stored(tmp_path, page) == "Radyoya Çem"


def test_a_name_written_in_two_scripts_is_stored_in_its_latin_form():
    from archive.extract.outlet_names import canonical_outlet

    assert canonical_outlet("Lakepress | ليك برس") == "Lakepress"
    assert canonical_outlet("ليك برس | Lakepress") == "Lakepress"
    assert canonical_outlet("Syria | Rudaw") == "Rudaw"


def test_a_breadcrumb_trail_is_no_outlet():
    from archive.extract.outlet_refusals import breadcrumb

    assert breadcrumb("Main / Press centre / Statements")
    assert breadcrumb("Home > Region")
    assert refused("Home » News » Region")
    assert not breadcrumb("Lakepress / ليك برس")  # one name in two scripts
    assert not refused("Lake Herald")


def test_an_unknown_name_written_only_as_the_start_of_longer_names_is_none():
    from archive.extract.outlet_guards import guarded, only_a_longer_names_start

    lines = ["Hill Valley Gazette | Daily news from the valley",
             "The Hillfolk Orthodox Diocese said it had opened two halls.",
             "The Hillfolk Youth Council said volunteers were ready.",
             "Hillfolk families left the quarter on foot."]
    assert only_a_longer_names_start("The Hillfolk", lines)
    assert guarded("The Hillfolk", lines) is None
    assert not only_a_longer_names_start("The Hillfolk", lines + ["Reporting by The Hillfolk."])
    # a company's form after the name is no longer name: the copyright holder is the outlet
    assert not only_a_longer_names_start("Lake Express", ["© 2021 Lake Express Newspapers. All rights reserved."])


def test_a_short_form_of_the_outlet_its_domain_is_on_is_that_outlet(tmp_path):
    import json
    import sqlite3

    from click.testing import CliRunner

    from archive.cli import cli
    from archive.extract.outlet_agreement import domain_form

    assert domain_form("The News", [("The News International", "domain")]) == "The News International"
    assert domain_form("The Views", [("The News International", "domain")]) is None
    assert domain_form("The News", [("The News International", "head")]) is None  # only the domain's outlet
    record = {"title": "Families return from the camps", "outlet": "The News",
              "url": "https://www.thenews.com.pk/print/4455", "published": "2024-08-19",
              "body": "A woman and her two children who had been held in a camp for two years returned home on Monday.\n\n"
                      "Officials said more families were expected to return before the end of the year."}
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    db = tmp_path / "a.db"
    result = CliRunner().invoke(cli, ["import", str(db), str(path), "--silent"])
    assert result.exit_code in (0, 1), result.output
    rows = sqlite3.connect(db).execute("select o.name from articles a join outlets o on o.id = a.outlet").fetchall()
    assert rows == [("The News International",)]


def test_the_common_short_forms_of_known_outlets_are_their_aliases():
    from archive.extract.outlet_names import canonical_outlet

    assert canonical_outlet("NST") == "New Straits Times"


def test_a_markup_tag_in_a_name_is_no_breadcrumb_arrow():
    from archive.extract.outlet_refusals import breadcrumb

    assert not breadcrumb("Lake & <b>Co</b>")
    assert breadcrumb("Home > News >")
