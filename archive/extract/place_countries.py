"""The country of each place of the gazetteer (``archive/data/place_countries.txt``), and the table the
search index keeps of it (``indexer/place_countries.py``, written here): every Latin spelling of a
place with its countries, the countries' own spellings, their demonyms, and other places named only to
tell where a text is. The index reads it to leave out a homonym that its report places in another
country (``indexer/fulltext/placed_elsewhere.py``); an import's worker processes analyse without
``archive/data/``, hence the written copy, which ``tests/test_placed_elsewhere.py`` compares."""

from __future__ import annotations

import functools
import re
import pprint
from pathlib import Path

from archive.extract.data import data_lines, data_sections
from archive.extract.gazetteer import entities
from indexer.names import is_arabic, name_key

PLACE_COUNTRIES = "place_countries.txt"
PERSON_ROLES = "person_roles.txt"  # the words that say the names beside them are a person's
PLACE_WORDS = "place_words.txt"  # the word lists of the name rules (place nouns, body nouns, naming, sites)
_ARTICLED = re.compile(r"(?i)(?:al|el)[- ]")
_KINDS = ("in", "demonym", "elsewhere", "none", "body", "head")
_MODULE = Path(__file__).resolve().parents[2] / "indexer" / "place_countries.py"


@functools.lru_cache(maxsize=None)
def place_countries() -> dict:
    """``{entity id: (country, ...)}`` for every place (and tribe) the data file names; ``ValueError``
    naming a line's fault (an unknown kind, place or country; a place named twice; a gazetteer place
    that is not a country left out)."""
    by_name = {item.name: item for item in entities()}
    countries = {item.name for item in entities() if item.type == "country"}
    found: dict = {}
    listed = set()
    for line in data_lines(PLACE_COUNTRIES):
        fields = [f.strip() for f in line.split("|")]
        kind = fields[0]
        if kind not in _KINDS:
            raise ValueError(f"{PLACE_COUNTRIES}: unknown kind {kind!r} in {line!r}")
        if kind == "none":
            names, where = fields[1:], ()
        else:
            where = tuple(c.strip() for c in fields[1].split(","))
            unknown = [c for c in where if c not in countries]
            if unknown:
                raise ValueError(f"{PLACE_COUNTRIES}: {unknown} is no country of the gazetteer ({line!r})")
            names = fields[2:]
        if kind == "head":
            names = names[:1]
        if kind in ("body", "head"):
            unknown = [name for name in names if name not in by_name or by_name[name].kind == "place"]
            if unknown:
                raise ValueError(f"{PLACE_COUNTRIES}: {unknown} is no organisation of the gazetteer ({line!r})")
        if kind not in ("in", "none"):
            continue
        for name in names:
            if name not in by_name:
                raise ValueError(f"{PLACE_COUNTRIES}: {name!r} is no canonical name of the gazetteer")
            if name in listed:
                raise ValueError(f"{PLACE_COUNTRIES}: {name!r} is listed twice")
            listed.add(name)
            if where:
                found[by_name[name].id] = where
    missing = [item.name for item in entities()
               if item.kind == "place" and item.type != "country" and item.name not in listed]
    if missing:
        raise ValueError(f"{PLACE_COUNTRIES}: places of the gazetteer with no country: {missing}")
    return found


def _latin_keys(spellings) -> set:
    return {key for key in (name_key(s) for s in spellings if not is_arabic(s)) if key}


def tables() -> dict:
    """The index's tables: ``places`` {name key: countries} (every Latin spelling of a place with a
    country), ``countries`` {name key: country} (their spellings), ``demonyms`` {word: country},
    ``elsewhere`` {name key: country} (places named only to tell where a text is; none a spelling of
    the gazetteer), ``bodies`` {name key: countries} (every Latin spelling of one word of an
    organisation of one or two countries), ``names`` {name key: True} (the other entities' names of several words, which hold
    places: "Autonomous Administration of North and East Syria"), ``persons`` {word: True} (the roles
    and titles that say the capitalised words beside them are a person's name: ``person_roles.txt``)."""
    where = place_countries()
    by_name = {item.name: item for item in entities()}
    body_countries = {}
    for line in data_lines(PLACE_COUNTRIES):
        fields = [f.strip() for f in line.split("|")]
        if fields[0] == "body":
            for name in fields[2:]:
                body_countries[by_name[name].id] = tuple(c.strip() for c in fields[1].split(","))
    places, countries, names, bodies = {}, {}, set(), {}
    gazetteer_keys = set()
    # a key a place shares with an organisation, the article apart ("=Jazeera", the region written bare,
    # and "Al Jazeera", the channel), is no place's key here: the text's "Al Jazeera" is not the region
    organisations: dict = {}
    for item in entities():
        if item.kind != "place":
            for key in _latin_keys([name for name in (item.name,) + item.aliases if _ARTICLED.match(name)]):
                organisations.setdefault(key, set()).add(item.id)
    for item in entities():
        keys = _latin_keys((item.name,) + item.aliases)
        if item.id in where:
            keys = {key for key in keys if not organisations.get(key, set()) - {item.id}}
        gazetteer_keys |= keys
        if item.type == "country":
            for key in keys:
                countries[key] = item.name
        elif item.id in where:
            for key in keys:
                places[key] = tuple(sorted(set(places.get(key, ())) | set(where[item.id])))
        elif item.id in body_countries:  # its names of one word; a longer one's words are common words
            for key in keys:
                if len(key) == 1:
                    bodies[key] = tuple(sorted(set(bodies.get(key, ())) | set(body_countries[item.id])))
                elif len(key) > 1:
                    names.add(key)
        else:
            names |= {key for key in keys if len(key) > 1}
    demonyms, elsewhere = {}, {}
    for line in data_lines(PLACE_COUNTRIES):
        fields = [f.strip() for f in line.split("|")]
        if fields[0] == "demonym":
            for word in fields[2:]:
                for key in _latin_keys((word,)):
                    demonyms[" ".join(key)] = fields[1]
        elif fields[0] == "elsewhere":
            for name in fields[2:]:
                for key in _latin_keys((name,)):
                    if key in gazetteer_keys:
                        raise ValueError(f"{PLACE_COUNTRIES}: {name!r} (elsewhere) is a spelling of the gazetteer")
                    elsewhere[key] = fields[1]
    names -= set(places) | set(countries)
    heads = {}
    for line in data_lines(PLACE_COUNTRIES):
        fields = [f.strip() for f in line.split("|")]
        if fields[0] == "head":
            heads[fields[3].lower()] = _head(by_name[fields[2]], fields[3].lower(),
                                             tuple(c.strip() for c in fields[1].split(",")),
                                             tuple(fields[4].lower().split()) if len(fields) > 4 else ())
    for key in set(bodies) & (set(places) | set(countries) | names):
        del bodies[key]  # a spelling of a place or of another entity too: not read as the body
    persons = {line.lower(): True for line in data_lines(PERSON_ROLES)}
    words = {section: tuple(sorted({word.lower() for line in lines for word in line.split()}))
             for section, lines in data_sections(PLACE_WORDS).items()}
    return {"places": places, "countries": countries, "demonyms": demonyms, "elsewhere": elsewhere,
            "bodies": bodies, "names": {key: True for key in sorted(names)}, "heads": heads,
            "persons": persons, "words": words}


def _head(item, word: str, where: tuple, after: tuple = ()) -> tuple:
    """``(countries, acronym, other names, words after)`` of a ``head`` line: the organisation's acronym
    (its shortest spelling of one word in capitals: OIR), whose term the index adds at the bare word,
    the other entities' Latin names holding the word, as name keys ("Syrian National Coalition"), and
    the words after it that make it another ("a coalition of firms")."""
    acronyms = sorted((s for s in (item.name,) + item.aliases if s.isalpha() and s.isupper()), key=len)
    if not acronyms:
        raise ValueError(f"{PLACE_COUNTRIES}: {item.name!r} (head) has no acronym of one word in capitals")
    others = sorted({key for other in entities() if other.id != item.id
                     for key in _latin_keys((other.name,) + other.aliases) if word in key and len(key) > 1})
    return where, acronyms[0], tuple(others), after


def place_countries_module() -> str:
    """The text of ``indexer/place_countries.py``."""
    found = tables()
    parts = ['"""The country of each Latin spelling of the gazetteer\'s places, the countries\' spellings and\n'
             "demonyms, other places named only to tell where a text is, and organisations of one country: written by\n"
             "archive.extract.place_countries.write_place_countries() from archive/data/place_countries.txt\n"
             "and the gazetteer, the words of persons' roles from archive/data/person_roles.txt and the name rules'\n"
             "word lists from archive/data/place_words.txt; do not edit\n"
             "(tests/test_placed_elsewhere.py compares).\"\"\"\n"]
    for name in ("places", "countries", "demonyms", "elsewhere", "bodies", "names", "heads", "persons", "words"):
        table = dict(sorted(found[name].items()))
        parts.append(f"\n{name.upper()} = {pprint.pformat(table, width=110, sort_dicts=False)}\n")
    return "".join(parts)


def write_place_countries() -> None:
    _MODULE.write_text(place_countries_module(), encoding="utf-8")
