"""Fit the learned check for outlet lines (archive/extract/outlet_lines.py) on the dev set's truth,
and judge it leave-one-half-out.

For every plain-text input of the read halves (never ``held``) the text reader is run as the import
runs it (its folder's profile included); the page it hands to the masthead reader (its lines, the
headline's index) is kept, and every candidate line or part of a line is labelled by the truth's
outlet (the candidate names it, compared as ``bench/import_quality.py`` compares outlets, or the
data's one name for it does). The import itself is run once per half (through the real CLI, as the
bench does) to know which articles it stores no outlet for.

Leave-one-half-out: for each half, a model fitted on the other halves scores it; the pooled
held-out predictions give line-level precision and recall by threshold and the article-level
effect: for the articles the import stores no outlet for, how often the best candidate above the
threshold is the truth's outlet (a gain), and how often it names another (a wrong outlet stored).
The threshold chosen is the lowest whose held-out precision on those articles is at least
``--precision``. Then one model is fitted on every half and written (``--out``).

The honest measure is on the rules' misses where they had not been tuned: ``--unseen DIR`` takes each
half's stored outlets from ``DIR/stored-<half>.json``, written by ``bench/stored_outlets_at.py`` with
the code of the commit that half was scored unseen at (fresh6 on, coll1 to coll4: its UNSEEN_AT).

    .venv/bin/python bench/stored_outlets_at.py /tmp/unseen
    .venv/bin/python bench/fit_outlet_lines.py --unseen /tmp/unseen      # LOHO tables, writes archive/data/outlet_lines.json
    .venv/bin/python bench/fit_outlet_lines.py --unseen /tmp/unseen --out /tmp/o.json --show   # lists the held-out guesses
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Optional

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from archive.extract import outlet_lines  # noqa: E402
from bench.fit_inputs import input_bytes  # noqa: E402
from bench.line_fits import (DEV_SET, NEVER, TEXT_SUFFIXES, best, fit_candidates, held_out,  # noqa: E402
                             import_quality, stored_by_rules)
from archive.extract.outlet_names import canonical_outlet  # noqa: E402
from archive.extract.outlet_refusals import furniture_name  # noqa: E402
from archive.readers.folder_profiles import FolderProfiles  # noqa: E402
from archive.readers import text as text_reader  # noqa: E402
from archive.readers.decode import decode_bytes  # noqa: E402

# The 21 read halves of round 21 (the pool the weights were fitted on until round 25; --halves all: every read half).
HALVES = ("tune,fresh,fresh2,fresh3,fresh4,fresh5,fresh6,fresh7,fresh8,fresh9,fresh10,fresh11,fresh12,fresh13,fresh14,"
          "fresh15,fresh16,fresh17,fresh18,fresh19,coll1")
DROPPED: tuple = ()


def stored_outlets(half: str, bench, cache: Path = None) -> dict:
    """``{relative path: stored outlet or None}`` for the one-article files of a half, by the real
    import with the learned check switched off (the rules alone; kept in ``cache`` when given)."""
    return stored_by_rules(half, bench, outlet_lines, "outlet", cache)


def _pages(half: str, bench) -> list:
    """``(relative path, truth outlet, content, title_at)`` for a half's plain-text inputs, the page as
    the text reader hands it to the masthead reader."""
    if half in NEVER:
        raise SystemExit(f"{half}: held back, never read")
    folder = DEV_SET / half
    truths, _ = bench.load_truth(folder, reveal=False)
    profiles = FolderProfiles()
    seen = {}
    original = text_reader.menu_masthead_outlet

    def capture(current, content, raw, lines, title_at, source_path=None):
        seen["page"] = (list(content), title_at)
        return original(current, content, raw, lines, title_at, source_path)

    pages = []
    text_reader.menu_masthead_outlet = capture
    try:
        for truth in truths:
            if truth.reject or truth.record is not None or not truth.path.endswith(TEXT_SUFFIXES):
                continue
            path = folder / truth.path
            seen.clear()
            try:
                text_reader.parse_text_article(decode_bytes(input_bytes(path)), str(path),
                                               profile=profiles.for_file(path))
            except ValueError:
                continue
            if "page" in seen:
                content, title_at = seen["page"]
                pages.append((truth.path, truth.data.get("outlet"), content, title_at))
    finally:
        text_reader.menu_masthead_outlet = original
    return pages


def names_truth(name: str, truth, bench) -> bool:
    """Whether a candidate names the truth's outlet, as the bench compares outlets (as written, or
    the data's one name for it)."""
    want = bench.norm_outlet(truth)
    return bool(want) and (bench.norm_outlet(name) == want or bench.norm_outlet(canonical_outlet(name)) == want)


def half_rows(half: str, bench, cache_dir: Optional[Path] = None) -> list:
    """``[(path, truth, stored, [(name, features, label)])]`` per text input of a half."""
    stored = stored_outlets(half, bench, cache_dir / f"stored-{half}.json" if cache_dir else None)
    found = []
    for path, truth, content, title_at in _pages(half, bench):
        source = str(DEV_SET / half / path)
        cands = [(name, row, names_truth(name, truth, bench))
                 for _, name, row in outlet_lines.rows(content, title_at, source)
                 if not (furniture_name(name) and not outlet_lines.canonical_known(name))]  # as best_outlet skips them
        found.append((path, truth, stored.get(path), cands))
    return found


def unseen_view(scored: list, folder: Path) -> list:
    """``scored`` with the stored outlet of each half that has ``folder/stored-<half>.json`` taken from
    it (the import as it was when that half was unseen); the other halves as they are."""
    out = []
    for half, path, truth, stored, cands in scored:
        file = folder / f"stored-{half}.json"
        if file.is_file():
            stored = json.loads(file.read_text(encoding="utf-8")).get(path)
        out.append((half, path, truth, stored, cands))
    return out


def same_outlet(name: str, truth, bench) -> bool:
    """Whether ``name`` is the truth's outlet under the data's one name for both (the bench's
    ``--outlets-by-data``): "Athr Press" for "أثر برس" is the outlet under another spelling."""
    from archive.extract.outlet_names import lookup_name, outlet_table

    if not truth:
        return False
    names = outlet_table().names
    return bench.norm_outlet(lookup_name(names, name) or name) == bench.norm_outlet(lookup_name(names, truth) or truth)


def article_effect(scored: list, threshold: float, bench, only_none: bool = True) -> tuple:
    """``(articles, right, spelled, wrong)``: the articles (those the import stores no outlet for,
    with ``only_none``); of those where the best candidate is above ``threshold``, how many store
    the truth's outlet as the truth writes it, how many store it under the data's other name for it
    (a convention the bench's ``--outlets-by-data`` forgives), how many another outlet."""
    articles = right = spelled = wrong = 0
    for half, path, truth, stored, cands in scored:
        if only_none and stored:
            continue
        articles += 1
        top = best(cands)
        if top is None or top[1] <= threshold:
            continue
        name = outlet_lines.stored_name(top[0])
        if names_truth(name, truth, bench):
            right += 1
        elif same_outlet(name, truth, bench):
            spelled += 1
        else:
            wrong += 1
    return articles, right, spelled, wrong


def line_figures(scored: list, threshold: float) -> tuple:
    """``(precision, recall, above)`` of the candidates, line by line."""
    labels = [c[2] for s in scored for c in s[4]]
    above = [c[2] for s in scored for c in s[4] if c[1] > threshold]
    positives = sum(labels)
    return (sum(above) / len(above) if above else None, sum(above) / positives if positives else None, len(above))


MARGIN = 0.05  # the precision must hold this far under the threshold chosen too: a margin against chance


def choose(scored: list, bench, precision: float, margin: float = MARGIN) -> float:
    """The lowest threshold whose held-out article precision (on articles without an outlet, the
    data's other name for the outlet counted right) is at least ``precision`` there and ``margin``
    under it, with at least one article gained."""
    def holds(threshold: float) -> bool:
        _, right, spelled, wrong = article_effect(scored, threshold, bench)
        return bool(right) and (right + spelled) / (right + spelled + wrong) >= precision

    for threshold in np.arange(0.30, 0.995, 0.01):
        if holds(threshold) and holds(threshold - margin):
            return round(float(threshold), 2)
    return 0.99


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--halves", default="all",
                        help="the read halves (comma-separated; all: every half of bench/quality/ but held)")
    parser.add_argument("--l2", type=float, default=10.0,
                        help="L2 penalty (round 21, 21 halves: 1, 3, 10 tried; 10 the fewest wrong held out)")
    parser.add_argument("--precision", type=float, default=0.95, help="held-out article precision to reach")
    parser.add_argument("--margin", type=float, default=MARGIN,
                        help="the precision must hold this far under the threshold too (0: at the threshold only)")
    parser.add_argument("--threshold", type=float, default=None, help="use this threshold instead of choosing")
    parser.add_argument("--out", default=str(outlet_lines.WEIGHTS))
    parser.add_argument("--cache", default="", help="a folder keeping the rules' stored outlets per half between runs")
    parser.add_argument("--drop", default="", help="features left out (comma-separated)")
    parser.add_argument("--unseen", default="",
                        help="a folder of stored-<half>.json: the outlets the import stored for a half with the code "
                             "of the commit that half was scored unseen at; the article-level effect and the threshold "
                             "are then judged on those articles (the rules' misses on material they were not tuned on)")
    parser.add_argument("--show", action="store_true", help="list the held-out guesses on articles without an outlet")
    args = parser.parse_args(argv)
    global DROPPED
    DROPPED = tuple(f for f in args.drop.split(",") if f)
    bench = import_quality()
    cache = Path(args.cache) if args.cache else None
    if cache:
        cache.mkdir(parents=True, exist_ok=True)
    halves = [h for h in (bench.halves_in(DEV_SET) if args.halves == "all" else args.halves.split(","))
              if h and h not in NEVER]
    by_half = {h: half_rows(h, bench, cache) for h in halves}
    scored = held_out(by_half, outlet_lines, args.l2, DROPPED)
    if args.unseen:
        scored = unseen_view(scored, Path(args.unseen))
    pages = sum(len(p) for p in by_half.values())
    cands = sum(len(p[3]) for ps in by_half.values() for p in ps)
    positives = sum(c[2] for ps in by_half.values() for p in ps for c in p[3])
    none = sum(1 for s in scored if not s[3])
    print(f"{len(halves)} halves, {pages} text inputs, {cands} candidates ({positives} name the truth's outlet); "
          f"the import stores no outlet for {none}")
    print("\nleave-one-half-out, pooled: threshold | lines above | line precision | line recall | "
          "articles without an outlet: right / the data's name for it / wrong")
    for threshold in (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95):
        p, r, n = line_figures(scored, threshold)
        articles, right, spelled, wrong = article_effect(scored, threshold, bench)
        print(f"  {threshold:.2f} | {n} | {p if p is None else round(p, 3)} | {r if r is None else round(r, 3)} | "
              f"{right} / {spelled} / {wrong} of {articles}")
    threshold = args.threshold if args.threshold is not None else choose(scored, bench, args.precision, args.margin)
    print(f"\nthreshold {threshold} (held-out article precision >= {args.precision} on articles without an outlet)")
    print("half | text inputs | without an outlet | model right | the data's name for it | model wrong")
    for half in halves:
        part = [s for s in scored if s[0] == half]
        articles, right, spelled, wrong = article_effect(part, threshold, bench)
        print(f"  {half} | {len(part)} | {articles} | {right} | {spelled} | {wrong}")
        if args.show:
            for s in part:
                top = best(s[4])
                if not s[3] and top and top[1] > threshold:
                    name = outlet_lines.stored_name(top[0])
                    mark = "right" if names_truth(name, s[2], bench) else \
                        "spelled" if same_outlet(name, s[2], bench) else "WRONG"
                    print(f"      {mark} {top[1]:.2f} {s[1]}: {top[0]!r} (truth {s[2]!r})")
    articles, right, spelled, wrong = article_effect(scored, threshold, bench)
    print(f"  all | {len(scored)} | {articles} | {right} | {spelled} | {wrong}")
    articles = right = spelled = wrong = 0
    for half in halves:  # the threshold too chosen without the half it is applied to
        others = choose([x for x in scored if x[0] != half], bench, args.precision, args.margin)
        counts = article_effect([x for x in scored if x[0] == half], others, bench)
        articles, right, spelled, wrong = (a + b for a, b in zip((articles, right, spelled, wrong), counts))
    print(f"  all, each half at the threshold chosen on the others | {len(scored)} | {articles} | {right} | "
          f"{spelled} | {wrong}")
    articles, right, spelled, wrong = article_effect(scored, threshold, bench, only_none=False)
    print(f"the model alone on every text input (held out), as a measure of the method: {right} right, "
          f"{spelled} under the data's name, {wrong} wrong, {articles - right - spelled - wrong} none, of {articles}")
    model = fit_candidates([p for ps in by_half.values() for p in ps], outlet_lines, args.l2, DROPPED)
    model = {"features": list(outlet_lines.FEATURES), "threshold": threshold, "trained_on": halves,
             "dropped": list(DROPPED),
             "rows": cands, "positives": positives, **model}
    Path(args.out).write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"fitted on {','.join(halves)} -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
