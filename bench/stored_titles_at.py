"""The titles the import stored for a half with the code of the commit that half was scored unseen at
(``bench/stored_outlets_at.UNSEEN_AT``): the rules' titles on material they were not tuned on, which
``bench/fit_title_lines.py --unseen DIR`` judges its swaps on (round 25).

Each commit's tree is taken with ``git archive`` into a temporary folder (the checkout is not
touched) and the half imported by that tree's own ``bench/import_quality.py``; ``DIR/titles-<half>.json``
maps each one-article file to the title stored (None: none).

    .venv/bin/python bench/stored_titles_at.py /tmp/titles/unseen        # every half of UNSEEN_AT
    .venv/bin/python bench/stored_titles_at.py DIR fresh8=d2b146a
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.stored_outlets_at import UNSEEN_AT  # noqa: E402

_RUN = """
import importlib.util, json, sys
from pathlib import Path
import tempfile
tree, half, out = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
sys.path.insert(0, str(tree))
spec = importlib.util.spec_from_file_location("bq", tree / "bench" / "import_quality.py")
bq = importlib.util.module_from_spec(spec); sys.modules["bq"] = bq; spec.loader.exec_module(bq)
import archive
assert archive.__file__.startswith(str(tree)), archive.__file__
truths, _ = bq.load_truth(half, reveal=False)
with tempfile.TemporaryDirectory() as work:
    db = Path(work) / "half.db"
    for paths, mapping in bq.import_plan(half, truths):
        bq.run_import(db, paths, mapping)
    stored, _ = bq.read_archive(db, half)
found = {path: row["title"] for (path, record), row in stored.items() if record is None}
out.write_text(json.dumps(found, ensure_ascii=False), encoding="utf-8")
print(half.name, len(found), "files")
"""


def stored_at(half: str, commit: str, out: Path) -> None:
    if half == "held":
        raise SystemExit("held: held back, never read")
    with tempfile.TemporaryDirectory(prefix=f"titles-{half}-") as tree:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit], check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", tree], input=archive, check=True)
        subprocess.run([sys.executable, "-c", _RUN, tree, str(ROOT / "bench" / "quality" / half),
                        str(out / f"titles-{half}.json")], check=True, cwd=tree)


def main(argv=None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        raise SystemExit(__doc__)
    out = Path(args[0])
    out.mkdir(parents=True, exist_ok=True)
    pairs = dict(arg.split("=", 1) for arg in args[1:]) or UNSEEN_AT
    for half, commit in pairs.items():
        if not (out / f"titles-{half}.json").is_file():
            stored_at(half, commit, out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
