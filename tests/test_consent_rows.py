"""A consent wall in the languages the data holds, its buttons in a row apart by wide spaces (or
those spaces collapsed), the notice itself dropped as the page's furniture and one line left
(issue #13, helper stamps). Pages written for these tests."""

import pytest

from archive.extract import boilerplate
from archive.readers.text import parse_text_article

ARABIC = """موقع الوادي الإخباري

الرئيسية | سياسة | اقتصاد | منوعات

خصوصيتك تهمنا

يستخدم موقعنا ملفات تعريف الارتباط لأغراض التحليل والإعلان، ويشاركها مع شركائنا. تستطيع الموافقة على ذلك أو تغيير تفضيلاتك في أي وقت من صفحة الخصوصية.

قبول الكل    رفض الكل    خيارات أخرى

اختر أحد الأزرار لمتابعة القراءة.
"""

FRENCH = """Le Courrier du Plateau

Accueil   Région   Sport

Votre vie privée

Nous et nos partenaires utilisons des cookies et des traceurs pour mesurer l'audience et vous proposer des publicités. Vous pouvez retirer votre consentement à tout moment; vos données personnelles restent protégées.

Tout accepter    Tout refuser    Paramétrer

Faites votre choix pour lire la suite.
"""

STORY = ("\n\nLa mairie a rouvert mardi le pont du quartier nord après trois mois de travaux, "
         "a annoncé le maire lors d'une visite sur place.\n\n"
         "Les bus reprendront leur ancien itinéraire dès lundi prochain, selon la compagnie de "
         "transport, qui promet des horaires plus réguliers.\n")


@pytest.mark.parametrize("page", [ARABIC, FRENCH])
def test_a_consent_wall_with_one_line_left_is_refused(page):
    with pytest.raises(ValueError, match="consent"):
        parse_text_article(page, "page.txt")


def test_a_story_under_the_same_banner_is_kept():
    record = parse_text_article(FRENCH.replace("Faites votre choix pour lire la suite.\n", "Le pont du quartier nord rouvre") + STORY, "page.txt")
    assert "itinéraire" in record.body


@pytest.mark.parametrize("line, row", [
    ("قبول الكل    رفض الكل    خيارات أخرى", True),
    ("قبول الكل رفض الكل خيارات أخرى", True),  # the wide spaces collapsed
    ("Tout accepter Tout refuser Paramétrer", True),
    ("Agree or disagree", False),
    ("Accept the offer and reject the claims", False),
    ("The council voted  to accept  the plan", False),
])
def test_rows_of_buttons(line, row):
    assert boilerplate.consent_controls(line) is row
