"""How bench/documents_gen.py writes a list of paragraphs ``(text, style)`` as a database would
export it: text (CRLF and BOM as Windows exports have them), HTML, RTF (hand-written markup, non-ASCII
as \\uN) and DOCX (python-docx, member dates fixed so the bytes do not change between runs). The
search terms are highlighted (bold, underlined) as the databases mark them.

Styles: "p" text, "center" a centred header line, "title", "break" a page break, "code" a Factiva
field (text = (code, [values])).
"""

from __future__ import annotations

import datetime as dt
import html
import io
import re

from documents_articles import SEARCH_TERMS

_HIT = re.compile("(" + "|".join(re.escape(t) + r"\w*" for t in SEARCH_TERMS) + ")", re.I)


def _pieces(text):
    """(text, highlighted) pieces: the search terms a database export marks."""
    return [(part, bool(_HIT.fullmatch(part))) for part in _HIT.split(text) if part]


def to_txt(paragraphs, crlf=False, code_gap="\t"):
    lines = []
    for text, style in paragraphs:
        if style == "break":
            lines.append("")
        elif style == "code":
            code, values = text
            lines.append(f"{code}{code_gap}{values[0] if values else ''}")
            lines += [f"{code_gap}{v}" if code in ("LP", "TD") and code_gap == "\t" else v for v in values[1:]]
        else:
            lines.append(text.center(80).rstrip() if style == "center" else text)
        lines.append("")
    return ("\r\n" if crlf else "\n").join(lines)


def to_html(paragraphs, title, kind):
    """Nexis: one block a paragraph. Factiva ("codes", "plain") as its HTML export is laid out
    (what public parsers of it read): each article in its own ``<div class="article enArticle">``;
    with codes, a table of its own per article, the code in bold in the first cell; without, the
    headline in ``<span class="enHeadline">`` and paragraphs of class ``articleParagraph``."""
    body = []
    factiva = kind in ("codes", "plain")
    opened = False

    def open_article():
        nonlocal opened
        if factiva and not opened:
            body.append("<div class='article enArticle'>" + ("<table>" if kind == "codes" else ""))
            opened = True

    def close_article():
        nonlocal opened
        if opened:
            body.append(("</table>" if kind == "codes" else "") + "</div>")
            opened = False

    for text, style in paragraphs:
        if style == "break":
            close_article()
            body.append("<hr>" if not factiva else "<div class='pageBreak'></div>")
            continue
        if style == "code":
            open_article()
            code, values = text
            cells = "".join(f"<p>{_html_marked(v)}</p>" for v in values)
            body.append(f"<tr><td><b>{code}</b></td><td>{cells}</td></tr>")
        elif style == "title" and kind == "plain":
            close_article()
            if text in ("Headlines", "Search Summary"):
                body.append(f"<div class='title'><b>{_html_marked(text)}</b></div>")
            else:
                open_article()
                body.append(f"<div id='hd'><span class='enHeadline'>{_html_marked(text)}</span></div>")
        elif style == "title":
            body.append(f"<div class='title'><b>{_html_marked(text)}</b></div>")
        elif style == "center":
            body.append(f"<div class='c0' style='text-align:center'><span class='c1'>{_html_marked(text)}</span></div>")
        elif kind == "plain" and opened:
            body.append(f"<p class='articleParagraph enarticleParagraph'>{_html_marked(text)}</p>")
        else:
            body.append(f"<p class='c2'>{_html_marked(text)}</p>")
    close_article()
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>" + html.escape(title) +
            "</title><style>.hit{font-weight:bold}</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n")


def _html_marked(text):
    return "".join(f"<b class='hit'><u>{html.escape(p)}</u></b>" if hit else html.escape(p) for p, hit in _pieces(text))


def _rtf_escape(text):
    out = []
    for char in text:
        if char in "\\{}":
            out.append("\\" + char)
        elif ord(char) < 128:
            out.append(char)
        else:
            code = ord(char)
            out.append(f"\\u{code if code < 32768 else code - 65536}?")
    return "".join(out)


def _rtf_marked(text):
    return "".join("{\\b\\ul " + _rtf_escape(p) + "}" if hit else _rtf_escape(p) for p, hit in _pieces(text))


def to_rtf(paragraphs):
    out = ["{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\froman Times New Roman;}{\\f1\\fnil Arial;}}",
           "{\\info{\\title Export}}\\f0\\fs22"]
    for text, style in paragraphs:
        if style == "break":
            out.append("\\page")
        elif style == "code":
            code, values = text
            out.append("\\pard\\b " + code + "\\b0\\tab " + (_rtf_marked(values[0]) if values else "") + "\\par")
            out += ["\\pard\\tab " + _rtf_marked(v) + "\\par" for v in values[1:]]
        elif style == "title":
            out.append("\\pard\\sa120{\\b\\fs28 " + _rtf_marked(text) + "}\\par")
        elif style == "center":
            out.append("\\pard\\qc " + _rtf_marked(text) + "\\par")
        else:
            out.append("\\pard\\sa120 " + _rtf_marked(text) + "\\par")
    out.append("}")
    return "\n".join(out) + "\n"


def to_docx(paragraphs, path, single_title=False):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK

    document = docx.Document()
    document.core_properties.created = dt.datetime(2025, 12, 1)  # the same bytes on every run
    document.core_properties.modified = dt.datetime(2025, 12, 1)
    for text, style in paragraphs:
        if style == "break":
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            continue
        if style == "title" and single_title:
            paragraph = document.add_paragraph(style="Title")
        else:
            paragraph = document.add_paragraph()
        if style == "center":
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for piece, hit in _pieces(text):
            run = paragraph.add_run(piece)
            run.bold = hit or (style == "title" and not single_title) or None
            run.underline = hit or None
    buffer = io.BytesIO()
    document.save(buffer)
    _fixed_zip(buffer.getvalue(), path)


def _fixed_zip(data, path):
    """The package rewritten with fixed member dates, so the same text gives the same bytes."""
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2025, 12, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(info))
