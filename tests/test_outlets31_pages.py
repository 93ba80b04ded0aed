"""Which sign names the publication (round 31, helper outlets31): the outlet the import stores for
invented files of each family, and one import whose export names a site its scraper's records do not."""

import json

import sqlite_utils

from archive.pipeline import Importer
from indexer.sync import Archive
from tests.imported_outlet import imported_outlet

PARAS = ["The port authority said on Tuesday that forty families had returned to the harbour district "
         "and would be housed in the old warehouses over the coming months.",
         "Officials said the schools had prepared places for the children and that a social worker would "
         "visit every family at least once a month during the first year.",
         "Aid groups welcomed the decision but said more funding was needed for the programme."]
HTML_BODY = "".join(f"<p>{p}</p>" for p in PARAS)
TEXT_BODY = "\n\n".join(PARAS)


def test_a_stated_site_name_with_its_slogan(tmp_path):
    page = ("<html><head><meta property=\"og:site_name\" content=\"Harbourcheck.org — periodismo que revisa los puertos\">"
            "<title>Families return to the harbour · Harbourcheck.org</title></head><body><h1>Families return to the "
            "harbour</h1><div class=\"date\">14 March 2023</div>" + HTML_BODY + "</body></html>")
    assert imported_outlet(tmp_path, "check.html", page) == "Harbourcheck.org"


def test_a_cms_site_title_linking_its_own_root(tmp_path):
    page = ("<html><head><title>Families return to the harbour | Harbourline</title></head>"
            "<body class=\"post-template-default single-post\"><div id=\"header\"><h1 class=\"site-title\">"
            "<a href=\"https://www.harbourline.example\">Harbourline</a></h1><p class=\"site-description\">Notes on "
            "ports</p></div><div class=\"post\"><h2 class=\"entry-title\">Families return to the harbour</h2>"
            "<div class=\"entry-content\">" + HTML_BODY + "</div></div></body></html>")
    assert imported_outlet(tmp_path, "line.html", page) == "Harbourline"


def test_a_header_and_footer_marked_in_french(tmp_path):
    page = ("<html><head><title>Les Cahiers du Port - Le retour des familles</title></head><body>"
            "<div id=\"entete\"><img alt=\"Les cahiers du port\"> Le port et son histoire</div>"
            "<h1>Le retour des familles</h1><div class=\"texte\">" + HTML_BODY + "</div>"
            "<div id=\"pied\">Les cahiers du port © 2024 - Contact</div></body></html>")
    assert imported_outlet(tmp_path, "cahiers.html", page) == "Les cahiers du port"


def test_a_brand_beside_the_body_its_footer_names_as_holder(tmp_path):
    page = ("<html><head><title>Harbour Courts Portal - Press</title></head><body>"
            "<div id=\"cabecera\">HARBOUR COURTS PORTAL · Council of the Harbour Courts</div>"
            "<h2>Families return to the harbour</h2>" + HTML_BODY
            + "<div id=\"pie\">© Council of the Harbour Courts · Legal notice</div></body></html>")
    assert imported_outlet(tmp_path, "courts.html", page) == "Council of the Harbour Courts"


def test_a_magazines_masthead_over_its_issue_line(tmp_path):
    text = ("Hafenblatt Die Wochenzeitung\nNr. 12 · 4. April 2024\n\nINTERNATIONAL\n\n"
            "Families return to the harbour\n\nVon Ilona Marsh\n\n" + TEXT_BODY + "\n")
    assert imported_outlet(tmp_path, "blatt.txt", text) == "Hafenblatt Die Wochenzeitung"


def test_a_masthead_over_a_breadcrumb_its_text_names_by_its_head(tmp_path):
    text = ("Grote Havenraad der Provinciën\nHome > Nieuws > Havennieuws\n\nGezinnen keren terug naar de haven\n\n"
            "Nieuwsbericht | 16-05-2024 | 17:45\n\n" + TEXT_BODY
            + "\n\nHet verslag van het debat staat binnenkort op de website van de Grote Havenraad.\n")
    assert imported_outlet(tmp_path, "raad.txt", text) == "Grote Havenraad der Provinciën"


def test_an_export_names_the_site_a_scrapers_records_give_by_address(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    rows = ["Item ID,Headline,Source,Pub. Date,Full Text,URL"]
    for n, day in enumerate(("03/02/2022", "05/07/2022"), 1):
        rows.append(f"M{n},Families return {n},\"HARBOURLINE (UK) - Web\",{day},\"{PARAS[0]} A spokesman told "
                    f"Harbourline the plan was final. {PARAS[1]}\",https://www.harbourline.example/story-{n}")
    (folder / "monitoring.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    record = {"url": "https://www.harbourline.example/story-9", "site": "www.harbourline.example",
              "title": "Harbour schools open", "date": "07.10.2021", "text": TEXT_BODY}
    (folder / "scrape.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    with Archive(tmp_path / "archive.db") as archive:
        Importer(archive).run([str(folder)])
    names = [row[0] for row in sqlite_utils.Database(tmp_path / "archive.db").execute(
        "select o.name from articles a left join outlets o on o.id = a.outlet")]
    assert names == ["Harbourline"] * 3



def test_a_source_cell_takes_the_imports_reading_of_it_beside_its_address(monkeypatch):
    """The import's pass over its rows read the cell with the row's whole text; the record's own text
    may since have lost the line naming the outlet (a writer's note cut by the reader)."""
    from archive.extract import import_outlets, outlets

    names = import_outlets.ImportNames()
    names.add_host("https://www.harbourwatch.org/story-1", "HarbourWatch")
    monkeypatch.setattr(import_outlets, "current", lambda: names)
    assert outlets._import_form("Harbourwatch.org", "https://www.harbourwatch.org/story-2") == "HarbourWatch"
    assert outlets._import_form("HARBOURWATCH", "https://harbourwatch.org/story-3") == "HarbourWatch"
    assert outlets._import_form("Harbour Times", "https://www.harbourwatch.org/story-4") is None
