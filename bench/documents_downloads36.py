"""More layouts for bench/documents_gen.py (round 36), from the same invented articles
(bench/documents_articles.py):

  monitoring-xlsx  Excel workbooks a monitoring service exports: a Cision-like sheet of shared strings
                   (News Date as a serial number under a date-and-time format, Outlet Name, News
                   Headline, News Text, Journalist, Language "English"), and a Talkwalker-like one with
                   its report's lines over the header, inline strings and the 1904 date system, its
                   articles on the second sheet after a summary sheet, its titles the pages' ("Headline |
                   Outlet": the headline is the title)                                xlsx
  mail-sourced     a message pasting three articles, each under its "Source: Outlet, date" and
                   "Link: ..." lines and a numbered rule                               eml
  clippings-sourced  a Word file of pasted articles, each headline over "Par : X", "Source : Outlet,
                   date" and "Lien : ..." (French labels)                             docx

The workbooks are written here with the standard library (a writer of the bench's own, not the
tests' tests/tiny_xlsx.py).
"""

from __future__ import annotations

import datetime as dt
import zipfile
from email.message import EmailMessage
from xml.sax.saxutils import escape

FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


def _serial(moment: dt.datetime, date1904: bool) -> float:
    start = dt.datetime(1904, 1, 1) if date1904 else dt.datetime(1899, 12, 30)
    return round((moment - start).total_seconds() / 86400, 6)


def _ref(row: int, col: int) -> str:
    letters = ""
    while col:
        col, rest = divmod(col - 1, 26)
        letters = chr(65 + rest) + letters
    return f"{letters}{row}"


def workbook(path, sheets, date1904=False, inline=False) -> None:
    """``sheets``: ``[(name, rows)]``; a cell is text, a number, or a datetime (a serial under the
    built-in format 22, "m/d/yyyy h:mm")."""
    strings, seen, xml_sheets = [], {}, []
    for _, rows in sheets:
        out = []
        for r, cells in enumerate(rows, 1):
            parts = []
            for c, value in enumerate(cells, 1):
                if value in (None, ""):
                    continue
                ref = _ref(r, c)
                if isinstance(value, dt.datetime):
                    parts.append(f'<c r="{ref}" s="1"><v>{_serial(value, date1904)}</v></c>')
                elif isinstance(value, (int, float)):
                    parts.append(f'<c r="{ref}"><v>{value}</v></c>')
                elif inline:
                    parts.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape(value)}</t></is></c>')
                else:
                    seen.setdefault(value, len(strings))
                    if seen[value] == len(strings):
                        strings.append(value)
                    parts.append(f'<c r="{ref}" t="s"><v>{seen[value]}</v></c>')
            out.append(f'<row r="{r}">{"".join(parts)}</row>')
        xml_sheets.append('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
                          f'spreadsheetml/2006/main"><sheetData>{"".join(out)}</sheetData></worksheet>')
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    pr = '<workbookPr date1904="true"/>' if date1904 else "<workbookPr/>"
    entries = "".join(f'<sheet name="{escape(n)}" sheetId="{k}" r:id="rId{k}"/>' for k, (n, _) in enumerate(sheets, 1))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        def put(name, text):  # a fixed time: the same bytes each time the files are written
            package.writestr(zipfile.ZipInfo(name, date_time=(2025, 12, 1, 0, 0, 0)), text, zipfile.ZIP_DEFLATED)
        put("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.'
                   'openxmlformats.org/package/2006/content-types"/>')
        put("xl/workbook.xml", f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{main}" '
                   f'xmlns:r="{rel}">{pr}<sheets>{entries}</sheets></workbook>')
        put("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://'
                   'schemas.openxmlformats.org/package/2006/relationships">' + "".join(
                       f'<Relationship Id="rId{k}" Type="{rel}/worksheet" Target="/xl/worksheets/sheet{k}.xml"/>'
                       for k in range(1, len(sheets) + 1)) + "</Relationships>")
        for k, xml in enumerate(xml_sheets, 1):
            put(f"xl/worksheets/sheet{k}.xml", xml)
        if strings:
            put("xl/sharedStrings.xml", f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{main}">' + "".join(
                f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in strings) + "</sst>")
        put("xl/styles.xml", f'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{main}"><cellXfs '
                   'count="2"><xf numFmtId="0"/><xf numFmtId="22" applyNumberFormat="1"/></cellXfs></styleSheet>')


def _when(a) -> dt.datetime:
    d = dt.date.fromisoformat(a["published"])
    return dt.datetime(d.year, d.month, d.day, 9, 40)


LANGUAGE_NAMES = {"en": "English", "ar": "Arabic"}


def cision_sheet(articles) -> list:
    rows = [["News Date", "Outlet Name", "News Headline", "News Text", "Journalist", "Language", "Link", "Reach"]]
    for i, a in enumerate(articles, 1):
        rows.append([_when(a), a["outlet"], a["title"], "\n\n".join(a["paragraphs"]), a["author"] or "",
                     LANGUAGE_NAMES[a["language"]], f"https://monitor.example/cision/{i}", 25000 + i])
    return rows


def talkwalker_sheets(articles) -> list:
    summary = [["Talkwalker export"], ["Project", "NE Syria"], ["Results", len(articles)]]
    rows = [["Talkwalker Analytics"], ["Topic:", "camps and prisons"], [],
            ["url", "published", "title", "content", "lang", "extra_author_attributes.name",
             "extra_source_attributes.name", "engagement"]]
    for i, a in enumerate(articles, 1):
        rows.append([f"https://monitor.example/talkwalker/{i}", _when(a), f"{a['title']} | {a['outlet']}",
                     "\n\n".join(a["paragraphs"]),
                     a["language"], a["author"] or "", a["outlet"], i * 3])
    return [("Summary", summary), ("Results", rows)]


def sourced_message(articles, date_text) -> EmailMessage:
    message = EmailMessage()
    message["From"] = "Karin Holm <k.holm@institute.example>"
    message["To"] = "archive@institute.example"
    message["Subject"] = "articles for the file"
    message["Date"] = "Tue, 02 Dec 2025 08:00:00 +0000"
    parts = ["Hello,\n\nthe articles we discussed, with their sources."]
    for k, a in enumerate(articles, 1):
        head = [f"({k}) ------------", f"Source: {a['outlet']}, {date_text(a['published'])}",
                f"Link: https://monitor.example/pasted/{k}"]
        parts += ["\n".join(head), "\n".join([a["title"]] + ([f"By: {a['author']}"] if a["author"] else []))]
        parts += a["paragraphs"]
    parts.append("--\nKarin")
    message.set_content("\n\n".join(parts) + "\n")
    return message


def fr_date(iso: str) -> str:
    d = dt.date.fromisoformat(iso)
    return f"{d.day} {FR_MONTHS[d.month - 1]} {d.year}"


def sourced_clippings(articles) -> list:
    """(text, style) paragraphs for documents_gen.to_docx: the file's heading, then each article's
    headline, byline, "Source :" and "Lien :" lines and its paragraphs."""
    out = [("Revue de presse : camps et prisons du nord-est syrien", "p")]
    for k, a in enumerate(articles, 1):
        out.append(("* * * * *", "p"))
        out.append((a["title"], "title"))
        if a["author"]:
            out.append((f"Par : {a['author']}", "p"))
        out += [(f"Source : {a['outlet']}, {fr_date(a['published'])}", "p"),
                (f"Lien : https://monitor.example/revue/{k}", "p")]
        out += [(p, "p") for p in a["paragraphs"]]
    return out


def write(out, truth, articles, row_of, date_text, to_docx) -> None:
    """The round's files into ``out`` and their truth into ``truth``; ``row_of(a, **changes)`` is
    documents_gen's truth row."""
    bare = dict(section=None, length=None, load_date=None, copyright=None)
    workbook(out / "cision.xlsx", [("News", cision_sheet(articles))])
    truth["cision.xlsx"] = {"layout": "monitoring-xlsx", "articles": [
        row_of(a, url=f"https://monitor.example/cision/{i}", **bare) for i, a in enumerate(articles, 1)]}
    workbook(out / "talkwalker.xlsx", talkwalker_sheets(articles), date1904=True, inline=True)
    truth["talkwalker.xlsx"] = {"layout": "monitoring-xlsx", "articles": [
        row_of(a, url=f"https://monitor.example/talkwalker/{i}", **bare) for i, a in enumerate(articles, 1)]}
    chosen = [a for a in articles if a["language"] == "en"][:3]
    (out / "mail-sourced.eml").write_bytes(sourced_message(chosen, date_text).as_bytes())
    truth["mail-sourced.eml"] = {"layout": "mail-sourced", "articles": [
        dict(row_of(a, url=f"https://monitor.example/pasted/{k}", **bare), id=None) for k, a in enumerate(chosen, 1)]}
    clipped = [a for a in articles if a["language"] == "en"][3:6]
    to_docx(sourced_clippings(clipped), out / "clippings-sourced.docx")
    truth["clippings-sourced.docx"] = {"layout": "clippings-sourced", "articles": [
        row_of(a, url=f"https://monitor.example/revue/{k}", **bare) for k, a in enumerate(clipped, 1)]}
