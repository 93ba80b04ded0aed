"""A place's name written as a broadcaster writes its own is the broadcaster (names15): "Al Mayadeen aired",
"the channel Al Mayadeen" are the Beirut channel, not the town of al-Mayadin
(indexer/fulltext/broadcaster_names.py, through placed_elsewhere)."""

from pathlib import Path
from names_index import index_bodies



def test_broadcaster_is_not_the_town(tmp_path: Path):
    index = index_bodies(tmp_path, {
        "aired": "Al Mayadeen aired an interview with a Lebanese economist.",
        "channel": "The Beirut channel Al Mayadeen broadcast a speech.",
        "town": "Shelling hit al-Mayadin on Sunday, residents said.",
        "town_al": "Al Mayadeen was shelled again on Sunday.",
        "both": "Al Mayadeen aired footage from al-Mayadin, where shelling hit a market.",
    })
    for query in ("Mayadin", "al-Mayadeen", "الميادين"):
        assert set(index.matching_ids(query)) == {"town", "town_al", "both"}, query
