"""A place's Arabic spelling as Persian and Kurdish (Sorani) write it (issue #17): by sound, without
the Arabic article. Both scripts write an Arabic name with the letters of its sounds, so the letters
Arabic keeps apart for sounds these languages do not make become one: ص ث -> س, ط -> ت, ض ظ ذ -> ز
(الموصل is موسڵ in Sorani and موصل or موسل in Persian; الطبقة is تەبقە; صلاح الدين is سەلاحەدین).

For every Arabic spelling of a gazetteer place, the spelling so respelt (each word's article dropped,
those letters replaced) is one more spelling of the place, made by rule where a letter changes (alias
table: alias_keys.alias_table), so a Sorani or Persian report finds the place's searches in both scripts
and the Sorani query finds the Arabic and Latin reports. The index's analysis folds the Kurdish letters
already (indexer.names.normalise_arabic: ڵ ڕ ۆ ێ ە ک ی), so only these letters differ.

Only a spelling of one word: a name of several words is translated or written joined ("Salah al-Din"
is سەلاحەدین, and its words respelt apart, سلاح, are the Arabic word "weapon"); and only where the word
respelt has four letters or more (الصور, al-Sour, would be سور, "wall") and Snowball's Arabic stemmer
leaves it whole: a word it cuts is indexed as a stem the language's common words share (الرطبة, Rutba,
would be رتبة, "rank", stem رتب, as in برتبة عقيد), while موسل, ترتوس, خانسور stay whole.
Only for places (the entities of ``indexer/name_senses.py``): a country's or an organisation's name is
written in Persian with the Arabic letters of the loanword (فلسطین, not فلستین)."""

from __future__ import annotations

import re

from indexer.names import is_arabic

_SOUNDS = str.maketrans({"ص": "س", "ث": "س", "ط": "ت", "ض": "ز", "ظ": "ز", "ذ": "ز"})
_ARTICLE = re.compile(r"^ال(?=..)")


def persian_spelling(name: str) -> str:
    """``name`` (an Arabic-script spelling of one word) as Persian and Sorani write it by sound, or ""
    where no letter changes or the word would be too short (see the module's docstring)."""
    if not is_arabic(name) or len(name.split()) != 1 or not any(ch in name for ch in "صثطضظذ"):
        return ""
    spelt = _ARTICLE.sub("", name).translate(_SOUNDS)
    if len(spelt) < 4:
        return ""
    from indexer.fulltext.analysis import _arabic_stemmer

    return spelt if _arabic_stemmer().stemWord(spelt) == spelt else ""


def persian_spellings(names: list) -> list:
    """The Persian and Sorani spellings by sound of a place's Arabic spellings (``names``, the canonical
    first), not already among them."""
    from indexer.name_senses import SENSES

    out = []
    if not names or names[0] not in SENSES:
        return out
    for name in names:
        spelt = persian_spelling(name)
        if spelt and spelt not in names and spelt not in out:
            out.append(spelt)
    return out
