"""Month and weekday names of more languages (issue #13, round 27): Persian's Gregorian months,
Malay, Indonesian, Tagalog, Swahili, Hausa, Pashto and Urdu, a Sorani spelling; and a line that is a
date alone, in a calendar or a language not converted, is a header line, never a title."""

import datetime as dt

import pytest

from archive.extract.date_only_lines import only_a_date
from archive.extract.dates import iso_date
from archive.extract.header_dates import states_date
from archive.readers.text import parse_text_article

TODAY = dt.date(2026, 6, 1)


@pytest.mark.parametrize("line, iso", [
    ("۱۲ ژوئیه ۲۰۲۳", "2023-07-12"),  # Persian, Gregorian month
    ("۲ مه ۲۰۲۳", "2023-05-02"),
    ("Selasa, 14 Ogos 2018", "2018-08-14"),  # Malay
    ("5 Disember 2017 9:15am", "2017-12-05"),
    ("Kamis, 7 Maret 2019", "2019-03-07"),  # Indonesian
    ("ika-4 ng Hunyo 2021", None),  # a Tagalog ordinal's prefix: not a date line this reader knows
    ("4 Hunyo 2021", "2021-06-04"),  # Tagalog
    ("Jumatatu, 9 Machi 2020", "2020-03-09"),  # Swahili
    ("11 Satumba 2022", "2022-09-11"),  # Hausa
    ("۱۹ جولای ۲۰۲۲", "2022-07-19"),  # Pashto
    ("۱۴ اگست ۲۰۲۲", "2022-08-14"),  # Urdu
    ("۱٥ی تەممووزی ۲۰۲۳", "2023-07-15"),  # Sorani, a doubled letter
    ("14 martie 2023", "2023-03-14"),  # Romanian
    ("3 qershor 2022", "2022-06-03"),  # Albanian
    ("12 dekabr 2021", "2021-12-12"),  # Azerbaijani
    ("5 בינואר 2024", "2024-01-05"),  # Hebrew, the prefix a day before the month takes
    ("5 јун 2023", "2023-06-05"),  # Serbian Cyrillic
    ("7 ноември 2022", "2022-11-07"),  # Bulgarian
])
def test_month_names(line, iso):
    assert iso_date(line, TODAY) == iso


@pytest.mark.parametrize("line", [
    "الأحد 3 شوال 1444 هـ",  # a Lunar Hijri date alone
    "Jumapili, 9 Julio 2023",
    "Sabato 9 Kesäkuu 2023",  # a month this reader does not hold
])
def test_a_date_alone_in_another_calendar_or_language_is_a_header_line(line):
    assert only_a_date(line) and states_date(line)


@pytest.mark.parametrize("line", ["Top 10 Moments 2023", "Five things to know about the vote", "7 Wonders"])
def test_a_headline_is_no_date(line):
    assert not only_a_date(line)


def test_a_weekday_and_date_line_under_the_headline_is_not_taken_for_it():
    text = ("تهران امروز\n\nگزارش | جامعه\n\nبازگشایی مدرسه‌های روستایی پس از زلزله\n\nنویسنده: سارا کریمی\n"
            "سه‌شنبه ۲ آبان ۱۴۰۲ - 24 اکتبر 2023\n\n"
            "مدرسه‌های روستایی استان پس از دو ماه تعطیلی دوباره باز شدند و دانش‌آموزان به کلاس‌ها برگشتند.\n\n"
            "به گفته مسئولان آموزش و پرورش، ساخت کلاس‌های موقت تا پایان پاییز ادامه دارد و کمک‌ها رسیده است.\n")
    record = parse_text_article(text)
    assert record.title == "بازگشایی مدرسه‌های روستایی پس از زلزله"
    assert iso_date(record.published, TODAY) == "2023-10-24"
