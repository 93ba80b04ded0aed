"""The words of place and organisation names that the search index keeps as names, unstemmed,
where its stemmed terms would take them for English words (Hims: him, Hit: hit, WHO: who, US:
us): CASED, each as the index keeps it; WORDS, those that are English words themselves, kept as
names only with the name's case (indexer/fulltext/analysis.py, NameCaseFilter). Written by
archive.extract.gazetteer.write_cased_names() from archive/data/gazetteer.txt; do not edit.
tests/test_cased_names.py fails when it no longer matches the gazetteer: write it again and raise
ANALYSIS_VERSION (indexer/fulltext/analysis.py), as the terms change."""

CASED = {
    "aanes": "AANES",
    "amnesty": "Amnesty",
    "ans": "ANS",
    "bulbul": "Bulbul",
    "dais": "DAİŞ",
    "dour": "Dour",
    "france": "France",
    "harem": "Harem",
    "hims": "Hims",
    "hit": "Hit",
    "icc": "ICC",
    "is": "IS",
    "karma": "Karma",
    "karmah": "Karmah",
    "mare": "Mare",
    "monitor": "Monitor",
    "reach": "REACH",
    "reprieve": "Reprieve",
    "sabkha": "Sabkha",
    "sabkhah": "Sabkhah",
    "sour": "Sour",
    "tip": "TIP",
    "us": "US",
    "ward": "Ward",
    "who": "WHO",
}

WORDS = frozenset({
    "amnesty",
    "bulbul",
    "dour",
    "harem",
    "hit",
    "is",
    "karma",
    "mare",
    "monitor",
    "reach",
    "reprieve",
    "sabkha",
    "sour",
    "tip",
    "us",
    "ward",
    "who",
})
