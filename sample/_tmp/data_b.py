# Format B articles: title, two blank lines, body.
B = [
dict(
slug="08_baghouz-exodus",
title="Thousands Leave Baghouz During Pause in SDF Offensive",
body="""
Trucks packed with hundreds of women and children drove out of the besieged ISIS pocket in Baghouz on Wednesday, as the Syrian Democratic Forces (SDF) held off their final assault so that civilians could get out.

The vehicles passed along a corridor agreed with the militants and halted at a screening point in the desert north of the town, where SDF staff and coalition advisers took fingerprints and wrote down names.

Many of the new arrivals said they had spent weeks living in tents and holes dug along the riverbank, surviving on little more than boiled wheat. Some had shrapnel wounds that had never been treated.

The SDF said men in the convoys would be questioned about possible ties to the group, while women and children would be taken to al-Hawl camp in Hasakeh province.

Commanders had believed that only a few thousand people were left in the enclave, but far more have come out than expected, and the offensive has been put off several times as a result.

Coalition officials say hundreds of fighters, many of them foreign, are still dug in along the last few square kilometres beside the Euphrates, and that the battle will restart once the evacuations are over.
"""),
dict(
slug="09_yazidi-survivors-return",
title="Yazidi Women Freed From ISIS Enclave Reunited With Families in Sinjar",
body="""
A group of Yazidi women and children who had spent more than four years in ISIS captivity returned to the Sinjar region of northern Iraq this week, after escaping the fighting in eastern Syria.

They came out of Baghouz among crowds of ISIS families and were identified by SDF staff at screening points, in several cases only after they were able to speak to investigators away from the other women.

Yazidi activists say many captives stayed silent out of fear, because women loyal to the group had threatened them or because they had been told their own community would turn them away.

The survivors were handed over at the Syrian-Iraqi border to Yazidi community representatives and officials from the Kurdistan Region, and spent a few days at a reception centre before joining their relatives.

ISIS abducted thousands of Yazidis when it overran Sinjar in August 2014. Community groups believe around 3,000 are still missing, and many families suspect that some are living in al-Hol under false identities.

Volunteers from the community continue to search the camps and the places where the SDF holds people, interviewing women and children and comparing faces with photographs provided by relatives.
"""),
dict(
slug="10_foreign-fighters-dilemma",
title="Foreign ISIS Suspects in SDF Custody Leave Governments With Hard Choices",
body="""
The collapse of the last ISIS enclave in Syria has left the Syrian Democratic Forces (SDF) in charge of hundreds of foreign men who came from Europe, Central Asia, North Africa and beyond to join the group.

Kurdish officials say they do not have the courts, jails or money to deal with the prisoners alone, and that several governments have ignored their requests to collect their nationals.

Many European capitals are wary of bringing the men home. They fear that prosecutions could collapse because evidence from a war zone is hard to use in court, and that anyone released could become a threat.

Some states have withdrawn citizenship from dual nationals, while others have floated the idea of trials in Iraq, where courts have issued death sentences after brief hearings.

Washington has pressed its allies to repatriate and prosecute their citizens, and the US-led coalition has warned that improvised prisons in northeast Syria could become targets for ISIS attempts to free its members.

Human rights organisations argue that holding people indefinitely without charge is unlawful regardless of the crimes they are suspected of, and that children above all should be brought back without delay.
"""),
dict(
slug="11_al-hawl-security-sweep",
title="Security Sweep in Al-Hawl Camp Ends With More Than 100 Arrests",
body="""
Internal security forces in northeast Syria said on Friday that they had completed a security operation inside al-Hawl camp lasting several days, arresting more than 120 people suspected of belonging to ISIS cells.

Thousands of Asayish officers and SDF fighters took part, searching tents and improvised shops in the parts of the camp where Syrian and Iraqi families live.

Officials said the sweep was a response to a surge in killings in the camp, where dozens of residents, among them aid workers and guards, have been shot or stabbed since January.

They accuse ISIS supporters of running networks of informants and self-appointed courts inside al-Hawl, and of punishing people who work with the administration or who want to leave.

Residents described soldiers moving from one tent to the next, checking papers and taking photographs. Some said the searches were heavy-handed, while others hoped the operation would make the camp safer.

More than 60,000 people, most of them women and children, still live in the camp. Aid organisations say security campaigns will not solve the problem unless people can go home faster.
"""),
dict(
slug="12_hasakeh-prison-riot",
title="Riot at Hasakeh Prison Highlights Fragile Hold on ISIS Detainees",
body="""
Inmates at a Hasakeh prison holding men accused of ISIS membership smashed internal doors and seized part of a building on Sunday night before security forces regained control, the SDF said.

According to the force, a few detainees briefly got out but were recaptured soon afterwards, and nobody remained at large. The US-led coalition said its aircraft had watched over the area during the unrest.

The prison in the Ghwayran district is among the largest of roughly two dozen sites where the Syrian Democratic Forces (SDF) hold about 10,000 suspected fighters, some 2,000 of them foreigners.

Officials linked the riot to inmates’ fear of the coronavirus and to their demands to be put on trial. Prisoners have long complained about overcrowding, with dozens of men sometimes crammed into one room.

Kurdish authorities have warned repeatedly that they cannot keep the prisons secure forever, particularly while the wider Syrian war goes on and the region is under pressure from Turkey.

Analysts point out that freeing members from jail was central to how ISIS rebuilt itself in Iraq a decade ago, and expect the group to try the same tactic again.
"""),
dict(
slug="13_kazakhstan-zhusan-returns",
title="Kazakhstan Brings Home More Citizens From Syrian Camps",
body="""
Kazakhstan has flown another group of its citizens out of camps in northeast Syria, most of them children, under a programme the government has named Zhusan, after the Kazakh word for wormwood, a tough plant of the steppe.

Officials in Nur-Sultan said the returnees would stay for several weeks at a rehabilitation centre, where they would receive medical examinations, psychological help and religious counselling before going to live with relatives.

Women among them may be prosecuted if investigators find evidence that they took part in the group's activities, but prosecutors say their priority is helping families rebuild their lives.

Central Asian states have been far more willing to repatriate than most Western governments. Uzbekistan has also flown back women and children, while many European countries have restricted returns to orphans and a handful of other minors.

Kurdish officials welcomed the flights and said they hoped other governments would follow. Thousands of foreign women and children are still living in al-Hol and Roj camps.
"""),
]
