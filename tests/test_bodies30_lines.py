"""Round 30 (helper bodies30): lines of the page by a sign that holds in any language.

- A call to follow the outlet on a platform it publishes on ("... on Google News", "... в Telegram"),
  or to read on at its domain of any country ("... na example.pl"): the imperative and the platform
  or the address, two signs.
- A key combination to press ("Ctrl+Enter"): the page's controls, not the story.
- A picture's credit closing a caption's line: a name, a dash, an agency's code in capitals.
- A line telling how to cite the page, its label in the page's language ("Zitiervorschlag: ...").
- A saved page whose text left is a paywall's price under its notice is no article.
"""

import pytest

from archive.extract.calls_to_action import is_call
from archive.extract.line_furniture import furniture_reason
from archive.readers.html import NotAnArticle, parse_html
from archive.readers.text import parse_text_article

STORY = [
    "The regional council approved on Tuesday a plan to rebuild the old footbridge over the river, "
    "closed since a flood damaged its supports two winters ago.",
    "Residents of the eastern bank have had to walk almost two kilometres to the road bridge, and "
    "shopkeepers near the old crossing say their trade has fallen by half.",
    "The council's engineer said the new bridge would rest on concrete piers set deeper into the "
    "riverbed, and that the work should take about eight months.",
    "Opposition members asked why the repair had taken so long, and the council agreed to publish "
    "the reports its consultants had written on the damage.",
]


def _text(*tail: str, middle: str = "") -> str:
    story = STORY[:2] + ([middle] if middle else []) + STORY[2:]
    return "\n\n".join(["Footbridge to be rebuilt", "By Ana Lima", *story, *tail]) + "\n"


def test_a_call_to_follow_the_outlet_on_a_platform_or_to_read_on_at_its_domain():
    assert is_call("Подписывайтесь на Example.media в Instagram и Telegram")
    assert is_call("تابعوا آخر الأخبار من الموقع على Google News")
    assert is_call("Czytaj cały tekst na przykladowy.pl")
    assert not is_call("The ministry said on Telegram that the talks were over.")
    body = parse_text_article(_text("Suivez Le Courrier du Fleuve sur Google News"), "bridge.txt").body
    assert body.endswith("its consultants had written on the damage.")


def test_a_key_combination_to_press_is_the_pages_control():
    assert furniture_reason("Нашли ошибку? Выделите текст и нажмите Ctrl+Enter") is not None
    body = parse_text_article(_text("Знайшли помилку? Виділіть її та натисніть Ctrl + Enter"), "bridge.txt").body
    assert body.endswith("its consultants had written on the damage.")


def test_a_pictures_credit_after_a_dash_between_paragraphs_is_no_text():
    assert furniture_reason("Photo d'illustration Marie Dupont - VDNPQR") == "caption"
    assert furniture_reason("Hasakah - AFP") is None  # a place and an agency: a dateline's shape, not a caption
    body = parse_text_article(_text(middle="Le vieux pont vu depuis la rive est Marie Dupont - MAXPPP"), "bridge.txt").body
    assert "MAXPPP" not in body and body.count("\n\n") == 3


def test_how_to_cite_the_page_and_its_first_publication_in_its_own_language_close_no_text():
    from archive.extract.closing_notes import disclaimer, without_citation

    cite = "Zitiervorschlag: Footbridge to be rebuilt. In: Flussbote, 03.04.2023"
    assert without_citation(STORY + [cite]) == STORY
    assert without_citation(STORY + ["Jak cytować: Kładka zostanie odbudowana, Kurier, 2023"]) == STORY
    body = parse_text_article(_text(cite), "bridge.txt").body
    assert body.endswith("its consultants had written on the damage.")
    assert disclaimer("Dieser Artikel ist erstmals am 12.07.2023 auf Flussbote erschienen.")
    assert disclaimer("This segment aired on 03/04/2022.")
    from archive.extract.newsletter_closings import closing

    assert closing("You're reading River Notes. Forward it to someone who should read it.")


def test_a_saved_paywall_whose_text_left_is_its_price_is_no_article():
    page = ("<html><head><title>Subscribe | Valley Post</title></head><body><main><div class='gate'>"
            "<h2>This story is for subscribers</h2><p>Subscribe now for unlimited access to local news.</p>"
            "<p>Only $2 a week for the first 10 weeks. Cancel anytime.</p><a>Subscribe</a>"
            "<p>Already a subscriber? Log in</p></div></main></body></html>")
    with pytest.raises(NotAnArticle):
        parse_html(page, "gate.html")


def test_a_saved_pages_zero_width_non_joiners_stay_in_its_text():
    words = "نیروهای محلی می\u200cگویند که خانواده\u200cها به اردوگاه بازگردانده شده\u200cاند و کمک\u200cها رسیده است"
    page = ("<html><head><title>گزارش</title></head><body><article><h1>گزارش اردوگاه</h1>"
            + "".join(f"<p>{words} {n}.</p>" for n in range(4)) + "</article></body></html>")
    body = parse_html(page.encode("utf-8"), "fa.html").body
    assert "می\u200cگویند" in body and "شده\u200cاند" in body


def test_a_note_to_the_press_at_a_releases_edges_is_no_text():
    from archive.extract.closing_notes import press_note

    assert press_note("Hinweis für Redaktionen: Fotos stehen im Pressebereich zum Download bereit.")
    assert not press_note("Editors said the note was never sent.")
    text = _text("Note to editors: Photographs of the bridge are available on request.")
    text = text.replace("By Ana Lima\n\n", "By Ana Lima\n\nNote to media: Images are available via the press office.\n\n")
    body = parse_text_article(text, "bridge.txt").body
    assert body.startswith("The regional council approved") and body.endswith("written on the damage.")
    assert not press_note("Editor's note: The paper has withheld the name of the researcher for her safety.")
