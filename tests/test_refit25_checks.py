"""Round 25's refit of the two learned checks (archive/extract/outlet_lines.py, edge_lines.py), judged
leave-one-half-out: the outlet check refitted on every read half; the edge check's lines a rule joined
to the end of the text, dropped only where the model is surer than its own threshold (the file's
keep_threshold), all of one rule's lines or none. The names, places and lines below are made up."""

from pathlib import Path

from bench_modules import load

from archive.extract import edge_lines, outlet_lines, paragraphs


def test_the_outlet_weights_are_fitted_on_every_read_half():
    model = outlet_lines.load()
    assert model is not None and model["features"] == list(outlet_lines.FEATURES)
    assert {"coll2", "coll3", "coll4", "fresh20", "fresh21", "fresh22", "fresh23"} <= set(model["trained_on"])
    assert "held" not in model["trained_on"] and 0.5 < model["threshold"] < 1


def _page(first: str, last: str) -> list:
    return [first, "Families wait for news at the camp gate", "By Jane Example", "12 January 2023",
            "Families of detainees gathered at the gate on Monday to ask for news of relatives held for months "
            "without charge, as officials said a list of names would be published soon.",
            "Officials gave no date for the list, and relatives said they had heard the same promise before.",
            last]


def test_the_refitted_outlet_check_decides_hand_written_pages():
    # a masthead the world data knows, a tagline after it, the same name in the footer: guessed
    named = outlet_lines.best_outlet(_page("The Straits Times | Singapore's Daily Newspaper",
                                           "© 2023 The Straits Times"), 1, "saved/st-camp-gate.txt")
    assert named == "The Straits Times" and isinstance(named, outlet_lines.Guessed)
    # a menu's words over the headline and a sentence under the text: no name
    assert outlet_lines.best_outlet(_page("Home | World | Sport", "Share this story with a friend."), 1,
                                    "saved/camp-gate.txt") is None


PROSE = [
    "Dock workers at the northern harbour stayed home for a third week on Monday, leaving container ships "
    "waiting offshore and shopkeepers in the old town short of flour, oil and medicine.",
    "The workers' union said talks with the port authority had broken down over night-shift pay and that "
    "no new meeting had been set, though both sides said they wanted the harbour open again.",
    "Traders in the covered market said prices of imported goods had doubled since the strike began and "
    "that several bakeries had already closed for lack of flour and fuel.",
    "The regional governor called on both sides to return to the table before the end of the month.",
]


def _edge_model(keep_threshold=None) -> dict:
    """A model sure that the last line is not text (its only weight: a closing bracket), and that no
    other line is furniture."""
    n = len(edge_lines.FEATURES)
    at = edge_lines.FEATURES.index("ends_bracket")
    model = {"threshold": 0.7, "features": list(edge_lines.FEATURES)}
    for zone in ("head", "tail"):
        weights = [0.0] * n
        weights[at] = 20.0
        model[zone] = {"mean": [0.0] * n, "scale": [1.0] * n, "weights": weights, "intercept": -10.0}
    if keep_threshold is not None:
        model["keep_threshold"] = keep_threshold
    return model


def test_a_line_a_rule_joined_to_the_text_is_dropped_only_over_the_keep_threshold():
    content = PROSE + ["(Ed/Desk)"]
    lines = paragraphs.classify(content)
    body_at = list(range(len(content)))
    keep = {len(content) - 1}  # a rule joined it to the text's end
    assert edge_lines.trim(content, lines, body_at, "Strike", keep=keep, model=_edge_model()) == body_at
    assert edge_lines.trim(content, lines, body_at, "Strike", keep=keep, model=_edge_model(0.9)) == body_at[:-1]
    assert edge_lines.trim(content, lines, body_at, "Strike", keep=keep, model=_edge_model(0.99999999)) == body_at


def test_the_edge_weights_carry_a_keep_threshold():
    model = edge_lines.load()
    assert model is not None and 0.8 <= model["keep_threshold"] < 1
    assert edge_lines.load(Path("/nonexistent/edge_lines.json")) is None


def test_a_rules_lines_are_overruled_all_together_or_not_at_all():
    content = PROSE + ["Desk contact", "(Ed/Desk)"]
    lines = paragraphs.classify(content)
    body_at = list(range(len(content)))
    keep = {len(content) - 2, len(content) - 1}  # one rule joined both: the model is sure of the last only
    assert edge_lines.trim(content, lines, body_at, "Strike", keep=keep, model=_edge_model(0.9)) == body_at


def test_the_keep_threshold_is_chosen_on_held_out_ruled_lines():
    fitter = load("fit_edge_lines")
    scores = [(0.99, False), (0.97, False), (0.93, False), (0.86, True), (0.5, True)]
    assert fitter.choose_keep_threshold(scores) == 0.91  # 0.86 is text: over 0.86 + margin 0.05
    assert fitter.choose_keep_threshold([(0.99, True)]) is None


def test_every_half_scored_unseen_has_its_commit():
    stored_at = load("stored_outlets_at")
    assert {"fresh20", "fresh21", "fresh22", "fresh23", "coll2", "coll3", "coll4"} <= set(stored_at.UNSEEN_AT)
    assert "held" not in stored_at.UNSEEN_AT
