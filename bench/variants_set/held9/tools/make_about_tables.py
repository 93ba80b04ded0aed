import json, re
from collections import Counter
ann = json.load(open('/root/sealed/held9/tools/variants_annotations.json'))
arts = {json.loads(l)['id']: json.loads(l) for l in open('/root/sealed/held9/variants/articles.jsonl')}
ENT = ann['entities']
out = []
c = Counter(q['kind'] for q in ann['queries'])
out.append('| kind | count |\n|---|---|')
for k, v in c.most_common(): out.append(f'| {k} | {v} |')
out.append(f'| total | {sum(c.values())} |\n')
out.append('| key | articles | spellings found in articles | query spellings |\n|---|---|---|---|')
for k in ENT:
    ids = [i for i, v in ann['articles'].items() if k in v['keys'] and not v['distractor']]
    found = set()
    for f in ENT[k]:
        r = re.compile(r'(?<!\w)' + re.escape(f).replace(r'\ ', r'\s+') + r'(?!\w)')
        if any(r.search(arts[i]['title'] + ' ' + arts[i]['body']) for i in ids): found.add(f)
    qs = sorted({q['query'] for q in ann['queries'] if k in q['_key'].split()})
    out.append(f'| {k} | {len(ids)} | {", ".join(sorted(found))} | {"; ".join(qs)} |')
out.append('\n| distractor id | trap |\n|---|---|')
for i, v in sorted(ann['articles'].items()):
    if v['distractor']: out.append(f'| {i} | {v["trap"]} |')
open('/root/sealed/held9/tools/about_tables.md', 'w').write('\n'.join(out) + '\n')
