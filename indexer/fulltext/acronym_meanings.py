"""An acronym that a report defines as something else: "The SNA, the Somali National Army", "the Isle
of Man (IOM)", "the HCR sector, meaning hotels, cafes and restaurants", "Progress on the SDGs".

The gazetteer's acronyms (``indexer/acronym_names.py`` ACRONYMS, written from it) mean its entities
wherever they are written, unless the report says otherwise: the report's own definition wins. An
acronym is defined where words whose initials spell it stand beside it (after it, set off by a comma
or a bracket; before it, when it is in brackets; after a comma of its sentence) or anywhere in the
report as a capitalised name (Isle of Man). Definitions whose words are all the entity's own (the
first four letters of a word of one of its names: Syrian Democratic Forces, Forces démocratiques
syriennes) confirm it; a definition with other words, or the acronym written as a plural (SDGs: a
countable thing, never one organisation), means something else, and then the acronym is indexed in
that report as its term with a mark (``OTHER_MEANING_MARK``), so the entity's searches do not find it.
Applied per article, to the title and body together (``fields.analyse``; a field given as text
carries the terms to mark: :class:`MarkedText`, which ``positions_encoded.FastPositions`` reads).
"""

from __future__ import annotations

import bisect
import functools
import re
from itertools import accumulate, compress
from operator import itemgetter

from indexer.fulltext import report_words
from indexer.names import fold, undotted

# ``fold`` of the words read here, kept (a word's fold never changes): the definitions' words are
# folded again for each acronym and each run tried (issue #16: 53 folds an article).
_fold = functools.lru_cache(maxsize=100_000)(fold)

# The mark an acronym's term takes in a report that defines it as something else: a tatweel, which
# the normalisation drops from every text (as ARTICLED_MARK), so no word of a text or query ends in it.
OTHER_MEANING_MARK = "\u0640"

# A run of three to seven capitals, dotted or not, with a plural s: the candidates, found in one pass.
# Not after a word character or a full stop: asked after the first capital (the lookbehind spans it
# and the character before), so the scan fails at most places on one character class (issue #16:
# the same matches as ``(?<![\w.])`` first, in 0.85 of the time).
_CAPITALS = re.compile(r"[^\W\d_a-z](?<![\w.].)(?:\.?[^\W\d_a-z]){2,6}\.?s?(?!\w)")
# An acronym of two capitals in brackets (dotted or not): "Emotional intelligence (EI)"; read against PAIRS,
# by the definition before the bracket only (two letters spell too many runs elsewhere).
_PAIR = re.compile(r"(?<=\()[^\W\d_a-z]\.?[^\W\d_a-z]\.?(?=\))")
_SENTENCE_END = re.compile(r"[.!?;\n]")
_SET_OFF = re.compile(r"[,(:\u2013\u2014]")
_REACH = 12  # the tokens after an acronym its sentence's definitions are looked for in


def other_meanings(texts) -> set:
    """The acronyms that the report made of ``texts`` (its title and body) defines as something else
    or writes as a plural, and never as its entity: each as the report writes it ("SNA", "S.D.F", "SDGs")."""
    from indexer.acronym_names import ACRONYMS

    other, own, written = set(), set(), {}
    for text in texts:
        if not text:
            continue
        if "(" in text:
            _pairs(text, other, own, written)
        candidates = []
        for match in _CAPITALS.finditer(text):
            word = undotted(match.group().rstrip("."))
            plural = word.endswith("s") and not word.isupper()
            key = _fold(word[:-1] if plural else word)
            if key in ACRONYMS and (plural or word.isupper()):
                candidates.append((match.start(), key, plural))
                written.setdefault(key, set()).add(match.group().rstrip("."))
        if not candidates:
            continue
        spans, words, starts = _tokens(text)
        capitals = None  # the capitalised words by their folded initial, for _names (read once)
        for start, key, plural in candidates:
            if plural:
                other.add(key)
                continue
            at = bisect.bisect_left(starts, start)
            if at < len(words):
                for found in _definitions(text, spans, words, at, key):
                    (own if _is_own(found, key) else other).add(key)
        for key in {key for _, key, _ in candidates}:
            if capitals is None:
                capitals = _capitalised(words)
            for found in _names(text, spans, words, key, capitals.get(key[0], ())):
                (own if _is_own(found, key) else other).add(key)
    return {word for key in other - own for word in written[key]}


def _pairs(text: str, other: set, own: set, written: dict) -> None:
    """Reads the acronyms of two letters in brackets that ``text`` defines before them ("Emotional
    intelligence (EI)": not the EI of Etat islamique; "the Islamic State (IS)": its own) into
    ``other``, ``own`` and ``written``, as :func:`other_meanings` reads the longer ones."""
    from indexer.acronym_names import FUNCTION, PAIRS

    spans = None
    for match in _PAIR.finditer(text):
        key = _fold(undotted(match.group().rstrip(".")))
        if key not in PAIRS:
            continue
        if spans is None:
            spans, words, starts = _tokens(text)
        at = bisect.bisect_left(starts, match.start())
        if at >= len(words) or at == 0:
            continue
        first, _ = _sentence(text, spans, at)
        for start in range(max(first, at - len(key) - 4), at):
            found = _run(words, start, at - 1, key, FUNCTION, ends_at=at - 1)
            if found:
                (own if _is_own(words[found[0]:found[1] + 1], key, PAIRS) else other).add(key)
                written.setdefault(key, set()).add(match.group().rstrip("."))
                break


def _tokens(text: str) -> tuple:
    """``(spans, words, starts)`` of the tokens of ``text`` (``TOKEN_RE``), from one split: the
    parts' lengths summed give each token's start and end."""
    parts = report_words.split(text)  # the worker's split of the report, or made once for every rule
    ends = list(accumulate(map(len, parts)))
    starts = ends[0:-1:2]
    return list(zip(starts, ends[1::2])), parts[1::2], starts


def _capitalised(words: list) -> dict:
    """``{folded initial: [index, ...]}`` of the words that may begin a capitalised name (a capital
    first, not all capitals), in order: where :func:`_names` looks for each acronym's letters."""
    out: dict = {}
    for start in compress(range(len(words)), map(str.isupper, map(_FIRST, words))):  # tokens are never empty
        word = words[start]
        if not word.isupper():
            out.setdefault(_fold(word[0]), []).append(start)
    return out


_FIRST = itemgetter(0)


def _gap(text: str, spans: list, j: int) -> str:
    """The text between token ``j - 1`` and token ``j``."""
    return text[spans[j - 1][1]:spans[j][0]] if 0 < j < len(spans) else ""


def _sentence(text: str, spans: list, at: int) -> tuple:
    """The first and last token of the sentence token ``at`` is in."""
    first = at
    while first > 0 and not _SENTENCE_END.search(_gap(text, spans, first)):
        first -= 1
    last = at
    while last + 1 < len(spans) and not _SENTENCE_END.search(_gap(text, spans, last + 1)):
        last += 1
    return first, last


def _closed(text: str, spans: list, last: int) -> bool:
    """Whether a definition ending at token ``last`` is closed: punctuation or the text's end after it
    ("a sexual assault referral centre, opened"; not "the USA, using a structured cost analysis")."""
    return last + 1 >= len(spans) or bool(_CLOSING.search(_gap(text, spans, last + 1)))


_CLOSING = re.compile(r"[,;:.)!?\u2013\u2014]")
_JOINED = re.compile(r"[\s\-]*")


def _definitions(text: str, spans: list, words: list, at: int, key: str):
    """The runs of words that define the acronym at token ``at`` (see the module's note)."""
    from indexer.acronym_names import FUNCTION

    letters = key
    first, last = _sentence(text, spans, at)
    after_end = min(last, at + _REACH)
    if at + 1 <= last and _SET_OFF.search(_gap(text, spans, at + 1)):  # "SNA, the Somali National Army"
        for start in range(at + 1, min(at + 4, after_end + 1)):
            found = _run(words, start, after_end, letters, FUNCTION, any_order=True)
            if found and _closed(text, spans, found[1]):
                yield words[found[0]:found[1] + 1]
    if at - 1 >= first and "(" in _gap(text, spans, at):  # "the Isle of Man (IOM)"
        for start in range(max(first, at - len(letters) - 4), at):
            found = _run(words, start, at - 1, letters, FUNCTION, ends_at=at - 1)
            if found:
                yield words[found[0]:found[1] + 1]
    for comma in range(at + 2, after_end + 1):  # "the HCR sector in France, meaning hotels, cafes and ..."
        if "," in _gap(text, spans, comma):
            for start in (comma, comma + 1):
                found = _run(words, start, after_end, letters, FUNCTION)
                if found and _closed(text, spans, found[1]):
                    yield words[found[0]:found[1] + 1]


def _names(text: str, spans: list, words: list, key: str, starts=None):
    """The capitalised names anywhere in a text whose initials spell the acronym: "on the Isle of Man".
    A name whole: its words joined by spaces or hyphens only, no capitalised word joined before or after
    it ("National Highway Traffic Safety Administration" holds no HTS; a list "Barry, Berrien, Calhoun" no BBC)."""
    from indexer.acronym_names import FUNCTION

    if starts is None:  # the words that may begin one: a capital first, the acronym's first letter
        starts = _capitalised(words).get(key[0], ())
    for start in starts:
        found = _run(words, start, min(len(words) - 1, start + len(key) + 4), key, FUNCTION, capitalised=True)
        if not found:
            continue
        a, b = found
        if not all(_JOINED.fullmatch(_gap(text, spans, j)) for j in range(a + 1, b + 1)):
            continue
        if a > 0 and words[a - 1][:1].isupper() and _JOINED.fullmatch(_gap(text, spans, a)):
            continue
        if b + 1 < len(words) and words[b + 1][:1].isupper() and _JOINED.fullmatch(_gap(text, spans, b + 1)):
            continue
        yield words[a:b + 1]


def _run(words: list, start: int, end: int, letters: str, function: frozenset, any_order: bool = False,
         capitalised: bool = False, ends_at: int = -1):
    """The first and last token from ``start`` whose words' initials spell ``letters`` (the content
    words', the short words names write in lower case skipped, in any order where ``any_order``; or
    every word's, in order, the first and last no short word), or None."""
    if start > end or start >= len(words):
        return None
    n = len(letters)
    for skip_function in (True, False):
        chosen = []
        for j in range(start, end + 1):
            word = words[j]
            folded = _fold(word)
            if skip_function and (folded in function or folded == "s"):
                continue
            if not folded[:1].isalpha() or (word.isupper() and len(word) > 1):
                break  # another acronym or a figure: no definition
            chosen.append(j)
            if len(chosen) == n:
                break
        if len(chosen) != n or (ends_at >= 0 and chosen[-1] != ends_at):
            continue
        if _fold(words[chosen[0]]) in function or _fold(words[chosen[-1]]) in function:
            continue
        initials = "".join(_fold(words[j])[:1] for j in chosen)
        if initials != letters and not (any_order and skip_function and sorted(initials) == sorted(letters)):
            continue
        if capitalised and not all(words[j][:1].isupper() for j in chosen if _fold(words[j]) not in function):
            continue
        return chosen[0], chosen[-1]
    return None


def _is_own(found: list, key: str, table=None) -> bool:
    """Whether every word of a definition is a word of the acronym's entity's names (``table``: the
    acronyms' stems, ACRONYMS unless given)."""
    from indexer.acronym_names import ACRONYMS, FUNCTION

    stems = set((ACRONYMS if table is None else table)[key])
    content = [_fold(word) for word in found if _fold(word) not in FUNCTION and _fold(word) != "s"]
    return all(word[:4] in stems for word in content)


def marked(positions: dict, terms: set) -> dict:
    """``{term: positions}`` with each of ``terms`` under its marked term instead; a pair ``(term,
    added)`` of ``terms`` adds the term ``added`` at ``term``'s positions (``bare_heads.py``)."""
    if not terms or not positions:
        return positions
    out = {}
    for term, found in positions.items():
        if term in terms:
            term += OTHER_MEANING_MARK
            if term in out:
                found = sorted(out[term] + found)
        out[term] = found
    for pair in terms:
        if type(pair) is tuple and pair[0] in positions:
            out[pair[1]] = sorted(set(out.get(pair[1], [])) | set(positions[pair[0]]))
    return out


class MarkedText(str):
    """A field's text that carries the terms its article marks (``marks``), for indexing the text as it
    stands (``positions_encoded.FastPositions``); any other reader sees the text."""

    marks: frozenset = frozenset()


def with_marks(text: str, marks) -> str:
    """``text`` as :class:`MarkedText` carrying ``marks`` (``text`` itself when there are none)."""
    if not marks:
        return text
    found = MarkedText(text)
    found.marks = frozenset(marks)
    return found
