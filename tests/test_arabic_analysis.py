"""Arabic-script analysis (issue #17): normalisation, attached prefixes, Snowball's stemmer, digits;
Latin text analysed as before; no sound-alikes for Arabic words; an index of the older analysis
reported by ``archive check`` until ``archive reindex``."""

import json

import pytest

from indexer.fulltext import phonetic_key, sound_alikes
from indexer.fulltext.analysis import ANALYSIS_VERSION, _analyzer
from indexer.names import fold_word, name_key


def terms(text):
    return [token.text for token in _analyzer()(text)]


@pytest.mark.parametrize("forms", [
    ["الهول", "والهول", "الهَوْل", "بالهول", "للهول"],  # article, و, harakat (bare هول is "horror": test_articled_arabic_names)
    ["داعش", "وداعش", "لداعش"],  # a name the gazetteer writes bare
    ["الحسكة", "بالحسكة", "الحسكه", "والحسكة", "الحســكة"],  # ta marbuta, tatweel
    ["أطفال", "اطفال", "إطفال", "الأطفال"],  # hamza forms
    ["مستشفى", "مستشفي"],  # alef maqsura
    ["قسد", "وقسد"],
])
def test_forms_of_an_arabic_word_index_as_one_term(forms):
    found = {tuple(terms(form)) for form in forms}
    assert len(found) == 1 and found != {()}, dict(zip(forms, map(terms, forms)))
    assert len({name_key(form) for form in forms}) == 1  # the gazetteer's comparison agrees


def test_arabic_indic_and_persian_digits_are_ascii():
    assert terms("٢٠١٩ ۲۰۱۹ 2019") == ["2019"] * 3
    assert fold_word("٤٥") == "45"


def test_unrelated_arabic_words_stay_apart():
    assert len({tuple(terms(w)) for w in ["الهول", "الحسكة", "الرقة", "منبج", "قسد", "داعش", "روج"]}) == 7


@pytest.mark.parametrize("name, other", [
    ("حماة", "حماية"),  # Hama; "protection" (وحدات حماية الشعب, the YPG): both stemmed to حما
    ("ديريك", "دير"),  # Derik; the first word of دير الزور (Deir ez-Zor)
    ("حرستا", "الحرس"),  # Harasta; "the guard"
    ("نصيبين", "نصيب"),  # Nusaybin; Nasib
])
def test_a_place_name_the_stemmer_joins_to_another_word_is_kept_whole(name, other):
    assert terms(name) != terms(other)
    assert terms("ب" + name) == terms(name)  # a bare ب before it still goes


def test_whole_arabic_names_match_the_gazetteer():
    # indexer/arabic_whole_names.py is written from the gazetteer (the index's analysis cannot read
    # archive/data/ in an import's worker process): a gazetteer change that changes it fails here
    # until it is written again and ANALYSIS_VERSION raised.
    from pathlib import Path

    import indexer
    from archive.extract.gazetteer import whole_arabic_names, whole_arabic_names_module

    written = (Path(indexer.__file__).parent / "arabic_whole_names.py").read_text(encoding="utf-8")
    assert written == whole_arabic_names_module()
    assert {"حماه", "ديريك"} <= set(whole_arabic_names())
    assert "قامشلي" not in whole_arabic_names()  # قامشلي and قامشلو are one place: stemmed alike
    assert terms("القامشلي") == terms("قامشلو")


def test_latin_text_analysed_as_before():
    # the terms the analyzer gave before Arabic script was analysed (analysis version 1, measured)
    assert terms("The al-Hol camp's children were repatriated from Hasakeh; Sina'a prison, 2019. "
                 "Ḥasakah Serêkaniyê el-Hōl Raʿqa U.S. café naïve x²") == [
        "hol", "camp", "children", "were", "repatriat", "hasaka", "sina", "prison", "2019", "hasaka",
        "serekaniy", "hol", "raqa", "u.", "cafe", "naiv", "x²"]
    assert fold_word("al") == "" and fold_word("Hassakeh") == "hasaka"


def test_no_sound_alikes_for_arabic_words():
    vocabulary = {"مخيم": 40, "حسكه": 12, "رقه": 9, "اطفال": 30}

    def lookup(key):
        return [(w, n) for w, n in vocabulary.items() if phonetic_key(w) == key]

    assert phonetic_key("مخيم") == ""  # the key is for transliterations
    assert sound_alikes("المخيمات", lambda w: 0, lookup) == []
    assert sound_alikes("Fouqani", lambda w: 0, lambda key: [("fawqani", 3)]) == ["Fawqani"]


def test_old_analysis_reported_by_check_until_reindex(tmp_path, cli):
    from indexer.sync import Archive

    record = {"id": "a1", "title": "أطفال في مخيم الهول", "body": "نقل ٤٥ طفلاً من مخيم الهول إلى العراق.",
              "published": "2024-03-01", "outlet": "Enab Baladi"}
    (tmp_path / "in.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    db = tmp_path / "archive.db"
    assert cli("import", db, tmp_path / "in.jsonl", "--silent").exit_code == 0
    assert cli("check", db).exit_code == 0
    # an index as the older code built it: its analyzers carry no stamp and no ArabicFilter
    with Archive(db) as archive:
        schema = archive.index.schema
        for name in ("title", "body"):
            analyzer = schema[name].analyzer
            analyzer.items = [f for f in analyzer.items if type(f).__name__ != "ArabicFilter"]
            del analyzer.analysis_version
        archive.index.ix.storage.create_index(schema)  # a new, empty index with that schema
    with Archive(db) as archive:
        assert archive.index.analysis_outdated() == 1
    result = cli("check", db)
    assert result.exit_code == 1 and f"older analysis (version 1, this code's is {ANALYSIS_VERSION})" in result.output
    result = cli("search", db, "الهول")
    assert result.exit_code == 0 and "built by an older analysis" in result.output  # (stderr, mixed in)
    assert cli("reindex", db).exit_code == 0
    result = cli("check", db)
    assert result.exit_code == 0, result.output
    with Archive(db) as archive:
        assert archive.index.analysis_outdated() is None
        assert archive.index.schema["body"].analyzer.analysis_version == ANALYSIS_VERSION


# -- figures and dates in Arabic digits -------------------------------------------------------------
def test_arabic_indic_digits_read_as_numbers_in_figures():
    from archive.extract.figure_numbers import parse_number
    from archive.extract.figures import find_figures

    assert parse_number("٤٥") == 45 and parse_number("۴۵") == 45
    assert parse_number("١٬٢٠٠") == 1200 and parse_number("٢٫٥", "million") == 2_500_000
    assert parse_number("4,000") == 4000  # Latin digits as before
    found = find_figures("More than ١٬٢٠٠ civilians were killed in Hajin, and ٤٥ families fled.")
    assert [(f.value, f.kind) for f in found] == [(1200, "killed"), (45, "displaced")]


def test_levantine_months_and_arabic_digits_in_dates():
    import datetime as dt

    from archive.extract.dates import parse_date

    assert parse_date("الأحد ٥ نيسان ٢٠١٧") == dt.date(2017, 4, 5)
    assert parse_date("١٢ كانون الثاني ٢٠٢٢") == dt.date(2022, 1, 12)
    assert parse_date("٣ شباط ٢٠١٩") == dt.date(2019, 2, 3)
    assert parse_date("٢٠ آذار ٢٠١٩") == dt.date(2019, 3, 20)
    assert parse_date("١ تشرين الأول ٢٠٢٠") == dt.date(2020, 10, 1)


# -- both read paths ------------------------------------------------------------------------------
@pytest.mark.parametrize("query", ["الهول", "مخيم الهَوْل", "بالحسكة", "al-Hol", "داعش OR Raqqa", '"قوات سوريا الديمقراطية"'])
def test_arabic_queries_same_on_arrays_and_whoosh(tmp_path, cli, query):
    from pathlib import Path

    from indexer.sync import Archive

    articles = Path(__file__).resolve().parent.parent / "bench" / "scripts_set" / "articles.jsonl"
    db = tmp_path / "archive.db"
    assert cli("import", db, articles, "--silent").exit_code == 0
    with Archive(db) as archive:
        params = dict(pagelen=20, want_all_ids=True, collapse=True, suggest=False)
        whoosh = archive.index.search(query, arrays=False, **params)
        arrays = archive.index.search(query, arrays=True, **params)
        assert whoosh.total >= 2 and arrays.total == whoosh.total
        assert sorted(arrays.all_ids) == sorted(whoosh.all_ids)
        assert [h.id for h in arrays.hits] == [h.id for h in whoosh.hits]
        for a, w in zip(arrays.hits, whoosh.hits):
            assert a.score == pytest.approx(w.score, rel=1e-5)


# -- the gazetteer in Arabic script -----------------------------------------------------------------
def test_gazetteer_arabic_spellings_found_with_attached_prefixes():
    from archive.extract.entities import mentions
    from archive.extract.gazetteer import entities, spellings

    spellings()  # two entities sharing a spelling (as the index sees it) would raise here
    with_arabic = [e for e in entities() if any(is_arabic_name(a) for a in e.aliases)]
    assert len(with_arabic) >= 200
    text = ("نقلت قوات سوريا الديمقراطية (قسد) عائلات من مخيّم الهَوْل والهول بالحسكة، وقال المرصد السوري "
            "لحقوق الإنسان إن خلية تابعة لداعش هاجمت سجن الصناعة، واليونيسف والتحالف الدولي في الرقـــة.")
    found = [(m.entity_id, m.text) for m in mentions(text)]
    assert found == [
        ("organisation:syrian-democratic-forces", "قوات سوريا الديمقراطية"),
        ("organisation:syrian-democratic-forces", "قسد"),
        ("place:al-hol-camp", "مخيّم الهَوْل"),
        ("place:al-hol-camp", "والهول"),
        ("place:hasakah", "بالحسكة"),
        ("organisation:syrian-observatory-for-human-rights", "المرصد السوري لحقوق الإنسان"),
        ("organisation:islamic-state", "لداعش"),
        ("place:ghuwayran", "سجن الصناعة"),
        ("organisation:unicef", "واليونيسف"),
        ("organisation:global-coalition-against-daesh", "والتحالف الدولي"),
        ("place:raqqa", "الرقـــة"),
    ], found
    assert mentions("تطور قطاع الصناعة في البلاد") == []  # the bare word (industry) is no prison


def is_arabic_name(text):
    from indexer.names import is_arabic

    return is_arabic(text)


def test_a_rare_arabic_word_brings_in_no_unrelated_words(tmp_path, cli):
    from pathlib import Path

    articles = Path(__file__).resolve().parent.parent / "bench" / "scripts_set" / "articles.jsonl"
    db = tmp_path / "archive.db"
    assert cli("import", db, articles, "--silent").exit_code == 0
    for word in ("الاحتجاز", "شاحنة"):  # in no article; one letter from شاحنات
        result = json.loads(cli("search", db, word, "--json").output)
        assert result["sounds_like"] == [] and result["also_searched"] == [], (word, result)
    result = json.loads(cli("search", db, "عامودا", "--json").output)  # a name: its spellings, nothing else
    assert result["sounds_like"] == [] and "Amuda" in result["also_searched"] and result["total"] == 2


def test_did_you_mean_reads_arabic_words_whole(tmp_path):
    # harakat and shadda are not \w: "did you mean" once cut الهَوْل at its first haraka and offered
    # "اليَوْل"; and it offered مكتبه for مكتبة, the same word as the vocabulary keeps it
    from indexer.fulltext import FullTextIndex

    index = FullTextIndex(tmp_path / "index")
    index.create()
    with index.writer() as writer:
        writer.upsert({"id": "a1", "title": "مخيم الهول", "body": "نقلت العائلات من مخيم الهول إلى اليوم مكتبة.",
                       "published": "2024-03-01"})
        writer.upsert({"id": "a2", "title": "الأمم المتحدة", "body": "قالت الأمم المتحدة إن اليوم هادئ.",
                       "published": "2024-03-02"})
    for query in ("الهَوْل", "المتّحدة", "مكتبة", "مكتبه", "والهول"):
        page = index.search(query)
        assert page.total >= 1 and page.suggestion is None, (query, page.suggestion)
