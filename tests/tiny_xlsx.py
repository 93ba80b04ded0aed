"""A small .xlsx writer of the tests' own (standard library only): sheets of rows, each cell a
string (shared, or inline with ``inline=True``), a number, or a date written as Excel writes one
(a serial number under a date style, 1900 or 1904 system). Enough to build the workbooks a
monitoring service exports without any spreadsheet library."""

from __future__ import annotations

import datetime as dt
import zipfile
from xml.sax.saxutils import escape


class Date:
    """A cell holding a date or a time as a serial number under a date format."""

    def __init__(self, moment, style: int = 1):
        self.moment = moment
        self.style = style  # 1: the built-in "m/d/yyyy" (id 14); 2: the custom "dd.mm.yyyy hh:mm"

    def serial(self, date1904: bool) -> float:
        moment = self.moment if isinstance(self.moment, dt.datetime) else dt.datetime.combine(self.moment, dt.time())
        start = dt.datetime(1904, 1, 1) if date1904 else dt.datetime(1899, 12, 30)
        return (moment - start).total_seconds() / 86400


def _column(index: int) -> str:
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def write_xlsx(path, sheets, date1904: bool = False, inline: bool = False, rich: bool = False,
               hidden: tuple = ()) -> None:
    """``sheets``: ``[(name, [[cell, ...], ...])]`` or ``[(name, [(row number, [cell, ...]), ...])]``;
    None or "" leaves a cell out. ``rich`` writes each shared string as two formatted runs."""
    strings, index = [], {}
    sheet_xml = []
    for _, rows in sheets:
        out = []
        numbered = [(r if isinstance(r, tuple) else (n, r)) for n, r in enumerate(rows, 1)]
        for number, cells in numbered:
            parts = []
            for k, value in enumerate(cells, 1):
                ref = f"{_column(k)}{number}"
                if value is None or value == "":
                    continue
                if isinstance(value, Date):
                    parts.append(f'<c r="{ref}" s="{value.style}"><v>{value.serial(date1904)!r}</v></c>')
                elif isinstance(value, (int, float)):
                    parts.append(f'<c r="{ref}"><v>{value}</v></c>')
                elif inline:
                    text = escape(str(value)).replace("\n", "&#10;")
                    parts.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>')
                else:
                    if value not in index:
                        index[value] = len(strings)
                        strings.append(value)
                    parts.append(f'<c r="{ref}" t="s"><v>{index[value]}</v></c>')
            out.append(f'<row r="{number}">{"".join(parts)}</row>')
        sheet_xml.append('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                         f'<sheetData>{"".join(out)}</sheetData></worksheet>')

    def shared(text: str) -> str:
        if rich and len(text) > 1:
            half = len(text) // 2
            return (f'<si><r><rPr><b/></rPr><t xml:space="preserve">{escape(text[:half])}</t></r>'
                    f'<r><t xml:space="preserve">{escape(text[half:])}</t></r></si>')
        return f'<si><t xml:space="preserve">{escape(text)}</t></si>'

    hidden_state = ' state="hidden"'
    date_system = ' date1904="1"' if date1904 else ""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml",
                         '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
                         'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>'
                         '</Types>')
        sheet_entries = "".join(
            f'<sheet name="{escape(name)}" sheetId="{k}" r:id="rId{k}"'
            f'{hidden_state if name in hidden else ""}/>' for k, (name, _) in enumerate(sheets, 1))
        package.writestr("xl/workbook.xml",
                         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                         f'<workbookPr{date_system}/><sheets>{sheet_entries}</sheets></workbook>')
        rels = "".join(f'<Relationship Id="rId{k}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                       f'relationships/worksheet" Target="worksheets/sheet{k}.xml"/>' for k in range(1, len(sheets) + 1))
        package.writestr("xl/_rels/workbook.xml.rels",
                         '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.'
                         f'org/package/2006/relationships">{rels}</Relationships>')
        for k, xml in enumerate(sheet_xml, 1):
            package.writestr(f"xl/worksheets/sheet{k}.xml", xml)
        package.writestr("xl/sharedStrings.xml",
                         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                         '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                         f'{"".join(shared(s) for s in strings)}</sst>')
        package.writestr("xl/styles.xml",
                         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                         '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                         '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd.mm.yyyy\\ hh:mm"/></numFmts>'
                         '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs>'
                         '</styleSheet>')
