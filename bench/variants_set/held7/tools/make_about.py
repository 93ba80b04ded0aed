#!/usr/bin/env python3
"""Writes /root/sealed/held7/ABOUT.md: hand-written prose + tables generated from the annotations."""
import json, os, sys, datetime
from collections import Counter, defaultdict
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build_scripts as BS

ROOT = "/root/sealed/held7"
ann = json.load(open(os.path.join(ROOT, "tools", "variants_annotations.json"), encoding="utf-8"))

NAMES = {
 "hasakah": "al-Hasakah (city and governorate, one entity)", "qamishli": "Qamishli", "raqqa": "Raqqa (city and governorate)",
 "dez": "Deir ez-Zor (city and governorate)", "hajin": "Hajin (town, Deir ez-Zor)", "baghouz": "al-Baghuz",
 "mayadin": "al-Mayadin", "abukamal": "Abu Kamal / al-Bukamal", "busayrah": "al-Busayrah", "shaddadi": "al-Shaddadi",
 "taltamr": "Tal Tamr", "rasalain": "Ras al-Ain / Serêkaniyê", "talabyad": "Tal Abyad / Girê Spî",
 "kobani": "Kobani / Ayn al-Arab", "manbij": "Manbij", "tabqa": "al-Tabqa / Madinat al-Thawra", "amuda": "Amuda",
 "malikiyah": "al-Malikiyah / Dêrik", "ainissa": "Ain Issa", "derbasiyah": "al-Darbasiyah",
 "yarubiyah": "al-Yarubiyah / Til Koçer (town and crossing)", "semalka": "Semalka crossing (Syrian side)",
 "fayshkhabur": "Faysh Khabur / Fishkhabour crossing (Iraqi side)", "khabur": "Khabur river (Syria)",
 "euphrates": "Euphrates river", "tigris": "Tigris river", "balikh": "Balikh river", "jaghjagh": "Jaghjagh river",
 "tishrin": "Tishrin Dam", "hol": "al-Hol camp (and town)", "roj": "Roj camp",
 "ghuwayran": "Ghuwayran (Hasakah district) and its prison, a.k.a. al-Sina'a prison, Panorama prison",
 "arisha": "al-Arisha / Areesha camp", "mahmoudli": "Mahmoudli camp", "washokani": "Washokani camp",
 "newroz": "Newroz camp (Dêrik)", "omar": "al-Omar oil field", "conoco": "Conoco gas field/plant",
 "tanak": "al-Tanak oil field", "jafra": "al-Jafra oil field", "rmelan": "Rmelan / Rumeilan oil fields and town",
 "shammar": "Shammar tribe", "tayy": "Tayy tribe", "baggara": "Baggara tribe (Syrian)", "akidat": "Akidat tribe",
 "shaitat": "Shaitat tribe", "dhiban": "Dhiban (Deir ez-Zor village)", "shuhayl": "al-Shuhayl (Deir ez-Zor town)",
 "susah": "al-Susah (village near Baghuz)", "sabkha": "al-Sabkha (Raqqa district)", "jazira": "Jazira region of NE Syria",
 "sdf": "Syrian Democratic Forces", "ypg": "YPG People's Protection Units", "asayish": "Asayish (NE Syria internal security)",
 "aanes": "Autonomous Administration of North and East Syria (AANES/DAANES)", "isis": "Islamic State / ISIS / Daesh",
 "sna": "Syrian National Army (Turkish-backed)", "pkk": "PKK", "unhcr": "UNHCR", "unicef": "UNICEF", "wfp": "WFP",
 "who": "WHO", "icrc": "ICRC", "msf": "MSF / Médecins Sans Frontières", "krc": "Kurdish Red Crescent (Heyva Sor a Kurd)",
 "nrc": "Norwegian Refugee Council", "irc": "International Rescue Committee", "amnesty": "Amnesty International",
 "coalition": "US-led coalition / CJTF-OIR / Operation Inherent Resolve",
}

arts = ann["articles"]
qs = ann["queries"]
forms = defaultdict(set); count = Counter()
for a in arts:
    for m in a["mentions"]:
        forms[m["key"]].add(m["surface"])
    for k in {m["key"] for m in a["mentions"]}:
        count[k] += 1
qforms = defaultdict(list)
for q in qs:
    if q["kind"] in ("plain", "joined", "english word", "abbreviation"):
        qforms[q["key"]].append(q["query"])
kinds = Counter(q["kind"] for q in qs)
ndis = sum(a["distractor"] for a in arts)

prose = open(os.path.join(ROOT, "tools", "about_prose.md"), encoding="utf-8").read()
t = []
t.append(f"- variants: {len(arts)} articles ({len(arts)-ndis} naming 1–4 entities, {ndis} distractors), "
         f"{len(qs)} queries: " + ", ".join(f"{k} {v}" for k, v in kinds.items()) + f"; {len(count)} entities.")
sar = sum(1 for a in BS.ARTICLES if a[0].startswith("s7-ar"))
nar = sum(1 for q, _ in BS.QUERIES if any("\u0600" <= c <= "\u06ff" for c in q))
t.append(f"- scripts: {len(BS.ARTICLES)} articles ({sar} Arabic, {len(BS.ARTICLES)-sar} English), {len(BS.QUERIES)} queries "
         f"({nar} Arabic script), "
         f"{len({k for _,k in BS.QUERIES})} keys.")
counts = "\n".join(t)
tab = ["| key | entity | articles | spellings in articles | query spellings (plain/joined/english/abbrev) |", "|---|---|---|---|---|"]
for k in sorted(count, key=lambda k: (-count[k], k)):
    tab.append(f"| {k} | {NAMES.get(k,k)} | {count[k]} | {', '.join(sorted(forms[k]))} | {', '.join(qforms[k])} |")
dis = "\n".join(f"- {a['id']}: {a['body']}" for a in arts if a["distractor"])
out = prose.replace("{{COUNTS}}", counts).replace("{{ENTITY_TABLE}}", "\n".join(tab)).replace("{{DISTRACTORS}}", dis)
open(os.path.join(ROOT, "ABOUT.md"), "w", encoding="utf-8").write(out)
print("ABOUT.md written")
