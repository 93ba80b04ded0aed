"""Round 28 (text28): bodies and refusals by shape, imported for real into a temporary archive.

- a text in another language of the Arabic script (Persian, Urdu) judged by its own stop words and
  its own full stop (Urdu's ۔), not Arabic's: its first paragraph kept, its text not taken for
  page furniture;
- a line sending the reader elsewhere for more ("For more information contact ...") and a note on
  whom the text is produced for, left out where they close it; a note on how a transcript was
  edited, written without its verb;
- a paywall leaving the first paragraph over two calls to the reader, one saying the story goes on
  behind the gate: refused;
- a plain-text newsletter of teasers whose link's label closes each summary's line: refused.

Every text is written for these tests."""

from __future__ import annotations

import json
import sqlite3

import pytest

from archive.extract.closing_notes import made_note
from archive.extract.paragraphs import text_language


def _import(cli, tmp_path, files: dict) -> tuple:
    """``(articles, errors)`` of importing ``files`` (``{name: text}``) into a fresh archive:
    ``{file name: (title, body)}`` and ``{file name: reason}``."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = tmp_path / "archive.db"
    result = cli("import", db, folder, "--silent")
    assert result.exit_code in (0, 1), result.output  # 1: some input failed
    with sqlite3.connect(db) as con:
        articles = {path.rsplit("/", 1)[-1]: (title, body)
                    for path, title, body in con.execute("select source_path, title, body from articles")}
        errors = {}
        for (raw,) in con.execute("select errors from imports"):
            for error in json.loads(raw or "[]"):
                text = json.dumps(error, ensure_ascii=False)
                for name in files:
                    if name in text:
                        errors[name] = text
    return articles, errors


PERSIAN = (
    "روزنامه صبح ساحل\n"
    "سیاسی | اقتصادی | ورزشی\n"
    "افزایش قیمت نان در شهرهای شمالی\n"
    "نویسنده: سارا احمدی\n"
    "۳ اسفند ۱۴۰۱\n\n"
    "شورای شهر روز دوشنبه اعلام کرد که قیمت نان در نانوایی‌های سنتی از هفته آینده افزایش می‌یابد و خانواده‌ها "
    "باید برای هزینه‌های بیشتر آماده شوند.\n\n"
    "به گفته مسئولان شهر، نانوایان تحت فشار قرار دارند و بدون کمک دولت به کار خود ادامه نمی‌دهند و افراد زیادی "
    "بیکار می‌شوند.\n\n"
    "نانوایان می‌گویند که بدون کمک دولت نمی‌توانند به کار خود ادامه دهند.\n\n"
    "اشتراک‌گذاری\n"
    "کلیه حقوق محفوظ است\n"
)

URDU = (
    "روزنامہ ساحل\n"
    "قومی | کاروبار | کھیل\n"
    "شہر میں پانی کی قلت پر شہریوں کا احتجاج\n"
    "سارہ احمد\n"
    "12 مارچ 2023\n\n"
    "لاہور: شہر کے کئی علاقوں میں پانی کی فراہمی بند ہونے کے بعد شہریوں نے منگل کے روز احتجاج کیا اور سڑک بند کر دی۔\n\n"
    "مظاہرین کا کہنا تھا کہ گزشتہ ایک ہفتے سے ان کے گھروں میں پانی نہیں آیا اور انتظامیہ کوئی جواب نہیں دے رہی۔\n\n"
    "ادارے کے ایک افسر نے بتایا کہ مرمت کا کام جاری ہے۔\n\n"
    "شیئر کریں\n"
    "جملہ حقوق محفوظ ہیں\n"
)


def test_persian_and_urdu_are_told_from_arabic_by_their_letters():
    assert text_language([line for line in PERSIAN.splitlines() if line]) == "fa"
    assert text_language([line for line in URDU.splitlines() if line]) == "ur"
    assert text_language(["قالت الأمم المتحدة يوم الاثنين إن آلاف العائلات ما زالت تنتظر العودة إلى قراها بعد "
                          "انتهاء المعارك في المنطقة."]) == "ar"


def test_persian_first_paragraph_and_urdu_text_are_kept(cli, tmp_path):
    articles, errors = _import(cli, tmp_path, {"fa.txt": PERSIAN, "ur.txt": URDU})
    assert "ur.txt" not in errors
    title, body = articles["fa.txt"]
    assert body.startswith("شورای شهر روز دوشنبه")
    assert body.endswith("ادامه دهند.")
    title, body = articles["ur.txt"]
    assert title == "شہر میں پانی کی قلت پر شہریوں کا احتجاج"
    assert body.startswith("لاہور: شہر کے کئی علاقوں") and body.endswith("مرمت کا کام جاری ہے۔")


REPORT = (
    "RIVER BASIN WATER GROUP\n"
    "Quarterly update - March 2024\n"
    "Water group update: pumping restored in the lower valley\n\n"
    "By the end of March, partners had repaired 14 of the 20 pumping stations along the lower river, "
    "restoring piped water to about 31,000 people.\n\n"
    "Spare parts for the remaining six stations are held at the border and are expected next month.\n\n"
    "Partners report that water trucking will continue in the three villages furthest from the river.\n\n"
    "For further information, please contact the group's focal point.\n"
    "This update is produced for partners of the water group.\n"
)

TRANSCRIPT = (
    "Harbour Voices - conversations from the coast\n"
    "Episode 7: The last net maker\n"
    "Hosted by Ines Moreau | 4 Apr 2024 | 31 min\n"
    "TRANSCRIPT\n\n"
    "INES MOREAU: Welcome back. Today I am with a man who has mended fishing nets on the quay for fifty years.\n\n"
    "TOMAS: My father taught me, and his father taught him. Nobody wants to learn it now.\n\n"
    "INES MOREAU: What will happen to the workshop?\n\n"
    "TOMAS: My nephew will sell it, I think. He works in the city and comes home twice a year.\n\n"
    "Interview condensed and edited for clarity.\n"
    "Follow the show wherever you listen.\n"
)


def test_referral_and_notes_closing_a_text_are_left_out(cli, tmp_path):
    articles, _ = _import(cli, tmp_path, {"update.txt": REPORT, "episode.txt": TRANSCRIPT})
    assert articles["update.txt"][1].endswith("furthest from the river.")
    assert articles["episode.txt"][1].endswith("comes home twice a year.")
    from archive.extract.closing_blocks import referral_line

    assert referral_line("For more information contact the press office.")
    assert referral_line("Pour plus d'informations, consultez le site du ministère.")
    assert not referral_line("More information is needed before the court can rule on the case.")
    assert made_note("Transcript edited for length and clarity.")


PAYWALL = (
    "Skip to content\n"
    "THE VALLEY STAR\n"
    "Subscribe  |  Log in\n"
    "News  Region  Sport  Business  Opinion\n\n"
    "Council votes to close the old bridge to lorries\n\n"
    "Maya Ortiz\n"
    "12/04/2024 8:15 AM\n"
    "Share  |  Save\n\n"
    "The county council has voted to close the old stone bridge to heavy lorries from next month, after "
    "engineers found cracks in two of its arches.\n\n"
    "SUBSCRIBE TO READ THE FULL STORY\n"
    "This article is for subscribers only. Already a subscriber? Log in\n"
    "Your first month of digital news for $2.\n\n"
    "© Valley Star Media 2024. All rights reserved.\n"
)

BRIEF = (
    "THE VALLEY STAR\n"
    "News  Region  Sport  Business  Opinion\n\n"
    "Library extends its opening hours\n\n"
    "Maya Ortiz\n"
    "12/04/2024\n\n"
    "The town library will open until eight in the evening on weekdays from May, the council said on "
    "Friday, after a survey in which most of its readers asked for later hours.\n\n"
    "Subscribe to our newsletter\n"
    "Follow us on Facebook\n"
)


def test_a_paywall_saying_the_story_goes_on_is_refused(cli, tmp_path):
    articles, errors = _import(cli, tmp_path, {"gated.txt": PAYWALL, "brief.txt": BRIEF})
    assert "gated.txt" not in articles and "paywall" in errors["gated.txt"]
    assert articles["brief.txt"][1].startswith("The town library")
    from archive.extract.gate_pages import gate_line

    assert gate_line("This article is for subscribers only. Already a subscriber? Log in")
    assert gate_line("Cet article est réservé aux abonnés")
    assert not gate_line("Continue reading")


DIGEST = (
    "From: Le Courrier du Port <lettre@courrier-port.example>\n"
    "To: lecteur@example.org\n"
    "Subject: La lettre du soir - ports, pêche, météo\n"
    "Date: Thu, 11 Apr 2024 18:00:00 +0200\n"
    "MIME-Version: 1.0\n"
    "Content-Type: text/plain; charset=\"utf-8\"\n\n"
    "LE COURRIER DU PORT - La lettre du soir\n"
    "Voir la version en ligne\n\n"
    "Bonsoir, voici les sujets du jour.\n\n"
    "> Le port de pêche rouvre après la tempête\n"
    "Les bateaux ont repris la mer mardi matin. Voir le sujet\n\n"
    "> Les prix du poisson au plus haut depuis dix ans\n"
    "Les mareyeurs s'inquiètent pour l'été. Voir le sujet\n\n"
    "> Une nouvelle digue pour protéger le quai nord\n"
    "Les travaux commencent en juin. Voir le sujet\n\n"
    "Vous recevez cet e-mail car vous êtes inscrit à La lettre du soir.\n"
    "Se désinscrire | Gérer mes préférences\n"
)


def test_a_plain_text_digest_of_teasers_is_refused(cli, tmp_path):
    articles, errors = _import(cli, tmp_path, {"lettre.eml": DIGEST})
    assert articles == {} and "teasers" in errors["lettre.eml"]


@pytest.mark.parametrize("line", ["Episode 41: A night at the border", "Ep. 3 - The river", "Folge 12: Das Dorf",
                                  "الحلقة 5: مدرسة في المخيم"])
def test_episode_lines(line):
    from archive.extract.title_entries import episode_line

    assert episode_line(line)


def test_the_episode_under_the_show_and_the_stamped_entry_under_the_ticker():
    from archive.extract.title_entries import story_title

    show = ["Harbour Voices - conversations from the coast", "Episode 7: The last net maker",
            "Hosted by Ines Moreau | 4 Apr 2024 | 31 min", "INES MOREAU: Welcome back to the show, today on the quay."]
    assert story_title(show, 0) == 1
    live = ["LIVE: Floods in the valley - all the latest", "Refresh for updates", "09:40 GMT, 3 Apr 2024",
            "Posted by Dan Reyes", "River peaks below the town walls",
            "The river peaked overnight half a metre below the town walls, the flood agency said this morning.",
            "Share this update", "08:10 GMT - Schools closed across the valley", "07:30 GMT - Rail line suspended"]
    assert story_title(live, 0) == 4
    diary = ["LIVE: Floods in the valley, day two", "07:40 — The river rose again overnight and the lower road is shut.",
             "09:15 — The bridge is closed to traffic and police are turning cars back."]
    assert story_title(diary, 0) is None


TOPIC = (
    "Harbour Weekly\n"
    "News   Long reads   Photo   Subscribe\n\n"
    "Topic: the old port\n\n"
    "Fishing boats return to the old port after the storm\n"
    "The quay was repaired in three weeks.\n"
    "2 days ago\n\n"
    "Council approves a new fish market hall\n"
    "Work will begin in the spring.\n"
    "4 months ago\n\n"
    "Load more stories\n\n"
    "© 2024 Harbour Weekly Ltd. All rights reserved.\n"
)

TRANSLATED = (
    "Waiting for the ferry that never comes\n"
    "Lena Sorensen\n"
    "3 May 2024\n\n"
    "This article was translated from Spanish.\n\n"
    "Every morning at six, Marta walks down to the jetty with a thermos of coffee and waits for the ferry "
    "that stopped running when the company went bankrupt last winter.\n\n"
    "The island's forty families now depend on a fisherman who carries passengers twice a week, weather "
    "permitting, and charges what he likes.\n"
)

GATED_HTML = (
    "<html><head><title>Les familles attendent le retour des enfants</title></head><body><article>"
    "<h1>Les familles attendent le retour des enfants</h1>"
    "<p>Les familles de plusieurs enfants retenus dans le nord-est de la Syrie ont de nouveau demandé au "
    "gouvernement de les rapatrier, lors d'une conférence de presse à Montréal mardi.</p>"
    "<p>Selon leurs avocats, une dizaine d'enfants canadiens se trouvent toujours dans les camps, certains "
    "depuis plus de cinq ans, et leur santé se dégrade.</p>"
    "<p>Ce contenu est réservé aux abonnés. Déjà abonné ? Connectez-vous</p>"
    "</article></body></html>"
)


def test_two_dated_teasers_over_a_pager_are_a_listing(cli, tmp_path):
    articles, errors = _import(cli, tmp_path, {"topic.txt": TOPIC})
    assert articles == {} and "teasers" in errors["topic.txt"]


def test_a_translation_note_over_the_text_and_a_paywall_notice_under_it_are_left_out(cli, tmp_path):
    articles, _ = _import(cli, tmp_path, {"translated.txt": TRANSLATED, "gated.html": GATED_HTML})
    assert articles["translated.txt"][1].startswith("Every morning at six")
    assert articles["gated.html"][1].endswith("leur santé se dégrade.")
