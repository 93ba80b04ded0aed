"""Excel workbooks (.xlsx) of articles: a monitoring service's export (Meltwater, Cision,
Talkwalker, Brandwatch, Muck Rack) or a researcher's own sheet, one article a row (issue #13,
round 36). Read with the standard library and lxml from the package itself: the workbook's sheets
(``xl/workbook.xml`` and its relationships), the shared strings, inline strings and rich text runs,
and the styles that make a number a date (serial days counted from 1899-12-30, or from 1904-01-01
where the workbook says ``date1904``; a date format is one of Excel's built-in date formats or a
custom one with day, month or year codes outside quotes).

Its rows are then read as a CSV file's (:func:`archive.readers.records.table_records`): the same
columns, the same lines of a report over the header row (:func:`~archive.readers.records.header_index`),
the same records. A record's number is the row number the spreadsheet shows (the header alone at
the top is row 1, as in a CSV). The first visible sheet whose header names a body column is read
(an export's "Summary" or "Charts" sheet before it is passed over); a workbook with none is reported.
"""

from __future__ import annotations

import datetime as dt
import io
import posixpath
import re
import zipfile
import zlib
from typing import Iterator, Optional

from archive.model import BadRecord
from archive.readers.source import read_within

MAX_XLSX_BYTES = 512 * 1024 * 1024
MAX_PART_BYTES = 512 * 1024 * 1024  # a sheet's or the shared strings' XML, decompressed
MAX_RATIO = 200  # decompressed / compressed: more is a zip bomb
SHEET_ROWS = 1_000_000
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
# Excel's built-in number formats that show a date or a time (ECMA-376 part 1, 18.8.30; 27-36 and
# 50-58 are the East Asian locales' date formats)
DATE_FORMAT_IDS = frozenset(list(range(14, 23)) + list(range(27, 37)) + list(range(45, 48)) + list(range(50, 59)))
_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")  # a character XML cannot hold, written as _xHHHH_


class XlsxError(Exception):
    pass


def read_xlsx(path, options=None) -> Iterator:
    from archive.readers.records import PREAMBLE_ROWS, _mapping, header_index, table_records
    from archive.readers.columns import SAMPLE, resolve

    name = str(path)
    data, bad = read_within(path, MAX_XLSX_BYTES, "spreadsheet of {size:,} bytes is too large; not read")
    if bad:
        yield bad
        return
    try:
        book = Workbook(data)
        tables = []
        for sheet_name, target in book.sheets():
            rows = book.rows(target)
            if not rows:
                continue
            width = max(len(cells) for _, cells in rows[:PREAMBLE_ROWS + 6])
            head = [_fitted(cells, width) for _, cells in rows[:PREAMBLE_ROWS + 6]]
            at = header_index(head)
            header = [cell.strip() for cell in rows[at][1]]
            while header and not header[-1]:
                header.pop()
            body = [(number, _fitted(cells, len(header))) for number, cells in rows[at + 1:]]
            body = [(number, cells) for number, cells in body if any(cell.strip() for cell in cells)]
            tables.append((sheet_name, header, body))
    except XlsxError as error:
        yield BadRecord(name, str(error))
        return
    if not tables:
        yield BadRecord(name, "empty spreadsheet: no rows in its sheets")
        return
    chosen = None
    for sheet_name, header, body in tables:
        samples = [dict(zip(header, cells)) for _, cells in body[:SAMPLE]]
        if len(header) >= 2 and body and not resolve(header, samples, _mapping(options)).problem:
            chosen = (sheet_name, header, body)
            break
    if chosen is None:
        chosen = max(tables, key=lambda table: len(table[2]))  # the longest table's problem, as a CSV's is told
    _, header, body = chosen
    yield from table_records(name, header, body, [], options, [], fmt="xlsx")


def _fitted(cells: list, width: int) -> list:
    return (cells + [""] * width)[:width] if len(cells) != width else cells


class Workbook:
    """An .xlsx package: its sheets in the workbook's order and each sheet's rows as text."""

    def __init__(self, data: bytes):
        try:
            self.package = zipfile.ZipFile(io.BytesIO(data))
        except zipfile.BadZipFile:
            raise XlsxError("not an .xlsx file (not a zip package)") from None
        names = set(self.package.namelist())
        if "xl/workbook.xml" not in names:
            raise XlsxError("not an .xlsx workbook (no xl/workbook.xml; an .xls or .ods file?)")
        self.date1904 = False
        self._sheets = []
        self._read_workbook()
        self.strings = self._shared_strings() if "xl/sharedStrings.xml" in names else []
        self.date_styles = self._date_styles() if "xl/styles.xml" in names else frozenset()

    def _xml(self, member: str):
        from lxml import etree

        try:
            info = self.package.getinfo(member)
        except KeyError:
            raise XlsxError(f"broken .xlsx file: {member} is missing") from None
        if info.file_size > MAX_PART_BYTES or (info.file_size > 1_000_000
                                               and info.file_size > MAX_RATIO * max(info.compress_size, 1)):
            raise XlsxError(f"{member} of {info.file_size:,} bytes is too large; not read")
        try:
            with self.package.open(info) as handle:
                return etree.parse(handle, etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True))
        except (etree.XMLSyntaxError, zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError) as error:
            raise XlsxError(f"damaged .xlsx file ({member}: {error})") from None

    def _read_workbook(self) -> None:
        book = self._xml("xl/workbook.xml").getroot()
        properties = book.find(f"{{{MAIN}}}workbookPr")
        if properties is not None:
            self.date1904 = properties.get("date1904", "").lower() in ("1", "true")
        targets = {}
        if "xl/_rels/workbook.xml.rels" in self.package.namelist():
            for rel in self._xml("xl/_rels/workbook.xml.rels").getroot().iter(f"{{{PKG_REL}}}Relationship"):
                target = rel.get("Target") or ""
                target = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
                targets[rel.get("Id")] = target
        visible, hidden = [], []
        for number, sheet in enumerate(book.iter(f"{{{MAIN}}}sheet"), 1):
            target = targets.get(sheet.get(f"{{{REL}}}id")) or f"xl/worksheets/sheet{number}.xml"
            (hidden if sheet.get("state") in ("hidden", "veryHidden") else visible).append((sheet.get("name") or "", target))
        self._sheets = visible + hidden

    def sheets(self) -> list:
        """``[(name, member)]``: the visible sheets in the workbook's order, then the hidden ones."""
        return [(name, target) for name, target in self._sheets if target in self.package.namelist()]

    def _shared_strings(self) -> list:
        return [_string(item) for item in self._xml("xl/sharedStrings.xml").getroot().iter(f"{{{MAIN}}}si")]

    def _date_styles(self) -> frozenset:
        """The indexes of the cell formats (``s="3"``) whose number format shows a date."""
        styles = self._xml("xl/styles.xml").getroot()
        custom = {}
        for fmt in styles.iter(f"{{{MAIN}}}numFmt"):
            try:
                custom[int(fmt.get("numFmtId"))] = fmt.get("formatCode") or ""
            except (TypeError, ValueError):
                continue
        dated = set()
        formats = styles.find(f"{{{MAIN}}}cellXfs")
        for index, xf in enumerate(formats if formats is not None else []):
            try:
                number = int(xf.get("numFmtId") or 0)
            except ValueError:
                continue
            if (number in custom and date_format(custom[number])) or (number not in custom and number in DATE_FORMAT_IDS):
                dated.add(index)
        return frozenset(dated)

    def rows(self, member: str) -> list:
        """``[(row number, [cell text, ...])]`` of a sheet's rows that hold something, each cell at
        its column's place (an empty string where none is written)."""
        rows, previous = [], 0
        for row in self._xml(member).getroot().iter(f"{{{MAIN}}}row"):
            try:
                number = int(row.get("r"))
            except (TypeError, ValueError):
                number = previous + 1
            previous = number
            cells, column = [], 0
            for cell in row.iter(f"{{{MAIN}}}c"):
                at = _column(cell.get("r"))
                column = at if at is not None else column + 1
                value = self._value(cell)
                if value == "":
                    continue
                cells.extend([""] * (column - len(cells)))
                cells[column - 1] = value
            if any(cell.strip() for cell in cells):
                rows.append((number, cells))
            if len(rows) > SHEET_ROWS:
                raise XlsxError(f"a sheet of more than {SHEET_ROWS:,} rows; not read")
        return rows

    def _value(self, cell) -> str:
        kind = cell.get("t") or "n"
        if kind == "inlineStr":
            inline = cell.find(f"{{{MAIN}}}is")
            return _string(inline) if inline is not None else ""
        value = cell.findtext(f"{{{MAIN}}}v")
        if value is None:
            return ""
        if kind == "s":
            try:
                return self.strings[int(value)]
            except (ValueError, IndexError):
                return ""
        if kind == "b":
            return "TRUE" if value.strip() == "1" else "FALSE"
        if kind in ("str", "e", "d"):
            return _unescaped(value)
        try:
            number = float(value)
        except ValueError:
            return value
        if cell.get("s") is not None and _index(cell.get("s")) in self.date_styles:
            return serial_date(number, self.date1904) or value
        return str(int(number)) if number.is_integer() and abs(number) < 1e15 else value


def _index(text: str) -> int:
    try:
        return int(text)
    except (TypeError, ValueError):
        return -1


def _string(item) -> str:
    """A shared or inline string: its text, or its rich text runs joined (phonetic guides left out)."""
    parts = []
    for node in item:
        tag = node.tag.rsplit("}", 1)[-1]
        if tag == "t":
            parts.append(node.text or "")
        elif tag == "r":
            parts.append("".join(t.text or "" for t in node.iter(f"{{{MAIN}}}t")))
    return _unescaped("".join(parts))


def _unescaped(text: str) -> str:
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text).replace("\r\n", "\n").replace("\r", "\n")


def _column(reference: Optional[str]) -> Optional[int]:
    """``"C7"`` -> 3 (1-based), None where the cell names no place."""
    match = re.match(r"([A-Za-z]{1,3})\d*$", reference or "")
    if not match:
        return None
    number = 0
    for letter in match.group(1).upper():
        number = number * 26 + ord(letter) - 64
    return number


def date_format(code: str) -> bool:
    """Whether a custom number format shows a date: day, month or year codes outside its quoted
    text, bracketed colours and escaped characters ("yyyy-mm-dd hh:mm", "[$-409]d mmm yyyy")."""
    bare = re.sub(r'"[^"]*"|\\.|\[[^\]]*\]|_.|\*.', "", code.split(";", 1)[0])
    return bool(re.search(r"[dy]|m{3,}", bare, re.I))


def serial_date(serial: float, date1904: bool = False) -> Optional[str]:
    """A date's serial number as ISO 8601: ``2019-10-13`` or ``2019-10-13T09:40:00`` (1900 system:
    day 1 is 1900-01-01 and day 60 Lotus's 29 February 1900; 1904 system: day 0 is 1904-01-01)."""
    if serial < 0 or serial > 2958465:  # after 9999-12-31
        return None
    if date1904:
        start = dt.datetime(1904, 1, 1)
    else:
        start = dt.datetime(1899, 12, 30) if serial >= 61 else dt.datetime(1899, 12, 31)
    moment = start + dt.timedelta(seconds=round(serial * 86400))
    if moment.hour == moment.minute == moment.second == 0:
        return moment.date().isoformat()
    return moment.isoformat(timespec="seconds")
