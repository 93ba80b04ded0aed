"""names24: families read off held23's misses (texts written for the tests): a name that ends another
entity's name, the first short vowel dropped, a plural
qualifier, a body's name typed with another spelling of its place, and gazetteer data (Rojava apart
from the compass region; the Washokani camp's village name; Nisibis; the Syriac Military Council's
Syriac name and acronym)."""

from names_index import index_bodies


def test_a_name_that_ends_another_entitys_name_is_not_that_name(tmp_path):
    """inner_names._ends_another: "Faysh Khabur" (the town on the Iraqi side) ends on the river's name
    after a name word of its own: a search for the river leaves it out; a compass word or a demonym
    before a name ("north-east Syria") describes the name and keeps it."""
    index = index_bodies(tmp_path, {
        "town": "Lorries waited for two days at Faysh Khabur before crossing.",
        "river": "Farmers along the Khabour pumped water for their cotton.",
    })
    assert set(index.matching_ids("Khabur")) == {"river"}
    assert set(index.matching_ids("Habur")) == {"river"}
    from indexer.fulltext.aliases import name_key
    from indexer.fulltext.inner_names import _longer_names

    longer = _longer_names()
    assert "Faysh Khabur" in longer[name_key("Khabur")]
    assert "Northeast Syria" not in longer.get(name_key("Syria"), ())  # a compass word describes the name
    assert "Iraqi Kurdistan" not in longer.get(name_key("Kurdistan"), ())  # so does a demonym
    assert "Jabal Sinjar" not in longer.get(name_key("Sinjar"), ())  # and an Arabic head noun of places


def test_a_spelling_without_its_first_short_vowel_finds_the_name(tmp_path):
    """name_alikes._first_vowel_restored: Levantine spellings drop the first syllable's short vowel
    (Bsayra for Busayrah); a query so spelt finds the town's other spellings."""
    index = index_bodies(tmp_path, {
        "one": "Shops in Busaira reopened after the curfew.",
        "two": "A checkpoint near al-Busayrah was attacked at night.",
        "other": "The bus from Basra was late.",
    })
    assert set(index.matching_ids("Bsayra")) == {"one", "two"}
    assert set(index.matching_ids("Bsaira")) == {"one", "two"}


def test_a_plural_qualifier_asks_for_its_generic_word(tmp_path):
    """generic_words.literal_generic: unquoted "Hol camps" asks for camp (or camps) as "Hol camp" does:
    a report naming al-Hol with no camp is not found."""
    index = index_bodies(tmp_path, {
        "camp": "Aid reached the al-Hawl camp on Monday.",
        "camps": "The Hol and Roj camps hold foreign families.",
        "bare": "A fire broke out in a tent at al-Hol.",
    })
    assert set(index.matching_ids("Hol camps")) == {"camp", "camps"}
    assert set(index.matching_ids("Hol camp")) == {"camp", "camps"}


def test_a_bodys_name_typed_with_another_spelling_of_its_place(tmp_path):
    """name_phrases.respelt_key: "Menbij Military Council" is the Manbij Military Council, so its acronym
    is searched too; a place and a lower-case qualifier ("Hasake governorate") is left to the qualifier
    rules (every spelling of Hasakah with "governorate")."""
    index = index_bodies(tmp_path, {
        "acronym": "Fighters of the MMC arrested two men.",
        "name": "The Manbij Military Council denied the report.",
        "town": "Bread prices rose in Manbij.",
        "province": "Schools in Hasakah governorate reopened.",
    })
    assert set(index.matching_ids("Menbij Military Council")) == {"acronym", "name"}
    assert set(index.matching_ids("Hasake governorate")) == {"province"}


def test_rojava_is_not_the_compass_region(tmp_path):
    """gazetteer.txt: Rojava (Western Kurdistan, Rozhava) is its own region; "north-east Syria" describes
    where a report is and is no spelling of it."""
    index = index_bodies(tmp_path, {
        "rojava": "Farmers across Rojava lost half the harvest.",
        "kurdistan": "Schools in Western Kurdistan teach in Kurmanji.",
        "compass": "A drone strike in north-east Syria killed two men.",
    })
    assert set(index.matching_ids("Rojava")) == {"rojava", "kurdistan"}
    assert set(index.matching_ids("Rozhava")) == {"rojava", "kurdistan"}
    assert set(index.matching_ids("northeast Syria")) == {"compass"}


def test_gazetteer_spellings_of_names24(tmp_path):
    """gazetteer.txt: the Washokani camp by its village's name (Twaina, al-Tuwaina); Nusaybin's classical
    and Arabic names (Nisibis, Nisibin); the Syriac Military Council's Syriac name and acronym (MFS); the
    Jazira as "the Jazeera region" (bare Jazeera is Al Jazeera's); Hasakah's French Mandate spelling."""
    index = index_bodies(tmp_path, {
        "camp": "Children in Washukani camp received winter clothes.",
        "village": "A tent burnt down at al-Tuwaina overnight.",
        "nusaybin": "Traders in Nisibin waited for the border to reopen.",
        "mfs": "The Mawtbo Fulhoyo Suryoyo guarded the churches of Qamishli.",
        "smc": "A spokesman of the Syriac Military Council spoke to reporters.",
        "region": "Wheat silos across the Jazeera region are half empty.",
        "french": "Les archives décrivent Hassetché dans les années 1930.",
    })
    assert set(index.matching_ids("Twaina")) == {"camp", "village"}
    assert set(index.matching_ids("Washokani")) == {"camp", "village"}
    assert set(index.matching_ids("Nisibis")) == {"nusaybin"}
    assert set(index.matching_ids("MFS")) == {"mfs", "smc"}
    assert set(index.matching_ids("Jazira")) == {"region"}
    assert set(index.matching_ids("Hasakah")) == {"french"}


def test_a_turkish_s_that_lost_its_cedilla(tmp_path):
    """orthographies.read_alike: "Tişrin" and "Waşokanî" are indexed as tisrin and wasokani; read with ş
    as sh they are one edit from Tishrin and Washokani, so the names find them."""
    index = index_bodies(tmp_path, {
        "dam": "Turkish papers said the Tişrin dam is again a front line.",
        "camp": "Winter kits were handed out in Waşokanî.",
        "other": "The sisters of the bride sang.",
    })
    assert set(index.matching_ids("Tishrin")) == {"dam"}
    assert set(index.matching_ids("Tishreen")) == {"dam"}
    assert set(index.matching_ids("Washokani")) == {"camp"}


def test_a_name_with_accents_run_together(tmp_path):
    """name_readings._compact_names: "Til Koçer" run together is "Tilkocer" (the accent dropped, as
    "Deir ez-Zor" is "Deirezzor"), the Yarubiyah crossing."""
    index = index_bodies(tmp_path, {
        "kurdish": "Traders at Til Koçer said the crossing was shut.",
        "arabic": "The al-Yarubiyah crossing reopened to aid convoys.",
    })
    assert set(index.matching_ids("Tilkocer")) == {"kurdish", "arabic"}


def test_a_namesake_placed_by_a_demonym_and_place_noun_or_an_address(tmp_path):
    """placed_elsewhere: "the Norwegian municipality of Hol" (a demonym, place nouns and "of" before the
    name) and "Hol in Buskerud, Norway" (an address: a region the gazetteer does not hold, then the
    country) place the name abroad; "the Syrian town of Tal Abyad" keeps it, and "near" a place across
    the border names no country of the mention's own ("Kobani, near Suruc in Turkey")."""
    index = index_bodies(tmp_path, {
        "norway": "The Norwegian municipality of Hol reported record bookings for the ski season.",
        "address": "Skiers flocked to Hol in Buskerud, Norway, as the season opened.",
        "camp": "Families in al-Hol received winter kits.",
        "syria": "The Syrian town of Tal Abyad was shelled overnight.",
        "near": "Fighters in Kobani, near Suruc in Turkey, held a parade.",
    })
    assert set(index.matching_ids("al-Hol")) == {"camp"}
    assert set(index.matching_ids("Tal Abyad")) == {"syria"}
    assert set(index.matching_ids("Kobani")) == {"near"}


def test_an_ancient_capital_named_like_a_camp(tmp_path):
    """gazetteer.txt: Mitanni, an ancient kingdom, is a country of its own, so "Washukanni, capital of the
    Mitanni kingdom" and "the Mitanni capital of Washukanni" (placed_elsewhere: a country's name before a
    place noun and "of", as a demonym) are not the Washokani camp, which the index folds it onto; "the
    lost capital" is no clause of its own (a past participle after an article is an adjective)."""
    index = index_bodies(tmp_path, {
        "capital": "Scholars still debate where Washukanni, capital of the ancient Mitanni kingdom, once stood.",
        "before": "Archaeologists still debate where the Mitanni capital of Washukanni lay.",
        "lost": "Archaeologists hope to find Washukanni, the lost capital of the Mitanni kingdom.",
        "camp": "Residents of the Washukanni camp protested about water deliveries.",
    })
    assert set(index.matching_ids("Washokani")) == {"camp"}
    assert set(index.matching_ids("Twaina")) == {"camp"}
