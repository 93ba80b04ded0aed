"""scripts25: families read off held24's misses (texts written for the tests), fixed in the gazetteer's
data: a French transliteration's ou and -eh (Yaroubiyeh), the Arabic head noun of a dam transliterated
before its name (Sadd Tishreen, Sadd al-Furat), a Kurdish name with its ezafe (Rojavayê Kurdistanê), an
armed group's Arabic name transliterated (al-Jaysh al-Watani), and an entity the gazetteer lacked
(Mount Abdulaziz, Jabal Abd al-Aziz, جبل عبد العزيز)."""

from names_index import index_bodies


def test_a_french_transliteration_of_a_town_finds_it(tmp_path):
    index = index_bodies(tmp_path, {
        "french": "Traders waited at the Yaroubiyeh crossing for the trucks to pass.",
        "english": "A curfew was declared in al-Yarubiyah after the attack.",
        "other": "Fishermen sold their catch in Tartus.",
    })
    assert set(index.matching_ids("Yarubiyah")) == {"french", "english"}
    assert set(index.matching_ids("Til Koçer")) == {"french", "english"}
    assert set(index.matching_ids("Yaroubiya")) == {"french", "english"}


def test_a_dam_named_by_its_arabic_head_noun_is_the_dam(tmp_path):
    index = index_bodies(tmp_path, {
        "tishrin": "Engineers at the Tishrin dam opened two turbines.",
        "sadd": "Water behind Sadd Tishreen fell by a metre this week.",
        "furat": "Levels behind the Euphrates dam were the lowest in years.",
        "month": "The market opened in Tishreen al-Awwal, as every year.",
    })
    assert set(index.matching_ids("Sad Tishreen")) == {"tishrin", "sadd"}
    assert set(index.matching_ids("Tishreen")) == {"tishrin", "sadd"}  # not the month
    assert set(index.matching_ids("Sadd al-Furat")) == {"furat"}


def test_kurdish_and_arabic_names_of_a_region_and_an_army(tmp_path):
    index = index_bodies(tmp_path, {
        "rojava": "Schools in Rojava reopened after the holiday.",
        "sna": "The al-Jaysh al-Watani said two of its fighters were killed near Afrin.",
        "army": "The Syrian National Army shelled a village.",
        "other": "A new road linked two villages of the valley.",
    })
    assert set(index.matching_ids("Rojavayê Kurdistanê")) == {"rojava"}
    assert set(index.matching_ids("SNA")) == {"sna", "army"}
    assert set(index.matching_ids("al-Jaysh al-Watani")) == {"sna", "army"}


def test_mount_abdulaziz_in_every_spelling_and_script(tmp_path):
    index = index_bodies(tmp_path, {
        "jabal": "Shepherds grazed flocks on the slopes of Jabal Abd al-Aziz.",
        "mount": "A fire spread across Mount Abdulaziz overnight.",
        "arabic": "اندلع حريق في جبل عبد العزيز غرب الحسكة.",
        "person": "Abdulaziz Hassan opened a bakery in the old market.",
    })
    assert set(index.matching_ids("Jebel Abdulaziz")) == {"jabal", "mount", "arabic"}
    assert set(index.matching_ids("جبل عبد العزيز")) == {"jabal", "mount", "arabic"}


def test_a_name_joined_to_its_article_in_camel_case_is_read_apart(tmp_path):
    """name_readings.joined_article: "alOmar" and "AlOmar" are typed as "Alomar" is, the article and
    the name apart, where the gazetteer knows the name only with a generic word (al-Omar oil field)."""
    index = index_bodies(tmp_path, {
        "field": "Workers at the al-Omar field stopped work over unpaid wages.",
        "oil": "Diesel from the Omar oil field is sold at higher prices.",
        "other": "A fire broke out in a bakery.",
    })
    assert set(index.matching_ids("alOmar")) == {"field", "oil"}
    assert set(index.matching_ids("AlOmar")) == {"field", "oil"}


def test_a_rare_spelling_in_french_letters_is_found_by_the_name(tmp_path):
    """name_alikes._read_alike: a rare archive word with a known spelling's sound-alike key that reads,
    French ou as u, one edit from it (Boussayra: Busayrah), is one of the name's spellings."""
    index = index_bodies(tmp_path, {
        "french": "Shops in Boussayra reopened after the curfew.",
        "english": "A checkpoint near al-Busayrah was attacked at night.",
        "other": "The bus from the city was late.",
    })
    assert set(index.matching_ids("Busayrah")) == {"french", "english"}
