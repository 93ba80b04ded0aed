# Format C articles: title, lede, byline, Updated On, New Update, title x2, body, optional Key Takeaways.
C = [
dict(
slug="14_iraq-speeds-al-hol-returns",
title="Iraq Steps Up Returns From Al-Hol as Camp Population Drops",
lede="Iraq has stepped up the transfer of its nationals out of al-Hol camp in northeast Syria, moving thousands of people to a rehabilitation centre near Mosul over the past year. Aid agencies welcome the returns but warn that home communities are not always ready to receive them.",
byline="Trim Correspondents",
body="""
Convoys carrying Iraqi families out of al-Hol have become a regular sight on the road to the border, as Baghdad speeds up a programme it launched in 2021.

Why it matters: Iraqis have long been the largest national group in al-Hol, so the pace of Iraqi departures largely decides whether the camp can shrink to a size the local authorities are able to manage.

Families are first taken to the Jeddah 1 centre near Qayyarah, where security agencies screen them and staff offer psychological support, literacy classes and help with obtaining civil documents. Most leave within a few months for their home districts or to stay with relatives.

UN figures show the camp's population falling from around 56,000 in early 2022 to roughly 50,000 a year later, mostly because of Iraqi departures.

Local officials in Anbar and Nineveh say tribal leaders must give their consent before some families can go back, and that anyone who lived under ISIS still carries a stigma.

Iraqi officials say they aim to empty the Iraqi sections of al-Hol within a few years and have called on other governments to do likewise.
""",
takeaways=[
"Iraq has accelerated transfers of its citizens from al-Hol camp to a centre near Mosul.",
"Returnees are screened and offered rehabilitation before going back to their home areas.",
"The camp population has fallen as Iraqi families leave, according to UN figures.",
"Local acceptance remains a major obstacle, with some tribes reluctant to take families back.",
]),
dict(
slug="15_tajikistan-repatriation",
title="Tajikistan Repatriates 104 Women and Children From Syrian Camps",
lede="A delegation from Tajikistan has taken custody of 104 of its citizens, most of them children, from camps run by the Kurdish-led administration in northeast Syria. It is Dushanbe's second large repatriation in less than a year.",
byline="By Farida Nazarova",
body="""
Officials of the Autonomous Administration handed 31 women and 73 children over to Tajik representatives at a ceremony in Qamishli, after which the group was flown to Dushanbe.

Tajikistan brought home 146 women and children in 2022 and says it intends to return all of its citizens still held in al-Hol and Roj. The government has promised the returnees medical care as well as help with housing and schooling.

Rights groups have praised the approach taken in Central Asia, noting that Kazakhstan, Uzbekistan, Tajikistan and Kyrgyzstan have together repatriated well over a thousand people, far more than most Western governments.

Prosecutors in the region have opened cases against some adult returnees, while children are usually placed in the care of relatives after a period of rehabilitation.

Camp officials said they had also received requests from other governments and expected more handovers later in the year.
""",
takeaways=None),
dict(
slug="16_ghuwayran-boys-two-years",
title="Two Years After Ghuwayran Attack, Fate of Detained Boys Still Unclear",
lede="Two years after ISIS fighters stormed Ghuwayran prison in Hasakah, rights groups say many of the boys held there at the time are still in detention, and their families struggle to find out where they are.",
byline="By Sami Haddad",
body="""
When the assault began on 20 January 2022, several hundred boys, some as young as 12, were locked up inside the prison together with adult men accused of ISIS membership.

UNICEF said at the time that it feared for the children's safety, and aid agencies demanded that they be moved somewhere safer.

The fighting went on for about ten days and left hundreds dead, among them attackers, inmates, guards and members of the Syrian Democratic Forces. The SDF said it had retaken the whole facility by the end of January.

Since then many of the teenagers have been moved to other prisons or to rehabilitation centres such as Houry and Orkesh, according to local officials.

Human rights researchers say record-keeping is still weak, and that mothers in al-Hol and Roj are sometimes not told where their sons have been taken or even whether they are alive.

The Autonomous Administration says it is adding rehabilitation places for young people but lacks money, and it has asked the boys' countries of origin to bring them home.
""",
takeaways=[
"Hundreds of boys were inside Ghuwayran prison when ISIS attacked in January 2022.",
"The fighting lasted about ten days and killed hundreds of people.",
"Many teenagers have since been moved to other prisons or rehabilitation centres.",
"Families say they are often left without news of detained sons and brothers.",
]),
dict(
slug="17_roj-camp-waiting",
title="Roj Camp Residents Wait as Western Repatriations Slow Down",
lede="Several hundred women from Europe, North America and Australia remain in Roj camp in northeast Syria with their children. Some governments have organised new return flights, while others say they have no plans to bring adults back.",
byline="By Helen Mercer",
body="""
Roj camp sits near the town of al-Malikiyah, also known as Derik, close to the Turkish and Iraqi borders. It holds around 2,500 people, nearly all of them wives, widows and children of suspected ISIS members.

Living conditions are better than in al-Hol, but residents say the long wait has worn them down. Some children have spent most of their lives inside the camp fence.

France, Germany, the Netherlands, Belgium and Australia have all carried out repatriation operations since 2022, bringing women home alongside their children. Women who return are usually detained on arrival and questioned by prosecutors.

The United Kingdom has taken back only a few children and has stripped several women of their citizenship, which rights groups say leaves them with nowhere to go.

Camp officials say there is little they can do once a government stops answering. They have asked for a timetable for the remaining foreign residents and warn that the camp cannot be kept running indefinitely.
""",
takeaways=None),
dict(
slug="18_un-experts-repatriation-call",
title="UN Experts Call on States to Bring Home Nationals Held in Northeast Syria",
lede="A group of UN human rights experts has urged governments to repatriate women and children held in al-Hol and Roj camps, arguing that there is no legal basis for detaining people who have not been charged with any crime.",
byline="Trim Correspondents",
body="""
In a joint statement, the experts, who report to the UN Human Rights Council, said children in the camps faced violence, disease and poor sanitation, and that many had never been to school.

They said governments had a duty to act, and that security concerns could be handled through proper judicial procedures once people were back in their own countries.

According to UN estimates, people from about 60 countries are held in the camps. Iraqis and Syrians form the largest groups, but thousands of women and children of other nationalities remain.

Officials of the Autonomous Administration welcomed the appeal, saying they had requested help many times. The administration lets visiting delegations interview their citizens and receive them at the Semalka crossing on the Iraqi border.

Several governments reply that they examine each case individually, and that consular assistance is hard to provide because they have no diplomatic presence in northeast Syria.
""",
takeaways=None),
dict(
slug="19_amnesty-report-deaths-custody",
title="Amnesty Report Details Torture and Deaths in Northeast Syria Detention",
lede="Amnesty International says people held on suspicion of links to ISIS in northeast Syria have been tortured and kept in inhumane conditions. The group wants the Autonomous Administration and its international partners to end the abuses and foreign governments to take back their citizens.",
byline="By Omar Khalil",
body="""
The report, released in April 2024, is based on interviews with hundreds of people, including former detainees, relatives of people held in prisons and camps, officials and aid staff.

It estimates that more than 56,000 people are held in the system, about 30,000 of them children. Most are Syrian or Iraqi, but detainees come from dozens of other countries too.

Amnesty said it had recorded beatings and other ill-treatment in several facilities, along with serious shortages of food, water and medical care, especially in one Hasakah prison where disease has spread.

The Autonomous Administration called the findings one-sided and said any violations were individual acts that would be investigated. It added that it could not carry the responsibility on its own.

The rights group also urged the United States, which has paid for the construction and security of detention sites, to use its influence to improve conditions.
""",
takeaways=[
"Amnesty says more than 56,000 people are detained in northeast Syria over suspected ISIS links.",
"The report documents abuse and shortages of food, water and medical care.",
"The Autonomous Administration says violations are individual acts and asks for help.",
"Amnesty urges the United States and other states to press for better conditions in detention.",
]),
]
