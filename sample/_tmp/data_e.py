# Format E articles. A paragraph "CAPTION|text|AP" becomes the doubled caption.
# "¤" at a paragraph end becomes " " + U+00A0.
E = [
dict(
slug="26_baghouz-surrenders",
title="Hundreds of Islamic State fighters surrender as last enclave collapses",
spam="Instagram Takipçi Satın Al Ücretsiz APK indir",
body="""
Hundreds of Islamic State fighters have handed themselves over to US-backed forces in eastern Syria as the group's last strip of land along the Euphrates shrank to a few hundred square metres.

Men in dusty clothes queued to be searched at a desert collection point outside Baghouz, some limping from wounds and others carrying small children, while Syrian Democratic Forces guards checked their names against lists of known members.

The SDF said many of those who surrendered were foreigners, including Iraqis, Europeans and Central Asians, and that all would be held for interrogation.

CAPTION|Women and children who left Baghouz wait at a screening point in Deir ez-Zor province|AP

The last stand

Coalition warplanes and SDF artillery pounded the remaining tents and vehicles over the past week, while loudspeakers called on the holdouts to give up.

Commanders said a hard core of fighters, including would-be suicide bombers, were still refusing to surrender and were sheltering in tunnels dug under the riverbank.¤

An uncertain future

The number of prisoners in SDF hands has soared since January, and Kurdish officials say their makeshift jails are already full.

They have warned that without outside help the detainees could break out or be freed during some future upheaval, and have pleaded with foreign governments to take their nationals.

The US has called on its allies to repatriate citizens who joined the group, but so far few have done so.
"""),
dict(
slug="27_guweiran-siege-fifth-day",
title="Kurdish forces tighten cordon as Guweiran prison siege enters fifth day",
spam="Cheap Followers Panel Bedava Dizi izle Full HD",
body="""
Kurdish-led forces tightened their grip around a prison in northeast Syria on Monday, five days after Islamic State militants stormed the building in a bid to free fellow jihadists.

The Syrian Democratic Forces said hundreds of inmates had surrendered overnight as troops moved in on the northern wing of Guweiran prison in the city of Hasakeh, where militants were holding out with hostages.

American and British aircraft have provided air support, and US armoured vehicles were seen on the edge of the city.

CAPTION|Smoke rises over the Guweiran district of Hasakeh during fighting around the prison|Reuters

Boys among the inmates

Aid agencies said they were alarmed for the safety of several hundred boys, some as young as twelve, who were in the facility when the attack began.

UNICEF called for the children to be moved to safety, saying they should never have been held there in the first place.

Residents flee

Thousands of people have left nearby neighbourhoods, many of them sheltering in mosques and schools in other parts of the city in freezing temperatures.¤

The UN estimated that as many as 45,000 people had been displaced by the fighting.

The attack is the largest by IS since the fall of its self-declared caliphate in 2019.
"""),
dict(
slug="28_britain-citizens-camps",
title="Britain under pressure to bring home citizens held in Syrian camps",
spam="SEO Backlink Paketi Bonus Veren Siteler Mp3 indir",
body="""
Campaigners have urged the British government to repatriate dozens of UK women and children held in camps in north-east Syria, as other European countries carry out return operations.

Around 20 British women and about 35 children remain in Roj and al-Hol camps, according to rights groups, after years in which London has brought back only a handful of orphans and unaccompanied minors.

CAPTION|A woman walks between tents at Roj camp in north-east Syria|AFP

Citizenship removed

Many of the women have been stripped of their British citizenship on national security grounds. The best-known case is that of Shamima Begum, who left London in 2015 at the age of 15 and has lost her legal challenges against the decision.

Ministers argue that people who chose to join the Islamic State must live with the consequences, and that the safety of the British public comes first.

Critics respond that bringing people home to stand trial is safer in the long run than leaving them in insecure camps, and note that the United States, France and Germany have all repatriated nationals.

Kurdish officials say they will hand over any British national as soon as London asks.
"""),
dict(
slug="29_al-hol-childhood",
title="Childhood behind a fence: life in Syria's al-Hol camp",
spam="Free TikTok Likes Crack Program indir Hemen",
body="""
Children make up around two thirds of the population of al-Hol, the sprawling camp in north-east Syria where families displaced from the last Islamic State strongholds have lived since early 2019.

Many were born under the group's rule or inside the camp, and have known little beyond tents, water tanks and checkpoints.

Aid workers say schooling is patchy, with learning centres repeatedly closed after security incidents, and that child labour and early marriage are common.

CAPTION|Children queue for water at al-Hol camp in Hasakah province|AP

Danger in the camp

Violence is a constant feature of life in al-Hol. Fires started by cooking stoves regularly destroy tents, and children have died in shootings and accidents.

Save the Children has reported that fire, illness and violence kill children in the camp every year, and has called for all foreign children to be returned to their countries.

Older boys are a particular worry for the camp authorities, who send some teenagers to rehabilitation centres on the grounds that they are at risk of radicalisation.

Families say these transfers separate mothers from their sons, and that they are rarely told when they will see them again.
"""),
dict(
slug="30_us-commander-al-hol-visit",
title="US commander calls camp and prisons a long-term threat after al-Hol visit",
spam="Tiktok İzlenme Hilesi PDF E-Kitap indir Ücretsiz",
body="""
The commander of US forces in the Middle East has urged governments to take back their citizens from north-east Syria after visiting al-Hol camp, warning that children living there risk becoming the next generation of Islamic State recruits.

General Michael Kurilla, head of US Central Command, said the camp's young residents were exposed to the group's ideology and that repatriation was the only lasting way to reduce the danger.

About 10,000 suspected fighters are held in prisons elsewhere in the region, guarded by the Syrian Democratic Forces with support from the US-led coalition.

CAPTION|Members of the Syrian Democratic Forces patrol a road near al-Hol camp|Reuters

Funding for new prisons

The United States has spent tens of millions of dollars since 2019 on improving and expanding detention facilities in north-east Syria, including buildings in Hasakah.

Officials say better buildings are not enough on their own, and that most detainees will eventually have to be prosecuted, rehabilitated or sent home.

The SDF has also warned that it would struggle to guard the prisons and camps if it faced a major offensive by Turkey, which regards the force as a terrorist organisation.
"""),
dict(
slug="31_turkish-strikes-al-hol",
title="Turkish strikes near al-Hol raise fears of escapes",
spam="Youtube Abone Paneli Film izle Casino Giriş 2024",
body="""
Kurdish-led forces in north-east Syria say Turkish air and drone strikes have hit positions near al-Hol camp, which holds tens of thousands of people linked to the Islamic State.

The Syrian Democratic Forces said several guards were hit and that some camp residents tried to escape in the confusion, though they were quickly stopped.

Turkey launched the air campaign after a bombing in Istanbul that it blamed on Kurdish militants. The SDF and the PKK both denied any involvement.

CAPTION|Smoke rises after an air strike on the outskirts of Hasakah province|AFP

Operations against IS paused

SDF commanders later said they had suspended joint operations with the US-led coalition against Islamic State cells because of the strikes.

Washington called for de-escalation, saying the strikes endangered US personnel and the campaign against the group.

Analysts say that any move to pull SDF fighters away from the camps and prisons could give the group a chance to free its members.
"""),
]
