"""Round 12: a consent notice in the consent frameworks' own wording ("store and access
information on your device") saved instead of the article is refused."""

from pathlib import Path

from archive.model import BadRecord
from archive.readers.text import read_text_file


def test_a_consent_notice_in_framework_wording_is_refused(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(
        "Lakeside Evening Post\nBefore you read on\n"
        "We and our 97 partners use cookies and similar technologies to store and access information on your device, "
        "to measure how content performs and to improve our products.\n"
        "You may accept all, reject all, or choose what to allow, and change this at any time.\n"
        "Accept all\nReject all\nManage options\n", encoding="utf-8")
    records = list(read_text_file(path))
    assert len(records) == 1 and isinstance(records[0], BadRecord)
    assert "consent" in records[0].reason
