"""A mail's headers written in raw 8-bit bytes rather than RFC 2047 words (mail clients and pasted
copies do it): read as the import reads a file's text, never as U+FFFD (issue #13, "never garbled")."""

import pytest

from archive.model import BadRecord
from archive.readers.mail import read_eml

BODY = ("The ferry at the northern crossing ran again this week after the spring floods had kept it tied up "
        "for a month, and the farmers who use it said the wait had cost them a season.\n\n"
        "The river authority said the southern crossing would need another survey before it could carry "
        "lorries, because the floods had washed out part of the approach road.\n")


@pytest.mark.parametrize("subject, encoding", [
    ("Färjan går igen – läget vid överfarten", "utf-8"),
    ("Le bac reprend – la traversée après les crues", "utf-8"),
    ("Le bac reprend – la traversée après les crues", "cp1252"),
])
def test_a_subject_in_raw_bytes_is_read_as_text(tmp_path, subject, encoding):
    head = (b"From: Harbour Desk <desk@harbour.example>\r\nSubject: " + subject.encode(encoding)
            + b"\r\nDate: Thu, 24 Nov 2022 19:12:03 +0100\r\nMIME-Version: 1.0\r\n"
            b"Content-Type: text/plain; charset=\"UTF-8\"\r\n\r\n")
    path = tmp_path / "ferry.eml"
    path.write_bytes(head + BODY.encode("utf-8"))
    records = [r for r in read_eml(path) if not isinstance(r, BadRecord)]
    assert records and records[0].title == subject
    assert "\ufffd" not in records[0].title


def test_encoded_words_are_read_as_before(tmp_path):
    head = (b"From: =?utf-8?q?Caf=C3=A9_Desk?= <desk@harbour.example>\r\n"
            b"Subject: =?utf-8?q?La_travers=C3=A9e?= =?utf-8?q?_rouvre?= mardi\r\n"
            b"Date: Thu, 24 Nov 2022 19:12:03 +0100\r\nContent-Type: text/plain; charset=\"UTF-8\"\r\n\r\n")
    path = tmp_path / "ferry.eml"
    path.write_bytes(head + BODY.encode("utf-8"))
    records = [r for r in read_eml(path) if not isinstance(r, BadRecord)]
    assert records[0].title == "La traversée rouvre mardi"
