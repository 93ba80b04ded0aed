"""What an import can be trusted with on collections never seen: the order of numeric dates,
encodings, portable ids, repeated ids, structured records and bad input, each reported."""

import datetime as dt
import json
import shutil

import pytest
import sqlite_utils

from archive.extract.dates import iso_date, read_date, stated_dates
from archive.extract.publication_dates import publication_date
from archive.extract.mojibake import repair
from archive.readers.decode import decode_bytes, decode_text
from conftest import SAMPLE

TODAY = dt.date(2026, 11, 22)


def rows(db_path, sql, params=None):
    return list(sqlite_utils.Database(db_path).query(sql, params or {}))


def write_csv(path, header, body_rows, encoding="utf-8", newline="\r\n"):
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator=newline)
    writer.writerow(header)
    writer.writerows(body_rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def warnings_of(db_path):
    [batch] = rows(db_path, "select warnings from imports order by id desc limit 1")
    return json.loads(batch["warnings"] or "[]")


# -- dates ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, order, expected", [
    ("03/04/2020", None, "2020-04-03"),
    ("03/04/2020", "dmy", "2020-04-03"),
    ("03/04/2020", "mdy", "2020-03-04"),
    ("4/25/2017", "dmy", "2017-04-25"),  # readable one way only, whatever the order
    ("17/04/05", "ymd", "2017-04-05"),
    ("الأحد، ٥ نيسان ٢٠١٧", None, "2017-04-05"),
    ("5 نيسان (أبريل) 2017", None, "2017-04-05"),
    ("الخميس 23 كانون الثاني 2020", None, "2020-01-23"),
    ("3 تشرين الأول 2019", None, "2019-10-03"),
    ("12 أيار 2021", None, "2021-05-12"),
    ("١٢ مايو ٢٠٢١", None, "2021-05-12"),
    ("۲۰۲۱/۰۵/۱۲", None, "2021-05-12"),
    ("Wed 05 Apr 2017", None, "2017-04-05"),
    ("Wed, 05 Apr 2017 10:00:00 +0000", None, "2017-04-05"),
    ("05-Apr-2017", None, "2017-04-05"),
    ("5-Apr-17", None, "2017-04-05"),
    ("1491350400", None, "2017-04-05"),
    ("1491350400000", None, "2017-04-05"),
    ("12345", None, None),
])
def test_numeric_orders_and_arabic_dates(text, order, expected):
    assert iso_date(text, today=TODAY, order=order) == expected


def test_invalid_dates_say_why():
    assert read_date("2020-13-45", TODAY).problem.startswith("not a valid date")
    assert read_date("31/02/2020", TODAY).problem.startswith("not a valid date")
    assert read_date("2099-01-01", TODAY).problem.startswith("in the future")
    assert publication_date("2020-13-45", today=TODAY) == (None, ["invalid date (2020-13-45); stored without a date"])


def test_the_date_the_text_states_checks_the_record():
    assert stated_dates("BEIRUT, Wed 05 Apr 2017 (Reuters) - Talks on 3 March 2017 failed.", TODAY) == [
        (dt.date(2017, 4, 5), True), (dt.date(2017, 3, 3), False)]
    # ambiguous and undecided: the text's date decides
    date, notes = publication_date("4/5/2017", text="Wed 05 Apr 2017 - Warplanes struck", today=TODAY)
    assert date == "2017-04-05" and "either way" in notes[0]
    # ambiguous, undecided, nothing in the text: day-first, reported
    date, notes = publication_date("4/5/2017", text="Warplanes struck", today=TODAY)
    assert date == "2017-05-04" and "choose with --date-order" in notes[0]
    # a clear date the text contradicts plainly: kept, reported
    date, notes = publication_date("2017-05-09", text="Tuesday 5 April 2017\nWarplanes", today=TODAY)
    assert date == "2017-05-09" and notes == ["the text states another date than the record's; kept the record's"]
    # an event date inside the text is no contradiction
    assert publication_date("2017-05-09", text="Warplanes struck on 5 April 2017.", today=TODAY)[1] == []


def _dated_csv(tmp_path, dates):
    rows_ = [[f"r{i}", f"Report number {i} on the camp", f"Aid workers said conditions at the camp worsened, report {i}.",
              value] for i, value in enumerate(dates)]
    return write_csv(tmp_path / "reports.csv", ["id", "title", "body", "date"], rows_)


def test_a_column_of_dates_is_read_in_the_order_its_unambiguous_values_show(cli, db_path, tmp_path):
    _dated_csv(tmp_path, ["4/5/2017", "4/25/2017", "12/30/2016", "3/4/2017"])
    result = cli("import", db_path, tmp_path / "reports.csv", "--silent")
    assert result.exit_code == 0, result.output
    dates = [r["published"] for r in rows(db_path, "select published from articles order by source_record")]
    assert dates == ["2017-04-05", "2017-04-25", "2016-12-30", "2017-03-04"]
    assert "warning" not in result.output


def test_an_undecided_column_is_read_day_first_and_reported(cli, db_path, tmp_path):
    _dated_csv(tmp_path, ["4/5/2017", "3/4/2017"])
    result = cli("import", db_path, tmp_path / "reports.csv", "--silent")
    dates = [r["published"] for r in rows(db_path, "select published from articles order by source_record")]
    assert dates == ["2017-05-04", "2017-04-03"]
    assert "2 stored with a warning" in result.output
    assert "choose with --date-order" in result.output and "reports.csv:2" in result.output
    assert len(warnings_of(db_path)) == 2


def test_date_order_option_overrides(cli, db_path, tmp_path):
    _dated_csv(tmp_path, ["4/5/2017", "3/4/2017", "25/12/2016"])
    result = cli("import", db_path, tmp_path / "reports.csv", "--silent", "--date-order", "mdy")
    assert result.exit_code == 0, result.output
    dates = [r["published"] for r in rows(db_path, "select published from articles order by source_record")]
    assert dates == ["2017-04-05", "2017-03-04", "2016-12-25"]
    assert "warning" not in result.output
    assert cli("import", db_path, tmp_path, "--date-order", "xyz").exit_code == 2


def test_invalid_dates_are_reported_with_file_and_line(cli, db_path, tmp_path):
    _dated_csv(tmp_path, ["2020-13-45", "31/02/2020", "2020-01-02"])
    result = cli("import", db_path, tmp_path / "reports.csv", "--silent")
    assert "invalid date (2020-13-45); stored without a date: " in result.output
    assert "reports.csv:2" in result.output and "reports.csv:3" in result.output
    assert [r["published"] for r in rows(db_path, "select published from articles order by source_record")] == [
        None, None, "2020-01-02"]


def test_a_folder_of_text_files_shares_its_order(cli, db_path, tmp_path):
    for number, date in enumerate(["04/05/2017", "04/28/2017", "05/02/2017"]):
        (tmp_path / f"{number}.txt").write_text(
            f"Camp report {number}\n{date}\n\nAid workers said conditions at the camp worsened again, report {number}.\n")
    result = cli("import", db_path, tmp_path, "--silent")
    assert result.exit_code == 0, result.output
    dates = sorted(r["published"] for r in rows(db_path, "select published from articles"))
    assert dates == ["2017-04-05", "2017-04-28", "2017-05-02"]


# -- encodings -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("byte", range(0x80, 0xA0))
def test_every_byte_0x80_to_0x9f_decodes_as_whatwg_windows_1252(byte):
    data = b"The caf\xe9 in Raqqa " + bytes([byte]) + b" reopened on Tuesday."
    expected = {0x81: "\x81", 0x8D: "\x8d", 0x8F: "\x8f", 0x90: "\x90", 0x9D: "\x9d"}.get(byte) or bytes([byte]).decode("cp1252")
    decoded = decode_text(data)
    assert decoded.encoding == "windows-1252"
    assert decoded.text == "The café in Raqqa " + expected + " reopened on Tuesday."


def test_other_scripts_and_utf8_with_strays():
    arabic = "قالت قوات سوريا الديمقراطية إن الهجوم على سجن الصناعة في الحسكة انتهى"
    assert decode_text(arabic.encode("cp1256")) == (arabic, "windows-1256")
    russian = "Министерство обороны сообщило о новых ударах по позициям боевиков"
    assert decode_bytes(russian.encode("cp1251")) == russian
    assert decode_bytes("It’s the café".encode("utf-8") + b" \x92 stray") == "It’s the café ’ stray"
    assert decode_bytes(b"\xef\xbb\xbfCaf\xc3\xa9") == "Café"


def test_mojibake_is_repaired_and_reported(cli, db_path, tmp_path):
    assert repair("It\u00e2\u20ac\u2122s a caf\u00c3\u00a9") == ("It’s a café", True)
    assert repair("A plain café, “quoted”") == ("A plain café, “quoted”", False)
    (tmp_path / "a.jsonl").write_text(json.dumps({
        "title": "Caf\u00c3\u00a9 reopens", "body": "The owner said it\u00e2\u20ac\u2122s open again.", "url": "https://x.example/1",
    }) + "\n")
    result = cli("import", db_path, tmp_path / "a.jsonl", "--silent")
    [row] = rows(db_path, "select title, body from articles")
    assert row == {"title": "Café reopens", "body": "The owner said it’s open again."}
    assert "text repaired: mojibake (ftfy)" in result.output


def test_a_windows_1252_csv_with_undefined_bytes_is_not_garbled(cli, db_path, tmp_path):
    header = ["id", "title", "body", "date"]
    raw = "\r\n".join([",".join(header)] + [
        f'{i},Caf\xe9 number {i},"\x93We fled,\x94 she said \x96 report {i}\x81.",2017-04-05' for i in range(3)])
    (tmp_path / "w.csv").write_bytes(raw.encode("latin-1"))
    result = cli("import", db_path, tmp_path / "w.csv", "--silent")
    assert result.exit_code == 0, result.output
    titles = [r["title"] for r in rows(db_path, "select title from articles order by source_record")]
    assert titles == ["Café number 0", "Café number 1", "Café number 2"]
    bodies = [r["body"] for r in rows(db_path, "select body from articles order by source_record")]
    assert bodies[0] == "\u201cWe fled,\u201d she said \u2013 report 0\x81."


# -- ids -----------------------------------------------------------------------------------------------
def test_ids_do_not_depend_on_the_folder(cli, tmp_path):
    first, second = tmp_path / "here", tmp_path / "elsewhere" / "copy"
    shutil.copytree(SAMPLE, first)
    shutil.copytree(SAMPLE, second)
    db_one, db_two = tmp_path / "one.db", tmp_path / "two.db"
    cli("import", db_one, first, "--silent")
    cli("import", db_two, second, "--silent")
    ids_one = {r["id"] for r in rows(db_one, "select id from articles")}
    assert ids_one == {r["id"] for r in rows(db_two, "select id from articles")}
    result = cli("import", db_one, second, "--silent")
    assert f"0 imported, 0 updated, {len(ids_one)} unchanged" in result.output


def test_an_edited_text_file_updates_its_article_keeping_its_id(cli, db_path, tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("Camp report\n\nAid workers said conditions at the camp worsened.\n")
    cli("import", db_path, path, "--silent")
    [before] = rows(db_path, "select id from articles")
    path.write_text("Camp report, corrected\n\nAid workers said conditions at the camp improved.\n")
    result = cli("import", db_path, path, "--silent")
    assert "0 imported, 1 updated" in result.output
    assert rows(db_path, "select id, title from articles") == [{"id": before["id"], "title": "Camp report, corrected"}]
    result = cli("import", db_path, path, "--silent")
    assert "0 imported, 0 updated, 1 unchanged" in result.output


@pytest.mark.parametrize("batch_size", ["1", "2", "3", "100"])
def test_repeated_ids_are_reported_whatever_the_batch_size(cli, db_path, tmp_path, batch_size):
    write_csv(tmp_path / "a.csv", ["id", "title", "body"], [
        ["x1", "First report", "The first report's text, long enough to be one."],
        ["x2", "Second report", "The second report's text, long enough to be one."],
        ["x1", "Another report", "Another text under the first report's id, which is an error."],
    ])
    result = cli("import", db_path, tmp_path / "a.csv", "--silent", "--batch-size", batch_size)
    assert result.exit_code == 1
    assert "2 imported, 0 updated, 0 unchanged, 0 skipped as duplicate, 1 failed" in result.output
    assert f"a.csv:4: id 'x1' repeated: first at {tmp_path / 'a.csv'}:2" in result.output
    assert {r["title"] for r in rows(db_path, "select title from articles")} == {"First report", "Second report"}


@pytest.mark.parametrize("batch_size", ["1", "2", "2000"])
def test_a_record_met_twice_in_one_import_is_no_failure_whatever_the_batch_size(cli, db_path, tmp_path, batch_size):
    """The same row twice under one id is a duplicate naming the first place; the same file named
    twice is unchanged; a row whose text is a stored article's, met again, is a duplicate again."""
    write_csv(tmp_path / "a.csv", ["id", "title", "body"], [
        ["x1", "First report", "The first report's text, long enough to be one."],
        ["x2", "Second report", "The second report's text, long enough to be one."],
        ["x1", "First report", "The first report's text, long enough to be one."],
        ["x3", "Second report", "The second report's text, long enough to be one."],
        ["x3", "Second report", "The second report's text, long enough to be one."],
    ])
    result = cli("import", db_path, tmp_path / "a.csv", tmp_path / "a.csv", "--silent", "--batch-size", batch_size)
    assert result.exit_code == 0, result.output
    # first pass: x1, x2 imported; row 4 a copy of row 2, rows 5 and 6 of row 3's text; second pass: rows 2, 3
    # and 5 unchanged (each the first of its id), rows 4 and 6 copies again
    assert "2 imported, 0 updated, 3 unchanged, 5 skipped as duplicate, 0 failed" in result.output, result.output
    assert f"duplicate: {tmp_path / 'a.csv'}:4 (same text as article " in result.output
    assert f", first at {tmp_path / 'a.csv'}:2)" in result.output
    assert {r["title"] for r in rows(db_path, "select title from articles")} == {"First report", "Second report"}


@pytest.mark.parametrize("batch_size", ["1", "2000"])
def test_a_moved_file_named_twice_is_unchanged_whatever_the_batch_size(cli, db_path, tmp_path, batch_size):
    """Stored from one folder, then named twice from another: its rows are unchanged both times
    (the rows keep their old place; the import remembers where it met them)."""
    rows_ = [["x1", "First report", "The first report's text, long enough to be one."],
             ["x2", "Second report", "The second report's text, long enough to be one."]]
    write_csv(tmp_path / "a.csv", ["id", "title", "body"], rows_)
    assert cli("import", db_path, tmp_path / "a.csv", "--silent").exit_code == 0
    (tmp_path / "moved").mkdir()
    shutil.copy(tmp_path / "a.csv", tmp_path / "moved" / "a.csv")
    result = cli("import", db_path, tmp_path / "moved" / "a.csv", tmp_path / "moved" / "a.csv", "--silent",
                 "--batch-size", batch_size)
    assert "0 imported, 0 updated, 4 unchanged, 0 skipped as duplicate, 0 failed" in result.output, result.output


# -- structured records ----------------------------------------------------------------------------------
def test_html_in_a_jsonl_body_is_read_as_html(cli, db_path, tmp_path):
    body = ('<div class="story-body"><figure><img src="x.jpg"><figcaption>A caption (Photo: file)</figcaption>'
            '</figure><p>Aid agencies said the camp had reached <a href="/t">breaking point</a> on Thursday.</p>'
            '<p>Children made up a large share of &amp; new arrivals.</p><ul><li><a href="/1">Related one</a></li>'
            '<li><a href="/2">Related two</a></li></ul><div class="related">Read more: <a href="/3">Other</a></div></div>')
    (tmp_path / "wire.jsonl").write_text(json.dumps({"guid": "w1", "headline": "<b>Aid</b> groups warn", "content": body}) + "\n")
    result = cli("import", db_path, tmp_path / "wire.jsonl", "--silent")
    assert result.exit_code == 0, result.output
    [row] = rows(db_path, "select title, body from articles")
    assert row["title"] == "Aid groups warn"
    assert row["body"] == ("Aid agencies said the camp had reached breaking point on Thursday.\n\n"
                           "Children made up a large share of & new arrivals.")


def test_tags_in_a_json_array_cell_and_one_display_form(cli, db_path, tmp_path):
    write_csv(tmp_path / "a.csv", ["id", "title", "body", "tags"], [
        ["1", "First report", "The first report's text, long enough to be one.", '["Raqqa", "SDF"]'],
        ["2", "Second report", "The second report's text, long enough to be one.", "raqqa; sdf; Hasakah"],
    ])
    result = cli("import", db_path, tmp_path / "a.csv", "--silent")
    assert result.exit_code == 0, result.output
    tags = [json.loads(r["tags"]) for r in rows(db_path, "select tags from articles order by source_record")]
    assert tags == [["Raqqa", "SDF"], ["Raqqa", "SDF", "Hasakah"]]
    assert sorted(r["name"] for r in rows(db_path, "select name from tags")) == ["Hasakah", "Raqqa", "SDF"]
    assert "0 imported, 0 updated, 2 unchanged" in cli("import", db_path, tmp_path / "a.csv", "--silent").output


def test_a_row_with_the_wrong_field_count_is_reported_and_not_stored(cli, db_path, tmp_path):
    (tmp_path / "a.csv").write_text(
        'id,title,body\n'
        '1,First report,"The first report\'s text,\nwhich runs over two lines."\n'
        '2,Second report,The second text, with a comma nobody quoted\n'
        '3,Third report,"The third report\'s text, stored."\n')
    result = cli("import", db_path, tmp_path / "a.csv", "--silent")
    assert result.exit_code == 1
    assert "a.csv:3: row has 4 fields, the header has 3 (line 4); not stored" in result.output
    assert [r["title"] for r in rows(db_path, "select title from articles order by source_record")] == [
        "First report", "Third report"]
    assert [r["source_record"] for r in rows(db_path, "select source_record from articles order by 1")] == [2, 4]


def test_records_without_a_body_and_files_without_a_body_column(cli, db_path, tmp_path):
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "a", "title": "Only a title", "body": ""}) + "\n"
                                      + json.dumps({"id": "b", "title": "A title", "body": "And a body to store."}) + "\n")
    write_csv(tmp_path / "b.csv", ["Ref", "Head", "When"], [
        [str(i), f"Report number {i} from the camp", "2019-03-0%d" % (i + 1)] for i in range(5)])
    result = cli("import", db_path, tmp_path, "--silent")
    assert result.exit_code == 1
    assert "a.jsonl:1: no article body (the body field is empty)" in result.output
    assert result.output.count("b.csv") == 1  # one message for the file, not one per row
    assert "b.csv: no body column found (columns: Ref, Head, When); try --map Head=body --map When=published" in result.output


def test_columns_named_otherwise_are_read_by_their_contents_and_said_once(cli, db_path, tmp_path):
    story = ("Aid workers said conditions at the camp worsened over the winter, with shortages of fuel, "
             "water and medicine reported in every sector.\n\nOfficials said more help was promised. Report {}.")
    write_csv(tmp_path / "export.csv", ["Ref", "Hed", "Copy text", "Pub Date"], [
        [str(i), f"Conditions worsen at the camp, report {i}", story.format(i), f"4/{20 + i}/2019"] for i in range(4)])
    result = cli("import", db_path, tmp_path / "export.csv", "--silent")
    assert result.exit_code == 0, result.output
    stored = rows(db_path, "select title, published, body from articles order by source_record")
    assert [r["title"] for r in stored][0] == "Conditions worsen at the camp, report 0"
    assert [r["published"] for r in stored] == ["2019-04-20", "2019-04-21", "2019-04-22", "2019-04-23"]
    assert "columns read by their contents: 'Copy text' as the body" in result.output
    assert "--map 'Copy text'=body" in result.output
    assert result.output.count("columns read by their contents") == 1


def test_outlet_and_tag_columns_named_otherwise_are_read_by_their_contents(cli, db_path, tmp_path):
    story = "Crews cleared the road into the valley on Tuesday after a week of heavy snow, officials said. Item {}."
    outlets = ["Reuters", "Agence France-Presse", "Reuters", "Rudaw"]
    lines = [{"hdl": f"Road into the valley reopens after snow, item {i}", "orig": outlets[i], "when": f"0{i + 1}.02.2021",
              "kw": "weather|roads" if i % 2 else "snow; valley; roads", "txt": story.format(i)} for i in range(4)]
    (tmp_path / "log.jsonl").write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    result = cli("import", db_path, tmp_path / "log.jsonl", "--silent")
    assert result.exit_code == 0, result.output
    stored = rows(db_path, "select o.name as outlet, a.tags from articles a left join outlets o on o.id = a.outlet "
                           "order by a.source_record")
    assert [r["outlet"] for r in stored] == ["Reuters", "Agence France-Presse", "Reuters", "Rudaw"]
    assert [json.loads(r["tags"]) for r in stored][:2] == [["snow", "valley", "roads"], ["weather", "roads"]]
    assert "orig as the outlet" in result.output and "kw as the tags" in result.output
    assert result.output.count("columns read by their contents") == 1


def test_a_jsonl_file_is_one_group_for_its_dates(cli, db_path, tmp_path):
    lines = [{"id": str(i), "title": f"Report {i}", "body": f"Text of report {i}, long enough.", "date": date}
             for i, date in enumerate(["03/04/2020", "03/28/2020", "04/02/2020"])]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    result = cli("import", db_path, tmp_path / "a.jsonl", "--silent")
    assert result.exit_code == 0, result.output
    assert [r["published"] for r in rows(db_path, "select published from articles order by source_record")] == [
        "2020-03-04", "2020-03-28", "2020-04-02"]
    assert "warning" not in result.output


def test_semicolon_separated_exports(cli, db_path, tmp_path):
    (tmp_path / "a.csv").write_text("title;body;date\nA report;The report's text, with a comma, stored.;2019-01-02\n")
    result = cli("import", db_path, tmp_path / "a.csv", "--silent")
    assert result.exit_code == 0, result.output
    assert rows(db_path, "select title, published from articles") == [{"title": "A report", "published": "2019-01-02"}]


@pytest.mark.parametrize("line, expected", [
    ("الأحد - 21 ربيع الآخر 1445 هـ - 5 نوفمبر 2023 مـ رقم العدد [16414]", "2023-11-05"),
    ("Published 5 April 2017 | Updated 6 April 2017", "2017-04-05"),
    ("Last modified: Tuesday, 5 April 2017 10:22 GMT", "2017-04-05"),
    ("A long line about the 5 April 2017 attack on the town", None),
])
def test_date_lines_holding_more_than_a_date(line, expected):
    assert iso_date(line, today=TODAY) == expected


def test_an_ambiguous_date_the_text_confirms_is_not_reported():
    assert publication_date("06/10/2022", text="LONDON, 6 October 2022 – The charity said", today=TODAY) == (
        "2022-10-06", [])


def test_html_in_a_feed_entry_is_read_as_html(cli, db_path, tmp_path):
    (tmp_path / "f.rss").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Monitor</title><item><title>Camp report</title>'
        '<link>https://monitor.example/1</link><description><![CDATA[<figure><img src="a.jpg"><figcaption>Tents '
        '(Photo: file)</figcaption></figure><p>Aid workers said the camp was full on Monday.</p>'
        '<div class="share-bar">Share on X</div><p>More families arrived overnight.</p>]]></description>'
        '</item></channel></rss>')
    result = cli("import", db_path, tmp_path / "f.rss", "--silent")
    assert result.exit_code == 0, result.output
    assert rows(db_path, "select body from articles") == [
        {"body": "Aid workers said the camp was full on Monday.\n\nMore families arrived overnight."}]


def test_rows_stored_under_older_ids_keep_them(cli, db_path, tmp_path):
    """An archive made when ids came from the path: its rows are found by their source and text."""
    write_csv(tmp_path / "a.csv", ["title", "body"], [
        ["First report", "The first report's text, long enough to be one."],
        ["Second report", "The second report's text, long enough to be one."],
    ])
    cli("import", db_path, tmp_path / "a.csv", "--silent")
    db = sqlite_utils.Database(db_path)
    db.execute("PRAGMA foreign_keys = OFF")
    with db.conn:
        db.execute("update articles set id = '00000000000000aa' where source_record = 2")
    result = cli("import", db_path, tmp_path / "a.csv", "--silent")
    assert "0 imported, 1 updated, 1 unchanged, 0 skipped as duplicate" in result.output
    assert {r["id"] for r in rows(db_path, "select id from articles")} >= {"00000000000000aa"}
    assert "0 imported, 0 updated, 2 unchanged" in cli("import", db_path, tmp_path / "a.csv", "--silent").output


def test_row_numbers_used_as_ids_belong_to_their_file(cli, db_path, tmp_path):
    for name in ("march.csv", "april.csv"):
        write_csv(tmp_path / name, ["ID", "title", "body"], [
            [str(i), f"{name} report {i}", f"The text of report {i} of {name}, long enough to be one."] for i in (1, 2)])
    result = cli("import", db_path, tmp_path, "--silent")
    assert result.exit_code == 0, result.output
    assert "4 imported" in result.output
    write_csv(tmp_path / "march.csv", ["ID", "title", "body"], [
        ["1", "A report", "The first text, long enough to be one."], ["1", "Another", "Another text under id 1."]])
    result = cli("import", db_path, tmp_path / "march.csv", "--silent")
    assert f"march.csv:3: id '1' repeated: first at {tmp_path / 'march.csv'}:2" in result.output


def test_numeric_dates_in_short_date_lines_vote_and_read():
    from archive.extract.date_orders import readings

    assert readings("Posted 4/25/2017 10:22 am") == {"mdy"}
    assert readings("Published on 05.04.2017, updated 06.04.2017") == {"dmy", "mdy"}
    assert readings("The attack on 03/04/2020 killed many people in the town") == set()
    assert iso_date("Posted 4/25/2017 10:22 am", today=TODAY) == "2017-04-25"
    assert iso_date("Published on 05.04.2017, updated 06.04.2017", today=TODAY, order="mdy") == "2017-05-04"


def test_wrapped_values_of_api_exports(cli, db_path, tmp_path):
    post = {"id": 4711, "date": "2019-03-23T10:00:00", "link": "https://site.example/?p=4711",
            "title": {"rendered": "Baghouz falls"}, "content": {"rendered": "<p>The last enclave fell.</p><p>Fighters surrendered.</p>"},
            "authors": [{"name": "Jane Doe"}, {"name": "Omar Ali"}]}
    (tmp_path / "posts.jsonl").write_text(json.dumps(post) + "\n")
    result = cli("import", db_path, tmp_path / "posts.jsonl", "--silent")
    assert result.exit_code == 0, result.output
    assert rows(db_path, "select title, body, author, published from articles") == [{
        "title": "Baghouz falls", "body": "The last enclave fell.\n\nFighters surrendered.",
        "author": "Jane Doe, Omar Ali", "published": "2019-03-23"}]


def test_map_accepts_our_fields_by_their_common_names(cli, db_path, tmp_path):
    write_csv(tmp_path / "a.csv", ["Ref", "Head", "Yarn"], [["1", "A report", "Short text."]])
    result = cli("import", db_path, tmp_path / "a.csv", "--silent", "--map", "Yarn=text", "--map", "Ref=id")
    assert result.exit_code == 0, result.output
    assert rows(db_path, "select title, body from articles") == [{"title": "A report", "body": "Short text."}]
    assert "is not one of our fields" in cli("import", db_path, tmp_path / "a.csv", "--map", "Yarn=nonsense").output


def test_excel_exports_sep_line_and_utf16_tabs(cli, db_path, tmp_path):
    (tmp_path / "a.csv").write_text("sep=;\ntitle;body\nA report;The report's text, with a comma, stored.\n")
    text = "title\tbody\tdate\r\nUn rapport\tLe texte du rapport, en français.\t5 avril 2017\r\n"
    (tmp_path / "b.csv").write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    result = cli("import", db_path, tmp_path, "--silent")
    assert result.exit_code == 0, result.output
    assert rows(db_path, "select title, published, source_record from articles order by title") == [
        {"title": "A report", "published": None, "source_record": 2},
        {"title": "Un rapport", "published": "2017-04-05", "source_record": 2}]
