"""Round 26 (bylines26): bylines the rules missed and bylines taken for headlines.

The texts are written for these tests (invented outlets and people)."""

from archive.extract.byline_signatures import signature_names
from archive.extract.byline_titles import byline_names
from archive.extract.stored_authors import stored_author
from archive.readers.text import parse_text_article

# -- a story signed at its end: "— Name" under the text, past its tags and share bar ----------------

SIGNED = """Home    Stories    Places    About    Give

Stories ›

Well diggers reach water under the old market square

3 days ago · 5 min read

Workers digging a new well under the old market square struck water at a depth of forty metres on Tuesday, ending a search that began in the spring.

The town council said the well would feed a network of public taps by the end of the month, easing a shortage that forced families to buy water from tankers.

Engineers warned that the water table had fallen by several metres in the last decade and said the new well should be used sparingly.

Filed under: Water, Market

— {names}

Share:  Mastodon  Email  Copy link

Get our monthly letter from the valley

Posted 3 March 2024 · Last updated 3 March 2024
"""


def test_a_signature_after_the_tags_is_the_author():
    record = parse_text_article(SIGNED.format(names="Odile Marchetti"), "signed.txt")
    assert record.author == "Odile Marchetti"
    assert "Odile Marchetti" not in record.body


def test_a_signature_joins_two_writers_with_a_particle_in_small_letters():
    record = parse_text_article(SIGNED.format(names="Samir bin Yousef and Odile Marchetti"), "signed.txt")
    assert record.author == "Samir bin Yousef and Odile Marchetti"


def test_a_signature_closing_the_last_paragraph_is_left_out_of_the_body():
    text = ("Reservoir levels fall for a third summer\n\n"
            "The reservoir above the valley held less than a third of its capacity at the end of August, the water board said.\n\n"
            "Farmers downstream have been asked to water their fields at night, when less of it is lost.\n\n"
            "– Greta Lindqvist (gl/ab)\n")
    record = parse_text_article(text, "reservoir.txt")
    assert record.author == "Greta Lindqvist"
    assert "Lindqvist" not in record.body


def test_signature_shapes_in_any_script():
    assert signature_names("— Olek Wiśniewski i Marta Kowal") == "Olek Wiśniewski i Marta Kowal"
    assert signature_names("-- هالة المصري") == "هالة المصري"
    assert signature_names("— Greta Lindqvist (gl)") == "Greta Lindqvist"
    for line in ("— said Greta Lindqvist", "- Read More", "— The Editors", "- 2024", "Greta Lindqvist"):
        assert signature_names(line) is None, line


def test_a_list_of_names_after_dashes_is_no_signature():
    text = SIGNED.format(names="Odile Marchetti\n\n— Piet Jansen\n\n— Lina Haddad")
    record = parse_text_article(text, "team.txt")
    assert record.author != "Odile Marchetti"


# -- a byline line is never the title ------------------------------------------------------------

JOINED_OVER_DATE = """Kurier Doliny
Prenumerata
Szkoła w namiocie. Dzieci uczą się pod gołym niebem
Olek Wiśniewski i Marta Kowal
12 marca 2021 | 08:15
W obozie nad rzeką lekcje odbywają się w namiocie, który przez zimę przeciekał. Nauczyciele mówią, że brakuje zeszytów i ołówków.

Rodzice zbierają pieniądze na nowy dach, ale zimą namiot znów może nie wytrzymać deszczu i śniegu.
Komentarze 4
"""

ROLE_AFTER_SLASH = """valleytimes.example
Council approves repairs to the river bridge after flood damage
Hiro Takeda / Valley Times Staff Writer
Reader view · 2–3 minutes
9:00 JST, March 4, 2022
The city council approved funds on Thursday to repair the river bridge, which was closed after floods damaged two of its pillars last autumn.

Engineers said the work would take about eight months and that a temporary footbridge would open next week.
"""

OPENER = """Coming Home — a podcast
Episodes > Episode 12

Episode 12: The baker who came back

A former detainee reopens her family's bakery.

Presented by Lina Haddad and Piet Jansen
May 2, 2023 · 41 min

LINA HADDAD: Welcome back. This week we visit a bakery that stood closed for six years before its owner returned.

PIET JANSEN: She asked us to call her Salma. The ovens still worked, she says, once the soot was cleaned out of them.

SALMA: The first morning I lit the fire, the whole street came to the door. Nobody had smelled bread from this oven since my father closed it, and the old women cried.

LINA HADDAD: What did you bake first?

SALMA: The flat loaves my father made, with sesame. I did not remember the recipe, but my hands did, and the neighbours told me when it was right.

Sign up for our weekly letter and get every new episode in your inbox.
"""


def test_names_joined_by_another_languages_conjunction_are_no_title():
    record = parse_text_article(JOINED_OVER_DATE, "kurier.txt")
    assert record.title == "Szkoła w namiocie. Dzieci uczą się pod gołym niebem"
    assert record.author == "Olek Wiśniewski i Marta Kowal"


def test_a_name_and_a_role_after_a_slash_are_no_title():
    record = parse_text_article(ROLE_AFTER_SLASH, "valley.txt")
    assert record.title == "Council approves repairs to the river bridge after flood damage"
    assert stored_author(record.author, record.outlet) == "Hiro Takeda"


def test_a_byline_word_then_names_is_no_title():
    record = parse_text_article(OPENER, "episode.txt")
    assert record.title == "Episode 12: The baker who came back"
    assert record.author == "Lina Haddad and Piet Jansen"


def test_the_headline_over_a_byline_taken_for_the_title():
    from archive.extract import paragraphs
    from archive.extract.byline_titles import headline_for, header_names

    content = [line for line in JOINED_OVER_DATE.splitlines() if line.strip()]
    lines = paragraphs.classify(content)
    assert headline_for(content, lines, 3, 5, set()) == 2  # the line over the names
    assert header_names(content, lines, 2, 5, chosen=3) == "Olek Wiśniewski i Marta Kowal"
    content = [line for line in OPENER.splitlines() if line.strip()]
    lines = paragraphs.classify(content)
    assert headline_for(content, lines, 4, 6, set()) == 2  # past the standfirst ending in a full stop
    assert headline_for(content, lines, 2, 6, set()) == 2  # a headline stays


def test_byline_shapes():
    assert byline_names("Olek Wiśniewski i Marta Kowal") == "Olek Wiśniewski i Marta Kowal"
    assert byline_names("Hiro Takeda | Senior Correspondent") == "Hiro Takeda"
    assert byline_names("Presented by Lina Haddad") == "Lina Haddad"
    for line in ("Council approves repairs to the river bridge", "Merkel und Macron treffen sich",
                 "Lina Haddad", "Episode 12: The baker who came back", "Assad and Putin"):
        assert byline_names(line) is None, line


# -- desk, team and service credits in other languages name nobody -----------------------------------

def test_team_service_and_source_credits_name_nobody():
    for credit in ("Ekonomi Servisi", "Dünya Haberleri Servisi", "Navenda Nûçeyan", "فريق الرصد",
                   "المصدر: الوطن - وكالات", "Equipo de Investigación", "Équipe éditoriale", "گروه بین‌الملل"):
        assert stored_author(credit, None) is None, credit
    for name in ("Fatma Servi", "Lina Haddad", "قاسم العلي", "Teodor Mann"):
        assert stored_author(name, None) == name, name


# -- "Name | Outlet", "Name / Role", a label kept before the name --------------------------------------

def test_the_outlet_or_role_after_a_separator_is_cut():
    assert stored_author("Lina Haddad | Valleyview.org", "Valleyview") == "Lina Haddad"
    assert stored_author("Lina Haddad | Valley Times", "Valley Times") == "Lina Haddad"
    assert stored_author("Hiro Takeda / Valley Times Staff Writer", None) == "Hiro Takeda"
    assert stored_author("Lina Haddad, valleyview.org", None) == "Lina Haddad"


def test_a_byline_label_kept_before_the_name_is_cut():
    assert stored_author("بقلم هالة المصري", None) == "هالة المصري"
    assert stored_author("Por Juana Pérez", None) == "Juana Pérez"


# -- the byline as the page prints it, where the markup lists the same writers -------------------------

def test_the_printed_form_of_the_same_writers_is_kept():
    from archive.extract.byline_written import as_written

    assert as_written("هالة المصري، كريم داود", ["تحقيق: هالة المصري وكريم داود", "3 آذار 2023"]) == "هالة المصري وكريم داود"
    assert as_written("Lina Haddad, Piet Jansen", ["By Lina Haddad and Piet Jansen"]) == "Lina Haddad and Piet Jansen"
    assert as_written("Lina Haddad, Piet Jansen", ["By Lina Haddad and Greta Lindqvist"]) == "Lina Haddad, Piet Jansen"
    assert as_written("Lina Haddad", ["By Lina Haddad"]) == "Lina Haddad"


def test_a_signature_with_where_it_was_filed_or_the_role():
    assert signature_names("— Greta Lindqvist in Tromsø") == "Greta Lindqvist"
    assert signature_names("— Greta Lindqvist, Staff Writer") == "Greta Lindqvist"
    assert signature_names("— Greta Lindqvist said") is None
    assert signature_names("- Greta Lindqvist in Tromsø") is None  # a hyphen: perhaps a list's bullet, a name alone only
    assert signature_names("- الأمطار تغمر الطرق في القرية") is None


def test_a_name_and_the_outlet_after_a_bar_is_a_byline():
    assert byline_names("Lina Haddad | valleyview.org") == "Lina Haddad"
    assert byline_names("Lina Haddad | Gaza") is None
