# Format A articles. "§" at a paragraph end becomes a trailing U+00A0.
A = [
dict(
slug="01_hajin-captured",
title="SDF says Hajin captured after three months of fighting",
date="16-12-2018", outlet="Rudaw",
tags=["Syria", "ISIS", "Hajin", "Syrian Democratic Forces (SDF)", "Deir ez-Zor", "Coalition"],
body="""
ERBIL, Kurdistan Region – Fighters of the Syrian Democratic Forces (SDF) have seized Hajin, the biggest town ISIS still held in the Euphrates valley, the Kurdish-led force said on Friday.§

SDF commanders said small groups of militants were still hiding on the edges of the town and that demining teams were clearing roads and houses before any residents would be allowed to go home.

The assault on Hajin started in September as part of the last phase of a campaign supported by air strikes and artillery from the US-led coalition. Sandstorms, tunnels and night-time counterattacks held up the advance for weeks.§

The SDF says several hundred of its members have been killed or wounded since the operation began. The Syrian Observatory for Human Rights, which tracks the war from Britain, has reported heavy ISIS losses and dozens of civilian deaths in air raids.

Thousands of people have left the area over the past month. Most were taken by truck to al-Hol camp in Hasakah province, where aid workers describe the new arrivals as exhausted and in poor health.§

The group still controls a string of villages downstream from Hajin towards the Iraqi border, among them al-Shafa, al-Sousah and al-Baghouz.

An SDF official told Rudaw that those villages would be the next target, and predicted that ISIS would fall back on car bombs and snipers to slow the advance.
"""),
dict(
slug="02_baghouz-falls",
title="SDF declares ISIS ‘caliphate’ defeated as Baghouz falls",
date="23-03-2019", outlet="Kurdistan24",
tags=["Syria", "ISIS", "Baghouz", "Syrian Democratic Forces (SDF)", "Coalition", "Islamic State"],
body="""
ERBIL (Kurdistan24) – The Syrian Democratic Forces (SDF) announced on Saturday that they had captured Baghouz, the final scrap of land under Islamic State control in eastern Syria, ending the group’s territorial rule almost five years after it declared its so-called caliphate.§

Mustafa Bali, who heads the SDF media office, said on Twitter that the group had been defeated on the ground in its entirety.

SDF commanders and officials of the US-led coalition gathered at the al-Omar oil field in Deir ez-Zor province for a ceremony marking the end of an offensive that began in the Euphrates valley last September.

The final weeks of the battle were interrupted again and again so that people could leave the tent encampment on the riverbank. Tens of thousands walked out, many of them the wives and children of ISIS members, and were questioned by SDF officers before being driven north.§

According to the SDF, several thousand men suspected of fighting for the group gave themselves up over the same period and are now in its detention centres.

Kurdish officials cautioned that the victory did not end the danger. They urged foreign governments to take responsibility for their citizens in SDF custody, saying the region could not hold them forever.§

Sleeper cells are still carrying out attacks in Deir ez-Zor and Raqqa, and coalition officials say the pressure on the group will not let up.
"""),
dict(
slug="03_al-hol-overwhelmed",
title="Aid groups say al-Hol camp overwhelmed as numbers near 73,000",
date="18-07-2019", outlet="Rudaw",
tags=["Syria", "al-Hol camp", "Hasakah", "Autonomous Administration", "Detainees", "Islamic State"],
body="""
HASAKAH, Syria – Humanitarian organisations in al-Hol camp say they cannot keep up with demand for clean water, health care and shelter from a population that has grown about sevenfold since December.§

The camp lies roughly 45 kilometres east of Hasakah city. It housed about 10,000 people at the end of last year, but the flood of families leaving Baghouz during the last battle against the Islamic State took the total close to 73,000, according to the UN.

About two thirds of the residents are children, most of them younger than twelve. Aid agencies say more than 200 people, the majority of them children, died on the journey to the camp or soon after they arrived.§

Women from dozens of countries live with their children in a separate fenced area known as the annex, which is more heavily guarded than the rest of the camp. Officials of the Autonomous Administration say some of these women still impose the group’s rules on their neighbours.

“We are doing what we can with very little,” a camp official told Rudaw on condition of anonymity. He said the administration had asked foreign governments many times to collect their nationals, but only a few had responded.§

The UN describes conditions in the camp as dire and has asked donors for more money ahead of winter, when rain and cold make life in the tents even harder.
"""),
dict(
slug="04_iraq-repatriates-families",
title="Iraq repatriates first group of families from Syria’s al-Hol camp",
date="26-05-2021", outlet="Kurdistan24",
tags=["Iraq", "Syria", "al-Hol camp", "Repatriation", "Iraqi Security Forces", "Detainees"],
body="""
ERBIL (Kurdistan24) – Iraq has taken back nearly 100 families from al-Hol camp in northeast Syria, the first return of civilians since the camp filled up with people who fled the last ISIS strongholds.§

The families travelled across the border in a bus convoy guarded by the Iraqi Security Forces and were brought to al-Jeddah camp near Qayyarah, south of Mosul. There they will go through security checks and rehabilitation programmes before they can return to their home areas.

An Iraqi official said most of the returnees were women and children and that none of them faced terrorism charges.§

Iraqis are the biggest national group in al-Hol, making up about half of its residents. Baghdad has already received hundreds of Iraqi men whom the Syrian Democratic Forces (SDF) held on suspicion of ISIS membership.

Some community leaders in Nineveh province objected to the returns, saying people who suffered under ISIS had not been asked for their views. UN agencies praised the step and called on the government to make sure families are not stigmatised or punished for what their relatives did.§

Officials of the Autonomous Administration said they hoped other countries with citizens in the camp would now do the same.
"""),
dict(
slug="05_hasakah-prison-attack",
title="ISIS attack on Hasakah prison triggers fierce clashes",
date="21-01-2022", outlet="Rudaw",
tags=["Syria", "ISIS", "Hasakah", "Ghuwayran prison", "Syrian Democratic Forces (SDF)", "Coalition"],
body="""
ERBIL, Kurdistan Region – Clashes raged on Friday around Ghuwayran prison in Hasakah, a day after ISIS militants struck the facility with car bombs and heavy gunfire in what appeared to be an attempt to free fellow members held inside.§

The Syrian Democratic Forces (SDF), which guards the prison, said detainees started a riot at the moment the attack began and that some inmates had slipped out into neighbouring districts.

The prison, also known as al-Sina’a because it occupies a former vocational institute, holds several thousand men accused of ISIS membership as well as hundreds of teenage boys.§

An SDF spokesperson told Rudaw that reinforcements had reached the area and that troops were searching for escaped prisoners house by house.

Coalition aircraft circled over the city during the night, and residents said they heard explosions until morning. Several families from the Ghuwayran and al-Zuhour neighbourhoods said they had left to stay with relatives elsewhere in the city.§

The Syrian Observatory for Human Rights reported that dozens of people from both sides had been killed in the first hours of the fighting.

For years Kurdish officials have said that the prisons holding ISIS suspects in northeast Syria are overcrowded and poorly protected, and have asked for international help to build secure facilities or to send foreign detainees home.§
"""),
dict(
slug="06_foreign-suspects-trials",
title="Autonomous Administration to put foreign ISIS suspects on trial",
date="11-06-2023", outlet="Kurdistan24",
tags=["Syria", "ISIS", "Autonomous Administration", "Detainees", "Repatriation", "United States"],
body="""
ERBIL (Kurdistan24) – The Autonomous Administration of North and East Syria has announced that it will start prosecuting foreign nationals accused of fighting for ISIS, after years in which its calls for home countries to take them back produced few results.§

In a statement on Saturday, the administration said the trials would take place in local courts, would be open to observers and would meet international standards. No date was given for the first hearings.

Around 2,000 foreign men from dozens of countries are thought to be held in prisons run by the Syrian Democratic Forces (SDF), along with several thousand Syrians and Iraqis.§

The administration’s courts have already tried thousands of Syrians on terrorism charges. Foreign suspects, however, have remained in detention without trial while officials pressed for an international tribunal that never materialised.

Rights groups have asked whether an authority that neither Damascus nor the United Nations recognises can hold trials that meet fair trial standards. Some legal experts have also warned that sentences passed in northeast Syria may not be recognised abroad.§

The United States has urged its partners time and again to repatriate their nationals, calling it the most lasting answer to the detention problem.
"""),
dict(
slug="07_amnesty-detention-report",
title="Amnesty says thousands held in northeast Syria face torture and neglect",
date="17-04-2024", outlet="Rudaw",
tags=["Syria", "Detainees", "Autonomous Administration", "al-Hol camp", "Roj camp", "United States", "Syrian Democratic Forces (SDF)"],
body="""
ERBIL, Kurdistan Region – Amnesty International on Wednesday accused the authorities in northeast Syria of holding tens of thousands of people with alleged ISIS ties in conditions that breach international law.§

The London-based rights organisation said more than 56,000 people, around 30,000 of them children, were held in dozens of detention facilities and in two camps, al-Hol and Roj.

Its report draws on interviews with former detainees, their relatives, officials and aid workers. It describes beatings, severe overcrowding and a lack of medical treatment, and says that many detainees have died in custody.§

Amnesty also said that boys separated from their mothers in the camps once they reach adolescence were being sent to detention centres, in some cases without their families being told where.

The Autonomous Administration denied that abuse was systematic, saying any violations were committed by individuals, and called on other countries to share the burden of running the camps and prisons.§

The report also called on the United States, which supports the Syrian Democratic Forces (SDF) and funds parts of the detention system, to make sure its assistance does not feed into abuses.
"""),
]
