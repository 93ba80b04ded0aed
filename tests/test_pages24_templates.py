"""What a collection's template teaches (issue #13, round 24, helper pages24): an invented collection
of three outlets, four pages each, filed one page of each outlet to a topic folder.

- a line one outlet repeats in its pages of different stories, wherever it stands (a box inside the
  text, a closing line), is its template's: never the text; a sentence the stories repeat inside
  their text stays;
- a tag page of a known template (teasers cut short, no prose) is refused;
- a masthead line heading the outlet's pages is never the title, where the headline is a line the
  classifier took for a widget.
"""

import sqlite3

import pytest


FOLDERS = ["floods", "ferries", "markets", "schools"]
PLACES = ["Marrow Creek", "Felden", "Oster Bay", "Harlow Flats"]
THINGS = ["the pontoon bridge", "the grain depot", "the night ferry", "the old school hall"]
REEDBANK_BOX = "» Get the Reedbank alerts on Signal for news from the lower valley"
KESTREL_CLOSE = "Kestrel Wire reporting, edited on the night desk in Harrowgate"
KESTREL_ABOUT = "Every report on this service is checked by two editors on the night desk before it goes out."
BACKGROUND = "The valley's last flood, in the spring of 2019, cut the eastern road for eleven weeks."


def _paragraphs(n: int, seed: int) -> list:
    place, thing = PLACES[(n + seed) % 4], THINGS[(n + 2 * seed) % 4]
    return [
        f"Residents of {place} said on {['Monday', 'Tuesday', 'Friday', 'Sunday'][n]} that {thing} had stayed "
        f"shut for {n + seed + 3} days, and that nobody from the district office had come to say why.",
        f"A district spokesman said {n + seed + 9} workers were on their way to {place} and that {thing} would "
        f"open again before the month was out, weather allowing, though he would not name a day.",
        f"Traders near {thing} said their takings had fallen by about {n + seed + 20} percent, and families said "
        f"they now drive to the next town {n + 2} times a week for what they used to buy at home.",
        f"Council members from {place} asked for an inquiry into the delay at {thing}, their {n + seed + 4}th "
        f"such request this year, and said they would raise it again at the next session.",
    ]


REEDBANK_HEADLINES = ["Pontoon bridge at Marrow Creek stays closed after storm",
                      "Grain depot in Felden loses its roof to high winds",
                      "Night ferry to Oster Bay cancelled for a third week",
                      "Old school hall in Harlow Flats to become a clinic"]


def _reedbank(n: int) -> str:
    text = _paragraphs(n, 0)
    return "\n".join(["Skip to content", "Home | Valley | Rivers | Opinion | About", "Subscribe   Log in",
                      "THE REEDBANK GAZETTE", "News from the lower valley, since 1998", "",
                      REEDBANK_HEADLINES[n], "", f"By {['Ada Morrow', 'Ivo Lantz', 'Una Bell', 'Tam Orr'][n]}",
                      f"Published: {n + 13}/0{n + 2}/2024", "", text[0], "", REEDBANK_BOX, "", text[1],
                      BACKGROUND if n < 3 else "", *text[2:], "", "Share: Facebook | X | Email", "",
                      "© 2025 Reedbank Media Holdings Ltd. All rights reserved."]) + "\n"


def _reedbank_tag_page() -> str:
    return "\n".join(["Skip to content", "Home | Valley | Rivers | Opinion | About", "Subscribe   Log in",
                      "THE REEDBANK GAZETTE", "News from the lower valley, since 1998", "", "Tag: floods", "",
                      REEDBANK_HEADLINES[0], "21/02/2024 — The pontoon bridge at Marrow Creek will stay shut while...",
                      "", "Levee works at Felden fall behind schedule",
                      "04/03/2024 — Engineers say the levee along the Felden bend needs another...", "",
                      "Boatmen of Oster Bay ask for a new landing stage",
                      "17/03/2024 — The boatmen who carry goods across the bay say the old...", "",
                      "Page 1 of 3   Next »", "", "Share: Facebook | X | Email", "",
                      "© 2025 Reedbank Media Holdings Ltd. All rights reserved."]) + "\n"


def _reedbank_section_page() -> str:
    """A section page whose leads are whole sentences, each opening with its story's date."""
    return "\n".join(["Skip to content", "Home | Valley | Rivers | Opinion | About", "Subscribe   Log in",
                      "THE REEDBANK GAZETTE", "News from the lower valley, since 1998", "", "Rivers", "",
                      "Ferry fares to rise on the Oster Bay crossing",
                      "02/05/2024 — The operator of the Oster Bay crossing said fares would rise by a fifth in June.", "",
                      "Fishermen report fewer eels in the Felden reach",
                      "19/05/2024 — Fishermen working the Felden reach say their catch has halved in two years.", "",
                      "New footbridge planned at Harlow Flats",
                      "28/05/2024 — The district has asked three firms to bid for a footbridge over the old mill race.", "",
                      "Page 1 of 7   Next »", "", "Share: Facebook | X | Email", "",
                      "© 2025 Reedbank Media Holdings Ltd. All rights reserved."]) + "\n"


def _reedbank_timeline() -> str:
    """A story told as a timeline, its paragraphs opening with dates: an article."""
    return "\n".join(["Skip to content", "Home | Valley | Rivers | Opinion | About", "Subscribe   Log in",
                      "THE REEDBANK GAZETTE", "News from the lower valley, since 1998", "",
                      TIMELINE_HEADLINE, "", "By Ada Morrow", "Published: 03/06/2024", "",
                      "The pontoon bridge at Marrow Creek has been closed more often than open this year. "
                      "Here is how the months went for the people who cross it.",
                      "",
                      "12/01/2024 — A barge loosened two of the pontoons during a night of high water, and the "
                      "bridge was shut for a week while divers checked the anchors.",
                      "03/03/2024 — The district reopened the bridge to people on foot but kept carts and vans off it "
                      "until new chains arrived from the coast.",
                      "21/04/2024 — A second storm tore the handrail away; the council voted to replace the bridge "
                      "with a fixed span, a plan that still has no money behind it.",
                      "", "Share: Facebook | X | Email", "",
                      "© 2025 Reedbank Media Holdings Ltd. All rights reserved."]) + "\n"


TIMELINE_HEADLINE = "A year of closures at the Marrow Creek bridge"
KESTREL_HEADLINES = ["Felden traders count losses as depot stays shut",
                     "Oster Bay ferry crews strike over unpaid wages",
                     "Harlow Flats parents protest over school hall plan",
                     "Marrow Creek bridge repairs to start in April"]


def _kestrel(n: int) -> str:
    text = _paragraphs(n, 1)
    return "\n".join(["KESTREL WIRE", "Kestrel | Independent news service for the hill country",
                      "Latest | Valley | Courts | Water | Photos | Contact", "", KESTREL_HEADLINES[n],
                      f"{n + 2} hours ago · Kestrel Staff", "", f"FELDEN (Kestrel) — {text[0]}", "", text[1],
                      BACKGROUND if n < 3 else "", *text[2:], KESTREL_ABOUT, "", KESTREL_CLOSE, "",
                      *(["Most read", KESTREL_HEADLINES[0], KESTREL_HEADLINES[(n + 1) % 4], ""] if n else []),
                      f"© Kestrel Wire 2025 — desk{n}@kestrel.example"]) + "\n"


MARSH_HEADLINES = ["Going Home to the Reed Villages", "The Price of Bread in Oster Bay",
                   "What the Felden Levee Teaches", "A Winter Without the Night Ferry"]


def _marsh(n: int) -> str:
    text = _paragraphs(n, 2)
    return "\n".join(["Marsh Review مراجعة", "Essays | Marsh Reports | العربية | English | Podcasts", "",
                      MARSH_HEADLINES[n], f"Mar 0{n + 3} 2024", "Print | Email | Share", "", *text, "",
                      f"By {['Lior Benn', 'Sami Kell', 'Noor Adle', 'Ruth Vale'][n]}", "",
                      "Sign up for the Marsh Review letter", "© Marsh Studies Trust. All rights reserved."]) + "\n"


@pytest.fixture
def collection(tmp_path):
    root = tmp_path / "saved"
    for n, folder in enumerate(FOLDERS):
        (root / folder).mkdir(parents=True)
        (root / folder / f"reedbank {n}.txt").write_text(_reedbank(n), encoding="utf-8")
        (root / folder / f"kestrel {n}.txt").write_text(_kestrel(n), encoding="utf-8")
        (root / folder / f"marsh {n}.txt").write_text(_marsh(n), encoding="utf-8")
    (root / "floods" / "reedbank tag floods.txt").write_text(_reedbank_tag_page(), encoding="utf-8")
    (root / "ferries" / "reedbank rivers section.txt").write_text(_reedbank_section_page(), encoding="utf-8")
    (root / "ferries" / "reedbank timeline.txt").write_text(_reedbank_timeline(), encoding="utf-8")
    return root


def _stored(cli, db, root) -> dict:
    result = cli("import", db, *sorted(str(p) for p in root.iterdir()), "--silent")
    assert result.exit_code in (0, 1), result.output
    rows = sqlite3.connect(db).execute("select source_path, title, body from articles").fetchall()
    return {path.rsplit("/", 1)[-1]: (title, body) for path, title, body in rows}


def test_an_outlets_box_and_closing_line_are_its_template_wherever_they_stand(cli, tmp_path, collection):
    stored = _stored(cli, tmp_path / "a.db", collection)
    for n in range(4):
        assert REEDBANK_BOX not in stored[f"reedbank {n}.txt"][1]
        assert KESTREL_CLOSE not in stored[f"kestrel {n}.txt"][1]
        assert stored[f"reedbank {n}.txt"][0] == REEDBANK_HEADLINES[n]
        assert stored[f"kestrel {n}.txt"][0] == KESTREL_HEADLINES[n]
        assert _paragraphs(n, 0)[1] in stored[f"reedbank {n}.txt"][1]  # the text on both sides of the box
        assert _paragraphs(n, 0)[0] in stored[f"reedbank {n}.txt"][1]
    for n in range(3):  # a sentence the stories repeat is text
        assert BACKGROUND in stored[f"reedbank {n}.txt"][1]
        assert BACKGROUND in stored[f"kestrel {n}.txt"][1]


def test_a_headline_the_outlets_other_pages_list_is_still_its_own_pages_title(cli, tmp_path, collection):
    """The outlet's "Most read" list under its other pages names one of its stories: that line is
    met in files of several stories, and is still the title of its own page."""
    stored = _stored(cli, tmp_path / "f.db", collection)
    assert stored["kestrel 0.txt"][0] == KESTREL_HEADLINES[0]


def test_a_sentence_closing_an_outlets_pages_is_its_template(cli, tmp_path, collection):
    """A sentence the outlet's pages of different stories close with (what the outlet is) is its
    template's at the text's edge; inside the text a repeated sentence stays (the test above)."""
    stored = _stored(cli, tmp_path / "e.db", collection)
    for n in range(4):
        assert KESTREL_ABOUT not in stored[f"kestrel {n}.txt"][1]
        assert stored[f"kestrel {n}.txt"][1].endswith(_paragraphs(n, 1)[-1])


def test_a_tag_page_of_a_known_template_is_refused(cli, tmp_path, collection):
    stored = _stored(cli, tmp_path / "b.db", collection)
    assert "reedbank tag floods.txt" not in stored
    assert len(stored) == 13


def test_a_section_page_of_a_known_template_with_whole_leads_is_refused_a_timeline_kept(cli, tmp_path, collection):
    """Headline / "date — lead" items, the leads whole sentences: a section page. A story told as
    a timeline opens its paragraphs with dates too, with no headline over each: an article."""
    stored = _stored(cli, tmp_path / "g.db", collection)
    assert "reedbank rivers section.txt" not in stored
    assert stored["reedbank timeline.txt"][0] == TIMELINE_HEADLINE
    assert "12/01/2024 — A barge loosened" in stored["reedbank timeline.txt"][1]


def test_a_masthead_of_the_template_is_no_title_over_a_widget_taken_headline(cli, tmp_path, collection):
    stored = _stored(cli, tmp_path / "c.db", collection)
    assert {n: stored[f"marsh {n}.txt"][0] for n in range(4)} == dict(enumerate(MARSH_HEADLINES))


def test_one_page_alone_keeps_its_box(cli, tmp_path):
    """One page of an outlet, nothing to learn its template from: the collection says nothing."""
    folder = tmp_path / "one"
    folder.mkdir()
    (folder / "reedbank.txt").write_text(_reedbank(1), encoding="utf-8")
    stored = _stored(cli, tmp_path / "d.db", tmp_path / "one")
    assert REEDBANK_BOX in stored["reedbank.txt"][1]

