"""The titles the import stored for a half with the code of the commit that half was scored unseen at
(``bench/stored_outlets_at.UNSEEN_AT``, and its runner ``stored_at``): the rules' titles on material they were not tuned on, which
``bench/fit_title_lines.py --unseen DIR`` judges its swaps on (round 25).

Each commit's tree is taken with ``git archive`` into a temporary folder (the checkout is not
touched) and the half imported by that tree's own ``bench/import_quality.py``; ``DIR/titles-<half>.json``
maps each one-article file to the title stored (None: none).

    .venv/bin/python bench/stored_titles_at.py /tmp/titles/unseen        # every half of UNSEEN_AT
    .venv/bin/python bench/stored_titles_at.py DIR fresh8=d2b146a
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.stored_outlets_at import UNSEEN_AT, stored_at  # noqa: E402  (one snapshot-and-import runner for both)


def main(argv=None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        raise SystemExit(__doc__)
    out = Path(args[0])
    out.mkdir(parents=True, exist_ok=True)
    pairs = dict(arg.split("=", 1) for arg in args[1:]) or UNSEEN_AT
    for half, commit in pairs.items():
        if not (out / f"titles-{half}.json").is_file():
            stored_at(half, commit, out, field="title", prefix="titles")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
