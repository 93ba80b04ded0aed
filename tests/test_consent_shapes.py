"""Issue #13, round 17 (helper bylines7): a consent notice in a language the data's words lack is
refused by its shape: a short text naming the cookies, a row of buttons under it. Notices and
stories written for these tests (Dutch, Finnish, Polish, English buttons apart by spaces)."""

import pytest

from archive.extract.consent_shapes import notice_by_shape
from archive.readers.text import CONSENT_ONLY, parse_text_article

DUTCH = """Dagblad Noord

Wij respecteren je privacy

Wij en onze 212 partners gebruiken cookies en vergelijkbare technieken om gegevens op je apparaat op te slaan en te lezen, voor gepersonaliseerde advertenties en inhoud en om onze diensten te verbeteren.

Je kunt je keuze op elk moment wijzigen via de instellingen onderaan elke pagina.

Alles accepteren
Instellingen beheren
Alles weigeren

Dagblad Noord BV © 2023
"""

ENGLISH_SPACED = """One moment, please

We and our partners use cookies to store and read information on your device and to show you content and advertising that suits you.

You can change your choices at any time in the settings at the foot of each page.

Accept all      Reject all      Manage options
"""

STORY = """Harbourtown Courier

Ferry landing approved after long debate

The regional council approved the budget for the new ferry landing on Tuesday after a two-hour debate in which several members questioned the cost of the steel piles and the timetable for the works.

Members also voted to ban tracking cookies on the council's own website from next year, after a complaint by a resident.

Share
Tweet
Email
"""


@pytest.mark.parametrize("text", [DUTCH, ENGLISH_SPACED])
def test_a_notice_is_refused(text):
    with pytest.raises(ValueError, match=CONSENT_ONLY.split(",")[0]):
        parse_text_article(text)


def test_a_story_naming_cookies_is_kept():
    record = parse_text_article(STORY)
    assert "ferry landing" in record.body


@pytest.mark.parametrize("body, lines", [
    (["Korzystamy z ciasteczek, aby strona działała poprawnie i abyśmy mogli mierzyć ruch."],
     ["Korzystamy z ciasteczek, aby strona działała poprawnie i abyśmy mogli mierzyć ruch.", "Akceptuję",
      "Ustawienia"]),
])
def test_the_shape(body, lines):
    assert notice_by_shape(body, lines)


@pytest.mark.parametrize("body, lines", [
    (["Members voted to ban tracking cookies on the council's site."],
     ["Members voted to ban tracking cookies on the council's site.", "It takes effect in 2025, they said."]),  # no buttons
    (["The council approved the budget for the new ferry landing on Tuesday after a long debate on the cost of "
      "the works and their timetable.", "It also banned tracking cookies."],
     ["The council approved ...", "It also banned tracking cookies.", "Share", "Tweet"]),  # a story opens the text
    (["Cookies " + "word " * 220], ["Cookies " + "word " * 220, "Accept", "Reject"]),  # too long for a notice
])
def test_not_the_shape(body, lines):
    assert not notice_by_shape(body, lines)
