"""Fit the learned check for byline lines (archive/extract/author_lines.py) on the dev set's truth,
and judge it leave-one-half-out.

For every plain-text input of the read halves (never ``held``) the text reader is run as the import
runs it (its folder's profile included); the page it hands to the check (its lines, the headline's
index, the text's lines, the outlet the rules found) is kept, and every candidate line or part of a
line is labelled by the truth's author (the candidate, cleaned as the check cleans it, equals it as
``bench/import_quality.py`` compares authors). The import itself is run once per half (through the
real CLI, as the bench does, the check switched off) to know which articles the rules store no
author for.

Leave-one-half-out: for each half, a model fitted on the other halves scores it; the pooled
held-out predictions give line-level precision and recall by threshold and the article-level
effect where it counts: on the articles the rules store no author for, the authors gained (the
truth's) against the wrong ones stored (another name, or a name where the truth has none). The
threshold is the lowest whose held-out article precision is at least ``--precision`` (0.97) there
and ``--margin`` under it. The weights written are fitted on every read half.

    .venv/bin/python bench/fit_author_lines.py --cache /tmp/author-cache          # fit, judge, write
    .venv/bin/python bench/fit_author_lines.py --cache /tmp/author-cache --show   # and list the guesses
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

from archive.extract import author_lines  # noqa: E402
from bench.fit_inputs import input_bytes  # noqa: E402
from bench.line_fits import (DEV_SET, NEVER, TEXT_SUFFIXES, best, cached, fit_candidates, held_out,  # noqa: E402
                             import_quality, read_halves, stored_by_rules)
from archive.readers.folder_profiles import FolderProfiles  # noqa: E402
from archive.readers import text as text_reader  # noqa: E402
from archive.readers.decode import decode_bytes  # noqa: E402

DROPPED: tuple = ()


def stored_authors(half: str, bench, cache: Optional[Path] = None) -> dict:
    """``{relative path: stored author or None}`` for the one-article files of a half, by the real
    import with the learned check switched off (the rules alone; kept in ``cache`` when given)."""
    return stored_by_rules(half, bench, author_lines, "author", cache)


def _pages(half: str, bench) -> list:
    """``(relative path, truth author, page)`` for a half's plain-text inputs, ``page`` the arguments
    the text reader hands to the check (content, lines, title_at, body_at, outlet, profile)."""
    if half in NEVER:
        raise SystemExit(f"{half}: held back, never read")
    folder = DEV_SET / half
    truths, _ = bench.load_truth(folder, reveal=False)
    profiles = FolderProfiles()
    seen = {}
    original = author_lines.fallback_author

    def capture(record, content, lines, title_at, body_at, dropped):
        seen["page"] = (list(content), list(lines), title_at, list(body_at), record.outlet,
                        getattr(record, "profile", None))
        return record.author

    pages = []
    author_lines.fallback_author = capture
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
                pages.append((truth.path, truth.data.get("author"), seen["page"]))
    finally:
        author_lines.fallback_author = original
    return pages


def names_truth(name: str, truth, bench) -> bool:
    """Whether a candidate names the truth's author, as the bench compares authors."""
    want = bench.norm_author(truth)
    return bool(want) and bench.norm_author(name) == want


def half_rows(half: str, bench, cache_dir: Optional[Path] = None) -> list:
    """``[(path, truth, stored, [(name, features, label)])]`` per text input of a half."""
    stored = stored_authors(half, bench, cache_dir / f"stored-{half}.json" if cache_dir else None)
    found = []
    for path, truth, page in cached(cache_dir / f"pages-{half}.pickle" if cache_dir else None,
                                     lambda: _pages(half, bench)):
        content, lines, title_at, body_at, outlet, profile = page
        cands = [(name, row, names_truth(name, truth, bench))
                 for _, name, row in author_lines.rows(content, lines, title_at, body_at, outlet, profile)]
        found.append((path, truth, stored.get(path), cands))
    return found


def article_effect(scored: list, threshold: float, bench, only_none: bool = True) -> tuple:
    """``(articles, right, wrong, missed)``: the articles (those the rules store no author for, with
    ``only_none``); of those where the best candidate is above ``threshold``, how many store the
    truth's author, how many a wrong one (another name, or one where the truth has none); and how
    many of those with a truth author stay without one."""
    articles = right = wrong = missed = 0
    for half, path, truth, stored, cands in scored:
        if only_none and stored:
            continue
        articles += 1
        top = best(cands)
        if top is None or top[1] <= threshold:
            missed += bool(truth)
            continue
        if names_truth(top[0], truth, bench):
            right += 1
        else:
            wrong += 1
    return articles, right, wrong, missed


def line_figures(scored: list, threshold: float) -> tuple:
    """``(precision, recall, above)`` of the candidates, line by line."""
    labels = [c[2] for s in scored for c in s[4]]
    above = [c[2] for s in scored for c in s[4] if c[1] > threshold]
    positives = sum(labels)
    return (sum(above) / len(above) if above else None, sum(above) / positives if positives else None, len(above))


MARGIN = 0.05  # the precision must hold this far under the threshold chosen too: a margin against chance


def choose(scored: list, bench, precision: float, margin: float = MARGIN) -> float:
    """The lowest threshold whose held-out article precision (on articles without an author) is at
    least ``precision`` there and ``margin`` under it, with at least one article gained."""
    def holds(threshold: float) -> bool:
        _, right, wrong, _ = article_effect(scored, threshold, bench)
        return bool(right) and right / (right + wrong) >= precision

    for threshold in np.arange(0.30, 0.995, 0.01):
        if holds(threshold) and holds(threshold - margin):
            return round(float(threshold), 2)
    return 0.99


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--halves", default="", help="the read halves (comma-separated; default every one but held)")
    parser.add_argument("--l2", type=float, default=10.0, help="L2 penalty")
    parser.add_argument("--precision", type=float, default=0.97, help="held-out article precision to reach")
    parser.add_argument("--margin", type=float, default=MARGIN,
                        help="the precision must hold this far under the threshold too (0: at the threshold only)")
    parser.add_argument("--threshold", type=float, default=None, help="use this threshold instead of choosing")
    parser.add_argument("--out", default=str(author_lines.WEIGHTS))
    parser.add_argument("--cache", default="", help="a folder keeping the rules' stored authors per half between runs")
    parser.add_argument("--drop", default="", help="features left out (comma-separated)")
    parser.add_argument("--show", action="store_true", help="list the held-out guesses on articles without an author")
    parser.add_argument("--no-write", action="store_true", help="judge only, write no weights")
    args = parser.parse_args(argv)
    global DROPPED
    DROPPED = tuple(f for f in args.drop.split(",") if f)
    bench = import_quality()
    cache = Path(args.cache) if args.cache else None
    if cache:
        cache.mkdir(parents=True, exist_ok=True)
    halves = [h for h in (args.halves.split(",") if args.halves else read_halves(bench)) if h and h not in NEVER]
    by_half = {h: half_rows(h, bench, cache) for h in halves}
    scored = held_out(by_half, author_lines, args.l2, DROPPED)
    pages = sum(len(p) for p in by_half.values())
    cands = sum(len(p[3]) for ps in by_half.values() for p in ps)
    positives = sum(c[2] for ps in by_half.values() for p in ps for c in p[3])
    none = sum(1 for s in scored if not s[3])
    print(f"{len(halves)} halves, {pages} text inputs, {cands} candidates ({positives} name the truth's author); "
          f"the rules store no author for {none} ({sum(1 for s in scored if not s[3] and s[2])} of them have one)")
    print("\nleave-one-half-out, pooled: threshold | lines above | line precision | line recall | "
          "articles without an author: right / wrong / still missed")
    for threshold in (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95):
        p, r, n = line_figures(scored, threshold)
        articles, right, wrong, missed = article_effect(scored, threshold, bench)
        print(f"  {threshold:.2f} | {n} | {p if p is None else round(p, 3)} | {r if r is None else round(r, 3)} | "
              f"{right} / {wrong} / {missed} of {articles}")
    threshold = args.threshold if args.threshold is not None else choose(scored, bench, args.precision, args.margin)
    print(f"\nthreshold {threshold} (held-out article precision >= {args.precision} on articles without an author)")
    print("half | text inputs | without an author | model right | model wrong | still missed")
    for half in halves:
        part = [s for s in scored if s[0] == half]
        articles, right, wrong, missed = article_effect(part, threshold, bench)
        print(f"  {half} | {len(part)} | {articles} | {right} | {wrong} | {missed}")
        if args.show:
            for s in part:
                top = best(s[4])
                if not s[3] and (s[2] or (top and top[1] > threshold)):
                    mark = "none" if not top or top[1] <= threshold else \
                        "right" if names_truth(top[0], s[2], bench) else "WRONG"
                    print(f"      {mark} {top[1] if top else 0:.2f} {s[1]}: {top[0] if top else None!r} (truth {s[2]!r})")
    articles, right, wrong, missed = article_effect(scored, threshold, bench)
    print(f"  all | {len(scored)} | {articles} | {right} | {wrong} | {missed}")
    articles = right = wrong = missed = 0
    for half in halves:  # the threshold too chosen without the half it is applied to
        others = choose([x for x in scored if x[0] != half], bench, args.precision, args.margin)
        counts = article_effect([x for x in scored if x[0] == half], others, bench)
        articles, right, wrong, missed = (a + b for a, b in zip((articles, right, wrong, missed), counts))
    print(f"  all, each half at the threshold chosen on the others | {len(scored)} | {articles} | {right} | "
          f"{wrong} | {missed}")
    articles, right, wrong, missed = article_effect(scored, threshold, bench, only_none=False)
    print(f"the model alone on every text input (held out), as a measure of the method: {right} right, "
          f"{wrong} wrong, {articles - right - wrong} none, of {articles}")
    model = fit_candidates([p for ps in by_half.values() for p in ps], author_lines, args.l2, DROPPED)
    fitted = [(h, path, truth, stored, [(name, author_lines.probability(model, row), label) for name, row, label in c])
              for h, ps in by_half.items() for path, truth, stored, c in ps]
    articles, right, wrong, missed = article_effect(fitted, threshold, bench)
    print(f"fitted on all (tuned, not an estimate): articles without an author {articles}: {right} right, {wrong} wrong, "
          f"{missed} still missed")
    if args.no_write:
        return 0
    model = {"features": list(author_lines.FEATURES), "threshold": threshold, "trained_on": halves,
             "dropped": list(DROPPED), "rows": cands, "positives": positives, **model}
    Path(args.out).write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"fitted on {','.join(halves)} -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
