"""The page's highlights read only the words near a match (indexer/fulltext/highlight.py's
_near_matches): the fragments must be those of the whole text, whatever the text's shape
(long words, matches close together or far apart, long runs of punctuation, stop words, a match
at either end). Compared here with Whoosh's own ContextFragmenter over every token of the
archive's analyzer chain, on texts made to stress the windows."""

from __future__ import annotations

import random

from whoosh.highlight import ContextFragmenter, Highlighter, HtmlFormatter, top_fragments

from indexer.fulltext.analysis import _analyzer
from indexer.fulltext.highlight import HighlightAnalyzer, _near_matches

WORDS = ("the", "camp", "of", "a", "returned", "families", "Hims", "said", "in", "to", "officials",
         "x", "internationalisation", "counter-terrorism", "al-Hol", "government", "is", "on")
SEPARATORS = (" ", " ", " ", ", ", ". ", " -- ", " ... ", "\n\n", " (", ") ", " ——— ", "  " * 40)


def _text(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(0, 400)):
        word = rng.choice(WORDS)
        if rng.random() < 0.02:
            word = "y" * rng.randint(60, 200)  # a word longer than the fragmenter's surround
        parts.append(word)
        parts.append(rng.choice(SEPARATORS))
    return "".join(parts)


def _fragments(text: str, tokens, matched_words: frozenset, surround: int, maxchars: int) -> str:
    tokens = [t.copy() for t in tokens]
    for token in tokens:
        token.matched = token.text in matched_words
    fragmenter = ContextFragmenter(maxchars=maxchars, surround=surround)
    highlighter = Highlighter(fragmenter=fragmenter, formatter=HtmlFormatter(tagname="mark"))
    merged = highlighter._merge_matched_tokens(iter(tokens))
    everything = [(f.startchar, f.endchar, [(t.startchar, t.endchar) for t in f.matches])
                  for f in fragmenter.fragment_tokens(text, merged)]
    fragments = top_fragments(fragmenter.fragment_tokens(text, highlighter._merge_matched_tokens(iter(
        [t.copy() for t in tokens]))), 2, highlighter.scorer, highlighter.order)
    return repr(everything) + highlighter.formatter.format(fragments)


def test_windows_give_the_whole_texts_fragments():
    chain = _analyzer()
    fast = HighlightAnalyzer(chain)
    rng = random.Random(16)
    checked = 0
    for n in range(400):
        text = _text(rng)
        terms = ["camp", "hims", "Hims", "famili", "govern", "x", "the", "offici"]
        words = frozenset(rng.sample(terms, rng.randint(1, 3)))
        surround, maxchars = rng.choice([(70, 240), (20, 200), (5, 40), (70, 100)])
        whole = [t.copy() for t in chain(text, positions=True, chars=True, mode="index", removestops=False)]
        pos, starts, stops, tokens, surfaces = fast._words(text)
        held = fast._holds(words, tokens, surfaces)
        windowed = [t for t in fast._tokens(text, (words, surround))]
        expected = _fragments(text, whole, words, surround, maxchars)
        assert _fragments(text, windowed, words, surround, maxchars) == expected, n
        assert len(windowed) <= len(whole)
        checked += bool(held)
        assert not any(_near_matches(starts, stops, [], surround))
    assert checked > 300  # most texts held a match


def test_the_fast_analyzer_gives_the_chains_tokens():
    # Not ``pos``: the highlighter reads characters (the fast analyzer counts every word the
    # tokenizer finds, the chain renumbers after words it drops).
    chain = _analyzer()
    fast = HighlightAnalyzer(chain)
    rng = random.Random(17)
    for _ in range(50):
        text = _text(rng)
        assert [(t.text, t.startchar, t.endchar, t.stopped, t.boost) for t in fast(
            text, positions=True, chars=True, mode="index", removestops=False)] == [
            (t.text, t.startchar, t.endchar, t.stopped, t.boost) for t in chain(
                text, positions=True, chars=True, mode="index", removestops=False)]
