"""The gazetteer's acronyms that are the initials of a name of their body in another language
than English (PAM: Programme alimentaire mondial), each with that name: alone in an English report
they are another thing's (indexer/fulltext/bodies_abroad.py). Written by
archive.extract.acronym_languages.write_foreign_acronyms() from archive/data/gazetteer.txt; do not
edit. tests/test_foreign_acronyms.py fails when it no longer matches the gazetteer: write it again
and raise ANALYSIS_VERSION (indexer/fulltext/analysis_version.py)."""

FOREIGN = {
    'ANS': 'Armée nationale syrienne',
    'BCAH': 'Bureau de la coordination des affaires humanitaires',
    'CICR': 'Comité international de la Croix-Rouge',
    'DKS': 'Demokratische Kräfte Syriens',
    'DSG': 'Demokratik Suriye Güçleri',
    'EI': 'État islamique',
    'EIIL': 'État islamique en Irak et au Levant',
    'FDS': 'Forces démocratiques syriennes',
    'HCR': 'Haut-Commissariat aux réfugiés',
    'HSD': 'Hêzên Sûriya Demokratîk',
    'IKRK': 'Internationales Komitee vom Roten Kreuz',
    'MSD': 'Meclisa Sûriya Demokratîk',
    'OMS': 'Organisation mondiale de la santé',
    'PAM': 'Programme alimentaire mondial',
    'PMA': 'Programa Mundial de Alimentos',
    'SDG': 'Suriye Demokratik Güçleri',
    'SMO': 'Suriye Milli Ordusu',
}
