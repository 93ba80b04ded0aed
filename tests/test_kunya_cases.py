"""أبو's other cases (أبي, أبا: "صمت أبي الهول", the Sphinx, written in the genitive) make al-Hol another
name, as أبو does (names14, #17; archive/data/arabic_name_senses.txt, read by arabic_senses.py)."""

from pathlib import Path

from archive import search_data
from indexer.fulltext import FullTextIndex
from indexer.fulltext.arabic_senses import other_senses


def test_genitive_and_accusative_kunya_mark_the_name():
    assert other_senses(("", "التزم آخرون صمتاً يشبه صمت أبي الهول.")) == {"الهول"}
    assert other_senses(("", "شاهد التلاميذ تمثالاً ضخماً لأبي الهول في الجيزة.")) == {"الهول"}
    assert other_senses(("", "زار الوفد مخيم الهول أمس.")) == set()


def test_search_for_al_hol_leaves_out_the_sphinx(tmp_path: Path):
    search_data.provide()
    index = FullTextIndex(tmp_path / "index")
    index.create()
    with index.writer() as writer:
        writer.upsert({"id": "sphinx", "title": "", "body": "التزم آخرون صمتاً يشبه صمت أبي الهول.", "published": "2023-03-01"})
        writer.upsert({"id": "camp", "title": "", "body": "زار الوفد مخيم الهول أمس.", "published": "2023-03-01"})
    for query in ("الهول", "al-Hol"):
        assert set(index.matching_ids(query)) == {"camp"}, query
