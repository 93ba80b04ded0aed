"""Round 29 (helper dates29): dates in the forms a family of outlets writes them, read by method:

- Latin month names with or without their accents, in any mix ("23 Çirîya Paşîn 2022" where the data
  writes "Çiriya Paşîn"; "12 Tirmeh 2023"; "5 fevrier 2020"): archive/extract/dates.py's bare();
- Sorani's other spellings of the same months (ئادار beside ئازار, کانونی with one waw);
- Cyrillic months' abbreviations ("11 мар 2024, 14:20", "3 лист. 2023");
- a dateline whose place names its country in brackets ("Nairobi (Kenya), 14 June 2022 – ...");
- a line of labelled fields, the date the value of the second ("Story ID: 99812  Published: ...");
- an export's date column in several forms beside a scraper's stamp column.

The texts are invented for these tests."""

import datetime as dt
import json

import lxml.html

from archive.extract.dateline_years import full_dateline
from archive.extract.dates import read_date
from archive.extract.header_dates import date_in
from archive.readers.page_date import page_date_line


def test_latin_month_names_with_or_without_their_accents():
    assert read_date("23 Çirîya Paşîn 2022").date == dt.date(2022, 11, 23)
    assert read_date("4 Ciriya Pesin 2021").date == dt.date(2021, 10, 4)
    assert read_date("12 Tirmeh 2023").date == dt.date(2023, 7, 12)
    assert read_date("3 Teşrîna Paşîn 2021").date == dt.date(2021, 11, 3)
    assert read_date("7 Subat 2024").date == dt.date(2024, 2, 7)
    # the names as the data writes them, as before; a word that is no month stays none
    assert read_date("23 Çiriya Paşîn 2022").date == dt.date(2022, 11, 23)
    assert read_date("5 février 2020").date == dt.date(2020, 2, 5)
    assert read_date("23 Çirîyo Paşîn 2022").date is None


def test_sorani_spellings_of_the_same_month():
    assert read_date("١١ی ئاداری ٢٠٢٥ - ١٠:٢٠").date == dt.date(2025, 3, 11)
    assert read_date("١١ی ئازاری ٢٠٢٥").date == dt.date(2025, 3, 11)
    assert read_date("٥ی کانونی یەکەمی ٢٠٢٢").date == dt.date(2022, 12, 5)
    assert read_date("٩ی تەشرینی دووەمی ٢٠٢٣").date == dt.date(2023, 11, 9)


def test_cyrillic_month_abbreviations():
    assert read_date("11 мар 2024, 14:20").date == dt.date(2024, 3, 11)
    assert read_date("3 лист. 2023").date == dt.date(2023, 11, 3)
    assert read_date("2 јун 2021").date == dt.date(2021, 6, 2)
    assert read_date("28 дек 2022 09:40").date == dt.date(2022, 12, 28)


def test_a_dateline_naming_its_country_in_brackets():
    assert full_dateline("Nairobi (Kenya), 14 June 2022 – Officials from nine ministries met") == "2022-06-14"
    assert full_dateline("Port Louis (Mauritius), 3 March 2021. The review opened") == "2021-03-03"
    assert full_dateline("Lima, 3 March 2021 – The review opened") == "2021-03-03"
    # a weekday in the brackets' place is no dateline
    assert full_dateline("Monday (late), 3 March 2021 – The review opened") is None


def test_a_line_of_labelled_fields_gives_the_date_of_its_second():
    from archive.extract.header_dates import field_date

    line = "Story ID: 99812 Published: 12 October 2022 - 09:15"
    assert field_date(line) == "12 October 2022 - 09:15"
    assert date_in("شناسه خبر: ۸۸۱۲۰ تاریخ انتشار: ۱۲ مهر ۱۴۰۱ - ۰۹:۱۵") == "۱۲ مهر ۱۴۰۱ - ۰۹:۱۵"
    assert date_in("رقم الخبر: 5512 تاريخ النشر: 12 مايو 2023") == "12 مايو 2023"
    # one field only, or no date in any field: none from here
    assert field_date("Photo: Sam Writer") is None
    assert field_date("Photo: Sam Writer Caption: pumps at the river") is None
    assert field_date("Breaking: Minister says: 5 May 2023") is None  # no field of its own before the date


def test_a_pages_meta_line_with_a_story_code_before_its_date():
    page = lxml.html.fromstring(
        "<html><body><h1>Pumps back on at the river station</h1>"
        "<div class='meta'>Story ID: 99812 &nbsp; Release date: 12 October 2022 - 09:15</div>"
        "<div class='body'><p>Engineers restored the pumping station on the river after a week.</p></div>"
        "</body></html>")
    assert page_date_line(page) == "2022-10-12"


def test_an_exports_date_column_in_several_forms_beside_a_scrapers_stamp(tmp_path):
    from archive.readers.records import read_jsonl

    text = ("Engineers restored the pumping station on the river after a week without power, the council "
            "said, and the first tankers reached the northern districts by the evening. ")
    rows = [("Pumps back on at the river station", "14/02/2022"),
            ("Tankers reach the northern districts", "23 Çirîya Paşîn 2022"),
            ("Council opens a second water point", "٢٠٢٣/٠٥/٠٩"),
            ("Northern districts get a new mains pipe", "12 Tirmeh 2023")]
    path = tmp_path / "scrape.jsonl"
    path.write_text("".join(json.dumps({"headline_text": title, "when": when, "content_html": f"<p>{text * 2}</p>",
                                        "scraped_at": "2024-08-02T14:00:11Z"}, ensure_ascii=False) + "\n"
                            for title, when in rows), encoding="utf-8")
    dates = [record.published for record in read_jsonl(path)]
    assert [dt.date.fromisoformat(d) if "-" in d and len(d) == 10 else read_date(d).date for d in dates] == [
        dt.date(2022, 2, 14), dt.date(2022, 11, 23), dt.date(2023, 5, 9), dt.date(2023, 7, 12)]


def test_an_untitled_pages_date_line_left_at_its_texts_start():
    from types import SimpleNamespace

    from archive.extract.dateline_years import date_around_text

    prose = ("RIVERSIDE — The trust's engineers restored the pumping station on the river after a week without "
             "power, and the first tankers reached the northern districts by the evening, residents said.")
    content = ["Riverside Water Trust", "Press Release",
               "Council restores river pumps after week-long outage. Tankers reach the north.",
               "Engineers worked through the night at the station.",
               "For Immediate Release: March 9, 2023", "Share this:", "Share on Facebook", prose, prose]
    record = SimpleNamespace(title=None, published=None)
    date_around_text(record, content, list(range(2, len(content))))
    assert record.published == "For Immediate Release: March 9, 2023"
    # two date lines there, or no paragraph of prose under them, or a headline found: none from here
    two = content[:5] + ["Posted: March 10, 2023"] + content[6:]
    for lines, title in ((two, None), (content[:7], None), (content, "Council restores river pumps")):
        record = SimpleNamespace(title=title, published=None)
        date_around_text(record, lines, list(range(2, len(lines))))
        assert record.published is None
