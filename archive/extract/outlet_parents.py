"""A publication its page calls a division of the company a sign named (issue #13, round 30).

A group's site often states its company as the publisher (a JSON-LD ``publisher``, a copyright
holder) while its own lines say which of the company's publications the page is: "© 2024 Lakeside
Star, a division of Harbour Media Inc.", "Sign up for news from Lakeside Star, part of Harbour Media",
"Lakeside Star ist ein Unternehmen der Harbour Media". Where the outlet a sign gave is the company
after such words (``archive/data/outlet_parent_words.txt``: "a division of", "part of", "owned by"
...), the page is the publication before them: :func:`own_division` gives it, the page writing it
on two lines at least (its masthead, its footer) or the data knowing it. The company stays where the
page names none of its publications so.
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from archive.extract.data import data_lines, english_words, small_words
from archive.extract.outlet_names import canonical_outlet, is_known, name_key
from archive.model import collapse_whitespace

NAME_WORDS = 5  # a publication's name before the parent's words is short
_COMPANY = re.compile(r"[,.]?\s+(?:inc|ltd|llc|plc|corp|corporation|gmbh|ag|sa|s\.a|limited|co)\.?$", re.I)


@functools.lru_cache(maxsize=None)
def _words() -> frozenset:
    return frozenset(line.casefold() for line in data_lines("outlet_parent_words.txt"))


@functools.lru_cache(maxsize=None)
def _parent_words() -> "re.Pattern":
    words = sorted(_words(), key=len, reverse=True)
    return re.compile(r"[\s,;–—-]*(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)\s*", re.I)


@functools.lru_cache(maxsize=None)
def _parent_needles() -> tuple:
    """``(needles, odd)``: the parent's words in lower case, and a pattern of the characters ``odd``
    that :func:`_parent_words` (case-insensitive) matches to a word's letter without being it in lower
    case ("ſ" for "s", "İ" and "ı" for "i", the Kelvin sign for "k"). A text in which no such character
    stands matches a word only where its lower case holds the word in lower case: a cheap necessary
    condition, so a page holding none of them is not scanned (issue #16: the scan of every line was
    0.4 ms an article). Found over every character once a process (~20 ms)."""
    words = _words()
    chars = sorted(set("".join(words)))
    if any(len(c.lower()) != 1 for c in chars):
        return (), None
    every = _every_character()
    matched = set(re.findall("[" + "".join(re.escape(c) for c in chars) + "]", every, re.I))
    odd = {"\u03a3"} & matched  # capital sigma: its lower case depends on the letters around it
    for c in chars:
        one = re.compile(re.escape(c), re.I)
        odd.update(x for x in matched if x.lower() != c.lower() and one.fullmatch(x))
    needles = sorted({w.lower() for w in words}, key=len)
    needles = [n for i, n in enumerate(needles) if not any(m in n for m in needles[:i])]  # one inside another: the shorter
    return tuple(needles), re.compile("[" + "".join(re.escape(c) for c in sorted(odd)) + "]") if odd else None


def _every_character() -> str:
    """Every character but the surrogates, once each."""
    import numpy as np

    codes = np.concatenate([np.arange(0xD800, dtype="<u4"), np.arange(0xE000, 0x110000, dtype="<u4")])
    return codes.tobytes().decode("utf-32-le")


def _holds_no_parent_words(text: str) -> bool:
    """Whether ``text`` surely holds no match of :func:`_parent_words` (:func:`_parent_needles`)."""
    needles, odd = _parent_needles()
    if not needles or (odd is not None and odd.search(text) is not None):
        return False
    text = text.lower()
    return not any(needle in text for needle in needles)


def _key(name: str) -> str:
    return name_key(_COMPANY.sub("", name.strip(" .,")))


_GROUP_WORDS = {"group", "network", "media", "holdings", "company", "corporation", "inc", "ltd", "plc", "llc", "gmbh"}


def _same_company(written: str, outlet: str) -> bool:
    """Whether ``written`` after the parent's words is ``outlet``, a company's word after it or not
    ("Harbour Media Group" for "Harbour Media"); not a sentence going on ("The Lakeside Post and
    support our journalism")."""
    words, company = written.split(), outlet.split()
    if _key(written) == _key(outlet):
        return True
    if len(words) <= len(company) or [w.casefold() for w in words[:len(company)]] != [w.casefold() for w in company]:
        return False
    return all(w.strip(".,").casefold() in _GROUP_WORDS for w in words[len(company):])


def _name_before(text: str) -> Optional[str]:
    """The run of capitalised words (joining words inside it) that ends ``text``: "Lakeside Star"
    of "© 2024 Lakeside Star", "Sign up for news from Lakeside Star"."""
    words = text.split()
    run: list = []
    for word in reversed(words):
        bare = word.strip("“”\"'«»()")
        if bare[:1].isupper() and not bare[:1].isdigit():
            run.insert(0, bare)
        elif run and bare.casefold() in small_words() and len(run) < NAME_WORDS:
            run.insert(0, bare)
        else:
            break
    while run and run[0].casefold() in small_words() and run[0] != "The":
        run.pop(0)
    if not run or len(run) > NAME_WORDS or run[0].casefold() in ("copyright", "©"):
        return None
    return " ".join(run).strip(" ,.")


def own_division(outlet: Optional[str], lines: list) -> Optional[str]:
    """The publication a line of the page calls a division (part, subsidiary ...) of ``outlet``,
    the company a sign named, where the page writes that publication on another line too or the
    data knows it; else None (module doc)."""
    if not outlet or not lines:
        return None
    company = _key(outlet)
    if not company:
        return None
    texts = [collapse_whitespace(str(line)) for line in lines if str(line).strip()]
    if _holds_no_parent_words("\n".join(texts)):  # most pages: their lines are not scanned one by one
        return None
    for text in texts:
        if _holds_no_parent_words(text):
            continue
        for match in _parent_words().finditer(text):
            after = _COMPANY.sub("", re.split(r"[.;|,]\s|\s[|–—]\s", text[match.end():])[0].strip(" ."))
            if not _same_company(after, outlet):
                continue
            name = _name_before(text[:match.start()])
            if not name or _key(name) == company or (" " not in name and name.casefold() in english_words()):
                continue
            known = canonical_outlet(name)
            if known and is_known(known):
                return known
            if sum(name.casefold() in other.casefold() for other in texts) >= 2:
                return name
    return None
