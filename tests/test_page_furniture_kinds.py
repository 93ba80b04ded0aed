"""Furniture of more kinds (issue #13, fifth round): a consent notice whose buttons are single words,
a reader's feedback prompt and an appeal under the text in Arabic, a story's headline that a
listing page of the same folder shows too."""

import pytest

from archive.extract import paragraphs
from archive.readers.text import parse_text_article

TEXT = ("The ferry between the two lake towns ran again on Monday for the first time since the storm.\n\n"
        "The operator said it would add a second boat in the summer, once the pier on the north shore is repaired.\n\n"
        "Passengers said the crossing took twice as long as before because the boat had to avoid the wreckage.")


def test_a_consent_notice_with_one_word_buttons_is_refused():
    wall = "\n".join([
        "Morning Courier", "We value your privacy",
        "We and our partners use cookies and similar identifiers to store information on your device and "
        "process personal data for advertising, measurement and site improvement.",
        "You can give your consent, refuse it, or change your preferences at any time; some processing "
        "relies on legitimate interest, to which you may object.",
        "MORE OPTIONS", "AGREE", "Privacy Policy"])
    with pytest.raises(ValueError, match="consent notice"):
        parse_text_article(wall)


@pytest.mark.parametrize("line", ["هل أعجبك المقال؟", "لنبقَ على تواصل.. ادعم صحافتنا المستقلة بالاشتراك.",
                                  "Did you like this article? Tell us what you think."])
def test_feedback_prompts_and_appeals_are_furniture(line):
    assert paragraphs.furniture_reason(line) == "call to action"


OTHER = ("The town council voted on Tuesday to rebuild the covered market that burned down two winters ago.\n\n"
         "Traders said they had waited too long and asked for temporary stalls in the square until it opens.")
WIDGET = "Paste the embed link of the video below:Copy to clipboardCopied\n\n"


def test_a_headline_a_listing_page_of_the_folder_shows_too_stays_the_title(tmp_path):
    menu = "Lake News\nHome   World   Sport\n\n"
    headlines = ["Ferry service resumes across the lake after the storm", "Council votes to rebuild the covered market"]
    pages = {
        "index.txt": menu + "Latest news\n\n" + "\n\n".join(f"{h}\n0{n + 3}/04/2022" for n, h in enumerate(headlines))
        + "\n\nLoad more",
        "ferry.txt": menu + f"{headlines[0]}\nBy Petra Holm\n03/04/2022\n\n" + WIDGET + TEXT,
        "market.txt": menu + f"{headlines[1]}\nBy Tomas Berg\n04/04/2022\n\n"
        + WIDGET + OTHER,
    }
    for name, text in pages.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    from archive.readers.folder_profiles import profile_folder
    profile = profile_folder(tmp_path)
    record = parse_text_article(pages["ferry.txt"], str(tmp_path / "ferry.txt"), profile=profile)
    assert record.title == headlines[0]
