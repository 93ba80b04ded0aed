"""The Arabic words the search index keeps whole (unstemmed): written by
archive.extract.gazetteer.write_whole_arabic_names() from archive/data/gazetteer.txt; do not edit.
tests/test_arabic_analysis.py fails when it no longer matches the gazetteer: write it again and
raise ANALYSIS_VERSION (indexer/fulltext/analysis.py), as the terms change."""

WHOLE = frozenset({
    "امريكا",
    "بصره",
    "بصري",
    "حرستا",
    "حماه",
    "ديريك",
    "سليمانيه",
    "سيده",
    "غازي",
    "فرنسا",
    "نصيبين",
})
