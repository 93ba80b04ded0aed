"""Labelled-record exports of ProQuest and EBSCOhost (archive/readers/record_exports.py), as a
researcher downloads them: text, HTML (another interface language), PDF; documents parted by rules
and numbering lines, a cover, a table of contents and a footer that are no documents."""

import sqlite_utils

from tiny_pdf import pdf_bytes

RULE = "_" * 60
PROQUEST = f"""{RULE}

Report Information from ProQuest
03 May 2024 10:02
{RULE}

Table of contents

1. Ghuwayran prison guards brace for new attacks
2. Mothers in al-Hol annex ask for their sons

{RULE}

Document 1 of 2

Ghuwayran prison guards brace for new attacks

Author: Haddad, Nour

Publication info: The Lakeside Observer ; Duluth, Minn. [Duluth, Minn]. 22 Jan 2023: A.4.

ProQuest document link

Abstract: None available.

Full text: HASAKAH, Syria - A year after the siege of the Ghuwayran prison, its guards say they expect another attempt to free the men inside.
The walls have been raised and new towers built, a commander said, but the prison still holds thousands of men from dozens of countries.
"We are guarding the world's problem with our own young men," he said.
Credit: By Nour Haddad; Staff Writer

Subject: Prisons; Terrorism
Location: Syria
Title: Ghuwayran prison guards brace for new attacks
Publication title: The Lakeside Observer; Duluth, Minn.
Publication year: 2023
Publication date: Jan 22, 2023
Section: WORLD
Source type: Newspaper
Language of publication: English
ProQuest document ID: 2767712093
Document URL: https://www.proquest.com/newspapers/ghuwayran-guards/docview/2767712093/se-2
Copyright: Copyright Lakeside Media Jan 22, 2023
Database: ProQuest Central

{RULE}

Document 2 of 2

Mothers in al-Hol annex ask for their sons

Author: Brennan, Kate; Yusuf, Adil

Publication info: The Harbor Ledger ; Portland, Me. [Portland, Me]. 09 Jun 2023: B.2.

Full text: Women in the annex of the al-Hol camp say boys taken from the camp when they turn twelve have not been heard from since.
Camp officials say the boys are moved to rehabilitation centres, but families say no one tells them where.
Aid groups have asked for a list of the centres and the names of the boys held in each.

Subject: Refugee camps; Children
Title: Mothers in al-Hol annex ask for their sons
Publication title: The Harbor Ledger; Portland, Me.
Publication date: Jun 9, 2023
Language of publication: English
ProQuest document ID: 2824410551
Database: ProQuest Central

{RULE}

Contact ProQuest
Copyright © 2024 ProQuest LLC. All rights reserved.
"""

EBSCO = """Record: 1
Title: Water station outage leaves camp thirsty.
Authors: Whitlock, Dana
Source: Prairie Morning Star. 8/14/2020, p7-7. 1p.
Document Type: Article
Subject Terms: *WATER supply
*REFUGEE camps
Geographic Terms: SYRIA
Accession Number: 8N2020814077
Database: Newspaper Source

The Alouk water station near Ras al-Ain stopped pumping again this week, leaving the al-Hol camp and the city of Hasakah short of drinking water.
Aid groups trucked water into the camp, but officials said the deliveries met only a fraction of what its residents need.

Copyright of Prairie Morning Star is the property of Prairie Morning Star Company and its content may not be copied or emailed to multiple sites without the copyright holder's express written permission.

Record: 2
Title: Turkish strikes hit oil sites near Qamishli.
Authors: Ferris, Owen
Source: Gulf Coast Tribune. 11/23/2022, p3-3. 1p.
Accession Number: 8N2022112301
Database: Newspaper Source

Turkish airstrikes hit oil facilities and a power station near Qamishli on Tuesday, the Kurdish-led administration said.
Officials said guards at a nearby camp were moved to shelters during the strikes and the camp was briefly left with fewer staff.

Copyright of Gulf Coast Tribune is the property of Gulf Coast Tribune and its content may not be copied without permission.
"""

PROQUEST_FR_HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Documents ProQuest</title></head><body>
<p>Rapport de ProQuest</p><hr>
<div><p>Document 1 de 1</p>
<h3>Rapatriements : une nouvelle attente au camp de Roj</h3>
<p><b>Auteur :</b> Lemoine, Aurélie</p>
<p><b>Informations de publication :</b> La Vigie de l'Estuaire ; Nantes [Nantes]. 24 janvier 2023: 5.</p>
<p><b>Texte intégral :</b> Au camp de Roj, les femmes françaises qui n'ont pas été rapatriées cet hiver disent ne plus rien savoir de leur dossier.</p>
<p>Les responsables kurdes du camp rappellent qu'ils réclament depuis longtemps le départ des ressortissants étrangers.</p>
<p><b>Titre :</b> Rapatriements : une nouvelle attente au camp de Roj</p>
<p><b>Date de publication :</b> 24 janvier 2023</p>
<p><b>Langue de publication :</b> Français</p>
<p><b>ID du document ProQuest :</b> 2769901124</p>
<p><b>Base de données :</b> ProQuest Central</p>
</div><hr><p>Contacter ProQuest</p></body></html>
"""


def stored(db_path):
    return list(sqlite_utils.Database(db_path).query(
        "select a.*, o.name as outlet_name from articles a left join outlets o on o.id = a.outlet "
        "order by source_path, source_record"))


def test_a_proquest_text_export_is_its_documents(cli, db_path, tmp_path):
    path = tmp_path / "ProQuestDocuments-2024-05-03.txt"
    path.write_text(PROQUEST, encoding="utf-8")
    result = cli("import", db_path, path, "--silent")
    assert result.exit_code == 0, result.output
    rows = stored(db_path)
    assert [(r["source_record"], r["title"], r["outlet_name"], r["published"], r["author"]) for r in rows] == [
        (1, "Ghuwayran prison guards brace for new attacks", "The Lakeside Observer", "2023-01-22", "Nour Haddad"),
        (2, "Mothers in al-Hol annex ask for their sons", "The Harbor Ledger", "2023-06-09",
         "Kate Brennan and Adil Yusuf")]
    first = rows[0]
    assert first["body"].startswith("HASAKAH, Syria - A year after the siege")
    assert first["body"].rstrip().endswith('"We are guarding the world\'s problem with our own young men," he said.')
    assert "Subject:" not in first["body"] and "Credit:" not in first["body"]
    assert first["language"] == "en" and first["section"] == "WORLD"
    assert first["url"] == "https://www.proquest.com/newspapers/ghuwayran-guards/docview/2767712093/se-2"
    again = cli("import", db_path, path, "--silent")  # known by the document id
    assert "0 imported, 0 updated, 2 unchanged" in again.output


def test_an_ebsco_print_export_with_wrapped_fields(cli, db_path, tmp_path):
    path = tmp_path / "ebsco results.txt"
    path.write_text(EBSCO, encoding="utf-8")
    result = cli("import", db_path, path, "--silent")
    assert result.exit_code == 0, result.output
    rows = stored(db_path)
    assert [(r["title"], r["outlet_name"], r["published"], r["author"]) for r in rows] == [
        ("Water station outage leaves camp thirsty.", "Prairie Morning Star", "2020-08-14", "Dana Whitlock"),
        ("Turkish strikes hit oil sites near Qamishli.", "Gulf Coast Tribune", "2022-11-23", "Owen Ferris")]
    assert rows[0]["body"].startswith("The Alouk water station")  # the subject terms' wrapped line is no text
    assert "Copyright of" not in rows[0]["body"] and "property of" in (rows[0]["copyright"] or "")


def test_a_proquest_html_export_in_french(cli, db_path, tmp_path):
    path = tmp_path / "ProQuestDocuments.html"
    path.write_text(PROQUEST_FR_HTML, encoding="utf-8")
    result = cli("import", db_path, path, "--silent")
    assert result.exit_code == 0, result.output
    [row] = stored(db_path)
    assert (row["title"], row["outlet_name"], row["published"], row["author"], row["language"]) == (
        "Rapatriements : une nouvelle attente au camp de Roj", "La Vigie de l'Estuaire", "2023-01-24",
        "Aurélie Lemoine", "fr")
    assert row["body"].startswith("Au camp de Roj, les femmes") and "Titre :" not in row["body"]


def test_a_proquest_export_printed_to_pdf(cli, db_path, tmp_path):
    lines = [line for line in PROQUEST.replace("HASAKAH, Syria - ", "HASAKAH, Syria, ").splitlines() if line.strip()]
    path = tmp_path / "ProQuestDocuments.pdf"
    path.write_bytes(pdf_bytes(lines, footer="Page {n} of {total}", lines_per_page=58))
    result = cli("import", db_path, path, "--silent")
    assert result.exit_code == 0, result.output
    rows = stored(db_path)
    assert [(r["title"], r["published"]) for r in rows] == [
        ("Ghuwayran prison guards brace for new attacks", "2023-01-22"),
        ("Mothers in al-Hol annex ask for their sons", "2023-06-09")]
    assert rows[1]["body"].startswith("Women in the annex of the al-Hol camp say boys taken")
    assert "Page 1 of" not in rows[0]["body"] and "Subject:" not in rows[1]["body"]


EBSCO_HTML = """<html><head><meta charset="utf-8"><title>EBSCOhost: Print</title></head><body>
<h2>Record: 1</h2><dl>
<dt>Title:</dt><dd>Cholera cases confirmed near Raqqa camps.</dd>
<dt>Authors:</dt><dd>Delgado, Marisol</dd>
<dt>Source:</dt><dd>Riverside Evening Courier. 9/27/2022, p4-4. 1p.</dd>
<dt>Subject Terms:</dt><dd>*CHOLERA<br>*REFUGEE camps</dd>
<dt>Accession Number:</dt><dd>9K2022092704</dd>
<dt>Database:</dt><dd>Newspaper Source</dd></dl>
<div><p>Health workers confirmed cases of cholera in camps near Raqqa this week and warned that the al-Hol camp could be next.</p>
<p>Aid groups said clean water was the most urgent need, as the Euphrates ran low after a dry summer.</p></div>
<hr><h2>Record: 2</h2><dl>
<dt>Title:</dt><dd>Judges weigh charges for women back from Roj.</dd>
<dt>Source:</dt><dd>Lakeside Herald. 1/12/2023, p9-9. 1p.</dd>
<dt>Accession Number:</dt><dd>9K2023011209</dd>
<dt>Database:</dt><dd>Newspaper Source</dd></dl>
<div><p>Prosecutors are weighing charges against three women who returned from the Roj camp last month, a court spokesman said.</p>
<p>Their children are living with relatives while social services assess them.</p></div>
</body></html>"""


def test_an_ebsco_print_page_whose_labels_stand_over_their_values(cli, db_path, tmp_path):
    path = tmp_path / "EBSCOhost print.html"
    path.write_text(EBSCO_HTML, encoding="utf-8")
    result = cli("import", db_path, path, "--silent")
    assert result.exit_code == 0, result.output
    rows = stored(db_path)
    assert [(r["title"], r["outlet_name"], r["published"], r["author"]) for r in rows] == [
        ("Cholera cases confirmed near Raqqa camps.", "Riverside Evening Courier", "2022-09-27", "Marisol Delgado"),
        ("Judges weigh charges for women back from Roj.", "Lakeside Herald", "2023-01-12", None)]
    assert rows[0]["body"].startswith("Health workers confirmed") and "REFUGEE" not in rows[0]["body"]


def test_labels_over_their_values_and_a_sentence_opening_like_a_label(cli, db_path, tmp_path):
    """ProQuest's text with each label on a line of its own; a paragraph of the text that opens
    "Source:" is text (a sentence, and no field follows it)."""
    path = tmp_path / "ProQuestDocuments-2019.txt"
    path.write_text(
        "Document 1 of 1\n\nKurds say they cannot hold foreign fighters forever\n\nAuthor:\nDalton, Grace\n\n"
        "Publication info:\nThe Coastal Observer ; Wilmington, N.C. [Wilmington, N.C]. 20 Oct 2019: A.1.\n\n"
        "Full text:\nQAMISHLI, Syria -- Kurdish officials warned on Saturday that prisons holding suspects could be "
        "left unguarded as the offensive moved south.\n"
        "Source: officials quoted said the prisons hold about 10,000 men, some 2,000 of them foreigners.\n"
        "The United States has urged the Kurdish-led forces to keep the prisons secure.\n\n"
        "Subject: Prisons\nPublication title: The Coastal Observer; Wilmington, N.C.\nPublication date: Oct 20, 2019\n"
        "ProQuest document ID: 2306155210\nDatabase: ProQuest Central\n", encoding="utf-8")
    result = cli("import", db_path, path, "--silent")
    assert result.exit_code == 0, result.output
    [row] = stored(db_path)
    assert (row["title"], row["outlet_name"], row["published"], row["author"]) == (
        "Kurds say they cannot hold foreign fighters forever", "The Coastal Observer", "2019-10-20", "Grace Dalton")
    assert row["body"].split("\n\n")[1].startswith("Source: officials quoted said")
    assert row["body"].rstrip().endswith("keep the prisons secure.")
