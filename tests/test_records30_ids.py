"""Round 30 (records30): an id an export gives to two different stories. Texts invented for the tests."""

from archive.model import RawRecord
from archive.readers.records import read_csv
from test_records30_tails import STORY, _write_csv  # the same invented story and CSV writer


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
