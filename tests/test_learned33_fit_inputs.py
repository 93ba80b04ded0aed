"""The fitters of the learned line checks read a zip's member as the bench names it (round 33)."""

import zipfile

from bench.fit_inputs import input_bytes


def test_a_zip_member_and_a_plain_file(tmp_path):
    plain = tmp_path / "note.txt"
    plain.write_bytes(b"Harbour ferry resumes\n\nThe ferry ran again on Monday.")
    bundle = tmp_path / "saved.zip"
    with zipfile.ZipFile(bundle, "w") as archive:
        archive.writestr("web/ferry.txt", "Ferry resumes after storm\n\nThe crossing reopened at dawn.")
    assert input_bytes(plain).startswith(b"Harbour ferry")
    assert input_bytes(tmp_path / "saved.zip!/web/ferry.txt").startswith(b"Ferry resumes")
