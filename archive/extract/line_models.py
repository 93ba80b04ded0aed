"""What the learned line checks share: a fitted logistic regression read from its data file, and the
probability it gives a row of features.

The checks (:mod:`edge_lines`, :mod:`outlet_lines`, :mod:`author_lines`, :mod:`title_lines`) each
describe their candidate lines by their own features; their weights are data (``archive/data/*.json``,
written by ``bench/fit_*.py``: the features' names, means, scales, weights, intercept and the
thresholds chosen leave-one-half-out). A file fitted on other features than the check's own is not
used (refit it), and without the file the check does nothing.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path
from typing import Optional, Sequence


@lru_cache(maxsize=16)
def load_model(path: Path, features: tuple) -> Optional[dict]:
    """The fitted model in ``path``, or None without the file or when it names other ``features``."""
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    if tuple(data.get("features", ())) != features:
        return None
    return data


def probability(model: dict, row: Sequence[float]) -> float:
    """The model's probability for one row of features (standardised by the fit's means and scales)."""
    score = sum(w * ((x - m) / s) for x, m, s, w in zip(row, model["mean"], model["scale"], model["weights"]))
    score += model["intercept"]
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))
