"""A place's name in Kurmanji after the word for its kind (issue #17): Kurmanji writes the kind first, in
its construct form, and the name after it in the oblique case: "kampa Holê" (the camp of al-Hol), "kampa
Rojê", "girtîgeha Xiwêranê", "bendava Tişrînê", "bajarê Qamişloyê". The oblique alone is no sure spelling
where it is also a word ("Holê" indexes as English "hole", "Rojê" is Kurmanji "of the day": alias_keys
drops or never makes them), but after the construct form of the entity's own kind it can be nothing
else; so these two words, as a phrase, are a spelling of the entity (searched, as any spelling, by a
plain search, a qualifier search: "al-Hol camp", and a quoted phrase: "kampa Hol").

The construct forms are read off the qualifier table (archive/data/name_qualifiers.txt): a word of a
kind's line that is another word of the same line with Kurmanji's construct ending (-a, -ya, -ê, -yê):
kampa and kampê (kamp), girtîgeha (girtîgeh), bendava (bendav), bajarê (bajar), gundê (gund), çemê (çem),
herêma (herêm), eşîra (eşîr), navçeya (navçe), parêzgeha (parêzgeh), zindana (zindan)."""

from __future__ import annotations

import functools
import re

_ENDINGS = ("ya", "yê", "a", "ê")
_ARTICLE = re.compile(r"(?i)^(?:al|el)[- ]")
_WORD = re.compile(r"[A-Za-zÀ-ɏ]+")


@functools.lru_cache(maxsize=None)
def construct_forms() -> dict:
    """``{English kind: (its Kurmanji construct forms, ...)}`` from the qualifier table."""
    from indexer.fulltext.qualifier_table import MEANINGS

    found = {}
    for kind, members in MEANINGS.items():
        words = {member.lower() for member in members if " " not in member}
        forms = tuple(member for member in members if " " not in member and any(
            member.lower().endswith(ending) and member.lower()[:-len(ending)] in words for ending in _ENDINGS))
        if forms:
            found[kind] = forms
    return found


def construct_obliques(names: list) -> list:
    """Each construct form of the entity's kinds (the English kind word its Latin spellings end with:
    "al-Hol camp", "Roj camp") with each of its one-word Latin names, the article taken off, in the
    oblique (-yê after a vowel, -ê after a consonant), where the group has no such oblique spelling of
    its own: "kampa Holê", "kampê Holê", "kampa Rojê". ``[]`` for an entity of no kind of the table."""
    forms = construct_forms()
    kinds = []
    for name in names:
        parts = name.split()
        latin = len(parts) > 1 and _WORD.fullmatch(parts[0].split("-")[-1])
        if latin and parts[-1] in forms and parts[-1] not in kinds:
            kinds.append(parts[-1])
    if not kinds:
        return []
    have = {name.lower() for name in names}
    found = []
    for name in names:
        bare = _ARTICLE.sub("", name)
        if " " in bare or not _WORD.fullmatch(bare) or not bare[:1].isupper() or len(bare) < 3:
            continue
        if bare[:2].lower() in ("al", "el") and f"al-{bare[2:]}".lower() in have:
            continue  # "Alhol": the article joined, as Kurmanji never writes it
        oblique = bare + ("yê" if bare[-1].lower() in "aeiouîû" else "ê")
        if bare[-1].lower() == "ê" or oblique.lower() in have:
            continue  # the name ends so already (Kobanê), or the group has its oblique (Qamişloyê)
        for kind in kinds:
            for form in forms[kind]:
                phrase = f"{form} {oblique}"
                if phrase not in found and phrase.lower() not in have:
                    found.append(phrase)
    return found


_TYPED = re.compile(r'"[^"]*"|(?:(?<![\w\'’-])([a-zêîûşç]+)\s+)?(?<![\w\'’-])([A-ZÇŞÊÎÛ][A-Za-zêîûşçÊÎÛŞÇ]+ê)(?![\w\'’-])')


def typed_obliques(text: str, known) -> str:
    """``text`` with each unquoted name typed in Kurmanji's oblique case that the alias table knows only
    in the nominative (``known(words)``) written as the name: "Holê" as "Hol", "Rojê" as "Roj". The
    oblique of a one-word name is dropped from the table where it is also another word ("Holê" indexes
    as English "hole", "Rojê" is "of the day": see the module's docstring), so a search typing it found
    only the word; a user who types the name capitalised with Kurmanji's ending means the place, as a
    search of its nominative does. A word the table knows as it is (Kobanê, Hesekê), or with the word
    before it ("kampa Holê": the camp's construct spelling), is left alone; the ending is -ê after a
    consonant and -yê after a vowel (the stem of "Reqayê" is "Reqa")."""

    def nominative(match: re.Match) -> str:
        if match.group(0).startswith('"'):
            return match.group(0)
        before, word = match.group(1), match.group(2)
        if known(word) or (before and known(f"{before} {word}")):  # "kampa Holê": the camp's own spelling
            return match.group(0)
        stems = [word[:-1]]
        if word.endswith("yê") and word[-3:-2].lower() in "aeiouêîû":
            stems.insert(0, word[:-2])
        for stem in stems:
            if len(stem) >= 3 and known(stem):
                return match.group(0)[:match.start(2) - match.start(0)] + stem
        return match.group(0)

    return _TYPED.sub(nominative, text)
