"""A small language guess from function words: enough to tell English from most else.

Records that state their language keep it; this only fills the gap. (A proper detector is a
later issue; until then anything not clearly one of these languages stays unknown.)
"""

from __future__ import annotations

import re
from typing import Optional

_WORDS = {
    "en": "the of and to in is that for on was with as by at from have has are were it this which".split(),
    "fr": "le la les des et est une dans pour que sur pas qui avec par sont au du ce".split(),
    "de": "der die und das ist nicht mit den von zu im sich auf ein eine dem des auch".split(),
    "es": "el la los las de que y en un una por con para es del se al lo como".split(),
    "pt": "o a os as de que e do da em um uma para com não por se dos das".split(),
    "it": "il di che e la per un una non sono del della con gli le si da".split(),
    "nl": "de het een van en in is dat op te zijn voor met die niet aan".split(),
}
_SETS = {lang: set(words) for lang, words in _WORDS.items()}
_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)


def guess_language(text: str) -> Optional[str]:
    if re.search(r"[\u0600-\u06FF]", text[:2000]) and len(re.findall(r"[\u0600-\u06FF]", text[:2000])) > 200:
        return "ar"
    words = [w.lower() for w in _TOKEN.findall(text[:5000])]
    if len(words) < 20:
        return None
    scores = {lang: sum(w in vocab for w in words) / len(words) for lang, vocab in _SETS.items()}
    best = max(scores, key=scores.get)
    ranked = sorted(scores.values(), reverse=True)
    if ranked[0] >= 0.12 and ranked[0] >= 1.5 * ranked[1]:
        return best
    return None
