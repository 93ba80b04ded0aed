"""The gazetteer and the place / organisation matcher (issue #5), and the pinned bench scores."""

import pytest

from bench_modules import load

from archive.extract import gazetteer
from archive.extract.entities import find_entities, mentions
from archive.extract.gazetteer import Entity, entities, entity, fold_word, name_groups, name_key


def ids(text):
    return set(find_entities(text))


# -- the gazetteer ---------------------------------------------------------------------------

def test_gazetteer_size_and_kinds():
    all_ = entities()
    places = [e for e in all_ if e.kind == "place"]
    organisations = [e for e in all_ if e.kind == "organisation"]
    assert len(all_) >= 400
    assert len(places) >= 200 and len(organisations) >= 200
    assert all(e.latitude is None and e.longitude is None for e in organisations)
    assert sum(e.latitude is not None for e in places) >= 80
    assert len({e.id for e in all_}) == len(all_)


def test_entity_record():
    hol = entity("place:al-hol-camp")
    assert isinstance(hol, Entity)
    assert (hol.name, hol.kind, hol.type) == ("al-Hol camp", "place", "camp")
    assert hol.latitude == pytest.approx(36.38, abs=0.05) and hol.longitude == pytest.approx(41.15, abs=0.05)
    assert "al-Hawl" in hol.aliases and "al-Hol camp" not in hol.aliases
    sdf = entity("organisation:syrian-democratic-forces")
    assert sdf.kind == "organisation" and "SDF" in sdf.aliases
    with pytest.raises(KeyError):
        entity("place:atlantis")


def test_entities_are_cached():
    assert entities() is entities()


# Groups of the former search alias table (archive/data/aliases.txt): each must stay one group.
OLD_ALIAS_GROUPS = [
    ["Ghuwayran", "Ghwayran", "Guweiran", "Sina'a prison", "Sinaa prison", "al-Sina'a prison"],
    ["al-Hol", "al-Hawl", "al-Houl", "Hol", "Hawl"],
    ["Hasakah", "Hasaka", "al-Hasakah", "Hassakeh", "Hasakeh", "Hasake"],
    ["Deir ez-Zor", "Deir el-Zour", "Dayr al-Zawr", "Deir Ezzor", "Der Zor", "Deirezzor"],
    ["Islamic State", "ISIS", "ISIL", "IS", "Daesh", "Da'esh"],
    ["Syrian Democratic Forces", "SDF", "QSD"],
    ["Global Coalition against Daesh", "anti-ISIS coalition", "US-led coalition", "CJTF-OIR"],
    # names24: Rojava (Western Kurdistan) is its own region; the compass region is no spelling of it
    ["Rojava", "Western Kurdistan", "Syrian Kurdistan"],
    ["North and East Syria", "Northeast Syria", "north-east Syria"],
    ["Mosul", "Mosel", "al-Mawsil"],
]


@pytest.mark.parametrize("group", OLD_ALIAS_GROUPS, ids=lambda g: g[0])
def test_name_groups_keep_the_old_alias_groups(group):
    matching = [g for g in name_groups() if group[0] in g]
    assert len(matching) == 1
    assert set(group) <= set(matching[0])


def test_name_groups_put_the_canonical_name_first():
    for e, group in zip(entities(), name_groups()):
        assert group[0] == e.name
        assert set(group[1:]) == set(e.aliases)
        assert not any(s.startswith(("=", "~")) for s in group)


@pytest.mark.parametrize("a, b", [
    ("Hasakah", "al-Hassakeh"), ("Hasakah", "Hasakeh"), ("Deir ez-Zor", "Deir-al Zor"),
    ("Raqqa", "Raqa"), ("Sina'a", "Sinaa"), ("Raʿqa", "Raqa"), ("Serêkaniyê", "Serekaniye"),
    ("Ras al-Ain", "Ras Al Ain"), ("al-Hol", "Hol"), ("SDF's", "SDF"),
])
def test_name_keys_fold_like_the_search_index(a, b):
    assert name_key(a) == name_key(b)


def test_fold_word():
    assert fold_word("al") == "" and fold_word("Ez") == ""
    assert fold_word("Hassakeh") == "hasaka"
    assert fold_word("Shaddadah") == "shadada"
    assert fold_word("Kobanî") == "kobani"


def _parse(text):
    return gazetteer.parse_gazetteer(enumerate(text.splitlines(), 1))


@pytest.mark.parametrize("text, message", [
    ("camp | al-Hol camp | 36.3, x41 | al-Hawl", "line 1: coordinates"),
    ("# comment\ncamp | al-Hol camp | 36.3 | al-Hawl", "line 2: coordinates"),
    ("camp | al-Hol camp | 136.3, 41.1", "line 1: coordinates out of range"),
    ("just a name", "line 1: expected"),
    ("NGO | Amnesty | 1.0, 2.0", "line 1: coordinates given for 'ngo'"),
    ("camp | al-Hol camp | | \ncamp | Al-Hol Camp | |", "line 2: 'Al-Hol Camp' has the same id"),
    (" | nameless | |", "line 1: the type and the canonical name are required"),
])
def test_malformed_lines_name_the_line(text, message):
    with pytest.raises(ValueError, match=message):
        _parse(text)


def test_parse_line_fields_and_prefixes():
    (item,) = _parse("prison | Ghuwayran prison | 36.48, 40.75 | Ghwayran | =Roj | ~Sina | IS")
    assert item.entity.aliases == ("Ghwayran", "Roj", "Sina", "IS")
    flags = {s.text: (s.exact, s.search_only) for s in item.spellings}
    assert flags == {"Ghuwayran prison": (False, False), "Ghwayran": (False, False),
                     "Roj": (True, False), "Sina": (False, True), "IS": (True, False)}


def test_two_line_organisation():
    (item,) = _parse("news outlet | Reuters")
    assert item.entity.id == "organisation:reuters" and item.entity.aliases == ()


def test_provinces_take_their_towns_spellings():
    texts = {s.text for s in gazetteer.spellings() if s.entity_id == "place:deir-ez-zor-province"}
    assert {"Deir el-Zour province", "Dayr al-Zawr governorate"} <= texts


# -- the matcher -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Thousands were held in al-Hol camp.", {"place:al-hol-camp"}),
    ("Thousands were held in Al-Hawl.", {"place:al-hol-camp"}),
    ("Women in the Hol camp said", {"place:al-hol-camp"}),
    ("the word hol in lower case", set()),
    ("ISIS fighters attacked Ghwayran jail in Hasakeh", {"organisation:islamic-state",
                                                       "place:ghuwayran", "place:hasakah"}),
    ("IS fighters fled", {"organisation:islamic-state"}),
    ("it is said that this is so", set()),
    ("Is it over? It is.", set()),
    ("THIS IS A HEADLINE", set()),
    ("US$5 million was pledged", set()),
    ("the US and the UN", {"place:united-states", "organisation:united-nations"}),
    ("let us un-do it", set()),
    ("the U.S. Army said", {"organisation:us-military"}),
    ("the Syrian Democratic Forces (SDF) said", {"organisation:syrian-democratic-forces"}),
    ("the SDF's commander", {"organisation:syrian-democratic-forces"}),
    ("Deir el-Zour governorate", {"place:deir-ez-zor-province"}),
    ("Deir ez-Zor city", {"place:deir-ez-zor"}),
    ("in Raqqa province", {"place:raqqa-province"}),
    ("in Raqqa", {"place:raqqa"}),
    ("in Hasakah and Deir ez-Zor provinces", {"place:hasakah-province", "place:deir-ez-zor-province"}),
    ("the Kurdistan Workers' Party", {"organisation:kurdistan-workers-party"}),
    ("the Kurdistan Workers Party", {"organisation:kurdistan-workers-party"}),
    ("Serêkaniyê and Ras al Ain", {"place:ras-al-ain"}),
    ("Islamic State of Iraq and the Levant", {"organisation:islamic-state"}),
    ("UN refugee agency", {"organisation:unhcr"}),
    ("Unicef said", {"organisation:unicef"}),
    ("the Syrian Observatory for Human Rights", {"organisation:syrian-observatory-for-human-rights"}),
    ("the US-led coalition", {"organisation:global-coalition-against-daesh"}),
    ("Tabqa Dam and Tabqa", {"place:tabqa-dam", "place:tabqa"}),
    ("the Roj camp", {"place:roj-camp"}),
    ("Mosel wine", set()),  # a search-only spelling
    ("Deir ez-Zor 24 reported", {"organisation:deir-ez-zor-24"}),
    ("Rojava Information Center", {"organisation:rojava-information-center"}),
    ("Bab al-Hawa crossing", {"place:bab-al-hawa-crossing"}),
    ("Syrian soldiers and Iraqi police", set()),  # demonyms are no mentions
    ("Raqqa.\nProvince officials", {"place:raqqa"}),
])
def test_find_entities(text, expected):
    assert ids(text) == expected


def test_counts_mentions_without_double_counting():
    text = "al-Hol camp is in Hasakah province. Al-Hawl holds thousands; the Hol camp is full."
    assert find_entities(text) == {"place:al-hol-camp": 3, "place:hasakah-province": 1}


def test_mentions_have_offsets_and_show_the_article():
    text = "Fighters left al-Hol camp and the SDF's base."
    found = mentions(text)
    assert [(m.text, m.entity_id) for m in found] == [
        ("al-Hol camp", "place:al-hol-camp"), ("SDF's", "organisation:syrian-democratic-forces")]
    assert all(text[m.start:m.end] == m.text for m in found)


def test_empty_and_odd_text():
    assert find_entities("") == {}
    assert find_entities("   \n\t") == {}
    assert find_entities("’'ʿʾ--") == {}
    assert find_entities("al al al") == {}


def test_long_text_is_linear():
    """Four times the text costs about four times the CPU, not sixteen: a ratio of this process's
    own CPU time (the best of three), so another process's load cannot fail it (CI once did, with a
    wall-clock limit of 2 s)."""
    import time

    sentence = "The SDF said 20 ISIS fighters fled al-Hol towards Deir ez-Zor province. "

    def cpu(repeats):
        best = None
        for _ in range(3):
            start = time.process_time()
            counts = find_entities(sentence * repeats)
            spent = time.process_time() - start
            best = spent if best is None else min(best, spent)
        assert counts["place:al-hol-camp"] == repeats
        return best

    small, large = cpu(500), cpu(2000)
    assert large < 8 * max(small, 0.01), (small, large)  # linear: ~4; quadratic: ~16


# -- the bench, pinned -----------------------------------------------------------------------

# Measured with bench/entities.py on 269 sentences (issue #15): places 1.00/0.99, organisations
# 1.00/0.99 on all; held-out part (95 sentences, chosen by a hash of the text before tuning)
# places 1.00/0.97, organisations 1.00/0.99. The held-out floors are the goals
# (precision >= 0.97, recall >= 0.95); figures and event dates are scored on the sentences that
# carry them (the first 73).
PINNED = {
    "all": {
        "places": {"precision": 0.98, "recall": 0.97},
        "organisations": {"precision": 0.98, "recall": 0.97},
        "figures": {"precision": 0.95, "recall": 0.91},
        "figures+source": {"precision": 0.88, "recall": 0.85},
        "event_dates": {"precision": 0.95, "recall": 0.94},
    },
    "held": {
        "places": {"precision": 0.97, "recall": 0.95},
        "organisations": {"precision": 0.97, "recall": 0.95},
    },
}


def test_bench_scores_do_not_drop():
    bench = load("entities")
    items = bench.load_gold()
    for split, floors in PINNED.items():
        part = items if split == "all" else [i for i in items if i["part"] == split]
        scores = bench.evaluate(part)
        for name, floor in floors.items():
            for measure, value in floor.items():
                assert scores[name][measure] >= value, (split, name, measure, scores[name])


def test_gold_has_a_held_out_part():
    items = load("entities").load_gold()
    assert len(items) >= 200
    assert sum(i["part"] == "held" for i in items) >= len(items) // 3


def test_the_word_cache_is_replaced_when_full(monkeypatch):
    from archive.extract import entities as module

    monkeypatch.setattr(module, "_MAX_CACHE", 5)
    monkeypatch.setattr(module, "_VOCABULARY", module._Vocabulary())
    text = "one two three four five six seven eight ISIS fighters in al-Hol"
    first = find_entities(text)
    assert find_entities(text) == first == {"organisation:islamic-state": 1, "place:al-hol-camp": 1}
