"""Media-monitoring exports (Meltwater, Brandwatch, Talkwalker): UTF-16 tab-separated files, a report's
preamble over the header row, languages written as names, columns named their way."""

import csv
import io

import sqlite_utils

BODY_1 = ("Dozens of trucks carried women and children out of Baghouz on Wednesday, the last patch of land held "
          "by the Islamic State group in eastern Syria.\n\nThe convoy drove north to the al-Hol camp, where aid "
          "groups said tents and water were already short.")
BODY_2 = ("Kurdish-led forces said on Monday that they had retaken the whole of the Ghuwayran prison in Hasakah, "
          "ten days after it was stormed.\nA spokesman said the last gunmen had surrendered in the basement.")


def stored(db_path):
    return list(sqlite_utils.Database(db_path).query(
        "select a.*, o.name as outlet_name from articles a left join outlets o on o.id = a.outlet "
        "order by source_path, source_record"))


def table(rows, delimiter=","):
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    for row in rows:
        writer.writerow(row)
    return buffer.getvalue()


def test_a_meltwater_export_in_utf16_with_its_column_names(cli, db_path, tmp_path):
    text = table([["Date", "Headline", "URL", "Opening Text", "Hit Sentence", "Source", "Influencer", "Country",
                   "Language", "Reach", "Sentiment", "Full Text"],
                  ["06-Mar-2019 09:14AM", "Trucks carry families out of Baghouz", "https://tribune.example/baghouz",
                   "Dozens of trucks carried women and children out.", "", "Plains Tribune", "Rana Haddad",
                   "United States", "English", "120000", "Neutral", BODY_1]], delimiter="\t")
    path = tmp_path / "meltwater export.csv"
    path.write_bytes(text.encode("utf-16"))
    result = cli("import", db_path, path, "--silent")
    assert result.exit_code == 0, result.output
    [row] = stored(db_path)
    assert (row["title"], row["outlet_name"], row["published"], row["author"], row["language"]) == (
        "Trucks carry families out of Baghouz", "Plains Tribune", "2019-03-06", "Rana Haddad", "en")
    assert row["body"].startswith("Dozens of trucks carried women and children out of Baghouz on Wednesday")


def test_a_brandwatch_export_with_its_report_lines_over_the_header(cli, db_path, tmp_path):
    text = table([["Brandwatch Consumer Research"], ["Report:", "Mentions"], ["Query:", "NE Syria prisons"],
                  ["Date range:", "2022-01-01 - 2022-12-31"], [],
                  ["Query Id", "Query Name", "Date", "Title", "Url", "Domain", "Author", "Full Text", "Language",
                   "Sentiment", "Page Type", "Country"],
                  ["2001", "NE Syria prisons", "2022-01-31 10:02:00.0", "Fighting ends at Hasakah prison",
                   "https://valley-courier.example/hasakah", "valley-courier.example", "Mona Salib", BODY_2, "en",
                   "negative", "news", "Syria"]])
    path = tmp_path / "brandwatch mentions.csv"
    path.write_text(text, encoding="utf-8")
    result = cli("import", db_path, path, "--silent")
    assert result.exit_code == 0, result.output
    [row] = stored(db_path)
    assert (row["title"], row["published"], row["author"], row["url"]) == (
        "Fighting ends at Hasakah prison", "2022-01-31", "Mona Salib", "https://valley-courier.example/hasakah")
    assert row["body"].startswith("Kurdish-led forces said on Monday")


def test_a_csv_whose_first_row_is_its_header_is_read_as_before(cli, db_path, tmp_path):
    text = table([["title", "body", "outlet", "date"], ["Camp report", BODY_2, "Valley Courier", "2022-01-31"],
                  ["Second report", BODY_1, "Valley Courier", "2019-03-06"]])
    path = tmp_path / "plain.csv"
    path.write_text(text, encoding="utf-8")
    result = cli("import", db_path, path, "--silent")
    assert result.exit_code == 0, result.output
    assert [r["title"] for r in stored(db_path)] == ["Camp report", "Second report"]


def test_a_talkwalker_export_with_epoch_dates_and_dotted_column_names(cli, db_path, tmp_path):
    text = table([["url", "indexed", "published", "title", "content", "title_snippet", "lang", "source_type",
                   "extra_author_attributes.name", "extra_source_attributes.name"],
                  ["https://river-post.example/hasakah", "1643025600000", "1643022000000",
                   "Kurdish forces retake Hasakah prison", BODY_2, "Kurdish forces retake", "en", "ONLINENEWS",
                   "Hamid Yilmaz", "River Post"]])
    path = tmp_path / "talkwalker results.csv"
    path.write_text(text, encoding="utf-8")
    result = cli("import", db_path, path, "--silent")
    assert result.exit_code == 0, result.output
    [row] = stored(db_path)
    assert (row["title"], row["outlet_name"], row["published"], row["author"]) == (
        "Kurdish forces retake Hasakah prison", "River Post", "2022-01-24", "Hamid Yilmaz")
