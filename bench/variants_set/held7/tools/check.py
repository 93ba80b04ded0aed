#!/usr/bin/env python3
"""held7 checker: validates /root/sealed/held7/{variants,scripts}. Prints ALL OK or a list of problems."""
import json, os, re, sys
from collections import Counter, defaultdict

ROOT = "/root/sealed/held7"
errs = []


def err(msg):
    errs.append(msg)


def read_jsonl(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f"{path}:{n} blank line"); continue
            try:
                rows.append(json.loads(line))
            except Exception as e:
                err(f"{path}:{n} bad JSON {e}")
    return rows


# ---------------- variants ----------------
V = os.path.join(ROOT, "variants")
arts = read_jsonl(os.path.join(V, "articles.jsonl"))
qs = read_jsonl(os.path.join(V, "queries.jsonl"))
ann = json.load(open(os.path.join(ROOT, "tools", "variants_annotations.json"), encoding="utf-8"))

ids = [a.get("id") for a in arts]
if len(ids) != len(set(ids)):
    err("variants: duplicate article ids")
for a in arts:
    if set(a) != {"id", "title", "body"} or not all(isinstance(a[k], str) and a[k].strip() for k in a):
        err(f"variants: bad article fields {a.get('id')}")
    if not re.fullmatch(r"v7-\d{3}", a.get("id", "")):
        err(f"variants: bad id {a.get('id')}")
byid = {a["id"]: a for a in arts}

# annotations agree with article text
A = {x["id"]: x for x in ann["articles"]}
if set(A) != set(byid):
    err("variants: annotation ids != article ids")
mentions = defaultdict(list)  # id -> list of (field, key, start, end)
for i, x in A.items():
    a = byid.get(i)
    if not a:
        continue
    if a["title"] != x["title"] or a["body"] != x["body"]:
        err(f"variants: annotation text differs for {i}")
    for m in x["mentions"]:
        txt = a[m["field"]]
        if txt[m["start"]:m["end"]] != m["surface"]:
            err(f"variants: mention offset wrong {i} {m}")
        mentions[i].append((m["field"], m["key"], m["start"], m["end"]))
    if x["distractor"] and x["mentions"]:
        err(f"variants: distractor {i} has mentions")
    if not x["distractor"] and not (1 <= len({m['key'] for m in x['mentions']}) <= 4):
        err(f"variants: entity article {i} names {len({m['key'] for m in x['mentions']})} entities")
distractors = {i for i, x in A.items() if x["distractor"]}
keys_of = {i: {m[1] for m in mentions[i]} for i in A}


def ww(c):
    return c.isalnum()


def phrase_ok(text, ms, elems):
    """independent re-implementation of the unbroken-run rule"""
    def rec(i, k):
        if k == len(elems):
            return i == len(text) or not ww(text[i])
        if k:
            j = i
            while j < len(text) and text[j].isspace():
                j += 1
            if j == i:
                return False
            i = j
        e = elems[k]
        if e.startswith("@"):
            return any(rec(en, k + 1) for (kk, st, en) in ms if kk == e[1:] and st == i)
        if text[i:i + len(e)].lower() == e.lower():
            return rec(i + len(e), k + 1)
        return False
    return any(rec(i, 0) for i in range(len(text)) if i == 0 or not ww(text[i - 1]))


def qual_ok(a, word):
    if word == "oil field":
        r = re.compile(r"\boil fields?\b", re.I)
    elif word == "north-east Syria":
        r = re.compile(r"\bnorth-east Syria\b", re.I)
    else:
        r = re.compile(r"\b" + re.escape(word) + r"s?\b", re.I)
    return bool(r.search(a["title"]) or r.search(a["body"]))


KINDS = {"plain", "phrase", "long phrase", "qualifier", "joined", "english word", "abbreviation"}
annq = ann["queries"]
if len(annq) != len(qs):
    err("variants: annotated query count differs")
spellings = defaultdict(set)
for n, (q, aq) in enumerate(zip(qs, annq), 1):
    if set(q) != {"kind", "query", "expected"}:
        err(f"variants q{n}: fields {set(q)}")
        continue
    if q["kind"] not in KINDS:
        err(f"variants q{n}: kind {q['kind']}")
    if q["query"] != aq["query"] or q["kind"] != aq["kind"]:
        err(f"variants q{n}: differs from annotation")
    exp = q["expected"]
    if not exp:
        err(f"variants q{n} {q['query']}: empty expected")
    if len(exp) != len(set(exp)):
        err(f"variants q{n}: duplicate ids in expected")
    for i in exp:
        if i not in byid:
            err(f"variants q{n}: unknown id {i}")
        if i in distractors:
            err(f"variants q{n} {q['query']}: distractor {i} expected")
    # recompute from annotations
    key = aq["key"]
    want = []
    for i in ids:
        if i in distractors:
            continue
        a = byid[i]
        if q["kind"] in ("phrase", "long phrase"):
            ok = any(phrase_ok(a[f], [(k, s, e) for (ff, k, s, e) in mentions[i] if ff == f], aq["pattern"])
                     for f in ("title", "body"))
        elif q["kind"] == "qualifier":
            ok = key in keys_of[i] and qual_ok(a, aq["word"])
        else:
            ok = key in keys_of[i]
        if ok:
            want.append(i)
    if sorted(want) != sorted(exp):
        err(f"variants q{n} {q['query']}: expected {sorted(exp)} but rules give {sorted(want)}")
    # phrase shape
    if q["kind"] in ("phrase", "long phrase"):
        s = q["query"]
        if not (s.startswith('"') and s.endswith('"')):
            err(f"variants q{n}: phrase not quoted")
        nw = len(s.strip('"').split())
        if (q["kind"] == "phrase") != (nw == 2) or nw < 2:
            err(f"variants q{n}: word count {nw} vs kind {q['kind']}")
        for i in exp:  # each expected article really contains the run (per annotation)
            a = byid[i]
            if not any(phrase_ok(a[f], [(k, s_, e) for (ff, k, s_, e) in mentions[i] if ff == f], aq["pattern"])
                       for f in ("title", "body")):
                err(f"variants q{n}: {i} lacks the run")
    else:
        if q["query"].startswith('"'):
            err(f"variants q{n}: quoted non-phrase")
        spellings[key].add(q["query"].lower())
    for k in aq.get("keys", [key]):
        spellings.setdefault(k, set())

named = Counter(k for i in ids for k in keys_of[i])
for k in named:
    if len(spellings.get(k, ())) < 2:
        err(f"variants: entity {k} queried in <2 spellings ({spellings.get(k)})")
for k in spellings:
    if k not in named:
        err(f"variants: query key {k} never named")
kc = Counter(q["kind"] for q in qs)

# ---------------- scripts ----------------
S = os.path.join(ROOT, "scripts")
sarts = read_jsonl(os.path.join(S, "articles.jsonl"))
sids = [a.get("id") for a in sarts]
if len(sids) != len(set(sids)):
    err("scripts: duplicate ids")
AR = re.compile(r"[\u0600-\u06FF]")
for a in sarts:
    if set(a) != {"id", "title", "body"}:
        err(f"scripts: fields {a.get('id')}")
    i = a["id"]
    if not re.fullmatch(r"s7-(ar|en)\d\d", i):
        err(f"scripts: bad id {i}")
    isar = bool(AR.search(a["title"] + a["body"]))
    if i.startswith("s7-ar") != isar:
        err(f"scripts: script of {i} does not match its id")


def read_tsv(path, ncols):
    rows = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if not lines[0].startswith("#"):
        err(f"{path}: first line is not a # comment")
    for n, line in enumerate(lines[1:], 2):
        if line == "":
            continue
        parts = line.split("\t")
        if len(parts) != ncols:
            err(f"{path}:{n} has {len(parts)} columns")
            continue
        rows.append(parts)
    return rows


ment = read_tsv(os.path.join(S, "mentions.tsv"), 2)
mk = {}
for i, ks in ment:
    if i in mk:
        err(f"scripts: duplicate mentions row {i}")
    if i not in sids:
        err(f"scripts: mentions row for unknown id {i}")
    mk[i] = set(ks.split())
    if any(not re.fullmatch(r"[a-z0-9_]+", k) for k in mk[i]):
        err(f"scripts: bad key in {i}")
if set(mk) != set(sids):
    err("scripts: mentions.tsv does not cover every article exactly")
sq = read_tsv(os.path.join(S, "queries.tsv"), 2)
qkeys = {k for _, k in sq}
mkeys = set().union(*mk.values()) if mk else set()
if qkeys != mkeys:
    err(f"scripts: mention keys {sorted(mkeys ^ qkeys)} differ from query keys")
ask = defaultdict(set)
for q, k in sq:
    if not q.strip():
        err("scripts: empty query")
    ask[k].add("ar" if AR.search(q) else "lat")
    if not any(k in mk[i] for i in mk):
        err(f"scripts: query {q} expects nothing")
if len(sq) != len({(q, k) for q, k in sq}):
    err("scripts: duplicate query lines")
for k in qkeys:
    if ask[k] != {"ar", "lat"}:
        err(f"scripts: key {k} not asked in both scripts")
    if not any(k in mk[i] for i in mk if i.startswith("s7-ar")):
        err(f"scripts: key {k} not named in an Arabic article")
    if not any(k in mk[i] for i in mk if i.startswith("s7-en")):
        err(f"scripts: key {k} not named in an English article")

print(f"variants: {len(arts)} articles ({len(distractors)} distractors), {len(qs)} queries {dict(kc)}, {len(named)} entities")
print(f"scripts: {len(sarts)} articles ({sum(i.startswith('s7-ar') for i in sids)} ar), {len(sq)} queries "
      f"({sum(bool(AR.search(q)) for q, _ in sq)} Arabic), {len(qkeys)} keys")
if errs:
    print("\n".join(errs))
    print(f"{len(errs)} PROBLEMS")
    sys.exit(1)
print("ALL OK")
