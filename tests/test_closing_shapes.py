"""An outlet's closing line with a slot its pages fill (a headline, a date), met under two or more of its
records in one export or feed, is the outlet's, not the story's (archive/extract/source_edges.shape_keys;
issue #13, round 30: coll10's monitoring exports and a WordPress feed). Texts invented for the tests."""

import csv

from archive.model import RawRecord
from archive.readers.feed import read_feed
from archive.readers.records import read_csv

STORIES = [
    ("Water trucks reach the eastern villages",
     ["Water trucks reached the eastern villages on Sunday after the pumping station failed again, the local "
      "council said, and families filled every tank they had.",
      "The council said repairs to the station would take at least two weeks because the spare parts had to "
      "come from the coast."]),
    ("Clinic reopens in the old market",
     ["The clinic in the old market reopened on Tuesday after a month of closure, its director said, with two "
      "doctors and a nurse on duty every day.",
      "Patients queued from the early morning, many of them mothers with small children who had walked from "
      "the camps outside the town."]),
    ("Schools delay the start of the year",
     ["Schools in the district will open two weeks late this year because several buildings still house "
      "displaced families, the education office said.",
      "Teachers said they would hold lessons in tents where classrooms were not free by the new date."]),
]
DATES = ["3 February 2022", "21 March 2023", "8 July 2021"]


def _rows(closing):
    return [[title, "Valley Weekly", "\n\n".join(paragraphs + [closing(i, title)])]
            for i, (title, paragraphs) in enumerate(STORIES)]


def _csv(tmp_path, rows):
    file = tmp_path / "clips.csv"
    with open(file, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["title", "source", "text"])
        writer.writerows(rows)
    return {r.source_record: r for r in read_csv(file) if isinstance(r, RawRecord)}


def test_an_outlets_closing_line_with_its_date_changed_leaves_each_record(tmp_path):
    records = _csv(tmp_path, _rows(lambda i, _: f"This item was broadcast on {DATES[i]} in the evening "
                                                f"bulletin of Valley Weekly."))
    for number, (_, paragraphs) in zip((2, 3, 4), STORIES):
        assert "bulletin of Valley Weekly" not in records[number].body
        assert records[number].body.rstrip().endswith(paragraphs[-1][-30:])


def test_a_story_sentence_sharing_closing_words_but_not_naming_the_outlet_stays(tmp_path):
    records = _csv(tmp_path, _rows(lambda i, _: f"Officials said more help would come on {DATES[i]}, "
                                                f"according to the regional council in the north."))
    for number in (2, 3, 4):
        assert records[number].body.rstrip().endswith("regional council in the north.")


def test_a_feeds_the_post_appeared_first_on_line_leaves_each_entry(tmp_path):
    items = "".join(
        f"<item><title>{title}</title><link>https://valleycourier.example/{i}</link>"
        f"<pubDate>Mon, 0{i + 1} May 2023 10:00:00 +0000</pubDate><content:encoded><![CDATA["
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + f"<p>The post <a href='https://valleycourier.example/{i}'>{title}</a> appeared first on "
          f"<a href='https://valleycourier.example'>Valley Courier</a>.</p>]]></content:encoded></item>"
        for i, (title, paragraphs) in enumerate(STORIES))
    feed = tmp_path / "valley.xml"
    feed.write_text('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
                    'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Valley Courier'
                    '</title><link>https://valleycourier.example</link>' + items + "</channel></rss>",
                    encoding="utf-8")
    entries = [r for r in read_feed(feed) if isinstance(r, RawRecord)]
    assert len(entries) == 3
    for entry, (_, paragraphs) in zip(entries, STORIES):
        assert "appeared first on" not in entry.body
        assert entry.body.rstrip().endswith(paragraphs[-1][-30:])
