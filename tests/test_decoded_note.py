"""The import says which code page it guessed for a file that is not UTF-8 and names no charset
(issue #13: "say in the summary what was repaired"): a text file and a CSV, once each."""

from archive.readers.records import read_csv
from archive.readers.text import read_text_file

POLISH = ("Rada gminy przyjęła w środę plan odbudowy stacji uzdatniania wody.\n\n"
          "Mieszkańcy skarżą się, że od tygodni brakuje czystej wody, a cysterny przyjeżdżają rzadko. "
          "Władze obiecują, że prace zakończą się przed zimą, choć koszt wciąż rośnie.\n")


def test_a_text_file_in_a_guessed_code_page_says_so(tmp_path):
    path = tmp_path / "stacja.txt"
    path.write_bytes(("Woda wraca do miasta\n\n" + POLISH).encode("cp1250"))
    [record] = list(read_text_file(path))
    assert "przyjęła" in record.body
    assert any("decoded as windows-1250" in note for note in record.notes), record.notes


def test_a_utf8_file_says_nothing(tmp_path):
    path = tmp_path / "stacja.txt"
    path.write_text("Woda wraca do miasta\n\n" + POLISH, encoding="utf-8")
    [record] = list(read_text_file(path))
    assert not any("decoded as" in note for note in record.notes)


def test_a_csv_says_it_once_with_its_first_article(tmp_path):
    body = POLISH.replace("\n", " ").strip()
    rows = ["title,body"] + [f'Woda {n},"{body}"' for n in range(3)]
    path = tmp_path / "raporty.csv"
    path.write_bytes("\n".join(rows).encode("cp1250"))
    records = list(read_csv(path))
    said = [r for r in records if any("decoded as windows-1250" in note for note in r.notes)]
    assert len(records) == 3 and len(said) == 1
