#!/usr/bin/env python3
"""Build /root/sealed/held7/variants/{articles,queries}.jsonl from data_*.py (held7, blind)."""
import json, os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import data_articles as DA
import data_queries as DQ

OUT = "/root/sealed/held7/variants"
TOOLS = os.path.dirname(os.path.abspath(__file__))
MARK = re.compile(r"\[(\w+)\|([^\]]+)\]")
N_ENTITY_TARGET = 100
N_DISTRACTOR_TARGET = 32


def parse(s):
    """markup -> (plain text, [(key, surface, start, end)])"""
    out, mentions, pos = [], [], 0
    n = 0
    for m in MARK.finditer(s):
        out.append(s[pos:m.start()]); n += m.start() - pos
        key, surf = m.group(1), m.group(2)
        mentions.append((key, surf, n, n + len(surf)))
        out.append(surf); n += len(surf)
        pos = m.end()
    out.append(s[pos:])
    text = "".join(out)
    assert "[" not in text and "|" not in text, s
    return text, mentions


def is_word_char(c):
    return c.isalnum()


def phrase_match(field, elems):
    """field = (text, mentions). elems: list of str words or '@key'. Unbroken run, whitespace only."""
    text, mentions = field

    def match_from(i, k):
        if k == len(elems):
            return i == len(text) or not is_word_char(text[i])
        if k > 0:
            m = re.compile(r"\s+").match(text, i)
            if not m:
                return False
            i = m.end()
        e = elems[k]
        if e.startswith("@"):
            key = e[1:]
            return any(match_from(en, k + 1) for (kk, _, st, en) in mentions if kk == key and st == i)
        if text[i:i + len(e)].lower() != e.lower():
            return False
        return match_from(i + len(e), k + 1)

    for i in range(len(text)):
        if i > 0 and is_word_char(text[i - 1]):
            continue
        if match_from(i, 0):
            return True
    return False


def qual_regex(word):
    if word == "oil field":
        return re.compile(r"\boil fields?\b", re.I)
    if word == "north-east Syria":
        return re.compile(r"\bnorth-east Syria\b", re.I)
    return re.compile(r"\b" + re.escape(word) + r"s?\b", re.I)


def load():
    ents = []
    for t, b in DA.ENTITY_ARTICLES:
        ents.append({"title_m": t, "body_m": b, "distractor": False})
    dis = []
    for t, b in DA.DISTRACTORS:
        assert "[" not in t + b
        dis.append({"title_m": t, "body_m": b, "distractor": True})
    for a in ents + dis:
        a["title"], a["tm"] = parse(a["title_m"])
        a["body"], a["bm"] = parse(a["body_m"])
        a["keys"] = sorted({m[0] for m in a["tm"] + a["bm"]})
    return ents, dis


def query_specs():
    qs = []
    for key, spells in DQ.PLAIN.items():
        for s in spells:
            qs.append({"kind": "plain", "query": s, "key": key})
    for s, key in DQ.JOINED:
        qs.append({"kind": "joined", "query": s, "key": key})
    for s, key in DQ.ENGLISH:
        qs.append({"kind": "english word", "query": s, "key": key})
    for s, key in DQ.ABBREV:
        qs.append({"kind": "abbreviation", "query": s, "key": key})
    for s, pat in DQ.PHRASES:
        nwords = len(s.strip('"').split())
        kind = "phrase" if nwords == 2 else "long phrase"
        elems = pat.split()
        keys = [e[1:] for e in elems if e.startswith("@")]
        qs.append({"kind": kind, "query": s, "pattern": elems, "key": keys[0], "keys": keys})
    for s, key, word in DQ.QUALIFIERS:
        qs.append({"kind": "qualifier", "query": s, "key": key, "word": word})
    return qs


def expected_for(q, arts):
    res = []
    for a in arts:
        if a["distractor"]:
            continue
        if q["kind"] in ("phrase", "long phrase"):
            ok = any(phrase_match((a[f], a[fm]), q["pattern"]) for f, fm in (("title", "tm"), ("body", "bm")))
        elif q["kind"] == "qualifier":
            ok = q["key"] in a["keys"] and (qual_regex(q["word"]).search(a["title"]) or qual_regex(q["word"]).search(a["body"]))
        else:
            ok = q["key"] in a["keys"]
        if ok:
            res.append(a)
    return res


def constraints_ok(arts, qs):
    from collections import Counter
    c = Counter(k for a in arts if not a["distractor"] for k in a["keys"])
    allkeys = {q["key"] for q in qs}
    if any(c[k] < 2 for k in allkeys):
        return False
    return all(expected_for(q, arts) for q in qs)


def main():
    ents, dis = load()
    qs = query_specs()
    titles = {a["title"] for a in ents}
    assert all(t in titles for t in DA.PROTECT), [t for t in DA.PROTECT if t not in titles]
    assert constraints_ok(ents, qs), "constraints fail before dropping"
    # deterministic greedy drop of entity articles whose entities are all frequent
    keep = list(ents)
    from collections import Counter
    while len(keep) > N_ENTITY_TARGET:
        c = Counter(k for a in keep for k in a["keys"])
        prot = set(DA.PROTECT)
        cand = sorted([a for a in keep if a["title"] not in prot],
                      key=lambda a: (-min(c[k] for k in a["keys"]), -len(a["keys"]), a["title"]))
        for a in cand:
            trial = [x for x in keep if x is not a]
            if constraints_ok(trial, qs):
                keep = trial
                break
        else:
            break
    drop_d = set(getattr(DA, "DROP_DISTRACTORS", []))
    dkeep = [d for d in dis if d["title"] not in drop_d]
    arts = keep + dkeep
    random.Random(7007).shuffle(arts)
    for i, a in enumerate(arts, 1):
        a["id"] = "v7-%03d" % i
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as f:
        for a in arts:
            f.write(json.dumps({"id": a["id"], "title": a["title"], "body": a["body"]}, ensure_ascii=False) + "\n")
    outq = []
    for q in qs:
        exp = [a["id"] for a in expected_for(q, arts)]
        assert exp, q
        q["expected"] = exp
        outq.append(q)
    with open(os.path.join(OUT, "queries.jsonl"), "w", encoding="utf-8") as f:
        for q in outq:
            f.write(json.dumps({"kind": q["kind"], "query": q["query"], "expected": q["expected"]}, ensure_ascii=False) + "\n")
    ann = {"articles": [{"id": a["id"], "distractor": a["distractor"], "title": a["title"], "body": a["body"],
                         "mentions": [{"field": "title", "key": m[0], "surface": m[1], "start": m[2], "end": m[3]} for m in a["tm"]]
                         + [{"field": "body", "key": m[0], "surface": m[1], "start": m[2], "end": m[3]} for m in a["bm"]]}
                        for a in arts],
           "queries": outq}
    with open(os.path.join(TOOLS, "variants_annotations.json"), "w", encoding="utf-8") as f:
        json.dump(ann, f, ensure_ascii=False, indent=1)
    from collections import Counter
    print("articles", len(arts), "entity", len(keep), "distractors", len(dkeep))
    print("queries", len(outq), Counter(q["kind"] for q in outq))
    print("entities", len({k for a in keep for k in a["keys"]}))


if __name__ == "__main__":
    main()
