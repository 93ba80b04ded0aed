"""The senses of the gazetteer's names (issue #17), from ``archive/data/name_senses.txt`` and the
gazetteer's types: ``{canonical name: (primary senses, secondary senses)}``, each sense a tuple of the
qualifier table's English words for its kind (a town is "town", "city" and "village"; a province also
a "governorate"). An entity the data file does not list has one sense, its gazetteer type. Written into
``indexer/name_senses.py`` (the index reads no data of ``archive/``), which
``indexer/fulltext/own_kinds.py`` reads: a qualifier naming a name's only primary sense is left out of a
search."""

from __future__ import annotations

import pprint

from archive.extract.data import data_lines

# a gazetteer type (or a sense of the data file) -> the qualifier table's English words for it
# (archive/data/name_qualifiers.txt); a type with none ("country", "armed group") is no sense a
# qualifier names
KIND_WORDS = {
    "town": ("town", "city", "village"), "city": ("town", "city", "village"), "village": ("town", "city", "village"),
    "camp": ("camp",), "prison": ("prison",), "province": ("province", "governorate"),
    "governorate": ("province", "governorate"), "district": ("district",), "neighbourhood": ("neighbourhood",),
    "dam": ("dam",), "river": ("river",), "border crossing": ("crossing",), "crossing": ("crossing",),
    "oil field": ("field", "oil field", "gas field"), "tribe": ("tribe",), "region": ("region",),
    "military base": ("airport",),
}


def declared_senses() -> dict:
    """``{canonical name: ([primary sense types], [secondary sense types])}`` as the data file writes them."""
    out: dict = {}
    for line in data_lines("name_senses.txt"):
        name, *senses = [part.strip() for part in line.split("|")]
        primary = [s for s in senses if not s.startswith("-")]
        secondary = [s[1:].strip() for s in senses if s.startswith("-")]
        for sense in primary + secondary:
            if sense not in KIND_WORDS:
                raise ValueError(f"name_senses.txt: {name}: unknown sense {sense!r}")
        out[name] = (primary, secondary)
    return out


def name_senses() -> dict:
    """``{canonical name: (primary senses, secondary senses)}``, each sense its kind's words, for every
    place and tribe of the gazetteer whose type a qualifier names (see the module's docstring)."""
    from archive.extract.gazetteer import entities

    declared = declared_senses()
    names = {e.name for e in entities()}
    unknown = sorted(set(declared) - names)
    if unknown:
        raise ValueError(f"name_senses.txt names no gazetteer entity: {unknown}")
    out = {}
    for e in entities():
        primary, secondary = declared.get(e.name, ([e.type], []))
        if e.name not in declared and e.type not in KIND_WORDS:
            continue
        out[e.name] = (tuple(KIND_WORDS[s] for s in primary), tuple(KIND_WORDS[s] for s in secondary))
    return out


def name_senses_module() -> str:
    return ('"""The senses of the gazetteer\'s names: written by archive.name_senses.write_name_senses()\n'
            'from archive/data/name_senses.txt and the gazetteer\'s types; do not edit\n'
            '(tests/test_names34_senses.py compares). ``{canonical name: (primary senses, secondary senses)}``,\n'
            'each sense the qualifier table\'s English words for its kind."""\n\n'
            f"SENSES = {pprint.pformat(name_senses(), width=110)}\n")


def write_name_senses() -> None:
    """Write ``indexer/name_senses.py`` (the index's own copy of the senses)."""
    from archive.extract.gazetteer_tables import _write_index_module

    _write_index_module("name_senses.py", name_senses_module())
