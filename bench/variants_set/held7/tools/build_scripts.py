#!/usr/bin/env python3
"""Build /root/sealed/held7/scripts/ (held7, blind). Every report invented; people fictitious.
Mentions are judged by reading and written by hand next to each article."""
import json, os

OUT = "/root/sealed/held7/scripts"

# (id, title, body, mention keys)
ARTICLES = [
("s7-ar01", "حريق في مخيّم الهول",
 "اندلع حريق في مخيّم الهول شرقي الحسكه يوم ١٢ آذار ٢٠٢٤، وقالت قوات سوريا الديمقراطية إن النيران التهمت ٣٠ خيمة.",
 "hol hasakah sdf"),
("s7-ar02", "نقل مرضى من مخيم روج",
 "نقلت منظمة أطباء بلا حدود ١٥ مريضاً من مخيم روج إلى مستشفي في القامشلي، في تشرين الأول الماضي.",
 "msf roj qamishli"),
("s7-ar03", "ذكرى الهجوم على سجن الصناعة",
 "وبحسب مصادر محلية، فرّ عدد من عناصر داعش من سجن الصناعة في حي غويران بالحسكة في كانون الثاني ٢٠٢٢.",
 "isis ghuwayran hasakah"),
("s7-ar04", "أسعار الإسمنت",
 "قالت وزارة الصناعة في دمشق إنها رفعت أسعار الإسمنت، وتحدث الوزير برقة عن معاناة المصانع الصغيرة في تشرين الثاني.",
 ""),
("s7-ar05", "الفرات في أدنى مستوياته",
 "انخفض منسوب نهر الفرات قرب الرقـــة إلى أدنى مستوى له منذ عقود، ما يهدد توربينات سد تشرين.",
 "euphrates raqqa tishrin"),
("s7-ar06", "تسليم أطفال",
 "سلّمت قسد ٥٠ طفلاً كانوا في مخيم الهول إلى المفوضية السامية للأمم المتحدة لشؤون اللاجئين في شباط، تمهيداً لإعادتهم.",
 "sdf hol unhcr"),
("s7-ar07", "مقتل شاب",
 "قُتل شاب في ديرالزور برصاص مجهولين، واتهم أقاربه خلية تابعة لداعش بتنفيذ الهجوم.",
 "dez isis"),
("s7-ar08", "ذكرى التحرير",
 "احتفل أهالي كوباني بذكرى تحريرها من تنظيم الدولة الاسلامية، فيما أغلقت المحال في عين العرب أبوابها طوال اليوم.",
 "kobani isis"),
("s7-ar09", "أطفال تحت الصدمة",
 "قال طبيب نفسي إن الأطفال يعيشون من هول الصدمة بعد القصف على المخيم، فالوضع في الرقه يزداد سوءاً يوماً بعد يوم.",
 "raqqa"),
("s7-ar10", "توزيع خيام",
 "أعلنت مفوضية اللاجئين أنها وزعت ٢٠٠ خيمة علي النازحين في ريف دير الزّور الشرقي خلال تموز.",
 "unhcr dez"),
("s7-ar11", "عيادة جديدة",
 "فتحت منظمة اطباء بلا حدود عيادة في القامشلي، فيما اعتقلت الشرطة شاباً قالت إنه روج لأفكار متطرفة على الإنترنت.",
 "msf qamishli"),
("s7-ar12", "حملة دهم",
 "نفذت قوات سورية الديموقراطية حملة دهم في ريف الحَسَكة الجنوبي، واعتقلت ٧ مشتبهين بالانتماء لتنظيمات متطرفة كداعش في تشرين الثاني.",
 "sdf hasakah isis"),
("s7-ar13", "وصول المياه",
 "وصلت مياه الفرات إلى كوباني بعد إصلاح المحطة، وقال المهندس فرات حسن إن الضخ سيستمر ٢٤ ساعة يومياً.",
 "euphrates kobani"),
("s7-ar14", "زيارة وفد",
 "وفي أيار/مايو، زار وفدٌ أوروبي سجنَ غويران ومخيمَ روج، وطالب بإعادة النساء والأطفال إلى بلدانهم.",
 "ghuwayran roj"),
("s7-en01", "Fire in al-Hol",
 "Fire tore through tents in al-Hol camp near Hasakah on 12 March, the SDF said.",
 "hol hasakah sdf"),
("s7-en02", "Patients moved from Roj",
 "Doctors Without Borders moved fifteen patients from Roj camp to a hospital in Qamishli.",
 "msf roj qamishli"),
("s7-en03", "Sleeper cells",
 "Ten years after the siege of Kobani, ISIS sleeper cells remain active in the Deir ez-Zor countryside.",
 "kobani isis dez"),
("s7-en04", "River at record low",
 "The UNHCR said water levels in the Euphrates near Raqqa were at a record low, threatening irrigation.",
 "unhcr euphrates raqqa"),
("s7-en05", "Dam inspected",
 "Engineers inspected the Tishrin Dam in October after shelling damaged a spillway.",
 "tishrin"),
("s7-en06", "Hunger strike",
 "Inmates at Ghuwayran prison, also called al-Sina'a, staged a three-day hunger strike.",
 "ghuwayran"),
("s7-en07", "Children handed over",
 "The Syrian Democratic Forces handed 30 children held in al-Hawl to their grandmothers from Uzbekistan.",
 "sdf hol"),
("s7-en08", "Checkpoint attack",
 "Daesh claimed an attack on a checkpoint in Deir Ezzor in which three guards died.",
 "isis dez"),
("s7-en09", "Measles warning",
 "MSF warned that measles cases were rising in camps around Hassakeh.",
 "msf hasakah"),
("s7-en10", "Bread prices double",
 "Residents of Qamishlo said bread prices doubled after power from the Tishreen dam was cut.",
 "qamishli tishrin"),
("s7-en11", "Concert for the displaced",
 "A singer from Ain al-Arab performed for displaced families in Raqqa.",
 "kobani raqqa"),
("s7-en12", "Women ask for help",
 "A Kurdish journalist said he met women from Roj who asked the UN refugee agency for help.",
 "roj unhcr"),
("s7-en13", "Prison population",
 "Panorama prison in Hasakah holds about four thousand ISIS suspects, officials said.",
 "ghuwayran hasakah isis"),
("s7-en14", "Low water",
 "Farmers along the Furat in Deir ez-Zor said the river had never been so low.",
 "euphrates dez"),
]

QUERIES = [
 ("Hasakah", "hasakah"), ("Hassakeh", "hasakah"), ("الحسكة", "hasakah"), ("حسكه", "hasakah"),
 ("Qamishli", "qamishli"), ("Qamishlo", "qamishli"), ("القامشلي", "qamishli"), ("قامشلو", "qamishli"),
 ("Raqqa", "raqqa"), ("Rakka", "raqqa"), ("الرقة", "raqqa"), ("رقه", "raqqa"),
 ("Deir ez-Zor", "dez"), ("Deirezzor", "dez"), ("دير الزور", "dez"), ("ديرالزور", "dez"),
 ("al-Hol", "hol"), ("Al-Hawl", "hol"), ("الهول", "hol"), ("مخيم الهول", "hol"),
 ("Roj", "roj"), ("Roj camp", "roj"), ("روج", "roj"), ("مخيم روج", "roj"),
 ("Ghuwayran", "ghuwayran"), ("Sinaa prison", "ghuwayran"), ("غويران", "ghuwayran"), ("سجن الصناعة", "ghuwayran"),
 ("SDF", "sdf"), ("Syrian Democratic Forces", "sdf"), ("قسد", "sdf"), ("قوات سوريا الديمقراطية", "sdf"),
 ("ISIS", "isis"), ("Daesh", "isis"), ("داعش", "isis"), ("تنظيم الدولة", "isis"),
 ("MSF", "msf"), ("Doctors Without Borders", "msf"), ("أطباء بلا حدود", "msf"), ("اطباء بلا حدود", "msf"),
 ("UNHCR", "unhcr"), ("UN refugee agency", "unhcr"), ("مفوضية اللاجئين", "unhcr"), ("المفوضية السامية لشؤون اللاجئين", "unhcr"),
 ("Tishrin Dam", "tishrin"), ("Tishreen", "tishrin"), ("سد تشرين", "tishrin"), ("تشرين", "tishrin"),
 ("Kobani", "kobani"), ("Ain al-Arab", "kobani"), ("كوباني", "kobani"), ("عين العرب", "kobani"),
 ("Euphrates", "euphrates"), ("Furat", "euphrates"), ("الفرات", "euphrates"), ("نهر الفرات", "euphrates"),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as f:
        for i, t, b, _ in ARTICLES:
            f.write(json.dumps({"id": i, "title": t, "body": b}, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "mentions.tsv"), "w", encoding="utf-8") as f:
        f.write("# id<TAB>space-separated entity keys named in the article (judged by reading; empty = names none); held7\n")
        for i, _, _, k in ARTICLES:
            f.write(f"{i}\t{k}\n")
    with open(os.path.join(OUT, "queries.tsv"), "w", encoding="utf-8") as f:
        f.write("# query<TAB>key; expects every article whose mentions include key, in either script; held7\n")
        for q, k in QUERIES:
            f.write(f"{q}\t{k}\n")
    print("scripts:", len(ARTICLES), "articles,", len(QUERIES), "queries")


if __name__ == "__main__":
    main()
