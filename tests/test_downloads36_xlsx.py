"""Excel workbooks (.xlsx) of a monitoring service's export, read as a CSV file's rows (issue #13,
round 36): shared, inline and rich strings, dates as serial numbers (1900 and 1904 systems, built-in
and custom date formats), a report's lines over the header, a summary sheet before the articles, the
record numbered by the row the spreadsheet shows. The workbooks are built by tests/tiny_xlsx.py."""

import datetime as dt
import zipfile

import sqlite_utils

from tiny_xlsx import Date, write_xlsx

PRISON = ("Fighters of the Islamic State group attacked the Ghuwayran prison in al-Hasakah late on Thursday, "
          "setting off a truck bomb at its outer wall.\nGuards said several hundred detainees had tried to break "
          "out during the night, and that the fighting moved into the streets of the Ghuwayran district.")
CAMP = ("The administration of north-east Syria handed twelve children from the Roj camp to a delegation from "
        "their mothers' country on Tuesday.\n\nOfficials at the Semalka crossing said the children were between "
        "four and eleven years old and would be taken to relatives once they arrived.")
COURT = ("A court in Qamishli began hearing the cases of local men accused of guarding the Islamic State group's "
         "prisons, the region's justice council said on Sunday.\n\nLawyers for two of the men told the hearing that "
         "they had been forced to work for the group and asked for more time to bring witnesses.")


def stored(db_path):
    return list(sqlite_utils.Database(db_path).query(
        "select a.*, o.name as outlet_name from articles a left join outlets o on o.id = a.outlet "
        "order by source_path, source_record"))


def test_a_cision_workbook_its_dates_serial_numbers_and_its_rows_numbered_as_shown(cli, db_path, tmp_path):
    path = tmp_path / "Cision export Hasakah.xlsx"
    write_xlsx(path, [("News", [
        ["News Date", "Outlet Name", "News Headline", "News Text", "Journalist", "Language", "URL"],
        [Date(dt.datetime(2022, 1, 21, 8, 30), style=2), "Valley Courier", "Truck bomb opens attack on Hasakah prison",
         PRISON, "Dilan Yusuf", "English", "https://valley-courier.example/hasakah-prison"],
        [Date(dt.date(2023, 3, 14)), "Plains Tribune", "Twelve children leave Roj camp", CAMP, "Noor Kassem",
         "English", "https://plains-tribune.example/roj"],
    ])], rich=True)
    result = cli("import", db_path, path, "--silent")
    assert result.exit_code == 0, result.output
    first, second = stored(db_path)
    assert (first["source_record"], first["title"], first["outlet_name"], first["published"], first["author"],
            first["language"]) == (2, "Truck bomb opens attack on Hasakah prison", "Valley Courier", "2022-01-21",
                                   "Dilan Yusuf", "en")
    assert first["body"].startswith("Fighters of the Islamic State group attacked the Ghuwayran prison")
    assert first["body"].rstrip().endswith("streets of the Ghuwayran district.")
    assert (second["source_record"], second["published"], second["url"]) == (
        3, "2023-03-14", "https://plains-tribune.example/roj")
    again = cli("import", db_path, path)
    assert "2 unchanged" in again.output, again.output


def test_a_brandwatch_workbook_with_report_lines_over_its_header_and_the_1904_date_system(cli, db_path, tmp_path):
    path = tmp_path / "Mentions - Qamishli courts.xlsx"
    write_xlsx(path, [("Mentions", [
        ["Brandwatch Consumer Research"], ["Report:", "Mentions"], ["Query:", "Qamishli trials"],
        ["Date range:", "2023-01-01 - 2023-06-30"], [],
        ["Query Id", "Date", "Title", "Url", "Domain", "Author", "Full Text", "Language", "Sentiment"],
        ["3004", Date(dt.datetime(2023, 5, 7, 10, 5)), "Qamishli court hears cases of former prison guards",
         "https://eastern-ledger.example/qamishli", "eastern-ledger.example", "Hevin Ali", COURT, "en", "neutral"],
        ["3005", Date(dt.datetime(2023, 5, 9, 16, 40)), "Roj camp: twelve children handed over at Semalka",
         "https://north-wire.example/roj", "north-wire.example", "", CAMP, "en", "neutral"],
    ])], date1904=True, inline=True)
    result = cli("import", db_path, path, "--silent")
    assert result.exit_code == 0, result.output
    rows = stored(db_path)
    assert [(r["source_record"], r["title"], r["published"]) for r in rows] == [
        (7, "Qamishli court hears cases of former prison guards", "2023-05-07"),
        (8, "Roj camp: twelve children handed over at Semalka", "2023-05-09")]
    assert rows[0]["author"] == "Hevin Ali"
    assert rows[0]["body"].startswith("A court in Qamishli began hearing")


def test_the_articles_sheet_after_a_summary_sheet_and_a_lead_column_its_only_text(cli, db_path, tmp_path):
    path = tmp_path / "meltwater_export.xlsx"
    write_xlsx(path, [
        ("Summary", [["Search", "Hasakah prison"], ["Mentions", 2], ["Reach", 1200000]]),
        ("Mentions", [
            ["Date", "Headline", "URL", "Opening Text", "Hit Sentence", "Source", "Influencer", "Country", "Language"],
            [Date(dt.date(2022, 1, 22)), "Hasakah prison: fighting reaches Ghuwayran district",
             "https://north-wire.example/ghuwayran", PRISON.replace("\n", " "), "…", "North Wire", "Sara Bakr",
             "Syria", "English"],
            [Date(dt.date(2022, 1, 30)), "Qamishli court to try former guards", "https://eastern-ledger.example/court",
             COURT.replace("\n\n", " "), "", "Eastern Ledger", "", "Syria", "English"],
        ]),
        ("Hidden", [["a", "b"]]),
    ], hidden=("Hidden",))
    result = cli("import", db_path, path)
    assert result.exit_code == 0, result.output
    assert "'Opening Text' as the body" in result.output  # said once, with the --map that confirms it
    rows = stored(db_path)
    assert [(r["source_record"], r["outlet_name"], r["published"]) for r in rows] == [
        (2, "North Wire", "2022-01-22"), (3, "Eastern Ledger", "2022-01-30")]
    assert rows[0]["body"].startswith("Fighters of the Islamic State group")


def test_escaped_characters_line_breaks_and_a_workbook_in_a_zip(cli, db_path, tmp_path):
    inner = tmp_path / "export.xlsx"
    text = CAMP.replace("\n\n", "_x000D_\n_x000D_\n")  # Excel writes a carriage return as _x000D_
    write_xlsx(inner, [("Sheet1", [["title", "body", "outlet", "published"],
                                   ["Roj camp handover", text, "Plains Tribune", "2023-03-14"]])])
    bundle = tmp_path / "exports.zip"
    with zipfile.ZipFile(bundle, "w") as package:
        package.write(inner, "march/export.xlsx")
    inner.unlink()
    result = cli("import", db_path, bundle, "--silent")
    assert result.exit_code == 0, result.output
    [row] = stored(db_path)
    assert row["source_path"].endswith("exports.zip!/march/export.xlsx") and row["source_record"] == 2
    assert "_x000D_" not in row["body"] and "\r" not in row["body"]
    assert row["body"].split("\n\n")[1].startswith("Officials at the Semalka crossing")


def test_a_broken_workbook_and_one_without_a_text_column_are_reported(cli, db_path, tmp_path):
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    figures = tmp_path / "figures.xlsx"
    write_xlsx(figures, [("Sheet1", [["Outlet", "Mentions", "Reach"], ["North Wire", 4, 1200],
                                     ["Plains Tribune", 2, 800]])])
    result = cli("import", db_path, broken, figures)
    assert "broken.xlsx: not an .xlsx file" in result.output, result.output
    assert "figures.xlsx: no body column found" in result.output
    assert stored(db_path) == []


def test_serial_dates_in_both_systems_and_date_formats():
    from archive.readers.xlsx import date_format, serial_date

    assert serial_date(44582) == "2022-01-21"
    assert serial_date(44582.5) == "2022-01-21T12:00:00"
    assert serial_date(44582 - 1462, date1904=True) == "2022-01-21"
    assert serial_date(1) == "1900-01-01"
    assert [date_format(code) for code in ("dd.mm.yyyy hh:mm", "[$-409]d mmm yyyy", "0.00", '"day "0',
                                           "h:mm", "General")] == [True, True, False, False, False, False]


def test_titles_ending_on_their_outlets_name_lose_it_where_the_record_confirms_it(cli, db_path, tmp_path):
    from tiny_xlsx import write_xlsx as write

    path = tmp_path / "talkwalker results.xlsx"
    write(path, [("Results", [
        ["url", "published", "title", "content", "lang"],
        ["https://www.northwire.example/hasakah", "2022-01-31", "Fighting ends at Ghuwayran prison | North Wire", PRISON,
         "en"],
        ["https://vc.example/roj", "2023-03-14", "Twelve children leave Roj camp - Valley Courier", CAMP, "en"],
        ["https://eastern-ledger.example/qamishli", "2023-05-07", "Qamishli court tries prison guards - Eastern Ledger", COURT, "en"],
    ])])
    result = cli("import", db_path, path, "--silent")
    assert result.exit_code == 0, result.output
    rows = stored(db_path)
    assert [(r["title"], r["outlet_name"]) for r in rows] == [
        ("Fighting ends at Ghuwayran prison", "North Wire"), ("Twelve children leave Roj camp", "Valley Courier"),
        ("Qamishli court tries prison guards", "Eastern Ledger")]


def test_a_headlines_own_dash_stays(cli, db_path, tmp_path):
    from tiny_xlsx import write_xlsx as write

    path = tmp_path / "sheet.xlsx"
    write(path, [("Sheet1", [
        ["url", "published", "title", "content", "source"],
        ["https://northwire.example/a", "2022-01-31", "Hasakah after the siege - A Long Wait", PRISON, "North Wire"],
        ["https://northwire.example/b", "2023-03-14", "Roj camp - The Children Who Left", CAMP, "North Wire"],
        ["https://northwire.example/c", "2023-05-07", "Qamishli trials begin", COURT, "North Wire"],
    ])])
    result = cli("import", db_path, path, "--silent")
    assert result.exit_code == 0, result.output
    assert [r["title"] for r in stored(db_path)] == [
        "Hasakah after the siege - A Long Wait", "Roj camp - The Children Who Left", "Qamishli trials begin"]


def test_an_outlet_column_holding_the_sites_address_takes_the_name_the_title_ends_on(cli, db_path, tmp_path):
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerows([
        ["Title", "Domain", "Url", "Full Text", "Date"],
        ["Fighting ends at Ghuwayran prison | Eastern Ledger", "easternledger.example",
         "https://easternledger.example/a", PRISON, "2022-01-31"],
        ["Twelve children leave Roj camp - Valley Courier", "vc.example", "https://vc.example/b", CAMP, "2023-03-14"]])
    path = tmp_path / "mentions.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    result = cli("import", db_path, path, "--silent", "--map", "Domain=outlet")
    assert result.exit_code == 0, result.output
    assert [(r["title"], r["outlet_name"]) for r in stored(db_path)] == [
        ("Fighting ends at Ghuwayran prison", "Eastern Ledger"), ("Twelve children leave Roj camp", "Valley Courier")]
