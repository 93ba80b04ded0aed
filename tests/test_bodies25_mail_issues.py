"""A newsletter's issue holding one story: its title is the subject's headline without the
newsletter's name and issue mark, its text the lead story without the masthead, greeting, other
stories' box and footer around it."""

from pathlib import Path

from archive.readers.mail import read_eml

STORY = [
    "The ferry company restored the morning crossing to the north quay on Monday, three months after "
    "a storm damaged the landing stage and left the island's commuters with a two-hour detour.",
    "Dock workers rebuilt the stage with timber shipped from the mainland, and the harbour master said "
    "the new piles had been driven twice as deep as the old ones to withstand winter swells.",
    "Traders on the quay said custom had fallen by half while the crossing was closed, and several "
    "cafes had shortened their hours or shut until the spring.",
]


def _message(tmp_path: Path, headers: str, body: str, name: str = "issue.eml") -> Path:
    path = tmp_path / name
    path.write_text(headers + "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n" + body,
                    encoding="utf-8")
    return path


def test_a_plain_text_issue_gives_its_lead_story(tmp_path: Path):
    body = ("HARBOUR NOTES | Number 7\nOpen this message on the web\n\n"
            "Good morning, here is the story of the week.\n\n"
            "FERRIES RETURN TO THE NORTH QUAY\n\nBy Maren Olafsdottir\n\n"
            + "\n\n".join(STORY) +
            "\n\nForward this to a colleague.\n\n"
            "MORE IN THIS ISSUE\n- Lighthouse keepers' logbooks go online\n- A recipe for salt cod\n\n"
            "You get this mail because you signed up for Harbour Notes.\n"
            "Unsubscribe | Manage your preferences\n© 2023 Quayside Publishing\n")
    path = _message(tmp_path, "From: Harbour Notes <notes@quayside.example>\nTo: me@example.org\n"
                              "Subject: Harbour Notes #7: Ferries return to the north quay\n"
                              "Date: Mon, 6 Mar 2023 06:00:00 +0000\n", body)
    (record,) = list(read_eml(path))
    assert record.title == "Ferries return to the north quay"
    assert record.author == "Maren Olafsdottir"
    assert record.body == "\n\n".join(STORY)


def test_a_listed_issue_whose_subject_carries_the_list_tag(tmp_path: Path):
    body = "Read this issue online\n\n" + "\n\n".join(STORY) + \
        "\n\nUnsubscribe from this list | Update your subscription preferences\n"
    path = _message(tmp_path, "From: Quayside <list@quayside.example>\nTo: me@example.org\n"
                              "Subject: [Quayside Weekly] Ferries return to the north quay\n"
                              "List-Id: Quayside Weekly <weekly.quayside.example>\n"
                              "List-Unsubscribe: <mailto:leave@quayside.example>\n"
                              "Date: Mon, 6 Mar 2023 06:00:00 +0000\n", body)
    (record,) = list(read_eml(path))
    assert record.title == "Ferries return to the north quay"
    assert record.body.endswith(STORY[-1])


def test_a_personal_message_keeps_its_subject_and_text(tmp_path: Path):
    body = "\n\n".join(STORY) + "\n\nSee you on Thursday.\nAnna\n"
    path = _message(tmp_path, "From: Anna Berg <anna@example.org>\nTo: me@example.org\n"
                              "Subject: Notes: ferries and the quay\nDate: Mon, 6 Mar 2023 06:00:00 +0000\n", body)
    (record,) = list(read_eml(path))
    assert record.title == "Notes: ferries and the quay"
    assert record.body.startswith(STORY[0])


def test_an_html_issue_with_its_mark_between_name_and_headline(tmp_path: Path):
    html = ("<html><body><p><a href='https://example.org/web'>Open in your browser</a></p>"
            "<p>Hello, and welcome to this week's letter.</p><h1>Ferries return to the north quay</h1>"
            "<p>By Maren Olafsdottir</p>" + "".join(f"<p>{p}</p>" for p in STORY) +
            "<p>Pass this letter on to a neighbour.</p><h3>Elsewhere in this issue</h3><ul>"
            "<li><a href='https://example.org/1'>Salt cod season opens</a></li>"
            "<li><a href='https://example.org/2'>Fares rise in April</a></li></ul>"
            "<p>You get this because you joined at example.org. <a href='https://example.org/u'>Abmelden</a></p>"
            "</body></html>")
    path = tmp_path / "issue.eml"
    path.write_text("From: Harbour Notes <notes@quayside.example>\nTo: me@example.org\n"
                    "Subject: Harbour Notes | No. 8 | Ferries return to the north quay\n"
                    "List-Unsubscribe: <https://quayside.example/leave>\nDate: Mon, 13 Mar 2023 06:00:00 +0000\n"
                    "MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n" + html, encoding="utf-8")
    (record,) = list(read_eml(path))
    assert record.title == "Ferries return to the north quay"
    assert record.author == "Maren Olafsdottir"
    assert record.body == "\n\n".join(STORY)
