"""Which sign names a local or regional publication (round 32, helper outlets32): a browser's reader
view, a media group's copyright under the publication a page states, a regional title on its group's
shared site, a site name with its motto in an export's field, a Hijri year after a copyright holder, a
forwarder's own mailbox. Invented texts throughout."""

import pytest

from archive.extract.outlet_footers import footer_outlet
from archive.extract.outlet_refusals import personal_sender
from archive.extract.source_columns import tool_source
from tests.imported_outlet import imported_outlet

PARAS = ["The county council said on Monday that nine families had moved into the new flats by the river "
         "and that the last of them would arrive before the end of the month.",
         "A spokesperson said the schools nearby had kept places for the children, and that a liaison "
         "officer would visit each family every week during the first term.",
         "Residents' groups welcomed the move but asked for more evening buses to the estate."]
HTML_BODY = "".join(f"<p>{p}</p>" for p in PARAS)


def _reader_view(href: str, shown: str, credits: str, last: str = "") -> str:
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Families settle by the river</title>"
            "<link rel=\"stylesheet\" href=\"chrome://global/skin/aboutReader.css\"></head><body class=\"light\">"
            "<div class=\"container\"><div class=\"header reader-header\">"
            f"<a class=\"domain reader-domain\" href=\"{href}\">{shown}</a><div class=\"domain-border\"></div>"
            "<h1 class=\"reader-title\">Families settle by the river</h1>"
            f"<div class=\"credits reader-credits\">{credits}</div></div><hr><div class=\"content\">"
            "<div class=\"moz-reader-content\"><div id=\"readability-page-1\" class=\"page\">"
            + HTML_BODY + (f"<p>{last}</p>" if last else "") + "</div></div></div></div></body></html>")


@pytest.mark.parametrize("href, shown, credits, last, outlet", [
    # the name the page writes is the domain's label, letter for letter
    ("https://www.millbrookcourier.com/news/2022/05/families/", "millbrookcourier.com",
     "Dana Whitlow", "Tips for the Millbrook Courier newsroom: news@millbrookcourier.com", "Millbrook Courier"),
    ("https://www.harbourblatt.ch/region/familien-ld.77", "harbourblatt.ch", "Ruth Amsler",
     "Copyright © Harbour Blatt. Alle Rechte vorbehalten.", "Harbour Blatt"),
    # a domain the data knows: its outlet
    ("https://www.aftenbladet.no/lokalt/i/x1/familier", "aftenbladet.no", "Kari Lunde", "", "Stavanger Aftenblad"),
    # a domain the page writes in no name: none
    ("https://www.lakesidenotes.com/x/", "lakesidenotes.com", "Jo Park", "", None),
])
def test_a_reader_view_is_named_by_its_own_address(tmp_path, href, shown, credits, last, outlet):
    assert imported_outlet(tmp_path, "reader.html", _reader_view(href, shown, credits, last)) == outlet


def test_a_media_groups_copyright_under_the_publisher_a_page_states(tmp_path):
    page = ("<html><head><title>Families settle by the river</title><script type=\"application/ld+json\">"
            "{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", \"headline\": \"Families settle by the river\","
            " \"datePublished\": \"2022-05-03T10:00:00Z\", \"publisher\": {\"@type\": \"Organization\", \"name\": \"Euronews\"}}"
            "</script></head><body><main><h1>Families settle by the river</h1>" + HTML_BODY
            + "<p>One mother told Euronews the flats were warm and dry.</p></main>"
            "<footer>© 2022 Harbourline Media<br>Harbourline Media Limited (Company 0123456)</footer></body></html>")
    assert imported_outlet(tmp_path, "page.html", page) == "Euronews"


def test_a_regional_title_on_its_groups_shared_site(tmp_path):
    page = ("<html><head><title>Families settle by the river</title>"
            "<meta property=\"og:site_name\" content=\"lakegroupnews.ie\">"
            "<meta property=\"og:url\" content=\"https://www.lakegroupnews.ie/regionals/millbrooktimes/news/families-4411.html\">"
            "</head><body><div class=\"masthead\">Millbrook Times</div><main><h1>Families settle by the river</h1>"
            + HTML_BODY + "</main><footer>Millbrook Times<br>Lakegroup Media © 2022<br>Contact Us | Privacy</footer>"
            "</body></html>")
    assert imported_outlet(tmp_path, "page.html", page) == "Millbrook Times"


def test_a_site_name_with_its_motto_in_an_exports_field():
    assert tool_source("Harbour Times | The Voice of the Coast", "", "https://www.harbourtimesng.com/news/1") == "Harbour Times"
    assert tool_source("Harbour Times | The Voice of the Coast", "", None) is None  # no address: as it is


def test_a_hijri_year_after_a_copyright_holder():
    assert footer_outlet("جميع الحقوق محفوظة لنافذة الشمال ١٤٤٥هـ - ٢٠٢٣م") == "نافذة الشمال"


def test_a_forwarders_mailbox_of_her_given_name_and_initial():
    assert personal_sender("Jana N <jana.novak.research@mailhost.example>")
    assert not personal_sender("Harbour Notes <harbournotes@harbournotes.example>")


@pytest.mark.parametrize("written, stored", [
    ("ZDF", "ZDFheute"),  # a broadcaster's news site is named by its news brand, as BBC News is
    ("SVT", "SVT Nyheter"),
    ("Kayhan Life", "Kayhan Life"),  # its own English-language site, not Kayhan London
])
def test_a_broadcasters_news_brand_and_a_sister_site(written, stored):
    from archive.extract.outlet_names import canonical_outlet

    assert canonical_outlet(written) == stored


def _import_folder(tmp_path, files: dict) -> dict:
    import sqlite_utils

    from archive.pipeline import Importer
    from indexer.sync import Archive

    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    with Archive(tmp_path / "archive.db") as archive:
        Importer(archive).run([str(folder)])
    rows = sqlite_utils.Database(tmp_path / "archive.db").execute(
        "select a.source_path, o.name from articles a left join outlets o on o.id = a.outlet").fetchall()
    return {path.rsplit("/", 1)[-1]: name for path, name in rows}


def _story(headline: str, day: int, masthead: str = "", note: str = "") -> str:
    top = f"{masthead}\n\nHome | Region | Courts | Weather\n\n" if masthead else ""
    return (f"{top}{headline}\n\nBy Jo Park\nMarch {day}, 2023\n\n" + "\n\n".join(PARAS)
            + (f"\n\n{note}" if note else "") + "\n")


def test_a_folders_outlet_named_once_by_a_writers_note(tmp_path):
    stored = _import_folder(tmp_path, {
        "one.txt": _story("Nine families move into river flats", 3, masthead="Millbrook Daybook"),
        "two.txt": _story("Council adds evening buses to the estate", 9, masthead="Millbrook Daybook"),
        "three.txt": _story("Schools keep places for returning children", 14,
                            note="Jo Park is a correspondent for Millbrook Daybook based in Eastfield."),
    })
    assert stored["three.txt"] == "Millbrook Daybook"
