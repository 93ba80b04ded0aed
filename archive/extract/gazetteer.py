"""The gazetteer (``archive/data/gazetteer.txt``): places and organisations and their spellings.

One line an entity: ``type | canonical name | latitude, longitude | spelling | spelling ...``
(the file's header explains the format). This module parses it. The rules that make two spellings
equal (case, accents, apostrophes and ʿ ʾ marks, the Arabic articles al-/el-/ad-/ez- written apart
or hyphenated, doubled letters and -ah/-eh endings do not matter) are ``indexer/names.py``'s, which
the search index's analyzer and the search boxes' suggestions use too.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Optional

from archive.extract.data import data_lines
from indexer.names import (  # noqa: F401 (the name rules, used here and by entities.py)
    ARABIC_ARTICLES, MARKS as _MARKS, POSSESSIVE as _POSSESSIVE, TOKEN_RE, fold_word, name_key, strip_accents,
)

GAZETTEER = "gazetteer.txt"

PLACE_TYPES = frozenset({
    "town", "city", "village", "district", "camp", "prison", "province", "governorate", "country",
    "region", "river", "dam", "border crossing", "military base", "oil field",
})

_SLUG_JUNK = re.compile(r"[^a-z0-9]+")
EXACT_PREFIX = "="
SEARCH_ONLY_PREFIX = "~"
MAX_EXACT_LETTERS = 4  # an all-capitals spelling with at most this many letters is matched exactly


def exact_word(word: str) -> str:
    """A token as an exactly-matched spelling sees it: as written, without a possessive ``'s``."""
    return _POSSESSIVE.sub("", word)


def slug(text: str) -> str:
    """``al-Hol camp`` -> ``al-hol-camp``."""
    return _SLUG_JUNK.sub("-", _MARKS.sub("", strip_accents(text).lower())).strip("-")


def is_exact(spelling: str) -> bool:
    """Whether a spelling (without prefix) is matched exactly: capitals only, at most 4 letters."""
    letters = [ch for ch in spelling if ch.isalpha()]
    return bool(letters) and len(letters) <= MAX_EXACT_LETTERS and all(ch.isupper() for ch in letters)


@dataclass(frozen=True)
class Entity:
    """A place or organisation of the gazetteer."""

    id: str  # kind + ":" + slug of the canonical name: "place:al-hol-camp"
    name: str  # the canonical name
    kind: str  # "place" or "organisation"
    type: str  # town, camp, prison, province, country, region... / armed group, agency, NGO...
    latitude: Optional[float]
    longitude: Optional[float]
    aliases: tuple[str, ...]  # the other spellings, as written (without = or ~)


@dataclass(frozen=True)
class Spelling:
    """One way an entity is written, as the matcher uses it."""

    entity_id: str
    text: str  # as written in the gazetteer (or generated, for provinces)
    exact: bool  # matched case-sensitively, token for token
    search_only: bool  # expands searches, never counted as a mention
    line: int


@dataclass(frozen=True)
class _Line:
    entity: Entity
    spellings: tuple[Spelling, ...]
    line: int


def _parse_coordinates(field: str, number: int) -> tuple[Optional[float], Optional[float]]:
    if not field.strip():
        return None, None
    parts = [p.strip() for p in field.split(",")]
    try:
        if len(parts) != 2:
            raise ValueError
        lat, lon = float(parts[0]), float(parts[1])
    except ValueError:
        raise ValueError(f"{GAZETTEER} line {number}: coordinates must be 'latitude, longitude' "
                         f"in decimal degrees, not {field.strip()!r}") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError(f"{GAZETTEER} line {number}: coordinates out of range: {field.strip()!r}")
    return lat, lon


def parse_line(text: str, number: int) -> _Line:
    """One gazetteer line; ``ValueError`` naming the line number when it is malformed."""
    fields = [f.strip() for f in text.split("|")]
    if len(fields) == 2:  # "NGO | Reuters": no coordinates, no other spellings
        fields.append("")
    if len(fields) < 3:
        raise ValueError(f"{GAZETTEER} line {number}: expected 'type | canonical name | latitude, "
                         f"longitude | spellings...', got {text.strip()!r}")
    type_, name = fields[0].lower(), fields[1]
    if not type_ or not name:
        raise ValueError(f"{GAZETTEER} line {number}: the type and the canonical name are required")
    kind = "place" if type_ in PLACE_TYPES else "organisation"
    lat, lon = _parse_coordinates(fields[2], number)
    if kind == "organisation" and lat is not None:
        raise ValueError(f"{GAZETTEER} line {number}: coordinates given for {type_!r}, which is not "
                         f"a place type ({', '.join(sorted(PLACE_TYPES))})")
    if name[0] in (EXACT_PREFIX, SEARCH_ONLY_PREFIX):
        raise ValueError(f"{GAZETTEER} line {number}: the canonical name cannot be prefixed with "
                         f"{name[0]!r}")
    entity_id = f"{kind}:{slug(name)}"
    if entity_id == f"{kind}:":
        raise ValueError(f"{GAZETTEER} line {number}: {name!r} gives an empty id")
    spellings, aliases, seen = [], [], set()
    for raw in [name] + fields[3:]:
        if not raw:
            continue
        exact = search_only = False
        while raw[:1] in (EXACT_PREFIX, SEARCH_ONLY_PREFIX):
            exact |= raw[0] == EXACT_PREFIX
            search_only |= raw[0] == SEARCH_ONLY_PREFIX
            raw = raw[1:].strip()
        if not raw or not TOKEN_RE.search(raw):
            raise ValueError(f"{GAZETTEER} line {number}: an empty spelling")
        if raw in seen:
            continue
        seen.add(raw)
        if raw != name:
            aliases.append(raw)
        spellings.append(Spelling(entity_id, raw, exact or is_exact(raw), search_only, number))
    entity = Entity(entity_id, name, kind, type_, lat, lon, tuple(aliases))
    return _Line(entity, tuple(spellings), number)


def parse_gazetteer(lines) -> tuple[_Line, ...]:
    """``(line number, text)`` pairs of a gazetteer, comments and blank lines skipped."""
    parsed, ids = [], {}
    for number, text in lines:
        text = text.strip()
        if not text or text.startswith("#"):
            continue
        item = parse_line(text, number)
        if item.entity.id in ids:
            raise ValueError(f"{GAZETTEER} line {number}: {item.entity.name!r} has the same id "
                             f"{item.entity.id!r} as line {ids[item.entity.id]}")
        ids[item.entity.id] = number
        parsed.append(item)
    return tuple(parsed)


@functools.lru_cache(maxsize=None)
def _lines() -> tuple[_Line, ...]:
    from importlib import resources

    # data_lines drops comments and blank lines; the file itself gives the numbers for errors.
    raw = resources.files("archive").joinpath("data", GAZETTEER).read_text(encoding="utf-8")
    numbers: dict[str, int] = {}
    for number, text in enumerate(raw.splitlines(), 1):
        numbers.setdefault(text.strip(), number)
    return parse_gazetteer((numbers.get(text, 0), text) for text in data_lines(GAZETTEER))


@functools.lru_cache(maxsize=None)
def entities() -> tuple[Entity, ...]:
    """Every entity of the gazetteer, in file order."""
    return tuple(item.entity for item in _lines())


@functools.lru_cache(maxsize=None)
def entity_types() -> dict[str, str]:
    """``{entity id: gazetteer type}``."""
    return {e.id: e.type for e in entities()}


@functools.lru_cache(maxsize=None)
def _by_id() -> dict[str, Entity]:
    return {e.id: e for e in entities()}


def entity(entity_id: str) -> Entity:
    """The entity with this id; ``KeyError`` when there is none."""
    return _by_id()[entity_id]


@functools.lru_cache(maxsize=None)
def name_groups() -> tuple[tuple[str, ...], ...]:
    """Each entity's spellings, canonical first, as written: the search alias table's groups."""
    return tuple(tuple(s.text for s in item.spellings) for item in _lines())


@functools.lru_cache(maxsize=None)
def provinces() -> dict[str, str]:
    """``{town id: province id}`` for each province named "<Town> province"."""
    by_name = {e.name: e for e in entities()}
    out = {}
    for e in entities():
        if e.type in ("province", "governorate") and e.name.lower().endswith(" province"):
            town = by_name.get(e.name[: -len(" province")])
            if town is not None and town.kind == "place":
                out[town.id] = e.id
    return out


# "oil field", "gas field" at the end of a spelling, which English newswires also write as one word.
_JOINED_FIELD = re.compile(r"\b(oil|gas) field(s?)$", re.IGNORECASE)


def _joined_field(spelling) -> str:
    """A spelling's text with a final "oil field" or "gas field" in one word, or its text."""
    return spelling.text if spelling.exact else _JOINED_FIELD.sub(r"\1field\2", spelling.text)


@functools.lru_cache(maxsize=None)
def spellings() -> tuple[Spelling, ...]:
    """Every spelling the matcher uses, with the provinces' generated ones.

    A province named ``<Town> province`` also takes each spelling of <Town> followed by
    ``province`` and ``governorate``; a spelling ending in "oil field" or "gas field" also takes the
    one word (al-Omar oilfield, Conoco gasfield). ``ValueError`` when two entities share a spelling.
    """
    lines = _lines()
    by_name = {item.entity.name: item for item in lines}
    out: list[Spelling] = []
    owner: dict[tuple, tuple[str, int]] = {}

    def add(sp: Spelling) -> None:
        key = (sp.exact, tuple(exact_word(t) for t in TOKEN_RE.findall(sp.text)) if sp.exact
               else name_key(sp.text))
        if key in owner:
            other_id, other_line = owner[key]
            if other_id != sp.entity_id:
                raise ValueError(f"{GAZETTEER} line {sp.line}: {sp.text!r} is also a spelling of "
                                 f"{other_id} (line {other_line})")
        else:
            owner[key] = (sp.entity_id, sp.line)
        out.append(sp)

    for item in lines:
        for sp in item.spellings:
            add(sp)
            joined = _joined_field(sp)
            if joined != sp.text:  # Omar oil field: Omar oilfield, as newswires write it
                add(Spelling(sp.entity_id, joined, False, sp.search_only, sp.line))
        name = item.entity.name
        if item.entity.type in ("province", "governorate") and name.lower().endswith(" province"):
            town = by_name.get(name[: -len(" province")])
            if town is not None and town.entity.kind == "place":
                for sp in town.spellings:
                    if sp.search_only or sp.exact or sp.text.lower().endswith(" city"):
                        continue
                    for word in ("province", "governorate"):
                        add(Spelling(item.entity.id, f"{sp.text} {word}", False, False, item.line))
    return tuple(out)


# The index's name tables drawn from the gazetteer (moved to gazetteer_tables.py), re-exported on use:
# gazetteer_tables imports this module, so the names are looked up when asked for.
_TABLES = frozenset({
    "whole_arabic_names",
    "bare_arabic_names",
    "articled_arabic_names",
    "month_phrases",
    "whole_arabic_names_module",
    "write_whole_arabic_names",
    "cased_names",
    "cased_names_that_are_words",
    "cased_names_module",
    "write_cased_names",
    "acronym_words",
    "name_function_words",
    "acronym_names_module",
    "write_acronym_names",
})


def __getattr__(name: str):
    if name in _TABLES:
        from archive.extract import gazetteer_tables

        return getattr(gazetteer_tables, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
