"""Notes closing a text that are the page's, not the story's (issue #13, round 31, helper bodies31): the
writer's note in any language (the byline's name, then a colon or a verb), the outlet's note on itself,
a translator's credit for the text's version, an export's written paragraph marks read before its
outlets' closing lines are compared, and a "see also" label closing two of an outlet's records, each
with another headline. Texts invented for the tests."""

import csv

import pytest

from archive.extract.closing_credits import role_credit
from archive.extract.closing_notes import disclaimer
from archive.extract.source_edges import label_key
from archive.extract.writer_notes import outlet_note, without_closing_notes, writer_note
from archive.model import RawRecord
from archive.readers.records import read_csv

STORY = ["The ferry to the island ran again on Monday after a week of storms, the harbour office said, "
         "and the first boat left at dawn with a full load of supplies.",
         "Fishermen said the storms had torn nets and sunk two small boats, and that the season's catch "
         "would be the smallest in a decade."]


@pytest.mark.parametrize("note, author", [
    ("Über die Autorin: Marta Vogelsang ist freie Reporterin in Kiel.", "Marta Vogelsang (Text) und Olaf Brink (Fotos)"),
    ("سلمى النجار: صحفية مستقلة مقيمة في طرطوس.", "سلمى النجار"),
    ("Tomas Reyes covers fisheries and the coast for the Harbour Gazette.", "Tomas Reyes"),
    ("TOMAS REYES is a writer based in Valparaíso.", "Tomas Reyes"),
])
def test_the_writers_note_closing_the_text_leaves_it(note, author):
    assert without_closing_notes(STORY + [note], author) == STORY


def test_a_story_sentence_that_is_no_note_stays():
    kept = STORY + ["Tomasz Reyeski, a fisherman, said he would sail again on Friday."]
    assert without_closing_notes(kept, "Tomas Reyes", "Harbour Gazette") == kept
    assert not writer_note("Reyes is a common name on the island.", "Tomas Reyes")  # one name alone is no byline's


@pytest.mark.parametrize("note, outlet", [
    ("Harbour Gazette est un journal indépendant financé par ses lecteurs.", "Harbour Gazette"),
    ("Il Faro è un progetto di giornalismo locale sostenuto dai lettori.", "Il Faro"),
    ("Kustnieuws wordt gemaakt door een kleine redactie in Vlissingen.", "Kustnieuws"),
    ("Isles.ge is the region's public English news service.", "Isles.ge"),
])
def test_the_outlets_note_on_itself_closing_the_text_leaves_it(note, outlet):
    assert outlet_note(note, outlet)
    assert without_closing_notes(STORY + [note], None, outlet) == STORY


def test_a_story_sentence_naming_the_outlet_stays():
    kept = STORY + ["Harbour Gazette asked the ministry for comment but received no reply."]
    assert without_closing_notes(kept, None, "Harbour Gazette") == kept
    assert not outlet_note("The ministry is a partner of the port authority.", "Harbour Gazette")


@pytest.mark.parametrize("line, expected", [
    ("English version by Lena Marsh", True),
    ("Deutsche Fassung: Jonas Petri", True),
    ("English version of the ruling was published on Monday by the court.", False),
])
def test_a_credit_for_the_texts_version_in_another_language(line, expected):
    assert role_credit(line) is expected


@pytest.mark.parametrize("note", [
    "Transcription réalisée par la rédaction. Seul le prononcé fait foi.",
    "Die Redaktion übernimmt keine Verantwortung für Kommentare der Leser.",
    "This article appears in the May 2024 issue of Harbour Monthly.",
])
def test_a_publishers_note_in_other_languages(note):
    assert disclaimer(note)


def test_a_label_key_is_a_lead_ins_not_a_notes():
    assert label_key("See also: Ferry returns after the storms") == ("label", "see", "also")
    assert label_key("Correction: An earlier version misspelled the captain's name.") is None


def _read(tmp_path, rows):
    file = tmp_path / "export.csv"
    with open(file, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["title", "source", "author", "text"])
        writer.writerows(rows)
    return {r.source_record: r for r in read_csv(file) if isinstance(r, RawRecord)}


def test_an_exports_written_paragraph_marks_and_its_outlets_closing_lines(tmp_path):
    written = "\\n\\n".join  # a monitoring tool's one-line field: its paragraphs apart by a written "\n\n"
    rows = [
        ["Ferry runs again", "Harbour Weekly", "Ana Ruiz",
         written(STORY + ["Printed in the 3 May 2024 run of Harbour Weekly.", "Sign up to the Harbour Weekly newsletter"])],
        ["Nets torn by storms", "Harbour Weekly", "Ana Ruiz",
         written(list(reversed(STORY)) + ["Printed in the 9 June 2023 run of Harbour Weekly."])],
        ["Port reopens", "Isle Radio", "Ben Oduya",
         "\n\n".join(STORY + ["Ben Oduya reports on the coast for Isle Radio.", "Del archivo: Los pescadores vuelven"])],
        ["Catch falls", "Isle Radio", "Ben Oduya",
         "\n\n".join(list(reversed(STORY)) + ["Del archivo: Un verano sin peces"])],
    ]
    records = _read(tmp_path, rows)
    assert "run of Harbour Weekly" not in records[2].body and "run of Harbour Weekly" not in records[3].body
    assert records[4].body.rstrip().endswith(STORY[-1][-30:])
    assert records[5].body.rstrip().endswith(STORY[0][-30:])


def test_an_html_fields_boxes_among_its_paragraphs_leave_it():
    from archive.readers.fragments import field_text

    html = ("<p>The ferry ran again on Monday.</p><div class=\"site-footer\">Isle Radio – the islands' public voice"
            "</div><p class=\"promo\"><a href=\"#\">Subscribe to Isle Radio for full access</a></p>"
            "<p class=\"lead\"><a href=\"#\">Ferry</a> crews said the storms were over.</p>")
    assert field_text(html) == "The ferry ran again on Monday.\n\nFerry crews said the storms were over."


def test_a_records_byline_line_and_the_toolbar_over_it_leave_the_text():
    from archive.extract.writer_notes import body_without_byline_head

    body = "Background | Isle Radio\nListen (3:12)\nAna Ruiz, Harbour Studio\n" + STORY[0] + "\n\n" + STORY[1]
    assert body_without_byline_head(body, "Ana Ruiz, Harbour Studio").startswith("The ferry to the island")
    assert body_without_byline_head(STORY[0], "Ana Ruiz") == STORY[0]


@pytest.mark.parametrize("line", ["ასევე წაიკითხეთ: ბათუმის პორტი ხელახლა გაიხსნა", "Lire plus tard Offrir l'article",
                                  "Pročitajte i: Trajekt ponovo plovi"])
def test_lead_ins_and_toolbars_of_more_languages(line):
    from archive.extract.paragraphs import furniture_reason

    assert furniture_reason(line) in ("link", "widget")
