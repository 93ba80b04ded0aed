"""What an e-mail holds besides one story (archive/readers/sent_documents.py, called by the mail
reader): several whole articles pasted one under the other become one article each; a forward of
one article, and an alert of headlines, snippets and links, are not a pasted set; a database's
export sent by mail (ProQuest's labelled fields) is read as its export."""

import email
from email import policy
from email.message import EmailMessage

import docx

from archive.readers.sent_documents import (attached_documents, database_documents, holds_article, leading_article,
                                            pasted_articles)

TWO_PASTED = """Two pieces on the Roj flights, for the archive.

Norway brings home three women from Roj camp
Fjord Evening News, 9 March 2023
By Ingrid Solberg

Three Norwegian women and their seven children who had been held in the Roj camp in north-east Syria landed at Gardermoen on Thursday, the foreign ministry said.

The women were questioned by police on arrival, and prosecutors said they would decide within weeks whether to charge them.

The ministry thanked the Kurdish-led administration and said the operation had taken months to prepare.

~~~~~~~~~~

Camp officials urge more states to follow
Baltic Morning Post | 10 March 2023
By Anders Holm

Officials of the Kurdish-led administration said on Friday that the Norwegian flight showed repatriations were possible, and urged other states to take their citizens back.

About two thousand foreign women and children from some fifty countries remain in the Roj and al-Hol camps, the officials said.
"""

ALERT = """Your news alert: al-Hol

Women leave al-Hol in new convoy
Valley Courier, 9 March 2023
A convoy left the camp on Thursday. https://valley.example/a/1

Guards attacked at Roj camp
Harbour Gazette, 10 March 2023
Two guards were hurt. https://gazette.example/a/2

Unsubscribe | Manage alerts
"""

ONE_ARTICLE = """Hi all, for the file.

Iraq takes back another 150 families from al-Hol
By Samir Khoury
14 March 2022

Another convoy of buses carried about 150 Iraqi families out of the al-Hol camp in north-east Syria on Sunday, the camp's administration said.

The families were taken to a rehabilitation centre south of Mosul, where Iraqi officials say they will stay for several months.
"""


def test_two_whole_articles_pasted_in_a_message_are_two_articles():
    first, second = pasted_articles(TWO_PASTED, "pasted.eml")
    assert (first.title, first.outlet, first.published, first.author) == (
        "Norway brings home three women from Roj camp", "Fjord Evening News", "2023-03-09", "Ingrid Solberg")
    assert first.body.startswith("Three Norwegian women") and first.body.rstrip().endswith("months to prepare.")
    assert (second.title, second.outlet, second.published, second.author) == (
        "Camp officials urge more states to follow", "Baltic Morning Post", "2023-03-10", "Anders Holm")
    assert "~~~" not in first.body and "Two pieces" not in first.body


def test_an_alert_of_headlines_and_one_article_are_no_pasted_set():
    assert pasted_articles(ALERT, "alert.eml") == []
    assert pasted_articles(ONE_ARTICLE, "forward.eml") == []


def test_a_proquest_export_sent_by_mail_is_read_as_its_export():
    text = ("Your colleague sent you a document from ProQuest.\n\n"
            "Document 1 of 1\n\nWater returns to Hasakah after Alouk repairs\n\n"
            "Author: Karimi, Sara\n\nPublication info: The Plains Daily ; Fargo, N.D. 02 Sep 2020: A.3.\n\n"
            "Full text: Water began flowing again to Hasakah on Tuesday after repairs at the Alouk station.\n"
            "Residents had relied on trucked water for almost two weeks.\n\n"
            "Title: Water returns to Hasakah after Alouk repairs\nPublication title: The Plains Daily; Fargo, N.D.\n"
            "Publication date: Sep 2, 2020\nProQuest document ID: 2439901772\nDatabase: ProQuest Central\n")
    [record] = database_documents(text, "sent.eml")
    assert (record.title, record.outlet, record.published, record.author, record.id) == (
        "Water returns to Hasakah after Alouk repairs", "The Plains Daily", "2020-09-02", "Sara Karimi",
        "proquest:2439901772")
    assert database_documents(ONE_ARTICLE, "forward.eml") is None


def test_a_message_pasting_two_articles_imports_two(cli, db_path, tmp_path):
    import sqlite_utils
    from email.message import EmailMessage
    message = EmailMessage()
    message["From"] = "Dana Kurt <d.kurt@university.example>"
    message["Subject"] = "two for the file"
    message["Date"] = "Fri, 10 Mar 2023 18:00:00 +0100"
    message["Message-ID"] = "<pasted-2@university.example>"
    message.set_content(TWO_PASTED)
    path = tmp_path / "two for the file.eml"
    path.write_bytes(message.as_bytes())
    result = cli("import", db_path, path, "--silent")
    assert result.exit_code == 0, result.output
    rows = list(sqlite_utils.Database(db_path).query(
        "select a.title, a.published, a.author, o.name as outlet from articles a "
        "left join outlets o on o.id = a.outlet order by source_record"))
    assert [(r["title"], r["outlet"], r["published"], r["author"]) for r in rows] == [
        ("Norway brings home three women from Roj camp", "Fjord Evening News", "2023-03-09", "Ingrid Solberg"),
        ("Camp officials urge more states to follow", "Baltic Morning Post", "2023-03-10", "Anders Holm")]


def _delivery(tmp_path, note):
    """Nexis Uni's e-mail delivery: a note, the export attached as DOCX."""
    document = docx.Document()
    for line in ["Water cuts hit Hasakah again", "Prairie Morning Star", "August 14, 2020 Friday",
                 "Copyright 2020 Prairie Morning Star", "Length: 240 words", "Body",
                 "The Alouk station stopped pumping again this week, leaving Hasakah short of water.",
                 "Load-Date: August 15, 2020", "End of Document",
                 "Guards hurt at al-Hol annex", "Gulf Coast Tribune", "March 3, 2021 Wednesday",
                 "Copyright 2021 Gulf Coast Tribune", "Length: 180 words", "Body",
                 "Two guards were stabbed at the annex of the al-Hol camp, officials said.",
                 "Load-Date: March 4, 2021", "End of Document"]:
        document.add_paragraph(line)
    path = tmp_path / "Files (2).DOCX"
    document.save(path)
    message = EmailMessage()
    message["From"] = "Nexis Uni <no-reply@nexisuni.example>"
    message["Subject"] = "Nexis Uni: 2 documents"
    message.set_content(note)
    message.add_attachment(path.read_bytes(), maintype="application",
                           subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                           filename="Files (2).DOCX")
    return email.message_from_bytes(message.as_bytes(), policy=policy.compat32)


def test_an_export_attached_to_a_delivery_message_is_its_documents(tmp_path):
    note = "Your requested documents are attached.\n\nThis e-mail was sent from Nexis Uni. Do not reply.\n"
    records = attached_documents(_delivery(tmp_path, note), "delivery.eml")
    assert [(r.source_path, r.source_record, r.title) for r in records] == [
        ("delivery.eml!/Files (2).DOCX", 1, "Water cuts hit Hasakah again"),
        ("delivery.eml!/Files (2).DOCX", 2, "Guards hurt at al-Hol annex")]
    assert not holds_article(note)  # the note is no article
    assert holds_article(TWO_PASTED)


def test_a_message_attaching_no_export_has_no_attached_documents(tmp_path):
    message = EmailMessage()
    message["Subject"] = "photo"
    message.set_content(ONE_ARTICLE)
    message.add_attachment(b"\x89PNG\r\n", maintype="image", subtype="png", filename="tents.png")
    parsed = email.message_from_bytes(message.as_bytes(), policy=policy.compat32)
    assert attached_documents(parsed, "photo.eml") == []


ABOVE_ALERT = """Keeping the full text of the first hit (paywall):

Camp guards detain dozens in al-Hol sweep
By Karim Aziz
October 12, 2022

Security forces of the Kurdish-led administration detained dozens of people in the al-Hol camp on Tuesday during a sweep they said targeted Islamic State cells.

The operation began at dawn in the sections for Syrian and Iraqi families and was to go on for several days, a spokesman said.

---------- Forwarded message ---------
From: Google Alerts <googlealerts-noreply@google.com>
Subject: Google Alert - al-Hol

Camp guards detain dozens in al-Hol sweep
Valley Courier
Security forces detained dozens of people in the al-Hol camp on Tuesday ...
https://www.google.com/url?rct=j&url=https://valley-courier.example/alhol-sweep

Aid groups warn of cholera risk in camps
Harbour Gazette
Aid groups said cases of cholera had been confirmed near Raqqa ...
https://www.google.com/url?rct=j&url=https://harbour-gazette.example/cholera

Unsubscribe | View all your alerts
"""


def test_a_whole_article_pasted_over_an_alert_is_that_article():
    [record] = leading_article(ABOVE_ALERT, "alert.eml")
    assert (record.title, record.author, record.outlet, record.url) == (
        "Camp guards detain dozens in al-Hol sweep", "Karim Aziz", "Valley Courier",
        "https://valley-courier.example/alhol-sweep")  # the alert's teaser of the same headline names them
    assert record.body.startswith("Security forces of the Kurdish-led administration")
    assert record.body.rstrip().endswith("a spokesman said.") and "Google" not in record.body
    assert leading_article(ALERT, "alert.eml") == []  # teasers alone stay refused


def test_mail_through_the_cli(cli, db_path, tmp_path):
    import sqlite_utils
    def eml(name, text, attach=None):
        message = EmailMessage()
        message["From"] = "Dana Kurt <d.kurt@university.example>"
        message["Subject"] = name
        message["Date"] = "Fri, 10 Mar 2023 18:00:00 +0100"
        message["Message-ID"] = f"<{name.replace(' ', '-')}@university.example>"
        message.set_content(text)
        if attach:
            message.add_attachment(attach.read_bytes(), maintype="application",
                                   subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                                   filename=attach.name)
        (tmp_path / f"{name}.eml").write_bytes(message.as_bytes())
    delivery = _delivery(tmp_path, "note")  # writes tmp_path / "Files (2).DOCX"
    eml("two for the file", TWO_PASTED)
    eml("alert with the article", ABOVE_ALERT)
    eml("delivery", "Your requested documents are attached.\n", attach=tmp_path / "Files (2).DOCX")
    (tmp_path / "Files (2).DOCX").unlink()
    result = cli("import", db_path, tmp_path, "--silent")
    assert result.exit_code == 0, result.output
    titles = [r["title"] for r in sqlite_utils.Database(db_path).query(
        "select title from articles order by source_path, source_record")]
    assert titles == ["Camp guards detain dozens in al-Hol sweep",
                      "Water cuts hit Hasakah again", "Guards hurt at al-Hol annex",
                      "Norway brings home three women from Roj camp", "Camp officials urge more states to follow"]
