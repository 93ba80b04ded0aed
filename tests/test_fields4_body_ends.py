"""What closes a text and is the page's (issue #13, helper fields4): a "read also" lead-in in
Arabic inclusive writing ("اقرأ/ي أيضًا"), the box heading on the author left alone at the end, a
note on the author with post-nominal letters or a verb of the writer's work, a publisher's note on
funding and a disclaimer of collective positions."""

from archive.extract.author_notes import author_bio, without_author_box
from archive.extract.boilerplate import disclaimer
from archive.extract.line_furniture import furniture_reason, plain


def test_arabic_inclusive_imperative_is_read_as_the_lead_in():
    assert plain("اقرأ/ي أيضًا") == plain("اقرأ أيضًا")
    assert furniture_reason("اقرأ/ي أيضًا: عائلات تنتظر عودة أبنائها من المخيم") == "link"
    assert plain("2022/3/4") == "2022/3/4"


def test_an_author_heading_left_closing_the_text_is_dropped():
    body = ["The attack showed what happens when lessons are ignored.", "About the Author(s)"]
    assert without_author_box(body, None) == body[:1]
    assert without_author_box(["One.", "About the author"], None) == ["One."]
    assert without_author_box(["One.", "Two words"], None) == ["One.", "Two words"]


def test_notes_on_the_author_with_letters_or_a_verb_of_work():
    assert author_bio("Jane Doe, CPP, is a former corrections official.", "Jane Doe")
    assert author_bio("Dr Jane Doe leads the centre's work on detention.", "Jane Doe")
    assert not author_bio("John Roe leads the centre's work on detention.", "Jane Doe")


def test_funding_notes_and_collective_positions_disclaimers():
    assert disclaimer("This report is produced with funding from the Example Fund.")
    assert disclaimer("The Council does not take collective positions. Its publications only represent "
                      "the views of their individual authors.")
    assert disclaimer("Disclaimer: This information is provided to members in support of their duties.")
    assert not disclaimer("The report is produced by the ministry every year, officials said.")


def test_a_consent_notices_row_of_buttons_is_furniture_in_any_of_its_languages():
    from archive.extract.line_furniture import consent_row
    for line in ("Nous respectons votre vie privée : Accepter et fermer | Paramétrer", "Accept all | Reject all",
                 "[Alle akzeptieren] [Einstellungen]", "Wij gebruiken cookies : Accepteren | Weigeren"):
        assert consent_row(line), line
        assert furniture_reason(line) == "call to action", line
    for line in ("News | Analysis | Opinion", "Syrie : sept enfants de jihadistes rapatriés en France",
                 "Trump : Accept the deal | Reuters"):
        assert not consent_row(line), line


def test_a_consent_row_over_the_headline_is_never_the_title():
    from archive.readers.text import parse_text_article
    page = "\n".join([
        "Le Quotidien", "Accueil > Monde", "Nous respectons votre vie privée : Accepter et fermer | Paramétrer", "",
        "Sept enfants rapatriés en France depuis les camps du nord-est syrien", "",
        "Publié le 20/10/2022",
        "Sept enfants de ressortissants français ont été rapatriés jeudi depuis les camps du nord-est de la Syrie, "
        "a annoncé le ministère des Affaires étrangères dans un communiqué publié dans la matinée.",
        "Les enfants ont été remis aux services de l'aide sociale à l'enfance et font l'objet d'un suivi médical.",
    ])
    assert parse_text_article(page, "x/a.txt").title == "Sept enfants rapatriés en France depuis les camps du nord-est syrien"


def test_a_consent_wall_in_german_or_french_is_refused():
    import pytest
    from archive.readers.text import parse_text_article
    page = "\n".join([
        "Lakeside Zeitung", "Wir brauchen Ihre Zustimmung",
        "Wir und unsere 120 Partner verwenden Cookies und ähnliche Technologien, um Informationen auf Ihrem Gerät "
        "zu speichern. Dabei werden personenbezogene Daten verarbeitet.",
        "Sie können Ihre Einwilligung jederzeit unter Datenschutz widerrufen.",
        "Alle akzeptieren", "Einstellungen", "Alle ablehnen", "Impressum | Datenschutz"])
    with pytest.raises(ValueError, match="consent"):
        parse_text_article(page, "x/consent.txt")


def test_a_tag_page_of_teasers_with_read_more_links_is_refused():
    import pytest
    from archive.extract.teaser_pages import teaser
    from archive.readers.text import parse_text_article
    assert teaser("12 January 2024 — The first convoy of the year left the camp carrying 160 families… Read more")
    assert not teaser("The first convoy of the year left the camp carrying 160 families on Thursday.")
    lines = ["Lakeside Tribune", "Home  |  News  |  Opinion", "Tag: camps", "Showing 1–4 of 30 results"]
    for n in range(4):
        lines += [f"Headline number {n + 1} about the camps and the returns",
                  f"{n + 3} January 2024 — Officials said the convoy left the camp on Thursday with families… Read more"]
    lines += ["Older posts »", "© Lakeside Tribune"]
    with pytest.raises(ValueError, match="teasers"):
        parse_text_article("\n".join(lines), "x/tag.txt")


def test_a_note_on_the_author_under_the_byline_and_print_edition_notes_are_not_text():
    body = ["Jane Doe is a former army officer and a frequent contributor.", "A year ago today, the attack began.",
            "It lasted ten days."]
    assert without_author_box(body, "Jane Doe") == body[1:]
    assert without_author_box(body, "John Roe") == body
    assert disclaimer("This article appears in the print edition of the March 2024 issue.")
    assert disclaimer("This transcript was produced by a contractor and may contain errors.")


def test_the_outlets_note_on_itself_closing_the_text():
    from archive.extract.author_notes import outlet_note
    body = ["Officials said the camp was full.", "The Lakeside Policy Center is a nonpartisan research centre."]
    assert without_author_box(body, None, "Lakeside Policy Center") == body[:1]
    assert without_author_box(body, None, "Lakeside Times") == body
    assert outlet_note("Founded in 1945, CARE works around the globe to save lives.", "CARE")
    assert not outlet_note("Care workers are stretched thin in the camp, officials said.", "CARE")
    assert not outlet_note("Reuters said the camp is a danger to all.", "Reuters")
    assert not outlet_note("Human Rights Watch is calling on the government to act.", "Human Rights Watch")


def test_a_link_to_the_full_report_closing_a_summary_is_furniture():
    assert furniture_reason("Read the full report") == "link"
    assert furniture_reason("Download the full report (PDF)") == "link"


def test_a_newsletter_box_in_the_header_is_furniture():
    assert furniture_reason("Get the biggest Daily stories by email") == "call to action"
    assert furniture_reason("We use your sign-up to provide content in ways you've consented to and to improve "
                            "our understanding of you.") == "call to action"
    assert furniture_reason("Threats were sent by email to the judge, officials said.") is None
