"""Fit the learned check on the edges of a text (archive/extract/edge_lines.py) on the dev set's truth.

For every plain-text input of the halves named by ``--train`` the text reader is run as the
import runs it (its folder's profile included) with the learned check left out; the first and last
lines it keeps as text, and a few lines beyond each edge, are labelled by the truth (a line of the
truth's body, or not) and two logistic regressions (head, tail) are fitted with plain numpy
(standardised features, L2, Newton steps). ``--score`` halves are only scored, line by line: how
many lines at the edges the model would drop, how many of those the truth calls text. The held
half is never read (refused), nor anything outside bench/quality/ but the page texts' tune part
("pages": ../shared/corpora/html-news-pages/, as bench/import_quality.py renders them).

    .venv/bin/python bench/fit_edge_lines.py --train tune,fresh --score fresh2 --out /tmp/edge.json
    .venv/bin/python bench/fit_edge_lines.py --train tune,fresh,fresh2,fresh3   # writes archive/data/edge_lines.json
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from archive.extract import edge_lines  # noqa: E402
from archive.extract.profile import FolderProfiles  # noqa: E402
from archive.readers.decode import decode_bytes  # noqa: E402
from archive.readers.text import parse_text_article  # noqa: E402

DEV_SET = ROOT / "bench" / "quality"
NEVER = {"held"}


def _bench():
    spec = importlib.util.spec_from_file_location("bench_import_quality", ROOT / "bench" / "import_quality.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_import_quality"] = module
    spec.loader.exec_module(module)
    return module


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def is_text(line: str, paragraphs: list, body: str) -> bool:
    """Whether a line of the input is a line of the truth's body: a whole paragraph, the start of
    one (a dateline on its own line), or a long piece of it."""
    line = _norm(line)
    if not line:
        return False
    if line in paragraphs:
        return True
    if any(p.startswith(line + " ") for p in paragraphs):
        return True
    return len(line) >= 40 and line in body


def _inputs(half: str, bench, workdir: Path) -> list:
    """``(path, truth body, label)`` for the plain-text inputs of a half; "pages": the tune part of the
    page texts (bench/import_quality.py's inscriptis renderings of ../shared's 181 pages, written to
    one folder as the bench imports them; the held part's truth is never read)."""
    if half in NEVER:
        raise SystemExit(f"{half}: held back, never read")
    if half == "pages":
        folder = workdir / "pages"
        folder.mkdir(parents=True, exist_ok=True)
        found = []
        for page in bench.load_page_texts():
            (folder / f"{page.id}.txt").write_text(page.text, encoding="utf-8")
            if page.part == "tune":
                found.append((folder / f"{page.id}.txt", page.truth, f"pages/{page.id[:10]}"))
        return found
    folder = DEV_SET / half
    truths, _ = bench.load_truth(folder)
    return [(folder / t.path, t.data.get("body") or "", f"{half}/{t.path}") for t in truths
            if not t.reject and t.record is None and t.path.endswith(".txt")]


def rows_of(half: str, bench) -> list:
    """``(zone, features, is_text, where)`` for the edge lines of every plain-text input of a half."""
    with tempfile.TemporaryDirectory(prefix="fit-edge-lines-") as workdir:
        return _rows(_inputs(half, bench, Path(workdir)))


def _rows(inputs: list) -> list:
    profiles = FolderProfiles()
    rows = []
    for path, body, where in inputs:
        paragraphs = {_norm(p) for p in re.split(r"\n", body) if p.strip()}
        trace: dict = {}
        try:
            parse_text_article(decode_bytes(path.read_bytes()), str(path), profile=profiles.for_file(path),
                               trace=trace)
        except ValueError:
            continue
        if not trace:
            continue
        for zone, i, features in edge_lines.zone_rows(trace["content"], trace["lines"], trace["body_at"],
                                                      trace["title"], trace["gap_before"],
                                                      outside=edge_lines.OUTSIDE):
            line = trace["content"][i]
            rows.append((zone, features, is_text(line, paragraphs, _norm(body)), f"{where}: {line[:70]}"))
    return rows


def fit(x: np.ndarray, y: np.ndarray, l2: float) -> dict:
    """Logistic regression of ``y`` (1: not text) on standardised ``x`` (bias column left out)."""
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    mean[0], scale[0] = 0.0, 1.0
    z = (x - mean) / scale
    z[:, 0] = 0.0  # the bias is the intercept
    zb = np.hstack([z, np.ones((len(z), 1))])
    theta = np.zeros(zb.shape[1])
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(zb @ theta, -30, 30)))
        grad = zb.T @ (p - y) + l2 * np.r_[theta[:-1], 0.0]
        hess = (zb * (p * (1 - p))[:, None]).T @ zb + l2 * np.diag(np.r_[np.ones(len(theta) - 1), 1e-6])
        step = np.linalg.solve(hess, grad)
        theta -= step
        if np.abs(step).max() < 1e-8:
            break
    w, b = theta[:-1], theta[-1]
    return {"mean": mean.round(6).tolist(), "scale": scale.round(6).tolist(), "weights": w.round(6).tolist(),
            "intercept": round(float(b), 6)}


def score(model: dict, rows: list, label: str, show: bool) -> None:
    for zone in ("head", "tail"):
        part = [r for r in rows if r[0] == zone]
        dropped = [r for r in part if edge_lines.furniture_probability(model, zone, r[1]) > model["threshold"]]
        wrong = [r for r in dropped if r[2]]
        furniture = sum(1 for r in part if not r[2])
        print(f"{label} {zone}: {len(part)} edge lines, {furniture} not text; the model is sure of {len(dropped)} "
              f"({len(dropped) - len(wrong)} right, {len(wrong)} text)")
        if show:
            for r in wrong:
                print("   text dropped:", r[3])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--train", default="tune,fresh,fresh2,fresh3", help="halves fitted on (comma-separated)")
    parser.add_argument("--score", default="", help="halves only scored")
    parser.add_argument("--threshold", type=float, default=0.85, help="drop a line above this probability")
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--out", default=str(edge_lines.WEIGHTS))
    parser.add_argument("--show", action="store_true", help="list text lines the model would drop")
    args = parser.parse_args(argv)
    bench = _bench()
    train = [h for h in args.train.split(",") if h]
    rows = [r for h in train for r in rows_of(h, bench)]
    model = {"features": list(edge_lines.FEATURES), "threshold": args.threshold, "trained_on": train}
    for zone in ("head", "tail"):
        part = [r for r in rows if r[0] == zone]
        x = np.array([r[1] for r in part], dtype=float)
        y = np.array([0.0 if r[2] else 1.0 for r in part])
        model[zone] = fit(x, y, args.l2)
        model[zone]["rows"] = len(part)
        model[zone]["not_text"] = int(y.sum())
    Path(args.out).write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"fitted on {','.join(train)} ({len(rows)} edge lines) -> {args.out}")
    score(model, rows, "train", False)
    for half in [h for h in args.score.split(",") if h]:
        score(model, rows_of(half, bench), half, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
