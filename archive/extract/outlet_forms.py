"""The forms around an outlet's name that are not its name: a company's legal form after it
("The Camp Gazette DAC", ``archive/data/company_suffixes.txt``) and an Arabic kind word before it
("صحيفة الوادي"). Issue #13, round 7."""

from __future__ import annotations

import functools
import re
from typing import Optional

from archive.extract.data import data_lines


# The kind of outlet an Arabic name is written with ("صحيفة الاستقلال", "جريدة الصباح", "موقع
# عنب بلدي", "وكالة نورث برس"): a description, not the name the outlet's masthead and others'
# citations give it. "وكالة أنباء ..." and "وكالة الأنباء ..." are names as they stand.
_ARABIC_KIND_WORD = re.compile(r"^(?:صحيفة|صحيفه|جريدة|جريده|موقع|مجلة|مجله|وكالة|وكاله)\s+(?!أنباء|انباء|الأنباء|الانباء)(?=\S)")


def company_suffix(name: str) -> Optional[re.Match]:
    """The legal form or group word after a company's name ("DAC", "GmbH", "S.A.", "Media Group",
    ``archive/data/company_suffixes.txt``), as a match at the end of ``name``, or None."""
    match = _company_suffixes().search(name)
    return match if match and re.search(r"[^\W\d_]", name[:match.start()]) else None


@functools.lru_cache(maxsize=None)
def _company_suffixes() -> re.Pattern:
    forms = sorted(data_lines("company_suffixes.txt"), key=len, reverse=True)
    alternatives = "|".join(re.escape(form.rstrip(".")) for form in forms)
    return re.compile(rf"(?:\s*,\s*|\s+)(?:{alternatives})\.?$", re.I)


def bare_name(name: str) -> str:
    """An outlet's name without a company's legal form after it ("The Camp Gazette DAC") and
    without an Arabic kind word before it ("صحيفة الوادي"); as it is when nothing is left."""
    match = company_suffix(name)
    if match:
        name = name[:match.start()].rstrip(" ,")
    kind = _ARABIC_KIND_WORD.match(name)
    if kind and len(name[kind.end():].strip()) >= 2:
        name = name[kind.end():].strip()
    return name
