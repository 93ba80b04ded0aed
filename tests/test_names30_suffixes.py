"""names30: endings joined to a name are no part of it (texts written for the tests): a Turkish case,
possessive or plural suffix set off a name by an apostrophe (Halep'te, Cizre'den, Kamışlı'nın), and in a
Persian or Kurdish text Sorani's plural ending and the plural -یان of a word of belonging (not the
definite -ەکە, which names end with: حەسەکە);
the Kurmanji oblique of a Kurdish name (Qamişloyê)."""

from names_index import index_bodies


def test_turkish_suffixes_after_an_apostrophe(tmp_path):
    from indexer.fulltext.analysis import _analyzer

    terms = lambda text: [token.text for token in _analyzer()(text)]  # noqa: E731
    assert terms("Halep'te") == terms("Halep")
    assert terms("Cizre'den") == terms("Cizre")
    assert terms("Münbiç'in") == terms("Münbiç")
    assert terms("Mu'in") != terms("Mu")  # an Arabic name after a vowel keeps its letters
    assert terms("Sina'a") == terms("Sinaa")
    index = index_bodies(tmp_path, {
        "tr": "Kamışlı'nın merkezinde bir patlama oldu.",
        "tr2": "Afrin'den gelen aileler kampa yerleşti.",
        "other": "Wheat prices rose in Hasakah.",
    })
    assert set(index.matching_ids("Qamishli")) == {"tr"}
    assert set(index.matching_ids("Afrin")) == {"tr2"}


def test_sorani_endings_in_a_kurdish_text(tmp_path):
    index = index_bodies(tmp_path, {
        "ckb": "چەکدارانی داعشیان لە گوندێک دەستگیرکران.",
        "other": "Wheat prices rose in Hasakah.",
    })
    assert set(index.matching_ids("داعش")) == {"ckb"}
    assert set(index.matching_ids("ISIS")) == {"ckb"}
    from indexer.fulltext.analysis import _analyzer

    assert [t.text for t in _analyzer()("کۆبانی حەسەکە")][1] != [t.text for t in _analyzer()("کۆبانی حەس")][1]


def test_kurmanji_oblique_of_a_kurdish_name(tmp_path):
    from indexer.fulltext.alias_keys import kurmanji_obliques

    assert "Qamişloyê" in kurmanji_obliques(["Qamishli", "Qamişlo"])
    assert kurmanji_obliques(["Aleppo", "Halab"]) == []  # no Kurmanji spelling: no Kurmanji case
    index = index_bodies(tmp_path, {
        "ku": "Li Qamişloyê bazar hat girtin.",
        "other": "Wheat prices rose in Hasakah.",
    })
    assert set(index.matching_ids("Qamishli")) == {"ku"}
