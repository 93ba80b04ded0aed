"""The gazetteer's acronyms that are the initials of one of its names in another language than English
(names16): PAM of "Programme alimentaire mondial" (the WFP), SDG of "Suriye Demokratik Güçleri" and
SMO of "Suriye Milli Ordusu" (the SDF and the SNA in Turkish), EI of "État islamique", FDS, ANS, CICR,
MSF of "Médecins Sans Frontières". An English report writes such an acronym for the body only among
the region's names; alone it is another thing's ("a PAM cooking spray", "the SDG targets", "EI benefits
in Ontario", "a special military operation, or SMO"): indexer/fulltext/bodies_abroad.py.

Found by method: an organisation's acronym (capitals, 2 to 6 letters) whose letters are the initials
of one of its Latin names (every word's, or every word's but the names' lower-case function words:
``indexer/acronym_names.py`` FUNCTION) where that name is no English name (at most half its words of four
letters or more are common English words, ``english_words.txt``, alone or less a plural s, or words of
the gazetteer's canonical names, which are English), and of none of its English names, where the
body has another acronym that is the initials of an English name of it (PAM beside WFP, SDG beside SDF,
CICR beside ICRC). An acronym English writes for a body with no English acronym stays the body's alone
(MSF, PKK, YPG: English reports write them so). Written to
``indexer/foreign_acronyms.py`` (the analysis's own copy: an import's workers read no ``archive/data/``)
by :func:`write_foreign_acronyms`; ``tests/test_foreign_acronyms.py`` fails when it no longer matches.
"""

from __future__ import annotations

import re
import unicodedata

_ACRONYM = re.compile(r"[A-Z]{2,6}")
_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _initials(name: str, function: frozenset) -> set:
    words = [_fold(word) for word in _WORDS.findall(name.replace("-", " "))]
    every = "".join(word[0] for word in words).upper()
    content = "".join(word[0] for word in words if word.lower() not in function).upper()
    return {every, content}


def _english(name: str, vocabulary: frozenset) -> bool:
    words = [word for word in (_fold(word).lower() for word in _WORDS.findall(name.replace("-", " "))) if len(word) >= 4]
    known = sum(word in vocabulary or word.rstrip("s") in vocabulary for word in words)
    return 2 * known > len(words) if words else True


def foreign_acronyms() -> dict:
    """``{acronym: the foreign name it is the initials of}``."""
    from archive.extract.data import english_words
    from archive.extract.gazetteer import entities
    from indexer.acronym_names import FUNCTION
    from indexer.names import is_arabic

    items = [item for item in entities() if item.kind == "organisation"]
    vocabulary = frozenset(word.lower() for word in english_words()) | {
        _fold(word).lower() for item in entities() for word in _WORDS.findall(item.name.replace("-", " "))}
    found: dict = {}
    for item in items:
        names = [name for name in (item.name,) + item.aliases if not is_arabic(name)]
        english = [name for name in names if not _ACRONYM.fullmatch(name) and _english(name, vocabulary)]
        acronyms = [name for name in names if _ACRONYM.fullmatch(name)]
        own = {acronym for acronym in acronyms if any(acronym in _initials(name, FUNCTION) for name in english)}
        if not own:
            continue
        for acronym in acronyms:
            made = [name for name in names if name not in english and name not in acronyms
                    and acronym in _initials(name, FUNCTION)]
            if made and acronym not in own:
                found.setdefault(acronym, made[0])
    return dict(sorted(found.items()))


def foreign_acronyms_module() -> str:
    rows = "".join(f"    {acronym!r}: {name!r},\n" for acronym, name in foreign_acronyms().items())
    return ('"""The gazetteer\'s acronyms that are the initials of a name of their body in another language\n'
            "than English (PAM: Programme alimentaire mondial), each with that name: alone in an English report\n"
            "they are another thing's (indexer/fulltext/bodies_abroad.py). Written by\n"
            "archive.extract.acronym_languages.write_foreign_acronyms() from archive/data/gazetteer.txt; do not\n"
            "edit. tests/test_foreign_acronyms.py fails when it no longer matches the gazetteer: write it again\n"
            'and raise ANALYSIS_VERSION (indexer/fulltext/analysis_version.py)."""\n\n'
            f"FOREIGN = {{\n{rows}}}\n")


def write_foreign_acronyms() -> None:
    from pathlib import Path

    import indexer

    (Path(indexer.__file__).parent / "foreign_acronyms.py").write_text(foreign_acronyms_module(), encoding="utf-8")
