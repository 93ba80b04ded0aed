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
