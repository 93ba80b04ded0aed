"""The outlets the import stored for a half with the code of the commit that half was scored unseen
at (bench/README.md's "scored once at ..."): the rules' misses on material they were not tuned on,
which ``bench/fit_outlet_lines.py --unseen DIR`` judges its fallback on.

Each commit's tree is taken with ``git archive`` into a temporary folder (the checkout is not
touched) and the half imported by that tree's own ``bench/import_quality.py`` through the real CLI;
``DIR/stored-<half>.json`` maps each one-article file to the outlet stored (None: none) by the tree's
rules alone: its learned outlet-line check, where it has one (round 13 on), is switched off, so the
articles judged are the rules' misses whatever the model of the day guessed (round 21).

    .venv/bin/python bench/stored_outlets_at.py /tmp/outletmodel/unseen        # the default pairs below
    .venv/bin/python bench/stored_outlets_at.py DIR fresh8=d2b146a
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UNSEEN_AT = {"fresh6": "9906f44", "fresh7": "1f08bed", "fresh8": "d2b146a", "fresh9": "c52459b", "fresh10": "9cc9d96",
             "fresh11": "b66f227", "fresh12": "b66f227", "fresh13": "8e888d9", "fresh14": "6ccec11", "fresh15": "432bd13",
             "fresh16": "ed07517", "fresh17": "3335ab9", "fresh18": "eacd5fd", "fresh19": "57efc1a", "coll1": "aa452ed",
             "fresh20": "aa452ed", "fresh21": "e1aea74", "coll2": "e1aea74", "fresh22": "ff33380", "coll3": "ff33380",
             "fresh23": "8daa1ad", "coll4": "8daa1ad"}

_RUN = """
import importlib.util, json, sys, tempfile
from pathlib import Path
tree, half, out, field = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]
sys.path.insert(0, str(tree))
spec = importlib.util.spec_from_file_location("bq", tree / "bench" / "import_quality.py")
bq = importlib.util.module_from_spec(spec); sys.modules["bq"] = bq; spec.loader.exec_module(bq)
import archive
assert archive.__file__.startswith(str(tree)), archive.__file__
try:  # the rules alone: the learned outlet-line check, where the tree has one, switched off
    if field == "outlet":
        from archive.extract import outlet_lines
        outlet_lines.load = lambda path=None: None
except ImportError:
    pass
truths, _ = bq.load_truth(half, reveal=False)
with tempfile.TemporaryDirectory() as work:
    db = Path(work) / "half.db"
    for paths, mapping in bq.import_plan(half, truths):
        bq.run_import(db, paths, mapping)
    stored, _ = bq.read_archive(db, half)
found = {path: row[field] for (path, record), row in stored.items() if record is None}
out.write_text(json.dumps(found, ensure_ascii=False), encoding="utf-8")
print(half.name, sum(1 for v in found.values() if not v), "of", len(found), "files with no", field)
"""


def stored_at(half: str, commit: str, out: Path, field: str = "outlet", prefix: str = "stored") -> None:
    """``out/<prefix>-<half>.json``: each one-article file's stored ``field`` (outlet, title) at ``commit``."""
    if half == "held":
        raise SystemExit("held: held back, never read")
    with tempfile.TemporaryDirectory(prefix=f"{prefix}-{half}-") as tree:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit], check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", tree], input=archive, check=True)
        subprocess.run([sys.executable, "-c", _RUN, tree, str(ROOT / "bench" / "quality" / half),
                        str(out / f"{prefix}-{half}.json"), field], check=True, cwd=tree)


def main(argv=None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        raise SystemExit(__doc__)
    out = Path(args[0])
    out.mkdir(parents=True, exist_ok=True)
    pairs = dict(arg.split("=", 1) for arg in args[1:]) or UNSEEN_AT
    for half, commit in pairs.items():
        stored_at(half, commit, out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
