"""Round 26: a newsletter's e-mail that carries one article is read as that article: its headline
(the subject less the part naming the newsletter, or the body's line the subject holds), its date
(the one its text states, else the Date header's, said in a note), its author and tags (read as on
a text page), its text between the newsletter's head and footer; a newsletter of teasers only is
refused. Every message here is written for these tests (several templates and languages), sent
through the standard library's encoders (quoted-printable, base64, RFC 2047 headers)."""

import email.policy
from email.message import EmailMessage
from pathlib import Path

from archive.extract import newsletter_parts as parts
from archive.extract.article import build_article
from archive.model import BadRecord
from archive.readers.mail import read_eml, read_mbox
from archive.readers.mail_article import HEADER_DATE
from archive.readers.mail_senders import repeated_parts


def _message(sender, subject, date, html=None, plain=None, cte="quoted-printable", extra=()):
    message = EmailMessage(policy=email.policy.SMTP)
    message["From"], message["To"], message["Subject"], message["Date"] = sender, "reader@example.net", subject, date
    for name, value in extra:
        message[name] = value
    if plain is not None:
        message.set_content(plain, cte=cte)
    if html is not None:
        if plain is None:
            message.set_content(html, subtype="html", cte=cte)
        else:
            message.add_alternative(html, subtype="html", cte=cte)
    return message.as_bytes()


def _read(tmp_path: Path, data: bytes, name: str = "issue.eml"):
    path = tmp_path / name
    path.write_bytes(data)
    return list(read_eml(path))


HILL = [
    "Heavy rain on Friday night washed away a section of the mountain road that links Birch Hollow, Stone "
    "Ford and Upper Mere with the market town below.",
    "Council engineers reached the broken section on Saturday morning and said the repair would take at "
    "least three weeks, because the slope beneath the road is still moving.",
    "\"We have flour for ten days and no more,\" said a shopkeeper in Stone Ford, who asked that his name "
    "not be used. \"After that we carry it up on our backs.\"",
    "A temporary footpath has been marked through the forest, and the council said a tractor would bring "
    "medicine and fuel up the old logging track twice a week.",
]


def _hill_html(headline_in_text: bool = True) -> str:
    story = "".join(f"<p>{p.replace(chr(34), '&quot;')}</p>" for p in HILL)
    headline = "<h1>Floods cut the road to three hill villages</h1>" if headline_in_text else ""
    return (
        "<html><body><div style='display:none'>Three villages cut off, and the week in pictures</div>"
        "<table><tr><td><a href='https://valley.example/v/1'>View this email in your browser</a></td></tr>"
        "<tr><td><h3>MORNING BRIEFING &middot; Monday 4 March 2024</h3>"
        "<p>Good morning. Here is the story our readers asked about most this weekend.</p>"
        f"{headline}<p>By Mara Lindqvist</p><p>March 3, 2024</p>{story}"
        "<p>Topics: Floods, Roads, Birch Hollow</p>"
        "<p><a href='https://valley.example/f'>Forward this email to a colleague</a></p>"
        "<p>Our reporting is paid for by readers. <a href='https://valley.example/g'>Donate today</a></p>"
        "<p>You are receiving this email because you signed up for the Morning Briefing.</p>"
        "<p><a href='https://valley.example/u'>Unsubscribe</a> | <a href='https://valley.example/p'>Manage preferences</a></p>"
        "<p>The Valley Post, 14 Mill Lane, Riverton</p><p>&copy; 2024 Valley Post Media</p></td></tr></table></body></html>")


def test_an_html_briefing_quoted_printable_gives_its_article(tmp_path):
    data = _message("The Valley Post <briefing@valley.example>",
                    "Morning Briefing | Floods cut the road to three hill villages",
                    "Mon, 04 Mar 2024 06:15:00 +0000", html=_hill_html())
    assert b"quoted-printable" in data
    (record,) = _read(tmp_path, data)
    assert record.title == "Floods cut the road to three hill villages"
    assert record.author == "Mara Lindqvist"
    assert record.tags == ["Floods", "Roads", "Birch Hollow"]
    article = build_article(record)
    assert article.published == "2024-03-03"  # the article's date, not the day it was sent
    assert not [n for n in article.notes if n == HEADER_DATE]
    assert article.body == "\n\n".join(HILL)


def test_the_headline_not_repeated_in_the_text_the_head_is_left_out(tmp_path):
    data = _message("The Valley Post <briefing@valley.example>",
                    "Floods cut the road to three hill villages - Morning Briefing",
                    "Mon, 04 Mar 2024 06:15:00 +0000", html=_hill_html(headline_in_text=False))
    (record,) = _read(tmp_path, data)
    assert record.title == "Floods cut the road to three hill villages"
    article = build_article(record)
    assert article.body == "\n\n".join(HILL) and article.author == "Mara Lindqvist"


MARKET = [
    "أعادت البلدية افتتاح سوق الخضار القديم في الحي الشرقي صباح الأحد، بعد عام كامل من أعمال الترميم التي "
    "شملت السقف والأرضيات وشبكة الصرف.",
    "وقال رئيس لجنة السوق إن أكثر من ستين بائعاً عادوا إلى محالهم في اليوم الأول، وإن الإقبال فاق ما توقعه التجار.",
    "وتخطط البلدية لتركيب مظلات جديدة في الساحة المجاورة قبل حلول الصيف، بحسب بيان نشرته على صفحتها.",
]


def test_an_arabic_issue_in_base64_with_encoded_headers(tmp_path):
    html = ("<html dir='rtl'><body><p><a href='https://sahil.example/v'>إذا لم تظهر الرسالة بشكل صحيح، اضغط هنا "
            "لعرضها في المتصفح</a></p><p>نشرة الساحل الصباحية</p><p>صباح الخير، إليكم أبرز قصة اليوم.</p>"
            "<h2>افتتاح سوق الخضار في الحي الشرقي بعد ترميمه</h2><p>بقلم: سلمى العمر</p>"
            + "".join(f"<p>{p}</p>" for p in MARKET) +
            "<p>الوسوم: أسواق، ترميم</p><p>وصلتك هذه الرسالة لأنك مشترك في نشرة الساحل.</p>"
            "<p><a href='https://sahil.example/u'>لإلغاء الاشتراك اضغط هنا</a></p>"
            "<p>© 2023 الساحل. جميع الحقوق محفوظة</p></body></html>")
    data = _message("نشرة الساحل <nashra@sahil.example>",
                    "نشرة الساحل الصباحية: افتتاح سوق الخضار في الحي الشرقي بعد ترميمه",
                    "Sat, 13 May 2023 05:00:00 +0300", html=html, cte="base64")
    assert b"=?utf-8?b?" in data and b"base64" in data
    (record,) = _read(tmp_path, data)
    assert record.title == "افتتاح سوق الخضار في الحي الشرقي بعد ترميمه"
    assert record.author == "سلمى العمر"
    assert record.tags == ["أسواق", "ترميم"]
    article = build_article(record)
    assert article.body == "\n\n".join(MARKET)
    assert article.published == "2023-05-13" and HEADER_DATE in article.notes  # no date in its text


BRIDGE = [
    "Seit Dienstag verbindet eine neue Fußgängerbrücke die Dörfer Oberau und Niederau, die bisher nur über "
    "einen Umweg von zwölf Kilometern zu erreichen waren.",
    "Der Bau hat knapp zwei Jahre gedauert und wurde zur Hälfte vom Land bezahlt, wie die Gemeinde mitteilte.",
    "„Endlich können die Kinder wieder zu Fuß zur Schule gehen“, sagte eine Mutter aus Niederau.",
]


def test_a_german_plain_text_letter(tmp_path):
    plain = ("KREISANZEIGER WOCHENBRIEF | Ausgabe 112\nIm Browser ansehen: https://kreis.example/wb/112\n\n"
             "Guten Morgen, liebe Leserinnen und Leser,\nhier ist unsere Geschichte der Woche.\n\n"
             "Neue Brücke verbindet zwei Dörfer am Fluss\n\nVon Lena Brandt\n\n" + "\n\n".join(BRIDGE) +
             "\n\nSchlagwörter: Verkehr, Brücken\n\n"
             "Sie erhalten diese E-Mail, weil Sie den Wochenbrief abonniert haben.\n"
             "Newsletter abbestellen: https://kreis.example/ab\nKreisanzeiger Verlag GmbH, Hauptstraße 5, Talstadt\n")
    data = _message("Kreisanzeiger <wb@kreis.example>", "Der Wochenbrief: Neue Brücke verbindet zwei Dörfer am Fluss",
                    "Fri, 16 Jun 2023 07:00:00 +0200", plain=plain)
    (record,) = _read(tmp_path, data)
    assert record.title == "Neue Brücke verbindet zwei Dörfer am Fluss"
    assert record.author == "Lena Brandt"
    assert record.tags == ["Verkehr", "Brücken"]
    assert build_article(record).body == "\n\n".join(BRIDGE)


def test_a_french_letter_named_after_its_headline(tmp_path):
    story = ["Le petit port de pêche de Saint-Aubin a rouvert jeudi après deux ans de travaux sur la digue et "
             "les quais, au grand soulagement des pêcheurs.",
             "Pendant le chantier, les bateaux devaient débarquer leurs prises à vingt kilomètres de là, ce qui "
             "rallongeait chaque sortie de plusieurs heures.",
             "La mairie prévoit d'installer une halle couverte pour la vente directe au printemps prochain."]
    html = ("<html><body><p><a href='https://littoral.example/w'>Voir la version en ligne</a></p>"
            "<p>LA LETTRE DU LITTORAL</p><p>Bonjour,</p><h2>Le port de pêche rouvre après deux ans de travaux</h2>"
            "<p>Par Claire Dumas</p><p>Publié le 8 juin 2023</p>" + "".join(f"<p>{p}</p>" for p in story) +
            "<p>Transférer à un collègue</p><p>Vous recevez cet e-mail car vous êtes inscrit à la lettre.</p>"
            "<p><a href='https://littoral.example/d'>Se désinscrire</a></p><p>© 2023 Le Littoral</p></body></html>")
    data = _message("Le Littoral <lettre@littoral.example>",
                    "Le port de pêche rouvre après deux ans de travaux – La Lettre du Littoral",
                    "Fri, 09 Jun 2023 06:30:00 +0200", html=html)
    (record,) = _read(tmp_path, data)
    assert record.title == "Le port de pêche rouvre après deux ans de travaux"
    assert record.author == "Claire Dumas"
    article = build_article(record)
    assert article.published == "2023-06-08"
    assert article.body == "\n\n".join(story)


CHOIR = [
    "The choir was founded in the year the pit opened and sang at every funeral and wedding in the valley "
    "until the mine closed.",
    "Its twelve surviving members, the youngest of them sixty-one, now rehearse on Tuesday evenings in the "
    "old pithead baths.",
    "They plan a first concert in the chapel at Easter, and have asked former members' grandchildren to join.",
]


def test_the_headline_is_the_line_of_the_text_the_subject_holds(tmp_path):
    plain = ("Weekend reading from the Valley Post\n\nDear subscriber,\n\n"
             "A choir of miners sings again after ten years\n\nBy Tomas Reyes\n\n" + "\n\n".join(CHOIR) +
             "\n\nManage your subscription | Unsubscribe\nValley Post Media, 14 Mill Lane, Riverton\n")
    data = _message("The Valley Post <weekend@valley.example>",
                    "Weekend reading: A choir of miners sings again after ten years, and more",
                    "Sun, 10 Mar 2024 09:00:00 +0000", plain=plain, cte="8bit")
    (record,) = _read(tmp_path, data)
    assert record.title == "A choir of miners sings again after ten years"
    assert record.author == "Tomas Reyes"
    assert record.body == "\n\n".join(CHOIR)


def test_a_newsletter_of_teasers_only_is_refused(tmp_path):
    items = [("Bakers in Riverton raise the price of bread", "A sack of flour now costs twice what it did."),
             ("School term starts late in the hill villages", "Teachers wait for the road to reopen."),
             ("Ferry timetable changes from Monday", "The early boat now leaves twenty minutes later.")]
    html = "<html><body><p>View in browser</p><p>Hi there, here are this week's picks:</p>" + "".join(
        f"<h2>{h}</h2><p>{t}</p><p><a href='https://valley.example/s/{n}'>Read more</a></p>"
        for n, (h, t) in enumerate(items)) + "<p><a href='https://valley.example/u'>Unsubscribe</a></p></body></html>"
    data = _message("The Valley Post <picks@valley.example>", "The week in Riverton: bread, school, ferries",
                    "Sat, 09 Mar 2024 08:00:00 +0000", html=html)
    (bad,) = _read(tmp_path, data)
    assert isinstance(bad, BadRecord) and "boilerplate only" in bad.reason


def test_teasers_and_stories_are_told_apart():
    teaser = [("A", ["One line under it."], "u1"), ("B", ["Another line."], "u2")]
    assert parts.teasers_only(teaser)
    assert not parts.teasers_only([("A", ["One line under it.", "A second paragraph of the story."], "u1"),
                                   ("B", ["Another line."], "u2")])
    assert not parts.teasers_only(teaser[:1])


BREAD = ["The bakers of Riverton raised the price of a loaf by a fifth on Monday, saying flour now costs twice "
         "what it did in the spring.",
         "Several bakeries have cut their opening hours, and one on the market square has stopped baking rolls."]
FERRY = ["The early ferry across the estuary will leave twenty minutes later from Monday, after the operator "
         "lost two of its deckhands.",
         "Commuters who change to the morning train at the far quay say they will now miss it by five minutes."]


def _letter(subject: str, story: list, date: str) -> bytes:
    return _message("Valley Post Letters <letters@valley.example>", subject, date,
                    plain="Good afternoon,\n\n" + "\n\n".join(story) +
                    "\n\nYou are receiving this because you asked for it.\nUnsubscribe: https://valley.example/u\n")


def test_the_part_a_senders_subjects_repeat_names_the_newsletter(tmp_path):
    first = _letter("Inside the Valley | Bakers raise the price of bread", BREAD, "Mon, 04 Mar 2024 16:00:00 +0000")
    (alone,) = _read(tmp_path, first, "a.eml")
    assert alone.title == "Inside the Valley | Bakers raise the price of bread"  # nothing says which part names it
    (tmp_path / "b.eml").write_bytes(
        _letter("Inside the Valley | Ferry timetable changes from Monday", FERRY, "Mon, 11 Mar 2024 16:00:00 +0000"))
    from archive.readers.mail_senders import folder_parts
    folder_parts.cache_clear()
    (record,) = list(read_eml(tmp_path / "a.eml"))
    assert record.title == "Bakers raise the price of bread"
    assert build_article(record).body == "\n\n".join(BREAD)
    mbox = tmp_path / "letters.mbox"
    mbox.write_bytes(b"".join(b"From letters@valley.example Mon Mar  4 16:00:00 2024\n" + m + b"\n" for m in (
        first, _letter("Inside the Valley | Ferry timetable changes from Monday", FERRY, "Mon, 11 Mar 2024 16:00:00 +0000"))))
    assert [r.title for r in read_mbox(mbox)] == ["Bakers raise the price of bread", "Ferry timetable changes from Monday"]
    assert repeated_parts(["X #4 | One thing", "x #5 | Another thing", "Notes: a third"]) == frozenset({"x"})


def test_a_personal_message_is_not_read_as_a_newsletter(tmp_path):
    plain = ("Here is the draft we talked about.\n\n" + "\n\n".join(BREAD) + "\n\nSee you on Thursday,\nAnna\n")
    data = _message("Anna Berg <anna@example.org>", "Weekly notes: bread prices", "Mon, 04 Mar 2024 16:00:00 +0000",
                    plain=plain)
    (record,) = _read(tmp_path, data)
    assert record.title == "Weekly notes: bread prices"
    assert record.body.startswith("Here is the draft")


def test_head_and_footer_lines_by_shape_and_words():
    assert parts.head_line("View this email in your browser")
    assert parts.head_line("صباح الخير أعزاءنا القراء")
    assert parts.head_line("THE RIVER LETTER | Issue 12")
    assert parts.head_line("Issue 12")
    assert not parts.head_line("Hello Kitty goods were seized at the port on Monday, customs officers said, "
                               "in the largest raid of its kind this year in the region of the northern coast.")
    lines = ["Story line one is long enough to be prose and ends with a full stop as prose does here.",
             "Last paragraph of the story, which is also plainly prose and ends the way prose ends.",
             "Forward to a friend", "Vous recevez cet e-mail car vous êtes inscrit.", "© 2024 Someone"]
    assert parts.footer_start(lines) == 2
    assert parts.footer_start(lines[:2]) == 2


def test_a_newsletter_sent_in_its_writers_name():
    from archive.readers.mail import _without_writer
    from archive.readers.mail_article import sender_author

    lines = ["Forty-one years of glue and thread", "Nadia Farouk", "Mar 4", "The workshop closed on Saturday."]
    assert sender_author(lines, "Nadia Farouk from Old Quarter Letters") == "Nadia Farouk"
    assert sender_author(lines, "Old Quarter Letters") is None
    assert sender_author(["Weekly Digest", "Text."], "Weekly Digest") is None  # a newsletter's name, not a writer
    assert _without_writer("Nadia Farouk from Old Quarter Letters", "Nadia Farouk") == "Old Quarter Letters"
    assert _without_writer("Old Quarter Letters", "Nadia Farouk") == "Old Quarter Letters"


BINDER = ["The last bookbinder in the old quarter closed his workshop on Saturday after forty-one years, saying "
          "his hands could no longer hold the needle steady.",
          "Customers queued along the lane to collect repaired books, some of them left with him years ago."]


def test_a_forwarded_newsletter_is_the_newsletter_its_sender_and_date(tmp_path):
    html = ("<div>for the crafts file<br><br><div class=gmail_quote><div>---------- Forwarded message ---------<br>"
            "From: <strong>Old Quarter Gazette</strong> &lt;news@gazette.example&gt;<br>Date: Thu, 7 Mar 2024 09:00:00 +0000<br>"
            "Subject: Gazette Weekly — The last bookbinder closes his door<br>To: &lt;sam@example.net&gt;<br></div><br><br>"
            "<p><a href=x>View this email in your browser</a></p><h1>The last bookbinder closes his door</h1>"
            "<p>By Omar Haddad</p>" + "".join(f"<p>{p}</p>" for p in BINDER) +
            "<p>You are receiving this email because you opted in.</p><p><a href=u>Unsubscribe</a></p></div></div>")
    data = _message("Sam Rivers <sam@example.net>", "Fwd: Gazette Weekly — The last bookbinder closes his door",
                    "Tue, 12 Mar 2024 20:00:00 +0000", html=html, plain="for the crafts file")
    (record,) = _read(tmp_path, data)
    assert (record.title, record.author, record.outlet) == ("The last bookbinder closes his door", "Omar Haddad",
                                                            "Old Quarter Gazette")
    article = build_article(record)
    assert article.published == "2024-03-07" and article.body == "\n\n".join(BINDER)


def test_a_forwarded_article_in_plain_text_is_read_as_a_page(tmp_path):
    tram = ["The new tram line between the central station and the airport carried its first passengers on "
            "Tuesday, two years later than planned.",
            "City officials said the delays were caused by a dispute with the builder over the tunnel."]
    plain = ("Worth keeping for the transport chapter.\n\n-------- Weitergeleitete Nachricht --------\n"
             "Betreff: Tram line to the airport opens after delays\nDatum: Tue, 5 Sep 2023 10:12:00 +0200\n"
             "Von: Riverside Courier <alerts@courier.example>\nAn: kai@example.net\n\n"
             "Tram line to the airport opens after delays\nBy Ines Moreau | Riverside Courier\nSeptember 5, 2023\n\n"
             + "\n\n".join(tram) + "\n")
    data = _message("Kai Lenz <kai@example.net>", "WG: tram story", "Wed, 06 Sep 2023 08:00:00 +0200", plain=plain)
    (record,) = _read(tmp_path, data)
    assert (record.title, record.author, record.outlet) == ("Tram line to the airport opens after delays",
                                                            "Ines Moreau", "Riverside Courier")
    article = build_article(record)
    assert article.published == "2023-09-05" and article.body == "\n\n".join(tram)


def test_forwarding_prefixes_and_headers():
    from archive.readers.mail_forwards import forwarded, without_prefixes

    assert without_prefixes("Fwd: FW: Notes | Headline") == "Notes | Headline"
    assert without_prefixes("Re: lunch") == "Re: lunch"
    assert forwarded(["From: a@b.example", "Some text."]) is None  # a label alone is no forwarded header
    found = forwarded(["note", "Begin forwarded message:\nFrom: X <x@y.example>\nSubject: Title here", "Text."])
    assert (found.sender, found.subject, found.paragraphs) == ("X <x@y.example>", "Title here", ["Text."])
