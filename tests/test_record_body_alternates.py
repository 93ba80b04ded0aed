"""Issue #13: a feed whose records keep their text under different keys, one of them named as a
body ("content_html") and the other under a name no data lists: records of the second kind keep
their text (a column of long prose the names did not map), instead of being refused as bodiless.
A short field (a summary) is never taken for the body."""

import json

from archive.readers.records import BadRecord, read_jsonl

TEXT = ("Engineers from the district council inspected the pumping station on Monday. They said the "
        "repairs to the main pipe would take two more weeks.\n\nResidents have been told to keep "
        "water in containers until the supply is back.")


def _feed(tmp_path, rows):
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    return list(read_jsonl(path))


def test_records_with_text_under_an_unnamed_key_keep_it(tmp_path):
    rows = [{"id": f"r{n}", "headline": f"Pumping station repairs, day {n}", "txt_full": TEXT} for n in range(4)]
    rows.insert(2, {"id": "h1", "headline": "Pumping station repairs in pictures", "content_html": f"<p>{TEXT}</p>"})
    got = _feed(tmp_path, rows)
    assert [type(r).__name__ for r in got] == ["RawRecord"] * 5
    assert all("pumping station on Monday" in r.body for r in got)


def test_a_short_field_is_not_taken_for_the_body(tmp_path):
    rows = [{"id": "a", "headline": "Pumping station repairs begin", "content_html": f"<p>{TEXT}</p>",
             "teaser": "Repairs begin."},
            {"id": "b", "headline": "Pumping station repairs end", "teaser": "Repairs end."}]
    got = _feed(tmp_path, rows)
    assert "pumping station on Monday" in got[0].body
    assert isinstance(got[1], BadRecord) and "no article body" in got[1].reason
