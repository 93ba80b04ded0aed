"""A SQL query whose whoosh_search() fails says why on Datasette's query page (SQLite alone says
"user-defined function raised exception"): datasette_plugins/sql_errors.py, templates/query.html."""

import re

import pytest

pytestmark = pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")


def reason(page: str):
    found = re.search(r'<p class="message-error archive-sql-error-reason">(.*?)</p>', page, re.S)
    return found.group(1) if found else None


async def test_a_failing_whoosh_search_says_why(ds):
    sql = "select id from articles where id in (select value from json_each(whoosh_search('\"al-Hol camp')))"
    response = await ds.client.get("/archive", params={"sql": sql})
    assert response.status_code == 400
    assert "user-defined function raised exception" in response.text
    assert reason(response.text) == ("whoosh_search(&#39;&#34;al-Hol camp&#39;): "
                                     "Unclosed quote: the &#34; at character 1 has no partner.")


async def test_a_canned_query_with_a_bad_term_says_why(ds):
    response = await ds.client.get("/archive/outlets_covering_term", params={"term": "date:2019-13-45"})
    assert "is not a real date" in (reason(response.text) or "")
    fine = await ds.client.get("/archive/outlets_covering_term", params={"term": "Ghuwayran"})
    assert fine.status_code == 200 and reason(fine.text) is None


async def test_other_errors_and_hostile_text_are_left_as_they_are(ds):
    response = await ds.client.get("/archive", params={"sql": "select nope from articles"})
    assert response.status_code == 400 and reason(response.text) is None
    hostile = "select whoosh_search('<script>alert(1)</script> \"')"
    page = (await ds.client.get("/archive", params={"sql": hostile})).text
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)" in reason(page)
