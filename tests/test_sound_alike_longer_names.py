"""A name found through a sound-alike leaves out the reports that hold it only inside another entity's
longer name, as its own spellings do (names14, #17; sound_alikes._without_longer): "Meyadin" finds
al-Mayadin, not "Al Mayadeen television"."""

from pathlib import Path
from names_index import index_bodies



def test_sound_alike_leaves_out_longer_names(tmp_path: Path):
    index = index_bodies(tmp_path, {
        "channel": "Al Mayadeen television aired an interview with a Lebanese minister.",
        "town": "Fighting continued in al-Mayadeen overnight, residents said.",
    })
    assert set(index.matching_ids("Meyadin")) == {"town"}
    assert set(index.matching_ids("Mayadin")) == {"town"}
