#!/usr/bin/env python3
"""Checks the held9 sets. Prints ALL OK when everything passes."""
import json, re, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
BASE = '/root/sealed/held9'
err = []
def E(m): err.append(m)
# ---- variants
arts = {}
for n, ln in enumerate(open(BASE + '/variants/articles.jsonl', encoding='utf-8'), 1):
    try: a = json.loads(ln)
    except Exception as e: E(f'variants articles line {n}: {e}'); continue
    if set(a) != {'id', 'title', 'body'}: E(f'bad fields line {n}')
    if a['id'] in arts: E(f'dup id {a["id"]}')
    arts[a['id']] = a
ann = json.load(open(BASE + '/tools/variants_annotations.json', encoding='utf-8'))
if set(ann['articles']) != set(arts): E('annotation ids != article ids')
dis = {i for i, v in ann['articles'].items() if v['distractor']}
ENT = ann['entities']
def form_rx(key):
    fs = sorted(set(ENT[key]), key=len, reverse=True)
    return '(?:' + '|'.join(re.escape(f).replace(r'\ ', r'\s+') for f in fs) + ')'
def template_rx(t):
    out = []
    for p in re.split(r'(\{\w+\})', t):
        if not p: continue
        m = re.fullmatch(r'\{(\w+)\}', p)
        out.append(form_rx(m.group(1)) if m else re.escape(p).replace(r'\ ', r'\s+'))
    return re.compile(r'(?<!\w)' + ''.join(out) + r'(?!\w)', re.I)
txt = {i: a['title'] + ' ' + a['body'] for i, a in arts.items()}
for i, v in ann['articles'].items():
    if v['distractor'] and v['keys']: E(f'distractor {i} has keys')
    if not v['distractor'] and not (1 <= len(v['keys']) <= 4): E(f'{i} has {len(v["keys"])} keys')
    for k in v['keys']:
        if not template_rx('{%s}' % k).search(txt[i]): E(f'{i}: no form of {k} in text')
bykey = {}
for i, v in ann['articles'].items():
    for k in v['keys']: bykey.setdefault(k, set()).add(i)
qs = [json.loads(l) for l in open(BASE + '/variants/queries.jsonl', encoding='utf-8')]
if len(qs) != len(ann['queries']): E('query annotation count mismatch')
kinds = {'plain', 'phrase', 'long phrase', 'qualifier', 'joined', 'english word', 'abbreviation'}
seen = set(); spellings = {}
for q, qa in zip(qs, ann['queries']):
    if set(q) != {'kind', 'query', 'expected'}: E(f'bad query fields {q}')
    if q['query'] != qa['query'] or q['kind'] != qa['kind']: E(f'annotation mismatch {q["query"]}')
    if q['kind'] not in kinds: E(f'bad kind {q}')
    if (q['kind'], q['query']) in seen: E(f'duplicate query {q["query"]}')
    seen.add((q['kind'], q['query']))
    ex = q['expected']
    if not ex: E(f'empty expected {q["query"]}')
    if len(set(ex)) != len(ex): E(f'dup in expected {q["query"]}')
    for i in ex:
        if i not in arts: E(f'unknown id {i} in {q["query"]}')
        if i in dis: E(f'distractor {i} expected for {q["query"]}')
    keys = qa['_key'].split()
    cand = set.intersection(*[bykey[k] for k in keys])
    if q['kind'] in ('plain', 'joined', 'english word', 'abbreviation'):
        if set(ex) != cand: E(f'expected != entity articles for {q["query"]}')
    elif q['kind'] == 'qualifier':
        g = re.compile(r'(?<!\w)(?:' + qa['_generic'].replace(' ', r'\s+') + r')(?!\w)', re.I)
        if set(ex) != {i for i in cand if g.search(txt[i])}: E(f'qualifier mismatch {q["query"]}')
    else:
        if not (q['query'].startswith('"') and q['query'].endswith('"')): E(f'phrase not quoted {q["query"]}')
        nw = len(q['query'].strip('"').split())
        if (q['kind'] == 'phrase') != (nw == 2): E(f'phrase word count {q["query"]} {nw}')
        rx = template_rx(qa['_template'])
        for i in ex:
            if not rx.search(txt[i]): E(f'phrase {q["query"]}: {i} lacks run')
        if set(ex) != {i for i in cand if rx.search(txt[i])}: E(f'phrase set mismatch {q["query"]}')
        # the query text itself must fit its template
        if not rx.search(q['query'].strip('"')): E(f'query text does not fit template {q["query"]}')
    for k in keys: spellings.setdefault(k, set()).add(q['query'].strip('"').lower())
for k in ENT:
    if k not in bykey: E(f'entity {k} in no article')
single = {k for k in ENT if len(spellings.get(k, ())) < 2}
if single: E(f'entities queried in <2 spellings: {single}')
# ---- scripts
sa = {}
for n, ln in enumerate(open(BASE + '/scripts/articles.jsonl', encoding='utf-8'), 1):
    try: a = json.loads(ln)
    except Exception as e: E(f'scripts articles line {n}: {e}'); continue
    if a['id'] in sa: E(f'dup script id {a["id"]}')
    sa[a['id']] = a
def tsv(p):
    L = open(p, encoding='utf-8').read().splitlines()
    if not L or not L[0].startswith('#'): E(f'{p}: no # comment line')
    out = []
    for l in L[1:]:
        if not l.strip(): continue
        parts = l.split('\t')
        if len(parts) != 2: E(f'{p}: bad line {l!r}'); continue
        out.append(parts)
    return out
men = {i: set(k.split()) for i, k in tsv(BASE + '/scripts/mentions.tsv')}
if set(men) != set(sa): E('mentions ids != script article ids')
sq = tsv(BASE + '/scripts/queries.tsv')
qkeys = {k for q, k in sq}
mkeys = set().union(*men.values())
if qkeys != mkeys: E(f'mentions keys != query keys: {qkeys ^ mkeys}')
isar = lambda s: bool(re.search(r'[\u0600-\u06FF]', s))
for k in qkeys:
    if not any(isar(q) for q, kk in sq if kk == k): E(f'{k} not asked in Arabic')
    if not any(not isar(q) for q, kk in sq if kk == k): E(f'{k} not asked in Latin')
    if not any(k in m and i.startswith('s9-ar') for i, m in men.items()): E(f'{k} named in no Arabic article')
    if not any(k in m and i.startswith('s9-en') for i, m in men.items()): E(f'{k} named in no English article')
for i in sa:
    if i.startswith('s9-ar') != isar(sa[i]['body']): E(f'{i} script mismatch')
if len({q for q, k in sq}) != len(sq): E('duplicate script query')
if err:
    print('\n'.join(err)); print(len(err), 'PROBLEMS'); sys.exit(1)
print(f'variants: {len(arts)} articles ({len(dis)} distractors), {len(qs)} queries; scripts: {len(sa)} articles, {len(sq)} queries')
print('ALL OK')
