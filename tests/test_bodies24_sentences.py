"""Round 24 (bodies24): a sentence closed inside a straight quote; a dateline naming its region.
Test texts written for these tests."""

from archive.extract.paragraphs import ends_sentence, opens_with_dateline


def test_a_stop_inside_a_straight_closing_quote_ends_a_sentence():
    assert ends_sentence("The farmer said the water 'never came back.'")
    assert ends_sentence("'Is anyone coming?'")
    assert not ends_sentence("the pupils' parents")  # a possessive, no stop before it


def test_a_dateline_naming_its_region_after_a_comma_opens_the_text():
    assert opens_with_dateline("MANBIJ, Syria — Two winters after the bridge was rebuilt, traders cross it daily.")
    assert opens_with_dateline("Tabqa, Syria – The dam's engineers met on Sunday.")
    assert not opens_with_dateline("However, the council said — after a long meeting — that it would wait.")



def test_an_outlet_and_the_reporter_over_the_text_is_a_credit_not_a_dateline():
    from archive.extract import text_edges

    top = ["Example Post", "Headline"]
    assert text_edges._own_dateline("Example Post – Hasakah", top)
    assert not text_edges._own_dateline("Example Post – Rana Example", top, author="Rana Example")
