"""Round 24 (bodies24): boxes inside a text and lines closing it, each by a general sign. Test texts
written for these tests."""

from archive.extract import boilerplate, closing_blocks, edge_lines, wire_endings
from archive.extract import paragraphs as classifier
from archive.readers.text import parse_text_article

P1 = ("Traders in Manbij said on Tuesday that the price of flour had risen for the third week in a row, "
      "after the crossing to the west was closed to lorries carrying grain.")
P2 = ("The local council said it was negotiating with the authorities on the other side and expected the "
      "crossing to reopen before the end of the month, although no date had been agreed.")
P3 = ("Bakers said they had cut the size of a bundle of bread rather than raise its price, and several "
      "families said they were already buying less than they needed for the week.")


def test_a_box_of_headlines_under_a_heading_in_capitals_inside_the_text_is_left_out():
    for heading, teaser in (("SEE ALSO", "Grain convoy turned back at the river"),
                            ("DAHA FAZLA", "Köprüde yeni kontrol noktası kuruldu")):
        text = "\n\n".join(["Flour prices rise again in Manbij", P1, P2, heading, teaser, P3])
        body = parse_text_article(text).body.split("\n\n")
        assert body == [P1, P2, P3], heading


def test_a_heading_in_capitals_over_prose_is_the_texts_own():
    text = "\n\n".join(["Flour prices rise again in Manbij", P1, "THE BAKERS", P2, P3])
    assert "THE BAKERS" in parse_text_article(text).body.split("\n\n")


def test_a_line_framed_by_the_same_marks_is_a_box_set_into_the_text():
    assert boilerplate.framed("-- Liked this issue? Send it on to a friend. --")
    assert boilerplate.framed("*** Advertisement ***")
    assert not boilerplate.framed("— It was, she said — a long winter.")
    kept = boilerplate.clean_paragraphs([P1, "== Sponsored: visit our shop ==", P2])
    assert kept == [P1, P2]


def test_a_label_and_a_name_closing_the_text_is_a_credit_line():
    assert closing_blocks.credit_line("Fonte: A.N.S.A.")
    assert closing_blocks.credit_line("Source: Example Wire")
    assert not closing_blocks.credit_line("Ahmed: We will wait.")
    assert not closing_blocks.credit_line("Note: this was the third closure")
    assert closing_blocks.without_closing_blocks([P1, P2, "Source: Example Wire"]) == [P1, P2]


def test_a_note_naming_the_issue_the_text_appeared_in_closes_it():
    assert boilerplate.without_disclaimers([P1, P2, "This story is from the spring 2021 issue of Example Quarterly."]) == [P1, P2]
    assert boilerplate.without_disclaimers([P1, P2, "This piece first appeared in the Example Review."]) == [P1, P2]


def test_an_appeal_opening_on_a_sum_over_a_donate_button_closes_no_text():
    lines = [P1, P2, P3, "€25 could give a family bread for a month.", "Donate now", "Registered charity 000000."]
    judged = classifier.classify(lines, "en")
    assert judged[4].furniture in ("call to action", "widget")
    assert edge_lines._without_appeal(lines, judged, [0, 1, 2, 3]) == [0, 1, 2]
    story = [P1, P2, "The council said the bakery had received €250,000 in repairs since the spring.", "Share this"]
    judged = classifier.classify(story, "en")
    assert edge_lines._without_appeal(story, judged, [0, 1, 2]) == [0, 1, 2]  # the story's sum, not an appeal


def test_a_wire_sign_off_with_its_date_in_brackets_ends_the_text():
    match = wire_endings.WIRE_CREDIT.search("bread and fuel remain short. (Example Agency 3/2/2021)")
    assert match and match.group("credit") == "Example Agency"
    assert wire_endings.WIRE_CREDIT.search("camps in Syria. (PNA)").group("credit") == "PNA"


def test_a_reading_time_over_the_text_is_the_headers():
    assert edge_lines.reading_time("Temps de lecture 6 min.")
    assert edge_lines.reading_time("Leesduur 4 minuten")
    assert not edge_lines.reading_time("The convoy waited for 40 minutes.")
    text = "\n\n".join(["Flour prices rise again in Manbij", "Gelesen in 3 Min.", P1, P2, P3])
    assert parse_text_article(text).body.split("\n\n")[0] == P1


def test_a_photo_credit_in_another_language_is_a_caption_not_a_dateline():
    assert classifier.furniture_reason("Foto: Jan Example/Example Agency") == "caption"
    assert not classifier.opens_with_dateline("Foto: Jan Example/EXA")
