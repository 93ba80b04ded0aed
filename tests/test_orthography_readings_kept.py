"""A word's readings in the press's other orthographies are kept per process (the sound-alike expansion
reads the same archive words at every search of a name: issue #16/#17, round 37): what is kept is what
the reading gives, and a caller's list is its own."""

from indexer.fulltext import orthographies


def test_kept_readings_are_the_readings():
    for word in ("Tabka", "Menbiç", "Rakka", "Haseke", "Kamışlı", "Dscharablus", "Qamişlo", "Abu-Kamal", "Raqqa"):
        assert orthographies.readings(word) == orthographies._read_each(word)
        assert orthographies.readings(word) == orthographies.readings(word)


def test_a_callers_list_is_its_own():
    first = orthographies.readings("Dscharablus")
    assert first
    first.append("not a reading")
    assert "not a reading" not in orthographies.readings("Dscharablus")
