"""The learned check for outlet lines (archive/extract/outlet_lines.py): the last fallback, used only
where no rule names the outlet. Real files through the CLI into a real SQLite archive, with the
fitted weights shipped in archive/data/outlet_lines.json. Stories and reporters are made up; the
outlet is one the world data knows, with a tagline after its name, which no rule reads (a known
name is not taken from a "Name | tagline" line); the file is named by the outlet's initials, as
people name the pages they save ("st-winter-camps.txt")."""

import sqlite_utils

from archive.extract import outlet_lines
from archive.readers.text import parse_text_article

MASTHEAD = "The Straits Times | Singapore's Daily Newspaper"
FILE = "st-winter-camps.txt"


def _page(first_line: str = MASTHEAD, dateline: str = "") -> str:
    return (f"{first_line}\n\nAid groups warn of winter shortages in the camps\n\nBy Jane Example\n12 January 2023\n\n"
            f"{dateline}Aid workers in the camps say stocks of heating fuel will run out within weeks unless new "
            "deliveries arrive, leaving thousands of families without warmth as temperatures fall.\n\n"
            "Camp managers said they had asked donors for emergency funds, and that tents damaged by storms last "
            "month had still not been replaced.\n\n\"We are doing what we can, but the needs grow every week,\" "
            "one manager said.\n")


def _stored(tmp_path, cli, text: str, *options) -> tuple:
    folder = tmp_path / "saved"
    folder.mkdir(exist_ok=True)
    (folder / FILE).write_text(text, encoding="utf-8")
    db = tmp_path / "archive.db"
    result = cli("import", db, folder, "--silent", *options)
    assert result.exit_code == 0, result.output
    return sqlite_utils.Database(db).execute(
        "select o.name, a.outlet_source from articles a left join outlets o on o.id = a.outlet").fetchone()


def test_the_model_names_an_outlet_no_rule_reads(cli, tmp_path):
    assert _stored(tmp_path, cli, _page()) == ("The Straits Times", "text")


def test_the_command_lines_outlet_outranks_the_model(cli, tmp_path):
    assert _stored(tmp_path, cli, _page(), "--outlet", "Camp Courier")[0] == "Camp Courier"


def test_a_dateline_in_the_body_outranks_the_model(cli, tmp_path):
    assert _stored(tmp_path, cli, _page(dateline="SINGAPORE (Reuters) - "))[0] == "Reuters"


def test_a_headline_alone_names_no_outlet(cli, tmp_path):
    text = _page(first_line="Winter in the camps").replace("Aid groups warn of winter shortages in the camps\n\n", "")
    assert _stored(tmp_path, cli, text) == (None, "unknown")


def test_the_reader_marks_the_models_outlet_as_a_guess():
    record = parse_text_article(_page(), f"saved/{FILE}")
    assert isinstance(record.outlet, outlet_lines.Guessed) and record.outlet == "The Straits Times"


def test_without_weights_nothing_is_guessed(tmp_path):
    content = [line for line in _page().splitlines() if line.strip()]
    assert outlet_lines.load(tmp_path / "none.json") is None
    assert outlet_lines.best_outlet(content, 1, f"saved/{FILE}", model={"threshold": 2.0, **_weights()}) is None


def test_candidates_are_a_lines_parts_and_a_copyright_holder():
    rows = outlet_lines.rows(["Lakeside Courier | News you can trust", "Headline of the day",
                              "A sentence of the story that runs on for a while.", "© 2023 Lakeside Media Group"], 1)
    names = [name for _, name, _ in rows]
    assert "Lakeside Courier" in names and "News you can trust" in names and "Lakeside Media Group" in names
    assert all(len(row) == len(outlet_lines.FEATURES) for _, _, row in rows)


def _weights() -> dict:
    model = outlet_lines.load()
    assert model is not None, "archive/data/outlet_lines.json: fitted by bench/fit_outlet_lines.py"
    return {key: model[key] for key in ("mean", "scale", "weights", "intercept")}


def test_a_saved_emails_sender_is_a_candidate():
    rows = outlet_lines.rows(["From: Lakeside Notes <hello@lakesidenotes.example>", "Subject: Issue 12",
                              "Winter in the camps", "A sentence of the story that runs on for a while."], 2)
    assert "Lakeside Notes" in [name for _, name, _ in rows]


def test_a_name_written_with_its_sites_ending_is_a_candidate_without_it():
    rows = outlet_lines.rows(["LAKESIDE GAZETTE.COM", "Winter in the camps",
                              "A sentence of the story that runs on for a while."], 1)
    names = [name for _, name, _ in rows]
    assert "LAKESIDE GAZETTE" in names and "LAKESIDE GAZETTE.COM" in names
    assert len(names) == len(set(names))


def test_the_shipped_weights_were_fitted_on_read_halves_only():
    model = outlet_lines.load()
    assert model is not None and "held" not in model["trained_on"] and len(model["trained_on"]) >= 11
