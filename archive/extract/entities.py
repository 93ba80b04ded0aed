"""Places and organisations mentioned in a text, from the gazetteer (``archive/data/gazetteer.txt``).

A token trie over the gazetteer's spellings, built once: the text is split into the search
index's tokens, each folded as the index folds it (``gazetteer.fold_word``), and at each token the
longest spelling starting there wins ("al-Hol camp" over "al-Hol", "Raqqa province" over "Raqqa",
"Syrian Democratic Forces" over "Syria"); the scan resumes after it, so overlapping spellings are
never counted twice. A bare town name is the town, not its province ("Deir ez-Zor" is the city;
"Deir ez-Zor province", "Deir el-Zour governorate", "the province of Deir ez-Zor" and "Hasakah
and Deir ez-Zor provinces" are provinces). A name inside a longer one is not counted: "Iraq" in
"Islamic State of Iraq and the Levant", "Syria" in "Syrian Democratic Forces".

Precision rules, beyond the spelling itself:
- a word the gazetteer capitalises must be capitalised in the text ("Hol", not "hol");
- short all-capitals spellings (IS, UN, US, SDF) match only as written, never inside text set
  in capitals ("IT IS" is no mention of the Islamic State), nor as a currency ("US$");
- the words of a multi-word spelling may be separated only by spaces, hyphens and apostrophes;
- a name inside a longer known name is never counted: the longest spelling starting at a word
  wins and the scan resumes after it ("Global Coalition to Defeat ISIS" is the coalition, not
  ISIS; "Raqqa Is Being Slaughtered Silently" is the activist group, not Raqqa);
- a spelling that is a common English word once its Arabic article is dropped
  (``archive/data/english_words.txt``: "Monitor" of Al-Monitor, "Hit", "Amnesty") matches only
  with the case and context of a name: never in a title-cased line (a headline: "Monitor Says
  30 Killed", "Syria Announces General Amnesty"), never just before another capitalised word
  ("The Hit Factory"), and with its article when the spelling has one ("Al-Monitor", never
  "War Monitor:" or "Monitor groups");
- a place that is not itself a neighbourhood is a neighbourhood of the same name, not the Iraqi
  province or town, when "neighbourhood" or "quarter" follows it ("Aleppo's Salaheddine
  neighbourhood"), when "the neighbourhood of" comes before it and "in <town>" after it ("the
  neighborhood of Salaheddine in the city of Aleppo"), and when "district" follows it within
  another town ("the Salah al-Din district of Aleppo", "Aleppo's Hamdaniyah district"; the
  "Hamdaniya district in Nineveh" stays the Iraqi one);
- a country's abbreviation opening a longer organisation name the gazetteer does not know
  ("US Refugee Admissions Office", "UK Disasters Emergency Committee") is not the country.

The rules that read the words around a place once found (provinces, neighbourhoods, an
organisation's name) are :mod:`archive.extract.place_contexts`'s.

Speed: each distinct word is folded once (a shared cache), and only the words that may start a
spelling are looked at further, so that most words cost a set lookup.
"""

from __future__ import annotations

import functools
import re
from itertools import accumulate, chain, compress
from operator import itemgetter
from typing import NamedTuple, Optional

from archive.extract.data import english_words
from archive.extract.gazetteer import TOKEN_RE, exact_word, fold_word, spellings
from archive.extract.place_contexts import _longer_names, _marked, _plural_provinces, report_marks
from archive.extract.text_split import split
from indexer.arabic_whole_names import ARTICLED, KUNYAS
from indexer.fulltext.arabic_terms import ARTICLED_MARK, bare_articled_name

_GAP = re.compile(r"[\s\-‐‑–—'’ʼ`ʿʾ]{0,4}")  # what may separate two words of one spelling
_SHORT_EXACT = 3  # exact spellings this short are ignored in text set in capitals


class Mention(NamedTuple):
    start: int  # character offsets in the text
    end: int
    entity_id: str
    text: str


# The trie: nested dicts from a word to the dict of the words that may follow it; the key None
# holds the spelling that ends there: (entity id, which of its words must be capitalised, guard):
# guard is 0, or for a one-word spelling that is an English word _ENGLISH (| _ARTICLE when the
# spelling writes an Arabic article before it: "Al-Monitor").
_END = None
_ENGLISH, _ARTICLE = 1, 2




class _Trie(NamedTuple):
    folded: dict  # spellings by folded words (articles dropped)
    exact: dict  # exactly-matched spellings by words as written
    exact_words: frozenset  # every word of an exact spelling (not "shouting" text)
    lower_starts: frozenset  # first folded words of spellings whose first word may be in lower case


def _capitalised(word: str) -> bool:
    for ch in word:
        if ch.isalpha():
            return ch.isupper()
    return False


@functools.lru_cache(maxsize=None)
def _trie() -> _Trie:
    folded: dict = {}
    exact: dict = {}
    exact_words: set = set()
    lower_starts: set = set()
    english = english_words()
    for sp in spellings():
        if sp.search_only:
            continue
        raw = TOKEN_RE.findall(sp.text)
        if sp.exact:
            words = [exact_word(t) for t in raw]
            caps = [False] * len(words)
            exact_words.update(words)
        else:
            pairs = [(fold_word(t), _capitalised(t)) for t in raw]
            words = [w for w, _ in pairs if w]
            caps = [c for w, c in pairs if w]
        if not words:
            continue
        guard = 0
        if not sp.exact and len(words) == 1 and words[0] in english:
            guard = _ENGLISH | (_ARTICLE if not fold_word(raw[0]) else 0)
        if not sp.exact and not caps[0]:
            lower_starts.add(words[0])
        node = exact if sp.exact else folded
        for word in words:
            node = node.setdefault(word, {})
        if _END in node:  # the same spelling twice: a capital is needed only if always written,
            entity_id, before, before_guard = node[_END]  # an article only if always written
            caps = [a and b for a, b in zip(before, caps)]
            guard = (guard & _ENGLISH) | (before_guard & guard & _ARTICLE)  # the same word
        node[_END] = (sp.entity_id, tuple(caps), guard)
    return _Trie(folded, exact, frozenset(exact_words), frozenset(lower_starts))


def _shouting(word: str, trie: _Trie) -> bool:
    return len(word) >= 2 and word.isalpha() and word.isupper() and word not in trie.exact_words


# (gap, token) pairs: the same tokens as TOKEN_RE, with the characters before each.
_GAP_TOKEN = re.compile(r"(\W*)(" + TOKEN_RE.pattern + ")")
_GAP_OF, _WORD_OF = itemgetter(0), itemgetter(1)
# A token's characters that \w lacks (Arabic marks): _GAP_TOKEN's gaps may hold one. The class
# of a token's characters is "[\w<marks>]"; "[<marks>]" may hold a \w character too (a false
# alarm only: such text is read the old way).
_TOKEN_CHARS = TOKEN_RE.pattern[: TOKEN_RE.pattern.index("]") + 1]
assert _TOKEN_CHARS.startswith("[\\w"), _TOKEN_CHARS
_WORD_MARK = re.compile("[" + _TOKEN_CHARS[3:])
_MAX_CACHE = 500_000


class _Vocabulary:
    """Each word seen, folded once; and the words that may start a spelling. Safe to share
    between threads: a full cache is replaced, never emptied under a reader."""

    def __init__(self) -> None:
        self.folded: dict[str, str] = {}
        self.starters: set[str] = set()

    def learn(self, words: set, trie: _Trie) -> tuple[dict, set]:
        """Fold the new ``words``; returns the folded forms and the starters, ``words`` included."""
        folded, starters = self.folded, self.starters
        if len(folded) > _MAX_CACHE:
            folded, starters = {}, set()
            self.folded, self.starters = folded, starters
        for word in words.difference(folded):
            f = fold_word(word)
            if f in _ARTICLED and bare_articled_name(word):
                f += ARTICLED_MARK  # bare هول is "horror", not al-Hol: the search's rule (arabic_terms)
            folded[word] = f
            upper = _capitalised(word)
            if (f in trie.folded and (upper or f in trie.lower_starts)) or (
                    upper and exact_word(word) in trie.exact):
                starters.add(word)
        return folded, starters


_VOCABULARY = _Vocabulary()
_ARTICLED = ARTICLED  # the place names the gazetteer writes only with the article (indexer/arabic_whole_names.py)


def _walk_folded(node: dict, i: int, gaps, words, folded) -> tuple[Optional[tuple], int]:
    """The longest folded spelling starting at word ``i``: ``((entity id, capitals), last word)``."""
    if len(node) == 1 and _END in node:  # a one-word spelling, the commonest case
        caps = node[_END][1]
        return ((node[_END], i) if not caps[0] or _capitalised(words[i]) else (None, -1))
    n = len(words)
    best, best_end = None, -1
    used = [i]  # the words matched, articles left out
    j = i
    while True:
        end = node.get(_END)
        if end is not None and all(_capitalised(words[k]) for k, cap in zip(used, end[1]) if cap):
            best, best_end = end, j
        k = j + 1
        while k < n and not folded.get(words[k], "-") and _gap_ok(gaps[k], words[k - 1]):
            k += 1  # an article between two words: "Deir ez-Zor", "Ras al Ain"
        if k >= n or not _gap_ok(gaps[k], words[k - 1]):
            return best, best_end
        node = node.get(folded.get(words[k]))
        if node is None:
            return best, best_end
        used.append(k)
        j = k


def _walk_exact(node: dict, i: int, gaps, words) -> tuple[Optional[tuple], int]:
    n = len(words)
    best, best_end = None, -1
    j = i
    while True:
        if _END in node:
            best, best_end = node[_END], j
        k = j + 1
        if k >= n or not _gap_ok(gaps[k], words[j]):
            return best, best_end
        node = node.get(exact_word(words[k]))
        if node is None:
            return best, best_end
        j = k


def _gaps_words(text: str, parts: Optional[list]) -> tuple[list, list, list]:
    r"""``(gaps, words, parts)``: each token of ``text`` with the characters before it, and the
    text split so that ``len`` of the parts before a token is its offset (text_split.split).

    The gaps are ``\W*``: a mark that opens a word (Arabic harakat, which are not ``\w`` but
    are part of a token) belongs to the gap before it. Text holding such a mark is read by
    ``_GAP_TOKEN`` as before; any other text's (gap, token) pairs are its split, shared with
    the other stages that read its words (``parts``, from text_split.split or .joined)."""
    if text.isascii() or _WORD_MARK.search(text) is None:
        if parts is None:
            parts = split(text)
        return parts[:-1:2], parts[1::2], parts
    pairs = _GAP_TOKEN.findall(text)
    gaps = list(map(_GAP_OF, pairs))  # two maps: about half the time of zip(*pairs) (issue #16)
    words = list(map(_WORD_OF, pairs))
    return gaps, words, list(chain.from_iterable(pairs))


def mentions(text: str, parts: Optional[list] = None, marks=frozenset()) -> list[Mention]:
    """Every mention of a gazetteer entity in ``text``, in order, none overlapping. ``parts``:
    ``text`` split by text_split (given by a caller that split it already); ``marks``: the folded
    words its report means as something else (``place_contexts.report_marks``), whose mentions are
    dropped, or a function giving them (``place_contexts._marked``)."""
    trie = _trie()
    gaps, words, parts = _gaps_words(text, parts)
    if not words:
        return []
    unique = set(words)
    folded, starters = _VOCABULARY.learn(unique, trie)
    hits = unique & starters
    if not hits:
        return []
    out: list[Mention] = []
    resume = 0
    ends = None  # ends[2k] is where word k starts in the text, ends[2k + 1] where it ends
    for i in compress(range(len(words)), map(hits.__contains__, words)):
        if i < resume:
            continue
        word = words[i]
        best, best_end = None, -1
        node = trie.folded.get(folded[word])
        if node is not None:
            best, best_end = _walk_folded(node, i, gaps, words, folded)
        if _capitalised(word):
            node = trie.exact.get(exact_word(word))
            if node is not None:
                found, end = _walk_exact(node, i, gaps, words)
                if found is not None and end > best_end and (
                        end > i or _exact_context_ok(i, gaps, words, trie)):
                    best, best_end = found, end
        if best is None:
            continue
        first = i
        if first > 0 and not folded[words[first - 1]] and _GAP.fullmatch(gaps[first]):
            first -= 1  # show the article: "al-Hol camp"
        if ends is None:
            ends = list(accumulate(map(len, parts)))
        start, stop = ends[2 * first], ends[2 * best_end + 1]
        if _KUNYA_BEFORE.search(text, max(0, start - 8), start) and _ARTICLED_START.match(text, start):
            continue  # "Abu al-Hol", "أبو الهول": another name (the Sphinx), as the search reads it (inner_names)
        guard = best[2] if len(best) > 2 else 0
        if guard and not _english_ok(guard, first < i, text, start, stop):
            continue
        out.append(Mention(start, stop, best[0], text[start:stop]))
        resume = best_end + 1
    if not out:
        return out
    return _marked(_longer_names(_plural_provinces(out, text), text), marks)


_KUNYA_BEFORE = re.compile(r"\b(?:" + "|".join(map(re.escape, KUNYAS)) + r")\s+$", re.IGNORECASE)
_ARTICLED_START = re.compile(r"(?i)(?:al|el|as|ad|ez|az|ar|an|at|ash|ed|es|et|er|ul)[- ]|ال")


_NAME_AFTER = re.compile(r"[ \t]+[A-Z]")
_LINE_WINDOW = 160  # characters of a line looked at either side of an English-word spelling
_TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _english_ok(guard: int, has_article: bool, text: str, start: int, stop: int) -> bool:
    """An English-word spelling is a name only with its article (when it has one) and outside
    a title-cased line."""
    if guard & _ARTICLE and not has_article:
        return False
    if _NAME_AFTER.match(text, stop):  # part of a longer name: "The Hit Factory"
        return False
    left = text.rfind("\n", max(0, start - _LINE_WINDOW), start) + 1 or max(0, start - _LINE_WINDOW)
    right = text.find("\n", stop, stop + _LINE_WINDOW)
    line = text[left:right if right >= 0 else stop + _LINE_WINDOW]
    long_words = [w for w in _TITLE_WORD.findall(line) if len(w) >= 4]
    capitals = sum(_capitalised(w) for w in long_words)
    return not (len(long_words) >= 3 and capitals >= 0.75 * len(long_words))


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
    if len(words[i]) <= _SHORT_EXACT:
        if i > 0 and _shouting(words[i - 1], trie):
            return False
        if i + 1 < len(words) and _shouting(words[i + 1], trie):
            return False
    return True


def find_entities(text: str, parts: Optional[list] = None, marks=None) -> dict[str, int]:
    """``{entity id: number of mentions}`` in ``text`` (an article's title and body; ``parts``:
    its split, when the caller has it; ``marks``: as for :func:`mentions`, by default read from
    ``text`` as the search reads a report: ``place_contexts.report_marks``)."""
    if marks is None:
        marks = functools.partial(report_marks, "", text)
    counts: dict[str, int] = {}
    for mention in mentions(text, parts, marks):
        counts[mention.entity_id] = counts.get(mention.entity_id, 0) + 1
    return counts
