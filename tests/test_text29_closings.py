"""Round 29 (text29): what closes a text that is not its writer nor its text, by shape and by the
data's words in many languages, and two pages that hold no article.

- a credit of someone other than the writer (an editor, a translator) or of a source, on a short
  line closing the text ("Edição: Name", "Traduit par Name", "المصدر: Outlet"): left out of the text;
- a short question closing the text that asks the reader to comment, share or subscribe, and a
  call to subscribe or support written in a language other than English;
- a note on who pays for the reporting ("The Valley Reporting Project is funded by ...");
- a paywall leaving only its own notice as the text; a reader's list of notes: refused.

Every text is written for these tests."""

from __future__ import annotations

import json
import sqlite3

import pytest

from archive.extract.boilerplate import clean_paragraphs
from archive.extract.calls_to_action import comment_question, is_call, without_calls
from archive.extract.closing_credits import role_credit, without_desk_credit
from archive.extract.closing_notes import funding_note, without_disclaimers
from archive.extract.gate_pages import gate_page
from archive.extract.gate_pages import note_list

PROSE = ("The river authority said on Monday that the new pumping station would serve four villages "
         "and that repairs to the old canal would begin after the harvest.")
PROSE2 = ("Farmers in the valley have waited three seasons for the water to return, and several "
          "families have already sold their livestock to pay for trucked deliveries.")


@pytest.mark.parametrize("line", [
    "Edição: Marta Figueira",
    "Editing by Tom Gale",
    "Edited by Tom Gale and Ana Ruiz",
    "Traduit par Claire Vasseur",
    "Redacción: Lucía Ferrer",
    "Bearbeitung: Jonas Feld",
    "A cura di Paolo Renzi",
    "Vertaling - Sanne de Wit",
    "المصدر: صحيفة الوادي",
    "Sumber: Kabar Lembah",
    "Fonte: Agência do Vale",
])
def test_a_credit_of_someone_else_is_a_closing_credit(line):
    assert role_credit(line)
    assert without_desk_credit([PROSE, PROSE2, line]) == [PROSE, PROSE2]


@pytest.mark.parametrize("line", [
    "Sources say the talks failed",
    "Source of the trouble is a broken pump.",
    "Fuente de agua potable es escasa.",
    "Marta Figueira: editor",
    "Edição: the council met again on Tuesday and voted. It agreed to the plan.",
    "المتحدث باسم الوزارة رفض التعليق.",  # "The ministry's spokesman declined to comment.": a sentence
    "Press officer Sam Reed declined to comment",
])
def test_a_sentence_or_a_name_first_is_no_closing_credit(line):
    assert not role_credit(line)


def test_closing_credits_run_and_stay_short():
    text = [PROSE, "Edição: Marta Figueira", "Revisão: João Prado"]
    assert without_desk_credit(text) == [PROSE]
    assert without_desk_credit(["Edição: Marta Figueira"]) == ["Edição: Marta Figueira"]  # never the only paragraph


@pytest.mark.parametrize("line", [
    "Would you like to comment on this story?",
    "Have you got a view on this? Share it with us?",
    "Vuoi commentare questo articolo?",
    "Voulez-vous commenter cet article ?",
])
def test_a_closing_question_asking_for_the_readers_comment(line):
    assert comment_question(line)
    assert without_calls([PROSE, PROSE2, line]) == [PROSE, PROSE2]


@pytest.mark.parametrize("line", [
    "What will happen to the children in the camp?",
    "Who will pay for the new canal?",
    "\u201cWould you comment on that?\u201d she asked.",
])
def test_a_storys_own_closing_question_stays(line):
    assert not comment_question(line)
    assert without_calls([PROSE, PROSE2, line])[-1] == line


@pytest.mark.parametrize("line", [
    "Sostieni valleonline.it: se ti è piaciuto questo articolo, abbonati.",
    "Abonnez-vous pour soutenir notre journalisme indépendant.",
    "Suscríbete y apoya nuestro periodismo local.",
    "Assine e apoie o nosso jornalismo.",
])
def test_a_call_to_subscribe_in_other_languages(line):
    assert is_call(line)
    assert without_calls([PROSE, PROSE2, line]) == [PROSE, PROSE2]


def test_a_news_sentence_in_those_languages_is_no_call():
    for line in ("Il governo ha detto che seguirà la vicenda nei prossimi mesi.",
                 "Le ministre a annoncé que les travaux commenceront en mai."):
        assert not is_call(line)


@pytest.mark.parametrize("line", [
    "The Valley Reporting Project is funded by the Example Trust.",
    "Our coverage of the river towns is supported by a grant from the Example Fund.",
    "Ce reportage est financé par la Fondation Exemple.",
])
def test_a_note_on_who_pays_for_the_reporting(line):
    assert funding_note(line)
    assert without_disclaimers([PROSE, PROSE2, line]) == [PROSE, PROSE2]


@pytest.mark.parametrize("line", [
    "The clinic is funded by the regional health board.",
    "The reporters said the clinic is funded by donors.",
])
def test_a_storys_sentence_on_funding_stays(line):
    assert not funding_note(line)


def test_clean_paragraphs_cuts_credits_and_calls_at_the_end():
    body = clean_paragraphs([PROSE, PROSE2, "Would you like to comment on this story?", "Edição: Marta Figueira"])
    assert body == [PROSE, PROSE2]


def test_a_gate_notice_left_as_the_text():
    body = ["Dit artikel is exclusief voor abonnees.", "Word abonnee en lees onbeperkt, op alle apparaten."]
    content = ["Headline of the day", "Een korte inleiding.", "Jan Smit", *body, "Log in"]
    lines = [type("L", (), {"furniture": None})() for _ in content]
    assert gate_page(body, content, lines)


def test_a_short_brief_without_gate_words_is_no_gate():
    body = ["Het museum is vanaf maandag weer open voor bezoekers, meldt de gemeente."]
    content = ["Museum weer open", *body]
    lines = [type("L", (), {"furniture": None})() for _ in content]
    assert not gate_page(body, content, lines)


NOTES = ["- river piece: call the farmer again?", "- compare the two ministry figures (40 or 60?)",
         "- need: contact at the water board", "- pitch: one year after the flood, deadline 12/4"]


def test_a_list_of_notes_is_no_article():
    assert note_list(NOTES, ["to read / follow up"] + NOTES)
    with pytest.raises(ValueError):
        gate_page(NOTES, ["to read / follow up"] + NOTES, [type("L", (), {"furniture": None})()] * 5)


def test_a_list_among_prose_or_of_sentences_is_no_note():
    assert not note_list(NOTES, ["Headline", PROSE] + NOTES)  # an article's list under its prose
    sentences = ["- The council approved the plan.", "- Work begins in May.", "- The cost is shared."]
    assert not note_list(sentences, ["Headline"] + sentences)


def _import(cli, tmp_path, files: dict) -> tuple:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = tmp_path / "archive.db"
    result = cli("import", db, folder, "--silent")
    assert result.exit_code in (0, 1), result.output
    with sqlite3.connect(db) as con:
        articles = {path.rsplit("/", 1)[-1]: (author, body)
                    for path, author, body in con.execute("select source_path, author, body from articles")}
        errors = json.dumps([json.loads(raw or "[]") for (raw,) in con.execute("select errors from imports")],
                            ensure_ascii=False)
    return articles, errors


def test_imported_pages(cli, tmp_path):
    files = {
        "valley-water.txt": (
            "Valley Courier\n\nPumps return to the valley villages\n\nBy Rosa Klein\n12 March 2024\n\n"
            f"{PROSE}\n\n{PROSE2}\n\nWould you like to comment on this story?\n"
            "Register (it's quick and free) or sign in now.\n\n© 2024 Valley Courier\n"),
        "reading-list.txt": "to read / follow up (april)\n\n" + "\n".join(NOTES) + "\n",
    }
    articles, errors = _import(cli, tmp_path, files)
    assert articles["valley-water.txt"][1].endswith("trucked deliveries.")
    assert "reading-list.txt" not in articles
    assert "reading-list.txt" in errors


def test_an_outlet_saying_its_readers_pay_for_it():
    note = ("The Valley Ledger is funded by its subscribers. Receive the weekly print edition and help "
            "support independent reporting from the river towns.")
    assert funding_note(note)
    assert without_disclaimers([PROSE, PROSE2, note]) == [PROSE, PROSE2]
    assert not funding_note("The clinic is funded by its members, the director said.")


def test_a_content_warning_over_the_text():
    from archive.extract.closing_notes import warning_note

    note = "Content warning: This story describes violence against children."
    assert warning_note(note)
    assert without_disclaimers([note, PROSE, PROSE2]) == [PROSE, PROSE2]
    assert not warning_note("Storm warning issued for the coast")


def test_a_forums_note_that_it_endorses_nothing():
    note = ("The Valley Forum is a place for practitioners to share ideas. The Valley Forum does not screen "
            "contributions, nor endorse any view that is published.")
    assert without_disclaimers([PROSE, PROSE2, note]) == [PROSE, PROSE2]


def test_a_bracketed_editor_credit_and_the_box_over_it():
    text = [PROSE, PROSE2, "Read also: The valley's new canal opens in May", "[Edited by Tom Gale]"]
    assert without_desk_credit(text) == [PROSE, PROSE2]
    teaser_only = [PROSE, PROSE2, "Read also: The valley's new canal opens in May"]
    assert without_desk_credit(teaser_only) == teaser_only  # no credit under it: left as the text's


def test_a_copyright_notice_written_as_sentences():
    note = "All rights reserved. Reproduction without the written consent of the Valley Ledger is prohibited."
    assert without_disclaimers([PROSE, PROSE2, note]) == [PROSE, PROSE2]

