# Format D articles: outlet, title, body. `heads` = how many leading paragraphs are
# followed by a blank line; the rest are separated by single newlines.
D = [
dict(
slug="20_al-hawl-woman-killed",
outlet="The Syrian Observatory For Human Rights",
title="Al-Hawl camp | Iraqi woman shot dead inside her tent in third section",
heads=1,
body="""
Al-Hasakah province: SOHR sources have reported that an Iraqi woman was found dead this morning inside her tent in the third section of al-Hawl camp in the eastern countryside of Al-Hasakah, with a bullet wound to the head.

According to SOHR sources, unknown gunmen armed with a silenced pistol carried out the killing during the night, and the camp security forces (Asayish) opened an investigation and detained several people for questioning.

SOHR has documented the deaths of dozens of people in al-Hawl camp since the start of the year, most of them Iraqi and Syrian nationals, amid ongoing security chaos.

The Syrian Observatory renews its warning about the worsening security situation in the camp, home to tens of thousands of women and children, and calls for urgent international action to settle the file of the camp and return its residents to their countries.

Asayish forces carried out a security campaign inside the camp earlier this year, during which they arrested suspects accused of belonging to ISIS cells.
"""),
dict(
slug="21_qamishli-defence-court",
outlet="North Press Agency",
title="Defence court in Qamishli sentences 12 ISIS members to prison terms",
heads=2,
body="""
QAMISHLI, Syria (North Press) – The People’s Defence Court in the northeastern Syrian city of Qamishli on Sunday sentenced 12 Syrian men convicted of ISIS membership to prison terms ranging from five to 20 years.

A judge at the court told North Press that the men had been arrested in security operations in the countryside of Deir ez-Zor and Hasakah, and were charged with taking part in attacks and supplying cells with weapons.

The court, established by the Autonomous Administration in 2014, has tried thousands of Syrians accused of terrorism offences. The administration does not apply the death penalty.

Defendants have the right to appoint lawyers, the judge said, adding that some of the accused had been released for lack of evidence.

Foreign suspects do not appear before the court, as the administration has been waiting for their home countries to repatriate them or for an international mechanism to be set up.

Rights organisations have criticised the speed of some trials, but acknowledge that the courts offer an alternative to indefinite detention.
"""),
dict(
slug="22_al-hol-families-raqqa",
outlet="Hawar News Agency",
title="52 families leave al-Hol camp for Raqqa countryside under tribal guarantee",
heads=1,
body="""
Al-Hol camp administration released a new group of Syrian families on Tuesday, made up of 52 families with 198 members, who returned to their villages in the Raqqa countryside under the guarantee of tribal notables.

The departure was arranged between the Autonomous Administration's office for camp affairs and the sheikhs of the area's tribes, who pledged to help the families settle back into their communities.

A member of the camp administration said the security authorities had checked the families before they left, and that buses carried them and their belongings to Raqqa.

The administration has used this mechanism since 2019 to reduce the number of Syrians in the camp, and thousands of people have gone back to Raqqa, Deir ez-Zour, Tabqa and Manbij under it.

The camp still holds tens of thousands of residents, including Iraqis and foreign women from dozens of countries whose governments have been slow to take them back.
"""),
dict(
slug="23_ghwayran-what-we-know",
outlet="Enab Baladi",
title="Ghwayran prison | What happened in al-Hasakah and what comes next",
heads=2,
body="""
The Islamic State attack on Ghwayran prison in al-Hasakah city, which started on the night of 20 January and ended after about ten days of fighting, was the biggest operation the group has carried out in Syria since it lost al-Baghouz in 2019.

Enab Baladi reviews the main facts known about the attack and the questions it has left unanswered.

The prison, also called al-Sina’a, lies in the Ghwayran neighbourhood in the south of the city and held around 3,500 men accused of belonging to the group, as well as several hundred minors.

The attack opened with a car bomb at the prison gate, while inmates rose up inside and took over several wings.

The Syrian Democratic Forces (SDF), backed by air strikes and ground support from the US-led coalition, surrounded the prison and announced on 26 January that they had regained full control, before continuing combing operations in nearby areas.

According to UN estimates, tens of thousands of civilians were displaced from the neighbourhoods around the prison during the fighting.

The SDF later said that 121 of its members, guards and prison staff had been killed, along with 374 ISIS members, while the fate of an unknown number of escaped detainees is still unclear.

Questions remain over how the group was able to prepare such a large attack in a city under SDF control, and over the future of thousands of detainees held in similar facilities across the region.
"""),
dict(
slug="24_roj-mothers-wait",
outlet="Syria Direct",
title="In Roj camp, mothers wait for word from capitals that stopped calling",
heads=1,
body="""
Conversations with women in Roj camp keep coming back to one question: when will their governments make a decision? For many of the several hundred foreign mothers held in the camp in northeastern Syria, that question has gone unanswered for more than four years.

Roj, near the town of al-Malikiyah, is smaller and calmer than al-Hol, and camp officials regard its residents as less radical. Many were transferred there from al-Hol in recent years.

Syria Direct spoke by phone with three women from Europe and Central Asia, who asked to be identified by their first names only because they feared it could affect their cases.

“My son asks me what a city looks like,” said Mariam, who has been in the camps since early 2019. She said officials from her country had taken DNA samples from her children but had not been in touch since.

Camp administrators say they cannot release foreign residents without an agreement with their home states. The Autonomous Administration has urged governments to take back their citizens, while warning that the camps cannot stay open forever.

Rights groups say that holding women and children for years without charge or any review amounts to arbitrary detention.
"""),
dict(
slug="25_baghouz-exit-sohr",
outlet="The Syrian Observatory For Human Rights",
title="Deir ez-Zour | Thousands more leave ISIS last pocket in al-Baghouz",
heads=2,
body="""
Deir ez-Zour province: SOHR activists have monitored the departure of more than 3,000 people from the last area held by ISIS in al-Baghouz Fawqani in the eastern countryside of Deir ez-Zour during the past 24 hours, most of them families of ISIS members, including women and children of several nationalities.

According to SOHR sources, dozens of men who surrendered to the Syrian Democratic Forces were among those who came out and were taken to detention centres for investigation, while women and children were moved to al-Hol camp after being searched.

With these latest departures, SOHR has documented the exit of more than 60,000 people from the ISIS enclave since early December 2018, among them thousands of ISIS members who surrendered.

The Syrian Observatory has also learned that several Yazidi women and children were among those who left, and that they have been handed over to the relevant authorities.

The Syrian Democratic Forces have halted their military operations more than once to allow civilians to be evacuated, while coalition warplanes continue to fly over the area.
"""),
]
