import json, random, re, sys
sys.path.insert(0, '/root/sealed/held9/tools')
from data_entities import E
from data_articles import A
from data_distractors import D
from data_queries import PLAIN, JOINED, ENGLISH, ABBR, QUAL, PHRASE, LONG
import fix_en
from collections import Counter
OUT = '/root/sealed/held9/variants'

def form_rx(key):
    fs = sorted(set(E[key]), key=len, reverse=True)
    return '(?:' + '|'.join(re.escape(f).replace(r'\ ', r'\s+') for f in fs) + ')'

def template_rx(t):
    parts = re.split(r'(\{\w+\})', t)
    out = []
    for p in parts:
        if not p: continue
        m = re.fullmatch(r'\{(\w+)\}', p)
        out.append(form_rx(m.group(1)) if m else re.escape(p).replace(r'\ ', r'\s+'))
    return re.compile(r'(?<!\w)' + ''.join(out) + r'(?!\w)', re.I)

arts = []
for t, b, k in A:
    if t in fix_en.R: t, b = fix_en.R[t]
    arts.append([t, b, k.split()])
# trim: drop entity articles whose keys all keep >=3 articles
cnt = Counter(k for a in arts for k in a[2])
prot = set()
_tmpl = []
for ln in (PHRASE + LONG).strip().splitlines():
    _tmpl.append(template_rx(ln.rsplit('|', 1)[1].strip()))
for ln in []:
    _tmpl.append(re.compile(r'(?<!\w)(?:' + g.replace(' ', r'\s+') + r')(?!\w)', re.I))
for i, a in enumerate(arts):
    if any(r.search(a[0] + ' ' + a[1]) for r in _tmpl): prot.add(i)
keep = []
dropped = 0
for i, a in reversed(list(enumerate(arts))):
    if dropped < 26 and i not in prot and all(cnt[k] >= 4 for k in a[2]):
        for k in a[2]: cnt[k] -= 1
        dropped += 1
    else:
        keep.append(a)
arts = list(reversed(keep))
dis = [[t, b, []] for t, b, why in D if t not in fix_en.DROP_D]
why = {t: w for t, b, w in D}
for a in dis:
    if a[0] in fix_en.R: a[0], a[1] = fix_en.R[a[0]]
allart = arts + [d + ['D'] for d in dis]
random.Random(9).shuffle(allart)
rows = []
for i, a in enumerate(allart, 1):
    rows.append({'id': f'v9-{i:03d}', 'title': a[0], 'body': a[1], '_keys': a[2], '_distractor': len(a) == 4})
# sanity: each annotated key has a form in text
for r in rows:
    txt = r['title'] + ' ' + r['body']
    for k in r['_keys']:
        if not template_rx('{%s}' % k).search(txt):
            print('NO FORM', r['id'], k, txt)
bykey = {}
for r in rows:
    for k in r['_keys']: bykey.setdefault(k, []).append(r['id'])
txt = {r['id']: r['title'] + ' ' + r['body'] for r in rows}
Q = []
def lines(s):
    for ln in s.strip().splitlines():
        k, qs = ln.split(':', 1)
        for q in qs.split('|'):
            yield k.strip(), q.strip()
for kind, s in [('plain', PLAIN), ('joined', JOINED), ('english word', ENGLISH), ('abbreviation', ABBR)]:
    seenk = Counter()
    for k, q in lines(s):
        seenk[k] += 1
        if kind == 'plain' and seenk[k] > 2: continue  # cap plain at 2 spellings per entity
        Q.append({'kind': kind, 'query': q, 'expected': sorted(bykey[k]), '_key': k})
for ln in QUAL.strip().splitlines():
    k, q, g = [x.strip() for x in ln.split('|', 2)]
    grx = re.compile(r'(?<!\w)(?:' + g.replace(' ', r'\s+') + r')(?!\w)', re.I)
    exp = sorted(i for i in bykey[k] if grx.search(txt[i]))
    Q.append({'kind': 'qualifier', 'query': q, 'expected': exp, '_key': k, '_generic': g})
for kind, s in [('phrase', PHRASE), ('long phrase', LONG)]:
    for ln in s.strip().splitlines():
        q, t = [x.strip() for x in ln.rsplit('|', 1)]
        keys = re.findall(r'\{(\w+)\}', t)
        rx = template_rx(t)
        cand = set.intersection(*[set(bykey[k]) for k in keys])
        exp = sorted(i for i in cand if rx.search(txt[i]))
        Q.append({'kind': kind, 'query': q, 'expected': exp, '_key': ' '.join(keys), '_template': t})
empty = [q for q in Q if not q['expected']]
for q in empty: print('EMPTY', q['kind'], q['query'])
Q = [q for q in Q if q['expected']]
with open(OUT + '/articles.jsonl', 'w') as f:
    for r in rows: f.write(json.dumps({'id': r['id'], 'title': r['title'], 'body': r['body']}, ensure_ascii=False) + '\n')
with open(OUT + '/queries.jsonl', 'w') as f:
    for q in Q: f.write(json.dumps({'kind': q['kind'], 'query': q['query'], 'expected': q['expected']}, ensure_ascii=False) + '\n')
ann = {'entities': E, 'articles': {r['id']: {'keys': r['_keys'], 'distractor': r['_distractor'], 'trap': why.get(r['title'], '') if r['_distractor'] else ''} for r in rows},
       'queries': [{k: v for k, v in q.items()} for q in Q]}
# distractor trap notes keyed by final title
for r in rows:
    if r['_distractor']:
        orig = [t for t in why if t == r['title'] or (t in fix_en.R and fix_en.R[t][0] == r['title'])]
        ann['articles'][r['id']]['trap'] = why[orig[0]]
json.dump(ann, open('/root/sealed/held9/tools/variants_annotations.json', 'w'), ensure_ascii=False, indent=1)
print('articles', len(rows), 'entity', sum(not r['_distractor'] for r in rows), 'distractors', sum(r['_distractor'] for r in rows), 'dropped', dropped)
print('queries', len(Q), Counter(q['kind'] for q in Q))
print('entities used', len(bykey))
