"""Highlights: the hit's words marked in its title and a snippet of its text (from SQLite's copy).

A word that the query holds only inside phrases (the generic word of an alias's spelling: "camp" of
"al-Hol camp", "State" of "Islamic State", "prison" of "Sina'a prison") is marked only where the
phrase stands, never alone: al-Hol's search marks the name, not every camp."""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate, compress
from operator import sub
from typing import Callable

from whoosh.highlight import ContextFragmenter, Highlighter, HtmlFormatter, WholeFragmenter, top_fragments


def _phrases_and_terms(query, fieldname: str):
    """``(phrases, loose)``: the word lists of the query's phrases in ``fieldname``, and the words its
    other leaves (terms, and whatever a wildcard or feedback added) search on their own."""
    from whoosh import query as wq

    phrases, loose = [], set()
    for leaf in query.leaves():
        if isinstance(leaf, wq.Phrase):
            if leaf.fieldname == fieldname:
                phrases.append(list(leaf.words))
        else:
            for field, text in leaf.terms() if leaf.has_terms() else ():
                if field == fieldname:
                    loose.add(text if isinstance(text, str) else text.decode("utf-8", "replace"))
    return phrases, loose


class NameHighlighter(Highlighter):
    """Whoosh's highlighter, re-reading the text, with phrase-only words marked only inside their phrase."""

    def highlight_hit(self, hitobj, fieldname, text=None, top=3, minscore=1, strict_phrase=False):
        results = hitobj.results
        field = results.searcher.schema[fieldname]
        if results.has_matched_terms():
            bterms = (term for term in results.matched_terms() if term[0] == fieldname)
        else:
            bterms = results.query_terms(expand=True, fieldname=fieldname)
        words = frozenset(field.from_bytes(term[1]) for term in bterms)
        # The query's phrases are the same for every hit of the page: read once.
        kept = results.__dict__.setdefault("_archive_phrases", {})
        if fieldname not in kept:
            phrases, loose = _phrases_and_terms(results.q, fieldname)
            kept[fieldname] = (phrases, {word for phrase in phrases for word in phrase} - loose)
        phrases, phrase_only = kept[fieldname]
        analyzed = field.analyzer(text, positions=True, chars=True, mode="index", removestops=False)
        # The chain reuses one Token object: copied. HighlightAnalyzer's are made for this call.
        tokens = list(analyzed) if getattr(field.analyzer, "fresh_tokens", False) else [t.copy() for t in analyzed]
        # A word is one slot: a name kept as a name is two terms of one word ("Hims" and "him").
        slots: list = []
        for i, token in enumerate(tokens):
            if token.stopped:
                continue
            if slots and tokens[slots[-1][0]].startchar == token.startchar:
                slots[-1].append(i)
            else:
                slots.append([i])
        inside = set()
        long_phrases = [phrase for phrase in phrases if len(phrase) >= 2]
        if long_phrases:
            slot_words = [{tokens[i].text for i in slot} for slot in slots]
            for phrase in long_phrases:
                first, size = phrase[0], len(phrase)
                for n in range(len(slots) - size + 1):
                    if first in slot_words[n] and all(phrase[j] in slot_words[n + j] for j in range(1, size)):
                        inside.update(range(slots[n][0], slots[n + size - 1][-1] + 1))
        for i, token in enumerate(tokens):
            token.matched = token.text in words and (token.text not in phrase_only or i in inside)
        tokens = _one_token_a_word(tokens)
        fragments = self.fragmenter.fragment_tokens(text, self._merge_matched_tokens(iter(tokens)))
        fragments = top_fragments(fragments, top, self.scorer, self.order, minscore=minscore)
        return self.formatter.format(fragments)


def _one_token_a_word(tokens: list) -> list:
    """The tokens with one token a word (the first, marked when any of the word's terms is)."""
    kept: list = []
    for token in tokens:
        if kept and kept[-1].startchar == token.startchar and kept[-1].endchar == token.endchar:
            kept[-1].matched = kept[-1].matched or token.matched
            continue
        kept.append(token)
    return kept


def _highlight(results, hit, fieldname: str, text: str, whole: bool = False) -> str:
    from markupsafe import escape

    if not text:
        return ""
    results.formatter = HtmlFormatter(tagname="mark", between=" … ")
    results.fragmenter = WholeFragmenter() if whole else ContextFragmenter(maxchars=240, surround=70)
    results.highlighter = NameHighlighter(fragmenter=results.fragmenter, formatter=results.formatter)
    try:
        html = hit.highlights(fieldname, text=text, top=2)
    except Exception:
        html = ""
    if html:
        return html
    if whole:
        return str(escape(text))
    snippet = text[:240].rsplit(" ", 1)[0] + ("…" if len(text) > 240 else "")
    return str(escape(snippet))


# -- the page's texts re-tokenized fast -------------------------------------------------------

_DROPPED = object()
WORD_CACHE_SIZE = 300_000


class LightToken:
    """A token as the highlighter reads it (Whoosh's ``Token`` without its keyword machinery:
    creating and copying those was a third of a page's highlighting)."""

    __slots__ = ("text", "stopped", "boost", "pos", "startchar", "endchar", "matched")

    def __init__(self, text, stopped, boost, pos, startchar, endchar, matched=False):
        self.text, self.stopped, self.boost, self.pos = text, stopped, boost, pos
        self.startchar, self.endchar, self.matched = startchar, endchar, matched

    def copy(self):
        return LightToken(self.text, self.stopped, self.boost, self.pos, self.startchar, self.endchar, self.matched)

    def __repr__(self):
        return f"LightToken({self.text!r}, {self.startchar}:{self.endchar})"


class HighlightAnalyzer:
    """A field's analyzer as Whoosh's highlighter calls it (``positions, chars, mode="index",
    removestops=False``), a word at a time from a cache: every filter of the archive's chain
    works on one token alone, so a word always becomes the same token text (or none), and
    positions and offsets are the tokenizer's. The same tokens as the chain, in the same order
    (as :class:`LightToken`, made fresh for each call: ``fresh_tokens``); re-tokenizing the
    page's 20 texts through the chain of generators was most of a search's time once the
    matching ran on arrays. The text is cut into words by one ``re.split`` and the words looked
    up with ``map`` (C loops), not a match object a word. Any other call goes to the analyzer
    itself."""

    fresh_tokens = True

    def __init__(self, analyzer):
        from whoosh.analysis import RegexTokenizer

        self.analyzer = analyzer
        items = getattr(analyzer, "items", None)
        tokenizer = items[0] if items else None
        if not isinstance(tokenizer, RegexTokenizer) or tokenizer.gaps:
            raise TypeError("not a chain starting with a regex tokenizer")
        self.expression = tokenizer.expression
        # Words and the text between them in one list (the pattern has no group of its own).
        self._split = (re.compile(f"({self.expression.pattern})", self.expression.flags).split
                       if self.expression.groups == 0 else None)
        self._words_kept: dict = {}  # word as written -> its tokens
        self._matching: tuple = (None, {})  # (words, {surface word: holds one of them}) of the last page

    def _word(self, word: str):
        found = self._words_kept.get(word)
        if found is None:
            tokens = tuple((t.text, t.stopped, t.boost)
                           for t in self.analyzer(word, positions=True, chars=True, mode="index", removestops=False))
            found = tokens or _DROPPED  # two tokens: a name kept as a name and its word ("Hims", "him")
            if len(self._words_kept) >= WORD_CACHE_SIZE:
                self._words_kept.clear()
            self._words_kept[word] = found
        return found

    def __call__(self, value, positions=False, chars=False, mode="", removestops=True, **kwargs):
        if not (positions and chars and mode == "index" and not removestops and not kwargs):
            return self.analyzer(value, positions=positions, chars=chars, mode=mode, removestops=removestops, **kwargs)
        return self._tokens(value, None)

    def near_matches(self, words: frozenset, fragmenter) -> Callable:
        """This analyzer for one page's highlights, yielding only the tokens that can change
        what Whoosh's ContextFragmenter makes of the text (:func:`_near_matches`). Text past the
        fragmenter's character limit, or another fragmenter: every token."""
        from whoosh.highlight import ContextFragmenter

        if type(fragmenter) is not ContextFragmenter:
            return self
        surround, charlimit = fragmenter.surround, fragmenter.charlimit

        def analyze(value, positions=False, chars=False, mode="", removestops=True, **kwargs):
            if (charlimit and len(value) >= charlimit) or not (
                    positions and chars and mode == "index" and not removestops and not kwargs):
                return self(value, positions=positions, chars=chars, mode=mode, removestops=removestops, **kwargs)
            return self._tokens(value, (words, surround))

        analyze.fresh_tokens = True
        return analyze

    def _words(self, value) -> tuple:
        """``(pos, starts, ends, tokens, surfaces)``, parallel lists over the words the chain
        keeps: the word's place among every word of the tokenizer, its characters, its tokens
        (``((text, stopped, boost), ...)``) and the word as written."""
        if self._split is None:
            word = self._word
            found = []
            for pos, match in enumerate(self.expression.finditer(value)):
                word_text = match.group(0)
                tokens = word(word_text)
                if tokens is not _DROPPED:
                    found.append((pos, match.start(), match.end(), tokens, word_text))
            return tuple(map(list, zip(*found))) if found else ([], [], [], [], [])
        parts = self._split(value)
        surfaces = parts[1::2]
        ends = list(accumulate(map(len, parts)))
        tokens = list(map(self._words_kept.get, surfaces))
        if None in tokens:
            word = self._word
            tokens = [word(s) if t is None else t for s, t in zip(surfaces, tokens)]
        pos, starts, stops = range(len(surfaces)), ends[0:-1:2], ends[1::2]
        if _DROPPED in tokens:  # a word that gives no token is no word to the highlighter
            kept = [t is not _DROPPED for t in tokens]
            pos, starts, stops, tokens, surfaces = (list(compress(column, kept))
                                                    for column in (pos, starts, stops, tokens, surfaces))
        return pos, starts, stops, tokens, surfaces

    def _holds(self, words: frozenset, tokens: list, surfaces: list) -> list:
        """Indexes of the words one of whose tokens is in ``words``."""
        kept_words, memo = self._matching
        if kept_words != words:
            memo = {}
            self._matching = (words, memo)
        flags = list(map(memo.get, surfaces))
        if None in flags:
            for n, flag in enumerate(flags):
                if flag is None:
                    flags[n] = memo[surfaces[n]] = any(one[0] in words for one in tokens[n])
        return list(compress(range(len(flags)), flags))

    def _tokens(self, value, window):
        pos, starts, stops, tokens, surfaces = self._words(value)
        chosen = range(len(starts))
        if window is not None:
            words, surround = window
            chosen = compress(chosen, _near_matches(starts, stops, self._holds(words, tokens, surfaces), surround))
        return [LightToken(text, stopped, boost, pos[i], starts[i], stops[i])
                for i in chosen for text, stopped, boost in tokens[i]]


def _near_matches(starts: list, stops: list, matched: list, surround: int) -> bytearray:
    """Which words (``starts``, ``stops``: their characters) Whoosh's ContextFragmenter
    (``surround`` characters, whatever ``maxchars``) can read differently from the whole text,
    given the indexes of the words that may be marked (``matched``; a superset will do): a
    ``bytearray`` of 0 and 1. Around a marked word ``i``:

    - before it, the words starting at most ``surround`` characters before the end of word
      ``i - 1`` (the fragmenter keeps their starts as the fragment's possible first character,
      dropping the others as it reads word ``i - 1``), and word ``i - 1`` itself (so what a word
      kept earlier left in that list is dropped as the whole text would have dropped it);
    - after it, the words until their lengths from word ``i`` on add up to ``2 * surround``: the
      fragmenter's countdown (``surround``, or twice that with no context before) counts down the
      words' lengths and closes the fragment at the word that takes it to zero (or sooner, at
      ``maxchars``), then starts afresh. Two words more are kept as a margin.

    Between these windows the fragmenter only notes words' starts, which the next window's
    ``i - 1`` drops again: the fragments, their words and their marks are the whole text's."""
    count = len(starts)
    keep = bytearray(count)
    if not matched:
        return keep
    lengths = list(accumulate(map(sub, stops, starts), initial=0))  # lengths[j]: of words 0..j-1
    for i in matched:
        low = min(i - 1, bisect_left(starts, stops[i - 1] - surround)) if i > 0 else 0
        high = min(count, bisect_left(lengths, lengths[i] + 2 * surround) + 2)
        keep[low:high] = b"\x01" * (high - low)
    return keep


class _HighlightField:
    def __init__(self, field, analyzer):
        self._field = field
        self.analyzer = analyzer

    def __getattr__(self, name):
        return getattr(self._field, name)


class _HighlightSchema:
    def __init__(self, schema, analyzers: dict, searcher):
        self._schema = schema
        self._analyzers = analyzers
        self._searcher = searcher

    def __getitem__(self, name):
        field = self._schema[name]
        analyzer = self._analyzers.get(name)
        if analyzer is None:
            return field
        results = self._searcher.results
        if results is not None and results.has_matched_terms():
            # The words the highlighter marks in this field (as highlight_hit computes them).
            words = frozenset(field.from_bytes(term[1]) for term in results.matched_terms() if term[0] == name)
            analyzer = analyzer.near_matches(words, results.highlighter.fragmenter)
        return _HighlightField(field, analyzer)

    def __getattr__(self, name):
        return getattr(self._schema, name)


class _HighlightSearcher:
    """The searcher as the highlighter sees it: its fields' analyzers replaced."""

    def __init__(self, searcher, analyzers: dict):
        self._searcher = searcher
        self.results = None  # set once the Results exist
        self.schema = _HighlightSchema(searcher.schema, analyzers, self)

    def __getattr__(self, name):
        return getattr(self._searcher, name)
