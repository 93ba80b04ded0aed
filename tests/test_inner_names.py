"""Names inside other names (indexer/fulltext/inner_names.py): a search for a place leaves out the
reports that hold its name only inside another entity's name in the gazetteer (a crossing, a TV
channel, a brigade named after it), and keeps the place with a qualifier and its council."""

from archive import search_data
from tests.conftest import index_of

REPORTS = [
    ("town", "Shelling in al-Bab", "Artillery hit the market of al-Bab on Monday."),
    ("crossing", "Aid deliveries", "UN convoys crossed into Idlib through Bab al-Hawa."),
    ("channel", "Channel closed", "Roj TV stopped broadcasting from Denmark."),
    ("camp", "Winter in Roj", "Tents in Roj camp flooded after heavy rain."),
    ("province", "Harvest", "Wheat farmers in Raqqa province expect a poor harvest."),
    ("council", "Clock tower", "The Raqqa Civil Council restored the clock tower."),
    ("brigade", "Commander killed", "A commander of the Raqqa Revolutionaries Brigade was killed near Azaz."),
]


def _found(index, query):
    return set(index.matching_ids(query))


def test_a_name_inside_another_name_is_not_the_name(tmp_path):
    search_data.provide()
    index = index_of(tmp_path, REPORTS)
    assert _found(index, "al-Bab") == {"town"}
    assert _found(index, "Bab al-Hawa") == {"crossing"}
    assert _found(index, "Roj") == {"camp"}
    assert _found(index, "Roj TV") == {"channel"}
    assert _found(index, "Raqqa") == {"province", "council"}  # a qualifier and a council keep the place
    assert _found(index, "Raqqa Revolutionaries Brigade") == {"brigade"}
    assert _found(index, "Raqqa") | _found(index, "Bab") <= {"town", "province", "council"}
