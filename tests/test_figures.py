"""Reported figures: values, qualifiers, what they count, and who said so (issue #5)."""

import pytest

from archive.extract.figures import Figure, attribution, find_figures, parse_number, sentence_around, sentence_bounds


def one(text):
    found = find_figures(text)
    assert len(found) == 1, found
    return found[0]


def values(text):
    return [f.value for f in find_figures(text)]


@pytest.mark.parametrize("text, value", [
    ("4,000", 4000), ("4000", 4000), ("4 000", 4000), ("4\u00a0000", 4000), ("1.5", None),
    ("two", 2), ("five", 5), ("twenty-five", 25), ("three hundred", 300), ("two thousand", 2000),
    ("a thousand", 1000), ("two hundred and fifty", 250), ("one million", 1_000_000),
])
def test_parse_number(text, value):
    assert parse_number(text) == value


def test_parse_number_with_a_scale():
    assert parse_number("1.5", "million") == 1_500_000
    assert parse_number("2", "thousand") == 2000


@pytest.mark.parametrize("text, value, qualifier, counts", [
    ("ISIS executed 700 prisoners in the town.", 700, None, "prisoners executed"),
    ("More than 4,000 civilians have fled the fighting.", 4000, "more than", "civilians fled"),
    ("Some 60,000 people live in al-Hol.", 60000, "some", "people"),
    ("About 2,000 militants surrendered on Sunday.", 2000, "about", "militants surrendered"),
    ("Two thousand detainees were moved.", 2000, None, "detainees"),
    ("Nearly 1.5 million people were displaced.", 1_500_000, "nearly", "people displaced"),
    ("At least seven civilians were killed.", 7, "at least", "civilians killed"),
    ("The death toll has risen to 332.", 332, None, "death toll"),
    ("The toll stood at 154 by Sunday night.", 154, None, "death toll"),
    ("killing at least 20 people near the border", 20, "at least", "people killed"),
    ("It holds roughly 2,600 foreign women and children.", 2600, "roughly", "foreign women and children held"),
    ("Up to 785 people linked to the group escaped.", 785, "up to", "people"),
    ("fewer than 300 fighters remain", 300, "fewer than", "fighters"),
    ("an estimated 10,000 ISIS suspects", 10000, "an estimated", "ISIS suspects"),
    ("Approximately 2000 ISIS militants have surrendered.", 2000, "approximately", "ISIS militants surrendered"),
    ("it moved 27 of its fighters", 27, None, "fighters"),
    ("one civilian died", 1, None, "civilian died"),
    ("The number of displaced people has risen to 40,000.", 40000, None, "displaced people"),
])
def test_figures(text, value, qualifier, counts):
    f = one(text)
    assert (f.value, f.qualifier, f.counts) == (value, qualifier, counts)
    assert isinstance(f, Figure)


def test_number_text_and_position():
    text = "Officials said more than 4,000 civilians fled."
    f = one(text)
    assert f.number_text == "more than 4,000"
    assert text[f.position:].startswith("more than 4,000")
    assert f.sentence == text


def test_ranges():
    f = one("It moved 350-400 of its prisoners.")
    assert (f.value, f.qualifier, f.number_text) == (350, "between", "350-400")
    f = one("between 350 and 400 prisoners were moved")
    assert (f.value, f.qualifier) == (350, "between")


def test_lists_of_figures():
    text = "The toll reached 332: 246 ISIS fighters, seven civilians and 79 members of the Asayish."
    assert [(f.value, f.counts) for f in find_figures(text)] == [
        (332, "death toll"), (246, "ISIS fighters"), (7, "civilians"), (79, "members")]


@pytest.mark.parametrize("text", [
    "The camp was set up in 2016.",
    "Since 2014, the group has lost ground.",
    "On January 20 the prison was attacked.",
    "On 20 January the prison was attacked.",
    "the 20th of January",
    "at 10:30 on Monday",
    "at 5 pm",
    "He is 12 years old.",
    "a 12-year-old boy",
    "children aged 12 and under",
    "40% of the residents",
    "40 percent of the residents",
    "It cost $5 million.",
    "It cost 500 dollars.",
    "a £1.8m fine",
    "the third time",
    "one of the men",
    "no one was hurt",
    "UN Security Council Resolution 2254",
    "under Article 5",
    "phase 4 of the camp",
    "the M4 highway",
    "COVID-19 cases",
    "call +963 11 123 4567",
    "dozens of fighters",
    "hundreds of families",
    "thousands of people fled",
    "over four days of fighting",
    "it lies 100 kilometres away",
    "a 2.5 rating",
    "the Jeddah 1 centre",
    "the Six Nations",
    "a two megapixel camera",
])
def test_not_figures(text):
    assert find_figures(text) == []


@pytest.mark.parametrize("text, source, entity", [
    ("More than 700 prisoners were executed, according to SOHR.", "SOHR",
     "organisation:syrian-observatory-for-human-rights"),
    ("According to the SDF, over 2,000 militants surrendered.", "SDF", "organisation:syrian-democratic-forces"),
    ("The SDF said 2,000 militants surrendered.", "SDF", "organisation:syrian-democratic-forces"),
    ("SOHR reported that 20 civilians were killed.", "SOHR", "organisation:syrian-observatory-for-human-rights"),
    ("A spokesman for the SDF told Reuters that 20 fighters were killed.", "SDF",
     "organisation:syrian-democratic-forces"),
    ("20 fighters were killed, Farhad Shami, an SDF spokesman, told AFP.", "SDF",
     "organisation:syrian-democratic-forces"),
    ("Some 60,000 people live in al-Hol, UN figures show.", "UN", "organisation:united-nations"),
    ("The war monitor said 700 captives were killed.", "The war monitor", None),
    ("About 3,000 women are missing, Kurdish officials in Erbil said.", "Kurdish officials", None),
    ("20 people died, said the Syrian Observatory.", "Syrian Observatory",
     "organisation:syrian-observatory-for-human-rights"),
    ("He said 20 people died.", None, None),
    ("About 20 people died.", None, None),
    ("The BBC could not verify the claims that 20 people died.", None, None),
    ("A reported 200 insurgents attacked.", None, None),
])
def test_attribution(text, source, entity):
    f = find_figures(text)[0]
    assert (f.source, f.source_entity) == (source, entity)


def test_a_semicolon_ends_an_attribution():
    text = "The WHO warned of an outbreak; the camp had only 35 ventilators."
    assert one(text).source is None
    assert attribution("SOHR said so") == ("SOHR", "organisation:syrian-observatory-for-human-rights")


def test_sentences_cope_with_abbreviations():
    text = "Dr. Smith met Mr. Jones in the U.S. on Jan. 5. He said 20 people died. The SDF agreed."
    sentences = [text[a:b].strip() for a, b in sentence_bounds(text)]
    assert sentences == ["Dr. Smith met Mr. Jones in the U.S. on Jan. 5.", "He said 20 people died.",
                         "The SDF agreed."]
    assert text[slice(*sentence_around(text, text.index("20")))].strip() == "He said 20 people died."
    assert one(text).sentence == "He said 20 people died."


def test_empty_text():
    assert find_figures("") == []
    assert find_figures("no numbers at all") == []


def test_many_numbers_are_fast():
    import time

    text = "Officials said 20 fighters and 3,000 civilians fled on 5 May 2019. " * 1000
    start = time.perf_counter()
    assert len(find_figures(text)) == 2000
    assert time.perf_counter() - start < 3.0


def test_any_text_is_safe():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from archive.extract.entities import mentions
    from archive.extract.event_dates import find_event_dates

    pieces = st.sampled_from(["January ", "on Friday", " 2019", " one ", "thousand", "al-", "Hol", "IS ",
                              "SDF", "more than ", "said ", "according to ", " million", "province",
                              "’s", "ago", "1,000", " 4 000", "-400", "İ", "ß", "$", "%", ". ", "\n"])

    @settings(max_examples=150, deadline=None)
    @given(st.lists(st.one_of(pieces, st.text(max_size=5)), max_size=20).map("".join))
    def check(text):
        for m in mentions(text):
            assert text[m.start:m.end] == m.text
        for f in find_figures(text):
            assert f.value > 0 and text[f.position:f.position + len(f.number_text)] == f.number_text
        for d in find_event_dates(text, "2019-03-25"):
            assert text[d.position:d.position + len(d.phrase)] == d.phrase

    check()
