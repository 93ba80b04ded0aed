"""bench/scripts.py (issue #17): recall and precision within Arabic, within English, Latin -> Arabic
and Arabic -> Latin on the project's own bilingual collection (bench/scripts_set/), pinned."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import scripts  # noqa: E402  (bench/scripts.py)

# Measured: 1.000 recall and precision in each cell of the tuned set (bench/README.md). Floors: the goal, 0.97;
# the held-out sets are pinned at their figures.
FLOOR = 0.97


def _at_least(folder, floors: dict) -> None:
    """Each cell of the set in ``folder`` at least its ``(recall, precision)`` floor (to 3 places)."""
    figures = scripts.measure(folder)["figures"]
    for cell, (recall, precision) in floors.items():
        f = figures[cell]
        assert round(f["recall"], 3) >= recall and round(f["precision"], 3) >= precision, (cell, f)


def test_scripts_set_recall_and_precision_in_each_direction():
    result = scripts.measure()
    figures = result["figures"]
    assert set(figures) == set(scripts.CELLS)
    for cell, f in figures.items():
        assert f["queries"] >= 28 and f["expected"] >= 80, (cell, f)
        assert f["recall"] >= FLOOR and f["precision"] >= FLOOR, (cell, f, result["misses"])


def test_scripts_set_size():
    articles, mentions, queries = scripts.load()
    languages = [row["language"] for row in articles.values()]
    assert languages.count("ar") >= 20 and languages.count("en") >= 20
    assert set(mentions) == set(articles)
    keys = {key for _, key in queries}
    assert keys <= set().union(*mentions.values())


def test_held_out_sets_pinned():
    # bench/scripts_set/held/ (misses read: the Syrian National Army written without "السوري") and
    # held2/ (first measured 0.875 / 0.833 across scripts; 1.000 after the gazetteer's Arabic names).
    held = scripts.measure(scripts.SET / "held")["figures"]
    for cell in ("within Arabic", "Latin -> Arabic"):
        assert (round(held[cell]["recall"], 3), held[cell]["precision"]) == (0.944, 1.0), (cell, held[cell])
    for cell in ("within English", "Arabic -> Latin"):
        assert (held[cell]["recall"], held[cell]["precision"]) == (1.0, 1.0), (cell, held[cell])
    held2 = scripts.measure(scripts.SET / "held2")["figures"]
    for cell, f in held2.items():
        assert (f["recall"], f["precision"]) == (1.0, 1.0), (cell, f)


def test_held3_pinned():
    # held3/ (24 reports, 49 queries, written blind 2026-12-04), scored once unseen at commit 1f5b079:
    # within Arabic 1.000, within English 0.907, Latin -> Arabic 0.860, Arabic -> Latin 0.950 recall,
    # precision 1.000 everywhere. Tuned on since (its misses read): 1.000 in every cell.
    _at_least(scripts.SET / "held3", dict.fromkeys(("within Arabic", "within English", "Latin -> Arabic",
                                                   "Arabic -> Latin"), (1.0, 1.0)))


def test_held4_pinned():
    # held4/ (24 reports, 40 queries, written blind 2026-12-04), scored once unseen at commit d0218ed
    # (Arabic -> Latin 0.971), tuned on since (1.000 after 14740e2: Tabqa Civil Council's spellings).
    # Its three Arabic false hits (الهول "horror", الطبقة الوسطى "the middle class") are left.
    floors = {"within Arabic": (1.0, 0.923), "within English": (1.0, 1.0), "Latin -> Arabic": (1.0, 0.923),
              "Arabic -> Latin": (1.0, 1.0)}
    _at_least(scripts.SET / "held4", floors)


def test_held5_pinned():
    # held5/ (24 reports, 49 queries, written blind 2026-12-04), scored once unseen at commit b730a23:
    # recall within Arabic 0.878, within English 0.972, Latin -> Arabic 0.889, Arabic -> Latin 0.805
    # (0.878 / 0.944 / 0.889 / 0.780 with the code of 1aa60b5), precision 1.000 everywhere. Tuned on
    # since (its misses read): 1.000 / 1.000 / 0.972 / 0.951 after the held5 round (skeletons across
    # scripts, ديرالزور joined, Qara Qozak added; left: البصيرة, a bare town name that is a common word).
    # names35: Arabic -> Latin 1.000 (قرة قوزاق finds "Qara Qawzak", alike of its unheld Latin spellings).
    floors = {"within Arabic": (1.0, 1.0), "within English": (1.0, 1.0), "Latin -> Arabic": (0.972, 1.0),
              "Arabic -> Latin": (1.0, 1.0)}
    _at_least(scripts.SET / "held5", floors)


def test_held6_pinned():
    # held6/ (26 reports, 58 queries, 23 keys, written blind 2026-12-04 afternoon), scored once unseen
    # at commit b690e18 (after the held5 round): recall within Arabic 1.000, within English 1.000,
    # Latin -> Arabic 0.978, Arabic -> Latin 1.000, precision 1.000 everywhere. Pinned less 0.02.
    floors = {"within Arabic": (0.98, 0.98), "within English": (0.98, 0.98), "Latin -> Arabic": (0.958, 0.98),
              "Arabic -> Latin": (0.98, 0.98)}
    _at_least(scripts.SET / "held6", floors)


def test_held7_pinned():
    # held7/ (28 reports, 56 queries, 14 keys, written blind 2026-12-04 evening), scored once unseen at
    # commit d2b146a (after the held6 round): recall / precision within Arabic 0.919 / 0.891, within
    # English 0.935 / 1.000, Latin -> Arabic 0.935 / 0.951, Arabic -> Latin 0.935 / 1.000. Tuned on in the
    # round after it (a bare ك before a name, the SDF written سورية/الديموقراطية, مفوضية اللاجئين): within
    # Arabic 1.000 / 0.899, Latin -> Arabic 1.000 / 0.954, Arabic -> Latin 0.968 / 1.000. Floors.
    floors = {"within Arabic": (1.0, 0.899), "within English": (0.935, 1.0), "Latin -> Arabic": (1.0, 0.954),
              "Arabic -> Latin": (0.968, 1.0)}
    _at_least(scripts.SET / "held7", floors)


def test_held8_pinned():
    # held8/ (30 reports, 58 queries, 18 keys, written blind 2026-12-04 evening), scored once unseen at
    # commit c52459b (after the held7 round): recall / precision within Arabic 1.000 / 0.908, within
    # English 0.982 / 1.000, Latin -> Arabic 1.000 / 0.965, Arabic -> Latin 1.000 / 0.983. Tuned on in the
    # round after it (bare Arabic names apart from the articled place names, month names): precision
    # 1.000 in every cell. Floors.
    floors = {"within Arabic": (1.0, 1.0), "within English": (0.982, 1.0), "Latin -> Arabic": (1.0, 1.0),
              "Arabic -> Latin": (1.0, 1.0)}
    _at_least(scripts.SET / "held8", floors)


def test_held9_pinned():
    # held9/ (28 reports, 56 queries, 14 keys, written blind 2026-12-04 evening), scored once unseen at
    # commit 9cc9d96 (after the held8 round): recall / precision within Arabic 1.000 / 1.000, within
    # English 0.984 / 1.000, Latin -> Arabic 1.000 / 1.000, Arabic -> Latin 1.000 / 1.000: the 0.97 goal met
    # in every cell on a set nobody had read. Pinned less 0.02.
    floors = {"within Arabic": (0.98, 0.98), "within English": (0.964, 0.98), "Latin -> Arabic": (0.98, 0.98),
              "Arabic -> Latin": (0.98, 0.98)}
    _at_least(scripts.SET / "held9", floors)


def test_held10_pinned():
    # held10/ (30 reports, 60 queries, 15 keys, written blind 2026-12-04 evening), scored once unseen at
    # a7c4ea1: within Arabic 0.984 / 0.955, within English 1.000 / 0.955, Latin -> Arabic 0.969 / 0.969,
    # Arabic -> Latin 1.000 / 0.941. Tuned on in the names5 round (a name after a kunya, أبو الهول, is
    # another name; a bare articled name typed is the place; سد تشرين's bare Latin names with "dam";
    # اليونيسيف): 1.000 / 1.000, 1.000 / 0.985, 1.000 / 1.000, 1.000 / 0.985. Pinned less 0.02.
    floors = {"within Arabic": (0.98, 0.98), "within English": (0.98, 0.965), "Latin -> Arabic": (0.98, 0.98),
              "Arabic -> Latin": (0.98, 0.965)}
    _at_least(scripts.SET / "held10", floors)


def test_held11_pinned():
    # held11/ (28 reports, 56 queries, 14 keys, written blind 2026-12-04 evening during the names4/names5
    # rounds), scored once unseen at d3cf554: within Arabic 1.000 / 1.000, within English 0.985 / 1.000,
    # Latin -> Arabic 0.986 / 1.000, Arabic -> Latin 0.985 / 1.000: the 0.97 goal met in every cell on a
    # set nobody had read. Pinned less 0.02.
    floors = {"within Arabic": (0.98, 0.98), "within English": (0.965, 0.98), "Latin -> Arabic": (0.966, 0.98),
              "Arabic -> Latin": (0.965, 0.98)}
    _at_least(scripts.SET / "held11", floors)


def test_held12_pinned():
    # held12/ (28 reports, 60 queries, 15 keys, written blind 2026-12-04 night during the names6
    # round), scored once unseen at 225a248: within Arabic 1.000 / 0.941, within English 0.970 / 1.000,
    # Latin -> Arabic 0.984 / 0.940, Arabic -> Latin 1.000 / 1.000: the 0.97 goal not met in two cells
    # (precision within Arabic and Latin -> Arabic: its traps). Tuned on by names7 (its traps read as a
    # class: Arabic place names that are common words, arabic_senses.py): 1.000 / 1.000 in every cell.
    # Pinned less 0.02.
    floors = {"within Arabic": (0.98, 0.98), "within English": (0.98, 0.98), "Latin -> Arabic": (0.98, 0.98),
              "Arabic -> Latin": (0.98, 0.98)}
    _at_least(scripts.SET / "held12", floors)


def test_held13_pinned():
    # held13/ (32 reports: 17 Arabic, 15 English, 4 naming no key; 56 queries, 14 keys, written blind
    # 2026-12-04 night during the names7 round), scored once unseen at d156907: within Arabic 1.000 /
    # 0.972, within English 1.000 / 1.000, Latin -> Arabic 1.000 / 0.972, Arabic -> Latin 1.000 /
    # 1.000: the 0.97 goal met in every cell; the same at cc2de93 (the session's start). Pinned less 0.02.
    # names14 (أبي's case before الهول, a class of held13, 17, 19): 1.000 in every cell; pinned less 0.02.
    floors = {"within Arabic": (0.98, 0.98), "within English": (0.98, 0.98), "Latin -> Arabic": (0.98, 0.98),
              "Arabic -> Latin": (0.98, 0.98)}
    _at_least(scripts.SET / "held13", floors)


def test_held14_pinned():
    # held14/ (28 reports: 14 Arabic, 14 English; 57 queries, 16 keys, written blind 2026-12-05 night
    # during the names8 round), scored once unseen at 1d68614: 1.000 / 1.000 in every cell; the same
    # at cc2de93 (the session's start). Pinned less 0.02.
    floors = {cell: (0.98, 0.98) for cell in ("within Arabic", "within English", "Latin -> Arabic", "Arabic -> Latin")}
    _at_least(scripts.SET / "held14", floors)


def test_held15_pinned():
    # held15/ (31 reports: 16 Arabic, 15 English; 55 queries, 12 keys, written blind 2026-12-05 night
    # during the names9 round), scored once unseen at 9b744a7: within Arabic 0.972 / 1.000, within
    # English 1.000 / 1.000, Latin -> Arabic 0.963 / 1.000 (the goal not met: recall), Arabic -> Latin
    # 1.000 / 1.000; the same at cc2de93 (the session's start). Pinned less 0.02.
    floors = {"within Arabic": (0.952, 0.98), "within English": (0.98, 0.98), "Latin -> Arabic": (0.943, 0.98),
              "Arabic -> Latin": (0.98, 0.98)}
    _at_least(scripts.SET / "held15", floors)


def test_held16_pinned():
    # held16/ (28 reports: 14 Arabic, 14 English; 56 queries, 14 keys, written blind 2026-12-05 during
    # the names10 round), scored once unseen at 9057288: recall 1.000 in every cell; precision within
    # Arabic 1.000, within English 0.971, Latin -> Arabic 1.000, Arabic -> Latin 0.986 (the goal met in
    # every cell); the same at 4e4453c (the session's start). Pinned less 0.02.
    floors = {"within Arabic": (0.98, 0.98), "within English": (0.98, 0.951), "Latin -> Arabic": (0.98, 0.98),
              "Arabic -> Latin": (0.98, 0.966)}
    _at_least(scripts.SET / "held16", floors)


def test_held17_pinned():
    # held17/ (28 reports: 14 Arabic, 14 English; 54 queries, 13 keys, written blind 2026-12-05 during
    # the names11 round), scored once unseen at dcee1ae: recall 1.000 in every cell; precision within
    # Arabic 1.000, within English 0.984, Latin -> Arabic 1.000, Arabic -> Latin 0.982 (met in every
    # cell); the same at 4e4453c. Pinned less 0.02.
    floors = {"within Arabic": (0.98, 0.98), "within English": (0.98, 0.964), "Latin -> Arabic": (0.98, 0.98),
              "Arabic -> Latin": (0.98, 0.962)}
    _at_least(scripts.SET / "held17", floors)


def test_held18_pinned():
    # held18/ (28 reports: 14 Arabic, 14 English; 56 queries, 14 keys, written blind 2026-12-05 during
    # the names12 round), scored once unseen at 9730e11: within Arabic 0.971 / 1.000, within English
    # 0.970 / 0.985, Latin -> Arabic 0.956 / 1.000 (the goal not met: the broken plural الدواعش is no
    # spelling of ISIS), Arabic -> Latin 1.000 / 0.985; the same at 4e4453c. Pinned less 0.02.
    floors = {"within Arabic": (0.951, 0.98), "within English": (0.95, 0.965), "Latin -> Arabic": (0.936, 0.98),
              "Arabic -> Latin": (0.98, 0.965)}
    _at_least(scripts.SET / "held18", floors)


def test_held19_pinned():
    # held19/ (31 reports: 16 Arabic, 15 English; 60 queries, 15 keys, written blind 2026-12-05 during
    # the names13 round), scored once unseen at c3fa4ce: recall 1.000 in every cell; precision within
    # Arabic 0.917 and Latin -> Arabic 0.930 (the goal not met: أبي الهول the Sphinx, روج آفا Rojava and
    # جامعة الفرات a university found as al-Hol, Roj and the Euphrates), within English and Arabic ->
    # Latin 1.000; the same at 4e4453c. Pinned less 0.02. names14 (أبي's case; a river's or place's name
    # inside a longer Arabic name, the other script of the river class of held10-18): 1.000 in every cell;
    # a set tuned on now, pinned less 0.02.
    floors = {"within Arabic": (0.98, 0.98), "within English": (0.98, 0.98), "Latin -> Arabic": (0.98, 0.98),
              "Arabic -> Latin": (0.98, 0.98)}
    _at_least(scripts.SET / "held19", floors)



def test_held20_pinned():
    # held20/ (28 reports: 14 Arabic, 14 English; 58 queries, 16 keys, written blind 2026-12-05 during
    # the names14 round), scored once unseen at f188c5b: within Arabic 1.000 / 0.974, within English
    # 0.967 / 1.000 (the goal not met), Latin -> Arabic 0.984 / 0.984, Arabic -> Latin 0.986 / 1.000;
    # the same at a549308. Pinned less 0.02.
    floors = {"within Arabic": (0.98, 0.954), "within English": (0.947, 0.98), "Latin -> Arabic": (0.964, 0.964),
              "Arabic -> Latin": (0.966, 0.98)}
    _at_least(scripts.SET / "held20", floors)


def test_held21_pinned():
    # held21/ (28 reports: 14 Arabic, 14 English; 57 queries, 16 keys; traps: وزارة الصناعة, the month
    # تشرين, Tishreen University, أبو الهول, الترويج; written blind 2026-12-05 during names15), scored once
    # unseen at aa452ed: 1.000 / 1.000 in every cell (met); the same at a549308. Pinned less 0.02.
    floors = {"within Arabic": (0.98, 0.98), "within English": (0.98, 0.98), "Latin -> Arabic": (0.98, 0.98),
              "Arabic -> Latin": (0.98, 0.98)}
    _at_least(scripts.SET / "held21", floors)


def test_held22_pinned():
    # held22/ (29 reports: 15 Arabic, 14 English; 60 queries, 15 keys; traps: the month تشرين against سد
    # تشرين, the daily Tishreen, روج inside الترويج, هول as "horror", رقة inside برقة, دير as "monastery";
    # written blind 2026-12-05 during round 21), scored once unseen at 4dacbb8: 1.000 / 1.000 in every
    # cell (met); the same at e1aea74. Pinned less 0.02.
    floors = {"within Arabic": (0.98, 0.98), "within English": (0.98, 0.98), "Latin -> Arabic": (0.98, 0.98),
              "Arabic -> Latin": (0.98, 0.98)}
    _at_least(scripts.SET / "held22", floors)


def test_held23_pinned():
    # held23/ (32 reports: 16 Arabic, 16 English; 60 queries; attached prefixes, hamza and alef forms, ta
    # marbuta, alef maqsura, diacritics, tatweel, Arabic-Indic digits, the joined ديرالزور; written blind
    # 2026-12-05 during round 23), scored once unseen at ff33380 and at f20f68c: recall 1.000 in every
    # cell, precision 0.976-0.977 (one wrong hit each way; met). Pinned less 0.02.
    floors = {"within Arabic": (0.98, 0.957), "within English": (0.98, 0.956), "Latin -> Arabic": (0.98, 0.956),
              "Arabic -> Latin": (0.98, 0.957)}
    _at_least(scripts.SET / "held23", floors)


def test_held24_pinned():
    # held24/ (30 reports: 15 Arabic, 15 English; 64 queries, 33 in Arabic script; written blind
    # 2026-12-05 during round 24), scored once unseen at 8daa1ad and at 4e10841, the same both times:
    # within Arabic 0.969 / 0.969, within English 0.977 / 0.956, Latin -> Arabic 0.944 / 0.962,
    # Arabic -> Latin 0.978 / 0.957: the goal (0.97) NOT met in any cell. Pinned less 0.02.
    floors = {"within Arabic": (0.949, 0.949), "within English": (0.957, 0.936), "Latin -> Arabic": (0.924, 0.942),
              "Arabic -> Latin": (0.958, 0.937)}
    _at_least(scripts.SET / "held24", floors)


def test_held25_pinned():
    # held25/ (30 reports: 15 Arabic, 15 English, mostly parallel pairs; 65 queries, 35 in Arabic script;
    # written blind 2026-12-05 at round 25's start), scored once unseen at be5db4f and at 00a7620, the
    # same both times: within Arabic 0.977 / 0.977, within English 0.974 / 0.974, Latin -> Arabic
    # 0.974 / 0.974 (met), Arabic -> Latin 0.953 / 0.976 (NOT met). Pinned less 0.02.
    # names26 (البقارة, an attested spelling of the Baggara): within Arabic 1.000 / 0.978, Arabic -> Latin
    # 0.977 / 0.977 (every cell met); floors raised to these less 0.02 where they rose.
    floors = {"within Arabic": (0.98, 0.958), "within English": (0.954, 0.954), "Latin -> Arabic": (0.954, 0.954),
              "Arabic -> Latin": (0.957, 0.957)}
    _at_least(scripts.SET / "held25", floors)


def test_held26_pinned():
    # held26/ (30 reports: 11 Arabic, 4 Sorani Kurdish in Arabic script, 15 English; 60 queries, 31 in
    # Arabic script, the Latin ones mostly Kurmanji spellings; written blind 2026-12-05 at round 26's
    # start), scored once unseen at 1b4e24d: within Arabic 0.642 / 1.000, within English 0.972 / 1.000,
    # Latin -> Arabic 0.676 / 1.000, Arabic -> Latin 0.825 / 1.000; at 7e2087e (names26, told of the
    # Sorani family by the issue, not by this set): 0.943 / 1.000, 0.972 / 1.000, 0.946 / 1.000,
    # 0.950 / 1.000 (three cells NOT met); at names27 (held26 read): within Arabic 0.962 / 1.000 (Sorani
    # qualifiers), the others as before (the set's Semalka = Faysh Khabur is held7's two crossings).
    # Pinned less 0.02.
    floors = {"within Arabic": (0.942, 0.98), "within English": (0.952, 0.98), "Latin -> Arabic": (0.926, 0.98),
              "Arabic -> Latin": (0.93, 0.98)}
    _at_least(scripts.SET / "held26", floors)


def test_held27_pinned():
    # held27/ (30 reports: 9 Arabic, 4 Sorani, 2 Persian, 15 English in French, German, Turkish and
    # Kurdish spellings; 66 queries, 34 in Arabic script; written blind 2026-12-06 at round 27's start),
    # scored once unseen at 056cc67 and at ce40eaf (round 27): identical, within Arabic 0.951 / 0.951,
    # within English 0.957 / 0.957, Latin -> Arabic 0.911 / 0.986, Arabic -> Latin 0.943 / 0.943 (no cell
    # met). Pinned less 0.02. names28 (held27 read: bare names in a Persian text, press spellings): within
    # Arabic 1.000 / 0.954, within English 0.979 / 0.958, Latin -> Arabic 0.975 / 0.987, Arabic -> Latin
    # 1.000 / 0.946 (the Deir ez-Zor Military Council, a Sorani word spelt as Hawl: the precision left).
    floors = {"within Arabic": (0.98, 0.934), "within English": (0.959, 0.938), "Latin -> Arabic": (0.955, 0.967),
              "Arabic -> Latin": (0.98, 0.926)}
    _at_least(scripts.SET / "held27", floors)


def test_held28_pinned():
    # held28/ (30 reports: 9 Arabic, 4 Sorani, 2 Persian, 15 English in French, German, Turkish and
    # Kurdish spellings; 67 queries, 34 in Arabic script; written blind 2026-12-06 at round 28's start),
    # scored once unseen at 8fa0d98 and at round 28's code (names28 reading held27 only): identical,
    # within Arabic 0.950 / 1.000, within English 0.825 / 1.000, Latin -> Arabic 0.842 / 1.000, Arabic ->
    # Latin 0.827 / 1.000 (no cell met). Pinned less 0.02.
    # Read in round 29 (names29): 0.975, 0.925, 0.860, 0.904 (precision 1.000): pinned less 0.02 from there.
    floors = {"within Arabic": (0.955, 0.98), "within English": (0.905, 0.98), "Latin -> Arabic": (0.84, 0.98),
              "Arabic -> Latin": (0.884, 0.98)}
    _at_least(scripts.SET / "held28", floors)


def test_held29_pinned():
    # held29/ (30 reports: 11 Arabic, 2 Sorani, 2 Persian, 15 in English, French, German and Turkish; 66
    # queries, 30 in Arabic script; written blind 2026-12-06 at round 29's start), scored once unseen at
    # b7445a7 and at round 29's code (names29 reading held28 only): within Arabic 0.953 -> 1.000, within
    # English 1.000, Latin -> Arabic 0.958 -> 1.000, Arabic -> Latin 0.932 -> 0.955 (precision 1.000).
    # Pinned less 0.02.
    floors = {"within Arabic": (0.98, 0.98), "within English": (0.98, 0.98), "Latin -> Arabic": (0.98, 0.98),
              "Arabic -> Latin": (0.935, 0.98)}
    _at_least(scripts.SET / "held29", floors)


def test_held30_pinned():
    # held30/ (30 reports, 15 in Arabic script: Arabic, Sorani, Persian; 67 queries over 22 entities, 41
    # in Arabic script; written blind 2026-12-06 at round 30's start), scored once unseen at ff28b00 and at
    # round 30's code (names30 reading held29 only): within Arabic 1.000, within English 0.881 -> 0.905,
    # Latin -> Arabic 0.979, Arabic -> Latin 0.924 -> 0.955 (precision 1.000). Pinned less 0.02.
    floors = {"within Arabic": (0.98, 0.98), "within English": (0.885, 0.98), "Latin -> Arabic": (0.959, 0.98),
              "Arabic -> Latin": (0.935, 0.98)}
    _at_least(scripts.SET / "held30", floors)


def test_held31_pinned():
    # held31/ (30 reports, 15 in Arabic script: 10 Arabic, 3 Sorani, 2 Persian, with attached prefixes, ه for
    # ة, alef without hamza, Arabic-Indic and Persian digits; 64 queries over 18 entities; written blind
    # 2026-12-06 at round 31's start), scored once unseen at 36ecb52 and at round 31's code: 1.000 recall and
    # precision in every cell, both times. Pinned at the goal.
    _at_least(scripts.SET / "held31", dict.fromkeys(("within Arabic", "within English", "Latin -> Arabic",
                                                      "Arabic -> Latin"), (0.97, 0.97)))


def test_held32_pinned():
    # held32/ (30 reports, 15 in Arabic script: 10 Arabic, 3 Sorani, 2 Persian; 65 queries; written blind
    # 2026-12-06 at round 32's start), scored unseen at 26aa7a2 and at round 32's code, the same both times:
    # within Arabic and within English 1.000, Latin -> Arabic 0.984, Arabic -> Latin 0.955 (precision 1.000
    # everywhere; the goal 0.97 not met there). Read in round 33 (names33: Arabic names written only after
    # their kind word, gazetteer Arabic forms): 1.000 in every cell. Pinned at the goal.
    floors = dict.fromkeys(("within Arabic", "within English", "Latin -> Arabic", "Arabic -> Latin"), (0.97, 0.97))
    _at_least(scripts.SET / "held32", floors)


def test_held33_pinned():
    # held33/ (40 reports, 20 in Arabic script: 14 Arabic, 3 Sorani, 3 Persian; 95 queries over 27 names;
    # written blind 2026-12-06 at round 33's start), scored unseen at 1e26e80 and at round 33's code, the
    # same both times: within Arabic 0.944 / 0.990, within English 0.967 / 0.983, Latin -> Arabic 0.956 /
    # 1.000, Arabic -> Latin 0.966 / 1.000 (the goal 0.97 not met in any cell). Pinned less 0.02.
    # Read in round 34 (names34: Persian and Sorani respellings of Arabic place names, the rivers' names):
    # within Arabic 0.981, within English 0.983, Latin -> Arabic 0.971, Arabic -> Latin 0.977. Pinned at the goal.
    floors = dict.fromkeys(("within Arabic", "within English", "Latin -> Arabic", "Arabic -> Latin"), (0.97, 0.97))
    _at_least(scripts.SET / "held33", floors)


def test_held34_pinned():
    # held34/ (40 reports, 20 in Arabic script: 16 Arabic, 2 Sorani, 2 Persian; 95 queries; written blind
    # 2026-12-06 at round 34's start; the set states each report's script, not its language, and gives no
    # titles), scored unseen at fda3374 and at round 34's code, the same both times: within Arabic 0.972 /
    # 0.972, within English 0.942 / 0.985, Latin -> Arabic 0.930 / 0.971, Arabic -> Latin 0.900 / 0.984 (the
    # goal 0.97 met within Arabic only). Pinned less 0.02; read from round 35 on. names35 (Turkish v and ş:
    # Vaşokani; an Arabic name's unheld Latin spellings respelt alike: Kataeb Hezbollah): within English
    # 0.957 / 0.985, Arabic -> Latin 0.943 / 0.985. Pinned less 0.02.
    floors = {"within Arabic": (0.952, 0.952), "within English": (0.937, 0.965), "Latin -> Arabic": (0.91, 0.951),
              "Arabic -> Latin": (0.923, 0.965)}
    _at_least(scripts.SET / "held34", floors)


def test_held35_pinned():
    # held35/ (59 reports, 30 in Arabic script: 21 Arabic, 5 Sorani, 4 Persian; 113 queries over 45 names;
    # written blind 2026-12-07 at round 35's start), scored unseen at 518f246 and at round 35's code, the
    # same both times: within Arabic 0.970 / 0.916, within English 0.911 / 0.973, Latin -> Arabic 0.892 /
    # 0.949, Arabic -> Latin 0.905 / 0.966 (the goal 0.97 met for Arabic recall only). Pinned less 0.02;
    # read from round 36 on.
    floors = {"within Arabic": (0.95, 0.896), "within English": (0.891, 0.953), "Latin -> Arabic": (0.872, 0.929),
              "Arabic -> Latin": (0.885, 0.946)}
    _at_least(scripts.SET / "held35", floors)
    # names37 (held35's variants read; the search changes of its commits): within English recall 0.911
    # -> 0.924, Latin -> Arabic 0.892 / 0.949 -> 0.928 / 0.951. Pinned less 0.02.
    _at_least(scripts.SET / "held35", {"within English": (0.904, 0.953), "Latin -> Arabic": (0.908, 0.931)})


def test_held37_pinned():
    # held37/ (60 reports, 30 in Arabic script: 22 Arabic, 4 Sorani, 4 Persian; 153 queries over 38 names;
    # written blind 2026-12-07 at round 37's start), scored unseen at ddecb9b and at round 37's end code
    # (0c531c1): within Arabic 0.952 / 0.944, within English 0.961 / 0.976, Latin -> Arabic 0.908 / 0.973
    # both times; Arabic -> Latin 0.893 / 0.959 -> 0.885 / 0.959 (one hit fewer: 'مخيم الهول' no longer
    # finds a Latin report, names37's "a camp's name beside its town's word is the town"). Pinned less 0.02;
    # read from round 38 on.
    floors = {"within Arabic": (0.932, 0.924), "within English": (0.941, 0.956), "Latin -> Arabic": (0.888, 0.953),
              "Arabic -> Latin": (0.865, 0.939)}
    _at_least(scripts.SET / "held37", floors)


def test_held38_pinned():
    # held38/ (52 reports, 26 in Arabic script: 18 Arabic, 4 Sorani, 4 Persian; 105 queries over 35 names;
    # written blind 2026-12-07 at round 38's start), scored unseen at 387448b and at round 38's end code
    # (0c5d59a): within Arabic 0.978 / 0.968 -> 0.989 / 0.968, within English 0.936 / 0.990 -> 0.955 / 0.991,
    # Latin -> Arabic 0.960 / 0.990 -> 0.970 / 0.990, Arabic -> Latin 0.941 / 0.990 -> 0.960 / 0.990.
    # Pinned less 0.02; read from round 39 on.
    floors = {"within Arabic": (0.969, 0.948), "within English": (0.935, 0.971), "Latin -> Arabic": (0.950, 0.970),
              "Arabic -> Latin": (0.940, 0.970)}
    _at_least(scripts.SET / "held38", floors)


def test_held39_pinned():
    # held39/ (48 reports, 24 in Arabic script: 18 Arabic, 3 Sorani, 3 Persian; 95 queries over 29 names;
    # written blind 2026-12-07 at round 39's start), scored unseen at 75270638 and at round 39's end code
    # (866ee93f), the same both times: within Arabic 0.948 / 0.961, within English 0.914 / 1.000, Latin ->
    # Arabic 0.951 / 0.990, Arabic -> Latin 0.890 / 0.970. Pinned less 0.02; read from round 40 on.
    floors = {"within Arabic": (0.928, 0.941), "within English": (0.894, 0.980), "Latin -> Arabic": (0.931, 0.970),
              "Arabic -> Latin": (0.870, 0.950)}
    _at_least(scripts.SET / "held39", floors)
