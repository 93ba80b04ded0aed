"""E-mail as researchers keep it (issue #13, round 36): an outlet's "Today's headlines" newsletter
carrying the full text of one story over links to others, and a forwarded alert with the whole
article pasted under its teasers (its outlet and address from the teaser of the same headline, not
the alert service that sent it)."""

from email.message import EmailMessage

import sqlite_utils

PARAGRAPHS = ("Kurdish-led forces said on Sunday that they had retaken the last buildings of the Ghuwayran prison "
              "in al-Hasakah, ten days after Islamic State fighters stormed it.",
              "A spokesman said the last group of attackers surrendered in the basement of a dormitory after running "
              "out of water and food.",
              "Residents of the Ghuwayran district began returning to their homes on Monday, many finding windows "
              "shattered and doors forced open.")


def stored(db_path):
    return list(sqlite_utils.Database(db_path).query(
        "select a.*, o.name as outlet_name from articles a left join outlets o on o.id = a.outlet "
        "order by source_path, source_record"))


def test_an_outlets_headlines_newsletter_with_the_full_text_of_one_story(cli, db_path, tmp_path):
    mail = EmailMessage()
    mail["From"] = "The Valley Courier <newsletter@valley-courier.example>"
    mail["To"] = "reader@example.org"
    mail["Subject"] = "Today's headlines: Siege of Hasakah prison ends after ten days"
    mail["Date"] = "Mon, 31 Jan 2022 06:30:00 +0000"
    mail["Message-ID"] = "<headlines-31@valley-courier.example>"
    mail["List-Unsubscribe"] = "<https://valley-courier.example/unsubscribe>"
    html = ("<html><body><p>THE VALLEY COURIER</p><p>Today's headlines | Monday 31 January 2022</p>"
            "<h1>Siege of Hasakah prison ends after ten days</h1><p>By Dilan Yusuf</p>"
            + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
            + "<h3>More from the Courier</h3><p><a href='https://valley-courier.example/roj'>Roj camp: twelve children "
              "handed over</a></p><p><a href='https://valley-courier.example/court'>Qamishli court to try prison "
              "guards</a></p><p>You are receiving this email because you subscribed to Today's headlines. "
              "<a href='https://valley-courier.example/unsubscribe'>Unsubscribe</a> | Manage preferences</p>"
              "</body></html>")
    mail.set_content("Siege of Hasakah prison ends after ten days\n\n" + "\n\n".join(PARAGRAPHS))
    mail.add_alternative(html, subtype="html")
    path = tmp_path / "headlines.eml"
    path.write_bytes(bytes(mail))
    result = cli("import", db_path, path, "--silent")
    assert result.exit_code == 0, result.output
    [row] = stored(db_path)
    assert (row["title"], row["outlet_name"], row["author"], row["published"]) == (
        "Siege of Hasakah prison ends after ten days", "The Valley Courier", "Dilan Yusuf", "2022-01-31")
    assert row["body"].startswith("Kurdish-led forces said on Sunday")
    assert row["body"].rstrip().endswith("doors forced open.")


def test_an_article_pasted_under_the_teasers_of_a_forwarded_alert(cli, db_path, tmp_path):
    text = "\n".join([
        "Full text of the first hit, pasted under the alert.", "",
        "---------- Forwarded message ---------", "From: Google Alerts <googlealerts-noreply@google.com>",
        "Date: Mon, Jan 31, 2022 at 7:02 AM", "Subject: Google Alert - Hasakah prison", "",
        "Hasakah prison", "Daily update - January 31, 2022", "", "NEWS", "",
        "Siege of Hasakah prison ends after ten days", "Valley Courier",
        "Kurdish-led forces said on Sunday that they had retaken the last buildings of the ...",
        "https://www.google.com/url?rct=j&url=https://valley-courier.example/siege-ends", "",
        "Qamishli court to try prison guards", "Eastern Ledger",
        "A court in Qamishli will hear the cases of men accused of guarding ...",
        "https://www.google.com/url?rct=j&url=https://eastern-ledger.example/court", "",
        "----------", "",
        "Siege of Hasakah prison ends after ten days", "By Dilan Yusuf", "",
        "\n\n".join(PARAGRAPHS)])
    mail = EmailMessage()
    mail["From"], mail["To"] = "Ruth Ames <ruth@example.org>", "desk@example.org"
    mail["Subject"] = "Fwd: Google Alert - Hasakah prison"
    mail["Date"] = "Tue, 01 Feb 2022 08:00:00 +0000"
    mail["Message-ID"] = "<fwd-alert@example.org>"
    mail.set_content(text)
    path = tmp_path / "Fwd alert.eml"
    path.write_bytes(bytes(mail))
    result = cli("import", db_path, path, "--silent")
    assert result.exit_code == 0, result.output
    [row] = stored(db_path)
    assert (row["title"], row["outlet_name"], row["author"], row["url"]) == (
        "Siege of Hasakah prison ends after ten days", "Valley Courier", "Dilan Yusuf",
        "https://valley-courier.example/siege-ends")
    assert row["body"].startswith("Kurdish-led forces said on Sunday that they had retaken the last buildings")
