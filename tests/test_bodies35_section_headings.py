"""Round 35 (bodies35): the heading of a text's first section, over its first paragraph, shaped as
the headings the text sets between its own paragraphs, is the text's (a report's "Crisis
overview" over "Key priorities" and "Information gaps and needs")."""

from archive.extract.text_edges import first_section_heading
from archive.readers.text import parse_text_article

REPORT = """Briefing note
Camp services: a review of the winter response
Publication date: 27 October 2022
Crisis overview
Between 1 and 25 October, water trucking to the camp fell by half after two pumping stations stopped, and the camp's clinics reported more cases of diarrhoea among children.

The camp hosts around 53,000 people, more than 60% of them children, and the agencies working there had already cut their teams in the summer.

Key priorities
Water: the supply fluctuates between 20 and 40 litres per person per day, depending on the pumping stations' operation and on the fuel delivered to them.

Health: the reduced access of mobile teams has affected vaccination and the treatment of chronic illness across the camp's sections.

Information gaps and needs
There is limited independent information on the number of people who left the camp this year and on where they went, the review's authors write.
"""


def test_the_first_sections_heading_opens_the_text():
    body = parse_text_article(REPORT, "report.txt").body
    assert body.startswith("Crisis overview\n\nBetween 1 and 25 October")


def test_a_heading_unlike_the_texts_own_stays_out():
    text = ["A paragraph long enough to be a paragraph of the text, ending as a sentence does.",
            "Key priorities", "Another paragraph of the text, also long enough and ending with a stop.",
            "Information gaps and needs", "The last paragraph of the text, ending with a stop as well."]
    assert first_section_heading("Crisis overview", text)
    assert not first_section_heading("Analysis: the camp", text)  # a colon where the text's headings have none
    assert not first_section_heading("Published 27 October 2022", text)  # a date
    assert not first_section_heading("Crisis overview", text[:3])  # one heading inside: no sections to match
