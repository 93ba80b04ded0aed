"""The parts of a logo's line that are the outlet's name (issue #13, round 24; from
:mod:`archive.extract.masthead_lines`): the name written twice, in two scripts ("Lakeside Media |
میدیای لەیکساید", "Lakeside لايكسايد") or beside its initials ("LCS | Lakeside Center for Studies",
all of whose words the initials hold), and the name beside a phrase no name could be ("Lakeside
Voice | News about the valley's towns")."""

from __future__ import annotations

import functools
import re
from typing import Optional

from archive.extract.data import small_words
from archive.extract.outlet_forms import word_initials
from archive.extract.outlet_names import has_arabic, plausible_name
from archive.model import collapse_whitespace

NAME_WORDS = 4  # a masthead's name has this many words at most
FULL_NAME_WORDS = 8  # a name spelled out beside its initials may be longer


_SIDES = re.compile(r"\s+[-–—|]\s+")
PHRASE_WORDS = 3


def _small_words_free(words: list) -> list:
    return [w for w in words if w.casefold() not in small_words()]


def before_phrase(line: str) -> str:
    """A logo line's name without the phrase beside it that no name could be ("Lakeside Voice |
    News about the valley's towns"): two parts, the second of ``PHRASE_WORDS`` words at least with
    a word in lower case besides the small ones, the first with none; else the line as it is."""
    parts = _SIDES.split(line)
    if len(parts) != 2 or has_arabic(line):
        return line
    name, phrase = (re.findall(r"[^\W\d_][\w'’-]*", part) for part in parts)
    lower = [w for w in _small_words_free(phrase) if w[:1].islower()]
    if len(phrase) < PHRASE_WORDS or not lower or any(w[:1].islower() for w in _small_words_free(name)):
        return line
    return parts[0]


def initials_pair(line: str) -> bool:
    """Whether a logo line writes a name beside its initials ("LCS | Lakeside Center for Studies"):
    the full name's every word is the name's, its last too (a company's word the initials hold)."""
    parts = _SCRIPT_PARTS.split(collapse_whitespace(line or ""))
    if len(parts) != 2:
        return False
    for short, full in (parts, parts[::-1]):
        words = [w for w in re.findall(r"[^\W\d_]+", full) if w.casefold() not in small_words()]
        if re.fullmatch(r"[A-Z]{2,6}", short) and len(words) == len(short) and word_initials(words) == short:
            return True
    return False


_SCRIPT_PARTS = re.compile(r"\s+[|/–—·•]\s+")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
# Where a run of Latin words meets a run of Arabic-script words on a line ("Lakeside لايكسايد").
_SCRIPT_RUNS = re.compile(r"(?<=[A-Za-z\u00c0-\u024f.])\s+(?=[\u0600-\u06ff])|(?<=[\u0600-\u06ff])\s+(?=[A-Za-z\u00c0-\u024f])")


def bilingual_name(line: str) -> Optional[str]:
    """The name a logo writes twice: the Latin-script half of one name in two scripts ("Lakeside
    Media | میدیای لەیکساید", "الوادي — Al-Wadi"): two parts apart by a bar or dash, one only in
    Arabic script, the other only in Latin script, each a few words (the outlet's one name is the
    Latin one, as the data names outlets); or the full name beside its initials ("LCS | Lakeside
    Center for Studies"); else None."""
    parts = _SCRIPT_PARTS.split(collapse_whitespace(line or ""))
    if len(parts) == 1:
        parts = _SCRIPT_RUNS.split(parts[0])  # "Lakeside لايكسايد": the two scripts side by side, a space apart
    if len(parts) != 2:
        return None
    for short, full in (parts, parts[::-1]):
        words = [w for w in re.findall(r"[^\W\d_]+", full) if w.casefold() not in small_words()]
        if re.fullmatch(r"[A-Z]{2,6}", short) and len(words) == len(short) <= FULL_NAME_WORDS \
                and word_initials(words) == short and all(w[:1].isupper() for w in words):
            return full
    latin = [p for p in parts if _LATIN.search(p) and not has_arabic(p)]
    arabic = [p for p in parts if has_arabic(p) and not _LATIN.search(p)]
    if len(latin) != 1 or len(arabic) != 1 or any(len(p.split()) > NAME_WORDS for p in parts):
        return None
    return latin[0] if plausible_name(latin[0]) and latin[0][:1].isupper() else None


LOGO_LINES = 4  # a logo stands among the page's first lines (links to skip to the content aside)


@functools.lru_cache(maxsize=None)
def _logo_words() -> tuple:
    from archive.extract.data import data_lines

    return tuple(sorted({w.casefold() for w in data_lines("outlet_logo_words.txt")}, key=len, reverse=True))


@functools.lru_cache(maxsize=None)
def _logo_shapes() -> tuple:
    words = "|".join(re.escape(w) for w in _logo_words())
    return (re.compile(r"^(?P<name>\S.{0,60}?)\s+(?:" + words + r")$", re.I),  # "Name logo", "Name logosu"
            re.compile(r"^(?:" + words + r")(?:\s+(?:of|de|du|des|del|della|di|von|van|da|do))?(?:\s+(?:the|la|le|el|der|die|das))?"
                       r"\s*[:：]?\s+(?P<name>\S.{0,60}?)$", re.I))  # "Logo: Name", "Logo of the Name", "شعار Name"


def labelled_logo(content: list, title_at: int) -> Optional[tuple]:
    """``(name, index)`` of the line among the page's first ``LOGO_LINES`` over the headline that
    labels itself its logo ("Name logo", "Logo: Name", "شعار Name"): a logo's text, as a page copied
    with its images' texts keeps it; its name is the site's masthead as the site writes it. None where
    no such line, or where its name is no name (a social network's or an app store's logo, a word in
    lower case) (:func:`archive.extract.masthead_lines.masthead_name`)."""
    from archive.extract.masthead_lines import masthead_name

    top = min(LOGO_LINES, title_at if title_at >= 0 else LOGO_LINES, len(content))
    for i in range(top):
        line = collapse_whitespace(content[i] or "").strip(" []()")
        for shape in _logo_shapes():
            match = shape.match(line)
            if not match:
                continue
            name = match.group("name").strip(" .:-–—|")
            if not name or _platform(name) or name.casefold() in _logo_words():
                return None
            found = masthead_name(name)
            return (found, i) if found else None
    return None


def _platform(name: str) -> bool:
    """Whether ``name`` is the site of a platform a page links to, not its own (a social network,
    an app store: ``archive/data/outlet_hosts.txt``'s hosts, by their first label)."""
    return re.sub(r"[^a-z0-9]", "", name.casefold()) in _platform_labels()


@functools.lru_cache(maxsize=1)
def _platform_labels() -> frozenset:
    from archive.extract.data import data_lines

    return frozenset(re.sub(r"[^a-z0-9]", "", line.casefold().split(".")[0]) for line in data_lines("outlet_hosts.txt"))
