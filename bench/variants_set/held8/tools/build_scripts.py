"""Build /root/sealed/held8/scripts. Mentions judged by reading (hand-written below)."""
import json, os
OUT = "/root/sealed/held8/scripts"
A = [
 ("s8-ar01", "نقلت «قسد» عشراتِ النساء من مخيّم الهول بريف الحسكة إلى مخيم روج في تشرين الأول ٢٠٢٤.", "sdf hol hasakah roj"),
 ("s8-ar02", "وصفت منظمة أطباء بلا حدود ظروف المرضى في مخيم الهـول بأنها كارثية، وطالبت بإدخال الأدوية فوراً.", "msf hol"),
 ("s8-ar03", "نقلت اللجنة الدولية للصليب الأحمر شهادات عائلات في الرقه عن هول ما عاشته خلال سنوات الحرب.", "icrc raqqa"),
 ("s8-ar04", "هاجم عناصر من تنظيم الدولة الاسلامية (داعش) سجن غويران المعروف بسجن الصناعة في مدينة الحسكه في كانون الثاني ٢٠٢٢.", "isis ghuwayran hasakah"),
 ("s8-ar05", "أعلنت وزارة الصناعة في دمشق خطةً لإعادة تشغيل معامل القطن في ديرالزور.", "deirezzor"),
 ("s8-ar06", "ارتفع منسوب نهر الفرات بعد فتح بوابات سدّ تشرين في شهر آذار.", "euphrates tishrin"),
 ("s8-ar07", "وصلت قافلة مساعدات غذائية إلى القامشلي في ١٥ تشرين الثاني، وقال الأهالي إنها لا تكفي.", "qamishli"),
 ("s8-ar08", "قال متحدث باسم قوات سوريا الديمقراطية إنّ خلايا تنظيم الدولة الإسلامية نشطت في ريف دير الزّور الشرقي وبلدة الباغوز.", "sdf isis deirezzor baghouz"),
 ("s8-ar09", "وزّعت المفوضية السامية للأمم المتحدة لشؤون اللاجئين خياماً على النازحين في الشدادي جنوبي الحسكة.", "unhcr shaddadi hasakah"),
 ("s8-ar10", "جفّ نهر الخابور قرب تل تمر، وقالت مصادر محلية إنّ مزارعي الحسكة خسروا موسم القمح.", "khabur hasakah"),
 ("s8-ar11", "بالقامشلي، اعتقلت قسد ثلاثة أشخاص متّهمين بالانتماء لداعش في أيلول الماضي.", "qamishli sdf isis"),
 ("s8-ar12", "عاد آلاف النازحين إلى عين العرب (كوباني) بعد انسحاب الفصائل من محيط سد تشرين.", "kobani tishrin"),
 ("s8-ar13", "وفي مخيّم روج، طالبت نساءٌ أجنبيات اللجنةَ الدولية للصليب الاحمر بزيارات منتظمة.", "roj icrc"),
 ("s8-ar14", "قال الطبيب فرات الأحمد لمنظمة أطباء بلا حدود إنّ مستشفي الرقة الوطني يحتاج إلى أدوية قبل أيار.", "msf raqqa"),
 ("s8-ar15", "تحدّث مسؤول في مفوضية اللاجئين برقّةٍ عن أطفال الباغوز الذين فقدوا ذويهم.", "unhcr baghouz"),
 ("s8-en01", "The SDF transferred 80 boys from al-Hol camp to a rehabilitation centre in Hasakah.", "sdf hol hasakah"),
 ("s8-en02", "Doctors Without Borders said water shortages in Roj camp had worsened since the summer.", "msf roj"),
 ("s8-en03", "ISIS cells attacked an SDF checkpoint near Baghouz in eastern Deir ez-Zor.", "isis sdf baghouz deirezzor"),
 ("s8-en04", "The ICRC visited detainees in Ghweiran prison, which locals also call al-Sina'a.", "icrc ghuwayran"),
 ("s8-en05", "UNHCR delivered winter kits to displaced families in Shaddadi.", "unhcr shaddadi"),
 ("s8-en06", "The Euphrates rose after engineers opened the gates of the Tishreen Dam.", "euphrates tishrin"),
 ("s8-en07", "Farmers along the Khabour say the harvest failed; grain traders in Qamishlo raised prices.", "khabur qamishli"),
 ("s8-en08", "Kobane's council reopened the grain silos with wheat trucked in from Raqqa.", "kobani raqqa"),
 ("s8-en09", "Students from Tishreen University in Latakia volunteered at a school in al-Raqqa in October.", "raqqa"),
 ("s8-en10", "Médecins Sans Frontières opened a clinic in Deir ez-Zor city.", "msf deirezzor"),
 ("s8-en11", "The International Committee of the Red Cross delivered water tanks to Kamishli.", "icrc qamishli"),
 ("s8-en12", "A Daesh cell was arrested near the Euphrates in the Raqqa countryside.", "isis euphrates raqqa"),
 ("s8-en13", "The UN refugee agency said new arrivals at al-Hawl came from Baghuz.", "unhcr hol baghouz"),
 ("s8-en14", "Detainees were moved from Ghuwayran to a prison in al-Shaddadi, the Syrian Democratic Forces said.", "ghuwayran shaddadi sdf"),
 ("s8-en15", "Kobanê marked ten years since the siege as power from the Tishrin Dam was restored.", "kobani tishrin"),
]
Q = [
 ("الحسكة","hasakah"),("الحسكه","hasakah"),("Hasakah","hasakah"),
 ("القامشلي","qamishli"),("Qamishli","qamishli"),("Kamishly","qamishli"),
 ("الرقة","raqqa"),("رقه","raqqa"),("Raqqa","raqqa"),
 ("دير الزور","deirezzor"),("Deir ez-Zor","deirezzor"),("Deirezzor","deirezzor"),
 ("الهول","hol"),("مخيم الهول","hol"),("al-Hol","hol"),
 ("روج","roj"),("مخيّم روج","roj"),("Roj","roj"),
 ("غويران","ghuwayran"),("سجن الصناعة","ghuwayran"),("Ghuwayran","ghuwayran"),
 ("قسد","sdf"),("قوات سوريا الديمقراطية","sdf"),("SDF","sdf"),("Syrian Democratic Forces","sdf"),
 ("داعش","isis"),("تنظيم الدولة","isis"),("ISIS","isis"),("Daesh","isis"),
 ("أطباء بلا حدود","msf"),("MSF","msf"),("Doctors Without Borders","msf"),
 ("الصليب الأحمر","icrc"),("اللجنة الدولية للصليب الاحمر","icrc"),("ICRC","icrc"),
 ("مفوضية اللاجئين","unhcr"),("UNHCR","unhcr"),("UN refugee agency","unhcr"),
 ("سد تشرين","tishrin"),("تشرين","tishrin"),("Tishrin Dam","tishrin"),("Tishreen","tishrin"),
 ("الفرات","euphrates"),("نهر الفرات","euphrates"),("Euphrates","euphrates"),
 ("الخابور","khabur"),("Khabur","khabur"),("Khabour","khabur"),
 ("كوباني","kobani"),("عين العرب","kobani"),("Kobani","kobani"),("Kobanê","kobani"),
 ("الشدادي","shaddadi"),("شدادي","shaddadi"),("Shaddadi","shaddadi"),
 ("الباغوز","baghouz"),("Baghouz","baghouz"),("Baghuz","baghouz"),
]
os.makedirs(OUT, exist_ok=True)
with open(OUT + "/articles.jsonl", "w") as f:
    for i, b, _ in A: f.write(json.dumps({"id": i, "lang": i[3:5], "title": ("تقرير" if i[3:5] == "ar" else "Report") + " " + i[5:], "body": b}, ensure_ascii=False) + "\n")
with open(OUT + "/mentions.tsv", "w") as f:
    f.write("# id<TAB>space-separated entity keys (judged by reading; held8, blind)\n")
    for i, _, k in A: f.write(i + "\t" + k + "\n")
with open(OUT + "/queries.tsv", "w") as f:
    f.write("# query<TAB>key — expects every article whose mentions include key, in either script\n")
    for q, k in Q: f.write(q + "\t" + k + "\n")
print(len(A), "articles", len(Q), "queries")
