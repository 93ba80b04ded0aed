"""Round 37 hook (issue #13; archive/readers/mail_story.py, not fields37's file): a newsletter's one
article keeps the byline, date and tags the message's text states where the page's reading of the
same text agrees on its headline. Through the real CLI; messages written for the test."""

from email.message import EmailMessage

import sqlite_utils

PARAGRAPHS = ("The children of the camp do not know the word for what their mothers are waiting for, but they "
              "know the sound of the buses that come for other families.",
              "I spoke this month with a mother from the coast who has been in the camp for four years; her "
              "youngest was born there and has never seen a street with houses on it.",
              "There is a temptation in public debate to treat these families as a single problem, when each "
              "of them is a case the state could decide on its merits.")


def test_a_newsletters_article_keeps_its_writer_under_the_headline(cli, db_path, tmp_path):
    mail = EmailMessage()
    mail["From"] = "Harbour Street <newsletter@harbour-street.example>"
    mail["To"] = "reader@example.org"
    mail["Subject"] = "The children who watch others leave"
    mail["Date"] = "Thu, 18 May 2023 06:30:00 +1000"
    mail["List-Unsubscribe"] = "<https://harbour-street.example/unsubscribe>"
    html = ("<html><body><p>Harbour Street | Weekly newsletter | 18 May 2023</p>"
            "<h1>The children who watch others leave</h1><p><em>Jonathan Keane</em></p>"
            + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
            + "<p>Jonathan Keane is a writer and former aid worker.</p>"
              "<p>You are receiving this email because you subscribed. <a href='https://harbour-street.example/"
              "unsubscribe'>Unsubscribe</a></p></body></html>")
    mail.set_content("\n\n".join(PARAGRAPHS))
    mail.add_alternative(html, subtype="html")
    path = tmp_path / "weekly.eml"
    path.write_bytes(bytes(mail))
    result = cli("import", db_path, path, "--silent")
    assert result.exit_code == 0, result.output
    [row] = list(sqlite_utils.Database(db_path).query("select * from articles"))
    assert (row["title"], row["author"]) == ("The children who watch others leave", "Jonathan Keane")
