"""Import quality, pinned: bench/import_quality.py's figures on the dev set and the page texts.

The scoring is the bench's own (loaded from the file). FLOORS and CEILINGS below are the figures
measured at the end of the session that wrote this test, a little below (above, for the
lower-is-better shares); the lead sets the final ones. Raise them when the import gets better.
The dev set (bench/quality/) is part of the repository; the page texts need
../shared/corpora/html-news-pages/ and skip without it.
"""

import json

import pytest
from bench_modules import load

# Measured 2026-12-04 09:45 UTC (issue #13 rounds 6 and 7, commit 10c52bf: fresh4's and then
# fresh5's misses read and fixed by method), less 0.02, as printed by
# `.venv/bin/python bench/import_quality.py --floors 0.02`; where an earlier floor was higher it is
# kept (held author recall 0.95; tune rejects recall 0.98).
# Figure -> the least it may be (bench/import_quality.py's `figures` and `page_figures` keys);
# CEILINGS: lower-is-better shares -> the most they may be. Of the halves only `held` is still
# unseen (its totals scored, never its files or misses). tune, fresh, fresh2, fresh3 (unseen at
# 6fb639f), fresh4 (unseen at c638f8a: title 0.922, outlet 0.875/0.754, tags 0.413/0.380, body end
# 0.859) and fresh5 (unseen at d1de030: outlet 0.634/0.441, tags 0.829/0.592, body end 0.810) are
# tuned on now (fresh5's floors raised after round 8, commit 9906f44); fresh6 was scored once unseen
# at 9906f44 (outlet 0.706/0.600, author 0.842/0.653, date recall 0.867) and pinned at that, less
# 0.02; like the others it is tuned on from the next round, so their floors pin that work, not how
# the import does on material it has not seen (bench/README.md gives each half's unseen figures).
# fresh7 (60 articles + 4 rejects, 48 outlets none of the other halves has; written blind) was scored
# once unseen at 1f08bed, round 9's code (title 0.933, outlet 0.776/0.633, author 0.872/0.791, tags
# 0.960/0.436, body end 0.867, rejects 2/4) and pinned at that less 0.02.
# Round 9 (2026-12-04 afternoon, tuned on fresh6): fresh6 floors raised to its figures less 0.02;
# fresh3 and fresh4 outlet precision lowered (0.98 -> 0.94, 0.86 -> 0.80): an outlet whose page
# writes only an Arabic masthead is now stored under that Arabic name (fresh5's and fresh6's
# convention), while fresh3's and fresh4's truths expect Latin names their pages never write.
# Round 10 (2026-12-04 evening, tuned on fresh7): every floor raised to its figure less 0.02 where
# that is higher (ceilings lowered likewise); fresh3 outlet precision lowered again (0.94 -> 0.91):
# one module now reads every masthead line, Arabic included, so Al Mada's pages are stored under
# "المدى" (the same convention; decision asked of the product owner). fresh8 (60 articles + 4
# rejects, 42 outlets none of the other halves has; written blind) was scored once unseen at
# d2b146a, round 10's code (title 0.881/0.867, outlet 0.730/0.450, date 0.964/0.914, author
# 0.861/0.738, body end 0.900, rejects 3/4, boilerplate 5/46) and pinned at that less 0.02.
# Round 11 (2026-12-04 evening, tuned on fresh8): floors raised again where higher. fresh9 (60
# articles + 4 rejects, 45 outlets none of the other halves has; written blind) was scored once
# unseen at c52459b, round 11's code (outlet 0.850/0.567, date 0.980/0.891, author 0.714/0.781,
# body start 0.917, body end 0.800, rejects 3/4, boilerplate 10/47, one date swapped though the
# page states the day in words) and pinned at that less 0.02.
# Round 12 (2026-12-04 evening, tuned on fresh9): floors raised again where higher. fresh10 (60
# articles + 4 rejects, 45 outlets none of the other halves has; written blind) was scored once
# unseen at 9cc9d96, round 12's code (outlet 0.762/0.542, tags 0.969/0.674, author 0.953/0.953,
# body end 0.950, boilerplate 3/45) and pinned at that less 0.02.
# Round 13 (2026-12-04 night): ~2,170 world outlets added as data (archive/data/outlets_world_*.txt),
# whose canonical names are not always the names the halves' truths write (an Arabic-language outlet
# under its Latin name, Yle for Yle News, Bianet for bianet English): strictly the outlet floors of
# fresh5 (0.94/0.91 -> 0.87/0.84), fresh6 (0.90 -> 0.87), fresh7 (0.92/0.89 -> 0.87/0.86) and fresh9
# (0.93 -> 0.90) are lowered to the measure less 0.02, although compared as the data names outlets
# (--outlets-by-data) every one of them holds or rises (fresh5 1.000/0.966 -> 1.000/0.949 by data, the
# only fall: one article); fresh9 author precision 0.98 -> 0.94: the outlet's Arabic name المملكة now
# stored as the author, since the outlet is stored under its Latin name. fresh11 and fresh12 (60
# articles + 4 rejects each, written blind this round) were scored once unseen at b66f227 (fresh11
# outlet 0.700/0.583, by data 0.860/0.717; fresh12 outlet 0.660/0.550, by data 0.920/0.767, date
# 0.965/0.932 with 2 swapped, title 0.917) and pinned at that less 0.02. Other floors raised where higher.
# Round 13's second part (outletprec: outlets and titles refused by shape) then tuned on fresh11/12;
# fresh13 (written blind during it) scored once unseen at 8e888d9: outlet 0.673/0.550 (by data
# 0.878/0.717; a7c4ea1: 0.892/0.550), author 0.903/0.778, title 0.983, body start 0.917, end 0.867,
# rejects 2/4, boilerplate 7/48; pinned at that less 0.02. Other floors raised where higher.
# fresh14 (written blind during round 14) scored once unseen at 6ccec11 (outlet 0.688/0.550), then read
# by helper fields5 (round 15: weak outlet signs refused by class): pinned at a192783's figures less 0.02.
# fresh15 (written blind during fields5's round) scored once unseen at 432bd13: outlet 0.796/0.650 (by
# data 0.898/0.733; cc2de93, the session's start: 0.833/0.667, by data 0.896/0.717), title 0.967, date
# 1.000/0.932, author 0.909/0.769, body end 0.933, boilerplate 3/47, rejects 3/4; pinned less 0.02.
# fresh16 (written blind during round 16) scored once unseen at ed07517: outlet 0.587/0.450 (by data
# 0.804/0.617; 4e4453c, the session's start: 0.558/0.400), date 1.000/0.793, author 0.912/0.756, stored 55
# of 60; then read (the lead's fixes, round 17's outlet data): pinned at 3335ab9's figures less 0.02.
# fresh17 (written blind during round 17) scored once unseen at 3335ab9: outlet 0.667/0.567 (by data
# 0.882/0.750; 4e4453c: 0.660/0.550), title 0.850, date 1.000/0.964, author 0.935/0.806, rejects 4/4; pinned less 0.02.
# fresh18 (written blind during round 18) scored once unseen at eacd5fd: outlet 0.870/0.678 (by data
# 0.913/0.712; 4e4453c: 0.867/0.661), title 0.950, date 1.000/0.932, author 0.967/0.879, body end 0.917; pinned less 0.02.
# fresh19 (written blind during round 19) scored once unseen at 57efc1a (round 19 but htmltags9): outlet
# 0.833/0.667 (by data 0.854/0.683; a549308: 0.851/0.667), body end 0.883 (0.867), boilerplate 9/48 (10),
# title 0.933, date 0.981/0.946, author 0.903/0.800, tags 0.931/1.000, rejects 3/4; pinned less 0.02.
# fresh20 (written blind during round 20) scored once unseen at aa452ed (rounds 19-20): outlet 0.846/0.733
# (by data 0.923/0.800), title 0.933, date 1.000/0.983, author 0.886/0.886 (a549308: 0.861/0.886), tags
# 0.906/0.935 (0.903/0.903), body end 0.950 (0.933), boilerplate 3/50 (4), rejects 4/4; pinned less 0.02.
# coll1 (written blind during round 20, shaped as a collection: 7 outlets with 5-12 pages each) scored once
# unseen at aa452ed: the same as at a549308: outlet 0.778/0.700 (12 pages of an Arabic outlet whose name
# holds a known outlet's, stored as that outlet; a feed's "org" field unread), rejects 2/4, every other
# field 0.96-1.000; pinned less 0.02.
# Then read: collfix, listfix and stamps (tuned on coll1) raised its outlet to 1.000/1.000 and rejects to 4/4;
# those pinned less 0.02.
# fresh21 (written blind during round 21) scored once unseen at 4dacbb8 (round 21): outlet 0.756/0.576 (by
# data 0.822/0.627; e1aea74, the session's start: 0.739/0.576), title 0.933, date 1.000/0.966, author
# 0.811/0.789, tags 0.951, body start and end 0.883, boilerplate 9/47, rejects 4/4; pinned less 0.02.
# coll2 (written blind during round 21, a collection: 8 outlets, 4-10 pages each, mixed folders) scored
# once unseen at 4dacbb8: title 0.733 (taglines, reading times and dated label lines repeated by a
# template taken as titles), outlet 0.750/0.600, date 0.963/0.912, author 0.947/0.783, tags 0.980/0.857,
# body start 1.000 (e1aea74: 0.983), body end 1.000, rejects 3/4; pinned less 0.02. Then read: round 22
# (tmpl22, labels22, forms22, tuned on coll2) raised title to 1.000, outlet to 1.000/0.967, date, author and
# tags to 1.000; those pinned less 0.02 (fresh21, held out, did not move).
# Round 23 (2026-12-05 11:45-13:30 UTC, fresh21 read): every floor raised to the figure less 0.02 where
# that is higher (ceilings lowered likewise). fresh22 (written blind during round 23, 53 outlets) and
# coll3 (a collection: 6 outlets, 6-12 pages each, folders by topic) scored once unseen at ff33380 (the
# session's start) and at f20f68c (round 23's code): coll3 identical at both (title 0.983, outlet
# 0.867/0.867, author 0.953/0.872, tags 0.891, body 1.000, rejects 3/4, boilerplate 6/50); fresh22
# outlet 0.782/0.717, title 0.967, date 0.982/0.948 with 1 swapped, tags 0.935/0.853, body start 0.883,
# end 0.917 at both, author precision 0.923 -> 0.973, boilerplate 9/47 -> 6/47. Pinned less 0.02. Then read
# by the lead (d94cec6, 60408ee, 0e4dc95): fresh22 title 0.983, date 0.983/0.983; coll3 author 1.000/0.915;
# those pinned less 0.02.
# Round 24 (2026-12-05 15:00-16:50 UTC, fresh22 and coll3 read): every floor raised to the figure less
# 0.02 where that is higher (ceilings lowered likewise). coll4 (a collection: 7 outlets, 7-11 pages each,
# case folders, date-stamped file names) and fresh23 (60 outlets, 20 languages), written blind at the
# session's start, scored once unseen at 8daa1ad (the start) and at 4e10841 (round 24's code): coll4
# identical at both (title 0.950, outlet 0.750/0.750, author 1.000/0.756, tags 1.000/0.897, body start
# 0.900, end 0.867, rejects 3/4, boilerplate 8/60); fresh23 title 0.900, author 0.941/0.762, tags
# 0.976/0.930, rejects 3/4, boilerplate 9/60 at both, outlet 0.833/0.750 -> 0.852/0.767, body start
# 0.900 -> 0.933. Pinned less 0.02.
# Round 25 (2026-12-05 18:00-19:45 UTC, fresh23 and coll4 read; learned checks for bylines and
# headlines, the outlet check refitted, bodies' field marks, newsletters and sign-up lines): every floor
# raised to the figure less 0.02 where that is higher (ceilings lowered likewise). coll5 (a collection:
# 7 outlets in a reference manager's storage folders, an Atom feed, a semicolon CSV) and fresh24 (54
# outlets, 12 languages), written blind at the session's start, scored once unseen at be5db4f (the start)
# and at 00a7620 (round 25's code): coll5 title 1.000, outlet 0.759/0.683, date 0.930 with 4 swapped,
# tags 0.981/0.895, body start 1.000, rejects 3/4 at both, author 0.951/0.830 -> 0.952/0.851, body end
# 0.900 -> 0.917, boilerplate 8/60 -> 7/60; fresh24 title 0.900, outlet 0.804/0.683, date 0.964/0.914
# with 2 swapped, tags 0.964/0.730, body start 0.917, end 0.967, boilerplate 3/60, rejects 3/4 at both,
# author 0.914/0.889 -> 0.917/0.917. Pinned less 0.02.
# Round 26 (2026-12-05 21:00-22:45 UTC, fresh24 and coll5 read; methods for last session's blind misses:
# code pages, domains and acronyms, source groups for date orders, bylines as signatures and never as
# titles, tag labels in ~50 languages, feeds as one template, newsletters carrying one article): every
# floor raised to the figure less 0.02 where that is higher (ceilings lowered likewise). coll6 (a monitoring
# team's drive: 6 outlets, month folders, newsletters as .eml, a clipping tool's JSONL) and fresh25 (54
# outlets, 17 languages), written blind at the session's start, scored once unseen at 1b4e24d (the start)
# and at 7e2087e (round 26's code): coll6 title 0.883 -> 0.933, outlet 0.797/0.783 -> 0.831/0.817, date
# 0.818/0.789 -> 0.927/0.895 (swapped 5 -> 2), author 1.000/0.825 -> 1.000/0.900, tags recall 0.947 ->
# 0.965, body start 0.917 -> 0.967, end 0.883 -> 0.933, boilerplate 6/60 -> 2/60, rejects 2/4 at both;
# fresh25 title 0.933 -> 0.950, outlet 0.660/0.534 -> 0.714/0.603, author 0.878/0.827 -> 0.898/0.846,
# body start 0.933 -> 0.967, end 0.933 -> 0.950, boilerplate 2/60 -> 1/60, date 1.000/0.931, tags
# 1.000/0.864 and rejects 2/4 at both. Pinned less 0.02.
# Round 27 (2026-12-06 00:25-01:45 UTC, coll6 and fresh25 read; methods for their blind misses: a
# group's brand is not its title, an acronym expanded by the group's other pages, Solar Hijri dates, a
# date-only line never a title, another language's 'by', signatures with the outlet after a comma, a
# team's notes and teaser digests refused, a forward saved as text read as what it forwards): every
# floor raised to the figure less 0.02 where that is higher. coll7 (an investigator's case folders: 7
# outlets, a zip of pages, .eml, a spreadsheet's CSV, French and Kurmanji) and fresh26 (59 outlets, all
# invented), written blind at the session's start, scored once unseen at 056cc67 (the start) and at
# ce40eaf (round 27's code): coll7 identical on every field (outlet 0.763/0.750, date 1.000/0.982,
# author 1.000/0.969, tags 0.930/0.930, rejects 1/4: its notes file stands at the half's root, which the
# bench does not import); fresh26 title 0.917 -> 0.933, author 0.955/0.894 -> 0.978/0.936, the rest
# identical (outlet 0.944/0.576, date 1.000/0.948, tags 1.000/0.833, body start/end 0.967/0.950).
# Pinned less 0.02.
# Round 28 (2026-12-06 02:20-03:50 UTC, coll7 and fresh26 read; methods for their blind misses: one
# outlet, one name over an import (an acronym, a desk word, a place in parentheses, a parent company),
# a site's name over its section menu, footers of segments, closing Source: lines, tag lists ending with
# their block, dotted dates with a month's abbreviation, Arabic-script languages by their own letters,
# closing referrals and contact lines, paywalls and link-label digests refused): every floor raised to
# the figure less 0.02 where that is higher (61 figures up on the read halves, none down). coll8 (one
# researcher's folders: 7 outlets, 4 real, a zip of pages, newsletters, a CSV; English, Arabic, Kurmanji,
# Dutch) and fresh27 (54 real outlets, 15 languages), written blind at the session's start, scored once
# unseen at 8fa0d98 (the start) and at round 28's code: coll8 outlet 0.906/0.800 -> 0.943/0.833, every
# other field identical (date 0.965/0.948 with 2 swapped, author 0.911/0.911, body start 0.933, end
# 0.950, tags 0.966, rejects 3/4); fresh27 identical on every field (outlet 0.895/0.850, author
# 0.932/0.932, body end 0.917, boilerplate 0.094, date 1.000/0.983, rejects 3/4). Pinned less 0.02.
# Then (the lead, coll8's two swapped dates read after both scores): an outlet's web page signed by its
# letters and a note signed by its letters and address join its newsletters' source group by the name
# the import writes in full for them (archive/extract/source_names.py): coll8 date 0.965/0.948 ->
# 1.000/0.983, swapped 2 -> 0; no other figure of any half moved. coll8's date floors follow. A day's
# whole name with the Arabic article after a byline is no glued word (byline_dates.unglued_date: five
# Arabic bylines stored with a stray 'ال'): coll8 author 0.911 -> 1.000, nothing else moved.
# A byline word of any language before a credit naming no one ('Door <the outlet>') is no writer
# (byline_desks.not_a_person): fresh27 author precision 0.932 -> 0.953, nothing else moved.
# A syndicated copy's closing note on its source ('This content has been reproduced from ...') is a
# note on the text (text_notes.txt): fresh27 body end 0.917 -> 0.933, boilerplate 0.094 -> 0.075.
# A site's name in an opening dateline ('Place – Site Name:') or as its first word, where the import's
# other files state it as their site's (archive/extract/import_sites.py): coll8 outlet 0.943/0.833 ->
# 1.000/0.950; nothing else moved (a masthead with its tagline is no fuller name: coll1 kept).
# A blog's standing disclaimer over its text as under it (closing_notes.views_disclaimer, data
# [standing_disclaimers]): coll8 body start 0.933 -> 0.950, end 0.950 -> 0.983; nothing else moved.
# An alias the data writes only in capitals that is an English word ('REACH', 'RAND', 'VICE') matches
# only in capitals (outlet_data.lookup_name: '© 2024 a Reach plc subsidiary' named REACH Initiative):
# fresh27 outlet precision 0.895 -> 0.911; nothing else moved.
# Outlets named in the script of their article (#13, the lead's decision after round 13: an article in
# Arabic script stores its outlet's Arabic name, archive/data/outlets*.txt's arabic: lines): the
# halves whose truths name such outlets in Latin letters (tune, held, fresh, fresh2: written by the
# team under the old convention; fresh3's blind author likewise) fall strictly (tune 1.000 -> 0.885:
# 15 names changed script, all right before), the blind halves whose authors wrote Arabic names rise
# (fresh12 0.688/0.550 -> 0.875/0.700); compared by data (--outlets-by-data) no half moved. Outlet
# floors set to the measure less 0.02 both ways. Then the default became one name an outlet
# (--outlet-names own: the Arabic name only for an outlet that publishes only in Arabic script,
# archive/data/outlet_languages.txt, whatever the article's script; "One outlet, one name"): against
# article-script, tune 0.885 -> 0.954, fresh 0.732 -> 1.000, fresh2 0.789 -> 0.860, fresh3 0.746 ->
# 0.881; fresh6, 7, 9, 11, 12, 13 lower (fresh12 0.875 -> 0.792: their authors named a bilingual
# outlet's Arabic article in Arabic). Outlet floors reset to the measure less 0.02 both ways.
FLOORS = {
    'tune': {
        'stored.precision': 0.98,
        'stored.recall': 0.98,
        'title.precision': 0.98,
        'title.recall': 0.98,
        'outlet.precision': 0.93,
        'outlet.recall': 0.93,
        'date.precision': 0.98,
        'date.recall': 0.98,
        'author.precision': 0.98,
        'author.recall': 0.98,
        'tags.precision': 0.98,
        'tags.recall': 0.98,
        'language.precision': 0.98,
        'language.recall': 0.98,
        'body_start.precision': 0.98,
        'body_start.recall': 0.98,
        'body_end.precision': 0.98,
        'body_end.recall': 0.98,
        'rejects.precision': 0.98,
        'rejects.recall': 0.98,
        'body_f1.precision': 0.98,
        'body_f1.recall': 0.98,
    },
    'held': {
        'stored.precision': 0.98,
        'stored.recall': 0.98,
        'title.precision': 0.98,
        'title.recall': 0.98,
        'outlet.precision': 0.87,
        'outlet.recall': 0.87,
        'date.precision': 0.98,
        'date.recall': 0.98,
        'author.precision': 0.98,
        'author.recall': 0.98,
        'tags.precision': 0.96,
        'tags.recall': 0.98,
        'language.precision': 0.98,
        'language.recall': 0.98,
        'body_start.precision': 0.97,
        'body_start.recall': 0.97,
        'body_end.precision': 0.94,
        'body_end.recall': 0.94,
        'rejects.precision': 0.98,
        'rejects.recall': 0.98,
        'body_f1.precision': 0.98,
        'body_f1.recall': 0.98,
    },
    'fresh': {
        'stored.precision': 0.98,
        'stored.recall': 0.98,
        'title.precision': 0.98,
        'title.recall': 0.98,
        'outlet.precision': 0.98,
        'outlet.recall': 0.98,
        'date.precision': 0.98,
        'date.recall': 0.98,
        'author.precision': 0.98,
        'author.recall': 0.98,
        'tags.precision': 0.98,
        'tags.recall': 0.96,
        'language.precision': 0.98,
        'language.recall': 0.98,
        'body_start.precision': 0.95,
        'body_start.recall': 0.95,
        'body_end.precision': 0.98,
        'body_end.recall': 0.98,
        'rejects.precision': 0.98,
        'rejects.recall': 0.98,
        'body_f1.precision': 0.98,
        'body_f1.recall': 0.98,
    },
    'fresh10': {
        'stored.precision': 0.98,
        'stored.recall': 0.98,
        'title.precision': 0.98,
        'title.recall': 0.98,
        'outlet.precision': 0.89,
        'outlet.recall': 0.86,
        'date.precision': 0.98,
        'date.recall': 0.98,
        'author.precision': 0.98,
        'author.recall': 0.98,
        'tags.precision': 0.98,
        'tags.recall': 0.98,
        'language.precision': 0.98,
        'language.recall': 0.98,
        'body_start.precision': 0.96,
        'body_start.recall': 0.96,
        'body_end.precision': 0.95,
        'body_end.recall': 0.95,
        'rejects.precision': 0.98,
        'rejects.recall': 0.98,
        'body_f1.precision': 0.97,
        'body_f1.recall': 0.97,
    },
    'fresh11': {
        'stored.precision': 0.98,
        'stored.recall': 0.98,
        'title.precision': 0.98,
        'title.recall': 0.98,
        'outlet.precision': 0.88,
        'outlet.recall': 0.85,
        'date.precision': 0.98,
        'date.recall': 0.98,
        'author.precision': 0.98,
        'author.recall': 0.98,
        'tags.precision': 0.98,
        'tags.recall': 0.98,
        'language.precision': 0.98,
        'language.recall': 0.98,
        'body_start.precision': 0.88,
        'body_start.recall': 0.88,
        'body_end.precision': 0.95,
        'body_end.recall': 0.95,
        'rejects.precision': 0.98,
        'rejects.recall': 0.98,
        'body_f1.precision': 0.97,
        'body_f1.recall': 0.97,
    },
    'fresh12': {
        'stored.precision': 0.98,
        'stored.recall': 0.98,
        'title.precision': 0.98,
        'title.recall': 0.98,
        'outlet.precision': 0.81,
        'outlet.recall': 0.8,
        'date.precision': 0.98,
        'date.recall': 0.98,
        'author.precision': 0.98,
        'author.recall': 0.95,
        'tags.precision': 0.98,
        'tags.recall': 0.98,
        'language.precision': 0.98,
        'language.recall': 0.98,
        'body_start.precision': 0.98,
        'body_start.recall': 0.98,
        'body_end.precision': 0.98,
        'body_end.recall': 0.98,
        'rejects.precision': 0.98,
        'rejects.recall': 0.98,
        'body_f1.precision': 0.98,
        'body_f1.recall': 0.98,
    },
    'fresh2': {
        'stored.precision': 0.98,
        'stored.recall': 0.96,
        'title.precision': 0.98,
        'title.recall': 0.96,
        'outlet.precision': 0.84,
        'outlet.recall': 0.82,
        'date.precision': 0.98,
        'date.recall': 0.96,
        'author.precision': 0.98,
        'author.recall': 0.98,
        'tags.precision': 0.98,
        'tags.recall': 0.95,
        'language.precision': 0.98,
        'language.recall': 0.96,
        'body_start.precision': 0.96,
        'body_start.recall': 0.95,
        'body_end.precision': 0.98,
        'body_end.recall': 0.96,
        'rejects.precision': 0.78,
        'rejects.recall': 0.98,
        'body_f1.precision': 0.98,
        'body_f1.recall': 0.96,
    },
    'fresh3': {
        'stored.precision': 0.98,
        'stored.recall': 0.98,
        'title.precision': 0.98,
        'title.recall': 0.98,
        'outlet.precision': 0.86,
        'outlet.recall': 0.86,
        'date.precision': 0.98,
        'date.recall': 0.98,
        'author.precision': 0.98,
        'author.recall': 0.98,
        'tags.precision': 0.98,
        'tags.recall': 0.98,
        'language.precision': 0.98,
        'language.recall': 0.98,
        'body_start.precision': 0.98,
        'body_start.recall': 0.98,
        'body_end.precision': 0.98,
        'body_end.recall': 0.98,
        'rejects.precision': 0.98,
        'rejects.recall': 0.98,
        'body_f1.precision': 0.98,
        'body_f1.recall': 0.98,
    },
    'fresh4': {
        'stored.precision': 0.98,
        'stored.recall': 0.96,
        'title.precision': 0.98,
        'title.recall': 0.96,
        'outlet.precision': 0.79,
        'outlet.recall': 0.78,
        'date.precision': 0.98,
        'date.recall': 0.96,
        'author.precision': 0.98,
        'author.recall': 0.98,
        'tags.precision': 0.98,
        'tags.recall': 0.96,
        'language.precision': 0.98,
        'language.recall': 0.96,
        'body_start.precision': 0.96,
        'body_start.recall': 0.95,
        'body_end.precision': 0.98,
        'body_end.recall': 0.96,
        'rejects.precision': 0.78,
        'rejects.recall': 0.98,
        'body_f1.precision': 0.98,
        'body_f1.recall': 0.96,
    },
    'fresh5': {
        'stored.precision': 0.98,
        'stored.recall': 0.96,
        'title.precision': 0.98,
        'title.recall': 0.96,
        'outlet.precision': 0.87,
        'outlet.recall': 0.84,
        'date.precision': 0.98,
        'date.recall': 0.96,
        'author.precision': 0.98,
        'author.recall': 0.93,
        'tags.precision': 0.98,
        'tags.recall': 0.94,
        'language.precision': 0.98,
        'language.recall': 0.96,
        'body_start.precision': 0.98,
        'body_start.recall': 0.96,
        'body_end.precision': 0.96,
        'body_end.recall': 0.95,
        'rejects.precision': 0.78,
        'rejects.recall': 0.98,
        'body_f1.precision': 0.98,
        'body_f1.recall': 0.96,
    },
    'fresh6': {
        'stored.precision': 0.98,
        'stored.recall': 0.96,
        'title.precision': 0.98,
        'title.recall': 0.96,
        'outlet.precision': 0.86,
        'outlet.recall': 0.85,
        'date.precision': 0.98,
        'date.recall': 0.93,
        'author.precision': 0.98,
        'author.recall': 0.94,
        'tags.precision': 0.98,
        'tags.recall': 0.93,
        'language.precision': 0.96,
        'language.recall': 0.95,
        'body_start.precision': 0.96,
        'body_start.recall': 0.95,
        'body_end.precision': 0.98,
        'body_end.recall': 0.96,
        'rejects.precision': 0.78,
        'rejects.recall': 0.98,
        'body_f1.precision': 0.98,
        'body_f1.recall': 0.96,
    },
    'fresh7': {
        'stored.precision': 0.98,
        'stored.recall': 0.98,
        'title.precision': 0.98,
        'title.recall': 0.98,
        'outlet.precision': 0.9,
        'outlet.recall': 0.9,
        'date.precision': 0.98,
        'date.recall': 0.98,
        'author.precision': 0.98,
        'author.recall': 0.98,
        'tags.precision': 0.98,
        'tags.recall': 0.51,
        'language.precision': 0.98,
        'language.recall': 0.98,
        'body_start.precision': 0.98,
        'body_start.recall': 0.98,
        'body_end.precision': 0.96,
        'body_end.recall': 0.96,
        'rejects.precision': 0.98,
        'rejects.recall': 0.98,
        'body_f1.precision': 0.98,
        'body_f1.recall': 0.98,
    },
    'fresh8': {
        'stored.precision': 0.98,
        'stored.recall': 0.98,
        'title.precision': 0.98,
        'title.recall': 0.98,
        'outlet.precision': 0.88,
        'outlet.recall': 0.88,
        'date.precision': 0.98,
        'date.recall': 0.98,
        'author.precision': 0.98,
        'author.recall': 0.98,
        'tags.precision': 0.98,
        'tags.recall': 0.98,
        'language.precision': 0.98,
        'language.recall': 0.98,
        'body_start.precision': 0.98,
        'body_start.recall': 0.98,
        'body_end.precision': 0.98,
        'body_end.recall': 0.98,
        'rejects.precision': 0.98,
        'rejects.recall': 0.98,
        'body_f1.precision': 0.98,
        'body_f1.recall': 0.98,
    },
    'fresh9': {
        'stored.precision': 0.98,
        'stored.recall': 0.98,
        'title.precision': 0.98,
        'title.recall': 0.98,
        'outlet.precision': 0.95,
        'outlet.recall': 0.91,
        'date.precision': 0.98,
        'date.recall': 0.98,
        'author.precision': 0.98,
        'author.recall': 0.98,
        'tags.precision': 0.98,
        'tags.recall': 0.98,
        'language.precision': 0.98,
        'language.recall': 0.98,
        'body_start.precision': 0.95,
        'body_start.recall': 0.95,
        'body_end.precision': 0.98,
        'body_end.recall': 0.98,
        'rejects.precision': 0.98,
        'rejects.recall': 0.98,
        'body_f1.precision': 0.98,
        'body_f1.recall': 0.98,
    },
    'pages': {
        'tune.f1': 0.89,
        'held.f1': 0.88,
        'all.f1': 0.88,
    },
    'fresh13': {
        'stored.precision': 0.98,
        'stored.recall': 0.98,
        'title.precision': 0.98,
        'title.recall': 0.98,
        'outlet.precision': 0.84,
        'outlet.recall': 0.83,
        'date.precision': 0.98,
        'date.recall': 0.98,
        'author.precision': 0.98,
        'author.recall': 0.98,
        'tags.precision': 0.98,
        'tags.recall': 0.98,
        'language.precision': 0.98,
        'language.recall': 0.98,
        'body_start.precision': 0.96,
        'body_start.recall': 0.96,
        'body_end.precision': 0.93,
        'body_end.recall': 0.93,
        'rejects.precision': 0.98,
        'rejects.recall': 0.98,
        'body_f1.precision': 0.98,
        'body_f1.recall': 0.98,
    },
    'fresh14': {
        'stored.precision': 0.98,
        'stored.recall': 0.98,
        'title.precision': 0.98,
        'title.recall': 0.98,
        'outlet.precision': 0.86,
        'outlet.recall': 0.81,
        'date.precision': 0.96,
        'date.recall': 0.98,
        'author.precision': 0.98,
        'author.recall': 0.98,
        'tags.precision': 0.98,
        'tags.recall': 0.98,
        'language.precision': 0.98,
        'language.recall': 0.98,
        'body_start.precision': 0.95,
        'body_start.recall': 0.95,
        'body_end.precision': 0.98,
        'body_end.recall': 0.98,
        'rejects.precision': 0.98,
        'rejects.recall': 0.98,
        'body_f1.precision': 0.98,
        'body_f1.recall': 0.98,
    },
    'fresh15': {
        'stored.precision': 0.98,
        'stored.recall': 0.98,
        'title.precision': 0.98,
        'title.recall': 0.98,
        'outlet.precision': 0.85,
        'outlet.recall': 0.8,
        'date.precision': 0.98,
        'date.recall': 0.98,
        'author.precision': 0.95,
        'author.recall': 0.95,
        'tags.precision': 0.98,
        'tags.recall': 0.98,
        'language.precision': 0.98,
        'language.recall': 0.98,
        'body_start.precision': 0.96,
        'body_start.recall': 0.96,
        'body_end.precision': 0.96,
        'body_end.recall': 0.96,
        'rejects.precision': 0.98,
        'rejects.recall': 0.98,
        'body_f1.precision': 0.98,
        'body_f1.recall': 0.98,
    },
    'fresh16': {
        'stored.precision': 0.98,
        'stored.recall': 0.98,
        'title.precision': 0.98,
        'title.recall': 0.98,
        'outlet.precision': 0.76,
        'outlet.recall': 0.75,
        'date.precision': 0.98,
        'date.recall': 0.98,
        'author.precision': 0.98,
        'author.recall': 0.98,
        'tags.precision': 0.98,
        'tags.recall': 0.98,
        'language.precision': 0.98,
        'language.recall': 0.98,
        'body_start.precision': 0.95,
        'body_start.recall': 0.95,
        'body_end.precision': 0.95,
        'body_end.recall': 0.95,
        'rejects.precision': 0.98,
        'rejects.recall': 0.98,
        'body_f1.precision': 0.98,
        'body_f1.recall': 0.98,
    },
    'fresh17': {
        'stored.precision': 0.98,
        'stored.recall': 0.98,
        'title.precision': 0.96,
        'title.recall': 0.96,
        'outlet.precision': 0.74,
        'outlet.recall': 0.71,
        'date.precision': 0.98,
        'date.recall': 0.98,
        'author.precision': 0.98,
        'author.recall': 0.98,
        'tags.precision': 0.98,
        'tags.recall': 0.98,
        'language.precision': 0.98,
        'language.recall': 0.98,
        'body_start.precision': 0.93,
        'body_start.recall': 0.93,
        'body_end.precision': 0.93,
        'body_end.recall': 0.93,
        'rejects.precision': 0.98,
        'rejects.recall': 0.98,
        'body_f1.precision': 0.97,
        'body_f1.recall': 0.97,
    },
    'fresh18': {
        'stored.precision': 0.98,
        'stored.recall': 0.98,
        'title.precision': 0.98,
        'title.recall': 0.98,
        'outlet.precision': 0.89,
        'outlet.recall': 0.88,
        'date.precision': 0.98,
        'date.recall': 0.98,
        'author.precision': 0.98,
        'author.recall': 0.98,
        'tags.precision': 0.94,
        'tags.recall': 0.8,
        'language.precision': 0.98,
        'language.recall': 0.98,
        'body_start.precision': 0.96,
        'body_start.recall': 0.96,
        'body_end.precision': 0.95,
        'body_end.recall': 0.95,
        'rejects.precision': 0.98,
        'rejects.recall': 0.98,
        'body_f1.precision': 0.98,
        'body_f1.recall': 0.98,
    },
    'fresh19': {
        'stored.precision': 0.98,
        'stored.recall': 0.98,
        'title.precision': 0.98,
        'title.recall': 0.98,
        'outlet.precision': 0.89,
        'outlet.recall': 0.83,
        'date.precision': 0.96,
        'date.recall': 0.98,
        'author.precision': 0.98,
        'author.recall': 0.98,
        'tags.precision': 0.98,
        'tags.recall': 0.98,
        'language.precision': 0.98,
        'language.recall': 0.98,
        'body_start.precision': 0.95,
        'body_start.recall': 0.95,
        'body_end.precision': 0.96,
        'body_end.recall': 0.96,
        'rejects.precision': 0.98,
        'rejects.recall': 0.98,
        'body_f1.precision': 0.98,
        'body_f1.recall': 0.98,
    },
    'fresh20': {
        'stored.precision': 0.98,
        'stored.recall': 0.98,
        'title.precision': 0.98,
        'title.recall': 0.98,
        'outlet.precision': 0.87,
        'outlet.recall': 0.76,
        'date.precision': 0.98,
        'date.recall': 0.98,
        'author.precision': 0.98,
        'author.recall': 0.98,
        'tags.precision': 0.92,
        'tags.recall': 0.98,
        'language.precision': 0.98,
        'language.recall': 0.98,
        'body_start.precision': 0.95,
        'body_start.recall': 0.95,
        'body_end.precision': 0.96,
        'body_end.recall': 0.96,
        'rejects.precision': 0.98,
        'rejects.recall': 0.98,
        'body_f1.precision': 0.98,
        'body_f1.recall': 0.98,
    },
    'coll1': {
        'stored.precision': 0.98,
        'stored.recall': 0.98,
        'title.precision': 0.98,
        'title.recall': 0.98,
        'outlet.precision': 0.98,
        'outlet.recall': 0.98,
        'date.precision': 0.98,
        'date.recall': 0.98,
        'author.precision': 0.98,
        'author.recall': 0.98,
        'tags.precision': 0.98,
        'tags.recall': 0.98,
        'language.precision': 0.98,
        'language.recall': 0.98,
        'body_start.precision': 0.98,
        'body_start.recall': 0.98,
        'body_end.precision': 0.98,
        'body_end.recall': 0.98,
        'rejects.precision': 0.98,
        'rejects.recall': 0.98,
        'body_f1.precision': 0.98,
        'body_f1.recall': 0.98,
    },
    'fresh21': {
        'stored.precision': 0.98,
        'stored.recall': 0.98,
        'title.precision': 0.98,
        'title.recall': 0.98,
        'outlet.precision': 0.89,
        'outlet.recall': 0.84,
        'date.precision': 0.98,
        'date.recall': 0.98,
        'author.precision': 0.98,
        'author.recall': 0.98,
        'tags.precision': 0.98,
        'tags.recall': 0.98,
        'language.precision': 0.98,
        'language.recall': 0.98,
        'body_start.precision': 0.91,
        'body_start.recall': 0.91,
        'body_end.precision': 0.91,
        'body_end.recall': 0.91,
        'rejects.precision': 0.98,
        'rejects.recall': 0.98,
        'body_f1.precision': 0.97,
        'body_f1.recall': 0.97,
    },
    'coll2': {
        'stored.precision': 0.98,
        'stored.recall': 0.98,
        'title.precision': 0.98,
        'title.recall': 0.98,
        'outlet.precision': 0.98,
        'outlet.recall': 0.98,
        'date.precision': 0.98,
        'date.recall': 0.98,
        'author.precision': 0.98,
        'author.recall': 0.98,
        'tags.precision': 0.98,
        'tags.recall': 0.98,
        'language.precision': 0.98,
        'language.recall': 0.98,
        'body_start.precision': 0.98,
        'body_start.recall': 0.98,
        'body_end.precision': 0.98,
        'body_end.recall': 0.98,
        'rejects.precision': 0.98,
        'rejects.recall': 0.98,
        'body_f1.precision': 0.98,
        'body_f1.recall': 0.98,
    },
    'coll3': {
        'stored.precision': 0.98,
        'stored.recall': 0.98,
        'title.precision': 0.98,
        'title.recall': 0.98,
        'outlet.precision': 0.98,
        'outlet.recall': 0.98,
        'date.precision': 0.98,
        'date.recall': 0.98,
        'author.precision': 0.98,
        'author.recall': 0.98,
        'tags.precision': 0.98,
        'tags.recall': 0.98,
        'language.precision': 0.98,
        'language.recall': 0.98,
        'body_start.precision': 0.98,
        'body_start.recall': 0.98,
        'body_end.precision': 0.98,
        'body_end.recall': 0.98,
        'rejects.precision': 0.98,
        'rejects.recall': 0.98,
        'body_f1.precision': 0.98,
        'body_f1.recall': 0.98,
    },
    'fresh22': {
        'stored.precision': 0.98,
        'stored.recall': 0.98,
        'title.precision': 0.98,
        'title.recall': 0.98,
        'outlet.precision': 0.88,
        'outlet.recall': 0.86,
        'date.precision': 0.98,
        'date.recall': 0.98,
        'author.precision': 0.98,
        'author.recall': 0.98,
        'tags.precision': 0.95,
        'tags.recall': 0.83,
        'language.precision': 0.98,
        'language.recall': 0.98,
        'body_start.precision': 0.96,
        'body_start.recall': 0.96,
        'body_end.precision': 0.98,
        'body_end.recall': 0.98,
        'rejects.precision': 0.98,
        'rejects.recall': 0.98,
        'body_f1.precision': 0.98,
        'body_f1.recall': 0.98,
    },
    'coll4': {
        'stored.precision': 0.98,
        'stored.recall': 0.98,
        'title.precision': 0.98,
        'title.recall': 0.98,
        'outlet.precision': 0.86,
        'outlet.recall': 0.86,
        'date.precision': 0.98,
        'date.recall': 0.98,
        'author.precision': 0.98,
        'author.recall': 0.98,
        'tags.precision': 0.98,
        'tags.recall': 0.88,
        'language.precision': 0.98,
        'language.recall': 0.98,
        'body_start.precision': 0.93,
        'body_start.recall': 0.93,
        'body_end.precision': 0.98,
        'body_end.recall': 0.98,
        'rejects.precision': 0.98,
        'rejects.recall': 0.98,
        'body_f1.precision': 0.98,
        'body_f1.recall': 0.98,
    },
    'fresh23': {
        'stored.precision': 0.98,
        'stored.recall': 0.98,
        'title.precision': 0.98,
        'title.recall': 0.98,
        'outlet.precision': 0.87,
        'outlet.recall': 0.78,
        'date.precision': 0.98,
        'date.recall': 0.98,
        'author.precision': 0.98,
        'author.recall': 0.98,
        'tags.precision': 0.98,
        'tags.recall': 0.91,
        'language.precision': 0.98,
        'language.recall': 0.98,
        'body_start.precision': 0.93,
        'body_start.recall': 0.93,
        'body_end.precision': 0.98,
        'body_end.recall': 0.98,
        'rejects.precision': 0.98,
        'rejects.recall': 0.98,
        'body_f1.precision': 0.97,
        'body_f1.recall': 0.97,
    },
    'coll5': {
        'stored.precision': 0.98,
        'stored.recall': 0.98,
        'title.precision': 0.98,
        'title.recall': 0.98,
        'outlet.precision': 0.98,
        'outlet.recall': 0.98,
        'date.precision': 0.98,
        'date.recall': 0.98,
        'author.precision': 0.98,
        'author.recall': 0.98,
        'tags.precision': 0.98,
        'tags.recall': 0.87,
        'language.precision': 0.98,
        'language.recall': 0.98,
        'body_start.precision': 0.98,
        'body_start.recall': 0.98,
        'body_end.precision': 0.98,
        'body_end.recall': 0.98,
        'rejects.precision': 0.98,
        'rejects.recall': 0.98,
        'body_f1.precision': 0.98,
        'body_f1.recall': 0.98,
    },
    'fresh24': {
        'stored.precision': 0.98,
        'stored.recall': 0.98,
        'title.precision': 0.98,
        'title.recall': 0.98,
        'outlet.precision': 0.87,
        'outlet.recall': 0.76,
        'date.precision': 0.98,
        'date.recall': 0.96,
        'author.precision': 0.98,
        'author.recall': 0.98,
        'tags.precision': 0.98,
        'tags.recall': 0.76,
        'language.precision': 0.98,
        'language.recall': 0.98,
        'body_start.precision': 0.95,
        'body_start.recall': 0.95,
        'body_end.precision': 0.98,
        'body_end.recall': 0.98,
        'rejects.precision': 0.98,
        'rejects.recall': 0.98,
        'body_f1.precision': 0.98,
        'body_f1.recall': 0.98,
    },
    'coll6': {
        'stored.precision': 0.98,
        'stored.recall': 0.98,
        'title.precision': 0.93,
        'title.recall': 0.93,
        'outlet.precision': 0.98,
        'outlet.recall': 0.98,
        'date.precision': 0.96,
        'date.recall': 0.96,
        'author.precision': 0.98,
        'author.recall': 0.95,
        'tags.precision': 0.98,
        'tags.recall': 0.94,
        'language.precision': 0.98,
        'language.recall': 0.98,
        'body_start.precision': 0.95,
        'body_start.recall': 0.95,
        'body_end.precision': 0.95,
        'body_end.recall': 0.95,
        'rejects.precision': 0.98,
        'rejects.recall': 0.98,
        'body_f1.precision': 0.97,
        'body_f1.recall': 0.97,
    },
    'fresh25': {
        'stored.precision': 0.98,
        'stored.recall': 0.98,
        'title.precision': 0.98,
        'title.recall': 0.98,
        'outlet.precision': 0.85,
        'outlet.recall': 0.77,
        'date.precision': 0.98,
        'date.recall': 0.98,
        'author.precision': 0.98,
        'author.recall': 0.98,
        'tags.precision': 0.98,
        'tags.recall': 0.84,
        'language.precision': 0.98,
        'language.recall': 0.98,
        'body_start.precision': 0.95,
        'body_start.recall': 0.95,
        'body_end.precision': 0.96,
        'body_end.recall': 0.96,
        'rejects.precision': 0.98,
        'rejects.recall': 0.98,
        'body_f1.precision': 0.97,
        'body_f1.recall': 0.97,
    },
    'coll7': {
        'stored.precision': 0.98,
        'stored.recall': 0.98,
        'title.precision': 0.98,
        'title.recall': 0.98,
        'outlet.precision': 0.98,
        'outlet.recall': 0.98,
        'date.precision': 0.98,
        'date.recall': 0.98,
        'author.precision': 0.98,
        'author.recall': 0.98,
        'tags.precision': 0.98,
        'tags.recall': 0.98,
        'language.precision': 0.98,
        'language.recall': 0.98,
        'body_start.precision': 0.98,
        'body_start.recall': 0.98,
        'body_end.precision': 0.98,
        'body_end.recall': 0.98,
        'rejects.precision': 0.98,
        'rejects.recall': 0.98,
        'body_f1.precision': 0.98,
        'body_f1.recall': 0.98,
    },
    'fresh26': {
        'stored.precision': 0.98,
        'stored.recall': 0.98,
        'title.precision': 0.96,
        'title.recall': 0.96,
        'outlet.precision': 0.98,
        'outlet.recall': 0.91,
        'date.precision': 0.98,
        'date.recall': 0.98,
        'author.precision': 0.98,
        'author.recall': 0.98,
        'tags.precision': 0.98,
        'tags.recall': 0.81,
        'language.precision': 0.98,
        'language.recall': 0.98,
        'body_start.precision': 0.98,
        'body_start.recall': 0.98,
        'body_end.precision': 0.98,
        'body_end.recall': 0.98,
        'rejects.precision': 0.98,
        'rejects.recall': 0.98,
        'body_f1.precision': 0.98,
        'body_f1.recall': 0.98,
    },
    'coll8': {
        'stored.precision': 0.98,
        'stored.recall': 0.98,
        'title.precision': 0.98,
        'title.recall': 0.98,
        'outlet.precision': 0.98,
        'outlet.recall': 0.98,
        'date.precision': 0.98,
        'date.recall': 0.96,
        'author.precision': 0.98,
        'author.recall': 0.98,
        'tags.precision': 0.95,
        'tags.recall': 0.95,
        'language.precision': 0.98,
        'language.recall': 0.98,
        'body_start.precision': 0.93,
        'body_start.recall': 0.93,
        'body_end.precision': 0.96,
        'body_end.recall': 0.96,
        'rejects.precision': 0.98,
        'rejects.recall': 0.98,
        'body_f1.precision': 0.97,
        'body_f1.recall': 0.97,
    },
    'fresh27': {
        'stored.precision': 0.98,
        'stored.recall': 0.98,
        'title.precision': 0.98,
        'title.recall': 0.98,
        'outlet.precision': 0.96,
        'outlet.recall': 0.95,
        'date.precision': 0.98,
        'date.recall': 0.98,
        'author.precision': 0.98,
        'author.recall': 0.96,
        'tags.precision': 0.98,
        'tags.recall': 0.98,
        'language.precision': 0.96,
        'language.recall': 0.96,
        'body_start.precision': 0.98,
        'body_start.recall': 0.98,
        'body_end.precision': 0.96,
        'body_end.recall': 0.96,
        'rejects.precision': 0.98,
        'rejects.recall': 0.98,
        'body_f1.precision': 0.98,
        'body_f1.recall': 0.98,
    },
    'coll9': {
        'stored.precision': 0.98,
        'stored.recall': 0.98,
        'title.precision': 0.96,
        'title.recall': 0.96,
        'outlet.precision': 0.77,
        'outlet.recall': 0.69,
        'date.precision': 0.98,
        'date.recall': 0.98,
        'author.precision': 0.98,
        'author.recall': 0.98,
        'tags.precision': 0.98,
        'tags.recall': 0.98,
        'language.precision': 0.98,
        'language.recall': 0.98,
        'body_start.precision': 0.98,
        'body_start.recall': 0.98,
        'body_end.precision': 0.78,
        'body_end.recall': 0.78,
        'rejects.precision': 0.98,
        'rejects.recall': 0.98,
        'body_f1.precision': 0.97,
        'body_f1.recall': 0.97,
    },
    'fresh28a': {
        'stored.precision': 0.98,
        'stored.recall': 0.98,
        'title.precision': 0.98,
        'title.recall': 0.98,
        'outlet.precision': 0.79,
        'outlet.recall': 0.78,
        'date.precision': 0.96,
        'date.recall': 0.98,
        'author.precision': 0.98,
        'author.recall': 0.95,
        'tags.precision': 0.98,
        'tags.recall': 0.98,
        'language.precision': 0.93,
        'language.recall': 0.93,
        'body_start.precision': 0.91,
        'body_start.recall': 0.91,
        'body_end.precision': 0.83,
        'body_end.recall': 0.83,
        'rejects.precision': 0.98,
        'rejects.recall': 0.98,
        'body_f1.precision': 0.97,
        'body_f1.recall': 0.97,
    },
    'fresh28b': {
        'stored.precision': 0.98,
        'stored.recall': 0.98,
        'title.precision': 0.93,
        'title.recall': 0.93,
        'outlet.precision': 0.83,
        'outlet.recall': 0.73,
        'date.precision': 0.93,
        'date.recall': 0.89,
        'author.precision': 0.98,
        'author.recall': 0.87,
        'tags.precision': 0.91,
        'tags.recall': 0.8,
        'language.precision': 0.96,
        'language.recall': 0.96,
        'body_start.precision': 0.86,
        'body_start.recall': 0.86,
        'body_end.precision': 0.7,
        'body_end.recall': 0.7,
        'rejects.precision': 0.98,
        'rejects.recall': 0.98,
        'body_f1.precision': 0.96,
        'body_f1.recall': 0.96,
    },
    'fresh28c': {
        'stored.precision': 0.96,
        'stored.recall': 0.98,
        'title.precision': 0.9,
        'title.recall': 0.9,
        'outlet.precision': 0.63,
        'outlet.recall': 0.62,
        'date.precision': 0.96,
        'date.recall': 0.96,
        'author.precision': 0.88,
        'author.recall': 0.81,
        'tags.precision': 0.98,
        'tags.recall': 0.96,
        'language.precision': 0.98,
        'language.recall': 0.96,
        'body_start.precision': 0.85,
        'body_start.recall': 0.85,
        'body_end.precision': 0.73,
        'body_end.recall': 0.73,
        'rejects.precision': 0.98,
        'rejects.recall': 0.73,
        'body_f1.precision': 0.96,
        'body_f1.recall': 0.96,
    },
}


CEILINGS = {
    'tune': {
        'boilerplate': 0.02,
        'garbled': 0.02,
        'swapped': 0.02,
        'stored_reject': 0.02,
    },
    'held': {
        'boilerplate': 0.08,
        'garbled': 0.02,
        'swapped': 0.02,
        'stored_reject': 0.02,
    },
    'fresh': {
        'boilerplate': 0.02,
        'garbled': 0.02,
        'swapped': 0.02,
        'stored_reject': 0.02,
    },
    'fresh10': {
        'boilerplate': 0.06,
        'garbled': 0.02,
        'swapped': 0.02,
        'stored_reject': 0.02,
    },
    'fresh11': {
        'boilerplate': 0.08,
        'garbled': 0.02,
        'swapped': 0.02,
        'stored_reject': 0.02,
    },
    'fresh12': {
        'boilerplate': 0.02,
        'garbled': 0.02,
        'swapped': 0.02,
        'stored_reject': 0.02,
    },
    'fresh2': {
        'boilerplate': 0.02,
        'garbled': 0.02,
        'swapped': 0.02,
        'stored_reject': 0.02,
    },
    'fresh3': {
        'boilerplate': 0.02,
        'garbled': 0.02,
        'swapped': 0.02,
        'stored_reject': 0.02,
    },
    'fresh4': {
        'boilerplate': 0.02,
        'garbled': 0.02,
        'swapped': 0.02,
        'stored_reject': 0.02,
    },
    'fresh5': {
        'boilerplate': 0.04,
        'garbled': 0.02,
        'swapped': 0.02,
        'stored_reject': 0.02,
    },
    'fresh6': {
        'boilerplate': 0.02,
        'garbled': 0.02,
        'swapped': 0.02,
        'stored_reject': 0.02,
    },
    'fresh7': {
        'boilerplate': 0.02,
        'garbled': 0.02,
        'swapped': 0.02,
        'stored_reject': 0.02,
    },
    'fresh8': {
        'boilerplate': 0.02,
        'garbled': 0.02,
        'swapped': 0.02,
        'stored_reject': 0.02,
    },
    'fresh9': {
        'boilerplate': 0.02,
        'garbled': 0.02,
        'swapped': 0.02,
        'stored_reject': 0.02,
    },
    'fresh13': {
        'boilerplate': 0.08,
        'garbled': 0.02,
        'swapped': 0.02,
        'stored_reject': 0.02,
    },
    'fresh14': {
        'boilerplate': 0.02,
        'garbled': 0.02,
        'swapped': 0.02,
        'stored_reject': 0.02,
    },
    'fresh15': {
        'boilerplate': 0.04,
        'garbled': 0.02,
        'swapped': 0.02,
        'stored_reject': 0.02,
    },
    'fresh16': {
        'boilerplate': 0.11,
        'garbled': 0.02,
        'swapped': 0.02,
        'stored_reject': 0.02,
    },
    'fresh17': {
        'boilerplate': 0.08,
        'garbled': 0.02,
        'swapped': 0.02,
        'stored_reject': 0.02,
    },
    'fresh18': {
        'boilerplate': 0.06,
        'garbled': 0.02,
        'swapped': 0.02,
        'stored_reject': 0.02,
    },
    'fresh19': {
        'boilerplate': 0.06,
        'garbled': 0.02,
        'swapped': 0.02,
        'stored_reject': 0.02,
    },
    'fresh20': {
        'boilerplate': 0.06,
        'garbled': 0.02,
        'swapped': 0.02,
        'stored_reject': 0.02,
    },
    'coll1': {
        'boilerplate': 0.05,
        'garbled': 0.02,
        'swapped': 0.02,
        'stored_reject': 0.02,
    },
    'fresh21': {
        'boilerplate': 0.08,
        'garbled': 0.02,
        'swapped': 0.02,
        'stored_reject': 0.02,
    },
    'coll2': {
        'boilerplate': 0.02,
        'garbled': 0.02,
        'swapped': 0.02,
        'stored_reject': 0.02,
    },
    'coll3': {
        'boilerplate': 0.02,
        'garbled': 0.02,
        'swapped': 0.02,
        'stored_reject': 0.02,
    },
    'fresh22': {
        'boilerplate': 0.02,
        'garbled': 0.02,
        'swapped': 0.02,
        'stored_reject': 0.02,
    },
    'coll4': {
        'boilerplate': 0.02,
        'garbled': 0.02,
        'swapped': 0.02,
        'stored_reject': 0.02,
    },
    'fresh23': {
        'boilerplate': 0.02,
        'garbled': 0.02,
        'swapped': 0.02,
        'stored_reject': 0.02,
    },
    'coll5': {
        'boilerplate': 0.02,
        'garbled': 0.02,
        'swapped': 0.02,
        'stored_reject': 0.02,
    },
    'fresh24': {
        'boilerplate': 0.02,
        'garbled': 0.02,
        'swapped': 0.02,
        'stored_reject': 0.02,
    },
    'coll6': {
        'boilerplate': 0.02,
        'garbled': 0.02,
        'swapped': 0.02,
        'stored_reject': 0.02,
    },
    'fresh25': {
        'boilerplate': 0.02,
        'garbled': 0.02,
        'swapped': 0.02,
        'stored_reject': 0.02,
    },
    'coll7': {
        'boilerplate': 0.02,
        'garbled': 0.02,
        'swapped': 0.02,
        'stored_reject': 0.02,
    },
    'fresh26': {
        'boilerplate': 0.02,
        'garbled': 0.02,
        'swapped': 0.02,
        'stored_reject': 0.02,
    },
    'coll8': {
        'boilerplate': 0.02,
        'garbled': 0.02,
        'swapped': 0.02,
        'stored_reject': 0.02,
    },
    'fresh27': {
        'boilerplate': 0.02,
        'garbled': 0.02,
        'swapped': 0.02,
        'stored_reject': 0.02,
    },
    'coll9': {
        'boilerplate': 0.24,
        'garbled': 0.02,
        'swapped': 0.02,
        'stored_reject': 0.02,
    },
    'fresh28a': {
        'boilerplate': 0.15,
        'garbled': 0.02,
        'swapped': 0.02,
        'stored_reject': 0.02,
    },
    'fresh28b': {
        'boilerplate': 0.32,
        'garbled': 0.02,
        'swapped': 0.04,
        'stored_reject': 0.02,
    },
    'fresh28c': {
        'boilerplate': 0.27,
        'garbled': 0.02,
        'swapped': 0.02,
        'stored_reject': 0.27,
    },
}


bench = load("import_quality")


# -- the scorer itself, on made-up stored rows (no import: these pin the definitions) -----------


def test_normalisations():
    assert bench.norm_title("SDF declares ISIS ‘caliphate’ defeated ") == bench.norm_title('sdf  declares ISIS "caliphate" defeated')
    assert bench.norm_title("Ｈasakah – prison") == bench.norm_title("hasakah - prison")
    assert bench.norm_outlet("The National") == bench.norm_outlet("national")
    assert bench.norm_outlet("Agence France-Presse") != bench.norm_outlet("AFP")
    assert bench.norm_author("By Sarah El Deeb and Bassem Mroue") == bench.norm_author("Bassem Mroue, Sarah El Deeb")
    assert bench.norm_author("Sarah El Deeb") != bench.norm_author("Sarah El Deeb and Bassem Mroue")
    assert bench.norm_tags(["Syria", " al-Hol "]) == bench.norm_tags('["al-hol", "SYRIA"]')
    assert bench.norm_tags([]) is None
    assert not bench.holds_phrase("Families in the camp", "AMP") and bench.holds_phrase("Share via AMP page", "amp")
    assert bench.holds_phrase("See also: more", "See also:") and not bench.holds_phrase("x", "")
    assert bench.norm_tags(["#Syria", "Hol"]) == bench.norm_tags(["syria", "#hol"]) != bench.norm_tags(["Syria"])
    assert bench.norm_language("en-GB") == "en"
    assert bench.norm_body_start("one two\n\nthree four five six seven eight nine") == tuple(
        "one two three four five six seven eight".split())
    assert bench.norm_body_end("a b c d e f g h i j") == tuple("c d e f g h i j".split())


def test_swapped_and_garbled():
    assert bench.swapped("2020-03-04", "2020-04-03")
    assert not bench.swapped("2020-03-04", "2020-03-04")
    assert not bench.swapped("2020-03-03", "2020-03-03")
    assert not bench.swapped("2020-03-25", "2020-25-03")
    assert bench.garbled("Café talks", "CafÃ© talks")
    assert bench.garbled("it’s", "itâ€™s")
    assert bench.garbled("الهول", "Ø§Ù„Ù‡ÙˆÙ„")
    assert bench.garbled("plain", "pla\ufffdin")
    assert bench.garbled("plain", "pla\x07in")
    assert not bench.garbled("Ørsted and Ãlvaro in the truth", "Ørsted and Ãlvaro in the truth")
    assert not bench.garbled("line one\n\nline two\tend", "line one\n\nline two\tend")
    assert not bench.garbled("الهول", "الهول")


def _truth(path, record=None, **data):
    base = {"title": "A title", "outlet": "Rudaw", "published": "2020-03-04", "author": "Ann Lee and Bo Chan",
            "tags": ["Syria"], "language": "en", "body": "one two three four five six seven eight nine ten",
            "boilerplate": ["Share this"]}
    base.update(data)
    return bench.Truth(path, record, base, "truth-test.jsonl:1")


def _row(**values):
    base = {"title": "A title", "outlet": "Rudaw", "published": "2020-03-04", "author": "Bo Chan, Ann Lee",
            "tags": json.dumps(["syria"]), "language": "en", "body": "one two three four five six seven eight nine ten"}
    base.update(values)
    return base


def test_scoring_definitions():
    truths = [
        _truth("a/right.txt"),
        _truth("a/wrong.txt"),
        _truth("a/missing.txt"),
        _truth("a/nulls.txt", outlet=None, author=None, tags=[], published=None),
        bench.Truth("a/junk.txt", None, {"reject": "boilerplate only"}, "t:5"),
        bench.Truth("x/e.csv", 3, {"reject": "wrong field count"}, "t:6"),
        bench.Truth("x/e.csv", 4, {"reject": "no body"}, "t:7"),
    ]
    stored = {
        ("a/right.txt", None): _row(),
        ("a/wrong.txt", None): _row(title="Menu", outlet="copyright: Rudaw", published="2020-04-03",
                                    author="Ann Lee", tags="[]", language="ar",
                                    body="Home one two three four five six seven eight nine ten Share this page"),
        ("a/nulls.txt", None): _row(outlet="The Guessed", author=None, tags="[]", published=None),
        ("x/e.csv", 4): _row(title="stored though rejected"),
        ("a/extra.txt", None): _row(),
    }
    failures = [("x/e.csv", 3, "row has 2 fields"), ("a/missing.txt", None, "no article"),
                ("a/junk.txt", None, "no body")]
    overall, groups, unmatched = bench.score(truths, stored, failures)
    t, r = overall.tallies, overall.rates
    # the file no truth line names and the reject stored anyway cost the precision of "stored"
    assert (t["stored"].correct, t["stored"].truth, t["stored"].stored) == (3, 4, 5)
    assert unmatched == [("a/extra.txt", None)]
    assert (t["title"].correct, t["title"].truth, t["title"].stored) == (2, 4, 3)
    assert (t["outlet"].correct, t["outlet"].truth, t["outlet"].stored) == (1, 3, 3)  # guessed outlet: precision only
    assert (t["date"].correct, t["date"].truth, t["date"].stored) == (1, 3, 2)
    assert (t["author"].correct, t["author"].truth, t["author"].stored) == (1, 3, 2)
    assert (t["tags"].correct, t["tags"].truth, t["tags"].stored) == (1, 3, 1)
    assert (t["language"].correct, t["language"].truth, t["language"].stored) == (2, 4, 3)
    assert (t["body_start"].correct, t["body_end"].correct) == (2, 2)
    assert t["body_f1"].truth == 4 and t["body_f1"].stored == 3
    assert t["body_f1"].recall < t["body_f1"].precision < 1
    # rejects: junk.txt and row 3 refused; row 4 stored; the failure of missing.txt costs precision
    assert (t["rejects"].correct, t["rejects"].truth, t["rejects"].stored) == (2, 3, 3)
    assert (r["stored_reject"].hits, r["stored_reject"].total) == (1, 3)
    assert (r["boilerplate"].hits, r["boilerplate"].total) == (1, 3)
    assert (r["swapped"].hits, r["swapped"].total) == (1, 2)
    assert (r["garbled"].hits, r["garbled"].total) == (0, 3)
    assert set(groups) == {"a", "x"}
    assert bench.group_of("exports/e.csv") == "exports/e.csv" and bench.group_of("a/b/c.txt!1") == "a"


def test_truth_problems_are_found(tmp_path):
    half = tmp_path / "tune"
    (half / "rudaw").mkdir(parents=True)
    (half / "exports").mkdir()
    (half / "rudaw" / "one.txt").write_text("Title\n\nBody text here.\n", encoding="utf-8")
    (half / "rudaw" / "unnamed.txt").write_text("Title\n\nBody text here.\n", encoding="utf-8")
    (half / "exports" / "rows.csv").write_text("title,body\nA,B\nC,D\n", encoding="utf-8")
    lines = [
        {"path": "rudaw/one.txt", "record": None, "title": "Title", "body": "Body text here.", "language": "en"},
        {"path": "rudaw/gone.txt", "record": None, "title": "T", "body": "B", "language": "en"},
        {"path": "exports/rows.csv", "record": 5, "title": "T", "body": "B", "language": "en"},
        {"path": "exports/rows.csv", "record": 2, "title": "A", "body": "B", "language": "en"},
        {"path": "exports/rows.csv", "record": 2, "title": "A", "body": "B", "language": "en"},
        {"record": 3, "title": "T"},
        {"path": "rudaw/one.txt", "record": 4, "reject": "no body"},
        {"path": "exports/rows.csv", "record": 3, "title": "C", "body": "Quite another story altogether",
         "language": "en", "boilerplate": ["Sign up"]},
    ]
    (half / "truth-a.jsonl").write_text("\n".join(json.dumps(line) for line in lines) + "\n{oops\n", encoding="utf-8")
    truths, problems = bench.load_truth(half)
    text = "\n".join(problems)
    assert "rudaw/gone.txt: no such input file" in text
    assert "record 5 is outside" in text
    assert "already has a truth line" in text
    assert "truth-a.jsonl:6: no path" in text
    assert "holds one article, but record is 4" in text
    assert "invalid JSON" in text
    assert "rudaw/unnamed.txt: an input no truth line names" in text
    assert "exports/rows.csv: only 0% of the truth body's words are in the input" in text
    assert "exports/rows.csv: boilerplate phrase(s) ['Sign up'] not found in the input" in text
    assert "exports/rows.csv: only" not in text.replace("truth-a.jsonl:8: exports/rows.csv: only", "")


def test_import_plumbing(tmp_path):
    """A tiny half through the real import: paths matched, a --map run, a failure read back."""
    half = tmp_path / "tune"
    (half / "desk").mkdir(parents=True)
    (half / "exports").mkdir()
    body = ("BEIRUT - The camp in the north-east of the country now holds more than forty thousand people, "
            "most of them women and children, aid groups said on Tuesday.")
    (half / "desk" / "story.txt").write_text(f"Camp population passes forty thousand\n\n{body}\n", encoding="utf-8")
    (half / "exports" / "feed.jsonl").write_text(
        json.dumps({"headline_text": "Families leave the camp", "body": body.replace("Tuesday", "Monday")}) + "\n"
        + "{not json\n", encoding="utf-8")
    lines = [
        {"path": "desk/story.txt", "record": None, "title": "Camp population passes forty thousand",
         "outlet": None, "published": None, "author": None, "tags": [], "language": "en", "body": body,
         "boilerplate": []},
        {"path": "exports/feed.jsonl", "record": 1, "map": {"headline_text": "title"},
         "title": "Families leave the camp", "outlet": None, "published": None, "author": None, "tags": [],
         "language": "en", "body": body.replace("Tuesday", "Monday"), "boilerplate": []},
        {"path": "exports/feed.jsonl", "record": 2, "map": {"headline_text": "title"}, "reject": "invalid JSON"},
    ]
    (half / "truth-test.jsonl").write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    plan = bench.import_plan(half, bench.load_truth(half)[0])
    assert plan == [([str(half / "desk")], {}), ([str(half / "exports" / "feed.jsonl")], {"headline_text": "title"})]
    result = bench.score_half(half, tmp_path / "work")
    assert result.problems == []
    figures = bench.figures(result)
    assert figures["stored.recall"] == 1.0 and figures["stored.precision"] == 1.0
    assert figures["title.recall"] == 1.0  # the mapped column was read as the title
    assert figures["rejects.recall"] == 1.0 and figures["rejects.precision"] == 1.0
    assert figures["body_f1.recall"] == 1.0


# -- the figures, pinned --------------------------------------------------------------------------


@pytest.fixture(scope="module", params=bench.halves_in(bench.DEV_SET))
def half_result(request):
    folder = bench.DEV_SET / request.param
    if not list(folder.glob("truth-*.jsonl")):
        pytest.skip(f"{folder}: no truth-*.jsonl")
    return bench.score_half(folder)


def test_dev_set_floors(half_result):
    if half_result.half not in FLOORS:
        pytest.skip(f"no FLOORS for the {half_result.half} half yet (bench/import_quality.py --floors 0.02 prints them)")
    measured = bench.figures(half_result)
    below = {key: (round(measured[key], 3) if measured[key] is not None else None, floor)
             for key, floor in FLOORS[half_result.half].items()
             if measured[key] is None or measured[key] < floor}
    above = {key: (round(measured[key], 3), ceiling) for key, ceiling in CEILINGS.get(half_result.half, {}).items()
             if measured[key] is not None and measured[key] > ceiling}
    assert not below, f"{half_result.half}: below the floor (measured, floor): {below}"
    assert not above, f"{half_result.half}: above the ceiling (measured, ceiling): {above}"


def test_dev_set_truth_is_well_formed(half_result):
    """Truth lines whose input or record cannot be found score as misses without saying so."""
    hard = [p for p in half_result.problems
            if any(s in p for s in ("no such input file", "is outside", "already has a truth line", "invalid JSON",
                                    "no path", "not a line number"))]
    assert not hard, "\n".join(hard)


@pytest.mark.corpus
def test_page_text_floors(tmp_path):
    if not bench.pages_present():
        pytest.skip(f"the article-extraction benchmark is not at {bench.PAGES_TARBALL} (../shared/ beside the repository)")
    scores = bench.score_page_texts(bench.load_page_texts(), tmp_path)
    assert scores["all"].pages == 181 and scores["tune"].pages + scores["held"].pages == 181
    measured = bench.page_figures(scores)
    below = {key: (round(measured[key], 3), floor) for key, floor in FLOORS["pages"].items() if measured[key] < floor}
    assert not below, f"page texts below the floor (measured, floor): {below}"
    # the import must do better than keeping the whole page
    assert scores["all"].f1 > scores["all"].raw_f1
