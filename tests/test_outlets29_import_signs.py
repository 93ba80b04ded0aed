"""A note that names no outlet but is signed with the letters or the address of a name its import
writes in full (round 29, helper outlets29); and the shared shapes the import readers use."""

import ast
from pathlib import Path

from archive.extract.import_outlets import ImportNames

ROOT = Path(__file__).resolve().parent.parent


def _names(tmp_path, note_lines):
    names = ImportNames([tmp_path])
    for n in range(3):
        names.add_site("The Harbour Lantern Review", str(tmp_path / f"issue-{n}.eml"))
        names.add_name("The Harbour Lantern Review")
    note = tmp_path / "note.txt"
    names.add_edges(str(note), note_lines)
    return names, str(note)


def test_a_note_signed_with_the_letters_the_import_writes_in_full(tmp_path):
    from archive.extract.source_names import signed_site

    names, note = _names(tmp_path, ["River levels and the camps: a short note", "9/6/2023", "Text of the note.",
                                    "— HLR"])
    assert signed_site(names, note) == "Harbour Lantern Review"


def test_a_note_closed_by_the_sites_address(tmp_path):
    from archive.extract.source_names import signed_site

    names, note = _names(tmp_path, ["River levels and the camps: a short note", "9/6/2023", "Text of the note.",
                                    "harbourlanternreview.org/notes"])
    assert signed_site(names, note) == "The Harbour Lantern Review"


def test_letters_the_import_does_not_write_in_full_name_nothing(tmp_path):
    from archive.extract.source_names import signed_site

    names, note = _names(tmp_path, ["River levels and the camps", "Text of the note.", "— QZX", "qzxnotes.org"])
    assert signed_site(names, note) is None


def test_the_import_readers_import_no_private_name_of_another_module():
    for module in ("archive/extract/import_outlets.py", "archive/extract/source_names.py",
                   "archive/extract/domain_names.py"):
        tree = ast.parse((ROOT / module).read_text(encoding="utf-8"))
        private = [alias.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                   and (node.module or "").startswith("archive") for alias in node.names if alias.name.startswith("_")]
        assert not private, (module, private)
