"""Dates, tags, outlets and boilerplate rules, one concern at a time."""

import datetime as dt

import pytest

from archive.extract.boilerplate import clean_paragraphs, is_caption
from archive.extract.dates import iso_date
from archive.extract.outlets import canonical_outlet
from archive.extract.tags import parse_tag_line, split_tags

TODAY = dt.date(2026, 11, 22)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("19-12-2018", "2018-12-19"),
        ("19/12/2018", "2018-12-19"),
        ("19.12.2018", "2018-12-19"),
        ("12/19/2018", "2018-12-19"),
        ("05-03-2019", "2019-03-05"),
        ("2019-03-23", "2019-03-23"),
        ("2019-03-23T10:00:00Z", "2019-03-23"),
        ("2019/03/23", "2019-03-23"),
        ("March 23, 2019", "2019-03-23"),
        ("Mar. 23, 2019", "2019-03-23"),
        ("23 March 2019", "2019-03-23"),
        ("Saturday, 23 March 2019", "2019-03-23"),
        ("23rd of March 2019", "2019-03-23"),
        ("Published: 24 January 2022 14:35 GMT", "2022-01-24"),
        ("Posted on January 24, 2022 at 2:35 pm", "2022-01-24"),
        ("24/01/22", "2022-01-24"),
        # punctuation between month, year and time, Arabic am/pm and a zone; two names of a month
        ("نشر في: 21 يناير ,2022: 10:15 ص GST", "2022-01-21"),
        ("10 مارس ,2019: 06:20 م GST", "2019-03-10"),
        ("الخميس 3 شباط فبراير 2022", "2022-02-03"),
        ("March 3 ,2019;", "2019-03-03"),
        # a written date decides a numeric one glued before it
        ("03/12/2021March 12, 2021", "2021-03-12"),
        ("January 20", None),
        ("31-02-2019", None),
        ("2099-01-01", None),
        ("The prison was attacked on 20 January 2022.", None),
        ("", None),
    ],
)
def test_dates(text, expected):
    assert iso_date(text, today=TODAY) == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Tags: Syria ISIS Hajin Syrian Democratic Forces (SDF) Deir ez-Zor",
         ["Syria", "ISIS", "Hajin", "Syrian Democratic Forces (SDF)", "Deir ez-Zor"]),
        ("Tags: Iraq Repatriation al-Hol camp Kurdistan Region",
         ["Iraq", "Repatriation", "al-Hol camp", "Kurdistan Region"]),
        ("Tags: Syria, Islamic State, al-Hol", ["Syria", "Islamic State", "al-Hol"]),
        ("Keywords: ISIS; SDF; Roj camp", ["ISIS", "SDF", "Roj camp"]),
        ("Tags: Raqqa Tabqa Dam", ["Raqqa", "Tabqa", "Dam"]),
        ("tags: isis ISIS Isis", ["isis"]),
        ("Syria ISIS", None),
    ],
)
def test_tag_lines(line, expected):
    assert parse_tag_line(line) == expected


def test_unknown_multiword_tag_keeps_lowercase_joins():
    assert split_tags("Syria Jabal al-Bishri Ninewa Plains") == ["Syria", "Jabal al-Bishri", "Ninewa", "Plains"]


@pytest.mark.parametrize(
    "name, canonical",
    [("The Syrian Observatory For Human Rights", "Syrian Observatory for Human Rights"),
     ("SOHR", "Syrian Observatory for Human Rights"), ("rudaw", "Rudaw"),
     ("  Some   Local Paper ", "Some Local Paper"), ("", None)],
)
def test_outlet_names(name, canonical):
    assert canonical_outlet(name) == canonical


def test_doubled_caption_and_credit_lines():
    assert is_caption("Guards stand at the gate Guards stand at the gate Credit: Reuters")
    assert is_caption("Photo: AFP")
    assert not is_caption("Guards said: the gate was closed.")
    assert not is_caption("The prison held more than 3,000 inmates, officials said.")


def test_clean_paragraphs_cuts_both_ends():
    paragraphs = [
        "A+ A-", "The title", "First paragraph.", "Second paragraph.", "Leave a Comment",
        "cheap followers buy now",
    ]
    assert clean_paragraphs(paragraphs, title="The title") == ["First paragraph.", "Second paragraph."]


@pytest.mark.parametrize(
    "text, language",
    [
        ("The Syrian Democratic Forces said the prison attack was repelled after ten days of fighting.", "en"),
        ("Les Forces démocratiques syriennes ont annoncé la fin des combats autour de la prison de Hassaké.", "fr"),
        ("قالت قوات سوريا الديمقراطية إن الهجوم على السجن قد تم صده بعد عشرة أيام من القتال", "ar"),
        ("Die Demokratischen Kräfte Syriens meldeten am Sonntag das Ende der Kämpfe um das Gefängnis.", "de"),
        ("ISIS SDF", None),
    ],
)
def test_language_detection(text, language):
    from archive.extract.language import guess_language

    assert guess_language(text) == language
