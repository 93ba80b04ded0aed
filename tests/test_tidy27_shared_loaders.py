"""One loader where code was written twice (tidy27): the case-folded sections of a data file
(archive/extract/data.py's folded_sections, read by title_guards and title_stamps alike), and the
bench's scripts loaded for the tests (tests/bench_modules.py)."""

import sys

from bench_modules import load

from archive.extract import title_guards, title_stamps
from archive.extract.data import data_sections, folded_sections


def test_title_guards_and_title_stamps_read_one_table():
    assert title_stamps._data() is title_guards._data()
    table = folded_sections("title_guards.txt")
    assert set(table) == set(data_sections("title_guards.txt"))
    assert all(entry == entry.casefold() for entries in table.values() for entry in entries)


def test_the_words_still_reach_both():
    assert title_stamps.stamp_or_byline("il y a 3 heures")  # [time_units] with [ago_words]
    assert title_guards.kicker("Breaking: the dam's gates close for the winter") == "the dam's gates close for the winter"


def test_a_bench_script_is_loaded_once_under_its_bench_name():
    first = load("compare_imports")
    assert sys.modules["bench_compare_imports"] is first
    assert load("compare_imports") is first
