"""The Levantine months written in Latin letters ("Tishreen al-Awwal", October) are months, not the
Tishrin dam (names15): archive/data/date_words.txt lists them, and a one-word spelling of a name that
begins a month's name is searched outside it, in both scripts (inner_names._outside_month_names)."""

from pathlib import Path
from names_index import index_bodies



def test_latin_month_is_no_place(tmp_path: Path):
    index = index_bodies(tmp_path, {
        "dam": "Engineers inspected the Tishreen dam after the shelling.",
        "bare": "Water at Tishrin fell again this week.",
        "month": "Schools in Raqqa reopened in Tishreen al-Awwal, as October is called locally.",
        "kanun": "The next convoy is expected in Tishrin al-Thani.",
        "arabic": "افتتحت المدارس في تشرين الأول.",
        "arabic_dam": "تفقد مهندسون سد تشرين.",
    })
    for query in ("Tishreen", "Tishrin", "تشرين"):
        assert set(index.matching_ids(query)) == {"dam", "bare", "arabic_dam"}, query
    assert set(index.matching_ids('"Tishreen al-Awwal"', expand=False)) == {"month"}
