"""Ten invented news articles about north-east Syria, written for this project (no real outlet's
text): the material bench/documents_gen.py lays out as Nexis, Factiva, Word, RTF and e-mail
files. Each has the header fields the exports carry, and is the truth the benchmark scores against.

``raw_outlet`` is the outlet as a database writes it; ``outlet`` the archive's name for it.
"""

ARTICLES = [
    dict(
        title="Families at al-Hol wait for word on repatriation flights",
        raw_outlet="The Guardian (London)", outlet="The Guardian",
        published="2019-03-05", section="WORLD NEWS; Pg. 24", author="Lina Haddad",
        language="en", load_date="2019-03-06", copyright="Copyright 2019 Guardian News and Media Limited All Rights Reserved",
        paragraphs=[
            "Mothers queued before dawn outside the administration tent in al-Hol camp on Monday, asking whether their names had reached the lists drawn up for the next repatriation flight.",
            "Camp officials said about 9,000 foreign women and children were held in the annex, a fenced section apart from the Syrian and Iraqi families, and that only a few dozen had left this year.",
            "A Dutch grandmother who had travelled to Qamishli said she had been told to wait another month. \"Every month they say the same thing,\" she said.",
            "The Kurdish-led administration has asked governments to take back their citizens, arguing it cannot guard and feed the camp alone.",
        ],
    ),
    dict(
        title="Kurdish authorities hand over 34 children to Belgian delegation",
        raw_outlet="Agence France Presse -- English", outlet="Agence France-Presse",
        published="2019-06-14", section="International News", author=None,
        language="en", load_date="2019-06-15", copyright="Copyright 2019 Agence France Presse All Rights Reserved",
        paragraphs=[
            "Kurdish authorities in north-east Syria handed over 34 children of Belgian jihadists to a delegation from Brussels on Friday, an official said.",
            "The children, most of them under six, were brought from Roj camp to the Semalka crossing on the Iraqi border before being flown home.",
            "Belgium had said it would bring back children under ten on a case by case basis, leaving their mothers in the camps.",
        ],
    ),
    dict(
        title="Inside Ghuwayran prison, a week after the siege",
        raw_outlet="The Independent (United Kingdom)", outlet="The Independent",
        published="2022-01-31", section="NEWS; Pg. 18", author="Tom Ashworth",
        language="en", load_date="2022-02-01", copyright="Copyright 2022 Independent Print Ltd All Rights Reserved",
        paragraphs=[
            "Scorch marks still cover the walls of the dormitory block at Ghuwayran prison in Hasakah, where Islamic State fighters held out for six days.",
            "Guards led reporters past a breach in the perimeter wall that the attackers opened with a car bomb on the night of January 20.",
            "The Syrian Democratic Forces said more than 120 of their fighters and staff were killed, and that hundreds of inmates had been recaptured in the neighbourhoods around the prison.",
            "Among the detainees are boys who were taken to the prison as teenagers and have now spent years in its cells without trial.",
        ],
    ),
    dict(
        title="Last civilians leave Baghouz as SDF prepares final push",
        raw_outlet="Reuters News", outlet="Reuters",
        published="2019-03-10", section="Middle East", author="Omar Fadel",
        language="en", load_date="2019-03-11", copyright="Copyright 2019 Thomson Reuters All Rights Reserved",
        paragraphs=[
            "Trucks carried hundreds of men, women and children out of Baghouz on Sunday, the last patch of land held by Islamic State in eastern Syria.",
            "The Syrian Democratic Forces said the evacuation had to end before they could resume the assault on the encampment by the Euphrates.",
            "Those who left were taken to a screening point in the desert, where men suspected of fighting were separated from their families.",
        ],
    ),
    dict(
        title="Hajin residents return to a town in ruins",
        raw_outlet="The National (Abu Dhabi)", outlet="The National",
        published="2019-05-22", section="WORLD", author="Sara Nasser",
        language="en", load_date="2019-05-23", copyright="Copyright 2019 The National All Rights Reserved",
        paragraphs=[
            "Five months after the fighting ended, families are returning to Hajin, a town on the Euphrates that was among the last urban strongholds of Islamic State.",
            "Most houses in the centre were flattened by air strikes, and residents say unexploded shells still lie in the fields outside the town.",
            "A local council set up by the Deir ez-Zor civil administration has reopened one school, but it has no money to rebuild the water station.",
        ],
    ),
    dict(
        title="Roj camp expansion raises concern among aid groups",
        raw_outlet="Rudaw English", outlet="Rudaw",
        published="2021-03-18", section="Kurdistan", author="Karwan Salih",
        language="en", load_date="2021-03-19", copyright="Copyright 2021 Rudaw Media Network All Rights Reserved",
        paragraphs=[
            "The administration of north and east Syria has begun enlarging Roj camp near Derik to take in families moved from al-Hol, officials told Rudaw.",
            "Aid groups warned that the transfers were being made without clear criteria and that families were separated in the process.",
            "The camp now holds about 2,500 people, most of them women and children from more than forty countries.",
        ],
    ),
    dict(
        title="Germany brings home eight women and 23 children from Syrian camps",
        raw_outlet="The Times (London)", outlet="The Times",
        published="2021-10-07", section="WORLD; Pg. 31", author="Hannah Becker",
        language="en", load_date="2021-10-08", copyright="Copyright 2021 Times Newspapers Limited All Rights Reserved",
        paragraphs=[
            "Germany has repatriated eight women and 23 children from Roj camp in its largest return operation so far, the foreign ministry in Berlin said.",
            "The women were arrested on arrival at Frankfurt airport and face charges of membership of a terrorist organisation.",
            "Officials said the children would be placed with relatives where possible, after medical checks.",
        ],
    ),
    dict(
        title="Cholera cases reported in al-Hol as water shortages worsen",
        raw_outlet="Middle East Eye", outlet="Middle East Eye",
        published="2022-09-27", section="News", author="Nour Khalil",
        language="en", load_date="2022-09-28", copyright="Copyright 2022 Middle East Eye All Rights Reserved",
        paragraphs=[
            "Health workers in al-Hol camp have confirmed at least 12 cases of cholera, as water deliveries to the camp fell by half over the summer.",
            "The Alouk water station, which supplies Hasakah province, has stopped pumping several times this year.",
            "Medical charities said the camp's single field hospital could not cope with an outbreak among its 55,000 residents.",
        ],
    ),
    dict(
        title="Iraq repatriates 150 families from al-Hol to Jeddah 1 camp",
        raw_outlet="Kurdistan 24", outlet="Kurdistan24",
        published="2023-02-13", section="Iraq", author=None,
        language="en", load_date="2023-02-14", copyright="Copyright 2023 Kurdistan 24 All Rights Reserved",
        paragraphs=[
            "Iraq brought back 150 families from al-Hol camp on Monday, taking them to the Jeddah 1 rehabilitation centre south of Mosul.",
            "An Iraqi official said the families would stay at the centre for several months before returning to their home districts.",
            "Iraq has taken back more citizens from the camp than any other country, though thousands of Iraqis remain there.",
        ],
    ),
    dict(
        title="عودة دفعة جديدة من العائلات العراقية من مخيم الهول",
        raw_outlet="Asharq Al-Awsat", outlet="Asharq Al-Awsat",
        published="2023-06-20", section="أخبار", author="سامر يوسف",
        language="ar", load_date="2023-06-21", copyright="Copyright 2023 Asharq Al-Awsat All Rights Reserved",
        paragraphs=[
            "غادرت دفعة جديدة من العائلات العراقية مخيم الهول في ريف الحسكة صباح الثلاثاء متجهة إلى الأراضي العراقية.",
            "وقال مسؤول في إدارة المخيم إن الدفعة ضمت نحو مئتي عائلة، نُقلت بالحافلات عبر معبر ربيعة.",
            "ولا يزال آلاف العراقيين ينتظرون دورهم في المخيم الذي يضم نساء وأطفالاً من جنسيات عدة.",
        ],
    ),
]

SEARCH_TERMS = ("al-Hol", "Roj", "repatriat")  # what the exports highlight, as a database would

for _article in ARTICLES:
    _article["length"] = sum(len(p.split()) for p in _article["paragraphs"])
