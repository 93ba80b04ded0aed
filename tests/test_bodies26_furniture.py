"""Round 26 (bodies26): furniture left in bodies, by method: a feed's entries as pages of one
template, pull quotes standing alone, a desk's credit in brackets, teaser lines between paragraphs
in any language. Texts written for these tests."""

from __future__ import annotations

from archive.extract.boilerplate import clean_paragraphs, clean_record_paragraphs
from archive.extract.closing_credits import desk_credit_at, teaser_line, without_desk_credit, without_teaser_lines
from archive.extract.pull_quotes import lone_pull_quote, without_pull_quotes
from archive.readers.feed import read_feed

PROSE_A = "The council met on Tuesday evening to discuss the repairs to the northern bridge over the river."
PROSE_B = "Engineers told members that the work would take at least four months and cost more than planned."
PROSE_C = "Residents living near the bridge said they had waited for years and were tired of promises."


# -- a feed's entries are the pages of one template -------------------------------------------------
def _atom(entries: list) -> bytes:
    parts = ['<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="xx">',
             "<title>Zorva Nuvelo</title><id>https://zorva.example/feed</id><updated>2024-01-01T00:00:00Z</updated>"]
    for n, paragraphs in enumerate(entries, start=1):
        html = "".join(f"&lt;p&gt;{p}&lt;/p&gt;" for p in paragraphs)
        parts.append(f"<entry><title>Story {n} of the valley</title><id>https://zorva.example/?p={n}</id>"
                     f"<published>2023-0{n}-10T09:00:00Z</published><content type=\"html\">{html}</content></entry>")
    parts.append("</feed>")
    return "".join(parts).encode("utf-8")


CLOSER = "Sekvu nin sur Telegramo por pli da novaĵoj ĉiutage."  # a closing line in a language no list holds


def test_feed_entries_share_a_template(tmp_path):
    stories = [
        ["Valo kaj rivero: la akvo revenis al la vilaĝo post tri semajnoj da sekeco.",
         "La loĝantoj kolektis akvon en grandaj ujoj antaŭ la lernejo.", CLOSER],
        ["La lernejo malfermiĝis denove post la longa vintra paŭzo de la instruistoj.",
         "Gepatroj diris ke la infanoj tre ĝojas reveni al la klasoj.", CLOSER],
        ["Nova vojo ligas la du urbojn de la regiono ekde lunda mateno.",
         "La ŝoforoj diras ke la vojaĝo nun daŭras nur duonon de horo.", CLOSER],
    ]
    path = tmp_path / "feed.xml"
    path.write_bytes(_atom(stories))
    records = list(read_feed(path))
    assert len(records) == 3
    for record in records:
        template = record.profile.template
        assert clean_record_paragraphs(record.body.split("\n\n"), template)[-1] != CLOSER


def test_feed_of_two_entries_has_no_template(tmp_path):
    path = tmp_path / "feed.xml"
    path.write_bytes(_atom([["Unu du tri kvar kvin ses sep.", CLOSER], ["Ok naŭ dek dek-unu dek-du.", CLOSER]]))
    assert all(record.profile is None for record in read_feed(path))


# -- pull quotes standing alone --------------------------------------------------------------------
def test_lone_pull_quote_between_paragraphs():
    quote = "“A bridge is only as strong as the patience of those who wait for it.”"
    body = [PROSE_A, PROSE_B, quote, PROSE_C]
    assert lone_pull_quote(body, 2)
    assert without_pull_quotes(body) == [PROSE_A, PROSE_B, PROSE_C]
    assert quote not in clean_paragraphs(body)


def test_quotation_continued_or_introduced_stays():
    opened = "The mayor said: “We have asked the region for help three times this year."
    continued = "“We will ask again until the bridge is safe for the children who cross it.”"
    assert not lone_pull_quote([PROSE_A, opened, continued, PROSE_C], 2)
    introduced = "One engineer put it plainly:"
    assert not lone_pull_quote([PROSE_A, PROSE_B + " " + introduced, continued, PROSE_C], 2)
    attributed = [PROSE_A, continued, "— said the engineer in charge of the site, who asked not to be named.", PROSE_C]
    assert not lone_pull_quote(attributed, 1)
    several = "“We waited. We asked. Nobody came to see the cracks in the stone.”"
    assert not lone_pull_quote([PROSE_A, PROSE_B, several, PROSE_C], 2)
    assert not lone_pull_quote([continued, PROSE_A, PROSE_B], 0)  # the text's first paragraph


# -- a desk's credit in brackets -------------------------------------------------------------------
def test_desk_credit_closing_the_text():
    assert without_desk_credit([PROSE_A, "(Lakeview-Redaktion)"]) == [PROSE_A]
    assert without_desk_credit([PROSE_A, PROSE_B + " (City desk)"]) == [PROSE_A, PROSE_B]
    assert without_desk_credit([PROSE_A, "[Redacción Norte]"]) == [PROSE_A]
    assert desk_credit_at(PROSE_B + " (ABC)") == -1  # a wire's credit signs the text: it stays
    assert desk_credit_at("(Lakeview Times)") == -1  # a name, no desk word
    assert without_desk_credit(["(City desk)"]) == ["(City desk)"]  # never the whole text
    assert "(Lakeview-Redaktion)" not in clean_paragraphs([PROSE_A, PROSE_B, "(Lakeview-Redaktion)"])
    assert "(City desk)" not in " ".join(clean_record_paragraphs([PROSE_A, PROSE_B + " (City desk)"]))


# -- teaser lines between paragraphs, any language -------------------------------------------------
def test_teaser_line_between_paragraphs():
    for line in ("Lesen Sie auch: Die Brücke am Fluss wird gesperrt",
                 "Διαβάστε ακόμη: Οι γέφυρες της βόρειας πόλης",
                 "Zobacz też: Most na rzece zamknięty do wiosny",
                 "Quid novi: Pons in flumine clausus est hodie"):  # a label no list holds: by its shape
        assert teaser_line(line), line
        assert without_teaser_lines([PROSE_A, line, PROSE_B]) == [PROSE_A, PROSE_B]
    sentence = "Update: the council said on Friday that the bridge will reopen in May."
    assert not teaser_line(sentence)  # a sentence, ending
    assert not teaser_line("Background: some of the history")  # lower case: no headline
    edge = "Lesen Sie auch: Die Brücke am Fluss wird gesperrt"
    assert without_teaser_lines([edge, PROSE_A, PROSE_B]) == [edge, PROSE_A, PROSE_B]  # not between prose


def test_subheadings_of_distinct_labels_stay():
    first, second = "Stage one: Find the weak points", "Stage two: Mend them before winter"
    body = [PROSE_A, first, PROSE_B, second, PROSE_C]
    assert without_teaser_lines(body) == body
    assert not teaser_line("Analysis: What the bridge will cost")  # one word: a kicker or a name as often


def test_quote_after_a_quoting_paragraph_or_a_subheading_stays():
    quoting = "“We asked three times,” the mayor said in a statement on Friday."
    again = "“In fact, nobody has answered a single one of our letters this year.”"
    assert not lone_pull_quote([PROSE_A, quoting, again, PROSE_C], 2)
    heading = "Why the bridge matters to the town"
    question = "“Why should anyone care about an old bridge in a small town?”"
    assert not lone_pull_quote([PROSE_A, heading, question, PROSE_C], 2)
