"""What the fitters of the learned line checks share (bench/fit_edge_lines.py, fit_author_lines.py,
fit_outlet_lines.py, fit_title_lines.py): the import-quality bench loaded as a module, the read halves,
what the import stores by the rules alone (the check switched off), and the check's model: a logistic
regression of standardised features over candidate rows, fitted on some halves and judged on another.

A check module (archive/extract/author_lines.py, outlet_lines.py, title_lines.py) gives ``FEATURES``,
``load`` (its weights, switched off here by replacing it) and ``probability(model, row)``.
"""

from __future__ import annotations

import importlib.util
import json
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Callable, Optional

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
DEV_SET = ROOT / "bench" / "quality"
NEVER = {"held"}  # the half kept unseen: never read, never fitted on
TEXT_SUFFIXES = (".txt", ".md")


def import_quality():
    """bench/import_quality.py as a module (its scoring, truth loading and import runner)."""
    spec = importlib.util.spec_from_file_location("bench_import_quality", ROOT / "bench" / "import_quality.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_import_quality"] = module
    spec.loader.exec_module(module)
    return module


def read_halves(bench) -> list:
    """The dev set's halves with truth, the held one left out."""
    return [h for h in bench.halves_in(DEV_SET) if h not in NEVER]


def stored_by_rules(half: str, bench, check, field: str, cache: Optional[Path] = None) -> dict:
    """``{relative path: stored value or None}`` of ``field`` for the one-article files of a half, by
    the real import with ``check``'s weights switched off (the rules alone; kept in ``cache`` when
    given)."""
    if cache and cache.is_file():
        return json.loads(cache.read_text(encoding="utf-8"))
    folder = DEV_SET / half
    truths, _ = bench.load_truth(folder, reveal=False)
    load = check.load
    check.load = lambda path=None: None
    try:
        with tempfile.TemporaryDirectory(prefix=f"fit-{field}-lines-") as workdir:
            db = Path(workdir) / f"{half}.db"
            for paths, mapping in bench.import_plan(folder, truths):
                bench.run_import(db, paths, mapping)
            stored, _ = bench.read_archive(db, folder) if db.exists() else ({}, [])
    finally:
        check.load = load
    found = {path: row[field] for (path, record), row in stored.items() if record is None}
    if cache:
        cache.write_text(json.dumps(found, ensure_ascii=False, indent=0), encoding="utf-8")
    return found


def cached(file: Optional[Path], make: Callable[[], list]) -> list:
    """``make()``, pickled in ``file`` between runs when a file is given."""
    if file is None:
        return make()
    if file.is_file():
        return pickle.loads(file.read_bytes())
    made = make()
    file.write_bytes(pickle.dumps(made))
    return made


def fit(x: np.ndarray, y: np.ndarray, l2: float, steps: int = 50) -> dict:
    """Logistic regression of ``y`` on standardised ``x`` (L2, Newton steps; column 0 is the bias,
    left out of the standardising: the intercept stands for it)."""
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    mean[0], scale[0] = 0.0, 1.0
    z = (x - mean) / scale
    z[:, 0] = 0.0  # the bias is the intercept
    zb = np.hstack([z, np.ones((len(z), 1))])
    theta = np.zeros(zb.shape[1])
    for _ in range(steps):
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


def fit_candidates(pages: list, check, l2: float, dropped: tuple = (), at: int = 3) -> dict:
    """The check's model fitted on every candidate ``(name, features, label)`` of ``pages`` (each
    page's candidates at index ``at``), the ``dropped`` features zeroed."""
    x = np.array([c[1] for page in pages for c in page[at]], dtype=float)
    for name in dropped:
        x[:, check.FEATURES.index(name)] = 0.0
    y = np.array([1.0 if c[2] else 0.0 for page in pages for c in page[at]])
    return fit(x, y, l2, steps=60)


def held_out(by_half: dict, check, l2: float, dropped: tuple = ()) -> list:
    """``[(half, path, truth, stored, [(name, probability, label)])]`` from pages ``(path, truth,
    stored, [(name, features, label)])``: each half scored by a model fitted on the others."""
    out = []
    for half, pages in by_half.items():
        model = fit_candidates([p for h, ps in by_half.items() if h != half for p in ps], check, l2, dropped)
        for path, truth, stored, cands in pages:
            out.append((half, path, truth, stored,
                        [(name, check.probability(model, row), label) for name, row, label in cands]))
    return out


def best(cands: list):
    """The candidate of highest probability, or None."""
    return max(cands, key=lambda c: c[1]) if cands else None
