"""The language of an article, detected with py3langid (a small, offline, well-kept model).

Records that state their language keep it; this fills the gap. Texts too short to judge, or
judged with low confidence, stay unknown rather than guessed.
"""

from __future__ import annotations

import functools
from typing import Optional

MIN_CHARS = 40
MIN_PROBABILITY = 0.80
SAMPLE_CHARS = 600  # the first 600 characters decide as well as 3,000 on BBC (557/557) and cost a twelfth
# The model has no class for Central Kurdish (Sorani, ISO 639-3 ckb), the Arabic-script Kurdish of
# the Iraqi Kurdish press; it judges those texts Southern Kurdish (sdh), its nearest class.
MODEL_CODES = {"sdh": "ckb"}


@functools.lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


LONGER_SAMPLE_CHARS = 2400  # a text the first sample leaves in doubt is read this far (round 30)


def guess_language(text: str) -> Optional[str]:
    """The text's language, or None. Judged on its first ``SAMPLE_CHARS``; where the judgment falls
    short of ``MIN_PROBABILITY`` and the text goes on, on a longer sample once more: two close
    languages (Indonesian and Malay, Danish and Norwegian) share the first sample's probability
    between them, and a few more sentences tell them apart."""
    text = (text or "").strip()
    if len(text) < MIN_CHARS:
        return None
    language, probability = _identifier().classify(text[:SAMPLE_CHARS])
    if probability < MIN_PROBABILITY and len(text) > SAMPLE_CHARS:
        language, probability = _identifier().classify(text[:LONGER_SAMPLE_CHARS])
    return MODEL_CODES.get(language, language) if probability >= MIN_PROBABILITY else None
