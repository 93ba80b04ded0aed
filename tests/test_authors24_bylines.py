"""Round 24 (authors24): bylines by kind: names joined in many languages, desks credited in many
languages, a stamp beside the byline, a credit after a markup byline's comma, a role in another
language under the name. Texts written for these tests."""

import pytest

from archive.extract.byline_blocks import meta_line
from archive.extract.byline_desks import not_a_person
from archive.extract.bylines import header_byline
from archive.extract.person_names import bare_name, role_line
from archive.extract.stored_authors import stored_author
from archive.readers.text import parse_text_article


# -- two writers joined by another language's "and" ------------------------------------------

@pytest.mark.parametrize("line", [
    "Lucía Ferrer y Andrés Molina",
    "Claire Vasseur et Julien Marchand",
    "Katrin Vogel und Stefan Braun",
    "Pieter Jansen en Femke Smit",
    "Elif Arslan ve Murat Koç",
    "Karin Lund och Erik Holm",
])
def test_two_names_joined_in_another_language(line):
    assert bare_name(line) == line


def test_a_surname_joined_by_a_particle_is_no_pair():
    assert bare_name("Rafael Ortega y Gasset") is None  # one person's double surname: no two names


def test_a_capital_initial_is_no_joiner():
    assert header_byline("By Tomas Y. Berg") == ("Tomas Y. Berg", None)


def test_labelled_byline_with_a_spanish_joiner():
    assert header_byline("Por Lucía Ferrer y Andrés Molina") == ("Lucía Ferrer y Andrés Molina", None)


def test_comma_list_closed_by_another_language_joiner():
    assert header_byline("Par Claire Vasseur, Julien Marchand et Sophie Roux")[0] == \
        "Claire Vasseur, Julien Marchand et Sophie Roux"


def test_joined_names_over_a_place_and_date_line_are_the_byline():
    text = ("Diario del Levante\n\nEl ayuntamiento abre un nuevo centro de acogida en el puerto\n\n"
            "Lucía Ferrer y Andrés Molina\nValencia 14/03/2024 - 09:20 h\n\n"
            "El centro recibirá a las familias que llegan por mar durante los meses de verano, según "
            "explicó la concejala en una rueda de prensa celebrada esta mañana en el ayuntamiento.\n\n"
            "Las obras costaron algo más de dos millones de euros y duraron casi un año entero, con "
            "varios retrasos por la falta de materiales en los primeros meses.\n")
    assert parse_text_article(text).author == "Lucía Ferrer y Andrés Molina"


# -- a desk credited in another language -------------------------------------------------------

@pytest.mark.parametrize("credit", [
    "Deska Qamişlo", "Redacción Internacional", "Rédaction Afrique", "Redaktion Ausland",
    "Haber Merkezi", "Agencias", "Newsroom Duhok",
])
def test_a_desk_in_any_language_names_nobody(credit):
    assert not_a_person(credit, None)


def test_a_person_is_still_a_person():
    assert not not_a_person("Lucía Ferrer", None)
    assert not not_a_person("Ahmet Deskin", None)  # a word only starting like a desk's


def test_labelled_desk_credit_stores_no_author():
    text = ("Rojnameya Mezopotamya\n\nBajar bê av ma piştî ku îstasyon hat girtin\n\n12.04.2023\n"
            "Nûçe: Deska Qamişlo\n\nÎstasyona avê ya bajêr dîsa hat girtin û zêdetirî sed hezar kes bê av "
            "man, li gorî şaredariyê ku îro daxuyaniyek belav kir.\n\nNiştecih dibêjin ew neçar in ku avê "
            "bi tankeran bikirin û bihayê wê her roj zêdetir dibe.\n")
    assert parse_text_article(text).author is None


# -- a stamp part beside the byline ------------------------------------------------------------

def test_relative_stamp_beside_a_labelled_byline():
    assert meta_line("7 hours ago · By Hana Rostami, Valley correspondent")[0] == "Hana Rostami"


def test_relative_stamp_beside_a_desk_gives_no_name():
    assert meta_line("3 hours ago · Valley Wire Staff") is None


def test_arabic_relative_stamp_beside_a_name():
    assert meta_line("منذ ساعتين · ريم الحداد")[0] == "ريم الحداد"


def test_stamp_and_byline_line_under_the_title():
    text = ("VALLEY WIRE\nLatest | Politics | Water\n\nCouncil votes to reopen the old river bridge\n"
            "7 hours ago · By Hana Rostami, Valley correspondent\n\n"
            "DUHOK (VW) — The provincial council voted on Tuesday to reopen the old river bridge after "
            "two years of repairs, officials said.\n\nEngineers said the bridge could now carry trucks "
            "again, though a weight limit would stay in place until the spring inspection.\n")
    assert parse_text_article(text).author == "Hana Rostami"


# -- a markup byline's credit after its comma ----------------------------------------------------

@pytest.mark.parametrize("byline, name", [
    ("Selin Aydın , Duhok Bureau", "Selin Aydın"),
    ("Selin Aydın, River Post correspondent", "Selin Aydın"),
    ("Selin Aydın, Senior Correspondent", "Selin Aydın"),
])
def test_credit_after_a_comma_is_cut(byline, name):
    assert stored_author(byline, "The River Post") == name


def test_second_writer_after_a_comma_is_kept():
    assert stored_author("Selin Aydın, Omar Haddad", "The River Post") == "Selin Aydın, Omar Haddad"


# -- a role in another language, where the reporter files from before it --------------------------

@pytest.mark.parametrize("line", [
    "Enviado especial", "Envoyée spéciale", "Corresponsal en Estambul", "Korrespondentin",
    "Mosul (Irak). Enviada especial", "Deir ez-Zor (Syria). Special correspondent",
])
def test_role_in_another_language(line):
    assert role_line(line)


@pytest.mark.parametrize("line", ["St. Paul", "Edición especial", "Iraq arrests journalist", "Oferta especial"])
def test_no_role(line):
    assert not role_line(line)


def test_name_over_place_and_role_line_is_the_byline_and_not_the_title():
    text = ("EL DIARIO DEL SUR\nInternacional | Opinión\n\n"
            "Tres años después, Mosul reconstruye su casco antiguo piedra a piedra\n\n"
            "Lucía Ferrer\nMosul (Irak). Enviada especial\n5 de abril de 2022 | 08:15\n\n"
            "En la orilla occidental del Tigris, las grúas trabajan desde el amanecer sobre las ruinas "
            "de la ciudad vieja, donde los vecinos han vuelto a abrir algunas tiendas.\n\n"
            "Un comerciante de 50 años enseña la fachada de su casa, levantada de nuevo con las mismas "
            "piedras que sacó de los escombros con sus hijos.\n")
    record = parse_text_article(text)
    assert record.title.startswith("Tres años después")
    assert record.author == "Lucía Ferrer"


# -- a wire's signature after a slash, in brackets -----------------------------------------

def test_signature_in_brackets():
    assert bare_name("(Karin Sjöberg/TT)") == "Karin Sjöberg"


@pytest.mark.parametrize("line", ["(Karin Sjöberg)", "Karin Sjöberg/Reuters", "Syria/Iraq"])
def test_no_signature(line):
    assert bare_name(line) is None


# -- a record's byline field labelled in another language ------------------------------------------

@pytest.mark.parametrize("value, name", [
    ("Por Lucía Ferrer y Andrés Molina", "Lucía Ferrer y Andrés Molina"),
    ("Par Claire Vasseur", "Claire Vasseur"),
    ("كتب: ريم الحداد", "ريم الحداد"),
    ("Von Braun", "Von Braun"),  # a name alone after what could be a label: kept whole
])
def test_byline_field_without_its_label(value, name):
    from archive.readers.record_values import record_author
    assert record_author(value) == name
