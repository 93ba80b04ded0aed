"""French l' and d' elided into a name (L'OIM, d'Alep) are no part of it, in the index and the query;
Kurdish and Turkish names of the gazetteer's places (Dêra Zorê, Deyrizor, Dêrika Hemko, Halep); a
typed name's sound-alikes are names, not English words (Şammar: Shammar, not "summer").
Reports written for these tests (no bench set's sentences); a real Whoosh index."""

import pytest

from archive import search_data
from conftest import index_of


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    search_data.provide()
    reports = {
        "oim": ("Rapport", "Selon l'OIM, des milliers de familles ont quitté la ville."),
        "alep": ("Retour", "Les bus sont partis d'Alep vers le nord au matin."),
        "dera": ("Civîn", "A meeting was held in Dêra Zorê on Tuesday, local officials said."),
        "deyrizor": ("Haber", "Deyrizor kırsalında bir toplantı yapıldı."),
        "hemko": ("Bazar", "The market of Dêrika Hemko reopened after the rains."),
        "shammar": ("Tribe", "Elders of the Shammar met near the border."),
        "summer": ("Heat", "Clinics treated children for heatstroke during the summer."),
    }
    return index_of(tmp_path_factory.mktemp("index"), [(key, title, body) for key, (title, body) in reports.items()],
                    "2024-01-01")


def test_an_elided_article_is_no_part_of_the_name(index):
    assert "oim" in index.matching_ids("IOM")
    assert "oim" in index.matching_ids("International Organization for Migration")
    assert "alep" in index.matching_ids("Aleppo")
    assert "alep" in index.matching_ids("d'Alep")  # typed with it: the same term


def test_kurdish_and_turkish_names(index):
    assert {"dera", "deyrizor"} <= set(index.matching_ids("Deir ez-Zor"))
    assert "hemko" in index.matching_ids("Derik")
    assert "dera" in index.matching_ids("دير الزور")


def test_a_names_sound_alikes_are_no_english_words(index):
    found = set(index.matching_ids("Şammar"))
    assert "shammar" in found and "summer" not in found
