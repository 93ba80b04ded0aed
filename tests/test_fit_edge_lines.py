"""bench/fit_edge_lines.py: fitting with features left out, and the leave-one-half-out figures
(each half judged by a model fitted on the others), on the dev set's real inputs."""

import json

import numpy as np
from bench_modules import load

from archive.extract import edge_lines


def _rows(n: int, seed: int) -> list:
    """Edge lines whose second feature says whether they are text; half of them inside the text."""
    rng = np.random.default_rng(seed)
    rows = []
    for k in range(n):
        text = bool(k % 2)
        features = list(rng.normal(size=len(edge_lines.FEATURES)))
        features[0] = 1.0
        features[1] = (2.0 if text else -2.0) + rng.normal(scale=0.3)
        rows.append(("head" if k % 4 < 2 else "tail", features, text, f"line {k}", k % 3 != 0))
    return rows


def test_a_feature_left_out_gets_no_weight_and_the_model_loads():
    fitter = load("fit_edge_lines")
    dropped = edge_lines.FEATURES[2]
    model = fitter.fit_model(_rows(200, 1), ["a", "b"], 0.85, 1.0, frozenset([dropped]))
    for zone in ("head", "tail"):
        assert model[zone]["weights"][2] == 0.0
        assert model[zone]["weights"][1] < -1  # more of feature 1, less likely furniture
    assert model["trained_on"] == ["a", "b"] and model["features"] == list(edge_lines.FEATURES)


def test_line_counts_judge_only_the_lines_kept_as_text(tmp_path):
    fitter = load("fit_edge_lines")
    rows = _rows(200, 2)
    model = fitter.fit_model(rows, ["a"], 0.5, 1.0)
    counts = fitter.line_counts(model, rows)
    inside = [r for r in rows if r[4]]
    assert sum(c["lines"] for c in counts.values()) == len(inside)
    assert sum(c["not_text"] for c in counts.values()) == sum(1 for r in inside if not r[2])
    assert sum(c["right"] for c in counts.values()) > 0.9 * sum(c["not_text"] for c in counts.values())
    assert fitter.line_counts(None, rows)["head"]["right"] == 0  # no model: nothing dropped
    path = tmp_path / "m.json"
    path.write_text(json.dumps(model), encoding="utf-8")
    assert edge_lines.load(path) is not None


def test_leave_one_half_out_never_judges_a_half_by_a_model_that_saw_it(tmp_path):
    fitter = load("fit_edge_lines")
    bench = fitter.import_quality()
    results = fitter.loho(bench, ["fresh3", "fresh8"], {"pool": ["fresh3", "fresh8"]}, 0.85, 1.0,
                          imports=False, workdir=tmp_path)
    assert set(results) == {"none", "pool"}
    for half in ("fresh3", "fresh8"):
        model = json.loads((tmp_path / f"pool-{half}.json").read_text(encoding="utf-8"))
        assert model["trained_on"] == [h for h in ("fresh3", "fresh8") if h != half]
        assert results["none"][half]["lines"]["head"]["right"] == 0
        assert results["pool"][half]["lines"]["tail"]["lines"] > 0
    assert "held" not in fitter.read_halves(bench)
    assert "fresh3" in fitter.loho_text(results)


def test_an_excluded_half_is_never_fitted_on(tmp_path):
    fitter = load("fit_edge_lines")
    out = tmp_path / "m.json"
    try:
        fitter.main(["--train", "fresh3,fresh8", "--exclude", "fresh8", "--out", str(out)])
    except SystemExit as refused:
        assert "fresh8" in str(refused)
    else:
        raise AssertionError("an excluded half was fitted on")
    assert not out.exists()
    fitter.main(["--train", "fresh3", "--exclude", "fresh8", "--out", str(out)])
    assert json.loads(out.read_text(encoding="utf-8"))["trained_on"] == ["fresh3"]


def test_a_feature_can_be_left_out_of_one_zone_only():
    fitter = load("fit_edge_lines")
    name = edge_lines.FEATURES[1]
    model = fitter.fit_model(_rows(200, 3), ["a"], 0.7, 1.0, frozenset([f"head:{name}"]))
    assert model["head"]["weights"][1] == 0.0 and model["tail"]["weights"][1] < -1
