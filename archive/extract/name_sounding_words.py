"""English words that sound like a place's name: ``archive/data/name_sounding_words.txt``.

A capitalised query word that is an English word and sounds like a one-word name of the gazetteer
("Derrick" for Derik, "Howl" for al-Hol/Hawl, "Tamer" for Tal Tamer) means the name; its sound-alike
search finds the name's reports, but the typed word itself also found the English word written in
lower case ("an oil derrick", "wolves howl"). The index keeps these words as names where they are
capitalised (``archive.extract.gazetteer_tables.cased_names``; ``indexer/cased_names.py``), as it
keeps Hit and Sour: a word typed capitalised finds them capitalised only, typed in lower case the
word as ever.

Derived by method, never by hand, from a public English word list (SCOWL size 80, Debian's
``wamerican-huge`` and ``wbritish-huge``, read from ``/usr/share/dict`` when the file is written;
never at run time): a lower-case entry of both lists, of 4 letters or more, that is no common word
(``english_words.txt``: a common word typed capitalised is the word, "Time", "Team", "Hole") and no
word of a spelling of the gazetteer as the index normalises it (Turkey, China, Douma, Hammam of
"Abu Hammam", bath of Baath: the gazetteer's own words keep their rule, and every spelling of a name
must give the same terms),
whose sound-alike key (``indexer.fulltext.sound_alikes.phonetic_key``, or a dialect reading of it)
is that of a one-word Latin name of the gazetteer (its articles and generic words dropped), and
which is that name, one edit from it with the same key, or two edits with the same key and the
same consonant skeleton ("derrick", "derik").

    .venv/bin/python -m archive.extract.name_sounding_words   # writes the data file again
"""

from __future__ import annotations

import re
from pathlib import Path

WORD_LISTS = ("/usr/share/dict/american-english-huge", "/usr/share/dict/british-english-huge")
MIN_LETTERS = 4
_WORD = re.compile(r"[a-z]+")
_LETTERS = re.compile(r"[^\W\d_]+")
# words a one-word name is written with besides its name word (articles, and the words a place's
# name starts with that are no name of their own)
_NAME_PREFIXES = frozenset(("al", "el", "ar", "as", "ad", "an", "at", "az", "ash", "ath", "the", "of",
                            "tal", "tell", "tel", "til", "ras", "ain", "deir", "abu", "umm", "jabal",
                            "jebel", "wadi"))

HEADER = """\
# English words that sound like a one-word name of the gazetteer (one a line, lower case): the index
# keeps each as a name where it is capitalised ("Derrick", "Howl"), so a capitalised query finds the
# name and not the word in lower case ("an oil derrick"). Written by archive/extract/name_sounding_words.py
# (see its docstring for the rule) from SCOWL size 80 (Debian wamerican-huge and wbritish-huge,
# words in both); no other text is kept. Do not edit by hand: write it again when the gazetteer or
# english_words.txt changes, then write indexer/cased_names.py and raise ANALYSIS_VERSION.
#
# SCOWL: Copyright 2000-2011 by Kevin Atkinson. Permission to use, copy, modify, distribute and sell
# these word lists, the associated scripts, the output created from the scripts, and its
# documentation for any purpose is hereby granted without fee, provided that the above copyright
# notice appears in all copies and that both that copyright notice and this permission notice appear
# in supporting documentation. Kevin Atkinson makes no representations about the suitability of this
# array for any purpose. It is provided "as is" without express or implied warranty. (Parts: Copyright
# 1996 by Alan Beale, J Ross Beresford, Dave Gardner; the Moby lexicon, public domain; the full
# notices are in Debian's /usr/share/doc/wamerican-huge/copyright.)
"""


def name_words() -> dict:
    """``{sound-alike key: {name word}}`` of the gazetteer's one-word Latin names: spellings with
    one word of MIN_LETTERS or more besides articles, name prefixes and generic words ("Derik",
    "al-Hol", "Houri centre": derik, hol, houri)."""
    from indexer.fulltext.generic_words import qualifier_words
    from indexer.fulltext.language import name_groups
    from indexer.fulltext.sound_alikes import phonetic_key
    from indexer.names import is_arabic

    generic = qualifier_words()
    found: dict = {}
    for group in name_groups():
        for name in group:
            if is_arabic(name):
                continue
            words = [w for w in _LETTERS.findall(name) if w.lower() not in generic and w.lower() not in _NAME_PREFIXES]
            if len(words) == 1 and words[0][:1].isupper() and len(words[0]) >= MIN_LETTERS:
                found.setdefault(phonetic_key(words[0].lower()), set()).add(words[0].lower())
    return found


def sounds_like_name(word: str, names: dict) -> bool:
    """Whether ``word`` (lower case) is a one-word name of ``names`` (:func:`name_words`) or its
    close sound-alike (the rule in the module's docstring)."""
    from indexer.fulltext.skeletons import word_skeleton
    from indexer.fulltext.sound_alikes import _dialect_keys, edit_distance, phonetic_key

    own = phonetic_key(word)
    for key in _dialect_keys(own):
        for name in names.get(key, ()):
            edits = edit_distance(word, name)
            if edits == 0 or (key == own and (edits <= 1 or (edits <= 2 and word_skeleton(word) == word_skeleton(name)))):
                return True
    return False


def derive(lists=WORD_LISTS) -> list:
    """The words, sorted (see the module's docstring); ``lists``: word list files, a word counts
    when every one has it."""
    from archive.extract.data import english_words
    from indexer.fulltext.language import name_groups
    from indexer.names import normalise_name

    sets = [{line.strip() for line in Path(path).read_text(encoding="utf-8", errors="replace").splitlines()}
            for path in lists]
    common, names = english_words(), name_words()
    # the gazetteer's spellings as given (name_groups), not the alias table: that is built with the
    # index's analysis, which reads this list
    written = {normalise_name(w.lower()) for group in name_groups() for name in group for w in _LETTERS.findall(name)}
    words = set.intersection(*sets)
    return sorted(word for word in words
                  if _WORD.fullmatch(word) and len(word) >= MIN_LETTERS and word not in common
                  and normalise_name(word) not in written and sounds_like_name(word, names))


def write(lists=WORD_LISTS) -> Path:
    """Write ``archive/data/name_sounding_words.txt`` from ``lists``."""
    path = Path(__file__).resolve().parent.parent / "data" / "name_sounding_words.txt"
    path.write_text(HEADER + "".join(f"{word}\n" for word in derive(lists)), encoding="utf-8")
    return path


if __name__ == "__main__":
    from archive import search_data

    search_data.provide()
    print(write())
