"""More layouts for bench/documents_gen.py: what public parsers of real exports say real files hold
and the first layouts did not (sources in bench/README.md, "What real exports look like"). Each is
written from the same invented articles (bench/documents_articles.py), our own text.

  nexis-classic-focus  LexisNexis Academic: "FOCUS - N of M DOCUMENTS", the edition on the date
                       line, "UPDATE:" and "BODY:" lines, "GRAPHIC:" after the text; two documents
                       dated by month ("March 2019") or year ("2021") only       txt docx
  nexis-classic-fr     LexisNexis in French: "Document N de M", French dates ("mardi 5 mars 2019"),
                       AUTEUR, RUBRIQUE, LONGUEUR (mots), DATE-CHARGEMENT, LANGUE: ANGLAIS; one
                       document dated "juin 2019"                                  txt rtf
  nexis-uni-advance    Nexis Uni as its DOCX has it: a no-break space after each label's colon,
                       "Author:" for some bylines, the edition on the date line; one magazine
                       document dated "Spring 2022"; one whose "End of Document" ends its last line                                docx html rtf
  factiva-plain-fr     Factiva without codes from its French interface: "634 mots", French dates,
                       the language in French, each article closed by "Document <AN>"; a section
                       name above some headlines                                   txt rtf
  nexis-classic-de     LexisNexis in German: "Dokument N von M", "Dienstag 5. März 2019", AUTOR,
                       RUBRIK, LÄNGE (Wörter), SPRACHE: ENGLISCH (no load date: its German label is
                       not in the sources); one document dated "Februar 2023"       txt docx
  factiva-plain-de     Factiva without codes from its German interface: "N Wörter", "5 März 2019",
                       "Von" bylines, "Englisch", each article closed by "Dokument <AN>"   txt rtf

``MONTH_ONLY`` says which documents carry a date without its day (their truth has no date).
"""

from __future__ import annotations

import datetime as dt

NBSP = "\u00a0"
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
LANGUAGE_FR = {"en": "ANGLAIS", "ar": "ARABE"}
LANGUAGE_EN = {"en": "ENGLISH", "ar": "ARABIC"}

# layout -> {document number (1-based): the date line standing for a date without a day}
MONTH_ONLY = {"nexis-classic-focus": {4: "March 2019", 7: "2021"},
              "nexis-classic-fr": {2: "juin 2019"},
              "nexis-uni-advance": {8: "Spring 2022"},
              "nexis-classic-de": {9: "Februar 2023"}}

# layout -> documents without their trailer (no Load-Date: their truth has no load date)
NO_TRAILER = {"nexis-uni-advance": {5}}


def _day(iso):
    return dt.date.fromisoformat(iso)


def us_date(iso):  # March 5, 2019 Tuesday
    d = _day(iso)
    return f"{d:%B} {d.day}, {d.year} {d:%A}"


def fr_date(iso):  # mardi 5 mars 2019
    d = _day(iso)
    return f"{FR_DAYS[d.weekday()]} {d.day} {FR_MONTHS[d.month - 1]} {d.year}"


def fr_plain(iso):  # 6 mars 2019
    d = _day(iso)
    return f"{d.day} {FR_MONTHS[d.month - 1]} {d.year}"


def us_plain(iso):
    d = _day(iso)
    return f"{d:%B} {d.day}, {d.year}"


def _copyright_lines(a):
    holder, _, _ = a["copyright"].partition(" All Rights Reserved")
    return [(holder, "center"), ("All Rights Reserved", "center")]


def nexis_classic_focus(articles):
    out, n, partial = [], len(articles), MONTH_ONLY["nexis-classic-focus"]
    for i, a in enumerate(articles, 1):
        if i > 1:
            out.append(("", "break"))
        date = partial.get(i) or us_date(a["published"]) + (" Late Edition - Final" if i % 3 == 0 else "")
        out += [(f"FOCUS - {i} of {n} DOCUMENTS", "center"), (a["raw_outlet"], "center"), (date, "center"),
                (a["title"], "title")]
        if a["author"]:
            out.append((f"BYLINE: {a['author']}", "p"))
        out += [(f"SECTION: {a['section']}", "p"), (f"LENGTH: {a['length']} words", "p")]
        if i % 2 == 0:
            out.append((f"UPDATE: {us_plain(a['load_date'])}", "p"))
        out.append(("BODY:", "p"))
        out += [(p, "p") for p in a["paragraphs"]]
        if i % 4 == 1:
            out.append(("GRAPHIC: Photo, tents at the edge of the camp", "p"))
        out += [(f"LOAD-DATE: {us_plain(a['load_date'])}", "p"),
                (f"LANGUAGE: {LANGUAGE_EN[a['language']]}", "p"), ("PUBLICATION-TYPE: Newspaper", "p")]
        out += _copyright_lines(a)
    return out


def nexis_classic_fr(articles):
    out, n, partial = [], len(articles), MONTH_ONLY["nexis-classic-fr"]
    for i, a in enumerate(articles, 1):
        if i > 1:
            out.append(("", "break"))
        out += [(f"Document {i} de {n}", "center"), (a["raw_outlet"], "center"),
                (partial.get(i) or fr_date(a["published"]), "center"), (a["title"], "title")]
        if a["author"]:
            out.append((f"AUTEUR: {a['author']}", "p"))
        out += [(f"RUBRIQUE: {a['section']}", "p"), (f"LONGUEUR: {a['length']} mots", "p")]
        out += [(p, "p") for p in a["paragraphs"]]
        out += [(f"DATE-CHARGEMENT: {fr_plain(a['load_date'])}", "p"),
                (f"LANGUE: {LANGUAGE_FR[a['language']]}", "p"), ("TYPE-PUBLICATION: Journal", "p")]
        out += _copyright_lines(a)
    return out


def nexis_uni_advance(articles):
    out, partial = [], MONTH_ONLY["nexis-uni-advance"]
    for i, a in enumerate(articles, 1):
        date = partial.get(i) or us_date(a["published"]) + (" Final Edition" if i % 2 else "")
        out += [(a["title"], "title"), (a["raw_outlet"], "p"), (date, "p"), (a["copyright"], "p"),
                (f"Section:{NBSP}{a['section']}", "p"), (f"Length:{NBSP}{a['length']} words", "p")]
        if a["author"]:
            out.append((f"{'Author' if i % 3 == 0 else 'Byline'}:{NBSP}{a['author']}", "p"))
        out.append(("Body", "title"))
        out += [(p, "p") for p in a["paragraphs"]]
        if i in NO_TRAILER["nexis-uni-advance"]:  # no trailer: "End of Document" at the end of the text's last line
            out[-1] = (out[-1][0] + " End of Document", "p")
            out.append(("", "break"))
            continue
        out += [("Classification", "title"), (f"Language:{NBSP}{LANGUAGE_EN[a['language']].title()}", "p"),
                (f"Publication-Type:{NBSP}{'Magazine' if i in partial else 'Newspaper'}", "p"),
                (f"Subject:{NBSP}REFUGEES (90%); HUMAN RIGHTS (72%)", "p"),
                (f"Load-Date:{NBSP}{us_plain(a['load_date'])}", "p"), ("End of Document", "p")]
        if i < len(articles):
            out.append(("", "break"))
    return out


LANGUAGE_FR_NAME = {"en": "Anglais", "ar": "Arabe"}


def factiva_plain_fr(articles, accession, codes):
    out = []
    for i, a in enumerate(articles):
        if i % 4 == 2:
            out.append(("Monde", "p"))  # a section name over the headline, as some exports have
        out.append((a["title"], "title"))
        if a["author"]:
            out.append((f"Par {a['author']}", "p"))
        out += [(f"{a['length']:,} mots".replace(",", "\u202f"), "p"), (fr_plain(a["published"]), "p"), ("08:14", "p"),
                (a["raw_outlet"], "p"), (codes[i], "p"), (LANGUAGE_FR_NAME[a["language"]], "p"), (a["copyright"], "p")]
        out += [(p, "p") for p in a["paragraphs"]]
        out += [(f"Document {accession(i, a)}", "p"), ("", "break")]
    return out


DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]
DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
LANGUAGE_DE = {"en": "Englisch", "ar": "Arabisch"}


def de_date(iso, weekday=True):  # Dienstag 5. März 2019 / 5 März 2019
    d = _day(iso)
    return f"{DE_DAYS[d.weekday()]} {d.day}. {DE_MONTHS[d.month - 1]} {d.year}" if weekday else \
        f"{d.day} {DE_MONTHS[d.month - 1]} {d.year}"


def nexis_classic_de(articles):
    out, n, partial = [], len(articles), MONTH_ONLY["nexis-classic-de"]
    for i, a in enumerate(articles, 1):
        if i > 1:
            out.append(("", "break"))
        out += [(f"Dokument {i} von {n}", "center"), (a["raw_outlet"], "center"),
                (partial.get(i) or de_date(a["published"]), "center"), (a["title"], "title")]
        if a["author"]:
            out.append((f"AUTOR: {a['author']}", "p"))
        out += [(f"RUBRIK: {a['section']}", "p"), (f"LÄNGE: {a['length']} Wörter", "p")]
        out += [(p, "p") for p in a["paragraphs"]]
        out.append((f"SPRACHE: {LANGUAGE_DE[a['language']].upper()}", "p"))
        out += _copyright_lines(a)
    return out


def factiva_plain_de(articles, accession, codes):
    out = []
    for i, a in enumerate(articles):
        out.append((a["title"], "title"))
        if a["author"]:
            out.append((f"Von {a['author']}", "p"))
        out += [(f"{a['length']:,} Wörter".replace(",", "."), "p"), (de_date(a["published"], weekday=False), "p"),
                ("08:14", "p"), (a["raw_outlet"], "p"), (codes[i], "p"), (LANGUAGE_DE[a["language"]], "p"),
                (a["copyright"], "p")]
        out += [(p, "p") for p in a["paragraphs"]]
        out += [(f"Dokument {accession(i, a)}", "p"), ("", "break")]
    return out
