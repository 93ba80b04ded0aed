"""An Arabic place name that is also a common word, read as the word where its neighbour makes it one:
الطبقة الوسطى ("the middle class", not Tabqa), من شدة الهول ("from the height of horror", not al-Hol),
روّج لأفكار ("promoted ideas", not the Roj camp), في شتى الميادين ("in every field", not Mayadin).

The names and their neighbours are data (``archive/data/arabic_name_senses.txt``, written into
``indexer/arabic_whole_names.py`` SENSES): a word right before the name or right after it that makes it
the common word. A name right after a word that calls it a place (مخيم, مدينة, سجن: PLACE_WORDS, the
first words of the gazetteer's Arabic spellings) is always the place. Per report, as a place put in
another country (``placed_elsewhere.py``): the words read as the common word, less those of the
report's other mentions of the name, are indexed in that report with the mark of another meaning
(``fields._marks``), so the place's searches do not find it; the entity tagger reads the same rule
(``archive/extract/place_contexts.report_marks``).
"""

from __future__ import annotations

import re

from indexer.names import fold_word, normalise_arabic

_WORD = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]+")
_STOP = re.compile(r"[.!?؟;؛,،:\n«»()\"]")


def _tables():
    from indexer.arabic_whole_names import PLACE_WORDS, SENSES

    return SENSES, PLACE_WORDS


def other_senses(texts) -> set:
    """The words (as written) of ``texts`` (a report's title and body) that name a place of the
    gazetteer and that their neighbours make a common word, less the words of the report's other
    mentions of the same name."""
    senses, place_words = _tables()
    marked, kept = {}, set()
    for text in texts:
        if not text or text.isascii() or not _WORD.search(text):  # isascii: a flag of the str, no scan
            continue
        matches = list(_WORD.finditer(text))
        folded = [fold_word(m.group()) for m in matches]
        for i, fold in enumerate(folded):
            sense = senses.get(fold)
            if sense is None:
                continue
            before, after = sense
            prev = folded[i - 1] if i and not _STOP.search(text[matches[i - 1].end():matches[i].start()]) else None
            nxt = matches[i + 1] if i + 1 < len(matches) and not _STOP.search(
                text[matches[i].end():matches[i + 1].start()]) else None
            if prev is not None and prev in place_words:
                kept.add(fold)
                continue
            word_after = fold_word(nxt.group()) if nxt is not None else None
            if (prev is not None and prev in before) or (word_after is not None and word_after in after) or (
                    nxt is not None and "ل-" in after and len(nxt.group()) > 3
                    and normalise_arabic(nxt.group()).startswith("ل")):
                marked.setdefault(fold, set()).add(matches[i].group())
            else:
                kept.add(fold)
    return {word for fold, words in marked.items() if fold not in kept for word in words}
