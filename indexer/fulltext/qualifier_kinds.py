"""Words that name a place's kind only beside a name of that kind, and the endings a qualifier's
word takes: written by archive.extract.name_kind_words.write_kind_words() from
archive/data/name_kind_words.txt and name_qualifier_endings.txt; do not edit
(tests/test_names37_kinds.py compares)."""

KIND_WORDS = {
    'camp': ('campo',),
}

# (ending, the word's end it replaces or ''): 'prisons' is 'prison', 'cities' 'city'
ENDINGS = (
    ('s', ''),
    ('es', ''),
    ('ies', 'y'),
    ('lar', ''),
    ('ler', ''),
    ('ları', ''),
    ('leri', ''),
    ('ların', ''),
    ('lerin', ''),
    ('larda', ''),
    ('lerde', ''),
    ('larında', ''),
    ('lerinde', ''),
    ('lardaki', ''),
    ('lerdeki', ''),
)

# a Turkish word ending in the possessive: the case forms a report writes ('bölgesinden')
TURKISH_CASES = {
    'kampı': ('kampında', 'kampından', 'kampına', 'kampındaki',),
    'kırsalı': ('kırsalında', 'kırsalından', 'kırsalına', 'kırsalındaki',),
    'barajı': ('barajında', 'barajından', 'barajına', 'barajındaki',),
    'sahası': ('sahasında', 'sahasından', 'sahasına', 'sahasındaki',),
    'bölgesi': ('bölgesinde', 'bölgesinden', 'bölgesine', 'bölgesindeki',),
    'şehri': ('şehrinde', 'şehrinden', 'şehrine', 'şehrindeki',),
    'kenti': ('kentinde', 'kentinden', 'kentine', 'kentindeki',),
    'ilçesi': ('ilçesinde', 'ilçesinden', 'ilçesine', 'ilçesindeki',),
    'köyü': ('köyünde', 'köyünden', 'köyüne', 'köyündeki',),
    'kasabası': ('kasabasında', 'kasabasından', 'kasabasına', 'kasabasındaki',),
    'mahallesi': ('mahallesinde', 'mahallesinden', 'mahallesine', 'mahallesindeki',),
    'nehri': ('nehrinde', 'nehrinden', 'nehrine', 'nehrindeki',),
    'cezaevi': ('cezaevinde', 'cezaevinden', 'cezaevine', 'cezaevindeki',),
    'hapishanesi': ('hapishanesinde', 'hapishanesinden', 'hapishanesine', 'hapishanesindeki',),
    'havalimanı': ('havalimanında', 'havalimanından', 'havalimanına', 'havalimanındaki',),
    'havaalanı': ('havaalanında', 'havaalanından', 'havaalanına', 'havaalanındaki',),
    'vilayeti': ('vilayetinde', 'vilayetinden', 'vilayetine', 'vilayetindeki',),
    'aşireti': ('aşiretinde', 'aşiretinden', 'aşiretine', 'aşiretindeki',),
    'kabilesi': ('kabilesinde', 'kabilesinden', 'kabilesine', 'kabilesindeki',),
    'kapısı': ('kapısında', 'kapısından', 'kapısına', 'kapısındaki',),
    'ili': ('ilinde', 'ilinden', 'iline', 'ilindeki',),
    'alanı': ('alanında', 'alanından', 'alanına', 'alanındaki',),
}
