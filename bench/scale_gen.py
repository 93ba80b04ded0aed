"""The article generator of ``bench/scale.py``: N varied news articles from the real corpora.

Each generated article is written from several source articles of one category (BBC's five
desks, TIME 1963, English/Portuguese/Russian web pages of the extraction benchmark, and three
collections of scientific abstracts as a "science desk"): an even share of sentences from each of
three to six sources, kept in their paragraphs, shuffled, some swapped within and across
paragraphs, numbers changed, one word in 25 replaced by a word of the category, and the title
taken from one source and varied. Two articles built on the same source share a few of its
sentences at most, so exact and near-duplicate detection keep them apart (none of 100,000 is
linked), while the vocabulary and word frequencies are the corpora's own. Metadata is generated: one of 30 outlets (Zipf-like shares), a date in
2018–2024 (uniform, plus bursts after events), an author for most, a few tags, and for some
articles a sentence or two naming the region's places and groups (in their several spellings),
with figures and sources, as the archive's reports do.

Nothing generated here is stored in the repository: the JSON Lines go to a work folder under
/tmp. Generation is deterministic (``seed``; file ``k`` depends only on the seed and ``k``) and
streams: one file of articles is built at a time; the corpora and their words (~150 MB a
process) are the only thing held.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import random
import re
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "corpora"
GENERATOR_VERSION = 5  # bump when the output for a given seed changes: cached work folders are rebuilt

# -- metadata tables (written for this benchmark) ------------------------------------------------------
# (name, domain); the first are the region's outlets, as in archive/data/outlets.txt, then wires and others.
OUTLETS = [
    ("Rudaw", "rudaw.net"), ("Kurdistan24", "kurdistan24.net"), ("North Press Agency", "npasyria.com"),
    ("Hawar News Agency", "hawarnews.com"), ("Enab Baladi", "enabbaladi.net"), ("Syria Direct", "syriadirect.org"),
    ("Syrian Observatory for Human Rights", "syriahr.com"), ("Asharq Al-Awsat", "aawsat.com"),
    ("The National", "thenationalnews.com"), ("Al-Monitor", "al-monitor.com"), ("Reuters", "reuters.com"),
    ("Associated Press", "apnews.com"), ("Agence France-Presse", "afp.com"), ("BBC News", "bbc.co.uk"),
    ("Al Jazeera", "aljazeera.com"), ("The Guardian", "theguardian.com"), ("The New York Times", "nytimes.com"),
    ("The Washington Post", "washingtonpost.com"), ("The Telegraph", "telegraph.co.uk"),
    ("Middle East Eye", "middleeasteye.net"), ("The New Arab", "newarab.com"), ("Arab News", "arabnews.com"),
    ("Voice of America", "voanews.com"), ("Human Rights Watch", "hrw.org"), ("Amnesty International", "amnesty.org"),
    ("Rojava Information Center", "rojavainformationcenter.org"), ("France 24", "france24.com"),
    ("Deutsche Welle", "dw.com"), ("Financial Times", "ft.com"), ("Syrians for Truth and Justice", "stj-sy.org"),
]
# Zipf-like shares, shuffled once so the wires are not always on top.
_OUTLET_ORDER = list(range(len(OUTLETS)))
random.Random("outlet-order").shuffle(_OUTLET_ORDER)
OUTLET_WEIGHTS = [0.0] * len(OUTLETS)
for _rank, _index in enumerate(_OUTLET_ORDER, start=1):
    OUTLET_WEIGHTS[_index] = 1.0 / _rank ** 0.8

FIRST_NAMES = ["Sara", "Ahmed", "Lina", "Omar", "Hana", "Karim", "Nour", "Jwan", "Dilan", "Rami", "Maya", "Tom",
               "Anna", "David", "Leila", "Hassan", "Fatima", "Joseph", "Elif", "Mustafa", "Claire", "Samir",
               "Ruth", "Aram", "Zana", "Helen", "Bashir", "Nadia", "Peter", "Rojda"]
LAST_NAMES = ["Hassan", "Khalil", "Ahmad", "Smith", "Mohammed", "Ibrahim", "Yusuf", "Brown", "Osman", "Kaya",
              "Haddad", "Saleh", "Jones", "Mustafa", "Rashid", "Walker", "Aziz", "Demir", "Nasser", "Taylor",
              "Ali", "Hussein", "Mahmoud", "Wilson", "Qasim", "Barzani", "Evans", "Kurdi", "Farouk", "Murray"]

START, END = dt.date(2018, 1, 1), dt.date(2024, 12, 31)
# (day, tag, days of decay, share of the event-driven articles, places and groups of the region named then
# (empty: not a regional story))
EVENTS = [
    (dt.date(2018, 1, 20), "afrin-2018", 25, 1.0, ["Afrin", "Aleppo"]),
    (dt.date(2019, 3, 23), "baghouz-2019", 20, 1.5, ["Baghouz", "Deir ez-Zor", "al-Hol"]),
    (dt.date(2019, 10, 9), "peace-spring-2019", 30, 1.5, ["Ras al-Ain", "Tal Abyad", "Kobani"]),
    (dt.date(2020, 3, 11), "covid-19", 60, 2.0, []),
    (dt.date(2020, 11, 3), "us-election-2020", 10, 0.7, []),
    (dt.date(2022, 1, 20), "ghuwayran-2022", 15, 1.5, ["Ghuwayran", "Hasakah"]),
    (dt.date(2022, 2, 24), "ukraine-war", 40, 1.5, []),
    (dt.date(2023, 2, 6), "earthquake-2023", 20, 1.5, ["Aleppo", "Idlib", "Afrin"]),
    (dt.date(2024, 12, 8), "assad-fall-2024", 12, 1.5, ["Aleppo", "Raqqa", "Manbij", "Deir ez-Zor"]),
]
WORD_SWAPS = 0.04  # share of words replaced by another word of the category
EVENT_SHARE = 0.3  # of articles dated in a burst after an event
REGION_SHARE = 0.1  # of other news-desk articles that mention the region
NEWS_DESKS = {"politics", "world", "web-en", "business"}  # the categories whose articles may name the region
TOPICS = {
    "business": ["markets", "trade", "energy", "banking", "jobs", "oil", "inflation", "companies"],
    "entertainment": ["film", "music", "television", "awards", "books", "theatre", "culture"],
    "politics": ["elections", "parliament", "government", "diplomacy", "security", "policy"],
    "sport": ["football", "athletics", "tennis", "rugby", "cricket", "olympics"],
    "tech": ["technology", "internet", "mobile", "games", "security", "science"],
    "world": ["diplomacy", "conflict", "history", "cold war", "government"],
    "web": ["features", "analysis", "opinion", "economy", "technology", "society"],
    "science": ["research", "health", "engineering", "libraries", "medicine", "science"],
}
REGION_TAGS = ["Syria", "north-east Syria", "detention", "displacement", "humanitarian", "ISIS", "Kurds", "camps"]
SOURCES = ["the Syrian Observatory for Human Rights", "local officials", "the United Nations", "Human Rights Watch",
           "a spokesman for the SDF", "residents", "medical sources", "the Autonomous Administration",
           "activists", "the Kurdish Red Crescent"]
# Sentences naming the region, written for this benchmark; {place}, {group}, {camp}, {source}, {n}, {day}.
REGION_SENTENCES = [
    "Fighting near {place} forced more than {n:,} people from their homes, according to {source}.",
    "The {group} said on {day} that {n} detainees had been moved from {place}.",
    "Officials in {place} told reporters that {group} fighters were still active in the area.",
    "Aid agencies warned that conditions in {camp} had worsened, with at least {n:,} children living there.",
    "A spokesman for the {group} denied reports of clashes in {place}.",
    "{Source} reported {n} deaths in clashes around {place} on {day}.",
    "Families in {camp} said they had waited months for news of relatives held by the {group}.",
    "The road between {place} and {place2} was closed for {n} days, {source} said.",
    "About {n:,} people crossed into {place} last week, {source} said, many of them women and children.",
    "Analysts said the {group} had gained ground around {place} since {day}.",
]
CAMPS = ["al-Hol", "Roj camp", "al-Hol camp", "Ghuwayran"]
PLACES = ["Hasakah", "Deir ez-Zor", "Raqqa", "Qamishli", "Baghouz", "Kobani", "Manbij", "Tal Abyad", "Ras al-Ain",
          "Afrin", "Hajin", "Idlib", "Aleppo", "Tabqa", "Shaddadi", "Derik", "Amuda", "Mosul", "Sinjar", "Erbil"]
GROUPS = ["Syrian Democratic Forces", "SDF", "Islamic State", "ISIS", "YPG", "Asayish", "Syrian National Army",
          "Hay'at Tahrir al-Sham", "Autonomous Administration", "Kurdistan Workers' Party"]
# Some of the ways these names are written in English reporting (kept here, not read from the project's
# gazetteer, so that the generated collection does not change when the gazetteer does).
SPELLINGS = {
    "al-Hol": ["al-Hawl", "al-Houl", "Hol"], "al-Hol camp": ["al-Hawl camp", "Hol camp"], "Roj camp": ["Camp Roj"],
    "Ghuwayran": ["Ghwayran", "Guweiran", "Ghweiran", "Sina'a prison"],
    "Hasakah": ["Hasaka", "al-Hasakah", "Hassakeh", "Hasakeh"],
    "Deir ez-Zor": ["Deir el-Zour", "Dayr al-Zawr", "Deir ez-Zour", "Deir al-Zor"],
    "Raqqa": ["Rakka", "al-Raqqah", "Raqa"], "Qamishli": ["Qamishlo", "Kamishli"], "Baghouz": ["al-Baghuz", "Baghuz"],
    "Kobani": ["Kobane", "Ain al-Arab"], "Manbij": ["Menbij"], "Tal Abyad": ["Tell Abyad", "Tel Abyad"],
    "Ras al-Ain": ["Ras al-Ayn", "Serekaniye"], "Afrin": ["Efrin"], "Hajin": ["Hajeen"], "Idlib": ["Idleb"],
    "Shaddadi": ["al-Shaddadi", "Shadadi"], "Derik": ["al-Malikiyah"], "Amuda": ["Amude"], "Sinjar": ["Shingal"],
    "Erbil": ["Arbil", "Hawler"], "Tabqa": ["al-Tabqa"],
    "Syrian Democratic Forces": ["SDF"], "Islamic State": ["ISIS", "ISIL", "Daesh"], "YPG": ["People's Protection Units"],
    "Asayish": ["Asayesh", "Asaish"], "Hay'at Tahrir al-Sham": ["HTS", "Hayat Tahrir al-Sham"],
    "Kurdistan Workers' Party": ["PKK"], "Autonomous Administration": ["AANES", "Autonomous Administration of North and East Syria"],
}
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# Category weights: the BBC desks carry most of the collection, as a general news archive's would.
WEIGHTS = {"business": 0.15, "entertainment": 0.11, "politics": 0.16, "sport": 0.13, "tech": 0.11,
           "world": 0.14, "web-en": 0.12, "web-pt": 0.006, "web-ru": 0.004,
           "science-information": 0.02, "science-aeronautics": 0.02, "science-medicine": 0.02}

_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[\"“‘(]?[A-ZÀ-ÖØ-ÞА-Я])")
_NUMBER = re.compile(r"\d+")
_SPACED_PUNCT = re.compile(r"\s+([.,;:!?)'])")


# -- corpora ------------------------------------------------------------------------------------------
def _sentences(paragraph: str) -> list:
    return [s for s in (x.strip() for x in _SENTENCE_SPLIT.split(" ".join(paragraph.split()))) if s]


def _doc(title: str, paragraphs: list) -> tuple:
    paras = [p for p in (_sentences(p) for p in paragraphs) if p]
    return (" ".join(title.split()), paras)


def _sentence_case(text: str) -> str:
    """TIME 1963 and the abstracts are upper- or lower-case with spaced punctuation: tidy them."""
    text = _SPACED_PUNCT.sub(r"\1", " ".join(text.split())).replace("( ", "(")
    text = text.lower()
    text = re.sub(r"(^|[.!?]\s+)([a-z])", lambda m: m.group(1) + m.group(2).upper(), text)
    return re.sub(r"\bi\b", "I", text)


def _title_from(sentences: list) -> str:
    """A title for a text without one: the start of its first sentence of five words or more."""
    sentence = next((s for s in sentences if len(s.split()) >= 5), sentences[0])
    return " ".join(sentence.rstrip(".!?").split()[:9])


def _chunk_sentences(sentences: list, rng: random.Random) -> list:
    """Paragraphs of one to four sentences, for texts that come without paragraphs."""
    paras, i = [], 0
    while i < len(sentences):
        k = rng.randint(1, 4)
        paras.append(sentences[i:i + k])
        i += k
    return paras


def _bbc(categories: dict) -> None:
    with tarfile.open(CORPORA / "bbc-news" / "bbc-fulltext.tar.gz") as tar:
        for member in tar:
            parts = member.name.split("/")
            if not member.isfile() or len(parts) != 3 or not parts[2].endswith(".txt"):
                continue
            data = tar.extractfile(member).read()
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                text = data.decode("latin-1")
            title, _, body = text.strip().partition("\n")
            doc = _doc(title, re.split(r"\n\s*\n", body))
            if doc[1]:
                categories.setdefault(parts[1], []).append(doc)


def _time(categories: dict) -> None:
    rng = random.Random("time-paragraphs")
    with gzip.open(CORPORA / "time-magazine-1963" / "derived" / "docs.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            sentences = _sentences(_sentence_case(json.loads(line)["text"]))
            if len(sentences) >= 3:
                categories.setdefault("world", []).append((_title_from(sentences), _chunk_sentences(sentences[1:], rng)))


def _web(categories: dict) -> None:
    import py3langid

    path = CORPORA / "html-news-pages" / "scrapinghub-article-extraction-benchmark.tar.gz"
    with tarfile.open(path) as tar:
        member = tar.getmember("article-extraction-benchmark/ground-truth.json")
        truth = json.load(tar.extractfile(member))
    for key in sorted(truth):
        body = truth[key].get("articleBody") or ""
        paragraphs = [p for p in re.split(r"\n+", body) if p.strip()]
        if len(paragraphs) < 2:
            continue
        language = py3langid.classify(body)[0]
        doc = _doc("", paragraphs)
        if len(doc[1]) >= 2:
            title = _title_from(doc[1][0])
            categories.setdefault(f"web-{language}", []).append((title, doc[1]))


def _smart_docs(tarball: str, member: str) -> list:
    with tarfile.open(CORPORA / "ir-classic" / tarball) as tar:
        text = tar.extractfile(member).read().decode("latin-1")
    docs = []
    for chunk in re.split(r"^\.I\s+", text, flags=re.M)[1:]:
        fields, current = {}, None
        for line in chunk.splitlines()[1:]:
            marker = re.match(r"^\.([A-Z])\s*$", line)
            if marker:
                current = marker.group(1)
                fields.setdefault(current, [])
            elif current:
                fields[current].append(line)
        docs.append({k: " ".join(v) for k, v in fields.items()})
    return docs


def _science(categories: dict) -> None:
    rng = random.Random("science-paragraphs")
    for name, tarball, member in (("information", "cisi.tar.gz", "cisi/CISI.ALL"),
                                  ("aeronautics", "cranfield.tar.gz", "cranfield/cran.all.1400"),
                                  ("medicine", "med.tar.gz", "med/MED.ALL")):
        for fields in _smart_docs(tarball, member):
            title = _sentence_case(fields.get("T", "")).rstrip(" .")
            body = fields.get("W", "")
            if name != "information":
                body = _sentence_case(body)
            sentences = _sentences(body)
            if title and sentences and sentences[0].rstrip(" .").lower() == title.lower():
                sentences = sentences[1:]  # Cranfield repeats the title
            if len(sentences) < 2:
                continue
            categories.setdefault(f"science-{name}", []).append(
                (title or _title_from(sentences), _chunk_sentences(sentences, rng)))


def load_corpora() -> dict:
    """``{category: [(title, [[sentence, ...], ...]), ...]}`` from ../shared/corpora, each text once
    (BBC has 98 byte-identical pairs)."""
    categories: dict = {}
    _bbc(categories)
    _time(categories)
    _web(categories)
    _science(categories)
    for name, docs in categories.items():
        seen, unique = set(), []
        for doc in docs:
            key = json.dumps(doc[1])
            if key not in seen:
                seen.add(key)
                unique.append(doc)
        categories[name] = unique
    return {name: categories[name] for name in WEIGHTS if len(categories.get(name, [])) >= 4}


def corpora_available() -> bool:
    return (CORPORA / "bbc-news" / "bbc-fulltext.tar.gz").exists()


# -- generation ---------------------------------------------------------------------------------------
class Generator:
    def __init__(self, seed: int = 1):
        self.seed = seed
        self.corpora = load_corpora()
        self.categories = list(self.corpora)
        self.vocabulary = {  # every lower-case word of each category's text, as often as it occurs
            name: [sys.intern(w) for _, paras in docs for paragraph in paras for sentence in paragraph
                   for w in sentence.split(" ") if w.isalpha() and w.islower()]
            for name, docs in self.corpora.items()
        }
        weights = [WEIGHTS[c] for c in self.categories]
        self.cum_weights = [sum(weights[:i + 1]) for i in range(len(weights))]
        rng = random.Random(f"{seed}:authors")
        names = [f"{f} {l}" for f in FIRST_NAMES for l in LAST_NAMES]
        rng.shuffle(names)
        self.staff = [names[i * 6:(i + 1) * 6] for i in range(len(OUTLETS))]  # six writers an outlet
        self.outlet_cum = [sum(OUTLET_WEIGHTS[:i + 1]) for i in range(len(OUTLETS))]
        self.event_cum = [sum(e[3] for e in EVENTS[:i + 1]) for i in range(len(EVENTS))]
        self.days = (END - START).days + 1

    # metadata
    def _date(self, rng):
        if rng.random() < EVENT_SHARE:
            event = EVENTS[rng.choices(range(len(EVENTS)), cum_weights=self.event_cum)[0]]
            day = event[0] + dt.timedelta(days=int(rng.expovariate(1 / event[2])))
            if day <= END:
                return day, event
        while True:
            day = START + dt.timedelta(days=rng.randrange(self.days))
            if day.weekday() < 5 or rng.random() < 0.5:  # fewer stories at weekends
                return day, None

    @staticmethod
    def _spelling(rng, name: str) -> str:
        variants = SPELLINGS.get(name)
        if not variants or rng.random() < 0.6:
            return name
        return rng.choice(variants)

    def _region_sentence(self, rng, places: list, day: dt.date) -> tuple:
        place = rng.choice(places) if places and rng.random() < 0.7 else rng.choice(PLACES)
        place2 = rng.choice(PLACES)
        source = rng.choice(SOURCES)
        values = {
            "place": self._spelling(rng, place), "place2": self._spelling(rng, place2),
            "group": self._spelling(rng, rng.choice(GROUPS)), "camp": self._spelling(rng, rng.choice(CAMPS)),
            "source": source, "Source": source[0].upper() + source[1:],
            "n": int(rng.lognormvariate(4, 1.6)) + 2,
            "day": rng.choice(DAYS) if rng.random() < 0.6 else (day - dt.timedelta(days=rng.randint(1, 9))).strftime("%B %-d"),
        }
        return rng.choice(REGION_SENTENCES).format(**values), place

    @staticmethod
    def _words(rng, sentence: str, vocabulary: list) -> str:
        """About one word in 25 replaced by a word of the category's text (drawn as often as it
        occurs there, so word frequencies stay the corpora's)."""
        words = sentence.split(" ")
        swaps = int(len(words) * WORD_SWAPS + rng.random())
        for _ in range(swaps):
            i = rng.randrange(1, len(words)) if len(words) > 1 else 0
            if words[i].isalpha() and words[i].islower():
                words[i] = vocabulary[rng.randrange(len(vocabulary))]
        return " ".join(words)

    @staticmethod
    def _numbers(rng, sentence: str) -> str:
        def change(match):
            digits = match.group(0)
            if rng.random() < 0.4:
                return digits
            if len(digits) == 4 and digits[:2] in ("19", "20"):  # a year: move it a little
                return str(int(digits) + rng.randint(-3, 3))
            low = 10 ** (len(digits) - 1) if len(digits) > 1 else 0
            return str(rng.randint(low, 10 ** len(digits) - 1))

        return _NUMBER.sub(change, sentence) if any(c.isdigit() for c in sentence) else sentence

    def _title(self, rng, sources: list, pool: list) -> str:
        """The first source's title, most often varied: half of another source's title after its
        first half, or a word from another title of the category."""
        words = sources[0][0].split()
        r = rng.random()
        if r < 0.45 and len(sources) > 1 and sources[1][0]:
            other = sources[1][0].split()
            words = words[:max(1, len(words) // 2)] + other[max(1, len(other) // 2):]
        elif r < 0.85 and len(words) > 1:
            donor = rng.choice(pool)[0].split()
            if donor:
                words[rng.randrange(1, len(words))] = rng.choice(donor)
        return self._numbers(rng, " ".join(words))

    def article(self, rng, number: int) -> dict:
        category = self.categories[rng.choices(range(len(self.categories)), cum_weights=self.cum_weights)[0]]
        pool = self.corpora[category]
        sources = rng.sample(pool, min(len(pool), rng.choice((3, 4, 4, 5, 6))))
        sizes = [sum(len(p) for p in paras) for _, paras in sources]
        wanted = max(10, min(60, int(sum(sizes) / len(sizes) * rng.uniform(0.7, 1.3))))  # sentences
        # An even share of sentences from each source, picked at random and kept in their paragraphs:
        # two articles that share a source share a few of its sentences, not the article.
        share = wanted // len(sources) + 1
        chosen = []
        for _, paras in sources:
            where = [(p, k) for p, paragraph in enumerate(paras) for k in range(len(paragraph))]
            picked = sorted(rng.sample(where, min(share, len(where))))
            groups: dict = {}
            for p, k in picked:
                groups.setdefault(p, []).append(paras[p][k])
            chosen.append(list(groups.values()))
        lede = chosen[0][0]  # the first source's
        rest = [paragraph for group in chosen for paragraph in group if paragraph is not lede]
        rng.shuffle(rest)
        paragraphs = [lede] + rest
        # Sentences swapped within a paragraph, and between paragraphs.
        for paragraph in paragraphs:
            if len(paragraph) > 1 and rng.random() < 0.3:
                a, b = rng.sample(range(len(paragraph)), 2)
                paragraph[a], paragraph[b] = paragraph[b], paragraph[a]
        if len(paragraphs) > 2:
            for _ in range(rng.randint(0, 2)):
                p, q = rng.sample(range(1, len(paragraphs)), 2)
                i, j = rng.randrange(len(paragraphs[p])), rng.randrange(len(paragraphs[q]))
                paragraphs[p][i], paragraphs[q][j] = paragraphs[q][j], paragraphs[p][i]
        vocabulary = self.vocabulary[category]
        paragraphs = [[self._words(rng, self._numbers(rng, s), vocabulary) for s in paragraph]
                      for paragraph in paragraphs]
        day, event = self._date(rng)
        tags = []
        if rng.random() < 0.85:
            tags.append(category.split("-")[-1] if category.startswith("science") else category.split("-")[0])
        topics = TOPICS[category.split("-")[0]]
        tags += rng.sample(topics, rng.randint(0, 2))
        regional = event is not None and bool(event[4])
        mentions = category in NEWS_DESKS and rng.random() < (0.6 if regional else REGION_SHARE)
        if mentions:
            for _ in range(rng.randint(1, 2)):
                sentence, place = self._region_sentence(rng, event[4] if regional else [], day)
                paragraph = paragraphs[rng.randrange(len(paragraphs))]
                paragraph.insert(rng.randint(0, len(paragraph)), sentence)
            tags += rng.sample(REGION_TAGS, rng.randint(1, 2)) + ([place] if rng.random() < 0.5 else [])
        if event and (mentions or not regional) and rng.random() < 0.7:
            tags.append(event[1])
        body = "\n\n".join(" ".join(paragraph) for paragraph in paragraphs)
        outlet_index = rng.choices(range(len(OUTLETS)), cum_weights=self.outlet_cum)[0]
        outlet, domain = OUTLETS[outlet_index]
        title = self._title(rng, sources, pool)
        slug = "-".join(re.findall(r"[a-z0-9]+", title.lower())[:8]) or "story"
        record = {
            "id": f"scale-{number:07d}",
            "url": f"https://www.{domain}/{day:%Y/%m/%d}/{slug}-{number}",
            "title": title,
            "outlet": outlet,
            "published": day.isoformat() if rng.random() < 0.7 else f"{day.isoformat()}T{rng.randrange(24):02d}:{rng.randrange(60):02d}:00Z",
            "tags": list(dict.fromkeys(tags)),
            "body": body,
        }
        if rng.random() < 0.7:
            record["author"] = rng.choice(self.staff[outlet_index])
        return record

    def write_file(self, path: Path, index: int, start: int, count: int) -> dict:
        """Articles ``start .. start+count-1`` into ``path`` (written whole, then renamed); their sizes."""
        rng = random.Random(f"{self.seed}:{GENERATOR_VERSION}:{index}")
        text_bytes = 0
        partial = path.with_suffix(".partial")
        with io.open(partial, "w", encoding="utf-8") as handle:
            for number in range(start, start + count):
                record = self.article(rng, number)
                text_bytes += len(record["title"].encode()) + len(record["body"].encode())
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        partial.rename(path)
        return {"file": path.name, "articles": count, "text_bytes": text_bytes, "bytes": path.stat().st_size}


_GENERATOR = None


def _worker_init(seed: int) -> None:
    global _GENERATOR
    _GENERATOR = Generator(seed)


def _worker_file(job: tuple) -> dict:
    path, index, start, count = job
    return _GENERATOR.write_file(Path(path), index, start, count)
