"""Quality and speed of the entity, figure and event-date extractors (issue #5).

    .venv/bin/python bench/entities.py            # the table
    .venv/bin/python bench/entities.py --json     # the same as JSON
    .venv/bin/python bench/entities.py --errors   # and every miss and false hit, to study them

Quality is measured on ``bench/entities_gold.jsonl``: sentences written for this bench and
annotated by hand (see the rules below), split into a part the extractors were tuned on ("tune")
and a held-out part they were not ("held"; field "part"). Speed is measured on the BBC corpus
(``../shared/corpora/bbc-news/bbc-fulltext.tar.gz``, 2,225 articles of about 2.3 KB): articles
per second of ``find_entities`` + ``find_figures`` + ``find_event_dates`` on one core (CPU time,
best of three runs, so that other processes on the machine do not count).

Scoring, micro-averaged over the sentences:
- places, organisations: the set of entity ids of each sentence (a mention counted once).
- figures: one-to-one matches of a predicted figure to a gold one with the same value whose
  ``counts`` share a content word (lower case, plural -s and possessive 's stripped, function
  words ignored): "prisoners executed" matches "prisoners"; "death toll" matches "toll".
  "figures+source" also needs the source: both none, or the same gazetteer entity, or the same
  words (leading "the"/"a" and case ignored).
- event dates: the multiset of ISO dates of each sentence.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tarfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archive.extract.entities import find_entities, mentions  # noqa: E402
from archive.extract.event_dates import find_event_dates  # noqa: E402
from archive.extract.figures import find_figures  # noqa: E402
from archive.extract.gazetteer import entities  # noqa: E402

GOLD = ROOT / "bench" / "entities_gold.jsonl"
BBC = ROOT.parent / "shared" / "corpora" / "bbc-news" / "bbc-fulltext.tar.gz"
FUNCTION_WORDS = frozenset("the a an of and or in on at to for from by with its their his her our "
                           "them they who which that this these those".split())


def load_gold(path: Path = GOLD, strict: bool = True) -> list[dict]:
    """The gold sentences; ``ValueError`` for an entity id the gazetteer lacks (unless not
    ``strict``: to score an older gazetteer, whose missing entities then count as misses)."""
    known = {e.id for e in entities()}
    items = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        item = json.loads(line)
        unknown = [i for i in item["places"] + item["organisations"] if i not in known]
        if unknown and strict:
            raise ValueError(f"{path.name} line {number}: unknown entity ids {unknown}")
        if item.get("part") not in ("tune", "held"):
            raise ValueError(f"{path.name} line {number}: 'part' must be 'tune' or 'held'")
        items.append(item)
    return items


def content_words(text: str) -> set[str]:
    words = set()
    for word in re.findall(r"[\w']+", text.lower()):
        word = re.sub(r"'s$|'$", "", word)
        if word in FUNCTION_WORDS or not word:
            continue
        if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        words.add(word)
    return words


def _source_key(text):
    if text is None:
        return None
    return re.sub(r"^(?:the|a|an)\s+", "", text.strip().lower())


def source_matches(gold_source, predicted) -> bool:
    if gold_source is None or predicted.source is None:
        return gold_source is None and predicted.source is None
    found = [m.entity_id for m in mentions(gold_source)]
    if found and predicted.source_entity:
        return predicted.source_entity in found
    return _source_key(gold_source) == _source_key(predicted.source)


def match_figures(gold: list[dict], predicted: list) -> tuple[int, int]:
    """(matches on value+counts, matches that also have the right source), one to one."""
    used, hits, sourced = set(), 0, 0
    for g in gold:
        for k, p in enumerate(predicted):
            if k in used or p.value != g["value"]:
                continue
            if not content_words(g["counts"]) & content_words(p.counts):
                continue
            used.add(k)
            hits += 1
            sourced += source_matches(g.get("source"), p)
            break
    return hits, sourced


class Score:
    def __init__(self) -> None:
        self.tp = self.predicted = self.gold = 0

    def add(self, tp: int, predicted: int, gold: int) -> None:
        self.tp += tp
        self.predicted += predicted
        self.gold += gold

    def as_dict(self) -> dict:
        p = self.tp / self.predicted if self.predicted else 1.0
        r = self.tp / self.gold if self.gold else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3),
                "tp": self.tp, "predicted": self.predicted, "gold": self.gold}


def evaluate(items: list[dict], errors: list | None = None) -> dict:
    scores = {name: Score() for name in ("places", "organisations", "figures", "figures+source",
                                         "event_dates")}
    for item in items:
        found = find_entities(item["text"])
        for kind, name in (("place", "places"), ("organisation", "organisations")):
            predicted = {i for i in found if i.startswith(kind + ":")}
            gold = set(item[name])
            scores[name].add(len(predicted & gold), len(predicted), len(gold))
            if errors is not None and predicted != gold:
                errors.append((name, item["text"], sorted(gold - predicted), sorted(predicted - gold)))
        if "figures" not in item:  # a sentence for places and organisations only
            continue
        figures = find_figures(item["text"])
        hits, sourced = match_figures(item["figures"], figures)
        scores["figures"].add(hits, len(figures), len(item["figures"]))
        scores["figures+source"].add(sourced, len(figures), len(item["figures"]))
        if errors is not None and (hits != len(item["figures"]) or hits != len(figures)
                                   or sourced != hits):
            errors.append(("figures", item["text"], item["figures"],
                           [(f.value, f.qualifier, f.counts, f.source) for f in figures]))
        dates = Counter(d.date for d in find_event_dates(item["text"], item.get("published")))
        gold_dates = Counter(item["event_dates"])
        scores["event_dates"].add(sum((dates & gold_dates).values()), sum(dates.values()),
                                  sum(gold_dates.values()))
        if errors is not None and dates != gold_dates:
            errors.append(("event_dates", item["text"], sorted(gold_dates.elements()),
                           sorted(dates.elements())))
    return {name: score.as_dict() for name, score in scores.items()}


def bbc_articles(path: Path = BBC) -> list[str]:
    texts = []
    with tarfile.open(path) as tar:
        for member in tar:
            if member.isfile() and member.name.endswith(".txt") and "README" not in member.name:
                texts.append(tar.extractfile(member).read().decode("latin-1"))
    return texts


def throughput(texts: list[str], runs: int = 3) -> dict:
    def extract(text: str) -> None:
        find_entities(text)
        find_figures(text)
        find_event_dates(text, "2005-06-30")

    for text in texts[:50]:
        extract(text)  # build the matcher and warm the caches
    timings = {}
    for name, fn in (("find_entities", find_entities), ("find_figures", find_figures),
                     ("find_event_dates", lambda t: find_event_dates(t, "2005-06-30")),
                     ("all three", extract)):
        best = float("inf")
        for _ in range(runs):
            start = time.process_time()
            for text in texts:
                fn(text)
            best = min(best, time.process_time() - start)
        timings[name] = round(len(texts) / best) if best else None
    return {"articles": len(texts), "mean_bytes": round(sum(map(len, texts)) / len(texts)),
            "articles_per_second": timings}


def run(speed: bool = True, errors: list | None = None, error_split: str = "tune",
        strict: bool = True) -> dict:
    items = load_gold(strict=strict)
    result = {"gold": {"sentences": len(items)}}
    for split in ("tune", "held"):
        part = [i for i in items if i["part"] == split]
        result["gold"][split] = len(part)
        result[split] = evaluate(part, errors if error_split in (split, "all") else None)
    result["all"] = evaluate(items)
    if speed:
        result["throughput"] = throughput(bbc_articles()) if BBC.exists() else \
            {"skipped": f"{BBC} not found"}
    return result


def print_table(result: dict) -> None:
    print(f"gold: {result['gold']['sentences']} sentences ({result['gold']['tune']} tuned on, "
          f"{result['gold']['held']} held out)")
    header = f"{'':16}" + "".join(f"{split:>24}" for split in ("tune", "held", "all"))
    print(header)
    print(f"{'':16}" + "".join(f"{'P     R     F1   (n)':>24}" for _ in range(3)))
    for name in result["tune"]:
        row = f"{name:16}"
        for split in ("tune", "held", "all"):
            s = result[split][name]
            row += f"{s['precision']:>9.2f} {s['recall']:.2f}  {s['f1']:.2f} ({s['gold']:>3})"
        print(row)
    t = result.get("throughput")
    if t:
        if "skipped" in t:
            print(f"throughput: skipped ({t['skipped']})")
        else:
            rates = ", ".join(f"{k} {v:,}/s" for k, v in t["articles_per_second"].items())
            print(f"throughput on {t['articles']} BBC articles (mean {t['mean_bytes']} bytes), "
                  f"CPU time, one core: {rates}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--errors", nargs="?", const="tune", choices=("tune", "held", "all"),
                        help="print every miss and false hit of the tuned-on part (or held, all)")
    parser.add_argument("--no-speed", action="store_true", help="skip the throughput run")
    parser.add_argument("--lenient", action="store_true",
                        help="score gold ids the gazetteer lacks as misses (an older gazetteer)")
    args = parser.parse_args(argv)
    errors: list | None = [] if args.errors else None
    result = run(speed=not args.no_speed, errors=errors, error_split=args.errors or "tune",
                 strict=not args.lenient)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print_table(result)
    if errors:
        for kind, text, gold, predicted in errors:
            print(f"\n[{kind}] {text}\n   gold:      {gold}\n   predicted: {predicted}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
