"""Issue #13 (coll1, read after its blind scoring): a known outlet's Arabic name written at the
page's masthead and copyright line only after another Arabic word ("نبض X") is the longer name's
page, not the known outlet's, where the word is no preposition, conjunction or kind of outlet
("موقع X" is X's website); and a feed's publisher under "org" or "publisher_name" is the outlet,
where the column holds a few names repeated from record to record."""

import json

from archive.extract.outlet_guards import arabic_longer_name, guarded
from archive.readers.records import read_jsonl

BODY = "تواصلت أعمال ترميم الجسر القديم في المدينة يوم الثلاثاء، وقال المهندسون إن العمل سينتهي خلال شهرين."


def _page(masthead, foot):
    return [f"{masthead} | صوت المدينة كل يوم", "ترميم الجسر القديم", BODY, f"© 2022 {foot}"]


def test_a_known_arabic_name_inside_a_longer_one_at_both_ends_is_the_longer_name():
    page = _page("نبض الجزيرة", "نبض الجزيرة")
    assert arabic_longer_name("Al Jazeera", page) == (True, "نبض الجزيرة")
    assert guarded("Al Jazeera", page) == "نبض الجزيرة"


def test_the_longer_name_with_a_prefix_written_onto_it_in_the_text_is_the_same_longer_name():
    page = _page("نبض الجزيرة", "نبض الجزيرة")
    page.insert(3, "وقال مصدر لنبض الجزيرة إن العمل سينتهي خلال شهرين.")
    assert guarded("Al Jazeera", page) == "نبض الجزيرة"
    page.insert(3, "وقال مصدر لقناة الجزيرة إن العمل سينتهي.")  # another longer form: the sign is mixed
    assert guarded("Al Jazeera", page) == "Al Jazeera"


def test_at_one_end_only_the_known_outlet_is_refused_and_nothing_stored():
    page = _page("نبض الجزيرة", "جميع الحقوق محفوظة")
    assert guarded("Al Jazeera", page) is None


def test_a_kind_of_outlet_or_a_preposition_before_it_keeps_the_known_outlet():
    assert guarded("Al Jazeera", _page("موقع الجزيرة", "شبكة الجزيرة")) == "Al Jazeera"
    assert guarded("Al Jazeera", _page("نبض الجزيرة", "الجزيرة")) == "Al Jazeera"  # alone at the foot
    assert guarded("Al Jazeera", _page("نبض الجزيرة", "نبض الجزيرة") + ["بحسب الجزيرة"]) == "Al Jazeera"


def test_a_word_before_it_in_a_sentence_is_no_sign():
    page = ["أخبار اليوم", "ترميم الجسر القديم", "قالت الجزيرة إن العمل سينتهي خلال شهرين.", BODY]
    assert guarded("Al Jazeera", page) == "Al Jazeera"
    page = ["مراسل الجزيرة في دمشق يقول إن العمل سينتهي", "ترميم الجسر القديم", BODY]
    assert guarded("Al Jazeera", page) == "Al Jazeera"


TEXT = ("Engineers from the district council inspected the pumping station on Monday. They said the "
        "repairs to the main pipe would take two more weeks.\n\nResidents have been told to keep "
        "water in containers until the supply is back.")


def _feed(tmp_path, key, values):
    rows = [{"id": f"r{n}", "headline": f"Pumping station repairs, day {n}", "body": TEXT,
             "date": f"2024-03-0{n + 1}", key: value} for n, value in enumerate(values)]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return list(read_jsonl(path))


def test_a_feeds_org_or_publisher_name_is_its_outlet(tmp_path):
    assert {r.outlet for r in _feed(tmp_path, "org", ["Valley Ledger"] * 5)} == {"Valley Ledger"}
    assert {r.outlet for r in _feed(tmp_path, "publisher_name", ["Valley Ledger", "Hill Post"] * 3)} \
        == {"Valley Ledger", "Hill Post"}


def test_an_organization_column_of_many_different_values_is_no_outlet(tmp_path):
    values = [f"Water board of district {n}" for n in range(5)]
    assert {r.outlet for r in _feed(tmp_path, "organization", values)} <= {None}
