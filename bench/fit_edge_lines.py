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
    .venv/bin/python bench/fit_edge_lines.py --exclude fresh20   # every read half: writes archive/data/edge_lines.json
    .venv/bin/python bench/fit_edge_lines.py --loho --train all --exclude fresh20   # leave-one-half-out, nothing written

``--keep-threshold``: the probability over which a line a rule joined to the end of the text is dropped
all the same (all of that rule's lines or none); ``--loho`` judges it on those lines alone, held out
("ruled"), and prints the lowest threshold with held-out precision 0.97 there and 0.05 under it.

``--exclude``: halves never read beside held (the round's unseen half); the kept weights were fitted
on every half but held and fresh20 (their ``trained_on`` names them).

``--loho``: for every half of ``--train`` (``all``: every read half of bench/quality/) a model is
fitted on the others and judged on that one, never seen: its edge lines (dropped right, dropped
wrong) and bench/import_quality.py's figures for the half imported with that model (body start and
end, body F1, boilerplate leaked). Beside it the same for the check left out (no model) and, with
``--against``, for another pool of training halves (e.g. the kept weights' four: a half of the
four is judged by a model fitted on the other three; any other half by one fitted on all four).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Optional

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from archive.extract import edge_lines  # noqa: E402
from archive.readers.folder_profiles import FolderProfiles  # noqa: E402
from archive.readers.decode import decode_bytes  # noqa: E402
from archive.readers.text import parse_text_article  # noqa: E402
from bench.fit_inputs import input_bytes  # noqa: E402
from bench.line_fits import DEV_SET, NEVER, fit, import_quality, read_halves  # noqa: E402,F401


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
    """``(zone, features, is_text, where, inside)`` for the edge lines of every plain-text input of a
    half (``inside``: a line the rules kept as text, which the check judges; else a line beyond the
    edge, which fitting also learns from)."""
    with tempfile.TemporaryDirectory(prefix="fit-edge-lines-") as workdir:
        return _rows(_inputs(half, bench, Path(workdir)))


def _rows(inputs: list) -> list:
    profiles = FolderProfiles()
    rows = []
    original = edge_lines.trim
    ruled: set = set()

    def capture(content, lines, body_at, title, gap_before=None, keep=frozenset(), model=None):
        ruled.update(keep)  # the lines a rule joined to the text's end (the check leaves them)
        return original(content, lines, body_at, title, gap_before, keep, model)

    edge_lines.trim = capture
    try:
        for path, body, where in inputs:
            ruled.clear()
            rows += _input_rows(path, body, where, profiles, ruled)
    finally:
        edge_lines.trim = original
    return rows


def _input_rows(path: Path, body: str, where: str, profiles, ruled: set) -> list:
    """``(zone, features, is_text, where, inside, ruled)`` for one input's edge lines."""
    rows = []
    paragraphs = {_norm(p) for p in re.split(r"\n", body) if p.strip()}
    trace: dict = {}
    try:
        parse_text_article(decode_bytes(input_bytes(path)), str(path), profile=profiles.for_file(path),
                           trace=trace)
    except ValueError:
        return rows
    if not trace:
        return rows
    kept = set(trace["body_at"])
    for zone, i, features in edge_lines.zone_rows(trace["content"], trace["lines"], trace["body_at"],
                                                  trace["title"], trace["gap_before"],
                                                  outside=edge_lines.OUTSIDE):
        line = trace["content"][i]
        rows.append((zone, features, is_text(line, paragraphs, _norm(body)), f"{where}: {line[:70]}",
                     i in kept, i in ruled))
    return rows


def fit_model(rows: list, train: list, threshold: float, l2: float, drop=frozenset(),
              keep_threshold: Optional[float] = None) -> dict:
    """Both zones' regressions fitted on ``rows``; the features of ``drop`` left out (weight 0): a
    name, in both zones, or ``zone:name`` ("head:inner_ratio"), in that zone's only. ``keep_threshold``:
    the probability over which a line a rule joined to the text's end is dropped all the same (None:
    never)."""
    model = {"features": list(edge_lines.FEATURES), "threshold": threshold, "trained_on": list(train)}
    if keep_threshold is not None:
        model["keep_threshold"] = keep_threshold
    for zone in ("head", "tail"):
        used = [k for k, name in enumerate(edge_lines.FEATURES) if name not in drop and f"{zone}:{name}" not in drop]
        part = [r for r in rows if r[0] == zone]
        x = np.array([r[1] for r in part], dtype=float)
        y = np.array([0.0 if r[2] else 1.0 for r in part])
        fitted = fit(x[:, used], y, l2)
        full = {"mean": [0.0] * x.shape[1], "scale": [1.0] * x.shape[1], "weights": [0.0] * x.shape[1]}
        for key in full:
            for k, value in zip(used, fitted[key]):
                full[key][k] = value
        model[zone] = {**full, "intercept": fitted["intercept"], "rows": len(part), "not_text": int(y.sum())}
    return model


def line_counts(model: Optional[dict], rows: list) -> dict:
    """Per zone, over the lines the rules kept at the text's edges (those the check judges): edge
    lines, lines not text, lines the model is sure of that are not text (right) and that are
    (wrong); "ruled": the same for the tail's lines a rule joined to the text (judged against the
    model's ``keep_threshold``), with their probabilities (``scores``: probability, is text)."""
    out = {}
    for zone in ("head", "tail"):
        part = [r for r in rows if r[0] == zone and r[4] and not (len(r) > 5 and r[5])]
        dropped = [r for r in part if model is not None
                   and edge_lines.furniture_probability(model, zone, r[1]) > model["threshold"]]
        out[zone] = {"lines": len(part), "not_text": sum(1 for r in part if not r[2]),
                     "right": sum(1 for r in dropped if not r[2]), "wrong": sum(1 for r in dropped if r[2])}
    ruled = [r for r in rows if r[0] == "tail" and r[4] and len(r) > 5 and r[5]]
    scores = [(edge_lines.furniture_probability(model, "tail", r[1]) if model is not None else 0.0, bool(r[2]))
              for r in ruled]
    over = (model or {}).get("keep_threshold")
    dropped = [t for p, t in scores if over is not None and p > over]
    out["ruled"] = {"lines": len(ruled), "not_text": sum(1 for r in ruled if not r[2]),
                    "right": sum(1 for t in dropped if not t), "wrong": sum(1 for t in dropped if t),
                    "scores": [(round(p, 4), t) for p, t in scores]}
    return out


def choose_keep_threshold(scores: list, precision: float = 0.97, margin: float = 0.05) -> Optional[float]:
    """The lowest threshold (0.80 to 0.99) over which the held-out ruled lines ``scores``
    ((probability, is text)) are not text with at least ``precision``, there and ``margin`` under it."""
    def holds(t: float) -> bool:
        above = [is_text for p, is_text in scores if p > t]
        return bool(above) and sum(1 for x in above if not x) / len(above) >= precision

    for t in np.arange(0.80, 0.995, 0.01):
        if holds(t) and holds(t - margin):
            return round(float(t), 2)
    return None


BENCH_FIGURES = ("body_start.precision", "body_start.recall", "body_end.precision", "body_end.recall",
                 "body_f1.precision", "boilerplate")


def half_figures(bench, half: str, weights: Path) -> dict:
    """bench/import_quality.py's body figures for ``half`` imported with the edge weights ``weights``
    (a missing file: the learned check left out); the import runs in this process."""
    kept = edge_lines.WEIGHTS
    edge_lines.WEIGHTS = weights
    try:
        result = bench.score_half(DEV_SET / half)
    finally:
        edge_lines.WEIGHTS = kept
    figures = bench.figures(result)
    out = {k: figures.get(k) for k in BENCH_FIGURES}
    rate = result.overall.rates.get("boilerplate")
    out["boilerplate_n"] = (rate.hits, rate.total) if rate is not None else None
    return out


def loho(bench, halves: list, pools: dict, threshold: float, l2: float, drop=frozenset(),
         imports: bool = True, workdir: Optional[Path] = None, keep_threshold: Optional[float] = None) -> dict:
    """Leave-one-half-out: ``{setting: {half: {"lines": ..., "bench": ...}}}`` for every training
    pool of ``pools`` (name: halves; a half of the pool is judged by a model fitted on the pool's
    other halves, any other by one fitted on the whole pool) and for no model ("none")."""
    workdir = Path(workdir or tempfile.mkdtemp(prefix="edge-loho-"))
    rows = {h: rows_of(h, bench) for h in set(halves) | {h for pool in pools.values() for h in pool}}
    out = {}
    for name, pool in [("none", None)] + list(pools.items()):
        out[name] = {}
        for half in halves:
            if pool is None:
                model, path = None, workdir / "none.json"  # no file: nothing trimmed
            else:
                train = [h for h in pool if h != half]
                model = fit_model([r for h in train for r in rows[h]], train, threshold, l2, drop, keep_threshold)
                path = workdir / f"{name}-{half}.json"
                path.write_text(json.dumps(model) + "\n", encoding="utf-8")
            found = {"lines": line_counts(model, rows[half])}
            if imports:
                found["bench"] = half_figures(bench, half, path)
            out[name][half] = found
    return out


def loho_text(results: dict) -> str:
    """One table per setting: the held-out half's edge lines dropped and body figures, and totals."""
    lines = []
    for name, by_half in results.items():
        lines.append(f"{name}:")
        lines.append(f"  {'half':8} {'head right/wrong/not-text':>26} {'tail right/wrong/not-text':>26} "
                     f"{'start P':>7} {'end P':>6} {'F1':>6} {'boilerplate':>11} {'ruled right/wrong/not-text':>26}")
        total = Counter()
        scores = []
        for half, found in by_half.items():
            h, t = found["lines"]["head"], found["lines"]["tail"]
            u = found["lines"].get("ruled", {"right": 0, "wrong": 0, "not_text": 0, "scores": []})
            for zone, c in (("head", h), ("tail", t), ("ruled", u)):
                for k, v in c.items():
                    if k != "scores":
                        total[f"{zone}.{k}"] += v
            scores += [tuple(x) for x in u["scores"]]
            b = found.get("bench") or {}
            cells = ""
            if b:
                n = b["boilerplate_n"] or (0, 0)
                total["start"] += b["body_start.precision"] or 0
                total["end"] += b["body_end.precision"] or 0
                total["f1"] += b["body_f1.precision"] or 0
                total["leaks"] += n[0]
                total["inputs"] += n[1]
                cells = (f" {b['body_start.precision'] or 0:7.3f} {b['body_end.precision'] or 0:6.3f}"
                         f" {b['body_f1.precision'] or 0:6.3f} {n[0]:>5}/{n[1]:<5}")
            lines.append(f"  {half:8} {h['right']:>10}/{h['wrong']}/{h['not_text']:<8} "
                         f"{t['right']:>10}/{t['wrong']}/{t['not_text']:<8}{cells} "
                         f"{u['right']:>10}/{u['wrong']}/{u['not_text']}")
        k = len(by_half)
        lines.append(f"  {'all':8} {total['head.right']:>10}/{total['head.wrong']}/{total['head.not_text']:<8} "
                     f"{total['tail.right']:>10}/{total['tail.wrong']}/{total['tail.not_text']:<8}"
                     + (f" {total['start'] / k:7.3f} {total['end'] / k:6.3f} {total['f1'] / k:6.3f}"
                        f" {total['leaks']:>5}/{total['inputs']:<5}" if total["inputs"] else "")
                     + f" {total['ruled.right']:>10}/{total['ruled.wrong']}/{total['ruled.not_text']}")
        if name != "none" and scores:
            text_top = max((p for p, is_text in scores if is_text), default=0.0)
            lines.append(f"  ruled tail lines held out: {len(scores)}, not text {sum(1 for _, x in scores if not x)}; "
                         f"over 0.80/0.90/0.95: " + " ".join(
                             f"{sum(1 for p, x in scores if p > t and not x)}/{sum(1 for p, x in scores if p > t and x)}"
                             for t in (0.8, 0.9, 0.95))
                         + f" (not text/text); the highest text {text_top:.3f}; keep_threshold chosen: "
                         f"{choose_keep_threshold(scores)}")
    return "\n".join(lines)


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
    parser.add_argument("--train", default="all",
                        help="halves fitted on (comma-separated; all: every read half)")
    parser.add_argument("--score", default="", help="halves only scored")
    parser.add_argument("--threshold", type=float, default=0.7, help="drop a line above this probability")
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--keep-threshold", type=float, default=None,
                        help="drop a line a rule joined to the text's end above this probability (default: never; "
                             "--loho prints the threshold chosen on the held-out ruled lines)")
    parser.add_argument("--out", default=str(edge_lines.WEIGHTS))
    parser.add_argument("--show", action="store_true", help="list text lines the model would drop")
    parser.add_argument("--drop", default="", help="features left out of the fit (comma-separated; head:NAME or tail:NAME: "
                                                           "in one zone)")
    parser.add_argument("--exclude", default="",
                        help="halves never read, beside held (comma-separated: the round's unseen half)")
    parser.add_argument("--loho", action="store_true",
                        help="leave-one-half-out over the --train halves (nothing written but --json)")
    parser.add_argument("--against", default="", help="with --loho: another pool of training halves to judge")
    parser.add_argument("--lines-only", action="store_true", help="with --loho: edge lines only, no imports")
    parser.add_argument("--json", type=Path, help="with --loho: write the figures here")
    args = parser.parse_args(argv)
    bench = import_quality()
    drop = frozenset(f for f in args.drop.split(",") if f)
    unknown = {f.split(":")[-1] for f in drop} - set(edge_lines.FEATURES)
    if unknown:
        raise SystemExit(f"unknown features: {', '.join(sorted(unknown))}")
    exclude = {h for h in args.exclude.split(",") if h}
    every = [h for h in read_halves(bench) if h not in exclude]
    train = every if args.train == "all" else [h for h in args.train.split(",") if h]
    if exclude & set(train):
        raise SystemExit(f"{', '.join(sorted(exclude & set(train)))}: excluded, never read")
    if args.loho:
        pools = {"pool": train}
        if args.against:
            pools["against"] = every if args.against == "all" else args.against.split(",")
            if exclude & set(pools["against"]):
                raise SystemExit("--against names an excluded half")
        results = loho(bench, train, pools, args.threshold, args.l2, drop, imports=not args.lines_only,
                       keep_threshold=args.keep_threshold)
        print(loho_text(results))
        if args.json:
            args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
        return 0
    rows = [r for h in train for r in rows_of(h, bench)]
    model = fit_model(rows, train, args.threshold, args.l2, drop, args.keep_threshold)
    Path(args.out).write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"fitted on {','.join(train)} ({len(rows)} edge lines) -> {args.out}")
    score(model, rows, "train", False)
    for half in [h for h in args.score.split(",") if h]:
        score(model, rows_of(half, bench), half, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
