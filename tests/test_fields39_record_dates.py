"""Round 39 (issue #13): the dates of the data files a research team exchanges. A JSON record's number
is read as a CSV's text is (an API's "first_published_ts": 1655798400, seconds since 1970, is a column
of dates); a column named for the record's revision ("last_modified_ts") is the date only where no
other column of dates is; a spreadsheet's serial day in a date field ("44958") is that day; a compact
stamp of date and time ("20230406180000", GDELT's DATE) is a date; in a line, a middle dot joining
a date's figures ("12·01·23") and a double dash between a line's parts ("Outlet -- 08.02.2022")
are read. Through the real CLI; files written for the test."""

import csv
import datetime as dt
import io
import json

import sqlite_utils

from archive.extract.dates import read_date
from archive.extract.header_dates import date_in
from archive.extract.publication_dates import spreadsheet_day

BODY = ("Officials said the talks resumed after relatives of detainees asked again for news of the families "
        "held in the camps of north-east Syria. " * 4)


def rows(cli, db_path, folder) -> list:
    result = cli("import", db_path, folder, "--silent")
    assert result.exit_code == 0, result.output
    return list(sqlite_utils.Database(db_path).query("select title, published from articles order by title"))


def test_epoch_numbers_in_json_lines_and_a_revision_column(cli, db_path, tmp_path):
    first = int(dt.datetime(2022, 6, 21, 8, 0, tzinfo=dt.timezone.utc).timestamp())
    lines = [{"last_modified_ts": first + 86400 * 40, "first_published_ts": first + 86400 * k,
              "hed": f"Belgium repatriates children from Roj, part {k}", "body_text": BODY, "site": "Brussels Times"}
             for k in (0, 1)]
    (tmp_path / "dump.jsonl").write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    assert [row["published"] for row in rows(cli, db_path, tmp_path)] == ["2022-06-21", "2022-06-22"]


def test_serial_days_in_a_sheet_saved_as_csv(cli, db_path, tmp_path):
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["Date", "Headline", "Outlet", "Article text"])
    writer.writerow([(dt.date(2019, 4, 20) - dt.date(1899, 12, 30)).days, "Kosovo brings home women and children",
                     "Balkan Insight", BODY])
    (tmp_path / "sheet.csv").write_text(out.getvalue(), encoding="utf-8")
    assert [row["published"] for row in rows(cli, db_path, tmp_path)] == ["2019-04-20"]


def test_dates_by_shape():
    assert read_date("20230406180000").date == dt.date(2023, 4, 6)
    assert read_date("20230406180000-T412").date is None  # an id that opens with a stamp
    assert read_date("20231306180000").date is None and read_date("20231306180000").problem is None
    assert read_date("12·01·23").date == dt.date(2023, 1, 12)
    assert date_in("Agencias | Madrid | 12·01·23 | 13:50")
    assert date_in("NN Online, Lokales -- veröffentlicht 08.02.2022 06:00 -- abgetippt") == "08.02.2022 06:00"
    assert spreadsheet_day("44958") == "2023-02-01"
    assert spreadsheet_day("44958.5625") == "2023-02-01"
    assert spreadsheet_day("12345") is None and spreadsheet_day("2023") is None
