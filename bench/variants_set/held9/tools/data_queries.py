PLAIN = """hol: al-Hol | El Hawl | Al-Hole
roj: Roj | Rodj
ghuwayran: Ghwayran | Ghoueiran | al-Sina'a
hasakah: Hasakah | al-Hassakeh | Hesîçe | Hassaké
qamishli: Qamishli | Kamishli | Qamişlo | Kamischli
raqqa: Raqqa | ar-Raqqah | Rakkah | Raqa
deirezzor: Deir ez-Zor | Deir el-Zour | Dayr az-Zawr | Der Zor | Deir Zor
baghouz: Baghuz | Bagouz | Baghus
hajin: Hajin | Hadschin
kobani: Kobane | Ain al-Arab | Kobanî
serekaniye: Ras al-Ain | Sere Kaniye | Resulayn | Ras el Aïn
derik: Derik | al-Malikiya | Malkiyeh
amuda: Amouda | Amude
tal_abyad: Tel Abiad | Gire Spi
ain_issa: Ain Eissa | Ayn Isa
tal_tamr: Tal Tamer | Tel Temir
shaddadi: Shadadi | Chaddadi | Şeddadi
markada: Markada | Merkada
manbij: Manbidj | Münbiç | Membij
tabqa: Tabqa | Tabka | Madinat al-Thawra
tishrin_dam: Tishrin | Teshreen
euphrates: Euphrates | Fırat | Euphrate
khabur: Khabour | Xabur | Chabur
jazira: Djézireh | Jezira
semalka: Sêmalka | Samalka
yarubiyah: Yaroubieh | Til Koçer | al-Ya'rubiyah
omar: al-Umar | Omar
conoco: Conoco | Konoko
tanak: Tanak | Tenek
rmeilan: Rumeilan | Remelan | Rumaylan
jbeisa: Jubaysah | Jbeiseh
ward: al-Ward | el-Ward
busayrah: Busayra | Basira
shuhayl: Shuhayl | Sheheil
susah: Susa | as-Susah
dhiban: Ziban | Diban
tell_brak: Til Berak | Tal Barak
qahtaniyah: Tirbespi | Qahtaniyah
sabkha: as-Sabkhah | Sebkha
mansura: Mansura | Mansourah
arisha: Areisha | al-Arisha
newroz: Newroz | Nawruz
washokani: Washo Kani | Tuwayna
mahmoudli: Mahmudly | Mahmoudli
abu_khashab: Abu Khashb | Abu Chaschab
shammar: Shammar | Schammar
shaitat: Shuaytat | Chaitat
baggara: Baggara | Baqqara
ugaydat: Egaidat | Uqaydat | Okeidat
tayy: Tayy | Tayyi
jubur: Jubour | al-Jabbour
darbasiyah: Derbasiye | Dirbesiye
sdf: Syrian Democratic Forces | Qasad
ypg: People's Protection Units | Volksverteidigungseinheiten
isis: Islamic State | Daesh | Daech
pkk: Kurdistan Workers' Party
pyd: Democratic Union Party
aanes: Autonomous Administration of North and East Syria
rojava: Rojava | Western Kurdistan
asayish: Asayish | Asayiş | Assayech
sna: Syrian National Army | Suriye Milli Ordusu
unhcr: UN refugee agency
unicef: United Nations Children's Fund
icrc: International Committee of the Red Cross
msf: Doctors Without Borders | Médecins Sans Frontières
wfp: World Food Programme
ocha: Office for the Coordination of Humanitarian Affairs
iom: International Organization for Migration
sarc: Syrian Arab Red Crescent
krc: Kurdish Red Crescent | Heyva Sor"""
JOINED = """hol: Alhol | Alhawl
deirezzor: Deirezzor | Deirezor | Deirazzor
raqqa: Alraqqa | Arraqqa
serekaniye: Rasalain | Serekaniye
kobani: Ainalarab
tal_abyad: Tallabyad | Girespi
ain_issa: Ainissa
tal_tamr: Tiltemir
shaddadi: Alshaddadi
omar: Alomar
yarubiyah: Alyarubiyah
derik: Almalikiyah
tell_brak: Tellbrak
abu_khashab: Abukhashab
krc: Heyvasor
hasakah: Alhasakah"""
ENGLISH = """isis: Isis | isis
sabkha: Sabkha | sabkha
ward: Ward | ward
tayy: Tai | tai | Tay
dhiban: Theban
tell_brak: Tell Brak
tal_abyad: Tall Abyad | Tell Abyad
tal_tamr: Tall Tamr | Tell Tamer"""
ABBR = """sdf: SDF | sdf | S.D.F. | QSD | FDS | SDG | DKS
ypg: YPG | Y.P.G. | ypg
isis: ISIL | IŞİD | EIIL
pkk: PKK | P.K.K.
pyd: PYD
aanes: AANES | DAANES
sna: SNA | SMO | TFSA
unhcr: UNHCR | HCR | ACNUR | U.N.H.C.R.
unicef: UNICEF
icrc: ICRC | CICR | IKRK
msf: MSF
wfp: WFP | PAM
ocha: OCHA
iom: IOM | OIM
sarc: SARC
krc: KRC"""
# qualifier: key | query | generic regex (whole word, singular/plural)
QUAL = """hol | al-Hol camp | camps?
hol | Hawl camp | camps?
roj | Roj camp | camps?
ghuwayran | Ghuwayran prison | prisons?
ghuwayran | Sinaa prison | prisons?
hasakah | Hasakah governorate | governorates?
hasakah | Hasaka countryside | countrysides?
hasakah | Hassakeh city | city|cities
raqqa | Raqqa province | provinces?
raqqa | Rakka countryside | countrysides?
deirezzor | Deir ez-Zor province | provinces?
deirezzor | Deir Ezzor oil field | oil fields?
deirezzor | Deir el-Zor countryside | countrysides?
euphrates | Euphrates river | rivers?
euphrates | Firat valley | valleys?
khabur | Khabur river | rivers?
tishrin_dam | Tishrin dam | dams?
omar | Omar oil field | oil fields?
tanak | Tanak oil field | oil fields?
rmeilan | Rmeilan oil field | oil fields?
jbeisa | Jbeisa oil field | oil fields?
ward | Ward oil field | oil fields?
semalka | Semalka crossing | crossings?
yarubiyah | Yarubiyah crossing | crossings?
tal_abyad | Tal Abyad crossing | crossings?
tal_abyad | Tell Abyad district | districts?
tabqa | Tabqa camp | camps?
shaddadi | Shaddadi prison | prisons?
shaitat | Shaitat tribe | tribes?
baggara | Baggara tribe | tribes?
ugaydat | Ugaidat tribe | tribes?
shammar | Shammar tribe | tribes?
tayy | Tayy tribe | tribes?
jubur | Jubur tribe | tribes?
arisha | Arisha camp | camps?
washokani | Washokani camp | camps?
mahmoudli | Mahmoudli camp | camps?
newroz | Newroz camp | camps?
ain_issa | Ain Issa camp | camps?
qamishli | Qamishli north-east Syria | north-east Syria
"""
# phrase: query (quoted) | template with {key} slots
PHRASE = """"Hol camp" | {hol} camp
"Roj camp" | {roj} camp
"Ghweiran prison" | {ghuwayran} prison
"Sina'a prison" | {ghuwayran} prison
"Shaddadi prison" | {shaddadi} prison
"Hasakah governorate" | {hasakah} governorate
"Raqqah province" | {raqqa} province
"Deir-ez-Zor countryside" | {deirezzor} countryside
"Khabour river" | {khabur} river
"Tishreen Dam" | {tishrin_dam} Dam
"Omar field" | {omar} field
"Semalka crossing" | {semalka} crossing
"Sha'itat tribe" | {shaitat} tribe
"Baggara tribe" | {baggara} tribe
"Akidat tribe" | {ugaydat} tribe
"Shammar tribe" | {shammar} tribe
"Areesha camp" | {arisha} camp
"Washokani camp" | {washokani} camp
"Mahmudli camp" | {mahmoudli} camp
"Nowruz camp" | {newroz} camp
"Qamishli airport" | {qamishli} airport
"Kobani siege" | {kobani} siege
"Euphrates valley" | {euphrates} valley
"Raqqa countryside" | {raqqa} countryside
"Rodj camp" | {roj} camp
"""
LONG = """"the al-Hol camp" | the {hol} camp
"al-Omar oil field" | {omar} oil field
"Tanak oil field" | {tanak} oil field
"Jbeisa oil field" | {jbeisa} oil field
"al-Ward oil field" | {ward} oil field
"Tal Abyad crossing" | {tal_abyad} crossing
"Ayn Issa frontline" | {ain_issa} frontline
"Abu Khashab camp" | {abu_khashab} camp
"Roj camp near Derik" | {roj} camp near {derik}
"Tell Brak near Hasakah" | {tell_brak} near {hasakah}
"prison in Hasakah" | prison in {hasakah}
"Deir ez-Zor province" | {deirezzor} province
"Ras al-Ain frontline" | {serekaniye} frontline
"Tel Kocher into Hasakah" | {yarubiyah} into {hasakah}
"oil fields near Rmeilan" | oil fields near {rmeilan}
"""
