"""An Arabic spelling of two words that holds another entity's name as a name of its own (names14, #17;
inner_names._arabic_inner): روج آفا (Rojava) is not the Roj camp, جامعة الفرات (the university) is not
the Euphrates; a place's head noun (مخيم الهول) and a noun with its adjective (الحكومة السورية) are left."""

from pathlib import Path

from archive import search_data
from indexer.fulltext import FullTextIndex


def _index(tmp_path: Path, bodies: dict) -> FullTextIndex:
    search_data.provide()
    index = FullTextIndex(tmp_path / "index")
    index.create()
    with index.writer() as writer:
        for key, body in bodies.items():
            writer.upsert({"id": key, "title": "", "body": body, "published": "2023-03-01"})
    return index


def test_longer_arabic_names_are_other_entities(tmp_path: Path):
    index = _index(tmp_path, {
        "rojava": "قال مسؤولون إن روج آفا ستنظم انتخابات بلدية العام المقبل.",
        "camp": "نقلت الإدارة عائلات من مخيم روج إلى العراق.",
        "university": "استأنفت جامعة الفرات دوامها في دير الزور.",
        "river": "انخفض منسوب نهر الفرات قرب الرقة.",
    })
    for query in ("روج", "Roj"):
        assert set(index.matching_ids(query)) == {"camp"}, query
    for query in ("الفرات", "Euphrates"):
        assert set(index.matching_ids(query)) == {"river"}, query
    assert "university" in set(index.matching_ids("al-Furat University"))
    assert "rojava" in set(index.matching_ids("Rojava"))


def test_noun_and_adjective_is_no_other_name(tmp_path: Path):
    index = _index(tmp_path, {"government": "قالت الحكومة السورية إن الطريق إلى سورية مفتوح."})
    assert set(index.matching_ids("سورية")) == {"government"}
