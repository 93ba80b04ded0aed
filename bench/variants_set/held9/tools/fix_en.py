# rewrite non-English articles into English (foreign spellings kept inside English text)
R = {
"Le camp de Rodj": ("French reporters at Rodj camp", "French journalists visited the camp they call Rodj, near Derik, where wives of Daech fighters are held."),
"Gefängnis in Ghweiran": ("German report on Ghweiran prison", "The prison in the Ghweiran district of Hasseke is guarded by what German media call the Syrische Demokratische Kräfte."),
"Haseke'de saldırı": ("Checkpoint attacked near Haseke", "A checkpoint in the Haseke countryside was attacked; the SDG, as Turkish outlets name the group, said two militants died."),
"Kamışlı sınırı": ("Border security at Kamışlı", "Turkey tightened security on the Nusaybin border opposite Kamışlı, Turkish officials said."),
"Qamichli: manifestation": ("Protest in Qamichli", "In Qamichli, hundreds protested against drone strikes, according to the P.Y.D."),
"Rakka: Wiederaufbau": ("Schools rebuilt in Rakka", "Schools in Rakka on the Euphrat are being rebuilt, according to a German Unicef bulletin."),
"Deyrizor'da gerilim": ("Tension east of Deyrizor", "Clashes between tribes and the SDG broke out east of Deyrizor, Turkish agencies reported."),
"Amûdê: Wahlen": ("Local elections in Amûdê", "Local councils of the Selbstverwaltung, as German observers call the AANES, were elected in Amûdê."),
"Menbij: Euphrat-Brücke": ("Bridge damaged near Menbij", "A bridge near Menbij across the Euphrat was damaged by shelling."),
"Chabur: Assyrer": ("Fear on the Chabur", "Assyrian villages on the Chabur fear new attacks, a German charity said."),
"Kahtaniye: Schule": ("School opens in Kahtaniye", "A school opened in Kahtaniye with funding from a German foundation."),
"Abou Khachab camp": ("Abou Khachab camp short of water", "The camp of Abou Khachab is short of water, a French NGO said."),
"Chammar : tribu": ("Chammar tribe meets coalition", "The Chammar tribe met coalition officers in Hassaké, French media reported."),
"CICR à Hol": ("CICR aid in al-Hol", "The CICR, as the Red Cross committee is known in French, distributed aid in the camp of al-Hol."),
"HCR sector": ("French hospitality staffing", "The HCR sector in France, meaning hotels, cafes and restaurants, lacks staff, an employers' group said."),
}
DROP_D = {"Rally in Estonia","Museum shows Isis statue","Cizre market","River Tay salmon","Tall tales"}
