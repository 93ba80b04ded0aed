"""The load test, short: `bench/load.py` with 10 clients for 5 seconds against the sample, no errors."""

import re
import subprocess
import sys

from conftest import ROOT


def test_short_load_run_has_no_errors(sample_db):
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "load.py"), "--db", str(sample_db), "--clients", "10", "--seconds", "5"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    rows = {}
    for line in result.stdout.splitlines():
        cells = [c.strip() for c in line.strip("|").split("|")]
        if len(cells) == 8 and cells[1].replace(",", "").isdigit():
            rows[cells[0]] = cells
    assert {"`/-/search?q=…`", "`/archive/articles` (facets)", "**all**"} <= set(rows), result.stdout
    total = rows["**all**"]
    assert int(total[1].replace(",", "")) >= 20  # requests served
    assert total[7] == "0"  # errors
    assert float(total[2]) > 2  # req/s
    assert re.search(r"10 clients × 5 s on loopback", result.stdout)
