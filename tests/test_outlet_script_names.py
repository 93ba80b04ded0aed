"""How a known outlet is named. By default (``--outlet-names own``) one name an outlet: its name in
Arabic script (``arabic:``) when it publishes only in Arabic script (``outlet_languages.txt``), else
its canonical name, whatever the article's script. ``article-script``: an article whose body is in
Arabic script stores its outlet's name in Arabic script where the data gives one, every other article
the canonical name. ``latin``: the canonical name for all.
Real data files, real imports into a real SQLite file."""

import json

import pytest
import sqlite_utils

from archive.extract.article import BatchDefaults, build_article
from archive.extract.outlets import (
    article_outlet_name, in_arabic_script, is_known, latin_name, other_script_name, outlet_in_script, outlet_table,
)
from archive.model import RawRecord

ARABIC_BODY = ("أعلنت السلطات المحلية اليوم افتتاح جسر جديد فوق النهر بعد أشهر من العمل المتواصل. "
               "وقال مسؤول في البلدية إن الجسر سيخفف الازدحام في وسط المدينة.")
ENGLISH_BODY = ("Local authorities opened a new bridge over the river today after months of work. "
                "A municipal official said the bridge would ease traffic in the city centre.")
SORANI_BODY = "دەسەڵاتە خۆجێییەکان ئەمڕۆ پردێکی نوێیان لەسەر ڕووبارەکە کردەوە دوای چەند مانگێک لە کارکردن."


def test_the_data_gives_outlets_a_name_in_arabic_script():
    arabic = outlet_table().arabic
    assert arabic["Cairo 24"] == "القاهرة 24"
    assert arabic["Petra News Agency"] == "وكالة الأنباء الأردنية"
    assert arabic["Monte Carlo Doualiya"] == "مونت كارلو الدولية"
    assert "BBC News" not in arabic  # no name in Arabic script: the canonical name stays
    assert len(arabic) > 400


def test_the_script_is_the_bodys_letters():
    assert in_arabic_script(ARABIC_BODY) and in_arabic_script(SORANI_BODY)
    assert not in_arabic_script(ENGLISH_BODY) and not in_arabic_script("")
    assert in_arabic_script(ARABIC_BODY + " (Reuters) AFP")  # a Latin name or two inside
    assert not in_arabic_script(ENGLISH_BODY + " قال")


def test_one_name_per_script():
    assert outlet_in_script("Cairo 24", True) == "القاهرة 24"
    assert outlet_in_script("Cairo 24", False) == "Cairo 24"
    assert outlet_in_script("القاهرة 24", False) == "Cairo 24"
    assert outlet_in_script("BBC News", True) == "BBC News"
    assert outlet_in_script("Lakeside Daily Courier", True) == "Lakeside Daily Courier"  # not in the data: as written
    assert latin_name("القاهرة 24") == "Cairo 24" and latin_name("Cairo 24") == "Cairo 24"
    assert other_script_name("القاهرة 24") == "Cairo 24" and other_script_name("Cairo 24") == "القاهرة 24"
    assert other_script_name("BBC News") is None
    assert is_known("القاهرة 24") and is_known("Cairo 24")


def test_the_switch():
    assert article_outlet_name("Cairo 24", ARABIC_BODY) == "القاهرة 24"
    assert article_outlet_name("Cairo 24", ENGLISH_BODY) == "القاهرة 24"  # one name: it publishes only in Arabic
    assert article_outlet_name("Enab Baladi", ARABIC_BODY) == "Enab Baladi"  # it has an English edition
    assert article_outlet_name("عنب بلدي", ARABIC_BODY) == "Enab Baladi"
    assert article_outlet_name("Enab Baladi", ARABIC_BODY, "article-script") == "عنب بلدي"
    assert article_outlet_name("Enab Baladi", ENGLISH_BODY, "article-script") == "Enab Baladi"
    assert article_outlet_name("Cairo 24", ARABIC_BODY, "latin") == "Cairo 24"
    assert article_outlet_name("Cairo 24", ENGLISH_BODY, "article-script") == "Cairo 24"
    assert article_outlet_name("Lakeside Daily Courier", ARABIC_BODY) == "Lakeside Daily Courier"
    assert article_outlet_name(None, ARABIC_BODY) is None
    with pytest.raises(ValueError):
        article_outlet_name("Cairo 24", ARABIC_BODY, "arabic")
    with pytest.raises(ValueError):
        BatchDefaults(outlet_names="arabic")


def _record(body, outlet="Cairo 24", language=None):
    return RawRecord(source_path="x.jsonl", source_format="jsonl", source_record=1, title="Bridge",
                     body=body, outlet=outlet, published="2024-05-01", language=language)


def test_an_arabic_article_stores_the_arabic_name_where_the_record_names_the_outlet_so():
    assert build_article(_record(ARABIC_BODY, "القاهرة 24")).outlet == "القاهرة 24"
    assert build_article(_record(ENGLISH_BODY, "القاهرة 24")).outlet == "القاهرة 24"


@pytest.mark.parametrize("outlet", ["Cairo 24", "cairo24.com"])
def test_a_record_naming_the_outlet_in_latin_letters_keeps_its_latin_name(outlet):
    # round 36: a record's field (a monitoring export's source column, a database's source line)
    # naming the outlet in Latin letters stores its Latin name; the read truths keep it so
    # (tune, held, dbx32, fresh6, fresh23, fresh35b)
    assert build_article(_record(ARABIC_BODY, outlet)).outlet == "Cairo 24"
    assert build_article(_record(ENGLISH_BODY, outlet)).outlet == "Cairo 24"
    scripted = BatchDefaults(outlet_names="article-script")
    assert build_article(_record(ENGLISH_BODY, outlet), scripted).outlet == "Cairo 24"
    latin = BatchDefaults(outlet_names="latin")
    assert build_article(_record(ARABIC_BODY, outlet), latin).outlet == "Cairo 24"


def test_the_body_script_decides_not_the_language_code():
    scripted = BatchDefaults(outlet_names="article-script")
    assert build_article(_record(ARABIC_BODY, language="en"), scripted).outlet == "القاهرة 24"
    assert build_article(_record(ENGLISH_BODY, language="ar"), scripted).outlet == "Cairo 24"


def test_a_kurdish_article_in_arabic_script_too():
    assert build_article(_record(SORANI_BODY, "هاوڵاتی")).outlet == "هاوڵاتی"
    assert build_article(_record(SORANI_BODY, "Hawlati")).outlet == "Hawlati"  # the record's Latin name (round 36)


def test_the_id_does_not_depend_on_the_name_stored():
    scripted = build_article(_record(ARABIC_BODY))
    latin = build_article(_record(ARABIC_BODY), BatchDefaults(outlet_names="latin"))
    assert scripted.known_as == "content" and scripted.id == latin.id


def test_an_author_that_is_the_outlet_is_still_no_author():
    record = _record(ARABIC_BODY)
    record.author = "القاهرة 24"
    assert build_article(record).author is None


def _write_records(folder):
    folder.mkdir()
    records = [{"id": "a1", "title": "جسر جديد", "body": ARABIC_BODY, "outlet": "Cairo 24", "published": "2024-05-01"},
               {"id": "e1", "title": "A new bridge", "body": ENGLISH_BODY, "outlet": "القاهرة 24",
                "published": "2024-05-01"}]
    (folder / "feed.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n",
                                       encoding="utf-8")
    return folder


def _outlets(db_path):
    return dict(sqlite_utils.Database(db_path).execute(
        "select a.title, o.name from articles a join outlets o on o.id = a.outlet").fetchall())


def test_import_names_an_outlet_once_by_default_unless_a_record_writes_it_in_latin_letters(cli, db_path, tmp_path):
    result = cli("import", db_path, _write_records(tmp_path / "in"), "--silent")
    assert result.exit_code == 0, result.output
    # round 36: the Arabic article's record names "Cairo 24": its Latin name stays (the read truths'
    # way with a record's source field); the English article's record writes its Arabic name
    assert _outlets(db_path) == {"جسر جديد": "Cairo 24", "A new bridge": "القاهرة 24"}


def test_import_names_outlets_in_the_articles_script(cli, db_path, tmp_path):
    result = cli("import", db_path, _write_records(tmp_path / "in"), "--silent", "--outlet-names", "article-script")
    assert result.exit_code == 0, result.output
    assert _outlets(db_path) == {"جسر جديد": "القاهرة 24", "A new bridge": "Cairo 24"}


def test_import_with_latin_outlet_names(cli, db_path, tmp_path):
    result = cli("import", db_path, _write_records(tmp_path / "in"), "--silent", "--outlet-names", "latin")
    assert result.exit_code == 0, result.output
    assert _outlets(db_path) == {"جسر جديد": "Cairo 24", "A new bridge": "Cairo 24"}


def test_the_option_is_documented(cli):
    result = cli("import", "--help")
    assert "--outlet-names [own|article-script|latin]" in result.output
    assert cli("import", "x.db", "y", "--outlet-names", "arabic").exit_code != 0


def test_pages_show_the_other_scripts_name_beside_an_outlet(cli, db_path, tmp_path):
    """The search page's outlet facet and the article page: an outlet stored under one name shows
    its name in the other script beside it ("القاهرة 24 (Cairo 24)"); under ``article-script``, one
    outlet under two names, each shown with the other."""
    import asyncio
    import html

    from conftest import datasette_for

    assert cli("import", db_path, _write_records(tmp_path / "in"), "--silent",
               "--outlet-names", "article-script").exit_code == 0
    ds = datasette_for(db_path)

    async def get(path):
        response = await ds.client.get(path)
        assert response.status_code == 200, path
        return html.unescape(response.text)

    page = asyncio.run(get("/-/search?q=bridge+OR+جسر"))
    facet = page[page.index('id="facet-outlet"'):]
    facet = facet[:facet.index("</section>")]
    assert '>القاهرة 24 <span class="archive-other-script" dir="auto"' in facet
    assert "(Cairo 24)</span>" in facet and "(القاهرة 24)</span>" in facet
    [arabic_id] = [row[0] for row in sqlite_utils.Database(db_path).execute("select id from articles where title = ?",
                                                                             ["جسر جديد"]).fetchall()]
    article = asyncio.run(get(f"/-/article/{arabic_id}"))
    assert "القاهرة 24 <span class=\"archive-other-script\"" in article and "(Cairo 24)</span>" in article
