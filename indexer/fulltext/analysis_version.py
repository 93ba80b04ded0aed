"""The version of the full-text analysis an index was built with, kept in its schema
(``ArchiveAnalyzer.analysis_version``): an index built by an older one is reported by ``archive
check`` until ``archive reindex``. Raise it whenever the terms an article or a query gives change.

Its history:
1: before Arabic script was analysed (no stamp); 2: ArabicFilter; 3: place names kept whole
where the Arabic stemmer joins them to other words (arabic_term); 4: names that are or stem to
English words kept as names, unstemmed, case-aware (NameCaseFilter: "Hims", "Hit", "WHO", "US");
5: three more such names (Harem, Mare': "harem" and "mare" added to english_words.txt; AANES,
stemmed to the stop word "an"); 6: bulbul, dour, karma, reprieve, sabkha (English words
that are spellings of Bulbul, al-Dawr, Karmah, Reprieve, Sabkha); 7: the vocabulary's sound-alike
key reads nb as mb (sound_alikes.phonetic_key: Manbij, Mambij), so its stored keys change; 8: Ward
(al-Ward oil field) kept as a name only with its capital (indexer/cased_names.py); 9: an acronym
of three letters or more written with dots is the acronym (AcronymFilter: S.D.F. = SDF), and the articles er, es,
esh, et, en are articles (Er Raqqa = Raqqa: indexer/names.py ARABIC_ARTICLES); 10: a name the gazetteer
writes without its article after a bare ك is the name (كداعش: داعش; indexer/arabic_whole_names.py BARE);
11: a place name the gazetteer writes only with its article, written bare, is another word (هول "horror",
the given name فرات: indexed with ARTICLED_MARK; indexer/arabic_whole_names.py ARTICLED); 12: ANS (the SNA's
French acronym) kept as a name only in capitals (indexer/cased_names.py: "ans" stems to "an"); 13: French
"abou" is "abu" (indexer/names.py normalise_name: Abou Khashab = Abu Khashab); 14: an acronym of the gazetteer
that an article defines as something else or writes as a plural is indexed there with a mark ("The SNA, the
Somali National Army"; SDGs: indexer/fulltext/acronym_meanings.py, fields.analyse), and Turkish İ is I (AcronymFilter: IŞİD).
15: the Arabic spellings of the gazetteer kept whole gained اونروا, يونسكو, يونيسيف (gazetteer: UN agencies written bare / with a long vowel).
16: a gazetteer place its report puts in another country ("Derik, a district of Mardin province in Turkey")
is indexed there with the mark of another meaning (indexer/fulltext/placed_elsewhere.py; archive/data/place_countries.txt).
17-20: the tagger's rules shared with the index; Arabic place names read as common words by their
neighbours (arabic_senses.py); French l'/d' elided; "the coalition" alone as the US-led coalition
(bare_heads.py). 21: a place's name inside a person's name (indexer/fulltext/person_names.py) and a
one-country body's acronym in a report set in another country (bodies_abroad.py) are marked as other meanings.
22: a body is another country's only by "of" or a possessive, not by where it acts ("SNA fighters in Libya").
23: a place the report gives another country's place as its other name is that place's homonym ("Sour (Tyre)",
"Sour, the Lebanese port also called Tyre": placed_elsewhere._other_name).
24: English words that sound like a one-word name (archive/data/name_sounding_words.txt: "Derrick" for Derik,
"Howl" for Hawl) kept as names where capitalised (indexer/cased_names.py), as Hit and Sour are.
25: a province's countryside (Deir ez-Zor countryside, ريف دير الزور) is no spelling of the province
(archive/data/gazetteer.txt; the place table indexer/place_countries.py written again).
26: a gazetteer acronym written as a name ("Isis") that a report of another country's world calls a river
or places right after it ("the Isis at Oxford") is marked as another meaning (bodies_abroad.acronyms_as_names).
27: the broken plural الدواعش ("the Daeshis", and دواعش) a spelling of ISIS (archive/data/gazetteer.txt).
28: a body with a namesake of another country named by its demonym (the Asayish: "Iraqi Kurdish Asayish") is
that namesake where its report places it after it in that country ("the Asayish in Erbil": placed_elsewhere._namesakes).
29: a river's name that starts another name ("Euphrates Shield", "Fırat University", "Dicle Elektrik") or ends one
after "of" ("University of the Euphrates") is marked as another meaning (river_names.py, through placed_elsewhere;
the gazetteer's rivers in indexer/arabic_whole_names.py RIVERS).
30: Djézireh, the Jazira region's French name, a spelling of the region (archive/data/gazetteer.txt; the place
table indexer/place_countries.py written again).
31: a bare "Jazeera" is a spelling of the Jazira region ("=Jazeera", archive/data/gazetteer.txt): a mention of
it, while "Al Jazeera" / "Aljazeera" stay the channel (the longest spelling wins; alias_keys._split_by_article);
an acronym the stemmer shortens is kept whole ("DAANES" is no "dan", French "dans": indexer/cased_names.py);
a place's name written as a broadcaster's ("Al Mayadeen aired", "the channel Al Mayadeen") is marked as another
meaning (broadcaster_names.py, through placed_elsewhere).
32: a named site's generic noun stems apart from the verbs sharing its stem ("crossing", "crossings": crossing;
"crossed", "cross": cross; "camped" no longer camp: indexer/fulltext/site_nouns.py, archive/data/place_words.txt [sites]).
33: another language's acronym of a body (PAM, SDG, SMO, EI: indexer/foreign_acronyms.py) written alone in an English
report set abroad is marked as another meaning ("Morocco's PAM party": bodies_abroad.foreign_alone).
34: an acronym of the gazetteer written only right before another capitalised name, in a report of nothing of the
region, is marked as another meaning ("a restored DMC DeLorean", "KRC Genk": bodies_abroad.before_a_name).
35: a place's name as a family's surname ("the Derik family") is a person's (person_names._FAMILY); a title that
is the body's first words cut short no longer keeps a person's word a mention.
36: a word kept as a name where capitalised (indexer/cased_names.py) inside a person's name is the person's
("a worker named Derrick Hales": person_names._name_words). 37: a person's family name with its article ("Novelist Sara
al-Omar", "architect Yasmin Al Omar") is the person's, as "Chef Omar Haddad" was. 38: the surname of such a person
written alone after a role word ("Portuguese striker Sousa" over "Striker Tiago Sousa") is the person's.
39: the Kurmanji months in their oblique case ("Kanûna Paşînê", "Çiriya Pêşînê") are month phrases, no place
(archive/data/date_words.txt, written into indexer/arabic_whole_names.py).
40 (names23): placed_elsewhere compares its word lists folded as the text's words are ("opposite" is
"oposite": placing_words.py), reads "Sour, southern Lebanon," as an address and "Sudan's al-Jazira" as a
possessive, and stops at a past verb ("... sold soap in Lyon"); a run before ", a/an <role>" is a person's
even as a place's whole name or with a place noun ("Abu Kamal, a falafel seller", "Omar Field, a singer"),
and an acronym written as a name a first name ("Pam Whitley, a retired nurse"; person_names.py, roles of
archive/data/person_roles.txt); a two-letter acronym defined otherwise in brackets ("Emotional intelligence
(EI)": acronym_meanings._pairs, indexer/acronym_names.py PAIRS) is marked as another meaning; MSD and
Conseil démocratique syrien, Rojawa, Peshkhabur, Dair az-Zaur, Revolution dam spellings of the gazetteer.
41 (names24): placed_elsewhere places a name after a demonym (or a country's name) with place nouns and
"of" ("the Norwegian municipality of Hol", "the Mitanni capital of Washukanni") and in an address whose
region the gazetteer does not hold ("Hol in Buskerud, Norway"), reads "ancient" as a direction word
("capital of the ancient Mitanni kingdom"); the gazetteer's Rojava region apart from the compass region
(acronym NES), MFS of the Syriac Military Council, Mitanni, التوينة and روجافا (indexer/acronym_names.py,
arabic_whole_names.py, place_countries.py written again).
42 (scripts25): the gazetteer's Mount Abdulaziz (Jabal Abd al-Aziz, جبل عبد العزيز), Sadd Tishrin / Sadd
al-Furat, al-Yaroubiyeh, Rojavayê Kurdistanê and al-Jaysh al-Watani (the SNA's acronym words: indexer/acronym_names.py;
place_countries.py written again).
43 (names26): Persian and Kurdish (Sorani) letters as Arabic's (ک ی ێ ۆ ە ھ ڕ ڵ پ چ ژ گ ڤ), Sorani's ە
inside a word and its doubled letters dropped, a first ئ before a vowel as ا, Sorani's joined endings
(-دا, -ەوە, -وە, -ی, -یش) off a Sorani word (indexer/names.py); a bare name in Persian or Kurdish letters
is the name, not another word (arabic_terms._bare_articled_name); the gazetteer's Sorani, Persian and
Kurmanji spellings, the Anti-Terror Forces (HAT) and the Sutoro (all four tables written again).
44 (names27): a past verb right after a place ends its placing in another country (placed_elsewhere:
"traders in Girê Spî complained about fees at Akçakale"); the gazetteer's Sorani qualifier forms
(کەمپی هۆل, کەمپی ڕۆژ, دەروازەی سێمالکا) and Jbour (the tables written again: هول no longer kept whole,
its stem being itself).
45 (names28): a text in Persian or Kurdish (from its first word in their letters) reads a name the
gazetteer writes only with Arabic's article, written bare, as the name (به رقه, رود فرات:
arabic_terms.in_persian_text); the gazetteer's French, German and Turkish press spellings (Ayn al-Arap,
Deir es-Sor, Tabka, Tişrin barajı, Kaniya Xezalê, Bseira; the tables written again).
46 (names29): the gazetteer's Sorani Kobani (کۆبانی, kept whole), the region's and the administration's
names in French, German, Turkish, Kurdish, Spanish and Italian, and Syrische Nationalarmee (the tables
written again: arabic_whole_names, acronym_names, place_countries).
47 (round 29): date_words.txt's Sorani and Kurmanji month names (dates29) kept whole in Arabic script
(arabic_whole_names written again: کانونی دووەم, تشرینی یەکەم ...).
48 (names30): a Turkish suffix set off a name by an apostrophe is no part of it (Suriye'de, Yönetim'den,
Kobani'nin: analysis.AcronymFilter); in a Persian or Kurdish text, Sorani's plural ending and the plural
-یان of a word of belonging are no part of the word (هێزەکان, داعشیان: arabic_terms).
49 (names31): the administration's search-only names in German, Dutch, Italian, Spanish and French
(Selbstverwaltung, Autonoom Bestuur, Zelfbestuur, Autoamministrazione, Autoadministración,
Auto-administration) give its acronyms (AANES, DAANES) the first letters a report may define them with
(acronym_names written again); an acronym of at most four capitals the index keeps cased (ANS, ICC) is
that name only where a text writes it in capitals (analysis.name_form): the French "ans" (years) was
indexed as ANS, the Syrian National Army (only an acronym the stemmer shortens: ICC stays so in any case);
Kurmanji's oblique -ê/-yê joined to an acronym in capitals is no part of it (DAIŞê, YPGê: AcronymFilter).
50 (names33): the gazetteer's names of north-east Syria's armed groups, parties and police in Dutch,
Italian, Portuguese, Turkish and Kurmanji (Syrische Democratische Strijdkrachten, Stato Islamico, Hamza
Tümeni), the Turkish press's names of its towns (Ebu Kemal, Münbiç, Peşhabur) and Arabic names of places
and bodies that had none (سجن التسفيرات, شران): the tables written again (place_countries,
arabic_whole_names, acronym_names); a past verb right after a mention that a preposition opens, its
article between, ends its placing in another country ("aid for the al-Hol camp waited at Rabia":
placed_elsewhere._in_phrase).
51 (names34): the Persian and Sorani words for a river (رود, رودخانه, ڕووباری) are words that call the
next an Arabic place (arabic_whole_names PLACE_WORDS, from the gazetteer's Persian and Sorani names of
the rivers), and the gazetteer's gas plants of the gas fields (Suwaydiyah, Jbeisa): the tables written
again (arabic_whole_names, place_countries).
52 (names38, placed by the lead): the international agencies' own names in the press's languages
(UN-Flüchtlingshilfswerk, Artsen zonder Grenzen, Kürt Kızılayı, پزشکان بدون مرز ...): their acronyms
gain the names' word stems (acronym_names written again).
53 (names39): the left single quotation mark (U+2018) written for an ayn inside a word ("Ya‘rubiyah",
"A‘zaz", "Ras al-‘Ayn") keeps the word whole and is dropped as the other marks are (indexer/names.py).
"""

ANALYSIS_VERSION = 53
