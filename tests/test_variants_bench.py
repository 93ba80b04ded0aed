"""bench/variants.py's figures pinned (issue #17: names in phrases, with qualifiers, joined): a change
that loses spellings, or lets English words in, moves them."""

import importlib.util
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench" / "variants.py"


def _measure(expand, part=None):
    spec = importlib.util.spec_from_file_location("variants_bench", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.measure(expand) if part is None else module.measure(expand, module.SET / part)


def test_variants_set_figures():
    on = _measure(True)
    assert on["all"][0] >= 150
    # 0.928 / 0.975 before the qualifier and case fixes, 0.986 / 0.976 before names were kept as names
    # (Hims, Hit: indexer/cased_names.py); what is left is al-Hol camp finding al-Hol without "camp"
    assert on["all"][1:] == (1.0, 0.98), on["all"]
    assert on["long phrase"][1] >= 0.97 and on["joined phrase"][1:] == (1.0, 1.0) and on["joined"][1:] == (1.0, 1.0)
    assert on["plain"][1:] == (1.0, 1.0)
    misses = {query for query, _, _ in on["misses"]}
    assert not {"Homs", "Hims", "Hit", "Heet", '"Hims province"'} & misses, misses
    off = _measure(False)
    assert off["all"][1] < 0.4 and off["joined"][1] == 0.0  # the exact search is exact
    assert off["all"][2] == 1.0  # "Hit" no longer finds "hit", nor "Hims" "him", even exactly


def test_variants_held_out_figures():
    # The held-out part (other names, scored, never tuned on): 0.902 / 0.994 before this round's fixes.
    on = _measure(True, "held")
    assert on["all"][0] >= 200
    assert on["all"][1:] == (0.908, 0.994), on["all"]


def test_variants_held3_figures():
    # held3/ (150 reports, 202 searches, written blind 2026-12-04: see its ABOUT.md), scored once
    # unseen at commit 1f5b079. Its author counts an unquoted qualifier as not narrowing ("Hol camp"
    # expects every report naming al-Hol); the search ANDs every word, hence qualifier recall 0.221.
    on = _measure(True, "held3")
    assert on["all"][0] == 202
    assert on["all"][1] >= 0.716 and on["all"][2] >= 0.933, on["all"]
    assert on["plain"][1] >= 0.929 and on["plain"][2] >= 0.955, on["plain"]
