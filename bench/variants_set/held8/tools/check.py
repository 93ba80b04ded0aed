"""Checks for /root/sealed/held8 (variants + scripts). Prints ALL OK when everything holds."""
import json, re, sys
from collections import Counter, defaultdict
B = "/root/sealed/held8/"
errs, warns = [], []
def err(m): errs.append(m)

# ---------- variants ----------
arts = [json.loads(l) for l in open(B + "variants/articles.jsonl", encoding="utf-8")]
qs = [json.loads(l) for l in open(B + "variants/queries.jsonl", encoding="utf-8")]
ann = json.load(open(B + "tools/variants_annotations.json", encoding="utf-8"))
ids = [a["id"] for a in arts]
if len(ids) != len(set(ids)): err("duplicate article ids")
for a in arts:
    if set(a) != {"id", "title", "body"} or not a["title"] or not a["body"]: err("bad article " + a["id"])
byid = {a["id"]: a for a in arts}
if set(ann["articles"]) != set(ids): err("annotation ids differ from article ids")
text = {i: byid[i]["title"] + "\n" + byid[i]["body"] for i in ids}
ment = {i: ann["articles"][i]["mentions"] for i in ids}
dis = {i for i in ids if ann["articles"][i]["distractor"]}
for i in ids:
    if (i in dis) == bool(ment[i]): err("distractor flag inconsistent " + i)
    if len(ment[i]) > 4: err("too many entities " + i)
    for k, sf in ment[i].items():
        if k not in ann["entities"]: err("unknown entity %s in %s" % (k, i))
        for s in sf:
            if not re.search(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text[i], re.I): err("surface %r not in %s" % (s, i))
KINDS = {"plain", "phrase", "long phrase", "qualifier", "joined", "english word", "abbreviation"}
if len(qs) != len(ann["queries"]): err("query/annotation count differs")
spell = defaultdict(set)
ART = r"(?:al|el|ar|as|ash|at|ad|az|an|es|ez|er|ed)"
allsurf = defaultdict(set)
for i in ids:
    for k, sf in ment[i].items(): allsurf[k].update(sf)
def forms(k, extra):
    out = set()
    for f in allsurf[k] | {extra}:
        out.add(f)
        m = re.match(ART + r"[-\s](.+)$", f, re.I)
        if m: out.add(m.group(1))
    return sorted(out, key=len, reverse=True)
W = lambda s: r"\s+".join(re.escape(w) for w in s.split())
SLOT = re.compile(r"\{(\w+)\|([^}]+)\}")
for q, qa in zip(qs, ann["queries"]):
    if set(q) != {"kind", "query", "expected"}: err("bad query keys %r" % q)
    if q["kind"] not in KINDS: err("bad kind %r" % q)
    if q["query"] != qa["query"] or q["kind"] != qa["kind"]: err("annotation mismatch %r" % q)
    ex = q["expected"]
    if not ex: err("empty expected %r" % q)
    if len(ex) != len(set(ex)): err("dup expected %r" % q)
    for e in ex:
        if e not in byid: err("unknown id %s in %r" % (e, q))
        if e in dis: err("distractor %s expected in %r" % (e, q))
    k = q["kind"]
    if k in ("phrase", "long phrase"):
        tpl = qa["_template"]
        if not (q["query"].startswith('"') and q["query"].endswith('"')): err("phrase not quoted %r" % q)
        nw = len(q["query"].strip('"').split())
        if (k == "phrase") != (nw == 2): err("word count vs kind %r" % q)
        parts, pos, keys = [], 0, []
        for m in SLOT.finditer(tpl):
            if tpl[pos:m.start()].strip(): parts.append(W(tpl[pos:m.start()].strip()))
            keys.append(m.group(1)); spell[m.group(1)].add(m.group(2).lower())
            parts.append("(?:" + "|".join(W(f) for f in forms(m.group(1), m.group(2))) + ")"); pos = m.end()
        if tpl[pos:].strip(): parts.append(W(tpl[pos:].strip()))
        rx = re.compile(r"(?<!\w)" + r"\s+".join(parts) + r"(?!\w)", re.I)
        want = {i for i in ids if all(x in ment[i] for x in keys) and rx.search(text[i])}
        for e in ex:
            if not rx.search(text[e]): err("phrase %s: no matching run in %s" % (q["query"], e))
        if want != set(ex): err("phrase %s expected differs: %s" % (q["query"], sorted(want ^ set(ex))))
    elif k == "qualifier":
        key, w = qa["_key"], qa["_word"]; spell[key].add(q["query"].lower())
        wr = re.compile(r"(?<!\w)" + W(w) + r"s?(?!\w)", re.I)
        if not re.search(r"(?<!\w)" + W(w) + r"(?!\w)", q["query"], re.I): err("qualifier word missing %r" % q)
        want = {i for i in ids if key in ment[i] and wr.search(text[i])}
        if want != set(ex): err("qualifier %s differs" % q["query"])
    else:
        key = qa["_key"]; spell[key].add(q["query"].lower())
        want = {i for i in ids if key in ment[i]}
        if want != set(ex): err("%s %s differs" % (k, q["query"]))
for key in ann["entities"]:
    if len(spell[key]) < 2: err("entity %s queried in <2 spellings: %s" % (key, spell[key]))
    if not any(key in ment[i] for i in ids): err("entity %s in no article" % key)
# unannotated surfaces (warnings: traps are expected here)
for key, sf in allsurf.items():
    for s in sf:
        if len(s) < 3: continue
        r = re.compile(r"(?<!\w)" + re.escape(s) + r"(?!\w)", re.I)
        for i in ids:
            if key not in ment[i] and r.search(text[i]): warns.append("surface %r of %s also in %s (%s)%s" % (s, key, i, byid[i]["title"], " [distractor]" if i in dis else ""))
print("variants:", len(arts), "articles,", len(dis), "distractors,", len(qs), "queries", dict(Counter(q["kind"] for q in qs)))

# ---------- scripts ----------
sa = [json.loads(l) for l in open(B + "scripts/articles.jsonl", encoding="utf-8")]
sids = [a["id"] for a in sa]
if len(sids) != len(set(sids)): err("scripts: duplicate ids")
AR = re.compile(r"[\u0600-\u06FF]")
lang = {}
for a in sa:
    if not a.get("body"): err("scripts: empty body " + a["id"])
    isar = bool(AR.search(a["body"]))
    if isar != a["id"].startswith("s8-ar"): err("scripts: script/id mismatch " + a["id"])
    lang[a["id"]] = "ar" if isar else "en"
ml = open(B + "scripts/mentions.tsv", encoding="utf-8").read().splitlines()
if not ml[0].startswith("#"): err("mentions: no comment line")
M = {}
for l in ml[1:]:
    i, ks = l.split("\t"); M[i] = ks.split()
    if not M[i]: err("mentions: empty " + i)
if set(M) != set(sids): err("mentions ids != article ids")
ql = open(B + "scripts/queries.tsv", encoding="utf-8").read().splitlines()
if not ql[0].startswith("#"): err("queries: no comment line")
Q = [tuple(l.split("\t")) for l in ql[1:]]
for q in Q:
    if len(q) != 2 or not q[0].strip(): err("queries: bad line %r" % (q,))
if len(Q) != len(set(Q)): err("queries: duplicate line")
mkeys = {k for v in M.values() for k in v}
qkeys = {k for _, k in Q}
if mkeys != qkeys: err("scripts: mention keys != query keys: %s" % sorted(mkeys ^ qkeys))
for k in qkeys:
    if not any(AR.search(q) for q, kk in Q if kk == k): err("key %s not asked in Arabic" % k)
    if not any(not AR.search(q) for q, kk in Q if kk == k): err("key %s not asked in Latin" % k)
    if not any(k in M[i] for i in M if lang[i] == "ar"): err("key %s not named in an Arabic article" % k)
    if not any(k in M[i] for i in M if lang[i] == "en"): err("key %s not named in an English article" % k)
nar = sum(1 for q, _ in Q if AR.search(q))
print("scripts:", len(sa), "articles (%d ar, %d en)," % (sum(v == "ar" for v in lang.values()), sum(v == "en" for v in lang.values())), len(Q), "queries (%d Arabic, %d Latin), %d keys" % (nar, len(Q) - nar, len(qkeys)))

if "-v" in sys.argv:
    for w in warns: print("WARN", w)
else:
    print(len(warns), "trap/overlap warnings (run with -v to list)")
for e in errs: print("ERROR", e)
print("ALL OK" if not errs else "%d ERRORS" % len(errs))
