"""Places and organisations mentioned in a text, from the gazetteer (``archive/data/gazetteer.txt``).

A token trie over the gazetteer's spellings, built once: the text is split into the search
index's tokens, each folded as the index folds it (``gazetteer.fold_word``), and at each token the
longest spelling starting there wins ("al-Hol camp" over "al-Hol", "Raqqa province" over "Raqqa",
"Syrian Democratic Forces" over "Syria"); the scan resumes after it, so overlapping spellings are
never counted twice. A bare town name is the town, not its province ("Deir ez-Zor" is the city;
"Deir ez-Zor province" and "Deir ez-Zor governorate" are the province).

Precision rules, beyond the spelling itself:
- a word the gazetteer capitalises must be capitalised in the text ("Hol", not "hol");
- short all-capitals spellings (IS, UN, US, SDF) match only as written, never inside text set
  in capitals ("IT IS" is no mention of the Islamic State), nor as a currency ("US$");
- the words of a multi-word spelling may be separated only by spaces, hyphens and apostrophes.
"""

from __future__ import annotations

import functools
import re
from itertools import compress
from dataclasses import dataclass
from typing import NamedTuple

from archive.extract.gazetteer import TOKEN_RE, exact_word, fold_word, provinces, spellings

_GAP = re.compile(r"[\s\-‐‑–—'’ʼ`ʿʾ]{0,4}")  # what may separate two words of one spelling
_SHORT_EXACT = 3  # exact spellings this short are ignored in text set in capitals


class Mention(NamedTuple):
    start: int  # character offsets in the text
    end: int
    entity_id: str
    text: str


@dataclass(frozen=True)
class _Pattern:
    entity_id: str
    words: tuple[str, ...]  # folded words, or as written for an exact spelling
    capitals: tuple[bool, ...]  # which words must start with a capital in the text
    exact: bool


@dataclass(frozen=True)
class _Trie:
    folded: dict  # first folded word -> patterns, longest first
    exact: dict  # first word as written -> patterns, longest first
    exact_words: frozenset  # every word of an exact spelling (not "shouting" text)
    lower_starts: frozenset  # first folded words of spellings whose first word may be in lower case


def _capitalised(word: str) -> bool:
    for ch in word:
        if ch.isalpha():
            return ch.isupper()
    return False


@functools.lru_cache(maxsize=None)
def _trie() -> _Trie:
    merged: dict[tuple, list] = {}
    for sp in spellings():
        if sp.search_only:
            continue
        raw = TOKEN_RE.findall(sp.text)
        if sp.exact:
            words = tuple(exact_word(t) for t in raw)
            caps = tuple(False for _ in words)
        else:
            pairs = [(fold_word(t), _capitalised(t)) for t in raw]
            pairs = [p for p in pairs if p[0]]
            words = tuple(p[0] for p in pairs)
            caps = tuple(p[1] for p in pairs)
        if not words:
            continue
        key = (sp.entity_id, sp.exact, words)
        if key in merged:  # the same key written twice: a capital is needed only if always written
            merged[key] = [a and b for a, b in zip(merged[key], caps)]
        else:
            merged[key] = list(caps)
    folded: dict[str, list] = {}
    exact: dict[str, list] = {}
    exact_words = set()
    for (entity_id, is_exact, words), caps in merged.items():
        pattern = _Pattern(entity_id, words, tuple(caps), is_exact)
        (exact if is_exact else folded).setdefault(words[0], []).append(pattern)
        if is_exact:
            exact_words.update(words)
    for table in (folded, exact):
        for patterns in table.values():
            patterns.sort(key=lambda p: -len(p.words))
    lower_starts = frozenset(w for w, patterns in folded.items() if any(not p.capitals[0] for p in patterns))
    return _Trie(folded, exact, frozenset(exact_words), lower_starts)


def _shouting(word: str, trie: _Trie) -> bool:
    return len(word) >= 2 and word.isalpha() and word.isupper() and word not in trie.exact_words


# (gap, token) pairs: the same tokens as TOKEN_RE, with the characters before each.
_GAP_TOKEN = re.compile(r"(\W*)(" + TOKEN_RE.pattern + ")")
_MAX_CACHE = 500_000


class _Vocabulary:
    """Each word seen, folded once; and the words that may start a spelling."""

    def __init__(self) -> None:
        self.folded: dict[str, str] = {}
        self.starters: set[str] = set()

    def learn(self, words: set, trie: _Trie) -> None:
        if len(self.folded) > _MAX_CACHE:
            self.folded.clear()
            self.starters.clear()
        for word in words.difference(self.folded):
            f = fold_word(word)
            self.folded[word] = f
            upper = _capitalised(word)
            if (f in trie.folded and (upper or f in trie.lower_starts)) or (
                    upper and exact_word(word) in trie.exact):
                self.starters.add(word)


_VOCABULARY = _Vocabulary()


def mentions(text: str) -> list[Mention]:
    """Every mention of a gazetteer entity in ``text``, in order, none overlapping."""
    trie = _trie()
    pairs = _GAP_TOKEN.findall(text)
    if not pairs:
        return []
    gaps, words = zip(*pairs)
    unique = set(words)
    vocabulary = _VOCABULARY
    vocabulary.learn(unique, trie)
    hits = unique & vocabulary.starters
    if not hits:
        return []
    folded = vocabulary.folded
    out: list[Mention] = []
    resume = 0
    offset_index, offset = 0, 0  # the text's offset at the start of the gap before word offset_index
    for i in compress(range(len(words)), map(hits.__contains__, words)):
        if i < resume:
            continue
        word = words[i]
        best, best_end = None, -1
        f = folded[word]
        candidates = trie.folded.get(f, ()) if f else ()
        if word[0].isupper():
            candidates = (*candidates, *trie.exact.get(exact_word(word), ()))
        for pattern in candidates:
            if best is not None and len(pattern.words) <= len(best.words):
                continue
            end = _match(pattern, i, gaps, words, folded)
            if end >= 0:
                best, best_end = pattern, end
        if best is None:
            continue
        if best.exact and len(best.words) == 1 and not _exact_context_ok(i, gaps, words, trie):
            continue
        first = i
        if first > 0 and not folded[words[first - 1]] and _GAP.fullmatch(gaps[first]):
            first -= 1  # show the article: "al-Hol camp"
        offset += sum(map(len, gaps[offset_index:first])) + sum(map(len, words[offset_index:first]))
        offset_index = first
        start = offset + len(gaps[first])
        stop = start + sum(map(len, words[first:best_end + 1])) + sum(map(len, gaps[first + 1:best_end + 1]))
        out.append(Mention(start, stop, best.entity_id, text[start:stop]))
        resume = best_end + 1
    return _plural_provinces(out, text) if out else out


_PROVINCES_AFTER = re.compile(r"\s+(?:provinces|governorates)\b", re.IGNORECASE)
_PROVINCE_OF = re.compile(r"\b(?:province|governorate)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_AND = re.compile(r"\s*(?:,|,?\s+and|&)\s+")


def _plural_provinces(found: list[Mention], text: str) -> list[Mention]:
    """"Hasakah and Deir ez-Zor provinces", "the province of Raqqa": towns that stand for their
    provinces."""
    towns = provinces()
    promote = False
    for k in range(len(found) - 1, -1, -1):
        m = found[k]
        if m.entity_id not in towns:
            promote = False
            continue
        if _PROVINCES_AFTER.match(text, m.end):
            promote = True
        elif _PROVINCE_OF.search(text, max(0, m.start - 20), m.start):
            found[k] = m._replace(entity_id=towns[m.entity_id])
            promote = False
            continue
        elif promote and k + 1 < len(found) and _AND.fullmatch(text, m.end, found[k + 1].start):
            pass
        else:
            promote = False
        if promote:
            found[k] = m._replace(entity_id=towns[m.entity_id])
    return found


def _match(pattern: _Pattern, i: int, gaps, words, folded) -> int:
    """The index of the last word of ``pattern`` matched at word ``i``, or -1."""
    n = len(words)
    j = i
    for k, want in enumerate(pattern.words):
        if k:
            j += 1
            if not pattern.exact:
                while j < n and not folded.get(words[j], "-") and _gap_ok(gaps[j], words[j - 1]):
                    j += 1  # an article between two words: "Deir ez-Zor", "Ras al Ain"
            if j >= n or not _gap_ok(gaps[j], words[j - 1]):
                return -1
        if pattern.exact:
            if exact_word(words[j]) != want:
                return -1
        else:
            if folded.get(words[j]) != want:
                return -1
            if pattern.capitals[k] and not _capitalised(words[j]):
                return -1
    return j


def _gap_ok(gap: str, before: str) -> bool:
    if len(gap) > 4:
        return False
    if _GAP.fullmatch(gap):
        return True
    # "U.S. Army": the full stop of an abbreviation
    return gap.startswith(".") and "." in before and _GAP.fullmatch(gap[1:]) is not None


def _exact_context_ok(i: int, gaps, words, trie: _Trie) -> bool:
    """An exact one-word spelling is no mention in text set in capitals, nor as ``US$``."""
    if i + 1 < len(words) and gaps[i + 1].startswith("$"):
        return False
    if i + 1 == len(words):
        pass
    if len(words[i]) <= _SHORT_EXACT:
        if i > 0 and _shouting(words[i - 1], trie):
            return False
        if i + 1 < len(words) and _shouting(words[i + 1], trie):
            return False
    return True


def find_entities(text: str) -> dict[str, int]:
    """``{entity id: number of mentions}`` in ``text`` (an article's title and body)."""
    counts: dict[str, int] = {}
    for mention in mentions(text):
        counts[mention.entity_id] = counts.get(mention.entity_id, 0) + 1
    return counts
