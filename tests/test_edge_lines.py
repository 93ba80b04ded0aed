"""The learned check on the edges of a text (archive/extract/edge_lines.py), with the weights kept in
archive/data/edge_lines.json (fitted by bench/fit_edge_lines.py), through the text reader."""

from pathlib import Path

from archive.extract import edge_lines, paragraphs
from archive.readers.text import parse_text_article

PROSE = [
    "The water station at the edge of the camp ran dry on Tuesday, leaving several thousand families to "
    "queue for tanker trucks that arrived hours late, according to two aid workers who were there.",
    "Camp officials said a broken pump at the main well was to blame and that a replacement part had been "
    "ordered from Qamishli, but they could not say when it would be fitted or who would pay for it.",
    "Residents said the shortage came on top of a week of power cuts that had already left the small clinic "
    "running on a generator for most of the day, with fuel for only a few more nights.",
    "An aid worker said the families most at risk were those with small children and elderly relatives, who "
    "could not stand in line for hours in the heat and relied on neighbours to carry water for them.",
]


def _page(before: list, after: list) -> str:
    lines = ["Water runs out again at the eastern camp", "", "By Lina Haddad", "", "4 August 2021", ""]
    for line in before + PROSE + after:
        lines += [line, ""]
    return "\n".join(lines)


def test_weights_are_kept_as_data():
    model = edge_lines.load()
    assert model is not None and model["features"] == list(edge_lines.FEATURES)
    assert 0.5 < model["threshold"] < 1
    assert edge_lines.load(Path("/nonexistent/edge_lines.json")) is None


def test_a_caption_over_the_first_paragraph_is_not_text():
    # (the rules alone keep this one: it ends with a credit, not a sentence's stop)
    page = _page(["A woman carries water between tents at the eastern camp. (Lina Haddad/ARC)"], [])
    body = parse_text_article(page).body
    assert body.startswith("The water station at the edge")
    assert "Lina Haddad/ARC" not in body


def test_related_headlines_under_the_text_are_not_text():
    page = _page([], ["Read more:", "Families leave the western camp for Raqqa",
                      "Aid cut to the north as winter nears"])
    body = parse_text_article(page).body
    assert body.endswith("carry water for them.")


def test_a_salutation_and_prose_are_kept_whatever_the_model_says():
    content = ["Dear Minister,"] + PROSE
    lines = paragraphs.classify(content)
    every = {"threshold": 0.0, "features": list(edge_lines.FEATURES)}
    for zone in ("head", "tail"):  # a model sure that every line is furniture
        every[zone] = {"mean": [0.0] * len(edge_lines.FEATURES), "scale": [1.0] * len(edge_lines.FEATURES),
                       "weights": [0.0] * len(edge_lines.FEATURES), "intercept": 5.0}
    kept = edge_lines.trim(content, lines, list(range(len(content))), "Water", model=every)
    assert kept == list(range(len(content)))


def test_weights_fitted_on_other_features_are_not_used(tmp_path):
    stale = tmp_path / "edge_lines.json"
    stale.write_text('{"features": ["bias", "log_words"], "threshold": 0.5}', encoding="utf-8")
    assert edge_lines.load(stale) is None


def test_pieces_of_a_paragraph_broken_across_lines_are_kept_whatever_the_model_says():
    # A PDF's or an OCR'd scan's text breaks a paragraph into lines; the model learned from pages
    # saved as text (a line, a paragraph) and took such a piece for a caption.
    content = ["Interviews for this report were held in Hasakah and Qamishli with officials of the camps, who hold peo-",
               "ple displaced by the war, and with lawyers of the families",
               "waiting for repatriation."] + PROSE + ["A caption under the text"]
    lines = paragraphs.classify(content)
    every = {"threshold": 0.0, "features": list(edge_lines.FEATURES)}
    for zone in ("head", "tail"):
        every[zone] = {"mean": [0.0] * len(edge_lines.FEATURES), "scale": [1.0] * len(edge_lines.FEATURES),
                       "weights": [0.0] * len(edge_lines.FEATURES), "intercept": 5.0}
    kept = edge_lines.trim(content, lines, list(range(len(content))), "Water", model=every)
    assert kept[:3] == [0, 1, 2]
    assert len(content) - 1 not in kept  # a line that ends no sentence and breaks none is still looked at


def test_a_caption_closed_by_a_credit_in_capitals_is_not_text():
    page = _page(["Families queue for water between the tents of the eastern camp LINA HADDAD FOR THE COURIER"], [])
    body = parse_text_article(page).body
    assert body.startswith("The water station at the edge")
    assert edge_lines.caption_with_credit("Fighters walk through the old town of Raqqa DELIL SOULEIMAN/AFP")
    assert not edge_lines.caption_with_credit("He said the talks with the US and UK would go on.")
    assert not edge_lines.caption_with_credit("BEIRUT (AP) — Families queue for water at the camp, officials SAID TODAY")


def _features(text: str) -> dict:
    line = paragraphs.judge(text, paragraphs.stoplist("en"))
    return dict(zip(edge_lines.FEATURES, edge_lines.line_features(text, line, None, None, 30, 0)))


def test_shapes_of_notes_author_notes_and_questions_are_features():
    # chosen leave-one-half-out (bench/fit_edge_lines.py --loho): shapes, in no one file's words
    assert _features("[2] Interview with a health worker at the camp, August 2020.")["note_mark"] == 1.0
    assert _features("(1) Statement of the council, 21 January.")["note_mark"] == 1.0
    assert _features("In 2019, 12 people were moved.")["note_mark"] == 0.0
    assert _features("Lina Haddad is a reporter covering the camps.")["name_opening"] == 1.0
    assert _features("The council said on Monday it would act.")["name_opening"] == 0.0
    assert _features("Was this page useful?")["ends_question"] == 1.0
    assert _features("هل كان هذا مفيدا؟")["ends_question"] == 1.0
    assert "title_share" not in edge_lines.FEATURES  # carried nothing to unseen halves


def test_a_line_is_measured_against_the_line_beside_it_towards_the_middle():
    # chosen leave-one-half-out over 21 halves (tail lines 207/19 -> 212/13 right/wrong)
    note = "Lina Haddad is a reporter."
    line = paragraphs.judge(note, paragraphs.stoplist("en"))
    row = dict(zip(edge_lines.FEATURES, edge_lines.line_features(note, line, PROSE[0], None, 30, 0)))
    assert row["inner_ratio"] < -1.5  # 5 words under a paragraph of 35: short against its neighbour
    alone = dict(zip(edge_lines.FEATURES, edge_lines.line_features(note, line, None, None, 30, 0)))
    assert alone["inner_ratio"] == 0.0
    assert "edge_words" not in edge_lines.FEATURES and "digit_share" not in edge_lines.FEATURES  # tried, dropped


def test_the_kept_weights_say_what_they_were_fitted_on():
    model = edge_lines.load()
    assert "fresh19" in model["trained_on"] and "coll1" in model["trained_on"]
    assert "held" not in model["trained_on"] and "fresh20" not in model["trained_on"]  # never read
