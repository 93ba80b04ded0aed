"""The plain-text reader on the five real seeds and on the project's own sample collection."""

import json
from pathlib import Path

import pytest

from archive.extract.article import build_article
from archive.model import BadRecord
from archive.readers.text import parse_text_article, read_text_file

from conftest import SAMPLE, build_folder


def read_one(path):
    [record] = list(read_text_file(Path(path)))
    assert not isinstance(record, BadRecord), record
    return record, build_article(record)


# What a careful reader takes from each seed, decided by reading them.
SEEDS_EXPECTED = {
    "000_bff813469d3e00f5.txt": {
        "title": "ISIS has executed 700 prisoners since Hajin ouster: war monitor",
        "outlet": "Rudaw",
        "published": "2018-12-19",
        "tags": ["Syria", "ISIS", "Hajin", "Syrian Democratic Forces (SDF)", "Deir ez-Zor"],
        "author": None,
        "first": "ERBIL, Kurdistan Region – More than 700 people held prisoner by ISIS",
        "last": "journalists Austin Tice and John Cantlie, is still unknown.",
        "paragraphs": 13,
        "absent": ["A+ A-", "Rudaw moderates all comments", "Post a comment", "Required", "community guidelines"],
    },
    "001_1c3de38d2c6f9788.txt": {
        "title": "SDF: Approximately 2000 ISIS Militants Have Surrendered From Baghouz",
        "outlet": None,
        "published": None,
        "tags": [],
        "author": None,
        "first": "The very last elements of ISIS in the city of Baghouz",
        "last": "ISIS defeat in the region is now imminent.",
        "paragraphs": 11,
        "absent": [],
    },
    "002_e1081d40242b0860.txt": {
        "title": "Kurdish Authorities Deny Amnesty Claims of Torturing Detained ISIS Militants",
        "outlet": None,
        "published": None,
        "tags": [],
        "author": "Trim Correspondents",
        "lede": "Kurdish authorities in northeast Syria deny Amnesty International's allegations of torturing over 56,000 ISIS detainees.",
        "first": "Kurdish authorities in northeast Syria have denied allegations by Amnesty International",
        "last": "those who were associated with the terrorist group.",
        "paragraphs": 8,
        "absent": ["Updated On", "New Update", "Trim Correspondents"],
    },
    "003_4474792609f2397d.txt": {
        "title": "Ghuwayran incident ongoing investigations | Dozen ISIS fighters flee in first hours of attack",
        "outlet": "Syrian Observatory for Human Rights",
        "published": None,
        "tags": [],
        "author": None,
        "first": "Al-Hasakah province: SOHR activists have reported that dozens of ISIS fighters",
        "last": "traded openly back and forth with one of Syria’s neighbouring country.",
        "paragraphs": 13,
        "absent": ["The Syrian Observatory For Human Rights\n"],
    },
    "004_db1f5ab22e13c226.txt": {
        "title": "Clashes between Islamic State and US-backed Kurdish forces leave more than 200 people dead",
        "outlet": None,
        "published": None,
        "tags": [],
        "author": None,
        "first": "More than 200 people have been killed in clashes between Islamic State",
        "last": "mostly women and children – are languishing in camps.",
        "paragraphs": 23,
        "absent": ["Credit: AP", "taking up their positions Kurdish-led", "Leave a Comment", "SMM Panel", "Kitap"],
    },
}


@pytest.mark.parametrize("name", sorted(SEEDS_EXPECTED))
def test_seed_extraction(seeds_dir, name):
    expected = SEEDS_EXPECTED[name]
    raw, article = read_one(seeds_dir / name)
    assert article.title == expected["title"]
    assert article.outlet == expected["outlet"]
    assert article.published == expected["published"]
    assert article.date_source == ("text" if expected["published"] else "unknown")
    assert article.tags == expected["tags"]
    assert article.author == expected["author"]
    assert article.body.startswith(expected["first"])
    assert article.body.endswith(expected["last"])
    assert len(article.paragraphs) == expected["paragraphs"]
    for text in expected["absent"]:
        assert text not in article.body
    assert article.title not in article.body  # no repeated title
    assert "\u00a0" not in article.body
    if "lede" in expected:
        assert article.lede.startswith(expected["lede"])
        assert not article.body.startswith(expected["lede"][:40])


def test_seed_002_drops_the_key_takeaways_box(seeds_dir):
    """The aggregator's "Key Takeaways" box under the text is its summary, not the reporter's
    text: nothing of it is kept."""
    _, article = read_one(seeds_dir / "002_e1081d40242b0860.txt")
    assert not [p for p in article.paragraphs if p.startswith("• ")]
    assert "Key Takeaways" not in article.body
    assert article.body.endswith("associated with the terrorist group.")


_STORY = (
    "Water trucks reached the camp on Tuesday after a week without deliveries, aid workers said.\n\n"
    "The camp's managers said the pumping station had been repaired and supplies should hold.\n\n"
    "Residents said they had been buying water from private tankers at high prices.\n\n"
)
_BOX = "Highlights:\n\n  • Deliveries resumed on Tuesday.\n  • The pumping station was repaired.\n\n"


@pytest.mark.parametrize("text", [
    "Water returns to the camp\n\n" + _STORY + "Key points\n\n- Deliveries resumed on Tuesday.\n- The pumping station was repaired.",
    "Water returns to the camp\n\n" + _BOX + _STORY,
])
def test_a_summary_box_above_or_below_the_text_is_dropped(text):
    article = build_article(parse_text_article(text))
    assert article.body.startswith("Water trucks reached the camp")
    assert article.body.endswith("at high prices.")
    assert "Deliveries resumed" not in article.body and "Highlights" not in article.body


def test_a_summary_box_in_the_middle_is_left():
    """A heading over a list inside the text cannot be told from the reporter's own list."""
    from archive.model import RawRecord

    parts = _STORY.split("\n\n")
    body = parts[0] + "\n\n" + _BOX + "\n\n".join(parts[1:])
    article = build_article(RawRecord("export.jsonl", "jsonl", 1, title="Water returns", body=body))
    assert "• Deliveries resumed on Tuesday." in article.body and "Highlights:" in article.body


def test_a_record_body_loses_its_summary_box_too():
    from archive.model import RawRecord

    body = _STORY + "Key Takeaways\n\n• Deliveries resumed on Tuesday.\n\n• The pumping station was repaired."
    article = build_article(RawRecord("export.jsonl", "jsonl", 1, title="Water returns", body=body))
    assert article.body.endswith("at high prices.")


SAMPLE_EXPECTED = json.loads((SAMPLE / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(SAMPLE_EXPECTED))
def test_sample_extraction(name):
    from archive.extract.outlets import canonical_outlet

    expected = SAMPLE_EXPECTED[name]
    raw, article = read_one(SAMPLE / "text" / name)
    assert article.title == expected["title"]
    assert article.outlet == canonical_outlet(expected["outlet"])
    assert article.published == expected["published"]
    assert article.tags == expected["tags"]
    author = expected["author"]
    assert article.author == (author[3:] if author and author.startswith("By ") else author)
    if expected["lede"]:
        assert article.lede == expected["lede"]
    words = article.body.split()
    assert " ".join(words[:8]) == expected["body_first"]
    assert " ".join(words[-8:]) == expected["body_last"]
    assert len(article.paragraphs) == expected["paragraphs"]


def test_sample_covers_every_seed_format():
    formats = {entry["format"] for entry in SAMPLE_EXPECTED.values()}
    assert formats == set("ABCDE")
    assert len(SAMPLE_EXPECTED) >= 30


@pytest.mark.parametrize(
    "text, reason",
    [("", "empty file"), ("   \n\n  \n", "empty file"), ("Just a title\n\n", "no article body")],
)
def test_text_without_an_article_is_refused(text, reason):
    with pytest.raises(ValueError, match=reason):
        parse_text_article(text)


def test_footer_names_the_outlet():
    record = parse_text_article(
        "Camp fire kills two\n\nA fire tore through tents in the camp on Monday.\n\n"
        "Medics said two children died.\n\n© 2023 North Press Agency"
    )
    assert record.outlet == "North Press Agency"
    assert "©" not in record.body


_FLOOD_STORY = (
    "The river rose overnight and covered the fields on both banks, farmers in the valley said on Sunday.\n\n"
    "Crews worked through the night to shore up the levee near the bridge, and the water began to fall by noon.\n\n"
    "The district council said it would pay for the damaged crops.\n\n"
)


@pytest.mark.parametrize(
    "footer, outlet",
    [
        ("© BBC 2021", "BBC News"),  # a known outlet beats the guess
        ("© 2021 Valley Courier. All rights reserved.", "Valley Courier"),  # any named holder beats a guess
    ],
)
def test_a_short_line_under_the_date_is_a_guess_a_footer_outranks(footer, outlet):
    """A capitalised line under the date is read as the outlet only for want of better: the
    outlet a footer names replaces it (and the footer leaves the body)."""
    record = parse_text_article(
        "River floods farmland in the valley\n\n14 March 2021\nRegional Desk\n\n" + _FLOOD_STORY + footer
    )
    article = build_article(record)
    assert article.outlet == outlet
    assert "©" not in article.body


def test_a_known_outlet_line_is_not_replaced_by_an_unknown_footer():
    record = parse_text_article(
        "River floods farmland in the valley\n\n14 March 2021\nReuters\n\n" + _FLOOD_STORY
        + "© 2021 Valley Courier. All rights reserved."
    )
    assert build_article(record).outlet == "Reuters"


def test_a_guessed_outlet_yields_to_a_dateline():
    record = parse_text_article(
        "River floods farmland in the valley\n\n14 March 2021\nRegional Desk\n\n"
        "DEIR EZ-ZOR, Syria (AP) - " + _FLOOD_STORY
    )
    article = build_article(record)
    assert (article.outlet, article.outlet_source) == ("Associated Press", "dateline")


@pytest.mark.parametrize("label", ["Date: 31/02/2020", "Published: 2020-13-45", "Date: 30 February 2021"])
def test_an_invalid_header_date_is_reported_with_its_line(label):
    """A labelled date that is no date is a header line (never the title, never text) and a note
    that the import shows as a warning."""
    record = parse_text_article("River floods farmland in the valley\n\n" + label + "\nBy Jane Doe\n\n" + _FLOOD_STORY)
    article = build_article(record)
    assert article.title == "River floods farmland in the valley"
    assert article.published is None and article.author == "Jane Doe"
    assert label not in article.body
    value = label.split(": ", 1)[1]
    assert any(note.startswith("invalid date in the header, line 3") and value in note for note in article.notes)


def test_a_valid_date_after_an_invalid_one_is_taken_without_a_note():
    record = parse_text_article(
        "River floods farmland in the valley\n\nDate: 31/02/2020\nUpdated: 2 March 2020\n\n" + _FLOOD_STORY
    )
    article = build_article(record)
    assert article.published == "2020-03-02"
    assert not any("invalid date" in note for note in article.notes)


def test_header_byline_and_dates_in_other_forms():
    record = parse_text_article(
        "Trial of foreign fighters opens\n\nPublished: 5 March 2019 10:30 GMT\nBy Jane Doe\n\n"
        "A court in Qamishli opened the first hearing on Tuesday.\n\nThe defendants deny the charges."
    )
    article = build_article(record)
    assert article.published == "2019-03-05"
    assert article.author == "Jane Doe"
    assert article.body.startswith("A court in Qamishli")


def test_latin1_text_is_decoded_not_garbled(tmp_path):
    path = tmp_path / "pound.txt"
    path.write_bytes("Budget row\n\nThe plan costs £5bn, ministers said on Monday.".encode("latin-1"))
    raw, article = read_one(path)
    assert "£5bn" in article.body


def test_binary_file_is_reported(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    [record] = list(read_text_file(path))
    assert isinstance(record, BadRecord)
    assert "binary" in record.reason or "decode" in record.reason


def test_two_names_joined_beside_the_date_are_the_byline_never_the_title():
    record = parse_text_article(
        "Menu\n\nFlood waters recede in the east of the province\n\n"
        "Mara Lind and Tomas Okafor Reyes  |02.03.2023 - Update : 03.03.2023\n\n"
        "Families began returning to their villages on Thursday as the river fell, officials said.\n\n"
        "Aid groups warned that wells in the area may be unsafe for weeks.")
    article = build_article(record)
    assert article.title == "Flood waters recede in the east of the province"
    assert article.author == "Mara Lind and Tomas Okafor Reyes"
    assert article.published == "2023-03-02"


def test_a_role_line_between_the_name_and_the_date():
    record = parse_text_article(
        "Court rules on the future of the old harbour\n\n"
        "Judges say the city must consult residents before any sale\n\n"
        "Petra Holm\nCourts Correspondent\nTuesday 14 March 2023 09:12 GMT\n\n"
        "The high court ruled on Tuesday that the city council acted too quickly when it approved the sale.\n\n"
        "The council said it would study the ruling before deciding what to do next.")
    article = build_article(record)
    assert article.title == "Court rules on the future of the old harbour"
    assert article.author == "Petra Holm"
    assert article.published == "2023-03-14"


def test_arabic_outlet_and_name_line_and_a_name_under_the_text():
    record = parse_text_article(
        "افتتاح جسر جديد فوق نهر الفرات\nالعربية.نت - سمير الخالد\nنشر في: 05 مايو ,2021: 09:40 ص GST\n\n"
        "افتتحت السلطات المحلية صباح اليوم جسراً جديداً فوق نهر الفرات بعد أشهر من أعمال البناء المتواصلة.\n\n"
        "وقال مسؤول في البلدية إن الجسر سيخفف الازدحام على الطرق القديمة في المدينة.")
    article = build_article(record)
    assert article.author == "سمير الخالد"
    assert article.published == "2021-05-05"
    assert article.outlet == "Al Arabiya"  # one name an outlet: it has an English edition
    text = ("افتتاح جسر جديد فوق نهر الفرات\n2021-05-05\n\n"
            "افتتحت السلطات المحلية صباح اليوم جسراً جديداً فوق نهر الفرات بعد أشهر من أعمال البناء المتواصلة.\n\n"
            "وقال مسؤول في البلدية إن الجسر سيخفف الازدحام على الطرق القديمة في المدينة.\n\n")
    for signature in ("متابعة: هالة يوسف", "هالة يوسف"):  # labelled, or a name alone under the text
        signed = build_article(parse_text_article(text + signature))
        assert signed.author == "هالة يوسف"
        assert signed.body.endswith("في المدينة.")


HEADLINES = ["River port reopens", "Council rebuilds market", "Farmers count losses", "New bus line"]


def test_a_strapline_repeated_above_the_date_in_most_files_is_never_the_title(tmp_path):
    pages = {f"p{n}.txt": (f"Home\nNews\nWorld\n\n{headline}\n\nRecovery and reconstruction in the eastern provinces\n\n"
                           f"Ana Ruiz  |0{n + 1}.02.2023\n\n"
                           f"Officials said on Monday that work on story number {n} had finished ahead of time and under budget.\n\n"
                           "Residents said they hoped the change would last longer than the previous ones.")
             for n, headline in enumerate(HEADLINES)}
    for n, article in enumerate(build_folder(tmp_path, pages).values()):
        assert article.title == HEADLINES[n]
        assert article.published == f"2023-02-0{n + 1}"


def test_a_headline_listed_under_recent_posts_on_every_page_is_still_its_own_title(tmp_path):
    recent = "Recent Posts\n" + "\n".join(HEADLINES[:3])
    pages = {f"p{n}.txt": (f"Skip to content\nHome\nAbout\n\n{headline}\nPosted on 1{n}/03/2019 by Dara\n\n"
                           f"I spent most of day {n} on the road between the two towns, helping a cousin who drives a truck.\n\n"
                           f"The road was quiet, and we were home before dark.\n\n{recent}\n\nBlog at WordPress.com.")
             for n, headline in enumerate(HEADLINES[:3])}
    for n, article in enumerate(build_folder(tmp_path, pages).values()):
        assert article.title == HEADLINES[n]
        assert article.author == "Dara"
        assert article.published == f"2019-03-1{n}"


def test_tags_under_a_heading_by_the_text_but_never_a_menu_the_folder_repeats(tmp_path):
    menu = "Skip next section Navigation\nNews\nTopics\nMedia Center\nLive TV\nIn focus\nClimate\n\n"
    pages = {f"p{n}.txt": (f"{menu}Politics\nStory number {n} about the harbour sale\n\n"
                           f"The city council approved the sale of the old harbour on day {n}, officials said on Monday.\n\n"
                           "Residents said they would appeal the decision in the courts.\n\n"
                           f"Date 0{n + 1}.10.2021\nAuthor Petra Holm\nKeywords Harbour, City council, Appeal {n}\n\nMore about\nHarbour\nCourts\n\n"
                           "Share\nPrint this page")
             for n in range(4)}
    for n, article in enumerate(build_folder(tmp_path, pages).values()):
        assert article.tags == ["Harbour", "City council", f"Appeal {n}", "Courts"]
        assert article.published == f"2021-10-0{n + 1}"  # labelled, without its colon, under the text
        assert article.author == "Petra Holm"
        assert "Petra" not in article.body


@pytest.mark.parametrize("credit", ["ab/rs (AFP, dpa)", "(France 24 with AFP)", "kp/msh (Reuters, AP)"])
def test_an_agency_credit_under_the_text_is_not_text(credit):
    record = parse_text_article(
        "Harbour sale approved\n\n"
        "The city council approved the sale of the old harbour on Monday, officials said after the vote.\n\n"
        "Residents said they would appeal the decision in the courts before the end of the month.\n\n"
        f"{credit}\n\nShare\nPrint this page")
    assert build_article(record).body.endswith("before the end of the month.")


def test_comments_under_a_blog_post_are_not_its_text():
    record = parse_text_article(
        "A morning at the gate\nPosted on 2 November 2019 by Dara\n\n"
        "We waited at the gate of the camp for most of the morning, hoping to see my aunt before noon.\n\n"
        "We did not see her. Maybe next week.\n\nShare this:\nTwitter\n\n"
        "3 thoughts on “A morning at the gate”\n\nThank you for writing this, it must have been a long day.\nReply")
    assert build_article(record).body.endswith("Maybe next week.")


def test_a_logo_line_at_the_top_names_the_outlet_without_its_the():
    text = ("Skip to main content\nIndependent\n\nNews\nWorld\n\nHarbour sale approved by the council\n\n"
            "The city council approved the sale of the old harbour on Monday, officials said after the vote.\n\n"
            "Residents said they would appeal the decision in the courts before the end of the month.")
    assert build_article(parse_text_article(text)).outlet == "The Independent"
    menu = text.replace("Independent\n\nNews\nWorld", "Menu\n\nNews\nWorld\nNational\nIndependent")
    assert build_article(parse_text_article(menu)).outlet is None  # sections of a menu further down


def test_a_tag_page_listing_headlines_is_furniture_only():
    text = ("Skip to main content\nMenu\nNews\nWorld\n\nSyria\n\nRead next\n"
            "Families return to the valley after the snow\nCouncil approves the harbour sale\n"
            "Farmers count their losses after a late frost\n\nSubscribe to our newsletter\n© 2024 Example News")
    with pytest.raises(ValueError, match="furniture"):
        parse_text_article(text)


def test_a_summary_under_the_headline_over_a_picture_is_the_standfirst():
    record = parse_text_article(
        "Council approves the harbour sale\n\n"
        "The city will sell the old harbour to a private company. Residents plan to appeal.\n\n"
        "Image: Ana Ruiz/AFP/Getty Images\n\n"
        "The city council approved the sale of the old harbour on Monday, officials said after a long vote.\n\n"
        "Residents said they would appeal the decision in the courts before the end of the month.\n\n"
        "The company has promised to keep the fish market open for at least five years.")
    article = build_article(record)
    assert article.body.startswith("The city council approved")
    assert article.lede.startswith("The city will sell")


@pytest.mark.parametrize("line", ["Find Tickets", "Our Latest Stories", "AUSTRALIA AHEAD", "Via SyndiGate.info"])
def test_furniture_shaped_like_a_name_under_the_text_is_no_author(line):
    record = parse_text_article(
        "Harbour sale approved\n\n"
        "The city council approved the sale of the old harbour on Monday, officials said after the vote.\n\n"
        f"Residents said they would appeal the decision in the courts before the end of the month.\n\n{line}")
    assert build_article(record).author is None


@pytest.mark.parametrize("above", ["https://www.example.com/news/article/Harbour-sale-approved-1234.php",
                                   "By Petra Holm On 11/13/19 at 4:00 PM EST"])
def test_a_link_or_a_byline_line_is_never_the_title(above):
    record = parse_text_article(
        f"Menu\nNews\n\n{above}\nHarbour sale approved by the council\nMarch 3, 2019\n\n"
        "The city council approved the sale of the old harbour on Monday, officials said after the vote.\n\n"
        "Residents said they would appeal the decision in the courts before the end of the month.")
    assert record.title == "Harbour sale approved by the council"


def test_a_dateline_alone_above_the_first_paragraph_is_part_of_the_text():
    paragraph = ("أعلنت وزارة الصحة، اليوم الأحد، وصول شحنة جديدة من الأدوية إلى مستشفيات المحافظة، "
                 "وقالت إن الشحنة تكفي لثلاثة أشهر.")
    second = "وأضافت الوزارة في بيان أن التوزيع سيبدأ الأسبوع المقبل بالتنسيق مع دوائر الصحة في الأقضية والنواحي."
    page = "\n".join(["وصول شحنة أدوية إلى مستشفيات المحافظة", "٢٠٢٢/٠٣/٠٦", "متابعة: سامر يوسف",
                      "بغداد - واع", "", paragraph, "", second, ""])
    body = parse_text_article(page).body
    assert body.startswith("بغداد - واع")
    assert paragraph in body
    # not a line that only names the outlet, nor one the paragraph repeats
    bare = parse_text_article(page.replace("بغداد - واع", "أخبار - رياضة")).body
    assert bare.startswith("أعلنت وزارة الصحة")


def test_a_heading_over_the_authors_name_under_the_text_gives_the_author():
    prose = ("The council met on Sunday to agree a timetable for the return of displaced families to the "
             "villages east of the river, officials said after the meeting.")
    page = "\n".join(["Council agrees timetable for returns", "", prose, "", prose.replace("Sunday", "Monday"),
                      "", "Contributors", "Hawar Sleman", "Researcher, North-East Syria", "Related Content",
                      "Another story about the river villages"])
    record = parse_text_article(page)
    assert record.author == "Hawar Sleman"
    assert "Hawar Sleman" not in record.body
    # a heading over a line that is no person's name gives nothing
    assert parse_text_article(page.replace("Hawar Sleman", "Read the full report")).author is None


def test_a_byline_naming_a_desk_or_the_outlet_is_no_author():
    prose = ("Two guards were wounded when a drone struck a checkpoint at the edge of the camp on Friday "
             "evening, the local security forces said in a statement.")
    for byline in ("Hawar News | NEWS DESK", "Web Desk"):
        page = "\n".join(["Drone strikes camp checkpoint", byline, "12 March 2022", "", prose, "",
                          prose.replace("Friday", "Saturday")])
        assert parse_text_article(page).author is None, byline
    page = "\n".join(["Drone strikes camp checkpoint", "By Rojda Ali", "12 March 2022", "", prose])
    assert parse_text_article(page).author == "Rojda Ali"
