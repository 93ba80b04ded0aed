"""More layouts for bench/documents_gen.py (round 35): what researchers download besides Nexis and
Factiva, and Nexis Uni from another interface language, written from the same invented articles
(bench/documents_articles.py), our own text; the labels as the services' help pages and exports
show them.

  proquest        ProQuest "Report Information" export: a cover and a table of contents, each
                  document under a rule and "Document N of M", its headline, Author ("Haddad,
                  Lina"), Publication info, "Full text:", then the fields (Title, Publication
                  title, Publication date, Section, Language of publication, ProQuest document ID,
                  Document URL, Copyright, Database), a contact footer        txt html docx
  ebsco           EBSCOhost's print/e-mail text: "Record: N", Title, Authors, Source (the citation
                  line with its M/D/YYYY date), wrapped Subject Terms, Accession Number, Database,
                  the text, "Copyright of X is the property of ..."            txt
  nexis-uni-es    Nexis Uni from its Spanish interface: "5 de marzo de 2019 martes", Sección,
                  Longitud (palabras), Firma, Cuerpo, Idioma, Fecha de carga, "Fin del documento"  docx txt
  clippings       a researcher's Word file of articles pasted one after another (documents_gen:
                  clippings-pasted)                                             docx
  monitoring      media-monitoring exports: Meltwater's UTF-16 tab-separated CSV (Headline, Source,
                  Influencer, Language "English", Full Text), Brandwatch's CSV with its report's
                  lines over the header row                                     csv
"""

from __future__ import annotations

import csv
import datetime as dt
import io

LANGUAGE_NAMES = {"en": "English", "ar": "Arabic"}
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
             "octubre", "noviembre", "diciembre"]
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_LANGUAGES = {"en": "INGLÉS", "ar": "ÁRABE"}
RULE = "_" * 60


def _day(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


def _inverted(author):
    """"Lina Haddad" -> "Haddad, Lina" (a name in Latin letters of two or three words)."""
    if not author or not author.isascii():
        return author
    *given, family = author.split()
    return f"{family}, {' '.join(given)}" if given else author


def proquest_id(i: int) -> str:
    return str(2190000000 + 7919 * i)


def proquest_url(i: int) -> str:
    return f"https://www.proquest.com/newspapers/document-{i}/docview/{proquest_id(i)}/se-2"


def proquest(articles):
    d = _day
    out = [(RULE, "p"), ("Report Information from ProQuest", "p"), ("01 December 2025 10:31", "p"), (RULE, "p"),
           ("Table of contents", "title")]
    out += [(f"{i}. {a['title']}", "p") for i, a in enumerate(articles, 1)]
    for i, a in enumerate(articles, 1):
        when = d(a["published"])
        raw = a["raw_outlet"]
        out += [(RULE, "p"), (f"Document {i} of {len(articles)}", "p"), (a["title"], "title")]
        if a["author"]:
            out.append((f"Author: {_inverted(a['author'])}", "p"))
        out += [(f"Publication info: {raw} ; [{raw}]. {when.day:02d} {when:%b} {when.year}: 24.", "p"),
                ("ProQuest document link", "p"), ("Abstract: None available.", "p"),
                (f"Full text: {a['paragraphs'][0]}", "p")]
        out += [(p, "p") for p in a["paragraphs"][1:]]
        out += [("Subject: Refugee camps; Repatriation; Detainees", "p"), ("Location: Syria", "p"),
                (f"Title: {a['title']}", "p"), (f"Publication title: {raw}", "p"), ("Pages: 24", "p"),
                (f"Publication year: {when.year}", "p"), (f"Publication date: {when:%b} {when.day}, {when.year}", "p"),
                (f"Section: {a['section']}", "p"), ("Publisher: Newspaper Publishing Ltd", "p"),
                ("Source type: Newspaper", "p"), (f"Language of publication: {LANGUAGE_NAMES[a['language']]}", "p"),
                ("Document type: News", "p"), (f"ProQuest document ID: {proquest_id(i)}", "p"),
                (f"Document URL: {proquest_url(i)}", "p"), (f"Copyright: {a['copyright']}", "p"),
                (f"Last updated: {a['load_date']}", "p"), ("Database: ProQuest Central", "p")]
    out += [(RULE, "p"), ("Contact ProQuest", "p"),
            ("Copyright © 2025 ProQuest LLC. All rights reserved. - Terms and Conditions", "p")]
    return out


def ebsco_number(i: int) -> str:
    return f"{135000000 + 4099 * i}"


def ebsco_notice(a) -> str:
    return (f"Copyright of {a['outlet']} is the property of its publisher and its content may not be copied or "
            "emailed to multiple sites or posted to a listserv without the copyright holder's express written permission.")


def ebsco(articles) -> str:
    """The text EBSCOhost prints or mails: a field a line, wrapped values on the lines under it."""
    lines = []
    for i, a in enumerate(articles, 1):
        when = _day(a["published"])
        lines += [f"Record: {i}", f"Title: {a['title']}"]
        if a["author"]:
            lines.append(f"Authors: {_inverted(a['author'])}")
        lines += [f"Source: {a['raw_outlet']}. {when.month}/{when.day}/{when.year}, p24-24. 1p.",
                  "Document Type: Article", "Subject Terms: *REFUGEE camps", "*REPATRIATION",
                  "Geographic Terms: SYRIA", f"Accession Number: {ebsco_number(i)}", "Database: Newspaper Source", ""]
        for paragraph in a["paragraphs"]:
            lines += [paragraph, ""]
        lines += [ebsco_notice(a), "", ""]
    return "\n".join(lines)


def _es_date(iso: str) -> str:
    when = _day(iso)
    return f"{when.day} de {ES_MONTHS[when.month - 1]} de {when.year} {ES_DAYS[when.weekday()]}"


def nexis_uni_es(articles):
    out = [("Documentos (%d)" % len(articles), "title")]
    out += [(f"{i}. {a['title']}", "p") for i, a in enumerate(articles, 1)]
    out += [("Términos de búsqueda: al-Hol OR Roj", "p"), ("", "break")]
    for i, a in enumerate(articles, 1):
        load = _day(a["load_date"])
        out += [(a["title"], "title"), (a["raw_outlet"], "p"), (_es_date(a["published"]), "p"), (a["copyright"], "p"),
                (f"Sección: {a['section']}", "p"), (f"Longitud: {a['length']} palabras", "p")]
        if a["author"]:
            out.append((f"Firma: {a['author']}", "p"))
        out.append(("Cuerpo", "title"))
        out += [(p, "p") for p in a["paragraphs"]]
        out += [("Clasificación", "title"), (f"Idioma: {ES_LANGUAGES[a['language']]}", "p"),
                ("Tipo de publicación: Periódico", "p"),
                (f"Fecha de carga: {load.day} de {ES_MONTHS[load.month - 1]} de {load.year}", "p"),
                ("Fin del documento", "p")]
        if i < len(articles):
            out.append(("", "break"))
    return out


def meltwater(articles) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter="\t")
    writer.writerow(["Date", "Time", "Headline", "URL", "Opening Text", "Hit Sentence", "Source", "Influencer",
                     "Country", "Language", "Reach", "Sentiment", "Full Text"])
    for i, a in enumerate(articles, 1):
        when = _day(a["published"])
        writer.writerow([f"{when.day:02d}-{when:%b}-{when.year}", "09:14AM", a["title"], monitoring_url(i),
                         a["paragraphs"][0][:120], "", a["outlet"], a["author"] or "", "Syria",
                         LANGUAGE_NAMES[a["language"]], "120000", "Neutral", "\n\n".join(a["paragraphs"])])
    return buffer.getvalue().encode("utf-16")


def brandwatch(articles) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerows([["Brandwatch Consumer Research"], ["Report:", "Mentions"], ["Query:", "al-Hol OR Roj"],
                      ["Date range:", "2019-01-01 - 2023-12-31"], []])
    writer.writerow(["Query Id", "Query Name", "Date", "Title", "Url", "Author", "Full Text", "Language",
                     "Sentiment", "Page Type", "Country", "Publication"])
    for i, a in enumerate(articles, 1):
        writer.writerow(["2001", "NE Syria", f"{a['published']} 08:14:00.0", a["title"], monitoring_url(i),
                         a["author"] or "", "\n".join(a["paragraphs"]), a["language"], "neutral", "news", "Syria",
                         a["outlet"]])
    return buffer.getvalue()


def monitoring_url(i: int) -> str:
    return f"https://news.example.org/stories/{i}"


def clippings(articles, date_text):
    """A researcher's Word file of articles pasted one after another: the file's heading, then each
    article's headline, "Outlet, date" line, byline and paragraphs, a page break between them."""
    out = [("Press clippings: the camps of north-east Syria", "p")]
    for k, a in enumerate(articles):
        if k:
            out.append(("", "break"))
        out += [(a["title"], "title"), (f"{a['outlet']}, {date_text(a['published'])}", "p")]
        if a["author"]:
            out.append((f"By {a['author']}", "p"))
        out += [(p, "p") for p in a["paragraphs"]]
    return out
