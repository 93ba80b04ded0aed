"""What the words around a place found in a text make of it, the last step of
:func:`archive.extract.entities.mentions`: towns that stand for their provinces ("Hasakah and Deir
ez-Zor provinces", "the province of Raqqa"), and a place dropped where it is only part of a longer
name the gazetteer does not know (a neighbourhood named like a town or province, a country's
abbreviation opening an organisation's name); and a name its report means as something else, as the
search reads the report (:func:`report_marks`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from archive.extract.gazetteer import entity_types, provinces
from indexer.fulltext.fields import other_meaning_words
from indexer.acronym_names import ACRONYMS
from indexer.names import TOKEN_RE, fold, fold_word, undotted

if TYPE_CHECKING:
    from archive.extract.entities import Mention

_PROVINCES_AFTER = re.compile(r"\s+(?:provinces|governorates)\b", re.IGNORECASE)
_PROVINCE_OF = re.compile(r"\b(?:province|governorate)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_AND = re.compile(r"\s*(?:,|,?\s+and|&)\s+")


def _plural_provinces(found: list[Mention], text: str) -> list[Mention]:
    """"Hasakah and Deir ez-Zor provinces", "the province of Raqqa": towns that stand for their
    provinces."""
    towns = provinces()
    promote = False
    for k in range(len(found) - 1, -1, -1):
        m = found[k]
        if m.entity_id not in towns:
            promote = False
            continue
        if _PROVINCES_AFTER.match(text, m.end):
            promote = True
        elif _PROVINCE_OF.search(text, max(0, m.start - 20), m.start):
            found[k] = m._replace(entity_id=towns[m.entity_id])
            promote = False
            continue
        elif promote and k + 1 < len(found) and _AND.fullmatch(text, m.end, found[k + 1].start):
            pass
        else:
            promote = False
        if promote:
            found[k] = m._replace(entity_id=towns[m.entity_id])
    return found


_NEIGHBOURHOOD_AFTER = re.compile(r"[\s\-]+(?:neighbou?rhoods?|quarters?)\b", re.IGNORECASE)
_NEIGHBOURHOOD_BEFORE = re.compile(r"\b(?:neighbou?rhood|quarter)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_IN_TOWN = re.compile(r"\s+(?:in|of)\s+(?:the\s+(?:city|town)\s+of\s+)?(?:(?:north|south|east|west)"
                      r"(?:ern)?\s+)?([A-Z][\w'’-]*)")
_DISTRICT_OF = re.compile(r"[\s\-]+districts?\s+(?:of|in)\s+(?:the\s+)?(?:(?:north|south|east|west)"
                          r"(?:ern)?\s+)?([A-Z][\w'’-]*)")
_DISTRICT_AFTER = re.compile(r"[\s\-]+districts?\b")
_POSSESSIVE_BEFORE = re.compile(r"([A-Z][\w-]*)['’]s\s+(?:the\s+)?$")
_ORG_AFTER = re.compile(
    r"(?:\s+(?:[A-Z][\w'’&-]*|of|for|on|and|the|&)){0,5}?\s+(?:Institute|Agency|Commission|"
    r"Committee|Council|Foundation|Fund|Department|Centre|Center|Office|Bureau|Service|"
    r"Mission|Administration|Association|Society|Authority|Organi[sz]ation)\b")
_NEIGHBOURHOOD_TYPES = frozenset({"district"})
_COUNTRY_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,3}|[A-Z]{2,3}")


def _longer_names(found: list[Mention], text: str) -> list[Mention]:
    """Drop a place that is only part of a longer name the gazetteer does not know: a
    neighbourhood named like a town or province, a country's abbreviation opening an
    organisation's name."""
    types = entity_types()
    towns = {m.start for m in found if types.get(m.entity_id) in ("town", "city")}
    out = []
    for m in found:
        kind = types.get(m.entity_id)
        if m.entity_id.startswith("place:") and kind not in _NEIGHBOURHOOD_TYPES:
            if _NEIGHBOURHOOD_AFTER.match(text, m.end):
                continue
            if _NEIGHBOURHOOD_BEFORE.search(text, max(0, m.start - 30), m.start):
                town = _IN_TOWN.match(text, m.end)  # "the neighborhood of Salaheddine in Aleppo"
                if town and town.start(1) in towns:
                    continue
            if _DISTRICT_AFTER.match(text, m.end) and kind not in ("country",):
                city = _DISTRICT_OF.match(text, m.end)
                before = _POSSESSIVE_BEFORE.search(text, max(0, m.start - 40), m.start)
                if (city and city.start(1) in towns) or (before and before.start(1) in towns):
                    continue
            if kind == "country" and _COUNTRY_ABBREVIATION.fullmatch(m.text) and \
                    _ORG_AFTER.match(text, m.end):
                continue
        out.append(m)
    return out


def report_marks(title: str, body: str, acronyms: bool = True, places: bool = True) -> frozenset:
    """The words (folded) that a report means as something else than the gazetteer's entity, by the
    search's own rules, read on the same title and body (``indexer.fulltext.fields._marks``): the
    places it puts in another country ("Derik, a district of Mardin province in Turkey", "Hol, Norway";
    ``placed_elsewhere``, with the organisations of one country: "Japan's SDF") and the acronyms it
    defines otherwise ("The SNA, the Somali National Army"; ``acronym_meanings``), and the Arabic place
    names its words make common words (الطبقة الوسطى, "the middle class"; ``arabic_senses``). One rule for the
    index and the entity tagger (``indexer.fulltext.fields.other_meaning_words``, kept for the last
    reports read: an import's worker tags a report's entities just before it analyses it); ``acronyms``
    and ``places``: whether the tagger found any (it asks only then: ``_marked``)."""
    words = other_meaning_words(title, body)  # the index's own reading, kept for the analysis that follows
    return frozenset(fold_word(undotted(word)) for word in words) - {""}


def _marked(found: list[Mention], marks) -> list[Mention]:
    """Drop the mentions whose every word the report means as something else: ``marks`` is the folded
    words (``report_marks``), or a function of (acronyms, places) giving them, asked only when a mention
    is an acronym or a place or body that is not a country."""
    if not marks:
        return found
    if callable(marks):
        types = entity_types()
        acronyms = any(fold(undotted(m.text)) in ACRONYMS for m in found)
        places = any(types.get(m.entity_id) != "country" and not m.text.isupper() for m in found) or acronyms
        if not (acronyms or places):
            return found
        marks = marks(acronyms, places)
        if not marks:
            return found
    out = []
    for m in found:
        words = [w for w in (fold_word(undotted(t)) for t in TOKEN_RE.findall(m.text)) if w]
        if words and all(w in marks for w in words):
            continue
        out.append(m)
    return out
