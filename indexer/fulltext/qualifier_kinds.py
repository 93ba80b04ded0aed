"""Words that name a place's kind only beside a name of that kind: written by
archive.extract.name_kind_words.write_kind_words() from archive/data/name_kind_words.txt;
do not edit (tests/test_names37_kinds.py compares)."""

KIND_WORDS = {
    'camp': ('campo',),
}
