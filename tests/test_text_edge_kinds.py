"""Edges of the text of more kinds (issue #13, sixth round), each by its sign, in text of our own:
a caption closed by its credit in parentheses, a summary box whose items lost their marks or whose
heading the data lacks, a dateline "Agency/ Place" alone over the text, the site's copyright line
or a list of tags closing the text, a last line announcing what was cut."""

import pytest

from archive.extract import boilerplate, paragraphs
from archive.readers.text import parse_text_article

HEAD = "Harbour News\nHome   World   Sport   Weather\n\n"
TEXT = [
    "The ferry between the two lake towns ran again on Monday for the first time since the storm in March.",
    "The operator said it would add a second boat in the summer, once the pier on the north shore is repaired.",
    "Passengers said the crossing took twice as long as before because the boat had to avoid the wreckage.",
    "The town council said repairs to the north pier would cost about 2 million euros and take until autumn.",
]


def page(top: str, bottom: str = "") -> str:
    return HEAD + "Ferry service resumes across the lake after the storm\nBy Petra Holm\n3 April 2022\n" \
        + top + "\n\n" + "\n\n".join(TEXT) + "\n\n" + bottom


@pytest.mark.parametrize("line", [
    "The old pier at dawn, two days after the storm. (Reuters)",
    "Passengers wait on the quay in the rain. (Jane Doe/AFP/Getty Images)",
    "A view of the harbour from the hill. (Photo for The Lake Courier)",
])
def test_a_caption_closed_by_its_credit_in_parentheses_is_furniture(line):
    assert paragraphs.furniture_reason(line) == "caption"


@pytest.mark.parametrize("line", [
    "The council met on Monday (its first meeting since the storm).",
    "He said the pier would reopen (and it did).",
    "The mayor thanked the crews. (They had worked through the night.)",
])
def test_a_sentence_in_parentheses_is_no_credit(line):
    assert paragraphs.furniture_reason(line) is None


def test_a_caption_with_its_credit_over_the_text_is_left_out():
    record = parse_text_article(page("The old pier at dawn, two days after the storm. (Reuters)"))
    assert record.body.startswith(TEXT[0])
    assert "(Reuters)" not in record.body


def test_key_points_whose_items_lost_their_marks_are_left_out():
    box = "Key points:\nThe ferry runs twice a day again\nA second boat comes in the summer\nRepairs take until autumn"
    record = parse_text_article(page(box))
    assert record.body.startswith(TEXT[0])
    assert "Key points" not in record.body and "second boat comes" not in record.body


def test_a_box_of_bulleted_points_under_a_heading_the_data_lacks_is_left_out():
    box = ("The Short Version\n• The ferry runs twice a day again after a month without service.\n"
           "• The council will pay for the repairs of the north pier.")
    record = parse_text_article(page(box))
    assert record.body.startswith(TEXT[0])
    assert "The Short Version" not in record.body and record.author == "Petra Holm"


def test_bullets_without_a_heading_or_prose_after_them_are_no_box():
    assert boilerplate.summary_box_at(["Lake facts", "• one point", "• another point"], 0) == 0
    assert boilerplate.summary_box_at(["• one point", "• another point", "Text follows here."], 0) == 0
    assert boilerplate.summary_box_at(["The Short Version", "• one point", "• two points", "Text."], 0) == 3


def test_a_dateline_naming_the_agency_before_a_slash_stays_with_the_text():
    lines = ["السومرية نيوز", "عنوان الخبر عن عودة العبّارة إلى العمل بين البلدتين", "2022-04-03 | 10:15",
             "السومرية نيوز/ أربيل", "",
             "أعلنت الشركة المشغلة، اليوم الأحد، عودة العبارة إلى العمل بين البلدتين بعد توقف دام شهراً كاملاً بسبب العاصفة.",
             "", "وقال مدير الشركة إن قارباً ثانياً سيضاف في الصيف بعد إصلاح الرصيف الشمالي الذي تضرر بشدة."]
    record = parse_text_article("\n".join(lines))
    assert record.body.startswith("السومرية نيوز/ أربيل")


def test_the_sites_copyright_line_closes_the_text():
    more = ["Fishermen on the south shore said the storm had also torn their nets and sunk two of their boats.",
            "The regional government promised them compensation but has not yet said how much it will pay them.",
            "The ferry's timetable is posted on the quay and on the operator's site, which lists every crossing."]
    bottom = ("Copyright (c) 2022. Harbour Media Ltd. All rights reserved.\nRelated\nFerry strike ends\n"
              "Harbour News has been declared unwelcome by the government of a neighbouring country. If you live "
              "there, you may be fined for sharing what we write.\nSubscribe")
    record = parse_text_article(page("", "\n\n".join(more) + "\n\n" + bottom))
    assert record.body.endswith(more[-1])


def test_a_list_of_tags_under_the_text_closes_it():
    bottom = ("KEYWORDS\nferry, storm, lake towns\n"
              "In times like these, local reporting matters more than ever before for every one of us.\n"
              "Subscribe now")
    record = parse_text_article(page("", bottom))
    assert record.body.endswith(TEXT[-1])


@pytest.mark.parametrize("last", ["Search words:", "كلمات البحث:", "Read more:"])
def test_the_text_never_ends_on_a_line_announcing_what_was_cut(last):
    assert boilerplate.clean_paragraphs(TEXT + [last]) == TEXT


def test_a_long_line_ending_in_a_colon_stays():
    line = "The council listed the repairs it will pay for this year:"
    assert boilerplate.clean_paragraphs(TEXT + [line])[-1] == line


BODY = "\n\n".join(TEXT)


def test_a_headline_under_a_links_heading_is_still_the_title_over_its_byline():
    text = ("Sign In\nQuick Links\nListen Live\nFerry service resumes across the lake after the storm\n"
            "Operator says a second boat will join it in the summer\n"
            "Petra Holm · Harbour News · Posted: Apr 03, 2022 6:00 AM\n"
            "The old pier at dawn, two days after the storm. (Jane Doe/Harbour News)\nSocial Sharing\n\n" + BODY)
    record = parse_text_article(text)
    assert record.title == "Ferry service resumes across the lake after the storm"
    assert record.body.startswith(TEXT[0])


def test_two_reporters_with_their_places_are_a_byline_not_the_title():
    text = ("Harbour News\nFerry service resumes across the lake after the storm\n"
            "A month without a crossing ends as the operator adds a second boat\n"
            "Petra Holm in Lakeside and Tomas Berg in Northport\nAPRIL 3 2022\n\n" + BODY)
    record = parse_text_article(text)
    assert record.title == "Ferry service resumes across the lake after the storm"
    assert record.author == "Petra Holm and Tomas Berg"


def test_a_live_pages_headline_over_byline_and_date_outranks_a_posts_heading():
    text = ("Harbour News\nLive: Ferry crossings resume across the lake after the storm\nBy Petra Holm\n"
            "Posted Sun 3 Apr 2022 at 8:05am\nLive updates\nKey events\nShow latest updates\n10:48am\n"
            "Second boat to join the ferry in summer\nBy Petra Holm\n\n" + BODY)
    record = parse_text_article(text)
    assert record.title == "Live: Ferry crossings resume across the lake after the storm"


def test_numbered_notes_under_the_text_and_their_heading_are_left_out():
    notes = ["Endnotes", "[1] Interviews held in Lakeside, March 2022.", "[2] The operator's statement of 2 April."]
    assert boilerplate.clean_paragraphs(TEXT + notes) == TEXT
    marked = [TEXT[0] + "[1]", TEXT[1]]
    assert boilerplate.clean_paragraphs(marked + notes) == marked  # the markers inside stay
    assert boilerplate.clean_paragraphs(TEXT + ["[2] A note out of order."]) == TEXT + ["[2] A note out of order."]


def _html(summary_inside: bool, label: str = "", bio: str = "") -> bytes:
    summary = "<p class='summary'>The lake's ferry is back after a month, and a second boat will join it.</p>"
    paras = "".join(f"<p>{t}</p>" for t in TEXT)
    return (f"<html><head><title>Ferry service resumes</title>"
            f"<meta name='description' content=\"The lake's ferry is back after a month, and a second boat will join it.\">"
            f"</head><body><main><h1>Ferry service resumes across the lake</h1>"
            + ("" if summary_inside else summary)
            + "<div class='byline'>by Petra Holm</div><div class='body'>"
            + (summary if summary_inside else "") + (f"<h3>{label}</h3>" if label else "")
            + paras + (f"<p><em>{bio}</em></p>" if bio else "") + "</div></main></body></html>").encode()


def test_a_saved_pages_standfirst_outside_the_texts_container_is_left_out():
    from archive.readers.html import parse_html

    assert parse_html(_html(summary_inside=False), "page.html").body.startswith(TEXT[0])
    inside = parse_html(_html(summary_inside=True), "page.html").body  # the text's own first paragraph
    assert inside.startswith("The lake's ferry is back")


def test_a_saved_pages_label_and_note_on_the_author_are_left_out():
    from archive.readers.html import parse_html

    record = parse_html(_html(False, label="Brief Analysis",
                              bio="Petra Holm is a reporter at Harbour News."), "page.html")
    assert record.body.startswith(TEXT[0]) and record.body.endswith(TEXT[-1])


def test_a_records_read_lead_in_and_sign_up_prompt_are_cut_from_its_end():
    body = TEXT + ["READ: Lake ferry operator buys a second boat", "Stay updated with the latest news!",
                   "Subscribe to the Harbour News newsletter"]
    assert boilerplate.clean_record_paragraphs(body) == TEXT


@pytest.mark.parametrize("line", ["By subscribing, you help us keep reporting from the lake.",
                                  "Stay up to date with our morning briefing", "ابق على اطلاع بآخر الأخبار"])
def test_sign_up_prompts_in_other_words_are_calls_to_action(line):
    assert paragraphs.furniture_reason(line) == "call to action"


def test_a_listing_of_dated_headlines_with_a_question_among_them_is_refused():
    text = ("Skip to main content\nHarbour News\nLatest in Lakeside\n"
            "Ferry service resumes across the lake after the storm\n03 Apr 2022\n"
            "Council votes to rebuild the covered market\n01 Apr 2022\n"
            "Who will pay for the new pier on the north shore?\n28 Mar 2022\nLoad more\nMost Read\n© Harbour News")
    with pytest.raises(ValueError, match="furniture"):
        parse_text_article(text)


def test_a_live_pages_post_headers_are_left_out_a_running_storys_times_stay():
    posts = ("Harbour News\nLive: Ferry crossings resume across the lake\nBy Petra Holm\nPosted Sun 3 Apr 2022\n\n"
             + TEXT[0] + "\n\n" + TEXT[1] + "\nShare post\n10:15am\nWho pays for the pier?\nBy Tomas Berg\n"
             + TEXT[2] + "\n\n" + TEXT[3])
    body = parse_text_article(posts).body
    assert "10:15am" not in body and "Who pays" not in body and "Tomas Berg" not in body
    assert body.endswith(TEXT[3])
    running = ("Harbour News\nThe Latest: Ferry crossings resume across the lake\n3 April 2022\n\n" + TEXT[0]
               + "\n\n4:14 p.m.\n\n" + TEXT[1] + "\n\n" + TEXT[2])
    assert "4:14 p.m." in parse_text_article(running).body


def test_a_standfirst_whose_description_is_cut_short_is_left_out_too():
    from archive.readers.html import parse_html

    page = _html(summary_inside=False).replace(
        b"content=\"The lake's ferry is back after a month, and a second boat will join it.\"",
        b"content=\"The lake's ferry is back after a month, and a second boat\"")
    assert b"a second boat\"" in page
    assert parse_html(page, "page.html").body.startswith(TEXT[0])
