"""A summary's label opening the text's first paragraph ("Summary: ...", "ملخص: ...", "Bottom line up
front: ...") makes it the standfirst, from a sentence of 15 words on (boilerplate.summary_label)."""

from archive.extract.boilerplate import summary_label
from archive.readers.text import parse_text_article

PAGE = """Policy Brief 3/2024

Trials in the region: what support would take

By Lena Marsh

{summary}

Since 2019 the regional courts have heard more than a thousand cases against men held in the prisons of the north-east, most of them in closed hearings with no lawyer present.

The courts are short of judges, interpreters and records. Foreign governments have been asked to help but few have answered, and the help that came has been small and slow.

A support programme would need money for a decade, not a year, and a way to check that the trials it pays for are fair.
"""


def test_short_summary_is_the_standfirst():
    summary = "Summary: Governments unwilling to bring their nationals home should support fair trials in the region instead."
    assert summary_label(summary)
    record = parse_text_article(PAGE.format(summary=summary), "brief.txt")
    assert record.body.startswith("Since 2019 the regional courts")


def test_labels_in_data():
    assert summary_label("BOTTOM LINE UP FRONT: The prisons of the north-east are safer than they were two years ago, but the politics have not changed.")
    assert summary_label("ملخص: يناقش هذا التقدير دلالات الهجوم على السجن وانعكاساته على ملف المعتقلين في المنطقة خلال العامين الماضيين.")


def test_not_a_summary():
    assert not summary_label("Summary: 5-1A: 12 votes, 5-1B: 9 votes")  # a line of results
    assert not summary_label("Summary: 5-1A: the junior diver from the south school won the state title in the event with a score of 409.30.")
    assert not summary_label("Summary: the court heard the case in a closed hearing on Monday and the judges")  # no sentence ends
    assert not summary_label("Note: Governments unwilling to bring their nationals home should support fair trials instead.")
