"""The titles the import stored for a half with the code of the commit that half was scored unseen at
(``bench/stored_outlets_at.UNSEEN_AT``, and its runner ``stored_at``): the rules' titles on material they were not tuned on, which
``bench/fit_title_lines.py --unseen DIR`` judges its swaps on (round 25).

Each commit's tree is taken with ``git archive`` into a temporary folder (the checkout is not
touched) and the half imported by that tree's own ``bench/import_quality.py``; ``DIR/titles-<half>.json``
maps each one-article file to the title stored (None: none).

    .venv/bin/python bench/stored_titles_at.py /tmp/titles/unseen        # every half of UNSEEN_AT and UNSEEN_SINCE_25
    .venv/bin/python bench/stored_titles_at.py DIR fresh8=d2b146a
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.stored_outlets_at import UNSEEN_AT, stored_at  # noqa: E402  (one snapshot-and-import runner for both)

# The halves read from round 26 on, at the commit each was scored unseen at (bench/README.md, each round's
# "scored at"; round 33 refitted the learned checks on these too). bench/stored_outlets_at.py's UNSEEN_AT
# stops at coll4.
UNSEEN_SINCE_25 = {"coll5": "be5db4f", "fresh24": "be5db4f", "coll6": "1b4e24d", "fresh25": "1b4e24d",
                   "coll7": "056cc67", "fresh26": "056cc67", "coll8": "8fa0d98", "fresh27": "8fa0d98",
                   "coll9": "b7445a7", "fresh28a": "b7445a7", "fresh28b": "b7445a7", "fresh28c": "b7445a7",
                   "coll10": "ff28b00", "fresh30a": "ff28b00", "fresh30b": "ff28b00", "coll11": "36ecb52",
                   "fresh31a": "36ecb52", "fresh31b": "36ecb52", "dbx32": "26aa7a2", "fresh32a": "26aa7a2",
                   "fresh32b": "26aa7a2"}


def main(argv=None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        raise SystemExit(__doc__)
    out = Path(args[0])
    out.mkdir(parents=True, exist_ok=True)
    pairs = dict(arg.split("=", 1) for arg in args[1:]) or {**UNSEEN_AT, **UNSEEN_SINCE_25}
    for half, commit in pairs.items():
        if not (out / f"titles-{half}.json").is_file():
            stored_at(half, commit, out, field="title", prefix="titles")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
