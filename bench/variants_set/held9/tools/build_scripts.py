import json
OUT = '/root/sealed/held9/scripts'
AR = [
("داهمت قوّات سوريا الديمقراطية (قسد) خيماً في مخيـــم الهول بريف الحسكه الشرقي في ١٢ كانون الثاني ٢٠٢٥.", "sdf hol hasakah"),
("أعلنت منظمة أطباء بلا حدود افتتاح عيادة جديدة في مخيم روج قرب المالكية.", "msf roj"),
("في تشرين الأول، نقلت قسد مئات المحتجزين من سجن غويران إلى سجن جديد جنوبي الحسكة.", "sdf ghuwayran hasakah"),
("قال سكان في الرقه إن خلايا لداعش هاجمت حاجزاً على ضفاف الفرات.", "raqqa isis euphrates"),
("وصلت قافلة لِلّجنة الدولية للصليب الأحمر إلى القامشلي في شباط ٢٠٢٤.", "icrc qamishli"),
("تضرّر سدّ تشرين على نهر الفرات بعد قصفٍ عنيف في كانون الأول.", "tishrin_dam euphrates"),
("وبدير الزور، اعتقلت قوات سوريا الديمقراطيّة ثلاثة عناصر من تنظيم الدولة الإسلامية في آب.", "deirezzor sdf isis"),
("زارت المفوضية السامية للأمم المتحدة لشؤون اللاجئين مخيم الهول ووزعت بطانيات على ٣٠٠ عائلة.", "unhcr hol"),
("من هول المشهد، عجز شهود في القامشلي عن الكلام بعد انفجار سيارة في نيسان.", "qamishli"),
("افتتحت اطباء بلا حدود مستشفى في الحسكة، وقالت إن مستشفي الرقة يحتاج دعماً عاجلاً، فالرقـة تفتقر للأدوية.", "msf hasakah raqqa"),
("فرّ عدد من سجناء داعش من سجن الصناعة في حي غويران عام ٢٠٢٢.", "isis ghuwayran"),
("قالت اللجنه الدولية للصليب الاحمر إن منسوب الفرات انخفض في ديرالزور.", "icrc euphrates deirezzor"),
("أكدت مفوضية اللاجئين أن عائلات عادت من مخيم روج إلى العراق في حزيران.", "unhcr roj"),
("في تموز، زار وفد من جامعة تشرين في اللاذقية مدينة القامشلي، وتحدث عن الوضع في إقليم برقة الليبي.", "qamishli"),
]
EN = [
("SDF forces searched tents in al-Hol camp in Hasakah province on 12 January.", "sdf hol hasakah"),
("Doctors Without Borders opened a clinic in Roj camp near al-Malikiyah.", "msf roj"),
("In October, the Syrian Democratic Forces moved hundreds of detainees out of Ghuwayran prison.", "sdf ghuwayran"),
("ISIS cells attacked a checkpoint in Raqqa on the banks of the Euphrates.", "isis raqqa euphrates"),
("An ICRC convoy reached Qamishli in February.", "icrc qamishli"),
("The Tishreen Dam on the Euphrates was damaged by heavy shelling in December.", "tishrin_dam euphrates"),
("In Deir ez-Zor, the SDF arrested three Islamic State members in August.", "deirezzor sdf isis"),
("UNHCR distributed blankets to 300 families at al-Hawl.", "unhcr hol"),
("MSF said hospitals in Hasakah and Raqqa urgently need support.", "msf hasakah raqqa"),
("The International Committee of the Red Cross said the Euphrates fell to a record low near Deir al-Zour.", "icrc euphrates deirezzor"),
("UN refugee agency staff said families returned from Roj camp to Iraq in June.", "unhcr roj"),
("Daesh prisoners escaped from al-Sina'a prison in Hasakah in 2022.", "isis ghuwayran hasakah"),
("In July, students from Tishreen University in Latakia visited Qamishli.", "qamishli"),
("Drone strikes near Tishrin Dam cut power to Kobani.", "tishrin_dam"),
]
Q = """hasakah: الحسكة | حسكه | Hasakah | al-Hassakeh
qamishli: القامشلي | قامشلي | Qamishli | Qamishlo
raqqa: الرقة | رقه | Raqqa | Rakka
deirezzor: دير الزور | ديرالزور | Deir ez-Zor | Deir al-Zour
hol: مخيم الهول | الهول | al-Hol | Hawl
roj: مخيم روج | روج | Roj | Rodj
ghuwayran: سجن غويران | سجن الصناعة | Ghuwayran | Sina'a prison
sdf: قسد | قوات سوريا الديمقراطية | SDF | Syrian Democratic Forces
isis: داعش | تنظيم الدولة | ISIS | Daesh
msf: أطباء بلا حدود | اطباء بلا حدود | MSF | Doctors Without Borders
unhcr: مفوضية اللاجئين | المفوضية السامية لشؤون اللاجئين | UNHCR | UN refugee agency
icrc: اللجنة الدولية للصليب الأحمر | الصليب الاحمر | ICRC | International Committee of the Red Cross
tishrin_dam: سد تشرين | سدّ تشرين | Tishrin Dam | Tishreen Dam
euphrates: الفرات | نهر الفرات | Euphrates | Firat"""
rows = [(f's9-ar{i:02d}', t, k) for i, (t, k) in enumerate(AR, 1)] + [(f's9-en{i:02d}', t, k) for i, (t, k) in enumerate(EN, 1)]
with open(OUT + '/articles.jsonl', 'w') as f:
    for i, t, k in rows:
        f.write(json.dumps({'id': i, 'title': ' '.join(t.split()[:5]), 'body': t}, ensure_ascii=False) + '\n')
with open(OUT + '/mentions.tsv', 'w') as f:
    f.write('# id\tspace-separated entity keys, judged by reading (month names, Tishreen University, هول "dread", برقة Cyrenaica are NOT mentions)\n')
    for i, t, k in rows: f.write(f'{i}\t{k}\n')
with open(OUT + '/queries.tsv', 'w') as f:
    f.write('# query\tkey  (expects every article whose mentions include key, either script)\n')
    for ln in Q.splitlines():
        k, qs = ln.split(':', 1)
        for q in qs.split('|'): f.write(f'{q.strip()}\t{k.strip()}\n')
print(len(rows))
