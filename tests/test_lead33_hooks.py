"""Round 33's hooks placed by the lead, through the readers and the article builder.

- A news database's "sent document" e-mail is read as the database's export is: the publication
  named inside is the outlet (never the service that sent it), the labelled fields are read, and the
  body runs from the text's first line to its last, the service's lines left out.
- A body that is only a database's notice (the full text is not available) is refused with a reason.
"""

from __future__ import annotations

import pytest

from archive.extract.article import ArticleError, BatchDefaults, build_article
from archive.model import RawRecord
from archive.readers import mail

SENT = """From: Nexis Uni <nexisuni-noreply@lexisnexis.com>
To: researcher@example.org
Subject: Families wait at Roj as repatriations stall
Date: Tue, 09 Mar 2021 10:12:00 +0000
Message-ID: <sent-1@nexis.example>
Content-Type: text/plain; charset=utf-8

Maria Ortiz sent you the following document from Nexis Uni.
Note: for the Roj camp file

Families wait at Roj as repatriations stall

The Riverside Courier
March 3, 2021 Wednesday

Copyright 2021 Riverside Courier Media
Section: WORLD; Pg. A6
Length: 412 words
Byline: Tomas Lindqvist

Body

QAMISHLI, Syria -- Mothers at Roj camp said on Tuesday that no flight had left for months.

A camp official counted 2,400 residents and said the clinic had run short of insulin.

Load-Date: March 4, 2021

End of Document
Please do not reply to this message.
"""


def test_a_databases_sent_document_is_read_as_its_export(tmp_path):
    path = tmp_path / "sent.eml"
    path.write_text(SENT, encoding="utf-8")
    [record] = list(mail.read_eml(path))
    assert isinstance(record, RawRecord)
    assert record.title == "Families wait at Roj as repatriations stall"
    assert record.outlet == "The Riverside Courier"
    assert record.published == "2021-03-03"
    assert record.author == "Tomas Lindqvist"
    assert record.body.startswith("QAMISHLI, Syria")
    assert record.body.endswith("short of insulin.")
    assert record.id == "message:sent-1@nexis.example"


@pytest.mark.parametrize("body", [
    "The full text of this article is not available.",
    "Documents (0)\n\nNo documents found.",
])
def test_a_body_that_is_only_a_notice_is_refused(body):
    raw = RawRecord(source_path="x.txt", source_format="text", title="Roj camp", body=body)
    with pytest.raises(ArticleError):
        build_article(raw, BatchDefaults())


def test_an_article_mentioning_a_notice_is_kept():
    body = ("The full text of this article is not available, the clerk said, but the court's ruling "
            "on the two women from Roj camp was read aloud on Monday in Hasakah.\n\n"
            "Their lawyers said they would appeal within the month.")
    raw = RawRecord(source_path="x.txt", source_format="text", title="Roj camp", body=body)
    assert build_article(raw, BatchDefaults()).body


RELEASE = """From: Press Office <press@ministry.example>
To: media-list@ministry.example
Subject: Eleven children brought home from Roj camp
Date: Thu, 15 Jun 2023 09:00:00 +0200
Content-Type: text/plain; charset=utf-8

Eleven children brought home from Roj camp

The ministry confirmed on Thursday that eleven children and three mothers had landed in the capital
after a flight from Qamishli.

The children will be placed with relatives after medical checks, the ministry said.

- ENDS -
Press office
Tel: +00 11 222 333
This e-mail was sent to the list of accredited media.
"""

SIGNED = """From: Dana Roe <dana@charity.example>
To: list@charity.example
Subject: Boys held in Hasakah must be released
Date: Mon, 02 Oct 2023 11:00:00 +0000
Content-Type: text/plain; charset=utf-8

Boys held in Hasakah must be released

Hundreds of boys remain in detention centres in Hasakah without charge, the charity said on Monday.

It asked the governments of origin to bring them home before winter.

--
Charity registered in England no. 0000000
To stop receiving these emails, click here.
"""


@pytest.mark.parametrize("text, last", [(RELEASE, "after medical checks, the ministry said."),
                                        (SIGNED, "bring them home before winter.")])
def test_a_mailed_story_ends_at_its_end_mark_or_signature(tmp_path, text, last):
    path = tmp_path / "m.eml"
    path.write_text(text, encoding="utf-8")
    [record] = list(mail.read_eml(path))
    assert record.body.endswith(last), record.body


FACTIVA = """HD Prison attack toll rises in Hasakah
WC 310 words
PD 22 January 2022
SN Riverside Wire Service
LA English
LP
(Updates with death toll, adds official's comment)

HASAKAH, Syria, Jan 22 -- The toll of the attack on the prison rose on Saturday, officials said.

Fighting went on around the prison's northern wall through the night.
AN Document RWS0000020220122ei1m000aa
"""


def test_a_wires_version_note_is_no_text_of_a_database_document(tmp_path):
    from archive.readers import factiva

    assert factiva.looks_like_factiva(FACTIVA)
    [record] = [r for r in factiva.split_factiva(FACTIVA.splitlines(), "f.txt") if isinstance(r, RawRecord)]
    assert record.body.startswith("HASAKAH, Syria"), record.body


ACADEMIC = """
                               1 of 2 DOCUMENTS


                          The Riverside Courier (Ohio)

                            March 10, 2019 Sunday
                                      1

                   Copyright 2019 Riverside Courier Media
                             All Rights Reserved

Women of Baghouz reach al-Hol after a night on the road

BYLINE: Tomas Lindqvist

SECTION: NEWS; Pg. 24

LENGTH: 48 words


The trucks from Baghouz reached al-Hol before dawn, and the registration tents were full by noon.

Camp staff said more than 3,000 people had arrived in two days.


LOAD-DATE: March 11, 2019

LANGUAGE: ENGLISH


                               2 of 2 DOCUMENTS


                          The Riverside Courier (Ohio)

                            March 12, 2019 Tuesday
                             Final Edition

                   Copyright 2019 Riverside Courier Media
                             All Rights Reserved

Water runs short at al-Hol

LENGTH: 30 words


Aid workers at al-Hol said on Monday that trucks brought half the water the camp needs.


LOAD-DATE: March 13, 2019
"""


def test_an_academic_documents_headline_is_the_line_under_its_header_block():
    from archive.readers import nexis

    records = [r for r in nexis.split_nexis(ACADEMIC.splitlines(), "a.TXT") if isinstance(r, RawRecord)]
    assert [r.title for r in records] == ["Women of Baghouz reach al-Hol after a night on the road",
                                          "Water runs short at al-Hol"]
    assert records[0].author == "Tomas Lindqvist"
    assert records[0].body.startswith("The trucks from Baghouz")
    assert records[1].body.startswith("Aid workers at al-Hol")
