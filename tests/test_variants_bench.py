"""bench/variants.py's figures pinned (issue #17: names in phrases, with qualifiers, joined): a change
that loses spellings, or lets English words in, moves them."""

import functools

from bench_modules import load


@functools.lru_cache(maxsize=None)
def _measured(expand, part, options):
    module = load("variants")
    return module.measure(expand, module.SET if part is None else module.SET / part, **dict(options))


def _measure(expand, part=None, **options):
    """One measure of a set per test process: the figure tests and the floors of later rounds read the
    same sets (each set's index is built once; the tests only read the figures)."""
    return _measured(expand, part, tuple(sorted(options.items())))


# names32 (round 32): the lead's convention counts a qualifier's near-synonyms, the same kind in other
# words (governorate = province, jail = detention facility = prison, barrage = dam, border crossing =
# crossing: archive/data/name_qualifiers.txt); the older sets count only the word typed, so their
# qualifier precision falls by construction. Each floor so lowered says so ("names32: floor lowered"),
# to the measured figure less 0.02; bench/README.md (round 32) lists every such hit by set.


def test_variants_set_figures():
    on = _measure(True)
    assert on["all"][0] >= 150
    # 0.928 / 0.975 before the qualifier and case fixes, 0.986 / 0.976 before names were kept as names
    # (Hims, Hit: indexer/cased_names.py), 1.000 / 0.980 before a spelling's own generic word was
    # taken literally (al-Hol camp no longer finds al-Hol without "camp": name_phrases.own_qualifier)
    assert on["all"][1:] == (1.0, 1.0), on["all"]
    assert on["long phrase"][1] >= 0.97 and on["joined phrase"][1:] == (1.0, 1.0) and on["joined"][1:] == (1.0, 1.0)
    assert on["plain"][1:] == (1.0, 1.0)
    misses = {query for query, _, _ in on["misses"]}
    assert not {"Homs", "Hims", "Hit", "Heet", '"Hims province"'} & misses, misses
    off = _measure(False)
    assert off["all"][1] < 0.4 and off["joined"][1] == 0.0  # the exact search is exact
    assert off["all"][2] == 1.0  # "Hit" no longer finds "hit", nor "Hims" "him", even exactly


def test_variants_held_out_figures():
    # The held-out part (other names, scored, never tuned on): 0.902 / 0.994 before issue #17's first
    # round, 0.908 / 0.994 before held3's misses were read (names run together, sound-alikes by the
    # gazetteer, towns of the northern Aleppo countryside, Mare' kept as a name), 0.966 / 0.997 before
    # held4's misses were read (gazetteer spellings and entities, English words, names inside names),
    # 0.974 / 1.000 before held6's round (a name with its article searched as its phrase, its words'
    # archive spellings in it: "Ras el-Ein").
    on = _measure(True, "held")
    assert on["all"][0] >= 200
    assert on["all"][1] >= 0.994 and on["all"][2] >= 1.0, on["all"]


def test_variants_held3_figures():
    # held3/ (150 reports, 202 searches, written blind 2026-12-04: see its ABOUT.md), scored once
    # unseen at commit 1f5b079 (0.716 / 0.933), tuned on since (its misses read: bench/README.md).
    # Its author counts an unquoted qualifier as not narrowing ("Hol camp" expects every report
    # naming al-Hol); the search ANDs every word, hence qualifier recall 0.239; scored by our rule
    # (the name AND the generic word) the part is 0.980 / 0.971.
    on = _measure(True, "held3")
    assert on["all"][0] == 202
    # 0.797 / 0.976 before held4's round, 0.798 / 0.986 before held5's, 0.805 / 0.986 before held6's:
    # v3-034 names Qamishli and "Rojava University" (an entity since held6's round, so not the region
    # Rojava), which its author's non-narrowing rule expects for "Qamishlo northeast Syria"
    assert on["all"][1] >= 0.804 and on["all"][2] >= 0.986, on["all"]
    assert on["plain"][1] >= 0.993 and on["plain"][2] >= 0.977, on["plain"]
    assert on["joined"][1] >= 0.958 and on["phrase"][1:] == (1.0, 1.0), (on["joined"], on["phrase"])
    assert on["english word"][1] >= 0.893 and on["english word"][2] >= 0.962, on["english word"]
    assert on["abbreviation"][1:] == (1.0, 1.0), on["abbreviation"]  # AANES kept as a name
    ours = _measure(True, "held3", our_rule=True)
    assert ours["all"][1] >= 0.993 and ours["all"][2] >= 0.984, ours["all"]  # 0.981 / 0.981 before held5's round
    # names32: floor lowered, near-synonyms count (round 32): qualifier precision by our rule 0.941 ->
    # 0.907 (measured 0.927)
    assert ours["qualifier"][1] >= 0.941 and ours["qualifier"][2] >= 0.907, ours["qualifier"]


def test_variants_held4_figures():
    # held4/ (123 reports, 222 searches, written blind 2026-12-04 with our qualifier rule: see its
    # ABOUT.md), scored once unseen at commit d0218ed: all 0.949 / 0.974 (0.889 / 0.955 with the code
    # of 2cc4061, before the held3 round). Tuned on since (its misses read: 0.989 / 0.987 after
    # 14740e2 and e178c7a; 0.993 / 0.996 after held5's round). Floors: a change may raise them, not lower them.
    # Lowered once, by the lead's decision (names13): a quoted whole name finds what the name unquoted
    # finds, its acronym too; held4's author did not count "DMC fighters" for "Deir ez-Zor Military
    # Council" quoted (held7, held16, held18 count such reports): all precision 0.996 -> 0.995, long
    # phrase 1.000 / 1.000 -> 1.000 / 0.909. Pinned at those.
    on = _measure(True, "held4")
    assert on["all"][0] == 222
    # names32: floor lowered, near-synonyms count (round 32): all precision 0.995 -> 0.971 (measured 0.991)
    assert on["all"][1] >= 0.993 and on["all"][2] >= 0.971, on["all"]
    assert on["long phrase"][1] >= 1.0 and on["long phrase"][2] >= 0.909, on["long phrase"]
    assert on["joined"][1:] == (1.0, 1.0) and on["qualifier"][1] >= 0.925, (on["joined"], on["qualifier"])
    assert on["english word"][1:] == (1.0, 1.0), on["english word"]  # karma, dour, bulbul, sabkha: words


def test_variants_held5_figures():
    # held5/ (110 reports, 254 searches, 67 entities and 22 distractors, written blind 2026-12-04
    # with our qualifier rule: see its ABOUT.md), scored once unseen at commit b730a23 (names code of
    # 9906f44): all 0.964 / 0.926 (0.943 / 0.920 with the code of 1aa60b5, before the held4 round).
    # Tuned on since (its misses read: 0.984 / 0.937 after the held5 round, 0.987 / 0.940 after
    # held6's; the false hits left are homonyms: bench/README.md). Floors: a change may raise them,
    # not lower them.
    on = _measure(True, "held5")
    assert on["all"][0] == 254
    assert on["all"][1] >= 0.987 and on["all"][2] >= 0.940, on["all"]
    # names13 (a quoted whole name finds what it finds unquoted, by the lead's decision): long phrase
    # 0.933 / 1.000 -> 0.933 / 0.875, for held5's author did not count "DMC fighters" nor "AANES
    # officials" for the quoted full names (held7, held16, held18 count them). Pinned at that.
    assert on["long phrase"][1] >= 0.933 and on["long phrase"][2] >= 0.875, on["long phrase"]
    assert on["english word"][1] >= 0.95 and on["abbreviation"][1] == 1.0, (on["english word"], on["abbreviation"])


def test_variants_held6_figures():
    # held6/ (133 reports, 274 searches, 67 entities and 29 distractors, written blind 2026-12-04
    # afternoon: see its ABOUT.md), scored once unseen at commit b690e18 (after the held5 round): all
    # 0.893 / 0.892; english word 0.636 / 0.500, joined 0.872 / 0.938, plain 0.887 / 0.887, phrase
    # 0.875 / 0.972, qualifier 0.940 / 0.940, abbreviation 0.976 / 0.943. Tuned on in the round after
    # it (misses read, fixed by class: bench/README.md): all 0.953 / 0.913, plain 0.962 / 0.910,
    # joined 0.942 / 0.953, qualifier 0.980 / 0.961, phrase 0.900 / 1.000, abbreviation 1.000 / 0.944;
    # the false hits left are homonyms (other places, people and bodies of the same name, English
    # words). Floors: a change may raise them, not lower them.
    on = _measure(True, "held6")
    assert on["all"][0] == 274
    assert on["all"][1] >= 0.953 and on["all"][2] >= 0.913, on["all"]
    assert on["plain"][1] >= 0.962 and on["joined"][1] >= 0.942 and on["qualifier"][1] >= 0.980, on


def test_variants_held7_figures():
    # held7/ (135 reports, 277 searches, 69 entities and 35 distractors, written blind 2026-12-04
    # evening: see its ABOUT.md), scored once unseen at commit d2b146a (after the held6 round): all
    # 0.841 / 0.896; plain 0.939 / 0.902, phrase 0.886 / 0.907, long phrase 0.600 / 0.677, qualifier
    # 0.928 / 0.955, joined 0.963 / 0.940, english word 0.863 / 0.772, abbreviation 0.482 / 0.920.
    # Tuned on in the round after it (misses read, fixed by class: acronyms with dots and in other
    # languages, articles er/es, French transliteration, a bare ك; bench/README.md): all 0.951 / 0.898,
    # plain 0.974 / 0.900, abbreviation 0.976 / 0.927, english word 0.922 / 0.783. Floors.
    on = _measure(True, "held7")
    assert on["all"][0] == 277
    assert on["all"][1] >= 0.951 and on["all"][2] >= 0.898, on["all"]
    assert on["plain"][1] >= 0.974 and on["abbreviation"][1] >= 0.976 and on["long phrase"][1] >= 0.60, on
    # names13 (a quoted whole name finds its acronyms and other languages' names): all 0.968 -> 0.981
    # recall, long phrase 0.600 / 0.724 -> 0.971 / 0.810. Pinned less 0.02.
    assert on["long phrase"][1] >= 0.951 and on["long phrase"][2] >= 0.79, on["long phrase"]


def test_variants_held8_figures():
    # held8/ (148 reports, 288 searches, 67 entities and 33 distractors, written blind 2026-12-04
    # evening: see its ABOUT.md), scored once unseen at commit c52459b (after the held7 round): all
    # 0.883 / 0.913; plain 0.902 / 0.908, phrase 0.951 / 0.907, long phrase 0.955 / 1.000, qualifier
    # 0.850 / 0.981, joined 0.951 / 0.970, english word 0.940 / 0.783, abbreviation 0.756 / 0.911
    # (the code before the held7 round, 5444335: all 0.774 / 0.914, abbreviation 0.398). Pinned at that
    # less 0.02. Tuned on in the round after it (bare Arabic names, month names, other languages' names,
    # lower-case acronyms, camp spellings; bench/README.md): all 0.932 / 0.913, plain 0.939, abbreviation
    # 0.869, qualifier 0.917. Floors.
    on = _measure(True, "held8")
    assert on["all"][0] == 288
    assert on["all"][1] >= 0.932 and on["all"][2] >= 0.913, on["all"]
    assert on["plain"][1] >= 0.939 and on["abbreviation"][1] >= 0.869 and on["qualifier"][1] >= 0.917, on


def test_variants_held9_figures():
    # held9/ (148 reports, 284 searches, 70 entities and 30 distractors, written blind 2026-12-04
    # evening: see its ABOUT.md), scored once unseen at commit 9cc9d96 (after the held8 round): all
    # 0.920 / 0.907; plain 0.960 / 0.904, phrase 0.957 / 1.000, long phrase 1.000 / 1.000, qualifier
    # 0.970 / 0.970, joined 0.972 / 0.972, english word 0.979 / 0.825, abbreviation 0.724 / 0.831 (the
    # code before the held8 round, b49d66b: all 0.906 / 0.908). Tuned on since (its misses read, the
    # names4 round: acronyms a report defines otherwise, other languages' acronyms, Turkish İ): all
    # 0.989 / 0.930, plain 0.988 / 0.918, abbreviation 1.000 / 0.931, qualifier 0.985 / 0.970. Pinned
    # at that less 0.02.
    on = _measure(True, "held9")
    assert on["all"][0] == 284
    assert on["all"][1] >= 0.969 and on["all"][2] >= 0.910, on["all"]
    assert on["plain"][1] >= 0.968 and on["abbreviation"][1] >= 0.98 and on["qualifier"][1] >= 0.965, on
    assert on["abbreviation"][2] >= 0.911, on["abbreviation"]


def test_variants_held10_figures():
    # held10/ (160 reports, 288 searches, 74 entities and 32 distractors, written blind 2026-12-04
    # evening: see its ABOUT.md), scored once unseen at a7c4ea1 (before the names4 round): all 0.931 /
    # 0.929; at 01cde99 (after it) 0.949 / 0.929. Tuned on since (its misses read, the names5 round: a
    # qualifier of two words asks for both; lower-case dotted acronyms): all 0.958 / 0.930, plain 0.961 /
    # 0.946, qualifier 0.965 / 0.948, abbreviation 0.941 / 0.932, long phrase 1.000 / 0.692. Pinned at
    # that less 0.02. names6 (places put in another country): all 0.958 / 0.939, plain 0.961 / 0.958.
    # names10 (classes of held10-15 read together: another country's place given as a place's other
    # name, a quoted run of generic words, a bare name the gazetteer writes only with its site word):
    # measured all 0.977 / 0.958, plain 0.977 / 0.972, long phrase 1.000 / 0.720, english word 0.943 / 0.904;
    # floors raised to that less 0.02.
    on = _measure(True, "held10")
    assert on["all"][0] == 288
    # names32: floor lowered, near-synonyms count (round 32): qualifier precision 0.928 -> 0.883 (measured 0.903)
    assert on["qualifier"][1] >= 0.945 and on["qualifier"][2] >= 0.883, on["qualifier"]
    assert on["abbreviation"][1] >= 0.921 and on["abbreviation"][2] >= 0.912, on["abbreviation"]
    assert on["all"][1] >= 0.957 and on["all"][2] >= 0.938, on["all"]
    assert on["plain"][1] >= 0.957 and on["plain"][2] >= 0.952, on["plain"]
    assert on["long phrase"][1] >= 0.98 and on["long phrase"][2] >= 0.7, on["long phrase"]
    assert on["english word"][1] >= 0.923 and on["english word"][2] >= 0.884, on["english word"]


def test_variants_held11_figures():
    # held11/ (137 reports, 278 searches, 72 entities and 37 distractors, written blind 2026-12-04
    # evening during the names4/names5 rounds: see its ABOUT.md), scored once unseen at d3cf554 (after
    # both rounds): all 0.956 / 0.920, plain 0.946 / 0.905, abbreviation 0.993 / 0.921, qualifier 1.000 /
    # 0.969, english word 0.811 / 0.833; at a7c4ea1 (before them) all 0.927 / 0.907, abbreviation 0.843 /
    # 0.890. Pinned less 0.02. Tuned on since (names6: a place its report puts in another country is a
    # homonym, indexer/fulltext/placed_elsewhere.py): all 0.956 / 0.933, plain 0.946 / 0.928; floors
    # raised to that less 0.02.
    # names10 (classes of held10-15 read together: another country's place given as a place's other
    # name, a quoted run of generic words, a bare name the gazetteer writes only with its site word):
    # measured all 0.968 / 0.947, plain 0.957 / 0.942, long phrase 1.000 / 1.000;
    # floors raised to that less 0.02. names11 (English words that sound like a name kept as names where
    # capitalised, readings of a name): all 0.970 / 0.948, plain 0.961 / 0.943, english word 0.811 / 0.882.
    on = _measure(True, "held11")
    assert on["all"][0] == 278
    assert on["abbreviation"][1] >= 0.973 and on["abbreviation"][2] >= 0.901, on["abbreviation"]
    # names32: floor lowered, near-synonyms count (round 32): qualifier precision 0.949 -> 0.853 (measured 0.873)
    assert on["qualifier"][1] >= 0.98 and on["qualifier"][2] >= 0.853, on["qualifier"]
    assert on["all"][1] >= 0.95 and on["all"][2] >= 0.928, on["all"]
    assert on["plain"][1] >= 0.941 and on["plain"][2] >= 0.923, on["plain"]
    assert on["english word"][1] >= 0.791 and on["english word"][2] >= 0.862, on["english word"]
    assert on["long phrase"][1] >= 0.98 and on["long phrase"][2] >= 0.98, on["long phrase"]


def test_variants_held12_figures():
    # held12/ (143 reports, 287 searches, 72 entities and 32 distractors, written blind 2026-12-04
    # night during the names6 round: see its ABOUT.md), scored once unseen at 225a248 (after names6):
    # all 0.930 / 0.926, plain 0.918 / 0.926, abbreviation 0.933 / 0.917, qualifier 0.939 / 0.958,
    # english word 0.951 / 0.812; at d3cf554 (before names6) 0.930 / 0.918; at a7c4ea1 (the session's
    # start) 0.894 / 0.909. Tuned on by names7 (read: its misses): all 0.954 / 0.947, plain 0.955 /
    # 0.943, abbreviation 0.944 / 0.955, qualifier 0.939 / 0.958, joined 0.976 / 0.976. Pinned less 0.02.
    # names10 (classes of held10-15 read together: another country's place given as a place's other
    # name, a quoted run of generic words, a bare name the gazetteer writes only with its site word):
    # measured all 0.973 / 0.970, plain 0.967 / 0.967, english word 0.951 / 0.886;
    # floors raised to that less 0.02. names11: all 0.974 / 0.971, english word 0.951 / 0.907.
    on = _measure(True, "held12")
    assert on["all"][0] == 287
    assert on["abbreviation"][1] >= 0.924 and on["abbreviation"][2] >= 0.935, on["abbreviation"]
    # names32: floor lowered, near-synonyms count (round 32): qualifier precision 0.938 -> 0.903 (measured 0.923)
    assert on["qualifier"][1] >= 0.919 and on["qualifier"][2] >= 0.903, on["qualifier"]
    assert on["joined"][1] >= 0.956 and on["joined"][2] >= 0.956, on["joined"]
    assert on["all"][1] >= 0.954 and on["all"][2] >= 0.951, on["all"]
    assert on["plain"][1] >= 0.947 and on["plain"][2] >= 0.947, on["plain"]
    assert on["english word"][1] >= 0.931 and on["english word"][2] >= 0.887, on["english word"]


def test_variants_held13_figures():
    # held13/ (155 reports, 316 searches, 70 entities and 35 distractors, written blind 2026-12-04
    # night during the names7 round: see its ABOUT.md), scored once unseen at d156907 (after names7):
    # all 0.950 / 0.950, plain 0.974 / 0.946, abbreviation 0.963 / 0.967, qualifier 0.908 / 0.929,
    # phrase 0.902 / 0.982, long phrase 0.962 / 0.926, joined 0.948 / 0.977, english word 0.696 /
    # 0.842. At cc2de93 (the session's start, before names7) the same figures, miss for miss: the
    # names7 round carried nothing to this set. Pinned less 0.02. Tuned on by names8 (classes of
    # held10-13 read together: "the coalition" in a report of Syria or Iraq, a joined article):
    # all 0.962 / 0.950, plain 0.980 / 0.947, abbreviation 0.996 / 0.968, joined 0.970 / 0.970; and a
    # qualified entity named after a place, unquoted ("Yarubiyah crossing"): all 0.964 / 0.950,
    # qualifier 0.931 / 0.931; the rest unchanged. Floors raised to that less 0.02.
    # names10 (classes of held10-15 read together: another country's place given as a place's other
    # name, a quoted run of generic words, a bare name the gazetteer writes only with its site word):
    # measured all 0.964 / 0.968, plain 0.980 / 0.971, long phrase 0.962 / 0.962, english word 0.696 / 0.914;
    # floors raised to that less 0.02. names11 ("Hole" read as hol: al-Hol): all 0.971 / 0.967, english
    # word 0.870 / 0.909 (recall floors raised; the precision floors are higher already).
    on = _measure(True, "held13")
    assert on["all"][0] == 316
    assert on["abbreviation"][1] >= 0.976 and on["abbreviation"][2] >= 0.948, on["abbreviation"]
    assert on["qualifier"][1] >= 0.911 and on["qualifier"][2] >= 0.911, on["qualifier"]
    assert on["phrase"][1] >= 0.882 and on["phrase"][2] >= 0.962, on["phrase"]
    assert on["joined"][1] >= 0.95 and on["joined"][2] >= 0.95, on["joined"]
    assert on["all"][1] >= 0.951 and on["all"][2] >= 0.948, on["all"]
    assert on["plain"][1] >= 0.96 and on["plain"][2] >= 0.951, on["plain"]
    assert on["long phrase"][1] >= 0.942 and on["long phrase"][2] >= 0.942, on["long phrase"]
    assert on["english word"][1] >= 0.85 and on["english word"][2] >= 0.894, on["english word"]


def test_variants_held14_figures():
    # held14/ (188 reports, 306 searches, 65 entities and 34 distractors, written blind 2026-12-05
    # night during the names8 round: see its ABOUT.md), scored once unseen at 1d68614 (after names8):
    # all 0.982 / 0.944, plain 0.982 / 0.960, abbreviation 0.988 / 0.905, qualifier 0.990 / 0.950,
    # phrase 0.981 / 1.000, long phrase 1.000 / 0.885, joined 1.000 / 0.981, english word 0.889 /
    # 0.750. At cc2de93 (the session's start) all 0.978 / 0.944. Pinned less 0.02. Tuned on by names9
    # (precision classes of held10-14 read together: a place's name inside a person's, a body's acronym
    # in a report of another country, "the goddess Isis"): all 0.982 / 0.956, plain 0.982 / 0.971,
    # abbreviation 0.988 / 0.934, english word 0.889 / 0.787; the rest unchanged. Floors raised to that
    # less 0.02.
    # names10 (classes of held10-15 read together: another country's place given as a place's other
    # name, a quoted run of generic words, a bare name the gazetteer writes only with its site word):
    # measured all 0.985 / 0.954, plain 0.984 / 0.969, english word 0.926 / 0.806; floors raised to that less
    # 0.02 (precision floors of all and plain kept: higher already).
    on = _measure(True, "held14")
    assert on["all"][0] == 306
    assert on["abbreviation"][1] >= 0.968 and on["abbreviation"][2] >= 0.914, on["abbreviation"]
    assert on["qualifier"][1] >= 0.97 and on["qualifier"][2] >= 0.93, on["qualifier"]
    assert on["phrase"][1] >= 0.961 and on["phrase"][2] >= 0.98, on["phrase"]
    assert on["all"][1] >= 0.965 and on["all"][2] >= 0.936, on["all"]
    assert on["plain"][1] >= 0.964 and on["plain"][2] >= 0.951, on["plain"]
    assert on["english word"][1] >= 0.906 and on["english word"][2] >= 0.786, on["english word"]


def test_variants_held15_figures():
    # held15/ (159 reports, 294 searches, 64 entities and 32 distractors, written blind 2026-12-05
    # night during the names9 round: see its ABOUT.md), scored once unseen at 9b744a7 (after names9):
    # all 0.945 / 0.937, plain 0.952 / 0.950, abbreviation 1.000 / 0.955, qualifier 0.927 / 0.927,
    # phrase 0.935 / 0.977, long phrase 0.938 / 0.789, joined 0.979 / 0.979, english word 0.667 /
    # 0.683. At cc2de93 (the session's start) all 0.940 / 0.926. Pinned less 0.02.
    # names10 (classes of held10-15 read together: another country's place given as a place's other
    # name, a quoted run of generic words, a bare name the gazetteer writes only with its site word):
    # measured all 0.947 / 0.942, plain 0.957 / 0.955, english word 0.667 / 0.718;
    # floors raised to that less 0.02. names11 ("Al-Hole" read as Hole: al-Hol; "Derrick" kept as a name
    # where capitalised): all 0.956 / 0.943, english word 0.833 / 0.778.
    on = _measure(True, "held15")
    assert on["all"][0] == 294
    assert on["abbreviation"][1] >= 0.98 and on["abbreviation"][2] >= 0.935, on["abbreviation"]
    # names32: floor lowered, near-synonyms count (round 32): qualifier precision 0.907 -> 0.864 (measured 0.884)
    assert on["qualifier"][1] >= 0.907 and on["qualifier"][2] >= 0.864, on["qualifier"]

    assert on["all"][1] >= 0.936 and on["all"][2] >= 0.923, on["all"]
    assert on["plain"][1] >= 0.937 and on["plain"][2] >= 0.935, on["plain"]
    assert on["english word"][1] >= 0.813 and on["english word"][2] >= 0.758, on["english word"]


def test_variants_held16_figures():
    # held16/ (152 reports, 296 searches, 70 entities and 36 distractors, written blind 2026-12-05
    # during the names10 round: see its ABOUT.md), scored once unseen at 9057288 (names10, names11's
    # first two commits): all 0.935 / 0.943, plain 0.932 / 0.946, phrase 0.975 / 1.000, long phrase 0.579
    # / 1.000 (quoted full names of organisations find only that wording), qualifier 0.971 / 0.971,
    # joined 0.990 / 0.980, english word 0.906 / 0.787, abbreviation 0.977 / 0.934. At 4e4453c (the
    # session's start) all 0.934 / 0.939. The same at dcee1ae (names11's last). Pinned less 0.02.
    on = _measure(True, "held16")
    assert on["all"][0] == 296
    assert on["all"][1] >= 0.915 and on["all"][2] >= 0.923, on["all"]
    assert on["plain"][1] >= 0.912 and on["plain"][2] >= 0.926, on["plain"]
    # names13 (the lead's decision: a quoted whole name finds what it finds unquoted): long phrase
    # 0.579 / 1.000 -> 1.000 / 0.974, all 0.935 -> 0.951 recall. The precision lost is the unquoted
    # name's own false hit ("SDG 6", the goal: SDG is SDF's Turkish acronym), which every SDF search
    # already had; floor lowered to that less 0.02, the recall floor raised.
    assert on["long phrase"][1] >= 0.98 and on["long phrase"][2] >= 0.954, on["long phrase"]
    assert on["english word"][1] >= 0.886 and on["english word"][2] >= 0.767, on["english word"]
    assert on["abbreviation"][1] >= 0.957 and on["abbreviation"][2] >= 0.914, on["abbreviation"]


def test_variants_held17_figures():
    # held17/ (148 reports, 301 searches, 69 entities and 36 distractors, written blind 2026-12-05
    # during the names11 round), scored once unseen at dcee1ae (names10 and names11): all 0.962 / 0.918,
    # plain 0.965 / 0.940, phrase 0.960 / 0.941, long phrase 1.000 / 0.821, qualifier 1.000 / 0.902,
    # joined 0.947 / 1.000, english word 0.900 / 0.800, abbreviation 0.955 / 0.853. At 4e4453c (the
    # session's start) all 0.958 / 0.916. Pinned less 0.02.
    on = _measure(True, "held17")
    assert on["all"][0] == 301
    assert on["all"][1] >= 0.942 and on["all"][2] >= 0.898, on["all"]
    assert on["plain"][1] >= 0.945 and on["plain"][2] >= 0.92, on["plain"]
    # names32: floor lowered, near-synonyms count (round 32): qualifier precision 0.882 -> 0.84 (measured 0.860)
    assert on["qualifier"][1] >= 0.98 and on["qualifier"][2] >= 0.84, on["qualifier"]
    assert on["english word"][1] >= 0.88 and on["english word"][2] >= 0.78, on["english word"]
    assert on["abbreviation"][1] >= 0.935 and on["abbreviation"][2] >= 0.833, on["abbreviation"]



# names12 (classes of held10-17 read together: a province's countryside no spelling of the province, an
# Arabic name with a Latin generic word searched as the Latin spelling with it, "the Isis at Oxford"):
# the kinds that rose, measured (bench/variants.py --set S, at the names12 commit), pinned less 0.02.
NAMES12 = [
    ("held6", "all", 0.94, 0.936),
    ("held6", "qualifier", 0.96, 0.96),
    ("held7", "qualifier", 0.951, 0.937),  # names32: was 0.951 / 0.965 (near-synonyms)
    ("held9", "qualifier", 0.98, 0.98),
    ("held10", "all", 0.958, 0.939),
    ("held10", "qualifier", 0.962, 0.883),  # names32: was 0.962 / 0.946 (near-synonyms)
    ("held11", "all", 0.95, 0.937),
    ("held11", "abbreviation", 0.973, 0.948),
    ("held11", "qualifier", 0.98, 0.853),  # names32: was 0.98 / 0.964 (near-synonyms)
    ("held12", "all", 0.954, 0.952),
    ("held12", "qualifier", 0.939, 0.903),  # names32: was 0.939 / 0.959 (near-synonyms)
    ("held13", "all", 0.951, 0.958),
    ("held13", "abbreviation", 0.976, 0.976),
    ("held13", "qualifier", 0.911, 0.911),  # names32: was 0.911 / 0.968 (near-synonyms)
    ("held14", "all", 0.965, 0.943),
    ("held14", "abbreviation", 0.968, 0.914),
    ("held14", "qualifier", 0.97, 0.98),
    ("held15", "all", 0.936, 0.935),
    ("held15", "qualifier", 0.907, 0.864),  # names32: was 0.907 / 0.954 (near-synonyms)
    ("held15", "abbreviation", 0.98, 0.964),
    ("held16", "all", 0.915, 0.931),
    ("held16", "qualifier", 0.951, 0.912),  # names32: was 0.951 / 0.98 (near-synonyms)
    ("held16", "abbreviation", 0.957, 0.925),
    ("held17", "all", 0.942, 0.903),
    ("held17", "qualifier", 0.98, 0.84),  # names32: was 0.98 / 0.954 (near-synonyms)
]
# names13 (a body named like another country's, "the Asayish in Erbil": placed_elsewhere._namesakes):
# plain precision held6 0.958 -> 0.963, held7 0.951 -> 0.954, held9 0.957 -> 0.962, held11 0.947 ->
# 0.951, held12 0.967 -> 0.971, held16 0.951 -> 0.957, held18 0.967 -> 0.970. Pinned less 0.02.
NAMES12 += [
    ("held6", "plain", 0.953, 0.943),
    ("held7", "plain", 0.968, 0.934),
    ("held9", "plain", 0.975, 0.942),
    ("held11", "plain", 0.941, 0.931),
    ("held12", "plain", 0.949, 0.951),
    ("held16", "plain", 0.912, 0.937),
    ("held18", "plain", 0.97, 0.95),
]
# names14 (a river's name starting another name, "Euphrates Shield", "Fırat University"; a known name
# found through a sound-alike without its longer names, "Al Mayadeen television"): plain precision
# held8 0.944 -> 0.949, held10 0.972 -> 0.975, held13 0.974 -> 0.979, held14 0.972 -> 0.976, held15
# 0.961 -> 0.971, held16 0.957 -> 0.962, held17 0.940 -> 0.947, held18 0.970 -> 0.982, held19 0.970 ->
# 0.972. Pinned less 0.02.
NAMES12 += [
    ("held8", "plain", 0.941, 0.929),
    ("held10", "plain", 0.959, 0.955),
    ("held13", "plain", 0.962, 0.959),
    ("held14", "plain", 0.965, 0.956),
    ("held15", "plain", 0.939, 0.951),
    ("held16", "plain", 0.912, 0.942),
    ("held17", "plain", 0.945, 0.927),
    ("held18", "plain", 0.97, 0.962),
    ("held19", "plain", 0.943, 0.952),
    # names14's recall: the joined "ash" (held17 joined 0.947 -> 0.982, held19 0.974 -> 1.000) and
    # Djézireh (plain recall held6 0.973 -> 0.978, held10 0.979 -> 0.982, held16 0.932 -> 0.938)
    ("held17", "joined", 0.962, 0.98),
    ("held19", "joined", 0.98, 0.971),
    ("held6", "plain", 0.958, 0.943),
    ("held10", "plain", 0.962, 0.955),
    ("held16", "plain", 0.918, 0.942),
]
# names15 (the article decides "Jazeera"; DAANES no "dans"; "Al Mayadeen aired" no town): held5 joined
# precision 0.985 -> 1.000, held7 plain 0.988 / 0.956 -> 0.992 / 0.962, held10 abbreviation precision
# 0.971 -> 0.985, held14 plain 0.985 / 0.976 -> 0.988 / 0.979, held17 abbreviation precision 0.853 ->
# 0.894, held19 english word 0.898 / 0.917 -> 0.959 / 0.940. Pinned less 0.02.
NAMES12 += [
    ("held5", "joined", 0.98, 0.98),
    ("held7", "plain", 0.972, 0.942),
    ("held10", "abbreviation", 0.975, 0.965),
    ("held14", "plain", 0.968, 0.959),
    ("held17", "abbreviation", 0.935, 0.874),
    ("held19", "english word", 0.939, 0.92),
    # the quoted and qualified forms: held12 plain recall 0.969 -> 0.973 ("al-Jazeera region"), held19
    # phrase recall 0.950 -> 1.000 ("Jazeera region" quoted)
    ("held12", "plain", 0.953, 0.953),
    ("held19", "phrase", 0.98, 0.98),
]



def test_variants_names12_floors():
    parts = {}
    for part, kind, recall, precision in NAMES12:
        on = parts.get(part) or parts.setdefault(part, _measure(True, part))
        assert on[kind][1] >= recall and on[kind][2] >= precision, (part, kind, on[kind])


def test_variants_held18_figures():
    # held18/ (142 reports, 309 searches, 77 entities and 36 distractors, written blind 2026-12-05
    # during the names12 round), scored once unseen at 9730e11 (names10, 11, 12): all 0.981 / 0.970,
    # plain 0.990 / 0.967, long phrase 0.703 / 1.000, qualifier 1.000 / 1.000, joined 0.968 / 1.000,
    # english word 1.000 / 0.891, abbreviation 1.000 / 0.986. At 4e4453c (the session's start) all
    # 0.980 / 0.961. Pinned less 0.02.
    on = _measure(True, "held18")
    assert on["all"][0] == 309
    assert on["all"][1] >= 0.961 and on["all"][2] >= 0.95, on["all"]
    assert on["plain"][1] >= 0.97 and on["plain"][2] >= 0.947, on["plain"]
    # names32: floor lowered, near-synonyms count (round 32): qualifier precision 0.98 -> 0.938 (measured 0.958)
    assert on["qualifier"][1] >= 0.98 and on["qualifier"][2] >= 0.938, on["qualifier"]
    assert on["english word"][1] >= 0.98 and on["english word"][2] >= 0.871, on["english word"]
    assert on["abbreviation"][1] >= 0.98 and on["abbreviation"][2] >= 0.966, on["abbreviation"]
    # names13 (a quoted whole name finds what it finds unquoted): all 0.981 / 0.970 -> 0.991 / 0.969,
    # long phrase 0.703 / 1.000 -> 1.000 / 0.974 (the unquoted name's own false hit: Singapore's MSF
    # for "Doctors Without Borders"). Pinned less 0.02.
    assert on["all"][1] >= 0.971, on["all"]
    assert on["long phrase"][1] >= 0.98 and on["long phrase"][2] >= 0.954, on["long phrase"]


def test_variants_held19_figures():
    # held19/ (152 reports, 278 searches, 65 entities and 33 distractors, written blind 2026-12-05
    # during the names13 round), scored once unseen at c3fa4ce (names10-13): all 0.968 / 0.973, plain
    # 0.963 / 0.970, phrase 0.950 / 1.000, qualifier 1.000 / 1.000, joined 0.974 / 0.991, english word
    # 0.898 / 0.917, abbreviation 0.983 / 0.967. At 4e4453c (the session's start) all 0.965 / 0.958.
    # Pinned less 0.02.
    on = _measure(True, "held19")
    assert on["all"][0] == 278
    assert on["all"][1] >= 0.948 and on["all"][2] >= 0.953, on["all"]
    assert on["plain"][1] >= 0.943 and on["plain"][2] >= 0.95, on["plain"]
    assert on["english word"][1] >= 0.878 and on["english word"][2] >= 0.897, on["english word"]
    assert on["abbreviation"][1] >= 0.963 and on["abbreviation"][2] >= 0.947, on["abbreviation"]



def test_variants_held20_figures():
    # held20/ (145 reports, 296 searches, 71 entities and 34 distractors: villages, oil fields, tribes,
    # acronyms in other languages' orders, homonyms such as Roj camp and Roj Peshmerga; written blind
    # 2026-12-05 during the names14 round), scored once unseen at f188c5b (names10-14): all 0.970 /
    # 0.949, plain 0.963 / 0.958, english word 0.865 / 0.842, abbreviation 0.995 / 0.932, qualifier
    # 1.000 / 0.947, phrase 1.000 / 0.958, joined 0.946 / 0.967. At a549308 (the session's start) the
    # same but for plain precision 0.956 and all 0.948. Pinned less 0.02.
    on = _measure(True, "held20")
    assert on["all"][0] == 296
    assert on["all"][1] >= 0.95 and on["all"][2] >= 0.929, on["all"]
    assert on["plain"][1] >= 0.943 and on["plain"][2] >= 0.938, on["plain"]
    assert on["english word"][1] >= 0.845 and on["english word"][2] >= 0.822, on["english word"]
    assert on["abbreviation"][1] >= 0.975 and on["abbreviation"][2] >= 0.912, on["abbreviation"]
    assert on["qualifier"][1] >= 0.98 and on["qualifier"][2] >= 0.927, on["qualifier"]


def test_variants_held21_figures():
    # held21/ (149 reports, 301 searches, 69 entities and 37 distractors: smaller towns and camps with
    # their Kurdish names, oil fields, tribes, namesakes abroad, people named like places; written blind
    # 2026-12-05 during the names15 round), scored once unseen at aa452ed (names10-15): all 0.981 /
    # 0.957, plain 0.990 / 0.949, phrase 0.966 / 0.919, english word 0.910 / 0.884, abbreviation
    # 0.994 / 0.975, qualifier 0.991 / 1.000; the same at a549308 (the session's start). Pinned less 0.02.
    on = _measure(True, "held21")
    assert on["all"][0] == 301
    assert on["all"][1] >= 0.961 and on["all"][2] >= 0.937, on["all"]
    assert on["plain"][1] >= 0.97 and on["plain"][2] >= 0.929, on["plain"]
    assert on["phrase"][1] >= 0.946 and on["phrase"][2] >= 0.899, on["phrase"]
    assert on["english word"][1] >= 0.89 and on["english word"][2] >= 0.864, on["english word"]
    assert on["abbreviation"][1] >= 0.974 and on["abbreviation"][2] >= 0.955, on["abbreviation"]


def test_variants_held22_figures():
    # held22/ (174 reports, 296 searches, 68 entities and 37 distractors: French, German, Turkish and
    # Kurdish spellings, acronyms of other languages' orders, namesakes abroad, people named like places,
    # an Arabic name with an English qualifier; written blind 2026-12-05 during round 21), scored once
    # unseen at 4dacbb8 (names16): all 0.959 / 0.944 (e1aea74, the session's start: 0.959 / 0.943),
    # plain 0.964 / 0.954, qualifier 0.923 / 0.923 (0.911), phrase 0.955 / 0.857 (0.840), english word
    # 0.854 / 0.953, abbreviation 0.977 / 0.929, joined 0.957 / 0.966. Pinned less 0.02.
    # names23 (read after scoring: guards and spellings by kind) raised them: all 0.979 / 0.965, plain
    # 0.986 / 0.971, phrase 0.955 / 0.875, joined 0.983 / 0.983, english word 0.917 / 0.978, abbreviation
    # 0.992 / 0.966 (qualifier, long phrase unchanged). Pinned less 0.02.
    on = _measure(True, "held22")
    assert on["all"][0] == 296
    assert on["all"][1] >= 0.959 and on["all"][2] >= 0.945, on["all"]
    assert on["plain"][1] >= 0.966 and on["plain"][2] >= 0.951, on["plain"]
    assert on["qualifier"][1] >= 0.903 and on["qualifier"][2] >= 0.903, on["qualifier"]
    assert on["phrase"][1] >= 0.935 and on["phrase"][2] >= 0.855, on["phrase"]
    assert on["joined"][1] >= 0.963 and on["joined"][2] >= 0.963, on["joined"]
    assert on["english word"][1] >= 0.897 and on["english word"][2] >= 0.958, on["english word"]
    assert on["abbreviation"][1] >= 0.972 and on["abbreviation"][2] >= 0.946, on["abbreviation"]
# names16 (guards: a site noun apart from its verbs, "Semalka crossing" no "crossed at Semalka";
# another language's acronym set abroad, "Morocco's PAM party"; an acronym before another name, "DMC
# DeLorean"; "the Derik family"; a sound-alike of two entities keeps the nearer, "Bouseira"; a
# sound-alike that is a site's bare name is the site, "Nawroz"): precision held6 qualifier 0.980 ->
# 1.000, held8 abbreviation 0.921 -> 0.962, held10 qualifier 0.966 -> 0.982, held14 abbreviation
# 0.934 -> 0.950, held15 plain 0.974 -> 0.980, held20 qualifier 0.947 -> 0.986, abbreviation 0.932 ->
# 0.948; recall unchanged everywhere. Pinned less 0.02.
NAMES12 += [
    ("held6", "qualifier", 0.96, 0.98),
    ("held8", "abbreviation", 0.98, 0.942),
    ("held8", "all", 0.952, 0.939),
    ("held10", "qualifier", 0.962, 0.883),  # names32: was 0.962 / 0.962 (near-synonyms)
    ("held14", "abbreviation", 0.968, 0.93),
    ("held15", "plain", 0.939, 0.96),
    ("held20", "qualifier", 0.98, 0.927),  # names32: was 0.98 / 0.966 (near-synonyms)
    ("held20", "abbreviation", 0.975, 0.928),
    ("held20", "all", 0.95, 0.938),
    # the person rules after them (a family name with its article, a surname alone after a role): plain
    # precision held6 0.965 -> 0.971, held17 0.961 -> 0.968, held20 0.964 -> 0.968 (joined 0.967 -> 0.978)
    ("held6", "plain", 0.958, 0.951),
    ("held17", "plain", 0.948, 0.948),
    ("held20", "plain", 0.943, 0.948),
    ("held20", "joined", 0.926, 0.958),
]
# names30 and the lead's decision (round 30): a qualifier typed beside a name is searched in the press's
# other languages too ("al-Hol camp" finds "im Lager al-Hol", "Hol kampı"; aliases.QUALIFIER_LANGUAGES).
# held30, written blind and scored unseen, qualifier 0.299 / 0.919 -> 0.484 / 0.930. The older sets'
# truths count only the English word: their qualifier precision falls where a report names the place
# with its qualifier in German, French or Turkish ("Gefängnis Ghwairan", "la tribu Chammar", "Tişrin
# Barajı", "der Provinz Deir ez-Sor", "im Lager al-Hol"): held10 0.982 -> 0.933, held12 0.979 -> 0.959,
# held14 1.000 -> 0.990, held17 0.974 -> 0.949, held19 1.000 -> 0.961. Their floors lowered to that less
# 0.02; no recall moved.
TRANSLATED_QUALIFIERS = {"held10": 0.913, "held12": 0.939, "held14": 0.97, "held17": 0.929, "held19": 0.941}
NAMES12 = [(part, kind, recall, min(precision, TRANSLATED_QUALIFIERS[part])
            if kind == "qualifier" and part in TRANSLATED_QUALIFIERS else precision)
           for part, kind, recall, precision in NAMES12]


# names23 (held22's misses by kind: placing words compared folded, an address with a direction, "Sudan's
# al-Jazira", a person in an apposition with an indefinite role, "(EI)" defined otherwise, MSD for the
# Syrian Democratic Council): held8 plain precision 0.963 -> 0.968, held12 abbreviation recall 0.989 ->
# 0.994, held13 plain precision 0.984 -> 0.989 and abbreviation recall 0.996 -> 1.000, held16 plain
# 0.938 / 0.962 -> 0.941 / 0.963 and abbreviation recall 0.977 -> 0.989, held17 plain precision 0.968 ->
# 0.972. Pinned less 0.02.
NAMES23 = [
    ("held8", "plain", 0.941, 0.948),
    ("held12", "abbreviation", 0.974, 0.958),
    ("held13", "plain", 0.962, 0.969),
    ("held13", "abbreviation", 0.98, 0.98),
    ("held16", "plain", 0.921, 0.943),
    ("held16", "abbreviation", 0.969, 0.925),
    ("held17", "plain", 0.948, 0.952),
]


def test_variants_names23_floors():
    parts = {}
    for part, kind, recall, precision in NAMES23:
        on = parts.get(part) or parts.setdefault(part, _measure(True, part))
        assert on[kind][1] >= recall and on[kind][2] >= precision, (part, kind, on[kind])


def test_variants_held23_figures():
    # held23/ (178 reports, 294 searches, 59 entities and 32 distractors: "panorama", "tell", "Rojas",
    # names inside others' names (Tabqa Dam, Deir ez-Zor Military Council, Faysh Khabur); written blind
    # 2026-12-05 during round 23), scored once unseen at ff33380 (the session's start): all 0.940 / 0.964,
    # and at f20f68c (names23): all 0.943 / 0.953, plain 0.949 / 0.936 (0.943 / 0.953 at the start),
    # qualifier 0.925 / 0.980, phrase 0.895 / 1.000, english word 0.894 / 1.000, abbreviation 0.957 /
    # 1.000, joined 0.964 / 0.938. Pinned less 0.02.
    # names24 (held23's misses by family: a name ending another's, "Faysh Khabur"; Rojava apart from the
    # compass region; the first short vowel dropped, Bsayra; a plural qualifier, "Hol camps"; a body's
    # name with another spelling of its place, "Menbij Military Council"; gazetteer spellings) raised
    # them: all 0.967 / 0.982, plain 0.982 / 0.978, qualifier 0.935 / 1.000, abbreviation 1.000 / 1.000,
    # joined 0.964 / 0.955 (phrase, english word, long phrase unchanged). Pinned less 0.02.
    on = _measure(True, "held23")
    assert on["all"][0] == 294
    assert on["all"][1] >= 0.947 and on["all"][2] >= 0.962, on["all"]
    assert on["plain"][1] >= 0.962 and on["plain"][2] >= 0.958, on["plain"]
    # names32: floor lowered, near-synonyms count (round 32): qualifier precision 0.98 -> 0.951 (measured 0.971)
    assert on["qualifier"][1] >= 0.915 and on["qualifier"][2] >= 0.951, on["qualifier"]
    assert on["phrase"][1] >= 0.875 and on["phrase"][2] >= 0.98, on["phrase"]
    assert on["english word"][1] >= 0.874 and on["english word"][2] >= 0.98, on["english word"]
    assert on["abbreviation"][1] >= 0.98 and on["abbreviation"][2] >= 0.98, on["abbreviation"]
    assert on["joined"][1] >= 0.944 and on["joined"][2] >= 0.935, on["joined"]


def test_variants_held24_figures():
    # held24/ (169 reports, 282 searches, 70 entities and 31 distractors: "sour", "hole", "tell",
    # names inside others' names; built from 46 hand-written sentence frames filled with spellings;
    # written blind 2026-12-05 during round 24), scored once unseen at 8daa1ad (the session's start):
    # all 0.939 / 0.944; and at 4e10841 (names24): all 0.948 / 0.961, plain 0.942 / 0.948, qualifier
    # 0.941 / 0.990, phrase 0.929 / 0.958, long phrase 0.949 / 1.000, english word 0.892 / 0.967,
    # abbreviation 0.986 / 1.000, joined 0.941 / 0.901. Pinned less 0.02.
    # scripts25 (held24 read: gazetteer data of attested spellings and one entity, camel-case joined
    # articles, French ou in a rare archive spelling): all 0.967 / 0.961, plain 0.965 / 0.949, joined
    # 0.978 / 0.904, abbreviation 1.000 / 1.000, qualifier 0.950 / 0.990, phrase 0.939 / 0.958; floors
    # raised to these less 0.02 where they rose.
    on = _measure(True, "held24")
    assert on["all"][0] == 282
    assert on["all"][1] >= 0.947 and on["all"][2] >= 0.941, on["all"]
    assert on["plain"][1] >= 0.945 and on["plain"][2] >= 0.929, on["plain"]
    # names32: floor lowered, near-synonyms count (round 32): qualifier precision 0.97 -> 0.94 (measured 0.960)
    assert on["qualifier"][1] >= 0.93 and on["qualifier"][2] >= 0.94, on["qualifier"]
    assert on["phrase"][1] >= 0.919 and on["phrase"][2] >= 0.938, on["phrase"]
    assert on["long phrase"][1] >= 0.929 and on["long phrase"][2] >= 0.98, on["long phrase"]
    assert on["english word"][1] >= 0.872 and on["english word"][2] >= 0.947, on["english word"]
    assert on["abbreviation"][1] >= 0.98 and on["abbreviation"][2] >= 0.98, on["abbreviation"]
    assert on["joined"][1] >= 0.958 and on["joined"][2] >= 0.884, on["joined"]


def test_variants_held25_figures():
    # held25/ (168 reports, 299 searches, 66 entities and 34 distractors: "panorama", "hats", "a hole";
    # built from 35 hand-written sentence frames filled with spellings and ~30 reports written one by
    # one; written blind 2026-12-05 at round 25's start), scored once unseen at be5db4f (the session's
    # start): all 0.945 / 0.965; and at 00a7620 (scripts25): all 0.947 / 0.965, plain 0.950 / 0.959,
    # qualifier 0.944 / 0.951, phrase 0.981 / 0.936, long phrase 0.978 / 1.000, english word
    # 0.741 / 0.969, abbreviation 0.969 / 1.000, joined 0.977 / 0.977. Pinned less 0.02.
    # names26 (held25 read: the Anti-Terror Forces (HAT) and the Sutoro as entities, attested names of
    # Hurras al-Din and the Baggara, "oilfield" typed in one word, a name in capitals before its
    # generic word): all 0.966 / 0.968, plain 0.979 / 0.962, phrase 0.981 / 0.954, english word
    # 0.765 / 0.985, abbreviation 1.000 / 1.000; floors raised to these less 0.02 where they rose.
    on = _measure(True, "held25")
    assert on["all"][0] == 299
    assert on["all"][1] >= 0.946 and on["all"][2] >= 0.948, on["all"]
    assert on["plain"][1] >= 0.959 and on["plain"][2] >= 0.942, on["plain"]
    # names32: floor lowered, near-synonyms count (round 32): qualifier precision 0.931 -> 0.847 (measured 0.867)
    assert on["qualifier"][1] >= 0.924 and on["qualifier"][2] >= 0.847, on["qualifier"]
    assert on["phrase"][1] >= 0.961 and on["phrase"][2] >= 0.934, on["phrase"]
    assert on["long phrase"][1] >= 0.958 and on["long phrase"][2] >= 0.98, on["long phrase"]
    assert on["english word"][1] >= 0.745 and on["english word"][2] >= 0.965, on["english word"]
    assert on["abbreviation"][1] >= 0.98 and on["abbreviation"][2] >= 0.98, on["abbreviation"]
    assert on["joined"][1] >= 0.957 and on["joined"][2] >= 0.957, on["joined"]


def test_variants_held26_figures():
    # held26/ (163 reports, 298 searches, 66 entities, 28 distractors; Kurmanji spellings with and
    # without their letters; written blind 2026-12-05 at round 26's start), scored once unseen at 1b4e24d
    # (the session's start): all 0.917 / 0.969; and at 7e2087e (round 26, names26): all 0.923 / 0.972,
    # plain 0.943 / 0.984, qualifier 0.913 / 1.000, phrase 0.857 / 0.839, long phrase 0.938 / 1.000,
    # english word 0.711 / 0.914, abbreviation 0.966 / 1.000, joined 0.933 / 0.990. Pinned less 0.02.
    # names27 (held26 read: Jbour, Sorani qualifiers, a past verb ending a placing): all 0.930 / 0.972,
    # plain 0.949 / 0.984, qualifier 0.929 / 1.000, phrase 0.868 / 0.840, joined 0.942 / 0.990 (the
    # others as before); floors raised where they rose.
    on = _measure(True, "held26")
    assert on["all"][0] == 298
    assert on["all"][1] >= 0.91 and on["all"][2] >= 0.952, on["all"]
    assert on["plain"][1] >= 0.929 and on["plain"][2] >= 0.964, on["plain"]
    assert on["qualifier"][1] >= 0.909 and on["qualifier"][2] >= 0.98, on["qualifier"]
    assert on["phrase"][1] >= 0.848 and on["phrase"][2] >= 0.82, on["phrase"]
    assert on["long phrase"][1] >= 0.918 and on["long phrase"][2] >= 0.98, on["long phrase"]
    assert on["english word"][1] >= 0.691 and on["english word"][2] >= 0.894, on["english word"]
    assert on["abbreviation"][1] >= 0.946 and on["abbreviation"][2] >= 0.98, on["abbreviation"]
    assert on["joined"][1] >= 0.922 and on["joined"][2] >= 0.97, on["joined"]



def test_variants_held27_figures():
    # held27/ (170 reports, 293 searches, 61 entities, 32 distractors; French, German and Turkish
    # press spellings, hyphen and apostrophe forms; written blind 2026-12-06 at round 27's start),
    # scored once unseen at 056cc67 (the session's start) and at ce40eaf (round 27, names27 reading
    # held26 only): identical, all 0.936 / 0.976, plain 0.936 / 0.973, qualifier 0.902 / 1.000, phrase
    # 0.906 / 0.956, long phrase 0.913 / 1.000, english word 0.745 / 1.000, abbreviation 1.000 / 1.000,
    # joined 1.000 / 0.934. Pinned less 0.02. names28 (held27 read: bare names in a Persian text, press
    # spellings, Turkish final p as b): all 0.959 / 0.974, plain 0.973 / 0.969, qualifier 0.924 / 1.000;
    # recall floors raised (less 0.02), precision ones kept ("Tabaka" finds what Tabqa finds).
    on = _measure(True, "held27")
    assert on["all"][0] == 293
    assert on["all"][1] >= 0.939 and on["all"][2] >= 0.954, on["all"]
    assert on["plain"][1] >= 0.953 and on["plain"][2] >= 0.949, on["plain"]
    # names32: floor lowered, near-synonyms count (round 32): qualifier precision 0.98 -> 0.894 (measured 0.914)
    assert on["qualifier"][1] >= 0.904 and on["qualifier"][2] >= 0.894, on["qualifier"]
    assert on["phrase"][1] >= 0.886 and on["phrase"][2] >= 0.936, on["phrase"]
    assert on["long phrase"][1] >= 0.893 and on["long phrase"][2] >= 0.98, on["long phrase"]
    assert on["english word"][1] >= 0.725 and on["english word"][2] >= 0.98, on["english word"]
    assert on["abbreviation"][1] >= 0.98 and on["abbreviation"][2] >= 0.98, on["abbreviation"]
    assert on["joined"][1] >= 0.98 and on["joined"][2] >= 0.914, on["joined"]

def test_variants_held28_figures():
    # held28/ (177 reports, 290 searches, 54 names with 61 senses, 34 distractors; English, French,
    # Turkish, German and Kurmanji press spellings; written blind 2026-12-06 at round 28's start), scored
    # once unseen at 8fa0d98 (the session's start) and at round 28's code (names28 reading held27 only):
    # identical, all 0.702 / 0.955, plain 0.914 / 0.960, joined 0.951 / 0.970, english word 0.964 /
    # 0.885, abbreviation 0.889 / 0.938, qualifier 0.573 / 0.962, phrase 0.038 / 1.000, long phrase
    # 0.012 / 1.000. Its brief (the lead's) asked that a phrase or a question expect every report naming
    # the entity ("water cuts in Hasakeh" expects every Hasakah report, "How many foreign women are still
    # held in Roj camp?" every Roj report) and a qualifier every report of that sense: not what the search
    # does (a quoted phrase is that phrase in any spelling; the words of a question are all required), so
    # those three kinds measure another task; the other four kinds are comparable with earlier sets.
    # Pinned less 0.02.
    # Read in round 29 (names29): all 0.740 / 0.956, plain 0.969 / 0.960, joined 0.975 / 0.971, abbreviation
    # 0.970 / 0.942, qualifier 0.588 / 0.963: pinned less 0.02 from there.
    on = _measure(True, "held28")
    assert on["all"][0] == 290
    assert on["all"][1] >= 0.72 and on["all"][2] >= 0.936, on["all"]
    assert on["plain"][1] >= 0.949 and on["plain"][2] >= 0.94, on["plain"]
    assert on["joined"][1] >= 0.955 and on["joined"][2] >= 0.951, on["joined"]
    assert on["english word"][1] >= 0.944 and on["english word"][2] >= 0.865, on["english word"]
    assert on["abbreviation"][1] >= 0.95 and on["abbreviation"][2] >= 0.922, on["abbreviation"]
    assert on["qualifier"][1] >= 0.568 and on["qualifier"][2] >= 0.943, on["qualifier"]
    # names37 (held35 read: a kind's word only beside a name of the kind, "campo"; a camp's name beside its
    # town's word only is the town; Kurmanji's oblique typed): qualifier precision 0.971 -> 0.990. Pinned less 0.02.
    assert on["qualifier"][2] >= 0.97, on["qualifier"]


def test_variants_held29_figures():
    # held29/ (186 reports, 287 searches, 60 names with 67 senses, 40 distractor reports; English, French,
    # German, Turkish, Dutch, Spanish and Kurdish spellings; written blind 2026-12-06 at round 29's start
    # from a brief asking no phrases or questions), scored once unseen at b7445a7 (the session's start) and
    # at round 29's code (names29 reading held28 only): all 0.873 / 0.924 -> 0.876 / 0.924, plain 0.975 /
    # 0.934 -> 0.978 / 0.934, abbreviation 0.840 / 0.890 -> 0.864 / 0.893, joined 0.949 / 0.929, english word
    # 0.833 / 0.817 and qualifier 0.539 / 0.976 the same. Its qualifiers count a qualifier written in another
    # language ("Lager", "kampı") as the same sense, which the search does not translate. Pinned less 0.02.
    on = _measure(True, "held29")
    assert on["all"][0] == 287
    assert on["all"][1] >= 0.856 and on["all"][2] >= 0.904, on["all"]
    assert on["plain"][1] >= 0.958 and on["plain"][2] >= 0.914, on["plain"]
    assert on["joined"][1] >= 0.929 and on["joined"][2] >= 0.909, on["joined"]
    assert on["english_word"][1] >= 0.813 and on["english_word"][2] >= 0.797, on["english_word"]
    assert on["abbreviation"][1] >= 0.844 and on["abbreviation"][2] >= 0.873, on["abbreviation"]
    assert on["qualifier"][1] >= 0.519 and on["qualifier"][2] >= 0.956, on["qualifier"]


def test_variants_held30_figures():
    # held30/ (196 reports, 283 searches, 55 names; a third of the reports in French, German, Turkish,
    # Kurmanji, Dutch or Spanish, 12 in Arabic script; written blind 2026-12-06 at round 30's start),
    # scored once unseen at ff28b00 (the session's start) and at round 30's code (names30 reading held29
    # only; the qualifier searched in the press's other languages): all 0.875 / 0.809 -> 0.900 / 0.813,
    # qualifier 0.296 / 0.918 -> 0.484 / 0.930, plain 0.963 / 0.982, joined 0.936 / 0.979, english word
    # 0.929 / 0.859, abbreviation 0.995 / 0.995 and inflected recall 0.929 the same. Its "inflected"
    # searches expect only the reports writing the name with an ending (the lead's brief): a name's search
    # rightly finds the others too, so their precision (0.194) measures the brief, not the search, and is
    # not pinned. Pinned less 0.02.
    on = _measure(True, "held30")
    assert on["all"][0] == 283
    assert on["all"][1] >= 0.88, on["all"]
    assert on["plain"][1] >= 0.943 and on["plain"][2] >= 0.962, on["plain"]
    assert on["joined"][1] >= 0.916 and on["joined"][2] >= 0.959, on["joined"]
    assert on["english_word"][1] >= 0.909 and on["english_word"][2] >= 0.839, on["english_word"]
    assert on["abbreviation"][1] >= 0.975 and on["abbreviation"][2] >= 0.975, on["abbreviation"]
    assert on["qualifier"][1] >= 0.464 and on["qualifier"][2] >= 0.91, on["qualifier"]
    assert on["inflected"][1] >= 0.909, on["inflected"]
    # names37 (held35 read: a kind's word only beside a name of the kind, "campo"; a camp's name beside its
    # town's word only is the town; Kurmanji's oblique typed): all 0.941 / 0.819 -> 0.945 / 0.821, plain recall 0.989 -> 0.994, qualifier 0.622 / 0.945 -> 0.638 / 0.975. Pinned less 0.02.
    assert on["all"][1] >= 0.925 and on["plain"][1] >= 0.974, (on["all"], on["plain"])
    assert on["qualifier"][1] >= 0.618 and on["qualifier"][2] >= 0.955, on["qualifier"]


def test_variants_held31_figures():
    # held31/ (208 reports, 275 searches, 58 names, most beyond the best known: Deir ez-Zor's villages,
    # Hasakah's smaller camps, crossings, oil fields, tribes, factions, Iraqi places across the border; 91
    # reports in Turkish, Kurmanji, Spanish, French, German, Dutch, Arabic or Sorani; 33 quoted phrases;
    # written blind 2026-12-06 at round 31's start), scored once unseen at 36ecb52 (the session's start)
    # and at round 31's code (names31 reading held30 only): all 0.887 / 0.833 -> 0.903 / 0.833, plain
    # 0.948 / 0.952 -> 0.955 / 0.952, joined 0.957 -> 0.969 / 0.975, qualifier 0.588 / 0.966 -> 0.639 /
    # 0.969, inflected recall 0.892 -> 0.938, english word 0.955 / 0.877, abbreviation 0.913 / 0.951 the
    # same, phrase 0.979 / 0.470 -> 0.979 / 0.456 (a quoted name with its qualifier finds reports where
    # another wording stands around the name: the set expects the same words). Its "inflected" searches
    # expect only the reports writing the name with an ending (the lead's brief, as held30's): their
    # precision (0.347) measures the brief and is not pinned. Pinned less 0.02.
    on = _measure(True, "held31")
    assert on["all"][0] == 275
    assert on["all"][1] >= 0.883 and on["all"][2] >= 0.813, on["all"]
    assert on["plain"][1] >= 0.935 and on["plain"][2] >= 0.932, on["plain"]
    assert on["joined"][1] >= 0.949 and on["joined"][2] >= 0.955, on["joined"]
    assert on["english_word"][1] >= 0.935 and on["english_word"][2] >= 0.857, on["english_word"]
    assert on["abbreviation"][1] >= 0.893 and on["abbreviation"][2] >= 0.931, on["abbreviation"]
    assert on["qualifier"][1] >= 0.619 and on["qualifier"][2] >= 0.949, on["qualifier"]
    assert on["inflected"][1] >= 0.918, on["inflected"]
    assert on["phrase"][1] >= 0.959 and on["phrase"][2] >= 0.436, on["phrase"]
    # names32 (held31 read): its phrases searched quoted, as its ABOUT.md says (bench/variants.py
    # searched(): stored without the marks, they were searched as its qualifier searches), a quoted phrase
    # keeping its words (name_phrases.same_words), a qualifier's near-synonyms, Kurmanji's construct and
    # oblique ("kampa Holê": kurmanji_constructs): all 0.903 / 0.869 -> 0.930 / 0.873, plain 0.955 ->
    # 0.963, joined 0.969 -> 0.981, english word 0.955 -> 0.985, qualifier 0.639 / 0.969 -> 0.753 /
    # 0.973, inflected recall 0.938 -> 0.969, phrase 0.979 / 0.979 -> 1.000 / 1.000. Pinned less 0.02.
    assert on["all"][1] >= 0.91 and on["all"][2] >= 0.853, on["all"]
    assert on["plain"][1] >= 0.943 and on["joined"][1] >= 0.961 and on["english_word"][1] >= 0.965, on
    assert on["qualifier"][1] >= 0.733 and on["qualifier"][2] >= 0.953, on["qualifier"]
    assert on["inflected"][1] >= 0.949, on["inflected"]
    assert on["phrase"][1] >= 0.98 and on["phrase"][2] >= 0.98, on["phrase"]
    # names37 (held35 read: a kind's word only beside a name of the kind, "campo"; a camp's name beside its
    # town's word only is the town; Kurmanji's oblique typed): all recall 0.946 -> 0.952, qualifier 0.758 / 0.974 -> 0.794 / 0.975. Pinned less 0.02.
    assert on["all"][1] >= 0.932 and on["qualifier"][1] >= 0.774 and on["qualifier"][2] >= 0.955, on

def test_variants_held32_figures():
    # held32/ (210 reports, 290 searches, 59 names with their senses, 37 quoted phrases, 12 reports naming
    # nothing; 85 reports in Turkish, Kurmanji, German, French, Dutch, Spanish; written blind 2026-12-06 at
    # round 32's start), scored unseen at 26aa7a2 and at round 32's code (names32 reading held31 only), with
    # round 32's bench (a phrase stored bare is quoted): all 0.898 / 0.969 -> 0.908 / 0.977, qualifier 0.628
    # / 0.968 -> 0.675 / 0.970, phrase 0.973 / 0.710 -> 0.973 / 0.887, plain 0.945 -> 0.949 / 0.984, joined
    # 0.951 -> 0.962 / 0.982, english word 0.950 / 0.896 -> 0.960 / 0.897, abbreviation 0.933 / 0.981 and
    # inflected 0.938 / 0.995 the same. Pinned less 0.02; read from round 33 on.
    # names33 (read, tuned on): all 0.928 / 0.977, plain 0.969 / 0.984, joined 0.986 / 0.983, english word
    # 0.970 / 0.898, abbreviation 0.965 / 0.982, qualifier 0.702 / 0.971, inflected 0.942, phrase 0.986 /
    # 0.889 (the organisations' names in Dutch, Turkish..., a foreign kind word after a name, "oil field"
    # with its compounds, a verb after "for the al-Hol camp"). Pinned less 0.02.
    on = _measure(True, "held32")
    assert on["all"][0] == 290
    assert on["all"][1] >= 0.908 and on["all"][2] >= 0.957, on["all"]
    assert on["plain"][1] >= 0.949 and on["plain"][2] >= 0.964, on["plain"]
    assert on["joined"][1] >= 0.966 and on["joined"][2] >= 0.963, on["joined"]
    assert on["english_word"][1] >= 0.95 and on["english_word"][2] >= 0.878, on["english_word"]
    assert on["abbreviation"][1] >= 0.945 and on["abbreviation"][2] >= 0.962, on["abbreviation"]
    assert on["qualifier"][1] >= 0.682 and on["qualifier"][2] >= 0.951, on["qualifier"]
    assert on["inflected"][1] >= 0.922, on["inflected"]
    assert on["phrase"][1] >= 0.966 and on["phrase"][2] >= 0.869, on["phrase"]
    # names37 (held35 read: a kind's word only beside a name of the kind, "campo"; a camp's name beside its
    # town's word only is the town; Kurmanji's oblique typed): all 0.928 / 0.977 -> 0.939 / 0.979, qualifier 0.702 / 0.971 -> 0.723 / 0.993, inflected 0.942 / 0.995 -> 0.988 / 0.993. Pinned less 0.02.
    assert on["all"][1] >= 0.919 and on["inflected"][1] >= 0.968, (on["all"], on["inflected"])
    assert on["qualifier"][1] >= 0.703 and on["qualifier"][2] >= 0.973, on["qualifier"]



def test_variants_held33_figures():
    # held33/ (240 reports, 289 searches, 69 names with their senses incl. the Iraqi side of the border,
    # 35 quoted phrases, 33 decoys; 82 reports in Turkish, French, Kurmanji, German, Dutch, Spanish; written
    # blind 2026-12-06 at round 33's start), scored unseen at 1e26e80 and at round 33's code (names33
    # reading held32 only): all 0.897 / 0.967 -> 0.902 / 0.967, plain 0.937 -> 0.941 / 0.968, abbreviation
    # 0.956 -> 0.978 / 1.000, inflected 0.928 -> 0.932 / 0.995; joined 0.916 / 0.969, english word 0.900 /
    # 0.863, qualifier 0.618 / 0.951, phrase 0.969 / 0.912 the same. Pinned less 0.02; read from round 34 on.
    on = _measure(True, "held33")
    assert on["all"][0] == 289
    assert on["all"][1] >= 0.882 and on["all"][2] >= 0.947, on["all"]
    assert on["plain"][1] >= 0.921 and on["plain"][2] >= 0.948, on["plain"]
    assert on["joined"][1] >= 0.896 and on["joined"][2] >= 0.949, on["joined"]
    assert on["english_word"][1] >= 0.88 and on["english_word"][2] >= 0.843, on["english_word"]
    assert on["abbreviation"][1] >= 0.958 and on["abbreviation"][2] >= 0.98, on["abbreviation"]
    assert on["qualifier"][1] >= 0.598 and on["qualifier"][2] >= 0.931, on["qualifier"]
    assert on["inflected"][1] >= 0.912, on["inflected"]
    assert on["phrase"][1] >= 0.949 and on["phrase"][2] >= 0.892, on["phrase"]
    # names37 (held35 read: a kind's word only beside a name of the kind, "campo"; a camp's name beside its
    # town's word only is the town; Kurmanji's oblique typed): all 0.902 / 0.967 -> 0.913 / 0.969, plain 0.942 / 0.968 -> 0.960 / 0.967, qualifier precision 0.951 -> 0.978, inflected 0.932 / 0.995 -> 0.953 / 0.991. Pinned less 0.02.
    assert on["all"][1] >= 0.893 and on["plain"][1] >= 0.94 and on["inflected"][1] >= 0.933, on
    assert on["qualifier"][2] >= 0.958, on["qualifier"]


def test_variants_held34_figures():
    # held34/ (216 reports, 298 searches, 65 names with their senses: the Euphrates valley to Abu Kamal, the
    # Turkish-held belt, the armed and civil bodies of every side, the camps' humanitarian bodies; 70
    # qualifier and 65 phrase searches; 92 reports in French, German, Turkish, Kurmanji, Dutch, Spanish;
    # written blind 2026-12-06 at round 34's start), scored unseen at fda3374 and at round 34's code
    # (names34 reading held33 only), the same both times: all 0.877 / 0.926, plain 0.993 / 0.961, joined
    # 1.000 / 0.987, english word 0.979 / 0.852, abbreviation 0.975 / 0.963, qualifier 0.609 / 0.852,
    # inflected 0.948 / 0.995, phrase 1.000 / 0.816. Pinned less 0.02; read from round 35 on. names35 (a
    # council named after a place in the press's words): abbreviation recall 0.979, the rest the same; the
    # floors of all, plain, abbreviation and inflected recall raised (still under the figures).
    on = _measure(True, "held34")
    assert on["all"][0] == 298
    assert on["all"][1] >= 0.859 and on["all"][2] >= 0.906, on["all"]
    assert on["plain"][1] >= 0.975 and on["plain"][2] >= 0.941, on["plain"]
    assert on["joined"][1] >= 0.98 and on["joined"][2] >= 0.967, on["joined"]
    assert on["english_word"][1] >= 0.959 and on["english_word"][2] >= 0.832, on["english_word"]
    assert on["abbreviation"][1] >= 0.959 and on["abbreviation"][2] >= 0.943, on["abbreviation"]
    assert on["qualifier"][1] >= 0.589 and on["qualifier"][2] >= 0.832, on["qualifier"]
    assert on["inflected"][1] >= 0.937, on["inflected"]
    assert on["phrase"][1] >= 0.98 and on["phrase"][2] >= 0.796, on["phrase"]
    # names37 (held35 read: a kind's word only beside a name of the kind, "campo"; a camp's name beside its
    # town's word only is the town; Kurmanji's oblique typed): all 0.877 / 0.926 -> 0.894 / 0.933, qualifier 0.609 / 0.852 -> 0.646 / 0.889, inflected 0.948 / 0.995 -> 0.991 / 0.991. Pinned less 0.02.
    assert on["all"][1] >= 0.874 and on["all"][2] >= 0.913 and on["inflected"][1] >= 0.971, on
    assert on["qualifier"][1] >= 0.626 and on["qualifier"][2] >= 0.869, on["qualifier"]
    # names38 (held37 read: Swedish qualifier words, a plural or Turkish plural typed, Turkish case forms, a camp's
    # kind before "camp", a name-qualifier compound with a hyphen, countryside in the press's languages): all 0.894 / 0.933 -> 0.908 / 0.935, qualifier 0.646 / 0.889 -> 0.698 / 0.894, phrase precision 0.816 -> 0.832.
    # Pinned less 0.02.
    assert on["all"][1] >= 0.888 and on["all"][2] >= 0.915 and on["phrase"][2] >= 0.812, on
    assert on["qualifier"][1] >= 0.678 and on["qualifier"][2] >= 0.874, on["qualifier"]


def test_variants_held35_figures():
    # held35/ (257 reports, 454 searches, 77 names with their senses, 12 of them new: al-Qaim, Sinjar, the Rabia
    # crossing, Jeddah-1, Mahmudli and Newroz camps, al-Jafra and al-Tanak fields, al-Baath Dam, the Jabbour,
    # WFP, OCHA; 82 qualifier and 121 phrase searches; 112 reports in French, German, Turkish, Kurmanji, Dutch,
    # Spanish, Italian, Swedish; written blind 2026-12-07 at round 35's start), scored unseen at 518f246 and at
    # round 35's code (names35 reading held34): all 0.832 / 0.909 -> 0.833 / 0.909, plain 0.940 -> 0.941 /
    # 0.930, joined 0.958 / 0.963, english word 0.959 / 0.818, abbreviation 0.893 / 0.880 -> 0.898 / 0.881,
    # qualifier 0.532 / 0.879, inflected 0.826 / 0.983, phrase 0.967 / 0.844 (recall / precision). Pinned
    # less 0.02; read from round 36 on.
    on = _measure(True, "held35")
    assert on["all"][0] == 454
    assert on["all"][1] >= 0.813 and on["all"][2] >= 0.889, on["all"]
    assert on["plain"][1] >= 0.921 and on["plain"][2] >= 0.91, on["plain"]
    assert on["joined"][1] >= 0.938 and on["joined"][2] >= 0.943, on["joined"]
    assert on["english_word"][1] >= 0.939 and on["english_word"][2] >= 0.798, on["english_word"]
    assert on["abbreviation"][1] >= 0.878 and on["abbreviation"][2] >= 0.861, on["abbreviation"]
    assert on["qualifier"][1] >= 0.512 and on["qualifier"][2] >= 0.859, on["qualifier"]
    assert on["inflected"][1] >= 0.806 and on["inflected"][2] >= 0.963, on["inflected"]
    assert on["phrase"][1] >= 0.947 and on["phrase"][2] >= 0.824, on["phrase"]
    # names37 (held35 read: a kind's word only beside a name of the kind, "campo"; a camp's name beside its
    # town's word only is the town; Kurmanji's oblique typed): all 0.833 / 0.909 -> 0.857 / 0.912, qualifier 0.532 / 0.879 -> 0.576 / 0.898, inflected 0.826 / 0.983 -> 0.927 / 0.974 (the oblique finds the name's namesakes, as the name does). Pinned less 0.02.
    assert on["all"][1] >= 0.837 and on["all"][2] >= 0.892 and on["inflected"][1] >= 0.907, on
    assert on["qualifier"][1] >= 0.556 and on["qualifier"][2] >= 0.878, on["qualifier"]
    # names38 (held37 read: Swedish qualifier words, a plural or Turkish plural typed, Turkish case forms, a camp's
    # kind before "camp", a name-qualifier compound with a hyphen, countryside in the press's languages): all 0.857 / 0.912 -> 0.883 / 0.917, qualifier 0.576 / 0.898 -> 0.686 / 0.911, inflected recall 0.927 -> 0.934, phrase precision 0.844 -> 0.880.
    # Pinned less 0.02.
    assert on["all"][1] >= 0.863 and on["all"][2] >= 0.897 and on["inflected"][1] >= 0.914 and on["phrase"][2] >= 0.86, on
    assert on["qualifier"][1] >= 0.666 and on["qualifier"][2] >= 0.891, on["qualifier"]


def test_variants_held37_figures():
    # held37/ (249 reports, 476 searches, 78 names with their senses, 13 of them new: al-Qaim, Sinjar, Rabia,
    # the Jeddah-1, Mahmudli and Newroz camps, the al-Tanak and al-Jafra fields, the Baath Dam, Fishkhabur,
    # the Tayy and al-Jabour, WFP; 108 qualifier and 104 phrase searches; 117 reports in Turkish, German,
    # French, Spanish, Dutch, Kurmanji, Italian, Swedish; written blind 2026-12-07 at round 37's start),
    # scored unseen at ddecb9b and at round 37's end (0c531c1, names37 reading held35): all 0.807 / 0.877 ->
    # 0.827 / 0.882, plain 0.951 / 0.904, joined 0.995 / 0.929, english word 0.948 / 0.833, abbreviation
    # 0.895 / 0.909, qualifier 0.478 / 0.803 -> 0.513 / 0.835, inflected 0.827 / 0.986 -> 0.905 / 0.972,
    # phrase 1.000 / 0.699 (recall / precision). Pinned less 0.02; read from round 38 on.
    on = _measure(True, "held37")
    assert on["all"][0] == 476
    assert on["all"][1] >= 0.807 and on["all"][2] >= 0.862, on["all"]
    assert on["plain"][1] >= 0.931 and on["plain"][2] >= 0.884, on["plain"]
    assert on["joined"][1] >= 0.975 and on["joined"][2] >= 0.909, on["joined"]
    assert on["english_word"][1] >= 0.928 and on["english_word"][2] >= 0.813, on["english_word"]
    assert on["abbreviation"][1] >= 0.875 and on["abbreviation"][2] >= 0.889, on["abbreviation"]
    assert on["qualifier"][1] >= 0.493 and on["qualifier"][2] >= 0.815, on["qualifier"]
    assert on["inflected"][1] >= 0.885 and on["inflected"][2] >= 0.952, on["inflected"]
    assert on["phrase"][1] >= 0.98 and on["phrase"][2] >= 0.679, on["phrase"]
    # names38 (held37 read: Swedish qualifier words, a plural or Turkish plural typed, Turkish case forms, a camp's
    # kind before "camp", a name-qualifier compound with a hyphen, countryside in the press's languages): all 0.827 / 0.882 -> 0.865 / 0.887, qualifier 0.513 / 0.835 -> 0.639 / 0.848, inflected 0.905 / 0.972 -> 0.934 / 0.973, phrase precision 0.699 -> 0.737.
    # Pinned less 0.02.
    assert on["all"][1] >= 0.845 and on["all"][2] >= 0.867 and on["phrase"][2] >= 0.717, on
    assert on["qualifier"][1] >= 0.619 and on["qualifier"][2] >= 0.828, on["qualifier"]
    assert on["inflected"][1] >= 0.914 and on["inflected"][2] >= 0.953, on["inflected"]


def test_variants_held38_figures():
    # held38/ (266 reports, 389 searches, 78 names with their senses, 13 of them new: Markada, the Abu Khashab
    # camp, the Alaya prison, Akçakale, Nusaybin, the Jibsa and Suwaydiyah fields, the Afadila tribe, WHO, Tal
    # Afar, al-Susah, the Jazira region, OCHA; 76 qualifier and 89 phrase searches; 119 reports in Turkish,
    # German, French, Kurmanji, Spanish, Dutch, Italian, Swedish; written blind 2026-12-07 at round 38's
    # start), scored unseen at 387448b and at round 38's end (0c5d59a; names38 reading held37, the agencies'
    # names in the press's languages): all 0.851 / 0.903 -> 0.878 / 0.906, plain 0.959 / 0.919 -> 0.964 /
    # 0.920, joined 0.979 / 0.932, english word 0.956 / 0.817, abbreviation 0.926 / 0.897 -> 0.947 / 0.899,
    # inflected 0.870 / 0.984 -> 0.880 / 0.985, qualifier 0.542 / 0.887 -> 0.633 / 0.901, phrase 0.982 /
    # 0.780 -> 0.991 / 0.793 (recall / precision). Pinned less 0.02; read from round 39 on.
    on = _measure(True, "held38")
    assert on["all"][0] == 389
    assert on["all"][1] >= 0.858 and on["all"][2] >= 0.886, on["all"]
    assert on["plain"][1] >= 0.944 and on["plain"][2] >= 0.900, on["plain"]
    assert on["joined"][1] >= 0.959 and on["joined"][2] >= 0.912, on["joined"]
    assert on["english_word"][1] >= 0.936 and on["english_word"][2] >= 0.797, on["english_word"]
    assert on["abbreviation"][1] >= 0.927 and on["abbreviation"][2] >= 0.879, on["abbreviation"]
    assert on["qualifier"][1] >= 0.613 and on["qualifier"][2] >= 0.881, on["qualifier"]
    assert on["inflected"][1] >= 0.860 and on["inflected"][2] >= 0.965, on["inflected"]
    assert on["phrase"][1] >= 0.971 and on["phrase"][2] >= 0.773, on["phrase"]


def test_variants_held39_figures():
    # held39/ (256 reports, 403 searches, 88 names with their senses, 19 of them new: Tal Hamis, al-Gharanij,
    # Sarrin, Suluk, al-Qahtaniyah, al-Darbasiyah, Tal Rifaat, the Black Stadium prison, the Twaihina camp, Tal
    # Samin, the al-Walid crossing, Ceylanpınar, the al-Kharrata and al-Ward fields, the Milli tribe, the SDC,
    # the PYD, IOM, Husaybah; 122 qualifier searches with qualifier words in all nine languages and new forms,
    # 97 phrase searches; written blind 2026-12-07 at round 39's start), scored unseen at 75270638 and at
    # round 39's end (866ee93f: names39 reading held38): all 0.811 / 0.871 -> 0.814 / 0.871, plain 0.962 /
    # 0.933 -> 0.966 / 0.934, joined 0.974 / 0.844, english word 0.947 / 0.781, abbreviation 0.984 / 0.927,
    # inflected 0.974 / 0.982 -> 0.982 / 0.982, qualifier 0.602 / 0.899 -> 0.604 / 0.899, phrase 0.975 / 0.546
    # -> 0.975 / 0.544 (recall / precision). Pinned less 0.02; read from round 40 on.
    on = _measure(True, "held39")
    assert on["all"][0] == 403
    assert on["all"][1] >= 0.794 and on["all"][2] >= 0.851, on["all"]
    assert on["plain"][1] >= 0.946 and on["plain"][2] >= 0.914, on["plain"]
    assert on["joined"][1] >= 0.954 and on["joined"][2] >= 0.824, on["joined"]
    assert on["english_word"][1] >= 0.927 and on["english_word"][2] >= 0.761, on["english_word"]
    assert on["abbreviation"][1] >= 0.964 and on["abbreviation"][2] >= 0.907, on["abbreviation"]
    assert on["qualifier"][1] >= 0.584 and on["qualifier"][2] >= 0.879, on["qualifier"]
    assert on["inflected"][1] >= 0.962 and on["inflected"][2] >= 0.962, on["inflected"]
    assert on["phrase"][1] >= 0.955 and on["phrase"][2] >= 0.524, on["phrase"]
