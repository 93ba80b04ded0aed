"""The outlet data files (``archive/data/outlets.txt`` and every ``outlets_world_*.txt``), checked
together: every line parses, no spelling names two outlets, no domain is listed twice, and no
alias is a word that names something else (a common English word, a language, a ``never:`` word,
a place of the gazetteer) or is shorter than 3 characters, unless ``allowed_word_names:`` lists it.

Each failure lists every problem found, as ``file:line  name: what``: run it after editing a file.

    .venv/bin/python -m pytest tests/test_outlet_data.py -q
"""

from __future__ import annotations

import functools
import re

import pytest

from archive.extract import gazetteer
from archive.extract.data import data_lines, english_words
from archive.extract.outlet_data import (
    FIELDS, WORD_LISTS, allowed_word_names, build_table, data_files, fold_name, numbered_lines, outlet_table,
    parse_outlets,
)
from indexer.names import name_key as place_key

MIN_ALIAS = 3  # characters of an alias, folded ("A.P." is 2)
# Hosts shared by many publishers: a domain here would give every page on it to one outlet.
SHARED_HOSTS = {"blogspot.com", "wordpress.com", "medium.com", "substack.com", "facebook.com", "twitter.com",
                "x.com", "youtube.com", "t.me", "telegram.me", "instagram.com", "tiktok.com", "google.com",
                "github.io", "tumblr.com", "wixsite.com", "weebly.com", "archive.org", "msn.com", "yahoo.com",
                "linkedin.com", "reddit.com", "scribd.com", "issuu.com", "soundcloud.com", "apple.com"}
_DOMAIN = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?:/[\w.~-]+)*$")
_KEY = re.compile(r"^([a-z_]+)\s*:", re.I)  # "aliases:", and a mistyped "alias:" too


@functools.lru_cache(maxsize=None)
def _blocks() -> tuple:
    """``((file, [Outlet, ...]), ...)`` of every outlet data file, in load order."""
    return tuple((name, parse_outlets(numbered_lines(name), name)) for name in data_files())


def _all_outlets() -> list:
    return [outlet for _, outlets in _blocks() for outlet in outlets]


def _report(problems: list) -> str:
    return f"{len(problems)} problem(s) in the outlet data:\n  " + "\n  ".join(problems)


def test_the_world_files_are_read_after_the_curated_one():
    files = data_files()
    assert files[0] == "outlets.txt"
    assert list(files[1:]) == sorted(files[1:]) and all(f.startswith("outlets_world_") for f in files[1:])
    table = outlet_table()
    assert len(table.outlets) == len(_all_outlets()) - len(table.left_out)


def test_every_line_parses():
    problems = []
    for name in data_files():
        in_block = False
        for number, line in numbered_lines(name):
            where = f"{name}:{number}"
            key = _KEY.match(line)
            known = key.group(1).lower() if key and key.group(1).lower() in FIELDS + WORD_LISTS else None
            if key and not known and not key.group(1).islower():
                key = None  # a name holding a colon
            if key and not known:
                problems.append(f"{where}  {line[:60]!r}: unknown key {key.group(1)!r} (keys: {', '.join(FIELDS)})")
            elif known in FIELDS and not in_block:
                problems.append(f"{where}  {line[:60]!r}: a key line before any outlet's name")
            elif known in FIELDS:
                values = [v.strip() for v in line.split(":", 1)[1].split("|")]
                if not all(values):
                    problems.append(f"{where}  {line[:60]!r}: an empty value (a stray '|')")
                if known == "style":
                    try:
                        re.compile(line.split(":", 1)[1].strip())
                    except re.error as error:
                        problems.append(f"{where}  style: not a regular expression: {error}")
            elif not key:
                in_block = True
    assert not problems, _report(problems)


def _owners(spellings) -> dict:
    """``{key: {(canonical, where, spelling), ...}}`` for ``spellings(outlet)`` of every outlet."""
    owners: dict = {}
    for outlet in _all_outlets():
        for spelling in spellings(outlet):
            key = fold_name(spelling)
            if key:
                owners.setdefault(key, {})[outlet.where] = (outlet.name, spelling)
    return owners


def _collisions(owners: dict, what: str) -> list:
    problems = []
    for key, by_block in sorted(owners.items()):
        if len(by_block) > 1:
            shown = "; ".join(f"{where} {name} ({spelling!r})" for where, (name, spelling) in by_block.items())
            problems.append(f"{what} {key!r} names {len(by_block)} outlets: {shown}")
    return problems


def test_no_name_or_alias_names_two_outlets():
    """Names and aliases (a line that is exactly one names its outlet), across all files; an outlet
    listed twice (in two files) counts too: add spellings to the first block instead."""
    problems = _collisions(_owners(lambda o: [o.name] + o.aliases + o.arabic), "name")
    assert not problems, _report(problems)


def test_no_copyright_holder_or_dateline_tag_names_two_outlets():
    """A holder is looked up among names, aliases and holders; a dateline tag among tags, then names."""
    holders = _collisions(_owners(lambda o: [o.name] + o.aliases + o.arabic + o.copyright), "holder")
    names = _owners(lambda o: [o.name] + o.aliases + o.arabic)
    tags = _owners(lambda o: o.datelines)
    for key, by_block in names.items():
        if key in tags:
            tags[key] = {**by_block, **tags[key]}  # a tag that is another outlet's name
    problems = holders + _collisions(tags, "dateline tag")
    assert not problems, _report(problems)


def test_no_domain_twice_and_every_domain_a_domain():
    seen: dict = {}
    problems = []
    for outlet in _all_outlets():
        for domain in outlet.domains:
            where = f"{outlet.where}  {outlet.name}"
            host = domain.lower().strip("/")
            if not _DOMAIN.match(host):
                problems.append(f"{where}: {domain!r} is not a domain (write 'example.com', no scheme)")
            elif host.startswith("www."):
                problems.append(f"{where}: {domain!r}: write it without 'www.' (subdomains count)")
            if host.split("/")[0] in SHARED_HOSTS and not outlet.aggregator:  # MSN: an aggregator by design
                problems.append(f"{where}: {domain!r} hosts many publishers (give the outlet's own subdomain)")
            if host in seen:
                problems.append(f"{where}: domain {domain!r} also at {seen[host]}")
            seen.setdefault(host, where)
    assert not problems, _report(problems)


@functools.lru_cache(maxsize=None)
def _language_names() -> frozenset:
    return frozenset(fold_name(part.strip()) for line in data_lines("language_names.txt")
                     for part in line.split("|")[1:] if part.strip())


@functools.lru_cache(maxsize=None)
def _places() -> tuple:
    """(outlet-folded, gazetteer-folded) spellings of the gazetteer's places."""
    spellings = [s for e in gazetteer.entities() if e.kind == "place" for s in (e.name,) + tuple(e.aliases)]
    return frozenset(fold_name(s) for s in spellings), frozenset(place_key(s) for s in spellings)


def word_problems(spelling: str, alias: bool = True) -> list:
    """Why ``spelling`` (a name, alias, dateline tag or holder) names something else, if it does."""
    key = fold_name(spelling)
    if key in allowed_word_names():
        return []
    why = []
    if len(spelling.split()) == 1 and key in english_words():
        why.append("a common English word")
    if key in _language_names():
        why.append("a language's name")
    if key in outlet_table().never:
        why.append("a never: word")
    folded, by_place_rules = _places()
    if key in folded or place_key(spelling) in by_place_rules:
        why.append("a place of the gazetteer")
    if alias and len(key) < MIN_ALIAS:
        why.append(f"under {MIN_ALIAS} characters")
    return why


def test_no_alias_names_something_else():
    """An alias that is a word, a language, a place or a menu's entry would store that outlet for a
    line that names none (a section label, a dateline's place). Names allowed by design are listed
    in ``allowed_word_names:`` lines (outlets.txt)."""
    problems = []
    for outlet in _all_outlets():
        spellings = [("name", outlet.name, True)] + [("alias", a, True) for a in outlet.aliases + outlet.arabic] \
            + [("dateline tag", t, False) for t in outlet.datelines] + [("copyright", c, False) for c in outlet.copyright]
        for kind, spelling, alias in spellings:
            why = word_problems(spelling, alias)
            if why:
                problems.append(f"{outlet.where}  {outlet.name}: {kind} {spelling!r} is {' and '.join(why)}")
    assert not problems, _report(problems)


@pytest.mark.parametrize("spelling, why", [("Star", "a common English word"), ("Arabic", "a language's name"),
                                           ("Share", "a never: word"), ("Raqqa", "a place of the gazetteer"),
                                           ("AB", "under 3 characters")])
def test_the_word_check_finds_each_kind(spelling, why):
    assert why in word_problems(spelling)
    assert word_problems("Lakeside Chronicle") == []


def test_the_curated_file_wins_every_collision():
    curated = [(1, "Lakeside Post"), (2, "aliases: LPost | The Post of Lakeside"), (3, "domains: lakesidepost.example"),
               (4, "datelines: LPost")]
    world = [(1, "Lakeside Post"), (2, "aliases: Lakeside Daily Post"), (3, "domains: lakesidepost.example | lpost.example"),
             (4, "Hill Times"), (5, "aliases: LPost | Hill Times Daily"), (6, "domains: hilltimes.example | lakesidepost.example"),
             (7, "datelines: LPost | HTD"),
             (8, "The Post of Lakeside"), (9, "domains: other.example")]
    table = build_table([("outlets.txt", curated), ("outlets_world_a.txt", world)])
    assert [o.name for o in table.outlets] == ["Lakeside Post", "Hill Times"]
    # the same outlet (a shared domain): its spellings and domains are the curated outlet's
    assert table.names[fold_name("Lakeside Daily Post")] == "Lakeside Post"
    assert table.domains["lpost.example"] == "Lakeside Post"
    # a collision: the first file keeps the alias, the tag and the domain
    assert table.names[fold_name("LPost")] == "Lakeside Post"
    assert table.tags[fold_name("LPost")] == "Lakeside Post" and table.tags[fold_name("HTD")] == "Hill Times"
    assert table.domains["lakesidepost.example"] == "Lakeside Post" and table.domains["hilltimes.example"] == "Hill Times"
    assert table.names[fold_name("Hill Times Daily")] == "Hill Times"
    # another outlet by a name already taken, with no domain in common: left out, said where
    assert table.left_out == (("outlets_world_a.txt:8", "The Post of Lakeside", "Lakeside Post"),)
    assert "other.example" not in table.domains


_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")


def arabic_name_problems(outlet) -> list:
    """Why an outlet's ``arabic:`` line is not its name in Arabic script: more than one value, a
    value without Arabic letters or mostly Latin ones ("TRT عربي" is the brand as printed), the
    outlet's canonical name itself (already in Arabic script), or a single word that names
    something else (a never: word, a place, a language: ``word_problems``)."""
    if not outlet.arabic:
        return []
    why = []
    if len(outlet.arabic) > 1:
        why.append(f"{len(outlet.arabic)} values (one name per script)")
    value = outlet.arabic[0]
    arabic, latin = len(_ARABIC_LETTER.findall(value)), len(_LATIN_LETTER.findall(value))
    if arabic == 0 or latin > arabic:
        why.append(f"{value!r} is not in Arabic script")
    if fold_name(value) == fold_name(outlet.name):
        why.append(f"{value!r} is the canonical name already")
    why.extend(f"{value!r} is {problem}" for problem in word_problems(value))
    return why


def test_every_arabic_name_is_one_name_in_arabic_script():
    """``arabic:`` (the name an article in Arabic script stores): Arabic letters, one value, not
    a word naming something else; that it names no other outlet is checked with the aliases."""
    problems = [f"{outlet.where}  {outlet.name}: arabic: {why}"
                for outlet in _all_outlets() for why in arabic_name_problems(outlet)]
    assert not problems, _report(problems)


@pytest.mark.parametrize("arabic, why", [("Cairo Daily", "not in Arabic script"), ("وكالات", "a never: word"),
                                         ("دمشق", "a place of the gazetteer"), ("ا | ب", "2 values")])
def test_the_arabic_name_check_finds_each_kind(arabic, why):
    outlet = parse_outlets(["Lakeside Daily", f"arabic: {arabic}"])[0]
    assert any(why in problem for problem in arabic_name_problems(outlet))
    assert arabic_name_problems(parse_outlets(["Lakeside Daily", "arabic: ليكسايد ديلي"])[0]) == []


def test_an_arabic_name_is_the_outlets_spelling_and_its_name_in_arabic_script():
    table = build_table([("outlets.txt", [(1, "Lakeside Daily"), (2, "aliases: LDaily"), (3, "arabic: ليكسايد ديلي"),
                                          (4, "Hill Times"), (5, "arabic: هيل تايمز")]),
                         ("outlets_world_a.txt", [(1, "Lakeside Daily"), (2, "arabic: لايكسايد اليومية")])])
    assert table.arabic == {"Lakeside Daily": "ليكسايد ديلي", "Hill Times": "هيل تايمز"}  # the curated file's wins
    assert table.names[fold_name("ليكسايد ديلي")] == "Lakeside Daily"
    assert table.holders[fold_name("هيل تايمز")] == "Hill Times"
