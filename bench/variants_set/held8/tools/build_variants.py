"""Build /root/sealed/held8/variants from variants_data.py + variants_queries.py. Expected lists are
computed from the hand annotation ([key:surface] markup) with the judging rules in ABOUT.md."""
import json, random, re, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from variants_data import ENTITIES, ARTICLES, DISTRACTORS
from variants_queries import SIMPLE, QUALIFIER, PHRASE, LONG_PHRASE
OUT = "/root/sealed/held8/variants"
MK = re.compile(r"\[(\w+):([^\]]+)\]")

def strip(t): return MK.sub(lambda m: m.group(2), t)

items = []
for title, body in ARTICLES:
    ann = {}
    for t in (title, body):
        for k, sfc in MK.findall(t):
            assert k in ENTITIES, k
            ann.setdefault(k, [])
            if sfc not in ann[k]: ann[k].append(sfc)
    assert ann, title
    items.append({"title": strip(title), "body": strip(body), "mentions": ann, "distractor": False})
for title, body in DISTRACTORS:
    items.append({"title": title, "body": body, "mentions": {}, "distractor": True})
random.Random(808).shuffle(items)
for i, it in enumerate(items, 1): it["id"] = "v8-%03d" % i

ART = r"(?:al|el|ar|as|ash|at|ad|az|an|es|ez|er|ed)"
def slot_forms(key, extra):
    forms = set(extra)
    for it in items:
        forms.update(it["mentions"].get(key, []))
    out = set()
    for f in forms:
        out.add(f)
        m = re.match(ART + r"[-\s](.+)$", f, re.I)
        if m: out.add(m.group(1))
    return sorted(out, key=len, reverse=True)

def tok_re(s):  # a fixed run of words: whitespace flexible
    return r"\s+".join(re.escape(w) for w in s.split())

SLOT = re.compile(r"\{(\w+)\|([^}]+)\}")
def phrase_regex(tpl):
    parts, pos, keys = [], 0, []
    for m in SLOT.finditer(tpl):
        lit = tpl[pos:m.start()]
        if lit.strip(): parts.append(tok_re(lit.strip()))
        keys.append(m.group(1))
        parts.append("(?:" + "|".join(tok_re(f) for f in slot_forms(m.group(1), [m.group(2)])) + ")")
        pos = m.end()
    lit = tpl[pos:]
    if lit.strip(): parts.append(tok_re(lit.strip()))
    return r"(?<!\w)" + r"\s+".join(parts) + r"(?!\w)", keys

def text(it): return it["title"] + "\n" + it["body"]

queries = []
for kind in ("plain", "phrase", "long phrase", "qualifier", "joined", "english word", "abbreviation"):
    if kind in SIMPLE:
        for q, k in SIMPLE[kind]:
            exp = [it["id"] for it in items if k in it["mentions"]]
            queries.append({"kind": kind, "query": q, "expected": exp, "_key": k})
    elif kind == "qualifier":
        for q, k, w in QUALIFIER:
            wr = r"(?<!\w)" + tok_re(w) + r"s?(?!\w)"
            exp = [it["id"] for it in items if k in it["mentions"] and re.search(wr, text(it), re.I)]
            queries.append({"kind": kind, "query": q, "expected": exp, "_key": k, "_word": w})
    else:
        for tpl in (PHRASE if kind == "phrase" else LONG_PHRASE):
            rx, keys = phrase_regex(tpl)
            q = '"' + SLOT.sub(lambda m: m.group(2), tpl) + '"'
            exp = [it["id"] for it in items if all(k in it["mentions"] for k in keys) and re.search(rx, text(it), re.I)]
            queries.append({"kind": kind, "query": q, "expected": exp, "_template": tpl, "_regex": rx})

os.makedirs(OUT, exist_ok=True)
with open(OUT + "/articles.jsonl", "w") as f:
    for it in items: f.write(json.dumps({"id": it["id"], "title": it["title"], "body": it["body"]}, ensure_ascii=False) + "\n")
with open(OUT + "/queries.jsonl", "w") as f:
    for q in queries: f.write(json.dumps({"kind": q["kind"], "query": q["query"], "expected": q["expected"]}, ensure_ascii=False) + "\n")
with open("/root/sealed/held8/tools/variants_annotations.json", "w") as f:
    json.dump({"entities": ENTITIES,
               "articles": {it["id"]: {"mentions": it["mentions"], "distractor": it["distractor"]} for it in items},
               "queries": [{k: v for k, v in q.items()} for q in queries]}, f, ensure_ascii=False, indent=1)
from collections import Counter
print(len(items), "articles,", sum(it["distractor"] for it in items), "distractors")
print(len(queries), "queries", Counter(q["kind"] for q in queries))
for q in queries:
    if not q["expected"]: print("EMPTY", q["kind"], q["query"])
