"""A file that is not UTF-8 and names no charset is read in the single-byte code page that makes
its text plausible (archive/readers/code_pages.py); windows-1252 on weak evidence."""

import pytest

from archive.readers import code_pages
from archive.readers.decode import decode_text
from archive.readers.html_decode import decode_html

# Texts written for these tests, each in its language's legacy code page(s).
TEXTS = {
    "polish": (
        "Rada gminy zebrała się w czwartek późnym wieczorem. Wójt przedstawił plan budowy nowej "
        "szkoły i przyznał, że prace mogą się opóźnić o kilka miesięcy. Mieszkańcy pytali o drogę "
        "do Łomży, która od dwóch lat czeka na remont. Źródłem pieniędzy ma być fundusz unijny.",
        ("cp1250", "iso8859_2"),
    ),
    "czech": (
        "Městské zastupitelstvo ve čtvrtek schválilo rozpočet na příští rok. Starosta řekl, že peníze "
        "půjdou hlavně na opravu škol a silnic. Opozice kritizovala, že se zvýší poplatky za odpad "
        "a že město nemá žádný plán pro dopravu v centru.",
        ("cp1250", "iso8859_2"),
    ),
    "hungarian": (
        "A városi közgyűlés csütörtökön elfogadta a jövő évi költségvetést. A polgármester szerint "
        "a pénz nagy része az iskolák és az utak felújítására megy. Az ellenzék bírálta, hogy "
        "nőnek a díjak, és hogy a belvárosi forgalomra nincs elképzelés. Több képviselő szerint "
        "a hétfői ülésen újra szavazni kellene, mert a tervezetből kimaradt a kerékpárutak bővítése.",
        ("cp1250", "iso8859_2"),
    ),
    "romanian": (
        "Consiliul local a aprobat joi bugetul pentru anul următor. Primarul a spus că banii vor "
        "merge în special la renovarea şcolilor şi a străzilor. Opoziţia a criticat creşterea "
        "taxelor şi lipsa unui plan pentru traficul din centrul oraşului.",
        ("cp1250",),
    ),
    "turkish": (
        "Belediye meclisi perşembe günü gelecek yılın bütçesini onayladı. Belediye başkanı, paranın "
        "büyük kısmının okulların ve yolların onarımına gideceğini söyledi. Muhalefet, ücretlerin "
        "artmasını ve şehir merkezindeki trafik için bir plan olmamasını eleştirdi.",
        ("cp1254",),
    ),
    "russian": (
        "Городской совет в четверг утвердил бюджет на следующий год. Мэр сказал, что деньги пойдут "
        "в основном на ремонт школ и дорог. Оппозиция раскритиковала рост сборов и отсутствие "
        "плана по движению в центре города.",
        ("cp1251", "koi8_r"),
    ),
    "ukrainian": (
        "Міська рада в четвер затвердила бюджет на наступний рік. Мер сказав, що гроші підуть "
        "переважно на ремонт шкіл і доріг. Опозиція розкритикувала зростання зборів і відсутність "
        "плану щодо руху в центрі міста, який її депутати вимагають уже рік.",
        ("cp1251", "koi8_u"),
    ),
    "greek": (
        "Το δημοτικό συμβούλιο ενέκρινε την Πέμπτη τον προϋπολογισμό του επόμενου έτους. Ο δήμαρχος "
        "είπε ότι τα χρήματα θα πάνε κυρίως στην επισκευή σχολείων και δρόμων. Η αντιπολίτευση "
        "επέκρινε την αύξηση των τελών.",
        ("cp1253", "iso8859_7"),
    ),
    "arabic": (
        "وافق المجلس البلدي يوم الخميس على موازنة العام المقبل. وقال رئيس البلدية إن معظم الأموال "
        "ستذهب إلى ترميم المدارس والطرق، بينما انتقدت المعارضة ارتفاع الرسوم وغياب خطة للسير.",
        ("cp1256",),
    ),
    "persian": (
        "شوراي شهر روز پنجشنبه بودجه سال آينده را تصويب کرد. شهردار گفت که بيشتر پول صرف تعمير "
        "مدرسه‌ها و جاده‌ها مي‌شود و مخالفان از افزايش عوارض و نبود برنامه براي ترافيک انتقاد کردند.",
        ("cp1256",),
    ),
    "french": (
        "Le conseil municipal a adopté jeudi le budget de l’année prochaine. Le maire a déclaré que "
        "l’essentiel irait à la rénovation des écoles et des routes ; l’opposition a critiqué la "
        "hausse des redevances et l’absence de plan pour la circulation du centre-ville.",
        ("cp1252",),
    ),
    "german": (
        "Der Stadtrat hat am Donnerstag den Haushalt für das kommende Jahr beschlossen. Der "
        "Bürgermeister sagte, das Geld fließe vor allem in die Sanierung von Schulen und Straßen. "
        "Die Opposition kritisierte höhere Gebühren und das Fehlen eines Verkehrskonzepts.",
        ("cp1252",),
    ),
    "spanish": (
        "El concejo municipal aprobó el jueves el presupuesto del año próximo. El alcalde dijo que "
        "el dinero irá sobre todo a la reparación de escuelas y calles. La oposición criticó el "
        "aumento de las tasas y la falta de un plan para el tráfico del centro.",
        ("cp1252",),
    ),
}
EXPECTED = {"cp1250": "windows-1250", "iso8859_2": "iso-8859-2", "cp1254": "windows-1254",
            "cp1251": "windows-1251", "koi8_r": "koi8-r", "koi8_u": "koi8-u", "cp1253": "windows-1253",
            "iso8859_7": "iso-8859-7", "cp1256": "windows-1256", "cp1252": "windows-1252"}
CASES = [(language, codec) for language, (_, codecs) in TEXTS.items() for codec in codecs]


@pytest.mark.parametrize("language,codec", CASES)
def test_each_language_in_its_legacy_code_page_is_read_right(language, codec):
    text = TEXTS[language][0]
    decoded = decode_text(text.encode(codec))
    assert decoded.text == text
    # the code page named is the one written in, or one that reads these bytes the same (Hungarian
    # letters are at the same bytes in ISO-8859-2 and windows-1250; Greek in ISO-8859-7 without Ά)
    assert decoded.encoding == EXPECTED[codec] or text.encode(codec).decode(decoded.encoding) == text
    assert decoded.encoding in decoded.note


@pytest.mark.parametrize("language,codec", CASES)
def test_the_same_in_an_html_page_that_names_no_charset(language, codec):
    page = f"<html><head><title>x</title></head><body><p>{TEXTS[language][0]}</p></body></html>"
    assert TEXTS[language][0] in decode_html(page.encode(codec))


def test_iso_8859_2_and_windows_1250_are_told_apart():
    polish = TEXTS["polish"][0] + " Świadkowie mówią, że ścieżka przy źródle jest zniszczona."
    assert decode_text(polish.encode("iso8859_2")).encoding == "iso-8859-2"
    assert decode_text(polish.encode("cp1250")).encoding == "windows-1250"


@pytest.mark.parametrize("text", [
    "The council’s budget – approved on Thursday – sets aside £2m for the café quarter.",
    "Le maire a rouvert l’école.",
    "Straßenfest am Dienstag.",
    "Señor López habló ayer.",
    "Un café à Montréal, “déjà vu” — c’est ça.",
])
def test_short_western_texts_stay_windows_1252(text):
    decoded = decode_text(text.encode("cp1252"))
    assert (decoded.text, decoded.encoding) == (text, "windows-1252")


def test_a_text_too_short_to_tell_stays_windows_1252():
    # "Gdańsk" in windows-1250 is "Gdañsk" in windows-1252: one letter is no evidence
    assert decode_text("Spotkanie w Gdańsk".encode("cp1250")).encoding == "windows-1252"
    assert decode_text("Łódź".encode("cp1250")).encoding == "windows-1252"


def test_signs_standing_alone_are_no_evidence():
    # a price in yen or a middle-dot separator is not a Polish "Ą" or a Ukrainian "Ї"
    text = "Tickets ¥500 · Rooms ¥9000 · Meals ¥1200 · Taxi ¥3000 · Museum ¥800 · Park ¥300 ·"
    assert decode_text(text.encode("cp1252")).encoding == "windows-1252"


def test_capitals_show_koi8_read_as_windows_1251():
    russian = TEXTS["russian"][0]
    choice = code_pages.choose(russian.encode("koi8_r"))
    assert choice.encoding == "koi8-r" and choice.language == "russian"


def test_scripts_that_no_single_byte_code_page_reads_are_detected():
    chinese = "市议会星期四通过了明年的预算，市长说资金主要用于修缮学校和道路。"
    assert code_pages.choose(chinese.encode("gb18030")) is None
    assert decode_text(chinese.encode("gb18030")).text == chinese


def test_alphabets_data_names_known_code_pages():
    for language, names, weights in code_pages.alphabets():
        assert names <= set(code_pages.CODE_PAGES), language
        assert weights and all(len(letter) == 1 and not letter.isascii() for letter in weights)
