"""A name run together with its article assimilated to sh (names14: "Ashshaddadi", ash-Shaddadi) is read
as the name, as "Arraqqa" is: the article "ash" is tried before "as" (name_readings._JOINED)."""

from archive import search_data
from indexer.fulltext.name_readings import joined_key
from indexer.fulltext.aliases import name_key


def test_ash_article_joined():
    search_data.provide()
    assert joined_key("Ashshaddadi") == name_key("al-Shaddadi")
    assert joined_key("ashshaddadi") == name_key("al-Shaddadi")
    assert joined_key("Arraqqa") == name_key("al-Raqqa")
