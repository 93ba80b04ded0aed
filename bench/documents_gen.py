"""Write bench/documents/: news-database exports, Word and RTF files and e-mail, laid out as the
databases and mail clients lay them out, from the invented articles of bench/documents_articles.py,
with the truth for every article in bench/documents/truth.json.

    .venv/bin/python bench/documents_gen.py      # rewrites bench/documents/ (deterministic)

Layouts (each in every format its database exports):
  nexis-classic   LexisNexis Academic: "N of M DOCUMENTS", upper-case labels (web documents with a
                  time on the date line and a URL: line)                       txt docx rtf html
  nexis-uni       Nexis Uni: title, outlet, date, labels, Body ... End of Document  txt docx rtf html
  nexis-uni-cover Nexis Uni with its cover page (search terms, list of titles), Highlight,
                  Graphic, other label order and date form                      txt docx rtf html
  factiva-codes   Factiva with field codes (HD BY WC PD ET SN SC SE LA CY LP TD ... AN)  txt rtf html
                  (and a .txt with one space after each code, not a tab)
  factiva-plain   Factiva without codes, a list of headlines before and the search summary after  txt rtf html
  nexis-classic-focus, nexis-classic-fr, nexis-uni-advance: see bench/documents_variants.py
  single          one article a file, Word and RTF                              docx rtf
  proquest, ebsco, nexis-uni-es, monitoring (Meltwater, Brandwatch CSV): see bench/documents_records.py
  monitoring-xlsx, mail-sourced, clippings-sourced: see bench/documents_downloads36.py
  mail-pasted     a message pasting two whole articles one under the other                     eml
  clippings-pasted  a researcher's Word file of four articles pasted one after another       docx
  mail            two newsletters as Outlook .msg files (bench/documents_msg.py), an mbox of 10 newsletters (two senders known by their domain only), digests of 4
                  stories (HTML, "Read more"), 3 (plain text) and 3 (linked headlines)   mbox eml

The exports highlight the search terms (bold, underlined) as the databases do; the readers must
keep none of it.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import html
import json
import re
import sys
from email.message import EmailMessage
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from documents_articles import ARTICLES  # noqa: E402

OUT = Path(__file__).resolve().parent / "documents"
CODES = ["GRDN", "AFPR", "INDEP", "LBA", "NATNL", "RUDAW", "TIMES", "MEEYE", "KRDS", "ASHAR"]
LANGUAGE_NAMES = {"en": "English", "ar": "Arabic"}


def day(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


def us_date(iso: str) -> str:  # March 5, 2019 Tuesday
    d = day(iso)
    return f"{d:%B} {d.day}, {d.year} {d:%A}"


def weekday_first(iso: str) -> str:  # Tuesday, March 5, 2019
    d = day(iso)
    return f"{d:%A}, {d:%B} {d.day}, {d.year}"


def us_plain(iso: str) -> str:  # March 6, 2019
    d = day(iso)
    return f"{d:%B} {d.day}, {d.year}"


def uk_date(iso: str) -> str:  # 5 March 2019
    d = day(iso)
    return f"{d.day} {d:%B} {d.year}"


def accession(i: int, a: dict) -> str:
    code = CODES[i]
    return f"{code}{'0' * (8 - len(code))}{a['published'].replace('-', '')}ef{i + 3:02d}000{'abcdefghij'[i]}{i}"


# --- layouts: each a list of paragraphs, (text, style) ------------------------------------------
# styles: "p" text, "center" a centred header line, "title", "break" a page break,
# "code" a Factiva field (text = (code, value)).

def nexis_classic(articles):
    out, n = [], len(articles)
    for i, a in enumerate(articles, 1):
        if i > 1:
            out.append(("", "break"))
        web = i % 5 == 0  # a web publication: a time on the date line, a URL after the text
        out += [(f"{i} of {n} DOCUMENTS", "center"), (a["raw_outlet"], "center"),
                (us_date(a["published"]) + (" 4:07 PM GMT" if web else ""), "center")]
        if i % 3 == 1:
            out.append(("Final Edition", "center"))
        out.append((a["title"], "title"))
        if a["author"]:
            out.append((f"BYLINE: {a['author']}" + (" in Qamishli" if i % 2 else ""), "p"))
        out += [(f"SECTION: {a['section']}", "p"), (f"LENGTH: {a['length']} words", "p")]
        if i % 4 == 0:
            out.append(("DATELINE: HASAKAH, Syria", "p"))
        out += [(p, "p") for p in a["paragraphs"]]
        if web:
            out.append((f"URL: {classic_url(i)}", "p"))
        out += [(f"LOAD-DATE: {us_plain(a['load_date'])}", "p"),
                (f"LANGUAGE: {LANGUAGE_NAMES[a['language']].upper()}", "p"),
                ("PUBLICATION-TYPE: Newspaper", "p")]
        holder, _, reserved = a["copyright"].partition(" All Rights Reserved")
        out += [(holder, "center"), ("All Rights Reserved", "center")]
    return out


def classic_url(i):
    return f"https://www.example.org/world/story-{i}"


def nexis_uni(articles, cover=False):
    out = []
    if cover:
        out += [("User Name: = Research Desk", "p"), ("Date and Time: Monday, December 1, 2025 10:31:00 AM EST", "p"),
                ("Job Number: 271828182", "p"), ("Documents (%d)" % len(articles), "title")]
        out += [(f"{i}. {a['title']}", "p") for i, a in enumerate(articles, 1)]
        out += [("Client/Matter: -None-", "p"), ("Search Terms: al-Hol OR Roj OR repatriation", "p"),
                ("Search Type: Terms and Connectors", "p"), ("Content Type Narrowed by", "p"),
                ("News Sources: All English Language News; Timeline: Jan 01, 2019 to Dec 31, 2023", "p"),
                ("", "break")]
    for i, a in enumerate(articles, 1):
        out += [(a["title"], "title"), (a["raw_outlet"], "p"),
                (weekday_first(a["published"]) if cover else us_date(a["published"]), "p")]
        if cover:
            out += [(f"Length: {a['length']} words", "p"), (a["copyright"], "p"), (f"Section: {a['section']}", "p")]
            if a["author"]:
                out.append((f"Byline: By {a['author']}", "p"))
            out.append((f"Highlight: {a['paragraphs'][0].split(',')[0]}.", "p"))
        else:
            out += [(a["copyright"], "p"), (f"Section: {a['section']}", "p"), (f"Length: {a['length']} words", "p")]
            if a["author"]:
                out.append((f"Byline: {a['author']}", "p"))
        out.append(("Body", "title"))
        out += [(p, "p") for p in a["paragraphs"]]
        if cover and i % 2:
            out += [("Graphic", "title"), ("Photo: tents in the camp, March 2019.", "p")]
        out.append(("Classification", "title"))
        if cover:
            out += [(f"Load-Date: {us_plain(a['load_date'])}", "p"),
                    (f"Language: {LANGUAGE_NAMES[a['language']].upper()}", "p")]
        else:
            out += [(f"Language: {LANGUAGE_NAMES[a['language']].upper()}", "p"),
                    ("Publication-Type: Newspaper", "p"),
                    ("Subject: REFUGEES (91%); CHILDREN (78%); CAMPS (70%)", "p"),
                    ("Geographic: SYRIA (94%); IRAQ (71%)", "p"),
                    (f"Load-Date: {us_plain(a['load_date'])}", "p")]
        out += [("End of Document", "p")]
        if i < len(articles):
            out.append(("", "break"))
    return out


def factiva_codes(articles):
    out = []
    for i, a in enumerate(articles):
        if i:
            out.append(("", "break"))
        fields = [("HD", [a["title"]])]
        if a["author"]:
            fields.append(("BY", [f"By {a['author']}"]))
        fields += [("WC", [f"{a['length']} words"]), ("PD", [uk_date(a["published"])]), ("ET", ["08:14"]),
                   ("SN", [a["raw_outlet"]]), ("SC", [CODES[i]]), ("SE", [a["section"]]),
                   ("LA", [LANGUAGE_NAMES[a["language"]]]), ("CY", [a["copyright"]]),
                   ("LP", a["paragraphs"][:1]), ("TD", a["paragraphs"][1:]),
                   ("NS", ["grefu : Refugees | gcat : Political/General News"]),
                   ("RE", ["syria : Syria | meastz : Middle East"]),
                   ("IPD", ["Refugees ; Camps"]), ("PUB", [a["raw_outlet"]]),
                   ("AN", [f"Document {accession(i, a)}"])]
        out += [((code, values), "code") for code, values in fields]
    return out


def factiva_plain(articles):
    out = [("Headlines", "title")]
    out += [(f"{a['title']} -- {a['raw_outlet']}, {uk_date(a['published'])}", "p") for a in articles]
    out.append(("", "break"))
    for i, a in enumerate(articles):
        out.append((a["title"], "title"))
        if a["author"]:
            out.append((f"By {a['author']}", "p"))
        out += [(f"{a['length']:,} words", "p"), (uk_date(a["published"]), "p"), ("08:14", "p"),
                (a["raw_outlet"], "p"), (CODES[i], "p"), (LANGUAGE_NAMES[a["language"]], "p"), (a["copyright"], "p")]
        out += [(p, "p") for p in a["paragraphs"]]
        out += [(f"Document {accession(i, a)}", "p"), ("", "break")]
    out += [("Search Summary", "title"), ("Text: al-Hol or Roj or repatriat*", "p"),
            ("Date: 01/01/2019 to 12/31/2023", "p"), ("Source: All Sources", "p"),
            ("Results Found: %d" % len(articles), "p"), ("Timestamp: 1 December 2025 10:31", "p")]
    return out


def single(a):
    head = [(("بقلم " if a["language"] == "ar" else "By ") + a["author"], "p")] if a["author"] else []
    return ([(a["title"], "title")] + head + [(a["outlet"], "p"), (uk_date(a["published"]), "p")]
            + [(p, "p") for p in a["paragraphs"]])


from documents_render import to_docx, to_html, to_rtf, to_txt  # noqa: E402
import documents_msg  # noqa: E402
import documents_variants as variants  # noqa: E402
import documents_records as records  # noqa: E402
import documents_downloads36  # noqa: E402


# --- e-mail -------------------------------------------------------------------------------------

DOMAINS = ["theguardian.com", "afp.com", "independent.co.uk", "reuters.com", "thenationalnews.com",
           "rudaw.net", "thetimes.co.uk", "middleeasteye.net", "kurdistan24.net", "aawsat.com"]


def _mail_date(iso, hour=7):
    d = day(iso)
    return email.utils.format_datetime(dt.datetime(d.year, d.month, d.day, hour, 30, tzinfo=dt.timezone(dt.timedelta(hours=3))))


def newsletter(i, a):
    message = EmailMessage()
    sender = {0: "Guardian Today", 3: "Reuters Daily Briefing"}.get(i, a["outlet"])  # the outlet by its domain
    message["From"] = f"{sender} <newsletter@{DOMAINS[i]}>"
    message["To"] = "desk@example.org"
    message["Subject"] = a["title"]
    message["Date"] = _mail_date(a["published"])
    message["Message-ID"] = f"<{a['published']}.{i}@{DOMAINS[i]}>"
    plain = "\n\n".join(a["paragraphs"]) + "\n\n--\nYou receive this because you subscribed.\n"
    message.set_content(plain)
    body = "".join(f"<p>{html.escape(p)}</p>" for p in a["paragraphs"])
    message.add_alternative(f"<html><body><h1>{html.escape(a['title'])}</h1>{body}</body></html>", subtype="html")
    if a["language"] == "ar":
        message["Content-Language"] = "ar"
    message.set_boundary(f"==boundary-{i}==")  # the same bytes on every run
    return message


def digest_linked(articles):
    """A digest whose stories are linked headlines over their text, without "Read more"."""
    message = EmailMessage()
    message["From"] = "Rudaw English <briefing@rudaw.net>"
    message["To"] = "desk@example.org"
    message["Subject"] = "Evening briefing"
    message["Date"] = _mail_date("2023-04-02", hour=18)
    message["Message-ID"] = "<briefing-2023-04-02@rudaw.net>"
    stories = [(a["title"], a["paragraphs"][:2], f"https://www.rudaw.net/english/story/{200 + i}") for i, a in enumerate(articles)]
    message.set_content("Evening briefing\n\n" + "\n\n".join(t + "\n\n" + "\n\n".join(p) for t, p, _ in stories))
    blocks = "".join(f"<h3><a href='{url}'>{html.escape(title)}</a></h3>" + "".join(f"<p>{html.escape(p)}</p>" for p in paras)
                     for title, paras, url in stories)
    message.add_alternative(f"<html><body><h1>Evening briefing</h1>{blocks}<p>You receive this briefing as a subscriber.</p></body></html>",
                            subtype="html")
    message.set_boundary("==linked-boundary==")
    return message, stories


def digest(articles, plain_only=False):
    message = EmailMessage()
    message["From"] = "North Press Agency <digest@npasyria.com>"
    message["To"] = "desk@example.org"
    message["Subject"] = "Morning digest: camps and returns"
    message["Date"] = _mail_date("2023-03-01", hour=6)
    message["Message-ID"] = f"<digest-{'plain' if plain_only else 'html'}-2023-03-01@npasyria.com>"
    stories = [(a["title"], a["paragraphs"][:2], f"https://npasyria.com/en/story/{100 + i}") for i, a in enumerate(articles)]
    text = "Good morning. Today's stories:\n\n" + "\n\n".join(
        f"{title}\n\n" + "\n\n".join(paras) + f"\n\nRead more: {url}" for title, paras, url in stories
    ) + "\n\nUnsubscribe: https://npasyria.com/unsubscribe\n"
    message.set_content(text)
    if not plain_only:
        blocks = "".join(
            f"<h2>{html.escape(title)}</h2>" + "".join(f"<p>{html.escape(p)}</p>" for p in paras)
            + f"<p><a href='{url}'>Read more &raquo;</a></p>" for title, paras, url in stories
        )
        message.add_alternative(
            f"<html><body><p>Good morning. Today's stories:</p>{blocks}"
            "<p><a href='https://npasyria.com/unsubscribe'>Unsubscribe</a></p></body></html>", subtype="html")
        message.set_boundary("==digest-boundary==")
    return message, stories


def pasted_message(articles):
    """A researcher's message pasting two whole articles one under the other (headline, "Outlet,
    date", byline, text), a rule between them, a line of their own over the first."""
    message = EmailMessage()
    message["From"] = "Dana Kurt <d.kurt@university.example>"
    message["To"] = "archive@university.example"
    message["Subject"] = "two articles for the file"
    message["Date"] = "Mon, 01 Dec 2025 10:00:00 +0000"
    parts = ["Two articles for the file, pasted below."]
    for k, a in enumerate(articles):
        if k:
            parts.append("-" * 20)
        head = [a["title"], f"{a['outlet']}, {uk_date(a['published'])}"] + ([f"By {a['author']}"] if a["author"] else [])
        parts += ["\n".join(head)] + a["paragraphs"]
    message.set_content("\n\n".join(parts) + "\n")
    return message


def _truth(a, **changes):
    row = {key: a[key] for key in ("title", "outlet", "published", "section", "length", "author",
                                   "language", "load_date", "copyright")}
    row["body"] = "\n\n".join(a["paragraphs"])
    row.update(changes)
    return row


def main():
    OUT.mkdir(exist_ok=True)
    for old in OUT.iterdir():
        if old.is_file():
            old.unlink()
    truth = {}

    def export(name, paragraphs, rows, formats, kind="", crlf=False):
        for fmt in formats:
            file = f"{name}.{fmt}"
            if fmt == "txt":
                (OUT / file).write_bytes(to_txt(paragraphs, crlf).encode("utf-8-sig" if crlf else "utf-8"))
            elif fmt == "html":
                (OUT / file).write_text(to_html(paragraphs, name, kind), encoding="utf-8")
            elif fmt == "rtf":
                (OUT / file).write_text(to_rtf(paragraphs), encoding="ascii")
            elif fmt == "docx":
                to_docx(paragraphs, OUT / file)
            truth[file] = {"layout": name, "articles": rows}

    nexis_rows = [_truth(a) for a in ARTICLES]
    classic_rows = [_truth(a, url=classic_url(i) if i % 5 == 0 else None) for i, a in enumerate(ARTICLES, 1)]
    export("nexis-classic", nexis_classic(ARTICLES), classic_rows, ("txt", "docx", "rtf", "html"), crlf=True)
    export("nexis-uni", nexis_uni(ARTICLES), nexis_rows, ("txt", "docx", "rtf", "html"))
    export("nexis-uni-cover", nexis_uni(ARTICLES, cover=True), nexis_rows, ("txt", "docx", "rtf", "html"))
    coded_rows = [_truth(a, load_date=None, id=f"factiva:{accession(i, a)}") for i, a in enumerate(ARTICLES)]
    export("factiva-codes", factiva_codes(ARTICLES), coded_rows, ("txt", "rtf", "html"), kind="codes")
    (OUT / "factiva-codes-spaced.txt").write_text(to_txt(factiva_codes(ARTICLES), code_gap=" "), encoding="utf-8")
    truth["factiva-codes-spaced.txt"] = {"layout": "factiva-codes", "articles": coded_rows}
    plain_rows = [_truth(a, load_date=None, section=None, id=f"factiva:{accession(i, a)}") for i, a in enumerate(ARTICLES)]
    export("factiva-plain", factiva_plain(ARTICLES), plain_rows, ("txt", "rtf", "html"), kind="plain")

    # Layouts after what public parsers of real exports read (bench/documents_variants.py).
    for name, layout, formats in (("nexis-classic-focus", variants.nexis_classic_focus, ("txt", "docx")),
                                  ("nexis-classic-fr", variants.nexis_classic_fr, ("txt", "rtf")),
                                  ("nexis-uni-advance", variants.nexis_uni_advance, ("docx", "html", "rtf")),
                                  ("nexis-classic-de", variants.nexis_classic_de, ("txt", "docx"))):
        partial = variants.MONTH_ONLY[name]
        bare = variants.NO_TRAILER.get(name, set())
        rows = [_truth(a, **({"published": None} if i in partial else {}),
                       **({"load_date": None} if i in bare or name == "nexis-classic-de" else {}))
                for i, a in enumerate(ARTICLES, 1)]
        export(name, layout(ARTICLES), rows, formats)
    export("factiva-plain-fr", variants.factiva_plain_fr(ARTICLES, accession, CODES), plain_rows, ("txt", "rtf"))
    export("factiva-plain-de", variants.factiva_plain_de(ARTICLES, accession, CODES), plain_rows, ("txt", "rtf"))

    # What researchers download besides Nexis and Factiva, and Nexis Uni in Spanish (bench/documents_records.py).
    proquest_rows = [_truth(a, length=None, load_date=None, id=f"proquest:{records.proquest_id(i)}",
                            url=records.proquest_url(i)) for i, a in enumerate(ARTICLES, 1)]
    export("proquest", records.proquest(ARTICLES), proquest_rows, ("txt", "html", "docx"))
    (OUT / "ebsco.txt").write_text(records.ebsco(ARTICLES), encoding="utf-8")
    truth["ebsco.txt"] = {"layout": "ebsco", "articles": [
        _truth(a, section=None, length=None, load_date=None, copyright=records.ebsco_notice(a),
               id=f"record:{records.ebsco_number(i)}") for i, a in enumerate(ARTICLES, 1)]}
    export("nexis-uni-es", records.nexis_uni_es(ARTICLES), nexis_rows, ("docx", "txt"))
    monitored = [_truth(a, section=None, length=None, load_date=None, copyright=None, url=records.monitoring_url(i))
                 for i, a in enumerate(ARTICLES, 1)]
    (OUT / "meltwater.csv").write_bytes(records.meltwater(ARTICLES))
    truth["meltwater.csv"] = {"layout": "monitoring", "articles": monitored}
    (OUT / "brandwatch.csv").write_text(records.brandwatch(ARTICLES), encoding="utf-8")
    truth["brandwatch.csv"] = {"layout": "monitoring", "articles": monitored}
    clipped = ARTICLES[:4]
    to_docx(records.clippings(clipped, uk_date), OUT / "clippings-pasted.docx")
    truth["clippings-pasted.docx"] = {"layout": "clippings-pasted", "articles": [
        _truth(a, section=None, length=None, load_date=None, copyright=None) for a in clipped]}
    pasted = [dict(_truth(a, section=None, length=None, load_date=None, copyright=None), id=None)
              for a in (ARTICLES[2], ARTICLES[6])]
    (OUT / "mail-pasted.eml").write_bytes(pasted_message((ARTICLES[2], ARTICLES[6])).as_bytes())
    truth["mail-pasted.eml"] = {"layout": "mail-pasted", "articles": pasted}

    documents_downloads36.write(OUT, truth, ARTICLES, _truth, uk_date, to_docx)  # .xlsx, pasted articles' sources

    single_dir = OUT  # singles beside the exports, named single-NN
    for i, a in enumerate(ARTICLES, 1):
        row = _truth(a, section=None, length=None, load_date=None, copyright=None)
        to_docx(single(a), single_dir / f"single-{i:02d}.docx", single_title=True)
        (single_dir / f"single-{i:02d}.rtf").write_text(to_rtf(single(a)), encoding="ascii")
        truth[f"single-{i:02d}.docx"] = {"layout": "single", "articles": [row]}
        truth[f"single-{i:02d}.rtf"] = {"layout": "single", "articles": [row]}

    with open(OUT / "newsletters.mbox", "wb") as mbox:
        for i, a in enumerate(ARTICLES):
            message = newsletter(i, a)
            data = message.as_bytes(policy=message.policy.clone(linesep="\n"))
            data = re.sub(rb"(?m)^(>*From )", rb">\1", data)
            mbox.write(f"From newsletter@{DOMAINS[i]} Mon Dec  1 10:00:00 2025\n".encode() + data + b"\n")
    truth["newsletters.mbox"] = {"layout": "mail", "articles": [
        _truth(a, section=None, length=None, load_date=None, copyright=None, author=None,
               id=f"message:{a['published']}.{i}@{DOMAINS[i]}") for i, a in enumerate(ARTICLES)]}
    # Outlook .msg: four of the newsletters, one with the Internet headers Outlook keeps for received
    # mail, one without (its date from the submit time), one ANSI (PT_STRING8, windows-1252), one
    # whose HTML is only inside its RTF body; written by bench/documents_msg.py.
    for k, i in enumerate((0, 5, 2, 3), 1):
        a, d = ARTICLES[i], day(ARTICLES[i]["published"])
        sent = dt.datetime(d.year, d.month, d.day, 7, 30, tzinfo=dt.timezone(dt.timedelta(hours=3)))
        page = f"<html><body><h1>{html.escape(a['title'])}</h1>" + "".join(f"<p>{html.escape(p)}</p>" for p in a["paragraphs"])
        data = documents_msg.msg_bytes(a["title"], {0: "Guardian Today"}.get(i, a["outlet"]), f"newsletter@{DOMAINS[i]}",
                                       sent, "\n\n".join(a["paragraphs"]), html=page + "</body></html>",
                                       message_id=f"<msg-{a['published']}.{i}@{DOMAINS[i]}>", headers=k == 1,
                                       ansi=k == 3, html_in_rtf=k == 4)
        (OUT / f"newsletter-{k}.msg").write_bytes(data)
        truth[f"newsletter-{k}.msg"] = {"layout": "mail", "articles": [_truth(
            a, section=None, length=None, load_date=None, copyright=None, author=None,
            id=f"message:msg-{a['published']}.{i}@{DOMAINS[i]}")]}
    for name, plain_only, chosen in (("digest.eml", False, ARTICLES[:4]), ("digest-plain.eml", True, ARTICLES[4:7]),
                                     ("digest-linked.eml", None, ARTICLES[7:10])):
        message, stories = digest_linked(chosen) if plain_only is None else digest(chosen, plain_only)
        (OUT / name).write_bytes(message.as_bytes())
        outlet, published = ("Rudaw", "2023-04-02") if plain_only is None else ("North Press Agency", "2023-03-01")
        truth[name] = {"layout": "mail", "articles": [
            {"title": title, "outlet": outlet, "published": published, "section": None,
             "length": None, "author": None, "language": a["language"], "load_date": None, "copyright": None,
             "body": "\n\n".join(paras), "url": url} for (title, paras, url), a in zip(stories, chosen)]}
    (OUT / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(truth)} files, {sum(len(v['articles']) for v in truth.values())} articles in {OUT}")


if __name__ == "__main__":
    main()
