"""What an e-mail holds besides one story (archive/readers/sent_documents.py, called by the mail
reader): several whole articles pasted one under the other become one article each; a forward of
one article, and an alert of headlines, snippets and links, are not a pasted set; a database's
export sent by mail (ProQuest's labelled fields) is read as its export."""

from archive.readers.sent_documents import database_documents, pasted_articles

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
