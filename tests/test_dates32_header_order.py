"""An export's date column whose header states the format ("date (MM/DD/YYYY)", "Datum (TT.MM.JJJJ)")
is read in that order, even where every value reads both ways (read after round 32: a monitoring
tool's CSV stored two of its three month-first dates swapped)."""

import sqlite3

import pytest

from archive.extract.date_orders import stated_order

BODY = ("Families left the camp on buses in the morning, officials of the camp administration said, and "
        "more departures were expected before the end of the month as the registration went on.")


@pytest.mark.parametrize("name, order", [
    ("date (MM/DD/YYYY)", "mdy"), ("date m/d/yy", "mdy"), ("Datum (TT.MM.JJJJ)", "dmy"), ("fecha dd/mm/aaaa", "dmy"),
    ("Tarih (GG.AA.YYYY)", "dmy"), ("Дата (ДД.ММ.ГГГГ)", "dmy"), ("pvm (pp.kk.vvvv)", "dmy"), ("datum dd-mm-jjjj", "dmy"),
    ("published (YYYY-MM-DD)", "ymd"), ("published", None), ("date", None), ("mm/dd", None), ("notes a/b/c", None),
])
def test_the_order_a_header_states(name, order):
    assert stated_order(name) == order


@pytest.mark.parametrize("header, expected", [
    ("date (MM/DD/YYYY)", ["2023-10-12", "2023-03-11"]),
    ("Datum (TT.MM.JJJJ)", ["2023-12-10", "2023-11-03"]),
])
def test_a_column_whose_header_states_its_format_is_read_so(tmp_path, cli, header, expected):
    rows = [f'id,title,"{header}",text', f'a1,Families leave the camp,10/12/2023,"{BODY}"',
            f'a2,More families leave the camp,03/11/2023,"{BODY} Another group followed."']
    (tmp_path / "export.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    db = tmp_path / "archive.db"
    result = cli("import", db, tmp_path / "export.csv", "--silent")
    assert result.exit_code == 0, result.output
    stored = [r[0] for r in sqlite3.connect(db).execute("select published from articles order by id")]
    assert stored == expected


def test_the_command_line_still_wins(tmp_path, cli):
    rows = ['id,title,"date (MM/DD/YYYY)",text', f'a1,Families leave the camp,10/12/2023,"{BODY}"']
    (tmp_path / "export.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    db = tmp_path / "archive.db"
    assert cli("import", db, tmp_path / "export.csv", "--silent", "--date-order", "dmy").exit_code == 0
    assert sqlite3.connect(db).execute("select published from articles").fetchone()[0] == "2023-12-10"
