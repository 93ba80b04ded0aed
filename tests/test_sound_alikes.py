"""The sound-alike (phonetic) fallback and query-term suggestions (issue #4)."""

import json
import sqlite3

import pytest
import sqlite_utils

from indexer import fulltext
from indexer.fulltext import FullTextIndex, expand_sound_alikes, phonetic_key, sound_alikes
from indexer.store import Store, read_only
from indexer.sync import index_path_for


# -- the key ------------------------------------------------------------------------------------
@pytest.mark.parametrize("spellings", [
    ["Ghuwayran", "Ghwayran", "Guweiran", "Ghwairan", "Ghowairan", "Ghweiran"],
    ["Qamishli", "Qamichli", "Kamishli", "Qamishlo", "Qameshli"],
    ["Hawl", "Hol", "Houl"],
    ["Deir", "Dayr", "Dair"],
    ["Fouqani", "Fawqani"],
    ["Hasakah", "Hassakeh", "Ḥasakah", "Hasakkeh"],
    ["Baydar", "Beidar"],
    ["Kobani", "Kobane", "Koubani"],
])
def test_phonetic_key_equal_for_spellings_of_a_name(spellings):
    keys = {phonetic_key(spelling) for spelling in spellings}
    assert len(keys) == 1 and "" not in keys, dict(zip(spellings, map(phonetic_key, spellings)))


@pytest.mark.parametrize("a, b", [("Ghuwayran", "grown"), ("Raqqa", "race"), ("Baghouz", "Baghdad"),
                                  ("prison", "poison"), ("Qamishli", "Kamal"), ("Wadi", "Adi")])
def test_phonetic_key_differs_for_unrelated_words(a, b):
    assert phonetic_key(a) != phonetic_key(b)


# -- choosing sound-alikes ------------------------------------------------------------------------
VOCABULARY = {"ghuwayran": 40, "ghwayran": 12, "guweiran": 9, "goran": 30, "guards": 25, "gourds": 1,
              "fawqani": 3, "fawqanis": 1}


def count(word):
    return VOCABULARY.get(word, 0)


def lookup(key):
    return [(word, n) for word, n in VOCABULARY.items() if phonetic_key(word) == key]


def test_sound_alikes_of_a_rare_word():
    found = sound_alikes("Fouqani", count, lookup)
    assert found == ["Fawqani"]  # fawqanis is the same term as fawqani (stemmed): not added twice
    # a known name's spellings come along: Ghuwayran's group in the gazetteer includes Sina'a prison
    found = sound_alikes("Ghwairan", count, lookup)
    assert found[:1] == ["Ghuwayran"] and "Sina'a prison" in found
    assert "Goran" not in found  # same key, but four edits away


def test_no_sound_alikes_for_common_known_short_or_stop_words():
    assert sound_alikes("guards", count, lookup) == []  # in 25 articles
    assert sound_alikes("Guweiran", count, lookup) == []  # the alias table knows it
    assert sound_alikes("Hol", count, lookup) == []  # short
    assert sound_alikes("which", count, lookup) == []  # a stop word
    assert sound_alikes("gaurds", lambda w: 0, lambda key: [("about", 500), ("gards", 2)]) == ["gards"]
    # a rare word the archive has: only gazetteer names (gourds is in one article)
    assert sound_alikes("gourds", count, lookup) == []
    assert sound_alikes("Ghwairan", lambda w: 1, lookup)[:1] == ["Ghuwayran"]
    # short words: one edit at most (beeks/books are two)
    assert sound_alikes("beeks", lambda w: 0, lambda key: [("books", 700), ("beaks", 3)]) == ["beaks"]


def test_at_most_a_handful_most_articles_first():
    many = {"baydar": 9, "beydar": 8, "baidar": 7, "bayder": 6, "boydar": 5, "baydor": 4, "beydor": 3}
    found = sound_alikes("Beidar", lambda w: 0, lambda key: [(w, n) for w, n in many.items() if phonetic_key(w) == key])
    # bayder: three edits from beidar, beyond the reach of a six-letter word
    assert found == ["Baydar", "Beydar", "Baidar", "Boydar", "Baydor"][:fulltext.PHONETIC_MAX]


def test_query_rewrite_leaves_fields_and_wildcards_alone():
    text, added = expand_sound_alikes("Ghwairan AND Fouqani", count, lookup)
    # names14: a known name's alikes leave out its longer names and kunya phrases, as its spellings do
    assert text.startswith("((Ghwairan OR Ghuwayran^0.3") and text.endswith("AND (Fouqani OR Fawqani^0.3)")
    assert "ANDNOT (\"Abu al-Sina'a\")" in text
    assert '"Sina\'a prison"^0.3' in text and added[0] == "Ghuwayran"
    for query in ("title:Ghwairan", "Ghwai*", "Ghwairan~", "Ghwairan^2", '"Ghwairan prison"~2', '"Ghwairan prison"^2'):
        assert expand_sound_alikes(query, count, lookup) == (query, [])


def test_a_quoted_phrase_gets_its_words_sound_alikes_in_place():
    text, added = expand_sound_alikes('"Ghwairan prison"', count, lookup)
    assert text.startswith('("Ghwairan prison" OR "Ghuwayran prison"^0.3')
    assert '"Sina\'a prison"^0.3' in text and "prison prison" not in text and added[0] == "Ghuwayran"


# -- through a real archive -----------------------------------------------------------------------
ARTICLES = [
    ("Riot at Ghuwayran prison", "Detainees rioted at Ghuwayran prison in the south of the city."),
    ("Guards retake Ghwayran jail", "Guards said they had retaken the Ghwayran jail after six days."),
    ("Families wait outside Guweiran", "Families waited outside Guweiran for news of relatives."),
    ("Shelling in Tal Baydar", "Shelling hit Tal Baydar, a village north of the city, on Monday."),
    ("Night guards", "The guards of the market were paid late again."),
    ("More guards", "More guards were posted at the gates of the camp."),
    ("Harvest", "Farmers brought gourds and melons to the market."),
    ("Detainees moved from Ghwairan", "Detainees were moved from Ghwairan overnight, a monitor said."),
]


@pytest.fixture(scope="module")
def archive_db(tmp_path_factory):
    from conftest import run_cli

    folder = tmp_path_factory.mktemp("sound_alikes")
    source = folder / "articles.jsonl"
    source.write_text("\n".join(json.dumps({"id": f"s{n}", "title": title, "body": body, "outlet": "Test Wire",
                                            "published": f"2022-01-{n + 10}"})
                                for n, (title, body) in enumerate(ARTICLES)), encoding="utf-8")
    db = folder / "archive.db"
    result = run_cli("import", db, source, "--silent")
    assert result.exit_code == 0, result.output
    return db


def test_vocabulary_keeps_the_key_of_each_new_word(archive_db):
    db = sqlite_utils.Database(archive_db)
    rows = dict(db.execute("select word, phonetic from vocabulary where word in ('ghuwayran', 'baydar')").fetchall())
    assert rows == {"ghuwayran": "garan", "baydar": "badar"}
    assert db.execute("select count(*) from vocabulary where phonetic is null").fetchone()[0] == 0
    assert any(idx.columns == ["phonetic"] for idx in db["vocabulary"].indexes)


def test_add_vocabulary_keys_only_new_words(tmp_path):
    db = sqlite_utils.Database(tmp_path / "v.db")
    from indexer.schema import ensure_db_shape

    ensure_db_shape(db)
    store = Store(db)
    assert store.add_vocabulary({"ghwairan": 2}) == ["ghwairan"]
    db.execute("update vocabulary set phonetic = 'kept' where word = 'ghwairan'")
    assert store.add_vocabulary({"ghwairan": 1, "beidar": 1}) == ["beidar"]
    assert db.execute("select word, articles, phonetic from vocabulary order by word").fetchall() == [
        ("beidar", 1, "badar"), ("ghwairan", 3, "kept")]


def ids_of(db_path) -> dict:
    """``{s<n>: article id}``: the importer gives articles ids of its own."""
    titles = dict(sqlite_utils.Database(db_path).execute("select title, id from articles").fetchall())
    return {f"s{n}": titles[title] for n, (title, _) in enumerate(ARTICLES)}


def test_unlisted_spelling_found_only_with_the_fallback(archive_db, cli):
    ids = ids_of(archive_db)
    index = FullTextIndex(index_path_for(archive_db), store=read_only(archive_db))
    page = index.search("Beidar")  # no article, no gazetteer line: Baydar sounds alike
    assert [hit.id for hit in page.hits] == [ids["s3"]] and page.sounds_like == ["Baydar"]
    assert "Baydar" in page.also_searched and page.aliases_searched == []
    assert index.search("Beidar", phonetic=False).total == 0
    assert index.search("Beidar", expand=False).total == 0

    # a spelling of a known name the gazetteer lacks: its sound-alike brings every spelling it has
    ghwairan = index.search("Ghwairan")  # in one article
    assert {hit.id for hit in ghwairan.hits} == {ids["s0"], ids["s1"], ids["s2"], ids["s7"]}
    assert ghwairan.hits[0].id == ids["s7"] and "Sina'a prison" in ghwairan.sounds_like
    assert [hit.id for hit in index.search("Ghwairan", phonetic=False).hits] == [ids["s7"]]

    shown = cli("search", archive_db, "Beidar")
    assert "1 article" in shown.output and "Also searched: sounds like: Baydar" in shown.output
    exact = cli("search", archive_db, "Beidar", "--exact")
    assert "0 articles" in exact.output and "Also searched" not in exact.output


def test_common_word_never_triggers_it(archive_db):
    ids = ids_of(archive_db)
    index = FullTextIndex(index_path_for(archive_db), store=read_only(archive_db))
    page = index.search("guards")  # in three articles; gourds sounds alike
    assert page.sounds_like == [] and ids["s6"] not in {hit.id for hit in page.hits} and page.total == 3
    misspelt = index.search("gaurds")  # in none: guards (the commoner) first
    assert misspelt.sounds_like[:1] == ["guards"]
    assert {ids["s1"], ids["s4"], ids["s5"]} <= {hit.id for hit in misspelt.hits}
    # a rare word that finds something gets only gazetteer names: gourds (one article) not guards
    rare = index.search("gourds")
    assert rare.sounds_like == [] and [hit.id for hit in rare.hits] == [ids["s6"]]


def test_sound_alikes_rank_below_the_spelling_typed(archive_db):
    index = FullTextIndex(index_path_for(archive_db), store=read_only(archive_db))
    ids = ids_of(archive_db)
    hits = index.search("Baydar OR Ghwairan").hits  # typed: Baydar, Ghwairan; the Ghuwayran spellings sound alike
    assert len(hits) == 5 and {hit.id for hit in hits[:2]} == {ids["s3"], ids["s7"]}
    assert all(hit.score < hits[1].score for hit in hits[2:])


def test_database_without_the_column_has_no_sound_alikes(archive_db, tmp_path):
    import shutil

    copy = tmp_path / "old.db"
    shutil.copy(archive_db, copy)
    conn = sqlite3.connect(copy)
    conn.execute("drop index if exists idx_vocabulary_phonetic")
    conn.execute("alter table vocabulary drop column phonetic")
    conn.commit()
    conn.close()
    index = FullTextIndex(index_path_for(archive_db), store=read_only(copy))
    assert index.search("Beidar").total == 0  # no error either


# -- the search page ------------------------------------------------------------------------------
async def test_search_page_says_what_sounds_alike(ds):
    response = await ds.client.get("/-/search?q=Qamichli")
    assert response.status_code == 200
    assert "Also searched (sounds like): Qamishli" in response.text
    exact = await ds.client.get("/-/search?q=Qamichli&exact=1")
    assert "sounds like" not in exact.text
    aliases = await ds.client.get("/-/search?q=Daesh")
    assert "Also searched:" in aliases.text and "sounds like" not in aliases.text


# -- /-/suggest -----------------------------------------------------------------------------------
async def test_suggest_words_and_names(ds, sample_db):
    response = await ds.client.get("/-/suggest?q=ISIS+in+Bagh")
    assert response.status_code == 200 and response.headers["content-type"].startswith("application/json")
    data = response.json()
    assert data["prefix"] == "bagh"
    assert "ISIS in Baghouz" in data["suggestions"] and all(s.startswith("ISIS in ") for s in data["suggestions"])
    assert [name["id"] for name in data["names"]][:1] == ["place:baghouz"]
    counts = [word["articles"] for word in data["words"]]
    assert counts == sorted(counts, reverse=True) and 0 < len(counts) <= 10
    assert all(word["word"].startswith("bagh") for word in data["words"])
    db = sqlite_utils.Database(sample_db)
    expected = [row[0] for row in db.execute(
        "select word from vocabulary where word like 'bagh%' order by articles desc, word limit 10")]
    assert [word["word"] for word in data["words"]] == expected

    quoted = (await ds.client.get("/-/suggest?q=Deir+e")).json()
    assert '"Deir ez-Zor"' in quoted["suggestions"]
    fielded = (await ds.client.get("/-/suggest?q=title:pri")).json()
    assert "title:prison" in fielded["suggestions"] and fielded["names"] == []


@pytest.mark.parametrize("q", ["", "b", "prison ", "2019", "<script>alert(1)</script>", "x" * 5000, "*", '"'])
async def test_suggest_nothing_or_harmless(ds, q):
    response = await ds.client.get("/-/suggest", params={"q": q})
    assert response.status_code == 200 and response.headers["content-type"].startswith("application/json")
    data = response.json()
    assert len(data["suggestions"]) <= 15
    if q in ("", "b", "prison ", "2019", "*", '"'):
        assert data["suggestions"] == []


def test_suggest_reads_a_bounded_range_of_the_index(sample_db):
    from datasette_plugins import suggest

    conn = sqlite3.connect(sample_db)
    plan = " ".join(row[-1] for row in conn.execute(
        "explain query plan select word, articles from (select word, articles from vocabulary "
        "where word >= ? and word < ? limit ?) order by articles desc, word limit ?", ["ba", "bb", suggest.SCAN, 10]))
    assert "SEARCH vocabulary USING INDEX" in plan and "word>? AND word<?" in plan, plan
    assert suggest._after("bagh") == "bagi" and suggest.fold("Ḥasaka'h") == "hasakah"


async def test_search_boxes_have_a_datalist_and_the_script(ds):
    html = (await ds.client.get("/-/search?q=ISIS")).text
    assert 'list="archive-suggest-header"' in html and '<datalist id="archive-suggest-header">' in html
    assert 'list="archive-suggest-main"' in html and 'data-suggest="/-/suggest"' in html
    assert "/-/static-plugins/news-archive/suggest.js" in html
    script = await ds.client.get("/-/static-plugins/news-archive/suggest.js")
    assert script.status_code == 200 and "innerHTML" not in script.text and "option.value" in script.text


def test_empty_index_then_articles(tmp_path):
    index = FullTextIndex(tmp_path / "index")
    index.create()
    assert index.search("Beidar").total == 0  # no words yet: no sound-alikes, no error
    with index.writer() as writer:
        writer.upsert({"id": "a", "title": "Shelling in Baydar", "body": "Shelling hit Baydar on Monday."})
    page = index.search("Beidar")  # the searcher opened on the empty index is replaced, not refreshed
    assert [hit.id for hit in page.hits] == ["a"] and page.sounds_like == ["Baydar"]
