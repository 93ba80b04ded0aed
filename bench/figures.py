"""Quality of the reported-figure extractor: value, kind and source (issue #15).

    .venv/bin/python bench/figures.py            # the table, tune and held
    .venv/bin/python bench/figures.py --errors   # and every miss, false figure and wrong source (tune only)
    .venv/bin/python bench/figures.py --errors --part held
    .venv/bin/python bench/figures.py --json
    .venv/bin/python bench/figures.py --gold OTHER.jsonl   # another gold file of the same form, by its own parts

Measured on ``bench/figures_gold.jsonl``: short reports written for this bench (Hajin, Baghouz,
al-Hol, Ghuwayran, airstrikes, repatriations), each with the figures a careful reader would take
from it: value, kind (killed, wounded, detained, displaced, returned, population, missing,
other), what is counted, who gave it (a list when several names are right: the gazetteer's
canonical name and the name as written) and, where the text says so, ``tally`` (total, peak).
A third of the reports, the first third by SHA-1 of their id (fixed before any tuning), are
``"part": "held"`` and were not looked at while tuning.

Scoring, micro-averaged over the reports:
- figures: one-to-one matches of (value, kind) between the extracted figures and the gold ones,
  leaving out kind ``other`` on both sides: a count of things or of people the kinds do not name
  (car bombs, strike sites, tents, fighters a force has) may be extracted as ``other`` or not at
  all. A figure given a kind of people where the gold has ``other`` (or nothing) is a false one.
- attribution: of the matched figures, those whose source is right: both none, or the extracted
  source's gazetteer entity's name or its words as written equal to one the gold gives (case,
  a leading "the"/"a" and a final "'s" ignored).
- tally: of the matched figures whose gold or extracted tally is set, those that agree.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archive.extract.figures import find_figures  # noqa: E402
from archive.extract.gazetteer import entities  # noqa: E402

GOLD = ROOT / "bench" / "figures_gold.jsonl"
PARTS = ("tune", "held", "fresh")


def load_gold(path: Path = GOLD) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _norm(name) -> str:
    name = re.sub(r"\s+", " ", str(name).strip().strip("\"'“”‘’").lower())
    name = re.sub(r"^(?:the|a|an)\s+", "", name)
    return re.sub(r"['’]s$", "", name)


def source_right(figure, gold_source, names: dict) -> bool:
    if gold_source is None:
        return figure.source is None
    if figure.source is None:
        return False
    wanted = {_norm(s) for s in (gold_source if isinstance(gold_source, list) else [gold_source])}
    found = {_norm(figure.source)}
    if figure.source_entity and figure.source_entity in names:
        found.add(_norm(names[figure.source_entity]))
    return bool(wanted & found)


def score(items: list[dict]) -> tuple[dict, list[str]]:
    names = {e.id: e.name for e in entities()}
    tp = fp = fn = right = tally_set = tally_right = 0
    errors: list[str] = []
    for item in items:
        found = find_figures(item["text"])
        predicted = [f for f in found if f.kind != "other"]
        gold = [g for g in item["figures"] if g["kind"] != "other"]
        unmatched = list(predicted)
        for g in gold:
            match = next((f for f in unmatched if f.value == g["value"] and f.kind == g["kind"]), None)
            if match is None:
                fn += 1
                also = [f"{f.kind}" for f in found if f.value == g["value"]]
                errors.append(f"{item['id']}: MISSED {g['value']} {g['kind']} ({g['counts']})"
                              + (f" [extracted as {', '.join(also)}]" if also else ""))
                continue
            unmatched.remove(match)
            tp += 1
            if source_right(match, g["source"], names):
                right += 1
            else:
                errors.append(f"{item['id']}: SOURCE {g['value']} {g['kind']}: got {match.source!r} "
                              f"({match.source_entity}), want {g['source']!r}")
            if g.get("tally") or getattr(match, "tally", None):
                tally_set += 1
                if g.get("tally") == getattr(match, "tally", None):
                    tally_right += 1
                else:
                    errors.append(f"{item['id']}: TALLY {g['value']}: got {getattr(match, 'tally', None)}, "
                                  f"want {g.get('tally')}")
        for f in unmatched:
            fp += 1
            errors.append(f"{item['id']}: FALSE {f.value} {f.kind} ({f.counts!r}) in {f.sentence[:90]!r}")
    result = {
        "reports": len(items),
        "gold figures": tp + fn,
        "precision": round(tp / (tp + fp), 3) if tp + fp else 1.0,
        "recall": round(tp / (tp + fn), 3) if tp + fn else 1.0,
        "attribution": round(right / tp, 3) if tp else 1.0,
        "tally": round(tally_right / tally_set, 3) if tally_set else 1.0,
    }
    return result, errors


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--errors", action="store_true", help="list the misses, false figures and wrong sources")
    parser.add_argument("--part", default=None, help="whose errors --errors lists (tune; the file's first part with --gold)")
    parser.add_argument("--gold", type=Path, default=GOLD, help="a gold file of the same form (default: bench/figures_gold.jsonl)")
    args = parser.parse_args(argv)
    gold = load_gold(args.gold)
    parts = PARTS if args.gold == GOLD else tuple(dict.fromkeys(i["part"] for i in gold))
    if args.part is not None and args.part not in parts:
        parser.error(f"--part: one of {', '.join(parts)}")
    args.part = args.part or parts[0]
    results, errors = {}, {}
    for part in parts:
        results[part], errors[part] = score([i for i in gold if i["part"] == part])
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        columns = list(results[parts[0]])
        print("| part | " + " | ".join(columns) + " |")
        print("|---" * (len(columns) + 1) + "|")
        for part in parts:
            print(f"| {part} | " + " | ".join(str(results[part][c]) for c in columns) + " |")
    if args.errors:
        print()
        print("\n".join(errors[args.part]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
