"""Articles pasted with their source's lines (issue #13, round 36): a sender's "Source: Outlet, date"
and "Link: ..." lines over each headline or under it, in the interface's language (labels kept as
data: archive/data/outlet_source_labels.txt and the url names of archive/data/record_fields.txt),
numbered rules between the articles, a byline label with a colon ("بقلم:", "Par :"), headlines in
a script without capitals; in an e-mail, a Word file, and an article pasted over an alert."""

from email.message import EmailMessage

import docx
import sqlite_utils

EN_1 = ("Guards at the Ghuwayran prison in al-Hasakah said on Sunday that the last group of gunmen holding out "
        "in the dormitories had surrendered after ten days of fighting.",
        "The administration said that the district around the prison would stay closed while engineers check the "
        "buildings for explosives left by the attackers.")
EN_2 = ("Twelve children from the Roj camp crossed into Iraqi Kurdistan at Semalka on Tuesday, handed by the "
        "north-east Syria administration to a delegation from their mothers' country.",
        "A camp official said the children had waited more than a year for the papers, and that their mothers "
        "would stay in the camp until a court decides their cases.")
FR_1 = ("Une cour de Qamichli a commencé dimanche à juger des hommes accusés d'avoir gardé les prisons du groupe "
        "État islamique, selon le conseil de justice de la région.",
        "Les avocats de deux accusés ont affirmé que leurs clients avaient été contraints de travailler pour le "
        "groupe et ont demandé un délai pour faire venir des témoins.")
FR_2 = ("Les familles du quartier de Ghouayrane sont rentrées lundi chez elles et ont trouvé des fenêtres brisées "
        "et des portes forcées après six nuits de combats autour de la prison.",
        "Les écoles du quartier resteront fermées une semaine de plus, le temps de dégager les rues, a indiqué "
        "l'administration locale.")
AR_1 = ("قال مسؤولون في الإدارة الذاتية إن دفعة جديدة من الأطفال غادرت مخيم روج يوم الثلاثاء عبر معبر سيمالكا "
        "برفقة وفد رسمي من بلد أمهاتهم.",
        "وأوضح مسؤول في المخيم أن الأطفال انتظروا أكثر من عام للحصول على أوراقهم، وأن أمهاتهم سيبقين في المخيم "
        "إلى حين البت في قضاياهن.")
AR_2 = ("بدأت محكمة في القامشلي يوم الأحد النظر في قضايا رجال متهمين بحراسة سجون تنظيم الدولة الإسلامية، بحسب "
        "مجلس العدالة في المنطقة.",
        "وقال محامو اثنين من المتهمين إن موكليهم أجبروا على العمل لصالح التنظيم، وطلبوا مهلة لإحضار شهود.")


def stored(db_path):
    return list(sqlite_utils.Database(db_path).query(
        "select a.*, o.name as outlet_name from articles a left join outlets o on o.id = a.outlet "
        "order by source_path, source_record"))


def message(path, subject, text, sender="Ruth Ames <ruth@example.org>"):
    mail = EmailMessage()
    mail["From"], mail["To"], mail["Subject"] = sender, "desk@example.org", subject
    mail["Date"] = "Wed, 02 Feb 2022 09:12:00 +0100"
    mail["Message-ID"] = f"<{abs(hash(subject))}@example.org>"
    mail.set_content(text)
    path.write_bytes(bytes(mail))


def test_two_articles_each_under_its_source_and_link_lines(cli, db_path, tmp_path):
    text = "\n".join([
        "Hi both,", "", "the two pieces we talked about, copied as they were.", "",
        "1) ==========",
        "Source: Northern Ledger, 30 January 2022",
        "Link: https://northern-ledger.example/ghuwayran-surrender", "",
        "Last gunmen surrender at Ghuwayran prison", "By Idris Kane", "", *[p + "\n" for p in EN_1],
        "2) ==========",
        "Source: Valley Courier, 1 February 2022",
        "Link: https://valley-courier.example/roj-children", "",
        "Twelve children leave Roj camp for Iraqi Kurdistan", "By Mira Sandoval", "", *[p + "\n" for p in EN_2],
        "--", "Ruth"])
    path = tmp_path / "two pieces.eml"
    message(path, "two pieces for the file", text)
    result = cli("import", db_path, path, "--silent")
    assert result.exit_code == 0, result.output
    first, second = stored(db_path)
    assert (first["title"], first["outlet_name"], first["published"], first["author"], first["url"]) == (
        "Last gunmen surrender at Ghuwayran prison", "Northern Ledger", "2022-01-30", "Idris Kane",
        "https://northern-ledger.example/ghuwayran-surrender")
    assert (second["title"], second["outlet_name"], second["published"], second["author"]) == (
        "Twelve children leave Roj camp for Iraqi Kurdistan", "Valley Courier", "2022-02-01", "Mira Sandoval")
    assert first["body"].rstrip().endswith("left by the attackers.")  # the next article's source lines are not its
    assert second["body"].rstrip().endswith("until a court decides their cases.")


def test_french_labels_under_the_headline_and_a_byline_with_a_colon(cli, db_path, tmp_path):
    text = "\n".join([
        "Bonjour,", "", "voici les deux articles pour le dossier.", "", "* * * * *", "",
        "À Qamichli, le procès des gardiens des prisons de l'EI s'ouvre", "Par : Hélène Marchal",
        "Source : L'Écho de l'Est, 6 février 2022", "Lien : https://echo-est.example/qamichli-proces", "",
        *[p + "\n" for p in FR_1], "* * * * *", "",
        "Ghouayrane : les familles rentrent dans un quartier dévasté", "Par : Karim Belhadj",
        "Source : La Voix du Plateau, 31 janvier 2022", "", *[p + "\n" for p in FR_2]])
    path = tmp_path / "articles.eml"
    message(path, "articles Hassaké", text)
    result = cli("import", db_path, path, "--silent")
    assert result.exit_code == 0, result.output
    first, second = stored(db_path)
    assert (first["outlet_name"], first["published"], first["author"], first["url"]) == (
        "L'Écho de l'Est", "2022-02-06", "Hélène Marchal", "https://echo-est.example/qamichli-proces")
    assert (second["title"], second["outlet_name"], second["published"], second["author"]) == (
        "Ghouayrane : les familles rentrent dans un quartier dévasté", "La Voix du Plateau", "2022-01-31",
        "Karim Belhadj")
    assert first["body"].startswith("Une cour de Qamichli") and "Source :" not in first["body"]


def test_arabic_articles_in_a_word_file_with_their_source_lines(cli, db_path, tmp_path):
    document = docx.Document()
    document.add_paragraph("ملف صحفي: المخيمات والسجون في شمال شرق سوريا")
    for head, byline, source, link, paragraphs in (
            ("أطفال من مخيم روج يعبرون سيمالكا", "بقلم: ليلى حداد", "المصدر: صحيفة الوادي، 1 شباط 2022",
             "الرابط: https://alwadi.example/roj", AR_1),
            ("محكمة في القامشلي تنظر في قضايا حراس السجون", "بقلم: سامر يوسف", "المصدر: الشرق الجديد، 6 شباط 2022",
             "الرابط: https://sharq-jadid.example/qamishli", AR_2)):
        document.add_paragraph("-" * 12)
        document.add_paragraph(source)
        document.add_paragraph(link)
        document.add_paragraph(head)
        document.add_paragraph(byline)
        for paragraph in paragraphs:
            document.add_paragraph(paragraph)
    path = tmp_path / "ملف صحفي.docx"
    document.save(path)
    result = cli("import", db_path, path, "--silent")
    assert result.exit_code == 0, result.output
    first, second = stored(db_path)
    assert (first["title"], first["outlet_name"], first["published"], first["author"], first["url"]) == (
        "أطفال من مخيم روج يعبرون سيمالكا", "الوادي", "2022-02-01", "ليلى حداد", "https://alwadi.example/roj")
    assert (second["outlet_name"], second["published"], second["author"]) == ("الشرق الجديد", "2022-02-06", "سامر يوسف")
    assert second["body"].startswith("بدأت محكمة في القامشلي") and "الرابط" not in second["body"]


def test_an_article_with_its_source_lines_pasted_over_an_alert(cli, db_path, tmp_path):
    text = "\n".join([
        "Fuente: Diario del Levante, 30 de enero de 2022",
        "Enlace: https://diario-levante.example/ghuwayran", "",
        "Se rinden los últimos atacantes de la cárcel de Ghuwayran", "Por: Nuria Castell", "",
        "Los guardias de la cárcel de Ghuwayran, en Hasaka, dijeron el domingo que el último grupo de atacantes "
        "atrincherado en los dormitorios se había rendido tras diez días de combates.", "",
        "La administración local mantendrá cerrado el barrio mientras los ingenieros revisan los edificios en busca "
        "de explosivos dejados por los atacantes.", "",
        "-----Mensaje original-----", "De: Alertas <alerts@monitor.example>", "Asunto: Alerta: Hasaka", "",
        "Se rinden los últimos atacantes de la cárcel de Ghuwayran", "Diario del Levante",
        "https://diario-levante.example/ghuwayran", "",
        "Nuevos combates cerca de Hasaka", "Otro Diario", "https://otro.example/hasaka"])
    path = tmp_path / "RV_ alerta.eml"
    message(path, "RV: Alerta: Hasaka", text)
    result = cli("import", db_path, path, "--silent")
    assert result.exit_code == 0, result.output
    [row] = stored(db_path)
    assert (row["title"], row["outlet_name"], row["published"], row["author"], row["url"]) == (
        "Se rinden los últimos atacantes de la cárcel de Ghuwayran", "Diario del Levante", "2022-01-30",
        "Nuria Castell", "https://diario-levante.example/ghuwayran")
    assert row["body"].startswith("Los guardias de la cárcel") and "Fuente" not in row["body"]
