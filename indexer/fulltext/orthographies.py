"""A Latin name as other orthographies write it (issue #17): Turkish and Kurdish (c is j, ç ch, ş sh,
x kh: Cerablus, Akçakale, Şeddadê; with the marks lost, c may be ç: Akcakale), German (s before a vowel is z,  dsch is j, tsch ch, sch sh, j y: Dscharablus, Mambidsch,
Tel Abjad, Deir es-Sor), French (ou is u or w, dj j, ch sh: Ghoueirane, Qamichli, Djézireh) and the
Egyptian g for jim (Garablus); Turkish also writes waw v, ay ey and -ah e (Süveyda, Malikiye), German ch
for kh and s for z (Chabur, Dschasira), Kurmanji x for gh (Bexda) and its oblique ending -ê (Xiweyranê). :func:`readings` gives a word typed in one of them
as English transliteration would write it, so the sound-alike fallback and the skeleton rules read
Cerablus as Jarablus. Each orthography is read whole, one at a time; a reading is only another
spelling to compare, never searched unless it meets a known name or an archive word alike."""

from __future__ import annotations

import functools
import re

from indexer.names import strip_accents

# (pattern, replacement) in order, per orthography; on the word in lower case, marks kept
_TURKISH = ((re.compile("ç"), "ch"), (re.compile("ş"), "sh"), (re.compile("ğ"), "gh"), (re.compile("ı"), "i"),
            (re.compile("x"), "kh"), (re.compile(r"c(?!h)"), "j"),
            # a voiced consonant is voiceless at a word's end in Turkish: Arabic b is p (Arap, Halep)
            (re.compile(r"(?<=[aeiou])p$"), "b"),
            # waw is v after a vowel (Kuveyt, Tevfik), the diphthong ay is ey before a consonant (Şeyh,
            # Zeynep), and the ending -ah/-eh (ta marbuta) is a bare e (Suriye, Haseke, Malikiye)
            (re.compile(r"(?<=[aeiouöü])v"), "w"), (re.compile(r"ey(?![aeiou])"), "ay"),
            (re.compile(r"(?<=....[^aeiou])e$"), "eh"))
# Kurmanji writes ghayn as x too (one letter for kh and gh in most Kurdish texts: Xazî for Ghazi)
# and ends a name in the oblique case with -ê (-yê after a vowel): Xiweyranê, Reqayê (the name's nominative)
_KURDISH = ((re.compile("x"), "gh"), (re.compile("ç"), "ch"), (re.compile("ş"), "sh"), (re.compile(r"c(?!h)"), "j"),
            (re.compile(r"(?<=...[aeiouîû])yê$"), ""), (re.compile(r"(?<=...)ê$"), ""))
_MARKS_LOST = ((re.compile("x"), "kh"), (re.compile(r"c(?!h)"), "ch"))  # Akcakale for Akçakale
# German: ch is kh (Chabur, Chan), outside sch and tsch; s is z before a vowel and at a word's end (es-Sor,
# Baghus: German has no other letter for Arabic z)
_GERMAN = ((re.compile(r"(?<![st])ch"), "kh"), (re.compile(r"j"), "y"), (re.compile("dsch"), "j"), (re.compile("tsch"), "ch"), (re.compile("sch"), "sh"),
           (re.compile(r"(?:\b|(?<=[aeiou]))s(?=[aeiou])"), "z"), (re.compile("ss"), "s"),  # es-Sor, Dschasira
           (re.compile(r"(?<=....[aeiou])s$"), "z"))
_EGYPTIAN = ((re.compile(r"g(?!h)"), "j"),)
# French: ou is w before a vowel, else u (Ghoueirane, Boukamal), dj is j (Djézireh, Hadjin), ch is sh
# and tch ch (Qamichli, Daech), gu before e/i is g, a final e after a consonant is silent (Ghoueirane)
_FRENCH = ((re.compile(r"ou(?=[aeiyéèê])"), "w"), (re.compile("ou"), "u"), (re.compile("dj"), "j"),
           (re.compile(r"(?<!t)ch"), "sh"), (re.compile("tch"), "ch"), (re.compile(r"gu(?=[eiéè])"), "g"),
           (re.compile(r"(?<=[^aeiouy])e$"), ""))
# Spanish: j is kh (Jabur, Jan Sheijun: the Khabur, Khan Shaykhun) and jim is y at a word's end after a vowel
# and before e or i at its start (Manbiy, Yihad, Yisr: Manbij, jihad, Jisr). A Spanish j is also an English
# j (Jubur, the tribe, is no Khabur one vowel away), so a Spanish reading counts only where it writes a known
# name or a name's spelling exactly (EXACT_ORTHOGRAPHIES: exact_readings), never one edit off.
_SPANISH = ((re.compile("j"), "kh"), (re.compile(r"(?<=[aeiou])y$"), "j"), (re.compile(r"^y(?=[ei])"), "j"))
EXACT_ORTHOGRAPHIES = {"spanish": _SPANISH}
READINGS_KEPT = 65536  # words whose readings a process keeps (a few short strings each: ~30 MB at most)
ORTHOGRAPHIES = {"turkish": _TURKISH, "turkish, marks lost": _MARKS_LOST, "german": _GERMAN, "egyptian": _EGYPTIAN,
                 "french": _FRENCH, "kurdish": _KURDISH}


def reading(word: str, orthography: str) -> str:
    """``word`` as English transliteration writes what ``orthography`` wrote, accents dropped, in
    lower case. German reads j as y only in a word with a German mark (sch) or a consonant before
    the j (Abjad), as an English j stands before a vowel (Jarablus)."""
    lower = word.lower()
    text = lower
    for pattern, replacement in {**ORTHOGRAPHIES, **EXACT_ORTHOGRAPHIES}[orthography]:
        if orthography == "german" and replacement == "y" and not ("sch" in lower or re.search(r"[^aeiou]j", lower)):
            continue
        if orthography == "german" and replacement == "kh" and "ch" in lower and _english(lower):
            continue  # an English word's ch is English ("change" is no German "khange", Khanke)
        text = pattern.sub(replacement, text)
    return strip_accents(text)


def _english(word: str) -> bool:
    from indexer.fulltext.language import english_words

    return word in english_words()


def readings(word: str) -> list:
    """``word`` (Latin letters) in each other orthography's :func:`reading`; the word itself not
    among them, nor repeats."""
    return list(_readings(word))


@functools.lru_cache(maxsize=READINGS_KEPT)
def _readings(word: str) -> tuple:
    # Kept: a name's sound-alikes read the archive's candidate words in every orthography at each
    # search (~30,000 words for "Tabqa dam" at 291,000 articles: most of that search's time), and the
    # same names are searched again and again.
    return tuple(_read_each(word))


def _read_each(word: str) -> list:
    if not word.isalpha():
        return []
    plain = strip_accents(word.lower())
    found: list = []
    for orthography in ORTHOGRAPHIES:
        text = reading(word, orthography)
        if text != plain and text not in found:
            found.append(text)
    return found


def exact_readings(word: str) -> list:
    """``word`` (Latin letters) as the orthographies whose readings count only when they write a known
    name exactly (EXACT_ORTHOGRAPHIES: Spanish Jabur, Manbiy), the word itself not among them."""
    if not word.isalpha():
        return []
    plain = strip_accents(word.lower())
    return [text for text in dict.fromkeys(reading(word, name) for name in EXACT_ORTHOGRAPHIES) if text != plain]


def read_key(words: str, find):
    """The alias key ``find`` (name_phrases.alike_key, skeletons.skeleton_key) gives a name of two
    or three Latin words read in another orthography, word by word (Tel Abjad: Tel Abyad), or None."""
    parts = words.split()
    if not 2 <= len(parts) <= 3:
        return None
    for orthography in ORTHOGRAPHIES:
        read = " ".join("-".join(reading(piece, orthography) if piece.isalpha() else piece for piece in part.split("-"))
                        for part in parts)
        if read != words.lower():
            key = find(read)
            if key:
                return key
    return None


# how a letter of a sound-alike key (sound_alikes.phonetic_key) is keyed when another orthography
# wrote it: j as Turkish c (s before e/i, else k), as German dsch (dS) or Egyptian g; sh/ch as
# Turkish ş/ç with the mark lost (s, k); kh as Kurdish x (ks) or German ch (S); gh as Kurdish x (ks);
# z as German s
_FOREIGN_KEYS = {"j": ("s", "k", "g", "dS"), "S": ("s", "k"), "k": ("ks", "S"), "g": ("ks",), "z": ("s",)}
# how German writes an English transliteration's letters, all at once (Jazira: Dschasira, Khabur: Chabur)
_GERMAN_WRITES = (("sh", "sch"), ("kh", "ch"), ("j", "dsch"), ("z", "s"))
# how Spanish writes them (Khabur: Jabur, Manbij: Manbiy), all at once
_SPANISH_WRITES = (("kh", "j"), (r"(?<=[aeiou])j$", "y"))
_WAW_AFTER_VOWEL = re.compile(r"(?<=[aeiou])w(?=[aeiouy])")
# how Turkish writes them, all at once (Washokani: Vaşokani; Shaddadi: Şeddadi's consonants): waw as v
# before a vowel at a word's start too (Vadi, Velid), sh ş, ch ç, j c
_TURKISH_WRITES = (("sh", "ş"), ("ch", "ç"), ("j", "c"))
_WAW_TURKISH = re.compile(r"(?:^|(?<=[aeiou]))w(?=[aeiou])")


def foreign_keys(key: str, spelling: str = "") -> list:
    """The sound-alike keys the archive's words have when another orthography wrote a name of
    ``key`` (Jarablus "jarabls": Cerablus "sarabls"), one letter class changed at a time; with the
    name's ``spelling`` also the key of its waw written v (Turkish: Ghuwayran, Guveyran), and a key
    ending in a consonant with a vowel after it (French and Turkish write a final silent or ta
    marbuta e: Ghouayrane, Tichrine); and the key of the spelling as Turkish writes it all at once (waw
    v at a word's start too, sh ş, ch ç, j c: Vaşokani, Çaqçaq)."""
    found: list = []
    for letter, others in _FOREIGN_KEYS.items():
        if letter in key:
            found += [key.replace(letter, other) for other in others if key.replace(letter, other) not in found]
    if spelling:
        from indexer.fulltext.sound_alikes import phonetic_key

        waw = _WAW_AFTER_VOWEL.sub("v", spelling.lower())
        if waw != spelling.lower():
            found.append(phonetic_key(waw))
        if key[-1:] not in ("a", ""):
            found.append(key + "a")
        spanish = spelling.lower()
        for letters, written in _SPANISH_WRITES:
            spanish = re.sub(letters, written, spanish)
        if spanish != spelling.lower():
            found.append(phonetic_key(spanish))
        turkish = spelling.lower()
        for letters, written in _TURKISH_WRITES:
            turkish = turkish.replace(letters, written)
        turkish = _WAW_TURKISH.sub("v", turkish)
        if turkish != spelling.lower():
            found.append(phonetic_key(turkish))
        german = spelling.lower()
        for letters, written in _GERMAN_WRITES:
            german = german.replace(letters, written)
        found.append(phonetic_key(german))
    return [other for other in dict.fromkeys(found) if other != key]


def read_alike(spelling: str, word: str, edits: int = 1) -> bool:
    """Whether an archive ``word`` read in another orthography (:func:`readings`) is within
    ``edits`` of a name's ``spelling`` (qaf and g as k), and is no English word (singer is not
    Sinjar with an Egyptian g)."""
    from indexer.fulltext.language import english_words
    from indexer.fulltext.sound_alikes import within_edits

    if word in english_words():
        return False
    target = _read_target(spelling)
    return any(within_edits(target, form, edits) for form in _read_forms(word))


def _qaf(text: str) -> str:
    return text.replace("q", "k").replace("g", "k")


@functools.lru_cache(maxsize=65_536)
def _read_target(spelling: str) -> str:
    return _qaf(strip_accents(spelling.lower()))


@functools.lru_cache(maxsize=READINGS_KEPT)
def _read_forms(word: str) -> tuple:
    # Kept, as _readings: a search compares each of ~30,000 archive words with each spelling of the name
    # (89,610 calls for "Tabqa dam"), and stripping their accents again was most of its parse (speed38).
    return tuple(_qaf(reading) for reading in readings(word) + _cedilla_lost(word))


def read_exactly(spelling: str, word: str) -> bool:
    """Whether an archive ``word`` read in an orthography of EXACT_ORTHOGRAPHIES writes a name's
    ``spelling`` letter for letter (qaf and g as k, accents dropped): Spanish Jabur of Khabur, Manbiy of
    Manbij; no English word."""
    from indexer.fulltext.language import english_words

    if word in english_words():
        return False
    target = strip_accents(spelling.lower()).replace("q", "k").replace("g", "k")
    return any(reading.replace("q", "k").replace("g", "k") == target for reading in exact_readings(word))


def _cedilla_lost(word: str) -> list:
    """A Turkish or Kurdish ş that lost its mark in the archive ("Tişrin", "Waşokanî" indexed as tisrin,
    wasokani) read as sh: the word with its s read so, when it writes no sh already (only compared, as
    every reading)."""
    lower = strip_accents(word.lower())
    return [lower.replace("s", "sh")] if "s" in lower and "sh" not in lower else []
