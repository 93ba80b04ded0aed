"""Round 30 (helper fields30): titles, bylines, tags and language by family, with invented texts: a
text whose block opens on the page's header (a tagline of short sentences, a centre's name); a note
on how the text was saved; a kicker the page's <title> keeps; bylines opened by another language's "By" beside the date, a blog's "In Category by
Name", a name then its newspaper in quotation marks, a signature so written under the text, a desk
credited as the site's name glued to a desk's word, two writers each with a title; tag labels of
Europe's papers; a language judged on a longer sample where the first leaves it in doubt."""

from __future__ import annotations

import lxml.html
import pytest

from archive.extract import bylines
from archive.extract.byline_desks import not_a_person
from archive.extract.byline_signatures import quoted_credit_signature
from archive.extract.header_labels import labelled
from archive.extract.html_titles import page_headline
from archive.extract.language import guess_language
from archive.extract.stored_authors import stored_author
from archive.readers.text import parse_text_article

PROSE = ("The ferry company said the new boats would enter service on the northern route in spring, "
         "after two winters in which storms cancelled more than a third of the crossings on the line.")
MORE = ("Islanders have asked for a second daily crossing for years, and the council said it would "
        "look at the timetable again once the new boats are in service and the harbour works are done.")


def test_a_block_opening_on_the_site_s_tagline_keeps_the_headline():
    text = "\n\n".join(["Harbour Weekly", "Checked. Explained. Independent.", "ISLANDS",
                        "New ferries for the north. Will they run in winter?", "Maria Lindqvist",
                        "8 March 2023", PROSE, MORE])
    record = parse_text_article(text)
    assert record.title == "New ferries for the north. Will they run in winter?"
    assert record.author == "Maria Lindqvist"


def test_a_centre_s_name_over_a_briefing_s_headline_and_authors():
    text = "\n\n".join(["Northern University", "Institute for the Study of Island Transport (ISIT)",
                        "School of Geography", "Policy Brief 7",
                        "Crossings at risk? Ferries, storms and the islands' lifeline",
                        "Authors: Dr Ann Byrne and Dr Tomas Keane", PROSE, MORE])
    record = parse_text_article(text)
    assert record.title == "Crossings at risk? Ferries, storms and the islands' lifeline"
    assert record.author == "Ann Byrne and Tomas Keane"


def test_a_note_on_how_the_text_was_saved_is_no_title():
    text = "\n\n".join(["Saved from browser — text only", "Islanders wait for the new ferries", PROSE, MORE])
    assert parse_text_article(text).title == "Islanders wait for the new ferries"


def test_a_kicker_the_page_title_keeps():
    page = lxml.html.fromstring(
        "<html><head><title>Landgericht Kiel zu Fährunglück: Zwei Jahre auf Bewährung</title></head><body>"
        "<article><p class='dachzeile'>Landgericht Kiel zu Fährunglück</p><h1>Zwei Jahre auf Bewährung</h1>"
        "<p>Das Landgericht hat den Kapitän verurteilt.</p></article></body></html>")
    assert page_headline("Zwei Jahre auf Bewährung", page) == "Landgericht Kiel zu Fährunglück: Zwei Jahre auf Bewährung"
    page = lxml.html.fromstring(  # a kicker naming the genre stays out
        "<html><head><title>ANALYSIS: Ferries face a hard winter</title></head><body>"
        "<p>ANALYSIS</p><h1>Ferries face a hard winter</h1><p>Text.</p></body></html>")
    assert page_headline("Ferries face a hard winter", page) == "Ferries face a hard winter"


@pytest.mark.parametrize("line, name", [
    ("Oleh Siti Rahmah Yusof - Mac 4, 2021 @ 9:40am", "Siti Rahmah Yusof"),
    ("Door Pieter van Dam | 4 maart 2021", "Pieter van Dam"),
])
def test_another_language_s_by_before_the_date(line, name):
    assert bylines.person_before_date(line, None) == name


@pytest.mark.parametrize("line, name", [
    ("In Opinion by Ngozi Adeyemi", "Ngozi Adeyemi"),
    ("Posted in World News by Ngozi Adeyemi", "Ngozi Adeyemi"),
    ("Dans Société par Claire Fabre", "Claire Fabre"),
])
def test_a_blog_s_category_then_its_byline(line, name):
    assert bylines.header_byline(line)[0] == name
    assert bylines.header_byline("In the end by the harbour") is None  # no category, no name


@pytest.mark.parametrize("author, name", [
    ("Айгуль Сейтова, «Дала Жаршысы»", "Айгуль Сейтова"),
    ("Jana Novak, „Večerní Zpravodaj“", "Jana Novak"),
])
def test_a_name_then_its_newspaper_in_quotation_marks(author, name):
    assert stored_author(author, None) == name


def test_two_writers_joined_each_without_a_title():
    assert bylines.split_byline("Ann Byrne and Dr Tomas Keane") == ("Ann Byrne and Tomas Keane", None)


def test_a_signature_with_the_newspaper_in_quotation_marks():
    assert quoted_credit_signature("Тимур САДЫКОВ, «Дала Жаршысы» мухбири") == "Тимур САДЫКОВ"
    assert quoted_credit_signature("He asked, «why now»") is None


def test_the_site_s_name_glued_to_a_desk_s_word_is_no_writer():
    assert not_a_person("harbourNEWS", "harbour")
    assert not not_a_person("Jane McAllister", None)


@pytest.mark.parametrize("line, value", [
    ("Archivado en: Ferris, Galicia, Temporales", "Ferris, Galicia, Temporales"),
    ("Tout savoir sur : Ferries, Bretagne", "Ferries, Bretagne"),
    ("Ämnen i artikeln: Gotland  Färjor", "Gotland  Färjor"),
])
def test_tag_labels_of_europe_s_papers(line, value):
    assert labelled(line, "tags") == value


def test_a_language_the_first_sample_leaves_in_doubt():
    text = ("KEPUTUSAN dewan kota untuk menunda pembangunan dermaga baru patut dihargai. Keselamatan "
            "penumpang memang harus menjadi pertimbangan utama. Namun keputusan itu tidak boleh menjadi "
            "akhir dari pembicaraan. ") * 2 + (
            "Di pelabuhan lama, ratusan warga menunggu setiap pagi. Pemerintah daerah harus segera "
            "menyusun rencana yang jelas, termasuk jadwal kapal tambahan dan bantuan bagi nelayan yang "
            "kehilangan tempat berlabuh. Warga juga meminta agar tarif tidak dinaikkan selama pekerjaan "
            "berlangsung, karena banyak keluarga bergantung pada penyeberangan harian untuk bekerja dan "
            "bersekolah di kota. Kepala dinas perhubungan mengatakan pihaknya akan mengkaji usulan itu. "
            "Menurut dia, kantor dinas sudah bisa menyiapkan kapal pengganti, tetapi anggarannya belum "
            "disetujui DPRD. Warga yang ditemui Senin pagi mengaku tidak tahu kapan dermaga baru bisa dipakai.") * 2
    assert guess_language(text) == "id"


def test_an_author_box_under_the_text_names_the_writer():
    from archive.readers.page_bylines import box_author

    page = lxml.html.fromstring(
        "<html><body><h1>Ferries for the islands</h1><p>The council met on Monday.</p>"
        "<div class='author-bio'><p><strong>Karim Ben Youssef</strong></p>"
        "<p>Karim Ben Youssef est chercheur en géographie des transports.</p></div></body></html>")
    assert box_author(page) == "Karim Ben Youssef"
