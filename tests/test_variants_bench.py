"""bench/variants.py's figures pinned (issue #17: names in phrases, with qualifiers, joined): a change
that loses spellings, or lets English words in, moves them."""

import importlib.util
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench" / "variants.py"


def _measure(expand):
    spec = importlib.util.spec_from_file_location("variants_bench", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.measure(expand)


def test_variants_set_figures():
    on = _measure(True)
    assert on["all"][0] >= 150
    assert on["all"][1:] == (0.928, 0.975), on["all"]
    assert on["long phrase"][1] >= 0.97 and on["joined phrase"][1:] == (1.0, 1.0)
    assert on["plain"][1:] == (0.962, 0.988)
    off = _measure(False)
    assert off["all"][1] < 0.4 and off["joined"][1] == 0.0  # the exact search is exact
