"""The bench counts a wrong code page as garbled (bench/import_quality.py's ``garbled``): every
character of such a text is valid, so only the truth's words with other non-ASCII letters show it."""

from bench_modules import load

bench = load("import_quality")

POLISH = "Rada miejska w Łodzi przyjęła wczoraj nowy budżet. Radni głosowali późnym wieczorem."
CZECH = "Vláda schválila v úterý nový zákon o státním rozpočtu na příští rok."
RUSSIAN = "Городской совет вчера утвердил новый бюджет после долгого обсуждения депутатами."
GREEK = "Το δημοτικό συμβούλιο ενέκρινε χθες τον νέο προϋπολογισμό της πόλης."


def test_a_wrong_latin_code_page_is_garbled():
    assert bench.garbled(POLISH, POLISH.encode("iso-8859-2").decode("cp1252"))
    assert bench.garbled(POLISH, POLISH.encode("cp1250").decode("cp1252"))
    assert bench.garbled(CZECH, CZECH.encode("cp1250").decode("latin-1"))
    assert bench.garbled("Le café de la gare a rouvert.", "Le cafĂ© de la gare a rouvert.")


def test_a_wrong_code_page_of_another_script_is_garbled():
    assert bench.garbled(RUSSIAN, RUSSIAN.encode("cp1251").decode("koi8-r"))
    assert bench.garbled(RUSSIAN, RUSSIAN.encode("cp1251").decode("cp1252"))
    assert bench.garbled(GREEK, GREEK.encode("cp1253").decode("cp1251"))
    assert bench.garbled(RUSSIAN, RUSSIAN.encode("utf-8").decode("cp1252", "replace").replace("\ufffd", ""))


def test_clean_text_and_other_words_are_not_garbled():
    for text in (POLISH, CZECH, RUSSIAN, GREEK):
        assert not bench.garbled(text, text)
        assert not bench.garbled(text, text.upper())
    # a body that lost words, or kept a leaked line of its page, is not a wrong code page
    assert not bench.garbled(POLISH, POLISH.split(".")[0] + ". Udostępnij ten artykuł")
    assert not bench.garbled(RUSSIAN, "Городской совет вчера утвердил новый бюджет. Поделиться")
    # a name spelt without its accents, or with them, is not garbled either
    assert not bench.garbled("Le président Macron à Paris", "Le president Macron a Paris")
    assert not bench.garbled("Le president Macron a Paris", "Le président Macron à Paris")
