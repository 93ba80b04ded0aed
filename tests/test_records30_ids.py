"""Round 30 (records30): an id an export gives to two different stories. Texts invented for the tests."""

import csv

from archive.model import RawRecord
from archive.readers.records import read_csv

STORY = [
    "The regional council voted on Thursday to rebuild the flooded bridge over the river before the winter, "
    "after months of debate over who should pay for the work and how long it would take.",
    "Engineers told the council that the old piers could not be saved and that a new crossing would need "
    "deeper foundations, raising the cost by almost a third.",
    "Residents of the villages on the far bank have been driving forty minutes around the valley since the "
    "flood in March, and several shops say they have lost most of their customers.",
]


def _write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)


def test_an_id_given_to_two_different_stories_keeps_both_and_says_so(tmp_path):
    file = tmp_path / "reading-list.csv"
    _write_csv(file, ["ID", "Headline", "Link", "Text"], [
        ["RL-7", "Council votes to rebuild bridge", "https://valleycourier.example/a", "\n\n".join(STORY)],
        ["RL-7", "Hill road reopens after repairs", "https://hilltimes.example/c", "\n\n".join(STORY[1:])],
        ["RL-9", "Council votes to rebuild bridge", "https://valleycourier.example/a", "\n\n".join(STORY)],
        ["RL-9", "Council votes to rebuild the bridge", "https://valleycourier.example/a", "\n\n".join(STORY[:2])],
    ])
    records = {r.source_record: r for r in read_csv(file) if isinstance(r, RawRecord)}
    assert records[2].id == "RL-7" and records[3].id is None
    assert any("row 2" in note for note in records[3].notes)
    assert records[5].id == "RL-9"  # the same story updated: left to the import, which reports it
