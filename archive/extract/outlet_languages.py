"""The languages each outlet publishes in (``archive/data/outlet_languages.txt``; its header says the
format): whether an outlet publishes only in Arabic script, so that its articles are best stored
under its Arabic-script name, or has a Latin-script edition and keeps its Latin brand (issue #13).
"""

from __future__ import annotations

import functools
import re

from archive.extract.data import data_lines

DATA_FILE = "outlet_languages.txt"
SCRIPT_KEY = "arabic_script:"  # the line listing the codes written in Arabic script
UNSURE = "?"


@functools.lru_cache(maxsize=None)
def _read() -> tuple:
    """``(languages, unsure, arabic_codes)``: ``{canonical: (code, ...)}``, the canonical names marked
    unsure, and the codes written in Arabic script."""
    languages, unsure, arabic = {}, set(), set()
    for line in data_lines(DATA_FILE):
        if line.startswith(SCRIPT_KEY):
            arabic.update(line[len(SCRIPT_KEY):].split())
            continue
        fields = [field.strip() for field in line.split("\t")]
        if len(fields) < 2 or not fields[0]:
            raise ValueError(f"{DATA_FILE}: not 'name<TAB>languages[<TAB>?]': {line!r}")
        languages[fields[0]] = tuple(fields[1].split())
        if UNSURE in fields[2:]:
            unsure.add(fields[0])
    return languages, frozenset(unsure), frozenset(arabic)


def outlet_languages() -> dict:
    """``{canonical name: (language code, ...)}``, the language it publishes most in first."""
    return _read()[0]


def unsure_outlets() -> frozenset:
    """Canonical names whose languages the data file marks unsure (``?``)."""
    return _read()[1]


def arabic_script_codes() -> frozenset:
    """The language codes written in Arabic script (``ar``, ``ckb``, ``fa`` ...)."""
    return _read()[2]


def publishes_only_in_arabic_script(canonical: str) -> bool:
    """True when every language the outlet publishes in is written in Arabic script; False for an
    outlet with a Latin-script (or other) edition, and for an outlet the file does not list."""
    codes = outlet_languages().get(canonical)
    return bool(codes) and all(code in arabic_script_codes() for code in codes)


ARABIC_SCRIPT_SHARE = 0.5  # of a body's letters, for the body to be in Arabic script
SCRIPT_SAMPLE = 1000  # characters of the body read for its script (its opening paragraphs)


def in_arabic_script(text: str) -> bool:
    """Whether most letters of ``text`` (its first characters) are of the Arabic script (Arabic,
    Kurdish, Persian, Urdu), whatever language a record states."""
    sample = (text or "")[:SCRIPT_SAMPLE]
    letters = len(_LETTER.findall(sample))
    return bool(letters) and len(_ARABIC_LETTER.findall(sample)) > ARABIC_SCRIPT_SHARE * letters


_LETTER = re.compile(r"[^\W\d_]")
_ARABIC_LETTER = re.compile(r"[\u0620-\u064a\u066e-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc\u06ff\u0750-\u077f"
                            r"\ufb50-\ufdff\ufe70-\ufeff]")


def has_arabic(text: str) -> bool:
    return bool(re.search(r"[\u0600-\u06ff]", text))
