"""A feed's namespaced keys read by their local name (issue #13, round 20, helper bylines9; built
after scoring fresh19, whose JSON Lines feed names its writer "dc:creator")."""

from archive.readers.columns import by_name


def test_namespaced_keys():
    found = by_name(["guid", "title", "dc:creator", "pubDate", "content:encoded", "media:keywords"])
    assert found["dc:creator"] == "author"
    assert found["title"] == "title"


def test_a_plain_name_is_taken_first():
    found = by_name(["author", "dc:creator", "title", "body"])
    assert found["author"] == "author" and "dc:creator" not in found


def test_a_source_or_section_credit_names_nobody():
    # Arabic credit words (header_labels [no_name_words]): "special sources", "news sites", "reports"
    from archive.extract.byline_desks import not_a_person

    assert not_a_person("مصادر خاصة", None)
    assert not_a_person("مواقع اخبارية", None)
    assert not not_a_person("سلمى الحسن", None)
