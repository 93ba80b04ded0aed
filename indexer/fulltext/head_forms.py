"""A body's name named after a place, as the press of another language writes it (issue #17): the
Manbij Military Council is "Menbiç Askeri Konseyi" in a Turkish report, "Conseil militaire de Manbij" in a
French one. The gazetteer writes such a body in English ("Manbij Military Council") and the place apart
with all its spellings; the head's forms in the press's languages are data (``head_table.HEADS``, from
archive/data/name_heads.txt), so every body so named gets them, with the place in each of its Latin
spellings (Menbiç, Manbidsch, Minbic), as more spellings of the body (alias_keys.alias_table). Search
only: an archive's mentions are read from the gazetteer's own spellings."""

from __future__ import annotations

import re
from typing import Callable

from indexer.fulltext.head_table import HEADS

_LATIN = re.compile(r"[A-Za-z]")


def head_forms(names: list, spellings_of: Callable[[str], list]) -> list:
    """The forms of each of ``names`` made of a place's name and a head of HEADS ("Manbij Military
    Council"), with the place in each of its Latin spellings (``spellings_of(place)``: [] where the words
    before the head are no place's name), that are not among ``names``."""
    found: list = []
    for name in names:
        lower = name.lower()
        for head, forms in HEADS.items():
            if not lower.endswith(" " + head.lower()):
                continue
            places = [spelt for spelt in spellings_of(name[:-len(head)].strip())
                      if _LATIN.search(spelt) and not spelt.isupper() and spelt[:1] not in "=~"]
            for place in places:
                for form in forms:
                    spelt = form.replace("{place}", place)
                    if spelt not in names and spelt not in found:
                        found.append(spelt)
    return found
