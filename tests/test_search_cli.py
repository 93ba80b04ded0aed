"""`archive search` with Whoosh query syntax on the sample collection."""

import json

import pytest


def search_json(cli, db, *args):
    result = cli("search", db, *args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def titles(data):
    return [hit["title"] for hit in data["hits"]]


def test_ranked_hits_with_highlights(cli, sample_db):
    data = search_json(cli, sample_db, "Baghouz", "--limit", "50")
    assert data["total"] >= 3
    assert len(data["hits"]) == data["total"]
    assert all("<mark" in hit["snippet_html"] or "Baghouz" in hit["title"] for hit in data["hits"])
    scores = [hit["score"] for hit in data["hits"]]
    assert scores == sorted(scores, reverse=True)
    # A title match ranks above a passing mention.
    assert "Baghouz" in data["hits"][0]["title"]


def test_boolean_operators_and_phrases(cli, sample_db):
    both = search_json(cli, sample_db, "Tajikistan AND repatriation", "--limit", "100")["total"]
    either = search_json(cli, sample_db, "Tajikistan OR Kazakhstan", "--limit", "100")["total"]
    only_taj = search_json(cli, sample_db, "Tajikistan", "--limit", "100")["total"]
    without = search_json(cli, sample_db, "Tajikistan NOT repatriation", "--limit", "100")["total"]
    assert 0 < both <= only_taj <= either
    assert without == only_taj - both
    phrase = search_json(cli, sample_db, '"Roj camp"', "--limit", "100")
    assert phrase["total"] >= 1
    assert phrase["total"] <= search_json(cli, sample_db, "Roj camp", "--limit", "100")["total"]


def test_field_and_date_queries(cli, sample_db):
    rudaw = search_json(cli, sample_db, "outlet:rudaw", "--limit", "100")
    assert rudaw["total"] >= 1 and all(hit["outlet"] == "Rudaw" for hit in rudaw["hits"])
    year = search_json(cli, sample_db, "date:2022", "--limit", "100")
    assert year["total"] >= 1 and all(hit["published"].startswith("2022") for hit in year["hits"])
    span = search_json(cli, sample_db, "date:[2019-01-01 to 2019-12-31]", "--limit", "100")
    assert span["total"] >= 1 and all(hit["published"].startswith("2019") for hit in span["hits"])
    months = search_json(cli, sample_db, "date:[2019-02-01 to 2019-03-31]", "--limit", "100")
    assert all("2019-02" <= hit["published"][:7] <= "2019-03" for hit in months["hits"])
    assert months["total"] < span["total"]
    title = search_json(cli, sample_db, "title:Baghouz", "--limit", "100")
    assert all("baghouz" in hit["title"].lower() for hit in title["hits"])


def test_sort_by_date_and_limit(cli, sample_db):
    data = search_json(cli, sample_db, "ISIS", "--sort", "date", "--limit", "5")
    assert len(data["hits"]) == 5
    dates = [hit["published"] for hit in data["hits"] if hit["published"]]
    assert dates == sorted(dates, reverse=True) and len(dates) >= 2


def test_text_output(cli, sample_db):
    result = cli("search", sample_db, "Ghuwayran", "--limit", "2")
    assert result.exit_code == 0
    assert "articles match 'Ghuwayran'" in result.output
    assert "1. " in result.output and "<mark" not in result.output


@pytest.mark.parametrize(
    "query, message",
    [('"al-Hol camp', "Unclosed quote"), ("(ISIS OR", "Unbalanced brackets"), ("*", "wildcard"),
     ("a*", "two letters"), ("the", "no words"), ("date:yesterdayish", "Dates are searched as"),
     ("outlets:rudaw", "Unknown field 'outlets:' at character 1; did you mean outlet:?")],
)
def test_bad_queries_get_a_clear_message(cli, sample_db, query, message):
    result = cli("search", sample_db, query)
    assert result.exit_code == 1
    assert message in result.output
    assert "Traceback" not in result.output


def test_known_fields_and_their_aliases_still_search(cli, sample_db):
    """The unknown-field check lets every field a user may type through, and URLs and times too."""
    for query in ("outlet:rudaw", "source:rudaw", "tag:syria", "tags:syria", "author:smith", "byline:smith",
                  "title:camp", "year:2019", "date:2019", '"at 10:15"', "https://example.org/a"):
        result = cli("search", sample_db, query)
        assert result.exit_code == 0, (query, result.output)


def test_prefix_matches_unstemmed_words(cli, sample_db):
    """The stem of "repatriation" is "repatri": a prefix must still find it."""
    prefix = search_json(cli, sample_db, "repatriat*", "--limit", "100")["total"]
    word = search_json(cli, sample_db, "repatriation OR repatriated OR repatriate OR repatriating", "--limit", "100")["total"]
    assert prefix >= word > 0
