"""Round 27: the byline words of many languages, kept as data with their language
(archive/data/byline_words.txt), cut where they open a byline; a line is a byline by that sign."""

import pytest

from archive.extract.byline_openers import languages, name_after_opener, opener_table
from archive.extract.bylines import header_byline
from archive.extract.stored_authors import stored_author
from archive.readers.text import parse_text_article


@pytest.mark.parametrize("line, name", [
    ("Di Lucia Bernardi", "Lucia Bernardi"),
    ("Door Femke van Loon", "Femke van Loon"),
    ("Oleh Rizky Hartono", "Rizky Hartono"),
    ("Автор: Марина Шевчук", "Марина Шевчук"),
    ("نویسنده رضا کریمی", "رضا کریمی"),
    ("Researchers: Tomas Berg and Ines Alvarez", "Tomas Berg and Ines Alvarez"),
    ("Researcher: Tomas Berg", "Tomas Berg"),
    ("Hosted by Mira Solberg and Karim Aziz", "Mira Solberg and Karim Aziz"),
    ("Av Siri Lunde | Bergens Avis", "Siri Lunde"),
    ("Yazan: Elif Demirtas", "Elif Demirtas"),
])
def test_a_byline_word_of_another_language_is_cut(line, name):
    assert name_after_opener(line) == name
    assert header_byline(line)[0] == name


@pytest.mark.parametrize("line", [
    "Von Miller",  # a name that opens with such a word, as written
    "Di Maria",
    "Door County Sheriff Office",
    "Di notte a Roma le strade si svuotano",
    "Por la mañana llegó el convoy",
    "Par Lagerkvist",
    "Researchers say the camp is full",
])
def test_a_name_or_a_sentence_opening_with_such_a_word_is_not_cut(line):
    assert name_after_opener(line) is None


def test_the_data_gives_each_word_its_language():
    assert "nl" in languages("door") and "it" in languages("Di") and "id" in languages("oleh")
    assert len({language for _, language in opener_table()}) >= 40


@pytest.mark.parametrize("value, name", [
    ("Oleh Rizky Hartono", "Rizky Hartono"),
    ("نویسنده رضا کریمی", "رضا کریمی"),
    ("Von Miller", "Von Miller"),
])
def test_a_markup_byline_keeps_the_name_without_the_word(value, name):
    assert stored_author(value, None) == name


def test_a_text_page_with_a_dutch_byline_over_its_date():
    text = ("Het Dagblad\n\nGemeente opent nieuw opvangcentrum aan de rand van de stad\n\n"
            "Door Femke van Loon\n3 mei 2023\n\n"
            "Het nieuwe centrum biedt plaats aan tweehonderd mensen en opent volgende week zijn deuren voor "
            "de eerste bewoners, meldt de gemeente.\n\n"
            "De wethouder noemde de opening een belangrijke stap voor de regio en dankte de vrijwilligers.\n")
    assert parse_text_article(text, "artikel.txt").author == "Femke van Loon"


def test_a_cyrillic_byline_with_its_label():
    text = ("Новинний сайт\n\nУряд обговорив допомогу переселенцям у східних областях\n\n"
            "Автор: Марина Шевчук\n12 березня 2021, 10:15\n\n"
            "Уряд обговорив нові програми допомоги переселенцям, які мешкають у східних областях країни, "
            "повідомили у пресслужбі.\n\nРішення ухвалять наступного тижня після консультацій з громадами.\n")
    assert parse_text_article(text, "novyna.txt").author == "Марина Шевчук"


def test_researchers_label_of_a_report_page():
    text = ("Camp Monitor\n\nWater shortages reported in three sections of the camp\n"
            "Published 2 June 2023\nResearchers: Tomas Berg and Ines Alvarez\n\n"
            "Residents of three sections said water deliveries had fallen to twice a week since April, "
            "and that queues at the tanks now start before dawn.\n\n"
            "The monitor calls for a regular delivery schedule and for repairs to the main pipe.\n")
    assert parse_text_article(text, "report.txt").author == "Tomas Berg and Ines Alvarez"


@pytest.mark.parametrize("line, name", [
    ("With Mira Solberg and Karim Aziz", "Mira Solberg and Karim Aziz"),  # a podcast's hosts
    ("With Mira Solberg", None),  # one name after "with": a guest as often as a host
    ("With Love From the Valley", None),
])
def test_with_is_read_only_before_names_joined(line, name):
    assert name_after_opener(line) == name


@pytest.mark.parametrize("name", [
    "Ana dos Santos", "Pieter ter Horst", "Lotte van den Broek", "Anouk van der Berg", "Ali bin Saleh al-Harbi",
])
def test_a_name_with_its_particles_is_read_whole(name):
    from archive.extract.person_names import bare_name

    assert header_byline("By " + name)[0] == name
    assert bare_name(name) == name
