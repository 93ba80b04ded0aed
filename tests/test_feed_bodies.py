"""A feed entry's body is cleaned as a JSON Lines or CSV record's is (issue #13, round 25): its share
row, related-links heading and copyright line go, and a plain-text entry that marks its paragraphs
with a pilcrow is read as paragraphs. Before, feed bodies were stored as the feed wrote them."""

from pathlib import Path

from archive.extract.article import build_article
from archive.readers.feed import read_feed

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Khabur Valley Monitor</title>
  <id>urn:example:kvm</id>
  <updated>2024-03-02T09:00:00Z</updated>
  <entry>
    <title>Water trucks return to Tal Tamr after a week without deliveries</title>
    <id>urn:example:kvm:101</id>
    <updated>2024-03-02T09:00:00Z</updated>
    <content type="text">{body}</content>
  </entry>
</feed>
"""

STORY = [
    "Water trucks reached Tal Tamr on Saturday for the first time in eight days, residents said, after "
    "the pumping station that feeds the town's tanks was repaired.",
    "The municipality said 14 trucks would run each day until the mains supply is restored, and that "
    "schools and the clinic would be served first.",
    "Farmers along the Khabur said the river was too low to irrigate the wheat planted in November.",
]
FURNITURE = ["Share this: Facebook | X | WhatsApp", "Related stories", "© 2024 Khabur Valley Monitor"]


def _stored(tmp_path: Path, body: str):
    path = tmp_path / "feed.atom"
    path.write_text(ATOM.format(body=body), encoding="utf-8")
    (raw,) = list(read_feed(path))
    return build_article(raw)


def test_a_feed_body_loses_its_furniture(tmp_path):
    article = _stored(tmp_path, "\n\n".join(STORY + FURNITURE))
    assert article.body.startswith("Water trucks reached Tal Tamr")
    assert article.body.rstrip().endswith("wheat planted in November.")
    for line in FURNITURE:
        assert line not in article.body


def test_a_pilcrow_marks_a_feed_entry_s_paragraphs(tmp_path):
    article = _stored(tmp_path, " ¶ ".join(STORY + FURNITURE))
    assert "¶" not in article.body
    assert article.body.count("\n\n") >= 2
    assert "© 2024" not in article.body
