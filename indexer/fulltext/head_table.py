"""The head words of a body's name named after a place, in the press's languages: written by
archive.extract.gazetteer_tables.write_head_table() from archive/data/name_heads.txt;
do not edit (tests/test_names35_heads.py compares)."""

HEADS = {
    'Military Council': (
        'Conseil militaire de {place}',
        'Militärrat von {place}',
        '{place} Askeri Konseyi',
        '{place} Askeri Meclisi',
        'Consejo Militar de {place}',
        'Consiglio militare di {place}',
        'Militaire Raad van {place}',
        'Meclisa Leşkerî ya {place}',
        'Conselho Militar de {place}',
    ),
    'Civil Council': (
        'Conseil civil de {place}',
        'Zivilrat von {place}',
        '{place} Sivil Meclisi',
        'Consejo Civil de {place}',
        'Consiglio civile di {place}',
        'Burgerraad van {place}',
        'Meclisa Sivîl a {place}',
        'Conselho Civil de {place}',
    ),
}
