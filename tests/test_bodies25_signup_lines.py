"""A one-sentence invitation to a newsletter set between two paragraphs of the story, in any
language the data knows, is furniture; a story's own sentence about a newsletter is not."""

from archive.extract.boilerplate import clean_record_paragraphs
from archive.extract.signup_lines import signup_line, without_signup_lines
from archive.readers.text import parse_text_article

BEFORE = ("The river authority opened two of the old sluice gates on Monday after a week of heavy rain "
          "upstream, and farmers downstream moved their flocks to higher ground before the water rose.")
AFTER = ("Engineers said the gates would stay open until the level at the dam fell below its summer mark, "
         "which they expected by the end of the month if no more rain came.")

CALLS = [  # written for this test, one a language
    "Subscribe to our newsletter for the morning's main stories",
    "Abonnez-vous à notre infolettre pour ne rien manquer",
    "Melden Sie sich für unseren Newsletter an und bleiben Sie informiert",
    "Suscríbete a nuestro boletín y recibe lo más leído",
    "Bültenimize abone olun, günün haberleri e-postanızda",
    "Подпишитесь на рассылку и читайте лучшее за неделю",
    "اشترك في النشرة البريدية لتصلك أبرز الأخبار",
    "در خبرنامه ما مشترک شوید تا خبرها را زودتر بخوانید",
    "Schrijf je in voor onze nieuwsbrief met het nieuws van de dag",
    "Zapisz się do naszego newslettera już dziś",
]


def test_a_signup_call_between_two_paragraphs_goes_in_every_language():
    for call in CALLS:
        assert signup_line(call, BEFORE, AFTER), call
        assert without_signup_lines([BEFORE, call, AFTER]) == [BEFORE, AFTER]


def test_story_sentences_about_newsletters_stay():
    quoted = "“Subscribe to our newsletter,” the mayor wrote, urging residents to follow the works."
    long_one = ("The council's newsletter, which residents can subscribe to at the town hall, printed the "
                "timetable of the works and the names of the streets to be closed for the next three weeks.")
    assert not signup_line(quoted, BEFORE, AFTER)
    assert not signup_line(long_one, BEFORE, AFTER)
    assert not signup_line("Water levels by district", BEFORE, AFTER)  # a subheading
    assert without_signup_lines([CALLS[0]]) == [CALLS[0]]  # never the only paragraph


def test_a_record_body_and_a_text_page_lose_the_call():
    call = CALLS[4]
    assert clean_record_paragraphs([BEFORE, call, AFTER]) == [BEFORE, AFTER]
    page = "\n\n".join(["Sluice gates opened after the rain", BEFORE, call, AFTER])
    record = parse_text_article(page)
    assert call not in record.body and AFTER in record.body and BEFORE in record.body


def test_a_web_page_loses_the_call_between_its_paragraphs():
    from archive.readers.html import parse_html

    call = CALLS[1]
    third = AFTER.replace("Engineers", "Surveyors")
    page = ("<html><head><title>Sluice gates opened</title></head><body><article><h1>Sluice gates opened</h1>"
            f"<p>{BEFORE}</p><p>{call}</p><p>{AFTER}</p><p>{third}</p></article></body></html>")
    record = parse_html(page, "page.html")
    assert call not in record.body and AFTER in record.body
