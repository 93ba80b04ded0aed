"""Round 31's hooks placed by the lead in files the helpers did not own this round (issue #13): the
consent words of South Slavic, Czech, Polish and Russian notices (fields31), a feed reader's "feed"
key as the outlet where its values are names (outlets31), writers joined in another language counted
as writers by the bench (fields31)."""

import json

from archive.model import BadRecord
from archive.readers.records import ReaderOptions, read_jsonl
from archive.readers.text import read_text_file


def test_a_consent_wall_in_bosnian_is_refused(tmp_path):
    path = tmp_path / "portal.txt"
    path.write_text(
        "Dolinski portal\nCijenimo vašu privatnost\n"
        "Mi i naši partneri koristimo kolačiće i slične tehnologije za pohranu podataka na vašem uređaju, "
        "za prikaz oglasa i mjerenje posjeta. Vašu saglasnost možete povući u svakom trenutku.\n"
        "Prihvatam sve\nPodešavanja\nOdbij\n", encoding="utf-8")
    records = list(read_text_file(path))
    assert len(records) == 1 and isinstance(records[0], BadRecord), records
    assert "consent" in records[0].reason


def test_a_feed_readers_feed_title_is_the_outlet(tmp_path):
    body = ("The water board opened a second pumping station on the eastern canal on Sunday, doubling the water "
            "that reaches the villages downstream in the dry months, its director said at the site. ") * 3
    rows = [{"title": f"Pumping station {n} opens", "feed": name, "link": f"https://example.org/{n}",
             "published": "2024-03-0%d" % (n + 1), "content": body}
            for n, name in enumerate(["Canal Courier", "Valley Wire", "Canal Courier", "Delta Monitor"])]
    path = tmp_path / "feed_items.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    records = [r for r in read_jsonl(path, ReaderOptions()) if not isinstance(r, BadRecord)]
    assert [r.outlet for r in records] == ["Canal Courier", "Valley Wire", "Canal Courier", "Delta Monitor"]
