#!/usr/bin/env python3
"""Review aid: find known spellings of an entity that occur outside annotated spans (held7)."""
import re, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build_variants as B
import data_queries as DQ
ents, dis = B.load()
forms = {}
for a in ents:
    for m in a["tm"] + a["bm"]:
        forms.setdefault(m[0], set()).add(m[1])
for k, v in DQ.PLAIN.items():
    forms.setdefault(k, set()).update(v)
for lst in (DQ.JOINED, DQ.ENGLISH, DQ.ABBREV):
    for s, k in lst:
        forms[k].add(s)
def strip_article(f):
    return re.sub(r"^(?:al|el|ar|as|ash|at|ad|an|Al|El|Ar|As|Ash|At)[- ]", "", f)
extra = set()
for k, fs in list(forms.items()):
    for f in list(fs):
        g = strip_article(f)
        if g != f and len(g) >= 3: fs.add(g)
for a in ents + dis:
    for fld, ms in (("title", "tm"), ("body", "bm")):
        text = a[fld]
        covered = [(m[2], m[3]) for m in a[ms]]
        for k, fs in forms.items():
            for f in fs:
                flags = 0 if (f.isupper() or len(f) <= 4) else re.I
                for mm in re.finditer(r"(?<!\w)" + re.escape(f) + r"(?!\w)", text, flags):
                    if any(s <= mm.start() < e for s, e in covered):
                        continue
                    print(("DIS " if a["distractor"] else "ENT ") + f"{k:10s} {f!r:20s} | {text[:110]}")
