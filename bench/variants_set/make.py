"""Writes articles.jsonl and queries.jsonl of the variants set (issue #17) from the table below:
short articles of our own, one per spelling with the name's qualifier ("al-Hawl camp") and one per
spelling without it, one with the qualifier and no name; searches by plain spelling, quoted
spelling + qualifier, unquoted spelling + qualifier, a longer quoted phrase, and joined spellings,
each with the articles it should find. Run once; the files are the set.

``held/`` is the held-out part (HELD_NAMES, other places and two other English-word spellings),
written before the fixes it measures: bench/variants.py scores it (``--set held``) and prints no
misses for it; the top folder is the part misses are read on and fixes are made for."""

import json
from pathlib import Path

HERE = Path(__file__).parent
# name, spellings, qualifier, joined spellings
NAMES = [
    ("al-Hol", ["al-Hol", "al-Hawl", "al-Houl", "Hol"], "camp", ["alhol", "AlHawl", "alHoul", "elhol"]),
    ("Ghuwayran", ["Ghuwayran", "Ghwayran", "Guweiran", "Ghweiran"], "prison", []),
    ("Qamishli", ["Qamishli", "Qamishlo", "Kamishli", "Qameshli"], "district", ["alQamishli"]),
    ("Raqqa", ["Raqqa", "Rakka", "al-Raqqah", "Raqa"], "province", ["arraqqa", "alRaqqah"]),
    ("Hasakah", ["Hasakah", "Hassakeh", "Hasake", "Hesekê"], "governorate", ["alhasakah", "AlHassakeh"]),
    ("Manbij", ["Manbij", "Menbij", "Manbej"], "countryside", []),
    ("Kobani", ["Kobani", "Kobane"], "district", []),
    ("Deir ez-Zor", ["Deir ez-Zor", "Deir el-Zour", "Dayr al-Zawr", "Deir al-Zor"], "province", []),
    ("Douma", ["Douma", "Duma"], "district", []),
    ("Tal Abyad", ["Tal Abyad", "Tell Abyad", "Tel Abyad"], "crossing", []),
    ("Homs", ["Homs", "Hims"], "province", []),
    ("Hit", ["Hit", "Heet"], "district", []),
]
# The held-out part: written 2026-12-03 23:20 UTC, before any fix measured on it.
HELD_NAMES = [
    ("Ras al-Ain", ["Ras al-Ain", "Ras al-Ayn", "Serêkaniyê", "Ras al-Ein"], "countryside", ["RasalAin"]),
    ("Shaddadi", ["Shaddadi", "al-Shaddadi", "Shadadi", "Shaddadah"], "district", ["alShaddadi"]),
    ("Hajin", ["Hajin", "Hajeen"], "town", []),
    ("Amuda", ["Amuda", "Amude", "Amouda"], "district", []),
    ("Afrin", ["Afrin", "Efrin", "Afreen"], "district", []),
    ("Idlib", ["Idlib", "Idleb"], "province", []),
    ("Aleppo", ["Aleppo", "Halab"], "governorate", []),
    ("Daraa", ["Daraa", "Deraa", "Dar'a"], "province", []),
    ("al-Bab", ["al-Bab", "Al Bab", "el-Bab"], "countryside", ["albab", "AlBab"]),
    ("Roj", ["Roj", "Rouj"], "camp", []),
    ("Ain Issa", ["Ain Issa", "Ayn Issa", "Ain Eisa"], "district", []),
    ("Suwayda", ["Suwayda", "Sweida", "As-Suwayda", "Suwaida"], "province", ["assuwayda"]),
    ("Mare'", ["Mare'", "Marea"], "district", []),
    ("Tal Tamr", ["Tal Tamr", "Tell Tamer", "Tel Tamer"], "district", []),
]
WITH = [
    "Medics said supplies reached {s} {q} on Tuesday after a week of delays at the checkpoints.",
    "Residents of {s} {q} described long queues for bread and fuel through the winter.",
    "A delegation visited {s} {q} and met local council members about the water network.",
    "Officials at {s} {q} reported that the road to the south reopened at dawn.",
]
WITHOUT = [
    "Traders in {s} said the price of flour rose again this week, the third rise since spring.",
    "A teacher from {s} told reporters that classes resumed in two schools on Sunday.",
    "Power returned to parts of {s} late on Friday, engineers said.",
    "Farmers near {s} began the wheat harvest early because of the heat.",
]
OTHER = "Aid groups said the {q} near Tabqa needed more tents before the rains."
HELD_DISTRACTORS = [
    ("x-mare", "At the market", "The farmer sold his old mare and bought two goats at the spring market."),
    ("x-tell", "River watch", "Neighbours could tell the river was rising when the ford went under."),
]
DISTRACTORS = [
    ("x-him", "A shepherd's week", "The villagers gave him a new flock after the floods took his sheep."),
    ("x-hit", "Storm damage", "The storm hit the coast hard and a falling tree hit two parked cars."),
]


def write(folder, names, distractors):
    articles, queries = [], []
    for n, (name, spellings, qual, joined) in enumerate(names):
        with_ids, all_ids = [], []
        for m, s in enumerate(spellings):
            aid = f"n{n}w{m}"
            articles.append({"id": aid, "title": f"Report {n}.{m}", "body": WITH[m % 4].format(s=s, q=qual)})
            with_ids.append(aid)
            aid = f"n{n}p{m}"
            articles.append({"id": aid, "title": f"Notes {n}.{m}", "body": WITHOUT[m % 4].format(s=s)})
            all_ids.append(aid)
        all_ids += with_ids
        articles.append({"id": f"n{n}x", "title": f"Elsewhere {n}", "body": OTHER.format(q=qual)})
        for s in spellings:
            queries.append({"kind": "plain", "query": s, "expected": sorted(all_ids)})
            queries.append({"kind": "phrase", "query": f'"{s} {qual}"', "expected": sorted(with_ids)})
            queries.append({"kind": "qualifier", "query": f"{s} {qual}", "expected": sorted(with_ids)})
            queries.append({"kind": "qualifier", "query": f"{qual} {s}", "expected": sorted(with_ids)})
            queries.append({"kind": "long phrase", "query": f'"reached {s} {qual}"', "expected": [with_ids[0]]})
        for s in joined:
            queries.append({"kind": "joined", "query": s, "expected": sorted(all_ids)})
            queries.append({"kind": "joined phrase", "query": f'"{s} {qual}"', "expected": sorted(with_ids)})
    for aid, title, body in distractors:
        articles.append({"id": aid, "title": title, "body": body})
    folder.mkdir(exist_ok=True)
    (folder / "articles.jsonl").write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    (folder / "queries.jsonl").write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in queries), encoding="utf-8")
    print(folder.name, len(articles), "articles,", len(queries), "queries")


def main():
    write(HERE, NAMES, DISTRACTORS)
    write(HERE / "held", HELD_NAMES, HELD_DISTRACTORS)


if __name__ == "__main__":
    main()
